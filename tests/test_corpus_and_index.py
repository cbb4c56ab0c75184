"""Corpus loading and the index folder: manifest, round trip, and refusal of mismatched or damaged indexes."""

from __future__ import annotations

import json

import pytest

from retrieval import CorpusError, IndexMissingError, Settings, StaleIndexError
from retrieval.documents.corpus import build_corpus, load_corpus
from retrieval.service.assistant import Assistant
from retrieval.store import index as store
from retrieval.store.index import META, build_index, current_build, load_index, save_index
from retrieval.store.vectorstores import VECTORS


def test_gbk_file_without_manifest_gets_ids_from_its_name(tmp_path):
    (tmp_path / "rules.txt").write_bytes("某县扶持办法\n\n一、总则\n为支持企业发展，制定本办法。\n".encode("gbk"))
    corpus = load_corpus(tmp_path)
    assert list(corpus.documents) == ["rules"]
    assert [c.clause_id for c in corpus.clauses] == ["rules/一"]
    assert corpus.documents["rules"].title == "某县扶持办法"


@pytest.mark.parametrize(
    "files, manifest, message",
    [
        ({"a.txt": "标题\n\n一、总则\n内容。"}, {"documents": [{"file": "b.txt"}]}, "b.txt 不在 corpus/ 中"),
        ({"a.txt": "标题\n\n一、总则\n内容。"}, {"documents": [{"file": "a.txt", "supersedes": ["x"]}]}, "x 不存在"),
        ({"a.txt": "标题\n\n一、总则\n内容。"}, {"documents": [{"file": "a.txt", "id": "bad id!"}]}, "只能包含"),
        (
            {
                "a.txt": "印发《关于甲的办法》《关于乙的办法》的通知\n\n"
                "关于甲的办法\n一、总则\n内容。\n关于乙的办法\n一、总则\n内容。"
            },
            {"documents": [{"file": "a.txt", "title": "关于丙的办法"}]},
            "关于丙的办法》在 a.txt 中找不到",
        ),
    ],
)
def test_broken_corpus_says_what_to_fix(files, manifest, message):
    with pytest.raises(CorpusError, match=message):
        build_corpus(files, manifest)


def test_manifest_title_names_a_single_document_file():
    corpus = build_corpus(
        {"a.txt": "识别错的标题\n\n一、总则\n内容。"}, {"documents": [{"file": "a.txt", "title": "正确标题"}]}
    )
    assert corpus.documents["a"].title == "正确标题"


def test_document_without_numbering_falls_back_to_paragraphs(caplog):
    corpus = build_corpus(
        {"a.txt": "某县通知\n\n为支持企业发展，现将有关事项通知如下。\n对新认定的企业给予5万元奖励。\n"}, {}
    )
    assert [(c.clause_id, c.number) for c in corpus.clauses] == [("a/段1", "第1段"), ("a/段2", "第2段")]
    assert [a.value for a in corpus.clauses[1].amounts] == [50_000]
    assert "已按段落切分" in caplog.text


def test_empty_and_binary_files_are_refused(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"   \n")
    with pytest.raises(CorpusError, match="empty.txt 是空的"):
        load_corpus(tmp_path)
    (tmp_path / "empty.txt").write_bytes(b"\x00\xff\xfe\x00binary")
    with pytest.raises(CorpusError, match="无法识别文件 empty.txt 的编码"):
        load_corpus(tmp_path)


def test_fingerprint_changes_with_the_text(corpus):
    files = {"a.txt": "标题\n\n一、总则\n内容。"}
    changed = {"a.txt": "标题\n\n一、总则\n内容有变。"}
    assert build_corpus(files, {}).fingerprint != build_corpus(changed, {}).fingerprint
    assert build_corpus(files, {}).fingerprint == build_corpus(dict(files), {}).fingerprint


