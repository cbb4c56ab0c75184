"""Plain text out of the formats policy offices publish: .txt, .md, .docx, .pdf (text layer), .html."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from typing import Any

from retrieval.documents.normalise import is_page_furniture, reflow
from retrieval.documents.tables import pipe_row
from retrieval.errors import CorpusError

__all__ = ["SUPPORTED", "extract_text", "decode", "decode_text"]

SUPPORTED = (".txt", ".md", ".docx", ".pdf", ".html", ".htm")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_PAGE_NUMBER = re.compile(r"^[—\-－\s]*\d+[—\-－\s]*$|^第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?$")
# Limits checked before (or while) a file is opened, so a hostile file costs bounded time and memory.
MAX_TEXT_CHARS = 2_000_000  # about 1,000 pages of policy text
MAX_PDF_PAGES = 500
MAX_DOCX_UNPACKED = 100_000_000  # bytes of all parts of a .docx once unzipped (a zip bomb is refused)
MAX_DOCX_PARAGRAPHS = 50_000
MAX_HTML_DEPTH = 300  # nesting of tags; real pages stay under 50
_BOILERPLATE = re.compile(r"nav|menu|footer|header|breadcrumb|share|sidebar|copyright|banner|toolbar|search",
                          re.IGNORECASE)


def decode(data: bytes) -> str | None:
    """UTF-8 (with or without BOM), else GB18030 (a superset of GBK); None for binary or other encodings."""
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" not in text:
            return text
    return None


def decode_text(data: bytes, name: str) -> str:
    """The text of a document file; empty, binary or unknown encodings get a clear error."""
    if not data.strip():
        raise CorpusError(f"文件 {name} 是空的，请检查后重新添加。")
    text = decode(data)
    if text is None:
        raise CorpusError(f"无法识别文件 {name} 的编码（支持 UTF-8、GBK、GB18030），请另存为 UTF-8 后重试。")
    return text


def extract_text(name: str, data: bytes) -> str:
    """The document's text, by file type; every failure is a CorpusError that says what to do."""
    suffix = Path(name).suffix.lower()
    if suffix not in SUPPORTED:
        raise CorpusError(f"不支持 {suffix or '无扩展名'} 格式的文件 {name}；支持：{'、'.join(SUPPORTED)}。")
    if not data.strip():
        raise CorpusError(f"文件 {name} 是空的，请检查后重新添加。")
    if suffix == ".txt":
        text = decode_text(data, name)
    elif suffix == ".md":
        text = _markdown(decode_text(data, name))
    elif suffix == ".docx":
        text = _docx(data, name)
    elif suffix == ".pdf":
        text = _pdf(data, name)
    else:
        text = _html(data, name)
    if len(text) > MAX_TEXT_CHARS:
        raise CorpusError(f"文件 {name} 的正文超过 {MAX_TEXT_CHARS // 10000} 万字，不像一份政策文件；请拆分后再添加。")
    if not _CJK.search(text):
        raise CorpusError(f"文件 {name} 中没有找到中文正文，请确认这是政策文件。")
    return text


def _markdown(text: str) -> str:
    lines = []
    for line in text.splitlines():
        line = re.sub(r"^\s{0,3}(?:#{1,6}\s*|>\s*|[-*+]\s+)", "", line)
        line = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line)  # [text](link) -> text
        lines.append(re.sub(r"(\*\*|__|`)", "", line))
    return "\n".join(lines)


def _docx(data: bytes, name: str) -> str:
    from docx import Document as Docx

    broken = CorpusError(f"无法读取 Word 文件 {name}，文件可能已损坏；请确认是 .docx 格式（不是 .doc）。")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            unpacked = sum(info.file_size for info in package.infolist())
    except (zipfile.BadZipFile, ValueError) as exc:
        raise broken from exc
    if unpacked > MAX_DOCX_UNPACKED:
        raise CorpusError(f"Word 文件 {name} 解压后超过 {MAX_DOCX_UNPACKED // 1_000_000} MB，"
                          "已拒绝（可能是压缩炸弹）。")
    try:
        document = Docx(io.BytesIO(data))
    except Exception as exc:  # python-docx raises several types for a broken package
        raise broken from exc
    if len(document.element.body) > MAX_DOCX_PARAGRAPHS:
        raise CorpusError(f"Word 文件 {name} 有超过 {MAX_DOCX_PARAGRAPHS} 个段落，不像一份政策文件；请拆分后再添加。")
    # Paragraphs and tables in document order; a table of two or more columns as pipe rows
    # (`|序号|项目|支持标准|`, read by tables.py), a one-column table as its lines.
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    lines = []
    for element in document.element.body.iterchildren():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(Paragraph(element, document).text)
        elif tag == "tbl":
            lines.extend(_docx_table(Table(element, document)))
    return "\n".join(lines)


def _docx_table(table: Any) -> list[str]:
    rows = []
    for row in table.rows:
        cells, previous = [], None
        for cell in row.cells:  # a merged cell is repeated across the columns it spans: keep it once
            if previous is not None and cell._tc is previous:
                continue
            previous = cell._tc
            cells.append(cell.text.strip())
        rows.append(cells)
    if max((len(r) for r in rows), default=0) < 2:
        return [c for r in rows for c in r]
    return [pipe_row(r) for r in rows]


