"""Every screenshot, or those of the parts named: python -m build.screenshots [NAME...]. Each part
runs in a process of its own (a QApplication, its translators and stations each). The stations
made for them open with the demo's passphrase, as a script's would (the page that asks for it
is shot on its own: the part passphrase)."""

import os
import subprocess
import sys

from station_app.storage import keys

PARTS = ("floor", "sync", "planning", "letters", "roster_edits", "backups", "hall", "passphrase",
         "home", "kits")


def main(names: list[str]) -> int:
    unknown = sorted(set(names) - set(PARTS))
    if unknown:
        print(f"no such part: {', '.join(unknown)} (the parts: {', '.join(PARTS)})")
        return 2
    for name in names or PARTS:
        done = subprocess.run([sys.executable, "-m", f"build.screenshots.{name}"],
                              env={keys.PASSPHRASE_ENV: keys.DEMO_PASSPHRASE, **os.environ})
        if done.returncode:
            return done.returncode
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
