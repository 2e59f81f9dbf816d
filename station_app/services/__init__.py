"""What a user does: each service takes a Database and reports progress through plain callbacks."""
