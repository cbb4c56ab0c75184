"""Where clause vectors live, behind LangChain's vector-store interface: FAISS in the index folder
(default) or a Milvus collection (`POLICYQA_VECTOR_STORE=milvus`), whose client code runs the same
against Milvus Lite (a local folder, for tests and one machine) and a Milvus cluster (a URI).

Both answer `search(vector, k)` with (row, cosine) pairs, rows being positions in the index's
clause list, and `vectors_of(rows)`; both are changed by returning a new object (`added`,
`dropped`), so the index being served is never modified while a document is added.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import faiss
import numpy as np
from langchain_core.documents import Document as LCDocument
from langchain_core.embeddings import Embeddings

from retrieval.config import APPROXIMATE_ABOVE, VectorConfig
from retrieval.errors import REBUILD_HINT, PolicyIndexError, StaleIndexError, VectorStoreUnavailable
from retrieval.records import Clause, Document

with warnings.catch_warnings():  # the package prints a sunset notice on import; FAISS there is still the seam
    warnings.simplefilter("ignore", DeprecationWarning)
    from langchain_community.docstore.base import Docstore
    from langchain_community.vectorstores import FAISS
    from langchain_community.vectorstores.utils import DistanceStrategy

__all__ = ["FaissVectors", "MilvusVectors", "create_vectors", "open_vectors", "passage_text"]

log = logging.getLogger("policyqa")
VECTORS = "vectors.faiss"
# efSearch 512: recall@10 0.995 against exact search at 63,000 clauses, 0.5 ms a question (128: 0.954)
HNSW_M, HNSW_EF_CONSTRUCTION, HNSW_EF_SEARCH = 32, 80, 512


def passage_text(clause: Clause, document: Document) -> str:
    """What the dense model sees: the document title and headings give a short clause its context."""
    context = " › ".join((document.title, *clause.path[:-1]))
    return f"{context}\n{clause.text}"


def create_vectors(config: VectorConfig, vectors: np.ndarray, clauses: Sequence[Clause],
                   documents: dict[str, Document], embedder: Embeddings) -> FaissVectors | MilvusVectors:
    if config.store == "milvus":
        return MilvusVectors.connect(config, embedder).with_rows(clauses, documents, vectors)
    if config.store != "faiss":
        raise PolicyIndexError(f"未知的向量库 {config.store!r}：请使用 faiss 或 milvus（POLICYQA_VECTOR_STORE）。")
    return FaissVectors(_faiss_index(vectors, config.approximate_above), clauses, documents, embedder,
                        config.approximate_above)


def open_vectors(meta: dict[str, Any], blobs: dict[str, bytes], clauses: Sequence[Clause],
                 documents: dict[str, Document], embedder: Embeddings,
                 config: VectorConfig) -> FaissVectors | MilvusVectors:
    """The vectors of a saved build; StaleIndexError when they do not match its clauses."""
    if meta.get("vector_store", "faiss") == "milvus":
        wanted = (
            config
            if config.store == "milvus"
            else VectorConfig(
                "milvus", milvus_uri=meta.get("milvus_uri", ""), milvus_collection=meta.get("milvus_collection", "")
            )
        )
        return MilvusVectors.connect(wanted, embedder).opened(clauses, documents)
    try:
        index = faiss.deserialize_index(np.frombuffer(blobs[VECTORS], dtype="uint8"))
    except (KeyError, RuntimeError) as exc:
        raise StaleIndexError(f"索引向量无法读取（{exc}）。{REBUILD_HINT}") from exc
    if index.ntotal != len(clauses):
        raise StaleIndexError(f"索引中的向量数与条款数不一致。{REBUILD_HINT}")
    return FaissVectors(index, clauses, documents, embedder, int(meta.get("approximate_above", APPROXIMATE_ABOVE)))


# ------------------------------------------------------------------------------------------ FAISS

class FaissVectors:
    """A FAISS index in memory, saved as vectors.faiss in the build folder."""

    def __init__(self, index: faiss.Index, clauses: Sequence[Clause], documents: dict[str, Document],
                 embedder: Embeddings, approximate_above: int) -> None:
        self.index, self.approximate_above = index, approximate_above
        hnsw = faiss.downcast_index(index)
        if isinstance(hnsw, faiss.IndexHNSW):
            hnsw.hnsw.efSearch = HNSW_EF_SEARCH  # also for a graph saved with another setting
        self._embedder = embedder
        ids = _ids(clauses)
        self._rows = {clause_id: i for i, clause_id in enumerate(ids)}
        self.store = FAISS(
            embedding_function=embedder,
            index=index,
            docstore=_ClauseDocstore(clauses, self._rows, documents),
            index_to_docstore_id=dict(enumerate(ids)),
            distance_strategy=DistanceStrategy.MAX_INNER_PRODUCT,
        )

    @property
    def kind(self) -> str:
        if isinstance(faiss.downcast_index(self.index), faiss.IndexHNSW):
            return f"HNSW (M={HNSW_M}, efConstruction={HNSW_EF_CONSTRUCTION}, efSearch={HNSW_EF_SEARCH})"
        return "exact (IndexFlatIP)"

    def search(self, vector: np.ndarray, k: int) -> list[tuple[int, float]]:
        pairs = self.store.similarity_search_with_score_by_vector(vector.tolist(), k=k)
        return [(self._rows[doc.metadata["clause_id"]], float(score)) for doc, score in pairs]

    def vectors_of(self, rows: list[int]) -> np.ndarray:
        if not rows:
            return np.zeros((0, self.index.d), dtype="float32")
        return np.stack([self.index.reconstruct(int(i)) for i in rows])

    def added(self, vectors: np.ndarray, clauses: Sequence[Clause], documents: dict[str, Document]) -> FaissVectors:
        """With `vectors` appended for the last clauses of `clauses` (the full new list)."""
        approximate = len(clauses) > self.approximate_above
        if approximate == self.kind.startswith("HNSW"):
            index = faiss.clone_index(self.index)  # the index being served stays unchanged
            index.add(vectors)
        else:  # crossing the threshold: the other kind of index, from the stored vectors
            index = _faiss_index(np.concatenate([self.index.reconstruct_n(0, self.index.ntotal), vectors]),
                                 self.approximate_above)
        return FaissVectors(index, clauses, documents, self._embedder, self.approximate_above)

    def dropped(self, keep: np.ndarray, clauses: Sequence[Clause], documents: dict[str, Document]) -> FaissVectors:
        kept = self.index.reconstruct_n(0, self.index.ntotal)[keep]
        return FaissVectors(_faiss_index(kept, self.approximate_above), clauses, documents, self._embedder,
                            self.approximate_above)

    def view(self, keep: np.ndarray, clauses: Sequence[Clause], documents: dict[str, Document]) -> FaissVectors:
        """The rows kept, searched in memory (one area's view of the library; never saved)."""
        return self.dropped(keep, clauses, documents)

    def write(self, folder: Path) -> list[str]:
        """Write vectors.faiss into a new build folder (not yet in use); the names written."""
        path = folder / VECTORS
        faiss.write_index(self.index, str(path))
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        return [VECTORS]

    def meta(self) -> dict[str, Any]:
        return {"vector_store": "faiss", "index_kind": self.kind, "approximate_above": self.approximate_above}

    def commit(self) -> None:
        """Nothing to do: the vectors are in the build folder."""


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


def _ids(clauses: Sequence[Clause]) -> list[str]:
    """Clause ids without decoding clauses that a ClauseList keeps as JSON."""
    ids = getattr(clauses, "ids", None)
    return list(ids) if ids is not None else [c.clause_id for c in clauses]


class _ClauseDocstore(Docstore):
    """Makes the LangChain document of a clause when a search returns it (nothing per clause up front)."""

    def __init__(self, clauses: Sequence[Clause], rows: dict[str, int], documents: dict[str, Document]) -> None:
        self._clauses, self._rows, self._documents = clauses, rows, documents

    def search(self, search: str) -> LCDocument | str:
        row = self._rows.get(search)
        if row is None:
            return f"ID {search} not found."
        clause = self._clauses[row]
        return LCDocument(page_content=passage_text(clause, self._documents[clause.doc_id]),
                          metadata={"clause_id": clause.clause_id})


# ----------------------------------------------------------------------------------------- Milvus

class MilvusVectors:
    """Rows of a Milvus collection, keyed by a hash of clause id and passage text, through
    `langchain_milvus.Milvus`. Several builds (and app replicas serving them) share one collection:
    a search skips rows that are not this build's, and rows a build no longer has are deleted once
    it is saved (`commit`)."""

    SEARCH_MARGIN = 2  # rows asked for per row wanted: other builds' rows may come first

    def __init__(self, store: Any, config: VectorConfig) -> None:
        self.store, self.config = store, config
        self._pks: list[str] = []
        self._rows: dict[str, int] = {}
        self._obsolete: list[str] = []
        self._full = False

    @classmethod
    def connect(cls, config: VectorConfig, embedder: Embeddings) -> MilvusVectors:
        try:
            from langchain_milvus import Milvus
            from pymilvus import DataType
        except ImportError as exc:
            raise PolicyIndexError("未安装 langchain-milvus，请运行 `make install`。") from exc
        uri = config.milvus_uri
        if uri.endswith(".db"):  # Milvus Lite: a local folder whose parent must exist
            Path(uri).parent.mkdir(parents=True, exist_ok=True)
            logging.getLogger("grpc._server").setLevel(logging.CRITICAL)  # Lite lacks AllocTimestamp; harmless
        logging.getLogger("pymilvus").setLevel(logging.CRITICAL)  # it logs every RPC error itself
        try:
            store = Milvus(
                embedding_function=embedder, collection_name=config.milvus_collection,
                connection_args={"uri": uri, **({"token": config.milvus_token} if config.milvus_token else {})},
                index_params={"index_type": "HNSW", "metric_type": "IP",
                              "params": {"M": HNSW_M, "efConstruction": HNSW_EF_CONSTRUCTION}},
                search_params={"metric_type": "IP", "params": {"ef": HNSW_EF_SEARCH}},
                consistency_level="Strong", drop_old=False, auto_id=False, primary_field="pk",
                text_field="text", vector_field="vector",
                metadata_schema={"clause_id": {"dtype": DataType.VARCHAR, "kwargs": {"max_length": 1024}}})
        except Exception as exc:  # the client raises many kinds; all mean "cannot reach it"
            raise VectorStoreUnavailable(
                f"无法连接向量库 Milvus（{_shown(uri)}）：{_reason(exc)}。请检查 POLICYQA_MILVUS_URI，"
                "Milvus Lite 的数据目录同一时间只能由一个进程打开。"
            ) from exc
        return cls(store, config)

    @property
    def kind(self) -> str:
        return f"Milvus HNSW (M={HNSW_M}, ef={HNSW_EF_SEARCH}) at {_shown(self.config.milvus_uri)}"

    def _copy(self, clauses: Sequence[Clause], documents: dict[str, Document]) -> MilvusVectors:
        out = MilvusVectors(self.store, self.config)
        out._pks = [_pk(c, documents[c.doc_id]) for c in clauses]
        out._rows = {pk: i for i, pk in enumerate(out._pks)}
        return out

    def with_rows(
        self, clauses: Sequence[Clause], documents: dict[str, Document], vectors: np.ndarray
    ) -> MilvusVectors:
        """A full build: insert the rows the collection lacks; the others are deleted at commit."""
        out = self._copy(clauses, documents)
        out._insert(clauses, documents, vectors, out._pks)
        out._full = True
        return out

    def opened(self, clauses: Sequence[Clause], documents: dict[str, Document]) -> MilvusVectors:
        """A saved build: check that the collection holds its rows."""
        out = self._copy(clauses, documents)
        sample = sorted(set(out._pks[:: max(1, len(out._pks) // 50)] + out._pks[-1:]))
        if out._existing(sample) != set(sample):
            raise StaleIndexError(f"Milvus 集合 {self.config.milvus_collection} 中缺少本索引的向量。{REBUILD_HINT}")
        return out

    def added(self, vectors: np.ndarray, clauses: Sequence[Clause], documents: dict[str, Document]) -> MilvusVectors:
        out = self._copy(clauses, documents)
        new = clauses[len(clauses) - len(vectors):]
        out._insert(new, documents, vectors, out._pks[len(clauses) - len(vectors):])
        return out

    def dropped(self, keep: np.ndarray, clauses: Sequence[Clause], documents: dict[str, Document]) -> MilvusVectors:
        out = self._copy(clauses, documents)
        out._obsolete = [pk for pk, kept in zip(self._pks, keep, strict=True) if not kept and pk not in out._rows]
        return out

    def _insert(self, clauses: Sequence[Clause], documents: dict[str, Document], vectors: np.ndarray,
                pks: list[str]) -> None:
        present = self._existing(pks)
        rows = [i for i, pk in enumerate(pks) if pk not in present]
        if not rows:
            return
        self.store.add_embeddings(texts=[passage_text(clauses[i], documents[clauses[i].doc_id]) for i in rows],
                                  embeddings=vectors[rows].tolist(),
                                  metadatas=[{"clause_id": clauses[i].clause_id} for i in rows],
                                  ids=[pks[i] for i in rows], batch_size=1000)
        self.store.client.flush(self.config.milvus_collection)  # searches are slow on unflushed rows

    def _existing(self, pks: list[str]) -> set[str]:
        client, name = self.store.client, self.config.milvus_collection
        if not pks or not client.has_collection(name):
            return set()
        found: set[str] = set()
        for start in range(0, len(pks), 1000):
            batch = pks[start : start + 1000]
            found.update(r["pk"] for r in client.get(name, ids=batch, output_fields=["pk"]))
        return found

    def search(self, vector: np.ndarray, k: int) -> list[tuple[int, float]]:
        try:
            pairs = self.store.similarity_search_with_score_by_vector(vector.tolist(), k=k * self.SEARCH_MARGIN)
        except Exception as exc:  # a server that went away mid-service: say so, in Chinese
            raise VectorStoreUnavailable(
                f"向量库 Milvus 暂时无法访问（{_reason(exc)}），请稍后重试或联系管理员。"
            ) from exc
        hits = [
            (self._rows[doc.metadata["pk"]], float(score)) for doc, score in pairs if doc.metadata["pk"] in self._rows
        ]
        return hits[:k]

    def vectors_of(self, rows: list[int]) -> np.ndarray:
        if not rows:
            return np.zeros((0, 0), dtype="float32")
        try:
            got = self.store.client.get(self.config.milvus_collection, ids=[self._pks[i] for i in rows],
                                        output_fields=["pk", "vector"])
        except Exception as exc:
            raise VectorStoreUnavailable(
                f"向量库 Milvus 暂时无法访问（{_reason(exc)}），请稍后重试或联系管理员。"
            ) from exc
        by_pk = {r["pk"]: r["vector"] for r in got}
        dimension = len(next(iter(by_pk.values()))) if by_pk else 1
        # A row deleted meanwhile (another process removed its document) scores 0, never fails.
        return np.asarray([by_pk.get(self._pks[i], [0.0] * dimension) for i in rows], dtype="float32")

    def view(self, keep: np.ndarray, clauses: Sequence[Clause], documents: dict[str, Document]) -> FaissVectors:
        """The rows kept, searched exactly in memory: the collection holds every area's rows, and a search
        of it for one small area would return other areas' rows first. Never saved."""
        rows = np.flatnonzero(keep).tolist()
        vectors = np.concatenate([self.vectors_of(rows[start : start + 1000]) for start in range(0, len(rows), 1000)]
                                 or [np.zeros((0, 1), dtype="float32")])
        return FaissVectors(_faiss_index(vectors, APPROXIMATE_ABOVE), clauses, documents,
                            self.store.embedding_func, APPROXIMATE_ABOVE)

    def write(self, folder: Path) -> list[str]:
        return []  # the rows are in the collection

    def meta(self) -> dict[str, Any]:
        return {"vector_store": "milvus", "index_kind": self.kind, "milvus_uri": _shown(self.config.milvus_uri),
                "milvus_collection": self.config.milvus_collection}

    def commit(self) -> None:
        """After the build is saved: delete rows no build in use needs (a removed document's; after
        a full build, every row that is not this build's)."""
        client, name = self.store.client, self.config.milvus_collection
        obsolete = list(self._obsolete)
        if self._full and client.has_collection(name):
            rows = client.query_iterator(name, filter='pk != ""', output_fields=["pk"], batch_size=1000)
            while batch := rows.next():
                obsolete.extend(r["pk"] for r in batch if r["pk"] not in self._rows)
            rows.close()
        for start in range(0, len(obsolete), 1000):
            client.delete(name, ids=obsolete[start : start + 1000])
        self._obsolete, self._full = [], False


def _pk(clause: Clause, document: Document) -> str:
    return hashlib.sha1(f"{clause.clause_id}\n{passage_text(clause, document)}".encode()).hexdigest()


def _shown(uri: str) -> str:
    """A URI as written to meta.json and messages: without user:password@."""
    return re.sub(r"//[^/@]*@", "//", uri)


def _reason(exc: Exception) -> str:
    return str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
