"""Regenerate the Vietnamese translation: lupdate over station_app/ui plus the service messages
(core/messages.py), fill every message from build/translations_vi.py, compile the .qm with
lrelease. Run: .venv/bin/python -m build.update_translations

Exits non-zero, listing them, when an interface string has no Vietnamese yet."""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from build.translations_vi import QT_VI, VI

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "station_app_vi.ts"
QM = TS.with_suffix(".qm")
BIN = Path(sys.executable).parent


def lupdate(ts: Path) -> None:
    """The interface strings of station_app/ui, and the service messages (context "messages")."""
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "station_app" / "ui").rglob("*.py"))
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(ts)],
                   cwd=ROOT, check=True, capture_output=True)
    tree = ET.parse(ts)
    root = tree.getroot()
    context = next((c for c in root.iter("context") if c.findtext("name") == "messages"), None)
    if context is None:
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = "messages"
    for template in message_templates():
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = template
        ET.SubElement(message, "translation", type="unfinished")
    for name, sources in QT_VI.items():  # Qt's own strings (no qtbase_vi.qm in PySide6)
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for source in sources:
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = source
            ET.SubElement(message, "translation", type="unfinished")
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def message_templates() -> list[str]:
    """The template of every Message("...") written in station_app (see core/messages.py)."""
    found = set()
    for path in (ROOT / "station_app").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Message"
                    and node.args and isinstance(node.args[0], ast.Constant)):
                found.add(node.args[0].value)
    return sorted(found)


def fill(ts: Path) -> list[str]:
    """Put the Vietnamese into every message; return the sources that have none."""
    tree = ET.parse(ts)
    root = tree.getroot()
    root.set("language", "vi_VN")
    missing = []
    for context in root.iter("context"):
        missing += _fill_context(context, QT_VI.get(context.findtext("name"), VI))
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def _fill_context(context, vi: dict) -> list[str]:
    missing = []
    for message in context.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        text = vi.get(source)
        if text is None:
            missing.append(source)
            continue
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for form in list(translation):
                translation.remove(form)
            ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = text
    return missing


def main() -> int:
    TS.parent.mkdir(parents=True, exist_ok=True)
    lupdate(TS)
    missing = fill(TS)
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(QM)], check=True,
                   capture_output=True)
    if missing:
        print("no Vietnamese yet for:", *missing, sep="\n  ")
        return 1
    print(f"{TS.relative_to(ROOT)}: every string translated; wrote {QM.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
