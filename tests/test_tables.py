"""Tables as published: pipe and tab text tables, Word tables and HTML <table>s, one clause per row."""

from __future__ import annotations

import io

import pytest

from retrieval.documents.corpus import build_corpus
from retrieval.documents.formats import extract_text
from retrieval.errors import CorpusError

HEADER = ["序号", "项目", "支持标准", "责任科室", "联系人", "联系电话"]
ROWS = [["1", "高新技术企业认定奖励", "对首次认定的高新技术企业给予20万元奖励。", "科技创新局", "陈工",
         "0571-86630121"],
        ["2", "企业贷款贴息", "按贷款市场报价利率的50%给予贴息，每家企业每年最高不超过40万元。",
         "金融服务局、财政局", "李工", "0571-86630337"]]
ROW1 = ("项目：高新技术企业认定奖励；支持标准：对首次认定的高新技术企业给予20万元奖励；责任科室：科技创新局；"
        "联系人：陈工；联系电话：0571-86630121")
HEAD = "岭南高新区2024年惠企政策清单\n岭高管发[2024]12号\n为推动惠企政策直达快享，现将清单印发如下，请对照申报。\n"
NOTE = "备注：同一企业同一年度同类型项目按从高不重复原则予以支持。\n"


def parsed(name: str, text: str):
    corpus = build_corpus({name: text}, {})
    return next(iter(corpus.documents.values())), corpus.clauses


def check(doc, clauses):
    assert (doc.title, doc.doc_number, doc.jurisdiction) == (
        "岭南高新区2024年惠企政策清单", "岭高管发〔2024〕12号", "岭南高新区")
    assert [c.clause_id for c in clauses] == ["x/段1", "x/1", "x/2", "x/段2"]
    assert [c.number for c in clauses] == ["第1段", "1", "2", "第2段"]
    assert clauses[1].text == ROW1
    assert clauses[1].departments == ("科技创新局",)
    assert clauses[2].departments == ("金融服务局", "财政局")
    assert "|" not in "".join(c.text for c in clauses)


def test_pipe_text_table_with_a_rule_line():
    table = "\n".join(["| " + " | ".join(HEADER) + " |", "|---|---|---|---|---|---|",
                       *("| " + " | ".join(r) + " |" for r in ROWS)])
    check(*parsed("x.txt", HEAD + table + "\n" + NOTE))


def test_tab_separated_table():
    table = "\n".join("\t".join(r) for r in [HEADER, *ROWS])
    check(*parsed("x.txt", HEAD + table + "\n" + NOTE))


def test_bar_separated_table_without_bars_at_its_ends():
    # (a table pasted as text, 序号|项目|标准, or a Markdown table written without its outer bars)
    table = "\n".join(["|".join(HEADER), "---|---|---|---|---|---", *("|".join(r) for r in ROWS)])
    check(*parsed("x.txt", HEAD + table + "\n" + NOTE))


def test_word_table_in_document_order():
    from docx import Document as Docx

    document = Docx()
    for line in HEAD.strip().split("\n"):
        document.add_paragraph(line)
    table = document.add_table(rows=0, cols=len(HEADER))
    for r in [HEADER, *ROWS]:
        cells = table.add_row().cells
        for cell, value in zip(cells, r, strict=True):
            cell.text = value
    document.add_paragraph(NOTE.strip())
    buffer = io.BytesIO()
    document.save(buffer)
    text = extract_text("x.docx", buffer.getvalue())
    assert text.split("\n")[3].startswith("|序号|项目|")
    check(*parsed("x.txt", text))


def test_html_table_and_title_outside_the_content_block():
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in ROWS)
    head = "<tr>" + "".join(f"<th>{c}</th>" for c in HEADER) + "</tr>"
    page = ("<html><head><title>岭南高新区2024年惠企政策清单_政策文件_岭南高新区</title></head><body>"
            "<div class='nav'>首页 | 政务公开</div><h1>岭南高新区2024年惠企政策清单</h1>"
            "<div class='content'><p>岭高管发[2024]12号</p>"
            "<p>为推动惠企政策直达快享，现将清单印发如下，请对照申报。</p>"
            f"<table><thead>{head}</thead><tbody>{rows}</tbody></table><p>{NOTE.strip()}</p></div>"
            "<div class='footer'>版权所有</div></body></html>")
    text = extract_text("x.html", page.encode("utf-8"))
    assert text.split("\n")[0] == "岭南高新区2024年惠企政策清单"
    check(*parsed("x.txt", text))


