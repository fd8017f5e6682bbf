"""`python -m mamori`: the same command line as `mamori`."""

from mamori.cli.entry import main

main()
