"""Ingestion normalisation and document structure: one small hand-written text per published shape."""

from __future__ import annotations

import pytest

from retrieval.documents.corpus import build_corpus
from retrieval.documents.normalise import normalise
from retrieval.documents.parser import parse_clauses, split_documents
from retrieval.errors import CorpusError


def one(text: str):
    corpus = build_corpus({"x.txt": text}, {})
    return corpus.documents["x"], corpus.clauses


def test_traditional_characters_and_full_width_digits_become_simplified_half_width():
    assert normalise("對首次認定的企業，一次性獎勵５０萬元；增長１５％以上，按１．５倍。") == (
        "对首次认定的企业，一次性奖励50万元；增长15%以上，按1.5倍。")
    assert normalise("ＡＢ類（責任單位：縣工信局）") == "AB类（责任单位：县工信局）"  # （）：stay full-width


def test_spaces_inside_chinese_and_numbers_go_latin_words_and_two_units_keep_theirs():
    assert normalise("对首次认定的省 级专精特新企业，给予 50 万元奖励。") == (
        "对首次认定的省级专精特新企业，给予50万元奖励。")
    assert normalise("本措施自 2024 年 4 月 1 日起施行。") == "本措施自2024年4月1日起施行。"
    assert normalise("按贷款市场报价利率 LPR 的 50%给予 Open Source 企业贴息。") == (
        "按贷款市场报价利率LPR的50%给予Open Source企业贴息。")
    assert normalise("溪桐县科学技术局　　溪桐县财政局") == "溪桐县科学技术局 溪桐县财政局"


def test_pdf_line_breaks_page_numbers_and_headers():
    text = "\n".join([
        "枫林市人民政府文件",
        "枫政发〔2024〕3号",
        "一、支持企业做大做强",
        "1.对年营业收入首次突破 1 亿元的工业企业，给予 10 万",
        "元奖励；首次突破 5 亿元的，给予 50 万元奖励。（责任单位",
        ":市经信局、市财政局)",
        "",
        "— 1 —",
        "第 2 页 共 3 页",
        "2.对新认定的省级数字化车间，给予 30 万元奖励。",
    ])
    assert normalise(text).split("\n") == [
        "枫林市人民政府文件",
        "枫政发〔2024〕3号",
        "一、支持企业做大做强",
        "1.对年营业收入首次突破1亿元的工业企业，给予10万元奖励；首次突破5亿元的，给予50万元奖励。（责任单位:市经信局、市财政局)",
        "",
        "2.对新认定的省级数字化车间，给予30万元奖励。",
    ]


def test_hard_wrapped_text_joins_full_lines_but_keeps_titles_and_signatures():
    body = ["为加快建设先进制造业强市，推动工业经济稳进提质，结合我市实际", "制定如下措施。"] * 3
    text = "\n".join(["关于印发2024年度省级制造业高质量发展", "专项资金申报指南的通知", *body,
                      "岭南市人民政府", "2024年3月18日"])
    lines = normalise(text).split("\n")
    assert lines[:2] == ["关于印发2024年度省级制造业高质量发展", "专项资金申报指南的通知"]
    assert lines[2] == "为加快建设先进制造业强市，推动工业经济稳进提质，结合我市实际制定如下措施。"
    assert lines[-2:] == ["岭南市人民政府", "2024年3月18日"]


def test_normalising_twice_changes_nothing():
    text = "對首次認定的企業，給予 50 萬\n元獎勵。\n— 2 —\n（二）其他"
    assert normalise(normalise(text)) == normalise(text)


@pytest.mark.parametrize("number", ["岭政发〔2024〕9号", "岭政发[2024]9号", "岭政发［2024］9号", "岭政发(2024)9号",
                                    "岭政发（2024）9号", "岭政发【2024】9号", "岭政发 [ 2024 ] 9 号"])
def test_doc_number_in_every_bracket_style(number):
    doc, _ = one(f"岭南市促进工业发展若干措施\n{number}\n一、对新认定的企业，给予10万元奖励。\n")
    assert doc.doc_number == "岭政发〔2024〕9号"


