"""The calculator against hand computation: caps, class rates, thresholds, ratios, per-unit sums."""

from __future__ import annotations

from dataclasses import replace

import pytest

from retrieval.answer.calculator import Facts, calculate, check_facts, combined, needed_figures, read_facts
from retrieval.documents.amounts import extract_incentives
from retrieval.lexicon.patterns import yuan_text
from retrieval.records import Incentive

W = 10_000
# The textile technical-upgrade rule as the extractor reads it (see test_incentives.py).
UPGRADE = Incentive(clause="三、（二）1.", item="计划总投资500万元以上的纺织服装企业技术改造项目", kind="比例支持",
                    cap=200 * W, cap_text="最高200万元", rate=0.10, rate_text="不超过10%",
                    base="设备(含软件)实际购置金额", per="单户企业", thresholds=("计划总投资500万元以上",),
                    min_investment=500 * W, class_rates=(("C", 0.08), ("D", 0.07)))
TALENT = Incentive(clause="三、（六）1.", item="领军人才", kind="一次性资助", cap=400 * W, cap_text="50万元—400万元",
                   floor=50 * W, base="国家、省级人才资助经费额度", ratio="1∶1")
PER_PRODUCT = Incentive(
    clause="二、（三）3.",
    item="三品典型成果",
    kind="一次性奖励",
    cap=10 * W,
    cap_text="最高10万元",
    per="每一种产品（品牌）",
)
HOUSING = Incentive(
    clause="X", item="引进的博士研究生", kind="安家补贴", cap=2 * W, cap_text="2万元", per="每人每年", years=5
)


@pytest.mark.parametrize("facts, value", [
    # 2500万 × 7% = 175万 < 200万 cap (class D rate)
    (Facts(base=2500 * W, grade="D"), 175 * W),
    # 1500万 × 8% = 120万 (class C)
    (Facts(base=1500 * W, grade="C"), 120 * W),
    # 2500万 × 10% = 250万 > cap -> 200万
    (Facts(base=2500 * W), 200 * W),
    # 1000万 × 10% = 100万; class A has no special rate
    (Facts(base=1000 * W, grade="A", investment=1200 * W), 100 * W),
])
def test_rate_rule(facts, value):
    result = calculate(UPGRADE, facts)
    assert (result.eligible, result.value) == (True, value)


def test_threshold_not_met_is_not_eligible_and_says_why():
    result = calculate(UPGRADE, Facts(base=300 * W, investment=400 * W))
    assert (result.eligible, result.value) == (False, 0)
    assert result.steps == ("项目总投资400万元，未达到“计划总投资500万元以上”的条件，不能享受此项支持。",)


def test_steps_show_the_arithmetic():
    result = calculate(UPGRADE, Facts(base=2500 * W, grade="D"))
    assert result.steps == (
        "项目总投资至少2500万元，满足“计划总投资500万元以上”。",
        "D类企业比例不超过7%。",
        "2500万元 × 7% = 175万元。",
        "未超过单户企业最高200万元的上限。",
    )


def test_missing_base_asks_for_it():
    result = calculate(UPGRADE, Facts(grade="D"))
    assert (result.eligible, result.value) == (True, None)
    assert result.steps[-1] == "请提供设备(含软件)实际购置金额以便测算。"


@pytest.mark.parametrize("matched, value", [(100 * W, 100 * W), (30 * W, 50 * W), (600 * W, 400 * W)])
def test_matching_ratio_clamped_to_the_range(matched, value):
    assert calculate(TALENT, Facts(matched=matched)).value == value


def test_per_unit_and_years():
    assert calculate(PER_PRODUCT, Facts(count=3)).value == 30 * W
    assert calculate(HOUSING, Facts(count=1)).value == 10 * W  # 2万 × 1 person × 5 years


@pytest.mark.parametrize("question, facts", [
    ("技改设备投资2500万元，亩产效益D类", Facts(base=2500 * W, grade="D", grades=("D",))),
    ("项目总投资400万元，设备购置300万元", Facts(base=300 * W, investment=400 * W)),
    ("领军人才获得国家资助经费100万元", Facts(matched=100 * W)),
    ("我们有三个产品入选", Facts(count=3)),
    ("国家级专精特新企业奖励多少", Facts()),
])
def test_read_facts(question, facts):
    assert read_facts(question) == facts


