"""The saved index: a folder with FAISS vectors, clauses, keyword tokens and a meta.json manifest."""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import shutil
import time
import warnings
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import faiss
import numpy as np
from langchain_core.documents import Document as LCDocument
from langchain_core.embeddings import Embeddings

from .corpus import Corpus
from .embedders import embed_passages, embedder_id
from .errors import REBUILD_HINT, IndexMissingError, StaleIndexError
from .files import atomic_write
from .keyword import BM25, tokenize
from .records import Clause, Document

with warnings.catch_warnings():  # the package prints a sunset notice on import; FAISS there is still the seam
    warnings.simplefilter("ignore", DeprecationWarning)
    from langchain_community.docstore.in_memory import InMemoryDocstore
    from langchain_community.vectorstores import FAISS
    from langchain_community.vectorstores.utils import DistanceStrategy

__all__ = ["SearchIndex", "build_index", "save_index", "load_index", "current_build", "passage_text"]

_builds = itertools.count(1)

FORMAT = 2
META, VECTORS, CLAUSES, DOCUMENTS, KEYWORDS = (
    "meta.json", "vectors.faiss", "clauses.jsonl", "documents.json", "keyword.json")
CURRENT = "CURRENT"  # names the build folder in use; switched atomically once a build is complete
METRIC = "cosine (inner product of L2-normalised vectors)"


@dataclass
class SearchIndex:
    """Everything retrieval needs; the embedder stays outside (pass it to `retrieve`)."""

    documents: dict[str, Document]
    clauses: list[Clause]
    vectors: FAISS
    keywords: BM25
    meta: dict[str, Any]


def passage_text(clause: Clause, document: Document) -> str:
    """What the dense model sees: the document title and headings give a short clause its context."""
    context = " › ".join((document.title, *clause.path[:-1]))
    return f"{context}\n{clause.text}"


def build_index(corpus: Corpus, embedder: Embeddings, reuse: SearchIndex | None = None) -> SearchIndex:
    """Embed every clause, except those whose passage text an index built by the same model
    (`reuse`) already holds: adding one document embeds only its own clauses."""
    passages = [passage_text(c, corpus.documents[c.doc_id]) for c in corpus.clauses]
    known = _known_vectors(reuse, embedder)
    missing = [p for p in dict.fromkeys(passages) if p not in known]
    if missing:
        known.update(zip(missing, embed_passages(embedder, missing), strict=True))
    vectors = np.stack([known[p] for p in passages]) if passages else np.zeros((0, 1), dtype="float32")
    flat = faiss.IndexFlatIP(vectors.shape[1])
    flat.add(vectors)
    store = _vector_store(corpus.clauses, passages, flat, embedder)
    keywords = BM25().fit([tokenize(p) for p in passages])
    meta = {
        "format": FORMAT,
        "embedder": embedder_id(embedder),
        "dimension": int(vectors.shape[1]),
        "metric": METRIC,
        "clause_count": len(corpus.clauses),
        "corpus_hash": corpus.fingerprint,
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "embedded": len(missing),  # clauses embedded by this build (the rest were reused)
    }
    return SearchIndex(dict(corpus.documents), list(corpus.clauses), store, keywords, meta)


def _known_vectors(index: SearchIndex | None, embedder: Embeddings) -> dict[str, np.ndarray]:
    """Passage text -> vector of an earlier index by the same model (nothing for another model)."""
    if index is None or index.meta.get("embedder") != embedder_id(embedder):
        return {}
    flat = index.vectors.index
    return {passage_text(c, index.documents[c.doc_id]): flat.reconstruct(i)
            for i, c in enumerate(index.clauses)}


def _vector_store(clauses: list[Clause], passages: list[str], index: faiss.Index,
                  embedder: Embeddings) -> FAISS:
    """LangChain's FAISS store over our own index and docstore (so nothing is ever pickled)."""
    docstore = InMemoryDocstore({
        c.clause_id: LCDocument(page_content=p, metadata={"clause_id": c.clause_id})
        for c, p in zip(clauses, passages, strict=True)
    })
    return FAISS(embedding_function=embedder, index=index, docstore=docstore,
                 index_to_docstore_id={i: c.clause_id for i, c in enumerate(clauses)},
                 distance_strategy=DistanceStrategy.MAX_INNER_PRODUCT)


def save_index(index: SearchIndex, folder: Path) -> None:
    """Write a complete build into its own folder, then switch CURRENT to it (one atomic rename):
    a build killed halfway leaves the previous index in use, whole. Older builds are removed."""
    folder.mkdir(parents=True, exist_ok=True)
    build = folder / f"build-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}-{next(_builds)}"
    build.mkdir()
    blobs = {
        VECTORS: faiss.serialize_index(index.vectors.index).tobytes(),
        CLAUSES: "".join(json.dumps(c.to_dict(), ensure_ascii=False) + "\n"
                         for c in index.clauses).encode("utf-8"),
        DOCUMENTS: json.dumps([asdict(d) for d in index.documents.values()],
                              ensure_ascii=False, indent=1).encode("utf-8"),
        KEYWORDS: json.dumps(index.keywords.to_dict(), ensure_ascii=False).encode("utf-8"),
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
        clauses = [Clause.from_dict(json.loads(line)) for line in blobs[CLAUSES].decode().splitlines()]
        documents = {d["doc_id"]: _document(d) for d in json.loads(blobs[DOCUMENTS])}
        keywords = BM25.from_dict(json.loads(blobs[KEYWORDS]))
        faiss_index = faiss.deserialize_index(np.frombuffer(blobs[VECTORS], dtype="uint8"))
    except (ValueError, KeyError, TypeError, RuntimeError) as exc:
        raise StaleIndexError(f"索引内容无法读取（{exc}）。{REBUILD_HINT}") from exc
    _check(faiss_index.ntotal == len(clauses) == meta.get("clause_count"), "索引中的向量数与条款数不一致。")
    _check(faiss_index.d == meta.get("dimension"), "索引向量维度与清单不符。")
    passages = [passage_text(c, documents[c.doc_id]) for c in clauses]
    return SearchIndex(documents, clauses, _vector_store(clauses, passages, faiss_index, embedder),
                       keywords, meta)


def _document(data: dict[str, Any]) -> Document:
    return Document(**{**data, "supersedes": tuple(data.get("supersedes", ()))})


def _check(ok: bool, reason: str) -> None:
    if not ok:
        raise StaleIndexError(f"{reason}{REBUILD_HINT}")


def _sha256(blob: bytes) -> str:
    return hashlib.sha256(blob).hexdigest()
