"""Amount extraction: 分别 paired by position, caps, ranges, thresholds, and other cities' wording."""

from __future__ import annotations

import pytest

from retrieval.amounts import extract_amounts, money_to_yuan


def table(text):
    return [(a.item, a.value, a.text, a.level, a.kind) for a in extract_amounts(text, "X")]


def test_seed_clause_with_four_enumerations_record_by_record(corpus):
    clause = next(c for c in corpus.clauses if c.clause_id == "bio-final/二.（三）.1")
    assert [(a.item, a.value, a.text, a.level) for a in clause.amounts] == [
        ("国家级单项冠军示范企业", 2_000_000, "最高200万元", "国家级"),
        ("国家级单项冠军示范产品", 1_000_000, "最高100万元", "国家级"),
        ("省级单项冠军示范企业", 1_000_000, "最高100万元", "省级"),
        ("省级单项冠军示范产品", 500_000, "最高50万元", "省级"),
        ("国家级“专精特新”企业", 500_000, "最高50万元", "国家级"),
        ("省级“专精特新”企业", 300_000, "最高30万元", "省级"),
        ("省级“独角兽”企业", 1_000_000, "最高100万元", "省级"),
        ("省级“瞪羚”企业", 300_000, "最高30万元", "省级"),
    ]
    assert {a.kind for a in clause.amounts} == {"一次性奖励"}
    assert {a.clause for a in clause.amounts} == {"二、（三）1."}


def test_shared_prefix_over_four_items(corpus):
    clause = next(c for c in corpus.clauses if c.clause_id == "bio-final/二.（二）.1")
    assert [(a.item, a.value) for a in clause.amounts][2:] == [
        ("省级特色食品产业集群", 500_000), ("省级特色食品产业强县", 300_000),
        ("省级特色食品产业强镇", 200_000), ("省级特色食品产业基地", 100_000),
    ]


def test_standards_keep_their_shared_description(corpus):
    clause = next(c for c in corpus.clauses if c.clause_id == "textile-final/三.（四）.1")
    assert [(a.item, a.value, a.text) for a in clause.amounts] == [
        ("获得“中国驰名商标”（行政认定）的纺织服装企业", 500_000, "50万元"),
        ("国际标准的纺织服装企业", 1_500_000, "150万元"),
        ("国家标准的纺织服装企业", 800_000, "80万元"),
        ("行业标准的纺织服装企业", 200_000, "20万元"),
        ("山东省地方标准的纺织服装企业", 100_000, "10万元"),
        ("通过马德里注册商标", 10_000, "1万元"),
    ]


def test_threshold_is_not_a_grant_and_cap_is(corpus):
    clause = next(c for c in corpus.clauses if c.clause_id == "textile-final/三.（二）.1")
    assert [(a.value, a.text) for a in clause.amounts] == [(2_000_000, "最高200万元")]


def test_range_gives_its_upper_end(corpus):
    clause = next(c for c in corpus.clauses if c.clause_id == "textile-final/三.（六）.1")
    first = clause.amounts[0]
    assert (first.value, first.text, first.kind) == (4_000_000, "50万元—400万元", "一次性资助")
    assert first.item == "通过我市纺织服装企业成功申报入选国家级、省级重点人才工程的领军人才"


def test_goal_figures_are_not_amounts(corpus):
    goals = [c for c in corpus.clauses if c.number == "一、"]
    assert goals and all(c.amounts == () for c in goals)


@pytest.mark.parametrize("text, expected", [
    ("对获得第二类、第三类医疗器械注册证的产品，分别给予最高50万元、100万元奖励。",
     [("第二类医疗器械注册证的产品", 500_000, "最高50万元", "", "奖励"),
      ("第三类医疗器械注册证的产品", 1_000_000, "最高100万元", "", "奖励")]),
    ("按照贷款实际发生额的50%给予贴息，单个企业每年最高100万元。",
     [("按照贷款实际发生额的50%给予贴息（单个企业每年）", 1_000_000, "最高100万元", "", "")]),
    ("对新认定的国家级企业技术中心，一次性奖励100万元。",
     [("新认定的国家级企业技术中心", 1_000_000, "100万元", "国家级", "")]),
    ("对年营业收入首次突破10亿元的企业，给予50万元奖励。",
     [("年营业收入首次突破10亿元的企业", 500_000, "50万元", "", "奖励")]),
    ("对新认定为市级、县级示范园区的，分别给予20万元、10万元补助。",
     [("市级示范园区", 200_000, "20万元", "市级", "补助"), ("县级示范园区", 100_000, "10万元", "县级", "补助")]),
    ("对入驻孵化器的企业给予不超过3000元的房租补贴。",
     [("入驻孵化器的企业", 3_000, "不超过3000元", "", "房租补贴")]),
])
def test_other_cities_wording(text, expected):
    assert table(text) == expected


def test_money_to_yuan():
    assert money_to_yuan("最高50万元") == 500_000
    assert money_to_yuan("1.5亿元") == 150_000_000
    assert money_to_yuan("50万元—400万元") == 4_000_000
    assert money_to_yuan("3000元") == 3_000
