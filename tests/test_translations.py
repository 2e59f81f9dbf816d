"""Every interface string has its Vietnamese, and the compiled translation is current."""

import re
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from build import update_translations  # noqa: E402
from build.translations_vi import QT_VI, VI  # noqa: E402


def test_every_interface_string_is_translated(tmp_path):
    ts = tmp_path / "vi.ts"
    update_translations.lupdate(ts)
    assert update_translations.fill(ts) == []


def test_committed_translation_matches_the_code(tmp_path):
    ts = tmp_path / "vi.ts"
    update_translations.lupdate(ts)
    update_translations.fill(ts)
    committed = update_translations.TS
    shutil.copy(ts, tmp_path / "fresh.ts")

    def messages(path: Path) -> set[tuple[str, str]]:
        import xml.etree.ElementTree as ET

        root = ET.parse(path).getroot()
        return {(c.findtext("name"), m.findtext("source"))
                for c in root.iter("context") for m in c.iter("message")}

    assert messages(ts) == messages(committed), "run: .venv/bin/python -m build.update_translations"


def test_each_string_is_translated_once():
    """One catalogue, each English string once per context: a second entry would silently
    override the first (two Vietnamese texts for one string)."""
    import ast

    catalogue = Path(update_translations.__file__).with_name("translations_vi.py")
    assert sorted(p.name for p in catalogue.parent.glob("translations_vi*.py")) == [catalogue.name]
    twice = []
    for node in ast.walk(ast.parse(catalogue.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Dict):
            keys = [k.value for k in node.keys if isinstance(k, ast.Constant)]
            twice += sorted({k for k in keys if keys.count(k) > 1})
    assert twice == []


# What the Vietnamese interface keeps in Latin letters (docs/navigation.md, "One language"):
# names of formats and things (PDF, CSV, XLSX, Excel, SQLite, USB, QR, ESC/POS, UTF-8, byte,
# pt), keys (Enter, Ctrl, Alt, Tab), the acronyms Vietnamese writes (CCCD, CMND, UBND, PIN),
# and what a person types (dd/mm/yyyy, mm); and Vietnamese words that are English ones too.
KEPT = {"PDF", "CSV", "XLSX", "Excel", "SQLite", "USB", "QR", "ESC", "POS", "UTF", "byte", "pt",
        "Enter", "Ctrl", "Alt", "Tab", "CCCD", "CMND", "UBND", "PIN", "dd", "mm", "yyyy"}
VIETNAMESE = {"in", "do", "so", "sinh", "nam", "nguy"}


def test_the_vietnamese_interface_has_no_english_word():
    """An English word in the Vietnamese interface ('Cấp trên (HQ)' in the hand trial) is
    one its user may not read; a command, an example code, a file suffix are typed as they
    are."""
    sources = list(VI) + [s for ctx in QT_VI.values() for s in ctx]
    english = {w.lower() for s in sources for w in re.findall(r"[A-Za-z]{2,}", s)}
    wrong = []
    for text in list(VI.values()) + [v for ctx in QT_VI.values() for v in ctx.values()]:
        bare = re.sub(r"\{\w+\}|%\d|station-app [\w -]+|pip install \"[^\"]*\"|\b(?:file|net):"
                      r"|(?<!\w)[.-]\w+|\b[A-Z]{2}(?:-[A-Z0-9]+)+\b", "", text.replace("&", ""))
        words = {w for w in re.findall(r"\w+", bare) if w.isascii() and w.isalpha()}
        found = {w for w in words if w.lower() in english and w not in KEPT
                 and w.lower() not in VIETNAMESE}
        if found:
            wrong.append(f"{sorted(found)}: {text}")
    assert wrong == []