def test_table_under_a_numbered_section_nests_its_rows_and_tier_numbers():
    text = ("岭南高新区支持总部经济若干措施\n一、经营贡献奖励\n对总部企业按下表分档给予奖励：\n"
            "|档次|年度地方财政贡献|奖励标准|责任科室|\n|第一档|300万元（含）至500万元|奖励30万元|企业服务科|\n"
            "|档次|年度地方财政贡献|奖励标准|责任科室|\n|第二档|500万元（含）以上|奖励60万元|总部经济科|\n"
            "注：年度地方财政贡献是指区级地方财政收入部分。\n二、其他\n本措施由岭南高新区经济发展局负责解释。\n")
    _, clauses = parsed("x.txt", text)
    assert [c.clause_id for c in clauses] == ["x/一", "x/一.第一档", "x/一.第二档", "x/二"]
    assert clauses[1].number == "一、第一档"
    assert clauses[1].text == ("档次：第一档；年度地方财政贡献：300万元（含）至500万元；奖励标准：奖励30万元；"
                               "责任科室：企业服务科")
    assert clauses[2].departments == ("总部经济科",)
    assert "注：" in clauses[0].text  # the note after the table stays with its section
    assert clauses[3].departments == ("岭南高新区经济发展局",)


def test_a_table_with_no_header_is_refused():
    text = ("岭南市若干措施\n|1|技术改造补助|按设备投资额的10%给予补助|市工信局|\n"
            "|2|贷款贴息|按利息的50%贴息|市财政局|\n")
    with pytest.raises(CorpusError, match="表格缺少表头"):
        build_corpus({"x.txt": text}, {})


def _aligned(rows: list[list[str]]) -> list[str]:
    """Rows padded to columns, as a text-layer PDF's table reads: each column starts at the same place."""
    import unicodedata

    def width(text: str) -> int:
        return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)

    widths = [max(width(r[k]) for r in rows) for k in range(len(rows[0]))]
    return ["".join(c + " " * (widths[k] - width(c) + 3) for k, c in enumerate(r)).rstrip() for r in rows]


def test_space_aligned_table_in_a_text_layer_pdf():
    from tests.pdfgen import make_pdf

    page = [*HEAD.strip().split("\n"), *_aligned([HEADER, *ROWS]), NOTE.strip()]
    text = extract_text("x.pdf", make_pdf([page]))
    assert text.split("\n")[3] == "|序号|项目|支持标准|责任科室|联系人|联系电话|"
    check(*parsed("x.txt", text))


def test_space_aligned_table_pasted_as_text():
    check(*parsed("x.txt", HEAD + "\n".join(_aligned([HEADER, *ROWS])) + "\n" + NOTE))


def test_space_separated_lines_that_are_no_table_stay_text():
    from retrieval.documents.tables import space_rows

    contacts = ["联系人：张三  电话：0571-1", "联系人：李四  电话：0571-2", "联系人：王五  电话：0571-3"]
    assert space_rows(contacts) == contacts  # a colon in the "header": label-value lines, not columns
    two = ["序号  项目        支持标准", "1     技改补助    按投资额10%补助"]
    assert space_rows(two) == two  # a header and one row: too little to call it a table
    ragged = ["序号  项目  支持标准", "1  高新技术企业认定奖励  奖励20万元", "2  贴息  按利息50%"]
    assert space_rows(ragged) == ragged  # no gutter: column 2 of one line runs into column 3 of another


def test_a_pdf_attachment_table_laid_out_with_full_width_spaces_and_cells_wrapping():
    # a text layer padding cells with full-width spaces (one between 序号 and 材料名称), figures narrower than the
    # layout, cells wrapping onto a second line; rows opened by a number or by a label (企业申报)
    papers = ["序号　材料名称　　　　　　　　　　适用事项　　　　　　要求",
              "1　　榧州市制造业数字化转型专项　全部事项　　　　　　原件，加盖公章",
              "　　　资金申请表",
              "2　　营业执照副本复印件　　　　　全部事项　　　　　　加盖公章",
              "3　　上年度财务审计报告　　　　　2.1、2.4、2.5　　　复印件",
              "注：纸质材料一式3份。"]
    from retrieval.documents.tables import space_rows

    assert space_rows(papers) == [
        "|序号|材料名称|适用事项|要求|", "|1|榧州市制造业数字化转型专项资金申请表|全部事项|原件，加盖公章|",
        "|2|营业执照副本复印件|全部事项|加盖公章|", "|3|上年度财务审计报告|2.1、2.4、2.5|复印件|",
        "注：纸质材料一式3份。"]
    steps = ["阶段　　　　时间　　　　　　　　　　工作内容",
             "企业申报　　2025年6月3日—6月30日　　企业在线填报，向县（市、区）",
             "　　　　　　　　　　　　　　　　　　　报送纸质材料",
             "公示　　　　2025年8月下旬　　　　　　门户网站公示7天",
             "二、　申报程序"]
    assert space_rows(steps) == [
        "|阶段|时间|工作内容|", "|企业申报|2025年6月3日—6月30日|企业在线填报，向县（市、区）报送纸质材料|",
        "|公示|2025年8月下旬|门户网站公示7天|", "二、　申报程序"]


