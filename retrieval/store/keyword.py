"""Keyword side of the hybrid index: Okapi BM25 postings over the lexicon's tokens, and the typo fixer."""

from __future__ import annotations

import math
import re
from collections import Counter
from typing import Any

import numpy as np

from retrieval.lexicon.patterns import UNIT_OF_LEVEL
from retrieval.lexicon.tokenizer import (
    COMMON_VERB,
    TOKEN,
    content_terms,
    fragment,
    function_word,
    general_frequency,
    is_number,
    is_verb,
    names_a_thing,
    policy_terms,
    same_sound,
    straddles,
    tokenize,
    useful_terms,
    words,
)

__all__ = ["BM25"]

_LOCATIVE = re.compile(r"[\u4e00-\u9fff][里内中]")  # a one-character place and its locative: 库里, 厂内
# a verb's last character that makes it a result, a direction or an aspect of another act (交到, 出过, 来得, 为止, 搬进)
_COMPLEMENT = re.compile(r"[到过给得在来去上下进出完好止着了]$")


def _into_unit(word: str, text: str) -> bool:
    """Whether a two-character word's last character, wherever the word stands in `text`, starts the name of a
    unit of that level (归省工信厅: 省工信厅)."""
    return len(word) == 2 and any(UNIT_OF_LEVEL.match(text, m.start() + 1) for m in re.finditer(re.escape(word), text))


def _names_an_activity(term: str) -> bool:
    """A noun (所得税, 学校), or a verb rare enough in general use to name an activity a grant could be for (装修
    437, 验收 501, 打分 202, 节能 274) rather than how the question is asked (打算, 满足, 听说, 没有; 交到, 错过; a
    verb of having or of the passive, 有钱, 被评, says what the asker has or underwent, not which activity)."""
    return names_a_thing(term) or (is_verb(term) and general_frequency(term) < COMMON_VERB
                                   and not _COMPLEMENT.search(term) and not term.startswith(("有", "被")))
UNITS = "万亿千百元块个件台套平吨人名家项年月天"  # what follows a number's digits


def _near_words(vocabulary: list[str], dictionary: frozenset[str]) -> dict[str, set[str]]:
    """Wildcard key (one character replaced by ?) -> the words it can stand for."""
    near: dict[str, set[str]] = {}
    # two-character words only where the general dictionary knows them too (申报 for 申抱, 效益 for 效亿)
    words = {w for w in vocabulary if (len(w) >= 3 or (len(w) == 2 and general_frequency(w))) and not is_number(w)}
    for word in words | {w for w in dictionary if len(w) >= 2}:
        for j in range(len(word)):
            near.setdefault(word[:j] + "?" + word[j + 1 :], set()).add(word)
    return near


