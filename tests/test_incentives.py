"""Incentive records: the full table of the seed corpus, 分别 pairing, rates, thresholds, other cities' wording."""

from __future__ import annotations

import pytest

from retrieval.documents.amounts import extract_incentives
from retrieval.lexicon.patterns import money_to_yuan

W = 10_000  # 万元

# (clause id, item, level, kind, cap in yuan, cap as written, per) — every incentive of the corpus, in
# corpus order (files by name: the draft's file comes first).
SEED_TABLE = [
    ("bio-draft/二.（一）.3", "国家级“中小企业公共服务示范平台”", "国家级", "一次性奖励", 50 * W, "最高50万元", ""),
    ("bio-draft/二.（一）.3", "省级“中小企业公共服务示范平台”", "省级", "一次性奖励", 30 * W, "最高30万元", ""),
    ("bio-draft/二.（一）.3", "国家级小型微型企业创业创新示范基地", "国家级", "一次性奖励", 50 * W, "最高50万元", ""),
    ("bio-draft/二.（一）.3", "省级小型微型企业创业创新示范基地", "省级", "一次性奖励", 30 * W, "最高30万元", ""),
    ("bio-draft/二.（三）.7", "国家级单项冠军示范企业", "国家级", "一次性奖励", 200 * W, "最高200万元", ""),
    ("bio-draft/二.（三）.7", "国家级单项冠军产品", "国家级", "一次性奖励", 100 * W, "最高100万元", ""),
    ("bio-draft/二.（三）.7", "省级单项冠军示范企业", "省级", "一次性奖励", 100 * W, "最高100万元", ""),
    ("bio-draft/二.（三）.7", "省级单项冠军产品", "省级", "一次性奖励", 50 * W, "最高50万元", ""),
    ("bio-draft/二.（三）.7", "国家级“专精特新”企业", "国家级", "一次性奖励", 50 * W, "最高50万元", ""),
    ("bio-draft/二.（三）.7", "省级“专精特新”企业", "省级", "一次性奖励", 30 * W, "最高30万元", ""),
    ("bio-draft/二.（三）.7", "省级“独角兽”企业", "省级", "一次性奖励", 100 * W, "最高100万元", ""),
    ("bio-draft/二.（三）.7", "省级“瞪羚”企业", "省级", "一次性奖励", 30 * W, "最高30万元", ""),
    ("bio-draft/二.（三）.9", "国家级质量标杆的企业", "国家级", "一次性奖励", 100 * W, "最高100万元", ""),
    ("bio-draft/二.（三）.9", "省级质量标杆的企业", "省级", "一次性奖励", 50 * W, "最高50万元", ""),
    (
        "bio-draft/二.（三）.9",
        "企业产品（品牌）被工业和信息化部确定为全国食品工业“三品”典型成果",
        "",
        "一次性奖励",
        10 * W,
        "最高10万元",
        "每一种产品（品牌）",
    ),
    (
        "bio-draft/二.（三）.9",
        "企业产品（品牌）入选《山东省特色优质食品目录》",
        "省级",
        "一次性奖励",
        5 * W,
        "最高5万元",
        "每一种产品",
    ),
    ("bio-final/二.（一）.3", "国家级中小企业公共服务示范平台", "国家级", "一次性奖励", 50 * W, "最高50万元", ""),
    ("bio-final/二.（一）.3", "省级中小企业公共服务示范平台", "省级", "一次性奖励", 30 * W, "最高30万元", ""),
    ("bio-final/二.（一）.3", "国家级小型微型企业创业创新示范基地", "国家级", "一次性奖励", 50 * W, "最高50万元", ""),
    ("bio-final/二.（一）.3", "省级小型微型企业创业创新示范基地", "省级", "一次性奖励", 30 * W, "最高30万元", ""),
    ("bio-final/二.（二）.1", "国家级“特色产业集群”", "国家级", "一次性奖励", 100 * W, "最高100万元", ""),
    ("bio-final/二.（二）.1", "省级“特色产业集群”", "省级", "一次性奖励", 50 * W, "最高50万元", ""),
    ("bio-final/二.（二）.1", "省级特色食品产业集群", "省级", "一次性奖励", 50 * W, "最高50万元", ""),
    ("bio-final/二.（二）.1", "省级特色食品产业强县", "省级", "一次性奖励", 30 * W, "最高30万元", ""),
    ("bio-final/二.（二）.1", "省级特色食品产业强镇", "省级", "一次性奖励", 20 * W, "最高20万元", ""),
    ("bio-final/二.（二）.1", "省级特色食品产业基地", "省级", "一次性奖励", 10 * W, "最高10万元", ""),
    ("bio-final/二.（三）.1", "国家级单项冠军示范企业", "国家级", "一次性奖励", 200 * W, "最高200万元", ""),
    ("bio-final/二.（三）.1", "国家级单项冠军产品", "国家级", "一次性奖励", 100 * W, "最高100万元", ""),
    ("bio-final/二.（三）.1", "省级单项冠军示范企业", "省级", "一次性奖励", 100 * W, "最高100万元", ""),
    ("bio-final/二.（三）.1", "省级单项冠军产品", "省级", "一次性奖励", 50 * W, "最高50万元", ""),
    ("bio-final/二.（三）.1", "国家级“专精特新”企业", "国家级", "一次性奖励", 50 * W, "最高50万元", ""),
    ("bio-final/二.（三）.1", "省级“专精特新”企业", "省级", "一次性奖励", 30 * W, "最高30万元", ""),
    ("bio-final/二.（三）.1", "省级“独角兽”企业", "省级", "一次性奖励", 100 * W, "最高100万元", ""),
    ("bio-final/二.（三）.1", "省级“瞪羚”企业", "省级", "一次性奖励", 30 * W, "最高30万元", ""),
    ("bio-final/二.（三）.3", "国家级质量标杆", "国家级", "一次性奖励", 100 * W, "最高100万元", ""),
    ("bio-final/二.（三）.3", "省级质量标杆", "省级", "一次性奖励", 50 * W, "最高50万元", ""),
    (
        "bio-final/二.（三）.3",
        "企业产品（品牌）被工业和信息化部确定为全国食品工业“三品”典型成果",
        "",
        "一次性奖励",
        10 * W,
        "最高10万元",
        "每一种产品（品牌）",
    ),
    (
        "bio-final/二.（三）.3",
        "企业产品（品牌）入选《山东省特色优质食品目录》",
        "省级",
        "一次性奖励",
        5 * W,
        "最高5万元",
        "每一种产品（品牌）",
    ),
    ("textile-final/三.（一）.2", "国家级电子商务类示范区（基地）", "国家级", "一次性奖励", 50 * W, "最高50万元", ""),
    ("textile-final/三.（一）.2", "省级电子商务类示范区（基地）", "省级", "一次性奖励", 30 * W, "最高30万元", ""),
    ("textile-final/三.（一）.2", "国家级电子商务类示范企业（店铺）", "国家级", "一次性奖励", 30 * W, "最高30万元", ""),
    ("textile-final/三.（一）.2", "省级电子商务类示范企业（店铺）", "省级", "一次性奖励", 20 * W, "最高20万元", ""),
    (
        "textile-final/三.（二）.1",
        "计划总投资500万元以上的纺织服装企业技术改造项目",
        "",
        "比例支持",
        200 * W,
        "最高200万元",
        "单户企业",
    ),
    (
        "textile-final/三.（四）.1",
        "获得“中国驰名商标”（行政认定）的纺织服装企业",
        "",
        "一次性奖励",
        50 * W,
        "50万元",
        "",
    ),
    ("textile-final/三.（四）.1", "国际标准的纺织服装企业", "国际", "一次性奖励", 150 * W, "150万元", ""),
    ("textile-final/三.（四）.1", "国家标准的纺织服装企业", "国家级", "一次性奖励", 80 * W, "80万元", ""),
    ("textile-final/三.（四）.1", "行业标准的纺织服装企业", "", "一次性奖励", 20 * W, "20万元", ""),
    ("textile-final/三.（四）.1", "山东省地方标准的纺织服装企业", "省级", "一次性奖励", 10 * W, "10万元", ""),
    ("textile-final/三.（四）.1", "通过马德里注册商标", "", "一次性奖励", 1 * W, "1万元", ""),
    (
        "textile-final/三.（六）.1",
        "通过我市纺织服装企业成功申报入选国家级、省级重点人才工程的领军人才",
        "国家级、省级",
        "一次性资助",
        400 * W,
        "50万元—400万元",
        "",
    ),
    ("textile-final/三.（六）.1", "研发机构", "", "奖励资金", 50 * W, "50万元", ""),
    ("textile-final/三.（六）.1", "专家工作站“人才飞地”", "", "奖励资金", 30 * W, "30万元", ""),
]


