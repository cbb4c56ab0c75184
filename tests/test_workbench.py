"""The workbench's server side without a browser: feedback and the 待完善 list, who may read it, the
lists every tab reads from the library, the answer area's HTML and the calculator form."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from types import SimpleNamespace

import pytest
from fastapi.testclient import TestClient

from retrieval import Answer, Assistant
from retrieval.answer.calculator import needed_figures
from retrieval.records import Citation, Note
from retrieval.service.accounts import Accounts, LoginRequired
from retrieval.service.feedback import FeedbackStore, pending, pending_csv, pending_of, pending_own_set
from tests.conftest import ROOT
from ui.server import create_app
from ui.table import calculable_rules, filter_rows, incentive_rows, shown_table
from ui.tabs import build_admin_ui, build_ui, pending_listing
from ui.views import answer_panel, citation_cards, document_choices
from ui.workbench import search_clauses

PHONE = "13812345678"


@pytest.fixture()
def assistant(settings, fake_embedder) -> Assistant:
    return Assistant.open(settings, embedder=fake_embedder)


@pytest.fixture()
def accounts(settings) -> Accounts:
    return Accounts(settings.accounts_file)


def event(blocks, name: str):
    """The function a Gradio app runs for the event named `name` (as the browser would call it)."""
    return next(f.fn for f in blocks.fns.values() if f.api_name == name)


def test_feedback_is_stored_masked_with_the_answer_and_its_clauses(settings):
    store = FeedbackStore.of(settings)
    store.record(f"我的电话{PHONE}，专精特新奖多少", "最高30万元。", ["bio-final/二、（三）1."], "down",
                 f"金额不对，回电 {PHONE}")
    [entry] = store.entries()
    assert store.path == settings.audit_log.with_name("feedback.jsonl")
    assert (entry["rating"], entry["question"], entry["answer"], entry["citations"], entry["comment"]) == (
        "down", "我的电话***********，专精特新奖多少", "最高30万元。", ["bio-final/二、（三）1."],
        "金额不对，回电 ***********")
    assert PHONE not in store.path.read_text(encoding="utf-8")
    with pytest.raises(ValueError, match="评价只能是"):
        store.record("问题", "答", [], "meh")
    with pytest.raises(ValueError, match="意见请不超过 500 字"):
        store.record("问题", "答", [], "down", "长" * 501)


def test_pending_groups_refusals_and_thumbs_down_and_counts_them():
    nearest = "textile-final/三、（一）1."
    queries = [
        {"time": "2026-01-01T09:00:00", "question": "出口退税率多少？", "found": False, "top_clause": nearest},
        {"time": "2026-01-02T09:00:00", "question": "出口退税率多少", "found": False, "top_clause": nearest,
         "area": "云溪"},
        {"time": "2026-01-03T09:00:00", "question": "出口的退税率是多少呢", "found": False, "top_clause": ""},
        {"time": "2026-01-03T09:00:00", "question": "", "found": False, "error": "问题不能为空"},  # not a refusal
        {"time": "2026-01-04T09:00:00", "question": "省级瞪羚奖多少", "found": True, "top_clause": "bio-final/x"},
    ]
    feedback = [
        {"time": "2026-01-05T09:00:00", "rating": "down", "question": "省级专精特新奖多少", "comment": "应为30万",
         "citations": ["bio-final/二、（三）1."], "area": "松溪"},
        {"time": "2026-01-06T09:00:00", "rating": "up", "question": "省级瞪羚奖多少", "comment": "", "citations": []},
    ]
    rows = pending(feedback, queries)
    assert [(r["问题"], r["次数"], r["未找到"], r["标为有误"], r["意见"], r["最接近的条款"]) for r in rows] == [
        ("出口退税率多少？", 3, 3, 0, "", "textile-final/三、（一）1."),
        ("省级专精特新奖多少", 1, 0, 1, "应为30万", "bio-final/二、（三）1."),
    ]
    assert rows[0]["最近一次"] == "2026-01-03T09:00:00"
    assert [r["地区"] for r in rows] == ["云溪", "松溪"]  # the areas asked in (none: the whole library)
    table = list(csv.reader(io.StringIO(pending_csv(rows).lstrip("\ufeff"))))
    assert table[0] == ["问题", "次数", "未找到", "标为有误", "意见", "最接近的条款", "地区", "最近一次"]
    assert len(table) == 3
    own = list(csv.reader(io.StringIO(pending_own_set(rows).lstrip("\ufeff"))))
    assert own == [["问题", "标准答案"], ["出口退税率多少？", ""], ["省级专精特新奖多少", ""]]
    formula = pending([], [{"question": "=HYPERLINK(\"http://x\")奖励多少", "found": False}])
    assert '\'=HYPERLINK' in pending_csv(formula) and '\'=HYPERLINK' in pending_own_set(formula)  # not run by Excel


def test_anyone_may_post_feedback_and_only_an_editor_token_reads_the_pending_list(assistant, accounts):
    token = accounts.add("editor", "operator", "test-password-123")
    client = TestClient(create_app(assistant, accounts))
    answer = client.post("/api/ask", json={"question": "纺织企业出口退税率多少？"}).json()
    body = {"question": answer["question"], "answer": answer["answer"], "citations": answer["citations"],
            "rating": "down", "comment": f"请补充退税文件，联系 {PHONE}", "area": "云溪"}
    assert client.post("/api/feedback", json=body).status_code == 201
    refused = client.post("/api/feedback", json={**body, "rating": "bad"})
    assert (refused.status_code, refused.json()) == (400, {"error": "评价只能是 up（👍）或 down（👎）。"})
    assert client.post("/api/feedback", json=[1]).status_code == 400
    assert client.get("/api/pending").status_code == 401
    assert client.get("/api/pending", headers={"authorization": "Bearer wrong"}).status_code == 401
    response = client.get("/api/pending", headers={"authorization": f"Bearer {token}"})
    assert response.status_code == 200
    [row] = response.json()["pending"]
    assert (row["问题"], row["次数"], row["未找到"], row["标为有误"]) == ("纺织企业出口退税率多少？", 2, 1, 1)
    assert row["意见"] == "请补充退税文件，联系 ***********" and row["地区"] == "云溪"
    assert row["最接近的条款"] == f"{answer['citations'][0]['doc_id']}/{answer['citations'][0]['clause']}"


def test_the_admin_pending_view_checks_the_role_on_every_request(assistant, accounts):
    accounts.add("editor", "operator", "test-password-123")
    FeedbackStore.of(assistant.settings).record("省级专精特新奖多少", "最高30万元。", ["bio-final/二、（三）1."],
                                                "down", "错")
    with pytest.raises(LoginRequired):
        pending_listing(assistant, accounts, None)
    with pytest.raises(LoginRequired):
        pending_listing(assistant, accounts, "someone-deleted")
    summary, table = pending_listing(assistant, accounts, "editor")
    assert summary.startswith("共 1 组问题：未找到相关规定 0 次，被标为 👎 1 次。")
    assert table[0][0] == "省级专精特新奖多少"
    assert table[0][5] == "《关于支持生物医药产业高质量发展的若干措施》二、（三）1."  # the title, not the id
    listing = event(build_admin_ui(assistant, accounts), "pending")
    shown, rows, csv_path, own_path = listing(SimpleNamespace(username=None))
    assert shown.startswith("⚠️ 请先用有编辑权限的账号登录") and rows == [] and csv_path is None
    shown, rows, csv_path, own_path = listing(SimpleNamespace(username="editor"))
    assert rows == table and Path(csv_path).read_text(encoding="utf-8").startswith("\ufeff问题,次数")
    assert Path(own_path).read_text(encoding="utf-8").splitlines()[:2] == ["\ufeff问题,标准答案", "省级专精特新奖多少,"]
    assert pending_of(assistant.settings)[0]["标为有误"] == 1


def test_every_list_is_read_from_the_library_when_the_page_loads(assistant, accounts):
    ui, admin = build_ui(assistant), build_admin_ui(assistant, accounts)
    assistant.library.add(ROOT / "tests" / "data" / "wenlv_page.html", actor="test")  # after the pages were built
    title = "关于支持文化旅游产业发展的若干措施"
    _, browse = event(ui, "browse_documents")(None, None)
    assert (title, "wenlv_page") in browse.choices
    table_filters = event(ui, "table_refresh")("全部", "全部", "全部", "全部", "全部", False, False)
    assert (title, title) in table_filters[0].choices
    grid = table_filters[5]
    assert title in [row[4] for row in grid.value["data"]]
    _, rule, *_ = event(ui, "calculator_refresh")(None, None)
    assert rule.choices and rule.value == rule.choices[0][1]
    pair, comparison = event(ui, "versions_refresh")(None)
    bio = "关于支持生物医药产业高质量发展的若干措施"
    assert pair.choices[0] == (f"{bio}（征求意见稿） → {bio}", "bio-draft→bio-final")
    assert "bio-draft" not in comparison
    documents, supersedes, victim = event(admin, "documents_refresh")()
    assert "wenlv_page" in [row[0] for row in documents]
    assert (title, "wenlv_page") in victim.choices and victim.choices == supersedes.choices


def test_dropdowns_show_titles_with_finals_first_and_clauses_of_drafts_last(assistant):
    index = assistant.index
    assert document_choices(index.documents) == [
        ("关于支持生物医药产业高质量发展的若干措施", "bio-final"),
        ("关于支持纺织服装产业高质量发展的若干措施", "textile-final"),
        ("关于支持生物医药产业高质量发展的若干措施（征求意见稿）（已被替代）", "bio-draft"),
    ]
    found = search_clauses(index, "专精特新")
    olds = [index.documents[c.doc_id].is_old for c in found]
    assert olds == sorted(olds) and olds[0] is False and olds[-1] is True


def test_the_answer_area_puts_notes_first_and_marks_the_sentence_used(assistant):
    used = "对新认定为国家级、省级“专精特新”企业的，分别给予最高50万元、30万元一次性奖励。"
    citation = Citation("bio-final", "关于支持生物医药产业高质量发展的若干措施", "聊政办发〔2023〕10号", "final",
                        "二、（三）1.", "二、 › （三）", "1.鼓励本土领军企业做优做强。" + used, ["市工业和信息化局"],
                        0.9)
    note = Note("jurisdiction", "文件库中没有溪桐县的政策文件。")
    answer = Answer("q", used + "\n文件库中没有溪桐县的政策文件。", True, [citation], [], notes=[note])
    panel = answer_panel(answer)
    assert panel.index("溪桐县") < panel.index("专精特新") and panel.count("溪桐县") == 1
    cards = citation_cards(answer, assistant.index)
    assert f"<mark>{used}</mark>" in cards
    assert "<mark>1.鼓励" not in cards
    assert 'href="/?clause=bio-final/%E4%BA%8C.%EF%BC%88%E4%B8%89%EF%BC%89.1"' in cards


def test_the_incentive_table_shows_five_columns_first_and_leaves_drafts_out(corpus):
    rows = incentive_rows(corpus.documents, corpus.clauses)
    current = filter_rows(rows, old=False)
    assert len(current) == 36 and len(filter_rows(rows)) == 52
    headers, cells = shown_table(current)
    assert headers == ["项目", "级别", "金额（元）", "责任单位", "文件"]
    assert cells[0][:3] == ["国家级中小企业公共服务示范平台", "国家级", 500_000]
    headers, cells = shown_table(current, more=True)
    assert len(headers) == 20 and headers[:5] == ["项目", "级别", "金额（元）", "责任单位", "文件"]


def test_the_calculator_asks_only_for_the_figures_a_rule_needs(corpus, assistant):
    rules = list(calculable_rules(corpus.documents, corpus.clauses).values())
    assert [needed_figures(r) for r in rules] == [("count",), ("count",), ("base", "grade", "investment"), ("matched",)]
    form = event(build_ui(assistant), "calculator_form")
    label = next(k for k, r in calculable_rules(corpus.documents, corpus.clauses).items() if r.clause == "三、（二）1.")
    terms, base, investment, grade, count, matched, received, figure, lpr, growth, result = form(label)
    assert [u["visible"] for u in (base, investment, grade, count, matched, received, figure, lpr, growth)] == [
        True, True, True, False, False, False, False, False, False]
    assert base["label"] == "设备(含软件)实际购置金额，万元" and terms.startswith("规则：")
    compute = event(build_ui(assistant), "compute")
    text = compute(label, 2500, None, "D", None, None, None, None, None, None)
    assert text.splitlines()[-1] == "结论：最高可获175万元（以主管部门审核为准）。"


def test_chat_is_kept_in_the_browser_and_rated_answers_are_recorded(assistant):
    ui = build_ui(assistant)
    config = json.dumps(ui.get_config_file(), ensure_ascii=False)
    assert "localStorage.setItem('policyqa-chat'" in config and "localStorage.getItem('policyqa-chat')" in config
    rate_down = event(ui, "rate_down")
    assert rate_down(None, "") == ("请先提问，再评价回答。", "")
    message, comment = rate_down({"question": "q问", "answer": "a", "citations": []}, "不对")
    assert message.startswith("已记录：👎") and comment == ""
    assert FeedbackStore.of(assistant.settings).entries()[0]["comment"] == "不对"
    assert rate_down({"question": "q问", "citations": {"not": "a list"}}, None)[0].startswith("已记录")  # any client


def test_the_original_text_of_a_document_is_shown_on_request(settings, fake_embedder):
    from retrieval.service.library import Library

    library = Library.open(settings, embedder=fake_embedder)
    original = library.original("bio-draft")
    assert original == (settings.corpus_dir / library.index.documents["bio-draft"].source_file).read_text("utf-8-sig")
    with pytest.raises(ValueError, match="文件库中没有编号为 nothing 的文件原文"):
        library.original("nothing")
