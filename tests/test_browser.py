"""The workbench in a real browser: Debian's Chromium driven by Playwright. Screenshots go to test-artifacts/."""

from __future__ import annotations

import csv
import io
import shutil
import urllib.parse
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow

ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# Flags for a closed network: no background connections, no updates, no sync; root needs --no-sandbox.
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]


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
    page.goto(app_server, wait_until="networkidle")
    yield page
    context.close()


def ask(page, question: str) -> None:
    """Type a question, press 提问, and wait until the read-out text of its answer appears."""
    page.get_by_label("您的问题").fill(question)
    page.get_by_role("button", name="提问").click()
    page.wait_for_function("() => (document.querySelector('#read-out textarea') || {}).value", timeout=30000)


def test_ask_and_see_clause_amount_and_units(page):
    ask(page, "我们被认定为省级专精特新企业，能拿多少奖励？找哪个部门？")
    bubble = page.locator(".message.bot, [data-testid='bot']").last
    bubble.wait_for()
    text = bubble.inner_text()
    assert "二、（三）1." in text and "最高30万元" in text and "市工业和信息化局" in text
    card = page.locator(".card").first
    assert "聊政办发〔2023〕10号" in card.inner_text()
    card.locator("summary").click()
    assert "对新认定为国家级、省级“专精特新”企业的" in card.inner_text()
    page.screenshot(path=str(ARTIFACTS / "ask-1366.png"), full_page=True)


def test_copy_the_answer_for_reading_out(page):
    ask(page, "省级瞪羚企业奖励多少？")
    spoken = page.locator("#read-out textarea")
    page.get_by_role("button", name="复制答复").click()
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
    page.wait_for_load_state("networkidle")
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
    page.screenshot(path=str(ARTIFACTS / "table.png"))


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
    page.goto(app_server, wait_until="networkidle")
    ask(page, "省级专精特新企业奖励多少？")
    assert page.evaluate("document.documentElement.scrollWidth") <= width + 1
    page.screenshot(path=str(ARTIFACTS / f"ask-{width}.png"), full_page=True)
    context.close()
