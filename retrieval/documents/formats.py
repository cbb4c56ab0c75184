"""Plain text out of the formats policy offices publish: .txt, .md, .docx, .pdf (text layer, or scanned
pages read by OCR), .html."""

from __future__ import annotations

import io
import logging
import re
import shutil
import subprocess
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Any

from retrieval.documents.normalise import is_page_furniture, reflow, strip_spaces
from retrieval.documents.parser import DATE_LINE
from retrieval.documents.tables import has_columns, pipe_row, space_rows
from retrieval.errors import CorpusError
from retrieval.lexicon.patterns import LEADING_NUMBER

__all__ = ["SUPPORTED", "extract_text", "decode", "decode_text", "ocr_missing"]

SUPPORTED = (".txt", ".md", ".docx", ".pdf", ".html", ".htm")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_PAGE_NUMBER = re.compile(r"^[—\-－\s]*\d+[—\-－\s]*$|^第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?$")
# Limits checked before (or while) a file is opened, so a hostile file costs bounded time and memory.
MAX_TEXT_CHARS = 2_000_000  # about 1,000 pages of policy text
MAX_PDF_PAGES = 500
MAX_DOCX_UNPACKED = 100_000_000  # bytes of all parts of a .docx once unzipped (a zip bomb is refused)
MAX_DOCX_PARAGRAPHS = 50_000
MAX_HTML_DEPTH = 300  # nesting of tags; real pages stay under 50
# OCR of scanned pages (Debian's tesseract-ocr + tesseract-ocr-chi-sim, poppler-utils' pdftoppm): bounded
# in pages, image size and time, so a long scan is refused rather than holding the server.
MAX_OCR_PAGES = 30
OCR_SECONDS = 600  # all pages of one file together
OCR_PAGE_SECONDS = 120
OCR_PIXELS = 2480  # the longer side of a rendered page: A4 at 300 dpi
OCR_PACKAGES = "tesseract-ocr tesseract-ocr-chi-sim poppler-utils"
OCR_LANGUAGE = "chi_sim"
log = logging.getLogger("policyqa")
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

    numbering = _WordNumbering(document)
    lines = []
    for element in document.element.body.iterchildren():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(element, document)
            lines.append(numbering.label(paragraph) + paragraph.text)
        elif tag == "tbl":
            lines.extend(_docx_table(Table(element, document)))
    return "\n".join(lines)


_CN_DIGITS = "零一二三四五六七八九"
# Word's number formats (w:numFmt) as functions of the counter; anything else is written as a decimal.
_NUMBER_FORMATS = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "chineseCounting": lambda n: _chinese(n),
    "chineseCountingThousand": lambda n: _chinese(n),
    "chineseLegalSimplified": lambda n: _chinese(n),
    "ideographDigital": lambda n: "".join(_CN_DIGITS[int(d)] for d in str(n)),
    "japaneseCounting": lambda n: _chinese(n),
    "decimalEnclosedCircle": lambda n: chr(0x2460 + n - 1) if 1 <= n <= 20 else str(n),
    "decimalEnclosedCircleChinese": lambda n: chr(0x2460 + n - 1) if 1 <= n <= 20 else str(n),
    "decimalFullWidth": str,
    "decimalHalfWidth": str,
    "lowerLetter": lambda n: chr(ord("a") + (n - 1) % 26),
    "upperLetter": lambda n: chr(ord("A") + (n - 1) % 26),
}


def _chinese(n: int) -> str:
    """1 -> 一, 10 -> 十, 12 -> 十二, 20 -> 二十, 35 -> 三十五 (clause numbers stay below 100)."""
    if n < 10:
        return _CN_DIGITS[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else _CN_DIGITS[tens]) + "十" + (_CN_DIGITS[ones] if ones else "")
    return str(n)