def test_yuan_text():
    assert [yuan_text(v) for v in (1_750_000, 150_000_000, 3_000, 12_345)] == [
        "175万元",
        "1.5亿元",
        "3000元",
        "1.2345万元",
    ]


# --- combined: several grants of one enterprise, with 就高不重复 groups, tiers, add-ons and ceilings -------
RULE = "同一企业同一年度获得多项称号的，按就高原则给予奖励，不重复享受"
GREEN = Incentive(clause="第十条", item="国家级绿色工厂", cap=50 * W, cap_text="50万元",
                  exclusive_group="d/第十二条", exclusive_rule=RULE + "；")
DESIGN = Incentive(clause="第九条", item="国家级工业设计中心", cap=100 * W, cap_text="100万元",
                   exclusive_group="d/第十二条", exclusive_rule=RULE + "；")
PATENT = Incentive(clause="第十五条", item="发明专利", cap=3000, cap_text="3000元", per="每件")
BONUS = Incentive(clause="第九条", item="评价优秀", cap=20 * W, cap_text="20万元", addon=True, addon_to=DESIGN,
                  exclusive_group="d/第十二条", exclusive_rule=RULE + "；")
CEILING = Incentive(clause="第十二条", item="同一企业年度奖励总额", cap=110 * W, cap_text="不超过110万元", ceiling=True)


def test_combined_takes_the_highest_of_a_group():
    total, why = combined([GREEN, DESIGN])
    assert total == 100 * W
    assert why == (f"按就高不重复原则（{RULE}），国家级绿色工厂50万元、国家级工业设计中心100万元只取最高一项："
                   "国家级工业设计中心100万元。合计100万元。")


def test_combined_adds_what_is_not_grouped_and_add_ons():
    patents = calculate(PATENT, Facts(quantities=(("件", 4.0),)))  # 4 × 3000
    total, why = combined([GREEN, DESIGN, patents, BONUS])
    assert total == 100 * W + 12_000 + 20 * W
    assert why.endswith("合计121.2万元。")


def test_combined_applies_a_ceiling_and_skips_what_is_not_eligible():
    total, why = combined([DESIGN, BONUS], ceilings=[CEILING])
    assert total == 110 * W
    assert why == "100万元 + 20万元 = 120万元。超过同一企业年度奖励总额不超过110万元的上限，按110万元计。合计110万元。"
    missed = calculate(Incentive(clause="X", item="技改", rate=0.1, rate_text="10%", base="设备投资额",
                                 min_investment=500 * W, thresholds=("总投资500万元以上",)), Facts(base=100 * W))
    assert combined([missed, GREEN]) == (50 * W, "合计50万元。")


def test_a_rule_of_one_matter_makes_alternatives_only_within_each_matter_given():
    # 同一企业同一事项符合本措施多项条款的，按就高原则: with the matters known (each part a question told), 发明专利
    # and 绿色工厂 are two matters, both paid; unknown, the rule groups them as before; a choice the rule names
    # (只能…选择一项) stays one whatever the matters
    rule = "同一企业同一事项符合本措施多项条款的，按照就高原则执行，不重复享受"
    green = replace(GREEN, exclusive_rule=rule)
    patents = replace(PATENT, cap=24_000, exclusive_group="d/第十二条", exclusive_rule=rule)
    assert combined([green, patents], matters=[0, 1]) == (524_000, "50万元 + 2.4万元 = 52.4万元。合计52.4万元。")
    assert combined([green, patents])[0] == 50 * W
    assert combined([green, patents], matters=[0, 0])[0] == 50 * W
    choice = "同一项目只能在设备投资补助和贷款贴息中选择一项申报"
    items = [replace(green, exclusive_rule=choice), replace(patents, exclusive_rule=choice)]
    assert combined(items, matters=[0, 1])[0] == 50 * W


