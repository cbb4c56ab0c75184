"""惠企政策问答 core: parse policy clauses, index them, retrieve and answer with citations.

Stages, each importing only those before it: lexicon → documents → store → search → answer → service.
"""

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
