"""Split policy text into documents and clauses by their printed numbering (一、/（一）/1./（1）/第X条 …)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from retrieval.documents.amounts import extract_incentives
from retrieval.lexicon.patterns import CN_DIGITS, DEPARTMENT_LABELS, DRAFT, END_MARKS, NUMBERING, cn_number
from retrieval.records import Clause

__all__ = ["ParsedDocument", "clean_text", "split_documents", "parse_clauses", "paragraph_clauses", "parse_departments",
           "without_units", "iso_date"]

# Debris left by Word/WPS conversions, e.g. "[bookmark: _GoBack]".
_DEBRIS = re.compile(r"\[(?:bookmark|endnote|footnote|comment)[^\]]*\]", re.IGNORECASE)
_DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,12}\s*[〔\[［(（]\s*(\d{4})\s*[〕\]］)）]\s*(\d+)\s*号")
_CN_DIGIT = "".join(CN_DIGITS)
_DAY = rf"(?:\d{{1,2}}|[{_CN_DIGIT}]{{1,3}})"
_DATE = rf"(?:\d{{4}}|[{_CN_DIGIT}]{{4}})\s*年\s*{_DAY}\s*月\s*{_DAY}\s*日"
_DATE_LINE = re.compile(rf"^({_DATE})$")
_EFFECTIVE = re.compile(rf"自\s*({_DATE}|(?:印发|发布|公布)之日)\s*起\s*(?:施行|实施|执行|生效)")
_EXPIRES_ON = re.compile(rf"有效期(?:至|到|截至)\s*({_DATE})")
_EXPIRES_YEARS = re.compile(rf"有效期(?:为|是)?\s*(\d+|[{_CN_DIGIT}两]+)\s*年")
_QUOTED_TITLE = re.compile(r"《([^《》\n]{4,80})》")
_ORG_SUFFIX = re.compile(r"(政府|办公室|办公厅|委员会|管委会|局|厅|委|部|中心|院)$")
_UNIT_LABELS = DEPARTMENT_LABELS
_UNITS = re.compile(rf"[（(]\s*{_UNIT_LABELS}\s*[:：]")
_UNIT_LABEL = re.compile(rf"{_UNIT_LABELS}\s*[:：]")
_HEADING_MAX = 40


@dataclass
class ParsedDocument:
    """A document as read from text, before the corpus gives it an id and status."""

    title: str
    doc_number: str = ""
    issuer: str = ""
    date: str = ""
    effective: str = ""
    expires: str = ""
    status: str = "final"
    preamble: str = ""
    lines: list[str] = field(default_factory=list)


def clean_text(raw: str) -> str:
    """Normalise newlines and whitespace, drop conversion debris; keeps the wording intact."""
    text = raw.replace("\ufeff", "").replace("\r\n", "\n").replace("\r", "\n")
    text = _DEBRIS.sub("", text)
    lines = [line.replace("\u3000", " ").replace("\xa0", " ").strip() for line in text.split("\n")]
    return "\n".join(lines)


def split_documents(raw: str) -> list[ParsedDocument]:
    """Read one file's text into documents; a notice that 印发《A》《B》 yields A and B."""
    lines = clean_text(raw).split("\n")
    quoted = set(_QUOTED_TITLE.findall("\n".join(lines)))
    starts = [i for i, line in enumerate(lines) if line in quoted]
    if starts:
        head = _head_metadata(lines[: starts[0]])
        bounds = starts + [len(lines)]
        docs = []
        for start, end in zip(bounds, bounds[1:], strict=False):
            doc = ParsedDocument(title=lines[start], doc_number=head.doc_number, issuer=head.issuer,
                                 date=head.date, lines=lines[start + 1 : end])
            docs.append(_finish(doc))
        return docs
    title_end = _title_end(lines)
    head = _head_metadata(lines)
    title = "".join(line for line in lines[:title_end] if line)
    doc = ParsedDocument(title=title, doc_number=head.doc_number, issuer=head.issuer,
                         date=head.date, lines=lines[title_end:])
    return [_finish(doc)]


