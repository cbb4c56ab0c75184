"""The Gradio chat, started as a newcomer would (`python app.py`), asked through its HTTP API on loopback."""

from __future__ import annotations

import hashlib
import http.cookiejar
import json
import urllib.error
import urllib.parse
import urllib.request

import pytest

from tests.conftest import EDITOR, ROOT

pytestmark = pytest.mark.slow


def text_of(message: dict) -> str:
    content = message["content"]
    return content if isinstance(content, str) else "".join(part.get("text", "") for part in content)


def test_page_serves_the_chinese_ui(app_server):
    with urllib.request.urlopen(app_server, timeout=10) as response:
        page = response.read().decode("utf-8")
    assert "惠企政策问答" in page


def test_chat_answers_with_clause_amount_and_citation_card(app_server):
    from gradio_client import Client

    client = Client(app_server, verbose=False)
    chat, cards, box, spoken, panel, rated = client.predict(
        "我们被认定为省级专精特新企业，能拿多少奖励？找哪个部门？", [], api_name="/respond"
    )
    reply = text_of(chat[-1])
    assert "二、（三）1." in reply and "最高30万元" in reply and "市工业和信息化局" in reply
    assert "聊政办发〔2023〕10号" in cards and "查看条款全文" in cards
    assert '<a href="/?clause=bio-final/' in cards and "<mark>对新认定为国家级、省级“专精特新”企业的" in cards
    assert "可获金额：省级“专精特新”企业，最高30万元" in panel
    assert rated["citations"][0] == "bio-final/二、（三）1." and rated["question"].startswith("我们被认定为")
    assert box == ""
    assert spoken.startswith(
        "您好，根据《关于支持生物医药产业高质量发展的若干措施》（聊政办发〔2023〕10号）二、（三）1.："
    )
    chat, cards, *_ = client.predict("", [], api_name="/respond")
    assert text_of(chat[-1]).startswith("⚠️ 问题不能为空")


def test_calculator_tab_computes_from_the_extracted_rule(app_server):
    from gradio_client import Client

    client = Client(app_server, verbose=False)
    label = "《关于支持纺织服装产业高质量发展的若干措施》三、（二）1. 计划总投资500万元以上的纺织服装企业技术改造项目"
    text = client.predict(label, 2500, None, "D", None, None, None, None, None, api_name="/compute")
    assert text.splitlines()[-1] == "结论：最高可获175万元（以主管部门审核为准）。"
    text = client.predict(label, 300, 400, "", None, None, None, None, None, api_name="/compute")
    assert text.splitlines()[-1] == "结论：不符合条件。"


def test_table_tab_filters_and_downloads_csv(app_server):
    from gradio_client import Client

    client = Client(app_server, verbose=False)
    def table(*choices) -> dict:  # the grid's new value (its columns change with 「更多列」)
        return client.predict(*choices, api_name="/table")["value"]

    grid = table("全部", "纺织服装", "全部", "全部", "全部", False, False)
    assert len(grid["data"]) == 14 and grid["headers"] == ["项目", "级别", "金额（元）", "责任单位", "文件"]
    assert len(table("全部", "全部", "全部", "全部", "全部", False, True)["headers"]) == 20
    every, current = (table("全部", "全部", "全部", "全部", "全部", old, False)["data"] for old in (True, False))
    assert len(every) - len(current) == 16  # the superseded draft's rows, shown only when asked
    path = client.predict("全部", "纺织服装", "全部", "全部", "全部", False, api_name="/export")
    with open(path, encoding="utf-8-sig") as handle:
        lines = handle.read().splitlines()
    assert lines[0].startswith("文件,文号,状态,适用地区,行业,条款")
    assert len(lines) == 15