class BM25:
    """Okapi BM25 (k1=1.5, b=0.75) over token lists, held as postings (term -> clauses and term
    frequencies in flat arrays): scoring touches only the clauses that contain a question term, and
    clauses are added or dropped without tokenising the others again."""

    def __init__(self, k1: float = 1.5, b: float = 0.75) -> None:
        self.k1, self.b = k1, b
        self.terms: list[str] = []
        self._ids: dict[str, int] = {}
        self._indptr = np.zeros(1, dtype="int64")  # postings of term j: [indptr[j], indptr[j + 1])
        self._docs = np.zeros(0, dtype="int32")  # clause numbers, ascending within a term
        self._tfs = np.zeros(0, dtype="float32")
        self._lengths = np.zeros(0, dtype="float32")
        self._near: dict[str, set[str]] | None = None
        self._vocabulary_text = ""

    def fit(self, docs: list[list[str]]) -> BM25:
        return BM25(self.k1, self.b).extend(docs)

    def extend(self, docs: list[list[str]]) -> BM25:
        """A new BM25 with `docs` appended as clauses size, size + 1, … (this one is unchanged)."""
        out = self._copy()
        counts = [Counter(d) for d in docs]
        for counter in counts:
            for term in counter:
                if term not in out._ids:
                    out._ids[term] = len(out.terms)
                    out.terms.append(term)
        term_ids = np.array([out._ids[t] for c in counts for t in c], dtype="int64")
        doc_ids = np.repeat(np.arange(self.size, self.size + len(docs), dtype="int32"), [len(c) for c in counts])
        tfs = np.array([n for c in counts for n in c.values()], dtype="float32")
        order = np.argsort(term_ids, kind="stable")  # the new postings only; each goes to the end of its term
        term_ids, doc_ids, tfs = term_ids[order], doc_ids[order], tfs[order]
        known = len(self.terms)
        ends = self._indptr[1:]  # where each known term's postings end
        at = np.where(term_ids < known, ends[np.minimum(term_ids, max(known - 1, 0))] if known else 0, len(self._docs))
        out._docs = np.insert(self._docs, at, doc_ids)
        out._tfs = np.insert(self._tfs, at, tfs)
        counts_per_term = np.bincount(term_ids, minlength=len(out.terms))
        counts_per_term[:known] += np.diff(self._indptr)
        out._indptr = np.concatenate([[0], np.cumsum(counts_per_term)])
        out._lengths = np.concatenate([self._lengths, np.array([len(d) for d in docs], dtype="float32")])
        return out

    def drop(self, keep: np.ndarray) -> BM25:
        """A new BM25 with only the clauses where `keep` (a boolean mask) is true, renumbered in order."""
        out = self._copy()
        terms = np.repeat(np.arange(len(self.terms)), np.diff(self._indptr))
        kept = keep[self._docs]
        renumber = np.cumsum(keep) - 1
        out._docs = renumber[self._docs[kept]].astype("int32")
        out._tfs = self._tfs[kept]
        out._indptr = np.concatenate([[0], np.cumsum(np.bincount(terms[kept], minlength=len(self.terms)))])
        out._lengths = self._lengths[keep]
        return out  # terms no clause has any more keep an empty postings list

    def _copy(self) -> BM25:
        out = BM25(self.k1, self.b)
        out.terms, out._ids = list(self.terms), dict(self._ids)
        out._indptr, out._docs, out._tfs, out._lengths = self._indptr, self._docs, self._tfs, self._lengths
        return out

    @property
    def size(self) -> int:
        return len(self._lengths)

    def df(self, term: str) -> int:
        j = self._ids.get(term)
        return 0 if j is None else int(self._indptr[j + 1] - self._indptr[j])

    def idf(self, term: str) -> float:
        """Lucene's non-negative IDF; a term no document has gets the highest possible weight."""
        return self._idf(self.df(term))

    def _idf(self, df: int) -> float:
        return math.log(1 + (self.size - df + 0.5) / (df + 0.5))

    def question_terms(self, text: str) -> list[str]:
        """What a question is about, for coverage: words the corpus uses are judged whole (an
        absent 高新技术企业 is absent even where 高新 occurs); longer words it never uses are judged
        by their parts (纺织厂 -> 纺织, 商标注册 -> 商标, 注册)."""
        terms: list[str] = []
        for word in content_terms(text):
            if self.df(word):
                terms.append(word)
            elif word not in policy_terms() and (straddles(word, text) and len(word) < 4 or fragment(word)
                                                 or _into_unit(word, text)):
                continue  # a word the library never uses, cut where its edge could as well join its neighbour
                # (另外交 -> 另 / 外交, 报上去 -> 报上 / 去), made of a function word and one character (但税), or
                # whose last character starts a unit's name (归省工信厅 -> 归省 / 工信厅): the segmenter's guess, no
                # topic of the question (a longer word is one, its edge aside: 一部分工人工资 -> 工人, 工资)
            elif len(word) <= 2:
                terms.append(word)
            else:
                # not a part the library never uses that overlaps one it uses (二手机床: 二手, 机床, not 手机),
                # nor one inside another part (个人所得税: 个人, 所得税, not 所得 too)
                parts = [p for p in useful_terms(tokenize(word))
                         if p != word and (self.df(p) or not straddles(p, word, self.df))]
                # (a word the segmenter made of one the library cut otherwise, 新入规 of 新入/规奖: its pairs of
                # characters the library uses)
                parts = parts or [pair for n in range(len(word) - 1) if self.df(pair := word[n : n + 2])]
                parts = [p for p in parts if not any(p != q and p in q for q in parts)]
                if word in policy_terms() and not all(map(self.df, parts)):  # a policy term part of which the
                    # library never uses (高新技术企业 where no clause says 高新) names a thing it does not cover, whole
                    parts = [p for p in parts if self.df(p)] + [word]
                terms.extend(parts)
        return list(dict.fromkeys(terms))

    def weight(self, term: str) -> float:
        """How much a question term says about its topic: its IDF in the corpus. A term the corpus
        lacks weighs the most when it names a thing (a noun of jieba's dictionary: 稳岗补贴, 所得税, 网址 —
        the question is about something the documents do not cover) or is a policy term; a "noun" jieba's
        dictionary lacks was made up from characters it could not group (钱能到账 -> 钱能); it and any other
        word the documents never use (头一回, 刚进, 几份, 俺们: how it is asked) weigh as little as a common word."""
        if term.isdigit() and len(term) >= 7:  # a phone number quoted names one clause's contact: the most there is
            return self._idf(0)
        if function_word(term):  # 以后, 别的, 只有: they shape the sentence, whatever the library holds
            return 1.0
        if self.df(term):
            return self.idf(term)
        if term not in policy_terms() and (not (_names_an_activity(term) and general_frequency(term))
                                           or _LOCATIVE.fullmatch(term)):  # 规上库里, 厂里: where, as spoken
            return 1.0
        return self.idf(term)

    def scores(self, terms: list[str]) -> np.ndarray:
        out = np.zeros(self.size)
        if not self.size:
            return out
        avg = float(self._lengths.mean()) or 1.0
        for term in set(terms):
            j = self._ids.get(term)
            if j is None or self._indptr[j] == self._indptr[j + 1]:
                continue
            span = slice(self._indptr[j], self._indptr[j + 1])
            docs, tf = self._docs[span], self._tfs[span].astype("float64")
            norm = self.k1 * (1 - self.b + self.b * self._lengths[docs] / avg)
            out[docs] += self.idf(term) * tf * (self.k1 + 1) / (tf + norm)
        return out

    def fix_typos(self, text: str) -> str:
        """Correct input-method typos: a span that is not a word (not in jieba's dictionary, nowhere
        in the corpus) but differs from exactly one domain word by one character of the same pinyin:
        独脚兽 -> 独角兽, 专精特心 -> 专精特新, 瞪玲 -> 瞪羚, 驰明商标 -> 驰名商标.
        Candidates are corpus words of three or more characters and the policy terms."""
        if self._near is None:  # built once; the text first, so a concurrent reader never sees half
            self._vocabulary_text = "\n".join(t for t in self.terms if self.df(t))
            self._near = _near_words([t for t in self.terms if self.df(t)], policy_terms())
        near, corpus = self._near, self._vocabulary_text
        for size in sorted({len(key) for key in near}, reverse=True):
            unknown = self._unknown_words(text) if size == 2 else {}
            i = 0
            while i + size <= len(text):
                window = text[i : i + size]
                if size == 2 and (i not in unknown or unknown.get(i + 1) != unknown[i]):
                    i += 1
                    continue
                matches = {w for j in range(size) for w in near.get(window[:j] + "?" + window[j + 1 :], ())
                           if same_sound(w[j], window[j])}  # cheap lookups first, the corpus scan last
                # (a number's unit right after its digits: 2000万整 is no misspelt 完整)
                if (len(matches) == 1 and TOKEN.search(window) and not general_frequency(window)
                        and window not in corpus and not (i and text[i - 1].isdigit() and window[0] in UNITS)):
                    text = text[:i] + matches.pop() + text[i + size :]
                    i += size
                    continue
                i += 1
        return text

    def _unknown_words(self, text: str) -> dict[int, int]:
        """Position -> start of the word it is in, for the words of two or more characters that
        neither the general dictionary nor the library knows (申抱, 效亿评): a two-character typo is
        only looked for inside one of them, never across words (我是 is not a misspelt 我市)."""
        inside, at = {}, 0
        for word in words(text):
            if len(word) > 1 and not general_frequency(word) and not self.df(word):
                inside.update({p: at for p in range(at, at + len(word))})
            at += len(word)
        return inside

    def to_arrays(self) -> dict[str, np.ndarray]:
        return {"params": np.array([self.k1, self.b]), "terms": np.array(self.terms, dtype=str),
                "indptr": self._indptr, "docs": self._docs, "tfs": self._tfs, "lengths": self._lengths}

    @classmethod
    def from_arrays(cls, data: Any) -> BM25:
        k1, b = (float(x) for x in data["params"])
        out = cls(k1, b)
        out.terms = [str(t) for t in data["terms"]]
        out._ids = {t: j for j, t in enumerate(out.terms)}
        out._indptr, out._docs, out._tfs, out._lengths = (
            data["indptr"].astype("int64"), data["docs"].astype("int32"), data["tfs"].astype("float32"),
            data["lengths"].astype("float32"))
        if out._indptr.shape != (len(out.terms) + 1,) or out._docs.shape != out._tfs.shape \
                or int(out._indptr[-1]) != len(out._docs) or (out._docs.size and out._docs.max() >= out.size):
            raise ValueError("关键词索引的数组不一致")
        return out
