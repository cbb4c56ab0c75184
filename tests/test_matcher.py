"""政策匹配 (issue 20): a profile read from a description, matched against the incentive records of the seed
corpus and of development-library documents, with exact rows, amounts in yuan and reasons. Fast: the
deterministic fake embedder (the item's name decides a match; retrieval only proposes the clauses)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from evaluation.library_eval import LIBRARY, open_library
from evaluation.profile_eval import load_profiles, score, summarize
from retrieval import Assistant, Settings
from retrieval.answer.matcher import MAX_PROFILE_CHARS, read_profile
from retrieval.search.query import fits_industry

ROOT = Path(__file__).resolve().parent.parent
MATCH_FIELDS = ["doc_title", "doc_number", "clause", "item", "level", "amount", "eligible", "reason", "departments"]
AS_OF = "2024-09-01"  # every library document in force (see evaluation/profile_eval.py)


@pytest.fixture(scope="module")
def seed(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    from tests.conftest import CORPUS, FakeEmbeddings

    folder = tmp_path_factory.mktemp("match-seed")
    return Assistant.open(Settings(corpus_dir=CORPUS, index_dir=folder, query_log="off", reload_seconds=0),
                          embedder=FakeEmbeddings())


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    from tests.conftest import FakeEmbeddings

    folder = tmp_path_factory.mktemp("match-library")
    docs = folder / "docs"
    docs.mkdir()
    for name in ("b1_yunshan_shishixize.txt", "b2_qihe_ruoganzhengce.txt", "a4_nanzhu_shiti.txt"):
        shutil.copy(LIBRARY / "docs" / name, docs / name)
    return open_library(folder / "work", FakeEmbeddings(), docs)


def rows(result) -> list[tuple[str, str, object, object]]:
    return [(m.document.doc_id, m.clause.number, m.eligible, m.amount) for m in result.matches]


def test_the_issue_example_gets_the_textile_measures_with_amounts_and_the_total(seed):
    result = seed.match("纺织服装企业，技改项目计划总投资3000万元，设备投资2500万元，亩产效益D类，"
                        "今年被评为国家级电子商务类示范企业")
    assert result.profile.industry == "纺织服装"
    assert rows(result) == [("textile-final", "三、（二）1.", True, 1750000.0),
                            ("textile-final", "三、（一）2.", True, 300000.0)]
    assert result.total == 2050000.0
    data = result.to_dict()
    assert list(data["matches"][0])[: len(MATCH_FIELDS)] == MATCH_FIELDS
    assert data["matches"][0]["amount"] == 1750000 and data["total"] == 2050000
    assert "市工业和信息化局" in data["matches"][0]["departments"]
    assert "2500万元 × 7% = 175万元" in "".join(data["matches"][0]["steps"])


def test_a_400_wan_upgrade_misses_the_500_wan_threshold(seed):
    result = seed.match("纺织服装企业，技改项目计划总投资400万元")
    (row,) = result.matches
    assert (row.clause.number, row.eligible, row.amount) == ("三、（二）1.", False, None)
    assert row.reason == "项目总投资400万元，未达到“计划总投资500万元以上”的条件，不能享受此项支持。"
    assert result.total is None


def test_a_textile_firm_gets_no_biomedicine_measure_as_eligible(seed):
    result = seed.match("我们是纺织服装企业，今年被认定为省级专精特新企业")
    assert [m for m in result.matches if m.eligible] == []
    (row,) = [m for m in result.matches if m.document.doc_id == "bio-final"]
    assert row.eligible is False and row.reason == "本政策适用于生物医药产业，与所述行业（纺织服装）不符。"


def test_two_honours_in_one_profile_give_two_rows(seed):
    result = seed.match("生物医药企业，被评为省级瞪羚企业和国家级专精特新")
    assert [(m.incentive.item, m.amount) for m in result.matches if m.eligible] == [
        ("国家级“专精特新”企业", 500000.0), ("省级“瞪羚”企业", 300000.0)]
    assert result.total == 800000.0


def test_a_profile_without_figures_gets_a_row_to_check_not_an_amount(seed):
    result = seed.match("纺织服装企业，正在做一个技改项目")
    (row,) = result.matches
    assert (row.clause.number, row.eligible, row.amount) == ("三、（二）1.", None, None)
    assert row.reason.startswith("请提供")
    assert result.total is None


def test_which_policies_can_we_get_lists_the_trade_s_measures_in_the_chat(seed):
    answer = seed.ask("我是纺织服装企业，我能享受哪些政策？")
    assert answer.found and answer.citations
    assert {c.doc_id for c in answer.citations} == {"textile-final"}
    assert answer.answer.startswith("已识别：行业：纺织服装。\n待核实（")
    assert "生物医药" not in answer.answer
    # the hits behind it are the clauses it cites (what the workbench and a model are shown), in order
    _, hits = seed.explain("我是纺织服装企业，我能享受哪些政策？")
    assert [h.clause.number for h in hits][: len(answer.citations)] == [c.clause for c in answer.citations]
    assert hits and all(h.relevant for h in hits)


@pytest.mark.parametrize("text, message", [
    ("", "请描述企业情况"),
    ("企" * (MAX_PROFILE_CHARS + 1), f"企业情况描述过长（{MAX_PROFILE_CHARS + 1} 字）"),
])
def test_an_empty_or_giant_description_is_a_chinese_message(seed, text, message):
    with pytest.raises(ValueError, match=message):
        seed.match(text)


def test_an_impossible_figure_gets_the_message_and_no_amount(seed):
    result = seed.match("纺织服装企业，技改项目计划总投资-3000万元")
    assert result.message.startswith("您填写的项目总投资为负数")
    assert all(m.eligible is None and m.amount is None for m in result.matches)


def test_the_profile_is_read_as_callers_say_it(library):
    profile = read_profile(library.index, "我们在栖禾县，是新引进的工业企业，之前没拿过奖励；听说岚江市技改补贴12%，"
                                          "我们能拿吗？")
    assert profile.places == ("栖禾县",)  # where it is, not where it heard of
    assert "之前没拿过奖励" not in profile.claims and "我们能拿吗" not in profile.claims
    assert read_profile(library.index, "云山县做房地产开发的企业").industry == "房地产开发"
    assert read_profile(library.index, "我们是规上工业企业").industry == ""


@pytest.mark.parametrize("asker, measure, text, fits", [
    ("纺织", "纺织服装", "", True), ("纺织服装", "", "", True), ("", "生物医药", "", None),
    ("汽车零部件", "新能源汽车", "", None), ("纺织服装", "生物医药", "", False),
    ("灵芝保健品", "生物医药", "灵芝类药品、保健品", True),
])
def test_whether_a_measure_is_for_the_asker_s_trade(asker, measure, text, fits):
    assert fits_industry(asker, measure, text) is fits


def test_library_documents_give_exact_rows(library):
    result = library.match("云山县的工业企业，今年首次认定为省级专精特新中小企业，新认定了市级企业技术中心，"
                           "还有一个当年设备投资800万的技改项目", AS_OF)
    assert [(m.clause.number, m.eligible, m.amount) for m in result.matches if m.eligible] == [
        ("三、（三）1.", True, 640000.0), ("三、（一）1.", True, 200000.0), ("三、（二）2.", True, 100000.0)]
    assert result.total == 940000.0


def test_a_renewal_gets_the_renewal_reward_not_the_first_award(library):
    result = library.match("南渚镇的企业，今年高企重新认定通过了", AS_OF)
    assert [(m.incentive.item, m.eligible, m.amount) for m in result.matches] == [("重新认定通过", True, 20000.0)]


def test_a_measure_past_its_validity_is_not_offered(library):
    result = library.match("南渚镇的企业，今年首次认定为高新技术企业", "2026-11-30")
    (row,) = result.matches
    assert row.eligible is False and row.reason == "该文件有效期至2025-12-31，已失效。"


def test_a_profile_without_a_place_gets_rows_to_check_naming_each_place(library):
    result = library.match("今年首次认定为省级专精特新中小企业", AS_OF)
    assert result.matches and all(m.eligible is None for m in result.matches)
    assert all(m.reason.startswith(f"本政策为{m.document.jurisdiction}的政策") for m in result.matches)


def test_the_profile_evaluation_scores_by_the_labels():
    profile = load_profiles()[0]
    empty = score(profile, None, "bad")
    assert (empty.found, empty.eligible, empty.error) == (0, 2, "bad")
    summary = summarize([empty])
    assert summary["found"] == "0/2" and summary["offered_wrongly"] == 0
    assert all(set(json.dumps(p, ensure_ascii=False)) for p in load_profiles())
    assert len(load_profiles()) == 50


@pytest.mark.slow
def test_a_textile_firm_asking_a_biomedicine_grant_is_told_whom_it_is_for(assistant):
    answer = assistant.ask("我们是纺织服装企业，被认定为省级专精特新，能拿多少奖励？")
    assert answer.citations[0].clause == "二、（三）1." and answer.citations[0].doc_id == "bio-final"
    assert answer.amounts == []  # the biomedicine amount is not stated as the textile firm's
    assert [(n.kind, n.text) for n in answer.notes] == [
        ("industry", "注意：该条款出自支持生物医药产业的措施，与您所述行业（纺织服装）不符，其金额不适用于贵企业。")]
    assert answer.query["industry"] == "纺织服装"


@pytest.mark.slow
def test_a_grant_asked_without_a_trade_notes_whom_the_measure_is_for(assistant):
    answer = assistant.ask("省级瞪羚企业奖励多少")
    assert [a.value for a in answer.amounts] == [300000.0]
    notes = [(n.kind, n.text) for n in answer.notes]
    assert ("industry", "注意：该措施适用于生物医药产业企业，请核实贵企业是否属于。") in notes


@pytest.mark.slow
def test_materials_not_in_the_documents_are_said_to_be_not_stated_with_the_units(assistant):
    answer = assistant.ask("专精特新奖励怎么申请？要交什么材料？")
    notes = {n.kind: n.text for n in answer.notes}
    assert notes["not_stated"] == ("文件中未写明申报材料，可向市卫生健康委、市工业和信息化局、市财政局、"
                                   "市市场监管局咨询；以上是文件对该事项的规定。")


def test_the_report_section_has_both_splits_and_corpora(seed, library):
    from evaluation.profile_eval import profile_section

    section = profile_section(seed, library)
    rows = [line for line in section.splitlines() if line.startswith("| dev") or line.startswith("| test")]
    assert [r.split(" | ")[:3] for r in rows] == [["| dev", "seed", "10"], ["| dev", "library", "25"],
                                                  ["| dev", "all", "35"], ["| test", "seed", "5"],
                                                  ["| test", "library", "10"], ["| test", "all", "15"]]


def test_the_tab_shows_eligible_rows_by_amount_and_the_rest_apart(seed):
    from ui.matching import COLUMNS, matching_csv, split_rows, structured, understood

    description = ("纺织服装企业，技改项目计划总投资3000万元，设备投资2500万元，亩产效益D类，"
                   "今年被评为国家级电子商务类示范企业")
    result = seed.match(description)
    eligible, others = split_rows(result)
    assert [(r[0], r[3], r[6]) for r in eligible] == [("可享受", 1750000, "三、（二）1."),
                                                     ("可享受", 300000, "三、（一）2.")]
    assert others == []
    text = understood(result)
    assert "- 行业：纺织服装" in text and "项目总投资3000万元" in text and "**合计 205万元**" in text
    csv_text = matching_csv(result)
    assert csv_text.startswith("\ufeff" + ",".join(COLUMNS))
    # the operator corrects what was understood; the figures of the description are kept
    again = seed.match(structured("纺织服装", "", "技改项目计划总投资3000万元", description))
    assert [(m.clause.number, m.amount) for m in again.matches] == [("三、（二）1.", 1750000.0)]
    with pytest.raises(ValueError, match="不认识的企业情况字段"):
        seed.match({"revenue": 1})


def test_an_honour_without_its_level_is_to_check_not_an_amount(seed):
    result = seed.match("生物医药企业，今年评上了单项冠军")
    assert result.matches and all(m.eligible is None for m in result.matches)
    assert {m.reason for m in result.matches} == {"所述未说明级别（国家级、省级），请核实后确定金额。"}
    assert result.total is None


def test_a_follow_up_asks_for_a_list_only_in_its_own_words(library):
    # 有啥奖励 was asked before; 那…重新认定通过了，还给钱不？ asks of one item (the history's list cue is not its own)
    history = [("云山县对高新技术企业有啥奖励？", "首次认定的国家高新技术企业，云山县一次性奖励15万元。")]
    answer, hits = library.explain("那要是三年到期以后重新认定通过了，县里还给钱不？", history)
    assert not answer.answer.startswith("已识别：") and hits
