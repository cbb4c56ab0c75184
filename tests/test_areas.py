"""所在地区: a library whose manifest divides its documents by area answers an enterprise of one area from
the documents for that area and those for every area; two places with the same item keep their amounts apart."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from retrieval import Assistant, Settings
from retrieval.documents.corpus import build_corpus
from retrieval.errors import CorpusError
from retrieval.service.ingest import document_rows
from retrieval.store.index import areas_of, build_index, in_area
from tests.test_core_fast import FINAL, ConceptEmbeddings

OTHER = """松溪县人民政府关于印发《松溪县支持制造业发展的若干措施》的通知
松政发〔2024〕8号

松溪县支持制造业发展的若干措施
一、对新认定为省级专精特新企业的，给予一次性奖励15万元。（责任单位：县经信局）
二、本措施自2024年3月1日起施行。
"""

EVERYWHERE = """关于人才引进的若干措施
一、对引进的高层次人才，给予一次性补助5万元。（责任单位：人社部门）
"""

MANIFEST = {"documents": [{"id": "yunxi", "file": "yunxi.txt", "areas": ["云溪"]},
                          {"id": "songxi", "file": "songxi.txt", "areas": ["松溪"]},
                          {"id": "talent", "file": "talent.txt"}]}
FILES = {"yunxi.txt": FINAL, "songxi.txt": OTHER, "talent.txt": EVERYWHERE}


@pytest.fixture(scope="module")
def library():
    return build_index(build_corpus(FILES, MANIFEST), ConceptEmbeddings())


def open_areas(tmp_path: Path, query_log: str = "off") -> Assistant:
    """The assistant over FILES and MANIFEST written to a corpus folder, with the toy embedder."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in FILES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    (corpus / "manifest.json").write_text(json.dumps(MANIFEST, ensure_ascii=False), encoding="utf-8")
    return Assistant.open(Settings(corpus_dir=corpus, index_dir=tmp_path / "index", query_log=query_log,
                                   audit_log=tmp_path / "audit.jsonl"), embedder=ConceptEmbeddings())


def test_an_area_sees_its_own_documents_and_those_for_every_area(library):
    assert areas_of(library) == ["云溪", "松溪"]  # sorted
    assert in_area(library, "") is library and in_area(library, "  ") is library
    assert sorted(in_area(library, "松溪").documents) == ["songxi", "talent"]
    assert {c.doc_id for c in in_area(library, "云溪").clauses} == {"yunxi", "talent"}
    assert in_area(library, "松溪") is in_area(library, "松溪")  # built once per index and area
    assert len(library.documents) == 3  # the library itself is unchanged


def test_an_area_the_library_does_not_name_gets_a_chinese_message_with_the_choices(library):
    with pytest.raises(ValueError, match="本库没有“枫岭”这个地区。可选的地区：云溪、松溪。"):
        in_area(library, "枫岭")
    with pytest.raises(ValueError, match="所在地区应为地区名称"):
        in_area(library, ["云溪"])  # type: ignore[arg-type]


def test_manifest_areas_must_be_a_list_of_names():
    bad = {"documents": [{"id": "yunxi", "file": "yunxi.txt", "areas": "云溪"}]}
    with pytest.raises(CorpusError, match="areas 应为地区名称的列表"):
        build_corpus({"yunxi.txt": FINAL}, bad)


def test_each_area_gets_its_own_amount_for_the_same_item(tmp_path: Path):
    assistant = open_areas(tmp_path)
    assert assistant.areas == ["云溪", "松溪"]
    question = "省级专精特新企业奖励多少？"
    here = assistant.ask(question, area="云溪")
    there = assistant.ask(question, area="松溪")
    assert [(a.value, a.clause) for a in here.amounts] == [(200_000, "一、（一）")]
    assert here.citations[0].doc_id == "yunxi"
    assert [(a.value, a.clause) for a in there.amounts] == [(150_000, "一、")]
    assert there.citations[0].doc_id == "songxi" and "县经信局" in there.answer
    everywhere = assistant.ask("引进高层次人才补助多少？", area="松溪")
    assert [a.value for a in everywhere.amounts] == [50_000]
    matched = assistant.match("我们是省级专精特新企业", area="松溪")
    assert {m.clause.doc_id for m in matched.matches} <= {"songxi", "talent"}


def test_a_document_added_for_areas_is_served_there_only(settings, fake_embedder, tmp_path: Path):
    from retrieval.service.library import Library

    library = Library.open(settings, embedder=fake_embedder)
    source = tmp_path / "songxi.txt"
    source.write_text(OTHER, encoding="utf-8")
    change = library.add(source, actor="cli:test", areas="松溪， 松溪县、")
    (doc_id,) = change.doc_ids
    assert library.index.documents[doc_id].areas == ("松溪", "松溪县")
    entry = next(e for e in json.loads((settings.corpus_dir / "manifest.json").read_text("utf-8"))["documents"]
                 if e["id"] == doc_id)
    assert entry["areas"] == ["松溪", "松溪县"]
    assert areas_of(library.index) == ["松溪", "松溪县"]
    assert doc_id in in_area(library.index, "松溪县").documents  # the seed documents serve every area
    assert set(in_area(library.index, "松溪").documents) == set(library.index.documents)