def _finish(doc: ParsedDocument) -> ParsedDocument:
    doc.status = "draft" if DRAFT.search(doc.title) else "final"
    body = "".join(doc.lines)
    if m := _EFFECTIVE.search(body):
        doc.effective = doc.date if m.group(1).endswith("之日") else iso_date(m.group(1))
    if m := _EXPIRES_ON.search(body):
        doc.expires = iso_date(m.group(1))
    elif (m := _EXPIRES_YEARS.search(body)) and (doc.effective or doc.date):
        doc.expires = _years_later(doc.effective or doc.date, cn_number(m.group(1)))
    first = next((i for i, line in enumerate(doc.lines) if _match_marker(line)), len(doc.lines))
    doc.preamble = "\n".join(line for line in doc.lines[:first] if line)
    return doc


def _title_end(lines: list[str]) -> int:
    """Index after the title block: the first lines up to a blank line, 文号, date or body text."""
    i = 0
    while i < len(lines) and not lines[i]:
        i += 1
    while i < len(lines):
        line = lines[i]
        if not line or "。" in line or _DOC_NUMBER.search(line) or _DATE_LINE.match(line):
            break
        if _match_marker(line) or line.endswith(("：", ":")) or len(line) > 60:
            break
        i += 1
    return i


def _head_metadata(lines: list[str]) -> ParsedDocument:
    """文号, issue date and issuer from a notice's head (or a document's own lines)."""
    head = ParsedDocument(title="")
    for line in lines:
        if not head.doc_number and (m := _DOC_NUMBER.search(line)) and len(line) < 40:
            head.doc_number = _normalise_doc_number(m)
    for i, line in enumerate(lines):
        if m := _DATE_LINE.match(line):
            head.date = iso_date(m.group(1))
            before = next((lines[j] for j in range(i - 1, -1, -1) if lines[j]), "")
            if _ORG_SUFFIX.search(before) and len(before) <= 30:
                head.issuer = before
            break
    if not head.issuer:
        title = "".join(line for line in lines[: _title_end(lines)] if line)
        m = re.match(r"^(.{2,30}?)(?:印发|关于)", title)
        if m and _ORG_SUFFIX.search(m.group(1)):
            head.issuer = m.group(1)
    return head


def iso_date(text: str) -> str:
    """2024年1月1日 or 二〇二四年一月一日 -> 2024-01-01."""
    year, month, day = re.split(r"\s*[年月日]\s*", text.strip())[:3]
    y = int(year) if year.isdigit() else int("".join(str(CN_DIGITS[c]) for c in year))
    return f"{y:04d}-{cn_number(month):02d}-{cn_number(day):02d}"


def _years_later(start: str, years: int) -> str:
    """The last day of a validity of `years` years from `start` (2024-01-01 + 3 -> 2026-12-31)."""
    end = date.fromisoformat(start).replace(year=int(start[:4]) + years) - timedelta(days=1)
    return end.isoformat()


def _normalise_doc_number(m: re.Match[str]) -> str:
    """聊政办发 [2023] 10 号 -> 聊政办发〔2023〕10号."""
    prefix = re.sub(r"\s+", "", m.string[m.start() : m.start(1)]).rstrip("〔[［(（")
    return f"{prefix}〔{m.group(1)}〕{m.group(2)}号"


def _match_marker(line: str) -> tuple[str, str, str, str] | None:
    """(kind, label as printed in canonical form, id key, rest of line) for a numbered line."""
    for kind, pattern, label, key in NUMBERING:
        m = pattern.match(line)
        if m and m.end() < len(line):
            num = m.group(1)
            return kind, label.format(num), key.format(num), line[m.end():]
    return None


@dataclass
class _Node:
    kind: str
    label: str
    key: str
    heading: str
    lines: list[str]
    parent: _Node | None = None
    has_children: bool = False
    has_body: bool = False


def _heading(label: str, rest: str) -> str:
    first = re.split(f"[{END_MARKS}]", rest, maxsplit=1)[0].strip()
    if len(first) > _HEADING_MAX:
        first = first[:_HEADING_MAX] + "…"
    return label + first


