"""One module per page, each with its JSON twin under `/api/`."""
