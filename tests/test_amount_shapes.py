"""Amount rules as real policies write them, on hand-written sentences (not copied from any library
document): tiers, rate lists, caps in the next sentence, minimums, top-ups, per-unit sums, interest,
matching, ranges, multipliers, 就高不重复; and the calculator on each against hand arithmetic."""

from __future__ import annotations

import json

import pytest

from retrieval.answer.calculator import Facts, calculate, check_facts, read_facts
from retrieval.documents.amounts import extract_incentives, link_references
from retrieval.lexicon.patterns import cn_number
from retrieval.records import Clause

W = 10_000
Y = 100_000_000


def one(text):
    [record] = extract_incentives(text, "X")
    return record


def tiers(text):
    return [(r.metric, r.low, r.high, r.cap, r.rate) for r in extract_incentives(text, "X")]


# --- records ---------------------------------------------------------------------------------------
def test_tier_list_of_revenue_thresholds():
    text = "对年销售收入首次突破2000万元、1亿元、3亿元的企业，分别给予8万元、25万元、60万元奖励。"
    assert tiers(text) == [("营业收入", 2000 * W, Y, 8 * W, None), ("营业收入", Y, 3 * Y, 25 * W, None),
                           ("营业收入", 3 * Y, None, 60 * W, None)]
    records = extract_incentives(text, "X")
    assert [r.item for r in records] == [
        "年销售收入首次突破2000万元的企业", "年销售收入首次突破1亿元的企业", "年销售收入首次突破3亿元的企业"]
    assert all(len(r.tiers) == 3 and r.group == records[0].group for r in records)


def test_bars_of_a_figure_per_unit_are_a_tier_list():
    # (亩均税收 bars written per 亩: each a bar, none a grant of its own)
    text = "对年度亩均税收达到20万元/亩、40万元/亩的工业企业，分别奖励5万元、15万元。"
    assert tiers(text) == [("纳税", 20 * W, 40 * W, 5 * W, None), ("纳税", 40 * W, None, 15 * W, None)]


def test_tiers_written_as_separate_sentences_share_the_metric():
    text = "企业年度入库税收300万元以上的，奖励3万元；800万元以上的，奖励8万元；1500万元以上的，奖励15万元。"
    assert tiers(text) == [("纳税", 300 * W, 800 * W, 3 * W, None), ("纳税", 800 * W, 1500 * W, 8 * W, None),
                           ("纳税", 1500 * W, None, 15 * W, None)]


def test_a_later_sentence_with_its_own_subject_is_not_a_tier_of_the_list():
    text = ("对年营业收入首次突破5亿元、20亿元的企业，分别奖励30万元、80万元；"
            "对配套企业营业收入首次突破5000万元的，奖励5万元。")
    records = extract_incentives(text, "X")
    assert [len(r.tiers) for r in records] == [2, 2, 1]


def test_rate_list_by_investment_ranges_with_cap_in_the_next_sentence():
    text = ("对生产设备投资额在300万元（含）至1000万元、1000万元（含）以上的项目，分别按设备投资额的6%、9%给予补助。"
            "单个项目最高不超过400万元。")
    records = extract_incentives(text, "X")
    assert [(r.metric, r.low, r.high, r.rate, r.cap, r.cap_text, r.per, r.base) for r in records] == [
        ("投资", 300 * W, 1000 * W, 0.06, 400 * W, "不超过400万元", "单个项目", "设备投资额"),
        ("投资", 1000 * W, None, 0.09, 400 * W, "不超过400万元", "单个项目", "设备投资额"),
    ]


def test_tier_by_headcount_and_by_area():
    people = "对当年新增就业30人至79人、80人以上的企业，分别一次性奖励6万元、15万元。"
    assert tiers(people) == [("人数", 30, 79, 6 * W, None), ("人数", 80, None, 15 * W, None)]
    area = "对新建厂房建筑面积2万平方米（含）至5万平方米、5万平方米（含）以上的，分别奖励40万元、90万元。"
    assert tiers(area) == [("面积", 2 * W, 5 * W, 40 * W, None), ("面积", 5 * W, None, 90 * W, None)]


def test_tier_table_with_one_cell_a_line():
    text = ("对企业按其年度纳税额分档奖励：\n档次\n年度纳税额\n奖励金额\n第一档\n200万元（含）至600万元\n奖励10万元\n"
            "第二档\n600万元（含）以上\n奖励35万元\n注：纳税额以税务部门数据为准。")
    assert tiers(text) == [("纳税", 200 * W, 600 * W, 10 * W, None), ("纳税", 600 * W, None, 35 * W, None)]


def test_rate_list_paired_with_items_and_caps_listed_the_same_way():
    text = ("对获得国家级、省级技术创新项目立项的，分别按上级到位资金的30%、15%给予配套，"
            "单个项目最高分别不超过80万元、20万元。")
    records = extract_incentives(text, "X")
    assert [(r.item, r.level, r.rate, r.cap, r.per) for r in records] == [
        ("国家级技术创新项目立项", "国家级", 0.3, 80 * W, "单个项目"),
        ("省级技术创新项目立项", "省级", 0.15, 20 * W, "单个项目"),
    ]


def test_minimum_in_the_next_sentence_is_not_a_grant():
    [record] = extract_incentives("按技术交易额的4%给予补助，单个企业最高40万元。补助金额不足1万元的不予补助。", "X")
    assert (record.rate, record.cap, record.minimum) == (0.04, 40 * W, 1 * W)


def test_top_up_to_a_sum_and_top_up_of_a_difference():
    record = one("对在区域性股权市场挂牌的企业，上级奖励不足30万元的，按30万元补足差额。")
    assert (record.cap, record.topup) == (30 * W, True)
    text = "对新认定的国家级、省级孵化器，分别奖励60万元、20万元。逐级晋升的，按差额给予补足。"
    records = extract_incentives(text, "X")
    assert [(r.level, r.cap, r.topup) for r in records] == [("国家级", 60 * W, True), ("省级", 20 * W, True)]


def test_per_unit_with_limit_months_and_most_units():
    patent = one("对新授权的实用新型专利，每件奖励1000元，单个企业每年最高不超过2万元。")
    assert (patent.cap, patent.per, patent.limit, patent.limit_per) == (1000, "每件", 2 * W, "单个企业每年")
    rent = one("对入驻众创空间的企业，第一年按每平方米每月8元给予房租补贴，补贴面积不超过500平方米。")
    assert (rent.cap, rent.per, rent.months, rent.max_units) == (8, "每平方米每月", 12, 500)
    talent = one("对新引进的全职硕士，按每人每月1000元给予生活补贴，补贴期限最长36个月。")
    assert (talent.cap, talent.per, talent.months) == (1000, "每人每月", 36)


def test_interest_subsidy_of_lpr_with_cap_and_years():
    record = one("对企业技改贷款，按贷款市场报价利率的40%给予贴息，每年最高60万元，贴息期限不超过3年。")
    assert (record.rate, record.base, record.cap, record.per, record.years, record.kind) == (
        0.4, "贷款市场报价利率", 60 * W, "每年", 3, "贴息")


def test_matching_ratio_with_given_and_cap():
    record = one("对获得省级专项资金支持的项目，按省级实际到位资金1∶0.5给予配套，单个项目最高100万元。")
    assert (record.ratio, record.cap, record.base, record.kind) == ("1∶0.5", 100 * W, "省级实际到位资金", "配套")


def test_range():
    record = one("对新设立的博士后工作站，给予20万元—60万元资助。")
    assert (record.floor, record.cap, record.cap_text) == (20 * W, 60 * W, "20万元—60万元")


def test_multipliers_linked_to_the_item_or_table_they_name():
    first = Clause("d/1", "d", "1.", ("1.",), "1.对新认定的省级孵化器给予40万元奖励。",
                   incentives=extract_incentives("1.对新认定的省级孵化器给予40万元奖励。", "1."))
    text = "2.对新认定的国家级孵化器，按第1项标准的2.5倍给予奖励，最高不超过80万元。"
    second = Clause("d/2", "d", "2.", ("2.",), text, incentives=extract_incentives(text, "2."))
    [record] = second.incentives
    assert (record.multiplier, record.refers_to, record.cap) == (2.5, "第1项标准", 80 * W)
    [_, linked] = link_references([first, second])
    assert linked.incentives[0].referenced == 40 * W


def test_exclusive_clause_marks_its_grants():
    text = "对年纳税额首次超过100万元、500万元的，分别奖励2万元、6万元，按最高档奖励，不累加。"
    records = extract_incentives(text, "X")
    assert all(r.exclusive for r in records)


# --- the calculator ------------------------------------------------------------------------------
TIERS = "对年销售收入首次突破2000万元、1亿元、3亿元的企业，分别给予8万元、25万元、60万元奖励。"


@pytest.mark.parametrize("question, value", [
    ("营收刚过1个亿，能拿多少", 25 * W),  # exactly the threshold: that tier
    ("销售收入头一回做到2.5亿", 25 * W),  # between tiers: the one reached
    ("去年销售收入5个亿", 60 * W),
])
def test_tier_chosen_by_the_question_figure(question, value):
    records = extract_incentives(TIERS, "X")
    result = calculate(records[0], read_facts(question))  # any record of the table chooses
    assert (result.eligible, result.value) == (True, value)


def test_tier_not_reached_says_why():
    result = calculate(extract_incentives(TIERS, "X")[0], read_facts("销售收入1500万能奖多少"))
    assert (result.eligible, result.value) == (False, 0)
    assert result.steps == ("营业收入1500万元，未达到最低一档2000万元的条件，不能享受此项奖补。",)


def test_tier_top_up_less_what_was_received():
    text = TIERS + "跨档的按最高档奖励，已享受低档奖励的补足差额。"
    facts = read_facts("前年营收过2000万拿了8万，今年做到3.2个亿，还能拿多少")
    result = calculate(extract_incentives(text, "X")[0], facts)
    assert result.value == 52 * W  # 60万 − 8万
    assert result.steps[-1] == "补足差额：60万元 − 已获8万元 = 52万元。"


def test_tax_tiers_with_spoken_figures():
    text = "企业年度入库税收300万元以上的，奖励3万元；800万元以上的，奖励8万元；1500万元以上的，奖励15万元。"
    record = extract_incentives(text, "X")[0]
    assert calculate(record, read_facts("去年交税1200多万，奖多少")).value == 8 * W
    assert calculate(record, read_facts("今年交了900来万的税")).value == 8 * W
    assert calculate(record, read_facts("去年实际入库的税大概1500万")).value == 15 * W


