"""Clause parser: every clause number of both seed documents, metadata, units, other numbering styles."""

from __future__ import annotations

from retrieval.documents.parser import clean_text, parse_clauses, parse_departments, split_documents

BIO_FINAL = [
    "一、",
    "二、（一）1.", "二、（一）2.", "二、（一）3.",
    "二、（二）1.", "二、（二）2.", "二、（二）3.",
    "二、（三）1.", "二、（三）2.", "二、（三）3.",
    "二、（四）1.", "二、（四）2.", "二、（四）3.", "二、（四）4.",
    "三、（一）", "三、（二）", "三、（三）", "三、（四）", "三、（五）",
]
TEXTILE_FINAL = [
    "一、",
    "二、（一）", "二、（二）", "二、（三）", "二、（四）", "二、（五）", "二、（六）",
    "三、（一）1.", "三、（一）2.",
    "三、（二）1.", "三、（二）2.",
    "三、（三）1.", "三、（三）2.",
    "三、（四）1.", "三、（四）2.",
    "三、（五）1.", "三、（五）2.",
    "三、（六）1.", "三、（六）2.",
    "四、（一）", "四、（二）", "四、（三）",
]
BIO_DRAFT = [
    "一、（一）", "一、（二）", "一、（三）",
    "二、（一）1.", "二、（一）2.", "二、（一）3.",
    "二、（二）4.", "二、（二）5.", "二、（二）6.",
    "二、（三）7.", "二、（三）8.", "二、（三）9.", "二、（三）10.",
    "二、（四）11.", "二、（四）12.", "二、（四）13.",
    "二、（五）14.", "二、（五）15.", "二、（五）16.",
    "三、（一）", "三、（二）", "三、（三）",
]


def numbers(corpus, doc_id):
    return [c.number for c in corpus.clauses if c.doc_id == doc_id]


def test_every_clause_number_of_the_seed_documents(corpus):
    assert numbers(corpus, "bio-final") == BIO_FINAL
    assert numbers(corpus, "textile-final") == TEXTILE_FINAL
    assert numbers(corpus, "bio-draft") == BIO_DRAFT
    assert len(corpus.clauses) == 19 + 22 + 22


def test_the_notice_carries_two_documents_with_its_number_and_date(corpus):
    bio, textile, draft = (corpus.documents[d] for d in ("bio-final", "textile-final", "bio-draft"))
    assert bio.title == "关于支持生物医药产业高质量发展的若干措施"
    assert textile.title == "关于支持纺织服装产业高质量发展的若干措施"
    for doc in (bio, textile):
        assert (doc.doc_number, doc.issuer, doc.date, doc.status) == (
            "聊政办发〔2023〕10号", "聊城市人民政府办公室", "2023-08-27", "final")
    assert draft.title == "关于支持生物医药产业高质量发展的若干措施（征求意见稿）"
    assert (draft.doc_number, draft.date, draft.status) == ("", "", "draft")
    assert (bio.supersedes, draft.superseded_by) == (("bio-draft",), "bio-final")
    assert (bio.industry, textile.industry) == ("生物医药", "纺织服装")


def test_clause_record_id_path_text_and_units(corpus):
    clause = next(c for c in corpus.clauses if c.clause_id == "bio-final/二.（三）.1")
    assert clause.number == "二、（三）1."
    assert clause.path_text == "二、主要任务 › （三）引导企业进档升级 › 1.鼓励本土领军企业做优做强"
    assert clause.text.startswith("1.鼓励本土领军企业做优做强。加大生物医药企业培育扶持力度")
    assert clause.text.endswith("（责任单位：市卫生健康委、市工业和信息化局、市财政局、市市场监管局）")
    assert clause.departments == ("市卫生健康委", "市工业和信息化局", "市财政局", "市市场监管局")


def test_goal_and_safeguard_sections_are_clauses(corpus):
    goal = next(c for c in corpus.clauses if c.clause_id == "bio-final/一")
    assert goal.path == ("一、工作目标",)
    assert "生物医药产业规上企业力争达到25家" in goal.text
    land = next(c for c in corpus.clauses if c.clause_id == "bio-final/三.（三）")
    assert land.path == ("三、保障措施", "（三）强化土地保障")
    assert land.departments == ("市自然资源和规划局",)


def test_units_with_brackets_inside_and_half_width_draft_units(corpus):
    smart = next(c for c in corpus.clauses if c.clause_id == "textile-final/三.（二）.1")
    assert smart.departments == ("市工业和信息化局", "市财政局", "各县〔市、区〕人民政府", "市属开发区管委会")
    draft = next(c for c in corpus.clauses if c.clause_id == "bio-draft/二.（一）.1")
    assert draft.departments == ("市科技局", "市发展改革委", "市工业和信息化局")


