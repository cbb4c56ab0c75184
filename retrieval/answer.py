"""Extractive answers: the clause's own sentences, its amounts and units, with a citation; no LLM."""

from __future__ import annotations

import re

from .amounts import levels_in, strip_levels
from .keyword import BM25, content_terms, tokenize
from .parser import without_units
from .records import Amount, Answer, Citation, Clause, Document, Hit
from .search import is_relevant

__all__ = ["compose", "select_amounts", "NOT_FOUND", "cite_label"]

NOT_FOUND = "文件中未找到相关规定。"
MAX_CITATIONS = 3
_SENTENCE = re.compile(r"[^。；;]+[。；;]?")
_NOT_WORD = re.compile(r"[\s“”\"'‘’《》（）()、，。；：:]")


def cite_label(document: Document, clause: Clause) -> str:
    """《title》（文号）二、（三）1. — how a clause is cited in answer text."""
    number = f"（{document.doc_number}）" if document.doc_number else ""
    return f"《{document.title}》{number}{clause.number}"


def compose(question: str, hits: list[Hit], documents: dict[str, Document],
            keywords: BM25 | None = None) -> Answer:
    """Answer from the top clause when it is relevant; otherwise say so and show the nearest ones."""
    citations = [_citation(h, documents) for h in hits[:MAX_CITATIONS]]
    if not hits or not is_relevant(hits[0]):
        text = NOT_FOUND
        if hits:
            nearest = "\n".join(f"- {cite_label(documents[h.clause.doc_id], h.clause)}：{h.clause.path[-1]}"
                                for h in hits[:MAX_CITATIONS])
            text += "以下是最接近的条款，仅供参考，请以原文为准：\n" + nearest
        return Answer(question, text, False, citations, [])

    relevant = [h for h in hits[:MAX_CITATIONS] if is_relevant(h)]
    top = relevant[0].clause
    document = documents[top.doc_id]
    amounts = select_amounts(question, top.amounts)
    sentences = _answer_sentences(question, top, keywords)
    quoted = "".join(sentences)
    lines = [f"根据{cite_label(document, top)}：", quoted[:-1] + "。" if quoted and quoted[-1] in "；;，," else quoted]
    if amounts:
        lines.append("可获金额：" + "；".join(_amount_line(a) for a in amounts) + "。")
    if top.departments:
        lines.append("责任单位：" + "、".join(top.departments) + "。")
    if document.status == "draft" or document.superseded_by:
        newer = documents.get(document.superseded_by)
        note = f"已被《{newer.title}》替代" if newer else "不是正式文件"
        lines.append(f"注意：该文件为征求意见稿，{note}，仅供参考。")
    others = [cite_label(documents[h.clause.doc_id], h.clause) for h in relevant[1:]]
    if others:
        lines.append("另见：" + "；".join(others) + "。")
    return Answer(question, "\n".join(lines), True,
                  [_citation(h, documents) for h in relevant], amounts)


def select_amounts(question: str, amounts: tuple[Amount, ...]) -> list[Amount]:
    """The amounts a question asks for: best-matching item first, narrowed to the level it names.

    A question that names no level gets every level of the matching item, in the clause's order.
    """
    if not amounts:
        return []
    asked = _bigrams(strip_levels(question))
    scores = [len(asked & _bigrams(strip_levels(a.item))) for a in amounts]
    best = max(scores)
    chosen = [a for a, s in zip(amounts, scores, strict=True) if s == best] if best > 0 else list(amounts)
    levels = levels_in(question)
    if levels:
        at_level = [a for a in chosen if any(level in a.level for level in levels)]
        chosen = at_level or chosen
    return chosen


def _bigrams(text: str) -> set[str]:
    text = _NOT_WORD.sub("", text)
    return {text[i : i + 2] for i in range(len(text) - 1)}


def _amount_line(amount: Amount) -> str:
    kind = f"（{amount.kind}）" if amount.kind else ""
    return f"{amount.item}，{amount.text}{kind}"


def _answer_sentences(question: str, clause: Clause, keywords: BM25 | None) -> list[str]:
    """The sentence(s) of the clause that answer the question, in the clause's order."""
    body = without_units(clause.text.split("\n", 1)[-1])  # drop a heading-only first line
    sentences = [s.strip() for s in _SENTENCE.findall(body) if s.strip()]
    if len(sentences) <= 2:
        return sentences
    terms = content_terms(question)

    def score(sentence: str) -> float:
        tokens = set(tokenize(sentence))
        return sum(keywords.idf(t) if keywords else 1.0 for t in terms if t in tokens)

    scores = [score(s) for s in sentences]
    best = max(scores)
    # The best sentence, plus any other that matches the question almost as well (two topics asked).
    chosen = [s for s, value in zip(sentences, scores, strict=True) if best > 0 and value >= 0.9 * best]
    return chosen[:2] or sentences[:1]


def _citation(hit: Hit, documents: dict[str, Document]) -> Citation:
    document = documents[hit.clause.doc_id]
    return Citation(
        doc_id=document.doc_id,
        doc_title=document.title,
        doc_number=document.doc_number,
        status="draft" if document.status == "draft" else "final",
        clause=hit.clause.number,
        path=hit.clause.path_text,
        text=hit.clause.text,
        departments=list(hit.clause.departments),
        score=hit.score,
    )
