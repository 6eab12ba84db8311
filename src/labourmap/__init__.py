"""labourmap — an observatory of labour conflict in China."""

__version__ = "0.1.0"