def test_conversion_debris_is_dropped(corpus):
    assert all("bookmark" not in c.text for c in corpus.clauses)
    draft12 = next(c for c in corpus.clauses if c.clause_id == "bio-draft/二.（四）.12")
    assert draft12.text.startswith("12.加快创新药物研发。")
    assert clean_text("[bookmark: _GoBack]12.加快") == "12.加快"


def test_article_style_with_chapters_and_items():
    text = """某市促进制造业发展办法

第一章 总则
第一条 为促进制造业高质量发展，制定本办法。
第二章 支持措施
第二条 对新认定的国家级制造业单项冠军企业，给予最高100万元奖励。（牵头单位：市工业和信息化局；配合单位：市财政局）
第三条 对企业技术改造项目给予以下支持：
（一）设备投资补助。按设备投资额的10%给予补助。
（二）贷款贴息。按贷款实际发生额的50%给予贴息，单个企业每年最高100万元。
第三章 附则
第四条 本办法自2024年1月1日起施行，有效期3年。
"""
    [doc] = split_documents(text)
    assert doc.title == "某市促进制造业发展办法"
    clauses = parse_clauses("mfg", doc.lines)
    assert [c.number for c in clauses] == ["第一条", "第二条", "第三条", "第三条（一）", "第三条（二）", "第四条"]
    assert [c.clause_id for c in clauses][:2] == ["mfg/第一条", "mfg/第二条"]
    assert clauses[1].path == ("第二章支持措施", "第二条对新认定的国家级制造业单项冠军企业，给予最高100万元奖励")
    assert clauses[1].departments == ("市工业和信息化局", "市财政局")
    assert clauses[4].path[-1] == "（二）贷款贴息"
    assert [(a.value, a.text) for a in clauses[4].amounts] == [(1_000_000, "最高100万元")]


def test_half_width_brackets_dots_and_circled_items():
    lines = clean_text(
        "一、支持政策\n(一)研发奖励\n1．对研发投入给予奖励。\n(1)国家级平台奖励50万元。\n①首次认定的另奖励5万元。"
    ).split("\n")
    clauses = parse_clauses("d", lines)
    assert [c.number for c in clauses] == ["一、（一）1.", "一、（一）1.（1）", "一、（一）1.（1）①"]
    assert [c.clause_id for c in clauses] == ["d/一.（一）.1", "d/一.（一）.1.（1）", "d/一.（一）.1.（1）.①"]


def test_paragraphs_about_the_whole_document_after_the_last_item_are_clauses_of_their_own():
    items = ("一、支持企业发展\n1.专利奖励。企业获得发明专利授权的，每件奖励3000元。\n"
             "2.惠企服务。建立镇领导联系重点企业制度。\n")
    closing = ("本措施由镇经济发展办公室负责解释和兑现。奖励资金原则上于次年第二季度集中兑现。\n"
               "本措施自2024年1月1日起施行，有效期2年。")
    clauses = parse_clauses("d", clean_text(items + "\n" + closing).split("\n"))
    assert [c.number for c in clauses] == ["一、1.", "一、2.", "第1段", "第2段"]
    assert clauses[1].text == "2.惠企服务。建立镇领导联系重点企业制度。"
    assert clauses[3].text == "本措施自2024年1月1日起施行，有效期2年。"
    assert clauses[2].departments == ("镇经济发展办公室",)
    # under a heading with no text of its own (二、附则) they are that heading's text
    clauses = parse_clauses("d", clean_text(items + "二、附则\n" + closing).split("\n"))
    assert [c.number for c in clauses] == ["一、1.", "一、2.", "二、"]


def test_a_paragraph_about_the_document_between_items_or_under_an_article_stays_where_it_is():
    clauses = parse_clauses("d", ["一、支持企业发展", "1.专利奖励。每件奖励3000元。",
                                  "本办法所称企业是指在本镇注册的企业。", "2.人才奖励。每人奖励1万元。"])
    assert [c.number for c in clauses] == ["一、1.", "一、2."]
    assert clauses[0].text.endswith("本办法所称企业是指在本镇注册的企业。")
    clauses = parse_clauses("d", ["第三条 对企业给予以下支持：", "（一）专利奖励。每件奖励3000元。",
                                  "本办法所称专利是指发明专利。"])
    assert [c.number for c in clauses] == ["第三条", "第三条（一）"]


def test_repeated_numbers_keep_distinct_stable_ids():
    clauses = parse_clauses("d", ["1.第一项。", "1.重复编号的一项。"])
    assert [c.clause_id for c in clauses] == ["d/1", "d/1~2"]


