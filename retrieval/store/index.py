"""The saved index: a build folder with clauses, documents, keyword postings, the vectors (FAISS;
or a Milvus collection, see vectorstores.py) and a meta.json manifest with checksums.

Adding or removing a document changes the index in memory (new clauses are embedded, the others
keep their vectors and keyword postings) and saves a new build folder.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import io
import itertools
import json
import logging
import os
import shutil
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np
import orjson
from langchain_core.embeddings import Embeddings

from retrieval.config import VectorConfig
from retrieval.documents.corpus import Corpus, link_versions
from retrieval.errors import REBUILD_HINT, CorpusError, IndexMissingError, PolicyQAError, StaleIndexError
from retrieval.files import atomic_write
from retrieval.records import Clause, Document
from retrieval.store.derived import derived
from retrieval.store.embedders import embed_passages, embedder_id
from retrieval.store.keyword import BM25, tokenize
from retrieval.store.vector_cache import VectorCache, passage_key
from retrieval.store.vectorstores import FaissVectors, MilvusVectors, create_vectors, open_vectors, passage_text

__all__ = [
    "SearchIndex",
    "ClauseList",
    "build_index",
    "extend_index",
    "drop_documents",
    "areas_of",
    "in_area",
    "embed_cached",
    "save_index",
    "load_index",
    "current_build",
    "current_build_name",
    "saved_meta",
    "saved_documents",
    "index_lock",
    "passage_text",
    "vector_cache",
]

log = logging.getLogger("policyqa")
_builds = itertools.count(1)

FORMAT = 4
META, CLAUSES, CLAUSE_IDS, DOCUMENTS, KEYWORDS = (
    "meta.json", "clauses.jsonl", "clause_ids.json", "documents.json", "keyword.npz")
CURRENT = "CURRENT"  # names the build folder in use; switched atomically once a build is complete
Progress = Callable[[int, int], None]  # (passages embedded so far, passages to embed), told while a build embeds
PROGRESS_STEP = 32  # passages embedded between two progress reports
METRIC = "cosine (inner product of L2-normalised vectors)"


class ClauseList(Sequence[Clause]):
    """The clauses of an index, in vector order. Loaded from a build they stay JSON lines until a
    clause is used (a server on 63,000 clauses starts without decoding them all); ids and document
    ids are known up front. Adding and dropping clauses keep the undecoded lines as they are."""

    def __init__(self, lines: list[bytes | None], done: list[Clause | None], ids: list[str], doc_ids: list[str]):
        self._lines, self._done, self.ids, self.doc_ids = lines, done, ids, doc_ids

    @classmethod
    def of(cls, clauses: list[Clause]) -> ClauseList:
        return cls([None] * len(clauses), list(clauses), [c.clause_id for c in clauses], [c.doc_id for c in clauses])

    @classmethod
    def from_saved(cls, blob: bytes, ids: list[list[str]]) -> ClauseList:
        lines: list[bytes | None] = list(blob.split(b"\n")[: len(ids)])
        if len(lines) != len(ids):
            raise ValueError("条款数与条款编号数不一致")
        return cls(lines, [None] * len(ids), [i for i, _ in ids], [d for _, d in ids])

    def __len__(self) -> int:
        return len(self.ids)

    def __getitem__(self, i):  # type: ignore[no-untyped-def,override]
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        clause = self._done[i]
        if clause is None:
            clause = self._done[i] = Clause.from_dict(orjson.loads(self._lines[i]))  # type: ignore[arg-type]
        return clause

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]

    def __add__(self, more: list[Clause]) -> ClauseList:  # type: ignore[override]
        tail = ClauseList.of(more)
        return ClauseList(self._lines + tail._lines, self._done + tail._done, self.ids + tail.ids,
                          self.doc_ids + tail.doc_ids)

    def subset(self, keep: np.ndarray) -> ClauseList:
        rows = np.flatnonzero(keep).tolist()
        return ClauseList([self._lines[i] for i in rows], [self._done[i] for i in rows],
                          [self.ids[i] for i in rows], [self.doc_ids[i] for i in rows])

    def saved(self) -> tuple[bytes, bytes]:
        """The JSON lines and the [[clause id, document id], ...] list a build stores."""
        lines = [
            line if line is not None else orjson.dumps(clause)
            for line, clause in zip(self._lines, self._done, strict=True)
        ]
        return b"\n".join(lines), orjson.dumps(list(zip(self.ids, self.doc_ids, strict=True)))


@dataclass
class SearchIndex:
    """Everything retrieval needs; the embedder stays outside (pass it to `retrieve`)."""

    documents: dict[str, Document]
    clauses: ClauseList
    vectors: FaissVectors | MilvusVectors  # `.store` is the LangChain vector store
    keywords: BM25
    meta: dict[str, Any]
    derived: dict[str, Any] = field(default_factory=dict, init=False, compare=False, repr=False)  # store.derived

    def search(self, vector: np.ndarray, k: int) -> list[tuple[int, float]]:
        """(row, cosine similarity) of the k nearest clauses, best first; rows index `clauses`."""
        return self.vectors.search(vector, k)

    def vectors_of(self, rows: list[int]) -> np.ndarray:
        """The stored vectors of clauses `rows`."""
        return self.vectors.vectors_of(rows)


def vector_cache(folder: Path, embedder: Embeddings) -> VectorCache:
    """The passage-vector cache of this model under `<index dir>/cache/`."""
    dimension = int(getattr(embedder, "dimension", 0) or len(embedder.embed_query("维度")))
    return VectorCache(folder / "cache", embedder_id(embedder), dimension)


def embed_cached(passages: list[str], embedder: Embeddings, cache: VectorCache | None,
                 progress: Progress | None = None) -> tuple[np.ndarray, int]:
    """Vectors of `passages`, from the cache where it has them; returns them and how many were embedded.
    `progress` is told after every PROGRESS_STEP passages embedded."""
    keys = [passage_key(p) for p in passages]
    known = cache.get(keys) if cache is not None else {}
    missing = list(dict.fromkeys(p for p, k in zip(passages, keys, strict=True) if k not in known))
    if missing:
        if progress is None:
            fresh = embed_passages(embedder, missing)
        else:
            parts = []
            for start in range(0, len(missing), PROGRESS_STEP):
                parts.append(embed_passages(embedder, missing[start : start + PROGRESS_STEP]))
                progress(min(start + PROGRESS_STEP, len(missing)), len(missing))
            fresh = np.concatenate(parts)
        new_keys = [passage_key(p) for p in missing]
        known.update(zip(new_keys, fresh, strict=True))
        if cache is not None:
            cache.put(new_keys, fresh)
    if not passages:
        return np.zeros((0, int(getattr(embedder, "dimension", 0) or 1)), dtype="float32"), 0
    return np.stack([known[k] for k in keys]).astype("float32"), len(missing)


def build_index(corpus: Corpus, embedder: Embeddings, cache: VectorCache | None = None,
                config: VectorConfig = VectorConfig(), progress: Progress | None = None) -> SearchIndex:
    """Embed every clause (the cache supplies the vectors of passages embedded before)."""
    passages = [passage_text(c, corpus.documents[c.doc_id]) for c in corpus.clauses]
    vectors, embedded = embed_cached(passages, embedder, cache, progress)
    clauses = ClauseList.of(corpus.clauses)
    store = create_vectors(config, vectors, clauses, dict(corpus.documents), embedder)
    keywords = BM25().fit([tokenize(p) for p in passages])
    meta = {
        "format": FORMAT,
        "embedder": embedder_id(embedder),
        "dimension": int(vectors.shape[1]),
        "metric": METRIC,
        "corpus_hash": corpus.fingerprint,
        "embedded": embedded,  # clauses embedded by this build (the rest came from the cache)
    }
    return _assemble(dict(corpus.documents), clauses, store, keywords, meta)


def extend_index(index: SearchIndex, added: Corpus, fingerprint: str, embedder: Embeddings,
                 cache: VectorCache | None = None) -> SearchIndex:
    """`index` plus the documents of `added` (parsed alone), without touching the other clauses."""
    taken = sorted(set(added.documents) & set(index.documents))
    if taken:
        raise CorpusError(f"文件编号 {'、'.join(taken)} 已被占用，请在 manifest.json 中指定其他 id。")
    documents = link_versions({**index.documents, **added.documents})
    passages = [passage_text(c, documents[c.doc_id]) for c in added.clauses]
    vectors, embedded = embed_cached(passages, embedder, cache)
    clauses = index.clauses + added.clauses
    store = index.vectors.added(vectors, clauses, documents)
    keywords = index.keywords.extend([tokenize(p) for p in passages])
    meta = dict(index.meta, corpus_hash=fingerprint, embedded=embedded)
    return _assemble(documents, clauses, store, keywords, meta)


def drop_documents(index: SearchIndex, doc_ids: set[str], fingerprint: str) -> SearchIndex:
    """`index` without the documents `doc_ids` (nothing is embedded)."""
    keep = np.array([d not in doc_ids for d in index.clauses.doc_ids], dtype=bool)
    documents = link_versions({  # references to a removed document go with it (as in the manifest)
        k: replace(d, superseded_by="", supersedes=tuple(s for s in d.supersedes if s not in doc_ids))
        for k, d in index.documents.items() if k not in doc_ids})
    clauses = index.clauses.subset(keep)
    store = index.vectors.dropped(keep, clauses, documents)
    meta = dict(index.meta, corpus_hash=fingerprint, embedded=0)
    return _assemble(documents, clauses, store, index.keywords.drop(keep), meta)


def areas_of(index: SearchIndex) -> list[str]:
    """The areas (所在地区) the library's manifest names, sorted."""
    return sorted({a for d in index.documents.values() for a in d.areas})


