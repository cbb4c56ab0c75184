"""Retrieval with the real default model: the right clause first for questions as enterprises ask them."""

from __future__ import annotations

import pytest

from retrieval.search.retrieve import is_relevant, retrieve

pytestmark = pytest.mark.slow


@pytest.fixture(params=["faiss", "milvus"])
def backend(request, assistant):
    """Every retrieval test runs on both vector stores (FAISS, and Milvus Lite through langchain-milvus)."""
    return assistant if request.param == "faiss" else request.getfixturevalue("milvus_assistant")

TOP1 = [
    ("我们公司被认定为国家级专精特新企业，能拿多少奖励？找哪个部门？", "bio-final/二.（三）.1"),
    ("省级专精特新企业奖励多少", "bio-final/二.（三）.1"),
    ("单项冠军产品省级的奖多少", "bio-final/二.（三）.1"),
    ("被认定为省级瞪羚企业有奖励吗", "bio-final/二.（三）.1"),
    ("新创建国家级中小企业公共服务示范平台有什么奖励", "bio-final/二.（一）.3"),
    ("小微企业创业创新示范基地省级奖励", "bio-final/二.（一）.3"),
    ("特色产业集群国家级奖多少", "bio-final/二.（二）.1"),
    ("省级特色食品产业强镇奖励多少", "bio-final/二.（二）.1"),
    ("首次获得省级质量标杆奖励多少", "bio-final/二.（三）.3"),
    ("产品入选山东省特色优质食品目录奖励多少", "bio-final/二.（三）.3"),
    ("被评为国家级电子商务示范企业奖励多少", "textile-final/三.（一）.2"),
    ("纺织企业技术改造项目设备投资补贴比例是多少", "textile-final/三.（二）.1"),
    ("获得中国驰名商标奖励多少", "textile-final/三.（四）.1"),
    ("主持制定国家标准的纺织服装企业奖励多少", "textile-final/三.（四）.1"),
    ("领军人才入选国家级人才工程资助多少", "textile-final/三.（六）.1"),
    ("生物医药产业土地保障有什么措施", "bio-final/三.（三）"),
    ("纺织服装产业到2024年的目标是什么", "textile-final/一"),
    # Asking about the draft puts the draft first; otherwise the final text wins.
    ("征求意见稿里专精特新奖励多少", "bio-draft/二.（三）.7"),
]

NOT_COVERED = [
    "增值税留抵退税怎么申请",
    "济南市专精特新企业奖励多少",
    "办理营业执照需要什么材料",
]


@pytest.mark.parametrize("question, clause_id", TOP1)
def test_top1_clause(backend, question, clause_id):
    hits = retrieve(backend.index, backend.embedder, question)
    assert hits[0].clause.clause_id == clause_id
    assert is_relevant(hits[0])


@pytest.mark.parametrize("question", NOT_COVERED)
def test_questions_the_documents_do_not_cover_are_not_relevant(backend, question):
    hits = retrieve(backend.index, backend.embedder, question)
    assert not is_relevant(hits[0])


def test_superseded_draft_answers_only_when_asked_for(backend):
    hits = retrieve(backend.index, backend.embedder, "鼓励领军企业做优做强有哪些奖励", k=100)
    assert hits[0].clause.clause_id == "bio-final/二.（三）.1"
    assert "bio-draft" not in {h.clause.doc_id for h in hits}
    drafted = retrieve(backend.index, backend.embedder, "征求意见稿里鼓励领军企业做优做强有哪些奖励", k=100)
    docs = [h.clause.doc_id for h in drafted]
    assert docs[0] == "bio-draft"
    assert max(i for i, d in enumerate(docs) if d == "bio-draft") < min(
        i for i, d in enumerate(docs) if d != "bio-draft"
    )


def test_words_asking_for_a_kind_of_answer_are_met_by_a_clause_of_that_kind():
    from retrieval.records import Clause
    from retrieval.search.retrieve import _answered_by_kind

    steps = Clause("d/四.（三）", "d", "四、（三）", ("四、申报程序", "（三）镇经济发展服务中心审核"),
                   "审核后公示5天。")
    grant = Clause("d/二.（一）", "d", "二、（一）", ("二、奖励标准", "（一）纳税贡献奖"), "奖励10万元。",
                   departments=("镇财政所",))
    assert _answered_by_kind("流程", steps, ("procedure",)) and not _answered_by_kind("流程", grant, ("procedure",))
    assert not _answered_by_kind("流程", steps, ())  # only when the question asks for that kind
    assert _answered_by_kind("处室", grant, ()) and not _answered_by_kind("处室", steps, ())


def test_a_list_spread_over_sub_clauses_is_answered_as_one_numbered_list():
    from retrieval.answer.compose import compose
    from retrieval.records import Clause, Document, Hit
    from retrieval.search.query import Query

    doc = Document("d", "研发投入奖励申报通知", "溪科发〔2024〕15号")
    items = [Clause(f"d/四.{n}", "d", f"四、{n}.", ("四、申报材料", f"{n}.{text}"), f"{n}.{text}；")
             for n, text in ((1, "申请表"), (2, "营业执照复印件"), (3, "研发费用专项审计报告"))]
    other = Clause("d/五.1", "d", "五、1.", ("五、申报程序", "1.网上填报"), "1.企业网上填报。")
    query = Query(asked="申报要交哪些材料", text="申报要交哪些材料", aspects=("materials",))
    answer = compose(query, [Hit(items[1], 1.0, 0.9, 1.0, True)], {"d": doc}, clauses=[*items, other])
    assert answer.answer.splitlines()[:4] == [
        "根据《研发投入奖励申报通知》（溪科发〔2024〕15号）“四、申报材料”：",
        "1. 申请表；（四、1.）", "2. 营业执照复印件；（四、2.）", "3. 研发费用专项审计报告；（四、3.）"]
    # the section quoted whole first (its heading, every item's text), then its items in the list's own order
    assert [c.clause for c in answer.citations] == ["四、", "四、1.", "四、2.", "四、3."]
    assert answer.section is not None and answer.section.clause_id == "d/四"
    assert answer.section.text == "四、申报材料\n1.申请表；\n2.营业执照复印件；\n3.研发费用专项审计报告；"