class _WordNumbering:
    """Word's automatic numbering (w:numPr on a paragraph or its style, defined in numbering.xml) as the
    text Word shows before the paragraph (一、 （一） 1. （1） ①), so the parser sees the clause numbers
    that are not in the paragraph's own text. Counters run per list definition (w:abstractNum), as in
    Word: two w:num of one definition continue each other unless one restarts (w:lvlOverride); a level
    restarts when a level above it advances."""

    def __init__(self, document: Any) -> None:
        from docx.oxml.ns import qn

        self._qn = qn
        self._levels: dict[tuple[str, int], tuple[str, str, int]] = {}  # (numId, ilvl) -> (format, text, start)
        self._counters: dict[str, dict[int, int]] = {}
        self._list: dict[str, str] = {}  # numId -> the counters it advances
        try:
            root = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            return  # no numbering.xml: nothing is numbered automatically
        abstract = {a.get(qn("w:abstractNumId")): a for a in root.findall(qn("w:abstractNum"))}
        for num in root.findall(qn("w:num")):
            ref = num.find(qn("w:abstractNumId"))
            definition = abstract.get(ref.get(qn("w:val")) if ref is not None else None)
            if definition is None:
                continue
            levels = {_int(lvl.get(qn("w:ilvl"))): lvl for lvl in definition.findall(qn("w:lvl"))}
            restarts = bool(num.findall(qn("w:lvlOverride")))
            self._list[num.get(qn("w:numId"))] = ("num:" + num.get(qn("w:numId"), "")) if restarts \
                else ("abstract:" + ref.get(qn("w:val"), ""))
            for override in num.findall(qn("w:lvlOverride")):  # a list that starts again at another number
                level = _int(override.get(qn("w:ilvl")))
                if (own := override.find(qn("w:lvl"))) is not None:
                    levels[level] = own
                elif (start := override.find(qn("w:startOverride"))) is not None and level in levels:
                    levels[level] = _with_start(levels[level], start.get(qn("w:val")), qn)
            for level, lvl in levels.items():
                fmt, text, start = (lvl.find(qn(f"w:{t}")) for t in ("numFmt", "lvlText", "start"))
                self._levels[(num.get(qn("w:numId")), level)] = (
                    fmt.get(qn("w:val"), "decimal") if fmt is not None else "decimal",
                    text.get(qn("w:val"), "") if text is not None else "",
                    _int(start.get(qn("w:val")), 1) if start is not None else 1,
                )

    def label(self, paragraph: Any) -> str:
        """The number Word shows before this paragraph, "" when it has none (or its text carries one)."""
        found = self._num_pr(paragraph)
        if found is None:
            return ""
        num_id, level = found
        if (num_id, level) not in self._levels:
            return ""
        counters = self._counters.setdefault(self._list.get(num_id, num_id), {})
        fmt, text, start = self._levels[(num_id, level)]
        counters[level] = counters.get(level, start - 1) + 1
        for deeper in [k for k in counters if k > level]:
            del counters[deeper]
        if fmt in ("bullet", "none") or not text:
            return ""

        def number(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            k_fmt, _, k_start = self._levels.get((num_id, k), ("decimal", "", 1))
            return _NUMBER_FORMATS.get(k_fmt, str)(counters.get(k, k_start))

        shown = re.sub(r"%(\d)", number, text).strip()
        if LEADING_NUMBER.match(paragraph.text.strip()):
            return ""  # the text already carries its number (numbering kept as text by a converter)
        return shown

    def _num_pr(self, paragraph: Any) -> tuple[str, int] | None:
        """(numId, ilvl) of the paragraph's own numbering, else of its style's (followed up basedOn)."""
        qn = self._qn
        holders = [paragraph._p]
        style = paragraph.style if paragraph.style is not None else None
        for _ in range(10):  # a chain of basedOn styles, bounded
            if style is None:
                break
            holders.append(style.element)
            style = style.base_style
        level = None
        for holder in holders:
            ppr = holder.find(qn("w:pPr"))
            pr = ppr.find(qn("w:numPr")) if ppr is not None else None
            if pr is None:
                continue
            ilvl, num_id = pr.find(qn("w:ilvl")), pr.find(qn("w:numId"))
            if level is None and ilvl is not None:
                level = _int(ilvl.get(qn("w:val")))
            if num_id is not None:
                value = num_id.get(qn("w:val"), "0")
                return (None if value == "0" else (value, level or 0))  # numId 0: numbering switched off
        return None


def _int(value: str | None, default: int = 0) -> int:
    """A number attribute of numbering.xml; a damaged one reads as the default, bounded to 0…9999."""
    try:
        return min(max(int(value or default), 0), 9999)
    except ValueError:
        return default


def _with_start(lvl: Any, value: str | None, qn: Any) -> Any:
    from copy import deepcopy

    lvl = deepcopy(lvl)
    start = lvl.find(qn("w:start"))
    if start is None:
        start = lvl.makeelement(qn("w:start"), {})
        lvl.insert(0, start)
    start.set(qn("w:val"), value or "1")
    return lvl


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
        # A page with no Chinese text but an image is a scan; with no Chinese text at all, every page is.
        scanned = [i for i, text in enumerate(pages) if not _CJK.search(text)
                   and (not any(_CJK.search(t) for t in pages) or _has_images(reader.pages[i]))]
    except (PyPdfError, ValueError, KeyError, TypeError, RecursionError) as exc:
        # LimitReachedError (decompression limits), damaged streams, encrypted files
        raise CorpusError(f"无法读取 PDF 文件 {name}，文件可能已损坏、加密或过大。") from exc
    if scanned:
        pages = _with_ocr(pages, scanned, data, name)
    if not _CJK.search("".join(pages)):
        raise CorpusError(f"PDF 文件 {name} 没有文字层，文字识别（OCR）也没有读出中文；"
                          "请提供可复制文字的 PDF 或更清晰的扫描件。")
    page_lines = [[line.rstrip() for line in page.splitlines() if line.strip()] for page in pages]
    running = _running_lines(page_lines)
    lines = [line for page in page_lines for n, line in enumerate(page)
             if not _PAGE_NUMBER.match(line.strip()) and not is_page_furniture(line)
             and not (line.strip() in running and (running[line.strip()] or n in (0, len(page) - 1)))]
    return _reflow(space_rows(lines))  # a table's rows before line joins, which would glue them together


def _has_images(page: Any) -> bool:
    try:
        return len(page.images) > 0
    except Exception:  # a damaged image dictionary: let OCR try the page
        return True


def ocr_missing() -> str:
    """What of the OCR tools this machine lacks ("" when tesseract with chi_sim and pdftoppm are there)."""
    missing = [tool for tool in ("tesseract", "pdftoppm") if shutil.which(tool) is None]
    if "tesseract" not in missing:
        try:
            listed = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, timeout=30)
            if OCR_LANGUAGE not in (listed.stdout + listed.stderr).split():
                missing.append(f"中文简体语言包 {OCR_LANGUAGE}")
        except (OSError, subprocess.SubprocessError):
            missing.append("tesseract（无法运行）")
    return "、".join(missing)