def test_rate_tier_with_cap():
    text = ("对生产设备投资额在300万元（含）至1000万元、1000万元（含）以上的项目，分别按设备投资额的6%、9%给予补助。"
            "单个项目最高不超过400万元。")
    record = extract_incentives(text, "X")[0]
    assert calculate(record, read_facts("设备投资500万")).value == 30 * W  # 500万 × 6%
    assert calculate(record, read_facts("设备投资1000万")).value == 90 * W  # 1000万（含）× 9%
    big = calculate(record, read_facts("设备投资6000万"))
    assert big.value == 400 * W and big.steps[-1] == "超过单个项目最高400万元的上限，按400万元计。"


def test_minimum_gives_nothing_below_it():
    [record] = extract_incentives("按技术交易额的4%给予补助，单个企业最高40万元。补助金额不足1万元的不予补助。", "X")
    assert calculate(record, read_facts("技术交易额20万")).value == 0  # 8000元 < 1万元
    assert calculate(record, read_facts("技术交易额50万")).value == 2 * W


def test_top_up_to_a_sum():
    record = one("对在区域性股权市场挂牌的企业，上级奖励不足30万元的，按30万元补足差额。")
    assert calculate(record, read_facts("挂牌后市里奖了12万，区里再补多少")).value == 18 * W


def test_per_unit_sums():
    patent = one("对新授权的实用新型专利，每件奖励1000元，单个企业每年最高不超过2万元。")
    assert calculate(patent, read_facts("授权了8件实用新型")).value == 8000
    assert calculate(patent, read_facts("授权了30件实用新型")).value == 2 * W  # 3万 capped at 2万
    rent = one("对入驻众创空间的企业，第一年按每平方米每月8元给予房租补贴，补贴面积不超过500平方米。")
    assert calculate(rent, read_facts("租了300平方米，第一年补多少")).value == 300 * 8 * 12
    assert calculate(rent, read_facts("租了800平方米，第一年补多少")).value == 500 * 8 * 12
    talent = one("对新引进的全职硕士，按每人每月1000元给予生活补贴，补贴期限最长36个月。")
    assert calculate(talent, read_facts("引进了3个全职硕士，总共能拿多少")).value == 3 * 1000 * 36


def test_interest_of_lpr():
    record = one("对企业技改贷款，按贷款市场报价利率的40%给予贴息，每年最高60万元，贴息期限不超过3年。")
    result = calculate(record, read_facts("贷款3000万，LPR按3.5%算，一年贴息多少"))
    assert result.value == pytest.approx(3000 * W * 0.035 * 0.4)  # 42万
    assert calculate(record, read_facts("贷款1个亿，LPR 3.5%")).value == 60 * W  # 140万 capped


def test_matching_ratio():
    record = one("对获得省级专项资金支持的项目，按省级实际到位资金1∶0.5给予配套，单个项目最高100万元。")
    assert calculate(record, read_facts("省级资金到位了120万")).value == 60 * W


def test_multiplier_with_cap():
    text = "对新认定的国家级孵化器，按第1项标准的2.5倍给予奖励，最高不超过80万元。"
    [record] = extract_incentives(text, "2.")
    from dataclasses import replace
    assert calculate(replace(record, referenced=40 * W), Facts(base=1)).value == 80 * W  # 100万 capped
    assert calculate(replace(record, referenced=20 * W), Facts(base=1)).value == 50 * W


@pytest.mark.parametrize("facts, message", [
    (Facts(base=-500 * W), "您填写的计算基数为负数（-500万元），无法测算，请填写实际数额。"),
    (Facts(base=0.0), "您填写的计算基数为0，无法测算，请填写实际数额。"),
    (Facts(base=2e12), "您填写的计算基数（20000亿元）超过1万亿元，明显超出合理范围，请核实后重新填写。"),
    (Facts(figures=(("营业收入", -1e8, False),)), "您填写的营业收入为负数（-1亿元），无法测算，请填写实际数额。"),
])
def test_absurd_input_gives_a_message_not_a_number(facts, message):
    record = one("对企业技改项目，按设备投资额的10%给予补助，最高200万元。")
    result = calculate(record, facts)
    assert (result.value, result.error, result.conclusion, result.steps) == (None, message, message, (message,))
    assert check_facts(facts) == message


def test_negative_figure_read_from_a_question():
    assert read_facts("设备投资-300万").base == -300 * W


def test_missing_figure_asks_for_it():
    result = calculate(extract_incentives(TIERS, "X")[0], read_facts("我们有3个产品"))
    assert (result.eligible, result.value) == (True, None)
    assert result.steps == ("请提供营业收入金额以便确定适用档次。",)


@pytest.mark.parametrize("question, expected", [
    ("营收刚过5个亿", (("营业收入", 5 * Y, False),)),
    ("去年交税1200多万", (("纳税", 1200 * W, False),)),
    ("研发费用去年800万，今年1100万", (("研发费用", 800 * W, False), ("研发费用", 1100 * W, False))),
    ("研发费用增长300万", (("研发费用", 300 * W, True),)),
    ("去年研发费花了2650万，前年是1800万", (("研发费用", 1800 * W, False), ("研发费用", 2650 * W, False))),
    ("去年研发投了520万，前年是380万", (("研发费用", 380 * W, False), ("研发费用", 520 * W, False))),
])
def test_read_facts_figures(question, expected):
    assert read_facts(question).figures == expected


@pytest.mark.parametrize("question, received", [
    ("破1个亿的时候市里已经给过50万，这回还能补多少", 50 * W),
    ("省里奖过20万，升级了还能拿多少", 20 * W),
    ("去年兑现了10万", 10 * W),
    ("曾获省级奖励30万", 30 * W),
])
def test_a_sum_received_is_read_whatever_verb_of_getting_says_it(question, received):
    assert read_facts(question).received == received


def test_the_askers_guess_at_the_answer_is_no_figure_and_a_numbers_unit_is_no_typo():
    facts = read_facts("光设备就砸了6800万，按12%算市里是不是能补816万？")
    assert facts.base == 6800 * W
    assert read_facts("租了1800个平方搞研发").quantities == (("平方米", 1800.0),)


def test_two_sums_offered_as_the_answers_choices_are_no_figures():
    facts = read_facts("实缴税收正好300万，纳税贡献奖拿3万还是6万？")
    assert (facts.figures, facts.base) == ((("纳税", 300 * W, False),), None)
    assert read_facts("今年纳税涨到500万的还是拿3万吗？").figures == (("纳税", 500 * W, False),)  # (还是: still)
    facts = read_facts("投资刚好3个亿，落户奖按120万还是300万？")
    assert (facts.base, facts.bases) == (3 * Y, ())  # (one sum told: no list of several)


@pytest.mark.parametrize("question", ["招商引荐奖那3万块钱，发给个人的要不要扣个人所得税？",
                                      "补贴这笔20万什么时候到账"])
def test_the_grant_pointed_at_is_no_figure_of_the_askers(question):
    facts = read_facts(question)
    assert (facts.base, facts.investment, facts.received) == (None, None, None)


def test_read_facts_quantities_received_lpr():
    facts = read_facts("拿过市里10万，租了1500平方米，15件专利，LPR是3.45%，一年能补多少")
    assert (facts.received, facts.quantities, facts.lpr, facts.one_year) == (
        10 * W, (("平方米", 1500.0), ("件", 15.0)), 0.0345, True)


# --- add-ons, raised rates, classes, ceilings, groups of alternatives (issue 19, part 2 and 3) ------------
def clauses_of(*texts, paths=None):
    """Numbered clauses of one toy document (d/1, d/2 …), linked as the parser links them."""
    out = []
    for n, text in enumerate(texts, start=1):
        path = paths[n - 1] if paths else ("二、奖励标准", f"{n}.")
        out.append(Clause(f"d/{n}", "d", f"{n}.", path, text, incentives=extract_incentives(text, f"{n}.")))
    return link_references(out)


def test_addon_in_the_same_clause_is_on_top_of_its_grant():
    text = "对新认定的市级技术创新示范企业，给予一次性奖励15万元；认定后三年内获评优秀的，再给予8万元奖励。"
    first, extra = clauses_of(text)[0].incentives
    assert (extra.addon, extra.addon_to.item, extra.addon_to.cap) == (True, first.item, 15 * W)
    result = calculate(extra, Facts())
    assert (result.value, result.with_base) == (8 * W, 23 * W)
    assert result.steps == ("此项在“新认定的市级技术创新示范企业”15万元的基础上另行给予：15万元 + 8万元 = 23万元。",)


def test_addon_in_a_later_clause_on_top_of_a_rate():
    [rate], [extra] = (c.incentives for c in clauses_of(
        "1.按企业技术合同成交额的5%给予奖励，单个企业最高不超过40万元。",
        "2.项目同时入选省级重点推广目录的，在上述奖励基础上，再给予一次性奖励10万元。"))
    assert (extra.item, extra.addon_to.rate) == ("项目同时入选省级重点推广目录", 0.05)
    result = calculate(extra, read_facts("技术合同成交额600万"))
    assert (result.value, result.on_top_of.value, result.with_base) == (10 * W, 30 * W, 40 * W)


def test_raised_rate_for_a_class_named_in_the_question():
    text = "按设备购置额的6%给予补助，单个项目最高200万元；对列入市级重大项目的，补助比例提高到9%。"
    [record] = extract_incentives(text, "X")
    assert record.raised == (("列入市级重大项目", 0.09),)
    facts = read_facts("设备购置额1000万")
    assert calculate(record, facts).value == 60 * W
    raised = calculate(record, facts, "列入市级重大项目的，设备购置额1000万")
    assert (raised.value, raised.steps[0]) == (90 * W, "属于“列入市级重大项目”，比例提高到9%。")
    assert calculate(record, facts, "没有列入市级重大项目，设备购置额1000万").value == 60 * W
    # the class said after the item it is of (重大项目 names the item first): denied where it is said
    assert calculate(record, facts, "项目设备购置额1000万，不是市级重大项目，补多少").value == 60 * W
    # a follow-up's own words (after its history's) say what holds now
    followup = "项目设备购置额1000万，不是市级重大项目，补多少 那要是列进了市级重大项目呢"
    assert calculate(record, facts, followup).value == 90 * W
    # a negation before another class that shares a word (市级) denies that one, not the class said
    assert calculate(record, facts, "列入了市级重大项目，但不是市级专精特新，设备购置额1000万").value == 90 * W


