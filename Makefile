# httpcodes: `make run` opens the window, `make test` checks everything. Both set up .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Interface translations: .ts sources are kept, .qm files are built from them.
TS_FILES := $(wildcard resources/translations/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

.PHONY: run test lint typecheck pytest clean package smoke translations man

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM_FILES)

run: $(STAMP) translations
	$(BIN)/httpcodes gui

lint: $(STAMP)
	$(BIN)/ruff check app tests benchmarks packaging
	$(BIN)/ruff format --check app tests benchmarks packaging

typecheck: $(STAMP)
	$(BIN)/mypy

# Coverage of every Python process the tests run (pyproject.toml, [tool.coverage]), printed
# per module and checked against each package's floor (tests/coverage_floors.py).
pytest: $(STAMP) translations
	rm -f .coverage .coverage.*
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q --cov --cov-report=term:skip-covered
	$(BIN)/python tests/coverage_floors.py

test: lint typecheck pytest

clean:
	rm -rf $(VENV) build dist .mypy_cache .pytest_cache .ruff_cache .coverage .coverage.* $(QM_FILES)

# The standalone program (packaging/README.md): one-folder build, single file and tarball in dist/,
# intermediates in build/. PyInstaller is a build tool, not a dependency: it goes into .venv here.
PYINSTALLER_STAMP := $(VENV)/.pyinstaller

$(PYINSTALLER_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet 'pyinstaller>=6.10,<7'
	@touch $(PYINSTALLER_STAMP)

package: $(PYINSTALLER_STAMP) translations
	PYTHON=$(BIN)/python bash packaging/build.sh

# The manual page httpcodes(1), generated from the argument parser (`man -l build/man/httpcodes.1`).
man: $(STAMP)
	$(BIN)/python -m httpcodes.cli.manpage build/man/httpcodes.1

smoke: $(STAMP)
	$(BIN)/python packaging/smoke_test.py

# Benchmarks against the floor of this stack (benchmarks/README.md): start-up, terminal commands,
# search per keystroke, memory and size; writes benchmarks/results/latest.json and prints a table.
# Rebuilds dist/ first when it is missing or older than the sources. A few minutes.
.PHONY: bench
bench: $(STAMP) $(PYINSTALLER_STAMP)
	$(BIN)/python benchmarks/run.py --package