def test_masthead_skipped_notice_of_one_measure_titled_by_the_measure_broken_over_two_lines():
    text = """青松县人民政府办公室文件

青政办发〔2024〕21号

青松县人民政府办公室
关于印发《青松县支持新能源汽车零部件
产业高质量发展若干措施》的通知

各乡镇人民政府，县政府各部门：
    《青松县支持新能源汽车零部件产业高质量发展若干措施》已经县政府研究通过，现印发给你们。

青松县人民政府办公室
2024年7月10日

青松县支持新能源汽车零部件
产业高质量发展若干措施

一、支持企业做优做强
（一）对新认定的省级专精特新中小企业，给予一次性奖励30万元。（责任单位：县工业和信息化局）
"""
    doc, clauses = one(text)
    assert (doc.title, doc.doc_number, doc.issuer, doc.jurisdiction, doc.issuer_level) == (
        "青松县支持新能源汽车零部件产业高质量发展若干措施", "青政办发〔2024〕21号", "青松县人民政府办公室",
        "青松县", "county")
    assert [c.number for c in clauses] == ["一、（一）"]


def test_notice_that_issues_a_measure_without_its_own_title_line_is_titled_by_it():
    text = ("江南省工业和信息化厅 江南省财政厅\n关于印发2024年度省级制造业高质量发展\n专项资金项目申报指南的通知\n"
            "江工信投〔2024〕57号\n各设区市工业和信息化局：\n现将申报指南印发给你们。\n一、支持方向\n"
            "（一）对新认定的省级智能工厂，给予一次性奖励200万元。\n")
    doc, _ = one(text)
    assert doc.title == "2024年度省级制造业高质量发展专项资金项目申报指南"
    assert doc.issuer == "江南省工业和信息化厅 江南省财政厅"
    assert (doc.jurisdiction, doc.issuer_level) == ("江南省", "province")


def test_dates_only_from_sentences_about_the_document():
    text = ("岭南镇支持实体经济发展若干措施\n岭府〔2024〕3号\n一、支持科技创新\n"
            "1.对首次认定为高新技术企业的，给予奖励5万元。高新技术企业认定有效期为3年，同一认定周期内只奖励一次。\n"
            "本措施自2024年1月1日起施行，有效期2年。\n")
    doc, _ = one(text)
    assert (doc.effective, doc.expires) == ("2024-01-01", "2025-12-31")
    honour_only = one("岭南市专精特新申报指南\n一、有效期\n市级专精特新中小企业认定有效期为3年，每3年复评一次。\n")[0]
    assert honour_only.expires == ""


def test_units_at_clause_section_and_document_level():
    text = """岭南区促进科技创新若干措施

一、壮大科技型企业群体
（一）支持高新技术企业发展
1.对首次认定为国家高新技术企业的，给予一次性奖励30万元。
2.对整体迁入的高新技术企业，给予一次性奖励20万元。（责任单位：区科技局、区财政局）
（二）支持科技型中小企业成长
1.对当年评价入库的科技型中小企业，每家给予2万元奖励。
责任部门：区科技局
二、附则
（一）本措施适用于在岭南区注册的企业。
（二）本措施由区经济和信息化局负责解释，区财政局负责资金兑现。
"""
    _, clauses = one(text)
    units = {c.number: c.departments for c in clauses}
    assert units["一、（一）1."] == ("区科技局",)  # the label line closing 一、
    assert units["一、（一）2."] == ("区科技局", "区财政局")  # its own
    assert units["一、（二）1."] == ("区科技局",)
    # the line is the text of none of the items, and shown with each item of its section
    texts = {c.number: c.text for c in clauses}
    assert texts["一、（一）1."] == "1.对首次认定为国家高新技术企业的，给予一次性奖励30万元。\n责任部门：区科技局"
    assert texts["一、（二）1."] == "1.对当年评价入库的科技型中小企业，每家给予2万元奖励。\n责任部门：区科技局"
    assert units["二、（一）"] == ("区财政局", "区经济和信息化局")  # the closing sentence: who pays, who interprets
    articles = """岭南市技术改造专项资金实施细则
第五条　设备投资补助
（一）按设备投资额的10%给予补助，单个项目最高不超过300万元。
（二）二手设备不计入。
牵头单位：市工业和信息化局
配合单位：各区（县、市）人民政府、市应急管理局（安全生产科）
第六条　申报时间。每年3月集中申报。
"""
    _, clauses = one(articles)
    units = {c.number: c.departments for c in clauses}
    expected = ("市工业和信息化局", "各区（县、市）人民政府", "市应急管理局")
    assert units["第五条"] == units["第五条（一）"] == units["第五条（二）"] == expected
    second = next(c for c in clauses if c.number == "第五条（二）").text
    assert second == ("（二）二手设备不计入。\n牵头单位：市工业和信息化局\n"
                      "配合单位：各区（县、市）人民政府、市应急管理局（安全生产科）")
    assert units["第六条"] == ()