def test_combined_tiers_of_one_table_count_once_and_missing_figures_give_none():
    tiers = ((1e8, None, 10 * W, None), (5e8, None, 30 * W, None))
    low = Incentive(clause="第三条", item="首次突破1亿元", cap=10 * W, metric="营业收入", low=1e8, tiers=tiers)
    high = replace(low, item="首次突破5亿元", cap=30 * W, low=5e8)
    assert combined([low, high])[0] == 30 * W
    rate = Incentive(clause="X", item="技改", rate=0.1, rate_text="10%", base="设备投资额")
    assert combined([calculate(rate, Facts(grade="A")), GREEN]) == (None, "“技改”尚缺测算所需的数据，无法合计。")
    assert combined([rate]) == (None, "“技改”没有固定金额（10%），无法直接合计。")


def test_a_sum_told_as_part_of_the_one_before_is_no_base_and_tax_comes_out_of_a_net_rule():
    facts = read_facts("技改设备发票价税合计5085万，其中增值税585万，省里技改补助能拿多少？")
    assert facts.base == 5085 * W and facts.parts == ((585 * W, "其中增值税", 5085 * W),)
    net_rule = Incentive(clause="一、（一）", item="设备购置额（不含税）在2000万元以上的项目", kind="补助",
                         cap=1000 * W, cap_text="不超过1000万元", rate=0.08, rate_text="8%", base="设备购置额",
                         left_out=("税",))
    result = calculate(net_rule, facts)
    assert result.value == 360 * W  # (5085万 − 585万) × 8%
    assert "不计入的部分（税额585万元）：5085万元 − 585万元 = 4500万元。" in result.steps
    # a rule that leaves nothing out takes the sum as told
    assert calculate(replace(net_rule, left_out=()), facts).value == 5085 * W * 0.08


def test_a_rule_whose_base_is_without_tax_leaves_tax_out():
    from retrieval.documents.amounts import extract_incentives, link_references
    from retrieval.records import Clause

    text = "对设备购置额（不含税）在2000万元以上的项目，按设备购置额的8%给予补助，单个项目最高不超过1000万元。"
    clause = Clause("c1/一", "c1", "一、", ("一、",), text, incentives=extract_incentives(text, "一、"))
    assert [r.left_out for r in link_references([clause])[0].incentives if r.rate] == [("税",)]


def test_a_rate_on_the_growth_its_subject_names_is_paid_on_that_figure_s_growth():
    growth = Incentive(clause="三、10.", item="规上工业企业年度研发费用较上年增长", kind="补助", cap=80 * W,
                       cap_text="不超过80万元", rate=0.08, rate_text="8%", base="增长部分", per="每家企业每年")
    result = calculate(growth, read_facts("2024年研发花了一千五百万，2025年两千三百万，研发补助能拿多少"))
    assert result.value == 64 * W  # (2300万 − 1500万) × 8%
    assert "研发费用增量：2300万元 − 1500万元 = 800万元。" in result.steps


def test_a_tier_by_a_share_is_chosen_from_the_two_figures_asked():
    from retrieval.documents.amounts import extract_incentives

    rule = extract_incentives("对企业上年度研发费用按其占营业收入比重分档补助：比重2%（含）至4%的，按研发费用的2%补助；"
                              "比重4%（含）以上的，按研发费用的4%补助。每家企业每年最高不超过100万元。", "11")[0]
    result = calculate(rule, read_facts("去年营收1个亿，研发费用500万，能补多少？"))
    assert result.value == 200_000
    assert result.steps[0] == "研发费用占营业收入比重5%，适用“4%以上”一档：按4%。"
    result = calculate(rule, read_facts("营收1亿，研发费用150万"))
    assert (result.eligible, result.value) == (False, 0.0)
    assert calculate(rule, read_facts("研发费用150万")).steps == ("请提供研发费用和营业收入金额以便确定适用档次。",)