def test_full_incentive_table_of_the_seed_corpus(corpus):
    table = [(c.clause_id, i.item, i.level, i.kind, i.cap, i.cap_text, i.per)
             for c in corpus.clauses for i in c.incentives]
    assert table == SEED_TABLE


def test_rate_record_with_threshold_cap_and_class_rates(corpus):
    [record] = next(c for c in corpus.clauses if c.clause_id == "textile-final/三.（二）.1").incentives
    assert (record.rate, record.rate_text, record.base) == (0.10, "不超过10%", "设备(含软件)实际购置金额")
    assert (record.thresholds, record.min_investment) == (("计划总投资500万元以上",), 500 * W)
    assert record.class_rates == (("C", 0.08), ("D", 0.07))
    assert record.is_cap


def test_range_with_matching_ratio(corpus):
    record = next(c for c in corpus.clauses if c.clause_id == "textile-final/三.（六）.1").incentives[0]
    assert (record.floor, record.cap, record.ratio, record.base) == (
        50 * W,
        400 * W,
        "1∶1",
        "国家、省级人才资助经费额度",
    )


def test_goal_figures_are_not_incentives(corpus):
    goals = [c for c in corpus.clauses if c.number == "一、"]
    assert goals and all(c.incentives == () for c in goals)


def test_amounts_are_the_money_view_of_incentives(corpus):
    clause = next(c for c in corpus.clauses if c.clause_id == "bio-final/二.（三）.1")
    assert [(a.item, a.value, a.text, a.clause) for a in clause.amounts][:2] == [
        ("国家级单项冠军示范企业", 200 * W, "最高200万元", "二、（三）1."),
        ("国家级单项冠军产品", 100 * W, "最高100万元", "二、（三）1."),
    ]