def test_a_raised_rate_for_a_listed_class_is_met_by_naming_the_class_not_the_item_it_is_of():
    text = ("对设备购置额在1000万元以上的技术改造项目，按设备购置额的10%给予补助。单个项目补助最高不超过800万元。"
            "列入省重点产业链“链主”企业名单的企业实施的项目，补助比例提高至12%。")
    [record] = extract_incentives(text, "X")
    assert record.tiers == ((10_000_000, None, 8_000_000, 0.1),)  # (the tier it is in is raised too)
    facts = read_facts("设备买了七千二百万")
    # the class, not the framing of its list (列入…名单的企业实施的项目): 8640万 × 12% capped at 800万
    assert calculate(record, facts, "我们是省重点产业链的链主企业，设备买了七千二百万").value == 800 * W
    assert calculate(record, facts, "我们的技改项目，设备买了七千二百万").value == 720 * W
    # each class of a condition that names two (链主企业和省重点技术改造项目); the item alone names neither
    [both] = extract_incentives("按设备购置额的6%给予补助；链主企业和省重点技术改造项目，补助比例提高到8%。", "X")
    facts = read_facts("设备购置额1000万")
    assert calculate(both, facts, "项目列进了省重点技术改造项目，设备购置额1000万").value == 80 * W
    assert calculate(both, facts, "一个技术改造项目，设备购置额1000万").value == 60 * W
    # one class said and not denied is enough, whichever is said first
    assert calculate(both, facts, "我们是链主企业，这个项目不是省重点技术改造项目，设备购置额1000万").value == 80 * W
    assert calculate(both, facts, "这个项目不是省重点技术改造项目，但我们是链主企业，设备购置额1000万").value == 80 * W
    # the words that open a condition (属于) are no part of its class
    [own] = extract_incentives("按设备购置额的6%给予补助；属于省重点技改项目的，补助比例提高到8%。", "X")
    assert calculate(own, facts, "我们这个项目是省重点技改项目，设备购置额1000万").value == 80 * W


def test_sums_by_class():
    records = extract_incentives("对新引进的A、B、C、D类人才，分别给予100万元、60万元、30万元、10万元安家补贴。", "X")
    assert [(r.item, r.grade, r.cap) for r in records] == [
        ("新引进的A类人才", "A", 100 * W), ("新引进的B类人才", "B", 60 * W), ("新引进的C类人才", "C", 30 * W),
        ("新引进的D类人才", "D", 10 * W)]
    assert calculate(records[0], read_facts("我是C类人才，安家补贴多少")).value == 30 * W
    assert calculate(records[0], Facts()).steps == ("请说明所属类别（A类、B类、C类、D类）以便确定金额。",)


def test_a_total_limit_is_a_ceiling_not_a_grant():
    [record] = extract_incentives("同一企业年度享受本政策各项资金合计最高不超过300万元。", "X")
    assert (record.ceiling, record.cap) == (True, 300 * W)


def test_subjects_after_labels_lists_and_a_previous_sum():
    assert [r.item for r in extract_incentives(
        "支持标准：对新认定的省级工程研究中心给予40万元奖励；责任单位：市发改委", "X")] == ["新认定的省级工程研究中心"]
    staged = "对企业挂牌上市分阶段给予奖励:完成股改的奖励20万元,上市辅导备案的奖励40万元。"
    assert [r.item for r in extract_incentives(staged, "X")] == ["完成股改", "上市辅导备案"]
    assert [r.item for r in extract_incentives(
        "对获评市级优秀孵化器的,给予运营机构20万元奖励。", "X")] == ["获评市级优秀孵化器"]
    assert [(r.item, r.level) for r in extract_incentives(
        "对获得省长质量奖的企业奖励80万元,获得市级质量奖的企业奖励30万元。", "X")] == [
        ("获得省长质量奖的企业", "省级"), ("获得市级质量奖的企业", "市级")]



def test_a_worked_example_runs_to_the_end_of_its_paragraph_and_grants_nothing():
    # (举个例子：…, 以…为例：…, 比如，…: every step of the example is the example's, its result no grant)
    for opening in ("答：举个例子：某企业租用厂房1000平方米，租金每月每平方米6元。", "比如，某企业租用厂房1000平方米。",
                    "以租用厂房1000平方米的企业为例："):
        assert extract_incentives(f"{opening}第一年补贴6×1000×12=7.2万元；第二年补贴3.6万元。", "X") == ()
    # a sentence after it that opens a rule of its own is read (此外，对…; 对同时列入…的，再奖励…)
    assert [(r.item, r.cap) for r in extract_incentives(
        "答：举个例子：某企业设备投资2000万元，县级按5%补助100万元。此外，对当年新增入规的企业，园区再奖励10万元。",
        "X")] == [("当年新增入规的企业", 10 * W)]
    # the paragraph before it and the one after it are read as ever
    assert [(r.item, r.cap) for r in extract_incentives(
        "对新落户企业奖励20万元。例如：投资1亿元的企业可获20万元。\n对首次入库企业奖励5万元。", "X")] == [
        ("新落户企业", 20 * W), ("首次入库企业", 5 * W)]
    # a 例如 inside a sentence names kinds, not a worked example
    assert [r.cap for r in extract_incentives("对高端装备企业（例如工业机器人企业）奖励30万元。", "X")] == [30 * W]


def test_a_stated_total_of_the_sums_before_it_is_arithmetic_and_a_part_names_its_own_sum():
    # (an answer's worked case: 合计 the sum of the two, no grant of its own; each part names what its sum is for)
    assert [(r.item, r.cap) for r in extract_incentives(
        "答：县级奖励60万元，园区叠加奖励20万元，合计80万元。", "X")] == [("县级", 60 * W), ("园区叠加", 20 * W)]
    # a total that caps them stays a ceiling (合计最高不超过, 合计不超过, 合计最高)
    for cap in ("合计最高不超过", "两项合计不超过", "合计最高"):
        assert [(r.cap, r.ceiling) for r in extract_incentives(
            f"A项目奖励30万元，B项目奖励20万元，{cap}50万元。", "X")] == [
            (30 * W, False), (20 * W, False), (50 * W, True)]
    # a per-unit part and an add-on's words alone name no item of their own: the sums are the item's before them
    assert [(r.item, r.cap, r.addon) for r in extract_incentives(
        "对新认定的小巨人企业奖励50万元，追加奖励20万元。", "X")] == [
        ("新认定的小巨人企业", 50 * W, False), ("新认定的小巨人企业", 20 * W, True)]
    per_month = extract_incentives("对引进的博士，给予安家补贴10万元，每人每月补贴3000元。", "X")
    assert [(r.item, r.per) for r in per_month] == [("引进的博士", ""), ("引进的博士", "每人每月")]


def test_years_of_payment_not_years_of_a_condition():
    assert one("对连续三年被评为亩均效益A类的企业，给予奖励6万元。").years is None
    assert one("对上年度研发费用较前一年度增长的企业，按增量的8%给予补助。").years is None
    assert one("对企业贷款按实际支付利息的40%给予贴息，贴息期限最长不超过3年，每年最高50万元。").years == 3
    assert one("对新引进的全职博士，每人每年给予生活经费3万元。").per == "每人每年"


def test_rate_without_base_takes_the_subject():
    record = one("对企业年度技术改造投资较上年增长部分，按6%给予奖励，最高100万元。")
    assert (record.rate, record.base) == (0.06, "企业年度技术改造投资较上年增长部分")


def test_exclusive_rule_of_a_section_a_document_named_clauses_or_other_policies_only():
    section = clauses_of("1.对新认定的省级绿色工厂，奖励30万元。", "2.对新认定的省级智能工厂，奖励50万元。",
                         "同一企业同一年度获得多项认定的，按就高原则给予奖励，不重复享受。",
                         "1.对新上规企业奖励5万元。",
                         paths=[("二、", "1."), ("二、", "2."), ("二、", "3."), ("三、", "1.")])
    assert [r.exclusive_group for c in section for r in c.incentives] == ["d/3", "d/3", ""]
    document = clauses_of("1.对新认定的省级绿色工厂，奖励30万元。", "2.对新上规企业奖励5万元。",
                          "3.同一企业同一事项符合本办法多项条款的，按就高不重复原则执行。")
    assert {r.exclusive_group for c in document for r in c.incentives} == {"d/3"}
    named = clauses_of("1.按设备投资额的8%给予补助。", "2.按实际支付利息的50%给予贴息。", "3.对新上规企业奖励5万元。",
                       "4.同一项目只能在设备补助和贷款贴息中选择一项申报。",
                       paths=[("第五条设备补助", "（一）"), ("第六条贷款贴息", "（一）"), ("第七条上规奖励", "（一）"),
                              ("第六条贷款贴息", "（二）")])
    assert [r.exclusive_group for c in named for r in c.incentives] == ["d/4", "d/4", ""]
    others = clauses_of("1.对新上规企业奖励5万元。", "2.本办法与市级其他同类政策重复的，按照就高不重复原则执行。")
    assert not any(r.exclusive_group for c in others for r in c.incentives)
    own = clauses_of("1.对新认定的国家级、省级孵化器，分别奖励50万元、20万元。"
                     "由省级晋升为国家级的，按就高不重复原则补足差额。")
    assert {r.exclusive_group for r in own[0].incentives} == {"d/1"}


def test_new_terms_survive_the_saved_index():
    text = "对新认定的市级技术创新示范企业，给予一次性奖励15万元；认定后三年内获评优秀的，再给予8万元奖励。"
    [clause] = clauses_of(text)
    assert Clause.from_dict(json.loads(json.dumps(clause.to_dict(), ensure_ascii=False))) == clause


def test_an_item_that_leaves_out_whom_it_is_for():
    text = "对首次认定的技术先进型服务企业给予15万元奖励；重新认定的给予5万元奖励。"
    assert [r.item for r in extract_incentives(text, "X")] == [
        "首次认定的技术先进型服务企业", "重新认定的技术先进型服务企业"]


def test_a_sum_paid_in_yearly_parts_gives_one_year_s_part_only_when_asked_for():
    text = "对新引进的A、B、C类高层次人才，分别给予200万元、100万元、50万元购房补贴，分5年发放。"
    records = extract_incentives(text, "X")
    assert [(r.instalments, r.cap) for r in records] == [(5, 200 * W), (5, 100 * W), (5, 50 * W)]
    whole = calculate(records[0], read_facts("A类人才购房补贴一共多少"))
    assert (whole.value, whole.conclusion) == (200 * W, "可获200万元")
    part = calculate(records[0], read_facts("A类人才每年发多少"))
    assert (part.value, part.conclusion) == (40 * W, "每年可获40万元")
    assert part.steps[-1] == "分5年发放，每年：200万元 ÷ 5 = 40万元。"
    assert one("对引进的领军人才给予100万元安家补贴，分四年拨付。").instalments == 4
    assert one("对连续两年被评为A类的企业给予奖励5万元。").instalments is None


GROWTH_RULE = ("对上年度研发费用在300万元以上且较前一年度增长的企业，按研发费用增量部分的10%给予补助，"
               "单个企业最高50万元。")


@pytest.mark.parametrize("question, value", [
    ("上年度研发投入520万元，再前一年是400万元，能补多少", 12 * W),  # the later year said first
    ("2022年研发费用800万，2023年1300万，能补多少", 50 * W),
    ("今年研发投入1300万，前一年800万", 50 * W),
])
def test_an_increment_is_the_later_year_less_the_earlier_whatever_the_order_said(question, value):
    result = calculate(extract_incentives(GROWTH_RULE, "X")[0], read_facts(question))
    assert (result.eligible, result.value) == (True, value)


