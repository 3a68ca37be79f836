"""Command-line interface: thin click commands over :mod:`rasid.api`."""
