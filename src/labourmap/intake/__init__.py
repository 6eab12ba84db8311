"""A worker's own report: the public bilingual form, kept private and rate-limited."""
