"""Rules with no I/O and no Qt: Vietnamese text, ID numbers, dates, numbering, scheduling."""