def test_a_per_unit_sum_is_capped_by_its_share_of_the_price_told():
    from retrieval.documents.amounts import extract_incentives

    rule = extract_incentives("对新租赁标准厂房的企业，按每平方米每月8元给予租金补贴，每家企业每年最高不超过50万元，"
                              "且不超过实际支付租金的60%。", "7")[0]
    result = calculate(rule, read_facts("租了3000平方米，租金每平方米每月12元，一年能补多少？"))
    assert result.value == 3000 * 12 * 12 * 0.6  # 7.2元 a square metre a month, below the 8元 granted
    assert result.steps[1] == ("不超过实际支付租金的60%：12元 × 3000平方米 × 12个月 = 43.2万元，× 60% = 25.92万元，"
                               "按25.92万元计。")
    # a price above what the share allows changes nothing
    assert calculate(rule, read_facts("租了3000平方米，租金每平方米每月20元，一年能补多少？")).value == 3000 * 8 * 12
    # the share is of the rent paid for all the area rented, the sum of the area paid for (面积最多3000平方米)
    capped = extract_incentives("对新入驻标准厂房的企业，第一年按每平方米每月15元给予补贴。"
                                "每家企业补贴面积最多3000平方米，且补贴额不超过当年实付租金的60%。", "11")[0]
    assert capped.share_cap == 0.6 and capped.max_units == 3000  # (both of the sentence after the grant)
    rented = calculate(capped, read_facts("租了3500平方米，租金每平米每月18块，第一年12个月的租金补贴能拿多少？"))
    assert rented.value == 453_600  # min(15 × 3000 × 12 = 54万, 18 × 3500 × 12 × 60% = 45.36万)


def test_a_price_told_without_the_costs_name_is_still_the_cost_of_the_rules_unit_and_period():
    rule = extract_incentives("对入驻孵化大楼的企业，按每平方米每月20元给予租金补贴，补贴面积最多800平方米；"
                              "每月补贴额不超过当月实际租金的50%。", "3")[0]
    # (租金便宜，每平每月才30块: the price is told apart from the word 租金, of the rule's unit and period)
    result = calculate(rule, read_facts("在大楼租了100平，租金便宜，每平每月才30块，每个月补多少？"))
    assert result.value == 100 * 30 * 0.5  # 20 × 100 = 2000, above half the month's rent (1500)
    # a price of another period is no like for like: the share is not applied to it
    assert calculate(rule, read_facts("在大楼租了100平，每平每天1块，每个月补多少？")).value == 2000
    # nor is a price told of the grant itself or of another charge (补20元, 物业费)
    assert calculate(rule, read_facts("听说每平每月补20元，我在大楼租了100平，每个月补多少？")).value == 2000
    assert calculate(rule, read_facts("在大楼租了100平，物业费每平每月5块，每个月补多少？")).value == 2000


def test_a_rate_of_the_rent_with_a_cap_on_each_units_price_pays_by_unit_and_year_of_the_term():
    rules = extract_incentives("对新租用产业园厂房的企业，第一年按实际租金的80%给予补贴，第二年、第三年按实际租金的40%"
                               "给予补贴；补贴单价最高不超过每月每平方米6元，补贴面积不超过2000平方米。", "5")
    assert [(r.item, r.rate, r.per, r.cap, r.max_units, r.years) for r in rules] == [
        ("新租用产业园厂房的企业（第一年）", 0.8, "每月每平方米", 6, 2000, 1),
        ("新租用产业园厂房的企业（第二年、第三年）", 0.4, "每月每平方米", 6, 2000, 2)]
    first, later = rules
    # 80% of 5元 is 4元, under the 6元 cap; 2500平 is more than the 2000 paid for
    told = read_facts("租了2500平的厂房，实际租金每平每月5块，第一年能补多少？")
    assert calculate(first, told).value == 4 * 2000 * 12
    # 80% of 10元 is 8元, above the cap: 6元 a unit
    dear = read_facts("租了1000平的厂房，租金每平米每月10元，第一年能补多少？")
    assert calculate(first, dear).value == 6 * 1000 * 12
    assert calculate(later, dear).value == 4 * 1000 * 12
    # a whole cost told (全年租金): the rate of it, as before
    assert calculate(first, read_facts("全年租金30万，第一年能补多少？")).value == 240_000
    # (and within the cap of each unit for the units told: 500平 at most 6元 a month is 3.6万)
    assert calculate(first, read_facts("租了500平，全年租金30万，第一年能补多少？")).value == 6 * 500 * 12
    # a year said beside the price is no period of it (今年…每平每月4块: 80% of 4元 a month)
    assert calculate(first, read_facts("今年租了1000平，租金每平每月4块，第一年能补多少？")).value == 3.2 * 1000 * 12
    # a cost per month of the whole (每月租金3万) is no price of the unit: the price is asked for, no sum guessed
    asked = calculate(first, read_facts("租了500平，每月租金3万，第一年能补多少？"))
    assert asked.value is None and "请提供实际租金每月每平方米的单价" in asked.steps[-1]
    # a rate of another item in the clause is not capped by the rent's unit price
    mixed = extract_incentives("对购置生产设备的，按设备投资额的10%给予补助；对租用厂房的，按实际租金的50%给予补贴；"
                               "补贴单价最高不超过每月每平方米8元。", "6")
    assert [(r.rate, r.per, r.cap) for r in mixed] == [(0.1, "", None), (0.5, "每月每平方米", 8)]
    # and a price a cost is figured at (按每平方米每月12元计算) is no grant
    assert extract_incentives("标准厂房租金，按每平方米每月12元计算。", "7") == ()


