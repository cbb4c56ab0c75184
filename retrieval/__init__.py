"""惠企政策问答 core: parse policy clauses, index them, retrieve and answer with citations.

Stages, each importing only those before it: lexicon → documents → store → search → answer → service.
"""

import os

# The embedder and faiss each run an OpenMP pool. Left to spin-wait, a pool's idle threads keep the cores from the
# other's, and from any other program: with one core busy elsewhere a question's warm p95 went from ~45 ms to 1.7 s
# (scripts/bench.py). Idle threads that sleep cost ~2 ms a question on a quiet machine. Set before either loads; an
# operator's own setting wins.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

from retrieval.config import Settings
from retrieval.errors import CorpusError, EmbedderError, IndexMissingError, PolicyQAError, StaleIndexError
from retrieval.records import Amount, Answer, Citation, Clause, Document, Hit
from retrieval.service.assistant import Assistant
from retrieval.service.library import Library

__all__ = [
    "Settings",
    "Assistant",
    "Library",
    "Document",
    "Clause",
    "Amount",
    "Hit",
    "Citation",
    "Answer",
    "PolicyQAError",
    "CorpusError",
    "EmbedderError",
    "IndexMissingError",
    "StaleIndexError",
]
