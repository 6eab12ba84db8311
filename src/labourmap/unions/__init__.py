"""The union directory: the ACFTU's hierarchy over the gazetteer, and other unions."""
