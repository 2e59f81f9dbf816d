"""The bottom layer, no Qt and nothing of the project: rules with no I/O (Vietnamese text, ID
numbers, dates, numbering, scheduling) and three OS wrappers (files, processes, the SQLite
driver); see docs/architecture.md, "What core/ is"."""
