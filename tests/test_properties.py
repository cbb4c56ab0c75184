"""Property tests: any text into the parser, the extractor and the answer path; never an exception."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from retrieval.documents.amounts import extract_incentives
from retrieval.documents.parser import parse_clauses, split_documents
from retrieval.errors import CorpusError
from retrieval.records import Answer
from retrieval.service.assistant import Assistant

# Text that looks like policy documents: numbering, brackets, amounts, units, and anything else.
PIECES = st.sampled_from([
    "一、", "（一）", "(二)", "1.", "2．", "（1）", "①", "第一条", "第十二条 ", "第二章 ", "附件", "附件1",
    "对新认定为国家级、省级", "“专精特新”企业的，", "分别给予最高", "50万元、30万元", "一次性奖励。", "按", "10%",
    "的比例给予支持，", "单户企业最高支持200万元", "（责任单位：市财政局、市科技局）", "（责任单位：", "〔市、区〕",
    "\n", "\n\n", "。", "；", "、", "，", "《关于支持某产业发展的若干措施》", "聊政办发〔2023〕10号", "2023年8月27日",
    "二〇二三年八月二十七日", "有效期3年", "自2024年1月1日起施行", "[bookmark: _GoBack]", "\u3000", " ", "—", "1∶1配套",
])
POLICY_TEXT = st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=60).map("".join)


@settings(max_examples=300, deadline=None)
@given(POLICY_TEXT)
def test_parser_takes_any_text(text):
    for doc in split_documents(text):
        try:
            clauses = parse_clauses("d", doc.lines)
        except CorpusError as exc:  # a broken table (0\t一、 / 0\t。: no header row) is refused in Chinese
            assert re.search("[\u4e00-\u9fff]", str(exc))
            continue
        ids = [c.clause_id for c in clauses]
        assert len(ids) == len(set(ids))
        for clause in clauses:
            assert clause.clause_id.startswith("d/") and clause.text


@settings(max_examples=300, deadline=None)
@given(POLICY_TEXT)
def test_incentive_extractor_takes_any_text(text):
    for incentive in extract_incentives(text, "X"):
        assert incentive.cap is None or incentive.cap >= 0
        assert incentive.rate is None or incentive.rate >= 0


@pytest.fixture(scope="module")
def fake_assistant(tmp_path_factory):
    import shutil

    from retrieval import Settings
    from tests.conftest import CORPUS, FakeEmbeddings

    folder = tmp_path_factory.mktemp("props")
    shutil.copytree(CORPUS, folder / "corpus")
    return Assistant.open(Settings(corpus_dir=folder / "corpus", index_dir=folder / "index", query_log="off"),
                          embedder=FakeEmbeddings())


QUESTIONS = st.one_of(
    st.text(max_size=80),
    st.lists(
        st.one_of(
            PIECES,
            st.sampled_from(
                [
                    "奖励多少",
                    "找哪个部门",
                    "那省级的呢？",
                    "一共多少",
                    "技改设备投资2500万元",
                    "D类",
                    "3个产品",
                    "<script>alert(1)</script>",
                    "😀",
                    "獎勵",
                    "\x00",
                    "\x1b[31m",
                ]
            ),
        ),
        max_size=12,
    ).map("".join),
)
HISTORY = st.lists(st.tuples(st.text(max_size=20), st.text(max_size=20)), max_size=3)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(QUESTIONS, HISTORY)
def test_any_question_gets_an_answer_object_or_a_chinese_message(fake_assistant, question, history):
    try:
        answer = fake_assistant.ask(question, history)
    except ValueError as exc:
        assert re.search(r"[\u4e00-\u9fff]", str(exc))
        return
    assert isinstance(answer, Answer)
    data = answer.to_dict()
    assert list(data) == ["question", "answer", "found", "citations", "amounts", "mode", "query", "notes"]
    assert data["answer"] and isinstance(data["found"], bool)
    assert all(isinstance(a["value"], (int, float)) for a in data["amounts"])
