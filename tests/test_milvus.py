"""The Milvus backend (langchain-milvus against Milvus Lite from PyPI): the same answers as FAISS,
documents added and removed in place, a restart, a collection that lost rows, a server that is down.
The retrieval tests with the real model run on both backends (tests/test_retrieval.py)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from retrieval.documents.corpus import load_corpus
from retrieval.errors import VectorStoreUnavailable
from retrieval.search.retrieve import retrieve
from retrieval.service.assistant import Assistant
from retrieval.service.ingest import add_document, remove_document
from retrieval.store.index import build_index, load_index
from tests.test_scale import DATA, QUESTIONS, same_index


@pytest.fixture()
def milvus_settings(settings):
    return replace(settings, vector_store="milvus")


def test_milvus_answers_like_faiss(milvus_settings, fake_embedder, corpus):
    milvus = Assistant.open(milvus_settings, embedder=fake_embedder).index
    faiss = build_index(corpus, fake_embedder)
    assert milvus.meta["vector_store"] == "milvus" and (milvus_settings.index_dir / "milvus.db").is_dir()
    for question in QUESTIONS:
        a = retrieve(milvus, fake_embedder, question, k=5)
        b = retrieve(faiss, fake_embedder, question, k=5)
        assert [h.clause.clause_id for h in a] == [h.clause.clause_id for h in b]
        assert [h.dense for h in a] == pytest.approx([h.dense for h in b], abs=1e-4)
    rows = [0, 7, 62]
    assert np.allclose(milvus.vectors_of(rows), faiss.vectors_of(rows), atol=1e-6)


def test_milvus_add_remove_and_restart(milvus_settings, fake_embedder, tmp_path):
    assistant = Assistant.open(milvus_settings, embedder=fake_embedder)
    source = tmp_path / "notice-2025.txt"
    source.write_text((DATA / "linhe_digital.txt").read_text(encoding="utf-8"), encoding="utf-8")
    added = add_document(milvus_settings, source, fake_embedder, current=assistant.index)
    assert added.embedded == 6
    corpus = load_corpus(milvus_settings.corpus_dir)
    same_index(added.index, build_index(corpus, fake_embedder))
    removed = remove_document(milvus_settings, "bio-draft", fake_embedder, current=added.index)
    same_index(removed.index, build_index(load_corpus(milvus_settings.corpus_dir), fake_embedder))
    client, name = removed.index.vectors.store.client, milvus_settings.milvus_collection
    count = client.query(name, filter="", output_fields=["count(*)"])[0]["count(*)"]
    assert count == len(removed.index.clauses)  # the draft's rows were deleted once the build was saved
    reopened = load_index(milvus_settings.index_dir, fake_embedder, config=milvus_settings.vector_config())
    same_index(reopened, removed.index)


def test_a_collection_that_lost_its_rows_is_rebuilt(milvus_settings, fake_embedder, corpus, caplog):
    index = Assistant.open(milvus_settings, embedder=fake_embedder).index
    index.vectors.store.client.drop_collection(milvus_settings.milvus_collection)
    again = Assistant.open(milvus_settings, embedder=fake_embedder)
    assert "缺少本索引的向量" in caplog.text and "正在自动重建索引" in caplog.text
    expected = retrieve(build_index(corpus, fake_embedder), fake_embedder, QUESTIONS[0])
    assert retrieve(again.index, fake_embedder, QUESTIONS[0])[0].clause == expected[0].clause


def test_an_unreachable_milvus_is_a_clear_error(milvus_settings, fake_embedder):
    down = replace(milvus_settings, milvus_uri="http://127.0.0.1:9")  # nothing listens on the discard port
    with pytest.raises(VectorStoreUnavailable, match="无法连接向量库 Milvus"):
        Assistant.open(down, embedder=fake_embedder)  # and no rebuild was attempted: nothing to rebuild into
    assert not (down.index_dir / "CURRENT").exists()


def test_milvus_going_away_while_serving_is_a_clear_error(milvus_settings, fake_embedder):
    assistant = Assistant.open(milvus_settings, embedder=fake_embedder)
    assistant.index.vectors.store.client.close()  # the connection is gone
    with pytest.raises(VectorStoreUnavailable, match="向量库 Milvus 暂时无法访问"):
        assistant.ask(QUESTIONS[0])


def test_an_area_view_of_a_milvus_library_searches_its_own_rows(milvus_settings, fake_embedder):
    """The collection holds every area's rows: a view searches its own, in memory, like FAISS does."""
    import json

    from retrieval.store.index import in_area

    manifest_path = milvus_settings.corpus_dir / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    first = manifest["documents"][0]
    first["areas"] = ["甲"]
    for entry in manifest["documents"][1:]:
        entry["areas"] = ["乙"]
    manifest_path.write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    library = Assistant.open(milvus_settings, embedder=fake_embedder).index
    view = in_area(library, "甲")
    assert view.meta["area"] == "甲" and set(view.documents) == {first["id"]}
    vector = np.asarray(fake_embedder.embed_query("专精特新企业奖励"), dtype="float32")
    found = view.search(vector, 5)
    assert len(found) == min(5, len(view.clauses)) and all(0 <= row < len(view.clauses) for row, _ in found)
    rows = [row for row, _ in found]
    assert np.allclose(view.vectors_of(rows), library.vectors_of(
        [library.clauses.ids.index(view.clauses.ids[r]) for r in rows]), atol=1e-6)
