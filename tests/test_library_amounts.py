"""The incentive records of key clauses of each development-library document that states amounts
(a1–a5, b1–b5, c1–c5), expected values written by reading the documents. b1 is in traditional
characters with full-width digits: converted here with OpenCC t2s and NFKC until ingestion does it."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from evaluation.library_eval import write_library_corpus
from retrieval.documents.amounts import link_references
from retrieval.documents.corpus import build_corpus, read_sources

DOCS = Path(__file__).resolve().parent.parent / "evaluation" / "library" / "docs"
W = 10_000
Y = 100_000_000


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    from opencc import OpenCC

    folder = tmp_path_factory.mktemp("library")
    write_library_corpus(DOCS, folder)
    convert = OpenCC("t2s")
    for path in folder.glob("*.txt"):
        path.write_text(unicodedata.normalize("NFKC", convert.convert(path.read_text(encoding="utf-8"))),
                        encoding="utf-8")
    files, manifest = read_sources(folder)
    corpus = build_corpus(files, manifest)
    by_doc: dict[str, list] = {}
    for clause in corpus.clauses:
        by_doc.setdefault(clause.doc_id, []).append(clause)
    return {doc: link_references(clauses) for doc, clauses in by_doc.items()}


def records(library, doc, fragment):
    """The incentives of the one clause of `doc` whose text contains `fragment` (spaces ignored)."""
    squeeze = "".join
    found = [c for d, clauses in library.items() if d.startswith(doc) for c in clauses
             if squeeze(fragment.split()) in squeeze(c.text.split())]
    assert found, f"{doc}: no clause with {fragment}"
    return found[-1].incentives  # the innermost clause


def tiers(rs):
    return [(r.metric, r.low, r.high, r.cap, r.rate) for r in rs]


def test_a1_titles_and_exclusive(library):
    assert [(r.level, r.cap) for r in records(library, "a1", "第六条")] == [("国家级", 100 * W), ("省级", 20 * W)]
    assert [r.cap for r in records(library, "a1", "在国家评价中结果为优秀")][-1] == 50 * W


def test_a2_revenue_tiers_rate_tiers_per_unit(library):
    rs = records(library, "a2", "规模跃升奖励")
    assert tiers(rs) == [("营业收入", 1 * Y, None, 50 * W, None), ("营业收入", 5 * Y, None, 100 * W, None),
                         ("营业收入", 10 * Y, None, 200 * W, None), ("营业收入", 50 * Y, None, 500 * W, None)]
    assert all(r.topup and len(r.tiers) == 4 for r in rs)
    rs = records(library, "a2", "设备投资补助")
    assert [(r.low, r.high, r.rate, r.cap, r.per) for r in rs] == [
        (500 * W, 2000 * W, 0.08, 500 * W, "单个项目"), (2000 * W, 5000 * W, 0.10, 500 * W, "单个项目"),
        (5000 * W, None, 0.12, 500 * W, "单个项目")]
    [energy] = records(library, "a2", "吨标准煤")
    assert (energy.cap, energy.per, energy.limit, energy.limit_per) == (300, "每吨标准煤", 100 * W, "单个企业每年")


def test_a3_rate_and_threshold(library):
    [rate] = records(library, "a3", "较2022年度增长部分")
    assert (rate.rate, rate.cap) == (0.10, 100 * W)
    [first] = records(library, "a3", "首次超过1000万元")
    assert (first.metric, first.low, first.cap) == ("研发费用", 1000 * W, 20 * W)


def test_a4_tax_tiers_per_unit_rent(library):
    assert tiers(records(library, "a4", "纳税贡献奖励")) == [("纳税", 500 * W, None, 10 * W, None),
                                                         ("纳税", 1000 * W, None, 20 * W, None)]
    [patent] = records(library, "a4", "专利奖励")
    assert (patent.cap, patent.per, patent.limit) == (3000, "每件", 3 * W)
    [talent] = records(library, "a4", "人才生活补贴")
    assert (talent.cap, talent.per, talent.months) == (2000, "每人每月", 24)
    [rent] = records(library, "a4", "厂房租金补助")
    assert (rent.cap, rent.per, rent.months, rent.max_units) == (5, "每月每平方米", 12, 2000)


def test_a5_matching_multiplier_topup_lpr(library):
    [match] = records(library, "a5", "上级科技项目配套")
    assert (match.ratio, match.cap, match.per) == ("1∶1", 200 * W, "单个项目")
    [times] = records(library, "a5", "按第3项标准的1.5倍")
    assert (times.multiplier, times.referenced, times.cap) == (1.5, 100 * W, 300 * W)
    [topup] = records(library, "a5", "补足差额")
    assert (topup.cap, topup.topup) == (50 * W, True)
    [loan] = records(library, "a5", "企业贷款贴息")
    assert (loan.rate, loan.cap, "LPR" in loan.base) == (0.5, 40 * W, True)


def test_b1_traditional_topup_rate_threshold(library):
    rs = records(library, "b1", "逐级晋升的")
    assert [(r.level, r.cap, r.topup) for r in rs] == [("国家级", 50 * W, True), ("省级", 20 * W, True),
                                                      ("市级", 5 * W, True)]
    [rnd] = records(library, "b1", "研发费用增量部分")
    assert (rnd.rate, rnd.cap, rnd.metric, rnd.low) == (0.10, 50 * W, "研发费用", 300 * W)


def test_b2_tiers_minimum_lpr_matching_rent(library):
    rs = records(library, "b2", "第三条")
    assert tiers(rs) == [("营业收入", 1 * Y, None, 10 * W, None), ("营业收入", 5 * Y, None, 30 * W, None),
                         ("营业收入", 10 * Y, None, 50 * W, None)]
    assert all(r.topup for r in rs)
    [rnd] = records(library, "b2", "第六条")
    assert (rnd.rate, rnd.cap, rnd.minimum) == (0.05, 50 * W, 2 * W)
    [loan] = records(library, "b2", "第八条")
    assert (loan.rate, loan.base, loan.cap, loan.years) == (0.5, "贷款市场报价利率", 100 * W, 2)
    [match] = records(library, "b2", "第九条")
    assert (match.ratio, match.cap) == ("1∶1", 200 * W)
    [rent] = records(library, "b2", "第十条")
    assert (rent.cap, rent.per, rent.years, rent.max_units) == (10, "每平方米每月", 3, 5000)


def test_b3_grants(library):
    assert [r.cap for r in records(library, "b3", "一次性给予奖励10万元")] == [10 * W]


def test_b4_tier_table_and_multipliers(library):
    # The table is one clause (cells on lines) or one clause a row (档次：第一档；…), as ingestion writes it.
    rs = [r for d, clauses in library.items() if d.startswith("b4") for c in clauses for r in c.incentives
          if r.metric == "纳税" and r.low is not None]
    assert all(r.tiers == rs[0].tiers for r in rs)
    assert tiers(rs) == [("纳税", 300 * W, 500 * W, 30 * W, None), ("纳税", 500 * W, 1000 * W, 60 * W, None),
                         ("纳税", 1000 * W, 3000 * W, 150 * W, None), ("纳税", 3000 * W, 5000 * W, 250 * W, None),
                         ("纳税", 5000 * W, None, 400 * W, None)]
    [new] = records(library, "b4", "按上表标准的2倍")
    assert (new.multiplier, new.cap, new.tiers) == (2.0, 500 * W, rs[0].tiers)
    [lab] = [r for r in records(library, "b4", "按上表的1.5倍") if r.multiplier]
    assert (lab.multiplier, lab.tiers) == (1.5, rs[0].tiers)


def test_b5_table_rows(library):
    rs = records(library, "b5", "技术改造设备投资补助")
    assert [(r.low, r.high, r.rate, r.cap) for r in rs] == [
        (500 * W, 2000 * W, 0.12, 1000 * W), (2000 * W, 5000 * W, 0.15, 1000 * W), (5000 * W, None, 0.20, 1000 * W)]
    assert tiers(records(library, "b5", "稳岗扩岗")) == [
        ("人数", 50, 99, 10 * W, None), ("人数", 100, 299, 30 * W, None), ("人数", 300, None, 60 * W, None)]
    assert tiers(records(library, "b5", "多层标准厂房")) == [("面积", 1 * W, 3 * W, 50 * W, None),
                                                        ("面积", 3 * W, None, 100 * W, None)]


def test_c1_descending_tiers_and_own_subject(library):
    rs = records(library, "c1", "产业链龙头企业培育")
    assert tiers(rs[:3]) == [("营业收入", 100 * Y, None, 500 * W, None), ("营业收入", 50 * Y, None, 200 * W, None),
                             ("营业收入", 10 * Y, None, 100 * W, None)]
    assert (rs[3].low, rs[3].cap, len(rs[3].tiers)) == (1 * Y, 20 * W, 1)


def test_c2_rate_list_with_caps_and_patents(library):
    rs = records(library, "c2", "分别按上级实际到位资助资金")
    assert [(r.level, r.rate, r.cap) for r in rs] == [("国家级", 0.2, 100 * W), ("省级", 0.1, 30 * W)]
    [patent] = records(library, "c2", "新获授权的发明专利")
    assert (patent.cap, patent.per, patent.limit) == (5000, "每件", 10 * W)


def test_c3_rates(library):
    [upgrade] = records(library, "c3", "按项目设备投资额的10%")
    assert (upgrade.rate, upgrade.cap, upgrade.per) == (0.10, 300 * W, "单个项目")
    [loan] = records(library, "c3", "按实际支付利息的50%")
    assert (loan.rate, loan.base, loan.cap) == (0.5, "实际支付利息", 100 * W)


def test_c4_tax_tiers_in_separate_sentences(library):
    rs = records(library, "c4", "纳税贡献奖")
    assert tiers(rs) == [("纳税", 500 * W, None, 5 * W, None), ("纳税", 1000 * W, None, 10 * W, None),
                         ("纳税", 2000 * W, None, 20 * W, None)]
    assert all(r.exclusive for r in rs)


def test_c5_rate_rent_revenue_tiers(library):
    [rent] = records(library, "c5", "租用标准厂房的新落户企业")
    assert (rent.cap, rent.per, rent.years, rent.limit) == (5, "每平方米每月", 3, 60 * W)
    assert tiers(records(library, "c5", "主营业务收入首次突破")) == [
        ("营业收入", 1 * Y, None, 20 * W, None), ("营业收入", 5 * Y, None, 50 * W, None),
        ("营业收入", 10 * Y, None, 100 * W, None)]
