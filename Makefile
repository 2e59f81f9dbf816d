VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test quick bench lint clean screenshots installer lowest

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

# the lowest version of every dependency pyproject.toml allows, in a venv of its own, and a
# quick part of the suite on it: importing every module, a letter with its QR decoded, a bundle
# round trip, the GUI's first window offscreen (--self-test: a ticket, a letter, a backup)
LOWEST := .venv-lowest
$(LOWEST)/.installed: pyproject.toml build/lowest_deps.py
	rm -rf $(LOWEST)
	python3 -m venv $(LOWEST)
	$(LOWEST)/bin/python -m pip install --quiet --upgrade pip
	python3 build/lowest_deps.py --test > $(LOWEST)/requirements.txt
	$(LOWEST)/bin/python -m pip install --quiet -r $(LOWEST)/requirements.txt
	$(LOWEST)/bin/python -m pip install --quiet --no-deps -e .
	touch $@

lowest: $(LOWEST)/.installed
	$(LOWEST)/bin/python -m pip list --format=freeze | grep -iE "^(pyside6|cryptography|zxing|sqlite-utils|sqlcipher3|reportlab|rl.accel|openpyxl|pypdfium2|pillow|python-escpos|platformdirs)"
	$(LOWEST)/bin/python -c "import importlib, pkgutil, station_app; \
		[importlib.import_module(m.name) for m in pkgutil.walk_packages(station_app.__path__, 'station_app.')]"
	QT_QPA_PLATFORM=offscreen STATION_APP_PASSPHRASE="lowest versions self-test" \
		$(LOWEST)/bin/station-app --self-test
	QT_QPA_PLATFORM=offscreen $(LOWEST)/bin/python -m pytest -q -p no:randomly -p no:cacheprovider \
		tests/test_architecture.py \
		"tests/test_letters.py::test_letters_of_a_village_read_back_scan_and_look_up" \
		"tests/test_sync.py::test_command_line_round_trip"

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
	rm -rf $(VENV) $(LOWEST) build/__pycache__ .pytest_cache .pyinstaller-work dist
