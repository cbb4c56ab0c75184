"""Regressions for findings of the code review: flags, highlighting, follow-ups, request limits."""

from __future__ import annotations

import re
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


# --- seventeenth session's review ---------------------------------------------------------------------
def test_html_tables_of_all_th_cells_a_section_row_and_a_short_row_under_a_spanning_cell():
    from retrieval.documents.formats import extract_text

    def rows(table):
        page = f"<html><body><div><p>清单内容说明文字</p><table>{table}</table></div></body></html>"
        return [line for line in extract_text("x.html", page.encode("utf-8")).split("\n") if line.startswith("|")]

    assert rows("<tr><th>类别</th><th>事项</th><th>标准</th></tr><tr><th>科技类</th><th>高企</th><th>奖励20万元</th>"
                "</tr>") == ["|类别|事项|标准|", "|科技类|高企|奖励20万元|"]
    assert rows("<tr><th>类别</th><th>事项</th><th>标准</th></tr><tr><th colspan=3>一、产业发展类</th></tr>"
                "<tr><td>科技类</td><td>高企</td><td>奖励20万元</td></tr>")[0] == "|类别|事项|标准|"
    assert rows("<tr><th>类别</th><th>事项</th><th>部门</th></tr><tr><td>科技类</td><td>A奖励</td>"
                "<td rowspan=3>区经发局</td></tr><tr><td>科技类</td><td>B奖励</td></tr><tr><td>人才类</td></tr>"
                "<tr><td>科技类</td><td>D奖励</td><td>区科技局</td></tr>")[3:] == ["|人才类||区经发局|",
                                                                            "|科技类|D奖励|区科技局|"]


def test_an_issuer_line_is_not_a_blank_line_nor_a_titles_first_line():
    from retrieval.documents.parser import split_documents

    doc = split_documents("枫岭市人民政府文件\n\n枫岭市人民政府关于加快发展的若干措施的通知\n枫政发〔2024〕9号\n"
                          "一、总则\n（一）对企业奖励10万元。\n")[0]
    assert doc.issuer == "枫岭市人民政府"
    doc = split_documents("关于加快推进省级制造业创新中心\n建设的若干措施\n一、总则\n（一）对企业奖励10万元。\n")[0]
    assert doc.title == "关于加快推进省级制造业创新中心建设的若干措施"


def test_review_amount_shapes():
    from retrieval.documents.amounts import extract_incentives

    def read(text):
        return [(r.item, r.level, r.rate, r.cap, r.per) for r in extract_incentives(text, "x")]

    # a department that recognises names the honour's level
    assert read("对被省级工信部门认定为专精特新中小企业的，奖励20万元。")[0][1] == "省级"
    assert read("入驻企业须按时缴纳物业管理费，每平方米每月3元。") == []  # a fee paid, no grant
    assert [i for i, *_ in read("首年奖励10万元，次年奖励5万元。")] == ["首年", "次年"]
    funded = read("对新认定的国家级专精特新小巨人企业，奖励50万元，市财政另行配套20万元。")
    assert funded[1][0] == "新认定的国家级专精特新小巨人企业"
    assert read("类别：专精特新中小企业；级别：省级以上；奖励金额：20万元")[0][0] == "省级以上专精特新中小企业"
    row = read("设备投资额：1000万元（含）至3000万元；补助比例：6%；最高补助金额：150万元")
    assert row[0][2:4] == (0.06, 1_500_000)
    # 前款 is the paragraph just before; a cap sentence after a fixed grant caps no rate before it
    rates = read("对技改项目，按设备投资额的10%给予补助。\n对技改贷款，按实际发生利息的50%给予贴息。\n"
                 "前款补助，单个项目最高不超过200万元。")
    assert [(rate, cap) for _, _, rate, cap, _ in rates] == [(0.1, None), (0.5, 2_000_000)]
    rates = read("按研发费用增量的10%给予补助。对新认定的高新技术企业奖励20万元。单个企业最高不超过50万元。")
    assert rates[0][2:4] == (0.1, None)


