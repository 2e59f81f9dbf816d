"""Every interface string has its Vietnamese, and the compiled translation is current."""

import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from build import update_translations  # noqa: E402


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
