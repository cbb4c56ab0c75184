"""惠企政策问答 core: parse policy clauses, index them, retrieve and answer with citations."""

from .config import Settings
from .errors import CorpusError, EmbedderError, IndexMissingError, PolicyQAError, StaleIndexError
from .records import Amount, Answer, Citation, Clause, Document, Hit
from .service import Assistant

__all__ = [
    "Settings",
    "Assistant",
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
