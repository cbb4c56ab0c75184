"""The assistant: a library opened once, then `ask(question, history)` per question."""

from __future__ import annotations

import logging
import re
import threading
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, replace
from itertools import zip_longest
from typing import Any

from langchain_core.embeddings import Embeddings

from retrieval.answer.compose import (
    compose,
    joined_answer,
    lead_with_referring,
    lead_with_section,
    summed_answer,
    unit_measures,
    with_cost_shares,
)
from retrieval.answer.llm import make_chat_model
from retrieval.answer.llm import stream as llm_stream
from retrieval.answer.matcher import Matching, match, profile_from_dict, read_profile
from retrieval.config import Settings
from retrieval.lexicon.patterns import (
    ANY_LEVEL,
    ASPECTS,
    GRANT,
    HOW_MUCH,
    LIST_QUESTION,
    REACH_ASKED,
    UNIT_LIST,
    WHO_ASKED,
)
from retrieval.lexicon.tokenizer import COMMON_VERB, general_frequency, is_verb, names_a_thing, same_sound
from retrieval.records import Answer, Hit
from retrieval.search.figures import total_asked
from retrieval.search.intents import examples_of, with_intent
from retrieval.search.query import (
    FOLLOWUP_END,
    Query,
    analyse,
    asks_without_topic,
    each_government,
    governments_spoken,
    listed_measures,
    named_units,
    names_a_kind,
    question_parts,
    simplified,
)
from retrieval.search.retrieve import WHOLE, retrieve, search_text
from retrieval.service.library import Library
from retrieval.service.querylog import QueryLog
from retrieval.store.embedders import embed_question
from retrieval.store.index import SearchIndex, areas_of, in_area

__all__ = ["Assistant"]

log = logging.getLogger("policyqa")


