VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test quick bench lint clean screenshots installer

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/station-app gui --demo

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

# a developer's loop: everything but the tests marked slow (make test runs them all)
quick: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m "not slow"

bench: $(STAMP)
	$(PY) tests/benchmarks/run.py $(BENCH)

lint: $(STAMP)
	$(VENV)/bin/ruff check .

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m build.screenshots $(SHOTS)

# the one-folder app in dist/station-app/ (see docs/packaging.md); PyInstaller's work files go
# to .pyinstaller-work/, never to build/ (tracked packaging scripts)
installer: $(STAMP)
	$(PY) -m pip install --quiet pyinstaller
	$(VENV)/bin/pyinstaller installer.spec --noconfirm --workpath .pyinstaller-work --distpath dist

clean:
	rm -rf $(VENV) build/__pycache__ .pytest_cache .pyinstaller-work dist
