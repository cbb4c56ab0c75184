"""Regressions for findings of the code review: flags, highlighting, follow-ups, request limits."""

from __future__ import annotations

import time

import pytest
from fastapi.testclient import TestClient

from app import _parser
from retrieval.search.query import resolve_followup
from retrieval.service.assistant import Assistant
from ui.server import create_app
from ui.workbench import highlight


@pytest.mark.parametrize("argv, field, value", [
    (["--port", "8000", "serve"], "port", 8000),
    (["serve", "--port", "8001"], "port", 8001),
    (["--llm-url", "http://127.0.0.1:1/v1", "ask", "问题"], "llm_url", "http://127.0.0.1:1/v1"),
    (["ask", "--llm-timeout", "3", "问题"], "llm_timeout", 3.0),
])
def test_flags_work_before_or_after_the_subcommand(argv, field, value):
    assert getattr(_parser().parse_args(argv), field) == value


def test_highlight_never_breaks_markup():
    assert (
        highlight("a & b <mark> 专精特新", "amp mark 专精")
        == "a &amp; b &lt;<mark>mark</mark>&gt; <mark>专精</mark>特新"
    )


@pytest.mark.parametrize("question, merged", [
    ("那省级的呢？", True), ("强镇呢？", True), ("找哪个部门？", True), ("瞪羚企业奖励？", False),
    ("获得中国驰名商标的纺织服装企业奖励多少", False),
])
def test_follow_up_or_standalone(question, merged):
    history = [("国家级专精特新企业奖励多少", "……")]
    assert (resolve_followup(question, history) != question) == merged


def test_bad_body_encodings_and_huge_history(settings, fake_embedder):
    client = TestClient(create_app(Assistant.open(settings, embedder=fake_embedder)))
    response = client.post("/api/ask", content=b"\xff\xfe\x00", headers={"content-type": "application/json"})
    assert (response.status_code, response.json()["error"]) == (400, "请求体不是有效的 JSON。")
    start = time.monotonic()
    response = client.post("/api/ask", json={"question": "那省级的呢？", "history": [["专精特新" * 20000, "答"]]})
    assert response.status_code == 200 and time.monotonic() - start < 5


# --- sixteenth session's review ------------------------------------------------------------------------------
def test_a_grant_followed_by_another_in_its_sentence_is_no_case():
    from retrieval.documents.amounts import extract_incentives

    assert [r.cap for r in extract_incentives("对首次认定的高新技术企业，奖励20万元，补助10万元用于研发。", "x")] == [
        200_000, 100_000]
    assert [r.cap for r in extract_incentives("奖励50万元，补助30万元的，不再重复享受。", "x")] == [500_000, 300_000]


def test_only_a_part_of_a_kind_left_out_comes_off_and_only_its_own_sum():
    from retrieval.answer.calculator import calculate
    from retrieval.records import Incentive
    from retrieval.search.figures import read_facts

    rule = Incentive(clause="x", item="技术改造项目", rate=0.1, rate_text="10%", base="设备购置额",
                     left_out=("税", "二手", "自制", "关联方"))
    # not of a left-out kind: 其中设备购置2000万 is the figure, 进口免税 / 税务局认定 / 定制 / 贷款买的 are no kind
    assert read_facts("技改投了3000万，其中设备购置2000万，补多少？").parts == ()
    assert read_facts("设备购置3000万，其中税务局认定的有1800万，补多少？").parts == ()  # (a figure, no tax)
    for said in ("其中500万是进口免税设备", "其中600万是我们自己找厂家定制的",
                 "其中800万是自己贷款买的生产线", "其中500万用于厂房翻新"):
        assert calculate(rule, read_facts(f"设备购置3000万，{said}，补多少？")).value == 300 * 10_000, said
    # a part is taken off the sum it is part of only
    facts = read_facts("一个设备购置1130万，其中增值税130万，另一个设备购置500万，补多少？")
    assert [(v, of) for v, _, of in facts.parts] == [(130 * 10_000, 1130 * 10_000)]


