"""Accounts, the audit log, masking, and the limits that keep a hostile file or request bounded."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from retrieval import Assistant, CorpusError
from retrieval.documents.formats import MAX_HTML_DEPTH, extract_text
from retrieval.service.accounts import AccessDenied, Accounts, LoginRequired
from retrieval.service.querylog import mask
from tests.conftest import ROOT
from tests.pdfgen import make_pdf
from ui.server import create_app

DATA = ROOT / "tests" / "data"


def test_accounts_store_only_hashes_and_check_roles(tmp_path):
    accounts = Accounts(tmp_path / "accounts.json")
    assert accounts.names() == {} and not accounts.has_editor()  # no default account
    token = accounts.add("zhang", "operator", "a-long-password")
    stored = (tmp_path / "accounts.json").read_text(encoding="utf-8")
    assert "a-long-password" not in stored and token not in stored
    assert accounts.login("zhang", "a-long-password").role == "operator"
    assert accounts.login("zhang", "wrong-password") is None and accounts.login("nobody", "x" * 12) is None
    assert accounts.by_token(token).name == "zhang" and accounts.by_token("guess") is None
    assert accounts.require_editor("zhang").can_edit
    with pytest.raises(LoginRequired):
        accounts.require_editor(None)
    with pytest.raises(ValueError, match="密码至少 10 个字符"):
        accounts.add("li", "admin", "short")
    with pytest.raises(ValueError, match="角色只能是"):
        accounts.add("li", "root", "a-long-password")
    accounts.remove("zhang")
    with pytest.raises(AccessDenied):
        accounts.require_editor("zhang")


def test_the_query_log_masks_personal_numbers_in_any_format():
    assert mask("电话 138-0013-8000，+86 138 0013 8000") == "电话 *************，*****************"
    assert mask("一三八零零一三八零零零") == "*" * 11
    assert mask("身份证 371502 19900101 123X 银行卡6222 0212 3456 7890 123") == (
        "身份证 ******************** 银行卡***********************")
    assert mask("邮箱 zhang.san@qq.com 问奖励") == "邮箱 **************** 问奖励"
    assert mask("投资2500万元，2024年申报") == "投资2500万元，2024年申报"  # figures of a question stay
    assert mask("\u202e奖励多少") == "奖励多少"


def docx_bomb() -> bytes:
    """A .docx whose document.xml unpacks to 120 MB of zeros (a few hundred KB packed)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        with package.open("word/document.xml", "w") as part:
            for _ in range(120):
                part.write(b"\0" * 1_000_000)
    return out.getvalue()


def test_hostile_files_get_a_clear_message_before_any_real_work():
    with pytest.raises(CorpusError, match="解压后超过 100 MB，已拒绝（可能是压缩炸弹）"):
        extract_text("bomb.docx", docx_bomb())
    deep = "<html><body>" + "<div>" * 5000 + "关于支持企业的措施" + "</div>" * 5000 + "</body></html>"
    with pytest.raises(CorpusError, match=f"嵌套超过 {MAX_HTML_DEPTH} 层"):
        extract_text("deep.html", deep.encode())
    with pytest.raises(CorpusError, match="超过 500 页"):
        extract_text("long.pdf", make_pdf([["第一条 支持企业。"]] * 501))
    with pytest.raises(CorpusError, match="无法读取 PDF 文件 broken.pdf，文件可能已损坏、加密或过大"):
        extract_text("broken.pdf", b"%PDF-1.4\n" + b"\x00garbage" * 100)
    with pytest.raises(CorpusError, match="无法读取 Word 文件 broken.docx"):
        extract_text("broken.docx", b"PK\x03\x04 not really a zip")