def in_area(index: SearchIndex, area: str) -> SearchIndex:
    """The library as an enterprise of `area` sees it: the documents for that area and those for every
    area (no `areas` in the manifest). "" is the whole library. Built once per index and area (in memory,
    nothing is saved or embedded); an area the library does not name is a ValueError in Chinese."""
    if area is None:  # JSON null: no area
        return index
    if not isinstance(area, str):
        raise ValueError("所在地区应为地区名称（文字），例如“枫岭市”。")
    area = area.strip()
    if not area:
        return index
    named = areas_of(index)
    if area not in named:
        raise ValueError(f"本库没有“{area}”这个地区。" + (f"可选的地区：{'、'.join(named)}。" if named
                                                       else "本库的文件没有划分地区，请不指定地区提问。"))
    others = {d.doc_id for d in index.documents.values() if d.areas and area not in d.areas}
    if not others:
        return index
    return derived(index, f"area {area}", lambda ix: _view(ix, others, area))


def _view(index: SearchIndex, others: set[str], area: str) -> SearchIndex:
    """`index` without the documents `others`, in memory only: versions stay linked as in the library
    (a draft superseded by another area's document is still superseded), and save_index refuses it."""
    keep = np.array([d not in others for d in index.clauses.doc_ids], dtype=bool)
    documents = {k: d for k, d in index.documents.items() if k not in others}
    clauses = index.clauses.subset(keep)
    return SearchIndex(documents, clauses, index.vectors.view(keep, clauses, documents), index.keywords.drop(keep),
                       dict(index.meta, area=area, clause_count=len(clauses)))