def test_upload_a_document_then_ask_about_it_then_remove_it(app_server):
    from gradio_client import Client, handle_file

    admin = Client(app_server + "admin/", auth=EDITOR, verbose=False)
    client = Client(app_server, verbose=False)
    page = ROOT / "tests" / "data" / "wenlv_page.html"
    message, library, _, _ = admin.predict(handle_file(str(page)), "自动判断", None, "", "", api_name="/add")
    assert message.startswith("已添加 wenlv_page《关于支持文化旅游产业发展的若干措施》；新嵌入 3 个条款")
    assert "wenlv_page" in [row[0] for row in library["data"]]
    chat, *_ = client.predict("新评定为国家5A级旅游景区奖励多少？", [], api_name="/respond")
    reply = text_of(chat[-1])
    assert "（一）" in reply and "最高300万元" in reply and "市文化和旅游局" in reply
    message, again, _, _ = admin.predict(handle_file(str(page)), "自动判断", None, "", "", api_name="/add")
    assert message.startswith("⚠️ 未添加：") and "内容相同" in message
    message, library, _, _ = admin.predict("wenlv_page", api_name="/remove")
    assert message.startswith("已删除 wenlv_page")
    assert "wenlv_page" not in [row[0] for row in library["data"]]
    audit = [json.loads(line) for line in (app_server.work / "audit.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(e["actor"], e["action"], e["result"][:7]) for e in audit[-3:]] == [
        ("web:editor", "add", "ok"), ("web:editor", "add", "refused"), ("web:editor", "remove", "ok")]
    assert audit[-3]["sha256"] == hashlib.sha256(page.read_bytes()).hexdigest()


def test_anonymous_clients_cannot_change_the_library(app_server):
    from gradio_client import Client

    public = Client(app_server, verbose=False)
    endpoints = public.view_api(print_info=False, return_format="dict")["named_endpoints"]
    assert not {"/add", "/remove", "/pending"} & set(endpoints)
    with pytest.raises(ValueError):  # the admin app answers nothing without a login
        Client(app_server + "admin/", verbose=False)
    for path, code in (("admin/gradio_api/call/remove", 401), ("admin/gradio_api/call/add", 401),
                       ("gradio_api/call/remove", None)):  # the public app has no such event at all
        request = urllib.request.Request(app_server + path, data=json.dumps({"data": ["textile-final"]}).encode(),
                                         headers={"content-type": "application/json"}, method="POST")
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(request, timeout=10)
        assert refused.value.code == code if code else refused.value.code >= 400, path
    with urllib.request.urlopen(app_server + "api/health", timeout=10) as response:
        assert json.loads(response.read())["documents"] == 4  # nothing was removed


def logged_in(url: str) -> urllib.request.OpenerDirector:
    """An HTTP client holding the admin app's login cookie."""
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
    form = urllib.parse.urlencode({"username": EDITOR[0], "password": EDITOR[1]}).encode()
    opener.open(url + "admin/login", data=form, timeout=10)
    return opener


def call_event(opener: urllib.request.OpenerDirector, url: str, data: list) -> str:
    """POST a Gradio event by hand (as an attacker would, with any FileData) and read its result."""
    request = urllib.request.Request(url + "/call/add", data=json.dumps({"data": data}).encode(),
                                     headers={"content-type": "application/json"}, method="POST")
    event = json.loads(opener.open(request, timeout=10).read())["event_id"]
    return opener.open(f"{url}/call/add/{event}", timeout=120).read().decode("utf-8")


def test_a_server_path_is_never_read_as_an_upload(app_server):
    secret = app_server.work / "secret.txt"  # a file on the server that was never uploaded
    secret.write_text((ROOT / "tests" / "data" / "linhe_digital.txt").read_text(encoding="utf-8"), encoding="utf-8")
    opener = logged_in(app_server)
    stream = call_event(opener, app_server + "admin/gradio_api",
                        [{"path": str(secret), "meta": {"_type": "gradio.FileData"}}, "自动判断", None, ""])
    assert "已添加" not in stream and "linhe" not in stream
    with urllib.request.urlopen(app_server + "api/health", timeout=10) as response:
        assert json.loads(response.read())["documents"] == 4


def test_documents_api_needs_an_editor_token(app_server):
    page = (ROOT / "tests" / "data" / "linhe_digital.txt").read_bytes()

    def call(method: str, path: str, token: str | None, data: bytes | None = None) -> tuple[int, dict]:
        headers = {"authorization": f"Bearer {token}"} if token else {}
        request = urllib.request.Request(app_server + path, data=data, headers=headers, method=method)
        try:
            with urllib.request.urlopen(request, timeout=120) as response:
                return response.status, json.loads(response.read())
        except urllib.error.HTTPError as exc:
            return exc.code, json.loads(exc.read())

    status, body = call("POST", "api/documents?name=linhe.txt", None, page)
    assert status == 401 and body["error"].startswith("需要有编辑权限的账号令牌")
    status, body = call("POST", "api/documents?name=linhe.txt", "not-a-token", page)
    assert status == 401
    assert call("DELETE", "api/documents/bio-draft", None)[0] == 401
    status, body = call("POST", "api/documents?name=linhe.txt", app_server.token, page)
    assert (status, body["added"]) == (201, ["linhe"])
    status, body = call("GET", "api/documents", None)
    assert "linhe" in [row["编号"] for row in body["documents"]]
    assert call("DELETE", "api/documents/linhe", app_server.token) == (200, {"removed": ["linhe"]})
    audit = (app_server.work / "audit.jsonl").read_text(encoding="utf-8")
    assert '"actor": "api:editor", "action": "add"' in audit and '"action": "remove"' in audit


def test_follow_up_in_the_chat_uses_the_history(app_server):
    from gradio_client import Client

    client = Client(app_server, verbose=False)
    chat, *_ = client.predict("国家级专精特新企业奖励多少？", [], api_name="/respond")
    chat, *_ = client.predict("那省级的呢？", chat, api_name="/respond")
    assert "可获金额：省级“专精特新”企业，最高30万元（一次性奖励）。" in text_of(chat[-1])


def test_a_policy_office_evaluates_its_own_test_set_behind_the_login(app_server, tmp_path):
    from gradio_client import Client, handle_file

    own = tmp_path / "我们的测试题.csv"
    own.write_text("问题,标准答案\n省级专精特新企业奖励多少？,最高30万元，市工业和信息化局负责\n"
                   "省级专精特新企业奖励多少？,最高50万元\n纺织企业出口退税率多少？,文件未规定\n", encoding="utf-8-sig")
    admin = Client(app_server + "admin/", auth=EDITOR, verbose=False)
    summary, table, download = admin.predict(handle_file(str(own)), api_name="/evaluate")
    assert summary == "共 3 题，通过 2 题。"
    assert [row[3] for row in table["data"]] == ["未通过", "通过", "通过"]  # failures first
    assert table["data"][0][4].startswith("标准金额 50万元 未出现在回答中")
    with open(download, encoding="utf-8-sig") as handle:
        assert handle.read().splitlines()[0] == "问题,标准答案,系统回答,是否通过,原因"
    audit = (app_server.work / "audit.jsonl").read_text(encoding="utf-8").splitlines()
    assert '"action": "eval"' in audit[-1] and '"passed": 2' in audit[-1]
