"""station_app: offline-first software for mobile citizen-ID enrollment stations."""

__version__ = "0.1.0"