def test_review_a_share_cap_compares_like_with_like_and_a_share_tier_asks_for_its_part():
    from retrieval.answer.calculator import needed_figures
    from retrieval.documents.amounts import extract_incentives
    from retrieval.search.figures import read_facts

    rule = extract_incentives("对新租赁标准厂房的企业，按每平方米每月8元给予租金补贴，每家企业每年最高不超过50万元，"
                              "且不超过实际支付租金的60%。", "7")[0]
    from retrieval.answer.calculator import calculate

    assert calculate(rule, read_facts("租了3000平方米，租金每平方米每天1元，一年能补多少？")).value == 288_000
    assert calculate(rule, read_facts("租了3000平方米，全年租金30万元，一年能补多少？")).value == 180_000
    tiered = extract_incentives("对研发费用按其占营业收入比重分档奖励：比重3%（含）至5%的，奖励20万元；"
                                "比重5%（含）以上的，奖励50万元。", "x")[0]
    assert needed_figures(tiered) == ("figure", "base")


def test_review_question_patterns():
    from retrieval.lexicon.patterns import NOT_ASKED, WHERE_TO_APPLY

    assert [bool(WHERE_TO_APPLY.search(q)) for q in ("需要交哪几份材料", "材料最晚交到哪天", "材料提交到哪里",
                                                     "报到哪里", "纸质材料交给谁")] == [False, False, True, True, True]
    assert NOT_ASKED.sub("_", "研发投入比市场平均水平高能不能申请") == "研发投入比市场平均水平高能不能申请"


# --- twentieth session's review ----------------------------------------------------------------------------


def test_kinds_of_place_and_words_inside_words_are_no_place_and_no_abbreviation():
    from retrieval.lexicon.tokenizer import expand_abbreviations
    from retrieval.search.query import _county_or_town_names

    assert _county_or_town_names("建制镇的企业技术改造补助多少？") == []
    assert _county_or_town_names("我们是少数民族自治县的企业") == []
    assert _county_or_town_names("六里镇有补贴吗") == ["六里镇"]  # numerals and a measure word, no act: a name
    assert expand_abbreviations("注重评价，严重评级，品牌子品牌") == "注重评价，严重评级，品牌子品牌"
    assert expand_abbreviations("拿到牌子了，要不要重评") == "拿到称号了，要不要复评"


def test_both_ends_asked_need_a_when_word_for_the_start_and_not_an_end_that_is_passed():
    from retrieval.lexicon.patterns import BOTH_ENDS_ASKED, PERIOD_STATED

    assert BOTH_ENDS_ASKED.search("几号开始报？几号截止？")
    assert not BOTH_ENDS_ASKED.search("专精特新奖励申报截止后什么时候开始初审？")
    assert not BOTH_ENDS_ASKED.search("申报结束后多久开始拨款")
    assert PERIOD_STATED.search("3月1日至31日") and PERIOD_STATED.search("3月16日起至4月15日止")
    assert not PERIOD_STATED.search("4月30日前")


def test_the_most_asked_is_a_sum_not_a_count_a_rate_or_one_unit_and_never_a_tier_s_cap():
    from retrieval.answer.calculator import Facts, calculate
    from retrieval.records import Incentive

    fairs = Incentive(clause="第十二条", item="境外专业展会", rate=0.5, rate_text="50%", base="展位费", cap=100_000,
                      cap_text="最高10万元", per="单个企业每年")
    for question in ("境外参展补助一年最多能补几次？", "参展补助比例最高多少？", "每件最多多少？", "年龄上限多少"):
        assert calculate(fairs, Facts(), question).value is None, question
    assert calculate(fairs, Facts(), "境外参展最高补贴多少").value == 100_000
    tier = Incentive(clause="三", item="营业收入首次突破", cap=100_000, cap_text="最高10万元",
                     tiers=((1e8, 5e8, None, 100_000), (5e8, 1e9, None, 300_000)), metric="营业收入")
    assert calculate(tier, Facts(), "营业收入首次突破的企业奖励一年最多多少？").value is None


def test_a_received_piece_is_not_joined_across_another_matter():
    from retrieval.search.query import question_parts

    parts = question_parts("我们去年拿过市里的技改补助50万，另外研发投入800万能补多少？专精特新小巨人奖多少？")
    assert "研发投入800万能补多少？" in parts and not any("50万研发" in p for p in parts)


