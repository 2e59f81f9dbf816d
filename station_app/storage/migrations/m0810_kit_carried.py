"""What a station kit carried (docs/kit-format.md), at HQ: ``rev``, HQ's change number the
kit's rows were read at, and ``village_ids`` (JSON), the villages it was limited to (NULL:
every village). HQ's bundles to the station it set up then leave out the rows the kit gave,
and the Plan counts the villages as served by that station. A kit written before this step
keeps ``rev`` NULL (its station gets the roster again, as before); its villages are found
again by their names (unique when the kit was written)."""


def up(conn):
    conn.execute("ALTER TABLE station_kits ADD COLUMN rev INTEGER")
    conn.execute("ALTER TABLE station_kits ADD COLUMN village_ids TEXT")
    conn.execute(
        "UPDATE station_kits SET village_ids = (SELECT json_group_array(a.id) FROM areas a"
        " WHERE a.kind = 'village' AND a.name IN (SELECT value FROM json_each(villages)))"
        " WHERE villages IS NOT NULL AND villages != 'null'")
