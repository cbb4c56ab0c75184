"""HTML pieces of the workbench as pure functions of the index and answers; all text escaped."""

from __future__ import annotations

import html
import urllib.parse
from collections import Counter
from typing import Any

from retrieval import Answer
from retrieval.lexicon.patterns import SENTENCE
from retrieval.records import Document
from ui.workbench import compare_versions, diff_html, highlight, search_clauses

__all__ = ["examples", "document_label", "document_choices", "clause_link", "answer_panel", "citation_cards",
           "clause_list", "clause_view", "version_table", "units_text"]


def examples(index: Any) -> list[str]:
    """Example questions made from the current documents' incentives (not written for one corpus)."""
    out: list[str] = []
    for clause in index.clauses:
        if len(out) >= 3:
            break
        if index.documents[clause.doc_id].is_old:
            continue
        for incentive in clause.incentives:
            if incentive.level and incentive.cap and len(out) < 3 and len(incentive.item) <= 20:
                out.append(
                    f"我们{'被认定为' if '认定' in clause.text else '获评'}{incentive.item}，能拿多少奖励？找哪个部门？"
                )
                break
    return out or ["这些政策文件支持哪些企业？找哪个部门？"]


def units_text(departments: list[str] | tuple[str, ...]) -> str:
    return "、".join(departments) or "条款未列明"


def document_label(document: Document) -> str:
    """A document as a dropdown shows it: its title, and what kind of text it is when not in force."""
    if document.superseded_by:
        return f"{document.title}（已被替代）"
    return f"{document.title}（征求意见稿）" if document.status == "draft" else document.title


def document_choices(documents: dict[str, Document]) -> list[tuple[str, str]]:
    """(label, doc id) for a dropdown: documents in force first, drafts and superseded ones after."""
    ordered = sorted(documents.values(), key=lambda d: d.is_old)
    return [(document_label(d), d.doc_id) for d in ordered]


def clause_link(index: Any, doc_id: str, number: str) -> str:
    """The link that opens a clause (`/?clause=<id>`) from its document and printed number; "" when gone."""
    for i, (clause_doc, clause_id) in enumerate(zip(index.clauses.doc_ids, index.clauses.ids, strict=True)):
        if clause_doc == doc_id and index.clauses[i].number == number:
            return "/?clause=" + urllib.parse.quote(clause_id)
    return ""


def answer_panel(answer: Answer) -> str:
    """What the operator reads to the caller: the notes first, then the answer (notes not repeated)."""
    notes = [n.text for n in answer.notes]
    lines = [line for line in answer.answer.splitlines() if line.strip() and line.strip() not in notes]
    shown = "".join(f'<div class="note note-{html.escape(n.kind)}">⚠️ {html.escape(n.text)}</div>'
                    for n in answer.notes)
    return f'<div class="answer-panel">{shown}<div class="answer-text">{html.escape(chr(10).join(lines))}</div></div>'


def _used(text: str, answer: str) -> str:
    """The clause text escaped, with each sentence the answer quotes wrapped in <mark>."""
    out = []
    for sentence in SENTENCE.findall(text):
        body = sentence.strip()
        used = len(body) >= 6 and body.rstrip("。；;，,") in answer
        out.append(f"<mark>{html.escape(sentence)}</mark>" if used else html.escape(sentence))
    return "".join(out)


def citation_cards(answer: Answer, index: Any = None) -> str:
    """HTML cards for the cited clauses, the sentences the answer uses marked; each links to its
    clause when `index` is given. Every piece of document text is escaped."""
    if not answer.citations:
        return ""
    cards = []
    for c in answer.citations:
        badge = '<span class="draft">征求意见稿</span>' if c.status == "draft" else ""
        units = units_text(c.departments)
        link = clause_link(index, c.doc_id, c.clause) if index is not None else ""
        number = (f'<a href="{html.escape(link)}" target="_blank">{html.escape(c.clause)}</a>' if link
                  else html.escape(c.clause))
        used = _used(c.text, answer.answer) if answer.found else html.escape(c.text)
        cards.append(
            '<div class="card">'
            f'<div class="cite">《{html.escape(c.doc_title)}》{html.escape(c.doc_number)} '
            f'<b>{number}</b> {badge}</div>'
            f'<div class="path">{html.escape(c.path)}</div>'
            f'<div class="units">责任单位：{html.escape(units)}</div>'
            f'<details{" open" if "<mark>" in used else ""}><summary>查看条款全文</summary>'
            f'<div class="text">{used}</div></details>'
            "</div>"
        )
    heading = "引用条款" if answer.found else "最接近的条款（文件中未找到直接规定）"
    if answer.found:
        heading += "（回答方式：大模型撰写，已与原文核对）" if answer.mode == "llm" else "（回答方式：原文摘录）"
    return f"<h4>{heading}</h4>" + "".join(cards)