def test_no_growth_gets_nothing_and_says_why_never_a_negative_sum():
    result = calculate(extract_incentives(GROWTH_RULE, "X")[0], read_facts("去年研发费用800万，今年700万，能补多少"))
    assert (result.eligible, result.value) == (False, 0)
    assert result.steps[-1] == "研发费用从800万元到700万元，没有增长，不能享受按增量计算的此项奖补。"


def test_a_figure_labelled_only_by_its_year_is_of_the_metric_before_it():
    facts = read_facts("主营业务收入从前年的8000万涨到去年的3个亿，有啥奖励")
    assert facts.figures == (("营业收入", 8000 * W, False), ("营业收入", 3e8, False)) and facts.base is None


def test_rent_per_square_metre_per_month_with_an_area_cap_and_the_spoken_unit_ping_fang():
    text = "新引进企业租用标准厂房从事生产的，第一年按每月每平方米5元给予租金补助，补助面积不超过2000平方米。"
    facts = read_facts("租了标准厂房2500平方搞生产，第一年房租能补多少？")
    assert facts.quantities == (("平方米", 2500.0),)
    result = calculate(extract_incentives(text, "X")[0], facts)
    assert result.value == 12 * W  # 5元 × 2000平方米 (the cap) × 12个月


@pytest.mark.parametrize("text, value", [
    ("一", 1), ("十二", 12), ("三十五", 35), ("一千零五", 1005), ("两万五千", 25_000), ("两万五", 25_000),
    ("一千二", 1200), ("一亿二千万", 120_000_000), ("三亿五", 350_000_000), ("十五万", 150_000), ("12", 12),
    ("千万", 10_000_000), ("百万", 1_000_000),
    ("万", None), ("十佳", None), ("", None),
])
def test_numbers_in_chinese_digits_as_written_and_as_said(text, value):
    assert cn_number(text) == value


def test_an_area_in_chinese_digits_is_a_quantity_and_no_topic():
    from retrieval.lexicon.tokenizer import content_terms

    question = "俺们新盖了栋五层的标准厂房，两万五千平左右，市里给奖多少钱啊？"
    assert read_facts(question).quantities == (("平方米", 25_000),)
    assert not {"两万", "五千", "两万五"} & set(content_terms(question))


def test_a_sum_or_percentage_is_cut_out_whole_before_the_words_of_a_question_are_read():
    from retrieval.lexicon.tokenizer import content_terms

    terms = content_terms("我们厂去年交税2500万，比前年的2000万涨了25%，以前从没过千万，镇上奖励一共能拿多少？")
    assert "万涨" not in terms and "25%" not in terms and "千万" not in terms
    assert "纳税" in terms  # 交税 is how enterprises say what documents call 纳税


def test_when_to_apply_for_a_grant_is_no_how_much_question():
    from retrieval.lexicon.patterns import HOW_MUCH

    assert not HOW_MUCH.search("制造业奖补几号开始报，几号截止？")
    assert HOW_MUCH.search("技改奖几万？") and HOW_MUCH.search("能补几个点")


def test_a_kind_and_above_names_the_kinds_above_it():
    from retrieval.lexicon.patterns import SIBLING_KINDS, kinds_in

    degrees = SIBLING_KINDS[0]
    assert kinds_in("引进本科及以上学历人才", degrees) == ["博士", "硕士", "本科"]
    assert kinds_in("新引进全职博士研究生", degrees) == ["博士"]
    ranks, stars = SIBLING_KINDS[2], SIBLING_KINDS[3]
    assert kinds_in("首次进入一级供应商名录的50万元；二级供应商名录的20万元", ranks) == ["一级", "二级"]
    assert kinds_in("被评为省级四星级以上的小微企业园", stars) == ["五星", "四星"]
    standards, places, housing = SIBLING_KINDS[4], SIBLING_KINDS[5], SIBLING_KINDS[6]
    assert kinds_in("主导制定国际标准、国家标准、行业标准的", standards) == ["国际标准", "国家标准", "行业标准"]
    assert kinds_in("主导制定了一项团体标准", standards) == ["团体标准"]
    # a kind by any of its names, shown by its first; 境内外 names both
    assert kinds_in("进了国外整车厂的供应商名录", places) == ["境外"]
    assert kinds_in("参加境内外重点展会", places) == ["境外", "境内"]
    assert kinds_in("租房补贴每月多少", housing) == ["租房"] and kinds_in("分5年发放的购房补贴", housing) == ["购房"]


def test_class_words_do_not_match_inside_other_words():
    """A review's findings: each new class of words kept to where it means what it says."""
    from retrieval.lexicon.patterns import ASPECTS, NOT_ASKED, SIBLING_KINDS, kinds_in, round_year

    assert kinds_in("报上一级主管部门审核", SIBLING_KINDS[2]) == [] and kinds_in("一星期内", SIBLING_KINDS[3]) == []
    assert NOT_ASKED.sub(" ", "是不是国家级的能拿多少") == "是不是国家级的能拿多少"
    assert round_year("2024年度营收增长了能申请吗") == "" and round_year("2025年度专精特新啥时候报名") == "2025"
    assert read_facts("今年取得了销售收入3000万").received is None
    assert [n for n, asked, _ in ASPECTS if asked.search("申报到什么时候截止")] == ["time"]
    assert not [n for n, asked, _ in ASPECTS if asked.search("办公室租金补贴多少")]


def test_one_year_and_the_whole_term_asked_together():
    from retrieval.answer.calculator import year_and_term

    # a yearly cap on a yearly figure for a term of years: the same each year (hand: 240万 × 50% = 120万 > 100万;
    # 100万 × 2 = 200万)
    interest = one("按实际支付利息的50%给予贴息，贴息期限最长不超过2年，单个项目年度贴息最高不超过100万元。")
    question = "一年利息240万，一年能贴多少？最多贴几年，加起来总共多少？"
    facts = read_facts(question)
    assert facts.year_and_term and not facts.one_year
    result = year_and_term(interest, facts, question)
    assert (result.stated, result.value) == ((("每年", 100 * W), ("合计", 200 * W)), 200 * W)
    assert result.conclusion == "每年最高可获100万元，合计最高可获200万元"
    # 一年合计 is one year's total, not both
    assert not read_facts("一年合计能贴多少").year_and_term
    # a rule of no term: nothing more to say than one year
    assert year_and_term(one("按实际支付利息的50%给予贴息，单个项目最高不超过100万元。"), facts, question) is None


@pytest.mark.parametrize("question, metric, value", [
    ("交了六百来万的税", "纳税", 600 * W),  # Chinese digits before 万
    ("研发费用一共九百万", "研发费用", 900 * W),
    ("营收两千三百来万", "营业收入", 2300 * W),
    ("营收八千来万", "营业收入", 8000 * W),
])
def test_sums_said_in_chinese_digits_are_figures(question, metric, value):
    assert read_facts(question).figures == ((metric, value, False),)


def test_sums_said_with_a_unit_below_wan_or_a_digit_after_it():
    from retrieval.lexicon.patterns import spoken_number

    assert read_facts("设备投资2千万").base == 2000 * W and read_facts("投了3千万").base == 3000 * W
    assert read_facts("设备花了一千五百万").base == 1500 * W
    assert read_facts("买设备花了两万五").base == 25_000 and read_facts("买设备花了1万2").base == 12_000
    assert read_facts("补助50万5年").matched == 50 * W  # 5年 is a term, not 50万5
    assert read_facts("千万别搞错，投资500万").base == 500 * W  # 千万 alone is no figure
    assert (spoken_number("2千"), spoken_number("九百"), spoken_number("1.3"), spoken_number("千")) == (
        2000, 900, 1.3, None)  # a unit alone is no number


def test_a_sum_said_per_unit_is_the_rule_as_recalled_not_a_figure():
    facts = read_facts("新授权了25件发明专利，不是一件补5千嘛，那是不是能拿12万5？")
    assert facts.quantities == (("件", 25.0),) and facts.base is None  # not 一件, not 5千, not the guess


def test_a_figure_said_in_brackets_or_as_risen_to_is_of_the_metric_before():
    # 前年8000万，去年冲到5.3个亿: both revenue, in the order of their years (前年 first)
    facts = read_facts("前年营收才八千来万，去年一下子冲到5.3个亿，按哪档给？")
    assert facts.figures == (("营业收入", 8000 * W, False), ("营业收入", 5.3 * Y, False)) and facts.base is None
    facts = read_facts("去年研发费用一共九百万（前年是600万），增量那块能补多少钱？")
    assert facts.figures == (("研发费用", 600 * W, False), ("研发费用", 900 * W, False)) and facts.base is None


def test_each_class_asked_gets_its_own_sum_in_the_order_asked():
    from retrieval.answer.calculator import each_class

    records = extract_incentives("对新引进的A、B、C类高层次人才，分别给予200万元、100万元、50万元购房补贴。", "X")
    housing = next(r for r in records if r.class_caps)
    question = "高层次人才买房补贴，C类和B类各给多少？"
    facts = read_facts(question)
    assert facts.grades == ("C", "B") and facts.grade == "C"
    result = each_class(housing, facts, question)
    assert result.stated == (("C类", 50 * W), ("B类", 100 * W))
    assert result.conclusion == "C类可获50万元，B类可获100万元"
    assert each_class(housing, read_facts("B类人才给多少"), "B类人才给多少") is None  # one class: as before


def test_sums_that_name_a_rules_tiers_are_no_figures_of_the_asker():
    # 5亿那档 names a tier; 今年一下冲到12个亿 is this year's revenue (the latest figure)
    facts = read_facts("前几年营收刚过1个亿那会儿市里给过50万，今年一下冲到12个亿了，5亿那档没单独领过，还能补多少？")
    assert facts.figures == (("营业收入", 1 * Y, False), ("营业收入", 12 * Y, False)) and facts.received == 50 * W
    facts = read_facts("去年纳税两千三百来万，是不是500万、1000万、2000万三个档都能拿？")
    assert facts.figures == (("纳税", 2300 * W, False),) and facts.base is None
    facts = read_facts("去年在白沙镇交税2300万，纳税贡献奖是不是500万、1000万、2000万几档都能拿？")  # (几档: how many)
    assert facts.figures == (("纳税", 2300 * W, False),)


@pytest.mark.parametrize("hostile", ["一二三四五六七八九十" * 50, "设备投了" + "1 万 " * 12 + "？", "两万五" * 80,
                                     "1" + " " * 499])
def test_a_giant_run_of_digits_is_read_in_reasonable_time(hostile):
    import time

    # hostile questions of the longest length allowed: each once took seconds (nested optional runs)
    start = time.perf_counter()
    read_facts(hostile)
    assert time.perf_counter() - start < 2.0  # a hang guard, not a benchmark (well under 0.1 s here)


