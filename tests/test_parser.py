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


def test_repeated_numbers_keep_distinct_stable_ids():
    clauses = parse_clauses("d", ["1.第一项。", "1.重复编号的一项。"])
    assert [c.clause_id for c in clauses] == ["d/1", "d/1~2"]


def test_unit_labels_and_separators():
    assert parse_departments("（责任单位:市科技局,市财政局)") == ("市科技局", "市财政局")
    assert parse_departments("无责任单位的条款。") == ()