def clause_list(index: Any, doc_id: str, query: str) -> str:
    """The clause tree of one document (or all), grouped by top heading; matches of `query` marked."""
    found = search_clauses(index, query, doc_id)
    if not found:
        return "<p>没有找到包含这些词的条款。</p>"
    parts, heading, open_group = [], None, False
    for clause in found:
        document = index.documents[clause.doc_id]
        top = f"《{document.title}》 {clause.path[0]}" if len(clause.path) > 1 else f"《{document.title}》"
        if top != heading:
            if open_group:
                parts.append("</div></details>")
            parts.append(f"<details open><summary>{html.escape(top)}</summary><div>")
            heading, open_group = top, True
        link = "?clause=" + urllib.parse.quote(clause.clause_id)
        parts.append(
            f'<div class="card" id="{html.escape(clause.clause_id)}">'
            f'<div class="cite"><a href="{html.escape(link)}" target="_self">{html.escape(clause.number)}</a> '
            f'{html.escape(" › ".join(clause.path[1:]))}</div>'
            f'<div class="text">{highlight(clause.text, query)}</div>'
            f'<div class="units">责任单位：{html.escape(units_text(clause.departments))}</div></div>')
    parts.append("</div></details>")
    return f"<p>共 {len(found)} 条。</p>" + "".join(parts)


def clause_view(index: Any, clause_id: str) -> str:
    """One clause, opened by its link (?clause=<id>)."""
    clause = index.clauses[index.clauses.ids.index(clause_id)] if clause_id in index.clauses.ids else None
    if clause is None:
        return f"<p>没有找到条款 {html.escape(clause_id)}，文件可能已被删除或更新。</p>"
    document = index.documents[clause.doc_id]
    return (
        f'<div class="card opened"><div class="cite">'
        f"《{html.escape(document.title)}》{html.escape(document.doc_number)} "
        f'<b>{html.escape(clause.number)}</b></div><div class="path">{html.escape(clause.path_text)}</div>'
        f'<div class="text">{html.escape(clause.text)}</div>'
        f'<div class="units">责任单位：{html.escape(units_text(clause.departments))}</div></div>'
    )


def version_table(index: Any, old: str, new: str) -> str:
    """Draft and final clauses side by side: 修改 with differences marked, 新增, 删除, 相同."""
    pairs = compare_versions(index, old, new)
    counts = Counter(p.change for p in pairs)
    rows = []
    for p in pairs:
        if p.change == "修改":
            body = diff_html(p.old.text, p.new.text)
        else:
            body = html.escape((p.new or p.old).text)
        rows.append(f'<tr class="{ {"新增": "added", "删除": "removed", "修改": "changed"}.get(p.change, "same") }">'
                    f"<td>{p.change}</td><td>{html.escape(p.old.number if p.old else '')}</td>"
                    f"<td>{html.escape(p.new.number if p.new else '')}</td><td class=\"text\">{body}</td></tr>")
    summary = "，".join(f"{k} {counts[k]} 条" for k in ("修改", "新增", "删除", "相同") if counts[k])
    names = " → ".join(f"《{html.escape(index.documents[d].title)}》" for d in (old, new))
    return (
        f"<p>{names}：{summary}。<del>删除线</del>为征求意见稿有而正式文件删去的文字，"
        f'<ins>下划线</ins>为正式文件新增的文字。</p><table class="versions"><tr><th>变化</th><th>征求意见稿</th>'
        f"<th>正式文件</th><th>内容</th></tr>{''.join(rows)}</table>"
    )