@pytest.mark.parametrize("question", ["技术改造设备投了500万，这一块能补多少？", "这两块分别能拿多少", "十万火急",
                                      "一万步", "统一元器件", "三块地"])
def test_chinese_digits_before_a_unit_inside_other_words_are_no_sum(question):
    facts = read_facts(question)
    assert facts.base in (None, 500 * W) and not facts.figures  # only the 500万 said as a sum


@pytest.mark.parametrize("question, value", [("两万五千元", 25_000), ("一万二千块", 12_000), ("一亿二千万", 1.2 * Y),
                                             ("投了3亿2千万", 3.2 * Y), ("1万2千", 12_000), ("20万一直没到账", 20 * W)])
def test_a_sum_said_in_parts_is_one_sum(question, value):
    assert read_facts(question).base == value


@pytest.mark.parametrize("question, value", [("用制造贷实打实付了八十四万利息，能贴多少？", 84 * W),
                                             ("去年交了一百二十万税", 120 * W), ("十万元补贴能拿吗", 10 * W)])
def test_a_sum_in_chinese_digits_before_the_thing_it_is(question, value):
    # two digits or more before 万 / 亿, or said in yuan (十万元补贴): a sum, whatever word follows
    facts = read_facts(question)
    assert facts.base == value or [v for _, v, _ in facts.figures] == [value]


@pytest.mark.parametrize("question", ["一年出口超过一千万美元的有奖励吗", "出口1000万美元能奖多少", "五百万欧元的设备"])
def test_a_sum_in_another_currency_is_no_sum_in_yuan(question):
    facts = read_facts(question)
    assert facts.base is None and not facts.figures


def test_a_total_that_labels_a_figure_asks_for_no_term():
    assert not read_facts("项目累计投资1000万，一年能补多少").year_and_term
    assert not read_facts("2023年度一共能补多少").year_and_term
    assert read_facts("一年能补多少？三年下来一共多少？").year_and_term


def test_a_top_up_on_rising_governs_the_grant_of_the_level_risen_to():
    # a 省级 row's note 此后晋升国家级的补足差额: the 国家级 row of the same item is topped up, not another item's
    national, provincial, product = clauses_of(
        "对新认定的国家级制造业单项冠军企业，奖励150万元。",
        "对新认定的省级制造业单项冠军企业，奖励40万元，此后晋升国家级的补足差额。",
        "对新认定的国家级制造业单项冠军产品，奖励75万元。")
    assert [r.topup for c in (national, provincial, product) for r in c.incentives] == [True, True, False]
    # of the level it tops up: a sum received of that level is taken off, as the calculator is told (see compose)
    assert [r.topup_from for r in national.incentives] == ["省级"]


def test_what_a_question_asks_and_a_sum_received_are_no_grants():
    # a 问答's question (…还能拿100万元吗？) grants nothing, nor does the sum the case already received (已享受…
    # 奖励30万元的企业): the answer's 再给予70万元 is the grant
    text = ("2．问：企业以前拿过省级专精特新的奖励，后来又被认定为国家级“小巨人”，还能拿100万元吗？\n"
            "答：实行补差办法。已享受省级专精特新中小企业奖励30万元的企业，升级认定为国家级“小巨人”时按差额给予奖励，即再给予70万元。")
    assert [r.cap for r in extract_incentives(text, "2.")] == [70 * W]
    # (a sum granted in a sentence of its own stays one: 对新认定的…给予一次性奖励30万元)
    granted = "对首次认定的省级专精特新中小企业，给予一次性奖励30万元。"
    assert [r.cap for r in extract_incentives(granted, "1.")] == [30 * W]
    # (a question in brackets after a grant asks nothing of it: 奖励100万元（如何申报？详见附件2）)
    asked_after = "对新认定的国家级“小巨人”企业给予奖励100万元（如何申报？详见附件2）。"
    assert [r.cap for r in extract_incentives(asked_after, "1.")] == [100 * W]
    # (a sum granted to those who have received something is granted: 已获得…的企业奖励20万元)
    assert [r.cap for r in extract_incentives("对已获得省级认定的企业奖励20万元。", "1.")] == [20 * W]


# --- answers that list several sums -----------------------------------------------------------------
TIERED = """某县促进工业发展若干措施
一、智能制造奖励。对新认定的国家级智能制造示范工厂，一次性奖励200万元；对新认定的省级智能工厂、省级数字化车间，分别一次性奖励80万元、30万元；对新认定的市级数字化车间，一次性奖励10万元。（责任单位：县工信局）
二、亩均效益奖励。对年度亩均税收达到20万元/亩、40万元/亩的工业企业，分别奖励5万元、15万元。
三、营收跨越奖励。企业年度营业收入首次达到2000万元、4000万元、8000万元的，分别奖励2万元、4万元、8万元。
四、梯度培育奖励。对首次纳入规模以上工业统计的企业，奖励6万元；对新认定的省级专精特新中小企业，奖励10万元。
五、扩大投资奖励。对新建工业项目，按固定资产投资额分档给予奖励：
（一）1亿元（含）至3亿元（不含）的，奖励50万元；
（二）3亿元（含）至10亿元（不含）的，奖励150万元；
（三）10亿元（含）以上的，奖励300万元。
"""


@pytest.fixture(scope="module")
def tiered(tmp_path_factory):
    from tests.test_question_parts import assistant_on
    return assistant_on(tmp_path_factory.mktemp("tiered"), TIERED)


@pytest.mark.parametrize(("question", "clause", "amounts"), [
    # an item said at two levels: each level's sum, where its level is said
    ("省级智能工厂、省级数字化车间、市级数字化车间，各奖励多少？", "一、", [80 * W, 30 * W, 10 * W]),
    ("省级和市级数字化车间分别奖励多少？", "一、", [30 * W, 10 * W]),  # the levels said together before it
    ("省、市级数字化车间分别奖励多少？", "一、", [30 * W, 10 * W]),  # (a bare 省 before 市级 is 省级)
    # the bars of one list, each asked: each tier's grant in the order asked, not the tier of the last figure
    ("亩均税收达到每亩20万、40万，分别奖励多少？", "二、", [5 * W, 15 * W]),
    ("营收首次到2000万、4000万、8000万，分别奖励多少？", "三、", [2 * W, 4 * W, 8 * W]),
    ("营收首次到4000万，能奖励多少？", "三、", [4 * W]),  # one figure told: its tier
    ("亩均税收每亩25万，能奖励多少？", "二、", [5 * W]),
    ("固定资产投资3个亿的和10个亿的分别奖励多少？", "五、（", [150 * W, 300 * W]),  # bars of a list of rows
    # 入规 / 进规 said as 上规 is
    ("首次入规的企业奖励多少？", "四、", [6 * W]),
    ("省级专精特新和首次进规的企业分别奖励多少？", "四、", [10 * W, 6 * W]),
])
def test_several_sums_asked_at_once_are_each_stated(tiered, question, clause, amounts):
    answer, hits = tiered.explain(question, [])
    assert hits[0].clause.number.startswith(clause)  # (of a list of rows, either row asked may lead)
    assert [a.value for a in answer.amounts] == amounts


def test_how_much_more_an_add_on_brings_is_the_add_on_alone():
    from retrieval.answer.compose import compose
    from retrieval.records import Hit
    from retrieval.search.query import analyse
    from tests.test_core_fast import one_document

    index, _ = one_document("up", "某镇企业奖励办法\n二、小升规奖励。对首次纳入规模以上工业统计的企业，奖励4万元；"
                                  "当年新建投产即入规的，另加奖励2万元。\n")
    [clause] = [c for c in index.clauses if c.incentives]
    hits = [Hit(clause, 1.0, 1.0, 1.0, True)]

    def amounts(question):
        answer = compose(analyse(index, question), hits, index.documents, index.keywords, clauses=index.clauses)
        return [a.value for a in answer.amounts]

    assert amounts("当年新建投产就入规的，能多拿多少？") == [2 * W]  # (not 4万 + 2万)
    assert amounts("当年新建投产就入规的，一共能拿多少？") == [6 * W]
    assert amounts("当年新建投产就入规的，差不多拿多少？") == [6 * W]  # (差不多, 最多 ask no more than it)


def test_a_row_that_tops_itself_up_to_the_row_above_governs_a_rise_to_it():
    from retrieval.answer.compose import compose
    from retrieval.records import Hit
    from retrieval.search.query import analyse
    from tests.test_core_fast import one_document

    index, _ = one_document("rows", "某开发区惠企政策清单\n一、梯度培育\n"
                                    "1.对新认定的国家级专精特新“小巨人”企业，一次性奖励30万元。\n"
                                    "2.对新认定的省级专精特新中小企业，一次性奖励10万元；三年内晋级为国家级专精特新“小巨人”"
                                    "企业的，按第1项标准补足差额。\n")
    [top] = [c for c in index.clauses if c.number == "一、1."]
    before = [("开发区对新认定的省级专精特新中小企业奖励多少？", "")]
    query = analyse(index, "第二年又升成国家级小巨人了，还能补多少？", before)
    answer = compose(query, [Hit(top, 1.0, 1.0, 1.0, True)], index.documents, index.keywords, clauses=index.clauses)
    assert [a.value for a in answer.amounts] == [20 * W]  # 30万 less the 10万 of the row risen from
    assert "30万元 − 已获10万元 = 20万元" in answer.answer
    # (review) a row that tops up to another honour's row governs no rise to this one
    index, _ = one_document("rows", "某开发区惠企政策清单\n一、梯度培育\n"
                                    "1.对新认定的国家级单项冠军企业，一次性奖励100万元。\n"
                                    "2.对新认定的省级单项冠军企业，一次性奖励30万元。\n"
                                    "3.对新认定的国家级专精特新“小巨人”企业，一次性奖励50万元。\n"
                                    "4.对新认定的省级专精特新中小企业，一次性奖励10万元；晋级为国家级专精特新“小巨人”企业的，"
                                    "按第3项标准补足差额。\n")
    [top] = [c for c in index.clauses if c.number == "一、1."]
    query = analyse(index, "又升成国家级单项冠军了，还能补多少？", [("省级单项冠军企业奖励多少？", "")])
    answer = compose(query, [Hit(top, 1.0, 1.0, 1.0, True)], index.documents, index.keywords, clauses=index.clauses)
    assert [a.value for a in answer.amounts] == [100 * W]


def test_the_bars_listed_are_one_run_of_sums_of_the_lists_class_of_figure(tiered):
    from retrieval.answer.compose import _bars_listed

    clauses = [c for c in tiered.library.index.clauses if c.number == "三、"]  # 营业收入 2000万、4000万、8000万
    assert [a.value for a in _bars_listed("营收首次到2000万、4000万，分别奖励多少？", clauses)] == [2 * W, 4 * W]
    assert _bars_listed("纳税首次到2000万、4000万，分别奖励多少？", clauses) == []  # (another class of figure)
    assert _bars_listed("营收从2000万涨到4000万，县里和镇里各出多少？", clauses) == []  # (a growth, no list)