def rows(text):
    return [(i.item, i.cap, i.cap_text, i.rate, i.base, i.per, i.kind) for i in extract_incentives(text, "X")]


# Ten and more sentences in other cities' styles: (text, expected records).
OTHER_CITIES = [
    (
        "按照贷款实际发生额的50%给予贴息，单个企业每年最高100万元。",
        [("贷款实际发生额", 100 * W, "最高100万元", 0.5, "贷款实际发生额", "单个企业每年", "贴息")],
    ),
    (
        "对获得第二类、第三类医疗器械注册证的产品，分别给予最高50万元、100万元奖励。",
        [
            ("第二类医疗器械注册证的产品", 50 * W, "最高50万元", None, "", "", "奖励"),
            ("第三类医疗器械注册证的产品", 100 * W, "最高100万元", None, "", "", "奖励"),
        ],
    ),
    ("按研发投入增量部分的10%给予奖励。", [("研发投入增量部分", None, "", 0.1, "研发投入增量部分", "", "奖励")]),
    (
        "对引进的博士研究生，给予每人每年2万元安家补贴，连续补贴5年。",
        [("引进的博士研究生", 2 * W, "2万元", None, "", "每人每年", "安家补贴")],
    ),
    (
        "对新认定的国家级企业技术中心，一次性奖励100万元。",
        [("新认定的国家级企业技术中心", 100 * W, "100万元", None, "", "", "一次性奖励")],
    ),
    (
        "对年营业收入首次突破10亿元的企业，给予50万元奖励。",
        [("年营业收入首次突破10亿元的企业", 50 * W, "50万元", None, "", "", "奖励")],
    ),
    (
        "对新认定为市级、县级示范园区的，分别给予20万元、10万元补助。",
        [
            ("市级示范园区", 20 * W, "20万元", None, "", "", "补助"),
            ("县级示范园区", 10 * W, "10万元", None, "", "", "补助"),
        ],
    ),
    (
        "对入驻孵化器的企业给予不超过3000元的房租补贴。",
        [("入驻孵化器的企业", 3000, "不超过3000元", None, "", "", "房租补贴")],
    ),
    (
        "对首次认定的高新技术企业，给予一次性奖励20万元。",
        [("首次认定的高新技术企业", 20 * W, "20万元", None, "", "", "一次性奖励")],
    ),
    (
        "对购置首台（套）重大技术装备的企业，按照设备价格的20%给予补助，最高不超过500万元。",
        [("购置首台（套）重大技术装备的企业", 500 * W, "不超过500万元", 0.2, "设备价格", "", "补助")],
    ),
    (
        "对获评国家级、省级、市级绿色工厂的企业，分别奖励100万元、50万元、20万元。",
        [
            ("国家级绿色工厂的企业", 100 * W, "100万元", None, "", "", "奖励"),
            ("省级绿色工厂的企业", 50 * W, "50万元", None, "", "", "奖励"),
            ("市级绿色工厂的企业", 20 * W, "20万元", None, "", "", "奖励"),
        ],
    ),
    (
        "对企业新上市的，给予最高1.5亿元的综合奖励。",
        [("企业新上市", 15_000 * W, "最高1.5亿元", None, "", "", "综合奖励")],
    ),
]


