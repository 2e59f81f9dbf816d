"""Printed documents (reportlab): letters, tickets, reports. No Qt here."""
