"""Polltrace dashboard: the Dash site over the published data package (dashboard.app:server for gunicorn)."""
