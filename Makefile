# Two targets do all the set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
AEB    ?= ../shared/datasets/aeb

.PHONY: demo test bench bench-metadata bench-peers docs clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Install articlex and extract the sample page shipped inside the package.
demo: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	$(BIN)/python -m articlex.demo

# Dev extras, then lint, strict typing and the test suite.
test: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy --strict
	$(BIN)/pytest

# Body-text accuracy on the Article Extraction Benchmark (peers too, when installed).
bench: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	$(BIN)/python benchmarks/aeb.py --data $(AEB)

# Field accuracy on metadata-dev (peers alongside when installed).
bench-metadata: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	$(BIN)/python benchmarks/metadata.py --data ../shared/datasets/metadata-dev

# The documentation site, built in strict mode into site/ (any warning fails the build).
docs: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[docs]"
	$(BIN)/mkdocs build --strict

# Install the peers into the same venv for side-by-side figures (never a dependency).
bench-peers: $(BIN)/python
	$(BIN)/python -m pip install --quiet -r benchmarks/requirements-peers.txt

clean:
	rm -rf $(VENV) build dist src/*.egg-info .mypy_cache .pytest_cache .ruff_cache