def test_a_wrapped_table_ends_at_an_indented_paragraph_and_keeps_a_space_inside_a_cell():
    from retrieval.documents.tables import space_rows

    header = "序号　材料名称　　　　　　　　　　适用事项　　　　　　要求"
    rows = ["1　　营业执照副本复印件　　　　　全部事项　　　　　　加盖公章",
            "2　　上年度财务审计报告　　　　　2.1、2.4、2.5　　　复印件"]
    for after in ("　　申报单位须对所提交材料的真实性负责。", "　　二、申报程序", "　　注：材料一式三份。"):
        assert space_rows([header, *rows, after])[-1] == after  # (an indent is no cell's second line)
    contacts = ["序号　　单位　　　　　联系人　　联系电话", "1　　　县工信局　　　李四　　　0571-1",
                "2　　　县财政局　　　张　三　　0571-2", "3　　　县科技局　　　王五　　　0571-3"]
    assert space_rows(contacts)[2] == "|2|县财政局|张 三|0571-2|"  # (a space inside a name sets no cell apart)


def test_an_attachment_listing_papers_is_its_measure_s_own():
    # 附件1 on a line of its own, its title (申报材料清单: a list of papers, no measure) on the next: a section of the
    # measure, its rows items of it, with the measure's units
    text = ("某市专项资金实施细则\n一、支持标准\n1.1 对设备投资额200万元以上的项目，按12%给予补助。\n二、附则\n"
            "2.1 本细则由市工业和信息化局负责解释。\n附件：1.申报材料清单\n附件1\n申报材料清单\n|序号|材料名称|要求|\n"
            "|1|资金申请表|原件|\n|2|营业执照副本复印件|加盖公章|\n")
    corpus = build_corpus({"x.txt": text}, {})
    assert list(corpus.documents) == ["x"]
    rows = [c for c in corpus.clauses if c.clause_id.startswith("x/附件1")]
    assert [(c.clause_id, c.departments) for c in rows][-2:] == [
        ("x/附件1.【申报材料清单】.1", ("市工业和信息化局",)), ("x/附件1.【申报材料清单】.2", ("市工业和信息化局",))]


def test_a_column_whose_unit_is_in_its_name_gives_its_numbers_that_unit_and_a_row_its_name_and_level():
    text = ("青川市工业企业梯度培育奖励通知\n二、奖励标准\n"
            "|类别|级别|奖励金额（万元）|备注|\n|专精特新中小企业|省级|20|已获市级奖励的补足差额|\n"
            "|专精特新中小企业|市级|5|—|\n"
            "|规模跃升企业（营业收入首次突破5亿元）|—|30|—|\n"
            "|规模跃升企业（营业收入首次突破10亿元）|—|60|已获5亿元档奖励的补足差额|\n")
    _, clauses = parsed("x.txt", text)
    rows = [c for c in clauses if "类别" in c.text]
    assert rows[0].text == "类别：专精特新中小企业；级别：省级；奖励金额：20万元；备注：已获市级奖励的补足差额"
    assert [(r.item, r.level, r.cap, r.topup) for r in rows[0].incentives] == [
        ("省级专精特新中小企业", "省级", 200_000, True)]
    assert [(r.item, r.level, r.cap) for r in rows[1].incentives] == [("市级专精特新中小企业", "市级", 50_000)]
    # a row named by a threshold is one tier of the table its rows make; 5亿元档 in a note is no sum granted
    assert [(r.metric, r.low, r.cap) for r in rows[3].incentives] == [("营业收入", 1e9, 600_000)]
    assert rows[3].incentives[0].tiers == ((5e8, 1e9, 300_000, None), (1e9, None, 600_000, None))


def test_a_note_saying_how_a_row_s_stated_sum_was_set_makes_no_other_sum():
    text = ("青川市奖励通知\n二、奖励标准\n|类别|级别|奖励金额（万元）|备注|\n|专精特新中小企业|省级|20|—|\n"
            "|专精特新中小企业（复核通过）|省级|10|按省级标准的50%，复核奖励限一次|\n")
    _, clauses = parsed("x.txt", text)
    row = next(c for c in clauses if "复核通过" in c.text)
    assert [(r.cap, r.multiplier) for r in row.incentives] == [(100_000, None)]


