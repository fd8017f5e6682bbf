"""`python -m mamori`: the same command line as `mamori`."""

from mamori.cli.app import main

main()
