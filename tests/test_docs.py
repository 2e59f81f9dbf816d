"""The docs a newcomer reads stay true to the program: every command `station-app --help` (and
each group's `--help`) lists is in the command-line reference, and every relative link and
picture of the README and docs/ opens (the file exists, and a #section names a heading there)."""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CLI_DOC = ROOT / "docs" / "cli.md"
LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)\)")


def _help_commands(words: list[str]) -> list[str]:
    """The commands listed by `station-app WORDS --help`, as a user sees them."""
    done = subprocess.run([sys.executable, "-m", "station_app", *words, "--help"],
                          capture_output=True, text=True, encoding="utf-8", check=True)
    listing = done.stdout.split("positional arguments:", 1)[1].split("options:", 1)[0]
    # a command stands at the start of an entry, indented four spaces ("    no-show (skip)")
    return re.findall(r"^ {4}([a-z][a-z-]*)", listing, re.MULTILINE)


def _groups() -> list[str]:
    """The commands that have commands of their own."""
    from station_app.cli import build_parser
    (sub,) = [a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction)]
    return [name for name, parser in sub.choices.items()
            if any(isinstance(a, argparse._SubParsersAction) for a in parser._actions)]


def test_every_command_of_the_help_is_in_the_command_line_reference():
    text = CLI_DOC.read_text(encoding="utf-8")
    top = _help_commands([])
    assert {"init", "ticket", "report", "wipe", "passphrase"} <= set(top)
    commands = [[name] for name in top]
    groups = _groups()
    assert {"ticket", "queue", "hall", "sync"} <= set(groups)
    for group in groups:
        listed = _help_commands([group])
        assert listed, group
        commands += [[group, name] for name in listed]
    missing = [" ".join(words) for words in commands
               if not re.search(r"station-app " + r" ".join(map(re.escape, words)) + r"(?![\w-])",
                                text)]
    assert not missing, f"not in docs/cli.md: {missing}"


def _slug(heading: str) -> str:
    """GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens."""
    text = re.sub(r"[`*_]", "", heading.strip().lower())
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def _anchors(page: Path) -> set[str]:
    text = re.sub(r"```.*?```", "", page.read_text(encoding="utf-8"), flags=re.DOTALL)
    return {_slug(line.lstrip("#")) for line in text.splitlines() if line.startswith("#")}


def test_every_relative_link_and_picture_of_the_docs_opens():
    pages = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    checked, broken = 0, []
    for page in pages:
        text = re.sub(r"```.*?```", "", page.read_text(encoding="utf-8"), flags=re.DOTALL)
        for target in LINK.findall(text):
            if re.match(r"[a-z]+:", target):
                continue  # a web address
            path, _, anchor = target.partition("#")
            where = (page.parent / path).resolve() if path else page
            checked += 1
            if not where.exists():
                broken.append(f"{page.name}: {target} (no such file)")
            elif anchor and where.suffix == ".md" and anchor not in _anchors(where):
                broken.append(f"{page.name}: {target} (no such heading)")
    assert checked > 100
    assert not broken, "\n".join(broken)


def test_the_front_page_shows_each_role_and_points_to_the_manual():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for shot in ("tickets", "desk", "home", "home-hq"):
        assert f"(docs/screenshots/{shot}-" in readme, shot
    for doc in ("docs/user-guide.md", "docs/cli.md", "docs/performance.md",
                "docs/architecture.md"):
        assert f"({doc})" in readme, doc
    assert "make run" in readme and "make test" in readme