def test_units_of_a_closing_paragraph_that_only_names_who_accepts():
    text = ("岭南镇奖励办法\n一、奖励标准\n（一）对小升规企业，给予一次性奖励8万元。\n"
            "本办法所列奖励事项由镇经济发展服务中心负责受理，镇财政所负责兑付。\n")
    _, clauses = one(text)
    assert clauses[0].departments == ("镇经济发展服务中心", "镇财政所")


def test_a_file_that_normalises_to_nothing_is_refused():
    with pytest.raises(CorpusError, match="没有正文"):
        build_corpus({"x.txt": "— 1 —\n第 2 页 共 3 页\n\n"}, {})


def test_notice_splits_and_old_ids_stay():
    docs = split_documents("关于印发《支持甲产业若干措施》《支持乙产业若干措施》的通知\n岭政办发〔2023〕10号\n"
                           "支持甲产业若干措施\n一、甲。内容。\n支持乙产业若干措施\n一、乙。内容。\n")
    assert [d.title for d in docs] == ["支持甲产业若干措施", "支持乙产业若干措施"]
    assert [c.clause_id for c in parse_clauses("a", docs[0].lines)] == ["a/一"]


def test_sums_in_chinese_numerals_are_read_as_digits():
    from retrieval.documents.normalise import arabic_sums

    assert arabic_sums("奖励十五万元；再奖励五万元") == "奖励15万元；再奖励5万元"
    assert arabic_sums("奖励二百五十万元、每人每月三千元、一万五千元、一亿元，达到五千万元以上") == (
        "奖励250万元、每人每月3000元、15000元、1亿元，达到5000万元以上")
    assert arabic_sums("按百分之三十给予补助，按百分之二点五贴息") == "按30%给予补助，按2.5%贴息"
    assert arabic_sums("奖励一点五万元；奖励一亿五千万元") == "奖励1.5万元；奖励150000000元"
    # a numeral inside a word is no sum: 一元化, 三元正极材料, 单一元件
    words = "推进一元化管理，对新建三元正极材料项目、单一元件"
    assert arabic_sums(words) == words
    # capital numerals from 拾 (拾伍万元), and a sum of 万 printed without 元 (not a count of tonnes or dollars)
    assert arabic_sums("落户奖励拾伍万元，楼宇奖励拾万元") == "落户奖励15万元，楼宇奖励10万元"
    assert arabic_sums("奖励10万；最高1000万以上，分别奖励20万、50万") == (
        "奖励10万元；最高1000万元以上，分别奖励20万元、50万元")
    assert arabic_sums("年吞吐1万吨，出口100万美元，1.5万平方米") == "年吞吐1万吨，出口100万美元，1.5万平方米"
    doc, clauses = one("柘南县奖励办法\n第四条 对首次纳入规模以上工业统计的企业，奖励十五万元。\n")
    assert [a.value for a in clauses[0].amounts] == [150000]


def test_a_notice_under_an_issuers_line_is_titled_by_its_own_line_and_its_validity_said_as_执行至():
    doc, _ = one("桐南市工业和信息化局　桐南市财政局\n关于组织申报2026年度小升规企业奖励的通知\n桐工信〔2026〕4号\n"
                 "各县工业和信息化局：\n本通知自印发之日起执行，执行至2026年12月31日。\n一、奖励标准\n"
                 "（一）对首次纳入规模以上工业统计的企业，奖励10万元。\n")
    assert doc.title == "关于组织申报2026年度小升规企业奖励的通知"
    assert doc.issuer == "桐南市工业和信息化局 桐南市财政局"
    assert doc.expires == "2026-12-31"


