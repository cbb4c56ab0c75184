"""The workbench in a real browser: Debian's Chromium driven by Playwright. Screenshots go to test-artifacts/."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import shutil
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests.conftest import EDITOR, ROOT

pytestmark = pytest.mark.slow

ARTIFACTS = ROOT / "test-artifacts"
SCREENSHOTS = ROOT / "docs" / "screenshots"  # the operator flow as the README shows it
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
INTRANET = "intranet.test"  # a plain-HTTP name for the loopback server: not a secure context, as on an intranet
# Flags for a closed network: no background connections, no updates, no sync; root needs --no-sandbox.
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", f"--host-resolver-rules=MAP {INTRANET} 127.0.0.1"]


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture()
def page(browser, app_server):
    context = browser.new_context(viewport={"width": 1366, "height": 768}, accept_downloads=True)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=app_server.rstrip("/"))
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.dialogs = dialogs
    visit(page, app_server)
    yield page
    context.close()


def settled(page) -> None:
    """Wait until the page's own requests are done (its load events fill the lists); on a busy machine
    Gradio's background requests may not pause within the time, so a timeout there is not a failure:
    each test then waits for what it needs with its own locator."""
    with contextlib.suppress(PlaywrightTimeout):
        page.wait_for_load_state("networkidle", timeout=60000)


def visit(page, url: str) -> None:
    page.goto(url, wait_until="load", timeout=120000)
    settled(page)


def ask(page, question: str) -> None:
    """Type a question, press 提问, and wait until the read-out text of its answer appears."""
    page.get_by_label("您的问题").fill(question)
    page.get_by_role("button", name="提问").click()
    page.wait_for_function("() => (document.querySelector('#read-out textarea') || {}).value", timeout=30000)


def screenshot(page, name: str, key: bool = False, **options) -> None:
    """Kept under test-artifacts/; the key screens of the operator flow also under docs/screenshots/."""
    page.screenshot(path=str(ARTIFACTS / name), **options)
    if key:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        shutil.copy(ARTIFACTS / name, SCREENSHOTS / name)


def dropdown(page, label: str):
    """The dropdown with this label on the tab shown (tabs not shown keep theirs in the page)."""
    return page.locator(f'input[aria-label="{label}"]:visible')


def choose(page, label: str, choice: str) -> None:
    """Pick a choice as a user does: open the dropdown, click the option."""
    page.mouse.click(2, 2)  # away from any open list first
    dropdown(page, label).click()
    page.get_by_role("option").filter(has_text=choice).first.click()


def dropdown_options(page, label: str) -> list[str]:
    """The choices a Gradio dropdown offers, read by opening it as a user would."""
    dropdown(page, label).click()
    options = page.get_by_role("option")
    options.first.wait_for(timeout=10000)
    texts = options.all_inner_texts()
    page.keyboard.press("Escape")
    return [t.strip() for t in texts]


def shows(page, selector: str, text: str, timeout: float = 15000) -> None:
    """Wait until the element's visible text contains `text` (a grid fills in after its event)."""
    page.wait_for_function("([s, t]) => (document.querySelector(s) || {innerText: ''}).innerText.includes(t)",
                           arg=[selector, text], timeout=timeout)


def log_in(page, url: str) -> None:
    """The /admin login as an operator types it."""
    visit(page, url + "admin/")
    page.locator("input").first.fill(EDITOR[0])
    page.locator("input[type=password]").fill(EDITOR[1])
    page.locator("input[type=password]").press("Enter")
    page.get_by_role("tab", name="待完善").wait_for(timeout=30000)
    shows(page, "#document-table", "bio-final", timeout=30000)  # the page's lists have been read


def test_ask_and_see_clause_amount_and_units(page):
    ask(page, "我们被认定为省级专精特新企业，能拿多少奖励？找哪个部门？")
    bubble = page.locator(".message.bot, [data-testid='bot']").last
    bubble.wait_for()
    text = bubble.inner_text()
    assert "二、（三）1." in text and "最高30万元" in text and "市工业和信息化局" in text
    card = page.locator(".card").first
    assert "聊政办发〔2023〕10号" in card.inner_text()
    used = card.locator("mark").first.inner_text()  # the sentence the answer quotes
    assert used.startswith("对新认定为国家级、省级“专精特新”企业的")
    assert card.locator("a", has_text="二、（三）1.").get_attribute("href") == "/?clause=" + urllib.parse.quote(
        "bio-final/二.（三）.1")
    screenshot(page, "ask-1366-full.png", full_page=True)