@dataclass
class Assistant:
    """Answers questions from the library it is given: analyse once, retrieve, compose, check."""

    library: Library
    queries: QueryLog | None = None
    chat_model: Any = None  # set when an LLM endpoint is configured (settings.llm_base_url)

    @classmethod
    def open(cls, settings: Settings, rebuild: bool = True, embedder: Embeddings | None = None) -> Assistant:
        """Open the library (see Library.open), the query log and, when configured, the LLM endpoint."""
        library = Library.open(settings, rebuild, embedder)
        chat_model = None
        if settings.llm_base_url:
            chat_model = make_chat_model(settings.llm_base_url, settings.llm_model, settings.llm_api_key,
                                         settings.llm_timeout)
            log.info("大模型回答已开启：%s（模型 %s，超时 %g 秒）", settings.llm_base_url,
                     settings.llm_model or "default", settings.llm_timeout)
        # jieba's part-of-speech tables, the sounds of characters (for typos) and the vectors of the examples of each
        # kind of question take a second or two: loaded now, not while the first caller waits
        threading.Thread(target=_warm, args=(library.embedder,), name="warm-up", daemon=True).start()
        return cls(library, QueryLog.open(settings.query_log, settings.query_log_max_bytes), chat_model)

    @property
    def settings(self) -> Settings:
        return self.library.settings

    @property
    def embedder(self) -> Embeddings:
        return self.library.embedder

    @property
    def areas(self) -> list[str]:
        """The areas (所在地区) the library's manifest names; [] when it names none."""
        return areas_of(self.library.current())

    @property
    def index(self) -> SearchIndex:
        """The library's current index (read-only here: the library owns it)."""
        return self.library.index

    def ask(self, question: str, history: list[tuple[str, str]] | None = None, area: str = "") -> Answer:
        return deque(self.stream(question, history, area), maxlen=1).pop()  # the final answer

    def stream(self, question: str, history: list[tuple[str, str]] | None = None, area: str = "") -> Iterator[Answer]:
        """The answer as it grows (LLM mode: checked sentence by sentence); the last item is final.
        Without an LLM endpoint, or when nothing relevant was found, one extractive answer. `area` (所在地区)
        limits the library to the documents for that area (see in_area); "" is the whole library."""
        start = time.perf_counter()
        index = self.library.current()  # one snapshot per question: a change meanwhile cannot split it
        try:
            index = in_area(index, area)
            answer, hits, query = self._explain(index, question, history)
        except ValueError as exc:
            self._log(str(question)[:200], None, start, str(exc), area)
            raise
        final = answer
        try:
            if self.chat_model is not None and answer.found and hits:
                for final in llm_stream(self.chat_model, query.text, answer, hits, index.documents,
                                        self.settings.llm_timeout):
                    yield final
            else:
                yield answer
        finally:  # logged even when the caller stops reading (a closed browser tab)
            self._log(final.question, final, start, area=area)

    def _log(self, question: str, answer: Answer | None, start: float, error: str = "", area: str = "") -> None:
        if self.queries:
            self.queries.record(question, answer, (time.perf_counter() - start) * 1000, error, area)

    def match(self, profile: str | dict[str, Any], today: str = "", area: str = "") -> Matching:
        """政策匹配: every measure an enterprise's description (or a structured profile) touches,
        eligible, not, or to check (ValueError with a Chinese message for bad input)."""
        index = in_area(self.library.current(), area)
        if isinstance(profile, dict):
            understood = profile_from_dict(index, profile)
        else:
            understood = read_profile(index, profile)
        return match(index, self.embedder, understood, today)

    def explain(self, question: str, history: list[tuple[str, str]] | None = None, mode: str = "hybrid",
                k: int | None = None, area: str = "") -> tuple[Answer, list[Hit]]:
        """The answer and the ranked hits behind it (`mode` and a deeper `k` serve evaluation)."""
        answer, hits, _ = self._explain(in_area(self.library.index, area), question, history, mode, k)
        return answer, hits

    def _separate_questions(self, index: SearchIndex, query: Query,
                            history: list[tuple[str, str]] | None) -> list[str]:
        """The parts of a message that asks how much of two or more things (省级数字化车间奖多少？另外上云
        花了20万能补多少？; or items told one by one and their total asked: 生产设备投了1800万；同年还进了一级供应商
        名录。这两项加起来能拿多少), each about something of its own; [] for one question or parts that ask of one
        thing (奖多少？找谁？)."""
        parts = question_parts(query.own_words or simplified(query.asked))  # as asked: not its history too
        if len(parts) < 2:  # 纳税贡献奖、纳税增长奖和技改投入奖加起来: each measure named, with the figures told
            parts = listed_measures(query.own_words or simplified(query.asked))
        parts = _topics_joined(parts)
        if len(parts) < 2:
            return []
        # (each part as it stands: one naming nothing asks of the part before it, below, not of the history's topic)
        queries = [analyse(index, part, history, self.settings.max_question_chars, borrow=False) for part in parts]
        terms = [set(q.terms) for q in queries]
        for n in range(1, len(parts)):  # 北交所首发上市奖多少？要是只在省区域性股权交易市场挂牌呢？: a part that asks
            if not queries[n].money or not queries[n].terms:  # nothing of its own asks what the part before it asked
                borrowed = analyse(index, parts[n], [*(history or []), (queries[n - 1].text, "")],
                                   self.settings.max_question_chars)
                if borrowed.money:
                    queries[n] = borrowed  # (explained as a follow-up of the part before: _explain_parts)
        own = [terms[n] - set().union(*(t for m, t in enumerate(terms) if m != n)) for n in range(len(terms))]
        # each names a thing of its own (not 我们新引进的是B类人才，能给多少 after 购房补贴分几类: of the same thing)
        # (or an activity: 参展, 挂牌, 装修 — a verb in the general dictionary, less common than a common verb
        # (COMMON_VERB), with no word of granting in it: not 还奖, a piece jieba made of 还 and 奖)
        named = [{t for t in o if (names_a_thing(t) or (is_verb(t) and 0 < general_frequency(t) < COMMON_VERB
                                                         and not GRANT.search(t)))
                  and not ANY_LEVEL.fullmatch(t)} for o in own]
        # (…市里给多少？县里又能给多少？: the same thing asked of two governments, each part of its own)
        governments = [q.issuer_levels for q in queries]
        apart = all(governments) and len(set(governments)) == len(governments)
        if all(q.money for q in queries):
            if not (all(named) or apart) and not self._found_apart(index, queries, named, terms):
                return []
        # 高企重新认定通过了奖多少？新三板挂牌补差额那块找谁、电话多少？: a sum asked of one thing and the unit or
        # contact of another, each part naming a thing of its own besides the kind of answer it asks for (not
        # 奖多少？要啥材料？; nor 这笔钱是一次给齐吗？入统当年能先拿到多少？)
        elif not any(q.money for q in queries) or not all(q.money or q.who or q.reach for q in queries) \
                or not all(n - _answer_kinds(n) for n in named):
            return []
        # 青禾县对省级企业技术中心奖多少？省级专精特新又奖多少？: the place named in a part is the place of every part
        # after it; so is the government spoken of (在高新区，…奖多少？如果只是单项冠军产品又奖多少？)
        out = []
        for n, (part, q) in enumerate(zip(parts, queries, strict=True)):
            said = "".join(dict.fromkeys(p for earlier in queries[:n] for p in earlier.places)) \
                or "".join(dict.fromkeys(w for earlier in queries[:n] for w in earlier.issuer_words))
            out.append(part if q.places or q.issuer_words or not said else said + part)
        return out

    def _found_apart(self, index: SearchIndex, queries: list[Query], named: list[set[str]],
                     terms: list[set[str]]) -> bool:
        """Whether parts of which some name nothing of their own still ask how much of different things of one
        kind: each part's first clause found is another, none within another (发明专利一件资助多少？通过PCT拿到国外
        发明专利授权的一件又给多少？: the general item, then a narrower one of its own clause); not when no part names a
        thing of its own, nor when one that names none asks no sum (购房补贴分几类？B类人才能给多少: of one list) or
        shares no thing but a grant word with another (…奖励其实是500万元对吧？请按500万元回答，奖励多少: no item)."""
        def shares_a_thing(n: int) -> bool:
            others = set().union(*(terms[m] for m in range(len(terms)) if m != n))
            return any(names_a_thing(t) and not GRANT.search(t) for t in terms[n] & others)

        nameless = [n for n in range(len(queries)) if not named[n]]
        if not any(named) or not all(HOW_MUCH.search(queries[n].own_words or queries[n].text) and shares_a_thing(n)
                                     for n in nameless):
            return False
        # (a part that names nothing found in the one clause that holds all it says: not 我们新引进的是B类人才, held as
        # much by a clause on 博士 as by the 购房补贴 of A、B、C类)
        found = [[h for h in retrieve(index, self.embedder, q, k=3) if h.relevant] for q in queries]
        if any(not hits or not n and (hits[0].coverage < WHOLE or any(h.coverage >= WHOLE for h in hits[1:]))
               for hits, n in zip(found, named, strict=True)):
            return False
        paths = [(hits[0].clause.doc_id, hits[0].clause.path) for hits in found]
        return not any(m != n and a[0] == b[0] and b[1][: len(a[1])] == a[1]
                       for m, a in enumerate(paths) for n, b in enumerate(paths))

    def _explain(self, index: SearchIndex, question: str, history: list[tuple[str, str]] | None,
                 mode: str = "hybrid", k: int | None = None, whole: bool = True) -> tuple[Answer, list[Hit], Query]:
        query = analyse(index, question, history, self.settings.max_question_chars)
        # 科技创新局负责哪些项目 (not 市财政局负责什么时候拨付, 受理什么材料: a question of another kind)
        lists = UNIT_LIST.search(query.text) and not (query.time or query.money or query.aspects)
        units = named_units(index, query.text) if mode == "hybrid" and lists else ()
        listed = unit_measures(query, index.clauses, index.documents, units) if units else None
        if listed is not None:  # 科技创新局负责哪些项目
            answer, hits = listed
            return replace(answer, query=query.to_dict()), hits, query
        # 我是纺织服装企业，能享受哪些政策？ (a follow-up asks for a list in its own words, not its history's)
        if LIST_QUESTION.search(query.own_words or query.text) and mode == "hybrid":
            profile = read_profile(index, query.text)
            # a profile (a trade or place and nothing else, or several facts), not one named item: an item
            # asked about (一款产品被认定为省级单项冠军产品，可以享受什么奖励) is an ordinary question
            if len(profile.claims) != 1 and (profile.claims or profile.industry or profile.places):
                result = match(index, self.embedder, profile)
                if any(m.eligible is not False for m in result.matches):  # else: answered as any question
                    hits = [Hit(m.clause, 1.0, 1.0, 1.0, True) for m in result.cited()]  # the clauses it cites
                    return replace(result.as_answer(query.asked), query=query.to_dict()), hits, query
        vector = embed_question(self.embedder, search_text(query))
        query = with_intent(query, self.embedder, vector)
        # A question asked after another is of the document the one before was answered from, when that document holds
        # as much of it as any (see retrieve): a follow-up naming no topic, or one told as a story (设备发票…够不够格？)
        if history:
            query = replace(query, follows=self._answered_from(index, history))
        parts = self._separate_questions(index, query, history) if whole else []
        if whole and not parts and not history and total_asked(query.text):  # 县里加园区的安家补贴一共多少: each
            parts = each_government(simplified(query.asked))  # government's sum, then added
        if parts and total_asked(query.text):  # 生产设备投了1800万；同年还进了一级供应商名录。这两项加起来能拿多少:
            explained = self._explain_parts(index, parts, history, mode, k)  # each item
            summed = summed_answer(query, [(a, h) for a, h, _ in explained], index.documents)  # alone, then added
            if summed is not None:
                return replace(summed, question=query.asked, query=query.to_dict()), _interleaved(explained), query
            parts = []  # (else a total is answered whole, the items summed in one answer)
        hits = retrieve(index, self.embedder, query, k=max(k or 0, self.settings.top_k), mode=mode, vector=vector)
        hits = lead_with_referring(query, hits, index.clauses)  # 新引进的总部企业…: 按上表标准的2倍 leads
        answer = compose(query, hits[: self.settings.top_k], index.documents, index.keywords, clauses=index.clauses)
        if len(answer.amounts) >= 2 and len(answer.amounts) != len(parts):
            parts = []  # the whole says more than the parts could (see below): no search for each
        if parts:  # 博士有啥补贴？另外A类奖多少？: each in turn
            explained = self._explain_parts(index, parts, history, mode, k)
            joined = joined_answer(query, [a for a, _, _ in explained], index.clauses)
            says_less = len(answer.amounts) < 2 and len(joined.amounts) > len(answer.amounts)
            # a sum for each part from the whole names one item of each part at best (证书还在有效期内，整体搬过来
            # 奖多少？另外…: 首次认定 chosen for the first); each part read alone chooses among its own words
            one_each = len(answer.amounts) == len(parts) and all(len(a.amounts) == 1 for a, _, _ in explained)
            if says_less or one_each:
                answer, hits = joined, _interleaved(explained)
        # 头回进规上的企业奖多少？申报时要交啥证明？: no clause holds both questions (or the one found for both
        # states no sum of the sum asked: the materials' clause, 申报新入规奖的，提供…证明); each may be answered
        # alone, a later one as a follow-up of those before it
        if (not answer.found or query.money and not answer.amounts) and whole and mode == "hybrid":
            answer, hits = self._part_by_part(index, query, history, k, answer, hits)
        answer = with_cost_shares(query, answer, index.documents, index.clauses)  # 县里出多少: its share of the sum
        hits = lead_with_section(answer, hits)  # 第十条审核程序, quoted with its steps: the first clause cited
        return replace(answer, question=query.asked, query=query.to_dict()), hits, query

    def _answered_from(self, index: SearchIndex, history: list[tuple[str, str]]) -> str:
        """The document the last question of `history` is answered from (its first clause found, when one answers);
        "" when none does."""
        limit = self.settings.max_question_chars  # (a history's question is cut as analyse cuts it)
        before = analyse(index, str(history[-1][0])[:limit], history[:-1], limit)
        hits = retrieve(index, self.embedder, before, k=1)
        return hits[0].clause.doc_id if hits and hits[0].relevant else ""

    def _explain_parts(self, index: SearchIndex, parts: list[str], history: list[tuple[str, str]] | None,
                       mode: str, k: int | None) -> list[tuple[Answer, list[Hit], Query]]:
        """Each part of a message explained alone; one that asks nothing of its own (要是只在省区域性股权交易市场挂牌
        呢) as a follow-up of the part before it."""
        explained: list[tuple[Answer, list[Hit], Query]] = []
        for part in parts:
            before = list(history or [])
            if explained and not ((alone := analyse(index, part, history, self.settings.max_question_chars,
                                                    borrow=False)).money
                                  and alone.terms):  # (县里又能给多少？ too: no thing of its own)
                before.append((explained[-1][2].text, explained[-1][0].answer))
            explained.append(self._explain(index, part, before, mode, k, whole=False))
        return explained

    def _part_by_part(self, index: SearchIndex, query: Query, history: list[tuple[str, str]] | None, k: int | None,
                      answer: Answer, hits: list[Hit]) -> tuple[Answer, list[Hit]]:
        """A message of several questions refused whole, or answered whole with no sum for the sum it asks, answered
        one by one (`answer`, `hits` unless each part is)."""
        parts = _topics_joined(question_parts(query.own_words or simplified(query.asked)))
        if len(parts) < 2:
            return answer, hits
        explained: list[tuple[Answer, list[Hit], Query]] = []
        before = list(history or [])
        for part in parts:  # the place named once is the place of every part; unnamed, the first part's document's
            places = query.places
            if explained and not places:
                places = (index.documents[explained[0][0].citations[0].doc_id].jurisdiction,)
            own = analyse(index, part, None, self.settings.max_question_chars)  # (省里还有啥奖励 names its own)
            place = "" if own.places or own.issuer_words else "".join(places)
            explained.append(self._explain(index, place + part, before, "hybrid", k, whole=False))
            said, first = explained[-1][0], explained[0][0]
            if not (said.found and said.citations and said.citations[0].doc_id == first.citations[0].doc_id):
                return answer, hits  # a part refused alone, or whose first clause cited is another document's
            before.append((explained[-1][2].text, explained[-1][0].answer))  # (as understood: 那…呢 borrows)
        return joined_answer(query, [a for a, _, _ in explained], index.clauses), _interleaved(explained)


