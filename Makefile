# The README's two commands: `make demo` and `make test`. Everything else supports them.
SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
EXAMPLES := examples/articles
OUT := out
STORE := $(OUT)/kg-data

.PHONY: demo test lint typecheck venv dev test-deps clean

$(BIN)/activate:
	@py=$$(bash scripts/find-python.sh) || exit 1; \
	echo "creating $(VENV) with $$py" >&2; \
	"$$py" -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/activate
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	@touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/activate
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $@ $(VENV)/.installed

venv: $(VENV)/.installed
dev: $(VENV)/.installed-dev

demo: venv
	@bash scripts/demo.sh "$(BIN)" "$(EXAMPLES)" "$(OUT)"

test-deps:
	@bash scripts/test-deps.sh

lint: dev
	$(BIN)/ruff check kg tests bench
	$(BIN)/ruff format --check kg tests bench
	$(BIN)/mypy
	$(BIN)/mypy bench

test: dev test-deps lint
	$(BIN)/pytest -q

clean:
	rm -rf $(VENV) $(OUT) kg-data .pytest_cache .mypy_cache .ruff_cache tools/cypher-lint/node_modules