def test_sums_of_classes_listed_each_name_their_class():
    # (A类300万元，B类150万元: each sum for the class before it, not the first class and the sum after it)
    records = extract_incentives("给予安家补贴：A类300万元，B类150万元，C类80万元，D类30万元。", "X")
    assert [(r.item, r.cap) for r in records] == [("A类", 300 * W), ("B类", 150 * W), ("C类", 80 * W), ("D类", 30 * W)]
    records = extract_incentives("一等奖奖励10万元，二等奖5万元。评为甲类企业的奖励3万元，乙类企业2万元。", "X")
    assert [r.item for r in records] == ["一等奖", "二等奖", "评为甲类企业", "乙类企业"]


def test_a_rows_sums_in_a_column_for_each_level_and_an_add_on_to_whichever_level():
    from retrieval.documents.parser import parse_clauses, split_documents

    text = ("某区兑现通知\n一、创新平台按下表给予一次性奖励：\n单位：万元\n|项目|类别|国家级|省级|市级|备注|\n"
            "|孵化载体|科技企业孵化器|100|50|20|年度考核优秀的，另奖10万元|\n|高新技术企业|首次认定|20|||—|\n")
    [doc] = split_documents(text)
    incubator, first = [c for c in parse_clauses("d", doc.lines) if c.incentives]
    assert [(r.item, r.level, r.cap) for r in incubator.incentives[:3]] == [
        ("国家级科技企业孵化器", "国家级", 100 * W), ("省级科技企业孵化器", "省级", 50 * W),
        ("市级科技企业孵化器", "市级", 20 * W)]
    # (the add-on is on top of whichever level is the asker's: no level of the three alone)
    [extra] = [r for r in incubator.incentives if r.addon]
    assert (extra.cap, extra.addon_to) == (10 * W, None)
    assert [(r.item, r.cap) for r in first.incentives] == [("国家级首次认定的高新技术企业", 20 * W)]


def test_a_per_unit_sum_of_any_measure_takes_its_limit_and_its_most_units():
    # (每亩…单个主体最高: the limit of the per-亩 sum, no grant of its own; 每辆…不超过20辆: the most units paid)
    [shed] = extract_incentives("新建钢架大棚10亩以上的，每亩补助500元，单个主体最高不超过10万元。", "X")
    assert (shed.cap, shed.per, shed.limit, shed.limit_per) == (500, "每亩", 10 * W, "单个主体")
    assert calculate(shed, read_facts("新建钢架大棚260亩")).value == 10 * W  # 260 × 500 = 13万, limited
    [truck] = extract_incentives("新购置冷藏车的，每辆补贴2万元，每家企业每年补贴车辆不超过20辆。", "X")
    assert (truck.cap, truck.max_units) == (2 * W, 20)
    assert calculate(truck, read_facts("今年新买了25辆冷藏车")).value == 40 * W  # 20 of the 25
    # (a cap per another unit than the sum's, which holds many of them: the limit, whatever the units' names)
    [fair] = extract_incentives("举办展会的，按每场3000元给予补助，每家机构最高不超过15万元。", "X")
    assert (fair.cap, fair.per, fair.limit, fair.limit_per) == (3000, "每场", 15 * W, "每家机构")
    [mark] = extract_incentives("商标每指定一个国家注册奖励4000元，每件商标最高不超过4万元。", "X")
    assert (mark.cap, mark.limit, mark.limit_per) == (4000, 4 * W, "每件商标")
    # (the same unit again, or another case's cap, is another grant, not a limit)
    listed = extract_incentives("引进博士的，每人奖励5万元，硕士每人最高奖励2万元。", "X")
    assert [r.cap for r in listed] == [5 * W, 2 * W]
    listed = extract_incentives("对企业引进的博士，每人奖励5万元，引进的院士每名最高奖励100万元。", "X")
    assert [(r.cap, r.limit) for r in listed] == [(5 * W, None), (100 * W, None)]


def test_a_count_of_countries_is_no_level():
    from retrieval.lexicon.patterns import levels_in

    assert levels_in("一件商标指定了12个国家注册") == [] and levels_in("一个国家级企业技术中心") == ["国家级"]



def test_an_area_cap_after_a_per_unit_sum_and_level_columns_by_any_name():
    from retrieval.documents.parser import parse_clauses, split_documents

    # (a word between the cap and its figure: 最多补贴1000平方米)
    [rent] = extract_incentives("租用厂房的，每平方米每月补贴10元，最多补贴1000平方米。", "X")
    assert rent.max_units == 1000
    [doc] = split_documents("某区通知\n一、按下表奖励：\n单位：万元\n|类别|国家级奖励|省级奖励|\n|重点实验室|200|50|\n")
    [lab] = [c for c in parse_clauses("d", doc.lines) if c.incentives]
    assert [(r.item, r.level, r.cap) for r in lab.incentives] == [
        ("国家级重点实验室", "国家级", 200 * W), ("省级重点实验室", "省级", 50 * W)]


def test_a_term_written_as_list_points_is_one_term_by_year():
    # (①第一年…；②第二年…: each year a sum of the one term, as 第一年…、第二年… are)
    text = ("租用孵化器办公用房的，给予三年房租补贴：①第一年每平方米每月25元；②第二年每平方米每月15元；"
            "③第三年每平方米每月5元。")
    rs = extract_incentives(text, "X")
    assert [(r.item, r.cap, r.per, r.years) for r in rs] == [
        ("租用孵化器办公用房（第一年）", 25, "每平方米每月", 1),
        ("租用孵化器办公用房（第二年）", 15, "每平方米每月", 1),
        ("租用孵化器办公用房（第三年）", 5, "每平方米每月", 1)]
    assert len({r.group for r in rs}) == 1
    assert calculate(rs[1], read_facts("租了500平方米")).value == 15 * 500 * 12


def test_the_unit_a_class_sum_is_paid_by_is_no_part_of_the_class():
    rs = extract_incentives("引进的紧缺人才，给予交通补贴：甲类每人每月2000元，乙类每人每月800元。", "X")
    assert [(r.item, r.cap, r.per) for r in rs] == [("甲类", 2000, "每人每月"), ("乙类", 800, "每人每月")]
    # (the first member after a colon is its class, not the case the sentence opens with)
    rs = extract_incentives("在园区无住房的B类、C类人才，可申领租房补贴：B类每月2000元，C类每月1000元。", "X")
    assert [(r.item, r.cap, r.per) for r in rs] == [("B类", 2000, "每月"), ("C类", 1000, "每月")]


def test_a_respective_list_with_words_before_its_sums_pairs_each_class():
    text = "企业新引进A类、B类人才的，分别给予引进企业一次性伯乐奖励30万元、10万元。"
    rs = extract_incentives(text, "X")
    assert [(r.item, r.cap, r.grade) for r in rs] == [("企业新引进A类人才", 30 * W, "A"),
                                                     ("企业新引进B类人才", 10 * W, "B")]


def test_a_payment_schedule_is_no_rate_and_divides_the_sums_before_it():
    text = "给予购房补贴：A类200万元，B类100万元。\n前款所称购房补贴，分4年按40%、20%、20%、20%发放。"
    rs = extract_incentives(text, "X")
    assert [(r.item, r.cap, r.shares) for r in rs] == [("A类", 200 * W, (0.4, 0.2, 0.2, 0.2)),
                                                      ("B类", 100 * W, (0.4, 0.2, 0.2, 0.2))]
    # (a schedule stated after a definition: of the nearest sums before it; a rate's record takes it too)
    text = ("对入选项目按研发投入的20%给予资助，最高300万元。\n前款所称研发投入，是指立项后一年内发生的研发费用。\n"
            "资助分两期拨付：立项后拨付70%，验收合格后拨付30%。")
    [grant] = extract_incentives(text, "X")
    assert (grant.rate, grant.cap, grant.shares) == (0.2, 300 * W, (0.7, 0.3))
    first = calculate(grant, read_facts("研发投入1000万元，第一期能拨多少"))
    assert first.value == 200 * W  # (the whole, 200万; the first part is the answer's: 140万)


def test_one_rate_with_a_cap_for_each_class():
    text = "对甲类、乙类园区企业的技改项目，按设备投资额的15%给予补助，A类企业最高800万元，B类企业最高300万元。"
    rs = extract_incentives(text, "X")
    assert [(r.item, r.rate, r.cap, r.grade) for r in rs] == [("A类企业", 0.15, 800 * W, "A"),
                                                             ("B类企业", 0.15, 300 * W, "B")]
    assert rs[0].class_caps == (("A", 800 * W), ("B", 300 * W))
    assert calculate(rs[1], read_facts("B类企业，设备投资3000万元")).value == 300 * W  # 450万, B's cap


def test_a_share_of_a_numbered_articles_sums_is_a_multiple_of_each_for_the_classes_named():
    five = Clause("d/第五条", "d", "第五条", ("第五条",), "第五条给予安家补贴：A类100万元，B类60万元，C类20万元。",
                  incentives=extract_incentives("给予安家补贴：A类100万元，B类60万元，C类20万元。", "第五条"))
    text = "第六条企业自主培养的A类、B类人才，按本办法第五条标准的50%给予安家补贴。"
    six = Clause("d/第六条", "d", "第六条", ("第六条",), text, incentives=extract_incentives(text, "第六条"))
    linked = link_references([five, six])[1].incentives
    assert [(r.item, r.multiplier, r.referenced, r.grade) for r in linked] == [
        ("企业自主培养的A类人才", 0.5, 100 * W, "A"), ("企业自主培养的B类人才", 0.5, 60 * W, "B")]


def test_a_share_cap_between_an_area_cap_and_a_yearly_limit():
    text = ("入驻众创空间的，给予房租补贴，每平方米每月20元。补贴面积不超过500平方米，补贴额不超过实际支付租金的60%，"
            "每家企业每年最高10万元。")
    [rent] = extract_incentives(text, "X")
    assert (rent.max_units, rent.share_cap, rent.share_of, rent.limit) == (500, 0.6, "实际支付租金", 10 * W)
    # 20 × 400 × 12 = 9.6万, over 60% of 12万 = 7.2万
    assert calculate(rent, read_facts("租了400平方米，一年租金12万")).value == 7.2 * W


def test_a_raised_rate_for_a_list_of_classes_sharing_their_last_words():
    text = "技改项目按设备投资额的8%给予补助；绿色化、智能化改造项目补助比例提高到10%。"
    [grant] = extract_incentives(text, "X")
    assert grant.raised == (("绿色化、智能化改造项目", 0.10),)
    asked = "我们搞绿色化改造，设备投了500万"
    assert calculate(grant, read_facts(asked), asked).value == 50 * W
    assert calculate(grant, read_facts("设备投了500万"), "设备投了500万").value == 40 * W


