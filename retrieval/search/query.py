"""The question, analysed once: every later stage reads this `Query`, none re-parses the raw string."""

from __future__ import annotations

import functools
import re
from dataclasses import asdict, dataclass
from typing import Any

from retrieval.lexicon.patterns import DRAFT_WORDS, GRANT_WORDS, LEVEL_NAMES, levels_in, strip_levels
from retrieval.lexicon.tokenizer import expand_abbreviations, known_places, place_names, query_tokens
from retrieval.store.index import SearchIndex

__all__ = ["Query", "analyse", "check_question", "parse_history", "resolve_followup", "simplified",
           "asks_for_money", "asks_for_draft", "other_places", "CONTROL"]

# Control, zero-width and direction characters, and lone surrogates: removed from every question.
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u200b-\u200f\u2028\u2029\ufeff\u202a-\u202e\u2066-\u2069\u061c"
                     r"\ud800-\udfff]")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_MONEY_QUESTION = re.compile(f"{GRANT_WORDS}|奖金|配套|给钱|多少钱|补多少|奖多少|给多少|拿多少|能拿|能领")
_DRAFT_QUESTION = re.compile("|".join((*DRAFT_WORDS, "draft")), re.IGNORECASE)
_FOLLOWUP_END = re.compile(r"呢[？?。!！]*$")
_FOLLOWUP_START = re.compile(r"^(?:那|那么|那个|这个|它|其|还有|另外|如果是|要是|换成|再问)")
# Words of asking, levels and grants: a short question with nothing else names no topic of its own.
_GENERIC = re.compile(f"{LEVEL_NAMES}|{GRANT_WORDS}|哪个|哪些|哪家|部门|单位|多少|政策|条款|找谁|"
                      r"怎么|如何|什么|可以|能|吗|呢|的|找|办|申请|钱|给|拿")
_TOPIC = re.compile(r"[\u4e00-\u9fff]{2,}")


@dataclass(frozen=True)
class Query:
    """What a question asks, decided once. `text` is what is searched: simplified characters, a
    follow-up completed from the history, abbreviations spelled out, typos corrected."""

    asked: str  # as typed, control characters removed
    text: str
    own_words: str = ""  # a follow-up as typed (simplified): it chooses the item first
    levels: tuple[str, ...] = ()  # administrative levels named (the follow-up's own first)
    money: bool = False  # asks how much
    draft: bool = False  # asks about a draft
    terms: tuple[str, ...] = ()  # what it is about, for coverage (see BM25.question_terms)
    tokens: tuple[str, ...] = ()  # search tokens, for BM25
    elsewhere: tuple[str, ...] = ()  # provinces or cities named that no document mentions

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        return {k: list(v) if isinstance(v, tuple) else v for k, v in data.items()}


def analyse(index: SearchIndex, question: object, history: list[tuple[str, str]] | None = None,
            max_chars: int = 500) -> Query:
    """Check and analyse a question against the library being served (ValueError for bad input)."""
    asked = check_question(question, max_chars)
    # The question a follow-up borrows is capped like any question: a history is user input too.
    history = [(CONTROL.sub(" ", q)[:max_chars], a) for q, a in history or []]
    text = simplified(resolve_followup(asked, history))
    text = index.keywords.fix_typos(expand_abbreviations(text))
    own_words = simplified(asked) if history else ""
    return Query(
        asked=asked,
        text=text,
        own_words=own_words,
        levels=tuple(levels_in(own_words) or levels_in(text)),
        money=asks_for_money(text),
        draft=asks_for_draft(text),
        terms=tuple(index.keywords.question_terms(text)),
        tokens=tuple(query_tokens(text)),
        elsewhere=tuple(other_places(index, text)),
    )


def check_question(question: object, max_chars: int) -> str:
    """The question without control characters, stripped; ValueError with a Chinese message for
    empty, oversized or non-Chinese input (the documents are Chinese; a length cap is stated)."""
    if not isinstance(question, str):
        raise ValueError("问题必须是文字。")
    text = CONTROL.sub(" ", question).strip()
    if not text:
        raise ValueError("问题不能为空，请输入您想咨询的政策问题。")
    if len(text) > max_chars:
        raise ValueError(f"问题过长（{len(text)} 字），请精简到 {max_chars} 字以内后再提问。")
    if not _CJK.search(text):
        raise ValueError("请用中文描述您的问题（政策文件为中文），例如：我们获得某项认定，能拿多少奖励？")
    return text


def simplified(text: str) -> str:
    """Traditional characters answered as simplified: 獎勵 -> 奖励."""
    return _t2s().convert(text)


@functools.cache
def _t2s() -> Any:
    from opencc import OpenCC

    return OpenCC("t2s")


def parse_history(raw: Any) -> list[tuple[str, str]]:
    """[[question, answer], ...] from a request; ValueError with a Chinese message otherwise."""
    if raw is None:
        return []
    if not isinstance(raw, list) or not all(isinstance(p, list) and len(p) == 2 for p in raw):
        raise ValueError("history 应是 [[问题, 回答], ...] 形式的列表。")
    return [(str(q), str(a)) for q, a in raw]


def resolve_followup(question: str, history: list[tuple[str, str]] | None) -> str:
    """A short follow-up (那省级的呢？/找哪个部门？) borrows the topic of the previous question.

    A question that stands on its own is returned unchanged. When the follow-up names a level,
    the level of the previous question is dropped so the new one wins.
    """
    if not history:
        return question
    previous = str(history[-1][0]).strip()
    if not previous:
        return question
    # A follow-up starts like one (那…/还有…), ends like one (…呢？), or is short with no topic of its
    # own (找哪个部门？); a short question that names a topic (瞪羚企业奖励？) stands alone.
    short_without_topic = len(question) <= 8 and not _TOPIC.search(_GENERIC.sub("", question))
    if not (_FOLLOWUP_START.match(question) or _FOLLOWUP_END.search(question) or short_without_topic):
        return question
    if levels_in(question):
        previous = strip_levels(previous)
    return f"{previous} {question}"


def asks_for_draft(question: str) -> bool:
    return bool(_DRAFT_QUESTION.search(question))


def asks_for_money(question: str) -> bool:
    return bool(_MONEY_QUESTION.search(question))


def other_places(index: SearchIndex, question: str) -> list[str]:
    """Provinces and cities (places.txt) the question names as places that no document mentions:
    济南对…奖励多少 asked of a library of 聊城 measures. A county or district is never one (the
    list has none), so 我们在阳谷县 is still answered; nor is a place where the enterprise acts."""
    named = [p for p in known_places() if p in question]
    unknown = {p for p in named if not index.keywords.df(p)
               and not any(p in d.title or p in d.issuer for d in index.documents.values())}
    if not unknown:
        return []  # the common case (no place, or one the documents mention), without tagging
    # 在北京设了研发中心 / 到香港上市 says where the enterprise acts, not whose policy is asked about.
    acting = {p for p in unknown if re.search(rf"(?:在|到|去|赴|于|从|来自)\s*{p}", question)}
    return [p for p in place_names(question) if p in unknown - acting]
