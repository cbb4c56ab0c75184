"""Several questions in one message: each part answered in turn, with its own clause and sum."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from retrieval.config import Settings
from retrieval.search.query import analyse, question_parts, resolve_followup
from retrieval.service.assistant import Assistant
from tests.test_core_fast import FINAL, STEPS, ConceptEmbeddings


def test_a_message_splits_at_its_question_marks_and_at_another_matter():
    assert question_parts("镇里引进全职博士有啥补贴？另外亩均效益评上A类能奖多少？") == [
        "镇里引进全职博士有啥补贴？", "亩均效益评上A类能奖多少？"]
    # a piece that asks nothing takes the last piece's question, without its words for the pieces (这两块分别),
    # which the last piece loses too (each asks of its own item)
    assert question_parts("新建产线设备投了2500万；另外刚评上市级专精特新，这两块分别能拿多少？") == [
        "新建产线设备投了2500万，能拿多少？", "刚评上市级专精特新，能拿多少？"]
    # the question lent is the last sentence's last part (not 到位200万。 before it); an act told after 还 / 又 / 也
    # is another item when the pieces are asked how much of together
    assert question_parts("拿了一个国家级项目，到位800万；还有一个省级项目，到位200万。一共能配多少？") == [
        "拿了一个国家级项目，到位800万，一共能配多少？", "还有一个省级项目，到位200万。一共能配多少？"]
    assert question_parts("今年头一回纳入规上统计，同一年又新买了一批设备，花了480万，这两项加起来能拿多少？") == [
        "今年头一回纳入规上统计，加起来能拿多少？", "同一年又新买了一批设备，花了480万，加起来能拿多少？"]
    # a last piece that only asks (…；这两项加起来能拿多少？) is lent to each, not a part of its own
    assert question_parts("生产设备投了1800万；同年还进了一级供应商名录；这两项加起来能拿多少？") == [
        "生产设备投了1800万，加起来能拿多少？", "同年还进了一级供应商名录，加起来能拿多少？"]
    # whether two grants stack is one question (no sum of each is asked)
    stack = "一个技改项目既想拿设备投资补助，又想申请贷款贴息，两个能一起报吗？"
    assert question_parts(stack) == [stack]
    assert question_parts("专精特新奖多少") == ["专精特新奖多少"]
    assert question_parts("瞪羚企业奖多少？") == ["瞪羚企业奖多少？"]
    many = "瞪羚奖多少？" * 5  # more than MAX_PARTS (4): one text, not five searches
    assert question_parts(many) == [many]
    # a piece with no Chinese is no question (OK?); the opening word goes, the words after it stay (外贸企业)
    assert question_parts("OK?另外外贸企业展会能补多少？再生资源项目奖多少？") == [
        "外贸企业展会能补多少？", "再生资源项目奖多少？"]
    one = "研发投入800万，同时营收增长了20%，能补多少？"  # 同时 adds a fact, not a question
    assert question_parts(one) == [one]
    assert question_parts("设备投了500万；另外评上了瞪羚") == ["设备投了500万；另外评上了瞪羚"]  # nothing asked last
    # a piece telling what was already received, asking nothing, is the account of what is asked after it
    risen = "2023年评上省级专精特新，当时拿过市里给的15万奖励；2025年又升成国家级小巨人，还能拿多少？"
    assert question_parts(risen) == [risen]


def assistant_on(folder: Path, text: str) -> Assistant:
    """An assistant over one document (final.txt) in `folder`, with the toy embedder."""
    corpus = folder / "corpus"
    corpus.mkdir()
    (corpus / "final.txt").write_text(text, encoding="utf-8")
    return Assistant.open(Settings(corpus_dir=corpus, index_dir=folder / "index", query_log="off",
                                   audit_log=folder / "audit.jsonl"), embedder=ConceptEmbeddings())


@pytest.fixture(scope="module")
def toy_assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_on(tmp_path_factory.mktemp("parts"), FINAL)


def test_two_questions_of_two_sums_are_answered_each_with_its_clause(toy_assistant: Assistant):
    answer, hits = toy_assistant.explain("省级瞪羚企业奖多少？另外技术改造设备投了500万能补多少？")
    # （二）瞪羚 30万; 二、（一）技术改造 10% of 500万 = 50万 (under the 200万 cap)
    assert [a.value for a in answer.amounts] == [300000, 500000]
    assert [c.clause for c in answer.citations][:2] == ["一、（二）", "二、（一）"]
    assert [h.clause.clause_id for h in hits[:2]] == ["final/一.（二）", "final/二.（一）"]
    assert all(h.relevant for h in hits[:2])  # each part's own hit, as it was judged (what an LLM is given)
    assert answer.answer.startswith("您的问题包含2问，逐一回答：\n1. 根据《云溪市支持制造业发展的若干措施》")
    assert "\n2. 根据《云溪市支持制造业发展的若干措施》（云政办发〔2024〕3号）二、（一）" in answer.answer


def test_a_part_that_asks_nothing_of_its_own_asks_what_the_part_before_asked(toy_assistant: Assistant):
    # 要是只评上市级工业设计中心呢: no how-much of its own, it borrows the first part's; each part answered alone,
    # the second as a follow-up of the first
    index = toy_assistant.index
    message = "省级瞪羚企业奖多少？要是只评上市级工业设计中心呢？"
    assert toy_assistant._separate_questions(index, analyse(index, message), []) == [
        "省级瞪羚企业奖多少？", "要是只评上市级工业设计中心呢？"]
    answer, _ = toy_assistant.explain(message)
    assert answer.answer.startswith("您的问题包含2问，逐一回答：") and [a.value for a in answer.amounts][:1] == [300000]


def test_the_government_spoken_of_once_is_that_of_every_part(toy_assistant: Assistant):
    index = toy_assistant.index
    query = analyse(index, "在市里，省级瞪羚企业奖多少？市级工业设计中心又奖多少？")
    assert toy_assistant._separate_questions(index, query, []) == [
        "在市里，省级瞪羚企业奖多少？", "市里市级工业设计中心又奖多少？"]
    # (a government named in a later part is not that of the parts before it)
    query = analyse(index, "省级瞪羚企业奖多少？市里对市级工业设计中心奖多少？")
    assert toy_assistant._separate_questions(index, query, []) == [
        "省级瞪羚企业奖多少？", "市里对市级工业设计中心奖多少？"]


def test_a_piece_jieba_made_of_a_grant_word_names_no_activity(toy_assistant: Assistant):
    # 还奖 (还 + 奖, a verb to jieba, in no dictionary) names no item: the second part asks of the first's
    answer, _ = toy_assistant.explain("省级瞪羚企业奖多少？第二年还奖多少？")
    assert not answer.answer.startswith("您的问题包含")


def test_a_question_and_its_other_aspect_stay_one_question(toy_assistant: Assistant):
    # 奖多少？找谁？ asks two things of one item: one answer, not two
    answer, _ = toy_assistant.explain("省级瞪羚企业奖多少？找哪个部门？")
    assert not answer.answer.startswith("您的问题包含")
    assert [a.value for a in answer.amounts] == [300000] and "市科技局" in answer.answer
    # 一共 asks for the total of the items: summed in one answer
    total, _ = toy_assistant.explain("评上省级瞪羚企业，又评上市级工业设计中心，一共能拿多少？")
    assert not total.answer.startswith("您的问题包含") and "合计40万元" in total.answer


def test_an_award_said_before_the_item_is_no_part_of_its_name():
    from retrieval.answer.compose import _item_names

    # 新认定的省级数字化车间: the item is 省级数字化车间 (its name was 新认定, shared by every item of the clause)
    assert _item_names("新认定的省级数字化车间") == ["省级数字化车间"]
    assert _item_names("当年新认定的省级智能工厂") == ["省级智能工厂"]
    assert _item_names("经认定的省首台（套）重大技术装备")[0] == "省首台重大技术装备"
    assert _item_names("获得“中国驰名商标”（行政认定）的纺织服装企业")[0] == "中国驰名商标"



def test_a_total_word_that_labels_a_figure_asks_for_no_total():
    from retrieval.search.figures import read_facts, total_asked

    assert total_asked("三年一共能拿多少") and not total_asked("项目累计投资1000万")
    # 累计投资 labels the asker's figure: 每年 / 一年 still ask for one year
    facts = read_facts("项目累计投资1000万，一年能补多少")
    assert facts.one_year and facts.each_year and not facts.year_and_term
    assert read_facts("一年补多少？三年一共多少？").year_and_term


def test_honours_told_one_after_another_and_asked_of_together_are_parts():
    assert question_parts("刚评上省级专精特新，还新建了一个市级工程技术研究中心，镇上这两样分别奖多少？") == [
        "刚评上省级专精特新，镇上奖多少？", "还新建了一个市级工程技术研究中心，镇上奖多少？"]
    assert question_parts("首台套装备单价800万，今年又新认定了省级工业设计中心，两个奖励各能拿多少？") == [
        "首台套装备单价800万，各能拿多少？", "今年又新认定了省级工业设计中心，各能拿多少？"]
    # asked of one thing: one question
    assert question_parts("评上了省级专精特新，还能再申请市里的吗？") == ["评上了省级专精特新，还能再申请市里的吗？"]


HIGH_TECH = FINAL.replace("三、附则", """三、高新技术企业
（一）对首次认定为高新技术企业的，给予一次性奖励30万元。（责任单位：市科技局）
（二）对整体迁入本市且仍在有效期内的高新技术企业，给予一次性奖励20万元。（责任单位：市科技局）
（三）对首次进入知名整车企业一级供应商名录的，给予一次性奖励50万元；首次进入二级供应商名录的，给予一次性奖励20万元。
四、附则""")


def test_each_part_chooses_its_own_item_when_the_whole_found_one_sum_a_part(tmp_path: Path):
    assistant = assistant_on(tmp_path, HIGH_TECH)
    # 证书还在有效期内 (还: still) read the whole as two items named (首次认定…高新技术企业 and 技术改造); the
    # first part alone is the enterprise moving in whole: 20万, not the first recognition's 30万
    answer, _ = assistant.explain("我们是高新技术企业，证书还在有效期内，整体迁入云溪市，奖多少？"
                                  "另外技术改造设备投了500万能补多少？")
    assert answer.answer.startswith("您的问题包含2问")
    assert [a.value for a in answer.amounts] == [200000, 500000]
    # a rank in numerals (二级) chooses among items alike but for it (一级…50万元；二级…20万元)
    answer, _ = assistant.explain("我们首次进了一家知名整车厂的二级供应商名录，有什么奖励？")
    assert [a.value for a in answer.amounts] == [200000]


TALENT = """云溪高新区人才政策清单
一、对新引进的A、B、C类高层次人才，分别给予200万元、100万元、50万元购房补贴，分5年发放。（责任单位：人才办）
二、对新认定的省级数字化车间，给予30万元奖励；对新认定的省级智能工厂，给予80万元奖励。（责任单位：工信局）
三、企业新引进全职博士的，按每人每月2000元给予生活补贴。（责任单位：人才办）
"""


def test_a_part_that_names_no_thing_of_its_own_asks_of_the_part_before(tmp_path: Path):
    talent = assistant_on(tmp_path, TALENT)
    # 我们新引进的是B类人才，能给多少 names nothing but a class (B类) and a verb (引进): of 购房补贴, not 博士的生活补贴
    answer, hits = talent.explain("高层次人才购房补贴分几类？我们新引进的是B类人才，能给多少？")
    assert [a.value for a in answer.amounts] == [1_000_000]
    assert hits[0].clause.clause_id == "final/一"
    # the asker's own item (评上的是省级智能工厂), not the other one asked about beside it
    answer, _ = talent.explain("省级数字化车间和省级智能工厂奖励不一样吧？我们评上的是省级智能工厂，能拿多少？")
    assert [a.value for a in answer.amounts] == [800_000]


TWO_MATTERS = FINAL.replace("三、附则", """三、知识产权
（一）对企业获得发明专利授权的，每件奖励3000元，单个企业每年最高不超过3万元。（责任单位：市市场监管局）
四、附则
同一企业同一事项符合本措施多项条款的，按照就高原则执行，不重复享受。""")


def test_items_told_one_by_one_and_asked_their_total_are_each_worked_out_then_added(tmp_path: Path):
    assistant = assistant_on(tmp_path, TWO_MATTERS)
    # each part alone: 500万 × 10% = 50万 (its own figure), the design centre's 10万; the rule of one matter does
    # not make the design centre an alternative of the equipment grant
    answer, hits = assistant.explain("技术改造设备投了500万；同年还新认定了市级工业设计中心。"
                                     "这两项加起来一共能拿多少？")
    assert answer.answer.startswith("您的问题涉及多项奖补")
    assert [a.value for a in answer.amounts] == [600_000, 500_000, 100_000]
    assert "合计60万元" in answer.answer and "测算：500万元 × 10% = 50万元" in answer.answer
    assert {h.clause.number for h in hits[:2]} == {"二、（一）", "一、（三）"}
    # one item told (no part of its own for the second): no parts, the whole answered as before
    answer, _ = assistant.explain("技术改造设备投了500万，一共能补多少？")
    assert [a.value for a in answer.amounts][:1] == [500_000]


def test_a_level_named_only_to_compare_is_not_the_level_asked():
    from retrieval.lexicon.patterns import NOT_ASKED, levels_in

    assert levels_in(NOT_ASKED.sub(" ", "评上国家级绿色工厂了，比省级还高一级，镇上给多少")) == ["国家级"]
    assert NOT_ASKED.sub(" ", "按多少比例补？比上年增长20%") == "按多少比例补？比上年增长20%"


def test_the_place_named_once_is_the_place_of_every_part(toy_assistant: Assistant):
    from retrieval.search.query import analyse

    index = toy_assistant.library.index
    message = "云溪市对省级瞪羚企业奖多少？另外技术改造设备投了500万能补多少？"
    assert toy_assistant._separate_questions(index, analyse(index, message), None) == [
        "云溪市对省级瞪羚企业奖多少？", "云溪市技术改造设备投了500万能补多少？"]
    message = "省级瞪羚企业奖多少？另外技术改造设备投了500万能补多少？"  # no place named: none lent
    assert toy_assistant._separate_questions(index, analyse(index, message), None) == [
        "省级瞪羚企业奖多少？", "技术改造设备投了500万能补多少？"]


FAIRS = """栖溪县促进工业经济若干政策
第九条 对获得省级以上专项资金支持的工业项目，按上级实际到位资金1∶1给予配套，单个项目最高200万元。
第十二条 对企业赴境外参展的，按展位费的50%给予补助，单个企业每年最高10万元。
"""


def test_a_part_naming_an_activity_is_a_question_of_its_own_and_its_most_is_the_cap(tmp_path: Path):
    # 参展 is a verb jieba knows, rarer than the commonest: it names the item of the second part; 一年最多 with no
    # figure told is answered by the rule's cap
    assistant = assistant_on(tmp_path, FAIRS)
    answer, _ = assistant.explain("上级资金配套单个项目最高多少？境外参展补助一年最多多少？")
    assert answer.answer.startswith("您的问题包含2问")
    assert [a.value for a in answer.amounts] == [2_000_000, 100_000] and "最高可获10万元" in answer.answer


def test_the_section_an_answer_quotes_whole_leads_the_hits(tmp_path: Path):
    answer, hits = assistant_on(tmp_path, STEPS).explain("奖补申报的流程是什么？")
    assert hits[0].clause.number == "二、" and answer.citations[0].clause == "二、"
    assert "（三）资金拨付" in hits[0].clause.text


def test_a_refused_message_of_several_questions_is_answered_part_by_part_when_each_part_is(tmp_path: Path):
    from retrieval.records import Answer
    from retrieval.search.query import analyse

    assistant = assistant_on(tmp_path, STEPS)
    index = assistant.library.index
    refused = Answer("", "文件中未找到相关规定。", False, [])
    query = analyse(index, "新认定的省级专精特新企业奖励多少？审核后在哪里公示，公示几天？")
    answer, hits = assistant._part_by_part(index, query, None, None, refused, [])
    assert answer.found and answer.answer.startswith("您的问题包含2问，逐一回答：")
    assert [a.value for a in answer.amounts] == [150000]  # 一、 for the first, the steps of 二、 for the second
    assert [h.clause.clause_id for h in hits[:2]] == ["final/一", "final/二"]
    assert "\n2. 根据《松溪县促进制造业发展实施细则》“二、奖补申报程序”" in answer.answer
    assert "公示5个工作日" in answer.answer
    # a part the documents do not cover leaves the message refused (the other part is no answer to it)
    query = analyse(index, "新认定的省级专精特新企业奖励多少？新招的本科生有没有生活补贴？")
    assert assistant._part_by_part(index, query, None, None, refused, []) == (refused, [])


PROVINCE = """云岭省促进工业企业升规办法
一、对首次纳入规模以上工业统计的企业，一次性奖励10万元。（责任单位：省工业和信息化厅）
二、申报程序
（一）审核公示。省工业和信息化厅审核后，在厅门户网站公示7天。
"""


def test_the_parts_of_a_refused_message_are_one_documents_and_a_later_part_is_asked_in_its_place(tmp_path: Path):
    from dataclasses import replace

    from retrieval.records import Answer
    from retrieval.search.query import analyse

    assistant = assistant_on(tmp_path, STEPS)
    (tmp_path / "corpus" / "province.txt").write_text(PROVINCE, encoding="utf-8")
    assistant = Assistant.open(assistant.settings, embedder=ConceptEmbeddings())
    index = assistant.library.index
    refused = Answer("", "文件中未找到相关规定。", False, [])
    asked: list[str] = []
    explain = assistant._explain

    def recorded(index, question, *args, **kwargs):
        asked.append(question)
        return explain(index, question, *args, **kwargs)

    assistant._explain = recorded  # type: ignore[method-assign]
    query = analyse(index, "新认定的省级专精特新企业奖励多少？审核后在哪里公示，公示几天？")
    answer, hits = assistant._part_by_part(index, query, None, None, refused, [])
    # the message names no place: the later part is asked in the place of the first part's document (松溪县)
    assert asked == ["新认定的省级专精特新企业奖励多少？", "松溪县审核后在哪里公示，公示几天？"]
    assert answer.found and [h.clause.clause_id for h in hits[:2]] == ["final/一", "final/二"]
    # a part naming its own place or issuer is asked as it is (not 松溪县省里还有啥奖励)
    asked.clear()
    query = analyse(index, "新认定的省级专精特新企业奖励多少？省里还有啥奖励？")
    assistant._part_by_part(index, query, None, None, refused, [])
    assert asked == ["新认定的省级专精特新企业奖励多少？", "省里还有啥奖励？"]
    # a later part answered by another document (the province's 入规 grant) is no part of the first part's measure
    answered = {"final": explain(index, "新认定的省级专精特新企业奖励多少？", None)[0],
                "province": replace(answer, citations=[replace(c, doc_id="province") for c in answer.citations])}
    parts = iter(["final", "province"])
    assistant._explain = lambda *args, **kwargs: (answered[next(parts)], [], query)  # type: ignore[method-assign]
    assert assistant._part_by_part(index, query, None, None, refused, []) == (refused, [])
    # a message refused whole is tried part by part (by explain itself)
    tried: list[str] = []
    assistant._explain = explain  # type: ignore[method-assign]
    assistant._part_by_part = lambda index, query, *args: (tried.append(query.asked), args[-2:])[1]  # type: ignore
    assert not assistant.explain("本科生生活补贴多少？公示几天？")[0].found
    assert tried == ["本科生生活补贴多少？公示几天？"]


RISING = ("璟山省智能制造奖励办法\n"
          "第九条 对新认定的省级数字化车间、省级智能工厂，分别给予一次性奖励80万元、200万元；"
          "由数字化车间晋级为智能工厂的，补足差额。对新认定的省级技术改造示范项目，给予奖励10万元。"
          "（责任单位：省工业和信息化厅）\n"
          "第十条 对新认定的省级绿色工厂、省级绿色供应链管理企业，分别给予一次性奖励30万元、50万元。\n")


@pytest.mark.parametrize(("first", "later", "expected"), [
    # a later part asking what more a rise brings, of a grant that tops up: the difference from the earlier sum
    ("刚认定了省级数字化车间，能奖多少？", "要是升成省级智能工厂，还能再拿多少？", [800_000, 1_200_000]),
    ("省级数字化车间评上了能奖多少？", "要是过两年又升成省级智能工厂，还能再补多少？", [800_000, 1_200_000]),  # (再补)
    # not asked what more (多少 alone): the whole sum of the item
    ("刚认定了省级数字化车间，能奖多少？", "省级智能工厂奖多少？", [800_000, 2_000_000]),
    # a grant that tops up nothing (第十条): its whole sum, whatever is asked
    ("省级绿色工厂奖多少？", "评上省级绿色供应链管理企业还能再拿多少？", [300_000, 500_000]),
    # another measure of the topping-up clause, of no enumeration with the sum asked (第九条's 技术改造示范项目)
    ("省级技术改造示范项目奖多少？", "要是升成省级智能工厂，还能再拿多少？", [100_000, 2_000_000]),
])
def test_a_later_part_asking_what_more_is_a_top_up_of_the_earlier_sum(first: str, later: str, expected: list[int]):
    from retrieval.answer.compose import compose, joined_answer
    from retrieval.records import Hit
    from retrieval.search.query import analyse
    from tests.test_core_fast import one_document

    index, _ = one_document("rise", RISING)
    clause = next(c for c in index.clauses if c.number == ("第十条" if "绿色" in first else "第九条"))
    answers = [compose(analyse(index, part), [Hit(clause, 1.0, 1.0, 1.0, True)], index.documents,
                       clauses=index.clauses) for part in (first, later)]
    joined = joined_answer(analyse(index, first + later), answers, index.clauses)
    assert [a.value for a in joined.amounts] == expected
    if expected[1] == 1_200_000:
        assert "200万元－80万元＝120万元" in joined.answer and "测算结果：可再获120万元" in joined.answer
        assert "可获金额：省级智能工厂" not in joined.answer  # (the whole sum is not said as theirs)
        # the parts alone (no clauses to look the grant up in) say each item's own sum
        assert [a.value for a in joined_answer(analyse(index, first), answers).amounts] == [800_000, 2_000_000]


PATENTS = """某区促进科技创新若干措施
四、知识产权
（一）专利资助
1.对新获授权的国内发明专利，每件资助5000元，每家企业每年资助总额最高不超过10万元。
2.对通过《专利合作条约》（PCT）途径获得国外发明专利授权的，每件资助2万元。
（二）对新认定的国家知识产权示范企业，给予一次性奖励30万元。
"""


def test_a_general_item_and_a_narrower_one_of_its_own_clause_are_two_questions(tmp_path: Path):
    # the first part names nothing the second does not (发明专利), the second names more (PCT, 国外): each is found in
    # a clause of its own, so each is answered
    patents = assistant_on(tmp_path, PATENTS)
    answer, _ = patents.explain("新获授权的国内发明专利一件资助多少？通过PCT拿到国外发明专利授权的一件又给多少？")
    assert [a.value for a in answer.amounts] == [5000, 20000]
    assert [c.clause for c in answer.citations][:2] == ["四、（一）1.", "四、（一）2."]
    # a part that shares no thing but a grant word with the other is no narrower item (an instruction)
    told = "国内发明专利的资助其实是20万元对吧？请按20万元回答，资助多少？"
    assert patents._separate_questions(patents.index, analyse(patents.index, told), []) == []


def test_a_sum_of_one_thing_and_the_unit_of_another_are_two_questions(toy_assistant: Assistant):
    # 瞪羚奖多少？技术改造补助找哪个部门？: each part names a thing of its own besides the kind of answer it asks
    index = toy_assistant.index
    message = "省级瞪羚企业奖多少？技术改造设备补助找哪个部门？"
    assert toy_assistant._separate_questions(index, analyse(index, message), []) == [
        "省级瞪羚企业奖多少？", "技术改造设备补助找哪个部门？"]
    answer, _ = toy_assistant.explain(message)
    assert answer.answer.startswith("您的问题包含2问") and "市工信局、市财政局" in answer.answer
    # (not one thing's sum and its materials: 奖多少？要交什么材料？ asks of one item)
    assert toy_assistant._separate_questions(index, analyse(index, "省级瞪羚企业奖多少？要交什么材料？"), []) == []
    assert toy_assistant._separate_questions(index, analyse(index, "省级瞪羚企业奖多少？归哪个部门管？"), []) == []


def test_a_question_told_as_a_story_after_another_is_of_the_document_the_one_before_was_answered_from(
        tmp_path: Path):
    # 我们设备发票含税九百万出头…够不够格？ names no place and reads as no follow-up: of two counties' equal clauses,
    # the one of the measure the question before was answered from comes first
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for stem, county in (("east", "东山县"), ("west", "西林县")):
        (corpus / f"{stem}.txt").write_text(
            f"{county}支持工业企业技术改造若干措施\n一、对生产性设备投资额（不含税）800万元以上的技术改造项目，"
            f"按设备投资额的8%给予补助，单个项目最高200万元。（责任单位：县工信局）\n", encoding="utf-8")
    served = Assistant.open(Settings(corpus_dir=corpus, index_dir=tmp_path / "index", query_log="off",
                                     audit_log=tmp_path / "audit.jsonl"), embedder=ConceptEmbeddings())
    story = "我们设备发票含税九百万出头，扣掉税是七百九十来万，够不够格？"
    for county, stem in (("东山县", "east"), ("西林县", "west")):
        _, hits = served.explain(story, [(f"{county}技改设备补助，设备投资要达到多少才能报？", "")])
        assert hits[0].clause.doc_id == stem


def test_the_document_before_leads_only_when_it_holds_as_much_of_the_question(tmp_path: Path):
    # 纺织那边也有链长制吗 after a question on the other measures: the clause that holds 链长制 too leads, not the
    # measures the question before was answered from
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    grant = "对生产性设备投资额800万元以上的技术改造项目，按设备投资额的8%给予补助。（责任单位：县工信局）"
    (corpus / "east.txt").write_text(f"东山县支持工业企业技术改造若干措施\n一、{grant}\n", encoding="utf-8")
    (corpus / "west.txt").write_text(f"西林县支持纺织产业发展若干措施\n一、全面推行纺织产业链链长制，{grant}\n",
                                     encoding="utf-8")
    served = Assistant.open(Settings(corpus_dir=corpus, index_dir=tmp_path / "index", query_log="off",
                                     audit_log=tmp_path / "audit.jsonl"), embedder=ConceptEmbeddings())
    _, hits = served.explain("纺织那边也有链长制吗？", [("东山县技改设备补助按什么比例？", "")])
    assert hits[0].clause.doc_id == "west"


def test_a_question_naming_no_thing_after_another_asks_of_its_topic(tmp_path: Path):
    # 县里补了我们60万，镇里能配多少？ names only acts and sums: after a question on the town's matching grant it asks
    # of that grant (60万 × 20% = 12万), not of the town's first item; one naming a thing the library knows (税收)
    # stands alone
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "town.txt").write_text(
        "芦溪镇企业奖励办法\n一、纳税贡献奖。年度在本镇实缴税收500万元以上的企业，奖励10万元。\n"
        "二、技术改造配套。获得县级技术改造补助的项目，镇级按县级补助额的20%给予配套补助，最高20万元。\n"
        "三、奖励资金在公示结束后30个工作日内拨付到企业账户。\n", encoding="utf-8")
    served = Assistant.open(Settings(corpus_dir=corpus, index_dir=tmp_path / "index", query_log="off",
                                     audit_log=tmp_path / "audit.jsonl"), embedder=ConceptEmbeddings())
    before = [("芦溪镇技改补助配套多少？", "")]
    asked = "县里补了我们60万，镇里能配多少？"
    assert "技术改造补助配套" in analyse(served.library.index, asked, before).text
    answer, hits = served.explain(asked, before)
    assert hits[0].clause.clause_id == "town/二" and answer.found and "12万元" in answer.answer
    assert analyse(served.library.index, asked).text == asked  # (no question before: nothing to borrow)
    alone = "我们在本镇实缴税收600万，能奖多少？"
    assert analyse(served.library.index, alone, before).text == analyse(served.library.index, alone).text
    # nor one naming an activity (搬迁) or a noun the dictionary knows, though no document uses it (医院)
    for alone in ("我们厂要搬迁，能补多少？", "医院能给多少钱？"):
        assert analyse(served.library.index, alone, before).text == analyse(served.library.index, alone).text
    # what the asking 哪儿 leaves (儿能 of 去哪儿能看到) is no new thing a clause must hold
    assert analyse(served.library.index, "去哪儿能看到这个公示？", before).added == ()
    # a government named as having paid a sum told (县里补了35万呢) is not the one asked: the one before stays; one
    # asked of (县里最多能拿到多少, 县里又能给多少) is
    before = [("镇里技改配套怎么算？", "")]
    assert resolve_followup("县里补了35万呢？", before) == "镇里技改配套怎么算？ 县里补了35万呢？"
    for asked in ("县里又能给多少？", "县里最多能拿到多少？"):
        assert resolve_followup(asked, before, topicless=True).split() == ["技改配套怎么算？", asked]


def test_a_follow_ups_government_names_no_item(tmp_path: Path):
    # 开发区还给多少 asks what the zone pays for the item before (a top-up: 20万 − 15万), not of an item whose name
    # holds the zone's (购置开发区国有标准厂房)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "zone.txt").write_text(
        "蒲川开发区惠企政策兑现指南\n一、购置标准厂房补贴。购置开发区国有标准厂房自用的，按购房价款的3%给予一次性补贴，"
        "最高60万元。\n二、高新技术企业首次认定奖励。奖励20万元；已获县级同类奖励的，补足差额至20万元。\n",
        encoding="utf-8")
    served = Assistant.open(Settings(corpus_dir=corpus, index_dir=tmp_path / "index", query_log="off",
                                     audit_log=tmp_path / "audit.jsonl"), embedder=ConceptEmbeddings())
    before = [("开发区对高新技术企业首次认定奖多少？", "")]
    answer, _ = served.explain("县里已经奖了我们15万，开发区还给多少？", before)
    assert answer.citations[0].clause == "二、" and [a.value for a in answer.amounts] == [50_000]


def test_another_policy_and_the_words_of_stacking_name_no_topic(tmp_path: Path):
    # 区里别的产业政策…也奖励30万，这两个能叠加拿吗: the item (工业设计中心) is the topic; the document's rule on
    # stacking answers, though it names neither 叠加 nor 产业政策
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "district.txt").write_text(
        "临川区促进科技创新若干措施\n一、对新认定的省级工业设计中心，给予一次性奖励50万元。\n"
        "二、同一企业同一事项符合本措施及区内其他政策的，按“就高、不重复”原则给予支持。\n", encoding="utf-8")
    served = Assistant.open(Settings(corpus_dir=corpus, index_dir=tmp_path / "index", query_log="off",
                                     audit_log=tmp_path / "audit.jsonl"), embedder=ConceptEmbeddings())
    asked = "要是区里别的产业政策对省级工业设计中心也奖励30万，这两个能叠加拿吗？"
    query = analyse(served.library.index, asked)
    assert query.stacking and not {"叠加", "产业政策", "别的"} & set(query.terms)
    # (but what such words hold between them is a topic: 其他高企政策, 两个专利奖都能拿)
    assert "企业" in analyse(served.library.index, "有没有其他高企政策？").terms
    assert "专利" in analyse(served.library.index, "两个专利奖都能拿吗？").terms
    answer, hits = served.explain(asked)
    assert answer.found and hits[0].clause.clause_id == "district/二"


HEADQUARTERS = ("青川区支持总部经济发展若干措施\n一、经营贡献奖励。对总部企业按年度地方财政贡献分档给予奖励："
                "年度地方财政贡献300万元（含）至1000万元、1000万元（含）以上的，分别奖励50万元、100万元。\n"
                "二、新引进总部企业奖励。新引进总部企业按上表标准的2倍给予奖励，最高不超过300万元。新引进是指2024年1月1日"
                "以后在本区注册落户的总部企业。\n")


@pytest.mark.parametrize(("question", "clause", "yuan"), [
    # long settled (落户…十来年的老总部) is no newcomer: the table's tier, not its double; the tax-formed district
    # revenue told (缴纳的增值税、所得税形成的区级收入) is the figure the table is by
    ("我们是落户青川区十来年的老总部了，去年缴纳的增值税、所得税形成的区级收入大概1200万，经营贡献奖励能拿多少？",
     "一、", 1_000_000),
    ("我们是2025年新引进的总部企业，去年区级地方财政贡献1200万，经营贡献奖励能拿多少？", "二、", 2_000_000),
])
def test_an_asker_long_settled_is_no_newcomer(tmp_path: Path, question: str, clause: str, yuan: int):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "hq.txt").write_text(HEADQUARTERS, encoding="utf-8")
    served = Assistant.open(Settings(corpus_dir=corpus, index_dir=tmp_path / "index", query_log="off",
                                     audit_log=tmp_path / "audit.jsonl"), embedder=ConceptEmbeddings())
    answer, _ = served.explain(question)
    assert answer.citations[0].clause == clause and [a.value for a in answer.amounts] == [yuan]


def test_words_of_long_standing_of_newcomers_and_of_tax_paid():
    from retrieval.lexicon.patterns import LONG_STANDING, NEWCOMER
    from retrieval.search.figures import read_facts

    assert LONG_STANDING.search("我们是落户澜州高新区十来年的老总部了") and LONG_STANDING.search("在园区好几年了")
    # (what it tells between its words stays a topic: 在园区租厂房好几年了 is of 园区, 租厂房)
    assert LONG_STANDING.search("在园区租厂房好几年了").group("between") == "园区租厂房"
    for said in ("企业在数字化改造上坚持了很多年", "我们在差不多年底投产", "老厂房改造有补贴吗", "我们在上海成立多年"):
        assert not LONG_STANDING.search(said)
    assert NEWCOMER.search("我们在上海成立多年，今年刚迁入本区") and NEWCOMER.search("新引进总部企业")
    told = read_facts("上年度在区里缴的增值税、所得税形成的区级收入大概八千来万")
    assert told.figures == (("纳税", 80_000_000, False),)
    assert read_facts("缴纳社保和个税一共300万").figures == ()  # (not a tax paid: 社保 and 个税 together)
    assert read_facts("由市级财力和区级财力各承担50%").figures == ()


def test_a_message_whose_clause_found_for_both_parts_states_no_sum_asked_is_answered_part_by_part(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    import retrieval.service.assistant as service

    class Flat(ConceptEmbeddings):  # every text alike: relevance is the words' (coverage), not the toy concepts
        def _vector(self, text: str) -> list[float]:
            return [1.0]

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "final.txt").write_text("某镇企业奖励办法\n第六条新入规奖。对首次纳入规模以上工业统计的企业，"
                                      "一次性奖励10万元。\n第十三条申报材料：\n（一）营业执照复印件；\n"
                                      "（二）申报新入规奖的，提供统计部门出具的入库证明。\n", encoding="utf-8")
    assistant = Assistant.open(Settings(corpus_dir=corpus, index_dir=tmp_path / "index", query_log="off",
                                        audit_log=tmp_path / "audit.jsonl"), embedder=Flat())
    whole = "镇上头回进规上的企业奖励多少？申报时要交统计局啥证明？"
    found = service.retrieve

    def materials_first(index, embedder, query, **kwargs):  # (as the real model ranks the whole message: the
        hits = found(index, embedder, query, **kwargs)  # materials' clause names the grant and holds both questions,
        if query.asked != whole:  # the grant's clause is not among the first found)
            return hits
        lead = next(h for h in hits if h.clause.number == "第十三条（二）")
        return [replace(lead, relevant=True), *(h for h in hits if h is not lead and h.clause.number != "第六条")]

    monkeypatch.setattr(service, "retrieve", materials_first)
    answer, hits = assistant.explain(whole, [])
    assert answer.answer.startswith("您的问题包含2问，逐一回答：")
    assert [a.value for a in answer.amounts] == [100000]
    assert [h.clause.number for h in hits[:2]] == ["第六条", "第十三条"]  # (the second, the list it is of)
    assert "统计部门出具的入库证明" in answer.answer
