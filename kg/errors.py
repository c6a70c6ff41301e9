"""One error family: every message says what was wrong, with which input, and how to fix it.

The CLI prints these as one line on stderr and exits non-zero; it never shows a traceback
for them.
"""


class KgError(Exception):
    """Base of every error kg raises on purpose."""

    exit_code = 1


class UsageError(KgError):
    """The user asked for something that cannot work (bad option, unknown name)."""

    exit_code = 2


class SchemaError(KgError):
    """A data file under schema/ (graph, gazetteer, patterns) is malformed."""


class InputError(KgError):
    """An input file cannot be read as an article: empty, binary, undecodable, too big."""

    def __init__(self, source: str, reason: str, line: int | None = None) -> None:
        self.source = source
        self.reason = reason
        self.line = line
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {reason}")


class RecordError(KgError):
    """An extraction record breaks the graph schema; nothing from it is stored."""

    def __init__(self, article_id: str, reason: str) -> None:
        self.article_id = article_id
        self.reason = reason
        super().__init__(f"article {article_id}: {reason}")


class StoreError(KgError):
    """The graph store cannot be opened, is locked by another process, or refused a statement."""


class QueryError(UsageError):
    """A canned query is unknown or got a missing, unknown or malformed parameter."""
