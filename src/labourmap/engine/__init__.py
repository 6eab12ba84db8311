"""The ingest engine: posts in, incidents out — pure functions over text and data.

from labourmap.engine import Post, extract, cluster
ex = extract(Post(id="p1", text="…", posted_at=…))
ex.record()          # the contract's flat record
ex.evidence(text)    # per field: value, confidence, spans in the original text
"""

from labourmap.engine.cluster import IncidentSummary, Match, cluster, match_incident, summarise
from labourmap.engine.model import Extraction, Found, Post
from labourmap.engine.pipeline import extract, extract_many

__all__ = [
    "Extraction",
    "Found",
    "IncidentSummary",
    "Match",
    "Post",
    "cluster",
    "extract",
    "extract_many",
    "match_incident",
    "summarise",
]