def test_unit_labels_and_separators():
    assert parse_departments("（责任单位:市科技局,市财政局)") == ("市科技局", "市财政局")
    assert parse_departments("无责任单位的条款。") == ()
    # a contact line of a 联系方式 list names the unit the items before its colon are handled by, numbered or not
    line = "首台（套）、产业链龙头企业：省工业和信息化厅装备工业处，联系人：宋嘉，电话：0871-66321566。"
    assert parse_departments("（四）" + line) == parse_departments(line) == ("省工业和信息化厅装备工业处",)
    assert parse_departments("（四）请咨询市财政局，联系电话：0871-1234567。") == ()



def test_units_as_measures_publish_them():
    # the part a unit plays, said after its name, is not part of its name (宿迁-style 按职责分工负责 after a label)
    assert parse_departments("最高200万元。（责任单位：市工业和信息化局、市财政局按职责分工负责）") == (
        "市工业和信息化局", "市财政局")
    assert parse_departments("（责任单位：市发展改革委牵头，市财政局、市工信局配合）") == (
        "市发展改革委", "市财政局", "市工信局")
    # a bracket that only says who plays which part, with no label
    assert parse_departments("奖励10万元。（市工信局牵头，市财政局配合）") == ("市工信局", "市财政局")
    assert parse_departments("奖励10万元。（市工信局、市财政局等部门按职责分工负责）") == ("市工信局", "市财政局")
    assert parse_departments("（各县（市、区）人民政府、市财政局负责）") == ("各县（市、区）人民政府", "市财政局")
    # (a bracket saying something else names no unit: the fund's payer, an enterprise)
    assert parse_departments("奖励10万元，所需资金由县财政承担。（所需资金由县财政承担）") == ()
    assert parse_departments("奖励10万元（由企业负责）。") == ()
    # a label in a bracket of its own, or after the clause's sentence on its line; labels of any part and kind of unit
    assert parse_departments("奖励10万元。【责任单位】市工信局") == ("市工信局",)
    assert parse_departments("奖励10万元。责任单位：市工信局") == ("市工信局",)
    assert parse_departments("1.奖励10万元。 牵头部门：市工信局　配合部门：市财政局") == ("市工信局", "市财政局")
    # another field after a ； is not a unit
    assert parse_departments("奖励10万元。（责任部门：区经发局；完成时限：长期）") == ("区经发局",)
    # (a contact line after a sentence is not read as the clause's units: 政策咨询：…科，电话…)
    assert parse_departments("6.1本细则由市工信局负责解释。政策咨询：市工信局信息化推进科，电话0742-3318265。") == ()

def test_the_seed_measures_name_their_industry_without_a_manifest():
    from pathlib import Path

    from retrieval.documents.corpus import build_corpus

    root = Path(__file__).resolve().parent.parent / "corpus"
    files = {p.name: p.read_text(encoding="utf-8") for p in sorted(root.glob("*.txt"))}
    documents = build_corpus(files, {}).documents
    assert {d.title: d.industry for d in documents.values()} == {
        "关于支持生物医药产业高质量发展的若干措施": "生物医药",
        "关于支持纺织服装产业高质量发展的若干措施": "纺织服装",
        "关于支持生物医药产业高质量发展的若干措施（征求意见稿）": "生物医药",
    }


def test_industry_from_the_title_or_the_first_purpose_sentence():
    from retrieval.documents.parser import industry_of

    # The noun phrase before 产业/行业/领域, whatever it is: the shape, not a list of industries.
    assert industry_of("关于加快推进集成电路产业发展的若干政策", []) == "集成电路"
    assert industry_of("聊城市生物医药产业发展若干政策", []) == "生物医药"
    assert industry_of("关于进一步促进全市纺织行业发展的意见", []) == "纺织"
    assert industry_of("江澜省人工智能领域若干措施", []) == "人工智能"
    assert industry_of("关于促进文化和旅游产业融合发展的措施", []) == "文化和旅游"
    assert industry_of("关于支持企业参与新能源汽车产业发展的通知", []) == "新能源汽车"
    assert industry_of("关于加强安全生产领域监管的通知", []) == ""  # no measure for a sector: a notice
    # A measure for every enterprise: qualifiers, the whole economy, enterprise kinds, themes.
    assert industry_of("关于加快战略性新兴产业发展的若干措施", []) == ""
    assert industry_of("关于支持重点产业链发展的意见", []) == ""
    assert industry_of("枫岭市推动制造业高质量发展若干措施", []) == ""
    assert industry_of("临河市促进数字经济发展若干政策",
                       ["第一条 为加快数字经济发展，推动数字产业化和产业数字化，制定本政策。"]) == ""
    assert industry_of("澜州高新区关于支持总部经济高质量发展的若干措施",
                       ["为加快集聚总部资源，提升产业能级，推动总部经济高质量发展，制定如下措施。"]) == ""
    # A title that names none: the first purpose sentence (为…发展).
    assert industry_of("若干措施", ["为推进我县光伏产业规模化、集聚化发展，结合实际，制定以下措施。"]) == "光伏"
    assert industry_of("若干措施", ["为鼓励企业加大研发投入，提升创新能力，制定以下措施。",
                                   "为推进光伏产业发展，…"]) == ""  # only the first purpose sentence counts


