"""The core pipeline (Query → retrieve → compose) on a toy library with a concept embedder: no model,
every expectation worked out by hand in the comments.

The toy embedder puts a text on one axis per concept word it contains (plus a constant axis), so
cosine similarity is exact arithmetic: a question with {专精特新, 奖励} against a clause with
{专精特新, 奖励} is 3/3 = 1.0 (bias included); against {瞪羚, 奖励} it is 2/3 ≈ 0.67 < MIN_DENSE.
"""

from __future__ import annotations

import numpy as np
import pytest
from langchain_core.embeddings import Embeddings

from retrieval.answer.compose import NOT_FOUND, compose, lead_with_section
from retrieval.documents.corpus import build_corpus
from retrieval.lexicon.patterns import LIST_QUESTION
from retrieval.records import Clause, Hit
from retrieval.search.query import analyse
from retrieval.search.retrieve import (
    MIN_COVERAGE,
    _contact_sections,
    _document_contacts,
    _document_validity,
    _near_ties_by_coverage,
    _top,
    coverage,
    judge,
    retrieve,
)
from retrieval.store.embedders import embed_question
from retrieval.store.index import build_index

CONCEPTS = ["专精特新", "瞪羚", "设计中心", "技术改造", "设备", "奖励", "补助", "施行", "人才", "高新技术企业",
            "单项冠军"]

FINAL = """云溪市人民政府办公室关于印发《云溪市支持制造业发展的若干措施》的通知
云政办发〔2024〕3号

云溪市支持制造业发展的若干措施
一、梯度培育
（一）对新认定为国家级、省级专精特新企业的，分别给予最高50万元、20万元一次性奖励。（责任单位：市工信局）
（二）对新认定为省级瞪羚企业的，给予30万元奖励。（责任单位：市科技局）
（三）对新认定为市级工业设计中心的，给予10万元奖励。（责任单位：市工信局）
二、技术改造
（一）对企业技术改造项目，按设备投资额的10%给予补助，单个项目最高不超过200万元。（责任单位：市工信局、市财政局）
三、附则
本措施自2024年1月1日起施行。
"""

DRAFT = """云溪市支持制造业发展的若干措施（征求意见稿）
一、梯度培育
（一）对新认定为国家级、省级专精特新企业的，分别给予最高40万元、10万元一次性奖励。（责任单位：市工信局）
"""


class ConceptEmbeddings(Embeddings):
    model_id = "toy-concepts"

    def _vector(self, text: str) -> list[float]:
        vector = np.array([1.0] + [float(word in text) for word in CONCEPTS], dtype="float32")
        return (vector / np.linalg.norm(vector)).tolist()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [self._vector(t) for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self._vector(text)


@pytest.fixture(scope="module")
def toy():
    manifest = {"documents": [{"id": "toy", "file": "final.txt"},
                              {"id": "toy-draft", "file": "draft.txt", "status": "draft"}]}
    manifest["documents"][0]["supersedes"] = ["toy-draft"]
    corpus = build_corpus({"final.txt": FINAL, "draft.txt": DRAFT}, manifest)
    embedder = ConceptEmbeddings()
    return build_index(corpus, embedder), embedder


def one_document(doc_id: str, text: str):
    """A library of one document and the toy embedder, as the `toy` fixture gives them."""
    corpus = build_corpus({f"{doc_id}.txt": text}, {"documents": [{"id": doc_id, "file": f"{doc_id}.txt"}]})
    return build_index(corpus, ConceptEmbeddings()), ConceptEmbeddings()


THIRD_ITEM = "（三）对新认定为市级工业设计中心的，给予10万元奖励。"


def toy_with(item: str, old: str = THIRD_ITEM):
    """The toy library (FINAL alone) with its item （三） (`old`) replaced by `item`."""
    return one_document("toy", FINAL.replace(old, item))


def ask(toy, question: str, history=None):
    index, embedder = toy
    query = analyse(index, question, history)
    hits = retrieve(index, embedder, query, k=5)
    return compose(query, hits, index.documents, index.keywords, clauses=index.clauses), hits


def test_the_toy_library_parses_into_its_clauses(toy):
    index, _ = toy
    assert [c.clause_id for c in index.clauses if c.doc_id == "toy"] == [
        "toy/一.（一）", "toy/一.（二）", "toy/一.（三）", "toy/二.（一）", "toy/三"]
    assert index.documents["toy"].doc_number == "云政办发〔2024〕3号"
    assert index.documents["toy-draft"].superseded_by == "toy"


def test_a_follow_up_is_analysed_once_into_a_query(toy):
    index, _ = toy
    query = analyse(index, "那省级的呢？", [("国家级专精特新企业奖励多少？", "最高50万元。")])
    assert query.asked == "那省级的呢？" and query.own_words == "那省级的呢？"
    assert query.text == "专精特新企业奖励多少？ 那省级的呢？"  # the earlier level dropped: the new one wins
    assert (query.levels, query.money, query.draft, query.elsewhere) == (("省级",), True, False, ())


def test_the_amount_for_the_level_asked_with_its_clause_and_units(toy):
    answer, hits = ask(toy, "我们是省级专精特新企业，奖励多少？")
    assert hits[0].clause.clause_id == "toy/一.（一）" and hits[0].relevant
    assert hits[0].dense == pytest.approx(1.0)  # {bias, 专精特新, 奖励} on both sides
    assert [(a.value, a.text) for a in answer.amounts] == [(200_000, "最高20万元")]
    assert answer.found and "责任单位：市工信局。" in answer.answer
    assert answer.citations[0].doc_number == "云政办发〔2024〕3号"


def test_a_superseded_draft_answers_only_when_asked_for(toy):
    answer, hits = ask(toy, "征求意见稿里省级专精特新企业奖励多少？")
    assert hits[0].clause.clause_id == "toy-draft/一.（一）"
    assert answer.amounts[0].value == 100_000 and "征求意见稿" in answer.answer
    _, hits = ask(toy, "省级专精特新企业奖励多少？")
    assert all(h.clause.doc_id == "toy" for h in hits)


def test_a_level_the_clause_does_not_grant_is_refused_naming_the_levels_it_does(toy):
    answer, _ = ask(toy, "市级专精特新企业奖励多少？")
    assert not answer.found and answer.amounts == []
    assert answer.answer.startswith(NOT_FOUND) and "只规定了国家级、省级的奖励" in answer.answer


def test_a_level_the_clause_does_not_grant_is_refused_when_asked_whether_it_is_granted(toy):
    from dataclasses import replace

    index, _ = toy
    clause = next(c for c in index.clauses if c.clause_id == "toy/一.（一）")
    # as the intent model may read it: a question of conditions, no sum asked (有奖励没), naming a level and a grant
    query = replace(analyse(index, "评上市级专精特新企业的有奖励没？"), money=False, aspects=("conditions",))
    answer = compose(query, [Hit(clause, 1.0, 1.0, 1.0, True)], index.documents, clauses=index.clauses)
    assert not answer.found and "只规定了国家级、省级的奖励" in answer.answer
    # a level the clause grants is answered (省级: 20万)
    query = replace(analyse(index, "评上省级专精特新企业的有奖励没？"), money=False, aspects=("conditions",))
    answer = compose(query, [Hit(clause, 1.0, 1.0, 1.0, True)], index.documents, clauses=index.clauses)
    assert answer.found


def test_what_the_library_does_not_cover_is_refused(toy):
    answer, hits = ask(toy, "引进人才有什么补贴？")
    assert not answer.found and answer.answer.startswith(NOT_FOUND) and answer.amounts == []
    assert not any(h.relevant for h in hits)


def test_a_measure_of_the_policy_dictionary_no_clause_names_is_covered_by_none(toy):
    # 高新技术企业 is a kind of measure the documents here never name: no clause granting for another honour covers a
    # how-much question on it, however many of its other words (新认定, 国家级, 奖励) the clause shares
    index, embedder = toy
    hits = retrieve(index, embedder, analyse(index, "新认定的国家级高新技术企业奖励多少？"), k=5)
    assert hits and all(h.coverage == 0 and not h.relevant for h in hits)
    answer, _ = ask(toy, "新认定的国家级高新技术企业奖励多少？")
    assert not answer.found and answer.amounts == []
    # the asker's own trade, though a dictionary's name no clause uses, is no measure asked of
    answer, hits = ask(toy, "俺们是做电子商务的，新认定为省级瞪羚企业，奖励多少？")
    assert hits[0].clause.clause_id == "toy/一.（二）" and [a.value for a in answer.amounts] == [300_000]


def test_a_calculation_applies_the_rate_and_the_cap(toy):
    # 3000万元 × 10% = 300万元, above the 200万元 cap per project: 200万元.
    answer, hits = ask(toy, "技术改造项目设备投资3000万元，能补助多少？")
    assert hits[0].clause.clause_id == "toy/二.（一）"
    assert answer.amounts[0].value == 2_000_000
    assert "测算" in answer.answer and "责任单位：市工信局、市财政局。" in answer.answer


def test_keyword_top_positions_break_ties_by_position():
    # positive scores only, best first; equal scores keep the lower position first
    assert _top(np.array([0.0, 2.0, 5.0, 2.0, -1.0]), 3) == [2, 1, 3]
    assert _top(np.array([0.0, 0.0]), 5) == []


def test_near_ties_go_to_the_clause_covering_more_of_the_question():
    def hit(n: int, score: float, coverage: float) -> Hit:
        clause = Clause(clause_id=f"d/{n}", doc_id="d", number=str(n), path=(str(n),), text="", departments=())
        return Hit(clause, score, 0.9, coverage, True)

    # 1/61 - 1/62 ≈ 0.00026 < NEAR_TIE: a tie, won by coverage; 0.003 apart is not a tie.
    ranked = _near_ties_by_coverage([hit(1, 1 / 61, 0.5), hit(2, 1 / 62, 0.9), hit(3, 1 / 62 - 0.003, 1.0)])
    assert [h.clause.number for h in ranked] == ["2", "1", "3"]


def test_notes_say_what_the_reader_must_know(toy):
    answer, _ = ask(toy, "石笋县对省级专精特新企业奖励多少？")  # a county no document is from
    assert not answer.found and [(n.kind, n.text) for n in answer.notes] == [
        ("jurisdiction", "文件库中没有石笋县的政策文件，以下条款出自其他地区，不能作为该地的规定。")]
    answer, _ = ask(toy, "市级专精特新企业奖励多少？")
    assert [n.kind for n in answer.notes] == ["level"]
    answer, _ = ask(toy, "征求意见稿里省级专精特新企业奖励多少？")
    assert [n.kind for n in answer.notes] == ["draft"]
    answer, _ = ask(toy, "云溪市省级专精特新企业奖励多少？")  # the library's own city: answered
    assert answer.found and answer.notes == [] and answer.amounts[0].value == 200_000


def test_the_query_reads_places_and_spoken_levels_apart_from_honour_levels(toy):
    index, _ = toy
    query = analyse(index, "被省里评为瞪羚企业的，市里给多少？")
    assert (query.levels, query.issuer_levels, query.places) == (("省级",), ("city",), ())
    query = analyse(index, "云溪市对国家级专精特新企业奖多少")
    assert (query.places, query.levels, query.elsewhere) == (("云溪市",), ("国家级",), ())
    assert analyse(index, "石笋县奖励多少").elsewhere == ("石笋县",)


GUIDE = """云溪市技术改造补助申报指南
一、支持标准
对企业技术改造项目给予设备投资额10%的补助，补助资金由市财政局拨付。
二、申报材料
（一）申报表和企业营业执照复印件。
（二）项目设备购置发票。
三、申报程序
（一）企业在网上平台填报，市工业和信息化局审核。
（二）审核结果公示5个工作日后拨付资金。
"""


def test_a_question_about_materials_or_procedure_prefers_clauses_under_that_heading():
    corpus = build_corpus({"guide.txt": GUIDE}, {"documents": [{"id": "guide", "file": "guide.txt"}]})
    embedder = ConceptEmbeddings()
    index = build_index(corpus, embedder)
    query = analyse(index, "技术改造补助要提供什么证明？")  # words of the support clause, none of the list's
    assert query.aspects == ("materials",)
    assert retrieve(index, embedder, query)[0].clause.path[0] == "二、申报材料"
    query = analyse(index, "技术改造补助的申报程序是怎样的？")
    assert query.aspects == ("procedure",)
    top_two = {h.clause.clause_id for h in retrieve(index, embedder, query)[:2]}
    assert top_two == {"guide/三.（一）", "guide/三.（二）"}  # both steps of the procedure


def test_words_that_only_ask_are_no_topic_and_a_grant_word_alone_does_not_ask_how_much(toy):
    index, _ = toy
    query = analyse(index, "瞪羚企业奖励什么时候申请？")  # 奖励 names the measure; the question asks when
    assert (query.money, query.time, query.aspects) == (False, True, ("time",))
    assert "时候" not in query.terms and "瞪羚" in query.terms
    query = analyse(index, "我们是市级工业设计中心，能不能申报这个奖励？")
    assert query.aspects == ("conditions",) and not query.money
    assert not {"能不能", "申报", "不能"} & set(query.terms)
    query = analyse(index, "瞪羚企业奖励多少，什么时候申请？")  # both asked: how much, and when
    assert (query.money, query.time) == (True, True)
    query = analyse(index, "瞪羚企业奖励要往哪里报，中间要经过哪些环节才能拿到钱？")  # the money, the goal of the steps
    assert (query.money, query.aspects) == (False, ("procedure",))


def test_an_unknown_short_word_may_abbreviate_a_term_but_an_everyday_word_never_does():
    from retrieval.lexicon.tokenizer import abbreviates, expand_abbreviations

    assert abbreviates("科小", "对首次评价入库的科技型中小企业给予2万元奖励")
    assert not abbreviates("科小", "对科研院所和中型企业")  # 科 … 小 not close together
    assert not abbreviates("学校", "学习型组织的校企合作")  # an everyday word is never an abbreviation
    assert "纳入规模以上" in expand_abbreviations("新上规的企业奖多少")
    assert expand_abbreviations("按以上规定执行") == "按以上规定执行"
    # 入规 / 进规 as 上规 is, before what follows the event (not inside 写入规程, 计入规费, 准入规制, 收入规下)
    assert [expand_abbreviations(t) for t in ("首次入规的企业", "刚进规", "新入规企业奖多少")] == [
        "首次纳入规模以上的企业", "刚纳入规模以上", "新纳入规模以上企业奖多少"]
    for text in ("写入规程", "计入规费", "市场准入规制", "引进规上企业"):
        assert "纳入" not in expand_abbreviations(text)
    assert expand_abbreviations("收入规下企业") == "收入规模以下企业"
    # 限上 is above the quota of trade statistics as 规上 is of industry; 入限 / 进限 enter it as 入规 does
    assert [expand_abbreviations(t) for t in ("去年进了限上", "限上商贸企业", "新入限的企业奖多少", "商贸入限奖")] == [
        "去年进了限额以上", "限额以上商贸企业", "新纳入限额以上的企业奖多少", "商贸纳入限额以上奖"]
    for text in ("价格无限上涨", "贴息期限上限", "权限上报", "年限上"):
        assert expand_abbreviations(text) == text


def test_a_two_character_typo_is_fixed_only_where_no_known_word_stands(toy):
    index, _ = toy
    assert "技术改造" in index.keywords.fix_typos("技术改早补助")  # a longer word, as before
    assert index.keywords.fix_typos("设备投资补住多少") == "设备投资补助多少"
    assert index.keywords.fix_typos("省制造业补助") == "省制造业补助"  # 制造业 is a word: no 省直
    complete, _ = one_document("complete", "云溪市技术改造奖励办法\n一、申报材料应完整，设备投资补助按10%给予。\n")
    assert complete.keywords.fix_typos("设备投资刚好2000万整") == "设备投资刚好2000万整"  # a unit, no 完整



def test_a_who_question_is_read_as_one_and_not_as_a_how_much_question(toy):
    index, _ = toy
    query = analyse(index, "技术改造补助由哪个部门负责？")
    assert query.who and not query.money  # 补助 names the measure; the question asks who
    query = analyse(index, "技术改造补助多少，找哪个部门？")
    assert query.who and query.money
    assert not analyse(index, "技术改造补助多少").who


def test_a_verb_before_a_level_is_no_place_and_a_count_is_no_topic(toy):
    index, _ = toy
    query = analyse(index, "列入省重点技术改造的项目，设备投资2000万，补助多少？")
    assert query.elsewhere == ()  # 列入省 is no county's name
    query = analyse(index, "今年新招了120个人，都交了社保，能奖多少")
    assert "个人" not in query.terms and "社会保险" in query.text


TIER_TABLE = """云溪市总部企业奖励办法
一、奖励标准
对总部企业按年度纳税分档给予奖励：
| 档次 | 年度纳税 | 奖励标准 |
|---|---|---|
| 第一档 | 500万元（含）至1000万元 | 奖励60万元 |
| 第二档 | 1000万元（含）至3000万元 | 奖励150万元 |
| 第三档 | 3000万元（含）以上 | 奖励250万元 |
"""


def test_a_figure_in_the_question_puts_the_table_row_it_falls_in_first():
    corpus = build_corpus({"tiers.txt": TIER_TABLE}, {"documents": [{"id": "tiers", "file": "tiers.txt"}]})
    embedder = ConceptEmbeddings()
    index = build_index(corpus, embedder)
    query = analyse(index, "总部企业年度纳税1500万，奖励多少？")
    assert query.facts.figure("纳税") == 1500 * 10_000
    hit = retrieve(index, embedder, query)[0]
    assert hit.clause.number.endswith("第二档")
    answer = compose(query, retrieve(index, embedder, query), index.documents, index.keywords)
    assert [a.value for a in answer.amounts] == [1_500_000]


def test_a_level_of_government_named_decides_whose_measures_answer(toy):
    answer, hits = ask(toy, "省里对省级瞪羚企业奖励多少？")  # the toy library holds one city's measures
    assert not answer.found and hits[0].clause.clause_id == "toy/一.（二）"
    assert [(n.kind, n.text) for n in answer.notes] == [("jurisdiction", "省里的文件中没有找到相关规定。")]
    answer, _ = ask(toy, "市里对省级瞪羚企业奖励多少？")
    assert answer.found and answer.amounts[0].value == 300_000
    index, _ = toy
    assert analyse(index, "省政府质量奖奖励多少").issuer_levels == ()  # an award's name, not whose measure
    assert analyse(index, "我们在区里交税，奖励多少").issuer_levels == ()  # where the firm acts


RENEWAL = """云溪市科技企业奖励办法
一、高新技术企业
（一）对首次认定为高新技术企业的，给予一次性奖励30万元；对有效期满后重新认定的，给予一次性奖励10万元。
"""


@pytest.mark.parametrize(("question", "yuan"), [
    ("俺们高企又重新认定了，还给钱不？给多少", [100_000]),
    ("首次认定高新技术企业奖多少", [300_000]),
    ("高企重新认定通过了，还能奖吗，奖多少", [100_000]),  # 还能…多少 is no sum of two items
    # the first award told, the renewal told after it: the one told last is asked of; both asked: both
    ("首次认定为高新技术企业以后，今年重新认定通过了，奖励多少？", [100_000]),
    ("首次认定为高新技术企业奖多少？重新认定的呢？", [300_000, 100_000]),
    ("首次认定为高新技术企业的，重新认定的，各奖多少？", [300_000, 100_000]),
])
def test_a_renewal_gets_the_renewal_s_sum_and_a_first_award_the_first(question, yuan):
    corpus = build_corpus({"r.txt": RENEWAL}, {"documents": [{"id": "r", "file": "r.txt"}]})
    embedder = ConceptEmbeddings()
    index = build_index(corpus, embedder)
    query = analyse(index, question)
    answer = compose(query, retrieve(index, embedder, query), index.documents, index.keywords)
    assert [a.value for a in answer.amounts] == yuan


def test_a_year_s_part_of_a_sum_paid_in_yearly_parts_is_stated_as_such():
    text = "云溪市人才政策\n一、人才引进\n（一）对新引进的领军人才给予100万元安家补贴，分4年发放。\n"
    corpus = build_corpus({"t.txt": text}, {"documents": [{"id": "t", "file": "t.txt"}]})
    embedder = ConceptEmbeddings()
    index = build_index(corpus, embedder)
    lines = {}
    for question, value in [("领军人才安家补贴每年发多少", 250_000), ("领军人才安家补贴多少", 1_000_000)]:
        query = analyse(index, question)
        answer = compose(query, retrieve(index, embedder, query), index.documents, index.keywords)
        assert [a.value for a in answer.amounts] == [value], answer.answer
        lines[question] = next(line for line in answer.answer.splitlines() if line.startswith("可获金额"))
    assert lines["领军人才安家补贴每年发多少"] == (
        "可获金额：新引进的领军人才，每年25万元（100万元，分4年发放，每年：100万元 ÷ 4 = 25万元）（安家补贴）。")


def test_an_item_paid_as_a_multiple_of_a_tier_table_is_answered_from_its_own_clause():
    text = TIER_TABLE + "二、研发机构奖励\n研发机构按上表标准的1.5倍给予奖励。\n"
    corpus = build_corpus({"tiers.txt": text}, {"documents": [{"id": "tiers", "file": "tiers.txt"}]})
    embedder = ConceptEmbeddings()
    index = build_index(corpus, embedder)
    query = analyse(index, "研发机构年度纳税1500万，奖励多少？")
    answer = compose(query, retrieve(index, embedder, query), index.documents, index.keywords, clauses=index.clauses)
    assert answer.answer.startswith("根据《云溪市总部企业奖励办法》二、：")
    assert answer.citations[0].clause == "二、"  # the card shows the clause quoted
    assert [a.value for a in answer.amounts] == [2_250_000]  # 150万元 (第二档) × 1.5


OTHER_PLACE = """石笋县人民政府关于印发《石笋县支持制造业发展的若干措施》的通知
石政发〔2024〕5号

石笋县支持制造业发展的若干措施
一、梯度培育
（一）对新认定为省级瞪羚企业的，给予10万元奖励。（责任单位：县科技局）
"""


def test_an_answer_from_one_of_several_places_says_whose_it_is_and_who_else_rules_on_it():
    manifest = {"documents": [{"id": "city", "file": "city.txt"}, {"id": "county", "file": "county.txt"}]}
    corpus = build_corpus({"city.txt": FINAL, "county.txt": OTHER_PLACE}, manifest)
    embedder = ConceptEmbeddings()
    index = build_index(corpus, embedder)
    query = analyse(index, "省级瞪羚企业奖励多少？")
    answer = compose(query, retrieve(index, embedder, query), index.documents, index.keywords)
    top = index.documents[answer.citations[0].doc_id].jurisdiction
    other = ({"云溪市", "石笋县"} - {top}).pop()
    assert [(n.kind, n.text) for n in answer.notes] == [("jurisdiction", f"注意：以上是{top}的规定；{other}的文件"
                                                          "也有相关规定（见另见），各地标准不同，请按企业所在地的文件确认。")]
    query = analyse(index, "石笋县省级瞪羚企业奖励多少？")  # a place named: no such note
    answer = compose(query, retrieve(index, embedder, query), index.documents, index.keywords)
    assert answer.notes == [] and [a.value for a in answer.amounts] == [100_000]


def test_a_question_whose_words_name_no_kind_of_answer_takes_the_kind_of_its_nearest_examples(toy, tmp_path,
                                                                                            monkeypatch):
    import retrieval.search.intents as intents

    examples = tmp_path / "examples.txt"
    examples.write_text("# toy\namount\t奖励多少\nmaterials\t设备清单\nmaterials\t设备发票\ntime\t人才施行\n",
                        encoding="utf-8")
    monkeypatch.setattr(intents, "EXAMPLES", examples)
    monkeypatch.setattr(intents, "_vectors", {})
    index, embedder = toy
    query = analyse(index, "技术改造补助的设备要交吗")  # no words of asking for materials, a grant word
    assert (query.aspects, query.money) == ((), True)
    vector = embed_question(embedder, query.text)
    assert intents.intent_of(embedder, vector) == "materials"  # {技术改造, 补助, 设备} is nearest {设备}
    read = intents.with_intent(query, embedder, vector)
    assert (read.aspects, read.money) == (("materials",), False)
    asked = analyse(index, "技术改造补助多少")  # a how-much question keeps what its words say
    assert intents.with_intent(asked, embedder, vector) is asked
    query = analyse(index, "人才政策施行")  # nearest the time example: a when-question, a time is needed
    read = intents.with_intent(query, embedder, embed_question(embedder, query.text))
    assert (read.aspects, read.time) == (("time",), True)


def test_review_cases_of_the_question_shapes(toy):
    from retrieval.lexicon.patterns import FIRST_AWARD, award_mismatch
    from retrieval.search.figures import read_facts
    from retrieval.search.query import _county_or_town_names

    index, _ = toy
    assert _county_or_town_names("保定市有技改补贴吗") == ["保定市"]  # jieba tags 保定 v: still a place
    # what stands before a level's word is an act or a date, no name (报到 v, 能拿 v v, 3月在 m p, 申报 as common as the
    # commonest verbs); names jieba knows or cuts otherwise stay places
    for act in ("设区市最晚什么时候要把材料报到省工信厅", "还能申报省制造业专项资金吗", "市级企业能拿省专项资金奖励吗",
                "材料交到县工信部门以后", "2025年3月在镇工业集中区新租了厂房"):
        assert _county_or_town_names(act) == [], act
    assert [_county_or_town_names(f"{n}有技改补贴吗") for n in ("延长县", "道滘镇", "开化县", "对江镇")] == [
        ["延长县"], ["道滘镇"], ["开化县"], ["对江镇"]]
    assert not FIRST_AWARD.search("到期后重新获得认定")
    assert award_mismatch("到期后重新获得认定能拿多少", "首次认定的企业")
    assert "项目" in analyse(index, "我们有3个项目入选，奖励多少").terms  # the count goes, the word stays
    assert analyse(index, "节能报告怎么写").aspects == ()  # 能报 inside 节能报告 asks nothing
    assert analyse(index, "主导制定国家标准的奖励什么时候申报").money is False  # 国家标准 is no 标准 asked
    assert not analyse(index, "企业牵头组建创新联合体有什么奖励").who
    assert analyse(index, "市政府有奖吗").issuer_levels == ("city",)
    assert analyse(index, "在县里申报能拿多少").issuer_levels == ("county",)
    assert (read_facts("2023年度纳税3000万，奖励多少").each_year, read_facts("每年发多少").each_year) == (False, True)
    shared = one_record("按4:3:3比例分3年拨付，给予300万元奖励。")  # (not split evenly: each part's share)
    assert (shared.instalments, shared.shares) == (3, (0.4, 0.3, 0.3))


def one_record(text):
    from retrieval.documents.amounts import extract_incentives

    return extract_incentives(text, "X")[0]


NOTICE = """云溪县研发投入奖励申报通知
一、申报条件
1.近三年未发生重大安全生产事故。
二、申报程序
1.结果公示。拟奖励名单公示5个工作日。
2.奖励资金拨付。公示结束后30个工作日内拨付奖励资金。
"""


def test_a_when_question_is_answered_by_the_time_of_the_event_it_asks_about():
    from retrieval.lexicon.patterns import states_time_of, time_asked_of

    assert time_asked_of("研发奖励公示完多久能到账") == ("payment",)  # 公示完: counted from, not asked
    assert time_asked_of("这个政策有效期几年") == ("validity",)
    assert time_asked_of("研发奖励申报，审计报告要哪几年的") == ()  # the asking part names no event
    # a year or a month asked, and how validity is said aloud (管到 / 管用)
    assert time_asked_of("这个措施到哪年失效？") == ("validity",)
    assert time_asked_of("市里那个措施管到哪年哪月？") == ("validity",)
    assert time_asked_of("这个细则管用到哪一年？") == ("validity",)
    assert not states_time_of("拟奖励名单公示5个工作日。", ("payment",))
    assert not states_time_of("近三年未发生重大安全生产事故。", ("validity",))
    # the bare verb after the asking words (什么时候能发下来, 啥时候去报), not 发布
    assert time_asked_of("镇上的奖励一般什么时候能发下来？") == ("payment",)
    assert time_asked_of("那啥时候去报？交给哪个单位？") == ("application",)
    assert time_asked_of("新政策什么时候发布？") == ()
    # a part that goes on from the one before (都是几月份) asks when of what that one names (一年报几次)
    assert time_asked_of("青年人才生活补贴一年报几次？都是几月份？") == ("application",)
    # a time counted from the payment is the time of something else (a review), not of the payment
    assert not states_time_of("获得补助的项目自资金拨付之日起满2年后，由市工业和信息化局组织复评。", ("payment",))
    assert states_time_of("公示无异议的，自公示结束之日起10个工作日内拨付资金。", ("payment",))
    # nor is a payment not made (不予兑现) or a cost the enterprise pays (支付利息) a time of the grant's payment
    assert not states_time_of("企业被列入严重失信主体名单的，当年度不予兑现。", ("payment",))
    assert not states_time_of("按实际支付利息的50%给予贴息，贴息期限最长不超过2年。", ("payment",))
    assert states_time_of("奖励资金原则上于次年第二季度集中兑现。", ("payment",))
    # a tax return (纳税申报表) with a year label is no time of applying; 申请书 handed in by a time is
    assert not states_time_of("4.2023年度企业所得税年度纳税申报表（含研发费用加计扣除优惠明细表）；", ("application",))
    assert states_time_of("网上填报和纸质材料报送截止时间为2024年9月30日前，逾期不予受理。", ("application",))
    assert states_time_of("申请书应在项目竣工后3个月内报区工信局。", ("application",))  # (the act: no tax return)
    for text, answered in [(NOTICE, True), (NOTICE.rsplit("2.", 1)[0], False)]:
        corpus = build_corpus({"n.txt": text}, {"documents": [{"id": "n", "file": "n.txt"}]})
        embedder = ConceptEmbeddings()
        index = build_index(corpus, embedder)
        query = analyse(index, "研发投入奖励公示完多久能到账")
        hits = retrieve(index, embedder, query)
        answer = compose(query, hits, index.documents, index.keywords)
        assert answer.found is answered, answer.answer
        if answered:
            assert hits[0].clause.number == "二、2."


def test_a_span_of_time_in_the_question_is_a_figure_not_a_topic(toy):
    index, _ = toy
    query = analyse(index, "担保费一年交了60万，第一年租金补助多少")
    assert not {"一年", "第一年", "第一"} & set(query.terms) and "租金" in query.terms
    assert query.facts.one_year


def test_a_place_keeps_the_level_after_it_and_a_namesake_zone_is_another_place(toy):
    index, _ = toy
    query = analyse(index, "云溪市级专精特新奖励多少")
    assert query.places == ("云溪市",) and query.levels == ("市级",)
    query = analyse(index, "云溪经开区的专精特新奖励多少")
    assert query.places == () and query.elsewhere == ("云溪经开区",)
    assert not ask(toy, "云溪经开区的专精特新奖励多少")[0].found
    # unless the place's own documents name that zone (云溪经济开发区管委会): a zone inside it, not another place
    zoned = one_document("zone", FINAL.replace("（责任单位：市科技局）", "（责任单位：云溪经济开发区管委会）"))
    query = analyse(zoned[0], "云溪经开区的专精特新奖励多少")
    assert query.places == ("云溪市",) and query.elsewhere == ()


def test_a_materials_question_needs_a_clause_that_lists_papers():
    text = ("云溪县研发奖励申报通知\n一、申报程序\n（一）企业申报。符合条件的企业于每年4月向所在乡镇提交申请材料。\n"
            "（二）统计报送。企业按规定向统计部门报送统计报表。\n")
    embedder = ConceptEmbeddings()
    for listed, found in [("", False), ("二、申报材料\n（一）研发奖励申请表；\n", True)]:
        corpus = build_corpus({"n.txt": text + listed}, {"documents": [{"id": "n", "file": "n.txt"}]})
        index = build_index(corpus, embedder)
        query = analyse(index, "研发奖励申报要交哪些材料")
        answer = compose(query, retrieve(index, embedder, query), index.documents, index.keywords)
        assert answer.found is found, answer.answer


def test_a_question_that_asks_two_things_is_answered_by_a_clause_that_answers_one(toy):
    answer, hits = ask(toy, "省级瞪羚企业奖多少？奖励什么时候发放？")
    assert answer.found and hits[0].clause.number == "一、（二）"
    assert [a.value for a in answer.amounts] == [300_000]


def test_a_follow_up_that_asks_a_kind_of_its_own_asks_only_that(toy):
    index, _ = toy
    history = [("省级瞪羚企业奖多少？", "30万元")]
    query = analyse(index, "那钱啥时候能到账？", history)
    assert (query.money, query.time, query.time_of) == (False, True, ("payment",))
    query = analyse(index, "那国家级的呢？", [("国家级专精特新奖多少？", "50万元")])
    assert query.money and not query.time


def test_a_table_s_lead_in_speaks_for_its_rows_and_words_beyond_the_table_name_its_multiple():
    text = TIER_TABLE.replace("| 档次 |", "注：年度纳税是指企业在本区缴纳税收形成的区级收入。\n| 档次 |") + (
        "二、新引进总部企业奖励\n新引进总部企业按上表标准的2倍给予奖励，最高不超过500万元。新引进是指在本区注册落户的总部企业。\n")
    corpus = build_corpus({"tiers.txt": text}, {"documents": [{"id": "tiers", "file": "tiers.txt"}]})
    embedder = ConceptEmbeddings()
    index = build_index(corpus, embedder)
    # 区级收入 is said by the table's note, not by its rows: the row the figure falls in still answers
    query = analyse(index, "去年交税形成的区级收入2000万，奖励多少")
    hits = retrieve(index, embedder, query)
    assert hits[0].clause.number == "一、第二档" and hits[0].relevant
    # 引进 is said by the clause paying twice the table, not by the table: that clause answers (新引进的
    # 总部企业 does not name 新引进总部企业 whole)
    query = analyse(index, "新引进的总部企业，年度纳税2000万，奖励多少")
    answer = compose(query, retrieve(index, embedder, query), index.documents, index.keywords, clauses=index.clauses)
    assert answer.citations[0].clause == "二、"
    assert [a.value for a in answer.amounts] == [3_000_000]  # 150万元 (第二档) × 2


def test_a_question_for_every_tier_lists_every_row_with_its_sum():
    corpus = build_corpus({"tiers.txt": TIER_TABLE}, {"documents": [{"id": "tiers", "file": "tiers.txt"}]})
    embedder = ConceptEmbeddings()
    index = build_index(corpus, embedder)
    query = analyse(index, "总部企业奖励分几档，各档奖励多少？")
    answer = compose(query, retrieve(index, embedder, query), index.documents, index.keywords, clauses=index.clauses)
    assert [a.value for a in answer.amounts] == [600_000, 1_500_000, 2_500_000]
    assert answer.answer.splitlines()[:2] == ["根据《云溪市总部企业奖励办法》“一、奖励标准”：",
                                              "1. 年度纳税500万元（含）至1000万元，60万元（奖励）（一、第一档）"]


def test_an_award_word_said_of_two_items_does_not_choose_between_them(toy):
    answer, _ = ask(toy, "新认定为省级专精特新，奖多少")  # 对新认定为国家级、省级专精特新企业的
    assert answer.found and [a.value for a in answer.amounts] == [200_000]
    index, _ = toy
    assert analyse(index, "亩均效益评A类奖多少").facts.grade == "A"
    assert "类奖" not in analyse(index, "亩均效益评A类奖多少").terms


def test_a_function_word_weighs_little_even_where_the_library_uses_it():
    text = FINAL.replace("三、附则", "（二）2024年1月1日以后竣工的项目，另给予5万元奖励。\n三、附则")
    corpus = build_corpus({"final.txt": text}, {"documents": [{"id": "toy", "file": "final.txt"}]})
    keywords = build_index(corpus, ConceptEmbeddings()).keywords
    assert keywords.df("以后") == 1 and keywords.weight("以后") == 1.0  # a locative: no topic
    assert keywords.df("竣工") == 1 and keywords.weight("竣工") > 1.0
    # a noun the library lacks weighs the most (所得税: the question is about something else), but not two
    # characters jieba's dictionary does not know as a word and only its guesser joined (钱能到账 -> 钱能)
    assert keywords.df("所得税") == 0 and keywords.weight("所得税") == keywords.idf("所得税")
    assert keywords.df("钱能") == 0 and keywords.weight("钱能") == 1.0
    # a word the library lacks, cut where its edge makes a commoner word with its neighbour, is the
    # segmenter's guess (另外交 -> 另 / 外交); 出口 is kept (服装出口: 装出 is the rarer word)
    assert "外交" not in keywords.question_terms("除了申请表，还要另外交什么材料？")
    assert {"出口", "退税"} <= set(keywords.question_terms("纺织服装出口退税率是多少？"))


def test_the_parts_of_a_word_the_library_lacks_do_not_overlap_a_part_it_uses():
    text = FINAL.replace("三、附则", "（二）二手设备不计入设备投资额。\n三、附则")
    corpus = build_corpus({"final.txt": text}, {"documents": [{"id": "toy", "file": "final.txt"}]})
    keywords = build_index(corpus, ConceptEmbeddings()).keywords
    # 二手机床: 二手 (the library's word) and 机床, not 手机 (a common word that straddles them)
    terms = keywords.question_terms("买了一批二手机床，能算进设备投资额吗？")
    assert "二手" in terms and "机床" in terms and "手机" not in terms
    # 个人所得税 (the library has 所得税 only): 个人 and 所得税, not 所得 as well (it would count the tax twice)
    text = FINAL.replace("三、附则", "（二）按企业缴纳的企业所得税给予奖励。\n三、附则")
    corpus = build_corpus({"final.txt": text}, {"documents": [{"id": "toy", "file": "final.txt"}]})
    keywords = build_index(corpus, ConceptEmbeddings()).keywords
    terms = keywords.question_terms("高管的个人所得税有返还吗？")
    assert "所得税" in terms and "所得" not in terms


def test_spoken_words_for_a_first_time_read_as_the_documents_write_it():
    from retrieval.lexicon.tokenizer import expand_abbreviations

    assert expand_abbreviations("研发费用头一回过千万") == "研发费用首次过千万"
    assert expand_abbreviations("第一次认定为高企") == "首次认定为高新技术企业"
    # spoken words for the documents' (the honour's title, who decides, a re-evaluation)
    assert expand_abbreviations("拿到牌子了，谁最后拍板，要不要重评") == "拿到称号了，谁最后确定，要不要复评"
    # family words of a talent clause (子女入学), not a doll (布娃娃)
    assert expand_abbreviations("高管的孩子上学谁管，家里娃要上学") == "高管的子女入学谁管，家里子女要入学"
    unchanged = "布娃娃、娃哈哈，稳住我国外贸，职工线上学习"
    assert expand_abbreviations(unchanged) == unchanged
    assert expand_abbreviations("去国外参展，海外市场") == "去境外参展，境外市场"  # abroad, as documents write it


def test_a_may_i_apply_question_with_a_figure_puts_the_clause_that_sets_a_bar_on_it_first():
    text = FINAL.replace("三、附则", "（二）对设备投资额在2000万元以上的技术改造项目，另给予奖励50万元。\n"
                         "三、申报条件\n（一）申报技术改造设备奖励的项目须于当年竣工投产，设备发票齐全。\n四、附则")
    corpus = build_corpus({"final.txt": text}, {"documents": [{"id": "toy", "file": "final.txt"}]})
    embedder = ConceptEmbeddings()
    index = build_index(corpus, embedder)
    query = analyse(index, "技术改造设备投资只有1800万，能申报奖励吗")
    assert query.aspects == ("conditions",) and query.facts.base == 18_000_000
    assert retrieve(index, embedder, query)[0].clause.number == "二、（二）"  # not 三、（一）, under 申报条件


def test_review_cases_of_this_session_s_rules(toy):
    from retrieval.lexicon.patterns import states_time_of, time_asked_of

    index, embedder = toy
    # a payment is also 兑付 / 支付 / 下拨
    assert time_asked_of("研发投入奖励什么时候兑付") == ("payment",)
    assert states_time_of("公示无异议后，于每年6月30日前兑付研发投入奖励。", ("payment",))
    # a suffix inside a word makes no other place: 云溪旗舰 is no 云溪旗
    query = analyse(index, "云溪旗舰企业技术改造补助多少")
    assert (query.places, query.elsewhere) == (("云溪市",), ())
    # a span of time before a count: 3个月 is a period, not 3个 and 月
    assert "月" not in analyse(index, "技术改造补助3个月内到账吗").terms
    # a generic word beyond the table (最高) does not choose the clause paying a multiple of it
    text = TIER_TABLE + ("二、新引进总部企业奖励\n新引进总部企业按上表标准的2倍给予奖励，最高不超过500万元。\n"
                         "三、办公用房奖励\n总部企业购置办公用房的，按每平方米1000元给予奖励，最高300万元。\n")
    corpus = build_corpus({"tiers.txt": text}, {"documents": [{"id": "tiers", "file": "tiers.txt"}]})
    index = build_index(corpus, embedder)
    query = analyse(index, "总部企业年度纳税2000万，最高能奖励多少")  # 最高 is said in two clauses
    answer = compose(query, retrieve(index, embedder, query), index.documents, index.keywords, clauses=index.clauses)
    assert [a.value for a in answer.amounts] == [1_500_000]
    # every tier asked for: the table is listed even when another clause ranks first
    query = analyse(index, "总部企业奖励分几档，各档奖励多少？")
    answer = compose(query, retrieve(index, embedder, query), index.documents, index.keywords, clauses=index.clauses)
    assert [a.value for a in answer.amounts] == [600_000, 1_500_000, 2_500_000]
    assert answer.answer.splitlines()[3] == "3. 年度纳税3000万元（含）以上，250万元（奖励）（一、第三档）"


TIMES = """松溪县促进制造业发展实施细则
一、对新认定的省级专精特新企业，给予一次性奖励15万元。（责任单位：县经信局）
二、符合条件的企业于每年4月1日至4月30日提交申请材料。
三、专精特新奖励咨询：县经信局企业科，联系人：李华，电话：0571-86215678。
四、本细则自2024年3月1日起施行。
"""


@pytest.fixture(scope="module")
def times():
    return one_document("times", TIMES)


def test_a_question_of_a_kind_alone_is_answered_by_a_clause_of_that_kind(times):
    # 今年啥时候报？ names nothing to cover: the clause stating when to apply answers (啥时候报 asks of
    # applying), not the one stating when the measure took effect
    answer, hits = ask(times, "今年啥时候报？")
    index, _ = times
    assert analyse(index, "今年啥时候报？").time_of == ("application",)
    assert hits[0].clause.clause_id == "times/二" and hits[0].relevant and answer.found
    assert not any(h.relevant for h in hits if h.clause.clause_id == "times/四")


def test_a_phone_question_is_no_how_much_question_and_prefers_the_clause_with_a_phone(times):
    index, _ = times
    query = analyse(index, "专精特新奖励找谁，电话是多少？")
    assert (query.money, query.reach) == (False, True)  # 电话是多少 asks for a number, not a sum
    answer, hits = ask(times, "专精特新奖励找谁，电话是多少？")
    assert hits[0].clause.clause_id == "times/三" and "0571-86215678" in answer.answer
    bare, _ = ask(times, "电话多少？")  # of nothing: a phone number is a preference, not a kind of clause
    assert not bare.found


def test_a_place_named_with_another_level_of_government_is_not_answered_by_the_place(toy):
    # 云溪市的企业…省里奖多少: 云溪市 is where the asker is; the province's measure is asked, and the
    # library holds only the city's
    answer, hits = ask(toy, "云溪市的企业评上省级专精特新，省里奖多少？")
    assert not answer.found and answer.amounts == [] and not any(h.relevant for h in hits)


ADDON = """松溪县技术改造专项资金实施细则
第六条设备投资补助
（一）按项目设备投资额的10%给予补助，单个项目最高不超过300万元。
（二）项目同时被认定为市级智能制造示范项目的，在上述补助基础上，再给予一次性奖励50万元。
"""


def test_a_total_of_several_items_computes_each_from_the_askers_figures():
    library = one_document("addon", ADDON)
    answer, _ = ask(library, "设备投资1000万，又被认定为市级智能制造示范项目，一共能拿多少？")
    # 1000万 × 10% = 100万 (under the 300万 cap), plus 50万: the computed total comes first
    assert [a.value for a in answer.amounts] == [1_500_000, 1_000_000, 500_000]
    assert "测算100万元" in answer.answer and "合计150万元" in answer.answer
    # no figure: the items as stated, led by their total (the add-on is paid on top of the grant)
    plain, _ = ask(library, "设备投资补助和市级智能制造示范项目奖励一共多少？")
    assert [a.value for a in plain.amounts] == [3_500_000, 3_000_000, 500_000] and "合计最高350万元" in plain.answer


def test_a_when_question_about_an_item_is_answered_by_the_documents_own_time_clause(times):
    # 一、 grants the reward and states no time; 二、 states, for every measure, when to apply
    answer, hits = ask(times, "省级专精特新奖励什么时候申报？")
    assert hits[0].clause.clause_id == "times/二" and hits[0].relevant and answer.found
    assert "4月1日至4月30日" in answer.answer
    refused, hits = ask(times, "省级专精特新奖励多久能到账？")  # no clause states when it is paid
    assert not refused.found and not any(h.relevant for h in hits)


def test_the_event_a_when_question_asks_of_is_no_topic_to_cover(times):
    # 截止 / 申报 say whose time is asked (the clause must state it); 技术改造补助 is what it is about, and
    # this library has no such measure: 二、 states when to apply for its own measures only
    index, _ = times
    query = analyse(index, "技术改造补助什么时候截止申报？")
    assert query.time_of == ("application",) and not {"截止", "申报"} & set(query.terms)
    answer, hits = ask(times, "技术改造补助什么时候截止申报？")
    assert not answer.found and not any(h.relevant for h in hits)


def test_the_ends_of_a_period_asked_are_asking_words_not_a_topic(times):
    # 从啥时候开始…到哪天为止: 开始 and 为止 ask for the time, as 啥时候 does; they name nothing to cover
    index, _ = times
    query = analyse(index, "专精特新奖励从啥时候开始申报，到哪天为止？")
    assert query.time_of == ("application",) and not {"开始", "为止"} & set(query.terms)
    answer, hits = ask(times, "专精特新奖励从啥时候开始申报，到哪天为止？")
    assert hits[0].clause.clause_id == "times/二" and answer.found
    # (words of a document's name, 兑现申报指南, ask of no event: its validity is asked)
    from retrieval.lexicon.patterns import time_asked_of

    assert time_asked_of("这份兑现申报指南有效期到什么时候？") == ("validity",)
    assert time_asked_of("奖励什么时候兑现？") == ("payment",)
    # a standard a grant is paid by (按…标准执行) states no time the measure runs; 自…起执行 does
    from retrieval.lexicon.patterns import states_time_of

    assert not states_time_of("条件同第8项，按第8项标准的50%执行，最长36个月", ("validity",))
    assert states_time_of("本办法自2025年1月1日起执行，有效期3年", ("validity",))


GROWTH = """松溪县促进工业经济发展若干措施
一、对首次纳入规模以上工业企业统计的企业，一次性奖励10万元；纳入后连续两年营业收入增长均达到15%以上的，再奖励5万元。（责任单位：县工信局）
"""


def test_more_asked_is_the_add_on_alone_and_a_total_asked_adds_it_to_its_base():
    library = one_document("growth", GROWTH)
    history = [("刚上规的企业有奖励吗", "首次纳入规上统计的一次性奖励10万元。")]
    more, _ = ask(library, "那连续两年营业收入增长超过15%还有奖吗？", history)  # 还有: what comes on top
    assert [a.value for a in more.amounts] == [50_000]
    total, _ = ask(library, "刚上规的企业，连续两年营业收入增长超过15%，一共能拿多少奖励？")
    assert [a.value for a in total.amounts] == [150_000] and "10万元 + 5万元 = 15万元" in total.answer


def test_the_measures_a_named_unit_is_responsible_for_are_listed_in_document_order(toy):
    from retrieval.answer.compose import unit_measures
    from retrieval.search.query import named_units

    index, _ = toy
    query = analyse(index, "云溪市工信局负责哪些项目？")
    assert named_units(index, query.text) == ("市工信局",)  # inside 云溪市工信局; 市科技局 is not named
    answer, hits = unit_measures(query, index.clauses, index.documents, ("市工信局",))
    # the current document's three measures with 市工信局 among their units (the superseded draft is left out)
    assert [h.clause.clause_id for h in hits] == ["toy/一.（一）", "toy/一.（三）", "toy/二.（一）"]
    assert answer.found and answer.answer.startswith("由市工信局负责的奖补事项共 3 项：\n1. 对新认定为国家级")
    assert unit_measures(query, index.clauses, index.documents, ("市人社局",)) is None


def test_a_rate_or_a_cap_asked_in_other_words_is_met_by_the_clause_stating_one(toy):
    # 比例 / 上限 are met by 10% and 最高不超过 (the documents never say 比例 or 上限)
    answer, hits = ask(toy, "技术改造补助比例多少？上限多少？")
    assert hits[0].clause.clause_id == "toy/二.（一）" and hits[0].relevant and answer.found
    assert hits[0].coverage == pytest.approx(1.0)


def test_an_amount_and_a_time_asked_together_gives_the_documents_time_not_a_not_stated_note(times):
    answer, _ = ask(times, "省级专精特新奖励多少？什么时候申报？")
    assert [a.value for a in answer.amounts] == [150_000]
    assert "时间（二、）：二、符合条件的企业于每年4月1日至4月30日提交申请材料。" in answer.answer
    assert "未写明" not in answer.answer and not [n for n in answer.notes if n.kind == "not_stated"]


PROVINCE = """云山省工业和信息化厅关于印发《云山省优质中小企业奖励办法》的通知
一、对新认定的省级专精特新中小企业，给予一次性奖励30万元。
"""


def test_a_place_named_at_another_level_says_where_the_asker_is_and_the_level_decides():
    corpus = build_corpus({"final.txt": FINAL, "province.txt": PROVINCE},
                          {"documents": [{"id": "toy", "file": "final.txt"}, {"id": "prov", "file": "province.txt"}]})
    library = (build_index(corpus, ConceptEmbeddings()), ConceptEmbeddings())
    assert library[0].documents["prov"].issuer_level == "province"
    answer, hits = ask(library, "云溪市的企业评上省级专精特新，省里奖多少？")
    assert hits[0].clause.doc_id == "prov" and [a.value for a in answer.amounts] == [300_000]
    city, hits = ask(library, "云溪市的企业评上省级专精特新，市里奖多少？")  # the place at the level asked
    assert hits[0].clause.doc_id == "toy" and [a.value for a in city.amounts] == [200_000]


def test_a_total_of_items_none_of_which_the_figures_reach_is_no_crash(monkeypatch):
    import retrieval.answer.compose as compose_module
    from retrieval.answer.calculator import Calculation

    library = one_document("addon", ADDON)
    monkeypatch.setattr(compose_module, "calculate",  # every item missed by the asker's figures
                        lambda rule, facts, asked="": Calculation(rule, False, None, ("未达到条件。",)))
    answer, _ = ask(library, "设备投资1000万，又被认定为市级智能制造示范项目，一共能拿多少？")
    assert answer.found and "1. 项目设备投资额：不符合条件" in answer.answer
    assert [a.item for a in answer.amounts] == ["项目同时被认定为市级智能制造示范项目"]  # no computed total


def test_a_when_question_answered_by_its_clause_is_not_also_told_the_time_is_not_stated(times):
    answer, _ = ask(times, "今年啥时候报？")
    assert answer.found and "未写明" not in answer.answer and "时间（" not in answer.answer


STEPS = """松溪县促进制造业发展实施细则
一、对新认定的省级专精特新企业，给予一次性奖励15万元。（责任单位：县经信局）
二、奖补申报程序
（一）企业申报。符合条件的企业于每年4月1日至4月30日向所在乡镇提交申请材料。
（二）审核公示。县经信局会同县财政局审核后，在县政府门户网站公示5个工作日。
（三）资金拨付。公示无异议的，由县财政局在20个工作日内将资金拨付至企业账户。
"""


def test_the_steps_of_a_procedure_answer_together_a_question_spread_over_them():
    steps = one_document("steps", STEPS)
    index, _ = steps
    question = "奖补咋申报？材料交到哪里，公示完多久钱能到账？"  # one step each: 申报 / 材料, 公示, 到账
    query = analyse(index, question)
    last = index.clauses.ids.index("steps/二.（三）")
    alone = coverage(index, list(query.terms), last)  # without the kind asked: the clause alone
    assert coverage(index, list(query.terms), last, aspects=query.aspects) > alone
    answer, hits = ask(steps, question)
    # 交到哪里 and 多久到账 are both asked: the step where the applicant hands in (于每年4月1日至4月30日向所在乡镇提交)
    # leads and the section is quoted whole, with the step that says when
    assert answer.found and hits[0].clause.clause_id == "steps/二.（一）"
    assert "20个工作日内将资金拨付" in answer.answer


def test_levels_asked_together_are_answered_in_the_order_asked(toy):
    answer, hits = ask(toy, "省级和国家级专精特新企业分别奖多少？")
    assert hits[0].clause.clause_id == "toy/一.（一）"
    assert [a.value for a in answer.amounts] == [200_000, 500_000]


def test_a_first_line_that_holds_the_measure_is_quoted_not_dropped_as_a_heading():
    from retrieval.answer.compose import _answer_sentences

    text = ("（七）绿色制造。对新认定的国家级绿色工厂，给予一次性奖励100万元；"
            "对新认定的省级绿色工厂，给予一次性奖励30万元。\n同一企业同一年度只能选择一个支持方向申报，不得多头申报。\n另附说明。")
    clause = Clause("x/七", "x", "（七）", ("（七）绿色制造",), text)
    quoted = "".join(_answer_sentences("省级绿色工厂奖多少？", clause, None))
    assert "30万元" in quoted and "多头申报" not in quoted
    heading = Clause("x/六", "x", "六、", ("六、高管人才服务",), "六、高管人才服务\n高管可申请入住人才公寓。")
    assert _answer_sentences("高管能住人才公寓吗", heading, None) == ["高管可申请入住人才公寓。"]
    titled = Clause("x/三", "x", "（三）", ("（三）小升规奖励",),
                    "（三）小升规奖励。对首次纳入规上统计的企业，奖励8万元。")  # a heading sentence, one line
    assert _answer_sentences("小升规奖多少", titled, None) == ["对首次纳入规上统计的企业，奖励8万元。"]


def test_a_first_award_and_its_renewal_asked_together_get_both_sums():
    renewed = toy_with("（三）对首次认定为高新技术企业的，给予一次性奖励30万元；"
                       "对有效期满后重新认定的，给予一次性奖励10万元。（责任单位：市科技局）",
                       old=THIRD_ITEM + "（责任单位：市工信局）")
    both, _ = ask(renewed, "高新技术企业第一次认定和到期重新认定分别奖多少？")
    assert [a.value for a in both.amounts] == [300_000, 100_000]
    again, _ = ask(renewed, "高新技术企业重新认定奖多少？")
    assert [a.value for a in again.amounts] == [100_000]


def test_the_askers_trade_is_a_topic_when_it_asks_whether_it_may_apply(toy):
    index, _ = toy
    may_apply = analyse(index, "我们是做汽车零部件贸易的公司，能申请吗")
    assert may_apply.industry == "汽车零部件贸易" and "贸易" in may_apply.terms  # the trade decides
    how_much = analyse(index, "我们是做汽车零部件贸易的公司，省级专精特新奖多少")
    assert how_much.terms == ("省级", "专精特新")  # the trade says who asks


SCOPE = """松溪县支持新能源汽车零部件产业发展若干措施
一、支持范围
（一）支持对象为在本县注册的新能源汽车零部件企业，包括动力电池、驱动电机和电控系统企业。
（二）整车制造企业及从事贸易、维修的企业不在本措施支持范围内。
（三）申请企业须在本县依法纳税、独立核算。
二、支持标准
（一）对新认定的省级专精特新企业，给予一次性奖励30万元。（责任单位：县经信局）
"""


def test_the_clause_holding_all_the_question_says_answers_whether_one_may_apply():
    scope = one_document("scope", SCOPE)
    answer, hits = ask(scope, "我们是在县里做汽车零部件贸易的公司，能申请吗？")
    assert hits[0].clause.clause_id == "scope/一.（二）" and answer.found


def test_an_item_the_question_sets_aside_is_not_stated_as_the_askers():
    champions = toy_with("（三）对新认定的国家级单项冠军企业，给予一次性奖励300万元；"
                         "对新认定的国家级单项冠军产品，给予一次性奖励150万元。")
    answer, hits = ask(champions, "国家级单项冠军产品（不是单项冠军企业）奖多少？")
    assert hits[0].clause.clause_id == "toy/一.（三）" and [a.value for a in answer.amounts] == [1_500_000]


def test_a_grant_and_its_add_on_both_met_are_asked_together_and_summed():
    upscale = toy_with("（三）对首次纳入规模以上工业企业统计的，给予一次性奖励10万元；"
                       "当年新投产即纳入统计的，再给予5万元奖励。")
    both, hits = ask(upscale, "头一回进了规上统计，还是当年新投产当年就进的，能拿多少奖励？")
    assert hits[0].clause.clause_id == "toy/一.（三）" and [a.value for a in both.amounts] == [150_000]
    base, _ = ask(upscale, "首次纳入规上统计能拿多少奖励？")  # the add-on's condition not said: the grant alone
    assert [a.value for a in base.amounts] == [100_000]


def test_how_the_asker_became_one_names_no_multiple_of_the_table():
    text = TIER_TABLE + ("二、研发机构奖励\n研发机构按上表标准的1.5倍给予奖励；被认定为省级重点实验室的研发机构，另给予"
                         "一次性奖励50万元。\n")
    corpus = build_corpus({"tiers.txt": text}, {"documents": [{"id": "tiers", "file": "tiers.txt"}]})
    embedder = ConceptEmbeddings()
    index = build_index(corpus, embedder)
    from retrieval.answer.compose import _referring_clause

    row = next(c for c in index.clauses if c.number == "一、第二档")
    # 认定 is said only by 二、 but says how the enterprise became a 总部企业, not that it is a 研发机构
    became = analyse(index, "我们是认定的总部企业，年度纳税2000万，奖励多少")
    assert _referring_clause(became, [row], index.clauses) is None
    named = _referring_clause(analyse(index, "研发机构年度纳税2000万，奖励多少"), [row], index.clauses)
    assert named is not None and named.number == "二、"


def test_a_class_the_clause_does_not_grant_is_refused_with_the_classes_it_does():
    talent = toy_with("（三）人才奖励。对新引进的A、B、C类高层次人才，分别给予200万元、100万元、50万元购房补贴。")
    granted, _ = ask(talent, "引进的B类人才购房补贴多少？")
    assert granted.found and [a.value for a in granted.amounts] == [1_000_000]
    refused, _ = ask(talent, "引进的D类人才有没有购房补贴？能补多少？")
    assert not refused.found and refused.amounts == []
    assert [(n.kind, n.text) for n in refused.notes] == [
        ("level", "所问类别（D类）在该条款中没有奖补，只规定了A类、B类、C类。")]


def test_a_kind_the_clause_does_not_grant_is_refused_degrees_and_patents_alike():
    kinds = toy_with("（三）人才奖励。企业新引进全职博士研究生的，按每人每月2000元给予生活补贴。\n"
                     "（四）专利奖励。企业获得发明专利授权的，每件奖励3000元。")
    master, _ = ask(kinds, "新引进全职硕士研究生，有没有人才生活补贴？每月多少？")
    assert not master.found and [(n.kind, n.text) for n in master.notes] == [
        ("level", "所问类别（硕士）在该条款中没有奖补，只规定了博士。")]
    asked_whether, _ = ask(kinds, "新引进全职硕士有人才生活补贴吗")  # whether there is one, not how much
    assert not asked_whether.found
    utility, _ = ask(kinds, "获得实用新型专利授权，每件奖励多少？")
    assert not utility.found and utility.amounts == []
    invention, _ = ask(kinds, "获得发明专利授权，每件奖励多少？")
    assert invention.found and [a.value for a in invention.amounts] == [3000]


def test_a_level_set_aside_is_not_the_level_asked(toy):
    city, _ = ask(toy, "专精特新是省级的不是国家级的，有没有钱拿")  # 国家级 set aside: 省级 is asked
    assert city.found and [a.value for a in city.amounts] == [200_000]
    assert analyse(toy[0], "专精特新是市级的不是国家级的，有没有钱拿").money
    refused, _ = ask(toy, "专精特新是市级的不是国家级的，有没有钱拿")
    assert not refused.found and refused.amounts == []


COUNTY = """松溪县支持制造业发展的若干措施
一、对新认定为省级专精特新企业的，给予一次性奖励15万元。（责任单位：县经信局）
"""
DISTRICT = """临溪区支持制造业发展的若干措施
一、对新认定为省级专精特新企业的，给予一次性奖励25万元。（责任单位：区科技局）
"""


def test_county_words_and_district_words_choose_between_a_county_and_a_district():
    corpus = build_corpus({"c.txt": COUNTY, "d.txt": DISTRICT},
                          {"documents": [{"id": "county", "file": "c.txt"}, {"id": "district", "file": "d.txt"}]})
    library = (build_index(corpus, ConceptEmbeddings()), ConceptEmbeddings())
    assert {d.issuer_level for d in library[0].documents.values()} == {"county"}
    for question, doc_id, yuan in [("县里对省级专精特新奖多少？", "county", 150_000),
                                   ("区里对省级专精特新奖多少？", "district", 250_000)]:
        answer, hits = ask(library, question)
        assert hits[0].clause.doc_id == doc_id and [a.value for a in answer.amounts] == [yuan]
    answer, _ = ask(one_document("district", DISTRICT), "县上对省级专精特新奖多少？")  # 县上: as 县里
    assert not answer.found and answer.notes[0].kind == "jurisdiction"


ROUND = """关于开展2024年度松溪县企业研发投入奖励申报工作的通知
一、奖励标准：对上年度研发投入增长的企业，按增量的10%给予奖励，最高50万元。
二、申报时间：2024年9月1日至9月30日。
"""


def test_a_round_of_applications_the_notice_is_not_for_is_not_answered_by_it():
    library = one_document("round", ROUND)
    answer, hits = ask(library, "2024年度研发投入奖励啥时候申报？")
    assert answer.found and hits[0].clause.clause_id == "round/二"
    answer, _ = ask(library, "2025年度研发投入奖励啥时候申报？")
    assert not answer.found and [(n.kind, n.text) for n in answer.notes] == [
        ("not_stated", "所引文件是2024年度的申报安排，未规定2025年度的安排，请留意主管部门发布的新通知。")]
    index, _ = library
    assert analyse(index, "2025年度研发投入奖励啥时候申报").round_year == "2025"
    assert analyse(index, "我们2023年度研发投入800万，奖多少").round_year == ""  # a year of the asker's figures


def test_how_an_asker_speaks_of_itself_and_of_money_is_no_topic(toy):
    query = analyse(toy[0], "俺们厂里要是评上省级瞪羚，镇上能给多少票子？一般多久到账")
    assert not set(query.terms) & {"厂里", "俺们", "票子", "镇上", "一般"} and "瞪羚" in query.terms
    assert query.issuer_levels == ("town",)
    assert "一般纳税人" in analyse(toy[0], "一般纳税人能申请瞪羚奖励吗").tokens  # a tax status, no hedge
    later = analyse(toy[0], "瞪羚奖励报上去以后，批下来之后多久到账")
    assert not set(later.terms) & {"报上", "上去", "以后", "之后"} and "瞪羚" in later.terms


def test_words_for_papers_and_steps_ask_for_a_kind_of_clause_and_are_met_by_it():
    steps = one_document("steps", STEPS)
    index, _ = steps
    query = analyse(index, "奖补是网上报还是去窗口交？纸质材料交几份，交哪些东西")
    assert {"procedure", "materials"} <= set(query.aspects) and "东西" not in query.terms
    first = index.clauses.ids.index("steps/二.（一）")  # under a heading on procedure (申报程序)
    met = [t for t in ("网上", "窗口") if coverage(index, [t], first, aspects=query.aspects) == 1.0]
    assert met == ["网上", "窗口"]
    answer, _ = ask(steps, "奖补申报是网上报还是去窗口交？")
    assert answer.found and answer.answer.startswith("根据《松溪县促进制造业发展实施细则》“二、奖补申报程序”：\n1. ")
    # where papers are handed in (交到哪里, 报到哪儿) asks for the procedure too
    assert all("procedure" in analyse(index, q).aspects for q in ("奖补申请交到哪里？", "材料报到哪儿"))


CHAMPIONS = """云溪市优质企业奖励办法
第一条 对新认定的国家级单项冠军企业，给予一次性奖励300万元；对新认定的国家级单项冠军产品，\
给予一次性奖励150万元。对新认定的省级单项冠军企业，给予一次性奖励50万元。
"""


def test_two_items_asked_each_get_their_sum_and_the_quote_holds_every_sum_stated():
    library = one_document("champions", CHAMPIONS)
    both, _ = ask(library, "国家级单项冠军，企业和产品各是多少？")  # no pair across the comma (军企)
    assert [a.value for a in both.amounts] == [3_000_000, 1_500_000]
    product, _ = ask(library, "国家级单项冠军产品奖多少？")
    assert [a.value for a in product.amounts] == [1_500_000]
    quoted = product.answer.splitlines()[1]
    assert "150万元" in quoted and "300万元" not in quoted
    # a rule with a top-up is worked out (按此标准为…); the item set aside (不是冠军企业) is not the one chosen
    topped = one_document("champions", CHAMPIONS.replace("50万元。", "50万元。已获得过同类奖励的，按差额补足。"))
    set_aside, _ = ask(topped, "一个产品被认定为国家级单项冠军产品（不是冠军企业），按哪一档，给多少？")
    assert [a.value for a in set_aside.amounts] == [1_500_000] and "测算" in set_aside.answer


def test_a_list_answered_is_cited_as_its_section_and_not_again_under_see_also():
    answer, hits = ask(one_document("steps", STEPS), "奖补申报的流程是什么？")
    hits = lead_with_section(answer, hits)
    assert [line[:2] for line in answer.answer.splitlines()[1:4]] == ["1.", "2.", "3."]
    # the section the answer quotes whole (its heading has no text of its own) is cited once, first, with every step
    assert [c.clause for c in answer.citations] == ["二、", "二、（一）", "二、（二）", "二、（三）"]
    assert hits[0].clause.number == "二、"
    assert hits[0].clause.clause_id == "steps/二" and hits[0].relevant
    assert all(step in hits[0].clause.text for step in ("企业申报", "审核公示", "资金拨付"))
    assert "另见" not in answer.answer and len(hits) > 1


def test_a_list_under_a_clause_of_its_own_is_cited_as_that_clause_with_its_items():
    text = """松溪县技术改造资金管理办法
第九条申报材料。申报企业应提交以下材料：
（一）技术改造资金申请表；
（二）设备购置发票；
（三）企业信用承诺书。
第十条对技术改造项目按设备投资额的10%给予补助。
"""
    answer, hits = ask(one_document("rules", text), "技术改造补助申报要准备哪些材料？")
    hits = lead_with_section(answer, hits)
    assert hits[0].clause.clause_id == "rules/第九条" and hits[0].clause.number == "第九条"
    assert hits[0].clause.text.startswith("第九条申报材料") and "企业信用承诺书" in hits[0].clause.text
    assert [c.clause for c in answer.citations][:1] == ["第九条"]
    assert [h.clause.clause_id for h in hits].count("rules/第九条") == 1


TAX_TIERS = """云溪镇工业经济奖励办法
一、纳税贡献奖。年纳税额500万元以上的，奖励5万元；1000万元以上的，奖励10万元；2000万元以上的，奖励20万元。
二、对新认定为省级瞪羚企业的，给予30万元奖励。
"""


def test_every_tier_of_a_list_in_one_clause_is_stated_when_each_is_asked():
    library = one_document("tax", TAX_TIERS)
    every, _ = ask(library, "纳税贡献奖励分几档，每档奖励多少钱？")
    assert [a.value for a in every.amounts] == [50_000, 100_000, 200_000]
    one, _ = ask(library, "去年纳税1200万，纳税贡献奖励能拿多少？")
    assert [a.value for a in one.amounts] == [100_000]


TALENT = """云溪县人才引进措施
一、对工业企业新引进的全职博士研究生，给予每人每月3000元人才生活补贴，连续补贴3年；新引进的全职硕士研究生，给予每人每月1500元生活补贴，连续补贴2年。
"""


@pytest.mark.parametrize(("question", "yuan"), [
    ("新引进两个全职博士、一个全职硕士，人才生活补贴总共能领多少？", 252_000),  # 3000×2×36 + 1500×1×24
    ("新引进了2个全职博士、3个全职硕士，人才生活补贴一年合计能领多少？", 126_000),  # 3000×2×12 + 1500×3×12
    ("新引进了2个全职博士，人才生活补贴总共能领多少？", 216_000),
    # counted with 名 (a count of people the calculator reads too: each kind's own count, not the last one told)
    ("新引进了2名全职博士和1名全职硕士，人才生活补贴总共能领多少？", 252_000),
])
def test_each_kind_counted_gets_its_own_sum_and_they_are_added(question, yuan):
    answer, _ = ask(one_document("talent", TALENT), question)
    assert [a.value for a in answer.amounts] == [yuan]


TALENT_ITEMS = """云溪县人才引进措施
第十一条 人才安家补贴。对企业新引进的下列人才，按月发放安家补贴：
（一）全职博士研究生，每人每月3000元；
（二）全职硕士研究生，每人每月1500元。
"""


def test_kinds_paid_by_one_sentence_each_get_their_own_count():
    # 全日制博士研究生、硕士研究生，分别按每人每月3000元、1500元: 1×3000×12 + 2×1500×12
    text = ("云溪县人才引进措施\n一、对工业企业新引进的全日制博士研究生、硕士研究生，分别按每人每月3000元、1500元给予"
            "人才生活补贴，连续发放3年。\n")
    asked = "今年新引进1名全日制博士和2名全日制硕士，一年的人才生活补贴一共多少钱？"
    answer, _ = ask(one_document("talent", text), asked)
    assert [a.value for a in answer.amounts] == [72_000]


def test_kinds_counted_are_paid_by_the_items_of_one_list_each_with_what_is_said_of_it():
    # each kind's own item of the list (（一）博士, （二）硕士), each count with words between it and its kind
    answer, _ = ask(one_document("talent", TALENT_ITEMS),
                    "新引进一个48岁的全职博士、两个30岁的全职硕士，人才安家补贴一年一共多少？")
    assert [a.value for a in answer.amounts] == [72_000]  # 3000×1×12 + 1500×2×12
    assert answer.answer.index("3000元 × 1人") < answer.answer.index("1500元 × 2人")  # (in the order counted)


def test_a_spoken_level_with_上_is_not_read_inside_上市(toy):
    # 园区 that grants is the zone's government; 园区 where the asker is, goes or rents is a place
    assert analyse(toy[0], "园区对上市企业奖励多少").issuer_levels == ("zone",)
    assert analyse(toy[0], "园区上市企业奖励多少").issuer_levels == ("zone",)  # (the zone's award for listed firms)
    for where in ("我们园区上市企业奖励多少", "园区外的企业有补贴吗", "落户园区能拿多少奖励", "搬到园区有什么补贴"):
        assert analyse(toy[0], where).issuer_levels == (), where
    assert analyse(toy[0], "租了园区标准厂房，县里补多少").issuer_levels == ("county",)
    assert analyse(toy[0], "租了厂房和园区宿舍，县里补多少").issuer_levels == ("county",)
    assert analyse(toy[0], "全县上市公司有什么奖励").issuer_levels == ()
    assert analyse(toy[0], "县上对瞪羚企业奖多少").issuer_levels == ("county",)



def test_a_vague_time_of_the_story_and_a_voucher_s_offset_are_read_as_spoken(toy):
    # 前几年 / 这几天 / 几年前 tell when the asker's story happened; 几年内, 到期前几个月, 要几个月 ask
    assert not analyse(toy[0], "前几年退规了，去年又重新进规，县里的小升规奖还给吗").time
    assert not analyse(toy[0], "这几天刚评上，几年前也拿过，还能奖吗").time
    for asks in ("拿了落户奖几年内搬走要退钱", "合同到期前几个月要申请续期？", "审核要几个月来着"):
        assert analyse(toy[0], asks).time, asks
    # a voucher offsets a fee (服务券最多能抵多少), a tax relief is asked of a tax (加计扣除能抵多少)
    assert not analyse(toy[0], "数字化诊断服务券每家企业最多能抵多少").relief
    assert analyse(toy[0], "研发费用加计扣除能抵多少").relief



def test_a_total_asked_of_two_governments_is_asked_of_each():
    from retrieval.search.query import each_government
    assert each_government("县里加园区的安家补贴一共多少？") == ["县里安家补贴一共多少？", "园区安家补贴一共多少？"]
    assert each_government("镇上跟县里一共能拿多少") == ["镇上一共能拿多少", "县里一共能拿多少"]
    assert each_government("引进一个博士，县里加上园区，安家补贴一共多少？") == [
        "引进一个博士，县里安家补贴一共多少？", "引进一个博士，园区安家补贴一共多少？"]
    assert each_government("县里和园区一共能拿多少") == ["县里一共能拿多少", "园区一共能拿多少"]
    assert each_government("县里和区里一共多少") == []  # (one level)
    assert each_government("县里一共多少") == []


ENERGY = """云溪市节能降碳奖励办法
一、节能改造。对实施节能技术改造的企业，按年节能量每吨标准煤300元给予奖励，单个企业最高100万元。
二、绿色工厂。对新认定的省级绿色工厂，给予30万元奖励。
"""


def test_the_askers_figure_of_the_unit_a_rule_pays_by_counts_as_one_more_term_met():
    library = one_document("energy", ENERGY)
    index, _ = library
    query = analyse(index, "余热技术改造一年能省2800吨标准煤，能拿多少奖励？")
    first = index.clauses.ids.index("energy/一")
    without = coverage(index, list(query.terms), first, True)
    with_figure = coverage(index, list(query.terms), first, True, facts=query.facts)
    # terms 余热, 技术改造, 能省, 标准煤, 奖励: without the figure, 余热 and 能省 (words the library never uses) are
    # unmet; with it they are the asker's account of its project, and the figure is one more term met
    assert without < 0.5 and with_figure == 1.0
    # a clause paying by no unit the asker gives gains nothing
    other = index.clauses.ids.index("energy/二")
    assert coverage(index, list(query.terms), other, True, facts=query.facts) == coverage(
        index, list(query.terms), other, True)
    answer, _ = ask(library, "余热技术改造一年能省2800吨标准煤，能拿多少奖励？")
    assert [a.value for a in answer.amounts] == [840_000]  # 2800 × 300元


FAIRS = """云溪县促进开放型经济若干措施
一、对企业参加境外专业展会的，按展位费的50%给予补助，单个企业每年最高10万元。
二、对新认定为省级瞪羚企业的，给予30万元奖励。
"""


def test_a_spoken_place_word_taken_out_leaves_the_words_around_it_whole(toy):
    # 镇上 taken out of 小升规镇上给多少 must not join 规 and 给 into a word (小升 / 规给)
    query = analyse(toy[0], "小升规镇上给多少补贴？")
    assert query.terms == ("补贴",) and query.issuer_words == ("镇上",)  # 小升规: a word this library never uses


def test_a_kind_of_place_the_clause_does_not_grant_is_not_granted():
    library = one_document("fairs", FAIRS)
    abroad, _ = ask(library, "去国外参加专业展会，展位费补助多少？")
    assert abroad.found and [a.value for a in abroad.amounts] == [100_000]
    home, _ = ask(library, "参加国内的专业展会，展位费补助多少？")
    assert not home.found and "只规定了境外的奖补，未规定境内" in home.answer


EQUIPMENT = """云溪省制造业发展专项资金申报指南
一、首台（套）设备。对经认定的省首台（套）设备，按产品单价的15%给予奖励，单个产品最高100万元。
二、设计中心。对新认定的省级、市级工业设计中心，分别给予一次性奖励50万元、10万元。
三、质量标杆。对获评市级质量标杆的企业，给予5万元奖励。
四、单项冠军。对新认定的国家级单项冠军示范企业，给予100万元奖励。
"""


def test_a_rate_rule_has_the_level_of_its_item_and_a_level_not_granted_is_refused():
    library = one_document("equipment", EQUIPMENT)
    index, _ = library
    rule = index.clauses[index.clauses.ids.index("equipment/一")].incentives[0]
    assert rule.rate == 0.15 and rule.level == "省级"  # 省首台（套）: a level without 级
    refused, _ = ask(library, "我们的设备被认定为市级首台（套）设备，有没有奖励？")
    assert not refused.found and refused.amounts == [] and refused.notes[0].kind == "level"
    assert "只规定了省级的奖励" in refused.answer


def test_a_level_before_a_fund_is_whose_fund_when_the_item_names_its_own_level():
    library = one_document("equipment", EQUIPMENT)
    index, _ = library
    # 省制造业专项 names whose fund; the item asked is 国家级
    assert analyse(index, "评上国家级工业设计中心了，省制造业专项能给多少奖励？").levels == ("国家级",)
    refused, _ = ask(library, "评上国家级工业设计中心了，省制造业专项能给多少奖励？")
    assert not refused.found and refused.amounts == [] and "50万元" not in refused.answer
    # with no other level named, the fund's level is the one asked (市里的专项资金 of a 配套 rule)
    assert analyse(index, "拿到了市里的专项资金200万，能配套吗").levels == ("市级",)
    assert analyse(index, "省级工业设计中心，省制造业专项能给多少奖励？").levels == ("省级",)


def test_a_clause_granting_only_what_the_asker_says_it_is_not_is_no_answer():
    library = one_document("equipment", EQUIPMENT)
    asked, _ = ask(library, "国家级单项冠军示范企业奖励多少？")
    assert asked.found and [a.value for a in asked.amounts] == [1_000_000]
    refused, _ = ask(library, "我们是国家级单项冠军产品，不是示范企业，奖励多少？")
    assert not refused.found and refused.amounts == [] and "100万元" not in refused.answer
    assert [n.kind for n in refused.notes] == ["level"] and "只规定了示范企业的奖补" in refused.answer


def test_a_question_about_conditions_needs_a_smaller_share_of_its_words_in_the_clause(toy):
    from retrieval.search.retrieve import judge

    index, _ = toy
    clause = index.clauses[index.clauses.ids.index("toy/二.（一）")]
    may = analyse(index, "我们是外地来的分公司，技术改造项目能申请吗？")
    other = analyse(index, "我们是外地来的分公司，技术改造项目补助多少？")
    assert "conditions" in may.aspects and "conditions" not in other.aspects
    # 0.40 of the words: enough for whether one may apply (the asker's situation is in its own words), not
    # for how much
    assert judge(clause, 0.40, 0.9, may) and not judge(clause, 0.40, 0.9, other)
    assert not judge(clause, 0.30, 0.9, may)


def test_whether_a_cost_counts_or_one_may_apply_again_asks_for_the_conditions(toy):
    index, _ = toy
    for question in ("二手设备能算进设备投资额吗？", "复核通过了，还能再申请吗？", "关联方的设备能不能计入？",
                     "研发奖励我们够不够格？", "研发占比达标吗",  # whether a bar is met, as spoken
                     "能按总部企业拿经营贡献奖励吗？"):  # as what it may apply
        assert "conditions" in analyse(index, question).aspects, question
    assert "conditions" not in analyse(index, "营收又涨了25%，还能再拿点不？").aspects  # some money


LEADERS = """云溪省制造业专项资金申报指南
一、产业链龙头企业培育。对年度营业收入首次突破100亿元、50亿元、10亿元的制造业企业，分别给予一次性奖励500万元、200万元、100万元；对省重点产业链上营业收入首次突破1亿元的配套企业，给予一次性奖励20万元。
二、研发投入。对规上工业企业年度研发费用较上年增长部分，按10%给予补助，每家企业每年最高不超过200万元。
"""


def test_the_measures_title_does_not_choose_between_its_rules():
    # 产业链龙头企业培育 is the title of both rules: it does not make the 配套企业 rule (产业链上…1亿元) the one
    # asked; 60亿 falls in the 50亿 tier of the first: 200万
    answer, _ = ask(one_document("leaders", LEADERS), "营业收入首次过了60亿，产业链龙头企业培育能拿多少奖励？")
    assert [a.value for a in answer.amounts] == [2_000_000]


def test_a_figure_said_as_more_than_last_year_is_an_increment():
    # 比去年多投了1500万: the increase; 10% = 150万, under the 200万 cap
    answer, _ = ask(one_document("leaders", LEADERS), "规上工业企业，今年研发费用比去年多投了1500万，能拿多少补助？")
    assert [a.value for a in answer.amounts] == [1_500_000]


def test_a_grant_asked_yes_or_no_in_one_character_asks_for_money(toy):
    index, _ = toy
    for question in ("评上市级工业设计中心，有额外的奖不", "设计中心补不补？", "瞪羚企业有奖吗"):
        assert analyse(index, question).money, question
    refused, _ = ask(toy, "评上省级工业设计中心，有额外的奖不")  # the clause grants 市级 only
    assert not refused.found and refused.notes[0].kind == "level"


RECOGNITION_GUIDE = """云溪市专精特新中小企业认定及奖励申报指南
一、申报条件
1.在本市注册登记并持续经营2年以上。
2.上年度营业收入1000万元以上。
二、奖励标准
1.对新认定的市级专精特新企业，给予一次性奖励10万元。
"""


def test_how_an_honour_is_recognised_is_answered_only_where_the_documents_say_it(toy):
    # the toy measures reward 新认定 honours: how one is recognised is not in them
    index, _ = toy
    query = analyse(index, "专精特新企业怎么认定？需要满足什么条件？")
    assert query.recognition
    refused, _ = ask(toy, "专精特新企业怎么认定？需要满足什么条件？")
    assert not refused.found and refused.amounts == []
    # a guide to recognition answers with its conditions
    answer, hits = ask(one_document("guide", RECOGNITION_GUIDE), "专精特新企业怎么认定？需要满足什么条件？")
    assert answer.found and hits[0].clause.clause_id.startswith("guide/一.")
    assert "1. 在本市注册登记并持续经营2年以上。（一、1.）\n2. 上年度营业收入1000万元以上。（一、2.）" in answer.answer
    assert not analyse(index, "新认定的专精特新企业奖励多少？").recognition


def test_a_rate_is_measured_by_the_figure_of_its_base():
    from retrieval.search.figures import base_metric, fits_figures, read_facts

    index, _ = one_document("leaders", LEADERS)
    rule = index.clauses[index.clauses.ids.index("leaders/二")].incentives[0]
    assert base_metric(rule) == "研发费用增量"  # 研发费用较上年增长部分
    assert fits_figures(rule, read_facts("去年研发费用800万，今年1100万，能拿多少？"))
    assert not fits_figures(rule, read_facts("营收2个亿，能拿多少？"))


PRICES = """云溪市首台套和贴息措施
一、对经认定的首台（套）重大技术装备，按产品单价的20%给予奖励，单个产品最高200万元。（责任单位：市科技局）
二、对企业使用“制造贷”产品的，按实际支付利息的50%给予贴息，单家企业每年最高不超过50万元。（责任单位：市金融办）
"""


def test_a_sum_called_by_the_head_of_its_bases_name_is_that_base():
    from dataclasses import replace

    from retrieval.search.figures import fits_figures, read_facts

    prices = one_document("prices", PRICES)
    index, _ = prices
    price, interest = (index.clauses[index.clauses.ids.index(f"prices/{n}")].incentives[0] for n in ("一", "二"))
    sold, paid = read_facts("设备卖价850万一台，能奖多少？"), read_facts("一笔付息36万，能贴多少？")
    assert fits_figures(price, sold) and fits_figures(interest, paid)  # 卖价 / 产品单价, 付息 / 实际支付利息
    assert not fits_figures(price, paid) and not fits_figures(interest, sold)
    assert sold.quantities == ()  # 850万一台: a price per unit, not 1万 1 units (a Chinese number starts after no 万)
    assert read_facts("投资500万2台设备").quantities == (("台", 2.0),)
    # a last character that says only "a sum of" names no kind: 成交额 is no 设备投资额, 融资 no 设备投资
    assert not fits_figures(replace(price, base="设备投资额"), read_facts("技术合同成交额300万，能奖多少？"))
    # the clause then holds the question's words (卖价 is the asker's account of the base), and its sum is 20%
    query = analyse(index, "首台（套）重大技术装备卖价850万，能奖多少？")
    assert coverage(index, list(query.terms), 0, query.money, query.aspects, query.facts) == 1.0
    answer = compose(query, [Hit(index.clauses[0], 1.0, 1.0, 1.0, True)], index.documents, index.keywords)
    assert [a.value for a in answer.amounts] == [1_700_000]


def test_the_unit_a_sum_is_paid_by_is_one_of_the_quantity_units():
    from retrieval.lexicon.patterns import per_unit

    assert [per_unit(p) for p in ("每件", "每月每平方米", "每平米", "每人每月", "每名", "每吨")] == [
        "件", "平方米", "平方米", "人", "人", "吨"]
    assert per_unit("每家企业") == "" and per_unit("每家企业每件") == "件"  # a cap per enterprise is no count
    # each one an act counts (每招用1人, 每引进一名), not a count a year (每年1人)
    assert [per_unit(p) for p in ("每招用1人奖励企业", "每引进一名", "每年1人")] == ["人", "人", ""]
    from retrieval.answer.calculator import calculate, read_facts
    from retrieval.documents.amounts import extract_incentives

    [rule] = extract_incentives("企业新招用本地劳动力并缴纳社会保险满6个月的，每招用1人奖励企业800元，"
                                "每家企业每年最高不超过2万元。", "4")
    assert (rule.cap, rule.limit, rule.limit_per) == (800, 20_000, "每家企业每年")
    assert calculate(rule, read_facts("今年新招了40个本地工人，能奖多少？")).value == 20_000  # 3.2万, capped


ABOVE = """云溪市首台（套）推广应用措施
一、首台（套）设备和首批次材料推广应用。对获得省级以上首台（套）认定的设备，按其销售额的10%给予奖励，最高不超过200万元；对首批次新材料，按其销售额的5%给予奖励，最高不超过100万元。
"""


def test_review_fixes_of_the_ninth_session(toy):
    from retrieval.lexicon.patterns import levels_in
    from retrieval.search.figures import read_facts, total_asked

    index, _ = toy
    # a level set aside is the level check's, not an item set aside: 省级 is granted
    answer, _ = ask(toy, "我们是省级专精特新企业，不是国家级企业，奖励多少？")
    assert answer.found and [a.value for a in answer.amounts] == [200_000]
    # 差不多投了 is no growth; 比去年多投了 is
    assert read_facts("今年研发费用差不多投了800万").figures == (("研发费用", 8_000_000.0, False),)
    assert read_facts("今年研发费用比去年多投了300万").figures == (("研发费用", 3_000_000.0, True),)
    # 以上: the level and every one above it
    assert levels_in("省级以上首台（套）") == ["国家级", "省级"]
    assert levels_in("市级及以上") == ["国家级", "省级", "市级"]
    library = one_document("above", ABOVE)
    rule = library[0].clauses[0].incentives[0]
    assert rule.level == "国家级、省级"
    # 国家级 is granted (省级以上); the measure's title lists both items, so it cannot choose between them
    answer, _ = ask(library, "我们的首台套设备是国家级的，销售额1000万，能拿多少奖励？")
    assert answer.found and [a.value for a in answer.amounts] == [1_000_000]
    # a total asked, whatever figure follows the question mark; a total word labelling a figure is none
    assert total_asked("一共多少？营收5亿") and not total_asked("累计投资1000万")
    # a fund's level stops at another level's word; 专项资助 is a grant, not a fund
    assert analyse(index, "国家级设计中心省制造业专项给多少奖励").levels == ("国家级",)
    assert analyse(index, "国家级设计中心，省级专项资助多少").levels == ("国家级", "省级")
    # 还有哪些要补 asks no sum; 按哪年的算 asks no time
    assert not analyse(index, "还有哪些材料要补呢").money
    assert not analyse(index, "营收按哪年的算？").time
    # recognition is stated as 认定, 评定 or 评选; an award once made (新认定的, 经认定的) states none
    from retrieval.lexicon.patterns import STATES_RECOGNITION

    assert STATES_RECOGNITION.search("由企业自愿申报参加评选") and STATES_RECOGNITION.search("按指标评定等级")
    assert not STATES_RECOGNITION.search("对新认定的企业") and not STATES_RECOGNITION.search("经认定的装备")


def test_an_honour_held_is_named_in_full_and_no_trade(toy):
    from retrieval.search.query import trade_of

    index, _ = toy
    # 被评为…工厂 names an honour, not the asker's trade (纺织厂 does)
    assert trade_of(index, "我们厂被评为省级5G全连接工厂") == ""
    assert trade_of(index, "我们是纺织厂") == "纺织"
    for dated in ("新能源零部件措施7月发的", "新能源零部件措施7月份发的"):
        assert trade_of(index, dated) == "", dated  # (a name does not begin inside a figure or a date: 月发, 份发)
    # nor does a verb stand inside a government's name (开 of 经开区), which a sum would then be filtered by
    assert trade_of(index, "经开区引进全职博士的安家补贴给多少") == ""
    assert trade_of(index, "经开区开饭店的有补贴吗") == "饭店"
    # the honour's words the library never uses are its topic, whatever jieba tags them: 连接 is a verb to
    # jieba, yet 省级5G全连接设计中心 is no 设计中心 the documents reward
    query = analyse(index, "我们被评为省级5G全连接设计中心，有没有奖励？")
    assert "连接" in query.honours and "设计" not in query.honours
    answer, _ = ask(toy, "我们被评为省级5G全连接设计中心，有没有奖励？")
    assert not answer.found and answer.amounts == []
    answer, _ = ask(toy, "我们被评为市级工业设计中心，有没有奖励？")
    assert answer.found and [a.value for a in answer.amounts] == [100_000]
    # an honour whose one unknown word is its name (5G) is not the clause's honour that shares the rest (设计中心)
    query = analyse(index, "我们被评为市级5G设计中心，有没有奖励？")
    assert query.honours == ("5g",)
    answer, _ = ask(toy, "我们被评为市级5G设计中心，有没有奖励？")
    assert not answer.found and answer.amounts == []
    # the asking around the name (已经, 不是) and the one who holds it (…计划的博士) are no honour's words
    assert analyse(index, "我们被评为市级工业设计中心时已经拿过奖励，还能再申请吗？").honours == ()
    assert "博士" not in analyse(index, "我们引进了一个入选省级人才计划的博士，有奖励吗？").honours


def test_where_the_enterprise_is_is_whose_measures_when_its_level_is_spoken_of(toy):
    index, _ = toy
    # 我们厂在石笋县，县里…: the county asked about is 石笋县, which no document is from
    assert analyse(index, "我们厂在石笋县，县里对技术改造补助多少？").elsewhere == ("石笋县",)
    answer, _ = ask(toy, "我们厂在石笋县，县里对技术改造补助多少？")
    assert not answer.found and answer.amounts == []
    # a place where the enterprise acts, with another level asked about, is no other jurisdiction
    assert analyse(index, "我们在石笋县有个仓库，市里对技术改造补助多少？").elsewhere == ()


RELIEF = """云溪市研发投入补助办法
一、对上年度享受研发费用加计扣除政策、且研发费用总额在100万元以上的企业，按研发费用总额的5%给予补助，最高不超过50万元。
"""


def test_a_tax_relief_asked_is_answered_only_by_a_clause_that_states_one():
    library = one_document("relief", RELIEF)
    index, _ = library
    assert analyse(index, "研发费用加计扣除现在按多少比例扣除？").relief
    assert analyse(index, "留抵退税能退多少？").relief
    assert not analyse(index, "享受了加计扣除，研发补助能拿多少？").relief
    assert analyse(index, "高新技术企业的企业所得税是不是按15%交？").relief
    # the clause grants to those who enjoy the relief: it states no rate of the relief itself
    answer, _ = ask(library, "研发费用加计扣除现在按多少比例扣除？")
    assert not answer.found and answer.amounts == []
    answer, _ = ask(library, "享受了研发费用加计扣除，研发费用200万，研发补助能拿多少？")
    assert answer.found and [a.value for a in answer.amounts] == [100_000]


def test_what_ends_is_the_measure_when_the_question_names_its_validity():
    from retrieval.lexicon.patterns import time_asked_of

    # 截止 after 有效期 ends the measure; alone, or with 申报, it ends the time to apply
    assert time_asked_of("这套政策有效期多长，到什么时候截止？") == ("validity",)
    assert time_asked_of("研发奖励什么时候截止申报？") == ("application",)
    assert time_asked_of("什么时候截止？") == ("application",)
    assert time_asked_of("去年的奖今年几月报？") == ("application",)  # (几月 asks when, as 几号 does)
    # a when-question whose subject is the measure itself asks its validity
    assert time_asked_of("那套措施能用到什么时候？") == ("validity",)
    assert time_asked_of("本政策有效期内，什么时候截止申报？") == ("application",)
    # still in force, though no time is asked: 还在有效期内吗, 还管用不; applying under it at a time to come
    assert time_asked_of("到时候这个若干措施还在有效期内吗？") == ("validity",)
    assert time_asked_of("到2027年下半年还能按它报吗？") == ("validity",)
    assert time_asked_of("到时候还能按这份惠企政策清单拿100万吗？") == ("validity",)
    # not whether a past event counts, nor a standard applied, nor what money may be spent on
    assert time_asked_of("2022年11月拿的证书，现在还能按细则申请那15万不？") == ()
    assert time_asked_of("还能按这个标准拿吗？") == ()
    assert time_asked_of("补助资金还能用于还贷款吗？") == ()


def test_a_question_whether_a_measure_is_still_in_force_is_answered_by_its_closing_clause(toy):
    for question in ("到2027年技术改造设备补助还能按这个措施报吗？", "技术改造补助明年还管用吗？"):
        answer, hits = ask(toy, question)
        assert hits[0].clause.number == "三、", question
        assert answer.found and "2024年1月1日起施行" in answer.answer


def test_a_choice_of_units_asks_who_and_a_plea_for_help_is_no_topic(toy):
    index, _ = toy
    # 牵头的是A还是B asks which unit, not how much; 的是市 is no town of another jurisdiction
    query = analyse(index, "技术改造补助这块，牵头的是市工信局还是市财政局？")
    assert query.who and not query.money and query.elsewhere == ()
    answer, _ = ask(toy, "技术改造补助这块，牵头的是市工信局还是市财政局？")
    assert answer.found and "责任单位：市工信局、市财政局" in answer.answer
    # 设区市 is a kind of place (its core ends in 区), no place of another jurisdiction
    assert analyse(index, "设区市复核完最迟什么时候要报到省厅？").elsewhere == ()
    # 有不清楚的地方 says the asker needs help: 地方 is no term to cover
    assert "地方" not in analyse(index, "技术改造有不清楚的地方，该找谁？").terms


def test_a_count_of_nothing_named_is_a_function_word():
    from retrieval.lexicon.tokenizer import function_word

    assert function_word("一个") and function_word("几种")
    assert not function_word("首次") and not function_word("一级") and not function_word("两家企业")


def test_a_fund_of_a_level_says_whose_measures_are_asked(toy):
    index, _ = toy
    # 省级…专项资金: the province's fund; the toy library is a city's
    assert analyse(index, "2025年度的省级制造业高质量发展专项资金什么时候申报？").issuer_levels == ("province",)
    answer, _ = ask(toy, "省级制造业专项资金对技术改造补助多少？")
    assert not answer.found and answer.notes[0].kind == "jurisdiction"
    # a level spoken of (县里) says it first
    assert analyse(index, "拿到市级技改专项资金，县里配套吗").issuer_levels == ("county",)


APPLY_STEPS = """云溪市专精特新企业奖励办法
第一条　对新认定的省级专精特新企业，给予一次性奖励20万元。
第二条　奖励资金每年集中申报一次，申报时间为每年3月。
第三条　企业向注册地区县工业和信息化主管部门提出申请，区县初审后报市工业和信息化局。
第四条　企业申报时应提交申请表和认定文件。
"""


def test_where_to_apply_first_is_the_step_in_which_the_applicant_acts():
    library = one_document("steps", APPLY_STEPS)
    index, _ = library
    query = analyse(index, "我们刚评上省级专精特新，第一步该去哪里递申请？")
    assert query.where_to_apply and query.aspects == ("procedure",) and not query.money
    assert not {"第一", "一步"} & set(query.terms)
    # the item's clause does not say where; the document's step in which the enterprise applies does
    answer, hits = ask(library, "我们刚评上省级专精特新，第一步该去哪里递申请？")
    assert answer.found and hits[0].clause.clause_id == "steps/第三条"


STACKING = """云溪镇工业企业奖励办法
一、奖励标准
（一）对当年首次纳入规模以上工业统计的企业，给予一次性奖励8万元。
（二）对复评通过的企业，不再重复给予奖励。
二、附则
（一）本办法与上级政策有重叠的，企业可同时享受。
"""


def test_whether_a_grant_stacks_is_answered_by_a_rule_on_stacking():
    library = one_document("stack", STACKING)
    index, _ = library
    query = analyse(index, "复评通过了还能再拿奖励吗？")
    assert query.stacking and not query.money
    assert not analyse(index, "复评通过了还能再拿多少？").stacking  # a sum asked: the amount rules say it
    _, hits = ask(library, "复评通过了还能再拿奖励吗？")
    assert hits[0].clause.clause_id == "stack/一.（二）"
    # another government's grant (县里也给了): a rule on stacking with other policies
    from retrieval.search.retrieve import _rules_on_stacking

    other = analyse(index, "县里也给了规上奖励，镇里的还能再拿吗？")
    clauses = {c.clause_id: c for c in index.clauses}
    assert _rules_on_stacking(clauses["stack/二.（一）"], other)
    assert not _rules_on_stacking(clauses["stack/一.（二）"], other)


def test_review_fixes_of_the_tenth_session(toy):
    from retrieval.lexicon.patterns import WHERE_TO_APPLY
    from retrieval.search.figures import read_facts

    index, _ = toy
    # what the asker has not done (项目还没通过验收) sets nothing aside: the amount is answered
    answer, _ = ask(toy, "项目还没通过验收，技术改造补助多少？")
    assert answer.found and [a.value for a in answer.amounts] == [2_000_000]
    # a grant's rate (加计扣除的补助比例) and a tax sum (增值税交了多少) ask no relief
    assert not analyse(index, "加计扣除的补助比例多少").relief
    assert not analyse(index, "增值税交了多少才能拿奖励").relief
    # 首先 and 先到 alone say no place to apply
    assert not WHERE_TO_APPLY.search("首先要满足什么条件") and not WHERE_TO_APPLY.search("先到先得吗")
    # 获得 a prize or 列入 a list is no honour's name; the name stops where the asking starts
    assert analyse(index, "去年获得省科技进步奖，研发补助多少").held == ()
    assert analyse(index, "我们被认定为省级专精特新企业奖励多少").held == ("省级专精特新企业",)
    # the place whose honour it is, and a closing 了, are no part of the name (a province's name inflated
    # the pairs that a clause on 省级瞪羚企业 had to share)
    assert analyse(index, "我们被认定为山东省瞪羚企业了，市里奖励多少？").held == ("瞪羚企业",)
    assert analyse(index, "我们被评为省级智能工厂能拿多少？").held == ("省级智能工厂",)  # not cut inside 智能
    from retrieval.answer.compose import _honour_not_granted

    gazelle = next(c for c in index.clauses if c.clause_id == "toy/一.（二）")
    assert _honour_not_granted(analyse(index, "我们被认定为山东省瞪羚企业了，奖励多少？"), gazelle) == ""
    # an honour held beside the item asked about does not refuse the item
    renovation = next(c for c in index.clauses if c.clause_id == "toy/二.（一）")
    assert _honour_not_granted(analyse(index, "我们被评为市级工业设计中心，技术改造补助多少？"), renovation) == ""
    assert _honour_not_granted(analyse(index, "我们被评为市级工业设计中心，补助多少？"), renovation) == "工业设计中心"
    # a span of years between 每年 and the total: the whole term's total
    assert not read_facts("每年补贴三年累计多少").one_year
    # a follow-up asking materials is no stacking question, whatever the question before said
    assert not analyse(index, "那需要什么材料？", [("已经拿过市里的奖励了，还能再拿吗？", "…")]).stacking
    # 负责的是哪些 asks the measures of a unit, not who
    assert not analyse(index, "市工信局负责的是哪些奖励").who



def test_a_count_said_about_or_in_chinese_hundreds_is_read_whole():
    from retrieval.search.figures import read_facts

    # 一百二十人 was read as 20 (the hundreds were no count digits); 来号人 / 多人 said about
    for question in ("新招了一百二十人", "新招了一百二十来号人", "新招了120来号人"):
        facts = read_facts(question)
        assert facts.count == 120 and facts.quantities == (("人", 120),), question
    assert read_facts("今年招了100多人").count == 100
    # 一家 speaks of an enterprise, not a count, when a count follows
    assert read_facts("一家机械制造企业，今年新招了120个人，奖励算哪一档？").count == 120
    assert read_facts("新引进一家总部企业奖多少").count == 1


def test_one_years_total_and_the_spoken_share_reform():
    from retrieval.lexicon.tokenizer import expand_abbreviations
    from retrieval.search.figures import read_facts

    # the year and the total in one part of the sentence: that year's total, not the whole term's
    assert read_facts("两个博士、一个硕士，第一年县里的生活补贴加起来总共能有多少？").one_year
    assert not read_facts("两个博士，生活补贴三年加起来一共多少？").one_year
    assert expand_abbreviations("县里股改做完能奖多少") == "县里股份制改造做完能奖多少"


RENEWED_LIST = """云溪高新区惠企政策
一、对首次认定的高新技术企业给予20万元奖励；重新认定的给予10万元奖励。
"""


def test_a_follow_up_naming_a_renewal_asks_of_the_renewal_and_a_spoken_locative_is_no_topic():
    library = one_document("renewal", RENEWED_LIST)
    history = [("首次认定的高新技术企业奖多少？", "20万元。")]
    from retrieval.answer.compose import select_amounts

    index, _ = library
    query = analyse(index, "那三年到期后重新认定通过了呢，还有吗？", history)
    assert [a.value for a in select_amounts(query, index.clauses[0].amounts)] == [100_000]
    assert index.keywords.weight("库里") == 1.0  # 还待在规上库里: where, as spoken


PLACE_SCOPE = """云溪镇工业企业奖励办法
一、奖励标准
（一）对当年首次纳入规模以上工业统计的企业，给予一次性奖励8万元。
（二）对年纳税额500万元以上的企业，奖励5万元。
二、附则
（一）本办法适用于在云溪镇注册登记、税收解缴在云溪镇的企业。
"""


def test_the_askers_ties_to_a_place_are_answered_by_whom_its_documents_are_for():
    library = one_document("scope", PLACE_SCOPE)
    question = "我们营业执照注册在云溪镇，但税一直在区里别的街道交，能享受云溪镇的奖励吗？"
    answer, hits = ask(library, question)
    assert answer.found and hits[0].clause.clause_id == "scope/二.（一）"
    # a tax owed is no tie to a place: the measures answer as before
    from retrieval.lexicon.patterns import TIES_ASKED

    assert not TIES_ASKED.search("我们还欠着一笔税款没交清，能申请云溪镇的奖励吗？")
    assert TIES_ASKED.search("我们是外地集团设的分公司，没有独立法人，能申报吗？")
    # the place named decides, whatever level the tax office's 区里 speaks of
    answer, hits = ask(library, "公司注册在云溪镇，但税是在区里别的街道交的，镇里这些政策我们能享受吗")
    assert answer.found and hits[0].clause.clause_id == "scope/二.（一）"
    from retrieval.lexicon.tokenizer import expand_abbreviations

    assert expand_abbreviations("在云山设的分公司") == "在云山设的分支机构"


GREEN = """云溪省制造业专项资金申报指南
一、绿色制造。对新认定的国家级绿色工厂，给予一次性奖励100万元；对新认定的省级绿色工厂，给予一次性奖励30万元。
二、产业协同。支持企业加强供应链管理，提升协同水平。
"""


def test_an_honour_held_that_the_clause_does_not_name_gets_no_amount():
    library = one_document("green", GREEN)
    # 国家级绿色供应链管理企业 of a clause on 绿色工厂: it shares 绿色 only
    answer, _ = ask(library, "新评上国家级绿色供应链管理企业，奖励多少？")
    assert not answer.found and answer.amounts == [] and answer.notes[0].kind == "not_stated"
    # the honour the clause names is granted
    answer, _ = ask(library, "新评上国家级绿色工厂，奖励多少？")
    assert answer.found and [a.value for a in answer.amounts] == [1_000_000]


def test_the_clause_holding_the_whole_question_beats_one_holding_most_of_it():
    deadline = ("云溪县研发投入奖励申报通知\n一、奖励标准。对研发投入增长的企业给予奖励。\n"
                "二、申报时间。网上填报截止时间为2024年9月30日前。\n")
    general = "云溪省研发奖励办法\n第一条　研发奖励资金每年集中申报一次，具体时间以申报通知为准。\n"
    corpus = build_corpus({"d.txt": deadline, "g.txt": general},
                          {"documents": [{"id": "d", "file": "d.txt"}, {"id": "g", "file": "g.txt"}]})
    library = (build_index(corpus, ConceptEmbeddings()), ConceptEmbeddings())
    answer, hits = ask(library, "研发投入奖励最晚什么时候要交上去？过了时间还能补吗？")
    assert answer.found and hits[0].clause.clause_id == "d/二"


ACCOUNTS = """云溪市推动制造业高质量发展若干措施
一、支持绿色化改造。对年节能量500吨标准煤以上的节能改造项目，按每吨标准煤300元给予补助，单个企业每年补助最高不超过100万元。
二、首台（套）奖励。对经认定的省首台（套）设备，按产品单价的15%给予奖励，单个产品最高100万元。
三、小升规奖励。对首次纳入规模以上工业企业统计的，给予一次性奖励10万元；当年新投产即纳入统计的，再给予5万元奖励。
"""


def test_the_askers_account_of_a_case_whose_figures_the_rule_uses_does_not_sink_the_clause():
    library = one_document("accounts", ACCOUNTS)
    # 余热回收, 第三方: words the library never uses describe the asker's project; 标煤 is 标准煤
    answer, _ = ask(library, "我们厂今年上了余热回收的节能改造，一年能省2800吨标煤，能拿多少补助？")
    assert answer.found and [a.value for a in answer.amounts] == [2800 * 300]
    # 单台卖580万: an unlabelled sum is the base of a rate whose base names no class of figure (产品单价)
    answer, _ = ask(library, "我们一台数控成套设备刚被认定为省首台（套），单台卖580万，能拿多少奖励？")
    assert answer.found and [a.value for a in answer.amounts] == [870_000]
    # an honour held is still the topic: a fitting figure does not make 5G全连接工厂 a 首台（套）
    answer, _ = ask(library, "我们被评为省级5G全连接工厂，设备单价580万，能拿多少奖励？")
    assert not answer.found


def test_more_asked_of_a_grant_gives_it_with_its_addon_and_a_follow_up_the_addon_alone():
    library = one_document("accounts", ACCOUNTS)
    answer, _ = ask(library, "小升规奖励多少钱？我们是今年新投产当年就进规的，还有额外的没有？")
    assert [a.value for a in answer.amounts] == [100_000, 50_000]
    answer, _ = ask(library, "首次纳入规上统计的奖励多少钱？")
    assert [a.value for a in answer.amounts] == [100_000]
    answer, _ = ask(library, "那当年新投产就纳入统计的，还能再加吗？", [("小升规有什么奖励？", "")])
    assert [a.value for a in answer.amounts] == [50_000]


def test_spoken_sums_thresholds_passed_and_a_later_level_of_the_same_figure():
    from retrieval.search.figures import read_facts

    assert read_facts("区县财政还会再配套一块吗").base is None  # 一块: a part, not one yuan
    assert read_facts("展位费花了六万块，能报多少").base == 60_000
    assert read_facts("花了两万块钱").base == 20_000
    # 今年…干到12.5个亿 after 去年销售额八千来万: the same figure, a later year
    assert read_facts("去年销售额八千来万，今年订单爆了一下干到12.5个亿").figures == (
        ("营业收入", 80_000_000.0, False), ("营业收入", 1_250_000_000.0, False))
    assert read_facts("去年营收8000万，今年买设备花了500万").base == 5_000_000
    # 1亿和5亿都是头一回过: the thresholds passed, not the asker's figures
    assert read_facts("前年营收九千多万，去年冲到5.3个亿，1亿和5亿都是头一回过").figures == (
        ("营业收入", 90_000_000.0, False), ("营业收入", 530_000_000.0, False))


RESEARCH_REWARD = """云溪县企业研发投入奖励申报通知
一、申报条件。2023年度研发费用占营业收入比例不低于3%。
二、支持标准
（一）按企业2023年度研发费用较2022年度增长部分的10%给予奖励，单个企业最高不超过100万元。
（二）2023年度研发费用首次超过1000万元的企业，另给予一次性奖励20万元。
"""


def test_a_first_time_addon_is_added_when_the_asker_says_its_figure_passed_the_threshold_for_the_first_time():
    from retrieval.search.figures import read_facts

    library = one_document("research", RESEARCH_REWARD)
    # 22年 / 23年 are years; the revenue told beside the research spending does not sink the rule paid by it
    assert read_facts("22年研发花了900万，23年涨到1350万").figures == (
        ("研发费用", 9_000_000.0, False), ("研发费用", 13_500_000.0, False))
    from retrieval.answer.compose import _calculation

    index, _ = library
    growth, extra = (index.clauses[index.clauses.ids.index(f"research/二.{n}")] for n in ("（一）", "（二）"))
    question = "我们2022年研发费用800万，2023年1300万，营收3个亿，研发投入奖励能拿多少？"
    assert coverage(index, list(analyse(index, question).terms), index.clauses.ids.index(growth.clause_id), True,
                    facts=analyse(index, question).facts) == pytest.approx(1.0)  # 营收 is the asker's other figure
    calculation = _calculation(analyse(index, question), growth, [growth, extra])
    assert calculation.value == 500_000  # 10% of 500万: 首次 not said
    first_time = question.replace("营收3个亿", "以前从没过千万，营收3个亿")
    assert _calculation(analyse(index, first_time), growth, [growth, extra]).value == 700_000  # + the add-on 20万


def test_two_honours_held_are_each_set_aside_before_asking_whether_the_clause_names_another_item(toy):
    from retrieval.answer.compose import _honour_not_granted

    index, _ = toy
    centre = index.clauses[index.clauses.ids.index("toy/一.（三）")]  # 市级工业设计中心, 10万元
    query = analyse(index, "我们被评为省级5G全连接设计中心，又被评为省级智慧车间标杆，有没有奖励？")
    assert len(query.held) == 2
    assert _honour_not_granted(query, centre) in ("5G全连接设计中心", "智慧车间标杆")  # not "": no other item named


LEVEL_RISE = """云溪区科技创新若干措施
一、研发机构
（一）对新认定的国家级、省级、市级企业研发机构，分别给予一次性奖励100万元、50万元、10万元。
（二）对研发机构由低级别晋升为高级别的，按级差给予补足奖励。
"""


def test_a_level_risen_under_a_top_up_rule_gets_the_difference_of_the_two_levels_sums():
    library = one_document("rise", LEVEL_RISE)
    index, _ = library
    assert analyse(index, "前年评上市级，今年升成省级了").risen == ("省级", "市级")
    assert analyse(index, "省级和市级研发机构分别奖多少").risen == ()
    answer, _ = ask(library, "我们的研发机构前年评上市级，今年升成省级了，还能再拿多少奖励？")
    assert [a.value for a in answer.amounts] == [400_000]  # 50万 − the 市级 10万 (the clause's own sum)
    assert "市级标准为10万元（视为已获）" in answer.answer
    answer, _ = ask(library, "研发机构前年评上市级拿了8万，今年升成省级了，还能再拿多少奖励？")
    assert [a.value for a in answer.amounts] == [420_000]  # what the asker says it received
    answer, _ = ask(library, "今年又评上省级的了，还能再拿多少奖励？", [("市级研发机构奖励多少？", "")])
    assert [a.value for a in answer.amounts] == [400_000]  # the level before is the history's
    answer, _ = ask(library, "省级研发机构奖励多少？")
    assert [a.value for a in answer.amounts] == [500_000]


LISTING_STAGES = ("云溪县促进企业上市若干政策\n一、支持企业上市\n"
                  "5.上市奖励。对在全国中小企业股份转让系统挂牌的企业，给予50万元奖励；挂牌企业此后成功上市的，"
                  "扣除已获挂牌奖励后兑现第（2）目奖励：\n（1）首发上市申请获受理的，给予100万元；\n"
                  "（2）成功上市的，给予300万元。\n")


def test_a_stage_paid_less_a_grant_received_before_is_the_one_asked_after_the_received_sum():
    library = one_document("stages", LISTING_STAGES)
    index, embedder = library
    query = analyse(index, "前两年在新三板挂牌已经领了五十万，今年总算上市成功了，上市这一块还能拿多少奖励？")
    hits = retrieve(index, embedder, query, k=5)
    # (whichever clause retrieval puts first: the rule's own clause names 挂牌 and 上市 alike)
    for order in ([h, *(o for o in hits if o is not h)] for h in hits):  # (each clause first in turn)
        answer = compose(query, order, index.documents, index.keywords, clauses=index.clauses)
        assert answer.citations[0].clause == "一、5.（2）"
        assert [a.value for a in answer.amounts] == [2_500_000]  # 300万 less the 50万 received
        assert "300万元 − 已获50万元 = 250万元" in answer.answer
    answer, _ = ask(library, "新三板挂牌能拿多少奖励？")
    assert [a.value for a in answer.amounts] == [500_000]


FAIRS_AND_RETROFITS = """云溪市开拓市场若干措施
一、展会补助。对企业参加市商务局组织的境内外重点展会的，按展位费的70%给予补助，单个展会补助最高10万元。
二、技术改造。对技术改造项目按设备投资额的10%给予补助，单个项目最高不超过300万元；对列入省重点技改项目的，补助比例提高到12%。
三、智能制造。对新认定的市级智能制造示范项目，给予一次性奖励50万元。
"""


def test_several_sums_under_a_cap_for_each_item_and_a_raised_rate_said_in_other_words():
    library = one_document("fairs", FAIRS_AND_RETROFITS)
    # each fair its own 70% and its own cap: 5.6万 + 10万 (12.6万 capped)
    answer, _ = ask(library, "去了两个重点展会，一个展位费8万，一个展位费18万，一共能拿多少补助？")
    assert [a.value for a in answer.amounts] == [156_000]
    answer, _ = ask(library, "去了一个重点展会，展位费18万，能拿多少补助？")
    assert [a.value for a in answer.amounts] == [100_000]
    # 列进了省重点技改项目 says the class 列入省重点技改项目 in other words (技改 spelled out in the question)
    answer, _ = ask(library, "技术改造设备投了1000万，列进了省重点技改项目，能拿多少补助？")
    assert [a.value for a in answer.amounts] == [1_200_000]


def test_a_class_the_asker_says_it_has_not_entered_does_not_choose_the_rule_for_that_class():
    text = FAIRS_AND_RETROFITS.replace("对列入省重点技改项目的，补助比例提高到12%。",
                                       "列入省级重点技术改造项目计划并获得省级补助的项目，县级按省级补助额的50%给予配套。")
    library = one_document("fairs", text)
    # 没进省重点技改计划: denied, so the rule of the investment told (3000万 × 10% = 300万), not 50% of a grant
    answer, _ = ask(library, "今年技改完成设备投资3000万，没进省重点技改计划，技术改造补助能拿多少？")
    assert [a.value for a in answer.amounts] == [3_000_000]


def test_several_sums_counted_one_by_one_or_added_under_a_cap_for_the_enterprise():
    interest = "三、贷款贴息。对企业流动资金贷款，按实际支付利息的50%给予补助，单家企业每年最高不超过50万元。"
    library = one_document("fairs", FAIRS_AND_RETROFITS.replace("三、智能制造", f"{interest}\n四、智能制造"))
    # told alike one by one with no count: each fair its own cap all the same
    answer, _ = ask(library, "参加重点展会，一次展位费8万，另一次展位费18万，一共能拿多少补助？")
    assert [a.value for a in answer.amounts] == [156_000]
    # a cap for the enterprise: the rule once on the sums added up (36万 + 38万 = 74万, 50% = 37万)
    answer, _ = ask(library, "流动资金贷款，一笔利息36万，一笔利息38万，一共能拿多少补助？")
    assert [a.value for a in answer.amounts] == [370_000]
    assert "36万元 + 38万元 = 74万元。" in answer.answer
    # sums of other kinds are not added: the principal is no interest (40万 × 50%)
    answer, _ = ask(library, "流动资金贷款1000万，付了利息40万，总共能拿多少补助？")
    assert [a.value for a in answer.amounts] == [200_000]


def test_a_threshold_never_passed_is_no_figure_and_each_class_of_figure_is_in_the_order_of_its_years():
    from retrieval.search.figures import read_facts

    facts = read_facts("2023年研发投了1260万，22年980万，以前从没超过一千万，去年营收2.8个亿")
    assert facts.base is None
    assert facts.figures == (("研发费用", 9_800_000.0, False), ("研发费用", 12_600_000.0, False),
                             ("营业收入", 280_000_000.0, False))


def test_a_total_of_several_items_comes_first_when_a_sum_was_worked_out_even_if_capped():
    library = one_document("fairs", FAIRS_AND_RETROFITS)
    answer, _ = ask(library, "技术改造设备投了5000万，项目还被认定为市级智能制造示范项目，一共能拿多少补助？")
    assert [a.value for a in answer.amounts][:1] == [3_500_000]  # 300万 (500万 capped) + 50万


DATED = """云溪县促进制造业发展实施细则
一、申报条件
（一）企业工商注册、税收征管关系均在本县。
（二）申报的认定、项目须于2023年1月1日以后取得或者完成。
二、扶持标准
（一）对首次认定为省级专精特新中小企业的，一次性奖励20万元。
"""


def test_the_date_of_the_askers_own_event_is_answered_by_the_clause_that_bounds_it():
    library = one_document("dated", DATED)
    index, _ = library
    query = analyse(index, "我们2022年11月评上省级专精特新，现在还能按细则领那20万奖励吗？")
    assert query.dated and "conditions" in query.aspects and not query.money
    answer, hits = ask(library, "我们2022年11月评上省级专精特新，现在还能按细则领那20万奖励吗？")
    assert answer.found and hits[0].clause.number == "一、（二）"
    assert not analyse(index, "省级专精特新奖励多少？").dated
    # 这一轮市技改补助: a count of rounds is no place named
    assert analyse(index, "能报今年3月份这一轮市技改补助吗？").elsewhere == ()


def test_a_sum_or_measure_pointed_back_at_makes_a_follow_up():
    from retrieval.search.query import resolve_followup

    history = [("市级专精特新奖励多少？", "一次性奖励5万元。")]
    assert resolve_followup("我们去年拿过这个5万了，今年又评上省级的了，还能再领多少？", history).startswith(
        "专精特新奖励多少？")  # the level of the question before is dropped: the follow-up names its own
    assert resolve_followup("瞪羚企业有什么奖励？", history) == "瞪羚企业有什么奖励？"


def test_review_fixes_of_the_eleventh_session(toy):
    from retrieval.answer.compose import _calculation
    from retrieval.lexicon.patterns import DATE_BOUND
    from retrieval.search.figures import read_facts
    from retrieval.search.query import resolve_followup

    # 还能申请吗 asks no sum on top: the grant named alone
    accounts = one_document("accounts", ACCOUNTS)
    answer, _ = ask(accounts, "首次纳入规上统计的奖励多少钱？还能申请吗？")
    assert [a.value for a in answer.amounts] == [100_000]
    # a date in a question that asks what there is (有什么奖励吗) still asks for money
    dated = one_document("dated", DATED)
    query = analyse(dated[0], "我们今年3月评上了省级专精特新，有什么奖励吗？")
    assert not query.dated and query.money
    # a sum of the question's own (我们这个2000万的项目) points at nothing the previous answer said
    own = "我们这个2000万的技术改造项目能补多少？"
    assert resolve_followup(own, [("省级瞪羚企业奖励多少？", "给予30万元奖励。")]) == own
    # a stated total is no item, and sums are split per item only when as many items are counted
    fairs = one_document("fairs", FAIRS_AND_RETROFITS)
    stated = read_facts("去了两个重点展会，展位费一个8万一个10万，合计18万，一共能拿多少补助？")
    assert stated.bases == (80_000, 100_000)
    answer, _ = ask(fairs, "一个技术改造项目，设备投了3000万，软件花了1000万，一共能拿多少补助？")
    assert all(a.value <= 3_000_000 for a in answer.amounts)  # never two projects' caps
    # X和Y都 is thresholds passed only with a verb of passing; what is spent is no later level of revenue
    assert read_facts("研发费用800万和1300万都是自己出的").figures
    facts = read_facts("去年营收8000万，今年电费涨到了200万")
    assert facts.figures == (("营业收入", 80_000_000.0, False),) and facts.base == 2_000_000
    assert read_facts("成立10年营收3000万").figures == (("营业收入", 30_000_000.0, False),)
    # the level now is the one the verb of rising names; nothing received, the whole sum is due
    rise = one_document("rise", LEVEL_RISE)
    assert analyse(rise[0], "我们是国家级高新技术企业，研发机构今年又被认定为省级了").risen == ()
    answer, _ = ask(rise, "研发机构前年评上市级，但奖励一直没拿到，今年升成省级了，还能拿多少奖励？")
    assert [a.value for a in answer.amounts] == [500_000]
    # an earlier figure past the threshold already: no first-time add-on
    research, _ = one_document("research", RESEARCH_REWARD)
    growth, extra = (research.clauses[research.clauses.ids.index(f"research/二.{n}")] for n in ("（一）", "（二）"))
    passed = analyse(research, "我们2022年研发费用1100万，2023年1300万，以前从没过千万，研发投入奖励能拿多少？")
    assert _calculation(passed, growth, [growth, extra]).value == 200_000
    # a deadline for applying bounds no date of the enterprise's event
    assert not DATE_BOUND.search("请于2024年5月31日前完成网上申报")


PATENTS = """云溪镇支持实体经济若干措施
一、知识产权。企业获得发明专利授权的，每件奖励3000元，单个企业每年最高不超过3万元。
"""


def test_a_count_said_with_a_general_measure_word_is_the_count_paid_per_piece():
    from retrieval.answer.calculator import calculate
    from retrieval.search.figures import read_facts

    index, _ = one_document("patents", PATENTS)
    rule = index.clauses[0].incentives[0]
    assert calculate(rule, read_facts("今年拿了5个发明专利，一共能拿多少奖励？")).value == 15_000  # 5个 paid 每件


def test_a_namesake_zone_where_the_enterprise_is_does_not_make_the_county_asked_elsewhere(toy):
    from retrieval.search.query import _namesakes

    index, _ = toy  # the toy library serves 云溪市
    assert _namesakes(index, "云溪经开区对技改有什么补助？") == ["云溪经开区"]
    assert _namesakes(index, "我们厂在云溪经开区，市里技改补助给多少？") == []


def test_twelfth_session_question_shapes(toy):
    from retrieval.search.query import _county_or_town_names

    index, _ = toy
    # a word said alone that links others (还能报, 迁到) starts no place's name
    assert _county_or_town_names("今年还能报省工信厅那个制造业专项资金吗") == []
    assert _county_or_town_names("打算把注册地迁到邻省去") == []
    assert _county_or_town_names("在云溪县办厂，县里给多少") == ["云溪县"]
    # whether a paper is to be handed in asks for materials; whether a charge is to be paid does not
    assert analyse(index, "研发费用加计扣除优惠明细表要不要交？").aspects == ("materials",)
    assert "materials" not in analyse(index, "研发投入奖励拿到以后要不要交企业所得税？").aspects
    # a level whose grant was received is not whose measures are asked when another is named
    assert analyse(index, "省里的奖励也拿过，还能再申请市里的奖励吗").issuer_levels == ("city",)
    assert analyse(index, "省里的奖励拿过了，还能再拿吗").issuer_levels == ("province",)
    # a time pointed at (评上的时候, 那会儿) is no topic
    terms = analyse(index, "21年评省级专精特新的时候领过奖励，那会儿省里给过20万，这回还能再领吗").terms
    assert not {"时候", "会儿", "那会儿", "这回"} & set(terms)


def test_a_class_named_by_each_item_is_the_only_one_granted():
    graded = toy_with("（三）亩均效益奖励。在年度工业企业亩均效益综合评价中被评为A类的企业，给予奖励3万元；"
                      "连续两年被评为A类的，给予奖励5万元。")
    granted, _ = ask(graded, "亩均效益综合评价被评为A类，奖励多少？")
    assert granted.found and 30_000 in [a.value for a in granted.amounts]
    refused, _ = ask(graded, "亩均效益综合评价我们评了个B类，有奖励吗，给多少？")
    assert not refused.found and refused.amounts == []
    assert [(n.kind, n.text) for n in refused.notes] == [
        ("level", "所问类别（B类）在该条款中没有奖补，只规定了A类。")]


def test_a_bare_year_is_a_round_asked_when_its_part_speaks_of_applying():
    from retrieval.lexicon.patterns import round_year

    assert round_year("澜州市2025年的专精特新什么时候开始申报？") == "2025"
    assert round_year("明年（2025年）省里制造业专项资金的申报指南大概啥时候出？") == "2025"
    assert round_year("2023年认定的省级专精特新什么时候申报奖励") == ""  # the year of the enterprise's event
    assert round_year("我们2022年研发400万，什么时候申报") == ""  # a year of the asker's figures
    assert round_year("2025年专精特新的奖励多少") == ""  # no applying spoken of


BRANCH_SCOPE = """云溪镇工业企业奖励办法
一、奖励标准
（一）对年纳税额500万元以上的企业，奖励5万元。
（二）对年纳税额1000万元以上的企业，奖励10万元。
二、申报材料
（一）法人代表签字的申请表和纳税证明。
三、附则
（一）本办法适用于在云溪镇依法登记、具有独立法人资格的企业。
（二）分支机构不在本办法支持范围内。
（三）税收解缴在云溪镇的企业方可申报。
"""


def test_the_rarest_tie_the_asker_names_chooses_whom_the_documents_are_for():
    library = one_document("branch", BRANCH_SCOPE)
    answer, hits = ask(library, "我们是外地集团在云溪镇设的分公司，不是独立法人，税也在镇里交，能享受云溪镇的奖励吗？")
    assert hits[0].clause.clause_id == "branch/三.（二）"  # 分支机构: said once; 法人 twice, 税 four times


RND_CONDITIONS = """云溪县企业研发投入奖励申报通知
一、申报条件
1.2023年度研发费用支出不低于200万元；
2.2023年度研发费用占营业收入比例不低于3%；
3.上年度营业收入1000万元以上，或者近2年新增股权融资总额2000万元以上。
二、奖励标准
按企业研发费用增长部分的10%给予奖励，最高不超过100万元。
"""


def test_the_condition_the_askers_figure_misses_answers_whether_it_may_apply():
    from retrieval.documents.amounts import condition_bars

    assert condition_bars("1.2023年度研发费用支出不低于200万元；") == [("研发费用", 2_000_000)]
    # a share of one figure in another
    assert condition_bars("2.2023年度研发费用占营业收入比例不低于3%；") == [("研发费用/营业收入", 0.03)]
    # alternatives: missing one is no bar missed; an upper limit is no lowest figure
    either = "上年度营业收入1000万元以上，或者近2年新增股权融资总额2000万元以上。"
    assert condition_bars(either) == [] and condition_bars("申报企业上年度营业收入不超过4亿元。") == []
    assert condition_bars("上年度主营业务收入达到1亿元，且研发投入不少于300万元") == [
        ("营业收入", 100_000_000), ("研发费用", 3_000_000)]  # each sum's class from its own part
    assert condition_bars("年纳税额500万元以上的，奖励5万元。") == []  # a grant's tier
    # an 或 inside one condition (分支机构或者控股子公司) joins no alternatives
    assert condition_bars("总部企业，是指在区外拥有2家以上分支机构或者控股子公司，上年度营业收入5亿元以上的企业。") == [
        ("营业收入", 500_000_000)]
    library = one_document("rnd", RND_CONDITIONS)
    answer, hits = ask(library, "2023年研发费用才投了180万，占营收比例有5%，能申报研发投入奖励吗？")
    assert hits[0].clause.clause_id == "rnd/一.1"
    assert "对照：您所述研发费用为180万元，低于该条件要求的200万元（一、1.）。" in answer.answer
    passed, hits = ask(library, "2023年研发费用投了300万，营收1500万，能申报研发投入奖励吗？")
    assert "对照" not in passed.answer
    share, hits = ask(library, "2023年研发费用投了500万，营收2个亿，够不够格申报研发投入奖励？")  # 2.5% of it
    assert hits[0].clause.clause_id == "rnd/一.2"
    assert "对照：您所述研发费用占营业收入的比例为2.5%，低于该条件要求的3%（一、2.）。" in share.answer


def test_the_rule_on_rising_answers_first_and_the_grant_it_tops_up_gives_the_sum():
    library = one_document("rise", LEVEL_RISE)
    answer, hits = ask(library, "研发机构前年评上市级拿了8万，今年升成省级了，还能再拿多少奖励？")
    assert hits[0].clause.clause_id == "rise/一.（二）"  # 按级差给予补足: the rule that answers 还能再拿多少
    assert [a.value for a in answer.amounts] == [420_000]  # of the grant clause (一), quoted first
    assert answer.answer.startswith("根据《云溪区科技创新若干措施》一、（一）")


STACK_LIST = """云溪省优质企业奖励办法
第一条　有下列情形之一的，不予奖励：
（一）提供虚假材料骗取财政资金的；
（二）同一称号已获得过省级奖励的。
第二条　对新认定的省级专精特新中小企业，给予一次性奖励20万元。
第三条　对首次评价入库的科技型中小企业给予2万元奖励，同一企业只奖励一次。
"""


def test_a_grant_asked_again_is_answered_by_the_rule_on_stacking_of_its_document():
    library = one_document("stack", STACK_LIST)
    index, _ = library
    answer, hits = ask(library, "新认定的省级专精特新企业领过一次性奖励了，还能再领吗？")
    assert answer.found and hits[0].clause.clause_id == "stack/第一条.（二）"  # 同一称号已获得过省级奖励的
    # a grant that says itself whether it is granted again answers for itself
    answer, hits = ask(library, "去年首次评价入库科技型中小企业领过2万奖励，今年又评价入库了，还能再领吗？")
    assert hits[0].clause.clause_id == "stack/第三条"
    # a level spoken of as having granted already is another government's grant, not whose measures are asked
    query = analyse(index, "省里的奖励也拿过，云溪市里的奖励还能再拿吗")
    assert (query.issuer_words, query.granted_by) == (("市里",), ("省里",))


def test_the_clause_paying_the_item_as_a_multiple_of_the_table_leads_the_hits():
    from retrieval.answer.compose import lead_with_referring

    text = TIER_TABLE + "二、研发机构奖励\n研发机构按上表标准的1.5倍给予奖励，最高不超过300万元。\n"
    library = one_document("tiers", text)
    index, embedder = library
    query = analyse(index, "研发机构年度纳税2000万，奖励多少？")
    led = lead_with_referring(query, retrieve(index, embedder, query, k=5), index.clauses)
    assert led[0].clause.clause_id == "tiers/二" and led[0].relevant  # 按上表标准的1.5倍: what is quoted
    answer = compose(query, led, index.documents, index.keywords, clauses=index.clauses)
    assert [a.value for a in answer.amounts] == [2_250_000]  # the row's 150万 × 1.5


DEFINED_TERMS = TIER_TABLE.replace("一、奖励标准", "一、适用范围\n本办法所称研发机构，是指企业在市内设立、"
                                   "具有独立法人资格、专门从事研究开发活动的研发中心。\n二、奖励标准") + (
    "三、研发机构奖励\n研发机构按上表标准的1.5倍给予奖励；被认定为省级以上重点实验室或者工程技术研究中心的研发机构，"
    "另给予一次性奖励50万元。\n")


def test_a_term_the_document_defines_is_named_by_what_its_definition_says():
    from retrieval.answer.compose import lead_with_referring
    from retrieval.lexicon.patterns import defined, with_definitions

    assert defined(["本办法所称研发机构，是指企业设立的研发中心。"]) == [("研发机构", "企业设立的研发中心")]
    assert with_definitions("研发机构按上表的1.5倍给予奖励。", [("研发机构", "企业设立的研发中心")]).endswith(
        "\n企业设立的研发中心")
    index, embedder = one_document("tiers", DEFINED_TERMS)
    # the 研发中心 is the document's 研发机构; 区级 is the level of the figure, not of an item; the add-on for a
    # 重点实验室 is not asked (研发中心 shares 中心 with 工程技术研究中心 and says nothing more of it)
    query = analyse(index, "我们的研发中心去年区级年度纳税2000万，能拿多少奖励？")
    assert query.levels == ()
    led = lead_with_referring(query, retrieve(index, embedder, query, k=5), index.clauses)
    answer = compose(query, led, index.documents, index.keywords, clauses=index.clauses)
    assert answer.citations[0].clause == "三、"
    assert [a.value for a in answer.amounts] == [2_250_000]  # the row's 150万 × 1.5


def test_sums_the_asker_adds_up_or_calls_tiers_are_no_figures():
    from retrieval.search.figures import read_facts

    added = read_facts("去年在白沙镇交税两千三百来万，是不是5万、10万、20万加一块？")
    assert (added.figures, added.base) == ((("纳税", 23_000_000, False),), None)
    tiers = read_facts("俺们去年入库税收2100多万，是不是5万、10万、20万三档都能拿？")
    assert (tiers.figures, tiers.base) == ((("纳税", 21_000_000, False),), None)


INTEREST = """云溪市技术改造专项资金实施细则
第七条　贷款贴息
（一）对技改项目使用银行贷款的，按实际支付利息的50%给予贴息，贴息期限最长不超过2年，单个项目年度贴息最高不超过100万元。
"""


def test_a_sum_for_each_year_told_is_capped_year_by_year_and_added():
    library = one_document("interest", INTEREST)
    answer, _ = ask(library, "技改项目贷款第一年付了利息260万，第二年付了150万，贷款贴息两年加起来最多能拿多少？")
    assert [a.value for a in answer.amounts] == [1_750_000]  # 100万 (130万 capped) + 75万
    assert "第1年：260万元 × 50% = 130万元" in answer.answer and "合计175万元" in answer.answer


def test_an_award_held_in_consecutive_years_gets_the_consecutive_item():
    graded = toy_with("（三）亩均效益奖励。在年度工业企业亩均效益综合评价中被评为A类的企业，给予奖励3万元；"
                      "连续两年被评为A类的，给予奖励5万元。")
    for question in ("亩均效益综合评价我们连着两年都是A类，奖励多少？", "亩均效益综合评价去年今年都是A类，奖励多少？"):
        answer, _ = ask(graded, question)
        assert [a.value for a in answer.amounts] == [50_000], question


def test_a_rare_verb_the_library_never_uses_names_an_activity_and_weighs_the_most(toy):
    index, _ = toy
    keywords = index.keywords
    top = keywords.idf("从未出现的词")
    assert keywords.weight("装修") == top and keywords.weight("验收") == top  # what a grant could be for
    # how a question is asked: an everyday verb, or one made a result or a mode of another act
    assert keywords.weight("打算") == keywords.weight("听说") == 1.0
    assert keywords.weight("交到") == keywords.weight("错过") == 1.0
    # a verb of having or of the passive (听说镇上有钱拿, 被评上…) says what the asker has or underwent
    assert keywords.weight("有钱") == keywords.weight("被评") == 1.0


SCOPE_RULES = """云溪县促进制造业高质量发展实施细则
一、扶持对象
（一）在云溪县行政区域内依法登记注册、具有独立法人资格的工业企业。
（二）个体工商户、分支机构以及从事房地产开发的企业不在本细则奖励范围内。
二、扶持标准
（一）对首次纳入规模以上工业统计的企业，给予一次性奖励10万元。
"""


def test_words_the_library_never_uses_tell_the_askers_own_case_to_a_clause_on_conditions():
    library = one_document("scope", SCOPE_RULES)
    answer, hits = ask(library, "我在云溪县开了个五金加工的个体户，县里制造业那些奖励我能申报吗？")
    assert answer.found and hits[0].clause.clause_id == "scope/一.（二）"  # 个体工商户…不在本细则奖励范围内


def test_capital_in_place_is_an_investment_and_a_grant_in_place_is_matched():
    from retrieval.search.figures import read_facts

    capital = read_facts("我介绍了一个外地老板来白沙镇投厂，实际到位资金六千多万，我个人能拿奖吗？")
    assert (capital.investment, capital.matched) == (60_000_000, None)
    grant = read_facts("市里到位了50万，区里能配套多少？")
    assert (grant.investment, grant.matched) == (None, 500_000)


def test_a_sum_said_as_about_so_much_is_one_figure_and_its_approximating_word_no_topic():
    from retrieval.lexicon.patterns import spoken_sums
    from retrieval.lexicon.tokenizer import content_terms

    said = "软硬件加服务一共花了四百万出头，镇级财政贡献三百二十万上下，设备两个亿左右，厂房三千万开外"
    assert [value for _, _, value, _ in spoken_sums(said)] == [4_000_000, 3_200_000, 200_000_000, 30_000_000]
    assert not {"出头", "上下", "左右", "开外"} & set(content_terms(said))
    assert content_terms("左右为难") == ["左右为难"]  # (no sum before it)


GAZELLE_TERMS = ("瞪羚企业须在有效期内，上一年度营业收入增长率不低于20%，且未发生重大安全生产事故，"
                 "由镇经济发展服务中心会同镇财政所审核。")
TOWN_WITH_ATTACHMENT = f"""杏林镇关于开展企业奖励申报工作的通知
一、奖励项目
1、资质提升奖。对2025年新认定的省级专精特新中小企业，奖励4万元；新认定的市级工业设计中心，奖励2万元。
2、瞪羚企业奖。对新认定的省级瞪羚企业，奖励5万元；新认定的市级瞪羚企业，奖励3万元。{GAZELLE_TERMS}
附件：杏林镇企业奖励项目一览表
奖励项目\t条件\t金额\t备注
资质提升奖\t省级专精特新／市级工业设计中心\t4万元／2万元\t就高奖励一次
瞪羚企业奖\t新认定省级／市级瞪羚企业\t5万元／3万元\t补足差额
"""


def test_the_body_clause_an_attachment_s_table_row_repeats_answers_before_the_row():
    library = one_document("town", TOWN_WITH_ATTACHMENT)
    answer, hits = ask(library, "市级瞪羚企业奖多少？")
    assert [h.clause.number for h in hits[:2]] == ["一、2.", "附件第2行"]  # (the short row ranks first alone)
    assert [a.value for a in answer.amounts] == [30_000]
    # a year told (我们2025年新认定了…) names no item: 省级 of the 设计中心 asked is not granted, and the 省级
    # 专精特新 of 2025年新认定的… is no answer
    answer, _ = ask(library, "我们2025年新认定了省级设计中心，镇里能奖励多少？")
    assert not answer.found and [n.kind for n in answer.notes] == ["level"]


ZONE_LIST = """云溪高新区惠企政策兑现清单
为推动政策直达快享，现将小升规企业奖励申报指南印发给你们，请认真组织申报。本清单自2026年1月1日起执行。
|序号|事项名称|兑现标准|兑现部门|
|1|专精特新奖励|对新认定的国家级专精特新“小巨人”企业，给予一次性奖励80万元。|经济发展局|
|2|单项冠军奖励|对新认定的国家级制造业单项冠军企业，按第1项标准的2倍给予奖励。|经济发展局|
|3|人才项目配套|对入选国家级、省级重大人才工程的区内企业全职人才，按上级实际到位资助资金1∶1给予配套，每人最高不超过150万元。|人才工作办公室|
|4|小升规奖励|对首次纳入规模以上工业统计的企业，奖励20万元。|经济发展局|
"""


def test_near_misses_of_a_list_of_measures_are_refused_and_its_spoken_names_answered():
    library = one_document("zone", ZONE_LIST)
    # a rule that names its item and level without a sum (按第1项标准的2倍) grants nothing at another level
    answer, _ = ask(library, "我们被认定为省级制造业单项冠军企业，能给多少？")
    assert not answer.found and [n.kind for n in answer.notes] == ["level"]
    # 按什么标准奖 asks how much; 入选 (as 评为) says how an honour came: a row on 入选…重大人才工程, found, names
    # no item asked besides the honour held, and grants nothing for it
    index = library[0]
    assert not analyse(index, "评审按什么标准给分？").money  # (a score, not a sum)
    query = analyse(index, "我们的装备入选了国家级首台（套）重大技术装备，按什么标准奖？")
    talent = next(c for c in index.clauses if c.number == "3")
    answer = compose(query, [Hit(talent, 1.0, 1.0, 1.0, True)], index.documents, clauses=index.clauses)
    assert query.money and not answer.found and [n.kind for n in answer.notes] == ["not_stated"]
    # the cover paragraph names the guide (小升规企业奖励申报指南) and grants nothing
    answer, hits = ask(library, "小升规企业奖励多少？")
    assert hits[0].clause.number == "4" and [a.value for a in answer.amounts] == [200_000]
    assert not next(h for h in hits if h.clause.number == "第1段").relevant
    # 有没有什么补贴 asks whether one thing is paid, not for a list of every measure
    assert not LIST_QUESTION.search("高新区招本科毕业生，有没有什么补贴？")
    assert LIST_QUESTION.search("我们是纺织企业，有什么补贴？")
    assert LIST_QUESTION.search("我们是高新企业，有没有什么优惠政策")  # (policies of every kind: a list)


TOWN_RULES = """樟溪镇企业奖励办法
第一条 为促进企业发展，制定本办法。
第二条 镇财政每年安排企业奖励资金，由镇经济发展办公室负责受理和审核，镇财政所负责资金拨付。
第三条 对新认定的国家级专精特新“小巨人”企业，奖励50万元。
第四条 本办法由镇经济发展办公室负责解释，自2026年1月1日起施行。联系人：镇经济发展办公室黄某，电话：0748-5562318。
"""


def test_a_question_for_a_number_to_call_puts_the_clause_that_gives_one_first():
    answer, hits = ask(one_document("town", TOWN_RULES), "奖励的事找谁？电话多少？")
    assert hits[0].clause.number == "第四条" and "0748-5562318" in answer.answer  # not 第二条, who accepts


RENT_TERMS = ("一、对新入驻区内标准厂房、租赁面积500平方米以上的制造业企业，连续补助3年：第一年按每平方米每月15元、"
              "第二年按每平方米每月10元、第三年按每平方米每月5元给予补助。每家企业补助面积最多3000平方米。\n"
              "二、总部企业租赁自用办公用房的，按年租金的50%给予补助，连续补助3年，每年最高100万元。\n")


@pytest.mark.parametrize(("question", "yuan"), [
    # the area cap after the three years' sums caps each year's (not the third's alone): 3000 × 15 × 12
    ("租了4000平，第一年租金补助能拿多少？", 540_000),
    # 头两年…一共: each year's own sum, added (2000 × 15 × 12 + 2000 × 10 × 12)
    ("租了2000平，头两年租金补助一共能拿多少？", 600_000),
    # 3年…加起来 of a yearly rule: a year's sum for each year (180万 × 50% × 3)
    ("总部企业租办公楼自用，一年租金一百八十万，3年租房补助加起来能有多少？", 2_700_000),
])
def test_the_years_of_a_term_share_its_caps_and_years_asked_together_are_added(question: str, yuan: int):
    answer, _ = ask(one_document("rent", "云溪高新区厂房和办公用房补助办法\n" + RENT_TERMS), question)
    assert [a.value for a in answer.amounts] == [yuan]


SCALE_STEPS = """云溪市规模跃升奖励办法
一、规模跃升奖励。工业企业年营业收入首次达到下列标准的，给予一次性奖励：
（一）首次突破5亿元的，奖励30万元；
（二）首次突破10亿元的，奖励60万元。跨档突破的按最高档奖励，已获低档奖励的补足差额。
"""


def test_a_tier_received_before_named_by_its_figure_is_that_tier_s_sum_topped_up():
    library = one_document("scale", SCALE_STEPS)
    answer, _ = ask(library, "以前已经按5亿档拿过奖励了，今年营收第一次突破10个亿，这回奖励能补多少？")
    assert [a.value for a in answer.amounts] == [300_000] and "60万元 − 已获30万元 = 30万元" in answer.answer
    answer, _ = ask(library, "今年营收第一次突破10个亿，奖励多少？")  # (no tier received: the whole sum)
    assert [a.value for a in answer.amounts] == [600_000]
    answer, _ = ask(library, "5亿档没拿到，今年营收第一次突破10个亿，奖励多少？")  # (denied: nothing received)
    assert [a.value for a in answer.amounts] == [600_000]


def test_whether_grants_stack_is_asked_without_a_sum_and_a_case_of_a_grant_got_elsewhere_rules_on_it(toy):
    from retrieval.search.retrieve import _rules_on_stacking

    query = analyse(toy[0], "同一个技改项目已经拿了中央预算内投资的钱，还能再去申请技术改造补助吗？")
    assert query.stacking and not query.money  # (再去申请: whether it may, not how much)
    assert not analyse(toy[0], "申报材料缺了一份，还能再补上吗？").stacking  # (papers handed in late)
    assert analyse(toy[0], "要是升成省级的，还能再补多少？").money  # (a sum asked)
    case = Clause("x/十二.（三）", "x", "第十二条（三）", ("第十二条", "（三）"),
                  "（三）同一项目已获得中央预算内投资或者其他省级财政资金支持的；")
    assert _rules_on_stacking(case, query)


def test_a_sum_said_as_more_than_so_many_hundred_millions_is_money_not_a_count():
    from retrieval.lexicon.patterns import spoken_sums
    from retrieval.search.figures import read_facts

    assert [value for _, _, value, _ in spoken_sums("今年干到十一个多亿")] == [1_100_000_000]
    assert [value for _, _, value, _ in spoken_sums("营收一个来亿")] == [100_000_000]
    facts = read_facts("去年营收才八千来万，今年订单爆了一下干到十一个多亿，规模跃升奖能拿多少？")
    assert facts.figures == (("营业收入", 80_000_000, False), ("营业收入", 1_100_000_000, False))
    assert facts.count is None and read_facts("招了十一个人").count == 11


def test_review_fixes_of_the_twelfth_session(toy):
    from dataclasses import replace

    from retrieval.answer.compose import _classes_granted_instead, lead_with_referring
    from retrieval.documents.amounts import condition_bars, extract_incentives
    from retrieval.lexicon.patterns import ASPECTS, STACKING_STATED, held_consecutively, round_year
    from retrieval.records import Clause
    from retrieval.search.figures import read_facts
    from retrieval.search.retrieve import _tops_up, missed_bar

    index, _ = toy
    # an upper limit is no lowest bar; a growth figure is no level to compare with one
    assert condition_bars("申报企业上年度营业收入不超过4亿元。") == []
    assert condition_bars("项目总投资不高于5000万元") == []
    assert condition_bars("营业收入500万元(含)以上") == [("营业收入", 5_000_000)]
    bar = Clause("x/1", "x", "1", ("1",), "营业收入2000万元以上。")
    assert missed_bar(bar, read_facts("营收增长了500万，能申报吗")) is None
    assert missed_bar(bar, read_facts("营收1500万，能申报吗")) == ("营业收入", 15_000_000, 20_000_000)
    # consecutive years only of an award held, with no year between and nothing denied
    assert not held_consecutively("前三年都没评上A类，今年评上了，奖多少")
    assert not held_consecutively("这两年都在亏损，今年评了A类能拿多少")
    assert not held_consecutively("前年和今年都是A类")
    # the asker's own sums added up are figures; a guess adding tiers' sums is not
    assert read_facts("两台设备分别300万和200万加起来能补多少").bases == (3_000_000, 2_000_000)
    # a class with a range (B类及以上) is no one class the clause grants
    ranged = Clause("x/2", "x", "2", ("2",), "被评为B类及以上的企业，给予奖励3万元。")
    ranged = replace(ranged, incentives=extract_incentives(ranged.text, "2"))
    assert _classes_granted_instead(analyse(index, "评为A类奖多少"), ranged) == ([], "")
    # a year whose applying is done or missed is no round asked
    assert round_year("2023年没来得及申报，今年的什么时候开始") == ""
    assert round_year("我们2023年就申报了，钱什么时候到") == ""
    assert round_year("去年（2024年）申报被退回了，今年怎么报") == ""
    # a grant received before is a rule on stacking only where a sentence rules on it
    assert not STACKING_STATED.search("企业已获得的知识产权证书、奖励证明等材料复印件")
    assert not STACKING_STATED.search("已获省级以上科技奖励或资助的优先支持")
    assert STACKING_STATED.search("已经获得省级奖励的企业，不再享受本项市级奖励")
    # charges paid and where papers go are no materials asked
    materials = next(asked for name, asked, _ in ASPECTS if name == "materials")
    assert not any(materials.search(q) for q in ("人才公寓要不要交押金", "要不要交城镇土地使用税", "要不要交到区里"))
    # a difference the enterprise pays itself is no top-up on rising
    assert not _tops_up(Clause("x/3", "x", "3", ("3",), "项目总投资扣除补助资金后的差额部分由企业自筹解决。"))
    # nothing relevant: nothing to lead
    assert lead_with_referring(analyse(index, "研发机构纳税2000万奖励多少"), [], index.clauses) == []


def test_the_monthly_sum_asked_is_one_months_and_the_whole_term_otherwise():
    text = ("云溪镇人才措施\n一、人才引进\n"
            "（一）企业新引进全职博士研究生的，按每人每月2000元给予生活补贴，补贴期限最长24个月。\n")
    library = one_document("talent", text)
    monthly, _ = ask(library, "新引进1名全职博士研究生人才，每个月给多少生活补贴？")
    assert [a.value for a in monthly.amounts] == [2_000]
    whole, _ = ask(library, "新引进1名全职博士研究生人才，生活补贴一共能拿多少？")
    assert [a.value for a in whole.amounts] == [48_000]


GRANTS_AND_STEPS = """云溪县促进制造业发展实施细则
一、奖励标准
（一）对首次认定为省级专精特新企业的，一次性奖励20万元。
（二）对首次认定为高新技术企业的，一次性奖励15万元。
二、申报程序
（一）企业于每年4月向县工业和信息化局提交申请材料。
（二）经审核公示后，由县财政局在20个工作日内拨付奖励资金。
"""


def test_a_grant_word_names_the_grants_of_the_documents_it_fits_in_a_question_on_steps():
    from retrieval.search.retrieve import _grant_documents

    library = one_document("steps", GRANTS_AND_STEPS)
    # 奖补 is not the document's word (奖励), and the step of handing in does not repeat it
    answer, hits = ask(library, "这些奖补咋报，材料交给谁")
    assert answer.found and hits[0].clause.clause_id == "steps/二.（一）"
    # 制造业奖补: qualified by a word the document uses; 技改补助: by one it does not (a 技术改造 grant it has none of)
    answer, hits = ask(library, "云溪县的制造业奖补怎么报，材料交给谁")
    assert answer.found and hits[0].clause.clause_id == "steps/二.（一）"
    index, _ = library
    assert _grant_documents(index, analyse(index, "制造业奖补怎么报"), ()) == {"奖补": frozenset({"steps"})}
    assert _grant_documents(index, analyse(index, "技改补助怎么报"), ()) == {"补助": frozenset()}


STEPS_WITH_DATES = """云溪市企业奖励申报通知
五、申报程序
（一）专精特新奖励申报截止后，县工业和信息化局于2026年4月30日前完成初审。
（二）企业于2026年3月16日至4月15日登录平台在线填报。
"""


def test_both_ends_of_a_period_asked_are_answered_by_the_clause_stating_the_period():
    library = one_document("dates", STEPS_WITH_DATES)
    _, hits = ask(library, "今年专精特新奖励啥时候开始报，截止几号？")
    assert hits[0].clause.clause_id == "dates/五.（二）"
    _, hits = ask(library, "专精特新奖励申报截止后几号初审完？")  # one end asked: not moved
    assert hits[0].clause.clause_id == "dates/五.（一）"


FIRST_PASS = """云溪县研发投入奖励办法
一、奖励标准
（一）按企业2023年度研发费用较2022年度增长部分的10%给予奖励，单个企业最高不超过100万元。
（二）2023年度研发费用首次超过1000万元的企业，另给予一次性奖励20万元。
"""


def test_a_grant_for_passing_a_bar_first_does_not_lead_when_the_askers_earlier_figure_passed_it():
    from retrieval.search.figures import read_facts

    # the bare 研发 right before a sum labels it (22年研发1800万)
    assert read_facts("22年研发1800万，23年3500万").figures == (("研发费用", 18e6, False), ("研发费用", 35e6, False))
    library = one_document("rnd", FIRST_PASS)
    answer, hits = ask(library, "研发奖励：22年研发1800万，23年3500万，能奖多少？")
    assert hits[0].clause.clause_id == "rnd/一.（一）"  # 1800万 passed 1000万 before 2023: no 首次超过
    assert [a.value for a in answer.amounts] == [1_000_000]  # 1700万 × 10%, capped at 100万


def test_more_asked_of_a_grant_is_answered_by_the_grant_paid_on_top_of_it():
    library = one_document("rnd", FIRST_PASS)
    history = [("研发投入奖励怎么奖？", "按研发费用增长部分的10%给予奖励，最高100万元。")]
    answer, hits = ask(library, "那研发费用头一回过一千万的，还有没有额外的奖励？", history)
    assert hits[0].clause.clause_id == "rnd/一.（二）"  # 另给予一次性奖励20万元
    assert 200_000 in [a.value for a in answer.amounts]


def test_review_fixes_of_the_thirteenth_session(toy):
    from retrieval.documents.amounts import condition_bars
    from retrieval.lexicon.patterns import ASPECTS, DEFINITION, ORDINAL_RANK, states_time_of, time_asked_of
    from retrieval.search.figures import Facts
    from retrieval.search.retrieve import missed_bar

    # a grant named after a cost (税收奖励, 房租补贴) is paid at the time stated; 不予以 is a payment not made
    assert states_time_of("区财政局在企业入库税款后30个工作日内兑现税收奖励。", ("payment",))
    assert states_time_of("在30个工作日内拨付房租补贴。", ("payment",))
    assert not states_time_of("不符合条件的不予以拨付，30个工作日内完成审核。", ("payment",))
    # the bare 发 asks of a payment only in a part about money
    assert time_asked_of("今年的指南啥时候发") == () and time_asked_of("证书什么时候发下来") == ()
    # alternatives: a part opened by 或, or 之一 (not 三分之一); an 或 outside the figures joins none
    assert condition_bars("营业收入1000万元以上，或者获得国家级专精特新称号。") == []
    assert condition_bars("研发费用不低于200万元，且研发人员占职工总数三分之一以上。") == [("研发费用", 2_000_000)]
    assert condition_bars("营业收入不低于2亿元、研发费用不低于500万元，注册地或者纳税地在本区。") == [
        ("营业收入", 200_000_000), ("研发费用", 5_000_000)]
    # a share exactly on its bar is not missed (2.6 / 100 is a hair above 0.026)
    bar = type("C", (), {"text": "研发费用占营业收入比例不低于2.6%。"})()
    assert missed_bar(bar, Facts(figures=(("研发费用", 5.2e6, False), ("营业收入", 2e8, False)))) is None
    # a definition: a term in quotes; a lone 指 only after a comma; 前款所称…，由… defines nothing
    assert [m.group("term") for m in DEFINITION.finditer("本政策所称技术指导服务机构，是指从事技术服务的机构。")] == [
        "技术指导服务机构"]
    quoted = "本办法所称“总部企业”，是指在本区注册的企业。"
    assert [m.group("term") for m in DEFINITION.finditer(quoted)] == ["总部企业"]
    assert not DEFINITION.search("前款所称重点指标，由区统计局核定。")
    # whether the asker may apply: not 按时 / 按季度 / 报销, nor a 达标 in an honour's name
    conditions = next(asked for name, asked, _ in ASPECTS if name == "conditions")
    for question in ("补贴能按时拿到吗", "能按季度申请吗", "可以按实际发生额报销吗", "安全生产标准化达标企业有奖励吗"):
        assert not conditions.search(question), question
    assert conditions.search("我们够格吗") and conditions.search("研发占比达标吗")
    assert ORDINAL_RANK.findall("我们是二级供应商，今年升了一级") == ["二级"]
    index, _ = toy
    # an honour's level before 的 is no name (国家级的5G工厂); a level before a word of tax with no figure is asked
    assert "5g" in analyse(index, "被评为国家级的5G工厂，有没有奖励？").honours
    assert analyse(index, "省级财政补贴能拿多少").levels == ("省级",)
    # an honour no document names does not sink a clause that says nothing of it (what is asked is 技术改造)
    answer, _ = ask(toy, "我们被评为国家级5G工厂，技术改造设备投资500万能补助多少？")
    assert [a.value for a in answer.amounts] == [500_000]


STEPS_DOCUMENT = """松溪市技术改造专项资金实施细则
第一条　对企业技术改造项目，按设备投资额的10%给予补助，单个项目最高不超过200万元。
第四章　申报和兑现
第九条　申报材料。申报企业应提交以下材料：
（一）技术改造专项资金申请表；
（二）营业执照复印件；
（三）设备购置合同、发票及银行付款凭证。
第十条　审核程序。
（一）企业向所在地工业和信息化部门提出申请；
（二）市工业和信息化局组织专家评审和现场核查；
（三）拟支持项目在市工业和信息化局网站公示7天。
"""


def test_a_clause_is_of_the_aspect_its_nearest_heading_names():
    from retrieval.lexicon.patterns import heading_aspects

    # 第九条申报材料 under 第四章申报和兑现 is of materials; the chapter's 兑现 does not make it one of procedure
    assert heading_aspects(("第四章申报和兑现", "第九条申报材料")) == {"materials"}
    assert heading_aspects(("第四章申报和兑现", "第十条审核程序")) == {"procedure"}
    assert heading_aspects(("第四章申报和兑现",)) == {"procedure"}
    assert heading_aspects(("一、梯度培育",)) == set()
    library = one_document("steps", STEPS_DOCUMENT)
    _, hits = ask(library, "技术改造补助从申请到拿到钱要走哪些流程？")
    assert hits[0].clause.number.startswith("第十条")


def test_a_cost_asked_to_be_paid_is_not_answered_by_a_grant_on_another_cost():
    cloud = one_document("cloud", "岚溪市数字化转型若干措施\n一、对企业购买云服务的，按云服务费用的30%给予补助，"
                                  "单个企业最高5万元。\n二、对企业参加境外专业展会的，按展位费的50%给予补助。\n"
                                  "三、申报材料：云服务合同、发票及专项审计报告。\n")
    answer, _ = ask(cloud, "企业购买云服务的专项审计，审计费能补助多少？")
    assert not answer.found and answer.amounts == []
    answer, _ = ask(cloud, "参加境外展会的展位费能补助多少？")  # the cost the clause pays a share of
    assert answer.found and answer.citations[0].clause == "二、"
    answer, _ = ask(cloud, "参加境外专业展会，参展费用能补助多少？")  # (参展费用: a phrase, not the name of a cost)
    assert answer.found and answer.citations[0].clause == "二、"


def test_a_bare_grant_word_of_a_how_much_question_is_met_by_any_grant():
    town = one_document("town", "白溪镇工业经济发展奖励办法\n二、奖励标准\n"
                                "（一）纳税贡献奖。年纳税额500万元以上的，奖励5万元。\n"
                                "（二）小升规奖励。对当年首次纳入规模以上工业统计的企业，给予一次性奖励8万元。\n"
                                "（三）对企业贷款给予贴息，按利息的50%补助。\n")
    answer, _ = ask(town, "白溪镇奖励办法里，小升规给多少补贴？")  # 补贴 qualified by nothing: the item's 奖励
    assert answer.found and [a.value for a in answer.amounts] == [80_000]
    from retrieval.search.retrieve import _BARE

    assert _BARE.search("有没有@？") and _BARE.search("这些@咋报") and not _BARE.search("能不能给@保费")
    assert not _BARE.search("安家@多少")


def test_an_add_on_whose_own_condition_the_asker_meets_is_paid_with_its_grant():
    city = one_document("city", "枫溪市推动制造业高质量发展若干措施\n一、培育企业\n"
                                "1.小升规奖励。对首次纳入规模以上工业企业统计的，给予一次性奖励10万元；当年新投产即纳入统计的，再给予5万元奖励。\n")
    # 当年 and 投产 name the add-on's own condition (当年新投产即纳入统计) beside its grant's (纳入规模以上…统计)
    answer, _ = ask(city, "俺们厂今年一投产当年就进了规上统计，小升规奖励能给多少啊？")
    assert [a.value for a in answer.amounts] == [150_000]
    answer, _ = ask(city, "俺们厂前两年投产的，今年进了规上统计，小升规奖励能给多少啊？")
    assert [a.value for a in answer.amounts] == [100_000]
    # the add-on's condition said in a part that denies it (当年没进规上统计) is not met
    answer, _ = ask(city, "俺们厂前年投产的，当年没进规上统计，今年才首次纳入规上统计，小升规奖励能给多少啊？")
    assert [a.value for a in answer.amounts] == [100_000]


def test_whether_an_own_date_still_counts_is_asked_across_a_long_phrase(toy):
    index, _ = toy
    # 还能…吗 with the whole measure named in between (按云山县的细则申请首次认定高企那15万) asks whether it counts
    asked = analyse(index, "我们是22年底认定的高企，今年还能按云溪市的措施申请首次认定高企那15万吗？")
    assert asked.dated and "conditions" in asked.aspects
    assert not analyse(index, "我们是22年底认定的高企，今年奖多少？").dated


def test_a_choice_between_grants_rules_on_stacking_and_both_asked_with_ji_you():
    from retrieval.lexicon.patterns import STACKING_ASKED, STACKING_STATED

    assert STACKING_ASKED.search("同一年能不能既报技改补助又报智能工厂奖励？")
    assert STACKING_STATED.search("同一项目只能在设备投资补助和贷款贴息中选择一项申报。")
    steps = one_document("loans", "松溪市技术改造专项资金实施细则\n第六条　设备补助\n"
                                  "（一）对技术改造项目，按设备投资额的10%给予补助。\n第七条　贷款贴息\n"
                                  "（一）对技术改造项目使用银行贷款的，按实际支付利息的50%给予贴息。\n"
                                  "（二）同一项目只能在设备投资补助和贷款贴息中选择一项申报。\n")
    _, hits = ask(steps, "技术改造项目用了银行贷款，贴息能和设备补助一起拿吗？")
    assert hits[0].clause.number == "第七条（二）"


def test_years_in_business_are_a_bar_and_the_askers_own_figure():
    from retrieval.documents.amounts import condition_bars
    from retrieval.search.figures import read_facts

    assert condition_bars("在本市注册登记并持续经营2年以上。") == [("经营年限", 2.0)]
    assert condition_bars("注册成立满三年的企业。") == [("经营年限", 3)]
    assert condition_bars("成立不满3年的企业。") == []  # an upper bound, not a bar to pass
    assert read_facts("我们在本市注册才一年半，营收三千来万").age == 1.5
    assert read_facts("公司成立8个月").age == pytest.approx(8 / 12)
    assert read_facts("开业不到两年").age < 2 and read_facts("公司成立于2019年").age is None
    guide = one_document("guide", "澜溪市专精特新中小企业申报指南\n二、申报条件\n1.在本市注册登记并持续经营2年以上。\n"
                                  "2.上年度营业收入1000万元以上。\n3.拥有有效知识产权2项以上。\n"
                                  "三、支持标准\n对新认定的市级专精特新中小企业，给予奖励10万元。\n")
    answer, hits = ask(guide, "我们公司在澜溪市注册才一年半，营业收入三千来万，能申报市级专精特新吗？")
    assert hits[0].clause.number == "二、1."
    assert "对照：您所述经营年限为1.5年，低于该条件要求的2年（二、1.）。" in answer.answer


NEW_TO_SCALE = ("青梧市小升规企业奖励申报通知\n一、申报范围\n（一）首次纳入规模以上工业统计的企业。\n"
                "二、支持标准\n（一）对首次纳入规模以上工业统计的企业，给予一次性奖励10万元。\n"
                "三、申报条件\n（一）2025年度在本市缴纳税收不低于30万元（小升规企业不低于10万元）；\n"
                "（二）2025年12月末参加社会保险的职工不少于20人；\n（三）近三年未发生较大及以上安全生产事故。\n")


def test_who_interprets_is_answered_by_the_documents_closing_clause_though_an_item_is_named():
    library = one_document("yx", "云溪县促进制造业发展实施细则\n一、专精特新奖励\n"
                                 "（一）对首次认定为省级专精特新企业的，一次性奖励20万元。企业逐级晋升的，按差额补足奖励。"
                                 "（责任单位：县工信局）\n"
                                 "（二）对首次认定为国家级专精特新小巨人企业的，一次性奖励50万元。（责任单位：县工信局）\n"
                                 "二、附则\n（一）本细则自2024年1月1日起施行。\n（二）本细则由县工信局会同县财政局负责解释。\n")
    answer, hits = ask(library, "专精特新逐级晋升按差额补足的规定看不明白，县里是哪个部门负责解释的？")
    assert hits[0].clause.number == "二、（二）"
    assert "责任单位：县工信局、县财政局。" in answer.answer
    answer, hits = ask(library, "专精特新奖励哪个部门负责？")  # who is responsible for the item: the item's clause
    assert hits[0].clause.number.startswith("一、")
    from retrieval.lexicon.patterns import INTERPRETING, INTERPRETS

    assert not INTERPRETING.search("能解释一下专精特新奖励是哪个部门负责兑现吗？")  # (asks who pays)
    assert not INTERPRETS.search("企业申报数据与审计结果不一致的，由企业作出书面解释。")  # (the document's own only)



def test_units_said_by_the_part_they_play_answer_who_is_responsible():
    # a county's measures name their units in a bracket of parts (（县工信局牵头，县财政局配合）), not with a label
    library = one_document("qs", "青石县促进制造业发展若干措施\n一、专精特新奖励\n"
                                 "（一）对首次认定为省级专精特新企业的，一次性奖励20万元。（县工信局牵头，县财政局配合）\n"
                                 "（二）对新认定的市级工业设计中心，给予10万元奖励。【责任单位】县科技局\n"
                                 "二、附则\n本措施自2024年1月1日起施行。\n")
    answer, hits = ask(library, "省级专精特新奖励多少？找哪个部门？")
    assert hits[0].clause.number == "一、（一）"
    assert hits[0].clause.departments == ("县工信局", "县财政局")
    assert [a.value for a in answer.amounts] == [200000]
    assert "责任单位：县工信局、县财政局。" in answer.answer
    answer, hits = ask(library, "市级设计中心奖励找哪个部门？")
    assert hits[0].clause.number == "一、（二）"
    assert "责任单位：县科技局。" in answer.answer


def test_a_grant_paid_for_each_step_is_added_and_a_bare_level_word_is_the_level_asked():
    library = one_document("qs", "青石县促进制造业发展若干措施\n一、奖励标准\n"
                                 "（一）对本县规上工业企业，年营业收入首次达到5亿元的奖励30万元，每新增一个5亿元台阶再奖励15万元。\n"
                                 "（二）获批国家、省工业设计中心的，分别奖励50万元、40万元。\n")
    answer, hits = ask(library, "营业收入做到了17亿元，能拿多少奖励？")
    assert hits[0].clause.number == "一、（一）"
    assert [a.value for a in answer.amounts] == [600000]  # 30万 + 2 whole steps × 15万
    # (省 before an item names its level as 省级 does: the clause holds the level asked)
    answer, hits = ask(library, "省级设计中心奖励多少？")
    assert hits[0].clause.number == "一、（二）" and hits[0].relevant
    assert [a.value for a in answer.amounts] == [400000]
    from retrieval.search.retrieve import coverage

    index, _ = library
    assert coverage(index, ["省级", "设计中心"], index.clauses.ids.index("qs/一.（二）"), True) == 1.0


NOTICE_AS_PASTED = ("关于组织申报2025年度青石区工业企业奖补资金的通知\n一、奖补标准\n"
                    "序号|奖补项目|奖补标准|责任单位\n1|首次升规|一次性奖励10万元|区经信局\n"
                    "2|省级专精特新|一次性奖励15万元|区经信局、区财政局\n"
                    "二、申报时间\n2025年4月1日至4月30日。\n"
                    "三、联系方式\n区经信局企业科，联系人：周宁，电话：0571-88990011。\n")


def test_a_notice_as_pasted_names_its_place_rows_units_and_contacts():
    library = one_document("qs", NOTICE_AS_PASTED)
    index, _ = library
    # the place after a notice's opening words (关于组织申报2025年度…) is whose notice it is
    assert index.documents["qs"].jurisdiction == "青石区"
    # a table pasted with bars between its cells only is read row by row, each with its units
    row = next(c for c in index.clauses if c.clause_id == "qs/一.2")
    assert row.departments == ("区经信局", "区财政局")
    answer, hits = ask(library, "省级专精特新奖励多少？找谁？")
    assert hits[0].clause.clause_id == "qs/一.2"
    assert [a.value for a in answer.amounts] == [150000]
    # (the contacts the notice gives once for all its measures, not 未写明联系方式)
    assert "联系方式（三、）：区经信局企业科，联系人：周宁，电话：0571-88990011。" in answer.answer
    assert "未写明" not in answer.answer


def test_a_paper_naming_a_contact_person_is_not_the_notices_contacts():
    papers = "三、申报材料\n（一）营业执照复印件、企业联系人及联系电话。\n四、其他"
    library = one_document("qs", NOTICE_AS_PASTED.replace("三、联系方式", papers))
    answer, _ = ask(library, "省级专精特新奖励多少？找谁？")
    assert "联系方式（四、）：区经信局企业科，联系人：周宁，电话：0571-88990011。" in answer.answer
    assert "企业联系人及联系电话" not in answer.answer

def test_a_clause_is_listed_without_its_own_number_though_a_year_follows_it():
    from retrieval.lexicon.patterns import without_number

    listed = "2022年度、2023年度研发费用专项审计报告；"
    assert without_number(f"3.{listed}", "四、3.") == listed
    assert without_number("（二）对新认定的企业", "第五条（二）") == "对新认定的企业"
    assert without_number("1、新入规奖。", "二、1.") == "新入规奖。"  # (written otherwise: any mark)
    assert without_number("3.5倍的部分", "") == "3.5倍的部分"  # a decimal is no mark


def test_a_headcount_is_a_bar_and_the_askers_own_figure():
    from retrieval.documents.amounts import condition_bars
    from retrieval.search.figures import read_facts

    assert condition_bars("（二）2025年12月末参加社会保险的职工不少于20人；") == [("人数", 20)]
    assert condition_bars("从业人员50人（含）以上。") == [("人数", 50)]
    # one class set twice in a sentence, the second for some (小升规企业): the lowest any applicant may have
    assert condition_bars("2025年度在本市缴纳税收不低于30万元（小升规企业不低于10万元）；") == [("纳税", 100_000)]
    # a part naming another figure (净资产), or none and no applicants (其中…), sets no lower bar of the class before
    assert condition_bars("年营业收入不低于2亿元，净资产不低于5000万元。") == [("营业收入", 200_000_000)]
    assert condition_bars("年度研发投入不低于500万元（其中基础研究投入不低于100万元）") == [("研发费用", 5_000_000)]
    # a sum paid for social insurance is no count of people
    assert condition_bars("2025年度缴纳社会保险费的职工不少于20人，且社保缴费不低于30万元。") == [("人数", 20)]
    assert condition_bars("（一）2025年度为职工缴纳社会保险费不低于50万元；") == []
    assert read_facts("年底社保只交了17个人").headcount == 17
    assert read_facts("可年底参保的员工就18个人").headcount == 18
    assert read_facts("车间出了一起事故，伤了两个人").headcount is None  # people, not of its staff
    assert read_facts("今年新招了5个人，公司参保职工一共30人").headcount == 30  # (those taken on are not the staff)
    library = one_document("scale", NEW_TO_SCALE)
    # the bar missed stands under 三、申报条件, not among the items of 一、申报范围 the question first meets
    told = "我们2025年首次纳入规上统计，在本市交税12万，年底参保职工{}个人，能申报小升规奖励吗？"
    answer, hits = ask(library, told.format("只有17"))
    assert hits[0].clause.number == "三、（二）"
    assert "对照：您所述人数为17人，低于该条件要求的20人（三、（二））。" in answer.answer
    passed, hits = ask(library, told.format("有25"))
    assert hits[0].clause.number == "一、（一）" and "对照" not in passed.answer  # (12万 passes the 小升规 bar)


def test_a_may_i_apply_question_answered_by_a_grant_lists_its_documents_conditions():
    library = one_document("lanxi", "澜溪市专精特新企业奖励申报通知\n一、申报条件\n1.在本市注册登记的工业企业。\n"
                                    "2.近三年未发生较大及以上安全生产事故。\n"
                                    "二、奖励标准\n1.对新认定的市级专精特新企业，给予奖励10万元。\n")
    answer, hits = ask(library, "今年还能申报市级专精特新奖励吗？")
    assert hits[0].clause.number == "二、1."
    assert ("一、申报条件：\n1. 在本市注册登记的工业企业。（一、1.）\n"
            "2. 近三年未发生较大及以上安全生产事故。（一、2.）") in answer.answer
    assert "未写明申报条件" not in answer.answer and "另见" not in answer.answer  # (listed, not cited again)
    # conditions under each item's own heading: the item's, cited (一、（一）1.), not listed again
    per_item = one_document("two", "澜溪市企业奖励办法\n一、专精特新奖励\n（一）申报条件\n1.在本市注册登记。\n"
                                   "（二）奖励标准\n对新认定的市级专精特新企业，给予奖励10万元。\n"
                                   "二、技术改造补助\n（一）申报条件\n1.设备投资500万元以上。\n"
                                   "（二）补助标准\n按设备投资额的10%给予补助。\n")
    answer, hits = ask(per_item, "今年还能申报市级专精特新奖励吗？")
    assert "申报条件：" not in answer.answer
    # the item's own conditions are its conditions; another item's bar (设备投资500万元以上) is not missed
    answer, hits = ask(per_item, "我们设备投资了300万，今年能申报市级专精特新奖励吗？")
    assert "（一）申报条件：\n1. 在本市注册登记。（一、（一）1.）" in answer.answer and "对照" not in answer.answer
    # a section on how the offices work (工作要求) sets no condition of the enterprise's
    duties = one_document("duty", "澜溪市专精特新企业奖励办法\n一、奖励标准\n"
                                  "1.对新认定的市级专精特新企业，给予奖励10万元。\n"
                                  "二、工作要求\n1.各部门要加强组织领导。\n2.加强资金监管。\n")
    answer, hits = ask(duties, "今年还能申报市级专精特新奖励吗？")
    assert "工作要求：" not in answer.answer


def test_the_askers_circumstance_is_answered_by_the_clause_of_the_document_that_holds_it():
    from retrieval.search.retrieve import _circumstance_first

    index, _ = one_document("town", "杏坪镇2025年度企业奖励申报通知\n一、奖励标准\n1.纳税贡献奖。对2025年度镇级财政贡献"
                                    "200万元以上的企业，奖励5万元。\n二、其他\n1.近三年发生较大及以上安全生产事故的企业，"
                                    "不予奖励。\n2.本通知由镇经济发展办负责解释。\n")
    grant, accident, closing = (next(c for c in index.clauses if c.number == n) for n in ("一、1.", "二、1.", "二、2."))
    ranked = [Hit(grant, 0.08, 0.9, 0.6, True), Hit(closing, 0.07, 0.9, 0.2, False)]
    query = analyse(index, "去年车间出了一起安全生产事故，今年还能报纳税贡献奖吗？")
    assert [h.clause.number for h in _circumstance_first(index, query, ranked)] == ["二、1.", "一、1.", "二、2."]
    assert _circumstance_first(index, analyse(index, "今年还能报纳税贡献奖吗？"), ranked) == ranked
    assert accident.incentives == ()
    # another item's clause (of a section that grants) is not the asker's circumstance
    index, _ = one_document("two", "澜溪市企业奖励办法\n一、专精特新奖励\n"
                                   "（一）对新认定的市级专精特新企业，给予奖励10万元。\n二、研发机构奖励\n（一）对新认定的市级研发机构，给予奖励20万元。\n"
                                   "（二）研发机构须配备专职研发人员，且有独立研发场地。\n")
    grant = next(c for c in index.clauses if c.number == "一、（一）")
    ranked = [Hit(grant, 0.08, 0.9, 0.6, True)]
    query = analyse(index, "我们配备了专职研发人员，有独立研发场地，能申报市级专精特新奖励吗？")
    assert _circumstance_first(index, query, ranked) == ranked


def test_a_sum_asked_with_any_verb_of_paying_is_a_how_much_question(toy):
    index, _ = toy
    for question in ("评价优秀省里还会追加一笔钱，能追加多少？", "每个月发多少？", "再加多少？"):
        assert analyse(index, question).money, question
    assert not analyse(index, "材料交几份？").money
    for question in ("研发多少项专利才能申报？", "新增加多少个岗位才算达标？", "评审加多少分？"):
        assert not analyse(index, question).money, question
    # a total asked (总共, 一共, 加起来) asks; it is no topic a clause must hold
    assert not {"总共", "一共"} & set(analyse(index, "技术改造补助和专精特新奖励总共能拿多少？一共几项？").terms)


def test_whether_it_is_still_in_time_asks_the_time_and_is_no_topic(toy):
    from retrieval.lexicon.patterns import time_asked_of

    index, _ = toy
    assert time_asked_of("材料要到10月8号才能弄好，那时候交还来得及吗？") == ("application",)
    assert time_asked_of("国庆后再交来得及不") == ("application",)
    # 交还 is 交 + 还收, 来得及 asks: neither is a topic a clause must hold
    terms = set(analyse(index, "专精特新奖励申报啥时候截止？5月份再交还收吗？来得及吗？").terms)
    assert not {"交还", "来得", "来得及"} & terms
    # money spoken of (有钱拿) and what was heard (听说): how it is asked, not what about
    assert not {"听说", "有钱"} & set(analyse(index, "听说镇上有钱拿？小升规明年能给多少？").terms)


def test_whether_to_hand_in_directly_asks_where_to_apply():
    from retrieval.lexicon.patterns import WHERE_TO_APPLY

    for question in ("企业能不能直接把材料交到省工信厅？", "我们企业该往哪儿报？", "材料是直接交到市工信局吗？"):
        assert WHERE_TO_APPLY.search(question), question
    assert not WHERE_TO_APPLY.search("奖励直接拨付到企业账户吗")
    province = one_document("province", "澄溪省优质中小企业奖励办法\n第四章　申报和审核\n"
                                        "第十三条　奖励资金每年集中申报一次。\n"
                                        "第十四条　企业向注册地县级工业和信息化主管部门提出申请，"
                                        "县级主管部门初审后报省工业和信息化厅。\n"
                                        "第十六条　省工业和信息化厅对申报材料进行审核，在厅门户网站公示7天。\n")
    _, hits = ask(province, "澄溪省优质中小企业奖励怎么报？企业能不能直接把材料交到省工业和信息化厅？")
    assert hits[0].clause.number == "第十四条"


def test_a_time_said_relative_to_now_is_no_topic(toy):
    index, _ = toy
    assert not {"上个", "明年", "年底"} & set(analyse(index, "上个月刚认定的瞪羚企业，明年年底前能拿多少奖励？").terms)


def test_the_particle_de_joins_no_character_pair_of_an_item():
    from retrieval.answer.compose import _bigrams

    assert "的专" not in _bigrams("省里的专精特新") and "专精" in _bigrams("省里的专精特新")
    town = one_document("pairs", "南溪镇若干措施\n三、梯度培育\n"
                                 "7.对新认定的国家级专精特新“小巨人”企业、省级专精特新中小企业，分别给予20万元、5万元奖励。\n")
    answer, _ = ask(town, "俺厂今年评上省里的专精特新了，南溪镇上那边奖励能给几个钱？")
    assert [a.value for a in answer.amounts] == [50_000]


def test_review_fixes_of_the_fourteenth_session():
    from retrieval.answer.compose import _self_told
    from retrieval.documents.amounts import condition_bars
    from retrieval.lexicon.patterns import SELF_TOLD, STILL_COUNTS, TIME_QUESTION, WHERE_TO_APPLY, years_text
    from retrieval.lexicon.tokenizer import names_a_thing
    from retrieval.search.figures import Facts, read_facts
    from retrieval.search.retrieve import _BARE

    # an age asked about as a condition is not the asker's own; 2年不到 / 半年 are
    assert read_facts("是不是要注册满三年才能申报？").age is None
    assert read_facts("成立三年内的企业能申报吗？").age is None
    assert read_facts("成立2年不到").age < 2 and read_facts("成立刚半年").age == 0.5
    assert years_text(2 - 1e-6) == "不到2年" and years_text(8 / 12) == "8个月" and years_text(1.2) == "1.2年"
    assert years_text(read_facts("公司成立还不到8个月").age) == "不到8个月"
    # an age alone is no figure to calculate with
    assert not Facts(age=2.0)
    # a most (成立不满5年) is no bar and no alternative; bars in the order written
    assert condition_bars("成立不满5年或迁入本市不满5年的企业，上年度营业收入不低于2000万元。") == [("营业收入", 2e7)]
    assert condition_bars("在本市注册并持续经营2年以上，营业收入不低于1000万元。") == [
        ("经营年限", 2.0), ("营业收入", 1e7)]
    # what the asker is: not 不算是, 要是, 是不是, nor a part that asks
    for part in ("我们不算是专精特新企业", "我们公司是不是专精特新", "我们要是评上了"):
        assert not SELF_TOLD.match(part), part
    assert _self_told(type("Q", (), {"own_words": "", "text": "我们是高企，我们是不是能拿20万？"})()) == "我们是高企"
    # the applicant hands in (not the government's act)
    assert not WHERE_TO_APPLY.search("县里初审后直接报送到市局吗") and WHERE_TO_APPLY.search("材料是直接交到市工信局吗")
    # one class of in-time words
    assert TIME_QUESTION.search("5月再交能赶上这一批吗") and STILL_COUNTS.search("现在交来不及了吧")
    # 研发 is no verb of paying; a set phrase names a thing only when it ends in one
    assert not _BARE.search("研发@多少") and not names_a_thing("一般来说") and names_a_thing("发明专利")


STANDARDS = """云溪市质量品牌若干措施
一、标准制定。对主导制定国际标准、国家标准的企业，每项分别奖励30万元、20万元；参与制定的，按主导制定标准的50%给予奖励。
二、附则。本措施自2024年1月1日起施行。
"""


def test_a_share_of_the_sums_before_it_is_paid_when_its_condition_is_told():
    library = one_document("standards", STANDARDS)
    # 参与制定的，按主导制定标准的50%: 20万元 × 0.5, twice
    answer, _ = ask(library, "我们参与制定了两项国家标准，能拿多少奖励？")
    assert [a.value for a in answer.amounts][:1] == [200_000]
    assert "20万元 × 0.5 = 10万元" in answer.answer
    # led (主导, 牵头): the sum itself, not its share (制定 alone does not name 参与)
    for led in ("我们主导制定了一项国际标准，能拿多少奖励？", "我们企业主导制定国际标准一项，能拿多少奖励？",
                "牵头制定国际标准1项，能拿多少奖励？"):
        answer, _ = ask(library, led)
        assert [a.value for a in answer.amounts][:1] == [300_000], led
    answer, _ = ask(library, "还参与了两项国家标准的制定，能拿多少奖励？")
    assert [a.value for a in answer.amounts][:1] == [200_000]


def test_a_share_of_a_standard_the_clause_did_not_set_stays_a_rate_and_a_bare_multiple_parses():
    from retrieval.documents.amounts import extract_incentives, link_references
    from retrieval.records import Clause

    def linked(text):
        clause = Clause("d/一", "d", "一、", ("一、",), text, (), extract_incentives(text, "一、"))
        return link_references([clause])[0].incentives

    rent = linked("对新认定的市级孵化器给予一次性奖励50万元；入驻企业按市场租金标准的50%给予补贴。")
    assert [(r.item, r.rate, r.multiplier) for r in rent] == [
        ("新认定的市级孵化器", None, None), ("入驻企业", 0.5, None)]
    assert [r.multiplier for r in linked("对被认定为国家级研发机构的，按1.5倍给予奖励。")] == [1.5]


def test_the_months_told_are_paid_for_within_the_term():
    from retrieval.search.figures import read_facts

    assert read_facts("引进了一个全职博士，到年底干满10个月，补助多少？").months == 10
    # a time limit, a month's name, an age: no months paid for
    assert [read_facts(q).months for q in ("竣工后6个月内申请", "3月引进的人才", "成立18个月能申报吗",
                                           "3个月前引进了一个博士", "签了6个月以上合同")] == [None] * 5
    library = one_document("talent", FINAL.replace("三、附则", """三、人才
（一）企业新引进全职博士的，按每人每月2000元给予生活补助，补助期限最长24个月。（责任单位：市人社局）
四、附则"""))
    answer, _ = ask(library, "引进了一个全职博士人才，到年底干满10个月，补助能领多少？")
    assert [a.value for a in answer.amounts] == [20_000]  # 2000元 × 1人 × 10个月
    answer, _ = ask(library, "引进了一个全职博士人才，已经干满30个月，补助能领多少？")
    assert [a.value for a in answer.amounts] == [48_000]  # the term's 24 months at most
    answer, _ = ask(library, "引进了一个全职博士人才，补助一共能领多少？")
    assert [a.value for a in answer.amounts] == [48_000]  # no months told: the whole term


def test_a_yearly_sum_over_the_years_told_within_the_term():
    from retrieval.search.figures import read_facts

    assert [read_facts(q).years for q in ("分三年还，每年付息80万，总共能贴多少？", "三年期贷款，三年下来一共多少",
                                          "第三年还能贴吗", "成立3年了能报吗", "2023年期间付息80万，一共能贴多少？",
                                          "按5年期LPR计息")] == [3, 3, None, None, None, None]
    # 每年 said of the figure, not asked: the whole term's sum only; asked (一年补多少？三年一共多少？): both
    assert not read_facts("分三年还，每年付息80万，总共能贴多少？").year_and_term
    assert read_facts("一年利息240万，每年补多少？三年一共多少？").year_and_term
    library = one_document("interest", FINAL.replace("三、附则", """三、贷款贴息
（一）对技术改造项目银行贷款，按实际支付利息的50%给予补助，贴息期限最长不超过2年，单个项目年度补助最高不超过100万元。
四、附则"""))
    answer, _ = ask(library, "技术改造贷款分三年还，每年付息80万，补助总共能拿多少？")
    assert [a.value for a in answer.amounts] == [800_000]  # 40万 a year, for the term's 2 years of the 3
    assert "期限最长2年，3年中按2年计。" in answer.answer
    # a whole term's interest told (一共付了150万) is no year's: 50% of it, once
    answer, _ = ask(library, "技术改造三年期贷款，利息一共付了150万，补助总共能拿多少？")
    assert [a.value for a in answer.amounts] == [750_000]


def test_of_several_sums_the_one_called_by_the_rules_base_is_its_base():
    from retrieval.search.figures import read_facts

    facts = read_facts("设备投资2000万、厂房土建1000万，能补多少？")
    assert facts.base_named("设备投资额") == 20_000_000 and facts.base_named("展位费") is None
    library = one_document("fairs", FAIRS_AND_RETROFITS)
    answer, _ = ask(library, "技术改造项目，设备投资2000万、厂房土建1000万，按设备投资能拿多少补助？")
    assert [a.value for a in answer.amounts] == [2_000_000]  # 2000万 × 10%, not the building's 1000万


def test_a_phone_number_quoted_is_answered_by_the_clause_that_gives_it():
    library = one_document("phones", """云溪县技术改造奖励申报通知
一、审核
县工信局会同县财政局组织部门审核。
二、联系方式
技术改造奖励咨询：县工信局技术改造科，联系人：周工，联系电话：0571-86213457；
三、其他
技术改造奖励拨付：县财政局经济建设科，联系人：沈工，联系电话：0571-86213902。
""")
    answer, hits = ask(library, "技术改造奖励的0571-86213902是哪个部门的电话？")
    assert hits[0].clause.number == "三、"
    assert answer.found and "县财政局经济建设科" in answer.answer


def test_a_part_of_the_sum_told_of_a_kind_the_document_leaves_out_comes_off_the_base():
    library = one_document("leftout", """云溪市技术改造补助细则
一、技术改造设备补助
（一）按项目设备投资额的10%给予技术改造补助，单个项目最高不超过300万元。（责任单位：市工信局）
（二）设备投资额以设备购置发票金额为准，二手设备、自制设备及企业与关联方之间交易的设备不计入。
""")
    index, _ = library
    rule = next(r for c in index.clauses for r in c.incentives if r.rate is not None)
    assert rule.left_out == ("二手", "自制", "关联方")
    answer, _ = ask(library, "技术改造设备投资2000万，其中有300万是从母公司采购的设备，补助多少？")
    assert [a.value for a in answer.amounts] == [1_700_000]  # (2000万 − 300万) × 10%
    assert "不计入的部分（关联方交易300万元）：2000万元 − 300万元 = 1700万元。" in answer.answer
    # a part of no kind a rule leaves out is no part taken off: here the figure the rule is paid on
    answer, _ = ask(library, "技术改造投了3000万，其中设备投资2000万，补助多少？")
    assert [a.value for a in answer.amounts] == [2_000_000]


# --- eighteenth session -----------------------------------------------------------------------------------------
WAYS = """青岭县支持企业发展的若干措施
一、对新引进的工业企业租用标准厂房的，每平方米每月补助5元，单个企业每年最高不超过30万元。（责任单位：县工信局）
二、对在上海、深圳、北京证券交易所上市的企业，分阶段给予奖励：
（一）在证监局辅导备案的，奖励50万元；
（二）成功上市的，奖励200万元。
三、申报企业弄虚作假的，追回奖励资金，三年内取消其申报市级财政专项资金的资格。
四、对新认定为省级专精特新中小企业的，给予一次性奖励15万元。（责任单位：县工信局）
"""


class WaysEmbeddings(ConceptEmbeddings):
    """The toy embedder on the concepts of WAYS."""

    def _vector(self, text: str) -> list[float]:
        vector = np.array([1.0] + [float(w in text) for w in ("厂房", "上市", "专精特新", "奖", "补")], dtype="float32")
        return (vector / np.linalg.norm(vector)).tolist()


@pytest.fixture(scope="module")
def ways():
    corpus = build_corpus({"ways.txt": WAYS}, {"documents": [{"id": "ways", "file": "ways.txt"}]})
    return build_index(corpus, WaysEmbeddings()), WaysEmbeddings()


@pytest.mark.parametrize("question, found, amounts, said", [
    ("新引进的工业企业租用标准厂房，补多少？", True, [5, 300_000], ""),  # (the total it may reach after it)
    ("新引进的工业企业自建标准厂房，补多少？", False, [], "只规定了租用厂房的奖补，未规定购买或自建厂房"),
    ("新引进的工业企业买了标准厂房，补多少？", False, [], "只规定了租用厂房的奖补，未规定购买或自建厂房"),
    ("新引进的工业企业不是租用，是买下了标准厂房，补多少？", False, [], "未规定购买或自建厂房"),  # (set aside)
    ("公司在深交所成功上市了，奖多少？", True, [2_000_000], ""),
    ("企业去港交所成功上市，奖多少？", False, [], "只规定了境内的奖补，未规定境外"),  # the list's lead says where
])
def test_a_way_of_an_act_that_excludes_the_one_a_clause_pays_for_is_not_covered(ways, question, found, amounts, said):
    answer, _ = ask(ways, question)
    assert (answer.found, [a.value for a in answer.amounts]) == (found, amounts)
    assert said in answer.answer and [n.kind for n in answer.notes] == ([] if found else ["level"])


def test_a_level_before_whose_funds_pay_is_no_honours_level(ways):
    index, _ = ways
    sanction = next(n for n, c in enumerate(index.clauses) if c.number == "三、")  # 申报市级财政专项资金的资格
    assert coverage(index, ["市级"], sanction, money_question=True) == 0.0
    assert coverage(index, ["市级"], sanction, money_question=False) == 1.0  # (市级财政 asked of: met)
    # so 三、 answers no 市级专精特新奖多少: 四、 does, and grants 省级 only
    answer, hits = ask(ways, "我们评上的是市级专精特新中小企业，能奖多少？")
    assert (answer.found, hits[0].clause.number, [n.kind for n in answer.notes]) == (False, "四、", ["level"])
    answer, hits = ask(ways, "我们评上的是省级专精特新中小企业，能奖多少？")
    assert (hits[0].clause.number, [a.value for a in answer.amounts]) == ("四、", [150_000])


@pytest.mark.parametrize("question, money", [
    ("市级智能工厂认定下来区里奖几万", True), ("镇上是不是至少也给5万？", True), ("补几个月？", False),
    ("已补10万，什么时候到账？", False), ("已经补10万了，什么时候到账", False), ("是不是也给五万", True),
    ("申报还要补几张发票", False), ("奖几名企业", False), ("一年产能几万吨，能申报吗", False), ("能给几个钱", True),
])
def test_how_much_in_spoken_words(question, money):
    from retrieval.search.query import asks_for_money
    assert asks_for_money(question) is money


RISE = ("第六条　对新认定的省级专精特新中小企业，给予一次性奖励30万元；对新认定的国家级专精特新“小巨人”企业，"
        "给予一次性奖励120万元。已获得省级奖励的企业晋升为国家级“小巨人”企业的，按国家级标准补足差额。\n")


def test_a_rise_to_another_item_of_the_clause_is_topped_up_not_summed():
    # the grant at the level before is the clause's one at that level, though another item (中小企业 -> 小巨人)
    answer, _ = ask(one_document("rise", RISE), "那俺们今年又评上国家级小巨人了，还能再拿120万不？",
                    [("省级专精特新中小企业奖多少？", "一次性奖励30万元。")])
    assert [a.value for a in answer.amounts] == [900_000] and "120万元 − 已获30万元 = 90万元" in answer.answer


RISE_RULE = ("第六条　对新认定的省级专精特新中小企业，给予一次性奖励30万元；对新认定的国家级专精特新“小巨人”企业，"
             "给予一次性奖励120万元。\n第七条　对新认定的省级企业技术中心，给予一次性奖励50万元。\n"
             "第十一条　企业由省级称号晋升为同类国家级称号的，按国家级标准扣除已获省级奖励后补足差额。\n")


OWN_TOPUP = ("一、奖励规则\n（1）同一企业同一年度在专精特新系列称号中按最高标准奖励一次；"
             "已获低层级奖励的，晋升后补足差额。\n"
             "二、奖励标准\n|类别|级别|奖励标准|\n|---|---|---|\n"
             "|专精特新企业|国家级专精特新“小巨人”企业|一次性奖励80万元；已获省级奖励的补足差额|\n"
             "|专精特新企业|省级专精特新中小企业|一次性奖励20万元|\n")


@pytest.mark.parametrize("doc, question, first, amount", [
    # no word of rising (升为, 又评上): the sum received at the level held and the level awarded last say it
    (RISE_RULE, "俺们23年是省里的专精特新，拿过省里三十万，今年评上国家级专精特新小巨人了，省里这块还能补多少钱？",
     "rise/第十一条", 900_000),
    # a grant that states its own top-up answers before the general rule
    (OWN_TOPUP, "我们公司2023年评上省级专精特新，当时拿过15万奖励；2025年又新认定为国家级专精特新小巨人，"
                "今年还能拿多少奖励？", "rise/二.专精特新企业", 650_000),
])
def test_a_rise_told_by_a_sum_received_leads_with_the_clause_that_tops_it_up(doc, question, first, amount):
    answer, hits = ask(one_document("rise", doc), question)
    assert hits[0].clause.clause_id == first and [a.value for a in answer.amounts] == [amount]


REPEALING = ("第六条　对新认定的国家级专精特新“小巨人”企业，给予一次性奖励100万元。\n"
             "第七条　对引荐企业来本县投资的，给予引荐人一次性奖励3万元。\n"
             "第九条　本办法自2023年7月1日起施行。《某县专精特新奖励暂行办法》（某工信规〔2019〕7号）同时废止。\n")


@pytest.mark.parametrize("question", ["以前2019年那个专精特新暂行办法里，小巨人奖多少？",
                                      "某工信规〔2019〕7号里小巨人奖多少？"])
def test_a_document_the_library_repeals_is_not_answered_from_the_one_in_force(question):
    answer, _ = ask(one_document("old", REPEALING), question)
    assert not answer.found and [(n.kind, n.text) for n in answer.notes] == [
        ("expired", "您问的《某县专精特新奖励暂行办法》已经废止，文件库中没有它的条文；以上是现行文件中最接近的条款。")]
    now, _ = ask(one_document("old", REPEALING), "2019年认定的小巨人奖多少？")  # a year, of no document
    assert [a.value for a in now.amounts] == [1_000_000]


def test_whether_a_grant_is_taxed_is_not_answered_by_the_grant():
    answer, hits = ask(one_document("old", REPEALING), "引荐奖那3万块钱要不要交个人所得税？")
    assert not answer.found and hits[0].clause.clause_id == "old/第七条"
    assert [n.kind for n in answer.notes] == ["not_stated"]
    assert ask(one_document("old", REPEALING), "引荐奖励多少？")[0].amounts[0].value == 30_000


SPENDING = ("第六条　对新认定的省级专精特新中小企业，给予一次性奖励20万元。\n"
            "第八条　对企业获得的银行贷款，按实际支付利息的50%给予贴息。\n"
            "第十四条　企业向注册地县级工业和信息化主管部门提出申请。\n"
            "第十七条　获得奖励的企业应当将资金用于研发投入、技术改造等方面，不得用于发放职工福利和偿还债务。\n")


def test_what_a_grant_may_be_spent_on_is_answered_by_the_clause_that_says_it():
    answer, hits = ask(one_document("spend", SPENDING), "俺们厂拿了省里的专精特新奖励，这笔钱能不能拿去还银行贷款啊？")
    assert hits[0].clause.clause_id == "spend/第十七条" and answer.found and not answer.amounts
    both, hits = ask(one_document("spend", SPENDING), "省级专精特新奖多少？这笔钱能不能拿去还贷款？")
    assert hits[0].clause.clause_id == "spend/第六条" and [a.value for a in both.amounts] == [200_000]


COUNTING = ("第五条　对当年设备投资额在500万元以上的技术改造项目，按设备投资额的10%给予补助。"
            "二手设备、自制设备不计入设备投资额。\n"
            "第六条　本措施适用于在本县注册的新能源汽车零部件生产企业。\n")


@pytest.mark.parametrize("question, found", [
    ("技术改造买的二手设备能不能算进设备投资额？", True),  # the clause says what it leaves out: this
    ("技术改造买的工业软件能不能算进设备投资额？", False),  # nor this nor that it counts: not stated
    ("我们做汽车零部件维修的，算不算新能源汽车零部件企业？", True),  # whether the enterprise is of the class
])
def test_whether_a_spending_counts_is_answered_only_by_a_clause_that_names_it(question, found):
    answer, hits = ask(one_document("count", COUNTING), question)
    first = "count/第六条" if "企业" in question else "count/第五条"
    assert answer.found is found and hits[0].clause.clause_id == first


PAYING = ("一、对新认定的市级专精特新中小企业，给予一次性奖励10万元。（责任单位：市工业和信息化局）\n"
          "二、申报程序\n1.企业申报。企业向所在县（区）工业和信息化局提交申报材料。\n"
          "2.资金拨付。认定文件印发后30个工作日内，由市财政局将奖励资金拨付至企业账户。\n"
          "三、本政策由市工业和信息化局负责解释。\n")


def test_who_pays_the_money_out_is_answered_by_the_clause_that_says_so():
    answer, hits = ask(one_document("pay", PAYING), "市级专精特新认定下来以后，那10万奖励是哪个部门打到企业账上？")
    assert hits[0].clause.clause_id == "pay/二.2" and "由市财政局将奖励资金拨付至企业账户" in answer.answer
    managed, hits = ask(one_document("pay", PAYING), "市级专精特新奖励归哪个部门管？")
    assert hits[0].clause.clause_id == "pay/一"  # (who is in charge, not who pays)
    index, _ = one_document("pay", PAYING)
    assert not analyse(index, "专精特新奖励有不明白的打谁电话啊").payer  # (a call, not a payment)
    assert not analyse(index, "评上市级专精特新了，该找哪个部门兑现奖励").payer  # (whom the asker goes to)


RANKED = ("（一）对新认定的省级、市级企业技术中心，分别给予一次性奖励50万元、20万元。\n"
          "（二）对首次进入国内知名整车企业一级供应商名录的，给予一次性奖励50万元；首次进入二级供应商名录的，"
          "给予一次性奖励20万元。\n")


def test_an_item_of_another_rank_is_not_named_by_the_rank_asked():
    # (级供应商名录, the end of 一级供应商名录's name, is said in the question after 二)
    answer, _ = ask(one_document("rank", RANKED), "新认定省级企业技术中心奖多少？首次进整车厂二级供应商名录又奖多少？")
    assert [a.value for a in answer.amounts] == [500_000, 200_000] and "一级" not in answer.answer


STACKED = ("一、1.对首次认定为国家高新技术企业的，给予一次性奖励30万元。\n"
           "2.对研发机构由低级别晋升为高级别的，按级差给予补足奖励。\n"
           "二、同一企业同一事项符合本措施及区内其他政策的，按“就高、不重复”原则给予支持。\n")


def test_stacking_with_another_policy_is_answered_by_the_rule_on_other_policies():
    # (not 按级差给予补足奖励, a rule on a level risen; 奖30万 is told in a part that asks nothing: no sum asked)
    query_text = "首次认定国家高新技术企业，这个措施奖30万，另一个文件也对高新技术企业有奖励，两边能都拿吗？"
    answer, hits = ask(one_document("stack", STACKED), query_text)
    assert hits[0].clause.clause_id == "stack/二" and not answer.amounts


PAID_LATER = ("第八条　对技术改造项目，按设备投资额的10%给予补助，最高不超过500万元。\n"
              "第十五条　（五）省财政厅在资金分配方案确定后15个工作日内下达资金，市县财政部门在收到资金后10个工作日内"
              "拨付到企业。\n"
              "第十六条　项目设备转让、闲置的，由所在地财政部门收回已拨付资金。\n")


def test_who_pays_out_is_read_where_the_unit_is_the_subject_and_no_sum_is_asked():
    # (not 由所在地财政部门收回已拨付资金: a recovery of what was paid)
    answer, hits = ask(one_document("later", PAID_LATER), "技术改造补助批下来以后，哪个部门把资金拨付到企业？")
    assert hits[0].clause.clause_id == "later/第十五条" and answer.found and not answer.amounts


def test_the_weight_of_a_duty_is_what_one_sentence_says_with_a_unit():
    from retrieval.search.retrieve import _duty_weight

    weights = {"人才": 1.0, "类别": 2.0, "认定": 2.0, "资金": 1.0, "拨付": 3.0}
    terms = list(weights)
    duties = Clause(clause_id="d/第四条", doc_id="d", number="第四条", path=("第四条",), text=(
        "第四条　市委人才办负责统筹协调；市人力资源和社会保障局负责人才类别认定；市财政局负责补贴资金拨付。"),
                     departments=("市委人才办", "市人力资源和社会保障局"))  # (as its closing article names them)
    assert _duty_weight(duties, terms, weights) == 5.0  # (人才 + 类别 + 认定, said with 市人社局: the most of one part)
    # a sentence that names no unit says no duty (人才分为A类、B类…按最高类别认定)
    classes = Clause(clause_id="d/第二条", doc_id="d", number="第二条", path=("第二条",),
                     text="第二条　人才分为A类、B类两类，同时符合两个类别条件的，按最高类别认定。")
    assert _duty_weight(classes, terms, weights) == 0.0
    # a table row is one sentence: its cells of what is done and of who does it go together
    row = Clause(clause_id="d/二.第3行", doc_id="d", number="第3行", path=("二、", "第3行"),
                 text="环节：3；办理内容：资金拨付；责任单位：镇财政所；时限：20个工作日", departments=("镇财政所",))
    assert _duty_weight(row, terms, weights) == 4.0


def test_the_new_classes_of_question_are_not_read_into_ordinary_ones():
    index, _ = one_document("old", REPEALING)
    assert analyse(index, "2019年以前评上的小巨人，按现在的政策还能拿奖励吗？").repealed == ()  # (no document named)
    assert analyse(index, "老板说2019年拿过奖励，新办法还能再拿吗").repealed == ()
    assert not analyse(index, "去年缴纳企业所得税800万，小巨人奖能拿多少？").taxed  # (tax paid, not a grant's tax)
    assert not analyse(index, "是不是所有企业都可以申请？").stacking
    assert analyse(index, "研发人员工资算不算企业研发投入？").counted  # (a spending, not the enterprise's class)
    assert analyse(index, "创新药研发政策支持哪些方向，灵芝类药品算不算？").counted == ""  # (of a class: no figure)
    assert analyse(index, "设备投资额包不包括工业软件？").counted == "工业软件"
    assert analyse(index, "去年拿了市级技改补助50万，今年评上国家级小巨人了，能奖多少？").risen == ()  # (other items)
    assert not analyse(index, "专利能拿来申报吗？").use


MATCHING = ("1.对获得国家级科技计划项目立项支持的，按上级实际到位资助资金的20%给予配套，单个项目最高不超过100万元。\n"
            "2.对新引进、签订3年以上劳动合同的全日制博士研究生、硕士研究生，分别按每人每月3000元、1500元给予生活补贴。\n")


@pytest.mark.parametrize("question, amounts", [
    ("两个国家级科技计划项目，上级实际到位资金一个是300万，一个是700万，配套一共能拿多少？", [1_600_000]),  # 60万+100万
    ("今年新引进了2个全日制博士、3个全日制硕士，生活补贴一个月总共能拿多少？", [10_500]),  # 3000×2 + 1500×3
])
def test_several_of_one_kind_each_with_its_figure_are_added(question, amounts):
    answer, _ = ask(one_document("matching", MATCHING), question)
    assert [a.value for a in answer.amounts] == amounts


def test_a_grant_and_its_add_on_held_lead_with_their_total():
    # (a table row's 备注 names the add-on: the items are answered one by one, then their total, which leads)
    doc = ("二、奖励标准\n|类别|级别|奖励金额|备注|\n|---|---|---|---|\n"
           "|小升规企业|—|10万元|当年新建投产即入统的，另加奖3万元|\n")
    answer, _ = ask(one_document("addon", doc), "我们当年新建投产即入统，同时还是小升规企业，奖励能拿多少？")
    assert [a.value for a in answer.amounts] == [130_000, 30_000, 100_000] and "合计13万元" in answer.answer
    each, _ = ask(one_document("addon", doc), "当年新建投产即入统的，同时还是小升规企业，分别奖多少？")
    assert [a.value for a in each.amounts] == [30_000, 100_000]  # each asked: no total leads


def test_a_table_row_is_one_record_its_cell_naming_the_item_met_by_a_how_much_question():
    from retrieval.documents.tables import is_row_text

    # (a cell may hold a ； of its own: 一次性奖励80万元；已获省级奖励的补足差额)
    assert is_row_text("类别：专精特新企业；级别：国家级专精特新“小巨人”企业；"
                       "奖励标准：一次性奖励80万元；已获省级奖励的补足差额")
    assert not is_row_text("对新认定的企业，奖励10万元；对复核通过的，奖励5万元。")
    doc = ("二、奖励标准\n|类别|级别|奖励标准|\n|---|---|---|\n"
           "|专精特新企业|国家级专精特新“小巨人”企业|一次性奖励80万元；已获省级奖励的补足差额|\n"
           "|专精特新企业|省级专精特新中小企业|一次性奖励15万元|\n")
    risen = "2023年评上省级专精特新，当时拿过15万奖励；2025年又新认定为国家级专精特新小巨人，还能拿多少？"
    answer, hits = ask(one_document("rows", doc), risen)
    assert hits[0].clause.text.startswith("类别：专精特新企业；级别：国家级")
    assert [a.value for a in answer.amounts] == [650_000]


def test_a_rise_is_answered_by_the_grant_of_the_level_risen_to_not_a_row_naming_it_as_received():
    doc = ("二、奖励标准\n|类别|级别|奖励金额|备注|\n|---|---|---|---|\n"
           "|专精特新“小巨人”企业|国家级|100万元|已获省级、市级奖励的补足差额|\n"
           "|专精特新中小企业|省级|20万元|已获市级奖励的补足差额|\n"
           "|专精特新中小企业|市级|5万元|已获县级奖励的补足差额|\n")
    answer, hits = ask(one_document("rise", doc), "前年评上市级专精特新拿了5万，2025年升成省级了，市里还补多少？")
    assert "级别：省级" in hits[0].clause.text and [a.value for a in answer.amounts] == [150_000]
    # the level risen to of another item (产业园区) is not the enterprise's rise
    from retrieval.search.retrieve import _grants_the_rise

    index, _ = one_document("rise2", doc.replace("|专精特新中小企业|省级|20万元|", "|专精特新产业园区|省级|50万元|"))
    hits = [Hit(c, 1.0, 1.0, 1.0, True) for c in index.clauses]
    assert not any(_grants_the_rise(c, ("省级", "市级"), hits) for c in index.clauses)
    index, _ = one_document("rise3", doc)
    hits = [Hit(c, 1.0, 1.0, 1.0, True) for c in index.clauses]
    rising = [c for c in index.clauses if _grants_the_rise(c, ("省级", "市级"), hits)]
    assert [c.text.split("；")[1] for c in rising] == ["级别：省级"]


def test_an_add_on_whose_condition_is_not_named_is_no_sum_of_the_levels_asked():
    doc = ("第八条对新认定的国家级工业设计中心，给予一次性奖励200万元；"
           "对新认定的省级工业设计中心，给予一次性奖励30万元。国家级工业设计中心在国家评价中结果为优秀的，再给予50万元奖励。\n")
    library = one_document("addon8", doc)
    answer, _ = ask(library, "国家级工业设计中心跟省级的，分别奖励多少钱")
    assert [a.value for a in answer.amounts] == [2_000_000, 300_000]
    more, _ = ask(library, "国家级工业设计中心国家评价优秀的，再奖励多少？")  # its condition named: the add-on
    assert 500_000 in [a.value for a in more.amounts]


RAISED = ("9.对当年竣工、生产性设备投资额（不含税）800万元以上的技术改造项目，按设备投资额的6%给予补助；"
          "列入省重点技术改造项目的，按8%给予补助。单个项目最高不超过300万元。\n")


@pytest.mark.parametrize("question, amounts", [
    # what the asker denies of itself (没评上省重点…) chooses no rule and names no level; the sum told without
    # the tax the base leaves out is the one measured
    ("技术改造项目年底竣工，设备发票含税2825万，不含税是2500万，没评上省重点技术改造项目，能补多少钱", [1_500_000]),
    ("技术改造项目年底竣工，设备投资额2500万，列入了省重点技术改造项目，能补多少钱", [2_000_000]),
    # 是不是 / 属不属于 ask whether: nothing is denied (the raised rate still applies when named)
    ("技术改造项目年底竣工，设备投资额2500万，是不是列入省重点技术改造项目的能按8%补？", [2_000_000]),
    # a figure told with no word of tax is no sum told without it: 2825万 含税 is the only equipment sum
    ("技术改造项目年底竣工，含税设备投资额2825万，厂房土建2000万，能补多少钱", [1_695_000]),
])
def test_a_case_the_asker_denies_of_itself_is_not_its_rule(question, amounts):
    answer, _ = ask(one_document("raised", RAISED), question)
    assert [a.value for a in answer.amounts] == amounts


def test_a_rent_told_of_premises_is_no_way_of_an_equipment_grant():
    doc = "一、对企业购买研发设备的，按设备购置额的10%给予补助，单个企业最高不超过100万元。\n"
    answer, _ = ask(one_document("equipment", doc), "我们租了厂房，新购买了研发设备1000万，设备补多少？")
    assert answer.found and [a.value for a in answer.amounts] == [1_000_000]


def test_a_rise_is_topped_up_only_from_the_same_honour():
    doc = ("第六条　对新认定的省级专精特新中小企业，奖励30万元；对新认定的国家级制造业单项冠军企业，奖励200万元。"
           "企业逐级晋升的，按差额给予补足。\n")
    answer, _ = ask(one_document("rise2", doc), "去年评上省级专精特新，今年又评上国家级单项冠军了，还能拿多少？")
    assert "补足差额" not in answer.answer and 1_700_000 not in [a.value for a in answer.amounts]


def test_a_list_entry_reads_the_lead_of_every_list_it_is_in():
    from retrieval.answer.compose import _lead

    clauses = [Clause("d/二", "d", "二、", ("二、",), "二、对在上海、深圳证券交易所上市的企业，分阶段给予奖励："),
               Clause("d/二.（二）", "d", "二、（二）", ("二、", "（二）"), "（二）成功上市的："),
               Clause("d/二.（二）.1", "d", "二、（二）1.", ("二、", "（二）", "1."), "1.在主板上市的，奖励300万元。")]
    assert _lead(clauses[2], clauses) == "（二）成功上市的： 二、对在上海、深圳证券交易所上市的企业，分阶段给予奖励："
    assert _lead(clauses[0], clauses) == ""


LISTING = """云溪镇促进企业发展若干措施
一、对在沪深北证券交易所首发上市的企业，给予一次性奖励50万元。（责任单位：镇财政所）
二、对新认定的省级专精特新企业，给予一次性奖励20万元。（责任单位：镇经发办）
三、本措施由镇经济发展服务中心负责解释。
"""


def test_a_piece_of_a_kind_s_name_is_met_by_a_clause_naming_that_kind():
    listing = one_document("listing", LISTING)
    # 上交所 / 深交所, cut by the segmenter into 深交 + 所: the clause's 沪深北证券交易所 names that kind (at home)
    answer, hits = ask(listing, "我们公司上个月在深交所敲钟上市了，镇里奖励多少？")
    assert answer.found and hits[0].clause.number == "一、" and [a.value for a in answer.amounts] == [500_000]
    # a whole name of the other kind (香港) is not met by it
    refused, _ = ask(listing, "企业去香港联交所上市，镇里奖励多少？")
    assert not refused.found


def test_a_word_cut_into_the_name_of_a_unit_is_no_term_of_the_question():
    index, _ = one_document("listing", LISTING)
    terms = index.keywords.question_terms("这块业务归省工信厅哪个处管")
    assert "归省" not in terms and "业务" in terms


CONTACTS = """云溪省制造业专项资金申报指南
一、支持方向
（一）智能制造标杆。对新认定的省级数字化车间，给予一次性奖励50万元。
（二）绿色制造。对新认定的省级绿色工厂，给予一次性奖励30万元。
（三）专精特新企业培育。对新认定的省级专精特新企业，给予一次性奖励20万元。
二、联系方式
（一）智能制造、绿色制造：省工业和信息化厅智能制造处，联系人：梁若溪，电话：0871-66321532。
（二）专精特新：省工业和信息化厅中小企业处，联系人：韩东阳，电话：0871-66321547。
"""


def test_a_contact_line_labelled_by_sections_is_about_what_they_are_about():
    index, embedder = one_document("contacts", CONTACTS)
    sections = _contact_sections(index)
    ids = index.clauses.ids
    text = {c.clause_id: c.text for c in index.clauses}
    assert {ids[n]: found for n, found in sections.items()} == {
        "contacts/二.（一）": text["contacts/一.（一）"] + "\n" + text["contacts/一.（二）"],
        "contacts/二.（二）": text["contacts/一.（三）"]}
    # 数字化车间 is said only in the section the label names: a question for its phone number is met by the line
    query = analyse(index, "省级数字化车间奖励的咨询电话是多少？")
    line = ids.index("contacts/二.（一）")
    assert query.reach and coverage(index, list(query.terms), line, aspects=query.aspects, labelled=sections) == 1.0
    assert coverage(index, list(query.terms), line, aspects=query.aspects) < 0.5  # 数字化, 车间 unmet
    # a how-much question that also asks which office: the grant, and the units of the line labelled by its section
    library = (index, embedder)
    for question in ("新认定的省级绿色工厂奖励多少？归省工信厅哪个处管？",
                     "省级专精特新企业奖励多少？找省工信厅哪个处对接？"):
        answer, _ = ask(library, question)
        assert [a.value for a in answer.amounts] == [300_000 if "绿色" in question else 200_000]
        assert ("责任单位：省工业和信息化厅智能制造处。" if "绿色" in question
                else "责任单位：省工业和信息化厅中小企业处。") in answer.answer.splitlines()
    answer, _ = ask(library, "新认定的省级绿色工厂奖励多少？")  # (not asked: none)
    assert "责任单位" not in answer.answer


@pytest.mark.parametrize("question", ["从申请到钱批下来，中间要走哪几步？", "交上来以后后面还有啥环节？",
                                      "白沙镇的企业奖励怎么个申请法？"])
def test_steps_asked_by_their_count_or_name_ask_for_the_procedure(toy, question):
    index, _ = toy
    assert "procedure" in analyse(index, question).aspects


@pytest.mark.parametrize("question", ["进一步支持专精特新企业奖励多少？", "产业链关键环节的企业奖多少？",
                                      "设备要过几道工序才算技术改造？", "技术改造补助怎么个补法？"])
def test_a_step_or_a_way_said_of_something_else_asks_no_procedure(toy, question):
    index, _ = toy
    assert "procedure" not in analyse(index, question).aspects


CONTACT_FOR_ALL = """云溪县促进工业发展若干措施
一、对新认定的省级瞪羚企业，给予一次性奖励30万元。
二、对企业技术改造项目，按设备投资额的10%给予补助。
三、联系方式
县经信局企业科，联系人：王工，电话：0571-86213457。
"""


def test_a_document_s_own_contacts_are_the_contacts_of_all_its_measures():
    index, embedder = one_document("all", CONTACT_FOR_ALL)
    contacts = _document_contacts(index)
    ids = index.clauses.ids
    text = {c.clause_id: c.text for c in index.clauses}
    assert {ids[n]: found for n, found in contacts.items()} == {"all/三": text["all/一"] + "\n" + text["all/二"]}
    query = analyse(index, "瞪羚企业奖励的事打哪个电话？")
    line = ids.index("all/三")
    assert query.reach and coverage(index, list(query.terms), line, aspects=query.aspects, labelled=contacts) == 1.0
    assert coverage(index, list(query.terms), line, aspects=query.aspects) < 0.5  # 瞪羚, 奖励 unmet
    # as retrieve reads it for a question for a phone number (not for how much)
    assert [h.coverage for h in retrieve(index, embedder, query, k=5) if h.clause.clause_id == "all/三"] == [1.0]
    priced = analyse(index, "瞪羚企业奖励多少？电话多少？")
    assert [h.coverage for h in retrieve(index, embedder, priced, k=5) if h.clause.clause_id == "all/三"] != [1.0]


RUNS = """云溪县促进工业发展若干措施
一、对当年竣工的企业扩产项目，按投资额的10%给予补助。
二、附则
同一企业每年享受本措施资金合计不超过100万元。本措施自2024年4月1日起施行，有效期3年。
"""


def test_whether_the_measure_still_runs_is_answered_by_its_closing_clause_with_no_sum():
    runs = one_document("runs", RUNS)
    question = "我们的扩产项目明年竣工，到时候这个措施还在有效期内吗？还在施行吗？"
    answer, hits = ask(runs, question)
    # the clause that times the whole document covers what its measures are about (扩产, 项目, 竣工)
    assert answer.found and hits[0].clause.clause_id == "runs/二"
    assert answer.amounts == [] and "本措施自2024年4月1日起施行，有效期3年" in answer.answer
    assert "100万元" not in answer.answer


def test_a_document_named_by_its_level_says_whose_measures_not_an_honour_s_level(toy):
    index, _ = toy
    query = analyse(index, "这个省级申报指南的有效期到什么时候？")
    assert query.issuer_levels == ("province",) and query.levels == ()
    programme = analyse(index, "人才入选的是省级计划，奖多少？")  # a programme of a level is no document
    assert programme.levels == ("省级",)


@pytest.mark.parametrize("question, act", [("瞪羚企业奖励哪天截止？错过了还能补交吗？", "补交"),
                                           ("在平台上报瞪羚企业奖励，几号截止？", "上报")])
def test_acts_of_handing_in_are_the_event_a_deadline_asks_of_not_its_topic(toy, question, act):
    index, _ = toy
    query = analyse(index, question)
    assert query.time_of == ("application",) and act not in query.terms


def test_what_the_review_found_the_rules_must_leave_alone():
    index, _ = one_document("listing", LISTING)
    # 超市 is no piece cut into a unit's name (区市场监管局 is further on)
    assert "超市" in index.keywords.question_terms("开超市需要到区市场监管局办什么手续")
    # 上交所 and 网上报名 hold no act of handing in (上交所 is spelled out as the market documents name)
    assert {"上海", "证券", "交易所"} <= set(analyse(index, "企业在上交所上市，奖励什么时候兑现？").terms)
    assert analyse(index, "网上报名几号截止？").terms == ("网上",)
    # a certificate's validity is not the document's own
    runs, _ = one_document("runs", RUNS + "三、高新技术企业证书有效期3年，自2024年1月1日起计算。\n")
    assert {runs.clauses.ids[n] for n in _document_validity(runs)} == {"runs/二"}


SCOPED_TAX = ("某镇工业企业奖励办法\n一、适用对象\n本办法适用于在本镇登记注册、依法纳税的工业企业。\n二、奖励标准\n"
             "（一）纳税贡献奖。年纳税额500万元以上的，奖励5万元；1000万元以上的，奖励10万元；2000万元以上的，奖励20万元。"
             "同一企业按所达最高档次奖励一次。\n"
             "（二）纳税增长奖。年纳税额在200万元以上、且较上年增长20%以上的企业，另奖励2万元。\n")
TAX_ROWS = ("某镇企业奖励申报通知\n一、纳税贡献奖\n（一）镇级财政贡献150万元以上不足400万元的，奖励8万元；\n"
            "（二）镇级财政贡献400万元以上不足800万元的，奖励15万元；\n（三）镇级财政贡献800万元以上的，奖励25万元。\n")


def test_whether_every_tier_named_is_paid_asks_of_the_sums_not_the_conditions():
    toy = one_document("tax", SCOPED_TAX)
    question = "去年交税2300万，纳税贡献奖是不是500万、1000万、2000万几档都能拿？"
    assert "conditions" not in analyse(toy[0], question).aspects
    assert "conditions" in analyse(toy[0], "去年交税2300万，纳税贡献奖能拿吗？").aspects
    _, hits = ask(toy, question)
    assert hits[0].clause.clause_id == "tax/二.（一）"


def test_a_row_whose_upper_bound_is_unwritten_ends_where_the_next_row_begins():
    toy = one_document("rows", TAX_ROWS)
    rows = [r for c in toy[0].clauses for r in c.incentives]
    assert [(r.low, r.high) for r in rows] == [(1.5e6, 4e6), (4e6, 8e6), (8e6, None)]
    _, hits = ask(toy, "镇级财政贡献刚好400万整，算8万那档还是15万那档？")
    assert hits[0].clause.clause_id == "rows/一.（二）"


CHAMPIONS_ROWS = ("某市专精特新和单项冠军奖励通知\n二、奖励标准\n"
                  "|类别|级别|奖励标准|\n|专精特新企业|省级专精特新中小企业|一次性奖励15万元|\n"
                  "|专精特新企业|国家级专精特新“小巨人”企业|一次性奖励50万元|\n"
                  "|制造业单项冠军|国家级单项冠军产品|每个产品一次性奖励100万元，同一企业多个产品累计不超过200万元|\n"
                  "|小升规企业|首次入统|一次性奖励10万元|\n"
                  "（1）同一企业同一年度在专精特新系列称号中按最高标准奖励一次，不重复享受。\n")


def test_a_rule_on_one_kind_governs_that_kind_and_a_count_stops_at_its_limit():
    index, _ = one_document("kinds", CHAMPIONS_ROWS)
    groups = {r.item: r.exclusive_group for c in index.clauses for r in c.incentives}
    # 在专精特新系列称号中: the 专精特新 row alone, not the champion's nor 小升规's
    assert groups == {"省级专精特新中小企业": "kinds/二.（1）", "国家级专精特新“小巨人”企业": "kinds/二.（1）",
                      "国家级单项冠军产品": "", "小升规企业": ""}
    [product] = [r for c in index.clauses for r in c.incentives if r.per == "每个产品"]
    assert (product.cap, product.limit) == (1_000_000, 2_000_000)  # 累计不超过200万元: a limit, not a condition
    hits = [Hit(c, 1.0, 1.0, 1.0, True) for c in index.clauses if c.incentives]
    query = analyse(index, "我们三个产品评上了国家级单项冠军产品，同一年还认定了省级专精特新中小企业，一共能奖多少？")
    answer = compose(query, hits, index.documents, index.keywords, clauses=index.clauses)
    assert [a.value for a in answer.amounts] == [2_150_000, 2_000_000, 150_000]
    assert "100万元×3（每个产品），不超过200万元" in answer.answer


def test_a_total_asked_adds_an_add_on_only_when_its_own_condition_is_said():
    index, _ = one_document("upsize", "某镇奖励办法\n（三）小升规奖励。对当年首次纳入规模以上工业统计的小微企业"
                                      "（即小升规企业），给予一次性奖励8万元；升规后次年仍保留在规上企业库的，再奖励2万元。\n")
    hits = [Hit(c, 1.0, 1.0, 1.0, True) for c in index.clauses if c.incentives]

    def amounts(question):
        answer = compose(analyse(index, question), hits, index.documents, index.keywords, clauses=index.clauses)
        return [a.value for a in answer.amounts]

    assert amounts("俺们厂今年头一回纳入规上统计，小升规奖励一共能拿多少？")[0] == 80_000  # the first year: no add-on
    assert amounts("前年首次纳入规上统计，升规后次年仍保留在规上企业库，一共能拿多少？")[0] == 100_000


def test_measures_named_in_a_list_are_asked_one_by_one_with_the_figures_told():
    from retrieval.search.query import listed_measures

    told = "去年在镇里纳税2300万，比前年涨了25%，"
    assert listed_measures(told + "纳税贡献奖和纳税增长奖分别能拿多少？") == [
        told + "纳税贡献奖能拿多少？", told + "纳税增长奖能拿多少？"]
    # the words before the first name (镇里) stand before each; 这两项加起来 is the whole's question, not a part's
    assert listed_measures("镇里小升规奖励和技改投入奖这两项加起来一共能拿多少？") == [
        "镇里小升规奖励一共能拿多少？", "镇里技改投入奖一共能拿多少？"]
    assert listed_measures("设备补助和贴息只能二选一，选哪个拿得多？") == []  # no total nor each asked


def test_what_the_review_found_the_amount_rules_must_leave_alone():
    from retrieval.answer.compose import _item_names
    from retrieval.documents.amounts import extract_incentives
    from retrieval.search.query import listed_measures

    # a unit's total (每个品牌累计) is no ceiling of the enterprise's grants
    assert not any(r.ceiling for r in extract_incentives("每个品牌奖励5万元，每个品牌累计不超过15万元。", "x"))
    # a rule on repeating one award, or on another level's, pays nothing once among the section's grants
    for rule in ("（四）获得上述奖励的企业，3年内同一奖项不重复奖励。",
                 "（四）已获得省、市同类奖励的，区级不重复补助。",
                 "（四）规模以上工业企业同时符合本条多项条件的，按就高原则，不重复奖励。"):
        index, _ = one_document("once", "某区奖励办法\n二、奖励标准\n（一）质量奖。获评区长质量奖的企业，奖励20万元。\n"
                                        "（二）品牌奖。获评驰名商标的企业，奖励30万元。\n" + rule)
        groups = {r.exclusive_group for c in index.clauses for r in c.incentives if r.cap}
        assert len(groups) == 1 and (groups == {""} or "就高" in rule)
    assert "企业" not in _item_names("首次纳入统计的工业企业（以下简称企业）")  # a generic short name names nothing
    assert listed_measures("奖和" * 300 + "奖。") == []  # (a hostile list is read once, not in every way)


PARTS = """青川县支持新能源汽车零部件产业发展若干措施
一、对新认定的省级企业技术中心，给予一次性奖励50万元。（责任单位：县工信局）
二、对首次进入整车企业一级供应商名录的，给予一次性奖励50万元。（责任单位：县工信局）
"""
TOWN = """白石镇促进企业发展奖励办法
一、企业在沪深证券交易所首发上市的，给予一次性奖励50万元。
二、对新认定的高新技术企业，给予一次性奖励5万元。
三、对新纳入规模以上工业统计的企业，给予一次性奖励3万元。
四、对新列入市级上市后备企业的，给予一次性奖励10万元。
"""


def test_the_place_and_trade_of_a_title_are_whose_measures_not_what_a_clause_holds():
    files = {"parts.txt": PARTS, "town.txt": TOWN}
    corpus = build_corpus(files, {"documents": [{"id": name[:-4], "file": name} for name in files]})
    index = build_index(corpus, ConceptEmbeddings())
    assert index.documents["parts"].industry == "新能源汽车零部件"
    query = analyse(index, "青川县对新能源零部件企业上市有没有奖励？")  # 上市: in no clause of its document
    first = index.clauses.ids.index("parts/一")
    shares = [coverage(index, list(query.terms), first, False, own_share=own) for own in (False, True)]
    assert shares[1] < MIN_COVERAGE <= shares[0]  # its place and trade, named in the title alone, answer nothing
    # (asked how much, 上市 is another item's: granted for by 白石镇, named by no clause of this document)
    assert query.money and coverage(index, list(query.terms), first, True) == 0
    answer, hits = ask((index, ConceptEmbeddings()), "青川县对新能源零部件企业上市有没有奖励？")
    assert not answer.found and not any(h.relevant for h in hits)
    query = analyse(index, "青川县新能源零部件企业首次进入一级供应商名录奖多少？")  # what a clause holds
    second = index.clauses.ids.index("parts/二")
    assert coverage(index, list(query.terms), second, query.money, own_share=True) >= MIN_COVERAGE


def test_a_question_for_a_phone_number_alone_is_answered_only_by_a_clause_that_gives_one():
    text = STEPS + "本细则所列奖励事项由县经信局负责受理。咨询电话：8521 6630。\n"  # a local number, no area code
    index, _ = one_document("steps", text)
    units, phone = (next(c for c in index.clauses if marker in c.text) for marker in ("（责任单位", "咨询电话"))
    query = analyse(index, "县经信局的联系电话是多少")
    assert query.reach and not query.who
    assert [judge(c, 1.0, 1.0, query) for c in (units, phone)] == [False, True]  # the unit named gives no number
    asked_who = analyse(index, "奖励找县经信局哪个科室，电话多少")  # the unit in charge answers who
    assert judge(units, 1.0, 1.0, asked_who)


def test_a_hedge_and_a_question_asked_by_is_or_is_not_are_no_topic():
    from retrieval.lexicon.tokenizer import content_terms

    # (有点, read by the segmenter as a noun no document uses, would weigh the most and refuse the question)
    assert content_terms("区里是不是有点奖励？") == ["奖励"]
    # (有没有 stays a term: unmet by every clause, it keeps a clause holding half of 有没有贴息？比例多少？ from
    # answering it — dev c-034, 省级绿色供应链管理企业有没有奖励, was answered by 绿色工厂's clause without it)
    assert "有没有" in content_terms("有没有补助？")


def test_an_add_on_for_a_class_adds_to_that_class_and_is_no_grant_to_another():
    index, _ = one_document("mu", "某镇奖励办法\n第四条亩均税收奖。对评定为A类的企业，给予奖励8万元；"
                                  "对评定为B类且亩均税收较上年提高10%以上的企业，给予奖励3万元。"
                                  "A类企业中亩均税收位列全镇前三名的，另奖励2万元。\n")
    [clause] = [c for c in index.clauses if c.incentives]
    first, second, extra = clause.incentives
    assert extra.addon and extra.addon_to.item == first.item == "评定为A类的企业"  # (not the B类 grant before it)
    from retrieval.answer.calculator import calculate, read_facts

    assert calculate(extra, read_facts("我们是B类")).steps == ("B类不是本项所列的A类，不能享受此项奖补。",)
    from retrieval.answer.calculator import other_classes
    from retrieval.records import Incentive

    def others(item: str, asked: str) -> list[str]:
        return other_classes(Incentive("X", item), read_facts(asked).grade, asked)

    assert others("A、B类企业", "我们是A类企业") == []  # a list of classes written once
    assert others("非A类企业", "我们是B类企业") == others("A类以外的企业", "我们是B类企业") == []  # (set apart)
    assert others("新引进的B类人才", "我们是A类企业，引进了一名B类人才") == []  # a class of another kind
    assert others("评定为A类的企业", "我们是B类企业") == ["A"]
    hits = [Hit(clause, 1.0, 1.0, 1.0, True)]
    query = analyse(index, "我们是B类，亩均税收比上年涨了12%，排全镇第三，能拿多少？")
    answer = compose(query, hits, index.documents, index.keywords, clauses=index.clauses)
    assert [a.value for a in answer.amounts] == [30_000]  # the A类 enterprises' 2万 is not the B类 asker's
    query = analyse(index, "我们是A类，排全镇第三，一共能拿多少？")
    answer = compose(query, hits, index.documents, index.keywords, clauses=index.clauses)
    assert 100_000 in [a.value for a in answer.amounts]


def test_the_words_naming_a_document_are_no_topic_a_clause_of_it_holds():
    from retrieval.search.query import DOCUMENT_NAMED, names_title
    from retrieval.search.retrieve import coverage_floor

    corpus = build_corpus(
        {"prov.txt": "澄江省优质中小企业梯度培育奖励办法\n第九条对新认定的省级工业设计中心，给予一次性奖励20万元。\n"
                     "第十条本办法自2024年1月1日起施行。\n",
         "city.txt": "云溪市数字化转型措施\n一、对新认定的省级数字化车间，给予一次性奖励30万元。\n"},
        {"documents": [{"id": "prov", "file": "prov.txt"}, {"id": "city", "file": "city.txt"}]})
    index = build_index(corpus, ConceptEmbeddings())
    question = "澄江省梯度培育奖励办法里，省级数字化车间奖多少？"
    [named] = DOCUMENT_NAMED.finditer(question)
    assert named.group() == "澄江省梯度培育奖励办法" and named.group("kind") == "办法"
    query = analyse(index, question)
    design = index.clauses.ids.index("prov/第九条")
    args = (index, list(query.terms), design, False, query.aspects)
    share = coverage(*args)
    # the title's 梯度, 培育 say which document is asked, not that its 工业设计中心 clause is about 数字化车间
    assert coverage(*args, own_share=True, naming=("澄江省梯度培育奖励",)) < coverage_floor(query) <= share
    # (asked how much, 数字化车间 is another item's: granted for by 云溪市, named by no clause of this document)
    assert query.money and coverage(index, list(query.terms), design, True, query.aspects) == 0
    # words that do not name this title, or that ask (a name asks nothing), name no document of it
    assert coverage(*args, own_share=True, naming=("云溪市数字化转型",)) == share
    assert coverage(*args, own_share=True) == share  # (no document named: the title's words count)
    assert not names_title("澄江省梯度培育奖励有什么", "澄江省优质中小企业梯度培育奖励办法")
    # a question of no sum about the document itself: the clause speaking of it (本办法自…起施行) is about what names it
    query = analyse(index, "澄江省梯度培育奖励办法从啥时候开始执行？")
    args = (index, list(query.terms), index.clauses.ids.index("prov/第十条"), query.money, query.aspects)
    assert coverage(*args, own_share=True, naming=("澄江省梯度培育奖励",)) == coverage(*args) > 0
    answer, _ = ask((index, ConceptEmbeddings()), question)  # not 工业设计中心's 20万 as the 数字化车间's
    assert not answer.found and answer.amounts == [] and "澄江省的文件中没有找到相关规定" in answer.answer


RD_ADDON = """云溪县研发投入奖励通知
三、奖励标准
（一）按企业研发费用较上年增长部分的10%给予奖励，单个企业最高不超过100万元。
（二）研发费用首次超过1000万元的企业，另给予一次性奖励20万元。
"""
TAX_ADDON = """白石镇企业奖励办法
二、纳税奖励
（一）纳税贡献奖。年纳税额500万元以上的，奖励5万元；1000万元以上的，奖励10万元。
（二）纳税增长奖。年纳税额在200万元以上、且较上年增长20%以上的企业，另奖励2万元。
"""


def test_an_add_on_with_the_figures_of_its_grant_is_asked_whole_unless_asked_by_its_own_title():
    def amounts(doc: str, clause_id: str, question: str) -> list[float]:
        index, _ = one_document("d", doc)
        clause = index.clauses[index.clauses.ids.index(clause_id)]
        answer = compose(analyse(index, question), [Hit(clause, 1.0, 1.0, 1.0, True)], index.documents,
                         index.keywords, clauses=index.clauses)
        return [a.value for a in answer.amounts]

    # the figures the grant is measured by are told (700万 -> 1080万): 38万 + the add-on's 20万, the whole asked
    told = "2022年研发费用七百万，2023年一千零八十万，之前研发从没上过千万，研发投入奖励能拿多少？"
    assert amounts(RD_ADDON, "d/三.（二）", told) == [580_000]
    # the add-on asked by its own title (纳税增长奖): its own 2万, the whole said beside it
    assert amounts(TAX_ADDON, "d/二.（二）", "去年纳税1500万，比前年涨了25%，纳税增长奖能拿多少？") == [20_000]


def test_a_sum_stays_within_what_is_left_of_the_yearly_ceiling_after_what_was_received_this_year():
    index, _ = one_document("d", RD_ADDON + "（三）同一企业本年度享受县级科技类奖励资金合计不超过150万元。\n")
    addon = index.clauses[index.clauses.ids.index("d/三.（二）")]

    def answered(question: str):
        return compose(analyse(index, question), [Hit(addon, 1.0, 1.0, 1.0, True)], index.documents, index.keywords,
                       clauses=index.clauses)

    told = "2022年研发费用500万，2023年1200万，第一次过千万。{}，研发投入奖励还能拿多少？"
    # 70万 + 20万 = 90万, of which 150万 - 140万 = 10万 is left this year
    answer = answered(told.format("今年县里已经给过我们其他科技类奖励140万了"))
    assert [a.value for a in answer.amounts] == [100_000]
    assert "合计不超过150万元，今年已获140万元，尚余10万元：按此计。" in answer.answer
    # received in another year: the yearly ceiling is not this year's, the whole 90万
    answer = answered(told.format("前年县里给过我们其他科技类奖励140万"))
    assert [a.value for a in answer.amounts] == [900_000]
    answer = answered(told.format("前年县里给过我们其他科技类奖励140万，今年研发又涨了"))  # (今年 said of another fact)
    assert [a.value for a in answer.amounts] == [900_000]


HANDLED = ("某镇企业奖励办法\n一、奖励标准\n（一）对新认定的省级专精特新中小企业，奖励5万元。\n"
           "二、申报材料\n（一）企业奖励申请表；\n（二）营业执照复印件；\n（三）税务部门出具的完税证明。\n"
           "三、附则\n（一）本办法自2024年6月1日起施行，由镇人民政府负责解释。\n"
           "本办法所列奖励事项由镇经济发展服务中心负责受理，镇财政所负责兑付。\n")


def test_who_takes_the_papers_asks_for_a_unit_and_the_units_named_for_every_measure_answer_it():
    from retrieval.search.retrieve import _document_units

    toy = one_document("handled", HANDLED)
    index, _ = toy
    # a part asking which unit names papers as what the unit takes: no question of materials (哪几个单位 asks who)
    assert "materials" not in analyse(index, "申请材料交给哪个单位？奖金谁来发？").aspects
    assert analyse(index, "申报材料是哪几个单位审核？").who
    # a part asking for papers still asks for them, also with the unit (需要向哪个部门提交哪些材料)
    assert "materials" in analyse(index, "要交哪些材料？交给哪个单位？").aspects
    assert "materials" in analyse(index, "需要向哪个部门提交哪些材料？").aspects
    assert "materials" in analyse(index, "是否需要提交，钱多久到账").aspects  # (the parts kept apart)
    assert not analyse(index, "哪些机构可以申请研发补助").who  # (who may apply, not who administers)
    # the closing sentence naming who takes and pays every measure (not who interprets the document) speaks for them
    closing = [index.clauses.ids[n] for n in _document_units(index)]
    assert len(closing) == 1 and "负责受理" in index.clauses[index.clauses.ids.index(closing[0])].text
    _, hits = ask(toy, "专精特新奖励的材料交给哪个单位？")
    assert hits[0].clause.clause_id == closing[0] and hits[0].relevant


SECTION_GRANTS = ("某县工业扶持细则\n三、扶持标准\n（四）支持绿色发展。\n"
         "1.对新认定为国家级、省级绿色工厂的，分别给予50万元、20万元奖励。（责任单位：县工信局、县生态环境分局）\n"
         "2.对通过清洁生产审核评估验收的企业，一次性奖励3万元。（责任单位：县生态环境分局）\n"
         "四、申报程序\n（一）企业申报。符合条件的企业于每年4月1日至4月30日向所在乡镇提交申请材料。\n"
         "（二）资金拨付。公示无异议的，由县财政局将资金拨付至企业账户。\n")


def test_the_grants_of_a_section_are_measures_of_their_own_not_steps_read_together():
    toy = one_document("green", SECTION_GRANTS)
    index, _ = toy
    query = analyse(index, "评上省级绿色工厂了，该找哪个部门兑现奖励啊")
    assert "procedure" in query.aspects  # (兑现: a step asked of)
    items = [index.clauses.ids.index(f"green/三.（四）.{n}") for n in (1, 2)]
    # 清洁生产审核 does not hold 绿色工厂 for its sibling's saying it
    assert coverage(index, list(query.terms), items[1], aspects=query.aspects) \
        < coverage(index, list(query.terms), items[0], aspects=query.aspects)
    _, hits = ask(toy, "评上省级绿色工厂了，该找哪个部门兑现奖励啊")
    assert hits[0].clause.clause_id == "green/三.（四）.1"


APPLIED = ("某区科技创新若干措施\n一、支持科技企业\n（一）对首次认定为国家高新技术企业的，给予一次性奖励30万元。\n"
           "（二）对当年评价入库的科技型中小企业，每家给予2万元奖励。\n二、附则\n"
           "（一）申报单位须于每年4月1日至4月30日，通过“惠企通”平台提交申请，逾期不予受理。\n"
           "（二）本措施自2024年4月1日起施行。\n")


def test_where_the_applicant_hands_in_for_every_measure_answers_where_to_apply_for_them():
    from retrieval.lexicon.patterns import APPLICANT_ACTS
    from retrieval.search.retrieve import _document_application

    # the applicant's act, after the time it is done in (须于每年4月1日至4月30日，通过…提交申请)
    assert APPLICANT_ACTS.search("申报单位须于每年4月1日至4月30日，通过“惠企通”平台提交申请")
    assert not APPLICANT_ACTS.search("企业上年度研发费用占营业收入比例在3%以上的，可申报市级研发机构认定。")  # a bar
    toy = one_document("applied", APPLIED)
    index, _ = toy
    assert [index.clauses.ids[n] for n in _document_application(index)] == ["applied/二.（一）"]
    # it holds what the measures it speaks for are about (科技, 奖励), and answers
    query = analyse(index, "区里这些科技奖励在哪里申请")
    where = index.clauses.ids.index("applied/二.（一）")
    assert coverage(index, list(query.terms), where, aspects=query.aspects) < 0.5  # (科技 from the title)
    assert coverage(index, list(query.terms), where, aspects=query.aspects,
                    labelled=_document_application(index)) == 1.0
    _, hits = ask(toy, "区里这些科技奖励在哪里申请")
    assert next(h for h in hits if h.clause.clause_id == "applied/二.（一）").relevant


IN_PARTS = ("某区企业培育政策清单\n一、企业培育\n"
            "1.对新引进、实缴注册资本1亿元以上的区域性总部企业，给予落户奖励300万元，自落户次年起分3年按4:3:3比例兑现。\n"
            "2.对首次纳入规模以上工业统计的企业，奖励15万元；入统当年主营业务收入达到5000万元以上的，再奖励5万元。"
            "小升规奖励分两次兑现：入统当年兑现60%，次年末仍在库的，兑现其余40%。\n"
            "3.对企业新引进的全职博士研究生，给予安家补助20万元，分4年平均发放；对新引进的全职硕士研究生，"
            "按每人每月1000元给予租房补助，最长24个月。\n")


def test_a_sum_paid_in_parts_answers_the_part_asked():
    from retrieval.documents.amounts import instalment_shares
    from retrieval.search.figures import read_facts

    assert instalment_shares("给予落户奖励300万元，分3年按4:3:3比例兑现。")[0] == (0.4, 0.3, 0.3)
    assert instalment_shares("分两次兑现：入统当年兑现60%，次年末仍在库的，兑现其余40%。")[0] == (0.6, 0.4)
    assert instalment_shares("给予安家补贴20万元，分4年平均发放。")[0] == ()  # equal parts: `instalments` alone
    assert instalment_shares("按投资额的10%补助，分两次拨付。")[0] == ()  # (a rate, no parts' shares)
    # a part asked, not a first time told
    assert read_facts("300万落户奖第一年能拿多少？").parts_asked == ((1, "第一年"),)
    assert read_facts("第一次、第二次各给多少？").parts_asked == ((1, "第一次"), (2, "第二次"))
    assert read_facts("营收第一次超过1亿元，有多少奖励").parts_asked == ()
    assert read_facts("第一次过1000万奖多少").parts_asked == ()
    toy = one_document("parts", IN_PARTS)
    answer, hits = ask(toy, "我们是新引进的区域性总部企业，300万落户奖励第一年能拿多少？")
    assert hits[0].clause.clause_id == "parts/一.1" and [a.value for a in answer.amounts] == [1_200_000]
    answer, _ = ask(toy, "我们首次纳入规上统计了，小升规奖励第一次、第二次各给多少？")
    assert [a.value for a in answer.amounts] == [90_000, 60_000]
    # worked out from the asker's figures first (15万元 + 再奖励5万元), then parted
    answer, _ = ask(toy, "我们首次纳入规上统计，入统当年主营收入5600万，小升规奖励第一次、第二次各给多少？")
    assert [a.value for a in answer.amounts] == [120_000, 80_000]
    answer, _ = ask(toy, "新引进的全职博士安家补助第一年给多少？")
    assert [a.value for a in answer.amounts] == [50_000]
    answer, _ = ask(toy, "新引进的全职博士安家补助给多少？")  # (no part asked: the whole)
    assert [a.value for a in answer.amounts] == [200_000]


def test_a_stated_sum_for_the_item_named_is_not_replaced_by_another_items_rule_worked_out():
    toy = one_document("parts", IN_PARTS)
    # 一个全职博士 is a figure; the rule to compute is the 硕士's per month, the 博士's sum is stated
    answer, _ = ask(toy, "我们新引进了一个全职博士，安家补助给多少钱？")
    assert [a.value for a in answer.amounts] == [200_000] and "测算" not in answer.answer
    answer, _ = ask(toy, "我们新引进了一个全职硕士，租房补助一共给多少钱？")
    assert [a.value for a in answer.amounts] == [24_000]
    # the grant an add-on is paid on top of is no stated sum in its place (15万元 + 再奖励5万元)
    answer, _ = ask(toy, "我们今年头一回进了规上，营收六千二百来万，小升规奖励能拿多少？")
    assert [a.value for a in answer.amounts] == [200_000]


def test_a_sum_told_with_its_tax_at_a_rate_is_taken_without_it_by_a_rule_on_the_sum_without_tax():
    from retrieval.search.figures import read_facts

    facts = read_facts("设备购置花了1.13个亿，这是含13%增值税的价，能补多少？")
    assert facts.base == 113_000_000 and [(v, of) for v, _, of in facts.parts] == [(13_000_000, 113_000_000)]
    assert read_facts("设备含税价1130万，税率13%，能补多少").parts[0][0] == 1_300_000
    assert read_facts("设备投了1130万，能补多少").parts == ()
    toy = one_document("tax", "某省技改资金指南\n一、支持方向\n（一）对设备购置额（不含税）在2000万元以上的项目，"
                              "按设备购置额的8%给予补助，单个项目最高不超过1000万元。\n")
    answer, _ = ask(toy, "我们技改项目设备购置花了1.13个亿，这是含13%增值税的价，技改补助能拿多少？")
    assert [a.value for a in answer.amounts] == [8_000_000] and "1亿元" in answer.answer


def test_a_level_that_designates_is_no_level_asked_and_does_not_choose_the_rule(toy):
    index, _ = toy
    # 省定欠发达县: the province designates the county; 省里 asks what the province pays (an issuer, not a level)
    assert analyse(index, "我们在省定欠发达县，技改项目设备投了800万，省里设备补助能拿多少？").levels == ()
    assert analyse(index, "评上省级专精特新了，市里奖多少").levels == ("省级",)
    toy = one_document("poor", "某省技术改造资金管理办法\n第八条　设备投资补助。省定欠发达县（市）设备投资额"
                               "500万元（含）至1000万元的项目，按6%给予补助，单个项目最高不超过50万元。"
                               "对省级重点产业链链主企业实施的项目，单个项目上限按上表标准的1.2倍执行。\n")
    answer, _ = ask(toy, "我们在省定欠发达县，技改项目设备投了800万，省里设备补助能拿多少？")
    assert [a.value for a in answer.amounts] == [480_000]


def test_a_follow_up_telling_a_figure_again_replaces_the_earlier_one_of_its_kind():
    from retrieval.search.figures import read_facts

    earlier = read_facts("我们今年新招了120个人，营收5亿，纳税3000万，稳岗能奖多少？")
    later = earlier.told_again(read_facts("那要是新招满300个人呢？"))
    assert (earlier.count, later.count) == (120, 300)
    assert later.figures == earlier.figures  # (nothing else told again: kept)
    assert dict((m, v) for m, v, _ in earlier.told_again(read_facts("那营收6亿呢")).figures)["营业收入"] == 6e8
    toy = one_document("jobs", "某市稳岗措施\n一、稳岗扩岗\n（一）对当年新增就业岗位50人至99人、100人至299人、"
                               "300人以上的制造业企业，分别一次性奖励10万元、30万元、60万元。\n")
    history = [("我们是制造业企业，今年新招了120个人，稳岗扩岗奖励能拿多少？", "按（一），一次性奖励30万元。")]
    answer, _ = ask(toy, "那要是今年新招满300个人呢？", history)
    assert [a.value for a in answer.amounts] == [600_000]


PAID_OUT = ("某县研发奖励申报通知\n一、奖励标准\n"
            "（一）对首次认定的国家高新技术企业，一次性奖励15万元。（责任单位：县科技局）\n"
            "二、办理程序\n（一）资金计划。由县科技局会同县财政局联合下达资金计划。\n"
            "（二）资金拨付。公示无异议的，由县财政局在20个工作日内将资金拨付至企业账户。\n")


def test_who_pays_out_is_answered_by_the_clause_that_says_it_for_the_documents_measures():
    from retrieval.lexicon.patterns import PAYER_ASKED, PAYS_OUT

    for asked in ("钱谁发？", "这钱由哪个部门拨下来？", "最后奖金是谁打到我们账上？",
                  "最后是哪一级部门把钱拨到企业账上的？"):
        assert PAYER_ASKED.search(asked), asked
    assert not PAYER_ASKED.search("找哪个部门申报？")
    assert PAYS_OUT.search("由县财政局在20个工作日内将资金拨付至企业账户").group("unit") == "县财政局"
    assert not PAYS_OUT.search("由县科技局会同县财政局联合下达资金计划")  # (a plan passed down, no payment)
    toy = one_document("paid", PAID_OUT)
    answer, _ = ask(toy, "首次认定国家高新技术企业奖励多少？这钱由哪个部门拨下来？")
    assert [a.value for a in answer.amounts] == [150_000]
    assert "资金拨付（二、（二））：" in answer.answer and "县财政局" in answer.answer
    answer, _ = ask(toy, "首次认定国家高新技术企业奖励多少？")  # (who pays not asked: not told)
    assert "资金拨付" not in answer.answer


def test_a_class_risen_from_is_not_the_askers_class_now():
    from retrieval.search.figures import read_facts

    assert read_facts("那我们从C类升到了B类，亩均税收还比上年涨了20%，能拿多少？").grade == "B"
    assert read_facts("去年是B类，今年才头一回评上A类").grade == "A"


RISING = ("某县提质增效奖励办法\n第五条　规模跃升奖励。工业企业年主营业务收入首次达到下列标准的，给予一次性奖励：\n"
          "（一）首次突破1亿元的，奖励10万元；\n（二）首次突破5亿元的，奖励30万元。\n"
          "跨档突破的，按最高档奖励；已获得低档奖励的，补足差额。\n"
          "第六条　亩均效益奖励。评价为A类的企业，奖励8万元。\n")


def test_a_top_up_under_a_heading_over_its_own_items_governs_those_items_only():
    index, _ = one_document("rising", RISING)
    topped = {c.clause_id: any(r.topup for r in c.incentives) for c in index.clauses if c.incentives}
    assert topped == {"rising/第五条.（一）": True, "rising/第五条.（二）": True, "rising/第六条": False}


COUNTED = ("某市技改资金实施细则\n第五条　申报项目应同时符合下列条件：\n（一）项目已备案；\n"
           "（二）项目设备投资额（不含税，下同）在500万元以上。\n第六条　设备投资补助\n"
           "（一）按项目设备投资额的10%给予补助，单个项目最高不超过300万元。\n"
           "（二）设备投资额以项目实际支付的设备购置发票金额为准，二手设备、自制设备及企业与关联方之间交易的设备不计入。\n")


def test_whether_a_spending_counts_is_answered_by_the_clause_that_says_so_of_what_is_named():
    from retrieval.search.retrieve import _says_what_counts

    index, _ = one_document("counted", COUNTED)
    query = analyse(index, "技改买了一批二手机床，还有从关联公司采购的设备，这些能算进设备投资额吗？")
    assert query.counted and not analyse(index, "设备投资额多少能申报？").counted
    says = {c.clause_id for c in index.clauses if _says_what_counts(c, query)}
    assert says == {"counted/第六条.（二）"}  # (not 不含税 of 第五条（二）: tax is not what is asked of)


POINTS = ("某省技术改造资金管理办法\n第十二条　技术改造贷款贴息。"
          "对与银行签订技术改造项目贷款合同、当年放款额不低于2000万元的项目，按1.5个百分点给予贴息；链主企业和省重点技术改造项目的贴息率为2个百分点。实际贷款利率低于贴息率的，"
          "按实际利率贴息。贴息期限不超过2年，单个企业每年贴息额最高不超过500万元。\n")


def test_interest_subsidised_in_points_is_a_rate_of_the_loan_no_higher_than_its_interest():
    index, _ = one_document("points", POINTS)
    rule = next(c for c in index.clauses if c.incentives).incentives[0]
    assert (rule.rate, rule.rate_text, rule.cap, rule.per, rule.years) == (0.015, "1.5个百分点", 5e6, "单个企业每年", 2)
    assert rule.raised == (("链主企业和省重点技术改造项目", 0.02),)
    toy = (index, ConceptEmbeddings())
    answer, _ = ask(toy, "银行放了3000万技术改造贷款，贴息一年能贴多少？")
    assert [a.value for a in answer.amounts] == [450_000]
    # raised for the class named, then no more than the interest paid (实际利率1.8% < 2个百分点)
    answer, _ = ask(toy, "我们列入了省重点技术改造项目，银行放了3000万技术改造贷款，实际利率只有1.8%，"
                         "贴息一年能贴多少？")
    assert [a.value for a in answer.amounts] == [540_000] and "按实际利率贴息" in answer.answer


CEILED = ("某市梯度培育奖励申报通知\n一、奖励标准\n（一）对新认定的国家级专精特新“小巨人”企业，一次性奖励80万元。\n"
          "（二）对新认定的国家级制造业单项冠军产品，每个产品一次性奖励100万元，同一企业多个产品累计不超过200万元。\n"
          "（三）同一企业本年度各项奖励合计不超过250万元。\n"
          "二、技术改造\n（一）同一企业每年享受技术改造补助合计最高不超过50万元。\n")


def test_a_ceiling_of_the_section_holding_all_the_items_summed_limits_their_total():
    toy = one_document("ceiled", CEILED)
    answer, _ = ask(toy, "我们有3个产品新认定为国家级制造业单项冠军产品，同年还新认定了国家级专精特新小巨人，"
                         "一共能奖励多少？")
    assert [a.value for a in answer.amounts][:1] == [2_500_000] and "按250万元计" in answer.answer
    # (not the ceiling of another section: 技术改造补助合计50万元)
    assert "技术改造" not in answer.answer
    # the clause whose limit decided the total leads: the products' own (300万 -> 200万) …
    assert answer.section is not None and answer.section.clause_id == "ceiled/一.（二）"
    assert answer.citations[0].clause == "一、（二）"
    # … else the ceiling (80万 + 200万 -> 250万); and the total comes first though no 一共 is said
    answer, _ = ask(toy, "我们有2个产品新认定为国家级制造业单项冠军产品，同年还新认定了国家级专精特新小巨人，"
                         "最多能拿多少？")
    assert [a.value for a in answer.amounts] == [2_500_000, 2_000_000, 800_000]  # (as the question names them)
    assert answer.section is not None and answer.section.clause_id == "ceiled/一.（三）"


def test_the_zone_spoken_of_by_its_short_name_is_a_government_asked(toy):
    index, _ = toy
    # 经开区 (经济技术开发区), as 高新区 and 开发区: the zone's measures asked of
    assert analyse(index, "经开区的30万奖励该找哪个部门申报？").issuer_levels == ("zone",)
    # (where the asker is, not whose measures: 刚落户青禾经开区的…企业，县里的租金补助)
    assert "zone" not in analyse(index, "我们刚落户青禾经开区的电池热管理企业，县里的租金补助能补多少？").issuer_levels


def test_a_figure_without_a_year_told_on_from_one_with_a_year_is_of_that_year():
    from retrieval.search.figures import read_facts

    facts = read_facts("2023年营收2.5个亿，研发费用1350万，2022年研发才900万，研发投入奖励能拿多少？")
    # (研发才900万: the bare word with an adverb before the sum; 1350万 of 2023, so after 2022's 900万)
    assert [(m, v) for m, v, _ in facts.figures] == [("营业收入", 2.5e8), ("研发费用", 9e6), ("研发费用", 1.35e7)]
    assert facts.figure("研发费用增量") == 4.5e6
    # (a sentence ended: no year carried on)
    assert [v for _, v, _ in read_facts("2023年营收2亿。研发费用1350万，研发费用900万").figures] == [2e8, 1.35e7, 9e6]
    # (研发是380万: the bare word with 是 before the sum; 上年 after 前年)
    facts = read_facts("上年研发费用500万，营收1.2个亿，前年研发是380万，能奖多少？")
    assert facts.figure("研发费用增量") == 1.2e6 and facts.base is None
    # (去年一下子冲到刚过5个亿: the year, the rise and the approximating word before the sum say which figure it is)
    facts = read_facts("前年营收才八千来万，去年一下子冲到刚过5个亿，县里这回给多少？")
    assert [(m, v) for m, v, _ in facts.figures] == [("营业收入", 8e7), ("营业收入", 5e8)] and facts.base is None


def test_review_fixes_of_the_twenty_sixth_session(toy):
    from retrieval.documents.amounts import instalment_shares
    from retrieval.lexicon.patterns import PAID_SPOKEN, PAYER_ASKED
    from retrieval.search.figures import read_facts

    index, _ = toy
    # a first time told is no part asked; a follow-up asks the next part
    assert read_facts("首次上规能拿多少").parts_asked == () and read_facts("首批次材料能补多少").parts_asked == ()
    earlier = read_facts("300万落户奖励第一年能拿多少？")
    assert earlier.told_again(read_facts("那第二年呢")).parts_asked == ((2, "第二年"),)
    # a sum told without tax is no sum with its tax
    assert read_facts("设备投资不含税1130万，税率13%，能补多少").parts == ()
    # shares of a cost are no parts of a payment; parts are of the sums said with them, not a later sentence's
    assert instalment_shares("分3年兑现，省市县按5:3:2比例分担。")[0] == ()
    assert instalment_shares("分2年拨付，其中省级承担60%，市级承担40%。")[0] == ()
    assert instalment_shares("分两次兑现：入统当年兑现60%；次年末仍在库的，兑现其余40%。")[0] == (0.6, 0.4)
    index2, _ = one_document("later", "某区奖励办法\n第一条　对新认定的省级企业技术中心奖励100万元，"
                                      "分两次兑现：当年兑现60%，次年兑现40%。对新认定的国家级企业技术中心奖励200万元。\n")
    shares = {r.cap: r.shares for c in index2.clauses for r in c.incentives}
    assert shares == {1_000_000: (0.6, 0.4), 2_000_000: ()}
    # an honour's level stays asked in a who-question (国家级小巨人归哪个部门管); a designating one does not
    assert analyse(index, "国家级小巨人归哪个部门管").levels == ("国家级",)
    # who issued a document is not who pays out
    for asked in ("这个文件是哪个部门发的", "申报材料发给谁", "哪个部门负责打分"):
        assert not (PAYER_ASKED.search(asked) and PAID_SPOKEN.search(asked)), asked
    # a year carried on only within the sentence of the figure it is carried from
    facts = read_facts("2023年研发1350万，2022年营收2亿。设备投资1000万，研发1500万")
    assert facts.figure("研发费用") == 1.5e7


def test_a_part_of_no_sum_is_the_sum_as_stated(toy):
    from retrieval.answer.compose import _per_year
    from retrieval.records import Amount, Clause, Incentive

    index, _ = toy
    rule = Incentive(clause="1.", item="某项", cap=0.0, cap_text="0元", instalments=2, shares=(0.6, 0.4))
    clause = Clause("x/1", "x", "1.", ("1.某项",), "某项奖励0元，分两次兑现：当年60%，次年40%。", incentives=(rule,))
    zero = Amount(0.0, "0元", "某项", "1.")
    assert _per_year(zero, clause, analyse(index, "第一次能拿多少")) == [zero]


TITLE_TABLE = ("某市梯度培育奖励申报通知\n二、奖励标准\n|类别|级别|奖励金额|\n|制造业单项冠军企业|国家级|150万元|\n"
               "|制造业单项冠军产品|国家级|75万元|\n|专精特新“小巨人”企业|国家级|100万元|\n")


def test_items_summed_from_a_tables_rows_are_told_apart_across_the_rows():
    # 制造业单项冠军企业 does not name the row of 制造业单项冠军产品: the pairs that tell the rows apart are read
    # over every row found, not within each row's clause alone
    toy = one_document("rows", TITLE_TABLE)
    answer, _ = ask(toy, "我们同时被认定为国家级制造业单项冠军企业和国家级专精特新小巨人，两项加起来能拿多少？")
    assert [a.value for a in answer.amounts] == [1_500_000, 1_000_000] and "75万元" not in answer.answer


def test_each_projects_sum_under_its_cap_is_added_up_under_the_clauses_yearly_ceiling():
    toy = one_document("caps", "某县技术改造奖励办法\n第七条 对当年完成设备投资额300万元以上的技术改造项目，"
                               "按设备投资额的8%给予补助。前款补助，单个项目最高不超过200万元，同一企业每年累计不超过300万元。\n")
    answer, _ = ask(toy, "我们去年完成了两个技术改造项目，设备投资一个3000万、一个1500万，技术改造补助一共能拿多少？")
    assert [a.value for a in answer.amounts][:1] == [3_000_000]
    assert "合计320万元。超过同一企业每年不超过300万元的上限，按300万元计。" in answer.answer


GRADED = ("柘溪县促进工业企业提质增效奖励办法\n"
          "　　第六条　亩均效益奖励。依据上一年度全县工业企业亩均效益综合评价结果，按下列标准给予奖励：\n"
          "　　1.评价为A类的企业，奖励八万元；\n　　2.评价为B类且亩均税收较上年增长15%以上的企业，奖励三万元；\n"
          "　　3.评价结果由C类上升为B类的企业，奖励二万元。同时符合第2项的，按就高原则奖励。\n"
          "　　用地面积不足5亩或者评价为D类的企业，不享受本条奖励。(责任单位：县经济和信息化局)\n")


def test_a_class_asked_of_a_lists_item_for_other_classes_is_answered_from_the_list():
    index, _ = one_document("graded", GRADED)
    clauses = {c.clause_id: c for c in index.clauses}

    def asked_of(question: str, order: tuple[str, ...]):  # found in this order, each relevant
        hits = [Hit(clauses[f"graded/{n}"], 1.0, 1.0, 1.0, True) for n in order]
        query = analyse(index, question)
        return query, compose(query, hits, index.documents, index.keywords, clauses=index.clauses)

    # how much, for A类, the first clause found granting C类、B类: the list's item for A类, not a refusal
    found = ("第六条.3", "第六条.2", "第六条.1", "第六条")
    _, answer = asked_of("亩均效益评价结果上升了，我们是A类，能拿多少？", found)
    assert answer.found and [a.value for a in answer.amounts] == [80_000]
    assert answer.citations[0].clause == "第六条1."
    assert answer.section is not None and answer.section.clause_id == "graded/第六条.1"  # (it leads the hits)
    # whether it qualifies: the list's head, whose conditions hold for every class (用地面积不足5亩…不享受)
    query, answer = asked_of("亩均效益评价我们是A类，可厂子用地只有4亩，亩均效益奖能拿吗？", found)
    assert "conditions" in query.aspects and answer.citations[0].clause == "第六条"
    assert "用地面积不足5亩或者评价为D类的企业，不享受本条奖励" in answer.answer


def test_a_rate_of_a_grant_from_above_is_paid_on_the_sum_told_in_place():
    toy = one_document("match", "某区科技创新若干措施\n二、（二）1.对获得国家级、省级科技计划项目立项支持的，"
                                "分别按上级实际到位资助资金的20%、10%给予配套，单个项目最高分别不超过100万元、30万元。\n")
    # 上级实际到位资金250万: the figure of 上级实际到位资助资金 (Facts.matched), not a figure to ask for
    answer, _ = ask(toy, "我们拿到了省级科技计划项目立项，上级实际到位资金250万，区里配套多少？")
    assert [a.value for a in answer.amounts] == [250_000] and "250万元 × 10% = 25万元" in answer.answer


def test_a_level_recalled_with_its_sum_is_not_the_level_asked(toy):
    # 省级…奖20万 is recalled; 那市级的 is asked, and the clause grants 国家级、省级 only: refused, saying so
    answer, _ = ask(toy, "对新认定的省级专精特新企业奖20万，那市级专精特新企业能奖多少？")
    assert not answer.found and "只规定了国家级、省级的奖励" in answer.answer
    assert any(n.kind == "level" and "所问级别（市级）" in n.text for n in answer.notes)
    # (a level asked without a sum recalled: every level it names is asked)
    answer, _ = ask(toy, "省级和国家级专精特新企业分别奖多少？")
    assert answer.found and [a.value for a in answer.amounts] == [200_000, 500_000]


def test_an_honour_the_clause_says_is_paid_nothing_gets_that_sentence_and_no_other_items_sum():
    toy = one_document("deny", "某省梯度培育奖励办法\n第六条 对新认定的省级专精特新企业，给予一次性奖励20万元。"
                               "省级创新型中小企业不给予资金奖励，纳入省级培育库管理。\n")
    answer, _ = ask(toy, "我们去年被评为省级创新型中小企业，能领到奖励吗？")
    assert answer.found and answer.amounts == [] and "20万元" not in answer.answer
    assert "省级创新型中小企业不给予资金奖励" in answer.answer
    # (the item the clause pays is still paid: 省级专精特新 20万, also when the honour paid nothing is told beside it)
    answer, _ = ask(toy, "我们去年被评为省级专精特新企业，能领到奖励吗？")
    assert [a.value for a in answer.amounts] == [200_000]
    answer, _ = ask(toy, "我们前年被认定为省级创新型中小企业，今年被认定为省级专精特新企业了，能拿多少奖励？")
    assert [a.value for a in answer.amounts] == [200_000]


def test_the_top_tier_asked_is_the_highest_bars_sum_whether_its_tiers_are_rows_or_one_sentence():
    rows = one_document("rows", "某镇企业奖励通知\n二、奖励标准\n1.纳税贡献奖。按镇级财政贡献分档奖励：\n"
                                "（1）镇级财政贡献50万元以上不足150万元的，奖励3万元；\n（2）镇级财政贡献150万元以上不足800万元的，奖励8万元；\n"
                                "（3）镇级财政贡献800万元以上的，奖励25万元。\n")
    index, _ = rows
    clauses = {c.clause_id: c for c in index.clauses}
    query = analyse(index, "纳税贡献奖最高一档是多少钱？")  # (the first found a lower tier's row)
    hits = [Hit(clauses[f"rows/二.1.{n}"], 1.0, 1.0, 1.0, True) for n in ("（2）", "（1）", "（3）")]
    answer = compose(query, hits, index.documents, index.keywords, clauses=index.clauses)
    assert [a.value for a in answer.amounts] == [250_000] and answer.section == clauses["rows/二.1.（3）"]
    one = one_document("one", TAX_TIERS)
    answer, _ = ask(one, "纳税贡献奖最高一档奖励多少？")
    assert [a.value for a in answer.amounts] == [200_000]


def test_a_unit_named_with_its_level_says_whose_measures_are_asked(toy):
    index, _ = toy
    # 归市工信局哪个科室管: a unit of the library, named with its level (市工业和信息化局 as written: 市工信局)
    assert analyse(index, "工业设计中心奖励归市工信局哪个科室管？").issuer_levels == ("city",)
    assert analyse(index, "工业设计中心奖励归哪个科室管？").issuer_levels == ()


TIER_AND_HONOURS = ("某镇企业奖励通知\n二、奖励标准\n1、纳税贡献奖。按镇级财政贡献分档奖励：\n"
                    "（1）镇级财政贡献150万元以上不足400万元的，奖励8万元；\n（2）镇级财政贡献400万元以上不足800万元的，奖励15万元。\n"
                    "5、资质提升奖。对新认定的省级专精特新中小企业，奖励4万元；新认定的国家高新技术企业，奖励3万元。\n"
                    "三、其他\n同一事项同时符合本通知两项以上奖励条件的，按就高原则奖励一次，不重复享受。\n")


def test_a_tier_named_by_the_askers_figure_is_one_of_the_items_summed_and_each_clause_is_its_own_matter():
    answer, _ = ask(one_document("town", TIER_AND_HONOURS),
                    "我们镇级财政贡献五百万左右，同一年又新认定了省级专精特新中小企业和国家高新技术企业，一共能奖多少？")
    # 15万 (the tier 五百万左右 falls in) + 4万 (of 4万、3万 in one clause, 同一事项…就高): the total first
    assert [a.value for a in answer.amounts] == [190_000, 150_000, 40_000, 30_000]
    assert "合计19万元" in answer.answer


def test_an_item_paid_by_another_items_standard_once_is_that_sum_and_its_own_sentence_is_quoted():
    toy = one_document("zone", "某高新区惠企政策清单\n1.对新认定的国家级专精特新企业，给予一次性奖励80万元。\n"
                               "4.对新认定的国家级单项冠军企业，按第1项标准的2倍给予奖励；"
                               "对新认定的国家级单项冠军产品，按第1项标准给予奖励。\n")
    answer, _ = ask(toy, "新认定国家级单项冠军产品奖多少？")
    assert [a.value for a in answer.amounts] == [800_000] and "按第1项标准给予奖励" in answer.answer
    assert "2倍" not in answer.answer
    answer, _ = ask(toy, "新认定国家级单项冠军企业奖多少？")
    assert [a.value for a in answer.amounts] == [1_600_000]


def test_a_governments_share_of_a_sum_is_worked_out_from_the_documents_cost_split():
    from retrieval.answer.compose import with_cost_shares

    toy = one_document("split", "某市专精特新奖励通知\n二、奖励标准\n"
                                "（一）对新认定的省级专精特新企业，一次性奖励10万元。\n"
                                "（二）奖励资金由市、县（市、区）财政按6:4比例分担；"
                                "开发区企业由市财政与开发区财政按5:5比例分担。\n")
    index, _ = toy
    question = "新认定的省级专精特新企业奖多少？这笔钱市里和县里各出多少？"
    answer, _ = ask(toy, question)
    shared = with_cost_shares(analyse(index, question), answer, index.documents, index.clauses)
    assert [a.value for a in shared.amounts] == [100_000, 60_000, 40_000]
    assert "县（市、区）财政承担4/10：10万元 × 4/10 = 4万元" in shared.answer
    # the split whose payers the question names: 开发区财政 (5:5)
    question = "新认定的省级专精特新企业奖多少？开发区财政要出多少？"
    answer, _ = ask(toy, question)
    shared = with_cost_shares(analyse(index, question), answer, index.documents, index.clauses)
    assert [a.value for a in shared.amounts] == [100_000, 50_000]
    # (no share asked: the answer as it was)
    answer, _ = ask(toy, "新认定的省级专精特新企业奖多少？")
    assert with_cost_shares(analyse(index, "新认定的省级专精特新企业奖多少？"), answer, index.documents,
                            index.clauses) == answer


def test_a_pages_answer_gives_way_to_the_clause_stating_the_measure_when_that_holds_as_much():
    toy = one_document("qa", "某园区产业扶持办法解读\n三、主要内容\n（一）落户奖励。对新落户的工业项目，固定资产"
                             "投资达到1亿元的，奖励80万元。\n四、热点问答\n问：落户奖励怎么给？\n答：新落户的工业项目固定资产投资"
                             "达到1亿元的，奖励80万元，分两次兑现。\n问：园区政策找谁咨询？\n答：园区招商服务局。\n")
    _, hits = ask(toy, "新落户的工业项目固定资产投资1亿，落户奖励奖多少？")
    assert [h.clause.clause_id for h in hits[:2]] == ["qa/三.（一）", "qa/四.问1"]
    _, hits = ask(toy, "落户奖励分几次兑现？")  # (what only the answer says: it answers)
    assert hits[0].clause.clause_id == "qa/四.问1"


def test_a_cost_split_by_percentages_or_by_grouped_payers_and_one_the_document_states_for_all_its_measures():
    from retrieval.answer.compose import cost_splits, with_cost_shares

    assert cost_splits("按投资额的2%给予奖励，最高10万元，区财政负担40%，镇财政负担60%。") == [
        ("按投资额的2%给予奖励，最高10万元，区财政负担40%，镇财政负担60%", [("区", 0.4, "40%"), ("镇", 0.6, "60%")])]
    # 省级和市、县财政按7:3: two shares, two payers joined by 和 (市、县 together)
    [(_, grouped)] = cost_splits("所需资金由省级和市、县（市、区）财政按7:3分担")
    assert grouped == [("省", 0.7, "7/10"), ("市、县（市、区）", 0.3, "3/10")]
    assert [p for p, _, _ in cost_splits("由县财政和街道财政各承担50%")[0][1]] == ["县", "街道"]
    assert cost_splits("项目总投资中企业自筹承担30%") == []  # (no government's share)
    # a split the document states of all its measures (本办法所需资金…) is the split of each grant's
    toy = one_document("wide", "某市专精特新奖励办法\n一、奖励标准\n"
                               "（一）对新认定的省级专精特新企业，一次性奖励10万元。\n二、保障措施\n（一）本办法所需资金由市财政承担80%，企业所在乡镇（街道）承担20%。\n")
    index, _ = toy
    question = "新认定的省级专精特新企业奖多少？其中镇里出多少？"
    answer, _ = ask(toy, question)
    shared = with_cost_shares(analyse(index, question), answer, index.documents, index.clauses)
    assert [a.value for a in shared.amounts] == [100_000, 20_000]
    assert "乡镇（街道）财政承担20%：10万元 × 20% = 2万元" in shared.answer
    # the sum told (奖励核下来10万) asked to be split (各出多少): the shares alone, the split cited first
    question = "省级专精特新奖励核下来10万，市里和镇里各出多少？"
    query = analyse(index, question)
    assert query.cost
    answer, _ = ask(toy, question)
    shared = with_cost_shares(query, answer, index.documents, index.clauses)
    assert [a.value for a in shared.amounts][:2] == [80_000, 20_000]
    assert shared.citations[0].clause == "二、（一）" and shared.section.clause_id == "wide/二.（一）"
    assert [c.clause for c in shared.citations].count("二、（一）") == 1  # (cited once, first)
    assert not analyse(index, "省级专精特新奖励县里出多少？").cost  # (how much the county grants: no split asked)
    # a sum the answer cannot state (a rate, no figure told for it): the asker's own sum is what is split
    rated = one_document("told", "某市专精特新奖励办法\n一、奖励标准\n（一）对新认定的省级专精特新企业，按上年度研发"
                                 "投入的10%给予奖励。\n二、保障措施\n（一）本办法所需资金由市财政承担80%，企业所在乡镇"
                                 "（街道）承担20%。\n")
    question = "省级专精特新奖励核下来20万，市里和镇里各出多少？"
    answer, _ = ask(rated, question)
    assert answer.amounts == []
    shared = with_cost_shares(analyse(rated[0], question), answer, rated[0].documents, rated[0].clauses)
    assert [a.value for a in shared.amounts] == [160_000, 40_000]
    # (市县 bearing a share together is no share of 市 alone; 企业所在地财政 names no government)
    assert cost_splits("由省财政承担60%，市县财政共同承担40%。")[0][1][1][0] == "市县"
    from retrieval.answer.compose import _payer_named

    assert not _payer_named("市县", "这笔钱市里出多少") and _payer_named("乡镇（街道）", "街道出多少")
    assert cost_splits("所需资金由企业所在地财政承担40%") == []


def test_a_rise_from_one_item_to_another_that_the_clause_tops_up_is_paid_the_difference():
    toy = one_document("rise", "某省技术改造专项资金管理办法\n第九条 对新认定的省级设计中心、省级瞪羚企业，"
                               "分别给予一次性奖励80万元、200万元。由设计中心晋级为瞪羚企业的，补足差额。\n")
    answer, _ = ask(toy, "那要是后来又升级认定成省级瞪羚企业了，还能再给多少？",
                    [("我们去年新认定了省级设计中心，奖多少？", "")])
    assert [a.value for a in answer.amounts] == [1_200_000] and "200万元 − 80万元 = 120万元" in answer.answer
    # (both asked, no rise: each, and their total)
    answer, _ = ask(toy, "省级设计中心和省级瞪羚企业一共奖多少？")
    assert [a.value for a in answer.amounts] == [800_000, 2_000_000] and "合计280万元" in answer.answer


def test_a_tier_named_by_a_figure_no_tier_of_the_list_sets_is_refused_saying_which_it_sets():
    toy = one_document("bars", "某县专精特新企业奖励办法\n三、（三）对年度主营业务收入首次突破1亿元、5亿元、10亿元的"
                               "专精特新企业，分别给予一次性奖励20万元、50万元、100万元。\n")
    answer, _ = ask(toy, "专精特新企业营业收入20个亿那档奖多少？")
    assert not answer.found and "只对1亿元、5亿元、10亿元设了奖励档次，未设20亿元一档" in answer.answer
    # a tier the list sets, or a figure told as crossed, which falls in a tier: answered
    answer, _ = ask(toy, "专精特新企业主营业务收入首次突破5亿元奖多少？")
    assert [a.value for a in answer.amounts] == [500_000]
    answer, _ = ask(toy, "专精特新企业去年主营业务收入头一回过了6个亿，奖多少？")
    assert [a.value for a in answer.amounts] == [500_000]


def test_a_kind_is_met_by_a_clause_granting_a_kind_below_it_and_above():
    import re

    from retrieval.lexicon.patterns import kinds_of_terms

    met = kinds_of_terms("小微企业园评上省级五星了", ["五星"])["五星"]
    assert re.search(met, "小微企业园被评为省级四星级以上的") and re.search(met, "五星级小微企业园")
    below = kinds_of_terms("小微企业园评上省级三星了", ["三星"])["三星"]
    assert not re.search(below, "小微企业园被评为省级四星级以上的")
    assert re.search(kinds_of_terms("引进了一个硕士", ["硕士"])["硕士"], "本科及以上学历的人才")


def test_review_fixes_of_the_thirty_first_session(toy):
    import re

    from retrieval.answer.compose import with_cost_shares
    from retrieval.documents.amounts import extract_incentives
    from retrieval.lexicon.patterns import COST_SPLIT, SHARE_ASKED
    from retrieval.search.figures import paid_on_grant, read_facts

    # a bare multiple (按2倍) parses; 按第1项标准执行 of conditions is no multiple
    assert [r.multiplier for r in extract_incentives("对新认定的国家级工业设计中心，按2倍给予奖励。", "2.")] == [2.0]
    assert not any(r.multiplier for r in extract_incentives("申报条件按第1项标准执行。", "5."))
    # a cost split of another section is not the answered grant's
    index, _ = one_document("far", "某市奖励通知\n一、专精特新\n（一）对新认定的省级专精特新企业，一次性奖励10万元，"
                                   "奖励资金由市财政全额承担。\n二、技术改造\n（一）补助资金由市、县按6:4比例分担。\n")
    question = "新认定的省级专精特新企业奖多少？县里出多少？"
    answer, _ = ask((index, ConceptEmbeddings()), question)
    assert with_cost_shares(analyse(index, question), answer, index.documents, index.clauses) == answer
    assert not SHARE_ASKED.search("研发支出多少才能申请") and SHARE_ASKED.search("县里出多少")
    assert COST_SPLIT.search("奖励资金由市、区两级财政按照1:1分担")
    # a base that is the enterprise's own spending is no grant from above
    assert paid_on_grant("上级实际到位资助资金") and paid_on_grant("省级补助额")
    assert not paid_on_grant("企业年度研发经费支出")
    # 将近5个亿 is below the figure: not read as that year's revenue
    assert read_facts("前年营收才八千来万，去年一下子冲到将近5个亿，县里这回给多少？").figure("营业收入") != 5e8
    # a tier named by its reward is no bar asked
    bars = one_document("bars", "某县专精特新企业奖励办法\n三、（三）对年度营业收入首次突破1亿元、5亿元、10亿元的"
                                "专精特新企业，分别给予一次性奖励20万元、50万元、100万元。\n")
    answer, _ = ask(bars, "专精特新企业奖100万那档，营业收入要求多少？")
    assert answer.found
    # 市场监管局 is no unit of the city
    index = toy[0]
    assert analyse(index, "瞪羚企业奖励归市场监管局哪个科室管？").issuer_levels == ()
    assert re.search(r"\d", "1")


def test_review_fixes_of_the_thirty_first_session_on_items_and_counts():
    # a sibling that names no class does not answer for the class asked
    fourth = "同时符合第2项的，按就高原则奖励。\n　　4.亩均税收排名全县前十的企业，奖励五万元。\n"
    index, _ = one_document("graded", GRADED.replace("同时符合第2项的，按就高原则奖励。\n", fourth))
    clauses = {c.clause_id: c for c in index.clauses}
    hits = [Hit(clauses[f"graded/{n}"], 1.0, 1.0, 1.0, True) for n in ("第六条.3", "第六条.4", "第六条.2")]
    query = analyse(index, "亩均效益评价结果上升了，我们是A类，能拿多少？")
    answer = compose(query, hits, index.documents, index.keywords, clauses=index.clauses)
    assert 50_000 not in [a.value for a in answer.amounts]
    # a rule of another condition that names the honour paid (被撤销称号的，不再享受) is no denial
    toy = one_document("paid", "某省奖励办法\n第六条 对新认定的省级创新型中小企业，给予一次性奖励10万元。"
                               "已获奖励的省级创新型中小企业被撤销称号的，不再享受本条补助并退回奖励资金。\n")
    answer, _ = ask(toy, "我们去年被评为省级创新型中小企业，能领到奖励吗？")
    assert [a.value for a in answer.amounts] == [100_000]
    # a count is not a time span (三年前引进的); two rules of one kind are not counted by kind
    talent = one_document("talent", TALENT_ITEMS)
    answer, _ = ask(talent, "三年前引进的全职博士一个，今年新引进两个全职硕士，人才安家补贴一年一共多少？")
    assert "3000元 × 3人" not in answer.answer
    two = one_document("two", TALENT_ITEMS + "（三）柔性引进的博士研究生，每人每月1000元。\n")
    answer, _ = ask(two, "新引进一个全职博士、两个全职硕士，人才安家补贴一年一共多少？")
    assert 84_000 not in [a.value for a in answer.amounts]
    # a tier passed the year before is no first crossing, summed or not
    town = one_document("town", "某镇奖励通知\n二、奖励标准\n1、规模奖。对年度营业收入首次突破1亿元、5亿元的企业，"
                                "分别奖励10万元、50万元。\n2、资质奖。对新认定的国家高新技术企业，奖励3万元。\n")
    answer, _ = ask(town, "前年营收就6个亿了，去年营收7个亿，去年又新认定了国家高新技术企业，一共能奖多少？")
    assert 500_000 not in [a.value for a in answer.amounts]


def test_the_top_tier_is_that_of_the_list_asked():
    toy = one_document("two", "某县奖励办法\n三、（三）对年度营业收入首次突破1亿元、5亿元、10亿元的企业，"
                              "分别给予一次性奖励20万元、50万元、100万元；对研发费用首次突破1000万元、3000万元的企业，"
                              "分别给予一次性奖励10万元、30万元。\n")
    answer, _ = ask(toy, "研发费用奖励最高一档是多少？")
    assert 1_000_000 not in [a.value for a in answer.amounts]


def test_payers_of_a_cost_split_are_split_at_governments_only():
    from retrieval.answer.compose import _payers
    from retrieval.lexicon.patterns import COST_SPLIT

    def payers(text):
        return _payers(COST_SPLIT.search(text).group("payers"), 2)

    assert payers("奖励资金由市、县（市、区）财政按6:4比例分担") == ["市", "县（市、区）"]
    assert payers("由市财政与高新区财政按5:5比例分担") == ["市", "高新区"]
    assert payers("由市和县两级财政按5:5比例分担") == ["市", "县"]
    assert payers("由市工业和信息化局、市财政局按5:5比例分担") == ["市工业和信息化局", "市财政局"]


def test_a_rate_of_the_investment_is_paid_on_the_investment_told():
    # 按固定资产投资额的3% of 固定资产投资8000万元 (the project's total, which the threshold reads too)
    text = ("某县促进工业经济若干政策\n第七条支持重大项目建设。对固定资产投资5000万元以上且当年竣工投产的新建工业项目，"
            "按固定资产投资额的3%给予奖励，单个项目最高300万元，分两年兑现。\n")
    library = one_document("invest", text)
    answer, _ = ask(library, "新建项目固定资产投资8000万元，当年竣工投产了，能奖励多少？")
    assert [a.value for a in answer.amounts] == [2_400_000] and "8000万元 × 3% = 240万元" in answer.answer
    capped, _ = ask(library, "新建项目固定资产投资1.2亿元，当年竣工投产了，能奖励多少？")
    assert [a.value for a in capped.amounts] == [3_000_000]


TAX_AWARDS = """某镇促进工业经济发展奖励办法
二、奖励标准
（一）纳税贡献奖。以企业上一年度在本镇实际入库税收为依据，年纳税额500万元以上的，奖励5万元；1000万元以上的，奖励10万元；2000万元以上的，奖励20万元。同一企业按所达最高档次奖励一次，不累加。
（二）纳税增长奖。年纳税额在200万元以上、且较上年增长20%以上的企业，另奖励2万元。
"""


@pytest.mark.parametrize(("question", "yuan"), [
    # the tier 1200万 falls in (not 2000万元以上, whose digits 1200万 shares) and the add-on whose bars it meets
    ("上年度在本镇实际入库税收1200万元，比前年增长了25%，纳税方面一共能拿多少奖励？", [120_000]),
    # a growth said in tenths (三成多: 30% and more)
    ("上年度在本镇实际入库税收1200万元，比前年涨了三成多，纳税方面一共能拿多少奖励？", [120_000]),
    # growth under the add-on's bar: the tier alone
    ("上年度在本镇实际入库税收1200万元，比前年增长了10%，纳税方面一共能拿多少奖励？", [100_000]),
])
def test_a_figure_gets_its_tier_and_the_add_on_whose_bars_it_meets(question, yuan):
    answer, _ = ask(one_document("tax", TAX_AWARDS), question)
    assert [a.value for a in answer.amounts] == yuan


def test_a_standing_told_in_passing_asks_no_validity(toy):
    from retrieval.lexicon.patterns import time_asked_of
    from retrieval.search.query import names_a_kind

    # nor any time: whether a grant is paid is what it asks (no intent guessed from 有效期 in its vector)
    told = "我们是一家高新技术企业，证书还在有效期内，打算整体迁过来，有没有奖励？"
    assert "time" not in analyse(toy[0], told).aspects and names_a_kind(told)

    # the asker's certificate still valid, told on the way to another question
    assert time_asked_of("我们是一家高新技术企业，证书还在有效期内，打算整体迁到临澜区，区里有没有奖励？") == ()
    # asked: with a particle, a question mark, or as the last words
    assert time_asked_of("这套措施现在还在有效期内吗") == ("validity",)
    assert time_asked_of("这套措施还有效？我们能申请吗？") == ("validity",)
    assert time_asked_of("这个政策还管用不，能报吗") == ("validity",)


CONTACT_AT_THE_END = """某镇促进企业发展奖励办法
第三条镇财政每年安排企业发展奖励资金，由镇经济发展办公室负责受理和审核，镇财政所负责资金拨付。
第五条对首次纳入规模以上工业企业统计的企业，奖励5万元。
第十六条本办法由镇经济发展办公室负责解释。本办法自2026年1月1日起施行。
联系人：镇经济发展办公室黄晓帆，电话：0748-5562318。
"""


def test_whom_to_call_is_the_contact_line_and_发展_pays_nothing_out():
    from retrieval.lexicon.patterns import PAYER_ASKED

    # 发 of 发展 is no paying out (找谁咨询 asks whom to call, not who pays)
    assert not PAYER_ASKED.search("企业发展奖励找谁咨询")
    assert PAYER_ASKED.search("奖励哪个部门发的") and PAYER_ASKED.search("资金由哪个部门发放")
    answer, hits = ask(one_document("contact", CONTACT_AT_THE_END), "企业发展奖励找谁咨询？电话多少？")
    assert hits[0].clause.clause_id == "contact/第十六条" and "0748-5562318" in answer.answer


def test_of_two_grants_named_alike_the_one_the_figures_told_decide_answers():
    from retrieval.answer.compose import compose, lead_with_section
    from retrieval.records import Hit

    index, _ = one_document("tax", TAX_AWARDS)
    by_id = {c.clause_id: c for c in index.clauses}
    hits = [Hit(by_id[cid], 1.0, 0.9, 1.0, True) for cid in ("tax/二.（二）", "tax/二.（一）")]
    # 纳税奖 names 纳税增长奖 and 纳税贡献奖 alike; the growth is not told, the tax is: 2000万元以上, 20万元
    query = analyse(index, "去年在镇里交了两千三百来万的税，镇上那个纳税奖能给多少？")
    answer = compose(query, hits, index.documents, index.keywords, clauses=index.clauses)
    assert [a.value for a in answer.amounts] == [200_000]
    assert lead_with_section(answer, hits)[0].clause.clause_id == "tax/二.（一）"
    # told the growth, the add-on is decided too: the first found answers
    told = analyse(index, "去年在镇里交了两千三百来万的税，比前年涨了30%，镇上那个纳税增长奖能给多少？")
    first = compose(told, hits, index.documents, index.keywords, clauses=index.clauses).citations[0]
    assert first.clause == "二、（二）"


CITY_RECOGNITION = """2024年度云溪市专精特新中小企业认定及奖励申报指南
二、申报条件
1.在本市注册登记并持续经营2年以上。
2.近2年研发费用总额占营业收入总额的比重不低于3%。
三、奖励标准
1.对新认定的市级专精特新中小企业，给予一次性奖励10万元。
云溪市工业和信息化局
2024年3月1日
"""


def test_conditions_asked_at_another_level_than_the_documents_own_recognition_are_not_its_conditions():
    library = one_document("guide", CITY_RECOGNITION)
    answer, _ = ask(library, "想报省级专精特新中小企业，要满足哪些条件？")
    assert not answer.found and "所列条件是市级认定的条件，未规定省级的" in answer.answer
    assert [n.kind for n in answer.notes] == ["level"]
    for asked in ("申报专精特新中小企业要满足哪些条件？", "申报市级专精特新中小企业要满足哪些条件？"):
        answer, _ = ask(library, asked)
        assert answer.found and "近2年研发费用总额占营业收入总额的比重不低于3%" in answer.answer


def test_a_follow_up_of_another_level_that_asks_for_more_is_given_the_grant_and_its_add_on():
    text = ("某省梯度培育奖励办法\n第八条对新认定的国家级工业设计中心，给予一次性奖励200万元；"
            "对新认定的省级工业设计中心，给予一次性奖励30万元。国家级工业设计中心在国家评价中结果为优秀的，再给予50万元奖励。\n"
            "第九条对新认定的省级专精特新中小企业，给予一次性奖励20万元。\n")
    library = one_document("centre", text)
    asked = "那国家级的呢？要是国家评价结果是优秀，还能再多拿吗？"
    answer, _ = ask(library, asked, [("省级工业设计中心奖励多少？", "")])
    assert [a.value for a in answer.amounts] == [2_000_000, 500_000]
    # of the level asked before (国家评价 names no level asked): the add-on alone, the grant was the answer before
    answer, _ = ask(library, "那要是国家评价结果是优秀，还能再多拿吗？", [("国家级工业设计中心奖励多少？", "")])
    assert [a.value for a in answer.amounts] == [500_000]


def test_a_total_of_months_or_times_asks_no_sum():
    from retrieval.search.figures import total_asked

    assert not total_asked("厂房租金补贴每平米每月补多少、一共补几个月？")
    assert not total_asked("这个奖总共能拿几次？")
    assert total_asked("两项加起来能拿多少？") and total_asked("三年一共多少钱？")


def test_review_fixes_of_the_thirty_second_session():
    from retrieval.answer.compose import _NOT_WORD, _named_at, _payers
    from retrieval.documents.amounts import extract_incentives
    from retrieval.lexicon.patterns import COST_SPLIT, PAYER_ASKED, STILL_COUNTS, time_asked_of
    from retrieval.search.figures import paid_on_investment, read_facts

    # 和 before a government's name joins two payers, wherever its own name ends
    assert _payers(COST_SPLIT.search("由市级财政和县级财政按6:4比例分担").group("payers"), 2) == ["市", "县"]
    joined = COST_SPLIT.search("由高新区管委会和市财政按5:5比例分担").group("payers")
    assert _payers(joined, 2) == ["高新区管委会", "市"]
    # a figure of an item's name is named by its value, however said (5个亿 of 5亿元; not 500万 inside 1500万)
    asked = _NOT_WORD.sub("", "营业收入首次突破5个亿的奖励和省级专精特新中小企业的奖励，两项加起来一共多少？")
    assert _named_at("营业收入首次突破5亿元", [], asked) >= 0 and _named_at("营业收入首次突破1亿元", [], asked) < 0
    assert _named_at("年纳税额500万元以上", [], _NOT_WORD.sub("", "去年年纳税额1500万元，奖多少")) < 0
    # a follow-up naming the level the question before named asks the add-on alone
    text = ("某省梯度培育奖励办法\n第八条对新认定的国家级工业设计中心，给予一次性奖励200万元；"
            "对新认定的省级工业设计中心，给予一次性奖励30万元。国家级工业设计中心在国家评价中结果为优秀的，再给予50万元奖励。\n")
    answer, _ = ask(one_document("centre", text), "那国家级的要是评价优秀，还能再多拿吗？",
                    [("国家级工业设计中心奖励多少？", "")])
    assert [a.value for a in answer.amounts] == [500_000]
    # a level held is no level asked of a recognition; 省级的 names the thing all the same
    guide = one_document("guide", CITY_RECOGNITION)
    assert ask(guide, "我们已经是省级专精特新了，申报需要满足哪些条件？")[0].found
    assert not ask(guide, "想报省级的专精特新中小企业，要满足哪些条件？")[0].found
    # whether a measure is in force, asked with 是否 or 吧
    assert time_asked_of("这个政策是否还在有效期内，我们能申请吗？") == ("validity",)
    assert time_asked_of("这个办法现在还有效吧，我们能报吗") == ("validity",)
    # how much under a measure is no question whether a date still counts
    assert not STILL_COUNTS.search("2023年3月认定的省级工业设计中心，能按这个办法拿多少钱？")
    # 发 of paying out however said; not of 发展
    assert PAYER_ASKED.search("奖励资金是哪个部门发过来的？") and PAYER_ASKED.search("奖金谁发呀")
    assert not PAYER_ASKED.search("企业发展奖励找谁咨询")
    # a part of the investment is not the investment told
    assert paid_on_investment("固定资产投资额") and not paid_on_investment("项目总投资中设备购置投资额")
    # a share cap after another grant, or of a total, is not the per-unit grant's
    mixed = extract_incentives("对租用厂房的，按每平方米每月10元给予租金补贴；"
                               "对购置生产设备的，按设备购置额的10%给予补助。补助额不超过企业实际投入的50%。", "x")
    assert [r.share_cap for r in mixed] == [None, None]
    total = extract_incentives("对租用厂房的，按每平方米每月10元给予租金补贴。"
                               "各项补贴合计不超过实际支付租金的50%。", "x")
    assert [r.share_cap for r in total] == [None]
    assert read_facts("营收比前年涨了一成半").growth == 0.15


def test_what_more_is_asked_of_an_add_on_is_the_add_on_alone():
    from retrieval.answer.compose import compose
    from retrieval.records import Hit

    text = ("云溪县促进制造业发展实施细则\n三、奖励标准\n（一）企业培育\n"
            "1.对新认定的省级专精特新中小企业，奖励20万元。\n2.对首次纳入规模以上工业企业统计的企业，一次性奖励10万元；纳入后连续两年营业收入增长均达到15%以上的，"
            "再奖励5万元。\n")
    index, _ = one_document("grow", text)
    hits = [Hit(c, 1.0, 0.9, 1.0, True) for c in index.clauses if c.clause_id == "grow/三.（一）.2"]
    # 还有没有额外的: the 5万 paid on top (the 10万 was the answer before), its growth bar met (两成多 ≥ 15%)
    query = analyse(index, "要是后面两年营收每年都涨两成多，还有没有额外的？", [("头一回进了规上，奖多少？", "")])
    answer = compose(query, hits, index.documents, index.keywords, clauses=index.clauses)
    assert [a.value for a in answer.amounts] == [50_000]


LEVELLED = ("岱川省促进工业发展若干政策\n第四条支持专精特新发展。"
            "对新认定的国家级专精特新“小巨人”企业给予一次性奖励60万元，对新认定的省级专精特新中小企业给予一次性奖励20万元。\n"
            "第五条支持升规纳统。2.小升规奖励。对首次纳入规模以上工业企业统计的，给予一次性奖励10万元；"
            "当年新投产即纳入统计的，再给予5万元奖励。（责任单位：县经信局）\n"
            "第六条首台（套）产品奖励。\n（一）对经认定的国家首台（套）重大技术装备，按产品单价的20%给予奖励，单个产品最高300万元；\n"
            "（二）对经认定的省首台（套）装备，按产品单价的15%给予奖励，单个产品最高100万元。\n"
            "第七条支持技术改造。按项目设备投资额的10%给予补助，单个项目最高不超过300万元；对列入省重点技改项目的，补助比例"
            "提高到12%，单个项目补助上限不变。\n第八条对新获评的国家级绿色工厂，给予一次性奖励50万元。\n"
            "第九条本政策自2024年1月1日起施行。《某县专精特新发展奖励暂行办法》（某政发〔2019〕7号）同时废止。\n"
            "第十条办公用房补助。总部企业购置自用办公用房的，按每平方米1000元给予一次性补助，最高300万元。"
            "总部企业租赁自用办公用房的，按年租金的50%给予补助，连续补助3年，每年最高100万元。\n"
            "第十一条支持企业上市。对在境内证券交易所首发上市的企业，分阶段给予奖励：完成股份制改造的奖励50万元，"
            "在证监部门辅导备案的奖励100万元，成功上市的奖励350万元。\n"
            "第十二条对企业全职引进的博士、硕士和全日制本科毕业生，分别按每人每月2500元、1200元、600元发放生活补贴。\n"
            "第十三条对新引进的全职博士研究生，给予安家补贴20万元；对新引进的全职硕士研究生，按每人每月1000元给予租房补贴。"
            "（责任部门：人才服务中心）\n"
            "第十四条对新认定的省级智能工厂、省级数字化车间，分别奖励60万元、25万元；对新认定的市级数字化车间，奖励8万元。\n"
            "第十五条对新认定的省级数字化车间、省级智能工厂，分别给予一次性奖励80万元、200万元；"
            "由数字化车间晋级为智能工厂的，补足差额。\n"
            "第十六条对新评选认定为国家级、省级“特色产业集群”的，分别给予最高100万元、50万元一次性奖励；对新评选认定为"
            "省级特色食品产业集群、强县、强镇、基地的，分别给予最高50万元、30万元、20万元、10万元一次性奖励。\n")


def _composed(index, question: str, clause_ids: list[str], history=None):
    """The answer composed from the clauses given, in that order, as the hits found."""
    by_id = {c.clause_id: c for c in index.clauses}
    hits = [Hit(by_id[i], 1.0, 0.9, 1.0, True) for i in clause_ids]
    return compose(analyse(index, question, history), hits, index.documents, index.keywords, clauses=index.clauses)


def test_rules_of_the_thirty_third_session():
    from retrieval.search.figures import read_facts
    from retrieval.service.assistant import _topics_joined

    index, _ = one_document("levelled", LEVELLED)
    # a level spoken of with a policy is whose policy it is (省里的…政策), not the level of an honour
    assert analyse(index, "营业收入首次超过58亿元，按省里的产业链龙头企业培育政策能拿多少？").levels == ()
    assert analyse(index, "入选了省里的科技人才计划，奖多少？").levels == ("省级",)
    # each level asked names its own item: 小巨人 is the national one's, 专精特新 the provincial one's
    answer = _composed(index, "新认定国家级专精特新小巨人和省级专精特新，分别奖多少？", ["levelled/第四条"])
    assert [a.value for a in answer.amounts] == [600_000, 200_000]
    answer = _composed(index, "那省级的呢", ["levelled/第四条"], [("国家级专精特新小巨人奖多少钱？", "")])
    assert [a.value for a in answer.amounts] == [200_000]
    # a grant and the add-on paid on top of it are one item: named by neither, the grant is the answer
    answer = _composed(index, "小升规奖多少钱，是哪个部门负责的？", ["levelled/第五条"])
    assert [a.value for a in answer.amounts] == [100_000]
    # a level asked of an item named at another level: the item of a list beside it at the level asked leads
    answer = _composed(index, "省首台套呢？一个产品最多给多少？", ["levelled/第六条.（一）", "levelled/第六条.（二）"],
                       [("对国家首台套重大技术装备怎么奖励？", "")])
    assert answer.found and answer.citations[0].clause == "第六条（二）" and answer.amounts[0].value == 1_000_000
    # a part naming only what is asked about is read with the question after it
    assert _topics_joined(["省首台套呢？", "一个产品最多给多少？"]) == ["省首台套呢？一个产品最多给多少？"]
    assert _topics_joined(["北交所上市奖多少？", "挂牌呢？"]) == ["北交所上市奖多少？", "挂牌呢？"]
    assert _topics_joined(["引进全职博士有啥补贴？", "A类能奖多少？"]) == ["引进全职博士有啥补贴？", "A类能奖多少？"]
    # when papers are handed in asks a time, not which papers
    assert analyse(index, "研发投入奖励最晚哪天前要交材料？").aspects == ("time",)
    # a tier named by a sum says which row is asked about, not the enterprise's figure
    facts = read_facts("地方财政贡献4000万那一档的奖励找谁")
    assert facts.tiers_named == (("纳税", 40_000_000.0),) and facts.figures == () and not facts
    assert read_facts("500万、1000万两个档都能拿吗").figures == ()
    # spoken counts are written out (俩 is 两个)
    from retrieval.search.query import written_counts
    assert written_counts("新招了俩全日制硕士、仨本科生") == "新招了两个全日制硕士、三个本科生"
    assert written_counts("俩个博士，不是伎俩") == "两个博士，不是伎俩"
    assert "两个全日制硕士" in analyse(index, "新招了俩全日制硕士，生活补贴多少？").text
    # a bar the figure is below is not the figure (营收没到五千万)
    assert read_facts("营收没到五千万，能拿多少？").figures == () and read_facts("营收不足1000万").figures == ()
    assert read_facts("营收超过1000万").figures == (("营业收入", 10_000_000.0, False),)
    assert read_facts("营收也不过800万").figures == (("营业收入", 8_000_000.0, False),)  # (only 800万: the figure)
    assert analyse(index, "然后首台套产品奖励多少？", [("国家级专精特新小巨人奖多少？", "")]).text \
        == "然后首台套产品奖励多少？"  # (然后 opens a question of its own)
    # a rate raised for a case at one level raises nothing for the case at another
    assert not _composed(index, "技改项目如果列入国家重点技改项目，补助比例是多少？", ["levelled/第七条"]).found
    assert _composed(index, "技改项目如果列入省重点技改项目，补助比例是多少？", ["levelled/第七条"]).found
    # an honour asked for as newly recognised is judged as one held: a clause for another honour does not grant it
    assert not _composed(index, "对新认定的国家级绿色供应链管理企业奖励多少？", ["levelled/第八条"]).found
    answer = _composed(index, "对新认定的国家级绿色工厂奖励多少？", ["levelled/第八条"])
    assert [a.value for a in answer.amounts] == [500_000]
    assert analyse(index, "对新认定的国家级绿色工厂奖励多少？").held == ("国家级绿色工厂",)
    assert analyse(index, "对第一次认定的高兴技术企业奖励多少？").held == ()  # a kind, at no level (and a typo)
    assert analyse(index, "省里新认定了一批数字化车间，我们被认定为省级数字化车间，奖多少？").held == (
        "数字化车间", "省级数字化车间")  # a count is no part of an honour's name
    # a follow-up tells items named alike apart by a character only one of them has (租的 / 租赁)
    answer = _composed(index, "如果办公楼是租的呢？怎么补？", ["levelled/第十条"],
                       [("总部企业购置自用办公用房补助标准是什么？", "")])
    assert [a.value for a in answer.amounts] == [1_000_000]
    # (review: an honour of a level asked what policies it has; a place in the history is no level of it; a level
    # asked after a question that named none; 中 of 中型 tells no item apart; papers of some years are papers asked)
    assert analyse(index, "省里的瞪羚企业有什么政策？").levels == ("省级",)
    assert analyse(index, "那省级的呢", [("岱川省国家级专精特新小巨人奖多少钱？", "")]).levels_before == ("国家级",)
    assert not _composed(index, "省级小巨人企业奖多少？", ["levelled/第四条"], [("研发投入奖励怎么申请？", "")]).found
    answer = _composed(index, "我们是家中型企业，能拿多少？", ["levelled/第四条"], [("专精特新企业奖多少？", "")])
    assert [a.value for a in answer.amounts] == [600_000, 200_000]
    assert "materials" in analyse(index, "要交几年的纳税证明？").aspects
    # a follow-up naming one of the items its history named with it asks of that one (no total asked)
    answer = _composed(index, "那最后成功上市了又能拿多少？", ["levelled/第十一条"],
                       [("在证监部门辅导备案了，能奖多少？", "")])
    assert [a.value for a in answer.amounts] == [3_500_000]
    # (but one asking of both, 两个一共, is asked of both; and a rise topped up is the difference)
    answer = _composed(index, "那成功上市了，两个一共多少？", ["levelled/第十一条"],
                       [("在证监部门辅导备案了，能奖多少？", "")])
    assert [a.value for a in answer.amounts] == [1_000_000, 3_500_000]
    answer = _composed(index, "那要是后来又升级认定成省级智能工厂了，还能再给多少？", ["levelled/第十五条"],
                       [("新认定了省级数字化车间，奖多少？", "")])
    assert [a.value for a in answer.amounts] == [1_200_000]
    # the item of an enumeration whose own words are said whole (硕士), not the one sharing a modifier (全日制)
    answer = _composed(index, "企业引进的全日制硕士，生活补贴每月给多少？", ["levelled/第十二条"])
    assert [a.value for a in answer.amounts] == [1200]
    answer = _composed(index, "刚评上个市级数字化车间，能给几个钱？", ["levelled/第十四条"])  # (at the level asked)
    assert [a.value for a in answer.amounts] == [80_000]
    answer = _composed(index, "被认定为国家级特色产业集群奖励多少", ["levelled/第十六条"])  # (集群 is no own word)
    assert [a.value for a in answer.amounts] == [1_000_000]
    # a question that goes on with the story before it (后来…) is a follow-up of it
    from retrieval.search.query import resolve_followup
    assert resolve_followup("后来又升成省级了，还能再补多少？", [("云山县首次被认定为市级专精特新，奖励多少？", "")]) \
        == "云山县首次被认定为专精特新，奖励多少？ 后来又升成省级了，还能再补多少？"  # (its level asked anew)
    # a follow-up's own words name the item said whole, not the history's
    answer = _composed(index, "那本科毕业生呢？", ["levelled/第十二条"], [("企业引进博士，生活补贴每月多少？", "")])
    assert [a.value for a in answer.amounts] == [600]
    # of a table's rows, each its own clause, the one the figure falls in is the row asked about
    from retrieval.search.retrieve import _is_row, _row_of
    town, _ = one_document("town", "某镇促进企业发展奖励办法\n第五条纳税贡献奖。\n"
                           "（一）年度镇级财政贡献100万元（含）至300万元的，奖励5万元。\n"
                           "（二）年度镇级财政贡献300万元（含）至600万元的，奖励12万元。\n"
                           "（三）年度镇级财政贡献600万元（含）以上的，奖励20万元。\n")
    rows = {c.clause_id: c for c in town.clauses}
    query = analyse(town, "镇级财政贡献大概450万元，纳税贡献奖能拿哪一档、多少钱？")
    assert _is_row(rows["town/第五条.（一）"]) and not _is_row(rows["town/第五条"])
    assert [i for i, c in rows.items() if _row_of(c, query)] == ["town/第五条.（二）"]
    # a repealed document named by its title's words and year, with no word of an older version
    assert analyse(index, "19年那个专精特新发展奖励暂行办法，小巨人奖多少？").repealed
    assert not analyse(index, "专精特新奖励政策里，小巨人奖多少？").repealed


TABLE_RAISED = ("云岭省技术改造专项资金管理办法\n"
                "第八条设备投资补助。按设备投资额分档给予补助：\n"
                "| 设备投资额 | 补助比例 | 单个项目上限 |\n|---|---|---|\n"
                "| 1000万元（含）至3000万元 | 6% | 150万元 |\n"
                "| 3000万元（含）至1亿元 | 8% | 600万元 |\n"
                "| 1亿元（含）以上 | 10% | 1500万元 |\n"
                "对省级重点产业链链主企业实施的项目，补助比例在上表基础上提高2个百分点，单个项目上限按上表标准的1.2倍执行。\n"
                "第九条小升规奖励。对首次纳入规模以上工业统计的企业，奖励15万元；入统当年主营业务收入达到5000万元以上的，"
                "再奖励5万元。小升规奖励分两次兑现：入统当年兑现60%，次年末仍在规模以上工业企业库的，兑现其余40%。\n"
                "第十条挂牌奖励。完成股份制改造的奖励50万元；在全国中小企业股份转让系统挂牌的，奖励80万元。\n"
                "第十一条人才引进。对新引进的全职博士研究生，给予安家补贴20万元；对新引进的全职硕士研究生，按每人每月1000元给予"
                "租房补贴。\n"
                "第十二条申报时间。企业应于每年3月31日前（本年度为2026年3月2日至3月31日）向镇经济发展服务中心提交申报材料。\n")


def test_rules_of_the_thirty_fourth_session():
    from retrieval.lexicon.patterns import APPLICANT_ACTS
    from retrieval.search.figures import read_facts
    from retrieval.search.query import question_parts

    index, _ = one_document("raised", TABLE_RAISED)
    rows = ["raised/第八条.第2行", "raised/第八条.第3行", "raised/第八条"]
    # a class's terms on a table of rates (比例提高2个百分点，上限按上表标准的1.2倍): 8000万 × 10% = 800万, cap 720万
    answer = _composed(index, "我们是省级重点产业链链主企业，技改设备投资额8000万元，设备投资补助能拿多少？", rows)
    assert [a.value for a in answer.amounts] == [7_200_000]
    answer = _composed(index, "我们是省级重点产业链链主企业，技改设备投资额4000万元，设备投资补助能拿多少？", rows)
    assert [a.value for a in answer.amounts] == [4_000_000]  # 4000万 × 10%, under 720万
    for question in ("技改设备投资额8000万元，设备投资补助能拿多少？",
                     "我们不是链主企业，技改设备投资额8000万元，能拿多少？"):
        assert [a.value for a in _composed(index, question, rows).amounts] == [6_000_000]
    # a figure below a bar lends its class to the figure told after it (还不到1个亿，去年做到3.5亿)
    assert read_facts("前年主营业务收入还不到1个亿，去年一下子做到3.5亿元，能拿多少？").figures == (
        ("营业收入", 350_000_000.0, False),)
    # 增加到 is the figure risen to, not an increase
    assert read_facts("研发费用从上年的1500万元增加到今年的2300万元，能拿多少？").figures == (
        ("研发费用", 15_000_000.0, False), ("研发费用", 23_000_000.0, False))
    # a bar each unit meets is no sum told (单台都在5万元以上)
    facts = read_facts("设备投资额1800万元（不含税，单台都在5万元以上），补助多少？")
    assert facts.base == 18_000_000 and facts.bases == ()
    # two asks of how much split by a comma are two questions; not before a total
    assert question_parts("境外展会每年最多补多少，境内展会又最多补多少？") == [
        "境外展会每年最多补多少？", "境内展会又最多补多少？"]
    assert question_parts("省级奖多少，国家级奖多少，一共多少？") == ["省级奖多少，国家级奖多少，一共多少？"]
    assert question_parts("高企奖多少，找哪个部门？") == ["高企奖多少，找哪个部门？"]
    # the kind of a sum is the words after 给予 (安家补贴, not 补贴): 博士的安家补贴 is granted
    assert [r.kind for r in next(c for c in index.clauses if c.clause_id == "raised/第十一条").incentives] == [
        "安家补贴", "租房补贴"]
    answer = _composed(index, "申请博士安家补贴，要找哪个部门？", ["raised/第十一条"])
    assert answer.found
    # an everyday word the general dictionary lacks is no typo of a word of the library (线上 is not 县上)
    assert index.keywords.fix_typos("线上填完以后纸质材料交给哪个部门") == "线上填完以后纸质材料交给哪个部门"
    # the applicant acts after a long time it is given (于每年3月31日前（本年度为…）向…提交)
    assert APPLICANT_ACTS.search(next(c for c in index.clauses if c.clause_id == "raised/第十二条").text)
    # an add-on's bar missed: the grant it tops is still paid, and what is paid first is asked (先拿到多少)
    answer = _composed(index, "当年主营业务收入3000万元，小升规奖多少？", ["raised/第九条"])
    assert [a.value for a in answer.amounts] == [150_000]
    answer = _composed(index, "那入统当年能先拿到多少？", ["raised/第九条"],
                       [("首次纳入规上统计，当年主营业务收入3000万元，小升规奖多少？", "")])
    assert [a.value for a in answer.amounts] == [90_000]
    # a market as everyone calls it is the one the document names (新三板), for the item as for the search
    answer = _composed(index, "在新三板挂牌奖多少？", ["raised/第十条"])
    assert [a.value for a in answer.amounts] == [800_000]
    # a level risen to, topped up: the grant at the level before is the table's row of the same honour
    graded = ("云岭市梯度培育奖励申报通知\n二、奖励标准\n| 类别 | 级别 | 奖励标准 |\n|---|---|---|\n"
              "| 专精特新企业 | 国家级专精特新“小巨人”企业 | 一次性奖励80万元；已获省级奖励的补足差额 |\n"
              "| 制造业单项冠军 | 省级单项冠军企业 | 一次性奖励40万元 |\n"
              "| 专精特新企业 | 省级专精特新中小企业 | 一次性奖励15万元 |\n")
    index, _ = one_document("graded", graded)
    answer = _composed(index, "那第二年又被认定为国家级小巨人呢，还能再拿多少？", ["graded/二.专精特新企业"],
                       [("新认定的省级专精特新中小企业奖多少？", "")])
    assert [a.value for a in answer.amounts] == [650_000]
    # 怎么申报 asks the steps; 向哪里提申请 where to apply; the papers of a when-question are handed in, no steps
    levelled, _ = one_document("levelled", LEVELLED)
    query = analyse(levelled, "市里的小升规奖励具体怎么申报？")
    assert query.aspects == ("procedure",) and not query.money
    # (市里的…奖励 of a thing no item is granted at a level: the city's grant, not a level of the thing)
    assert query.levels == () and query.issuer_levels == ("city",)
    assert analyse(levelled, "省里的专精特新奖励多少？").levels == ("省级",)
    assert analyse(levelled, "梯度培育奖励，企业该向哪里提申请？").where_to_apply
    assert analyse(levelled, "研发投入奖励今年最晚什么时候要把材料交上去？").aspects == ("time",)
    # the words naming the document name no item of it: an honour it does not grant is not granted
    answer = _composed(levelled, "岱川省促进工业发展政策对新认定的省级工业设计中心奖励多少？", ["levelled/第十四条"])
    assert not answer.found and "工业设计中心" in answer.answer
    # caps named case by case after one rate: each case its own record at that rate; asked apart, no total
    fairs = ("某县促进工业经济若干政策\n五、开拓市场\n17.对工业企业参加县商务局统一组织的境内外重点展会的，"
             "按展位费的50%给予补助，每家企业每年境内展会补助最高5万元、境外展会补助最高15万元。\n")
    index, _ = one_document("fairs", fairs)
    assert [(r.item, r.rate, r.cap, r.per) for r in index.clauses[-1].incentives] == [
        ("境内展会", 0.5, 50_000, "每家企业每年"), ("境外展会", 0.5, 150_000, "每家企业每年")]
    answer = _composed(index, "境外展会每年最多补多少，境内展会又最多补多少？", [index.clauses[-1].clause_id])
    assert [a.value for a in answer.amounts] == [150_000, 50_000] and "合计" not in answer.answer
    # a part of the sum the rule leaves out (单台（套）价格低于5万元的设备不计入) comes off, and the row its net falls
    # in answers, not the heading's ceiling
    small = ("某县促进工业经济若干政策\n二、技术改造\n5.技术改造补助。对设备投资额（不含税）达到300万元的技术改造项目，"
             "按设备投资额分档给予补助：\n（1）设备投资额300万元（含）至1000万元的，按5%给予补助；\n"
             "（2）设备投资额1000万元（含）至3000万元的，按7%给予补助。\n"
             "同一企业每年享受技术改造补助合计最高不超过250万元。单台（套）价格低于5万元的设备不计入设备投资额。\n")
    index, embedder = one_document("small", small)
    for question, value, row in (
            ("设备一共买了1100万，其中有一批单价几千到三四万块的小设备合计150万，补助多少？", 475_000, "（1）"),
            ("设备投资额2000万元，其中单台价格低于5万元的小设备一共200万元，补助多少？", 1_260_000, "（2）"),
            ("设备投资额1800万元（不含税，单台都在5万元以上），补助多少？", 1_260_000, "（2）")):
        query = analyse(index, question)
        answer = compose(query, retrieve(index, embedder, query, k=5), index.documents, index.keywords,
                         clauses=index.clauses)
        assert [a.value for a in answer.amounts] == [value] and answer.citations[0].clause.endswith(row), question
    # an add-on beside its grant in one clause is paid with it (the add-on's case presupposes the grant's)
    muni = ("某镇奖励办法\n第四条亩均税收奖。对评定为A类的企业，给予奖励8万元；对评定为B类的企业，给予奖励3万元。"
            "A类企业中亩均税收位列全镇前三名的，另奖励2万元。\n")
    index, _ = one_document("muni", muni)
    answer = _composed(index, "我们厂亩均效益评价是A类，亩均税收排全镇第二，亩均税收奖能拿多少？", ["muni/第四条"])
    assert [a.value for a in answer.amounts] == [100_000]
    # a per-unit sum is said with the total it may reach
    index, _ = one_document("levelled", LEVELLED)
    answer = _composed(index, "总部企业购置自用办公用房每平米补多少？", ["levelled/第十条"])
    assert [a.value for a in answer.amounts][:2] == [1000, 3_000_000]
    # a tier's rate and cap asked: the cap first, then the sum worked out
    index, _ = one_document("raised", TABLE_RAISED)
    answer = _composed(index, "设备投资额5000万元，按什么比例补、单个项目最高给多少？", rows)
    assert [a.value for a in answer.amounts] == [6_000_000, 4_000_000]
    # the whole asked and the first part: both (20万 = 15万 + 5万; 60% of it first)
    answer = _composed(index, "首次纳入规上统计，当年主营业务收入5800万元，小升规奖励一共多少？入统当年先能兑现多少？",
                       ["raised/第九条"])
    assert [a.value for a in answer.amounts] == [200_000, 120_000]
    # of a table's rows, the one at the level asked
    index, _ = one_document("graded", graded)
    answer = _composed(index, "新认定的省级专精特新中小企业给多少奖励？",
                       ["graded/二.专精特新企业", "graded/二.制造业单项冠军", "graded/二.专精特新企业~2"])
    assert [a.value for a in answer.amounts] == [150_000]
    # a word the segmenter made of one the library cut otherwise is read by its pairs (新入统 of 新入 / 统奖; 新入规 is
    # said as 上规 is, 纳入规模以上)
    index, _ = one_document("rookie", "某镇奖励通知\n二、奖励标准\n2、新入统奖。对首次纳入规模以上工业统计的企业，"
                                      "一次性奖励6万元。\n")
    assert "新入" in index.keywords.question_terms("新入统奖给多少钱？")
    assert index.keywords.question_terms("新入规奖给多少钱？")[:2] == ["纳入", "规模以上"]
    # (review: what the rules must leave alone)
    from retrieval.documents.amounts import extract_incentives
    from retrieval.lexicon.tokenizer import expand_abbreviations
    assert expand_abbreviations("我们已经上交所有材料了") == "我们已经上交所有材料了"
    assert read_facts("营收2亿，先给我算算能拿多少").parts_asked == ()
    assert read_facts("近三年营收都在5000万以上，能补多少").figures == (("营业收入", 50_000_000.0, False),)
    assert [p[0] for p in read_facts("设备投资1100万，其中二手设备300万、自制设备100万，能补多少").parts] == [
        3_000_000, 1_000_000]
    assert [r.kind for r in extract_incentives("对获评企业给予每家企业奖励10万元", "1")] == ["奖励"]
    assert [r.item for r in extract_incentives("按展位费的50%给予补助，每家企业每年境内展会补助最高5万元、"
                                               "境外国际展会补助最高15万元。", "1")] == ["境内展会", "境外国际展会"]
    assert question_parts("设备补多少，贴息补多少，能同时享受吗？") == ["设备补多少，贴息补多少，能同时享受吗？"]
    # (late review: a unit price in digits, parts told figure first, a unit's bar said without 单台, verbs of paying
    # out, a document named after an item, a kind's qualifier, a unit of caps without its noun)
    assert [p[0] for p in read_facts("设备投资1000万，其中单价3万的设备100万").parts] == [1_000_000]
    assert [p[0] for p in read_facts("设备投资1000万，其中300万是二手设备、200万是自己造的").parts] == [
        3_000_000, 2_000_000]
    assert read_facts("设备投资1000万，设备单价都在5万元以上").base == 10_000_000
    assert read_facts("入统当年先发放多少").parts_asked == ((1, "第一期"),)
    from retrieval.answer.compose import _without_title
    assert _without_title("智能工厂奖励按技术改造和数字化转型专项资金管理办法给多少",
                          "璟山省技术改造和数字化转型专项资金管理办法").startswith("智能工厂奖励按")
    assert [r.kind for r in extract_incentives("给予岗位补贴1000元", "1")] == ["岗位补贴"]
    assert [r.per for r in extract_incentives("按展位费的50%给予补助，每次境内展会补助最高5万元、"
                                              "境外展会补助最高15万元。", "1")] == ["每次", "每次"]
    # a level asked of a rate and cap (省首台套呢？比例和封顶各是多少): the item beside at that level
    first_sets = ["levelled/第六条.（一）", "levelled/第六条.（二）"]
    answer = _composed(levelled, "省首台套呢？比例和封顶各是多少？", first_sets, [("对国家首台套装备怎么奖励？", "")])
    assert answer.found and answer.citations[0].clause == "第六条（二）"
    # a follow-up's own words ask whether grants stack (一块儿拿), not a sum of the figures told before
    query = analyse(levelled, "那银行贷款贴息能一块儿拿不？", [("技改设备投资2000万能补多少？", "")])
    assert query.stacking and not query.money


SIBLINGS = ("云岭县促进工业发展若干政策\n"
            "第一条对新引进的全职博士研究生，按每人每月3000元给予生活补贴。\n"
            "第二条对营业收入首次突破10亿元、50亿元的企业，分别奖励100万元、200万元。\n"
            "第三条上市奖励。对在证券交易所上市的企业分阶段给予奖励：\n"
            "（一）完成辅导备案的，给予100万元；\n"
            "（二）成功上市的，给予400万元。\n"
            "第四条对在全国中小企业股份转让系统挂牌的企业奖励80万元，进入创新层的再奖励20万元。\n"
            "第五条对企业参加县商务局组织的境内外重点展会的，按展位费的50%给予补助。\n"
            "第六条对企业购买技术成果的，按技术交易额的3%给予买方补助，每家企业每年最高不超过50万元。\n"
            "第七条申报程序。企业将纸质材料报送县工业和信息化局。\n")


def test_rules_of_the_thirty_fifth_session():
    from retrieval.lexicon.patterns import APPLICANT_ACTS, MORE_ASKED, bars_in, units_told
    from retrieval.search.figures import read_facts
    from retrieval.search.query import asks_without_topic, resolve_followup

    index, _ = one_document("siblings", SIBLINGS)
    # a follow-up's own kind of a class replaces the one asked before: 硕士 after 博士 is not granted
    answer = _composed(index, "那全职硕士呢？有没有生活补贴？", ["siblings/第一条"],
                       [("引进全职博士，生活补贴每月多少？", "")])
    assert not answer.found and [n.kind for n in answer.notes] == ["level"]
    # a bare sum told again is of the class told before (要是突破50亿呢 after 营业收入首次突破10亿)
    answer = _composed(index, "要是突破50亿呢？", ["siblings/第二条"], [("营业收入首次突破10亿元，奖励多少？", "")])
    assert [a.value for a in answer.amounts] == [2_000_000]
    # a follow-up's own item leads, of a hit of the same document (那成功上市了呢 after 辅导备案)
    answer = _composed(index, "那最后成功上市了呢？", ["siblings/第三条.（一）", "siblings/第三条.（二）"],
                       [("完成辅导备案，奖励多少？", "")])
    assert [a.value for a in answer.amounts] == [4_000_000]
    # 能再多拿吗 asks the add-on alone
    answer = _composed(index, "要是还进了创新层，能再多拿吗？", ["siblings/第四条"], [("在新三板挂牌奖多少？", "")])
    assert [a.value for a in answer.amounts] == [200_000]
    # yes or no of an asker set aside (不是商务局组织的) or of another class (作为卖方): no, with the clause
    answer = _composed(index, "我们自己去德国参展，不是商务局组织的，展位费能申请补助吗？", ["siblings/第五条"])
    assert answer.found and answer.notes[0].text.startswith("该条款的奖补限于商务局组织")
    answer = _composed(index, "我们把技术卖给别家，作为卖方能拿技术交易补助吗？", ["siblings/第六条"])
    assert answer.found and "限于买方" in answer.notes[0].text
    answer = _composed(index, "作为卖方能拿技术交易补助吗？比例多少？", ["siblings/第六条"])
    assert not answer.found  # (a figure asked of what the clause does not grant: not stated)
    # the applicant hands its papers to a unit; a bar set in the unit of a figure told (四十五周岁以下, 不少于20人)
    assert APPLICANT_ACTS.search("企业将纸质材料报送县工业和信息化局。")
    assert _composed(index, "纸质材料交到哪个单位？", ["siblings/第七条"]).found
    assert units_told("刚招来一位48岁的博士，交社保的只有15个人") == ["岁", "人"]
    assert bars_in("申领人年龄应当在四十五周岁以下，博士放宽至五十周岁", ["岁"])
    assert bars_in("参加社会保险的从业人员不少于20人", ["人"]) and not bars_in("奖励20万元", ["人"])
    # a part opened with 其中 and summed after a unit price (单台才3万元，合计40万元) is a part of the sum before
    facts = read_facts("设备一共花了320万元，其中一批小设备单台才3万元，合计40万元，能拿补助吗？")
    assert facts.base == 3_200_000 and [p for p, _, _ in facts.parts] == [400_000]
    # a sum told again with a class of its own keeps it (那技改设备投资5000万呢 is no 营业收入)
    told = read_facts("营业收入首次突破10亿元，奖励多少？ 那技改设备投资5000万能补多少呢？").told_again(
        read_facts("那技改设备投资5000万能补多少呢？"))
    assert told.figures == (("营业收入", 1_000_000_000.0, False),) and told.base == 50_000_000
    # a sum told again as a case (如果明年做到50亿呢) is of the class before too
    asked = "如果明年做到50亿呢？"
    told = read_facts(f"营业收入首次突破10亿元，奖励多少？ {asked}").told_again(read_facts(asked))
    assert told.figures == (("营业收入", 5_000_000_000.0, False),)
    # 再多 asks more only of getting it (再多拿), not of a figure raised (再多招5个人)
    assert MORE_ASKED.search("能再多拿吗") and not MORE_ASKED.search("再多招5个人能拿吗")
    # 怎么审 asks the steps, 怎么评上A类 does not; a place named as granting (云岭县奖励多少), not where the asker is
    assert "procedure" not in analyse(index, "亩均效益怎么评上A类？").aspects
    assert analyse(index, "云岭县奖励多少？").granting_places == ("云岭县",)
    assert analyse(index, "我们在云岭县，纸质材料交到哪个单位？").granting_places == ()
    # 这一项 points back; 比例多少 and 要去哪里申请 name no topic of their own
    assert resolve_followup("这一项找谁咨询？", [("省级工业互联网平台奖多少？", "")]).startswith("省级工业互联网平台")
    assert asks_without_topic("比例多少？") and asks_without_topic("要去哪里申请？")
    assert not asks_without_topic("标准厂房补多少？") and not asks_without_topic("标准化奖多少？")
    # a one-character word of paying inside a word of the topic is the topic's (研发), not of asking (能补, 不能)
    assert not asks_without_topic("研发奖励多少？")
    assert asks_without_topic("能不能补？") and asks_without_topic("能补多久？")
    # 向谁提出申请 asks where to apply, 之后怎么审 the steps
    query = analyse(index, "梯度培育奖励，企业要向谁提出申请，之后怎么审？")
    assert query.where_to_apply and "procedure" in query.aspects


BREACHES = ("石桥县促进工业发展若干政策\n"
            "第一条对首次纳入规模以上工业企业统计的企业，给予一次性奖励5万元。\n"
            "第二条对企业全职引进并入选国家级、省级人才计划的人才，分别给予个人一次性奖励100万元、30万元。\n"
            "第三条对由县里选派到企业开展技术服务的科技特派员，每人每年给予工作经费2万元。\n"
            "第四条对首次认定的国家高新技术企业，奖励10万元。\n"
            "第五条有下列情形之一的企业，不予奖励：\n"
            "（一）有欠税或者欠缴社会保险费的；\n"
            "（二）停产半年以上的。\n"
            "第六条企业提供虚假材料骗取奖补资金的，全额追回已拨付资金，5年内不得享受县级财政奖补政策。\n"
            "第七条适用范围。本政策适用于在石桥县注册登记、具有独立法人资格的企业。\n")


def test_rules_of_the_thirty_sixth_session():
    from retrieval.lexicon.patterns import MORE_ASKED, SIBLING_KINDS, kinds_in
    from retrieval.search.figures import read_facts, total_asked
    from retrieval.search.query import resolve_followup
    from retrieval.search.retrieve import retrieve

    index, embedder = one_document("breaches", BREACHES)
    # 加一起 asks a total; 加在一起封顶 the cap of one
    assert total_asked("这两块奖励加一起能拿多少钱？") and not total_asked("县级科技类奖励加在一起封顶又是多少？")
    # the sums of two levels of one clause, asked added up: the total first
    answer = _composed(index, "一位入选了国家级人才计划，另一位入选了省级人才计划，奖励加起来一共多少？",
                       ["breaches/第二条"])
    assert [a.value for a in answer.amounts] == [1_300_000, 1_000_000, 300_000]
    # a sum each year with no term, for the years told (连续干了两年)
    assert read_facts("已经连续干了两年，这两年一共多少").years == 2
    answer = _composed(index, "派了三个科技特派员，已经连续干了两年，这两年的工作经费一共是多少？", ["breaches/第三条"])
    assert [a.value for a in answer.amounts] == [120_000]
    # the asker's mishap, in a word the library seldom uses, is answered by the clause that bars it
    query = analyse(index, "我们首次认定了国家高新技术企业，可有两个月的社会保险费没补缴，还能拿吗？")
    hits = retrieve(index, embedder, query, k=3)
    assert hits[0].clause.clause_id == "breaches/第五条.（一）"
    # what follows a breach is asked (材料有假会咋处理): the clause that takes the money back, not a sum
    query = analyse(index, "申报的材料有假会咋处理？")
    assert query.breach and not query.money and query.aspects == ()
    assert analyse(index, "要是查出来材料有假，会咋处理？", [("高新技术企业奖多少？", "")]).breach
    assert retrieve(index, embedder, query, k=3)[0].clause.clause_id == "breaches/第六条"
    # a renewal asked of a clause that rewards only the first award (重新认定 after 首次认定): not granted
    answer = _composed(index, "那重新认定通过的，还奖不？", ["breaches/第四条"],
                       [("首次认定的国家高新技术企业奖多少？", "")])
    assert not answer.found and "只规定了首次认定" in answer.answer
    # 还能拿吗 after a mishap asks whether it is still paid, 还能再领一次 asks it again: no add-on asked
    assert not MORE_ASKED.search("还有欠税，还能拿吗？") and not MORE_ASKED.search("这回还能再领一次20万不？")
    assert MORE_ASKED.search("还能再多拿点吗？") and not MORE_ASKED.search("有欠税，还能拿到吗？")
    # one person's grant asked 一共 is no total of the clause's levels; a review step is no renewal of an award
    answer = _composed(index, "我们引进了一位入选人才计划的人才，一共能拿多少？", ["breaches/第二条"])
    assert [a.value for a in answer.amounts][:1] != [1_300_000]
    rounds = next(k for k in SIBLING_KINDS if "重新认定" in "".join(k))
    assert kinds_in("经县里复核通过后，多久拨付", rounds) == [] and analyse(index, "企业要退城入园，有什么补助？").money
    # the asker's own unit is no government asked of
    assert analyse(index, "我是县工信局的，省级专精特新奖励找哪个部门？").issuer_levels == ()
    # whether the asker may apply, answered by the scope: with the grant for the honour it holds, to one who meets it
    answer = _composed(index, "我们是软件公司，今年首次认定为国家高新技术企业，能申请县里的奖励吗？",
                       ["breaches/第七条"])
    assert [a.value for a in answer.amounts] == [100_000] and "符合上述条件的" in answer.answer
    # a bare sum told again after 冲过 in a year asked (那哪年要是头一回冲过10个亿) is of the class told before
    before = read_facts("营收第一次过1个亿，县里奖多少？")
    assert before.told_again(read_facts("那哪年要是头一回冲过10个亿，那一档给多少？")).figures == (
        ("营业收入", 1_000_000_000, False),)
    # a sum named as a grant after it (180万补助) is what a rule on 省级补助额 is paid on, not the investment
    facts = read_facts("省里已经批了180万补助，项目生产设备不含税2500万。县里能拿多少？")
    assert facts.base_named("省级补助额") == 1_800_000
    # a kind only inside another's name is not named (技师 in 高级技师); each kind counted by the count before it
    skills = next(k for k in SIBLING_KINDS if "技师" in k)
    assert kinds_in("高级技师职业资格", skills) == ["高级技师"]
    assert kinds_in("技师、高级技师", skills) == ["高级技师", "技师"]
    # a first part that is a follow-up of its own (省级的呢？) borrows the question before
    completed = resolve_followup("省级的呢？最多能配多少？", [("国家级项目配套多少？", "")])
    assert completed == "项目配套多少？ 省级的呢？最多能配多少？"  # (the level before set aside)


SERVICES = ("长岭镇支持实体经济若干措施\n"
            "1.厂房租金补助。新引进企业租用镇工业园区标准厂房的，每月每平方米补助5元。\n"
            "2.人才购房补贴。对新引进的A、B、C类高层次人才，分别给予100万元、50万元、20万元购房补贴。\n"
            "3.惠企服务。对企业反映的用工、用电等问题实行清单化交办，10个工作日内予以答复。\n")

FUND = ("岭南省制造业专项资金管理办法\n"
        "第五条对设备购置额在1000万元以上的技术改造项目，按设备购置额的10%给予补助。\n"
        "第六条申报条件：\n"
        "（一）项目已依法办理备案手续，申报时已竣工投产。\n"
        "第七条有下列情形之一的，专项资金不予支持：\n"
        "（一）存在欠缴税款或者拖欠职工工资行为的；\n"
        "（二）同一项目已获得中央预算内投资支持的。\n")

TIERS = ("鹤岭县工业稳进若干政策\n一、支持技术改造\n"
         "1.技术改造补助。对当年竣工投产的工业技术改造项目，按设备投资额分档给予补助：\n"
         "（1）设备投资额300万元（含）至1000万元的，按5%给予补助；\n"
         "（2）设备投资额1000万元（含）以上的，按9%给予补助。\n"
         "同一企业每年享受技术改造补助合计最高不超过250万元。\n"
         "2.贷款贴息。对企业银行贷款按贷款市场报价利率（LPR）的50%给予贴息，每家企业每年最高不超过40万元。\n")

PAPERS_LIST = ("长岭镇企业发展奖励办法\n第一条纳税贡献奖励。年度镇级财政贡献100万元以上的，奖励5万元。\n"
               "第二条企业应于每年3月向镇经济发展办公室申报上一年度奖励事项，并提交下列材料：\n"
               "（一）奖励申请表；\n（二）税务部门出具的完税证明。\n")

INLINE_PAPERS = ("青川高新区惠企政策兑现清单\n第一条首台套奖励。对认定为省首台（套）装备的产品，"
                 "按首年销售额的10%给予奖励，最高100万元。\n第二条研发平台奖励。对新认定的省级企业技术中心，奖励40万元。\n"
                 "第三条企业于每年4月30日前登录平台申报上一年度事项，逾期视为放弃。申报时须上传申报表、营业执照、"
                 "上年度财务审计报告以及认定文件、发票等与事项相关的证明材料。\n"
                 "第四条申报企业须按时报送统计报表，近三年未发生重大安全、环保事故，提供的申报材料真实有效。\n"
                 "第五条企业提交申请后，由县（市、区）工信部门初审并出具书面意见。\n")


def test_rules_of_the_thirty_seventh_session():
    from retrieval.search.figures import read_facts, total_asked
    from retrieval.search.query import asks_without_topic, resolve_followup
    from retrieval.search.retrieve import _document_materials, retrieve
    from retrieval.service.assistant import _topics_joined

    index, embedder = one_document("services", SERVICES)
    # words no clause uses, in parts that ask nothing, are the asker's account when the part that asks names a topic
    query = analyse(index, "我们从外省挖来一个研发总监，管委会认定他是C类高层次人才，他在镇上购房能补多少钱？")
    assert "总监" in query.told and "购房" not in query.told
    hits = retrieve(index, embedder, query, k=3)
    assert hits[0].clause.clause_id == "services/2" and hits[0].relevant
    query = analyse(index, "我们厂里招工一直有难处，想请镇里帮忙，镇里对企业反映的用电问题是怎么交办的？")
    assert "招工" in query.told and "帮忙" not in query.told  # (想请…帮忙: what is asked)
    hits = retrieve(index, embedder, query, k=3)
    assert hits[0].clause.clause_id == "services/3" and hits[0].relevant
    # not when the part that asks names nothing but a grant (what the asker tells is the topic), nor a thing no
    # document uses (买房), nor of a part that supposes (要是人第三年离职了)
    assert analyse(index, "我们厂做了个光伏屋顶，能拿补贴吗？").told == ()
    assert analyse(index, "我们挖来一个研发总监，他在镇上买房能补多少钱？").told == ()
    assert analyse(index, "我们是做新能源汽车零部件的，镇里有什么支持措施？").told == ()  # (the trade is the topic)
    assert analyse(index, "人才购房补贴是分5年发的，要是人第三年离职去了外地，剩下的购房补贴还发吗？").told == ()
    # a follow-up naming a thing no document names (那进站的博士后呢) is answered only by a clause holding what it says
    # itself; one naming a level, a kind of answer or things the documents know borrows the question before
    before = [("高层次人才购房补贴给多少？", "")]
    query = analyse(index, "那进站的博士后呢，镇里给不给补贴？", before)
    assert "进站" in query.added and not any(h.relevant for h in retrieve(index, embedder, query, k=3))
    assert analyse(index, "那B类的呢？", before).added == () == analyse(index, "找哪个部门？", before).added
    assert analyse(index, "那租金补助呢？", before).added == ()
    # a spoken level the segmenter reads as the end of another word is none (the 区里 of 工业园区里)
    assert "区里" not in analyse(index, "厂房不在镇工业园区里，租金补助能申请吗？").issuer_words
    assert analyse(index, "我们区里给多少租金补助？").issuer_words == ("区里",)
    # the same thing asked of another government (市里给多少？县里又能给多少？) is a part of its own, asking of the
    # topic before it, of that government alone
    first = "刚被认定为市级专精特新中小企业，市里给多少？"
    assert asks_without_topic("县里又能给多少？")
    assert _topics_joined([first, "县里又能给多少？"]) == [first, "县里又能给多少？"]
    assert _topics_joined([first, "找哪个部门？"]) == [first + "找哪个部门？"]
    said = resolve_followup("县里又能给多少？", [(first, "")])
    assert "专精特新" in said and "县里" in said and "市里" not in said

    # a sum in place after the grant it came from, named in the part before, is the grant a 1∶1 rule matches
    assert read_facts("项目拿到了中央预算内投资，实际到位150万，县里配套多少？").matched == 1_500_000
    assert read_facts("人家的钱实际到位了六千来万，能奖多少？").investment == 60_000_000
    assert read_facts("入选了市级重点项目，实际到位投资1500万，能补多少？").investment == 15_000_000
    assert read_facts("我们是省级专精特新企业，设备款到位了2000万，能补多少？").matched is None
    # a longer word the segmenter cut across its edge (一部分工人工资) is judged by its parts; the case that denies the
    # grant, listed under a lead-in that denies, comes before a condition found first
    index, embedder = one_document("fund", FUND)
    query = analyse(index, "项目都竣工投产了，就是还拖欠着一部分工人工资没发，能报省里的专项资金不？")
    assert "工资" in query.terms
    assert retrieve(index, embedder, query, k=3)[0].clause.clause_id == "fund/第七条.（一）"

    # a tier's sum within the ceiling its lead-in sets on them all
    index, _ = one_document("tiers", TIERS)
    answer = _composed(index, "今年技改项目竣工投产，设备一共投了四千万，县里技改补助能拿多少？", ["tiers/一.1.（2）"])
    assert [a.value for a in answer.amounts] == [2_500_000] and "250万元的上限" in answer.answer
    # sums told as a list (分别贷了1500万和800万), a total asked: the rule once on their sum (though 今年 is said)
    assert read_facts("今年分别贷了1500万和800万，贴息一共多少？").alike_bases
    answer = _composed(index, "今年在两家银行分别贷了1500万和800万，LPR按3.45%算，贴息一共能给多少？", ["tiers/一.2"])
    assert [a.value for a in answer.amounts] == [396_750]
    # a sum received again (又补了50万差额) adds to the one before; 加一块 asks a total
    assert read_facts("过亿时市里给过50万，后来过5个亿又补了50万差额，今年过10个亿，还能补多少？").received == 1_000_000
    assert read_facts("省里给过20万，市里给过10万，县里还能给多少？").received == 100_000
    assert total_asked("两台加一块能拿多少？")
    # parts of one message each with its sum, of one document, a total asked: added up, the total first
    from dataclasses import replace

    from retrieval.answer.compose import COMPUTED, joined_answer
    from retrieval.records import Amount, Answer, Citation

    cited = Citation("tiers", "鹤岭县工业稳进若干政策", "", "current", "一、2.", "", "", [], 1.0)
    parts = [Answer("", "…", True, [cited], [Amount(v, "", f"首台套{COMPUTED}", "一、2.")])
             for v in (2_000_000, 1_000_000)]
    joined = joined_answer(analyse(index, "两台加一块能拿多少？"), parts)
    assert [a.value for a in joined.amounts] == [3_000_000, 2_000_000, 1_000_000] and "合计300万元" in joined.answer
    assert [a.value for a in joined_answer(analyse(index, "两台各能拿多少？"), parts).amounts] == [2_000_000, 1_000_000]
    # (not caps stated, which add up to no sum paid)
    capped = [replace(p, amounts=[Amount(v, "最高200万元", "首台套", "一、2.")])
              for p, v in zip(parts, (2e6, 1e6), strict=True)]
    assert len(joined_answer(analyse(index, "两台加一块能拿多少？"), capped).amounts) == 2

    # the papers its document lists for every application (并提交下列材料：) answer what one measure needs
    index, embedder = one_document("papers", PAPERS_LIST)
    hits = retrieve(index, embedder, analyse(index, "要报镇里的纳税贡献奖励，得准备哪些材料？"), k=3)
    assert {h.clause.clause_id for h in hits} == {"papers/第二条", "papers/第二条.（一）", "papers/第二条.（二）"}
    assert all(h.relevant for h in hits)
    # so does a sentence that lists the papers it says to hand in, without a colon (申报时须上传…等相关证明材料)
    index, embedder = one_document("inline", INLINE_PAPERS)
    hits = retrieve(index, embedder, analyse(index, "首台套要准备哪些材料？"), k=3)
    assert hits[0].clause.clause_id == "inline/第三条" and hits[0].relevant
    # (not a condition that the papers be true, nor a step after the application)
    assert [index.clauses[n].clause_id for n in _document_materials(index)] == ["inline/第三条"]
    # whether the asker is whom a policy is for, or whether something bars it, asks the conditions
    assert "conditions" in analyse(index, "我们做电池托盘的，算不算县里新能源汽车零部件政策的支持对象？").aspects
    assert "conditions" in analyse(index, "前年出过一起事故，今年申报镇里的奖励会不会被卡？").aspects


HELD = ("云溪县制造业发展实施细则\n一、扶持对象\n"
        "（一）在本县登记注册、具有独立法人资格的工业企业和工业设计等生产性服务业企业。\n"
        "（二）个体工商户、分支机构不在本细则扶持范围内。\n二、奖励标准\n"
        "（一）首次认定为省级专精特新中小企业的，给予一次性奖励20万元。\n"
        "（二）对设备购置额在500万元以上的技术改造项目，按设备购置额的8%给予补助。\n")

BARS = ("溪口县促进工业发展若干措施\n一、支持技术改造\n"
        "（一）对设备购置额在500万元以上的技术改造项目，按设备购置额的8%给予补助。\n"
        "二、支持人才引进\n（一）对新引进的全职博士，给予10万元安家奖励。\n"
        "（二）有下列情形的，不予人才奖励：\n1.企业存在拖欠职工工资行为的；\n2.人才未在本县缴纳社会保险的。\n")

ALTERNATIVES = ("鹤溪县技改与数字化若干政策\n"
                "一、技术改造补助。对设备投资额500万元以上的技术改造项目，按设备投资额的10%给予补助。\n"
                "二、数字化改造补助。对软件投资额100万元以上的数字化改造项目，按软件投资额的20%给予补助。\n"
                "三、同一企业同时符合本政策第一条、第二条的，按就高原则给予支持，不重复享受。\n")


def test_rules_of_the_thirty_eighth_session():
    from retrieval.search.retrieve import retrieve

    # whether one who holds an honour may apply is answered with the grant for it, once; not when another of the
    # document's grants is asked (…评上省级专精特新，能申请县里的技术改造补助吗)
    index, _ = one_document("held", HELD)
    answer = _composed(index, "我们是一家工业设计公司，今年第一次评上省级专精特新，能按县里的细则拿奖吗？",
                       ["held/一.（一）", "held/二.（一）"])
    assert [a.value for a in answer.amounts] == [200_000] and "符合上述条件的" in answer.answer
    assert answer.answer.count("二、（一）") == 2 and len({c.clause for c in answer.citations}) == len(answer.citations)
    answer = _composed(index, "我们是一家工业设计公司，今年第一次评上省级专精特新，能申请县里的技术改造补助吗？",
                       ["held/一.（一）", "held/二.（一）"])
    assert answer.amounts == [] and "符合上述条件的" not in answer.answer
    # a case listed under a lead-in that denies one item's grant (不予人才奖励) is not put first for another item
    index, embedder = one_document("bars", BARS)
    asked = "今年技改项目竣工了，设备买了800万，但厂里还拖欠着一部分职工工资，能报县里的技术改造补助吗？"
    assert retrieve(index, embedder, analyse(index, asked), k=3)[0].clause.clause_id == "bars/一.（一）"
    asked = "新引进了一个全职博士，但厂里还拖欠着一部分职工工资，能拿县里的人才安家奖励吗？"
    assert retrieve(index, embedder, analyse(index, asked), k=3)[0].clause.clause_id == "bars/二.（二）.1"

    # a message's parts worked out, a total asked: two items that are alternatives (就高) count once, the highest
    from retrieval.answer.compose import joined_answer

    index, _ = one_document("alternatives", ALTERNATIVES)
    first, second = "设备投资800万的技改项目能补多少？", "软件投资200万的数字化改造能补多少？"
    parts = [_composed(index, first, ["alternatives/一"]), _composed(index, second, ["alternatives/二"])]
    joined = joined_answer(analyse(index, first + second + "加一块能拿多少？"), parts, index.clauses)
    assert [a.value for a in joined.amounts] == [800_000, 800_000, 400_000]
    assert "只取最高一项" in joined.answer and "合计80万元" in joined.answer

    # what the question tells of each of its sums decides each one's case (一个不是省重点；另一个列进了省重点)
    from retrieval.answer.compose import _told_of_each

    asked = "两个技改项目：一个设备投资800万，不是省重点；另一个设备投资3500万，列进了省重点。两个加起来能拿多少？"
    first, second = _told_of_each(asked, [8_000_000, 35_000_000])
    assert "不是省重点" in first and "列进了省重点" not in first and "列进了省重点" in second
    assert first.endswith("两个加起来能拿多少？") and second.endswith("两个加起来能拿多少？")
    assert _told_of_each("一个800万", [1.0, 2.0]) == ["一个800万", "一个800万"]  # (not found in order: whole)
    # (a case told after the last sum of every one: 都列进了省重点; two sums in one part: both told of each)
    asked = "一个设备投资800万，另一个3500万，都列进了省重点技改项目，两个加起来多少？"
    assert all("都列进了省重点" in told for told in _told_of_each(asked, [8_000_000, 35_000_000]))
    asked = "设备投资分别是800万和3500万，第二个是省重点，两个加起来多少？"
    assert _told_of_each(asked, [8_000_000, 35_000_000]) == [asked, asked]


def test_measures_named_with_a_shared_grant_word_and_governments_offered_as_alternatives():
    from retrieval.search.query import listed_measures

    # 小升规加上营收过亿的奖励，一共: each measure asked alone, the words before standing before each
    assert listed_measures("按市里的措施，小升规加上营收过亿的奖励，一共能拿多少？") == [
        "按市里的措施，小升规能拿多少？", "按市里的措施，营收过亿的奖励能拿多少？"]
    assert listed_measures("省级和国家级的奖励一共能拿多少") == []  # (levels of one measure)
    rent = ("青禾县支持零部件产业若干措施\n一、对租用标准厂房的新落户企业，每平方米每月补助5元。"
            "（责任单位：县工业和信息化局、青禾经济开发区管委会）\n")
    index, _ = one_document("rent", rent)
    # 去开发区报还是去县工信局报: the governments offered, asking which, are not whose measures are asked
    query = analyse(index, "租金补助是去开发区管委会报还是去县工信局报？")
    assert query.issuer_levels == () and query.issuer_words == ()
    assert analyse(index, "开发区管委会给多少租金补助？").issuer_levels == ("zone",)
    # 我是县工信局的，…县里收到申请后怎么走: the government the asker works for is its own steps, not whose measures
    assert analyse(index, "我是县工信局的，企业来报省里的奖励，县里收到申请后要怎么走？").issuer_levels == ("province",)
    assert analyse(index, "我是江澜省下面一个县的工信局的，我们县里接下来要怎么弄？").issuer_levels == ()
    assert analyse(index, "企业来报奖励，县里收到申请后要怎么走？").issuer_levels == ("county",)
    assert analyse(index, "我们是省级企业技术中心，省里对技术中心有什么奖励？").issuer_levels == ("province",)


TWO_DOCUMENTS = {"county.txt": ("云山县促进制造业发展实施细则\n云府规〔2024〕3号\n"
                                "一、对新认定的国家级企业技术中心，给予一次性奖励50万元。\n"
                                "二、企业于每年4月向所在乡镇提交申请，县工信局审核后公示5个工作日。\n"),
                 "city.txt": ("澜州市高新区总部经济若干措施\n"
                              "一、对新认定的国家级企业技术中心，给予一次性奖励100万元。\n"
                              "二、企业于每年5月31日前向高新区经济发展局提出申请。\n")}


def test_a_document_named_by_its_title_or_number_answers_alone():
    from retrieval.search.retrieve import in_scope

    corpus = build_corpus(TWO_DOCUMENTS, {"documents": [{"id": "county", "file": "county.txt"},
                                                        {"id": "city", "file": "city.txt"}]})
    index, embedder = build_index(corpus, ConceptEmbeddings()), ConceptEmbeddings()
    query = analyse(index, "按《云山县促进制造业发展实施细则》，国家级企业技术中心奖多少？")
    assert query.documents == ("county",)
    assert in_scope(index.documents["county"], query) and not in_scope(index.documents["city"], query)
    assert retrieve(index, embedder, query, k=4)[0].clause.clause_id == "county/一"
    assert analyse(index, "云府规〔2024〕3号里国家级企业技术中心奖多少？").documents == ("county",)
    assert analyse(index, "国家级企业技术中心奖多少？").documents == ()
    assert analyse(index, "云府规〔2024〕30号里国家级企业技术中心奖多少？").documents == ()  # (another number)


def test_conditions_asked_with_a_grant_and_a_follow_up_naming_an_act():
    # 还能拿不, asked of the asker's case: a condition under a heading of conditions answers a question of money too
    conditions = ("白沙镇奖励办法\n一、奖励标准\n（一）纳税贡献奖。年纳税额500万元以上的，奖励5万元。\n"
                  "二、奖励条件\n（一）未被列入严重失信主体名单。\n")
    index, _ = one_document("conditions", conditions)
    query = analyse(index, "去年交税一千一百来万，可前阵子被列进了严重失信主体名单，今年镇上的纳税奖还能拿不？")
    assert query.money and "conditions" in query.aspects
    assert judge(index.clauses[-1], 0.8, 0.9, query)
    # a follow-up naming an act (发给: a verb jieba tags as a noun) names no new thing
    before = [("纳税贡献奖奖多少？", "")]
    assert analyse(index, "这笔钱是发给公司，还是直接给本人？", before).added == ()


RAISED_ROW = ("桐川市小升规企业奖励申报通知\n二、奖励标准\n|类别|级别|奖励标准|\n|---|---|---|\n"
              "|小升规企业|首次入统|一次性奖励10万元|\n"
              "|小升规企业|当年新建投产入统|入统当年主营业务收入达到5000万元以上的，奖励提高至15万元|\n")

TOP_TIERS = ("溪桐县企业研发投入奖励办法\n一、研发费用首次超过1000万元的企业，另给予一次性奖励20万元。\n"
             "二、营业收入首次突破5亿元、10亿元的，分别奖励30万元、60万元。\n")


def test_a_raised_row_missed_and_a_tier_above_the_top_one():
    # a row raising its grant for a case (达到5000万元以上的，奖励提高至15万元), its bar missed: the row it raises pays
    index, _ = one_document("raised", RAISED_ROW)
    answer = _composed(index, "今年新建当年就进了规上，主营收入才四千八百来万，小升规奖是给10万还是15万？",
                       ["raised/二.小升规企业~2"])
    assert [a.value for a in answer.amounts] == [100_000] and "按同表“小升规企业”" in answer.answer
    # a bar named above every bar of a list of first crossings (过两千万的额外奖励), or a tier above the top one asked
    # (还有更高一档的奖吗): not in the documents; a figure above them all, asked how much, is in the top tier
    index, _ = one_document("top", TOP_TIERS)
    answer = _composed(index, "研发费用头一回冲过了两千万，除了过千万那20万，还有没有过两千万的额外奖励？", ["top/一"])
    assert not answer.found and "未设2000万元一档" in answer.answer
    answer = _composed(index, "营收首次过10亿已经拿了60万，今年营收冲过20个亿，还有更高一档的奖吗？", ["top/二"])
    assert not answer.found and "未设20亿元一档" in answer.answer
    answer = _composed(index, "营收今年冲过20个亿，能奖多少？", ["top/二"])
    assert answer.found and [a.value for a in answer.amounts] == [600_000]
    answer = _composed(index, "营收首次突破20亿的奖励是多少？", ["top/二"])  # (the grant of a bar named: none)
    assert not answer.found and "未设20亿元一档" in answer.answer
    answer = _composed(index, "营收首次突破30亿，能拿最高一档的奖励吗？", ["top/二"])  # (最高一档: the top one asked)
    assert "未设" not in answer.answer


PROCEDURE = ("云山县促进制造业发展实施细则\n三、奖励标准\n（一）对新认定的国家级企业技术中心，给予一次性奖励50万元。\n"
             "四、申报程序\n（一）企业于每年4月1日至4月30日向所在乡镇提交申请材料。\n"
             "（二）各乡镇在10个工作日内完成初审，报送县工信局。\n"
             "（三）公示无异议的，由县财政局在20个工作日内将资金拨付至企业账户。\n")


def test_the_steps_listed_say_the_time_they_take():
    # 公示完多久拨钱, answered by the steps listed: their times are stated, no note says they are not
    index, _ = one_document("procedure", PROCEDURE)
    answer = _composed(index, "国家级企业技术中心那笔奖，乡镇初审完以后材料转给谁、谁来审？公示完多久拨钱？",
                       ["procedure/四.（二）"])
    assert "20个工作日内将资金拨付" in answer.answer and "未写明" not in answer.answer


SET_ASIDE = ("松川市技术改造专项资金实施细则\n第六条设备投资补助\n"
             "（一）按项目设备投资额的10%给予补助，单个项目最高不超过300万元。\n"
             "（二）项目同时被认定为市级智能制造示范项目的，在上述补助基础上，再给予一次性奖励50万元。\n")


def test_what_a_question_sets_aside_is_not_one_of_the_items_asked():
    index, _ = one_document("aside", SET_ASIDE)
    asked = "技改项目除了按设备投资拿补助，还被评成了市级智能制造示范项目，这个示范项目市里另外再给多少钱？"
    answer = _composed(index, asked, ["aside/第六条.（二）", "aside/第六条.（一）"])
    assert [a.value for a in answer.amounts] == [500_000]
    answer = _composed(index, "技改项目按设备投资拿补助，还被评成了市级智能制造示范项目，两项一共多少？",
                       ["aside/第六条.（二）", "aside/第六条.（一）"])
    assert len(answer.amounts) == 3  # (both asked: each, and the total)
    answer = _composed(index, "技改项目除了按设备投资拿补助，还被评成了市级智能制造示范项目，一共能拿多少？",
                       ["aside/第六条.（二）", "aside/第六条.（一）"])
    assert len(answer.amounts) == 3  # (除了A，还B，一共: both)


def test_two_tiers_offered_as_alternatives_are_one_question_of_which():
    # 按5000万那档还是1亿那档给: which tier the asker's figure falls in, not the two added up
    text = ("南渚镇支持实体经济若干措施\n四、招商引资\n11.新引进的工业项目竣工投产后，实际固定资产投资5000万元以上、"
            "1亿元以上的，分别给予10万元、30万元奖励。\n")
    index, _ = one_document("which", text)
    answer = _composed(index, "实际固定资产投资正好一个亿，镇上招商引资奖励是按5000万那档还是1亿那档给？",
                       ["which/四.11"])
    assert [a.value for a in answer.amounts] == [300_000] and "合计" not in answer.answer


BREACH = ("长岭镇企业发展奖励办法\n第一条首次纳入规模以上工业统计的企业，奖励5万元。\n"
          "第二条企业提供虚假材料骗取奖励的，追回已拨付资金。\n")


def test_what_follows_a_breach_is_said_by_a_clause_naming_the_case():
    from retrieval.search.retrieve import _breach_case, _says_what_follows

    index, _ = one_document("breach", BREACH)
    grant, sanction = index.clauses
    # 提供了虚假材料…要退回去吗: the clause that names the case and says what follows
    query = analyse(index, "要是提供了虚假材料，奖励要退回去吗？")
    assert query.breach and _says_what_follows(index, sanction, _breach_case(index, query))
    assert not _says_what_follows(index, grant, _breach_case(index, query))  # (no sanction stated)
    # 掉出规上了，这5万要退回去吗: the clause on false papers names another case; nothing says what follows this
    query = analyse(index, "要是第二年又掉出规上了，这5万要退回去吗？", [("首次纳入规上的企业奖多少？", "")])
    assert query.breach and not _says_what_follows(index, sanction, _breach_case(index, query))


ADDED_ABOVE = ("青梧经开区惠企政策兑现清单\n1.新升规工业企业。对首次纳入规模以上工业统计的企业，给予一次性奖励20万元；"
               "入规当年主营业务收入超过5000万元的，再奖励10万元。\n")


def test_a_bar_written_as_exceeded_is_not_met_by_the_sum_itself():
    # 超过5000万元 excludes 5000万 (以上 / 达到 include it); 过了五千万 is told as more than it
    index, _ = one_document("above", ADDED_ABOVE)
    answer = _composed(index, "去年头一回进规上，入规那年主营收入正好五千万，新升规奖励一共能拿多少？", ["above/1"])
    assert [a.value for a in answer.amounts] == [200_000] and "未超过5000万元" in answer.answer
    answer = _composed(index, "去年头一回进规上，入规那年主营收入过了五千万，新升规奖励一共能拿多少？", ["above/1"])
    assert [a.value for a in answer.amounts] == [300_000]
    answer = _composed(index, "去年头一回进规上，入规那年主营收入五千二百万，新升规奖励一共能拿多少？", ["above/1"])
    assert [a.value for a in answer.amounts] == [300_000]


YEAR_LED = ("杏坪镇企业奖励通知\n二、奖励项目\n1、纳税贡献奖。以企业2025年度形成的镇级财政贡献为依据，分档奖励：\n"
            "(1)镇级财政贡献50万元以上（含，下同）不足150万元的，奖励3万元；\n"
            "(2)镇级财政贡献150万元以上的，奖励8万元。\n"
            "2、资质提升奖。对2025年新认定的省级专精特新中小企业，奖励4万元；新认定的国家高新技术企业，奖励3万元。\n")


def test_a_year_before_an_award_is_no_name_of_the_item():
    # 对2025年新认定的省级专精特新中小企业: the item is 省级专精特新中小企业, not named by 2025年…新认定 in the question
    index, _ = one_document("year", YEAR_LED)
    asked = "我们2025年给镇里的财政贡献一百二十来万，还新认定了国家高新技术企业，这两样分别能奖多少？"
    answer = _composed(index, asked, ["year/二.1.（1）", "year/二.2"])
    assert [a.value for a in answer.amounts] == [30_000, 30_000]


LOAN_INTEREST = ("柘溪县奖励办法\n第十三条贷款贴息。对中小微工业企业当年从县内银行业金融机构取得的流动资金贷款，"
                 "按实际支付利息的30%给予贴息，单个企业每年最高不超过二十万元。\n")


def test_sums_told_as_each_of_several_are_added_for_a_cap_on_the_enterprise():
    from retrieval.lexicon.tokenizer import content_terms

    index, _ = one_document("loans", LOAN_INTEREST)
    answer = _composed(index, "去年在两家银行各贷了一笔流动资金，利息分别付了28万和17万，县里贴息能给多少？",
                       ["loans/第十三条"])
    assert [a.value for a in answer.amounts] == [135_000] and "28万元 + 17万元 = 45万元" in answer.answer
    answer = _composed(index, "去年贷了一笔流动资金，利息付了28万，今年又付了17万，县里贴息分别能给多少？",
                       ["loans/第十三条"])
    assert 135_000 not in [a.value for a in answer.amounts]  # (each asked: not the two added up)
    # how many the asker has and how they are shared out is no topic (一笔, 两台, 分别)
    assert content_terms("两台设备贷了一笔，利息分别付了28万") == ["设备", "利息"]


TITLED = ("白沙镇奖励办法\n二、奖励标准\n（三）小升规奖励。对当年首次纳入规模以上工业统计的小微企业（即小升规企业），"
          "给予一次性奖励8万元；升规后次年仍保留在规上企业库的，再奖励2万元。\n"
          "（六）招商引荐奖。对引荐镇外企业来本镇投资，项目实际到位资金5000万元以上的，给予引荐人一次性奖励3万元。\n")


def test_a_clause_title_names_its_one_item():
    # 帮镇里招商引荐的人 names （六）招商引荐奖's one item, though its text says 对引荐镇外企业来本镇投资
    index, _ = one_document("titled", TITLED)
    answer = _composed(index, "白沙镇对小升规的企业和帮镇里招商引荐的人，分别奖多少？",
                       ["titled/二.（三）", "titled/二.（六）"])
    assert [a.value for a in answer.amounts] == [80_000, 30_000]


def test_a_size_of_enterprise_may_be_left_off_a_name_but_not_inside_another_name():
    # 省级专精特新 names 省级专精特新中小企业; 专精特新小巨人 does not name it
    text = ("梯度培育奖励办法\n第六条对新认定的国家级专精特新“小巨人”企业，给予一次性奖励100万元；"
            "对新认定的省级专精特新中小企业，给予一次性奖励20万元。\n"
            "第七条对新认定的省级制造业单项冠军企业，给予一次性奖励50万元。\n")
    index, _ = one_document("sizes", text)
    answer = _composed(index, "今年新认定了省级专精特新，又新认定了省级制造业单项冠军企业，一共能拿多少？",
                       ["sizes/第六条", "sizes/第七条"])
    assert [a.value for a in answer.amounts] == [200_000, 500_000] and "合计70万元" in answer.answer
    answer = _composed(index, "今年新认定了国家级专精特新小巨人，又新认定了省级制造业单项冠军企业，一共能拿多少？",
                       ["sizes/第六条", "sizes/第七条"])
    assert [a.value for a in answer.amounts] == [1_000_000, 500_000] and "合计150万元" in answer.answer


FIRST_SETS = ("枫岭市推动制造业高质量发展若干措施\n三、（一）2.首台（套）奖励\n"
              "（1）对经认定的国家首台（套）重大技术装备，按产品单价的20%给予奖励，单个产品最高300万元。\n"
              "（2）对经认定的省首台（套）装备，按产品单价的15%给予奖励，单个产品最高100万元。\n")


def test_each_item_is_computed_on_the_sum_told_after_it():
    # 一台是国家首台（套）…，单价一千万；另一台是省首台（套），单价八百万: 1000万 × 20%, and 800万 × 15% capped
    index, _ = one_document("sets", FIRST_SETS)
    ids = [c.clause_id for c in index.clauses if c.incentives]
    asked = ("今年两台装备都被认定了：一台是国家首台（套）重大技术装备，单价一千万；另一台是省首台（套），单价八百万。"
             "市里首台套奖励两台加一块能拿多少？")
    answer = _composed(index, asked, ids)
    assert [a.value for a in answer.amounts] == [3_000_000, 2_000_000, 1_000_000]


OFFICES = ("澜州高新区支持总部经济若干措施\n五、办公用房补助\n"
           "总部企业购置自用办公用房的，按每平方米1000元给予一次性补助，最高300万元。总部企业租赁自用办公用房的，按年租金的50%给予补助，连续补助3年，每年最高100万元。\n")


def test_the_kind_asked_of_items_that_exclude_each_other_and_the_most_a_unit_sum_reaches():
    # 买办公楼 names the bought kind (not 租赁); 最多能拿多少 of a sum paid by the m²: its limit first
    index, _ = one_document("offices", OFFICES)
    answer = _composed(index, "总部买办公楼自己用，购房补助最多能拿多少？", ["offices/五"])
    assert [a.value for a in answer.amounts] == [3_000_000, 1_000]
    answer = _composed(index, "总部买办公楼自己用，购房补助按什么标准给？", ["offices/五"])
    assert [a.value for a in answer.amounts] == [1_000, 3_000_000]
    answer = _composed(index, "总部买办公楼自用，每平米补多少、最多补多少？", ["offices/五"])
    assert [a.value for a in answer.amounts] == [1_000, 3_000_000]  # (in the order asked)


def test_rules_of_the_thirty_ninth_session():
    from retrieval.answer.compose import _title_name
    from retrieval.documents.amounts import extract_incentives
    from retrieval.search.figures import _in_tier, read_facts

    # 超过 X excludes X, but not 达到或超过 X nor 超过 X（含）; a bar of the asker's own denial is not passed
    def exceeds(sentence: str) -> tuple[float, ...]:
        return next(r.exceeds for r in extract_incentives(sentence, "1") if r.low is not None)

    assert exceeds("营业收入超过1000万元的，奖励10万元。") == (1e7,)
    assert exceeds("营业收入达到或超过1000万元的，奖励10万元。") == ()
    assert exceeds("营业收入超过1000万元（含）的，奖励10万元。") == ()
    assert exceeds("营业收入首次超过1亿元、5亿元的企业，分别给予50万元、100万元奖励。") == (1e8, 5e8)
    assert exceeds("营业收入首次达到1亿元、5亿元的企业，分别给予50万元、100万元奖励。") == ()
    assert read_facts("营业收入头一回过了一千万，能拿多少").passed == (1e7,)
    assert read_facts("营业收入不超过一千万，能拿多少").passed == ()
    assert not read_facts("单台都超过5万元以上的设备能补吗")  # (a bar each unit meets: no figure)
    # a tier of a table written 超过 X: X falls in the tier below
    rows = extract_incentives("年纳税额超过500万元的，奖励5万元；超过1000万元的，奖励10万元。", "1")
    assert [_in_tier(r, 1e7) for r in rows] == [True, False]
    assert [_in_tier(r, 1.2e7) for r in rows] == [False, True]
    # a clause's title, not its first sentence cut short
    index, _ = one_document("titles", "某镇奖励办法\n二、奖励\n1.奖励5万元。对新引进的企业给予奖励。\n"
                                      "2.招商引荐奖。对引荐企业来镇投资的，奖励3万元。\n")
    assert [_title_name(c) for c in index.clauses] == ["", "招商引荐"]
    # one sum told two ways (含税 / 不含税), 各项手续 of no sum: not added up
    index, _ = one_document("loans", LOAN_INTEREST)
    asked = "去年贷款利息含税28万，不含税是25万，各项手续都齐了，县里贴息能给多少？"
    answer = _composed(index, asked, ["loans/第十三条"])
    assert "28万元 + 25万元" not in answer.answer
    # the most asked of a term (最多补几年) is no total of a unit's sum
    index, _ = one_document("offices", OFFICES)
    answer = _composed(index, "总部买办公楼自己用，购房补助每平米补多少？最多补几年？", ["offices/五"])
    assert [a.value for a in answer.amounts] == [1_000, 3_000_000]
    # several items named before their sums, told as a list: each its own sum
    index, _ = one_document("sets", FIRST_SETS)
    asked = "国家首台（套）重大技术装备和省首台（套）装备各一台，单价分别是一千万和四百万，两台加一块能拿多少？"
    answer = _composed(index, asked, [c.clause_id for c in index.clauses if c.incentives])
    assert [a.value for a in answer.amounts] == [2_600_000, 2_000_000, 600_000]


def test_rules_of_the_fortieth_session():
    from retrieval.answer.calculator import calculate
    from retrieval.documents.amounts import extract_incentives
    from retrieval.documents.normalise import arabic_sums, reflow
    from retrieval.documents.parser import _title_block
    from retrieval.search.figures import read_facts

    # a tier's upper bound said after its lower one; a tier that names its class of figure again joins the table
    # before it, whose bars are then no conditions: 8000万 is of the second tier (8%, its own cap 500万)
    tiers = extract_incentives("设备投资额500万元（含）以上、2000万元以下的，按设备投资额的10%给予补助，"
                               "单个项目最高不超过150万元；设备投资额2000万元（含）以上的，按设备投资额的8%给予补助，"
                               "单个项目最高不超过500万元。", "第七条")
    assert [(r.low, r.high, r.rate, r.cap) for r in tiers] == [(5e6, 2e7, 0.1, 1.5e6), (2e7, None, 0.08, 5e6)]
    assert all(len(r.tiers) == 2 and r.min_investment is None and not r.thresholds for r in tiers)
    assert calculate(tiers[0], read_facts("设备投资八千万的项目能补多少")).value == 5_000_000
    assert [(r.low, r.high) for r in extract_incentives("营业收入500万元以上不足1000万元的，奖励5万元。", "1")] == [
        (5e6, 1e7)]
    # a sum marked as counted in or not (200万元（含）至500万元) is a bound, no grant
    bounded = extract_incentives("对镇级财政贡献200万元（含）至500万元、增幅达到15%以上的企业，奖励5万元。", "2")
    assert [(r.cap, r.low, r.high) for r in bounded] == [(50_000, 2e6, 5e6)]
    # a worked example (如：…) grants nothing; a share in ‰ or 千分之 is a rate; points of a loan named before them
    example = extract_incentives("设备投资1000万元（含）以上的，按设备投资额的10%给予补助。如：某企业设备投资1500万元，"
                                 "可获补助150万元。", "1")
    assert [(r.rate, r.cap) for r in example] == [(0.1, None)]
    permille = arabic_sums("按实际到位资金的千分之三给予奖励，最高不超过10万元。")
    assert [r.rate for r in extract_incentives(permille, "1")] == [0.003]
    assert arabic_sums("按项目实际到位资金的0.5‰奖励") == "按项目实际到位资金的0.05%奖励"
    points = extract_incentives("按贷款实际发生额给予1个百分点的贴息，单个企业年度贴息最高不超过30万元。", "1")
    assert [(r.base, r.rate, r.cap) for r in points] == [("贷款实际发生额", 0.01, 300_000)]
    # a table row's standard that opens with the round of recognition (2023年新认定的，一次性奖励50万元) is for what the
    # row's name cell names
    row = extract_incentives("类别：优质企业培育；奖补项目：国家级专精特新“小巨人”企业；奖补标准：2023年新认定的，"
                             "一次性奖励50万元；受理单位：市工业和信息化局中小企业科", "一、1")
    assert [(r.item, r.level, r.cap) for r in row] == [("2023年新认定的国家级专精特新“小巨人”企业", "国家级", 500_000)]
    # (review) a cap marked （含） is still a cap; an upper bound of another figure (300人以下) is no tier's; an
    # add-on (再给予) is no tier of a table; a table's tiers keep their other conditions (总投资1亿元以上)
    capped = extract_incentives("按设备投资额的10%给予补助，单个项目补助最高不超过200万元（含）。", "1")
    assert [r.cap for r in capped] == [2_000_000]
    other = extract_incentives("对年营业收入2000万元以上、300人以下的中小企业，奖励10万元。", "1")
    assert [r.high for r in other] == [None]
    addon = extract_incentives("对总投资1亿元以上的新建项目，给予奖励50万元；对总投资5亿元以上的新建项目，"
                               "再给予奖励100万元。", "1")
    assert [len(r.tiers) for r in addon] == [1, 1]
    kept = extract_incentives("设备投资额500万元（含）以上、2000万元以下的，按10%给予补助；"
                              "设备投资额2000万元（含）以上且总投资1亿元以上的，按12%给予补助。", "1")
    assert [r.thresholds for r in kept] == [(), ("总投资1亿元以上",)]
    assert extract_incentives("例如，某企业设备投资1500万元，可获补助150万元。", "1") == ()
    # an office's short name in brackets stays (党群工作部（人才办）); a note (（牵头）), a section or an address goes
    from retrieval.documents.parser import split_top_level
    units = "党群工作部（人才办）、市工信局（牵头）、市应急管理局（安全生产科）、市科技局（行政中心3号楼512室）"
    assert split_top_level(units) == ["党群工作部（人才办）", "市工信局", "市应急管理局", "市科技局"]
    # a 文号 under a title the PDF wrapped at the page's width stays on its own line
    wrapped = ["关于印发《霁原省中小企业高质量发展专项资金管理实施细则》的通知", "霁工信规〔2024〕3 号"]
    page = ["为进一步规范省级中小企业高质量发展专项资金管理，提高资金使用效益，省工业和信"] * 4
    assert reflow(wrapped + page)[:2] == wrapped
    # a site's fields over the document (索引号：…　效力状态：有效) are no title
    head = ["索引号：114307XX-2024-00058 效力状态：有效", "发布机构：芷陵市工业和信息化局 成文日期：2024-05-20",
            "芷陵市工业和信息化局 芷陵市财政局", "关于组织申报2024年度芷陵市奖补资金的通知", "芷工信联〔2024〕21号",
            "一、奖补标准"]
    assert _title_block(head) == (3, 4)


ROWS_AT_LEVELS = """某市梯度培育奖励申报通知
二、奖励标准
|类别|级别|奖励标准|责任科室|
|专精特新企业|国家级专精特新“小巨人”企业|一次性奖励80万元|中小企业科|
|专精特新企业|省级创新型中小企业|首次入库的，一次性奖励2万元|中小企业科|
|专精特新企业|省级专精特新中小企业|一次性奖励15万元|中小企业科|
"""


def test_of_a_tables_rows_at_the_level_asked_the_one_naming_the_item_answers():
    # 省级专精特新中小企业 asked: of the two 省级 rows beside the 国家级 one, the one naming the item, though the other
    # (首次入库的省级创新型中小企业) is found first
    index, _ = one_document("rows", ROWS_AT_LEVELS)
    ids = [c.clause_id for c in index.clauses if c.incentives]
    answer = _composed(index, "市里对新认定的省级专精特新中小企业给多少奖励？", ids)
    assert answer.found and [a.value for a in answer.amounts] == [150_000]


KINDS_SHARING_A_LIMIT = """某市质量品牌奖励办法
一、对主导制定国际标准、国家标准、行业标准的，每项分别奖励30万元、20万元、10万元；同一企业年度累计不超过50万元。
"""


def test_a_limit_the_kinds_of_a_list_share_is_said_once_and_caps_their_total():
    index, _ = one_document("standards", KINDS_SHARING_A_LIMIT)
    ids = [c.clause_id for c in index.clauses if c.incentives]
    # each kind in the order asked (国家标准 is no 国家级 item said before 行业标准), the shared limit once, after them
    each = _composed(index, "主导制定标准的奖励，国际标准、国家标准、行业标准市里分别给多少？", ids)
    assert [a.value for a in each.amounts] == [300_000, 200_000, 100_000, 500_000]
    assert "国际标准、国家标准、行业标准（累计上限），不超过50万元" in each.answer
    # 1项国际 + 2项国家 = 70万元, capped by the limit the kinds share
    total = _composed(index, "今年主导制定了1项国际标准和2项国家标准，一共能奖多少？", ids)
    assert [a.value for a in total.amounts] == [500_000]
    assert "超过累计上限（不超过50万元），按50万元计" in total.answer
    # (review) a limit of each kind (每项标准累计不超过30万元) caps no total of the kinds
    each_capped = KINDS_SHARING_A_LIMIT.replace("同一企业年度累计不超过50万元", "每项标准累计奖励不超过30万元")
    index, _ = one_document("standards", each_capped)
    total = _composed(index, "今年主导制定了1项国际标准和2项国家标准，一共能奖多少？", ids)
    assert [a.value for a in total.amounts] == [700_000]


FIRST_YEARS_THEN = """某开发区惠企政策兑现清单
5.标准厂房租金补贴。新入驻开发区标准厂房的工业企业，租期5年以上的，前两年按每平方米每月8元给予租金补贴，第三年按每平方米每月4元给予租金补贴；补贴面积不超过5000平方米，单个企业每年补贴最高不超过40万元。
"""


def test_the_first_years_of_a_term_together_and_a_later_year_each_its_own_sum():
    from retrieval.documents.amounts import extract_incentives

    # 前两年 … 第三年: one term, each sum named by the whole case and its years; the area and yearly caps are terms of
    # both, no record of their own
    rows = extract_incentives(FIRST_YEARS_THEN.splitlines()[1], "5")
    assert [(r.item, r.cap, r.years, r.max_units, r.limit) for r in rows] == [
        ("新入驻开发区标准厂房的工业企业，租期5年以上（前两年）", 8, 2, 5000, 400_000),
        ("新入驻开发区标准厂房的工业企业，租期5年以上（第三年）", 4, 1, 5000, 400_000)]
    index, _ = one_document("rent", FIRST_YEARS_THEN)
    ids = [c.clause_id for c in index.clauses if c.incentives]
    # 头一年 is in the term of 前两年 (8元); 第三年 is its own (4元), its area capped at 5000平方米
    first = _composed(index, "新入驻开发区标准厂房，租了3000平方米，头一年能补多少？", ids)
    assert [a.value for a in first.amounts] == [288_000]
    third = _composed(index, "在开发区租了6000平方米标准厂房，第三年能补多少？", ids)
    assert [a.value for a in third.amounts] == [240_000] and "按5000平方米计" in third.answer
    # (review) years counted, not stages: 第二年 is one year of 前两年; 头两年 the first stage alone; 前三年 both
    said = "新入驻开发区标准厂房，租了3000平方米，"
    assert [[a.value for a in _composed(index, said + asked, ids).amounts]
            for asked in ("第二年能补多少？", "头两年一共能补多少？", "前三年一共能补多少？")] == [
        [288_000], [576_000], [720_000]]
    # (review) the caps after the stages said otherwise (年度补贴金额最高…) are terms too, no grant
    other_words = FIRST_YEARS_THEN.splitlines()[1].replace("单个企业每年补贴最高", "年度补贴金额最高")
    assert [(r.cap, r.limit) for r in extract_incentives(other_words, "5")] == [(8, 400_000), (4, 400_000)]
    # a look-back (申报前三年内) is no stage of a term
    looked_back = extract_incentives("企业在申报前三年内未发生重大安全事故，第一年奖励10万元，第二年奖励5万元。", "1")
    assert [r.item for r in looked_back] == ["企业在申报前三年内未发生重大安全事故（第一年）",
                                             "企业在申报前三年内未发生重大安全事故（第二年）"]


TOWN_MEASURES = """石桥县人民政府关于印发《石桥县促进工业经济发展的若干政策》的通知
石政发〔2024〕8号

一、培育优质企业
（一）对新认定为国家级制造业单项冠军企业的，给予一次性奖励80万元。（责任单位：县工信局）
（二）对首次认定为国家高新技术企业的，给予奖励20万元。（责任单位：县科技局）
"""

ITEMS_IN_TITLE = """关于组织申报2026年度专精特新和制造业单项冠军企业奖励的通知
一、奖励标准
（一）对新认定的国家级专精特新“小巨人”企业，一次性奖励80万元。
（二）对新认定的国家级制造业单项冠军产品，每个产品一次性奖励100万元。
"""


def test_a_how_much_question_naming_an_item_its_places_document_lacks_is_not_answered_with_another():
    corpus = build_corpus({"final.txt": FINAL, "town.txt": TOWN_MEASURES, "titled.txt": ITEMS_IN_TITLE},
                          {"documents": [{"id": "toy", "file": "final.txt"}, {"id": "town", "file": "town.txt"},
                                         {"id": "titled", "file": "titled.txt"}]})
    library = build_index(corpus, ConceptEmbeddings()), ConceptEmbeddings()
    index = library[0]
    # 单项冠军 is granted for in 石桥县's document, not in 云溪市's: no clause of 云溪市 answers for it, however much
    # of the level, 企业 and 奖 its 专精特新 clause shares
    question = "云溪市对国家级单项冠军企业奖多少？"
    terms = list(analyse(index, question).terms)
    assert coverage(index, terms, _at(index, "toy/一.（一）"), True) == 0
    answer, _ = ask(library, question)
    assert not answer.found and [n.text for n in answer.notes] == ["云溪市的文件中没有找到相关规定。"]
    answer, hits = ask(library, "石桥县对国家级单项冠军企业奖多少？")
    assert hits[0].clause.clause_id == "town/一.（一）" and [a.value for a in answer.amounts] == [800_000]
    # the item its own document names is answered (专精特新 of 云溪市)
    answer, hits = ask(library, "云溪市对国家级专精特新企业奖多少？")
    assert hits[0].clause.clause_id == "toy/一.（一）" and [a.value for a in answer.amounts] == [500_000]
    # of two items asked, a clause holding one holds what the question names, whatever the title lists
    terms = list(analyse(index, "新认定了国家级专精特新小巨人，还有产品被认定为国家级单项冠军产品，能拿多少？").terms)
    assert coverage(index, terms, _at(index, "titled/一.（二）"), True) > MIN_COVERAGE


def _at(index, clause_id: str) -> int:
    return next(n for n, c in enumerate(index.clauses) if c.clause_id == clause_id)


def test_rules_of_the_forty_first_session():
    from retrieval.lexicon.patterns import states_sum_kind

    # 按级别分别怎么给: the levels of a grant, asked with 级别, are met by a clause naming two levels apart
    assert states_sum_kind("级别", "对新认定的国家级专精特新“小巨人”企业、省级专精特新中小企业，分别奖励80万元、20万元")
    assert not states_sum_kind("级别", "对新认定的国家级专精特新“小巨人”企业，奖励80万元")
    index, embedder = one_document("levels", "某县若干措施\n一、对新认定的国家级、省级专精特新企业，分别给予80万元、"
                                             "20万元奖励。\n二、对新认定的省级企业技术中心，给予10万元奖励。\n")
    answer, hits = ask((index, embedder), "县里专精特新奖励按级别分别怎么给？")
    assert hits[0].clause.clause_id == "levels/一" and [a.value for a in answer.amounts] == [800_000, 200_000]
    # 规下企业: below the designated size, spelled out as 规上 is (not 法规下达)
    from retrieval.lexicon.tokenizer import expand_abbreviations

    assert expand_abbreviations("我们是规下企业，按法规下达") == "我们是规模以下企业，按法规下达"
    # a trial's term is its validity (试行到什么时候: 自…起试行，试行期两年); 出一半 asks a share; 报销 is a grant
    # paid back
    from retrieval.lexicon.patterns import states_time_of, time_asked_of

    assert time_asked_of("这个扶持措施试行到什么时候？") == ("validity",)
    assert states_time_of("本措施自2025年1月1日起试行，试行期两年。", ("validity",))
    assert states_sum_kind("一半", "按贷款市场报价利率的50%给予贴息")
    assert expand_abbreviations("市里能给报销多少") == "市里能给补助多少"
    # (review) not 纳税申报销售额, 新规下的企业, a title's （试行）, nor 国家 in 按国家有关规定
    assert expand_abbreviations("纳税申报销售额；新规下的企业") == "纳税申报销售额；新规下的企业"
    assert time_asked_of("《云山县工业奖补办法（试行）》什么时候开始申报") == ("application",)
    assert not states_sum_kind("级别", "对新认定的国家级专精特新小巨人企业，按国家有关规定给予奖励")
    # the item held in consecutive years is asked alone only when every question of the message names it
    # (纳税前十的奖多少？连续三年前十的再加多少？ asks both sums)
    index, _ = one_document("top", "某街道扶持措施\n二、扶持内容\n7）纳税贡献奖励。年度在街道实现税收排名前十位的企业，"
                                   "每家奖励20000元；连续三年进入前十位的，另奖励10000元。\n8）稳岗补贴。每人3000元。\n")
    answer = _composed(index, "纳税排名前十的企业街道奖多少？连续三年前十的再加多少？", ["top/二.7）"])
    assert [a.value for a in answer.amounts] == [20_000, 10_000]


def test_rules_of_the_forty_second_session():
    from retrieval.answer.calculator import calculate
    from retrieval.documents.amounts import extract_incentives
    from retrieval.search.figures import read_facts

    # the tier below the bar another tier opens (营业面积不足300平方米的), and an area told as below a figure
    shop = extract_incentives("营业面积300平方米以上且正常经营满1年的，一次性奖励6万元；营业面积不足300平方米的，"
                              "一次性奖励2万元。", "8）")
    assert [(r.metric, r.low, r.high, r.cap) for r in shop] == [
        ("面积", 300, None, 60_000), ("面积", 0, 300, 20_000)]
    small = calculate(shop[1], read_facts("面积不到300平的首店给多少"))
    assert small.value == 20_000 and small.steps[0] == "面积不到300平方米，适用“不足300平方米”一档：2万元。"
    assert calculate(shop[1], read_facts("面积300平的首店给多少")).value == 60_000
    # (a bound alone, after no tier it adjoins, is a condition, not a tier)
    assert [r.low for r in extract_incentives("年纳税额不足50万元的企业，给予2万元奖励。", "1")] == [None]
    # a standard raised for a case keeps the cap written again (最高仍为), and each sum per unit names its case
    plant = extract_incentives("企业新建三层及以上生产性厂房的，按新增建筑面积每平方米100元给予补助，单个企业最高"
                               "200万元；项目用地容积率达到2.0以上的，补助标准提高到每平方米150元，单个企业最高仍为"
                               "200万元。", "第七条")
    assert [(r.item, r.cap, r.per, r.limit) for r in plant] == [
        ("企业新建三层及以上生产性厂房", 100, "每平方米", 2_000_000),
        ("项目用地容积率达到2.0以上", 150, "每平方米", 2_000_000)]
    per_area = calculate(plant[0], read_facts("新建厂房面积不到2万平米，能补多少"))
    assert per_area.value == 2_000_000
    assert per_area.steps[0] == "面积不到20000平方米，按20000平方米估算（实际以核定数为准）。"


POST = """政策汇编｜某高新区惠企政策“明白纸”来了
原创 园区经发局 某高新区发布 2025年08月06日 09:30

点击蓝字 关注我们

【招商落户】
●【落户奖励】新落户工业项目，固定资产投资达到1亿元以上的，竣工投产后奖励100万元。
▲划重点：项目须在签约后24个月内竣工投产。
●【贡献奖励】新落户企业对园区财政贡献超过500万元的，按超过部分的20%给予奖励，最高100万元。
【申报指南】
●申报时间：每季度首月1日至15日集中受理。
●申报方式：登录园区小程序在线申报，同时将纸质材料一式一份报送园区企业服务中心。
●申报材料：申请表、营业执照、上年度财务报表。

上述政策执行期限为2025年1月1日至2026年12月31日。

来源：某高新区经济发展局
编辑：某某　审核：某某
往期推荐
园区人才公寓配租公告
"""


def test_shapes_of_the_forty_second_session():
    from retrieval.documents.normalise import reflow
    from retrieval.documents.parser import item_number

    # a post: 【headings】 on lines of their own, ●【label】 items named by their label, ▲ notes and bare bullets by
    # their place; its time stamp is no part of its title, its column (政策汇编｜) no part of its place; its trailer
    # (来源：…) no clause's text; 执行期限为…至… its term
    corpus = build_corpus({"post.txt": POST}, {})
    document = corpus.documents["post"]
    assert (document.title, document.jurisdiction, document.effective, document.expires) == (
        "政策汇编｜某高新区惠企政策“明白纸”来了", "某高新区", "2025-01-01", "2026-12-31")
    assert [c.number for c in corpus.clauses] == [
        "【招商落户】【落户奖励】", "【招商落户】▲1", "【招商落户】【贡献奖励】", "【申报指南】●1", "【申报指南】●2",
        "【申报指南】●3", "第1段"]
    assert not any("来源" in c.text or "往期推荐" in c.text for c in corpus.clauses)
    # a document with no numbered item keeps every paragraph (not only its contact line)
    plain = build_corpus({"p.txt": "某镇通知\n\n为支持企业发展，对新认定的企业给予5万元奖励。\n"
                                   "申报材料报送镇经济发展办公室，每年3月底前受理。\n"
                                   "联系人：张某，电话0738-6413025\n"}, {})
    assert len(plain.clauses) == 3
    # a closing item that gives each run of items its unit; the number a document calls an item by
    ranged = build_corpus({"r.txt": "某县若干措施\n一、支持技改\n1.技改补助。按设备投资额的8%给予补助。\n"
                                    "2.贷款贴息。按LPR的30%给予贴息。\n二、支持创新\n3.研发奖励。按研发费用增长部分的10%"
                                    "给予奖励。\n三、附则\n4.本措施第1—2条由县工业和信息化局负责解释和兑现，第3条由县科学技术局"
                                    "负责。\n"}, {})
    assert [c.departments for c in ranged.clauses][:3] == [
        ("县工业和信息化局",), ("县工业和信息化局",), ("县科学技术局",)]
    assert [item_number(n) for n in ("第五条（二）", "三、7.", "一、", "一、1.（2）")] == [5, 7, None, 1]
    # a line that ends with a phone number ends there (no running text goes on past it)
    assert reflow(["镇经济发展办公室：杭建明，电话0738-6413025", "镇财政所：邝秀英，电话0738-6413018"]) == [
        "镇经济发展办公室：杭建明，电话0738-6413025", "镇财政所：邝秀英，电话0738-6413018"]
    # a draft under a site's 意见征集 fields is signed at its end: its issuer and date
    draft = build_corpus({"d.txt": "某县工业和信息化局　意见征集\n\n主题：\n"
                                   "关于公开征求《某县若干政策措施（征求意见稿）》意见的公告\n\n"
                                   "某县若干政策措施\n（征求意见稿）\n\n一、对新认定的企业给予5万元奖励。\n\n"
                                   "某县工业和信息化局\n2025年4月8日\n"}, {})
    assert [(d.issuer, d.date, d.status) for d in draft.documents.values()] == [
        ("某县工业和信息化局", "2025-04-08", "draft")]


def test_rules_of_the_forty_second_session_in_retrieval():
    from retrieval.search.retrieve import judge

    index, embedder = one_document("post", POST)
    # a note is about the items around it (their words are its context), and one that sets a requirement answers
    # whether a grant can be had (还能拿吗), as a clause that denies one does
    question = "项目签约后30个月才投产，还能拿园区落户奖励吗？"
    _, hits = ask((index, embedder), question)
    note = next(h for h in hits if h.clause.clause_id == "post/【招商落户】.▲1")
    assert note.coverage == 1.0
    query = analyse(index, question)
    assert judge(note.clause, 1.0, 0.9, query)
    assert not judge(next(c for c in index.clauses if c.clause_id == "post/段1"), 1.0, 0.9, query)
    # of a materials question, the clause that lists the papers before one naming a paper in passing
    _, hits = ask((index, embedder), "申报园区奖补要带哪些材料？")
    assert [h.clause.clause_id for h in hits[:2]] == ["post/【申报指南】.●3", "post/【申报指南】.●2"]
    # a word most clauses of a document say, and few other documents, is the document's subject (园区 of a zone's
    # post): met by each of its clauses
    from retrieval.search.retrieve import _pervasive

    items = "".join(f"{n}.园区企业第{n}项支持，给予{n}万元奖励。\n" for n in range(1, 9))
    corpus = build_corpus({"zone.txt": f"某园区扶持办法\n一、扶持内容\n{items}",
                           "a.txt": "某县办法\n一、对企业给予5万元奖励。\n",
                           "b.txt": "某镇办法\n一、对企业给予3万元奖励。\n"}, {})
    library = build_index(corpus, ConceptEmbeddings())
    assert _pervasive(library, "zone", "园区") and not _pervasive(library, "zone", "企业")


def test_questions_of_the_forty_second_session():
    from retrieval.answer.calculator import calculate
    from retrieval.documents.amounts import extract_incentives
    from retrieval.lexicon.patterns import without_denied
    from retrieval.search.figures import read_facts

    # a rate of the part above the rule's bar (按超过部分的20%): the asker's figure less the bar
    extra = extract_incentives("新落户企业首个完整会计年度对园区财政贡献超过500万元的，再按超过部分的20%给予奖励，"
                               "最高100万元。", "2")[0]
    worked = calculate(extra, read_facts("第一个完整年度给园区财政贡献800万，额外奖励有多少？"))
    assert worked.value == 600_000 and "超过部分：800万元 − 500万元 = 300万元。" in worked.steps
    # a figure the asker rose to over a span of time (从9个亿一年干到了55个亿) is its latest
    assert read_facts("公司营收从9个亿一年干到了55个亿").figure("营业收入") == 5.5e9
    # a part that only denies something of the enterprise names no item asked (不是第一次)
    assert without_denied("高企是到期重新认定的，不是第一次，县里还给奖励吗？") == \
        "高企是到期重新认定的，县里还给奖励吗？"
    index, embedder = one_document("hi", "某县措施\n一、高新技术企业奖励。首次认定的高新技术企业奖励15万元，"
                                         "重新认定的奖励5万元。\n二、对新认定的省级企业技术中心奖励30万元。\n")
    answer, _ = ask((index, embedder), "我们高企是到期重新认定的，不是第一次，县里还给奖励吗？")
    assert [a.value for a in answer.amounts] == [50_000]


def test_amount_shapes_of_the_forty_second_session():
    from retrieval.documents.amounts import extract_incentives

    def rows(text):
        return [(r.item, r.cap, r.rate, r.per, r.metric, r.low, r.high) for r in extract_incentives(text, "1")]

    # points of a loan written after the base (按实际贷款额贴息1个百分点)
    assert rows("企业贷款的，按实际贷款额贴息1个百分点，每家企业每年贴息最高50万元。")[0][1:4] == (
        500_000, 0.01, "每家企业每年")
    # a sum's unit after a slash (5万元/人、2万元/人; 800元/人·月), and who pays (园区给予) is not what the sum is for
    assert rows("企业全职引进的博士、硕士研究生，园区分别给予5万元/人、2万元/人的安家补贴。") == [
        ("企业全职引进的博士研究生", 50_000, None, "每人", "", None, None),
        ("企业全职引进的硕士研究生", 20_000, None, "每人", "", None, None)]
    assert rows("企业全职引进的全日制本科毕业生，园区给予生活补贴800元/人·月，最长24个月。")[0][:4] == (
        "企业全职引进的全日制本科毕业生", 800, None, "每人每月")
    # a 分别 list of ranges with when it is paid between them and 分别 (…以上的，竣工投产后分别奖励)
    assert [r[4:] for r in rows("固定资产投资达到5000万元（含）至1亿元、1亿元（含）以上的，竣工投产后分别奖励50万元、"
                                "120万元。")] == [("投资", 5e7, 1e8), ("投资", 1e8, None)]
    # a table row's rate named only by its base is for what its case cell says qualifies, with that case's bar (the
    # standard's cap of the same sum aside); sums its standard names by a short word are the case list's items
    row = extract_incentives("项目名称：技术改造设备补助；奖补条件：设备投资额500万元（含）以上的技术改造项目，"
                             "且已竣工投产；奖补标准：按设备投资额的8%给予补助，单个项目最高500万元", "3")
    assert [(r.item, r.rate, r.cap, r.metric, r.low) for r in row] == [
        ("设备投资额500万元（含）以上的技术改造项目", 0.08, 5_000_000, "投资", 5_000_000)]
    named = extract_incentives("项目名称：智能制造示范；奖补条件：新认定的市级智能工厂、市级数字化车间；"
                               "奖补标准：智能工厂奖励80万元，数字化车间奖励30万元", "4")
    assert [(r.item, r.level, r.cap) for r in named] == [
        ("新认定的市级智能工厂", "市级", 800_000), ("市级数字化车间", "市级", 300_000)]


def test_amount_shapes_of_the_forty_third_session():
    from retrieval.documents.amounts import extract_incentives

    def items(text):
        return [(r.item, r.level, r.cap) for r in extract_incentives(text, "1")]

    # a sum 各 paid for each item listed, each item with its own level
    assert items("对首次认定的国家高新技术企业、新认定的省级企业技术中心，各奖励5万元。") == [
        ("首次认定的国家高新技术企业", "国家级", 50_000), ("新认定的省级企业技术中心", "省级", 50_000)]
    assert items("对新认定的国家级、省级企业技术中心各奖励5万元。") == [
        ("国家级企业技术中心", "国家级", 50_000), ("省级企业技术中心", "省级", 50_000)]
    # items that each say whom they are for are whole (not 企业全职引进的博士的硕士研究生)
    assert items("企业全职引进的博士、柔性引进的硕士研究生，分别给予10万元、3万元。") == [
        ("企业全职引进的博士", "", 100_000), ("柔性引进的硕士研究生", "", 30_000)]
    # the part before a sum that grants a sum of its own is that sum's, not this one's subject
    assert items("企业奖励300万元，产品奖励100万元。") == [("企业", "", 3_000_000), ("产品", "", 1_000_000)]
    assert items("对新认定的单项冠军企业奖励300万元，单项冠军产品奖励100万元。") == [
        ("新认定的单项冠军企业", "", 3_000_000), ("单项冠军产品", "", 1_000_000)]
    assert [r.item for r in extract_incentives("对在新三板挂牌的企业，市级奖励不足50万元的，按50万元补足差额。", "1")] \
        == ["在新三板挂牌的企业"]
    # a table row's short words (企业, 产品) name the case cell's items, at their level
    row = extract_incentives("支持方向：企业梯度培育；支持内容及条件：新认定的国家级制造业单项冠军企业、单项冠军产品；"
                             "奖补标准：企业奖励300万元，产品奖励100万元；受理科室：中小企业科", "6")
    assert [(r.item, r.level, r.cap) for r in row] == [
        ("新认定的国家级制造业单项冠军企业", "国家级", 3_000_000),
        ("新认定的国家级制造业单项冠军产品", "国家级", 1_000_000)]


DECISION = """某市人民政府
关于修改《某市专精特新企业奖励办法》部分条款的决定
某政规〔2025〕4号
市人民政府决定对《某市专精特新企业奖励办法》作如下修改：
一、将第三条中的“分别给予一次性奖励30万元、10万元”修改为“分别给予一次性奖励50万元、15万元”。
二、增加一条，作为第四条：“对专精特新企业实施数字化改造的，按实际投入的20%给予补助，单个企业最高30万元。”
本决定自2025年8月1日起施行。
某市专精特新企业奖励办法
第一条 为培育专精特新企业，制定本办法。
第二条 市工业和信息化局负责本办法的组织实施。
第三条 对新认定的国家级专精特新“小巨人”企业、省级专精特新中小企业，分别给予一次性奖励50万元、15万元。
第四条 对专精特新企业实施数字化改造的，按实际投入的20%给予补助，单个企业最高30万元。
"""


def test_rules_of_the_forty_third_session():
    from retrieval.documents.amounts import extract_incentives
    from retrieval.documents.parser import split_documents

    # a 决定 whose own items stand before the measure it re-publishes is a document of its own
    parsed = split_documents(DECISION)
    assert [d.title for d in parsed] == ["关于修改《某市专精特新企业奖励办法》部分条款的决定",
                                         "某市专精特新企业奖励办法"]
    corpus = build_corpus({"decision.txt": DECISION}, {})
    assert sorted(corpus.documents) == ["decision-1", "decision-2"]
    assert [c.clause_id for c in corpus.clauses if c.doc_id == "decision-1"] == ["decision-1/一", "decision-1/二"]
    # an amendment grants what its new wording says; a sum whose item is the amended clause's gives no record
    assert extract_incentives("一、将第三条中的“分别给予一次性奖励30万元、10万元”修改为"
                              "“分别给予一次性奖励50万元、15万元”。", "一") == ()
    added = extract_incentives("二、增加一条，作为第四条：“对专精特新企业实施数字化改造的，按实际投入的20%给予补助，"
                               "单个企业最高30万元。”", "二")
    assert [(r.item, r.rate, r.cap) for r in added] == [("专精特新企业实施数字化改造", 0.2, 300_000)]
    # a 公示's list of firms and the sums each is to get is no rule of what any enterprise may get
    firms = ("序号企业名称奖励项目拟兑现金额（元）\n1石楠昌达机械有限公司纳税上台阶50000\n"
             "2石楠恒泰包装有限公司纳税增长80000")
    assert extract_incentives(firms, "二") == ()
    # a sum withheld (不再给予5万元奖励) is no grant
    assert [r.cap for r in extract_incentives("省级专精特新中小企业奖励由10万元提高到15万元；市级专精特新中小企业不再"
                                              "给予5万元奖励，只纳入培育库。", "1")] == [100_000, 150_000]
    # a document naming no place whose title starts with the bare name of a place the others are of is that place's
    places = build_corpus({"a.txt": "檀州市人民政府\n檀州市奖励办法\n一、对企业给予5万元奖励。\n",
                           "b.txt": "檀州12345热线知识库\n一、企业能领什么补贴？答：每人1500元。\n"}, {})
    assert (places.documents["b"].jurisdiction, places.documents["b"].issuer_level) == ("檀州市", "city")


def test_a_restatement_names_the_clause_it_cites():
    from retrieval.search.retrieve import _cited, _repeats

    # (a knowledge base's answer restating a measure's sum, citing the measure: retrieve puts the measure's clause, its
    # source, first when both answer)
    source = "某市专精特新企业奖励办法\n第一条 对新认定的国家级专精特新“小巨人”企业，给予一次性奖励50万元。\n"
    restated = ("某市12345知识库\n一、专精特新奖励\n问：小巨人奖多少？答：根据《某市专精特新企业奖励办法》，"
                "国家级专精特新“小巨人”企业奖励由30万元提高到50万元。\n二、其他\n问：刻章收费吗？答：免费。\n")
    index = build_index(build_corpus({"kb.txt": restated, "src.txt": source}, {}), ConceptEmbeddings())
    clauses = {c.clause_id: c for c in index.clauses}
    assert _cited(index, clauses["kb/一"]) == {"src"} and _cited(index, clauses["kb/二"]) == set()
    assert _repeats(clauses["src/第一条"], clauses["kb/一"]) and not _repeats(clauses["kb/一"], clauses["src/第一条"])


def test_a_level_not_granted_by_two_items_of_one_level():
    from retrieval.answer.compose import _levels_granted_instead
    from retrieval.records import Amount

    # 市级 asked of a clause whose two matching sums are both 省级 (old and new standard): the level is not granted
    index, _ = one_document("kb", "某市知识库\n一、专精特新奖励调整\n省级专精特新中小企业由10万元提高到15万元。\n")
    amounts = (Amount(100_000, "10万元", "省级专精特新中小企业由", "一、", "省级"),
               Amount(150_000, "15万元", "省级专精特新中小企业由10万元提高到", "一、", "省级"))
    query = analyse(index, "我们刚评上市级专精特新中小企业，市里有奖励吗？")
    assert _levels_granted_instead(query, amounts) == ["省级"]


def test_terms_and_parts_of_the_forty_third_session():
    from retrieval.documents.amounts import extract_incentives

    # a grant's years as a part of their own (…给予租金补贴，补贴2年，…) are its term
    rent = extract_incentives("新引进的工业企业租用县内标准厂房的，按每平方米每月6元给予租金补贴，补贴2年，"
                              "补贴面积不超过5000平方米。", "24")[0]
    assert (rent.cap, rent.per, rent.years, rent.max_units) == (6, "每平方米每月", 2, 5000)
    # equal shares that make the sum whole (分两年各发放50%) are instalments; unequal ones (4:3:3) are shares
    settle = extract_incentives("企业新引进全职博士研究生、硕士研究生，分别给予安家补贴8万元/人、3万元/人，"
                                "分两年各发放50%。", "14")
    assert [(r.cap, r.instalments, r.shares) for r in settle] == [(80_000, 2, ()), (30_000, 2, ())]
    # the first year's part of the sum of two kinds counted (2个博士3个硕士，第一年): half the total
    from retrieval.answer.compose import _calculation

    index, _ = one_document("list", "葭泉县惠企政策清单\n一、人才引育\n1.企业新引进全职博士研究生、硕士研究生，"
                                    "分别给予安家补贴8万元/人、3万元/人，分两年各发放50%。\n")
    worked = _calculation(analyse(index, "今年招了2个博士3个硕士，县里安家补贴第一年能发多少"), index.clauses[0])
    assert worked.value == 125_000 and worked.steps[-1] == "分2期平均兑现，第一年：25万元 × 50% = 12.5万元。"


def test_units_given_to_a_run_of_items_and_a_topup_after_what_was_paid():
    from retrieval.documents.amounts import extract_incentives
    from retrieval.search.retrieve import _assigning_units

    # the clause that gives an item its units as a run of items (第1—2条由县工业和信息化局负责) states them for it
    index, _ = one_document("county", "某县若干措施\n一、支持技术改造\n1.技改设备补助。按设备投资额的6%给予补助。\n"
                                      "2.小升规奖励。首次纳入规上统计的企业奖励8万元。\n二、附则\n"
                                      "3.本措施第1—2条由县工业和信息化局负责解释和兑现。\n")
    clauses = {c.clause_id: c for c in index.clauses}
    assert _assigning_units(index, clauses["county/一.2"]).clause_id == "county/二.3"
    assert _assigning_units(index, clauses["county/二.3"]) is None
    # a top-up written as what was paid deducted (按本条第一款标准扣除已奖励部分后补足) governs the clause's sums
    listed = extract_incentives("在北京证券交易所首发上市的，给予一次性奖励300万元。已获得挂牌奖励的企业上市的，"
                                "按本条第一款标准扣除已奖励部分后补足。", "第十条")
    assert [(r.cap, r.topup) for r in listed] == [(3_000_000, True)]


def test_units_given_by_article_numbers_in_a_clause_of_duties():
    from retrieval.documents.parser import item_number, units_said_for

    # a clause of duties gives articles their units by number, listed (第八条、第九条) or alone, handled (负责) or
    # accepted (受理), without saying 本政策; articles numbered 一、二、 are cited as 第四条
    text = ("某县人才引育十条\n一、安家补贴。对新引进的博士给予安家补贴15万元。\n二、技能人才奖励。"
            "对职工新取得技师证书的，给予本人奖励3000元。\n三、人才公寓。博士可申请入住人才公寓。\n四、申报程序。"
            "第一条至第三条每季度首月受理；第二条由县人力资源和社会保障局受理，第一条、第三条由县委人才工作领导小组办公室"
            "负责。\n")
    index, embedder = one_document("talent", text)
    assert [c.departments for c in index.clauses][:3] == [
        ("县委人才工作领导小组办公室",), ("县人力资源和社会保障局",), ("县委人才工作领导小组办公室",)]
    said = ("第二条由县人力资源和社会保障局受理", ("县人力资源和社会保障局",))
    assert units_said_for(index.clauses[3].text, "二、") == said
    assert (item_number("二、"), item_number("二、", in_words=True)) == (None, 2)  # (第2条 names an item 2., not 二、)
    # the question who handles an item is answered by the clause of duties, with the part naming that item
    hits = [Hit(index.clauses[3], 1.0, 1.0, 1.0, True), Hit(index.clauses[1], 0.9, 0.9, 1.0, True)]
    query = analyse(index, "职工考了技师证，县里的奖励去哪个部门申请？")
    answer = compose(query, hits, index.documents, index.keywords, clauses=index.clauses)
    assert answer.answer.splitlines()[1:3] == [f"{said[0]}。", "责任单位：县人力资源和社会保障局。"]
    # another document's article (依据《某市办法》第十条, 根据省政府令第五条) or an amendment's quotation gives none
    assert units_said_for("依据《某市办法》第十条由市财政局负责拨付的部分，按规定执行。", "第十条") is None
    assert units_said_for("根据省政府令第五条由市财政局负责拨付。", "第五条") is None
    assert units_said_for("将第五条中的“由县财政局负责”修改为“由县工业和信息化局负责”。", "第五条") is None
    # 分别 pairs articles and units in order; the part quoted runs to the end of its comma part
    duties = "第二条、第三条分别由县科学技术局、县商务局负责兑现；第四条由县人力资源和社会保障局负责受理。"
    assert [units_said_for(duties, n) for n in ("第三条", "第四条")] == [
        ("第二条、第三条分别由县科学技术局、县商务局负责兑现", ("县商务局",)),
        ("第四条由县人力资源和社会保障局负责受理", ("县人力资源和社会保障局",))]
    # a document whose items are numbered 1.: its 第二条 is item 2., not the section 二、 (the document's units)
    mixed = build_corpus({"m.txt": "某县若干措施\n一、支持技改\n1.技改补助。按设备投资额的8%给予补助。\n"
                                   "2.贷款贴息。按LPR的30%给予贴息。\n二、优化营商环境。各部门要提高服务效率。\n"
                                   "三、附则\n3.本措施第一条由县工业和信息化局负责兑现，第二条由县金融工作服务中心"
                                   "负责兑现。\n"}, {})
    units = {c.number: c.departments for c in mixed.clauses}
    assert (units["一、2."], units["二、"]) == (("县金融工作服务中心",), ("县工业和信息化局", "县金融工作服务中心"))


def test_a_topup_asked_after_a_lower_grant_received():
    from retrieval.answer.compose import _calculation

    # what was received is told (创新层挂牌领过50万), the grant topped up is what the other parts name (北交所上市)
    index, _ = one_document("listing", "某市专精特新奖励办法\n第十条 专精特新中小企业在北京证券交易所首发上市的，"
                                       "给予一次性奖励300万元。在全国中小企业股份转让系统创新层挂牌的，给予一次性奖励"
                                       "50万元。已获得挂牌奖励的企业上市的，按上市标准扣除已奖励部分后补足。\n")
    worked = _calculation(analyse(index, "公司之前在新三板创新层挂牌领过市里50万，今年北交所上市成功了，还能再拿多少"),
                          index.clauses[0])
    assert worked.value == 2_500_000 and "300万元 − 已获50万元 = 250万元" in "".join(worked.steps)


def test_calculations_of_the_forty_fourth_session():
    from retrieval.answer.compose import _calculation

    # a rate on the part above a bar its base names (按超过1亿元部分的1%): the figure less that bar
    index, _ = one_document("chain", "某市奖补标准\n二、产业链配套\n8.企业年度采购市内非关联工业企业配套产品金额"
                                     "超过1亿元的，按超过1亿元部分的1%给予奖励，最高100万元。\n")
    worked = _calculation(analyse(index, "今年从市内配套厂采购了1.8个亿的零部件，产业链配套能奖多少？"),
                          index.clauses[0])
    assert worked.value == 800_000 and "超过部分：1.8亿元 − 1亿元 = 8000万元。" in "".join(worked.steps)
    # of two rules the question names alike, the one whose case it names most completely (培养高级工)
    index, _ = one_document("apprentice", "某市技能提升政策\n二、学徒制\n8.企业与技工院校联合开展新型学徒制培训的，"
                                          "按每人每年5000元补贴；培养高级工及以上等级的，按每人每年6000元补贴。\n")
    worked = _calculation(analyse(index, "我们和技校搞新型学徒制，3个学徒都是培养高级工，学徒补贴能拿多少"),
                          index.clauses[0])
    assert worked.value == 18_000
    # counts told of kinds, one named as the end of the other's name (高级技师 / 技师), under the enterprise's limit
    index, _ = one_document("skills", "某县若干措施\n四、人才\n11.企业职工新取得高级技师、技师职业资格证书的，"
                                      "分别奖励5000元/人、3000元/人，每家企业每年最高10万元。\n")
    worked = _calculation(analyse(index, "今年厂里15个人拿了高级技师证，12个人拿了技师证，县里一共奖多少？"),
                          index.clauses[0])
    assert worked.value == 100_000 and worked.steps[-1] == "超过每家企业每年上限（最高10万元），按10万元计。"
    assert "5000元 × 15人 = 7.5万元" in worked.steps[0] and "3000元 × 12人 = 3.6万元" in worked.steps[1]
    # a rule paid on a grant from above, the grant told as received (县里补了48万): its figure
    index, _ = one_document("match", "某镇奖励办法\n一、奖励标准\n（三）获得县级技术改造补助的项目，镇级按县级补助额的"
                                     "10%给予配套奖励，单个项目最高10万元。\n")
    worked = _calculation(analyse(index, "技改配套奖励，县里补了48万，镇里给多少"), index.clauses[0])
    assert worked.value == 48_000


def test_a_table_row_states_a_time_and_a_clause_naming_items_by_number_is_about_them():
    from dataclasses import replace

    from retrieval.documents.parser import items_named
    from retrieval.search.retrieve import _referred_items, judge

    index, _ = one_document("town", "某镇企业奖励申报通知\n二、奖励标准\n6.稳岗用工奖。新招用本镇户籍人员的，"
                                    "每人奖励1000元。\n四、申报材料\n1.新招用人员花名册、劳动合同，用于申报第6项。\n")
    clauses = {c.clause_id: c for c in index.clauses}
    position = list(clauses).index("town/四.1")
    assert _referred_items(index) == {position: "\n6.稳岗用工奖。"}
    # a row's cells are one record: its time column states the time of the stage another cell names (not a time
    # cell of another event beside it)
    asked = analyse(index, "镇里奖励钱什么时候能到账？")
    row = replace(clauses["town/四.1"],
                  text="阶段：资金拨付；时间：2025年5月30日前；工作内容：奖励资金拨付至企业对公账户")
    assert judge(row, 1.0, 0.9, asked)
    assert not judge(replace(row, text="申报截止：6月30日；资金拨付：审核后拨付"), 1.0, 0.9, asked)
    # items named by number, as 项 or as 条, in a run or a list; a run reversed or too long, another document's items,
    # 项目: none; 第三条第2项 names article 3, not item 2
    assert items_named("适用第1、2项") == [1, 2] and items_named("第1至5项由县工信局负责") == [1, 2, 3, 4, 5]
    assert items_named("第十五条至第十七条按季度受理") == [15, 16, 17]
    assert items_named("第10—11条由县人社局负责") == [10, 11]
    assert items_named("第5至1项") == items_named("第1至999项") == []
    assert items_named("第三条第2项") == [3]
    assert items_named("《办法》第3项") == items_named("《办法》第十条") == items_named("第1-3项目") == []


ENUMERATED = """云溪镇企业发展奖励办法
一、奖励标准
（一）商贸入限奖。对新纳入限额以上统计的批发零售企业奖励1万元，住宿餐饮企业奖励5000元。
（二）技能人才奖励。对企业职工新取得高级技师、技师、高级工职业资格证书的，分别给予本人一次性奖励5000元、3000元、1000元。
"""


def test_each_item_of_an_enumeration_asked_is_answered_and_a_kind_ending_another_is_whole():
    from retrieval.answer.compose import select_amounts

    index, _ = one_document("enumerated", ENUMERATED)
    trade, skills = index.clauses[0], index.clauses[1]
    # (高级技师、技师、高级工…证书: 技师 is a kind of its own, not 高级技师 again)
    assert [(r.item, r.cap) for r in skills.incentives] == [
        ("高级技师", 5000), ("技师", 3000), ("高级工职业资格证书", 1000)]
    each = analyse(index, "新入限的批发零售企业和住宿餐饮企业，镇里各奖多少？")
    assert [a.value for a in select_amounts(each, trade.amounts)] == [10_000, 5_000]
    one = analyse(index, "新入限的住宿餐饮企业镇里奖多少？")  # (one asked: the one named)
    assert [a.value for a in select_amounts(one, trade.amounts)] == [5_000]


LEVELLED_ITEMS = """云溪市中小企业发展奖励办法
一、对新认定的国家级、省级小型微型企业创业创新示范基地，分别奖励50万元、30万元；对新认定的国家级、省级中小企业公共服务示范平台，分别奖励50万元、30万元。
"""


def test_each_item_asked_is_taken_at_the_level_written_before_it():
    from retrieval.answer.compose import select_amounts

    index, _ = one_document("levelled", LEVELLED_ITEMS)
    query = analyse(index, "园区是国家级小型微型企业创业创新示范基地，"
                           "运营公司又评上省级中小企业公共服务示范平台，各奖多少？")
    chosen = select_amounts(query, index.clauses[0].amounts)
    assert [(a.level, a.value) for a in chosen] == [("国家级", 500_000), ("省级", 300_000)]


YEARLY_CEILING = """云溪县促进工业发展若干措施
一、对新认定的省级专精特新中小企业，给予一次性奖励20万元。
二、对企业开展数字化诊断的，按诊断费用的50%给予补助，每家企业最高2万元。
三、对新认定的省级绿色工厂，给予一次性奖励10万元。
四、同一企业同一年度获得本措施奖励资金累计不超过100万元。
"""


@pytest.mark.parametrize("question, top, amounts", [
    # the most one enterprise may get in a year, no item named: the ceiling on all it gets
    ("一家企业一年在这些措施里最多能拿多少奖励？", "ceiled/四", [1_000_000]),
    ("每年每家企业最多能拿多少奖励？", "ceiled/四", [1_000_000]),
    # an item named: its own cap, the ceiling aside
    ("数字化诊断补助一家企业一年最多能拿多少？", "ceiled/二", [20_000]),
])
def test_the_most_an_enterprise_may_get_in_a_year_is_its_ceiling(question, top, amounts):
    library = one_document("ceiled", YEARLY_CEILING)
    query = analyse(library[0], question)
    assert query.ceiling_asked
    answer, hits = ask(library, question)
    assert hits[0].clause.clause_id == top and [a.value for a in answer.amounts] == amounts


PER_BOX = """云溪县促进物流发展若干措施
一、对开展海铁联运的企业，按每标准箱50元给予补贴，每家企业每年最高不超过50万元。
二、对新认定的省级绿色工厂，给予一次性奖励10万元。
"""


@pytest.mark.parametrize("question, amounts", [
    # a per-unit sum's own limit of the enterprise's year is its yearly ceiling
    ("海铁联运补贴一家企业一年最多能拿多少？", [500_000]),
    # asked beside the unit's sum, in another part: both, the unit's first
    ("海铁联运每标准箱补贴多少？一家企业一年最多多少？", [50, 500_000]),
])
def test_a_sums_own_limit_of_the_enterprises_year_is_its_ceiling(question, amounts):
    answer, hits = ask(one_document("boxes", PER_BOX), question)
    assert hits[0].clause.clause_id == "boxes/一" and [a.value for a in answer.amounts] == amounts


def test_the_ceiling_asked_is_the_limit_of_the_sum_asked_and_no_figures_are_set_aside_for_it():
    # (review) two sums with limits of their own: the one asked, not the clause's first
    second = "；对开展公铁联运的企业，按每标准箱30元给予补贴，每家企业每年最高不超过30万元。\n二、"
    two = PER_BOX.replace("。\n二、", second)
    answer, _ = ask(one_document("boxes", two), "公铁联运补贴一家企业一年最多能拿多少？")
    assert [a.value for a in answer.amounts] == [300_000]
    # the asker's units told: worked out, not the limit (1000平方米 × 10元 × 12个月 = 12万)
    rent = ("云溪县厂房租金补贴办法\n一、对租用标准厂房的企业，按每平方米每月10元给予租金补贴，"
            "每家企业每年最高不超过30万元。\n")
    answer, _ = ask(one_document("rent", rent), "租了1000平厂房，租金补贴一家企业一年最多能拿多少？")
    assert [a.value for a in answer.amounts] == [120_000]


def test_no_ceiling_is_asked_without_one_enterprise_and_its_year():
    from retrieval.lexicon.patterns import CEILING_ASKED

    assert all(CEILING_ASKED.search(t) for t in ("单个企业每年最多", "每家每年封顶多少", "同一企业每年最高多少"))
    # a project's or a payment's most (一个项目一年最多, 一次性奖励每年最多), a year alone (一个年度最多): no ceiling
    assert not any(CEILING_ASKED.search(t) for t in ("一个项目一年最多补多少", "一次性奖励每年最多多少",
                                                     "一个年度最多", "企业每年最多能拿多少"))


# Old and new standards side by side, bounded by the date the project was finished (a county's 办事指南 does this
# when a new policy replaces one in mid-year): the asker's date decides which answers.
BY_DATE = """云溪县技术改造补助办事指南
一、支持标准
（一）2025年7月1日以后竣工投产的项目，按设备投资额的5%给予补助，单个项目最高150万元。
（二）2025年1月1日至6月30日期间竣工投产的项目，设备投资额500万元以上的，按设备投资额的4%给予补助，单个项目最高100万元；设备投资额不足500万元的不予补助。
"""


def test_the_date_a_clause_bounds_and_the_date_an_asker_tells_are_read_as_spans_of_days():
    from retrieval.lexicon.patterns import date_bounds, date_fits, event_date

    assert date_bounds("2025年7月1日以后竣工投产的项目") == [(20250701, 99999999)]
    assert date_bounds("2025年1月1日至6月30日期间竣工投产的项目") == [(20250101, 20250630)]
    assert date_bounds("须于2025年5月31日前完成网上申报") == []  # a deadline, no bound on the event
    assert event_date("技改项目2025年3月竣工，设备投资800万") == (20250301, 20250331)
    assert event_date("2025年上半年竣工投产的技改项目") == (20250101, 20250630)
    assert event_date("2024年2月才竣工投产") == (20240201, 20240229)
    # a month told without its year takes the year told before it (the question a follow-up is completed from)
    assert event_date("2025年10月竣工的项目怎么补？ 那要是4月份竣工的呢？") == (20250401, 20250430)
    assert event_date("4月份竣工的") is None and event_date("能报今年3月份的补助吗") is None
    assert date_fits([(20250101, 20250630)], (20250401, 20250430)) is True
    assert date_fits([(20250701, 99999999)], (20250401, 20250430)) is False
    assert date_fits([], (20250401, 20250430)) is None


@pytest.mark.parametrize("question, history, top, amounts", [
    ("技改项目2025年3月竣工，设备投资800万，县里补多少？", None, "dated/一.（二）", [320_000]),
    ("2025年10月竣工的技改项目，设备投资450万，县里能补多少？", None, "dated/一.（一）", [225_000]),
    ("2025年上半年竣工投产的技改项目，设备补助单个项目最高多少？", None, "dated/一.（二）", [1_000_000]),
    # (怎么补 asks how much: the follow-up asks it again of its own date)
    ("那要是4月份竣工的呢？", [("2025年10月竣工的技改项目，设备投资县里怎么补？", "按设备投资额的5%。")],
     "dated/一.（二）", [1_000_000]),
])
def test_the_clause_for_the_span_the_asker_s_date_falls_in_answers(question, history, top, amounts):
    library = one_document("dated", BY_DATE)
    answer, hits = ask(library, question, history)
    assert hits[0].clause.clause_id == top and [a.value for a in answer.amounts] == amounts


def test_a_bar_on_the_base_is_no_minimum_of_the_grant():
    # 设备投资额不足500万元的不予补助 bars the investment (a threshold), not a grant below 500万
    assert one_record("设备投资额500万元以上的，按设备投资额的4%给予补助，单个项目最高100万元；"
                      "设备投资额不足500万元的不予补助。").minimum is None
    assert one_record("按研发投入增量的5%给予补助，单个企业最高50万元。补助金额低于2万元的不予补助。").minimum == 20_000


def test_a_city_whose_suffix_the_segmenter_joined_to_the_next_word_is_still_named():
    from retrieval.search.query import _county_or_town_names

    # 桐柏市招用: the city's suffix joined to the word after it, a word of no one's; not 能报市级, 年评省级, 上个市级
    assert _county_or_town_names("隔壁桐柏市招用就业困难人员的社保补贴能补几年？") == ["桐柏市"]
    assert not any(_county_or_town_names(t) for t in ("21年评省级专精特新的时候", "能报市级专精特新吗",
                                                      "刚评上个市级数字化车间，管委会能给几个钱"))


def test_who_bears_the_cost_is_answered_by_the_clause_that_splits_it():
    text = FINAL.replace("三、附则\n", "三、附则\n（一）本措施所需资金由市、县财政按5:5比例分担。\n（二）")
    library = one_document("split", text)
    history = [("省级瞪羚企业奖励多少？", "30万元。")]
    answer, hits = ask(library, "这钱谁出？", history)
    assert hits[0].clause.clause_id == "split/三.（一）" and answer.found and not answer.amounts
    # who bears it (谁出, 怎么分, 全出还是分担) asks for the split, no sum; 县里出多少 asks for a share of the sum
    assert all(analyse(library[0], q, history).payer for q in ("市县怎么分？", "是市里全出，还是县里也要分担？"))
    assert not analyse(library[0], "这笔奖励县里出多少？", history).payer
    assert not analyse(library[0], "拟奖励名单全出来了吗？").payer


def test_an_item_is_named_by_what_follows_the_lead_its_enumeration_shares():
    from retrieval.answer.compose import _named_at

    asked = "去北交所上市、新三板精选层挂牌、基础层挂牌，各奖多少？"
    first, second = "在全国中小企业股份转让系统精选层挂牌", "在全国中小企业股份转让系统基础层挂牌"
    assert _named_at(first, [second], asked) == asked.find("精选层挂牌")
    assert _named_at(second, [first], asked) == asked.find("基础层挂牌")
    assert _named_at(second, [first], "新三板精选层挂牌奖多少") < 0
    # (not a short lead and a generic end: 示范企业 of 单项冠军示范企业 beside 单项冠军产品, said of 电商示范企业)
    assert _named_at("单项冠军示范企业", ["单项冠军产品"], "我们是国家级电商示范企业，合计多少") < 0


def test_rising_into_the_statistics_is_spelled_out_as_documents_write_it():
    from retrieval.lexicon.tokenizer import expand_abbreviations

    # 升规: entered into the above-scale statistics, as 入规 is (not 小升规: documents write it)
    assert [expand_abbreviations(t) for t in ("新升规的工业企业", "当年就升规")] == [
        "新纳入规模以上的工业企业", "当年就纳入规模以上"]
    # (not 纳统 / 入统, the statistics themselves as often as entering them: 纳统情况由哪个部门核实)
    for text in ("小升规奖励", "新入统企业", "纳统情况", "提升规范化水平", "晋升规则", "上升规律", "纳入统计"):
        assert expand_abbreviations(text) == text


STAGES = """江枫市资本市场奖励办法
一、企业在境内证券交易所首发上市的，分阶段奖励：辅导备案登记后奖励100万元，申报材料获受理后奖励100万元，成功上市后奖励200万元。在区域股权交易中心挂牌的，奖励10万元。（责任单位：市金融局）
二、首次纳入规模以上工业统计的企业，一次性奖励20万元；当年新建投产并当年纳入统计的，另加奖10万元。（责任单位：市工信局）
三、对新引进的全日制博士研究生、硕士研究生，分别给予人才安家补助15万元/人、6万元/人，按5:3:2比例分三年发放。（责任单位：市人才办）
"""


def test_a_total_of_a_staged_grant_adds_its_stages_and_a_follow_up_keeps_what_was_named_before():
    library = one_document("stages", STAGES)
    total, hits = ask(library, "企业上市奖励总共多少？")
    assert hits[0].clause.clause_id == "stages/一" and [a.value for a in total.amounts] == [4_000_000]
    assert "100万元 + 申报材料获受理后100万元 + 成功上市后200万元 = 400万元" in total.answer
    one, _ = ask(library, "企业成功上市后奖励多少？")  # no total asked: the stage's own sum
    assert [a.value for a in one.amounts] == [2_000_000]
    # 升规 said for 纳入规模以上: the add-on's condition named with its grant's, and a total asked
    history = [("新升规的工业企业奖励多少？", "一次性奖励20万元。")]
    both, _ = ask(library, "那要是当年刚建成投产、当年就升规的呢？一共奖励多少？", history)
    assert [a.value for a in both.amounts] == [300_000]
    # 那第三年能拿多少: its own words name no item; the question before named 硕士 whole
    history = [("引进的全日制硕士人才安家补助多少？", "6万元/人，按5:3:2分三年发放。")]
    third, _ = ask(library, "那第三年能拿多少？", history)
    assert [a.value for a in third.amounts] == [12_000]


def test_a_grant_named_by_the_bar_it_was_paid_for_is_a_tier_received_not_a_sum():
    from retrieval.search.figures import read_facts

    facts = read_facts("去年已经拿了过2亿的奖励，今年营收过了5亿，县里还能拿多少？")
    assert (facts.received, facts.received_tier) == (None, 200_000_000)
    assert read_facts("去年拿了10万的奖励，今年营收过了5亿").received == 100_000  # a sum received
    # (review: the 过 of a verb of getting, and 超过, say a sum received, not a bar)
    for said, received in (("已经拿过20万的奖励，升成国家级还能再拿多少", 200_000),
                           ("曾经领过10万补贴，升级后还能领多少", 100_000), ("已经累计拿了超过100万的补贴", 1_000_000)):
        assert (read_facts(said).received, read_facts(said).received_tier) == (received, None)


def test_a_follow_up_that_asks_nothing_of_its_own_asks_the_unit_sum_before_the_limit():
    library = one_document("fair", "荻水镇奖励办法\n一、参展补贴。企业参加国内专业展会的，每个标准展位补助2000元；"
                                   "参加境外展会的，每个标准展位补助5000元；每家企业每年补助最高不超过2万元。"
                                   "（责任单位：镇财政所）\n")
    history = [("参加国内展会每个展位补助多少？", "")]
    answer, _ = ask(library, "境外的呢？一年最多能补助多少？", history)
    assert [a.value for a in answer.amounts] == [5000, 20_000]  # 境外的呢 asks 每个展位补多少 again, then the limit
    most, _ = ask(library, "参加境外展会一年最多能补助多少？")
    assert [a.value for a in most.amounts][0] == 20_000


def test_a_sum_a_colon_opens_and_the_sums_after_it_add_up_to_is_paid_in_those_stages():
    from retrieval.answer.compose import stages_of

    library = one_document("steps", "溪口县上市奖励办法\n一、企业在境内证券交易所首发上市的，分阶段奖励500万元："
                                    "完成辅导备案的奖励100万元，申报材料获受理的奖励150万元，成功上市的奖励250万元。（责任单位：县金融中心）\n")
    whole, stages = stages_of(library[0].clauses[0])
    assert (whole.cap, [r.cap for r in stages]) == (5_000_000, [1_000_000, 1_500_000, 2_500_000])
    each, _ = ask(library, "企业上市奖励每步各多少？")
    assert [a.value for a in each.amounts] == [1_000_000, 1_500_000, 2_500_000]
    total, _ = ask(library, "企业上市奖励一共多少？")
    assert [a.value for a in total.amounts] == [5_000_000]
    levels, _ = one_document("levels", "溪口县奖励办法\n一、对新认定的国家级、省级、市级企业技术中心，分别奖励50万元、"
                                       "30万元、20万元。\n二、企业技术中心获得国家级认定后奖励50万元，获得省级认定后奖励20万元。\n"
                                       "三、单个企业奖励金额最高300万元：营业收入首次突破10亿元的奖励100万元，首次突破20亿元的"
                                       "奖励200万元。\n")
    # (review: 50万 = 30万 + 20万 with no colon opening them, steps at two levels, a cap over a tier list: no stages)
    assert [stages_of(c) for c in levels.clauses] == [(None, [])] * 3


def test_the_most_an_enterprise_may_get_in_a_year_is_its_yearly_ceiling_not_a_unit_cap():
    library = one_document("yearly", "霁水省首台套奖励办法\n一、对经认定的省首台（套）重大技术装备，按产品单台（套）"
                                     "销售价格的20%给予奖励，单台（套）奖励最高不超过300万元；同一企业每年累计奖励最高不超过500万元。\n")
    most, _ = ask(library, "首台套重大技术装备奖励，一家企业一年最多能拿多少？")
    assert [a.value for a in most.amounts] == [5_000_000]
    one, _ = ask(library, "首台套重大技术装备奖励，一台最多能拿多少？")  # a unit's cap, not the yearly ceiling
    assert [a.value for a in one.amounts] == [3_000_000]
    # (review: a programme's yearly budget is no enterprise's ceiling)
    from retrieval.answer.compose import _yearly_ceiling

    budget, _ = one_document("budget", "霁水省技改办法\n一、按实际投资额的10%给予补助，单个项目最高不超过200万元，"
                                       "每年累计补助资金总额不超过2000万元。\n")
    assert _yearly_ceiling(budget.clauses[0]) is None and _yearly_ceiling(library[0].clauses[0]).value == 5_000_000


def test_a_cap_for_each_unit_written_with_a_measure_word_caps_each_unit_of_a_sum_of_several():
    # (单台（套）奖励最高不超过300万元: a cap per unit, as 单个项目 is; 单项冠军 is an honour, no unit)
    library = one_document("units", "霁水省首台套奖励办法\n一、对经认定的省首台（套）重大技术装备，按产品单台（套）"
                                    "销售价格的20%给予奖励，单台（套）奖励最高不超过300万元；同一企业每年累计奖励最高不超过500万元。\n"
                                    "二、对新认定的国家级单项冠军示范企业奖励最高不超过300万元。\n")
    rule = library[0].clauses[0].incentives[0]
    assert (rule.per, rule.cap) == ("单台（套）", 3_000_000)
    assert library[0].clauses[1].incentives[0].per == ""
    answer, _ = ask(library, "我们有两个产品认定了首台套重大技术装备，单台售价分别是2000万和900万，一共奖励多少？")
    assert [a.value for a in answer.amounts] == [4_800_000]  # 300万 (400万 capped) + 180万, under 500万


TIERED = ("蒲水县技改细则\n第一条 技术改造设备投资补助。对竣工投产的技术改造项目，按项目设备投资额分档给予补助：\n"
          "（一）设备投资额300万元（含）至1000万元（不含）的，按设备投资额的6%给予补助；\n"
          "（二）设备投资额1000万元（含）至5000万元（不含）的，按设备投资额的8%给予补助；\n"
          "（三）设备投资额5000万元（含）以上的，按设备投资额的10%给予补助，单个项目补助最高不超过800万元。\n")


def test_a_tier_that_grants_a_rate_is_not_passed_over_for_the_next_tiers_cap():
    from retrieval.answer.compose import _items_granted

    library = one_document("tiered", TIERED)
    second = next(c for c in library[0].clauses if c.clause_id == "tiered/第一条.（二）")
    assert [a.item for a in _items_granted(second)] == ["设备投资额1000万元（含）至5000万元（不含）"]
    answer, hits = ask(library, "技术改造设备投资3000万元，补助多少？")
    assert answer.citations[0].clause == "第一条（二）"
    assert [a.value for a in answer.amounts] == [2_400_000]


def test_a_clause_that_says_the_class_asked_gets_nothing_answers_no():
    library = one_document("classes", "栎水市人才细则\n第五条 全职引进的高层次人才，给予安家补贴：A类300万元，"
                                      "B类150万元，C类80万元，D类30万元。\n第七条 企业自主培养、首次被认定为A类、B类、"
                                      "C类的人才，按本细则第五条标准的50%给予安家补贴。D类自主培养人才不享受安家补贴。\n")
    answer, _ = ask(library, "企业自主培养的人才今年刚认定为D类人才，有安家补贴吗")
    assert answer.citations[0].clause == "第七条"
    assert answer.amounts == [] and "D类自主培养人才不享受安家补贴" in answer.answer
    granted, _ = ask(library, "全职引进的D类人才安家补贴多少？")  # (the class granted elsewhere: its sum)
    assert [a.value for a in granted.amounts] == [300_000]


def test_a_unit_cap_is_not_read_in_the_end_of_a_noun_and_caps_each_sum_told():
    # (review: 名单次年, 清单项目, 保单次年 are no unit; 单场 caps each event's sum, not their total)
    from retrieval.documents.amounts import extract_incentives

    for text in ("列入名单次年给予奖励50万元。", "对列入清单项目给予最高100万元补助。",
                 "按保单金额的50%给予补贴，保单次年续保的最高不超过10万元。"):
        assert [r.per for r in extract_incentives(text, "x")] == [""]
    library = one_document("fairs", "栎水市会展办法\n一、举办展会的，按场地租金的50%给予补助，"
                                    "单场补助最高不超过10万元。\n")
    answer, _ = ask(library, "举办了两场展会，场地租金分别是10万和30万，补助一共多少？")
    assert [a.value for a in answer.amounts] == [150_000]  # 5万 + 10万 (15万 capped)


def test_a_class_is_refused_only_by_a_part_that_denies_it_what_is_asked():
    # (review: another class denied in the same sentence, a case of its own, another grant denied: the class's sum)
    for text, question, value in (
            ("第五条 全职引进的人才，给予安家补贴：A类300万元，B类150万元，C类80万元，D类30万元，"
             "E类人才不享受安家补贴。",
             "全职引进的D类人才安家补贴多少？", 300_000),
            ("第五条 全职引进的人才，给予安家补贴：A类300万元，B类150万元，C类80万元，D类30万元。"
             "D类人才已在本市享受购房补贴的，不再享受安家补贴。", "全职引进的D类人才安家补贴多少？", 300_000),
            ("第五条 对A类、B类人才给予安家补贴100万元。D类人才不享受安家补贴，给予租房补贴每月2000元。",
             "D类人才租房补贴每月多少？", 2000)):
        answer, _ = ask(one_document("grades", f"栎水市人才细则\n{text}\n"), question)
        assert [a.value for a in answer.amounts] == [value], text
