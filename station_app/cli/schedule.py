"""Commands of this area are added by its issue; see station_app/cli/__init__.py."""


def register(sub, common) -> None:
    return None
