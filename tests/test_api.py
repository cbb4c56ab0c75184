"""The JSON API a hotline system calls: answers, clear Chinese errors, limits, health."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from retrieval.service.assistant import Assistant
from ui.server import MAX_BODY_BYTES, create_app


@pytest.fixture()
def client(settings, fake_embedder):
    return TestClient(create_app(Assistant.open(settings, embedder=fake_embedder)))


def test_ask_returns_the_answer_object(client):
    response = client.post("/api/ask", json={"question": "省级专精特新企业奖励多少", "history": []})
    assert response.status_code == 200
    assert list(response.json()) == ["question", "answer", "found", "citations", "amounts", "mode", "query", "notes"]


@pytest.mark.parametrize("body, status, message", [
    (json.dumps({"question": ""}), 400, "问题不能为空"),
    (json.dumps({"question": "问" * 20000}), 400, "问题过长（20000 字），请精简到 500 字以内"),
    (json.dumps({"question": "how much is the grant?"}), 400, "请用中文描述您的问题"),
    (json.dumps({"question": "奖励", "history": "oops"}), 400, "history 应是"),
    (json.dumps(["not", "an", "object"]), 400, "请求体应是 JSON 对象"),
    ("{broken json", 400, "请求体不是有效的 JSON"),
    ("x" * (MAX_BODY_BYTES + 1), 413, "请求过大"),
    (json.dumps({"question": "奖励多少", "area": "枫岭市"}), 400, "本库没有“枫岭市”这个地区。本库的文件没有划分地区"),
    (json.dumps({"question": "奖励多少", "area": ["枫岭市"]}), 400, "所在地区应为地区名称"),
])
def test_bad_requests_get_a_chinese_message(client, body, status, message):
    response = client.post("/api/ask", content=body, headers={"content-type": "application/json"})
    assert response.status_code == status
    assert message in response.json()["error"]


def test_health(client):
    health = client.get("/api/health").json()
    assert health["clauses"] == 63 and health["areas"] == []


def test_query_log_records_masked_questions_and_rotates(settings, fake_embedder):
    small = settings.__class__(**{**settings.__dict__, "query_log_max_bytes": 2_000})
    assistant = Assistant.open(small, embedder=fake_embedder)
    assistant.ask("我的电话13812345678，身份证37150219900101123X，省级专精特新企业奖励多少？")
    with pytest.raises(ValueError):
        assistant.ask("   ")
    log_file = small.query_log
    lines = [json.loads(line) for line in Path(log_file).read_text(encoding="utf-8").splitlines()]
    assert lines[0]["question"] == "我的电话***********，身份证******************，省级专精特新企业奖励多少？"
    assert set(lines[0]) == {"time", "question", "found", "top_clause", "latency_ms"}
    assert lines[1]["error"].startswith("问题不能为空")
    for _ in range(40):
        assistant.ask("国家级专精特新企业奖励多少")
    rotated = sorted(p.name for p in small.query_log and __import__("pathlib").Path(log_file).parent.iterdir())
    assert rotated == ["queries.jsonl", "queries.jsonl.1", "queries.jsonl.2", "queries.jsonl.3"]


def test_query_log_can_be_switched_off(settings, fake_embedder):
    off = settings.__class__(**{**settings.__dict__, "query_log": "off"})
    assert Assistant.open(off, embedder=fake_embedder).queries is None


def test_match_returns_the_contract_object_for_text_and_for_a_structured_profile(client):
    response = client.post("/api/match", json={"profile": "纺织服装企业，技改项目计划总投资400万元"})
    assert response.status_code == 200
    data = response.json()
    assert list(data)[:3] == ["profile", "matches", "total"]
    assert [(m["clause"], m["eligible"], m["amount"]) for m in data["matches"]] == [("三、（二）1.", False, None)]
    assert data["matches"][0]["reason"] == "项目总投资400万元，未达到“计划总投资500万元以上”的条件，不能享受此项支持。"
    structured = client.post("/api/match", json={"profile": {"industry": "纺织服装", "claims": ["技改项目"],
                                                             "investment": 30000000, "base": 25000000, "grade": "D"}})
    assert structured.status_code == 200
    assert [(m["clause"], m["eligible"], m["amount"]) for m in structured.json()["matches"]] == [
        ("三、（二）1.", True, 1750000)]


@pytest.mark.parametrize("body, message", [
    ({"profile": ""}, "请描述企业情况"),
    ({"profile": "企" * 5000}, "企业情况描述过长（5000 字）"),
    ({"question": "x"}, "请求体应是 JSON 对象，例如 {\"profile\""),
    ({"profile": {"revenue": 1}}, "不认识的企业情况字段"),
])
def test_match_bad_input_gets_a_chinese_message(client, body, message):
    response = client.post("/api/match", json=body)
    assert response.status_code == 400 and message in response.json()["error"]