def test_review_of_the_forty_second_session():
    from retrieval.answer.calculator import calculate
    from retrieval.documents.amounts import extract_incentives
    from retrieval.documents.corpus import build_corpus
    from retrieval.documents.parser import units_said_for
    from retrieval.lexicon.patterns import REQUIREMENT, without_denied
    from retrieval.search.figures import read_facts

    # a time before (前两年, 前两个月) is no span the figure rose in: the figure told first stays the latest
    assert read_facts("今年营收3个亿，前两年才1个亿").figure("营业收入") == 3e8
    assert read_facts("纳税今年600万，前两个月才50万").figure("纳税") == 6e6
    # the part above a bar however it is written (500万元以上的部分，按20%)
    above = extract_incentives("企业年度财政贡献500万元以上的部分，按20%给予奖励，最高100万元。", "1")[0]
    assert calculate(above, read_facts("财政贡献800万能奖多少")).value == 600_000
    # only a brief denial that asks nothing is left out of the words naming the item
    for question in ("没有被认定为高企的科技型中小企业，能拿多少", "不在园区注册的企业能申请人才补贴吗",
                     "不是首次认定的高企有奖励吗？"):
        assert without_denied(question) == question
    # a step of a procedure labelled 审核 is no post's byline; a title decorated with ★ or naming a time is the title
    steps = build_corpus({"s.txt": "★重磅｜某区出台惠企措施\n一、支持技改\n●按设备投资额的8%给予补助。\n【特别提示】\n"
                                   "以上政策同一企业不重复享受。\n二、申报程序\n审核：县工信局会同县财政局审核。\n"
                                   "公示：审核结果公示7天。\n"}, {})
    assert [d.title for d in steps.documents.values()] == ["重磅｜某区出台惠企措施"]  # (its ★ a pictograph, dropped)
    assert [c.clause_id for c in steps.clauses] == ["s/一.●1", "s/一.【特别提示】", "s/二"]
    assert "审核：县工信局" in steps.clauses[-1].text
    notice = build_corpus({"n.txt": "关于2025年8月6日14:30召开惠企政策宣讲会的通知\n\n一、会议时间\n"
                                    "2025年8月6日14:30。\n"}, {})
    assert [d.title for d in notice.documents.values()] == ["关于2025年8月6日14:30召开惠企政策宣讲会的通知"]
    # a tier below a bar is no tier when another bar follows in its part (不足500万元但超过200万元)
    tiers = extract_incentives("年纳税额500万元以上的，奖励10万元；年纳税额不足500万元但超过200万元的，奖励5万元。",
                               "1")
    assert [(r.low, r.high) for r in tiers] == [(5e6, None), (2e6, None)]
    # 应当 (a procedure's steps) is no requirement on whom a grant is for; nor 对应当年
    assert not REQUIREMENT.search("申报企业应当于3月底前提交材料，对应当年新增的投资额核定")
    # units given to runs of items only by a sentence about the document itself, not another document's article
    assert units_said_for("依据《某市办法》第十条由市财政局负责拨付的部分，按本办法执行。", "第十条") is None
    ranged = "本措施第1—2条由县工业和信息化局负责，第3条由县科学技术局负责。"
    assert [units_said_for(ranged, n)[1] for n in ("1.", "2.", "一、3.")] == [
        ("县工业和信息化局",), ("县工业和信息化局",), ("县科学技术局",)]
    # a headcount told below a figure is below it, as an area is (从业人员不到50人)
    assert read_facts("从业人员不到50人，能申报吗").headcount < 50
    # a sum per person per month with a second slash
    assert extract_incentives("给予本科生生活补贴800元/人/月，最长24个月。", "1")[0].per == "每人每月"