def test_a_grant_within_a_joint_share_with_one_received_from_another_government():
    [rule] = extract_incentives("对设备投资500万元以上的技术改造项目，按设备投资额的6%给予补助，单个项目最高200万元。"
                                "已获省级技术改造资金支持的项目，县级补助可叠加享受，但两级补助合计不超过项目设备投资额"
                                "的10%，超出部分核减县级补助。", "4")
    assert rule.joint_share_cap == 0.1
    # 2000万 × 6% = 120万; with 省里 80万 received, 2000万 × 10% − 80万 = 120万 is left: all of it
    assert calculate(rule, read_facts("设备投资2000万，省里已经补了80万，县里能补多少？")).value == 1_200_000
    # with 150万 received, 50万 is left
    capped = calculate(rule, read_facts("设备投资2000万，省里已经补了150万，县里还能补多少？"))
    assert capped.value == 500_000 and "2000万元 × 10% − 已获150万元 = 50万元" in capped.steps[-1]
    assert calculate(rule, read_facts("设备投资2000万，县里能补多少？")).value == 1_200_000  # (none received)


def test_an_add_ons_result_says_its_own_sum_and_the_whole_its_step_adds():
    from retrieval.documents.amounts import extract_incentives, link_references
    from retrieval.records import Clause

    clause = Clause(clause_id="d/1", doc_id="d", number="1.", path=("1.",),
                    text="1.评价为A类的企业，奖励8万元；其中亩均税收位列全县前五名的，另奖励2万元；",
                    incentives=extract_incentives("1.评价为A类的企业，奖励8万元；其中亩均税收位列全县前五名的，另奖励2万元；",
                                                  "1."))
    addon = link_references([clause])[0].incentives[1]
    result = calculate(addon, read_facts("亩均评价A类，亩均税收全县第三，能拿多少？"))
    assert result.value == 20_000 and result.with_base == 100_000
    assert result.conclusion == "此项可获2万元，连同“评价为A类的企业”共10万元"


def test_sums_counted_off_one_by_one_are_each_a_sum_the_rule_is_paid_on():
    facts = read_facts("两个国家级项目，上级实际到位资金一个是300万，一个是700万，配套一共能拿多少？")
    assert facts.bases == (3_000_000, 7_000_000) and facts.alike_bases and facts.base == 7_000_000
    assert read_facts("设备投资300万，厂房500万").bases == (3_000_000, 5_000_000)  # (each its own words)


def test_a_figures_class_named_further_back_in_its_part():
    facts = read_facts("我们总部去年交的增值税和所得税留在高新区的区级部分差不多2800万，是哪一档？")
    assert [(m, v) for m, v, _ in facts.figures] == [("纳税", 28_000_000)] and facts.base is None


@pytest.mark.parametrize("question, grade", [
    ("我们厂去年是B类，今年才头一回评上A类，按哪档奖？", "A"),  # the class now, not the one of before
    ("B类和C类各给多少", "B"), ("我们是A类，去年是B类，奖多少", "A"), ("今年A类去年B类，奖多少", "A"),
    ("今年评上A类（去年是B类）", "A"), ("去年B类，今年A类，C类奖多少", "A"), ("去年评了A类，奖多少", "A"),
])
def test_the_class_the_enterprise_has_now(question, grade):
    assert read_facts(question).grade == grade