def test_index_round_trip_and_manifest(corpus, fake_embedder, tmp_path):
    index = build_index(corpus, fake_embedder)
    save_index(index, tmp_path)
    meta = json.loads((current_build(tmp_path) / META).read_text(encoding="utf-8"))
    assert meta["embedder"] == "fake-bigram-64"
    assert (meta["dimension"], meta["clause_count"], meta["corpus_hash"]) == (64, 63, corpus.fingerprint)
    assert sorted(meta["files"]) == [
        "clause_ids.json",
        "clauses.jsonl",
        "documents.json",
        "keyword.npz",
        "vectors.faiss",
    ]
    loaded = load_index(tmp_path, fake_embedder, corpus.fingerprint)
    assert loaded.clauses == corpus.clauses
    assert loaded.documents == corpus.documents
    assert loaded.vectors.index.ntotal == 63


def test_missing_index_names_the_rebuild_command(fake_embedder, tmp_path):
    with pytest.raises(IndexMissingError, match="python app.py index"):
        load_index(tmp_path / "nothing", fake_embedder)


class OtherEmbeddings:
    model_id = "another-model"


def test_index_of_another_model_or_corpus_is_refused(corpus, fake_embedder, tmp_path):
    save_index(build_index(corpus, fake_embedder), tmp_path)
    with pytest.raises(StaleIndexError, match="another-model.*python app.py index"):
        load_index(tmp_path, OtherEmbeddings(), corpus.fingerprint)  # type: ignore[arg-type]
    with pytest.raises(StaleIndexError, match="索引已过期.*python app.py index"):
        load_index(tmp_path, fake_embedder, "0" * 64)


def test_damaged_index_file_fails_its_checksum(corpus, fake_embedder, tmp_path):
    save_index(build_index(corpus, fake_embedder), tmp_path)
    vectors = current_build(tmp_path) / VECTORS
    vectors.write_bytes(vectors.read_bytes()[: len(vectors.read_bytes()) // 2])
    with pytest.raises(StaleIndexError, match="vectors.faiss 已损坏"):
        load_index(tmp_path, fake_embedder, corpus.fingerprint)


def test_assistant_rebuilds_a_stale_index_and_library_refuses_without_rebuild(settings, fake_embedder, caplog):
    Assistant.open(settings, embedder=fake_embedder)  # builds it
    doc = settings.corpus_dir / "003_46cc6f807bc0e539.txt"
    doc.write_text(doc.read_text(encoding="utf-8").replace("最高50万元", "最高60万元", 1), encoding="utf-8")
    with pytest.raises(StaleIndexError):
        Assistant.open(settings, rebuild=False, embedder=fake_embedder)
    assistant = Assistant.open(settings, embedder=fake_embedder)
    assert "正在自动重建索引" in caplog.text
    assert any("最高60万元" in c.text for c in assistant.index.clauses)


def test_deleted_index_file_is_detected_and_rebuilt(settings, fake_embedder, caplog):
    Assistant.open(settings, embedder=fake_embedder)
    (current_build(settings.index_dir) / "keyword.npz").unlink()
    assistant = Assistant.open(settings, embedder=fake_embedder)
    assert "keyword.npz 缺失" in caplog.text and "正在自动重建索引" in caplog.text
    assert len(assistant.index.clauses) == 63


def test_a_build_killed_before_the_switch_leaves_the_previous_index(corpus, fake_embedder, tmp_path, monkeypatch):
    save_index(build_index(corpus, fake_embedder), tmp_path)
    before = current_build(tmp_path)
    real_write = store.atomic_write

    def killed(path, blob):
        if path.name == store.CURRENT:
            raise KeyboardInterrupt  # the process dies just before the switch
        real_write(path, blob)

    monkeypatch.setattr(store, "atomic_write", killed)
    with pytest.raises(KeyboardInterrupt):
        save_index(build_index(corpus, fake_embedder), tmp_path)
    assert current_build(tmp_path) == before
    assert load_index(tmp_path, fake_embedder, corpus.fingerprint).meta["clause_count"] == 63


def test_unwritable_index_folder_still_serves_answers(settings, fake_embedder, caplog, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the index folder should be")
    readonly = Settings(corpus_dir=settings.corpus_dir, index_dir=blocker / "index", query_log="off")
    assistant = Assistant.open(readonly, embedder=fake_embedder)
    assert "索引目录不可写" in caplog.text
    assert assistant.ask("省级专精特新企业奖励多少").question == "省级专精特新企业奖励多少"