@pytest.mark.parametrize("text, expected", OTHER_CITIES)
def test_other_cities_wording(text, expected):
    assert rows(text) == expected


def test_years_and_thresholds_of_other_cities():
    [record] = extract_incentives("对引进的博士研究生，给予每人每年2万元安家补贴，连续补贴5年。", "X")
    assert record.years == 5
    [record] = extract_incentives("对固定资产投资1000万元以上的项目，按设备投资额的8%给予补助，最高300万元。", "X")
    assert (record.min_investment, record.rate, record.cap) == (1000 * W, 0.08, 300 * W)


def test_money_to_yuan():
    assert money_to_yuan("最高50万元") == 50 * W
    assert money_to_yuan("1.5亿元") == 150_000_000
    assert money_to_yuan("50万元—400万元") == 400 * W
    assert money_to_yuan("3000元") == 3_000


def test_a_list_of_cases_each_with_its_grant_is_a_table_of_tiers():
    text = ("工业企业年营业收入首次达到以下档次的，给予一次性奖励：2亿元，奖励30万元；5亿元，奖励60万元；"
            "10亿元，奖励120万元。贷款按贷款市场报价利率的50%给予贴息，每年最高100万元，贴息期限不超过2年。")
    records = extract_incentives(text, "2")
    tiers = [r for r in records if r.metric]
    assert [(r.item, r.low, r.cap) for r in tiers] == [
        ("营业收入2亿元", 2e8, 300_000), ("营业收入5亿元", 5e8, 600_000), ("营业收入10亿元", 1e9, 1_200_000)]
    assert all(r.tiers == ((2e8, 5e8, 300_000, None), (5e8, 1e9, 600_000, None), (1e9, None, 1_200_000, None))
               for r in tiers)
    # a cap followed by a term (每年最高100万元，贴息期限…) is no case of a grant
    assert [r.cap for r in records if r.rate] == [1_000_000]


def test_the_bounds_of_a_case_are_no_sums_granted():
    low = extract_incentives("（一）年度镇级财政贡献100万元（含）至300万元的，奖励5万元；", "（一）")
    assert [(r.metric, r.low, r.high, r.cap) for r in low] == [("纳税", 1e6, 3e6, 50_000)]
    top = extract_incentives("（四）年度镇级财政贡献1000万元（含）以上的，奖励30万元。", "（四）")
    assert [(r.metric, r.low, r.high, r.cap) for r in top] == [("纳税", 1e7, None, 300_000)]
    # a range granted stays a grant
    assert [(r.floor, r.cap) for r in extract_incentives("给予50万元—400万元资助。", "x")] == [(500_000, 4_000_000)]


def test_a_sum_raised_for_a_case_is_for_that_case():
    records = extract_incentives("对首次纳入规模以上工业统计的企业，一次性奖励10万元；"
                                 "当年新建投产即纳入规模以上工业统计的，奖励提高至15万元。", "第六条")
    assert [(r.item, r.cap) for r in records] == [("首次纳入规模以上工业统计的企业", 100_000),
                                                  ("当年新建投产即纳入规模以上工业统计的企业", 150_000)]


