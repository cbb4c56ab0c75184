"""The saved index: a folder with FAISS vectors, clauses, keyword postings and a meta.json manifest.

Below `approximate_above` clauses the vectors sit in an exact FAISS index (IndexFlatIP); above it in
an HNSW graph (IndexHNSWFlat, inner product), whose recall against exact search `make bench`
measures. Adding or removing a document changes the index in memory (new clauses are embedded,
the others keep their vectors and keyword postings) and saves a new build folder.
"""

from __future__ import annotations

import hashlib
import io
import itertools
import json
import os
import shutil
import time
import warnings
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

import faiss
import numpy as np
import orjson
from langchain_core.documents import Document as LCDocument
from langchain_core.embeddings import Embeddings

from .corpus import Corpus, link_versions
from .embedders import embed_passages, embedder_id
from .config import APPROXIMATE_ABOVE
from .errors import REBUILD_HINT, CorpusError, IndexMissingError, StaleIndexError
from .files import atomic_write
from .keyword import BM25, tokenize
from .records import Clause, Document
from .vector_cache import VectorCache, passage_key

with warnings.catch_warnings():  # the package prints a sunset notice on import; FAISS there is still the seam
    warnings.simplefilter("ignore", DeprecationWarning)
    from langchain_community.docstore.base import Docstore
    from langchain_community.vectorstores import FAISS
    from langchain_community.vectorstores.utils import DistanceStrategy

__all__ = ["SearchIndex", "build_index", "extend_index", "drop_documents", "embed_cached", "save_index", "load_index",
           "current_build", "passage_text", "vector_cache", "APPROXIMATE_ABOVE"]

_builds = itertools.count(1)

FORMAT = 3
META, VECTORS, CLAUSES, DOCUMENTS, KEYWORDS = (
    "meta.json", "vectors.faiss", "clauses.json", "documents.json", "keyword.npz")
CURRENT = "CURRENT"  # names the build folder in use; switched atomically once a build is complete
METRIC = "cosine (inner product of L2-normalised vectors)"
HNSW_M, HNSW_EF_CONSTRUCTION, HNSW_EF_SEARCH = 32, 80, 128


@dataclass
class SearchIndex:
    """Everything retrieval needs; the embedder stays outside (pass it to `retrieve`)."""

    documents: dict[str, Document]
    clauses: list[Clause]
    vectors: FAISS  # LangChain's vector store over our FAISS index
    keywords: BM25
    meta: dict[str, Any]

    def vectors_of(self, rows: list[int]) -> np.ndarray:
        """The stored vectors of clauses `rows` (positions in `clauses`)."""
        index = self.vectors.index
        if not rows:
            return np.zeros((0, index.d), dtype="float32")
        return np.stack([index.reconstruct(int(i)) for i in rows])

    def search(self, vector: np.ndarray, k: int) -> list[tuple[int, float]]:
        """(row, cosine similarity) of the k nearest clauses, best first, through LangChain's store."""
        pairs = self.vectors.similarity_search_with_score_by_vector(vector.tolist(), k=k)
        return [(self._rows[doc.metadata["clause_id"]], float(score)) for doc, score in pairs]

    @property
    def _rows(self) -> dict[str, int]:
        rows = self.__dict__.get("_row_cache")
        if rows is None or len(rows) != len(self.clauses):
            rows = {c.clause_id: i for i, c in enumerate(self.clauses)}
            self.__dict__["_row_cache"] = rows
        return rows


def passage_text(clause: Clause, document: Document) -> str:
    """What the dense model sees: the document title and headings give a short clause its context."""
    context = " › ".join((document.title, *clause.path[:-1]))
    return f"{context}\n{clause.text}"


def vector_cache(folder: Path, embedder: Embeddings) -> VectorCache:
    """The passage-vector cache of this model under `<index dir>/cache/`."""
    dimension = int(getattr(embedder, "dimension", 0) or len(embedder.embed_query("维度")))
    return VectorCache(folder / "cache", embedder_id(embedder), dimension)