def _pdf(data: bytes, name: str) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        if len(reader.pages) > MAX_PDF_PAGES:
            raise CorpusError(f"PDF 文件 {name} 超过 {MAX_PDF_PAGES} 页，请拆分后再添加。")
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PyPdfError, ValueError, KeyError, TypeError, RecursionError) as exc:
        # LimitReachedError (decompression limits), damaged streams, encrypted files
        raise CorpusError(f"无法读取 PDF 文件 {name}，文件可能已损坏、加密或过大。") from exc
    if not _CJK.search("".join(pages)):
        raise CorpusError(
            f"PDF 文件 {name} 没有文字层（可能是扫描件），请提供可复制文字的 PDF，或先做文字识别（OCR）。"
        )
    page_lines = [[line.rstrip() for line in page.splitlines() if line.strip()] for page in pages]
    running = _running_lines(page_lines)
    lines = [line for page in page_lines for line in page
             if not _PAGE_NUMBER.match(line.strip()) and not is_page_furniture(line) and line.strip() not in running]
    return _reflow(lines)


def _running_lines(pages: list[list[str]]) -> set[str]:
    """A running header or footer: the same first or last line on most pages (three or more)."""
    if len(pages) < 3:
        return set()
    counts: dict[str, int] = {}
    for page in pages:
        for line in {page[0].strip(), page[-1].strip()} if page else set():
            counts[line] = counts.get(line, 0) + 1
    return {line for line, n in counts.items() if n >= max(3, len(pages) // 2 + 1)}


def _reflow(lines: list[str]) -> str:
    """Join lines a PDF broke mid-sentence or mid-number (normalise.reflow); keep a break after a
    sentence end, a short line (a title, a signature) and before a numbering mark or an indent."""
    return "\n".join(reflow(lines))


def _html(data: bytes, name: str) -> str:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(data, "html.parser")
    if _depth(soup) > MAX_HTML_DEPTH:
        raise CorpusError(f"网页文件 {name} 的标签嵌套超过 {MAX_HTML_DEPTH} 层，不像一份政策网页，已拒绝。")
    title = _html_title(soup)
    for tag in soup(["script", "style", "nav", "header", "footer", "aside", "form", "noscript", "iframe"]):
        tag.decompose()
    for tag in soup.find_all(True):
        if tag.decomposed:  # removed together with a parent
            continue
        marks = " ".join([tag.get("id") or "", *(tag.get("class") or [])])
        if marks.strip() and _BOILERPLATE.search(marks):
            tag.decompose()
    body = soup.body or soup
    total = len(_CJK.findall(body.get_text()))
    if total == 0:
        raise CorpusError(f"网页文件 {name} 中没有找到正文。")
    # The content is the smallest block that still holds most of the page's Chinese text.
    content = body
    for block in body.find_all(["div", "article", "section", "main", "td"]):
        if len(_CJK.findall(block.get_text())) >= 0.8 * total and len(block.get_text()) < len(content.get_text()):
            content = block
    for br in content.find_all("br"):
        br.replace_with("\n")
    for table in content.find_all("table")[::-1]:  # innermost first: a data table as pipe rows
        if table.find("table") is None:
            rows = [[cell.get_text(" ", strip=True) for cell in tr.find_all(["td", "th"])]
                    for tr in table.find_all("tr")]
            if max((len(r) for r in rows), default=0) >= 2:
                table.replace_with("\n" + "\n".join(pipe_row(r) for r in rows if any(r)) + "\n")
    text = content.get_text("\n")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    # The page's title usually stands outside the content block (an <h1> above it): put it first.
    if title and not any(title in line for line in lines[:3]):
        lines.insert(0, title)
    return "\n".join(lines)


def _html_title(soup: Any) -> str:
    """The article's title: its <meta name="ArticleTitle">, else the first <h1> (or <h2>) of the body,
    else the <title> up to the site name (标题_栏目_网站)."""
    meta = soup.find("meta", attrs={"name": re.compile(r"^ArticleTitle$", re.IGNORECASE)})
    if meta and meta.get("content", "").strip():
        return str(meta["content"]).strip()
    for level in ("h1", "h2"):
        for heading in (soup.body or soup).find_all(level):
            text = heading.get_text("", strip=True)
            if _CJK.search(text) and 4 <= len(text) <= 80:
                return text
    if soup.title and soup.title.get_text(strip=True):
        return re.split(r"\s*[_|｜]\s*|\s+[-—－]\s+", soup.title.get_text(strip=True))[0]
    return ""


def _depth(soup: Any) -> int:
    """The deepest nesting of tags, walked without recursion."""
    deepest, stack = 0, [(soup, 0)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        if deepest > MAX_HTML_DEPTH:
            break
        stack.extend((child, depth + 1) for child in getattr(node, "contents", ()) if getattr(child, "contents", None))
    return deepest