def test_html_cells_spanning_rows_and_columns_stay_in_their_columns():
    page = ("<html><body><div class='content'><p>清单</p><table><thead>"
            "<tr><th rowspan='2'>序号</th><th rowspan='2'>类别</th><th rowspan='2'>支持标准</th>"
            "<th colspan='2'>兑现部门及咨询方式</th></tr><tr><th>兑现部门</th><th>咨询电话</th></tr></thead><tbody>"
            "<tr><td>1</td><td rowspan='2'>企业培育</td><td>奖励20万元</td><td>经发局</td><td>0763-1234567</td></tr>"
            "<tr><td>2</td><td>奖励10万元</td><td>科创局</td><td>0763-7654321</td></tr>"
            "<tr><td colspan='3'>注：就高不重复。</td><td>经发局</td><td></td></tr>"
            "</tbody></table></div></body></html>")
    lines = extract_text("x.html", page.encode("utf-8")).split("\n")
    assert lines[1:5] == ["|序号|类别|支持标准|兑现部门|咨询电话|",
                          "|1|企业培育|奖励20万元|经发局|0763-1234567|",
                          "|2|企业培育|奖励10万元|科创局|0763-7654321|",
                          "|注：就高不重复。|||经发局||"]


def test_a_first_cell_left_blank_under_a_category_and_a_level_cell_that_names_the_honour():
    text = ("岭南市奖励申报指南\n二、奖励标准\n|类别|级别|奖励标准|责任科室|\n"
            "|专精特新企业|国家级专精特新“小巨人”企业|一次性奖励80万元|中小企业科|\n"
            "||省级专精特新中小企业|一次性奖励15万元|中小企业科|\n")
    _, clauses = parsed("x.txt", text)
    assert [(c.number, [(r.item, r.level, r.cap) for r in c.incentives]) for c in clauses] == [
        ("二、专精特新企业", [("国家级专精特新“小巨人”企业", "国家级", 800_000)]),
        ("二、专精特新企业", [("省级专精特新中小企业", "省级", 150_000)])]


WRAPPED_PAGE_ONE = [
    "某市2025年度奖补标准",
    "二、奖补标准",
    "序号   项目名称     奖补条件                         奖补标准                               受理科室",
    " 1     营业收入跨   规上工业企业年度营业收入首次突   分别奖励50万元、100万元、150万元、30   运行监测科",
    "       档奖励       破5亿元、10亿元、20亿元、50亿    0万元",
    "                    元",
    " 2     绿色制造     新认定的国家级绿色工厂、省级绿   分别奖励100万元、30万元                节能与综合利用",
    "                    色工厂                                                                  科",
]
WRAPPED_PAGE_TWO = [
    "某工信联〔2025〕12号",
    "序号   项目名称     奖补条件                         奖补标准                               受理科室",
    " 3     企业上云     中小工业企业购买云服务，年度实   按实际支付费用的30%给予补助，最高10    中小企业科",
    "                    际支付费用10万元（含）以上       万元",
    "注：受理科室均为市工业和信息化局内设科室。",
    "三、有关说明",
]


def test_a_pdf_table_whose_cells_wrap_onto_more_lines_is_read_row_by_row():
    from tests.pdfgen import make_pdf

    # (the running line 某工信联〔2025〕12号 tops the measures' pages, not the cover letter's)
    pages = [["某市工业和信息化局关于印发奖补标准的通知", "各县（区）工业和信息化局："], WRAPPED_PAGE_ONE,
             [*WRAPPED_PAGE_TWO, "1.本标准所称“以上”含本数。"],
             ["某工信联〔2025〕12号", "2.本标准自2025年4月1日起施行。"]]
    text = extract_text("wrapped.pdf", make_pdf(pages))
    assert ("|1|营业收入跨档奖励|规上工业企业年度营业收入首次突破5亿元、10亿元、20亿元、50亿元|"
            "分别奖励50万元、100万元、150万元、300万元|运行监测科|") in text
    assert "|2|绿色制造|新认定的国家级绿色工厂、省级绿色工厂|分别奖励100万元、30万元|节能与综合利用科|" in text
    assert ("|3|企业上云|中小工业企业购买云服务，年度实际支付费用10万元（含）以上|"
            "按实际支付费用的30%给予补助，最高10万元|中小企业科|") in text
    assert "某工信联" not in text and "注：受理科室均为" in text
    corpus = build_corpus({"wrapped.txt": text}, {})
    rows = {c.number: c for c in corpus.clauses}
    # a cell of sums paid 分别 after a cell listing what they are for: the list and the sums paired by position
    assert [(r.item, r.cap) for r in rows["二、2"].incentives] == [
        ("新认定的国家级绿色工厂", 1_000_000), ("省级绿色工厂", 300_000)]
    assert [r.cap for r in rows["二、1"].incentives] == [500_000, 1_000_000, 1_500_000, 3_000_000]
    assert rows["二、3"].incentives[0].cap == 100_000