def _warm(embedder: Embeddings) -> None:
    """What the first question would otherwise load while its caller waits (see Assistant.open)."""
    names_a_thing("政策")
    same_sound("政策", "正册")
    try:
        examples_of(embedder)
    except Exception as exc:  # an embedder that fails now fails the question that needs it, with its own message
        log.warning("预先嵌入问题类型示例失败：%s", exc)


def _answer_kinds(words: set[str]) -> set[str]:
    """Of a part's words, those that name a kind of answer (材料, 流程, 电话, 部门), not a thing asked about."""
    return {w for w in words if any(p.search(w) for p in
                                    (_UNIT_WORDS, REACH_ASKED, WHO_ASKED, *(asked for _, asked, _ in ASPECTS)))}


_UNIT_WORDS = re.compile(r"部门|单位|科室|处室")  # (归哪个部门管: the kind of answer, not a thing)


def _topics_joined(parts: list[str]) -> list[str]:
    """The parts of a message, a part that names only what is asked about (省首台套呢？: …呢, no kind of answer) read
    with the question after it (一个产品最多给多少？), and one that names no topic (比例多少？) with the question before
    it (作为卖方能拿吗？): one question, not two."""
    joined: list[str] = []
    for part in parts:
        # (not A类能奖多少, nor 县里又能给多少 after 市里给多少: of another government)
        if joined and (FOLLOWUP_END.search(joined[-1]) and not names_a_kind(joined[-1]) and names_a_kind(part)
                       or asks_without_topic(part) and not re.search(r"[A-Za-z]", part)
                       and set(governments_spoken(part)) <= set(governments_spoken(joined[-1]))):
            joined[-1] += part
        else:
            joined.append(part)
    return joined


def _interleaved(explained: list[tuple[Answer, list[Hit], Query]]) -> list[Hit]:
    """The parts' hits, first of each part, then second of each …, each clause once."""
    ranked = [h for group in zip_longest(*(h for _, h, _ in explained)) for h in group if h is not None]
    first: dict[str, Hit] = {}
    return [first.setdefault(h.clause.clause_id, h) for h in ranked if h.clause.clause_id not in first]