def test_a_guess_at_the_answer_is_no_sum_of_a_kind_counted_off():
    assert read_facts("是不是能补30万，还有一笔500万").bases == ()


def test_the_most_asked_of_a_per_unit_sum_with_its_count_untold_is_its_total_limit():
    patents = replace(PATENT, limit=3 * W, limit_text="最高不超过3万元", limit_per="单个企业每年")
    most = calculate(patents, Facts(), "今年十几件发明专利授权，专利奖一年最多拿多少？")
    assert (most.value, most.conclusion) == (3 * W, "最多可获3万元")
    assert most.steps[-1] == "按规定单个企业每年最高不超过3万元。"
    untold = calculate(patents, Facts(), "发明专利奖多少？")  # not the most asked: the count is asked for
    assert untold.value is None and untold.steps[-1].endswith("请提供件数以便测算。")
    fairs = Incentive(clause="第十二条", item="境外专业展会", rate=0.5, rate_text="50%", base="展位费", cap=10 * W,
                      cap_text="最高10万元", per="单个企业每年")
    most = calculate(fairs, Facts(), "境外参展补助一年最多多少？")  # no 展位费 told: the cap is the most
    assert (most.value, most.conclusion, most.steps[-1]) == (10 * W, "最高可获10万元", "按规定单个企业每年最高10万元。")


GROWTH = extract_incentives("（二）纳税增长奖。年纳税额在200万元以上、且较上年增长20%以上的企业，另奖励2万元。",
                            "（二）")[0]


@pytest.mark.parametrize("question, eligible, value, step", [
    ("去年纳税520万，前年是400万", True, 2 * W, "纳税较上年增长30%，满足增长20%以上的条件。"),
    ("去年交税2300万，比前年涨了25%", True, 2 * W, "纳税较上年增长25%，满足增长20%以上的条件。"),
    ("去年交税2300万，比前年多交了百分之十", False, 0.0,
     "纳税较上年增长10%，未达到增长20%以上的条件，不能享受此项奖补。"),
    # the growth untold: no sum (nothing for a total to add), and what is missing
    ("去年交税2300万", True, None, "此项须纳税较上年增长20%以上，请提供各年的纳税以便核实。"),
    # a fall is said as one
    ("去年纳税400万，前年是500万", False, 0.0, "纳税较上年下降20%，未达到增长20%以上的条件，不能享受此项奖补。"),
])
def test_a_bar_on_growth_is_checked_against_the_asker_s_figures(question, eligible, value, step):
    result = calculate(GROWTH, read_facts(question))
    assert (result.eligible, result.value) == (eligible, value) and step in result.steps


def test_a_bar_on_growth_every_year_where_the_rule_says_so():
    [_, rule] = extract_incentives("对首次纳入规上统计的企业奖励10万元；纳入后连续两年营业收入增长均达到15%以上的，"
                                   "再奖励5万元。", "2")
    facts = read_facts("2022年营收2000万，2023年2400万，2024年2600万")  # 20%, then 8.3%
    assert calculate(rule, facts).eligible is False
    assert needed_figures(rule)[-1] == "growth"
    assert check_facts(Facts(growth=500.0)).startswith("您填写的增长比例")


def test_what_the_review_found_growth_rules_must_leave_alone():
    # a rule's bar quoted, a cap of a rate, a rate raised: no growth of the asker's figure
    for question in ("纳税增长奖要求增长20%以上，去年交税2300万能拿吗", "设备补助最多30%吗", "补助比例提高2%是吗"):
        assert read_facts(question).growth is None
    # a share told of another figure is not this one's
    assert calculate(GROWTH, read_facts("去年纳税2300万，营收增长了30%")).value is None
    # 连续两年: one year's growth is not enough to say
    [_, rule] = extract_incentives("对首次纳入规上统计的企业奖励10万元；纳入后连续两年营业收入增长均达到15%以上的，"
                                   "再奖励5万元。", "2")
    assert calculate(rule, read_facts("2023年营收2000万，2024年2400万")).value is None
    # a bar missed before the growth is asked for
    assert calculate(GROWTH, read_facts("去年纳税100万")).eligible is False


