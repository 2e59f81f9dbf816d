"""The days of the week a campaign's stations open (issue 15): ``campaigns.open_days`` holds
the weekday numbers, 0 = Monday .. 6 = Sunday ('0123456': every day, weekends included, the
default; NULL, as older campaigns have, means the same). Planning a week of sessions for the
campaign leaves out the other days."""


def up(conn):
    conn.execute("ALTER TABLE campaigns ADD COLUMN open_days TEXT")