def _with_ocr(pages: list[str], scanned: list[int], data: bytes, name: str) -> list[str]:
    """The pages with the scanned ones read by OCR; refused (or skipped, when other pages have text) with a
    message that names what to install when the tools are missing. OCR text is reported as needing a check."""
    shown = "、".join(str(i + 1) for i in scanned[:10]) + ("等" if len(scanned) > 10 else "")
    missing = ocr_missing()
    if missing:
        message = (f"本机没有安装文字识别（OCR）工具（缺少 {missing}）。请运行 `make ocr`（即 apt-get install "
                   f"{OCR_PACKAGES}）后重新添加，或提供可复制文字的 PDF。")
        if not any(_CJK.search(text) for text in pages):
            raise CorpusError(f"PDF 文件 {name} 没有文字层（是扫描件），需要文字识别才能读取；{message}")
        log.warning("PDF 文件 %s 第 %s 页没有文字层（扫描页），已跳过：%s", name, shown, message)
        return pages
    if len(scanned) > MAX_OCR_PAGES:
        raise CorpusError(f"PDF 文件 {name} 有 {len(scanned)} 页扫描页，文字识别一次最多 {MAX_OCR_PAGES} 页；"
                          "请拆分后分别添加，或提供可复制文字的 PDF。")
    pages = list(pages)
    deadline = time.monotonic() + OCR_SECONDS
    with tempfile.TemporaryDirectory(prefix="policyqa-ocr-") as folder:
        source = Path(folder) / "scan.pdf"
        source.write_bytes(data)
        for i in scanned:
            image = Path(folder) / f"page-{i + 1}"
            _run(["pdftoppm", "-f", str(i + 1), "-l", str(i + 1), "-singlefile", "-gray", "-png",
                  "-scale-to", str(OCR_PIXELS), str(source), str(image)], deadline, name)
            text = _run(["tesseract", f"{image}.png", "stdout", "-l", OCR_LANGUAGE], deadline, name)
            # Tesseract sets a space between Chinese characters: the same spaces normalise.py removes.
            pages[i] = "\n".join(strip_spaces(line) for line in text.splitlines())
    log.warning("PDF 文件 %s 第 %s 页是扫描件，已用文字识别（OCR）读取：识别结果可能有错字或漏字，"
                "请在“条款浏览”中对照原件核对金额、文号和单位名称。", name, shown)
    return pages


def _run(command: list[str], deadline: float, name: str) -> str:
    left = min(OCR_PAGE_SECONDS, deadline - time.monotonic())
    try:
        if left <= 0:
            raise subprocess.TimeoutExpired(command, 0)
        done = subprocess.run(command, capture_output=True, timeout=left, check=True)
    except subprocess.TimeoutExpired as exc:
        raise CorpusError(f"PDF 文件 {name} 的文字识别（OCR）超过 {OCR_SECONDS} 秒（单页 {OCR_PAGE_SECONDS} 秒）"
                          "仍未完成，已停止；请拆分文件或提供可复制文字的 PDF。") from exc
    except (OSError, subprocess.CalledProcessError) as exc:
        raise CorpusError(f"PDF 文件 {name} 的文字识别（OCR）失败（{command[0]}），文件可能已损坏；"
                          "请提供可复制文字的 PDF。") from exc
    return done.stdout.decode("utf-8", errors="replace")


