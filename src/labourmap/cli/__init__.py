"""The command-line tool: thin commands over the importable API."""