def test_a_top_up_rule_that_names_its_items_governs_those_only():
    from retrieval.documents.corpus import build_corpus

    text = ("青川开发区惠企政策清单\n|序号|支持内容|支持标准|\n"
            "|1|智能工厂|对新认定的国家级、省级智能工厂，分别奖励200万元、80万元|\n"
            "|2|人才引进|对新引进的全职博士研究生，给予安家补贴20万元|\n"
            "备注：\n1.第1项中由低级别晋升为高级别的，按差额补足。\n")
    clauses = build_corpus({"x.txt": text}, {}).clauses
    topups = {c.number: {r.topup for r in c.incentives} for c in clauses if c.incentives}
    assert topups == {"1": {True}, "2": {False}}


def test_a_granting_clause_that_deducts_its_own_grant_from_a_sub_item_it_names_tops_up_that_item_only():
    from retrieval.documents.corpus import build_corpus

    text = ("某县促进工业发展若干政策\n一、支持企业上市\n2.股改奖励。对完成股份制改造的企业，给予20万元奖励。\n"
            "5.上市奖励。对在全国中小企业股份转让系统挂牌的企业，给予50万元奖励；挂牌企业此后成功上市的，"
            "扣除已获挂牌奖励后兑现第（2）目奖励：\n（1）首发上市申请获受理的，给予100万元；\n"
            "（2）成功上市的，给予300万元。\n6.对新认定的省级企业技术中心，给予20万元奖励。\n")
    clauses = build_corpus({"x.txt": text}, {}).clauses
    topups = {c.number: [(r.cap, r.topup) for r in c.incentives] for c in clauses if c.incentives}
    assert topups == {"一、2.": [(200_000, False)], "一、5.": [(500_000, False)], "一、5.（1）": [(1_000_000, False)],
                      "一、5.（2）": [(3_000_000, True)], "一、6.": [(200_000, False)]}  # (not item 2. beside it)
    # (not a stage paid less an instalment, nor sub-items written inline: no clause of theirs to mark)
    for rule in ("项目验收合格后，扣除已拨付的首期资金后拨付剩余补助。",
                 "挂牌企业此后成功上市的，扣除已获挂牌奖励后兑现第（2）目奖励：（1）受理的，给予100万元；（2）上市的，给予300万元。"):
        text = "某县若干政策\n一、上市\n2.对挂牌企业给予50万元奖励；" + rule + "\n"
        clauses = build_corpus({"x.txt": text}, {}).clauses
        assert not any(r.topup for c in clauses for r in c.incentives)
    # (an item named as received, or as the standard, leaves the clause's own sums topped up)
    for rule in ("已享受第2项奖励的，按差额补足。", "按本条第一款标准扣除已奖励部分后补足。"):
        records = extract_incentives(f"对新认定的国家级专精特新“小巨人”企业，给予一次性奖励80万元；{rule}", "1")
        assert [(r.cap, r.topup) for r in records] == [(800_000, True)]


def test_items_each_with_their_own_level_after_a_shared_lead_stay_whole():
    records = extract_incentives("对新认定的国家级专精特新“小巨人”企业、省级专精特新中小企业、市级专精特新中小企业，"
                                 "分别奖励100万元、25万元、5万元。", "3")
    assert [(r.item, r.level) for r in records] == [("新认定的国家级专精特新“小巨人”企业", "国家级"),
                                                    ("省级专精特新中小企业", "省级"), ("市级专精特新中小企业", "市级")]


# --- seventeenth session: shapes of the 丁地区 documents, written here in other words -------------------------
def test_a_list_paid_per_unit_keeps_its_unit_and_a_limit_for_each_sum():
    records = extract_incentives("对企业新招用的本科生、研究生，分别按每人每月800元、1200元给予社保补贴，"
                                 "连续发放2年。每家企业每年最高不超过10万元。", "6")
    assert [(r.cap, r.per, r.years) for r in records] == [(800, "每人每月", 2), (1200, "每人每月", 2)]
    records = extract_incentives("职工新取得中级工、高级工证书的，分别按每人500元、800元给予企业补贴，"
                                 "每家企业每年最高不超过5万元。", "7")
    assert [(r.item, r.cap, r.per, r.limit) for r in records] == [
        ("中级工证书", 500, "每人", 50_000), ("高级工证书", 800, "每人", 50_000)]