def embed_cached(passages: list[str], embedder: Embeddings, cache: VectorCache | None) -> tuple[np.ndarray, int]:
    """Vectors of `passages`, from the cache where it has them; returns them and how many were embedded."""
    keys = [passage_key(p) for p in passages]
    known = cache.get(keys) if cache is not None else {}
    missing = list(dict.fromkeys(p for p, k in zip(passages, keys, strict=True) if k not in known))
    if missing:
        fresh = embed_passages(embedder, missing)
        new_keys = [passage_key(p) for p in missing]
        known.update(zip(new_keys, fresh, strict=True))
        if cache is not None:
            cache.put(new_keys, fresh)
    if not passages:
        return np.zeros((0, 1), dtype="float32"), 0
    return np.stack([known[k] for k in keys]).astype("float32"), len(missing)


def build_index(corpus: Corpus, embedder: Embeddings, cache: VectorCache | None = None,
                approximate_above: int = APPROXIMATE_ABOVE) -> SearchIndex:
    """Embed every clause (the cache supplies the vectors of passages embedded before)."""
    passages = [passage_text(c, corpus.documents[c.doc_id]) for c in corpus.clauses]
    vectors, embedded = embed_cached(passages, embedder, cache)
    faiss_index = _faiss_index(vectors, approximate_above)
    keywords = BM25().fit([tokenize(p) for p in passages])
    meta = {
        "format": FORMAT,
        "embedder": embedder_id(embedder),
        "dimension": int(vectors.shape[1]),
        "metric": METRIC,
        "corpus_hash": corpus.fingerprint,
        "embedded": embedded,  # clauses embedded by this build (the rest came from the cache)
        "approximate_above": approximate_above,
    }
    return _assemble(dict(corpus.documents), list(corpus.clauses), faiss_index, keywords, embedder, meta)


def extend_index(index: SearchIndex, added: Corpus, fingerprint: str, embedder: Embeddings,
                 cache: VectorCache | None = None) -> SearchIndex:
    """`index` plus the documents of `added` (parsed alone), without touching the other clauses."""
    taken = sorted(set(added.documents) & set(index.documents))
    if taken:
        raise CorpusError(f"文件编号 {'、'.join(taken)} 已被占用，请在 manifest.json 中指定其他 id。")
    documents = link_versions({**index.documents, **added.documents})
    passages = [passage_text(c, documents[c.doc_id]) for c in added.clauses]
    vectors, embedded = embed_cached(passages, embedder, cache)
    threshold = int(index.meta.get("approximate_above", APPROXIMATE_ABOVE))
    size = len(index.clauses) + len(added.clauses)
    if _is_approximate(index.vectors.index) == (size > threshold):
        faiss_index = faiss.clone_index(index.vectors.index)  # the index being served stays unchanged
        faiss_index.add(vectors)
    else:  # crossing the threshold: the other kind of index, from the stored vectors
        faiss_index = _faiss_index(np.concatenate([_all_vectors(index), vectors]), threshold)
    keywords = index.keywords.extend([tokenize(p) for p in passages])
    meta = dict(index.meta, corpus_hash=fingerprint, embedded=embedded)
    return _assemble(documents, [*index.clauses, *added.clauses], faiss_index, keywords, embedder, meta)


def drop_documents(index: SearchIndex, doc_ids: set[str], fingerprint: str, embedder: Embeddings) -> SearchIndex:
    """`index` without the documents `doc_ids` (nothing is embedded)."""
    keep = np.array([c.doc_id not in doc_ids for c in index.clauses], dtype=bool)
    documents = link_versions({  # references to a removed document go with it (as in the manifest)
        k: replace(d, superseded_by="", supersedes=tuple(s for s in d.supersedes if s not in doc_ids))
        for k, d in index.documents.items() if k not in doc_ids})
    faiss_index = _faiss_index(_all_vectors(index)[keep], int(index.meta.get("approximate_above", APPROXIMATE_ABOVE)))
    clauses = [c for c, kept in zip(index.clauses, keep, strict=True) if kept]
    meta = dict(index.meta, corpus_hash=fingerprint, embedded=0)
    return _assemble(documents, clauses, faiss_index, index.keywords.drop(keep), embedder, meta)


