"""The command line contract: `ask --json`, `ask --jsonl` (order, one object per line, clean stdout), `index`."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from retrieval.records import Answer, Citation
from ui.views import citation_cards

ROOT = Path(__file__).resolve().parent.parent
ANSWER_FIELDS = ["question", "answer", "found", "citations", "amounts", "mode", "query", "notes"]
CITATION_FIELDS = ["doc_id", "doc_title", "doc_number", "status", "clause", "path", "text", "departments", "score"]
AMOUNT_FIELDS = ["value", "text", "item", "clause"]


def run(args: list[str], index_dir: Path, stdin: str = "", corpus_dir: Path | None = None
        ) -> subprocess.CompletedProcess[str]:
    env = dict(
        os.environ, POLICYQA_INDEX_DIR=str(index_dir), POLICYQA_QUERY_LOG=str(index_dir.parent / "queries.jsonl")
    )
    if corpus_dir is not None:
        env["POLICYQA_CORPUS_DIR"] = str(corpus_dir)
    return subprocess.run([sys.executable, "app.py", *args], cwd=ROOT, input=stdin, env=env,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli-index")
    result = run(["index"], folder)
    assert result.returncode == 0, result.stderr
    assert "索引已重建：63 个条款" in result.stderr
    return folder


@pytest.mark.slow
def test_ask_json_has_the_exact_fields(index_dir):
    result = run(["ask", "--json", "国家级专精特新企业能拿多少奖励？"], index_dir)
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert list(answer) == ANSWER_FIELDS
    assert list(answer["citations"][0]) == CITATION_FIELDS
    assert answer["amounts"] == [
        {"value": 500000, "text": "最高50万元", "item": "国家级“专精特新”企业", "clause": "二、（三）1."}
    ]
    assert list(answer["amounts"][0]) == AMOUNT_FIELDS


@pytest.mark.slow
def test_ask_prints_a_readable_answer(index_dir):
    result = run(["ask", "省级瞪羚企业奖励多少"], index_dir)
    assert result.returncode == 0, result.stderr
    assert "可获金额：省级“瞪羚”企业，最高30万元（一次性奖励）。" in result.stdout
    assert "出处：" in result.stdout


@pytest.mark.slow
def test_jsonl_round_trip_in_order_with_history_and_bad_lines(index_dir):
    lines = [
        {"question": "国家级专精特新企业奖励多少", "history": []},
        {"question": "那省级的呢？", "history": [["国家级专精特新企业奖励多少", "最高50万元"]]},
        "this is not json",
        {"question": ""},
        {"question": "增值税留抵退税怎么申请"},
    ]
    stdin = "\n".join(x if isinstance(x, str) else json.dumps(x, ensure_ascii=False) for x in lines) + "\n"
    result = run(["ask", "--jsonl"], index_dir, stdin)
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(out) == 5
    assert [o["question"] for o in out] == [
        "国家级专精特新企业奖励多少",
        "那省级的呢？",
        "",
        "",
        "增值税留抵退税怎么申请",
    ]
    assert [o["found"] for o in out] == [True, True, False, False, False]
    assert [o["amounts"][0]["value"] for o in out[:2]] == [500000, 300000]
    assert out[2]["error"] == "这一行不是有效的 JSON。"
    assert "问题不能为空" in out[3]["error"]
    assert out[4]["answer"].startswith("文件中未找到相关规定。") and "error" not in out[4]


def test_bad_invocation_is_a_chinese_error(tmp_path):
    result = run(["ask"], tmp_path)
    assert result.returncode == 2
    assert "请给出一个问题" in result.stderr


def test_citation_cards_escape_markup():
    citation = Citation(
        "d",
        "<script>alert(1)</script>",
        "",
        "draft",
        "一、",
        "一、<b>",
        "<img src=x onerror=alert(1)>",
        ["市<i>局"],
        0.1,
    )
    html_text = citation_cards(Answer("q", "a", True, [citation], []))
    assert "<script>" not in html_text and "<img" not in html_text and "<i>" not in html_text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html_text
    assert "征求意见稿" in html_text


@pytest.mark.slow
def test_add_docs_remove_commands(index_dir, tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "corpus", corpus)
    index = tmp_path / "index"
    shutil.copytree(index_dir, index)  # a built index of the seed corpus: adding must not rebuild it
    added = run(["add", str(ROOT / "tests" / "data" / "linhe_digital.txt")], index, corpus_dir=corpus)
    assert added.returncode == 0, added.stderr
    assert (
        added.stdout.splitlines()[0]
        == "已添加：linhe_digital《临河市促进数字经济发展若干政策》临政办发〔2021〕5号，6 个条款"
    )
    assert "共 69 个条款，新嵌入 6 个" in added.stdout
    listed = run(["docs"], index, corpus_dir=corpus)
    assert (
        "linhe_digital\t《临河市促进数字经济发展若干政策》临政办发〔2021〕5号\t正式（已于 2023-12-31 失效）\t6 个条款"
        in listed.stdout
    )
    again = run(["add", str(ROOT / "tests" / "data" / "linhe_digital.txt")], index, corpus_dir=corpus)
    assert again.returncode == 2 and "内容相同" in again.stderr
    removed = run(["remove", "linhe_digital"], index, corpus_dir=corpus)
    assert removed.returncode == 0 and "共 63 个条款，新嵌入 0 个" in removed.stdout


@pytest.mark.slow
def test_match_json_is_one_object_with_the_contract_fields(index_dir):
    profile = "纺织服装企业，技改项目计划总投资400万元，今年被评为省级电子商务类示范企业"
    result = run(["match", "--json", profile], index_dir)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert list(data)[:3] == ["profile", "matches", "total"]
    assert [list(m)[:9] for m in data["matches"]] == [["doc_title", "doc_number", "clause", "item", "level",
                                                        "amount", "eligible", "reason", "departments"]] * 2
    assert [(m["clause"], m["eligible"], m["amount"]) for m in data["matches"]] == [
        ("三、（一）2.", True, 200000), ("三、（二）1.", False, None)]
    assert data["total"] == 200000


@pytest.mark.slow
def test_match_reads_out_and_refuses_an_empty_description(index_dir):
    result = run(["match", "纺织服装企业，技改项目计划总投资3000万元，设备投资2500万元，亩产效益D类"], index_dir)
    assert result.returncode == 0, result.stderr
    assert "可享受（1项）：" in result.stdout and "175万元" in result.stdout
    empty = run(["match", " "], index_dir)
    assert empty.returncode == 2 and "请描述企业情况" in empty.stderr


@pytest.mark.slow
def test_the_first_start_shows_the_build_progress_on_the_page(tmp_path):
    """While the index builds, the address answers 503 with a page saying how far it is; then the app."""
    import time
    import urllib.error
    import urllib.request

    from tests.conftest import free_port

    port = free_port()
    env = dict(os.environ, POLICYQA_INDEX_DIR=str(tmp_path / "index"), POLICYQA_QUERY_LOG="off",
               POLICYQA_PORT=str(port), POLICYQA_ACCOUNTS_FILE=str(tmp_path / "accounts.json"))
    with (tmp_path / "server.log").open("wb") as log:
        process = subprocess.Popen([sys.executable, "app.py"], cwd=ROOT, env=env, stdout=log, stderr=log)
    seen, deadline = [], time.monotonic() + 240
    try:
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/health", timeout=2) as response:
                    if response.status == 200:
                        break
            except urllib.error.HTTPError as exc:
                seen.append((exc.code, exc.read().decode("utf-8")))
            except OSError:
                pass
            time.sleep(0.3)
        else:
            pytest.fail((tmp_path / "server.log").read_text(encoding="utf-8", errors="replace")[-2000:])
    finally:
        process.terminate()
        process.wait(timeout=30)
    assert seen and all(code == 503 and "惠企政策问答正在启动" in body for code, body in seen)
    assert any("正在建立索引：已嵌入" in body or "正在载入模型和文件库" in body for _, body in seen)