def test_items_after_a_shared_description_ending_in_de():
    records = extract_incentives("对新落户、在本区缴纳社保满1年的全日制博士、硕士，分别给予每人3万元、1万元补贴。", "8")
    assert [(r.item, r.cap, r.per) for r in records] == [
        ("新落户、在本区缴纳社保满1年的全日制博士", 30_000, "每人"),
        ("新落户、在本区缴纳社保满1年的全日制硕士", 10_000, "每人")]


def test_two_cases_each_with_its_rate_and_cap_in_one_sentence():
    records = extract_incentives("对企业参加区商务局组织的展会，国际展会按展位费的60%补助、每个展会最高8万元，"
                                 "国内展会按展位费的40%补助、每个展会最高2万元；每家企业每年合计最高不超过20万元。",
                                 "9")
    assert [(r.item, r.rate, r.cap, r.per, r.ceiling) for r in records] == [
        ("国际展会", 0.6, 80_000, "每个展会", False), ("国内展会", 0.4, 20_000, "每个展会", False),
        ("每家企业每年合计", None, 200_000, "每家企业每年", True)]


def test_a_later_sum_of_a_sentence_is_for_the_item_named_before_it():
    records = extract_incentives("对新认定的国家级技术创新示范企业奖励100万元，省级技术创新示范企业奖励30万元。", "4")
    assert [(r.item, r.level, r.cap) for r in records] == [
        ("新认定的国家级技术创新示范企业", "国家级", 1_000_000), ("省级技术创新示范企业", "省级", 300_000)]
    records = extract_incentives("对在北交所上市的企业累计奖励300万元，其中完成股改奖励30万元、完成上市奖励270万元；"
                                 "在区域性股权市场挂牌的奖励10万元，进入专精特新专板的再奖励5万元。", "5")
    assert [(r.item, r.cap, r.addon) for r in records] == [
        ("在北交所上市的企业", 3_000_000, False), ("完成股改", 300_000, False), ("完成上市", 2_700_000, False),
        ("在区域性股权市场挂牌", 100_000, False), ("进入专精特新专板", 50_000, True)]


def test_a_unit_per_written_with_its_grant_words_is_the_unit():
    records = extract_incentives("对首台套产品按销售价格的15%给予奖励。单个产品累计奖励最高不超过200万元。", "3")
    assert [(r.rate, r.cap, r.per) for r in records] == [(0.15, 2_000_000, "单个产品")]


def test_tiers_by_a_share_one_figure_is_of_another():
    records = extract_incentives("对企业上年度研发费用按其占营业收入比重分档补助：比重2%（含）至4%的，"
                                 "按研发费用的2%补助；比重4%（含）以上的，按研发费用的4%补助。"
                                 "每家企业每年最高不超过100万元。", "11")
    assert [(r.metric, r.low, r.high, r.rate, r.cap, r.base) for r in records] == [
        ("研发费用/营业收入", 0.02, 0.04, 0.02, 1_000_000, "研发费用"),
        ("研发费用/营业收入", 0.04, None, 0.04, 1_000_000, "研发费用")]
    assert records[0].tiers == records[1].tiers == ((0.02, 0.04, 1_000_000, 0.02), (0.04, None, 1_000_000, 0.04))


def test_a_cap_as_a_share_of_the_enterprises_own_cost():
    records = extract_incentives("对新租赁标准厂房的企业，按每平方米每月8元给予租金补贴，每家企业每年最高不超过20万元，"
                                 "且不超过实际支付租金的60%。", "7")
    assert [(r.cap, r.per, r.share_cap, r.share_of) for r in records] == [(8, "每平方米每月", 0.6, "实际支付租金")]
    # a cap on the total of two rules is no share cap of either
    records = extract_incentives("同一项目同时享受补助和贴息的，两项合计不超过该项目设备购置额的15%。", "11")
    assert all(r.share_cap is None for r in records)


def test_a_per_unit_sum_said_as_a_standard_without_a_grant_word_is_a_grant():
    # (…；毕业于双一流高校的，按每人每月1500元发放: the second case's own standard)
    records = extract_incentives("对企业新招用的本科毕业生，按每人每月1000元发放生活补贴；毕业于重点高校的，"
                                 "按每人每月1500元发放。", "3")
    assert [(r.item, r.cap, r.per) for r in records] == [
        ("企业新招用的本科毕业生", 1000, "每人每月"), ("毕业于重点高校", 1500, "每人每月")]
    # (a fee the enterprise pays is none)
    assert extract_incentives("入驻企业按每平方米每月3元缴纳物业管理费。", "4") == ()