def _assemble(documents: dict[str, Document], clauses: ClauseList, store: FaissVectors | MilvusVectors,
              keywords: BM25, meta: dict[str, Any]) -> SearchIndex:
    meta = dict(meta, **store.meta(), clause_count=len(clauses), built_at=time.strftime("%Y-%m-%dT%H:%M:%S%z"))
    return SearchIndex(documents, clauses, store, keywords, meta)


def save_index(index: SearchIndex, folder: Path) -> None:
    """Write a complete build into its own folder, then switch CURRENT to it (one atomic rename):
    a build killed halfway leaves the previous index in use, whole. Older builds are removed."""
    if index.meta.get("area"):
        raise ValueError(f"“{index.meta['area']}”地区的视图不是完整的文件库，不能保存。")
    folder.mkdir(parents=True, exist_ok=True)
    build = folder / f"build-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}-{next(_builds)}"
    build.mkdir()
    try:
        keywords = _npz(index.keywords.to_arrays())
        clause_lines, clause_ids = index.clauses.saved()
        blobs = {
            CLAUSES: clause_lines,
            CLAUSE_IDS: clause_ids,
            DOCUMENTS: orjson.dumps(list(index.documents.values()), option=orjson.OPT_INDENT_2),
            KEYWORDS: keywords,
        }
        with ThreadPoolExecutor(max_workers=2) as pool:  # FAISS writes its own file meanwhile
            vectors = pool.submit(index.vectors.write, build)
            for name, blob in blobs.items():
                atomic_write(build / name, blob)
            digests = {name: _sha256(blob) for name, blob in blobs.items()}
            for name in vectors.result():
                digests[name] = _sha256((build / name).read_bytes())
        meta = dict(index.meta, build=build.name, files=digests)
        atomic_write(build / META, json.dumps(meta, ensure_ascii=False, indent=1).encode("utf-8"))
    except BaseException:
        shutil.rmtree(build, ignore_errors=True)  # a failed save (a full disk) leaves no partial build
        raise
    atomic_write(folder / CURRENT, build.name.encode("utf-8"))
    index.meta = meta
    for old in folder.glob("build-*"):  # writers hold index_lock, so none of these is being written
        if old != build:
            shutil.rmtree(old, ignore_errors=True)
    try:
        index.vectors.commit()
    except PolicyQAError as exc:  # the new build is in use; stale Milvus rows only cost space
        log.warning("清理向量库中不再使用的向量时出错（%s），下次保存时再试。", exc)


