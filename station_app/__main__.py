"""``python -m station_app``: the same as the ``station-app`` command."""

import multiprocessing
import sys

from station_app.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the packaged app starts the roster-import worker
    sys.exit(main())
