"""``python -m rasid`` runs the CLI (same as the ``rasid`` command)."""

from rasid.cli.main import main

main()
