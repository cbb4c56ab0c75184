"""Hotline workbench views as pure functions: clause search, read-out text, draft/final comparison."""

from __future__ import annotations

import difflib
import html
import re
from dataclasses import dataclass

import numpy as np

from retrieval.records import Answer, Clause, Document
from retrieval.store.index import SearchIndex

__all__ = ["search_clauses", "highlight", "read_out", "Pair", "compare_versions", "diff_html", "version_pairs"]

MIN_PAIR_SIMILARITY = 0.85  # cosine of clause vectors above which a draft and a final clause are one


def search_clauses(index: SearchIndex, query: str, doc_id: str = "") -> list[Clause]:
    """Clauses whose text, headings or number contain every space-separated word of `query`: those of
    documents in force first, drafts and superseded documents after, each in clause order."""
    words = [w for w in query.split() if w]
    found = [c for c in index.clauses
             if (not doc_id or c.doc_id == doc_id)
             and all(w in f"{c.number}{c.path_text}\n{c.text}" for w in words)]
    return sorted(found, key=lambda c: index.documents[c.doc_id].is_old)


def highlight(text: str, query: str) -> str:
    """HTML of `text` (escaped) with every word of `query` wrapped in <mark>: one pass over the raw
    text, so a query word can never match inside the markup or an entity."""
    words = sorted({w for w in query.split() if w}, key=len, reverse=True)
    if not words:
        return html.escape(text)
    pattern = re.compile("|".join(re.escape(w) for w in words))
    out, last = [], 0
    for m in pattern.finditer(text):
        out += [html.escape(text[last : m.start()]), f"<mark>{html.escape(m.group(0))}</mark>"]
        last = m.end()
    return "".join(out) + html.escape(text[last:])


def read_out(answer: Answer) -> str:
    """The answer as an operator reads it to a caller: plain sentences, citation spoken in full."""
    if not answer.found:
        return "您好，经查询，现有政策文件中未找到相关规定，建议您向相关部门进一步咨询。"
    lines = []
    for line in answer.answer.splitlines():
        line = line.strip()
        if not line or line.startswith(("另见", "测算：")):
            continue
        lines.append(line)
    return "您好，" + "".join(s if s.endswith(("。", "：")) else s + "。" for s in lines)


@dataclass(frozen=True)
class Pair:
    change: str  # 新增 / 删除 / 修改 / 相同
    old: Clause | None
    new: Clause | None
    similarity: float


def compare_versions(index: SearchIndex, old_doc: str, new_doc: str) -> list[Pair]:
    """Clauses of a draft and the final text aligned by content (cosine of their vectors, best
    match first, each clause used once), in the final text's order; unmatched drafts at the end."""
    olds = [(i, c) for i, c in enumerate(index.clauses) if c.doc_id == old_doc]
    news = [(i, c) for i, c in enumerate(index.clauses) if c.doc_id == new_doc]
    if not olds or not news:
        return []
    a = index.vectors_of([i for i, _ in olds])
    b = index.vectors_of([i for i, _ in news])
    sims = b @ a.T
    matches: dict[int, tuple[int, float]] = {}
    used: set[int] = set()
    for flat in np.argsort(-sims, axis=None):
        n, o = divmod(int(flat), len(olds))
        if sims[n, o] < MIN_PAIR_SIMILARITY:
            break
        if n not in matches and o not in used:
            matches[n] = (o, float(sims[n, o]))
            used.add(o)
    pairs = []
    for n, (_, clause) in enumerate(news):
        if n in matches:
            o, sim = matches[n]
            old = olds[o][1]
            same = _body(old.text) == _body(clause.text)
            pairs.append(Pair("相同" if same else "修改", old, clause, sim))
        else:
            pairs.append(Pair("新增", None, clause, 0.0))
    pairs += [Pair("删除", c, None, 0.0) for o, (_, c) in enumerate(olds) if o not in used]
    return pairs


def diff_html(old: str, new: str) -> str:
    """Character-level differences as escaped HTML: <del> for removed, <ins> for added text."""
    a, b = _body(old), _body(new)
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(html.escape(a[i1:i2]))
        if op in ("delete", "replace"):
            out.append(f"<del>{html.escape(a[i1:i2])}</del>")
        if op in ("insert", "replace"):
            out.append(f"<ins>{html.escape(b[j1:j2])}</ins>")
    return "".join(out)


def _body(text: str) -> str:
    """A clause without its own number (draft 7. and final 1. number the same item differently)."""
    return re.sub(r"^\s*(?:\d+[.．、]|[（(][一二三四五六七八九十\d]+[）)])\s*", "", text.strip())


def version_pairs(documents: dict[str, Document]) -> list[tuple[str, str]]:
    """(draft, final) document pairs the corpus records (final supersedes draft)."""
    return [(d.doc_id, d.superseded_by) for d in documents.values() if d.superseded_by in documents]