def test_left_out_kinds_come_only_from_what_a_negation_governs():
    from retrieval.documents.amounts import extract_incentives as extract
    from retrieval.documents.amounts import link_references
    from retrieval.records import Clause

    def kinds(text):
        clause = Clause("d/一", "d", "一、", ("一、",), text, incentives=extract(text, "一、"))
        return [r.left_out for r in link_references([clause])[0].incentives if r.rate]

    assert kinds("对企业购置二手设备、翻新旧设备实施技术改造的，按设备购置额的5%给予补助。") == [()]
    assert kinds("按设备投资额的10%给予补助。设备投资额中关联方交易部分应提供说明，土地购置费用不计入。") == [()]
    assert kinds("按设备购置额的8%给予补助。设备购置额不含增值税、二手设备及自制设备。") == [("税", "二手", "自制")]


def test_still_in_force_is_no_other_question_with_还能用():
    from retrieval.lexicon.patterns import time_asked_of

    assert time_asked_of("技术改造补助已经拿过了，还用不用再交审计报告？") == ()
    assert time_asked_of("技术改造补助还能用来还贷款吗？") == ()
    assert time_asked_of("设备更新以后还有效益奖励吗？") == ()
    assert "validity" not in time_asked_of("今年什么时候还能按这个通知补报？")
    assert time_asked_of("哪一个月报？") == time_asked_of("哪个月报？") == ("application",)


def test_a_phone_number_is_its_own_digits_however_written():
    from retrieval.lexicon.patterns import local_number

    assert {local_number(p) for p in ("0571-86213902", "（0571）86213902", "057186213902", "0571 86213902")} == {
        "86213902"}
    assert local_number("13812345678") == "13812345678"


def test_a_top_up_rule_names_its_items_in_either_numerals_and_its_section_rule_keeps_its_own():
    from retrieval.documents.corpus import build_corpus

    text = ("青川市若干措施\n一、梯度培育\n（一）对新认定的省级专精特新企业，奖励20万元。\n"
            "（二）企业由省级称号晋升为同类国家级称号的，按差额补足。\n二、其他\n（一）对新认定的市级技术中心，奖励10万元。\n"
            "（二）对新认定的绿色工厂，奖励30万元。\n（三）第（一）项中由低级别晋升为高级别的，按差额补足。\n")
    clauses = build_corpus({"x.txt": text}, {}).clauses
    topups = {c.number: [r.topup for r in c.incentives] for c in clauses if c.incentives}
    assert topups == {"一、（一）": [True], "二、（一）": [True], "二、（二）": [False]}


def test_a_contact_sentence_that_sends_the_reader_names_no_unit_of_its_opening():
    from retrieval.documents.parser import parse_departments

    assert parse_departments("具体事宜请咨询市财政局，联系电话：0571-1234567。") == ()
    assert parse_departments("专精特新企业认定咨询：市经信局中小企业科，电话：0571-1234567。") == (
        "市经信局中小企业科",)


def test_levels_before_a_shared_tail_share_it():
    from retrieval.documents.amounts import extract_incentives

    records = extract_incentives("对新认定的国家级专精特新、省级专精特新、市级专精特新中小企业，"
                                 "分别奖励50万元、20万元、10万元。", "x")
    assert [r.item for r in records][1:] == ["省级专精特新中小企业", "市级专精特新中小企业"]


def test_a_row_is_named_by_the_column_that_names_what_it_is_for():
    from retrieval.documents.amounts import extract_incentives

    records = extract_incentives("政策类别：企业培育；支持内容：新升规工业企业；支持标准：给予一次性奖励20万元", "1")
    assert [r.item for r in records] == ["新升规工业企业"]


def test_a_rate_on_growth_is_of_the_figure_named_before_the_growth():
    from retrieval.records import Incentive
    from retrieval.search.figures import base_metric

    rule = Incentive(clause="x", item="营业收入较上年增长20%以上且研发费用占比3%以上的企业", rate=0.05, base="增长部分")
    assert base_metric(rule) == "营业收入增量"