def _assemble(documents: dict[str, Document], clauses: list[Clause], faiss_index: faiss.Index,
              keywords: BM25, embedder: Embeddings, meta: dict[str, Any]) -> SearchIndex:
    meta = dict(meta, clause_count=len(clauses), index_kind=_kind(faiss_index),
                built_at=time.strftime("%Y-%m-%dT%H:%M:%S%z"))
    return SearchIndex(documents, clauses, _vector_store(clauses, documents, faiss_index, embedder), keywords, meta)


def _faiss_index(vectors: np.ndarray, approximate_above: int) -> faiss.Index:
    """Exact inner product search up to `approximate_above` vectors, an HNSW graph beyond."""
    if len(vectors) > approximate_above:
        index = faiss.IndexHNSWFlat(vectors.shape[1], HNSW_M, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
        index.hnsw.efSearch = HNSW_EF_SEARCH
    else:
        index = faiss.IndexFlatIP(vectors.shape[1])
    index.add(vectors)
    return index


def _is_approximate(index: faiss.Index) -> bool:
    return isinstance(faiss.downcast_index(index), faiss.IndexHNSW)


def _kind(index: faiss.Index) -> str:
    if _is_approximate(index):
        return f"HNSW (M={HNSW_M}, efConstruction={HNSW_EF_CONSTRUCTION}, efSearch={HNSW_EF_SEARCH})"
    return "exact (IndexFlatIP)"


def _all_vectors(index: SearchIndex) -> np.ndarray:
    faiss_index = index.vectors.index
    return faiss_index.reconstruct_n(0, faiss_index.ntotal)


def _vector_store(clauses: list[Clause], documents: dict[str, Document], index: faiss.Index,
                  embedder: Embeddings) -> FAISS:
    """LangChain's FAISS store over our own index and a docstore that makes the LangChain
    document of a clause when a search returns it (nothing is pickled, nothing built per clause)."""
    return FAISS(embedding_function=embedder, index=index, docstore=_ClauseDocstore(clauses, documents),
                 index_to_docstore_id=dict(enumerate(c.clause_id for c in clauses)),
                 distance_strategy=DistanceStrategy.MAX_INNER_PRODUCT)


class _ClauseDocstore(Docstore):
    def __init__(self, clauses: list[Clause], documents: dict[str, Document]) -> None:
        self._clauses = {c.clause_id: c for c in clauses}
        self._documents = documents

    def search(self, search: str) -> LCDocument | str:
        clause = self._clauses.get(search)
        if clause is None:
            return f"ID {search} not found."
        return LCDocument(page_content=passage_text(clause, self._documents[clause.doc_id]),
                          metadata={"clause_id": clause.clause_id})


def save_index(index: SearchIndex, folder: Path) -> None:
    """Write a complete build into its own folder, then switch CURRENT to it (one atomic rename):
    a build killed halfway leaves the previous index in use, whole. Older builds are removed."""
    folder.mkdir(parents=True, exist_ok=True)
    build = folder / f"build-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}-{next(_builds)}"
    build.mkdir()
    keywords = _npz(index.keywords.to_arrays())
    blobs = {
        VECTORS: faiss.serialize_index(index.vectors.index).tobytes(),
        CLAUSES: orjson.dumps(index.clauses),  # dataclasses as JSON objects, as Clause.to_dict gives
        DOCUMENTS: json.dumps([asdict(d) for d in index.documents.values()],
                              ensure_ascii=False, indent=1).encode("utf-8"),
        KEYWORDS: keywords,
    }
    for name, blob in blobs.items():
        atomic_write(build / name, blob)
    meta = dict(index.meta, files={name: _sha256(blob) for name, blob in blobs.items()})
    atomic_write(build / META, json.dumps(meta, ensure_ascii=False, indent=1).encode("utf-8"))
    atomic_write(folder / CURRENT, build.name.encode("utf-8"))
    index.meta = meta
    for old in folder.glob("build-*"):
        if old != build:
            shutil.rmtree(old, ignore_errors=True)


def _npz(arrays: dict[str, np.ndarray]) -> bytes:
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    return buffer.getvalue()


def current_build(folder: Path) -> Path:
    """The build folder CURRENT names (IndexMissingError when there is none)."""
    try:
        name = (folder / CURRENT).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        name = ""
    if not name or not (folder / name / META).exists():
        raise IndexMissingError(f"索引目录 {folder} 中还没有可用的索引。{REBUILD_HINT}")
    return folder / name


def load_index(folder: Path, embedder: Embeddings, corpus_hash: str | None = None) -> SearchIndex:
    """Load and verify an index; refuse one built by another model, from another corpus, or damaged."""
    build = current_build(folder)
    meta_path = build / META
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise StaleIndexError(f"索引清单 {meta_path} 已损坏（{exc}）。{REBUILD_HINT}") from exc
    _check(meta.get("format") == FORMAT, f"索引格式版本 {meta.get('format')} 与程序（{FORMAT}）不符。")
    wanted = embedder_id(embedder)
    _check(meta.get("embedder") == wanted,
           f"索引由嵌入模型 {meta.get('embedder')} 建立，当前配置的是 {wanted}。")
    if corpus_hash is not None:
        _check(meta.get("corpus_hash") == corpus_hash, "政策文件（或解析规则）在建索引后有变化，索引已过期。")
    blobs: dict[str, bytes] = {}
    for name, digest in meta.get("files", {}).items():
        path = build / name
        _check(path.exists(), f"索引文件 {name} 缺失。")
        blobs[name] = path.read_bytes()
        _check(_sha256(blobs[name]) == digest, f"索引文件 {name} 已损坏（校验和不符）。")
    _check(set(blobs) == {VECTORS, CLAUSES, DOCUMENTS, KEYWORDS}, "索引清单缺少文件记录。")
    try:
        clauses = [Clause.from_dict(c) for c in orjson.loads(blobs[CLAUSES])]
        documents = {d["doc_id"]: _document(d) for d in json.loads(blobs[DOCUMENTS])}
        with np.load(io.BytesIO(blobs[KEYWORDS]), allow_pickle=False) as arrays:
            keywords = BM25.from_arrays(arrays)
        faiss_index = faiss.deserialize_index(np.frombuffer(blobs[VECTORS], dtype="uint8"))
    except (ValueError, KeyError, TypeError, RuntimeError, orjson.JSONDecodeError) as exc:
        raise StaleIndexError(f"索引内容无法读取（{exc}）。{REBUILD_HINT}") from exc
    _check(faiss_index.ntotal == len(clauses) == meta.get("clause_count") == keywords.size,
           "索引中的向量数与条款数不一致。")
    _check(faiss_index.d == meta.get("dimension"), "索引向量维度与清单不符。")
    return SearchIndex(documents, clauses, _vector_store(clauses, documents, faiss_index, embedder), keywords, meta)


def _document(data: dict[str, Any]) -> Document:
    return Document(**{**data, "supersedes": tuple(data.get("supersedes", ()))})


def _check(ok: bool, reason: str) -> None:
    if not ok:
        raise StaleIndexError(f"{reason}{REBUILD_HINT}")


def _sha256(blob: bytes) -> str:
    return hashlib.sha256(blob).hexdigest()
