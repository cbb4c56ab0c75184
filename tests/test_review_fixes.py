"""Regressions for findings of the code review: flags, highlighting, follow-ups, request limits."""

from __future__ import annotations

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