def test_an_area_view_is_never_saved_and_keeps_the_librarys_version_links(library, tmp_path: Path):
    from retrieval.store.index import save_index

    view = in_area(library, "松溪")
    with pytest.raises(ValueError, match="地区的视图不是完整的文件库，不能保存"):
        save_index(view, tmp_path / "index")
    assert view.meta["area"] == "松溪" and len(view.clauses) < len(library.clauses)


def test_a_unit_list_question_lists_and_a_question_of_another_kind_about_the_unit_does_not(tmp_path: Path):
    assistant = open_areas(tmp_path)
    listed = assistant.ask("县经信局负责哪些项目？", area="松溪")
    assert listed.answer.startswith("由县经信局负责的奖补事项共 1 项：\n1. 对新认定为省级专精特新企业的")
    assert not assistant.ask("县经信局负责的奖励什么时候拨付？", area="松溪").answer.startswith("由县经信局负责")
    assert assistant.ask("省级专精特新企业奖励多少？", area=None).found  # JSON null: no area


def test_the_query_log_records_the_area_asked_in(tmp_path):
    log_file = tmp_path / "queries.jsonl"
    assistant = open_areas(tmp_path, str(log_file))
    assistant.ask("省级专精特新企业奖励多少？", area="松溪")
    assistant.ask("省级专精特新企业奖励多少？")
    with pytest.raises(ValueError):
        assistant.ask("省级专精特新企业奖励多少？", area="不存在的地区")
    lines = [json.loads(line) for line in log_file.read_text(encoding="utf-8").splitlines()]
    assert [line.get("area") for line in lines] == ["松溪", None, "不存在的地区"]
    assert lines[0]["top_clause"] == "songxi/一、" and "error" in lines[2]


def test_areas_survive_a_deleted_manifest_and_show_in_the_document_table(tmp_path):
    assistant = open_areas(tmp_path)
    (tmp_path / "corpus" / "manifest.json").unlink()
    again = open_areas_again(tmp_path)
    assert again.areas == ["云溪", "松溪"]
    rows = {row["编号"]: row["适用地区"] for row in document_rows(again.index.documents, again.index.clauses)}
    assert rows == {"yunxi": "云溪", "songxi": "松溪", "talent": "所有地区"}
    assert assistant.areas == again.areas


def open_areas_again(tmp_path: Path) -> Assistant:
    """The same library opened again from its folders (the saved index, the corpus as it is now)."""
    return Assistant.open(Settings(corpus_dir=tmp_path / "corpus", index_dir=tmp_path / "index", query_log="off",
                                   audit_log=tmp_path / "audit.jsonl"), embedder=ConceptEmbeddings())


def test_the_table_calculator_and_clause_browser_show_an_areas_documents(tmp_path):
    from tests.test_workbench import event
    from ui.matching import area_view
    from ui.table import incentive_rows
    from ui.tabs import build_ui

    assistant = open_areas(tmp_path)
    def rows(area: str) -> list[dict[str, object]]:
        index = area_view(assistant, area)
        return incentive_rows(index.documents, index.clauses)

    assert {r["适用地区"] for r in rows("松溪")} == {"松溪", "所有地区"}
    assert {r["适用地区"] for r in rows("全部")} == {"云溪", "松溪", "所有地区"}
    ui = build_ui(assistant)
    grid = event(ui, "table")("全部", "全部", "全部", "全部", "松溪", False, True)
    files = {row[4] for row in grid.value["data"]}
    assert "松溪县支持制造业发展的若干措施" in files and all("云溪" not in f for f in files)
    picker, documents = event(ui, "browse_documents")(None, "松溪")
    assert picker.value == "松溪" and [v for _, v in documents.choices] == ["全部", "songxi", "talent"]
    listing = event(ui, "browse")("全部", "", False, "松溪")
    assert "县经信局" in listing and "云溪" not in listing
    assert "不适用于该地区" in event(ui, "browse")("yunxi", "", False, "松溪")
    picker, *_ = event(ui, "calculator_refresh")(None, "已删除的地区")  # an area removed since the page was built
    assert picker.value == "全部地区"



COUNTY_TECH = """岭溪县工业经济若干措施
一、对技术改造项目，按设备投资额的5%给予补助，单个项目最高150万元。（责任单位：县工信局）
二、本措施自2025年1月1日起施行。
"""
ZONE_TECH = """岭溪工业园区产业扶持办法
一、对获得县级技术改造补助的项目，园区按设备投资额的2%再给予补助，单个项目最高40万元。（责任单位：园区经发局）
二、本办法自2025年3月1日起施行。
"""


def test_a_total_asked_of_two_governments_is_each_one_s_sum_added(tmp_path):
    # 县里加园区…一共多少: the county's measure and the zone's, each computed, then added
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "county.txt").write_text(COUNTY_TECH, encoding="utf-8")
    (corpus / "zone.txt").write_text(ZONE_TECH, encoding="utf-8")
    assistant = Assistant.open(Settings(corpus_dir=corpus, index_dir=tmp_path / "index", query_log="off",
                                        audit_log=tmp_path / "audit.jsonl"), embedder=ConceptEmbeddings())
    answer = assistant.ask("园区企业技术改造设备投资2000万，县里加园区的技术改造补助一共多少？")
    assert [a.value for a in answer.amounts] == [1_400_000, 1_000_000, 400_000]
    assert {c.doc_id for c in answer.citations} == {"county", "zone"}
    # one government asked: its own sum alone
    alone = assistant.ask("园区企业技术改造设备投资2000万，园区的技术改造补助多少？")
    assert [a.value for a in alone.amounts] == [400_000]
