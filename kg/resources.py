"""Locate the data folders (schema/, queries/) that ship inside the wheel.

In a wheel they are force-included as kg/_data/<name>; in a source checkout or an editable
install they stay at the repository's top level.
"""

from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path


def data_dir(name: str) -> Traversable:
    """The shipped folder `name` ("schema" or "queries")."""
    packaged = files("kg") / "_data" / name
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / name


def data_file(*parts: str) -> Traversable:
    """A file inside a shipped folder, e.g. data_file("schema", "graph.yaml")."""
    node = data_dir(parts[0])
    for part in parts[1:]:
        node = node / part
    return node
