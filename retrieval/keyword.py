"""Keyword side of the hybrid index: jieba tokens (with a policy-term dictionary) and Okapi BM25."""

from __future__ import annotations

import logging
import math
import re
import threading
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

__all__ = ["words", "tokenize", "content_terms", "expand_abbreviations", "BM25"]

USER_DICT = Path(__file__).with_name("policy_terms.txt")

# Words that carry the asking, not the topic: they must not count for or against a clause.
STOPWORDS = frozenset(
    "的 了 吗 呢 吧 啊 呀 么 是 有 在 和 与 及 或 等 都 也 还 就 又 被 把 给 对 为 从 向 到 能 能够 会 可 可以 可否 "
    "是否 多少 几 什么 怎么 怎样 怎么样 如何 哪个 哪些 哪里 哪儿 哪 哪家 请问 问 问问 一下 我 我们 我司 咱们 你 你们 您 "
    "他们 这个 那个 这 那 那么 这些 那些 公司 本 该 想 要 需要 应该 拿 领 申请 找 得 得到 获得 享受 具体 "
    "规定 政策 文件 条款 相关 有关 关于 方面 情况 嘛 万元 元 亿元".split()
)
_TOKEN = re.compile(r"[\w\u4e00-\u9fff]")
_NUMBER = re.compile(r"^[\d.]+$")
# Everyday abbreviations of policy terms -> the words documents use. General vocabulary of
# Chinese industrial policy, not of any one document.
ABBREVIATIONS = {
    "技改": "技术改造",
    "工信部": "工业和信息化部",
    "工信局": "工业和信息化局",
    "发改委": "发展改革委",
    "人社局": "人力资源社会保障局",
    "市监局": "市场监管局",
    "高企": "高新技术企业",
    "规上企业": "规模以上企业",
    "小微企业": "小型微型企业",
    "电商": "电子商务",
    "专精特新小巨人": "专精特新",
}

_lock = threading.Lock()
_tokenizer: Any = None


def _jieba() -> Any:
    """One jieba tokenizer with the policy dictionary, created on first use (not at import)."""
    global _tokenizer
    with _lock:
        if _tokenizer is None:
            import jieba

            jieba.setLogLevel(logging.WARNING)
            tokenizer = jieba.Tokenizer()
            tokenizer.load_userdict(str(USER_DICT))
            _tokenizer = tokenizer
    return _tokenizer


def words(text: str) -> list[str]:
    """Plain segmentation (no sub-words): 国家级单项冠军示范企业 -> 国家级 / 单项冠军 / 示范企业."""
    return list(_jieba().lcut(text))


def tokenize(text: str) -> list[str]:
    """Search-mode tokens (compounds and their parts), lower-cased, punctuation dropped."""
    return [t.lower() for t in _jieba().lcut_for_search(text) if _TOKEN.search(t)]


def expand_abbreviations(text: str) -> str:
    for short, full in ABBREVIATIONS.items():
        if short in text and full not in text:
            text = text.replace(short, full)
    return text


def content_terms(text: str) -> list[str]:
    """Distinct tokens of a question that say what it is about (not its figures: 2500, 万元)."""
    return list(dict.fromkeys(t for t in tokenize(expand_abbreviations(text))
                              if t not in STOPWORDS and not _NUMBER.match(t)))


class BM25:
    """Okapi BM25 (k1=1.5, b=0.75) over token lists; `fit` then `scores`, like minsearch."""

    def __init__(self, k1: float = 1.5, b: float = 0.75) -> None:
        self.k1, self.b = k1, b
        self.docs: list[list[str]] = []
        self._tf: list[Counter[str]] = []
        self._df: Counter[str] = Counter()
        self._lengths = np.zeros(0)

    def fit(self, docs: list[list[str]]) -> BM25:
        self.docs = docs
        self._tf = [Counter(d) for d in docs]
        self._df = Counter(t for tf in self._tf for t in tf)
        self._lengths = np.array([len(d) for d in docs], dtype="float64")
        return self

    @property
    def size(self) -> int:
        return len(self.docs)

    def idf(self, term: str) -> float:
        """Lucene's non-negative IDF; a term no document has gets the highest possible weight."""
        n = self.size
        df = self._df.get(term, 0)
        return math.log(1 + (n - df + 0.5) / (df + 0.5))

    def scores(self, terms: list[str]) -> np.ndarray:
        out = np.zeros(self.size)
        if not self.size:
            return out
        avg = float(self._lengths.mean()) or 1.0
        norm = self.k1 * (1 - self.b + self.b * self._lengths / avg)
        for term in set(terms):
            if term not in self._df:
                continue
            tf = np.array([c.get(term, 0) for c in self._tf], dtype="float64")
            out += self.idf(term) * tf * (self.k1 + 1) / (tf + norm)
        return out

    def to_dict(self) -> dict[str, Any]:
        return {"k1": self.k1, "b": self.b, "docs": self.docs}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> BM25:
        return cls(data["k1"], data["b"]).fit(data["docs"])