def _running_lines(pages: list[list[str]]) -> dict[str, bool]:
    """A running header or footer: the same first or last line on two or more pages of three or more, and whether
    it runs on most pages (then it goes wherever it stands; else only at a page's edge: 桑工信联〔2025〕12号 atop the
    measures' pages stays under the title of the cover letter, which has no running line)."""
    if len(pages) < 3:
        return {}
    counts: dict[str, int] = {}
    for page in pages:
        for line in {page[0].strip(), page[-1].strip()} if page else set():
            counts[line] = counts.get(line, 0) + 1
    # (on two pages only: not a table's header repeated atop the next page, nor a date closing a letter and its
    # attachment)
    most = max(3, len(pages) // 2 + 1)
    return {line: n >= most for line, n in counts.items()
            if n >= most or n >= 2 and not has_columns(line) and not DATE_LINE.match(line)}


def _reflow(lines: list[str]) -> str:
    """Join lines a PDF broke mid-sentence or mid-number (normalise.reflow); keep a break after a
    sentence end, a short line (a title, a signature) and before a numbering mark or an indent."""
    return "\n".join(reflow(lines))


# Elements a browser sets on lines of their own; the others (span, strong, a, font) run on in their line
_HTML_BLOCKS = ["p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "td",
                "th", "caption", "section", "article", "main", "blockquote", "pre", "address", "figure", "figcaption",
                "hr", "center"]


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
    for block in content.find_all(_HTML_BLOCKS):  # (a line ends where a block does, not at each <span> or <strong>)
        block.insert_before("\n")
        block.append("\n")
    for table in content.find_all("table")[::-1]:  # innermost first: a data table as pipe rows
        if table.find("table") is None:
            rows = _html_grid(table)
            if max((len(r) for r in rows), default=0) >= 2:
                table.replace_with("\n" + "\n".join(pipe_row(r) for r in rows if any(r)) + "\n")
    text = content.get_text("")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    # The page's title usually stands outside the content block (an <h1> above it): put it first.
    if title and not (lines and title in lines[0]):
        lines[:0] = [title, ""]  # (a line of its own: the site's name or menu after it is not the title's)
    return "\n".join(lines)


def _html_grid(table: Any) -> list[list[str]]:
    """A table's rows, each cell in its column: a cell spanning rows (rowspan, 政策类别 beside several measures) is
    repeated in each row it spans, one spanning columns (colspan) stands in its first column with the others empty;
    the header rows at the top (all <th>, or in <thead>) are one row, each column named by its lowest header."""
    grid: list[list[str]] = []
    heads = 0
    below: dict[int, tuple[str, int]] = {}  # column -> (text, rows still spanned)
    for tr in table.find_all("tr"):
        cells = tr.find_all(["td", "th"], recursive=False)
        queue, row = list(cells), []
        spanned = bool(below)  # a header row that a cell above spans down into
        while queue or any(k >= len(row) for k in below):
            column = len(row)
            if column in below:
                text, left = below.pop(column)
                if left > 1:
                    below[column] = (text, left - 1)
                row.append(text)
                continue
            if not queue:  # (a row shorter than the cells spanning down into it)
                row.append("")
                continue
            cell = queue.pop(0)
            text, down = cell.get_text(" ", strip=True), _int(cell.get("rowspan"), 1)
            for k in range(max(1, _int(cell.get("colspan"), 1))):
                if down > 1:
                    below[len(row)] = (text if k == 0 else "", down - 1)
                row.append(text if k == 0 else "")
        # the header rows: in <thead>, or all <th> at the top while a cell above spans into them (not a whole table
        # of <th>, nor a section row under the header)
        if heads == len(grid) and cells and (tr.find_parent("thead") is not None
                                             or all(c.name == "th" for c in cells) and (not grid or spanned)):
            heads += 1
        grid.append(row)
    if heads > 1:  # 兑现部门及咨询方式 over 兑现部门 | 咨询电话: one header, the lowest name of each column
        width = max(len(r) for r in grid[:heads])
        header = [next((r[k] for r in grid[heads - 1 :: -1] if k < len(r) and r[k]), "") for k in range(width)]
        grid = [header, *grid[heads:]]
    return grid


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