def test_items_numbered_with_half_a_bracket_and_sums_in_capital_numerals():
    _, clauses = one("某街道扶持措施\n二、扶持内容\n"
                     "1）新纳统奖励。首次纳入规模以上服务业统计的企业，一次性奖励叁万元。\n"
                     "2）楼宇运营奖励。出租率达到85%以上的，奖励楼宇运营方捌万元；达到95%以上的，奖励壹拾伍万元。\n"
                     "3）稳岗补贴。按每人3000元给予补贴。\n三、附则\n本措施自2025年1月1日起试行。\n")
    by_number = {c.number: c for c in clauses}
    assert list(by_number)[:3] == ["二、1）", "二、2）", "二、3）"]
    assert [r.cap for r in by_number["二、1）"].incentives] == [30_000]
    assert [r.cap for r in by_number["二、2）"].incentives] == [80_000, 150_000]
    assert normalise("人民币贰拾万零伍仟元整；三元正极材料") == "人民币205000元整；三元正极材料"


def test_a_documents_term_said_as_it_calls_itself_or_as_a_trial():
    # 本标准, as a document whose title ends in 标准 calls itself; 起施行，至…止
    doc, _ = one("某市2025年度专项资金奖补标准\n一、对新认定的市级智能工厂，奖励80万元。\n"
                 "二、本标准自2025年4月1日起施行，至2025年12月31日止。\n")
    assert (doc.effective, doc.expires) == ("2025-04-01", "2025-12-31")
    # a trial's term (起试行，试行期两年)
    doc, _ = one("某街道扶持措施（试行）\n一、对新落户企业，奖励5万元。\n"
                 "二、本措施自2025年1月1日起试行，试行期两年。\n")
    assert (doc.effective, doc.expires) == ("2025-01-01", "2026-12-31")


def test_what_reads_like_the_new_shapes_but_is_not_them():
    from retrieval.documents.formats import _running_lines
    from retrieval.documents.tables import _unit_from_header, stated_unit

    # (review) capital numerals only as a run opening on a digit: a name (陆元明) or a word (收拾元旦) stays
    assert normalise("联系人：陆元明；收拾元旦；壹拾伍点伍万元；贰仟伍佰圆整") == (
        "联系人：陆元明；收拾元旦；15.5万元；2500元整")
    # a unit stated per unit (元/平方米) is no unit of a table's sums; a column of shares or years takes none
    assert stated_unit("单位：元/平方米·月") == "" and stated_unit("（金额单位：万元）") == "万元"
    assert _unit_from_header("补贴比例", "50", "万元") == ("补贴比例", "50")
    assert _unit_from_header("单项上限", "60", "万元") == ("单项上限", "60万元")
    # a line on the edge of two pages only is a running header, not a table's header nor a date
    pages = [["关于印发的通知", "2025年3月1日"], ["序号  项目  奖励标准", "1  上市  100万元"],
             ["序号  项目  奖励标准", "2025年3月1日"], ["某工信联〔2025〕12号", "正文"],
             ["某工信联〔2025〕12号", "附则"]]
    assert _running_lines(pages) == {"某工信联〔2025〕12号": False}


def test_a_web_pages_breadcrumb_is_page_furniture():
    text = normalise("滨河工业园区管理委员会\n首页 > 政务公开 > 政策解读\n当前位置：首页 > 办事指南\n"
                     "营业收入>1亿元的企业")
    assert text.split("\n") == ["滨河工业园区管理委员会", "营业收入>1亿元的企业"]


def test_a_posts_pictographs_say_nothing_and_its_keycaps_number_points():
    from retrieval.documents.normalise import normalise, without_pictographs

    assert without_pictographs("📌 首次入规的，一次性奖励💰10万 ✅") == " 首次入规的，一次性奖励10万 "
    assert normalise("1️⃣ 同一事项就高\n2️⃣ 不重复享受") == "1.同一事项就高\n2.不重复享受"