def test_a_table_ruled_with_full_width_bars_and_its_unit_stated_above_it():
    text = ("某开发区兑现申报指南\n二、兑现事项及标准\n本年度兑现事项如下（金额单位：万元）：\n"
            "｜序号｜兑现事项｜兑现标准｜单项上限｜责任部门｜\n"
            "｜1｜购置标准厂房补贴｜购置开发区国有标准厂房自用的，按购房价款的3%给予一次性补贴｜60｜资产管理中心｜\n"
            "｜2｜高新技术企业重新认定奖励｜奖励10万元｜10｜科技创新局｜\n三、申报时间\n每年7月受理。\n")
    corpus = build_corpus({"ruled.txt": text}, {})
    rows = {c.number: c for c in corpus.clauses}
    assert rows["二、1"].text == ("兑现事项：购置标准厂房补贴；兑现标准：购置开发区国有标准厂房自用的，"
                                 "按购房价款的3%给予一次性补贴；单项上限：60万元；责任部门：资产管理中心")
    # the rate's cap stands in a column of its own
    [rule] = rows["二、1"].incentives
    assert (rule.rate, rule.cap, rule.per) == (0.03, 600_000, "单项")
    assert rows["二、1"].departments == ("资产管理中心",)


def test_a_form_grid_of_fields_is_read_pair_by_pair_and_its_acting_body_issues_the_guide():
    # an 办事指南 page's field table: label, value, label, value, and a long field across the row (colspan)
    fields = [["事项名称", "企业技术改造补助兑付", "事项类型", "公共服务"],
              ["实施主体", "岭南县工业和信息化局", "实施主体性质", "法定机关"],
              ["法定办结时限", "无", "承诺办结时限", "20个工作日"]]
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in fields)
    page = ("<html><head><title>企业技术改造补助兑付</title></head><body><h1>企业技术改造补助兑付</h1>"
            f"<div class='content'><p>基本信息</p><table>{rows}<tr><td>咨询电话</td><td colspan='3'>0763-6628531"
            "（县工业和信息化局技术改造股）</td></tr></table><p>受理条件</p>"
            "<p>1.申请人为在岭南县登记注册的工业企业；</p><p>2.项目设备投资额300万元以上。</p></div></body></html>")
    doc, clauses = parsed("x.txt", extract_text("x.html", page.encode("utf-8")))
    assert (doc.issuer, doc.jurisdiction, doc.issuer_level) == ("岭南县工业和信息化局", "岭南县", "county")
    # (the page's <h1> its title, 基本信息 the heading over its table)
    assert doc.title == "企业技术改造补助兑付"
    assert [c.number for c in clauses][:4] == [f"【基本信息】第{n}行" for n in range(1, 5)]
    assert clauses[0].text == "事项名称：企业技术改造补助兑付；事项类型：公共服务"
    assert clauses[2].text == "法定办结时限：无；承诺办结时限：20个工作日"
    assert clauses[3].text == "咨询电话：0763-6628531（县工业和信息化局技术改造股）"
    assert all(c.departments == ("岭南县工业和信息化局",) for c in clauses)


def test_a_headed_table_with_blank_cells_is_no_grid_of_fields_and_an_applicant_is_no_issuer():
    # (a first row naming columns, a row whose last cells are blank: still a table of columns)
    text = ("岭南县惠企政策清单\n|政策名称|责任单位|联系人|联系电话|\n|技改奖补|县工信局|张明|0763-1234567|\n"
            "|小升规奖|县统计局|||\n")
    _, clauses = parsed("x.txt", text)
    assert [c.text for c in clauses] == ["政策名称：技改奖补；责任单位：县工信局；联系人：张明；联系电话：0763-1234567",
                                         "政策名称：小升规奖；责任单位：县统计局"]
    # a grid whose fields name the applicant and a provider, no unit responsible: no issuer read from them
    grid = ("企业数字化诊断服务券\n基本信息\n|事项名称|数字化诊断服务券|事项类型|公共服务|\n"
            "|申报主体|岭南县中小企业服务中心|服务机构|岭南县检验检测中心|\n|咨询电话|0763-6628531|||\n")
    doc, _ = parsed("x.txt", grid)
    assert doc.issuer == ""