def test_an_oversized_upload_is_refused_before_it_is_read(settings, fake_embedder, tmp_path):
    from dataclasses import replace

    from retrieval.service.library import Library

    small = replace(settings, max_upload_bytes=1000)
    library = Library.open(small, embedder=fake_embedder)
    with pytest.raises(CorpusError, match="超过上限 0.001 MB"):
        library.add(DATA / "linhe_digital.txt", actor="cli:test")
    entry = json.loads(small.audit_log.read_text(encoding="utf-8").splitlines()[-1])
    assert (entry["actor"], entry["action"], entry["file"]) == ("cli:test", "add", "linhe_digital.txt")
    assert entry["result"].startswith("refused: 文件 linhe_digital.txt 有 0.0 MB")


def test_odd_json_gets_the_documented_400_in_chinese(settings, fake_embedder):
    client = TestClient(create_app(Assistant.open(settings, embedder=fake_embedder)))
    nested = b"[" * 100_000 + b"]" * 100_000
    for body in (nested, b"\xff\xfe", b'{"question": "x"' + b"}" * 3):
        response = client.post("/api/ask", content=body, headers={"content-type": "application/json"})
        assert (response.status_code, response.json()) == (400, {"error": "请求体不是有效的 JSON。"})
    lone = client.post("/api/ask", content='{"question": "\\ud800专精特新企业奖励多少？"}'.encode(),
                       headers={"content-type": "application/json"})  # a lone surrogate is dropped, not fatal
    assert lone.status_code == 200 and lone.json()["question"] == "专精特新企业奖励多少？"
    log = Path(settings.query_log).read_text(encoding="utf-8").splitlines()
    assert json.loads(log[-1])["question"] == "专精特新企业奖励多少？"
    response = client.post("/api/documents?name=a.txt", content=b"x")
    assert response.status_code == 401 and response.json()["error"].startswith("需要有编辑权限的账号令牌")


def test_a_huge_gradio_event_is_refused_before_it_is_read(settings, fake_embedder):
    client = TestClient(create_app(Assistant.open(settings, embedder=fake_embedder)))
    body = json.dumps({"data": ["专精特新" * 500_000, []], "fn_index": 0}).encode()
    response = client.post("/gradio_api/queue/join", content=body, headers={"content-type": "application/json"})
    assert (response.status_code, response.json()) == (413, {"error": "请求过大（超过 1024 KB）。"})


@pytest.mark.slow
def test_a_question_during_a_large_add_is_answered_in_its_usual_time(settings, assistant):
    """Embedding a 240-clause upload takes half a minute on 2 cores; a question meanwhile waits for one
    small batch of passages at most (PASSAGES_PER_TURN), never for the whole upload."""
    import shutil
    import threading
    import time

    from retrieval.service.library import Library

    shutil.copytree(assistant.settings.index_dir / "cache", settings.index_dir / "cache")
    library = Library.open(settings, embedder=assistant.embedder)
    serving = Assistant(library)
    big = settings.corpus_dir.parent / "big.txt"
    # (long passages, as policies write them: short ones embed so fast on a quiet machine that the add could end
    # before the questions, and the test would prove nothing)
    condition = "园区须在本市依法登记注册、纳税并纳入统计，上一年度未发生较大及以上安全生产事故和环境污染事件，" * 3
    items = "\n".join(f"{n}.对第{n}类新认定的示范园区（编号{n * 37}）给予{n}万元一次性奖励。{condition}"
                      for n in range(1, 241))
    big.write_text(f"关于支持园区建设的若干措施\n一、支持措施\n{items}\n", encoding="utf-8")
    adding = threading.Thread(target=library.add, args=(big,), kwargs={"actor": "cli:test"})
    adding.start()
    time.sleep(2)  # the upload is being embedded
    waits = []
    for _ in range(3):
        start = time.monotonic()
        answer = serving.ask("省级专精特新企业奖励多少？")
        waits.append(time.monotonic() - start)
        assert answer.amounts[0].value == 300_000
    still_adding = adding.is_alive()
    adding.join(timeout=600)
    assert still_adding, f"the add finished before the questions: the test proved nothing {waits}"
    assert max(waits) < 5.0, waits  # usual: well under a second; the whole add: ~30 s
    assert "big" in library.index.documents