def test_copy_the_answer_for_reading_out(page):
    ask(page, "省级瞪羚企业奖励多少？")
    spoken = page.locator("#read-out textarea")
    page.get_by_role("button", name="复制答复").click()
    page.locator("#copy-status", has_text="已复制").wait_for(timeout=5000)
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == spoken.input_value()
    assert copied.startswith("您好，根据《关于支持生物医药产业高质量发展的若干措施》") and "最高30万元" in copied


def test_open_a_clause_from_the_browse_tab(page):
    page.get_by_role("tab", name="条款浏览").click()
    page.get_by_label("全文检索（多个词用空格分开）").fill("瞪羚 奖励")
    marked = page.locator("#clause-list mark", has_text="瞪羚").first
    marked.wait_for(timeout=15000)
    link = page.locator("#clause-list a", has_text="二、（三）1.").first
    href = link.get_attribute("href")
    assert href == "?clause=" + urllib.parse.quote("bio-final/二.（三）.1")
    link.click()
    settled(page)
    opened = page.locator(".card.opened")
    opened.wait_for(timeout=15000)
    assert "二、（三）1." in opened.inner_text() and "瞪羚" in opened.inner_text()
    assert page.get_by_role("tab", name="条款浏览").get_attribute("aria-selected") == "true"
    page.screenshot(path=str(ARTIFACTS / "clause-link.png"))


def test_download_the_incentive_table_as_csv(page):
    page.get_by_role("tab", name="奖补一览").click()
    with page.expect_download() as download:
        page.get_by_role("button", name="下载 CSV").click()
    text = Path(download.value.path()).read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows[0]["适用对象"] == "国家级中小企业公共服务示范平台" and rows[0]["上限（元）"] == "500000"
    assert any(r["条款编号"] == "textile-final/三.（二）.1" and r["分类比例"] == "C类8%；D类7%" for r in rows)
    grid = page.locator("#incentive-table")
    assert [t.strip() for t in grid.locator("th:visible").all_inner_texts()[:5]] == [
        "项目", "级别", "金额（元）", "责任单位", "文件"]
    amount = grid.locator("th:visible", has_text="金额（元）").first
    amount.hover()
    amount.locator("button.cell-menu-button").click()
    page.get_by_role("menuitem", name="从大到小排序").click()  # sorted as numbers: 4,000,000 before 500,000
    page.wait_for_function("() => (document.querySelector('#incentive-table .virtual-row') || {innerText: ''})"
                           ".innerText.includes('4000000')", timeout=10000)
    assert "领军人才" in grid.locator(".virtual-row").first.inner_text()
    screenshot(page, "table.png", key=True)


def test_version_comparison_marks_what_the_final_adds(page):
    page.get_by_role("tab", name="版本对照").click()
    table = page.locator("table.versions")
    table.wait_for(timeout=15000)
    row = table.locator("tr", has_text="二、（二）4.")
    assert "二、（二）1." in row.inner_text()
    assert "最高100万元" in row.locator("ins").all_inner_texts().__str__()
    page.screenshot(path=str(ARTIFACTS / "versions.png"))


def test_markup_in_questions_and_documents_is_shown_as_text(page):
    question = ('<img src=x onerror="window.__xss=\'question\'">专精特新奖励[点我](javascript:alert(1))'
                '<script>window.__xss="q"</script>')
    ask(page, question)
    user = page.locator(".message.user, [data-testid='user']").last
    assert "<img src=x" in user.inner_text() and "<script>" in user.inner_text()
    page.get_by_role("tab", name="条款浏览").click()
    page.get_by_label("全文检索（多个词用空格分开）").fill("加粗标记")
    card = page.locator("#clause-list .card", has_text="加粗标记").first
    card.wait_for(timeout=15000)
    assert "<b>加粗标记</b>" in card.inner_text() and "<script>" in card.inner_text()
    assert page.evaluate("window.__xss") is None
    assert page.dialogs == []