def _numbered_docx() -> bytes:
    """A .docx whose clause numbers are Word's automatic numbering (numbering.xml), not paragraph text:
    level 0 一、, level 1 （一）, level 2 1., as Chinese government templates set them."""
    import io

    from docx import Document as Docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    document = Docx()
    numbering = document.part.numbering_part.element
    levels = [("chineseCounting", "%1、"), ("chineseCounting", "（%2）"), ("decimal", "%3.")]
    numbering.insert(0, parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
        + "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
                  "</w:lvl>" for i, (fmt, text) in enumerate(levels))
        + '<w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>'
        + "</w:abstractNum>"))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))

    def add(text: str, level: int | None = None) -> None:
        paragraph = document.add_paragraph(text)
        if level is not None:
            paragraph._p.get_or_add_pPr().append(parse_xml(
                f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'))
            assert paragraph._p.pPr.find(qn("w:numPr")) is not None

    add("岭南市支持光伏产业发展若干措施")
    add("岭政发〔2024〕8号")
    add("为推进光伏产业集聚发展，制定以下措施。")
    add("壮大市场主体", 0)
    add("支持企业做大做强。对年营业收入首次突破10亿元的光伏企业，给予100万元奖励。（责任单位：市发展改革委）", 1)
    add("支持技术改造。按设备投资额的10%给予补助，单个项目最高不超过500万元。（责任单位：市工信局）", 1)
    add("强化要素保障", 0)
    add("用地保障", 1)
    add("对新建项目优先保障用地指标。（责任单位：市自然资源局）", 2)
    add("对标准厂房租金给予50%补助，每家企业每年最高20万元。（责任单位：市财政局）", 2)
    add("按月调度进展", 3)  # a bullet: no number shown
    add("本措施自2024年5月1日起施行。")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_word_automatic_numbering_is_reconstructed_as_clause_numbers():
    from retrieval.documents.corpus import build_corpus
    from retrieval.documents.formats import extract_text

    text = extract_text("x.docx", _numbered_docx())
    assert text.split("\n")[3:7] == [
        "一、壮大市场主体",
        "（一）支持企业做大做强。对年营业收入首次突破10亿元的光伏企业，给予100万元奖励。（责任单位：市发展改革委）",
        "（二）支持技术改造。按设备投资额的10%给予补助，单个项目最高不超过500万元。（责任单位：市工信局）",
        "二、强化要素保障",
    ]
    assert text.split("\n")[-2] == "按月调度进展"
    corpus = build_corpus({"x.txt": text}, {})
    clauses = {c.clause_id: c for c in corpus.clauses}
    assert [c.number for c in corpus.clauses] == ["一、（一）", "一、（二）", "二、（一）1.", "二、（一）2."]
    assert clauses["x/一.（二）"].departments == ("市工信局",)
    assert [a.value for a in clauses["x/二.（一）.2"].amounts] == [200000.0]
    assert corpus.documents["x"].industry == "光伏"


def test_word_numbering_already_in_the_text_is_not_doubled():
    from docx import Document as Docx

    from retrieval.documents.formats import extract_text

    document = Docx()
    document.add_paragraph("一、总体要求")  # numbers typed as text: nothing is added
    document.add_paragraph("（一）目标任务。到2025年规上企业达到100家。")
    import io

    buffer = io.BytesIO()
    document.save(buffer)
    assert extract_text("x.docx", buffer.getvalue()).split("\n") == [
        "一、总体要求", "（一）目标任务。到2025年规上企业达到100家。"]


def test_the_signature_and_the_copy_list_at_the_foot_are_no_clause_text():
    from retrieval.documents.corpus import build_corpus

    text = ("岭南县促进工业经济发展若干措施\n岭政发〔2024〕5号\n"
            "一、对首次纳入规模以上工业企业统计的企业，给予一次性奖励10万元。\n"
            "二、本措施自2024年6月1日起施行，由县工信局负责解释。\n\n"
            "岭南县人民政府 岭南县财政局\n2024年5月8日\n\n"
            "抄送：县委各部门，县人大常委会办公室，\n县政协办公室。\n岭南县人民政府办公室2024年5月8日印发\n")
    corpus = build_corpus({"x.txt": text}, {})
    assert [c.text for c in corpus.clauses] == ["一、对首次纳入规模以上工业企业统计的企业，给予一次性奖励10万元。",
                                                "二、本措施自2024年6月1日起施行，由县工信局负责解释。"]
    doc = corpus.documents["x"]
    assert (doc.issuer, doc.date, doc.effective) == ("岭南县人民政府 岭南县财政局", "2024-05-08", "2024-06-01")


def test_industry_from_the_first_article_under_a_chapter_heading():
    from retrieval.documents.corpus import build_corpus

    text = ("岭南市若干政策\n岭政发〔2024〕7号\n第一章 总则\n第一条 为推动本市光伏产业集聚发展，制定本政策。\n"
            "第二章 支持措施\n第二条 对新建光伏组件项目按设备投资额的10%给予补助。\n")
    assert build_corpus({"x.txt": text}, {}).documents["x"].industry == "光伏"


def test_a_contact_line_that_opens_with_its_unit_names_that_unit():
    from retrieval.documents.parser import parse_departments

    assert parse_departments("六、联系方式\n市工业和信息化局中小企业科，联系人：许嘉禾，电话：0725-3186214；\n"
                             "市财政局经济建设科，联系人：石慧敏，电话：0725-3182537。") == (
        "市工业和信息化局中小企业科", "市财政局经济建设科")
    assert parse_departments("政策咨询：县工信局企业服务股，电话：0725-1234567。") == ("县工信局企业服务股",)
    assert parse_departments("企业应于4月30日前申报，联系电话：0725-1234567。") == ()


def test_a_paragraph_after_a_closed_list_belongs_to_the_item_the_list_is_in():
    clauses = parse_clauses("d", ["一、支持技改", "3.技改补助。对技改项目按设备投资额分档补助：",
                                  "（1）500万元（含）至2000万元的，按6%补助；", "（2）2000万元（含）以上的，按8%补助。",
                                  "同一企业每年补助最高不超过300万元。（责任单位：区经信局、区财政局）",
                                  "4.人才奖励。每人奖励1万元。"])
    assert [c.number for c in clauses] == ["一、3.", "一、3.（1）", "一、3.（2）", "一、4."]
    assert clauses[0].text.endswith("同一企业每年补助最高不超过300万元。（责任单位：区经信局、区财政局）")
    assert clauses[2].text == "（2）2000万元（含）以上的，按8%补助。"
    # the list's entries name no units: those of the item they are in
    assert clauses[1].departments == clauses[2].departments == ("区经信局", "区财政局")
    # a list whose entries are sentences of their own (each ends in 。) has not ended: the paragraph is the entry's
    clauses = parse_clauses("d", ["3.技改补助。对技改项目给予支持：", "（1）设备补助。按6%补助。",
                                  "（2）贷款贴息。按LPR贴息。", "贴息期限最长2年。"])
    assert clauses[-1].text.endswith("贴息期限最长2年。")


def test_a_paragraph_before_the_items_that_says_how_long_the_document_runs_is_a_clause():
    clauses = parse_clauses("d", [
        "为推动政策直达快享，现将清单公布。本清单自2026年3月1日起执行，有效期至2027年12月31日。",
        "|序号|事项|兑现标准|", "|1|小巨人奖励|对新认定的国家级专精特新“小巨人”企业，奖励80万元|",
        "|2|单项冠军奖励|对新认定的国家级制造业单项冠军企业，按第1项标准的2倍给予奖励|",
        "备注：", "1.同一事项就高不重复。"])
    assert [c.number for c in clauses] == ["第1段", "1", "2", "1."]
    # its place (第1段) is no item number: 按第1项标准 is row 1's sum
    assert [r.referenced for r in clauses[2].incentives] == [800_000]


def test_a_cover_letter_paragraph_that_says_whom_to_reach_is_a_clause():
    clauses = parse_clauses("d", [
        "各设区市工业和信息化局、财政局：",
        "现将《管理办法》印发给你们，请遵照执行。执行中遇到的问题，请及时向省财政厅经济建设处（联系人：罗某，"
        "电话：0747-8590436）反映。",
        "第一条 为规范专项资金管理，制定本办法。", "第二条 对新认定的省级智能工厂，奖励50万元。"])
    assert [c.number for c in clauses] == ["第1段", "第一条", "第二条"]  # not the line it is addressed to
    assert "0747-8590436" in clauses[0].text


def test_a_list_entrys_case_is_of_the_figure_its_lead_names():
    clauses = parse_clauses("d", ["第五条 规模跃升奖励。工业企业年主营业务收入首次达到下列标准的，给予一次性奖励：",
                                  "（一）首次突破1亿元的，奖励10万元；", "（二）首次突破5亿元的，奖励30万元。"])
    tiers = [(r.metric, r.low, r.cap) for c in clauses for r in c.incentives]
    assert tiers == [("营业收入", 1e8, 100_000), ("营业收入", 5e8, 300_000)]
    assert clauses[1].incentives[0].tiers == ((1e8, 5e8, 100_000, None), (5e8, None, 300_000, None))


def test_decimal_numbering_is_cited_as_printed():
    text = ("某市制造业数字化转型专项资金实施细则\n一、支持内容\n2.1　智能化改造项目补助\n"
            "2.1.1　对设备投资额在200万元以上的项目，按设备投资额的12%给予补助，单个项目最高150万元。\n"
            "2.1.2　列入省级示范项目的，补助比例提高至15%。\n"
            "2.6.4　2.1、2.3所需资金由市、县财政按5:5比例分担。\n"
            "1.5倍给予奖励的不在此列。\n2.2　上云补助。按云服务费的50%给予补助，每家企业每年最高5万元。")
    [doc] = split_documents(text)
    clauses = parse_clauses("d", doc.lines)
    # (a heading that only groups its items is no clause; 1.5倍 at a line's start is no number; a decimal number then
    # the numbers it cites keep apart: 2.6.4 2.1、2.3)
    assert [c.number for c in clauses] == ["2.1.1", "2.1.2", "2.6.4", "2.2"]
    assert [c.clause_id for c in clauses][:2] == ["d/2.1.1", "d/2.1.2"]
    assert clauses[2].text.endswith("1.5倍给予奖励的不在此列。") and "2.1、2.3所需资金" in clauses[2].text
    assert clauses[0].path[:2] == ("一、支持内容", "2.1智能化改造项目补助")


def test_unnumbered_questions_of_a_reading_page_are_items_and_a_lone_one_is_its_items_text():
    clauses = parse_clauses("d", ["四、热点问答", "问：园区企业还能申报县里的政策吗？", "答：能。",
                                  "问：落户奖励什么时候兑现？", "答：分两次兑现。",
                                  "五、稳岗返还", "来源单位：市社保中心", "问：要不要申请？", "答：免申即享。"])
    assert [c.number for c in clauses] == ["四、问1", "四、问2", "五、"]
    assert clauses[1].text == "问：落户奖励什么时候兑现？\n答：分两次兑现。"
    assert clauses[2].text.endswith("问：要不要申请？\n答：免申即享。")


def test_unnumbered_section_headings_of_a_service_guide_open_their_lists():
    clauses = parse_clauses("d", ["受理条件", "1.申请人为在本县登记注册的工业企业；", "2.项目设备投资额300万元以上。",
                                  "办理流程", "1.申请：企业在线填报。", "2.审核：县工业和信息化局10个工作日内审核。",
                                  "温馨提示", "本指南如与正式文件不一致，以正式文件为准。"])
    # (a short line over no list, 温馨提示, is no heading; what the guide says of itself is a paragraph)
    assert [c.number for c in clauses] == [
        "【受理条件】1.", "【受理条件】2.", "【办理流程】1.", "【办理流程】2.", "第1段"]


def test_each_measure_of_a_compilation_takes_its_own_notices_number_issuer_and_date():
    text = "\n".join([
        "某县惠企政策合订本", "", "某县人民政府", "某政发〔2025〕8号", "",
        "某县人民政府关于印发《某县工业发展若干政策》的通知", "",
        "各乡镇人民政府：", "《某县工业发展若干政策》已经研究通过，现印发给你们。", "某县人民政府", "2025年5月26日", "",
        "某县工业发展若干政策", "第一条 对新认定的小巨人企业，奖励60万元。", "第二条 本政策自2025年7月1日起施行。", "",
        "某县商务局", "某商务发〔2025〕2号", "", "某县商务局关于印发《某县商贸流通扶持办法》的通知", "",
        "各乡镇人民政府：", "《某县商贸流通扶持办法》已经研究通过，现印发给你们。", "某县商务局", "2025年6月18日", "",
        "某县商贸流通扶持办法", "一、对新入限的批发企业，奖励5万元。"])
    first, second = split_documents(text)
    assert (first.title, first.doc_number, first.date) == ("某县工业发展若干政策", "某政发〔2025〕8号", "2025-05-26")
    assert (second.title, second.doc_number, second.date) == (
        "某县商贸流通扶持办法", "某商务发〔2025〕2号", "2025-06-18")
    # the next measure's notice is not the last article's text
    assert parse_clauses("d", first.lines)[-1].text == "第二条本政策自2025年7月1日起施行。"


def test_a_measures_title_broken_over_lines_is_the_longest_title_quoted_not_the_measure_it_implements():
    # the notice issues 《…扶持办法实施细则》 and the body quotes 《…扶持办法》 too: the title's first line alone is
    # that other measure's title, its second line completes this one's
    text = "\n".join([
        "某经济开发区管理委员会", "关于印发《某经济开发区产业扶持办法实施细则》的通知", "某开管发〔2025〕5号", "",
        "区内各企业：", "《某经济开发区产业扶持办法实施细则》已经研究通过，现印发给你们。", "某经济开发区管理委员会",
        "2025年3月12日", "", "某经济开发区产业扶持办法", "实施细则",
        "第一条 为落实《某经济开发区产业扶持办法》，制定本细则。", "第二条 本细则自2025年4月1日起施行。"])
    [doc] = split_documents(text)
    assert doc.title == "某经济开发区产业扶持办法实施细则"
    assert parse_clauses("d", doc.lines)[0].text.startswith("第一条")


def test_a_posts_series_of_named_points_under_barred_headings_are_its_clauses():
    # (a 公众号 post: ▌ headings, 政策一…政策三 with its points as pictograph bullets and sums without 元, keycap rules)
    raw = ("一文读懂｜某经开区政策十条来了！\n\n▌ 政策十条逐条看\n\n政策一　落户奖励\n\n📌 固定资产投资5000万元以上的，"
           "按设备投资额的8%给予补助\n\n💰 单个项目最高奖励1000万\n\n政策二　小升规奖励\n\n"
           "📌 首次入规的，一次性奖励💰10万\n\n"
           "政策三　营收跨档\n\n📌 营收首次突破1亿元、5亿元的，分别奖励💰20万、50万\n\n---\n\n▌ 兑现规则\n\n"
           "1️⃣ 同一事项按就高原则享受\n\n2️⃣ 每年奖励总额最高500万\n")
    [doc] = split_documents(raw)
    clauses = parse_clauses("d", doc.lines)
    assert [c.number for c in clauses] == [
        "【政策十条逐条看】政策一", "【政策十条逐条看】政策二", "【政策十条逐条看】政策三",
        "【兑现规则】1.", "【兑现规则】2."]
    assert clauses[0].text.endswith("单个项目最高奖励1000万元")  # (the point's cap stays with its rate)
    assert [a.value for a in clauses[1].amounts] == [100_000] and [a.value for a in clauses[2].amounts] == [
        200_000, 500_000]
    # (a word and an ordinal that no series repeats, 关于县十八届…, nor a count, 政策十条, is no heading)
    [doc] = split_documents("关于县十八届人大五次会议第0057号建议的答复\n一、基本情况\n全县现有龙头企业46家。")
    assert doc.title == "关于县十八届人大五次会议第0057号建议的答复"


def test_a_question_and_answer_pages_items_keep_their_source_lines():
    # (a 问答 page as its HTML reads: the item's number in one <span>, 问： in another; 来源： under every answer is the
    # item's, not a post's trailer)
    from retrieval.documents.formats import extract_text

    items = "".join(
        f'<div class="qa-item"><div class="qa-q"><span class="no">{n}</span><span>问：</span>{q}</div>'
        f'<div class="qa-a"><span>答：</span>{a}</div><div class="meta"><span>发布日期：2025-10-09</span>'
        f'<span>来源：市商务局</span></div></div>'
        for n, q, a in [(1, "冷藏车能补吗？", "每辆补贴2万元。"),
                        (2, "冷库有支持吗？", "按投资额的10%补助，最高200万元。"),
                        (3, "什么时候申报？", "每年4月1日至4月30日。")])
    page = (f"<html><head><title>《某市物流若干措施》政策问答</title></head><body><h1>《某市物流若干措施》政策问答</h1>"
            f"<div class='list'>{items}</div></body></html>").encode()
    text = extract_text("qa.html", page)
    assert "1问：冷藏车能补吗？" in text.splitlines()
    [doc] = split_documents(text)
    clauses = parse_clauses("d", doc.lines)
    assert [c.number for c in clauses] == ["问1", "问2", "问3"]
    assert clauses[2].text.startswith("3问：什么时候申报？\n答：每年4月1日至4月30日。")


def test_a_joint_signature_a_subdistricts_office_and_a_quoted_measure_give_the_issuer_and_place():
    from retrieval.documents.corpus import build_corpus

    signed = ("关于印发《某某细则》的通知\n甲人才办〔2025〕6号\n各有关单位：\n现印发给你们。\n"
              "中共栎阳市委人才工作领导小组办公室\n"
              "栎阳市人力资源和社会保障局\n栎阳市财政局\n2025年6月12日\n某某细则\n第一条　为了引进人才，制定本细则。\n"
              "第二条　A类人才安家补贴300万元。")
    street = ("鹂湖街道扶持办法\n鹂街办发〔2025〕8号\n一、落户奖励。奖励拾伍万元。\n"
              "栎阳市汭水区人民政府鹂湖街道办事处\n2025年6月20日")
    quoted = "《桤城市物流若干措施》政策问答\n问：冷藏车能补吗？\n答：每辆补贴2万元。"
    documents = build_corpus({"a.txt": signed, "b.txt": street, "c.txt": quoted}, {}).documents
    assert (documents["a"].issuer, documents["a"].jurisdiction) == (
        "中共栎阳市委人才工作领导小组办公室 栎阳市人力资源和社会保障局 栎阳市财政局", "栎阳市")
    assert (documents["b"].issuer, documents["b"].jurisdiction, documents["b"].issuer_level) == (
        "栎阳市汭水区人民政府鹂湖街道办事处", "鹂湖街道", "town")
    assert (documents["c"].jurisdiction, documents["c"].issuer_level) == ("桤城市", "city")


def test_review_of_the_fifty_fourth_session():
    from retrieval.documents.corpus import build_corpus
    from retrieval.documents.normalise import arabic_sums, normalise
    from retrieval.lexicon.patterns import levels_in, place_of

    # a sentence that starts like a series (获得一等奖的…/获得二等奖的…) is no heading
    clauses = parse_clauses("d", ["一、科技奖励", "获得一等奖的，奖励10万元；", "获得二等奖的，奖励5万元。"])
    assert [c.number for c in clauses] == ["一、"]
    # a count of visitors or jobs is no sum; a sum after a grant word is, in a range too
    assert arabic_sums("年接待游客首次突破100万以上，新增就业1万，") == "年接待游客首次突破100万以上，新增就业1万，"
    assert arabic_sums("奖励10万~20万") == "奖励10万元~20万元"
    # keycaps of two digits, 🔟, dingbat digits; a rule dropped before lines are joined
    assert normalise("1️⃣0️⃣ 十条\n🔟 末条\n❷ 第二项") == "10.十条\n10.末条\n②第二项"
    assert "———" not in normalise("对新落户企业，\n———\n给予奖励10万元。")
    # countries are no level; 每个国家重点实验室 is
    assert levels_in("每件商标指定一个国家或者地区") == [] and levels_in("在3个以上国家注册的") == []
    assert levels_in("每个国家重点实验室奖励500万元") == ["国家级"]
    assert place_of("《中共松川市委关于人才工作的意见》")[0] == "松川市"
    # a quarter's plan (Q1：完成…) is no question
    quarters = parse_clauses("d", ["一、时间安排", "Q1：完成政策修订；", "Q2：开展宣讲。"])
    assert [c.number for c in quarters] == ["一、"]
    # a signature is the lines right above the date, not a list of units after a blank line
    signed = build_corpus({"a.txt": "某县奖励办法\n一、奖励10万元。\n受理单位：\n县工业和信息化局\n县科学技术局\n\n"
                                    "某县财政局\n2025年6月1日"}, {}).documents["a"]
    assert signed.issuer == "某县财政局"


def test_brackets_that_say_something_else_name_no_unit():
    # (a bracket whose words before 由 say what is done, not who: 所需资金由县财政局负责)
    assert parse_departments("（所需资金由县财政局负责）") == ()
    assert parse_departments("（上述奖励由各县（市、区）人民政府负责）") == ()
    assert parse_departments("（由县工信局会同县财政局负责）") == ("县工信局", "县财政局")
    # a label's bracket left open, or with a bracket inside it, still names its units
    assert parse_departments("奖励10万元（不含税。（责任单位：市工信局）") == ("市工信局",)
    assert parse_departments("奖励10万元。（责任单位：市工信局、市财政局") == ("市工信局", "市财政局")
    # two labels in brackets on one line; a unit's part said with 组织实施
    assert parse_departments("奖励10万元。【牵头单位】市工信局【配合单位】市财政局") == ("市工信局", "市财政局")
    assert parse_departments("（责任单位：市工信局牵头组织实施）") == ("市工信局",)
    from retrieval.lexicon.patterns import STATES_UNITS

    assert not STATES_UNITS.search("（企业研发中心负责人须到场）")  # (a 负责人 is no unit's part)


def test_a_free_trade_zone_is_a_unit_and_a_page_s_fields_are_no_table():
    assert parse_departments("（区自由贸易试验区管委会牵头，区财政局配合）") == ("区自由贸易试验区管委会", "区财政局")
    from retrieval.documents.normalise import normalise

    fields = "发布时间：2025-03-01 | 来源：东岭区经信局\n浏览次数：120 | 字号：大 中 小"
    assert not normalise(fields).startswith("|")
    links = "申报网址：https://a.example/?x=1|2|3\n备用网址：https://b.example/?y=1|2|3"
    assert not normalise(links).startswith("|")


def test_a_place_after_a_notices_opening_words_is_its_jurisdiction():
    from retrieval.documents.corpus import build_corpus

    for title in ("关于开展东岭区2025年度工业企业奖补申报的通知", "关于组织开展东岭区工业企业奖补申报工作的通知",
                  "关于组织申报2025年度东岭区工业企业奖补资金的通知"):
        corpus = build_corpus({"n.txt": f"{title}\n一、首次升规的企业，奖励10万元。\n"},
                              {"documents": [{"id": "n", "file": "n.txt"}]})
        assert corpus.documents["n"].jurisdiction == "东岭区", title
