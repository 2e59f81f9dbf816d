"""Dependencies that install what the code needs (issue 24): floors that match the code (the
lowest allowed versions are installed and run by `make lowest`, a CI step), no dependency listed
twice, and the thermal printers' optional drivers named in one translated line when missing."""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

import pytest

from station_app.core.messages import Message
from station_app.printing.thermal import PrinterFailed, open_escpos

ROOT = Path(__file__).resolve().parent.parent
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def _name(spec: str) -> str:
    return re.split(r"[<>=!~\[; ]", spec)[0].lower()


def _floor(name: str) -> tuple[int, ...]:
    spec = next(d for d in PROJECT["dependencies"] if _name(d) == name)
    return tuple(int(p) for p in re.search(r">=\s*([\d.]+)", spec).group(1).split("."))


def test_the_floors_are_the_versions_the_code_needs():
    assert _floor("cryptography") >= (47,)  # cryptography.hazmat.primitives.hpke: 47.0.0
    assert _floor("zxing-cpp") >= (3, 0)  # Barcode.to_image(scale=, add_quiet_zones=): 3.0


def test_reportlab_measures_text_with_its_c_accelerator():
    from reportlab.lib import rl_accel

    assert type(rl_accel.instanceStringWidthTTF).__name__ == "builtin_function_or_method"


def test_no_dependency_is_listed_twice():
    main = {_name(d) for d in PROJECT["dependencies"]}
    for extra, specs in PROJECT["optional-dependencies"].items():
        names = [_name(d) for d in specs]
        assert len(names) == len(set(names)), extra
        assert not main & set(names), (extra, main & set(names))


def test_the_lowest_versions_step_is_in_ci():
    assert "make lowest" in (ROOT / ".ci" / "run").read_text()
    assert "printers" in PROJECT["optional-dependencies"]
    assert 'station-app[printers]' in (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("target, module, package", [
    ("usb:0416:5011", "usb", "pyusb"), ("serial:/dev/ttyUSB0", "serial", "pyserial")])
def test_a_thermal_printer_without_its_driver_says_what_to_install(monkeypatch, target, module,
                                                                   package):
    monkeypatch.setitem(sys.modules, module, None)  # as on a laptop without it
    with pytest.raises(PrinterFailed) as failed:
        open_escpos(target)
    message = failed.value.args[0]
    assert isinstance(message, Message)  # translated on screen
    assert package in message and 'pip install "station-app[printers]"' in message