@contextlib.contextmanager
def index_lock(folder: Path) -> Iterator[None]:
    """One writer at a time per index folder, across processes (app replicas, the CLI): held from
    reading the corpus to switching CURRENT, so two changes can neither lose each other's manifest
    entries nor delete each other's build."""
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / ".lock", "a+b") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _npz(arrays: dict[str, np.ndarray]) -> bytes:
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    return buffer.getvalue()


def current_build_name(folder: Path) -> str:
    """The name CURRENT holds ("" when it cannot be read): cheap enough to check per question."""
    try:
        return (folder / CURRENT).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return ""


def current_build(folder: Path) -> Path:
    """The build folder CURRENT names (IndexMissingError when there is none)."""
    name = current_build_name(folder)
    if not name or not (folder / name / META).exists():
        raise IndexMissingError(f"索引目录 {folder} 中还没有可用的索引。{REBUILD_HINT}")
    return folder / name


def saved_meta(folder: Path) -> dict[str, Any]:
    """The current build's meta.json ({} when there is none or it cannot be read)."""
    try:
        return dict(json.loads((current_build(folder) / META).read_text(encoding="utf-8")))
    except (PolicyQAError, OSError, ValueError):
        return {}


def saved_documents(folder: Path) -> list[Document]:
    """The documents of the current build ([] when there is none or it cannot be read)."""
    try:
        return [_document(d) for d in orjson.loads((current_build(folder) / DOCUMENTS).read_bytes())]
    except (PolicyQAError, OSError, ValueError, TypeError):
        return []


def load_index(folder: Path, embedder: Embeddings, corpus_hash: str | None = None,
               config: VectorConfig = VectorConfig()) -> SearchIndex:
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
        _check(meta.get("vector_store", "faiss") == config.store,
               f"索引的向量存放在 {meta.get('vector_store', 'faiss')}，当前配置的是 {config.store}。")
    blobs: dict[str, bytes] = {}
    for name, digest in meta.get("files", {}).items():
        path = build / name
        _check(path.exists(), f"索引文件 {name} 缺失。")
        blobs[name] = path.read_bytes()
        _check(_sha256(blobs[name]) == digest, f"索引文件 {name} 已损坏（校验和不符）。")
    _check({CLAUSES, CLAUSE_IDS, DOCUMENTS, KEYWORDS} <= set(blobs), "索引清单缺少文件记录。")
    try:
        clauses = ClauseList.from_saved(blobs[CLAUSES], orjson.loads(blobs[CLAUSE_IDS]))
        documents = {d["doc_id"]: _document(d) for d in orjson.loads(blobs[DOCUMENTS])}
        with np.load(io.BytesIO(blobs[KEYWORDS]), allow_pickle=False) as arrays:
            keywords = BM25.from_arrays(arrays)
    except (ValueError, KeyError, TypeError, orjson.JSONDecodeError) as exc:
        raise StaleIndexError(f"索引内容无法读取（{exc}）。{REBUILD_HINT}") from exc
    _check(len(clauses) == meta.get("clause_count") == keywords.size, "索引中的关键词数据与条款数不一致。")
    store = open_vectors(meta, blobs, clauses, documents, embedder, config)
    return SearchIndex(documents, clauses, store, keywords, meta)


def _document(data: dict[str, Any]) -> Document:
    return Document(**{**data, "supersedes": tuple(data.get("supersedes", ())), "areas": tuple(data.get("areas", ()))})


def _check(ok: bool, reason: str) -> None:
    if not ok:
        raise StaleIndexError(f"{reason}{REBUILD_HINT}")


def _sha256(blob: bytes) -> str:
    return hashlib.sha256(blob).hexdigest()