def test_each_kind_counted_by_the_count_told_before_it():
    from retrieval.answer.compose import _counts_by_kind
    text = "对企业职工新取得技师、高级技师职业资格证书的，分别给予每人2000元、3000元补贴。"
    records = [r for r in extract_incentives(text, "16.") if r.per]
    counted = _counts_by_kind("今年有5个职工新拿了技师证，2个拿了高级技师证，一共补多少钱？", records)
    assert [(r.cap, n) for r, n in counted] == [(2000, 5), (3000, 2)]


def test_a_rate_on_the_lpr_is_paid_on_the_loan_s_own_rate_when_that_is_lower():
    # 贴息按LPR的50%计算；实际执行利率低于LPR的，按实际执行利率的50%计算 (a 政策解读's answer)
    rule, = extract_incentives("贴息按LPR的50%计算；企业实际执行利率低于LPR的，按实际执行利率的50%计算。"
                               "贴息期限最长2年，每户企业每年最高50万元。", "5.")
    assert rule.paid_rate_if_lower and rule.base == "LPR"
    facts = read_facts("专精特新贷借了3000万，LPR是3.1%，我们实际执行利率2.8%，省里一年能贴多少息？")
    assert (facts.lpr, facts.rate_paid) == (0.031, 0.028)
    # 3000万 × 2.8% × 50% = 42万 (< 50万 a year), not 3000万 × 3.1% × 50% = 46.5万
    calculation = calculate(rule, facts)
    assert calculation.value == 42 * W and "按实际执行利率计算" in calculation.steps[0]
    # a loan at or above the LPR: the LPR's
    assert calculate(rule, read_facts("贷款3000万，LPR 3.1%，实际执行利率3.5%，能贴多少？")).value == 46.5 * W
    # a rule without the clause: the LPR's, whatever the loan bears
    plain, = extract_incentives("按LPR的50%给予贴息，每户企业每年最高50万元。", "5.")
    assert not plain.paid_rate_if_lower and calculate(plain, facts).value == 46.5 * W


def test_a_subsidy_of_percentage_points_is_no_more_than_the_rate_the_loan_bears_whatever_the_lpr():
    rule, = extract_incentives("对技术改造项目贷款按2个百分点给予贴息，单个企业每年贴息额最高不超过500万元；"
                               "实际贷款利率低于贴息率的，按实际利率贴息。", "第十二条")
    # 3000万 × 1.8% (the contract's rate, below the 2 points) = 54万; the LPR told beside it is not the loan's rate
    facts = read_facts("当年放款3000万，合同利率只有1.8%，放款时一年期LPR是3.0%，贴息能给多少？")
    assert (facts.rate_paid, facts.lpr) == (0.018, 0.03)
    assert calculate(rule, facts).value == 54 * W


def test_a_whole_rent_of_the_rules_period_is_the_rent_of_every_unit_for_each_period_paid():
    rule, = extract_incentives("对新租赁厂房从事生产的企业，按每平方米每月6元给予租金补贴，"
                               "每家企业每年最高不超过30万元，且不超过实际支付租金的50%。", "第七条")
    # 6 × 2000 × 12 = 14.4万, above half of the rent paid (2万 × 12 = 24万 -> 12万)
    result = calculate(rule, read_facts("租了2000平方米厂房，每月租金2万元，一年的租金补贴能有多少？"))
    assert result.value == 12 * W
    assert result.steps[1] == "不超过实际支付租金的50%：2万元 × 12个月 = 24万元，× 50% = 12万元，按12万元计。"
    # a rent of another period than the rule's is not like for like here (每天)
    assert calculate(rule, read_facts("租了2000平方米厂房，每天租金700元，一年能补多少？")).value == 14.4 * W


def test_a_figure_named_as_a_years_is_paid_for_each_year_of_the_term_asked():
    from retrieval.answer.calculator import over_years

    rule, = extract_incentives("总部企业租赁自用办公用房的，按年租金的50%给予补助，连续补助3年，"
                               "每年最高100万元。", "五、")
    total = over_years(rule, read_facts("年租金160万，租金补助三年下来一共能补多少？"))
    assert total is not None and total.value == 240 * W  # 80万 a year × 3
    assert over_years(rule, read_facts("租金一共160万，三年下来一共能补多少？")) is None  # (not a year's figure)


