"""The pipeline a user would otherwise build: 250/50 character chunks, the same embedder, FAISS top-3,
the top chunk as the answer. Measured beside the project, never used to answer users."""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from langchain_core.embeddings import Embeddings
from langchain_text_splitters import RecursiveCharacterTextSplitter

from retrieval.documents.corpus import read_text
from retrieval.records import Clause, Document
from retrieval.store.embedders import embedder_id
from retrieval.store.vector_cache import VectorCache, passage_key

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    from langchain_community.vectorstores import FAISS

__all__ = ["NaivePipeline", "NaiveAnswer"]

SHINGLE = 8


@dataclass(frozen=True)
class NaiveAnswer:
    text: str  # the top chunk
    ranked: list[str]  # clause ids of the top-3 chunks, in order, without repeats


class NaivePipeline:
    def __init__(self, corpus_dir: Path, documents: dict[str, Document], clauses: list[Clause],
                 embedder: Embeddings, cache_dir: Path | None = None) -> None:
        splitter = RecursiveCharacterTextSplitter(chunk_size=250, chunk_overlap=50)
        texts, metadatas = [], []
        for name in sorted({d.source_file for d in documents.values()}):
            own = [c for c in clauses if documents[c.doc_id].source_file == name]
            for chunk in splitter.split_text(read_text(corpus_dir / name)):
                texts.append(chunk)
                metadatas.append({"clause_id": _clause_of(chunk, own)})
        if cache_dir is not None:  # the same vectors, kept between runs so a second evaluation embeds nothing
            embedder = CachedEmbeddings(embedder, cache_dir)
        self.store = FAISS.from_texts(texts, embedder, metadatas=metadatas)

    def ask(self, question: str) -> NaiveAnswer:
        docs = self.store.similarity_search(question, k=3)
        ranked = list(dict.fromkeys(d.metadata["clause_id"] for d in docs if d.metadata["clause_id"]))
        return NaiveAnswer(docs[0].page_content if docs else "", ranked)


class CachedEmbeddings(Embeddings):
    """`embed_documents` of another embedder, remembered by the hash of each chunk (queries are not kept)."""

    def __init__(self, inner: Embeddings, folder: Path) -> None:
        self.inner = inner
        self.cache = VectorCache(folder, "naive-" + embedder_id(inner), len(inner.embed_query("维度")))

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        keys = [passage_key(t) for t in texts]
        known = self.cache.get(keys)
        missing = list(dict.fromkeys(t for t, k in zip(texts, keys, strict=True) if k not in known))
        if missing:
            fresh = np.asarray(self.inner.embed_documents(missing), dtype="float32")
            self.cache.put([passage_key(t) for t in missing], fresh)
            known.update(zip([passage_key(t) for t in missing], fresh, strict=True))
        return [known[k].tolist() for k in keys]

    def embed_query(self, text: str) -> list[float]:
        return self.inner.embed_query(text)


def _clause_of(chunk: str, clauses: list[Clause]) -> str:
    """The clause a chunk mostly comes from: the most shared 8-character shingles ("" for none)."""
    flat = re.sub(r"\s+", "", chunk)
    shingles = {flat[i : i + SHINGLE] for i in range(max(1, len(flat) - SHINGLE + 1))}
    best, best_count = "", 0
    for clause in clauses:
        body = re.sub(r"\s+", "", clause.text)
        count = sum(1 for s in shingles if s in body)
        if count > best_count:
            best, best_count = clause.clause_id, count
    return best