def parse_clauses(doc_id: str, lines: list[str]) -> list[Clause]:
    """Clauses of one document: every numbered node that carries text of its own.

    A heading that only groups children (二、主要任务) is not a clause but stays in their path;
    a numbered paragraph with a heading sentence and body (（一）强化组织保障。充分发挥…) is.
    """
    nodes: list[_Node] = []
    stack: list[_Node] = []
    for line in lines:
        if not line:
            continue
        marker = _match_marker(line)
        if marker is None:
            if stack:
                stack[-1].lines.append(line)
                stack[-1].has_body = True
            continue
        kind, label, key, rest = marker
        # A kind already open closes itself and everything below it; a new kind nests.
        # An attachment (附件) is outside the numbered body: it closes everything.
        for depth, open_node in enumerate(stack):
            if open_node.kind == kind or kind == "attachment":
                del stack[depth:]
                break
        parent = stack[-1] if stack else None
        if parent:
            parent.has_children = True
        node = _Node(kind, label, key, _heading(label, rest), [line], parent)
        # Body of its own: a sentence after the heading, a lead-in ending in "：", or any article
        # (第X条 is the legal unit of citation even when it only introduces its items).
        node.has_body = (kind == "article" or bool(re.search(r"[。；;]\s*\S", rest))
                         or rest.rstrip().endswith(("。", "：", ":")))
        stack.append(node)
        nodes.append(node)

    clauses: list[Clause] = []
    seen: dict[str, int] = {}
    for node in nodes:
        if node.has_children and not node.has_body:
            continue
        chain = _chain(node)
        cited = _from_article(chain)
        number = "".join(n.label for n in cited)
        clause_id = doc_id + "/" + ".".join(n.key for n in cited)
        seen[clause_id] = seen.get(clause_id, 0) + 1
        if seen[clause_id] > 1:  # a document that repeats a number: keep both, ids stay stable
            clause_id += f"~{seen[clause_id]}"
        text = "\n".join(node.lines)
        clauses.append(Clause(
            clause_id=clause_id,
            doc_id=doc_id,
            number=number,
            path=tuple(n.heading for n in chain),
            text=text,
            departments=parse_departments(text),
            incentives=extract_incentives(text, number),
        ))
    return clauses


def paragraph_clauses(doc_id: str, lines: list[str]) -> list[Clause]:
    """Fallback for a document with no numbered structure: each paragraph is a clause (第N段)."""
    paragraphs = [line for line in lines if len(line) >= 10]
    return [Clause(clause_id=f"{doc_id}/段{n}", doc_id=doc_id, number=f"第{n}段",
                   path=(_heading(f"第{n}段 ", text),), text=text, departments=parse_departments(text),
                   incentives=extract_incentives(text, f"第{n}段"))
            for n, text in enumerate(paragraphs, start=1)]


def _chain(node: _Node) -> list[_Node]:
    chain = []
    current: _Node | None = node
    while current:
        chain.append(current)
        current = current.parent
    return chain[::-1]


def _from_article(chain: list[_Node]) -> list[_Node]:
    """Articles (第X条) are numbered through the whole document, so citations start there."""
    for i, node in enumerate(chain):
        if node.kind == "article":
            return chain[i:]
    return chain


def parse_departments(text: str) -> tuple[str, ...]:
    """Units named in （责任单位：A、B，各县〔市、区〕人民政府）; brackets inside a name are kept."""
    units: list[str] = []
    for m in _UNITS.finditer(text):
        depth, i, body = 0, m.end(), []
        while i < len(text):
            ch = text[i]
            if ch in "（(":
                depth += 1
            elif ch in "）)":
                if depth == 0:
                    break
                depth -= 1
            body.append(ch)
            i += 1
        for part in re.split(r"[；;]", "".join(body)):
            part = _UNIT_LABEL.sub("", part)
            units.extend(u for u in _split_top_level(part) if u not in units)
    return tuple(units)


def without_units(text: str) -> str:
    """The clause text without its trailing （责任单位：…） note."""
    m = _UNITS.search(text)
    return text[: m.start()] if m else text


def _split_top_level(text: str) -> list[str]:
    """Split on 、，, outside 〔〕［］ so 各县〔市、区〕人民政府 stays one name."""
    parts, depth, current = [], 0, []
    for ch in text:
        if ch in "〔［[":
            depth += 1
        elif ch in "〕］]":
            depth = max(0, depth - 1)
        if depth == 0 and ch in "、，,":
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return [p.strip() for p in parts if p.strip()]