def test_a_sum_counted_is_within_a_limit_of_another_unit_than_the_one_counted():
    rule, = extract_incentives("通过马德里体系获得商标国际注册的，每件商标每指定一个国家或者地区奖励5000元，"
                               "每件商标最高不超过5万元。", "（三）")
    assert calculate(rule, read_facts("一件商标指定了12个国家注册，能奖多少？")).value == 5 * W  # not 6万
    assert calculate(rule, read_facts("一件商标指定了8个国家注册，能奖多少？")).value == 4 * W
    # a limit of each unit counted caps each one, not the sum (单个产品累计 of 每个产品)
    each = replace(PER_PRODUCT, limit=25 * W, limit_text="最高25万元", limit_per="单个产品累计")
    assert calculate(each, Facts(count=3)).value == 30 * W


def test_a_rate_on_each_units_price_is_capped_for_each_unit_told():
    rule = extract_incentives("经营主体购置农业机械的，按购机价格的10%给予补助，单台最高1万元。", "第六条")[0]
    # 15万 × 10% = 1.5万 -> 1万 a machine, two machines
    assert calculate(rule, read_facts("买了两台烘干机，每台15万，能补多少？")).value == 2 * W
    assert calculate(rule, read_facts("买了一台烘干机，15万，能补多少？")).value == 1 * W


def test_counted_sums_limits_and_unit_prices_hold_only_for_what_they_are_of():
    # (review) 3件商标: the limit of each trademark, three times (30 countries × 5000元 = 15万, within 3 × 5万)
    marks, = extract_incentives("通过马德里体系获得商标国际注册的，每件商标每指定一个国家或者地区奖励5000元，"
                                "每件商标最高不超过5万元。", "（三）")
    assert calculate(marks, read_facts("3件商标总共指定了30个国家注册，能奖多少？")).value == 15 * W
    # a limit of another thing than the one counted, whatever their first characters (充电桩 / 充电站)
    piles = replace(PER_PRODUCT, per="每个充电桩", limit=50 * W, limit_text="最高50万元", limit_per="每个充电站")
    assert calculate(piles, Facts(count=40)).value == 50 * W
    # a cap of each project is no count of people told (带动就业20人)
    project, = extract_incentives("对技术改造项目，按设备投资额的10%给予补助，单个项目最高100万元。", "一")
    assert calculate(project, read_facts("一个技改项目设备投资2000万，带动就业20人，能补多少？")).value == 100 * W
    # (review) the limit of an enterprise's year written after the cap of each machine limits their total
    limited, = extract_incentives("经营主体购置农业机械的，按购机价格的10%给予补助，单台最高1万元，"
                                  "每户每年最高不超过5万元。", "第六条")
    assert (limited.limit, limited.limit_per) == (5 * W, "每户每年")
    assert calculate(limited, read_facts("买了8台农机设备，每台15万，购置补助能补多少？")).value == 5 * W
    # a sum paid at once (一次性付款) is no price of one machine: not counted per machine
    machines = extract_incentives("经营主体购置农业机械的，按购机价格的10%给予补助，单台最高1万元。", "第六条")[0]
    assert calculate(machines, read_facts("买了两台烘干机，一次性付款12万，能补多少？")).value == 1 * W


def test_a_whole_rent_said_by_the_month_in_other_words_and_figures_of_no_one_year():
    from retrieval.answer.calculator import over_years

    rule, = extract_incentives("对新租赁厂房从事生产的企业，按每平方米每月6元给予租金补贴，"
                               "每家企业每年最高不超过30万元，且不超过实际支付租金的50%。", "第七条")
    assert calculate(rule, read_facts("租了2000平方米厂房，每个月租金2万元，一年的租金补贴能有多少？")).value == 12 * W
    rent, = extract_incentives("总部企业租赁自用办公用房的，按年租金的50%给予补助，连续补助3年，"
                               "每年最高100万元。", "五、")
    # several years' rent, or a rent paid before the new year: no year's figure
    assert over_years(rent, read_facts("近三个年度租金合计480万，三年下来一共能补多少？")) is None
    assert over_years(rent, read_facts("年前付了租金480万，三年一共能补多少？")) is None
