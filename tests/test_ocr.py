"""Scanned PDFs: pages with no text layer are read by OCR (Debian's tesseract-ocr + chi_sim), with a warning
that the text should be checked; a clear message when the tools are missing; pages and time bounded."""

from __future__ import annotations

import io
import logging
import shutil
import subprocess
from pathlib import Path

import pytest

from retrieval.documents import formats
from retrieval.documents.corpus import build_corpus
from retrieval.documents.formats import extract_text, ocr_missing
from retrieval.errors import CorpusError
from tests.pdfgen import make_pdf

FONT = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")  # Debian's fonts-noto-cjk (make browser)
SCAN = [
    "青山县支持实体经济发展若干措施",
    "青政发〔2024〕6号",
    "一、对首次纳入规模以上工业企业统计的企业，",
    "给予一次性奖励10万元。（责任单位：县工信局）",
    "二、对新认定的高新技术企业，给予奖励20万元。",
    "（责任单位：县科技局）",
]


def scanned_pdf(lines: list[str], pages: int = 1) -> bytes:
    """A PDF whose pages are only pictures of the lines (what a scanner gives): no text layer at all."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(str(FONT), 44)
    images = []
    for _ in range(pages):
        image = Image.new("L", (1654, 2339), 255)  # A4 at 200 dpi
        draw = ImageDraw.Draw(image)
        for n, line in enumerate(lines):
            draw.text((150, 200 + 90 * n), line, font=font, fill=0)
        images.append(image)
    buffer = io.BytesIO()
    images[0].save(buffer, "PDF", resolution=200, save_all=True, append_images=images[1:])
    return buffer.getvalue()


def with_text_page(scan: bytes) -> bytes:
    """A text-layer page followed by the scanned page(s)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for data in (make_pdf([["青山县支持实体经济发展若干措施", "一、对首次纳入统计的企业给予奖励5万元。"]]), scan):
        for page in PdfReader(io.BytesIO(data)).pages:
            writer.add_page(page)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def no_tools(monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name, *args, **kwargs: None)


def test_a_scan_with_no_ocr_tools_gets_a_message_that_says_what_to_install(monkeypatch):
    no_tools(monkeypatch)
    assert ocr_missing() == "tesseract、pdftoppm"
    with pytest.raises(CorpusError) as caught:
        extract_text("scan.pdf", make_pdf([[]]))
    assert str(caught.value) == (
        "PDF 文件 scan.pdf 没有文字层（是扫描件），需要文字识别才能读取；本机没有安装文字识别（OCR）工具"
        "（缺少 tesseract、pdftoppm）。请运行 `make ocr`（即 apt-get install tesseract-ocr tesseract-ocr-chi-sim "
        "poppler-utils）后重新添加，或提供可复制文字的 PDF。")


@pytest.mark.skipif(not FONT.exists(), reason="needs fonts-noto-cjk to draw the scanned page")
def test_a_scanned_page_beside_text_pages_is_skipped_with_a_warning_when_the_tools_are_missing(monkeypatch, caplog):
    no_tools(monkeypatch)
    with caplog.at_level(logging.WARNING, logger="policyqa"):
        text = extract_text("mixed.pdf", with_text_page(scanned_pdf(SCAN)))
    assert text == "青山县支持实体经济发展若干措施\n一、对首次纳入统计的企业给予奖励5万元。"
    assert caplog.messages == [
        "PDF 文件 mixed.pdf 第 2 页没有文字层（扫描页），已跳过：本机没有安装文字识别（OCR）工具（缺少 tesseract、"
        "pdftoppm）。请运行 `make ocr`（即 apt-get install tesseract-ocr tesseract-ocr-chi-sim poppler-utils）后"
        "重新添加，或提供可复制文字的 PDF。"]


def test_too_many_scanned_pages_are_refused_before_any_ocr(monkeypatch):
    monkeypatch.setattr(formats, "ocr_missing", lambda: "")
    monkeypatch.setattr(formats, "MAX_OCR_PAGES", 2)
    monkeypatch.setattr(subprocess, "run", lambda *a, **k: pytest.fail("OCR must not start"))
    with pytest.raises(CorpusError, match="有 3 页扫描页，文字识别一次最多 2 页"):
        extract_text("long.pdf", make_pdf([[], [], []]))


def test_ocr_that_runs_out_of_time_is_stopped_with_a_message(monkeypatch):
    monkeypatch.setattr(formats, "ocr_missing", lambda: "")

    def slow(command, **kwargs):
        raise subprocess.TimeoutExpired(command, kwargs.get("timeout", 0))

    monkeypatch.setattr(subprocess, "run", slow)
    with pytest.raises(CorpusError, match="文字识别（OCR）超过 600 秒（单页 120 秒）仍未完成"):
        extract_text("slow.pdf", make_pdf([[]]))


@pytest.mark.slow
@pytest.mark.skipif(not FONT.exists() or bool(ocr_missing()), reason="needs `make ocr` and fonts-noto-cjk")
def test_a_scanned_pdf_is_read_by_ocr_with_a_warning_to_check_it(caplog):
    with caplog.at_level(logging.WARNING, logger="policyqa"):
        text = extract_text("scan.pdf", scanned_pdf(SCAN))
    assert caplog.messages == ["PDF 文件 scan.pdf 第 1 页是扫描件，已用文字识别（OCR）读取：识别结果可能有错字或漏字，"
                               "请在“条款浏览”中对照原件核对金额、文号和单位名称。"]
    corpus = build_corpus({"scan.txt": text}, {})
    doc = corpus.documents["scan"]
    assert (doc.title, doc.doc_number, doc.jurisdiction) == (
        "青山县支持实体经济发展若干措施", "青政发〔2024〕6号", "青山县")
    assert [(c.number, c.departments, [a.value for a in c.amounts]) for c in corpus.clauses] == [
        ("一、", ("县工信局",), [100000.0]),
        ("二、", ("县科技局",), [200000.0]),
    ]


@pytest.mark.skipif(not FONT.exists(), reason="needs fonts-noto-cjk to draw the scanned page")
def test_adding_a_file_returns_what_its_reader_warned_about(settings, fake_embedder, tmp_path, monkeypatch):
    from retrieval.service.assistant import Assistant
    from retrieval.service.ingest import add_document

    Assistant.open(settings, embedder=fake_embedder)
    no_tools(monkeypatch)
    source = tmp_path / "mixed.pdf"
    source.write_bytes(with_text_page(scanned_pdf(SCAN)))
    change = add_document(settings, source, fake_embedder)
    assert change.doc_ids == ["mixed"]
    assert len(change.warnings) == 1
    assert change.warnings[0].startswith("PDF 文件 mixed.pdf 第 2 页没有文字层（扫描页），已跳过：本机没有安装文字识别")