def test_a_rate_raised_to_a_share_of_its_base_for_a_class():
    text = ("对企业流动资金贷款，按1年期贷款市场报价利率（LPR）的40%给予贴息。省级专精特新企业贴息比例提高至LPR的60%。"
            "单户企业年度贴息额最高不超过30万元。")
    [loan] = extract_incentives(text, "X")
    assert (loan.rate, loan.raised[0][1], loan.cap) == (0.4, 0.6, 30 * W)
    asked = "我们是省级专精特新企业，贷了1000万，LPR 3%"
    assert calculate(loan, read_facts(asked), asked).value == 18 * W  # 1000万 × 3% × 60%


def test_turnover_is_revenue_and_a_rate_of_its_increment_takes_the_two_figures_told():
    text = "住宿餐饮企业年营业额增长10%以上的，按营业额增量部分的2%给予奖励，最高不超过8万元。"
    [grant] = extract_incentives(text, "X")
    asked = "我们酒店营业额从1000万涨到1200万"
    assert calculate(grant, read_facts(asked), asked).value == 4 * W  # 200万 × 2%, growth 20%


def test_a_respective_list_paid_to_a_recipient_named_after_the_verb_is_a_tier_list():
    text = "合作社年度经营收入首次突破20万元、60万元的，分别奖励合作社2万元、4万元。"
    assert tiers(text) == [("营业收入", 20 * W, 60 * W, 2 * W, None), ("营业收入", 60 * W, None, 4 * W, None)]


def test_review_of_the_fifty_fifth_sessions_amount_rules():
    # a share of an article's sums that names no class of them: no crash, the rate kept (which sum is not said);
    # 第（一）项 is an item of a clause, not an article
    text5 = "对新认定的国家级企业技术中心奖励100万元，省级企业技术中心奖励50万元。"
    five = Clause("d/第五条", "d", "第五条", ("第五条",), text5, incentives=extract_incentives(text5, "第五条"))
    for text in ("对新认定的市级企业技术中心，按本办法第五条标准的50%给予奖励。",
                 "对新认定的市级企业技术中心，按第（一）项标准的50%给予奖励。"):
        six = Clause("d/第六条", "d", "第六条", ("第六条",), text, incentives=extract_incentives(text, "第六条"))
        [share] = link_references([five, six])[1].incentives
        assert (share.rate, share.multiplier) == (0.5, None)
    # a grant, then a year's case of its own: not one term
    rs = extract_incentives("对落户企业给予一次性奖励100万元；第一年纳税额超过500万元的，另奖励50万元。", "X")
    assert [(r.cap, r.low) for r in rs] == [(100 * W, None), (50 * W, 500 * W)]
    # an enumeration's lead is shared by ranks and short items only; a first item ending with the shared words is
    # whole
    rs = extract_incentives("对新入规工业企业、服务业企业，分别奖励5万元、3万元", "X")
    assert [r.item for r in rs] == ["新入规工业企业", "服务业企业"]
    # rates by year of a base of their own are no schedule; a schedule names the grant it divides
    [yearly] = extract_incentives("对新引进的总部企业，自认定之日起分3年给予奖励，第一年按其地方财政贡献的50%、"
                                  "第二年按30%、第三年按20%给予奖励。", "X")
    assert (yearly.rate, yearly.shares) == (0.5, ())
    home, rnd = extract_incentives("对新引进的A类人才给予安家补贴100万元。\n"
                                   "对企业研发费用增长20%以上的，按增量的10%给予奖励。\n"
                                   "安家补贴分3年按50%、30%、20%发放。", "X")
    assert (home.shares, rnd.shares) == ((0.5, 0.3, 0.2), ())
    # a class's add-on after a rate is no cap of that class; a rate raised to a share of another base is no raise
    rs = extract_incentives("按设备投资额的10%给予补助，A类企业最高200万元，B类企业另奖励10万元。", "X")
    assert [(r.rate, r.cap, r.addon) for r in rs] == [(0.1, 200 * W, False), (None, 10 * W, True)]
    text = "技改项目按设备投资额的8%给予补助，最高300万元；链主企业补助比例提高至项目总投资的5%。"
    [grant] = extract_incentives(text, "X")
    assert grant.raised == ()
    # the unit a sum is paid by, after a verb too, is no part of the item
    [patent] = extract_incentives("对新授权的发明专利每件奖励5000元", "X")
    assert (patent.item, patent.per) == ("新授权的发明专利", "每件")


def test_a_raised_rates_classes_and_a_figure_in_an_items_name():
    from retrieval.answer.calculator import _classes_named
    from retrieval.answer.compose import _named_at

    assert _classes_named("高新技术企业、企业技术中心实施的项目")[:2] == ["高新技术企业", "企业技术中心实施的项目"]
    # (0万元 of …1000万元 is no name of the 1000万元 tier beside the 100万元 one)
    asked = "网络销售额达到500万元，奖多少"
    assert _named_at("年度网络销售额首次达到1000万元", ["年度网络销售额首次达到100万元"], asked) < 0


def test_a_rows_year_cells_are_the_years_of_its_term():
    row = "类别：租用研发用房；第一年：每平方米每月25元；第二年：每平方米每月15元；上限：补贴面积不超过800平方米"
    assert [(r.item, r.cap, r.per, r.years, r.max_units) for r in extract_incentives(row, "X")] == [
        ("租用研发用房（第一年）", 25, "每平方米每月", 1, 800),
        ("租用研发用房（第二年）", 15, "每平方米每月", 1, 800)]
    # (a bar's row names the kinds it is for after the bar)
    row = "档位：第二档；年营业收入：1亿元（含）至3亿元；奖励：30万元；适用类型：研发型"
    [tier] = extract_incentives(row, "X")
    assert (tier.item, tier.metric, tier.low, tier.high, tier.cap) == (
        "年营业收入1亿元（含）至3亿元（研发型）", "营业收入", Y, 3 * Y, 30 * W)


def test_a_rows_bare_preposition_names_nothing_and_a_raise_of_a_spaced_base():
    row = "类别：购买研发用房；标准：按每平方米800元计算补贴总额，分两年平均拨付；上限：最高不超过200万元"
    [buy] = extract_incentives(row, "X")
    assert (buy.item, buy.cap, buy.per, buy.limit) == ("购买研发用房", 800, "每平方米", 200 * W)
    text = "按1年期贷款市场报价利率（L PR）的40%给予贴息。省级专精特新企业贴息比例提高至LPR的60%。"
    [loan] = extract_incentives(text, "X")
    assert loan.raised and loan.raised[0][1] == 0.6


def test_one_bar_and_one_sum_is_a_condition_to_check_not_a_tier_to_choose():
    text = "对实缴注册资本5000万元以上的新引进企业，给予落户奖励100万元，分两年按6:4比例兑现。"
    [grant] = extract_incentives(text, "X")
    assert (grant.metric, grant.low, grant.cap) == ("注册资本", 5000 * W, 100 * W)
    asked = "新落户的企业，落户奖励一共多少"
    told = calculate(grant, read_facts(asked), asked)
    assert told.value == 100 * W and "此项须注册资本达到5000万元" in "".join(told.steps)
    # (the figure told still decides: below the bar, nothing)
    assert calculate(grant, read_facts("实缴注册资本3000万"), "实缴注册资本3000万").value == 0
    # (of a table of two bars or more, the figure is still asked for)
    low, _ = extract_incentives("营业收入首次突破1亿元、5亿元的，分别奖励20万元、50万元。", "X")
    assert calculate(low, read_facts("奖多少"), "奖多少").value is None


def test_a_sum_named_by_the_grant_after_it_is_no_figure_of_the_class_before():
    facts = read_facts("营收1.5个亿，300万奖励第一年能拿多少？")
    assert facts.figures == (("营业收入", 1.5 * Y, False),)
    # (a figure, then what is asked of it: 去年2亿奖励多少)
    told = read_facts("营收前年1.5亿，去年2亿奖励多少").figures
    assert told == (("营业收入", 1.5 * Y, False), ("营业收入", 2 * Y, False))


def test_a_total_cap_with_grant_words_before_its_cap_words_is_a_ceiling():
    # 同一企业每年累计奖励最高不超过500万元: 累计 … 最高不超过 with 奖励 between is the enterprise's yearly ceiling
    rate, ceiling = extract_incentives("对经认定的省首台（套）重大技术装备，按产品单台（套）销售价格的20%给予奖励，"
                                       "单台（套）奖励最高不超过300万元；同一企业每年累计奖励最高不超过500万元。", "X")
    assert (rate.rate, rate.cap, rate.ceiling) == (0.2, 3_000_000, False)
    assert (ceiling.cap, ceiling.ceiling) == (5_000_000, True)
    [grant] = extract_incentives("对新认定的省级企业技术中心，一次性奖励30万元。", "X")
    assert not grant.ceiling
    [total] = extract_incentives("企业上市的，累计奖励300万元。", "X")  # (review: a grant stated as a total)
    assert (total.cap, total.ceiling) == (3_000_000, False)


# --- shapes of county measures as they are published (rates said with their cases, steps, a scope) --------------
CASE_RATES = ("对当年设备投入800万元以上的技术改造项目，按照设备投资额给予补助，其中重点产业补助12%、特色产业补助9%、"
              "一般产业补助6%，单个项目最高补助额度分别为500万元、300万元、150万元。")


def test_rates_said_with_their_cases_are_paired_with_a_cap_list_by_position():
    records = extract_incentives(CASE_RATES, "X")
    assert [(r.item, r.rate, r.cap, r.per, r.base) for r in records] == [
        ("重点产业", 0.12, 500 * W, "单个项目", "设备投资额"), ("特色产业", 0.09, 300 * W, "单个项目", "设备投资额"),
        ("一般产业", 0.06, 150 * W, "单个项目", "设备投资额")]
    # (one cap for all when no list pairs them)
    shared = extract_incentives("按设备投资额给予补助，其中重点产业补助12%、一般产业补助6%，单个项目最高300万元。", "X")
    assert [(r.item, r.rate, r.cap) for r in shared] == [("重点产业", 0.12, 300 * W), ("一般产业", 0.06, 300 * W)]


def test_a_case_rate_is_applied_to_the_figure_and_capped_by_its_own_cap():
    special, _, plain = extract_incentives(CASE_RATES, "X")
    result = calculate(special, read_facts("重点产业技改设备投了5000万能补多少"))
    assert (result.value, result.steps[-1]) == (500 * W, "超过单个项目最高500万元的上限，按500万元计。")
    assert calculate(plain, read_facts("设备投资2000万元")).value == 120 * W


STEPS = ("对本县规上工业企业，首次纳入规模以上工业统计的奖励10万元，年营业收入首次达到5亿元的奖励30万元，"
         "每新增一个5亿元台阶再奖励15万元。")