@pytest.mark.parametrize("width, height", [(1366, 768), (390, 844)])
def test_readable_without_sideways_scrolling(browser, app_server, width, height):
    context = browser.new_context(viewport={"width": width, "height": height}, is_mobile=width < 500)
    page = context.new_page()
    visit(page, app_server)
    ask(page, "省级专精特新企业奖励多少？")
    assert page.evaluate("document.documentElement.scrollWidth") <= width + 1
    tabs = page.get_by_role("tab")
    names = ["智能问答", "条款浏览", "版本对照", "评测", "奖补一览", "奖补测算", "政策匹配"]
    assert [t.strip() for t in tabs.all_inner_texts()] == names
    assert all(tabs.nth(i).is_visible() for i in range(len(names)))  # none folded into 「…」
    bubble = page.locator("#answer-panel .answer-text")
    assert bubble.evaluate("e => e.scrollWidth <= e.clientWidth + 1")  # the answer wraps, no sideways scrolling
    screenshot(page, f"ask-{width}.png", key=width < 500, full_page=True)
    tabs.nth(4).click()
    page.locator("#incentive-table").wait_for()
    assert page.evaluate("document.documentElement.scrollWidth") <= width + 1
    context.close()


def test_the_answer_and_its_read_out_are_above_the_fold_at_1366x768(page):
    ask(page, "我们被认定为省级专精特新企业，能拿多少奖励？找哪个部门？")
    panel = page.locator("#answer-panel")
    assert "可获金额：省级“专精特新”企业，最高30万元" in panel.inner_text()
    for selector in ("#answer-panel", "#read-out", "#copy-answer", "#rate-down"):
        box = page.locator(selector).bounding_box()
        assert box["y"] >= 0 and box["y"] + box["height"] <= 768, selector
    assert page.evaluate("window.scrollY") == 0
    screenshot(page, "ask-1366.png", key=True)


def test_copy_on_a_plain_http_address_falls_back_and_says_copied(browser, app_server):
    url = app_server.replace("127.0.0.1", INTRANET)
    context = browser.new_context(viewport={"width": 1366, "height": 768})
    page = context.new_page()
    visit(page, url)
    assert page.evaluate("window.isSecureContext") is False  # no clipboard API here
    page.evaluate("document.addEventListener('copy', (e) => { window.__copied = e.target.value; }, true)")
    ask(page, "省级瞪羚企业奖励多少？")
    page.get_by_role("button", name="复制答复").click()
    page.locator("#copy-status", has_text="已复制").wait_for(timeout=5000)
    spoken = page.locator("#read-out textarea").input_value()
    assert page.evaluate("window.__copied") == spoken and spoken.startswith("您好，根据《")
    assert page.locator("textarea.copy-buffer").count() == 0  # the helper textarea is gone again
    screenshot(page, "copied-plain-http.png", key=True)
    context.close()


def test_the_conversation_survives_a_reload_until_cleared(page):
    ask(page, "省级瞪羚企业奖励多少？")
    page.reload(wait_until="load", timeout=120000)
    settled(page)
    user = page.locator(".message.user, [data-testid='user']")
    user.first.wait_for(timeout=10000)
    assert "省级瞪羚企业奖励多少？" in user.last.inner_text()
    page.get_by_role("button", name="清空对话").click()
    page.wait_for_timeout(1000)
    page.reload(wait_until="load", timeout=120000)
    settled(page)
    page.wait_for_timeout(1000)
    assert user.count() == 0