def test_review_of_the_forty_third_session():
    from retrieval.documents.amounts import extract_incentives
    from retrieval.documents.corpus import build_corpus
    from retrieval.documents.parser import split_documents
    from retrieval.lexicon.patterns import TOPUP_WORDS, grades_named, lists_firms

    def items(text):
        return [(r.item, r.level, r.cap) for r in extract_incentives(text, "1")]

    # a kind of company named twice, or one firm said twice, lists no firms; two firms in rows do
    assert not lists_firms("对完成股份制改造，由有限责任公司整体变更为股份有限公司的企业，给予一次性奖励50万元。")
    assert not lists_firms("通过县融资担保有限公司担保的，按担保费的50%补贴，县融资担保有限公司应当按季报送。")
    assert lists_firms("1石楠昌达机械有限公司纳税上台阶50000\n2茂泉宏远新材料有限公司技改配套100000")
    reform = "对完成股份制改造，由有限责任公司整体变更为股份有限公司的企业，给予一次性奖励50万元。"
    assert items(reform)[0][2] == 500_000
    # a 印发 notice whose 一、二、 ask the offices to carry out the measure is no document of its own (only an
    # amending one is)
    notice = ("关于印发《某县促进工业发展若干措施》的通知\n各乡镇：\n现将《某县促进工业发展若干措施》印发给你们，"
              "通知如下：\n一、各部门要加强组织领导。\n二、县财政局要做好资金保障。\n某县促进工业发展若干措施\n"
              "一、对新认定的高新技术企业奖励10万元。\n二、对首次纳入规上统计的企业奖励5万元。\n")
    assert [d.title for d in split_documents(notice)] == ["某县促进工业发展若干措施"]
    # the bare name of two places alike (檀州 of 檀州市 and of 檀州高新区) gives no place
    tied = build_corpus({"a.txt": "檀州市人民政府\n檀州市奖励办法\n一、对企业给予5万元奖励。\n",
                         "z.txt": "檀州高新区管委会\n檀州高新区奖励办法\n一、对企业给予3万元奖励。\n",
                         "kb.txt": "檀州12345热线知识库\n一、企业能领什么补贴？答：每人1500元。\n"}, {})
    assert tied.documents["kb"].jurisdiction == ""
    # a part after a grant that says how far or who else pays keeps the grant's subject; one naming a thing of its
    # own is that thing's, whichever order the grant is written in
    capped = items("对新认定的国家级单项冠军企业奖励300万元，同一企业不超过500万元。")
    assert capped[1][:2] == ("新认定的国家级单项冠军企业", "国家级")
    assert items("对新认定的国家级专精特新小巨人企业，奖励50万元，市财政另行配套20万元。")[1][:2] == (
        "新认定的国家级专精特新小巨人企业", "国家级")
    assert items("对新认定的单项冠军企业给予300万元奖励，单项冠军产品给予100万元奖励。")[1][0] == "单项冠军产品"
    assert items("对新认定的国家级制造业单项冠军示范企业，给予一次性奖励300万元，单项冠军产品给予一次性奖励100万元。"
                 )[1][0] == "单项冠军产品"
    # an amendment written 改为, or a deletion, grants nothing of the old wording
    assert items("一、将第三条中的“奖励30万元”改为“奖励50万元”。") == []
    assert items("三、删除第五条“对市级专精特新企业给予5万元奖励”。") == []
    # 各给予一次性奖励 for each item; a list of prize grades (一、二等奖) stays one item; 不再享受 withholds
    assert [i for i, _, _ in items("对首次认定的高新技术企业、入库的科技型中小企业，各给予一次性奖励5万元。")] == [
        "首次认定的高新技术企业", "入库的科技型中小企业"]
    prizes = items("对获得国家科学技术奖一、二等奖的项目，各奖励50万元。")
    assert [i for i, _, _ in prizes] == ["获得国家科学技术奖一、二等奖的项目"]
    assert items("市级专精特新中小企业不再享受5万元奖励。") == []
    # equal shares told after a comma (分两年发放，每年各50%)
    assert extract_incentives("对引进的博士给予安家补贴8万元，分两年发放，每年各50%。", "1")[0].instalments == 2
    # classes listed before one 类 (A、B类) are each named; top-ups written as what was paid deducted
    assert grades_named("亩均效益评价A、B类企业各奖多少") == ["A", "B"]
    assert all(re.search(TOPUP_WORDS, t) for t in ("扣除已发放部分后补足", "按国家级标准补足，已获奖励予以扣除"))
