"""Command-line front end: thin wrappers over the packages."""
