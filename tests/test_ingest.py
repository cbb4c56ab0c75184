"""Adding and removing documents: formats, metadata, duplicates, failures that change nothing, removal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from docx import Document as Docx

from retrieval import CorpusError, EmbedderError, Settings
from retrieval.documents.corpus import load_corpus
from retrieval.search.retrieve import retrieve
from retrieval.service.assistant import Assistant
from retrieval.service.ingest import add_document, document_rows, remove_document
from retrieval.store.index import load_index
from tests.pdfgen import make_pdf

DATA = Path(__file__).resolve().parent / "data"


def snapshot(settings: Settings) -> dict[str, bytes]:
    """Every file of the corpus and index folders, to prove that a failed change wrote nothing
    (the passage-vector cache may have grown: it only saves time, and it is not in `snapshot`)."""
    return {str(p.relative_to(folder.parent)): p.read_bytes()
            for folder in (settings.corpus_dir, settings.index_dir) if folder.exists()
            for p in sorted(folder.rglob("*"))
            if p.is_file() and "cache" not in p.relative_to(folder).parts[:1] and p.name != ".lock"}


@pytest.fixture()
def built(settings, fake_embedder):
    """The seed corpus with its index built (fake embedder)."""
    Assistant.open(settings, embedder=fake_embedder)
    return settings


def test_add_gbk_article_style_document_embeds_only_its_clauses(built, fake_embedder, tmp_path):
    source = tmp_path / "linhe_digital.txt"
    source.write_bytes((DATA / "linhe_digital.txt").read_text(encoding="utf-8").encode("gbk"))
    change = add_document(built, source, fake_embedder)
    assert change.doc_ids == ["linhe_digital"]
    assert change.embedded == 6  # its own clauses; the 63 seed clauses were reused
    doc = change.index.documents["linhe_digital"]
    assert (doc.title, doc.doc_number, doc.issuer, doc.date, doc.effective, doc.expires) == (
        "临河市促进数字经济发展若干政策", "临政办发〔2021〕5号", "临河市人民政府办公室", "2021-03-01", "2021-04-01",
        "2023-12-31")
    assert [c.number for c in change.index.clauses if c.doc_id == "linhe_digital"] == [
        "第一条", "第二条", "第三条", "第四条", "第五条", "附件"]
    assert (built.corpus_dir / "linhe_digital.txt").read_text(encoding="utf-8").startswith("临河市人民政府办公室")
    manifest = json.loads((built.corpus_dir / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["documents"][-1] == {"id": "linhe_digital", "file": "linhe_digital.txt"}
    corpus = load_corpus(built.corpus_dir)
    index = load_index(built.index_dir, fake_embedder, corpus.fingerprint)  # saved and current
    assert index.meta["clause_count"] == 69
    [row] = [
        r for r in document_rows(corpus.documents, corpus.clauses, today="2026-11-23") if r["编号"] == "linhe_digital"
    ]
    assert (row["状态"], row["条款数"]) == ("正式（已于 2023-12-31 失效）", 6)


def test_docx_pdf_html_and_markdown(built, fake_embedder, tmp_path):
    word = Docx()
    for line in [
        "关于支持新能源汽车产业发展的若干措施",
        "一、支持整车企业做大",
        "（一）对整车企业年产量首次突破1万辆的，一次性奖励500万元。（责任单位：市工业和信息化局）",
        "二、支持配套企业",
        "（一）对新进入整车企业配套体系的零部件企业，给予20万元奖励。（责任单位：市工业和信息化局）",
    ]:
        word.add_paragraph(line)
    word.save(tmp_path / "nev.docx")
    (tmp_path / "trade.pdf").write_bytes(make_pdf([[
        "河东区促进外贸发展若干措施", "1.对年进出口额首次突破1亿美元的企业，给予",
        "最高50万元一次性奖励。（责任单位：区商务局）", "- 1 -"]]))
    (tmp_path / "notes.md").write_text("# 关于支持楼宇经济发展的措施\n\n## 一、支持措施\n\n"
                                       "1. 对新认定的税收亿元楼宇，给予**最高100万元**奖励。（责任单位：市商务局）\n",
                                       encoding="utf-8")
    added = {}
    for name in ("nev.docx", "trade.pdf", "notes.md"):
        change = add_document(built, tmp_path / name, fake_embedder)
        added[name] = change
    change = add_document(built, DATA / "wenlv_page.html", fake_embedder)
    clauses = {c.clause_id: c for c in change.index.clauses}
    assert [a.value for a in clauses["nev/一.（一）"].amounts] == [5_000_000]
    assert (
        clauses["trade/1"].text
        == "1.对年进出口额首次突破1亿美元的企业，给予最高50万元一次性奖励。（责任单位：区商务局）"
    )
    assert clauses["notes/一.1"].amounts[0].text == "最高100万元"
    page = change.index.documents["wenlv_page"]
    assert (page.title, page.doc_number, page.date) == (
        "关于支持文化旅游产业发展的若干措施",
        "临政发〔2024〕12号",
        "2024-05-08",
    )
    assert [(a.item, a.value) for a in clauses["wenlv_page/（一）"].amounts] == [
        ("国家5A级旅游景区", 3_000_000), ("国家4A级旅游景区", 1_000_000)]
    assert not any("版权所有" in c.text or "网站首页" in c.text for c in change.index.clauses)
    assert (built.corpus_dir / "originals" / "nev.docx").read_bytes() == (tmp_path / "nev.docx").read_bytes()
    assert change.embedded == 3  # only the page's own clauses


@pytest.mark.parametrize("name, data, message", [
    ("empty.txt", b"  \n", "是空的"),
    ("binary.txt", b"\x00\x01\xffgarbage\x00", "无法识别文件 binary.txt 的编码"),
    ("scan.pdf", make_pdf([[]]), "没有文字层"),
    ("broken.docx", b"PK\x03\x04 not really a docx", "无法读取 Word 文件"),
    ("policy.doc", b"old word", "不支持 .doc 格式"),
    ("english.txt", b"No Chinese text here at all.", "没有找到中文正文"),
])
def test_bad_files_get_a_clear_message_and_change_nothing(built, fake_embedder, tmp_path, name, data, message):
    before = snapshot(built)
    (tmp_path / name).write_bytes(data)
    with pytest.raises(CorpusError, match=message):
        add_document(built, tmp_path / name, fake_embedder)
    assert snapshot(built) == before


def test_the_same_document_twice_is_refused(built, fake_embedder, tmp_path):
    add_document(built, DATA / "linhe_digital.txt", fake_embedder)
    before = snapshot(built)
    with pytest.raises(CorpusError, match="内容相同"):
        add_document(built, DATA / "linhe_digital.txt", fake_embedder)
    reworded = tmp_path / "copy.txt"  # same measures, saved again with other line breaks and a note
    reworded.write_text((DATA / "linhe_digital.txt").read_text(encoding="utf-8") + "\n（网站转载）\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="临政办发〔2021〕5号已在库中"):
        add_document(built, reworded, fake_embedder)
    assert snapshot(built) == before


class BrokenEmbeddings:
    model_id = "fake-bigram-64"  # same id, so the old vectors are reused and only new text is embedded

    def embed_documents(self, texts):
        raise EmbedderError("嵌入服务中途出错。")

    def embed_query(self, text):
        raise EmbedderError("嵌入服务中途出错。")


def test_a_failure_halfway_leaves_the_previous_corpus_and_index(built, fake_embedder):
    before = snapshot(built)
    with pytest.raises(EmbedderError):
        add_document(built, DATA / "linhe_digital.txt", BrokenEmbeddings())  # type: ignore[arg-type]
    assert snapshot(built) == before
    assert (
        load_index(built.index_dir, fake_embedder, load_corpus(built.corpus_dir).fingerprint).meta["clause_count"] == 63
    )


def test_remove_a_file_and_one_measure_of_a_notice(built, fake_embedder):
    add_document(built, DATA / "linhe_digital.txt", fake_embedder)
    change = remove_document(built, "linhe_digital", fake_embedder)
    assert (change.embedded, len(change.index.clauses)) == (0, 63)
    assert (built.corpus_dir / "removed" / "linhe_digital.txt").exists()
    assert not (built.corpus_dir / "linhe_digital.txt").exists()
    change = remove_document(built, "textile-final", fake_embedder)
    assert sorted(change.index.documents) == ["bio-draft", "bio-final"]
    assert (built.corpus_dir / "003_46cc6f807bc0e539.txt").exists()  # the notice still carries bio-final
    with pytest.raises(CorpusError, match="没有编号为 nothing 的文件"):
        remove_document(built, "nothing", fake_embedder)


def test_removing_a_superseding_document_brings_the_draft_back(built, fake_embedder):
    change = remove_document(built, "bio-final", fake_embedder)
    assert change.index.documents["bio-draft"].superseded_by == ""
    hits = retrieve(change.index, fake_embedder, "专精特新企业奖励")
    assert hits[0].clause.doc_id in {"bio-draft", "textile-final"}


def test_add_with_status_supersedes_and_title(built, fake_embedder, tmp_path):
    source = tmp_path / "textile-2025.txt"
    source.write_text("纺织新规\n\n一、支持措施\n（一）对新认定的省级纺织服装示范企业，给予最高40万元一次性奖励。"
                      "（责任单位：市工业和信息化局）\n", encoding="utf-8")
    change = add_document(built, source, fake_embedder, status="final", supersedes="textile-final",
                          title="关于支持纺织服装产业高质量发展的若干措施（2025年修订）")
    assert change.index.documents["textile-2025"].title == "关于支持纺织服装产业高质量发展的若干措施（2025年修订）"
    assert change.index.documents["textile-final"].superseded_by == "textile-2025"
    hits = retrieve(change.index, fake_embedder, "纺织服装企业奖励", k=100)
    assert "textile-final" not in {h.clause.doc_id for h in hits}
    with pytest.raises(CorpusError, match="声明替代的文件 nothing 不存在"):
        add_document(built, DATA / "linhe_digital.txt", fake_embedder, supersedes="nothing")


@pytest.mark.slow
def test_questions_about_a_new_document_are_answered_from_it(settings):
    assistant = Assistant.open(settings)
    assistant.library.add(DATA / "linhe_digital.txt", actor="test")
    answer = assistant.ask("临河市新认定的国家级工业互联网平台奖励多少？")
    top = answer.citations[0]
    assert (top.doc_id, top.doc_number, top.clause) == ("linhe_digital", "临政办发〔2021〕5号", "第二条")
    assert (answer.amounts[0].value, answer.amounts[0].text) == (2_000_000, "最高200万元")
    assert "注意：该文件有效期至2023-12-31，已失效" in answer.answer
    computed = assistant.ask("临河市企业购置信息化设备投资1000万元，能补助多少？")
    assert (computed.citations[0].clause, computed.amounts[0].value) == ("第三条", 1_500_000)


def test_a_failed_save_puts_the_corpus_back(built, fake_embedder, monkeypatch):
    before = snapshot(built)

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("retrieval.service.ingest.save_index", disk_full)
    with pytest.raises(OSError):
        add_document(built, DATA / "linhe_digital.txt", fake_embedder)
    with pytest.raises(OSError):
        remove_document(built, "bio-draft", fake_embedder)
    assert snapshot(built) == before


def test_a_file_named_readme_is_stored_under_another_name(built, fake_embedder, tmp_path):
    source = tmp_path / "README说明.txt"
    source.write_text((DATA / "linhe_digital.txt").read_text(encoding="utf-8"), encoding="utf-8")
    change = add_document(built, source, fake_embedder)
    assert (built.corpus_dir / "doc-README说明.txt").exists()
    assert change.doc_ids[0] in Assistant.open(built, embedder=fake_embedder).index.documents


def test_changes_from_two_writers_at_once_both_land(built, fake_embedder, tmp_path):
    import threading

    sources = []
    for n, text in enumerate([(DATA / "linhe_digital.txt").read_text(encoding="utf-8"),
                              "关于测试并发写入的若干措施\n\n一、支持措施\n（一）对测试企业给予5万元奖励。\n"]):
        sources.append(tmp_path / f"writer{n}.txt")
        sources[-1].write_text(text, encoding="utf-8")
    errors: list[BaseException] = []

    def add(source):
        try:
            add_document(built, source, fake_embedder)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=add, args=(s,)) for s in sources]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    documents = Assistant.open(built, embedder=fake_embedder, rebuild=False).index.documents
    assert {"writer0", "writer1"} <= set(documents)