def test_a_document_added_shows_in_every_list_after_a_reload_and_is_deleted_after_confirming(page, app_server):
    title = "临河市促进数字经济发展若干政策"
    request = urllib.request.Request(app_server + "api/documents?name=linhe-browser.txt", method="POST",
                                     data=(ROOT / "tests" / "data" / "linhe_digital.txt").read_bytes(),
                                     headers={"authorization": f"Bearer {app_server.token}"})
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            assert json.loads(response.read())["added"] == ["linhe-browser"]
        page.reload(wait_until="load", timeout=120000)
        settled(page)
        page.get_by_role("tab", name="条款浏览").click()
        assert title in dropdown_options(page, "文件")
        page.get_by_role("tab", name="奖补一览").click()
        assert title in dropdown_options(page, "文件")
        choose(page, "文件", title)
        shows(page, "#incentive-table", "数字经济")
        page.get_by_role("tab", name="奖补测算").click()
        assert any(option.startswith(f"《{title}》") for option in dropdown_options(page, "奖补政策"))
        log_in(page, app_server)
        assert title in page.locator("#document-table").inner_text()
        assert title in dropdown_options(page, "替代的文件（可选）")
        victim = "要删除的文件（选择后按右侧按钮确认）"
        assert title in dropdown_options(page, victim)
        assert page.locator("#confirm-remove").is_disabled()  # nothing is deleted by one click
        choose(page, victim, title)
        confirm = page.get_by_role("button", name=f"确认删除《{title}》")
        confirm.wait_for(timeout=10000)
        page.wait_for_timeout(500)  # the list of choices fades out
        screenshot(page, "delete-confirm.png", key=True)
        confirm.click()
        page.wait_for_function("() => [...document.querySelectorAll('textarea')]"
                               ".some(t => t.value.startsWith('已删除 linhe-browser'))", timeout=60000)
        assert title not in page.locator("#document-table").inner_text()
    finally:
        remove = urllib.request.Request(app_server + "api/documents/linhe-browser", method="DELETE",
                                        headers={"authorization": f"Bearer {app_server.token}"})
        with contextlib.suppress(urllib.error.HTTPError):  # already deleted through the page
            urllib.request.urlopen(remove, timeout=60)


def test_thumbs_down_with_a_comment_reaches_pending_for_an_operator_only(browser, page, app_server):
    comment = "金额请核对（浏览器测试）"
    ask(page, "纺织企业出口退税率多少？")
    page.locator("#rate-comment textarea").fill(comment)
    page.locator("#rate-down").click()
    page.locator("#rate-result", has_text="已记录").wait_for(timeout=10000)
    anonymous = browser.new_context(viewport={"width": 1366, "height": 768}).new_page()
    visit(anonymous, app_server + "admin/")
    assert comment not in anonymous.content() and anonymous.locator("input[type=password]").count() == 1
    assert anonymous.request.get(app_server + "api/pending").status == 401
    anonymous.context.close()
    log_in(page, app_server)
    page.get_by_role("tab", name="待完善").click()
    shows(page, "#pending-table", comment)
    assert "纺织企业出口退税率多少？" in page.locator("#pending-table").inner_text()
    screenshot(page, "pending.png", key=True)


def test_the_calculator_asks_only_for_the_figures_the_rule_needs(page):
    page.get_by_role("tab", name="奖补测算").click()
    choose(page, "奖补政策", "纺织服装企业技术改造项目")
    shows(page, "body", "需要填写：计算基数、分类结果、项目总投资")
    visible = page.locator("label:visible, span[data-testid=block-info]:visible").all_inner_texts()
    assert any("设备(含软件)实际购置金额，万元" in v for v in visible) and any("项目总投资" in v for v in visible)
    assert not any(v.startswith(("数量", "已获上级资助", "贷款市场报价利率")) for v in visible)
    screenshot(page, "calculator.png", key=True)


def test_policy_matching_from_a_description_with_the_read_out_and_csv(page):
    page.get_by_role("tab", name="政策匹配").click()
    # the test server's library holds another place's document too, so the place is named
    page.get_by_label("企业情况").fill("聊城市的纺织服装企业，技改项目计划总投资3000万元，设备投资2500万元，亩产效益D类，"
                                    "今年被评为国家级电子商务类示范企业")
    page.get_by_role("button", name="匹配政策").click()
    page.wait_for_function("() => (document.querySelector('#match-readout textarea') || {}).value", timeout=60000)
    shows(page, "#match-summary", "行业：纺织服装")
    shows(page, "#match-summary", "地区：聊城市")
    shows(page, "#match-summary", "合计 205万元")
    eligible = page.locator("#match-eligible").inner_text()
    assert "1750000" in eligible and "300000" in eligible
    readout = page.locator("#match-readout textarea").input_value()
    assert readout.startswith("已识别：行业：纺织服装；地区：聊城市。") and "可享受（2项）" in readout
    page.get_by_role("button", name="复制朗读稿").click()
    shows(page, "#match-copy-status", "已复制")
    with page.expect_download() as download:
        page.get_by_role("button", name="下载 CSV").last.click()
    rows = list(csv.DictReader(io.StringIO(Path(download.value.path()).read_text(encoding="utf-8-sig"))))
    assert [(r["结论"], r["金额（元）"]) for r in rows][:2] == [("可享受", "1750000"), ("可享受", "300000")]
    screenshot(page, "match.png", key=True)
