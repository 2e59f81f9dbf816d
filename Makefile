VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test bench lint clean screenshots installer

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/station-app gui --demo

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

bench: $(STAMP)
	$(PY) tests/benchmarks/run.py $(BENCH)

lint: $(STAMP)
	$(VENV)/bin/ruff check .

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m build.screenshots
	QT_QPA_PLATFORM=offscreen $(PY) -m build.screenshots_h16a
	QT_QPA_PLATFORM=offscreen $(PY) -m build.screenshots_h15a
	QT_QPA_PLATFORM=offscreen $(PY) -m build.screenshots_h15b
	QT_QPA_PLATFORM=offscreen $(PY) -m build.screenshots_h15c
	QT_QPA_PLATFORM=offscreen $(PY) -m build.screenshots_h17b
	QT_QPA_PLATFORM=offscreen $(PY) -m build.screenshots_h18
	QT_QPA_PLATFORM=offscreen $(PY) -m build.screenshots_h17a
	QT_QPA_PLATFORM=offscreen $(PY) -m build.screenshots_i23

# the one-folder app in dist/station-app/ (see docs/packaging.md); PyInstaller's work files go
# to .pyinstaller-work/, never to build/ (tracked packaging scripts)
installer: $(STAMP)
	$(PY) -m pip install --quiet pyinstaller
	$(VENV)/bin/pyinstaller installer.spec --noconfirm --workpath .pyinstaller-work --distpath dist

clean:
	rm -rf $(VENV) build/__pycache__ .pytest_cache .pyinstaller-work dist