def test_a_figure_each_further_sum_is_paid_for_is_a_step_not_a_grant():
    scaled, reached, stepped = extract_incentives(STEPS, "X")
    # (the case said last before a sum is what it is for, under the sentence's 对…; a bar after it is the next sum's)
    assert (scaled.item, scaled.cap, scaled.low) == ("本县规上工业企业（首次纳入规模以上工业统计）", 10 * W, None)
    assert (reached.metric, reached.low, reached.cap) == ("营业收入", 5 * Y, 30 * W)
    assert (stepped.item, stepped.step, stepped.cap, stepped.low, stepped.addon) == (
        "每新增一个5亿元台阶", 5 * Y, 15 * W, 5 * Y, True)
    assert 5 * Y not in {r.cap for r in extract_incentives(STEPS, "X")}  # (no 5亿元 granted)


def test_each_whole_step_past_the_bar_is_paid_on_top_of_the_grant():
    [clause] = clauses_of(STEPS)
    _, reached, stepped = clause.incentives
    assert stepped.addon_to == reached
    result = calculate(stepped, read_facts("营收做到了17亿元，能奖多少"))
    assert (result.value, result.with_base) == (30 * W, 60 * W)  # two whole steps past 5亿 (12亿 over), 30 + 2 × 15
    assert "比5亿元多出2个5亿元：2 × 15万元 = 30万元。" in result.steps[-2]
    short = calculate(stepped, read_facts("营收8亿元"))
    assert (short.eligible, short.value) == (False, 0.0)


GROWTH_STEPS = ("对上年度产值3000万元以上的工业企业，按照产值每新增500万元奖励2万元的标准给予增量奖励，"
                "每家企业最高奖励100万元。")


def test_a_step_of_growth_is_counted_on_the_growth_and_limited():
    [stepped] = extract_incentives(GROWTH_STEPS, "X")
    assert (stepped.step, stepped.cap, stepped.limit, stepped.metric, stepped.low) == (
        500 * W, 2 * W, 100 * W, "产值", 3000 * W)
    result = calculate(stepped, read_facts("上年产值4000万，今年产值6200万，增量奖励多少"))
    assert (result.value, result.steps[-1]) == (8 * W, "产值增加2200万元，合4个500万元：4 × 2万元 = 8万元。")
    assert calculate(stepped, read_facts("去年产值5000万，今年产值4亿")).value == 100 * W  # (70 steps: the limit)
    below = calculate(stepped, read_facts("去年产值2000万，今年产值3000万"))
    assert (below.eligible, below.value) == (False, 0.0)  # (the bar is on the year before)


def test_rates_listed_without_fenbie_are_paired_with_the_items_listed_before_them():
    text = "对获得国家级、省级专项资金支持的工业项目，按上级补助资金的40%、20%给予最高不超过300万元的配套补助。"
    records = extract_incentives(text, "X")
    assert [(r.level, r.rate, r.cap) for r in records] == [("国家级", 0.4, 300 * W), ("省级", 0.2, 300 * W)]
    assert calculate(records[1], read_facts("省级专项资金补助了150万")).value == 30 * W
    # (a rate list whose subject lists no items as many is not paired: 按10%、15%… of tiers)
    assert not any(r.level for r in extract_incentives("对技改项目按设备投资额的10%、15%给予补助。", "X"))


def test_a_fenbie_list_of_sums_each_said_with_two_cap_words():
    records = extract_incentives("对新认定的国家级、省级智能工厂，分别一次性给予最高不超过80万元、30万元奖励。",
                                 "X")
    assert [(r.item, r.cap) for r in records] == [("国家级智能工厂", 80 * W), ("省级智能工厂", 30 * W)]


def test_a_case_in_a_range_of_a_figure_is_no_grant_and_the_growth_is_of_that_figure():
    text = ("工业企业地方财政年贡献在200万元—800万元且增幅在20%以上的，按增量部分的15%给予奖励，"
            "上述奖励最高不超过60万元。")
    [record] = extract_incentives(text, "X")
    assert (record.rate, record.cap) == (0.15, 60 * W)  # (not 800万元 granted)
    result = calculate(record, read_facts("去年地方财政贡献390万，前年300万，能奖多少"))
    assert result.value == 13.5 * W  # 90万 × 15%
    short = calculate(record, read_facts("去年地方财政贡献330万，前年300万"))
    assert (short.eligible, short.value) == (False, 0.0)  # (grew 10%, short of 20%)


def test_a_one_to_one_match_said_after_geiyu_is_paid_on_the_funds_from_above():
    [record] = extract_incentives("对新认定省级首台套装备的，给予省级补助资金1∶1配套奖励，每个企业最高不超过40万元。",
                                  "X")
    assert (record.ratio, record.base) == ("1∶1", "省级补助资金")
    assert calculate(record, read_facts("省里到位资金25万，县里配套多少")).value == 25 * W
    assert calculate(record, read_facts("省里到位资金60万，县里配套多少")).value == 40 * W
    # (a sum received is not said to be the funds matched: 已经拿过县里配套奖励10万 may be this grant's own)
    assert calculate(record, read_facts("已经拿过县里配套奖励10万，还能拿多少")).value is None
    # (按 after 给予 names the base: 给予企业按上级资金1∶1配套)
    [record] = extract_incentives("给予企业按上级资金1∶1配套，最高不超过40万元。", "X")
    assert record.base == "上级资金"


def test_shares_of_who_pays_listed_after_a_rate_are_no_cases_of_it():
    text = ("对企业技术改造项目，按设备投资额的10%给予补助，其中市财政承担60%、县财政承担40%，"
            "单个项目最高不超过200万元。")
    [record] = extract_incentives(text, "X")
    assert (record.rate, record.cap) == (0.1, 200 * W)
    assert calculate(record, read_facts("技改设备投资800万元能补多少")).value == 80 * W
    # (shares said without a grant word are none either: 其中中央资金30%、省级资金20%)
    assert all(r.rate != 0.3 for r in extract_incentives("按项目总投资给予补助，其中中央资金30%、省级资金20%。", "X"))


def test_the_same_sum_twice_keeps_each_its_own_bar():
    scaled, reached = extract_incentives(
        "对本县工业企业，首次纳入规模以上工业统计的奖励10万元，年营业收入首次达到5亿元的奖励10万元。", "X")
    assert (scaled.low, reached.low, reached.metric) == (None, 5 * Y, "营业收入")


def test_a_step_said_after_a_comma_is_no_bar_and_keeps_its_limit():
    [stepped] = extract_incentives("对本县工业企业，产值每新增1000万元，给予奖励3万元，每家企业最高不超过30万元。", "X")
    assert (stepped.item, stepped.step, stepped.low, stepped.limit, stepped.metric) == (
        "产值每新增1000万元", 1000 * W, None, 30 * W, "产值")
    assert calculate(stepped, read_facts("去年产值800万，今年产值3000万")).value == 6 * W  # 2200万: 2 steps
    assert calculate(stepped, read_facts("去年产值1亿，今年产值3亿")).value == 30 * W  # (20 steps: the limit)


def test_steps_after_a_bar_grant_are_counted_past_the_bar_and_a_total_cap_holds_both():
    [clause] = clauses_of("对本县规上工业企业，年营业收入首次突破10亿元的奖励50万元，此后每增加10亿元再奖励20万元，"
                          "累计最高不超过100万元。")
    base, stepped = clause.incentives
    assert (stepped.addon_to, stepped.low, stepped.step) == (base, 10 * Y, 10 * Y)
    result = calculate(stepped, read_facts("营收35亿元"))
    assert (result.value, result.with_base) == (40 * W, 90 * W)  # two steps past 10亿 on top of 50万
    assert calculate(stepped, read_facts("营收100亿元")).with_base == 100 * W  # (the total's cap: 50 + 50, not 230)


def test_rates_after_a_list_of_figures_are_tiers_and_rates_of_items_take_a_cap_list():
    records = extract_incentives("对技改项目，设备投资500万元、1000万元以上的，按设备投资额的10%、15%给予补助。", "X")
    assert not any(r.item.startswith("设备投资1000万元") and r.low is None for r in records)
    state, province = extract_incentives("对新认定的国家级、省级企业技术中心，按研发投入的5%、3%给予补助，"
                                         "单个企业每年最高不超过100万元、50万元。", "X")
    assert (state.cap, province.cap) == (100 * W, 50 * W)


def test_a_long_list_of_case_rates_is_read_at_once():
    cases = "、".join(f"第{n}类产业给予奖励{n}%" for n in range(1, 13))
    records = extract_incentives(f"按照设备投资额给予奖补，其中{cases}的比例给予补助。", "X")
    assert len(records) <= 12  # (read, whatever it makes of it: no backtracking through every split)
    text = "对企业研发费用按以下比例给予奖励：一般企业奖励10%、高新技术企业奖励15%。"
    [general, high] = extract_incentives(text, "X")
    assert (general.base, high.rate) == ("企业研发费用", 0.15)


def test_case_rates_after_a_bar_in_percent_and_said_as_a_share_are_read():
    text = "研发投入增长20%以上的企业，按研发费用给予奖励，其中先导产业奖励10%、主导产业奖励8%。"
    records = extract_incentives(text, "X")
    assert [(r.item, r.rate) for r in records] == [("先导产业", 0.1), ("主导产业", 0.08)]
    records = extract_incentives("其中先导产业补助比例为10%、主导产业补助比例为8%，单个企业最高不超过100万元。", "X")
    assert [(r.item, r.rate, r.cap) for r in records] == [("先导产业", 0.1, 100 * W), ("主导产业", 0.08, 100 * W)]


def test_items_sharing_a_sum_share_its_place_and_an_item_may_hold_a_digit():
    text = "对首次升规入统的企业、个体户各奖励15万元，销售收入首次达到10亿元的奖励20万元。"
    first, second, reached = extract_incentives(text, "X")
    assert (first.low, second.low, reached.low) == (None, None, 10 * Y)
    station, platform = extract_incentives("对5G基站、工业互联网平台项目，按投资额的10%、15%给予补助，"
                                           "最高不超过100万元、200万元。", "X")
    assert (station.rate, station.cap, platform.rate, platform.cap) == (0.1, 100 * W, 0.15, 200 * W)


def test_a_step_said_with_pass_words_and_one_under_another_figures_bar():
    [stepped] = extract_incentives("对本县工业企业，营业收入每突破10亿元，奖励20万元。", "X")
    assert (stepped.step, stepped.low) == (10 * Y, None)
    text = "对亩均税收达到30万元的企业，按照产值每新增1000万元奖励3万元，单个企业最高不超过30万元。"
    [stepped] = extract_incentives(text, "X")
    assert (stepped.metric, stepped.low, stepped.limit) == ("产值", None, 30 * W)
    assert calculate(stepped, read_facts("亩均税收35万元，产值从8000万元增加到1.2亿元")).value == 12 * W
