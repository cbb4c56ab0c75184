"""Error hierarchy: the library raises these; the CLI and UI show their Chinese messages."""

from __future__ import annotations

__all__ = [
    "PolicyQAError",
    "CorpusError",
    "PolicyIndexError",
    "IndexMissingError",
    "StaleIndexError",
    "EmbedderError",
    "VectorStoreUnavailable",
]

REBUILD_HINT = "请运行 `python app.py index`（或 `make index`）重建索引。"


class PolicyQAError(Exception):
    """Base class: every message is a complete Chinese sentence that says how to fix it."""


class CorpusError(PolicyQAError):
    """A policy document or the corpus manifest cannot be read or parsed."""


class PolicyIndexError(PolicyQAError):
    """The saved index cannot be used."""


class IndexMissingError(PolicyIndexError):
    """No index has been built in the index folder yet."""


class StaleIndexError(PolicyIndexError):
    """The saved index was built from another corpus, another model, or its files are damaged."""


class EmbedderError(PolicyQAError):
    """The embedding model cannot be loaded or used."""


class VectorStoreUnavailable(PolicyQAError):
    """The vector database (Milvus) cannot be reached: not a reason to rebuild the index."""