def test_a_table_rows_rate_and_cap_columns_and_the_bounds_of_a_case():
    records = extract_incentives("设备投资额：1000万元（含）至3000万元；补助比例：6%；单个项目上限：150万元",
                                 "第八条第1行")
    assert [(r.rate, r.cap, r.per, r.metric, r.low, r.high) for r in records] == [
        (0.06, 1_500_000, "单个项目", "投资", 10_000_000, 30_000_000)]
    # 500万元（含）至1000万元的项目: the bounds of the case are no sums granted
    records = extract_incentives("欠发达县设备投资额500万元（含）至1000万元的项目，按6%给予补助，"
                                 "单个项目最高不超过50万元。", "x")
    assert [(r.rate, r.cap) for r in records] == [(0.06, 500_000)]


def test_a_sum_given_with_a_bare_奖_on_top_is_an_addon():
    records = extract_incentives("对首次纳入规模以上工业统计的企业，一次性奖励6万元；当年新建投产即入规的，"
                                 "另加奖2万元。", "2")
    assert [(r.cap, r.addon) for r in records] == [(60_000, False), (20_000, True)]


def test_list_entries_paid_per_unit_items_joined_by_和_and_a_sum_paid_after_another():
    # (一)…的，每人每月3000元: a sum per unit is a standard paid, with no grant word of its own
    records = extract_incentives("(一)全日制博士研究生或者具有正高级职称的，每人每月3000元；", "第十一条（一）")
    assert [(r.item, r.cap, r.per) for r in records] == [("全日制博士研究生或者具有正高级职称", 3000, "每人每月")]
    records = extract_incentives("对新引进、在区内缴纳社保满6个月的博士、硕士和本科毕业生，"
                                 "分别按每人每月2000元、1000元、500元发放生活补贴。", "12")
    assert [(r.item, r.cap) for r in records] == [("新引进、在区内缴纳社保满6个月的博士", 2000),
                                                  ("新引进、在区内缴纳社保满6个月的硕士", 1000),
                                                  ("新引进、在区内缴纳社保满6个月的本科毕业生", 500)]
    records = extract_incentives("对拟上市企业，完成辅导备案后奖励50万元，首发上市后再奖励200万元。", "16")
    assert [(r.item, r.cap, r.addon) for r in records] == [("拟上市企业", 500_000, False),
                                                           ("首发上市后", 2_000_000, True)]


def test_a_paragraph_capping_the_one_before_and_a_sum_for_each_year_of_a_term():
    records = extract_incentives("对技术改造项目，按设备投资额的8%给予补助。\n前款补助，单个项目最高不超过200万元，"
                                 "同一企业每年累计不超过300万元。", "第七条")
    assert [(r.rate, r.cap, r.per) for r in records][0] == (0.08, 2_000_000, "单个项目")
    records = extract_incentives("对新租赁标准厂房的企业，第一年按每平方米每月12元、第二年按每平方米每月6元给予补贴。",
                                 "11")
    assert [(r.item, r.cap) for r in records] == [("新租赁标准厂房的企业（第一年）", 12),
                                                  ("新租赁标准厂房的企业（第二年）", 6)]
    # a comma inside brackets does not end the item: 50万元以上（含，下同）不足150万元的
    records = extract_incentives("(1)镇级财政贡献50万元以上（含，下同）不足150万元的，奖励3万元；", "（1）")
    assert records[0].item == "镇级财政贡献50万元以上（含，下同）不足150万元"


def test_a_level_word_that_names_who_designates_or_organises_is_no_honours_level():
    def levels(text):
        return [r.level for r in extract_incentives(text, "x")]

    assert levels("对省定欠发达县的技术改造项目，按6%给予补助，单个项目最高不超过50万元。") == [""]
    assert levels("对在省区域性股权市场挂牌的企业，奖励3万元。") == [""]
    assert levels("对参加县级以上商务部门组织的境外展会的企业，按展位费的50%补助，最高2万元。") == [""]
    assert levels("对首次获得省政府质量奖的企业，奖励50万元。") == ["省级"]  # a government's own award
