"""The tokenizer and its word lists: jieba with the policy-term dictionary, stop words, everyday
abbreviations, place names. Questions and clauses are cut into words here and nowhere else."""

from __future__ import annotations

import functools
import logging
import re
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from retrieval.lexicon.patterns import (
    ABOUT_AFTER,
    COUNT_NUMBER,
    COUNTERS,
    DRAFT_WORDS,
    EXCHANGES_SPOKEN,
    PERCENT,
    SPOKEN_MONEY,
    cn_number,
)

__all__ = ["words", "place_names", "names_a_thing",
           "is_verb", "function_word", "tokenize", "content_terms", "query_tokens", "expand_abbreviations",
           "abbreviates", "fragment",
           "useful_terms", "same_sound", "policy_terms", "general_frequency", "known_places", "is_number",
           "TOKEN", "GENERAL_WORD", "COMMON_VERB"]

USER_DICT = Path(__file__).with_name("policy_terms.txt")
PLACES = Path(__file__).with_name("places.txt")

# Words that carry the asking, not the topic: they must not count for or against a clause.
STOPWORDS = frozenset(
    "的 了 吗 呢 吧 啊 呀 么 是 有 在 和 与 及 或 等 都 也 还 就 又 被 把 给 对 为 从 向 到 能 能够 会 可 "
    "可以 可否 是否 多少 几 什么 怎么 怎样 怎么样 如何 哪个 哪些 哪里 哪儿 哪 哪家 请问 问 问问 一下 "
    "我 我们 我司 咱们 你 你们 您 "
    "他们 这个 那个 这 那 那么 这些 那些 公司 本 该 想 要 需要 应该 拿 领 申请 找 得 得到 获得 享受 具体 "
    "规定 政策 文件 条款 相关 有关 关于 方面 情况 嘛 万元 元 亿元 "
    # spoken asking words: where the money comes from, how it is asked for, not what it is for
    "市里 省里 县里 区里 政府 上面 给钱 多少钱 给多少 补多少 奖多少 能给 能拿 评上 拿到 下来 "
    "封顶 上限 最多 标准 额度 怎么样 咋 啥 么 不 没 呗 今年 去年 同年 票子 "
    # the asker and its works, as it says them
    "我家 我厂 咱家 咱厂 俺厂 咱们厂 俺们 俺家 厂里 厂子 "
    "批下来 批下 批了 能奖 能补 能领 几个 几块 那边 这边 算不算 不算 "
    "征求 那条 讲 说 里 "
    # hedges (一般什么时候发) and a level's department as it is spoken (报到省厅)
    "一般 通常 大概 大约 大致 省厅 市局 县局 区局 "
    # a degree hedged (有点奖励) and a yes-no question asked by its two sides (是不是有): how it is asked
    "有点 有点儿 多少有点 是不是 是否是 "
    # money spoken of (有钱拿) and what was heard (听说镇上有钱拿): how it is asked
    "有钱 听说 据说 "
    # the direction and the sequence of acts (报上去以后, 批下来之后): how it is asked, not what about
    "上去 报上 交上 递上 下去 以后 之后 以前 之前 然后 后来 后面 "
    # a matter in general (绿色工厂的事情咨询谁) and spoken how (咋个报法)
    "事情 事儿 这块 那块 咋个 怎个 咋样 "
    # a time pointed at (评上的时候, 那会儿省里给过): when the asker's event was, not what it is about
    "时候 那时 那时候 当时 会儿 那会儿 这会儿 这回 那回 "
    # how things are shared out among the asker's cases (利息分别付了28万和17万, 各贷了一笔)
    "分别 各自".split()
) | frozenset(DRAFT_WORDS)  # words that only route a question to a draft, not its topic
TOKEN = re.compile(r"[\w\u4e00-\u9fff]")
_NUMBER = re.compile(r"^[\d.]+$")
# a count of things the asker has (一笔, 两家, 三台): how many, not what they are
_COUNTED = re.compile(rf"{COUNT_NUMBER}(?:{COUNTERS}|笔|台|件|份|批)")
_HAN = re.compile(r"[\u4e00-\u9fff]{2,}")
ABBREVIATION_GAP = 4  # at most this many characters between two of an abbreviation's (科[技型中]小)
GENERAL_WORD = 5000  # jieba dictionary frequency above which an unknown word is everyday language
# jieba frequency from which a verb is everyday language: how a question is asked (列入 2003, 打算 3154, 听说 5887),
# not an activity it is about (装修 437, 验收 501) nor a place jieba also reads as a verb (保定 739, 开化 87)
COMMON_VERB = 1000
# Everyday abbreviations of policy terms -> the words documents use. General vocabulary of
# Chinese industrial policy, not of any one document.
ABBREVIATIONS = {
    "技改": "技术改造",
    "股改": "股份制改造",
    "分公司": "分支机构",  # (a branch is in law a 分支机构)
    "工信部": "工业和信息化部",
    "工信局": "工业和信息化局",
    "发改委": "发展改革委",
    "人社局": "人力资源社会保障局",
    "市监局": "市场监管局",
    "高企": "高新技术企业",
    "规上": "规模以上",
    "小微企业": "小型微型企业",
    "双创": "创业创新",
    "电商": "电子商务",
    "标煤": "标准煤",
    "奖金": "奖励",
    # how enterprises say it (general usage, not one document's words)
    "营收": "营业收入",
    "交税": "纳税",
    "缴税": "纳税",
    "房租": "租金",
    "社保": "社会保险",
    "单冠": "单项冠军",
    "头一回": "首次",
    "头一次": "首次",
    "头回": "首次",
    "第一次": "首次",
    "连着": "连续",
    "小巨人": "专精特新小巨人",
    "拍板": "确定",  # 谁最后拍板: who decides (报…研究确定)
    "海外": "境外",  # 去海外参展: abroad, as documents write it
    "孩子": "子女",  # 高管孩子上学谁管: the family words of a talent clause (子女入学, 配偶就业)
    "小孩": "子女",
    "新三板": "全国中小企业股份转让系统",  # a market as everyone calls it -> as documents name it
}
# Spoken words that need their neighbours to be read: 上规 / 新上规 (entering the above-scale
# statistics) but not 以上规定 or 线上规范.
ABBREVIATION_SHAPES = {
    re.compile(r"(?<![以之线])上规(?![定范划则模章格])"): "纳入规模以上",
    # 首次入规的 / 刚进规 / 新入规企业: entering it said as 上规 is, before what follows such an event (not 纳入规模,
    # 列入规划, 写入规程, 收入规下, 准入规制, 引进规上企业)
    re.compile(r"(?<![纳列编归引推促改先增演跟写计准转收])[入进]规(?=[的后了时那当满奖，,。？?、]|企业|工业|统计|$)"):
        "纳入规模以上",
    # 新升规 / 当年就升规: rising into the above-scale statistics, as 入规 is (not 提升规范, 晋升规则, 上升规律;
    # not 小升规, a term documents write as it is)
    re.compile(r"(?<![提晋上攀飙跃小])升规(?![范划定则律模章格])"): "纳入规模以上",
    # 进了限上 / 限上商贸企业: above the quota of trade statistics, as 规上 is of industry (not 无限上升, 上限上调);
    # 新入限 / 刚进限的: entering it, as 入规 is (not 期限, 权限)
    re.compile(r"(?<![无上极权期时界额年])限上(?![升涨调浮])"): "限额以上",
    re.compile(r"(?<![纳列编归引推促改先增演跟写计准转收])[入进]限(?=[的后了时那当满奖，,。？?、]|企业|商贸|统计|$)"):
        "纳入限额以上",
    # 规下企业: below the designated size, as 规上 is above it (not 法规下达, 新规下的企业, 常规下)
    re.compile(r"(?<![法常正新陈])规下(?=企业|工业)"): "规模以下",
    re.compile(r"(?<![申填上年])报销(?!售)"): "补助",  # 市里能给报销多少: what is paid back (not 纳税申报销售额)
    re.compile(r"(?<!品)牌子"): "称号",  # 拿到省级智能工厂的牌子: the honour's title (not 品牌子品牌)
    # 过几年要不要重评: a re-evaluation (not 注重评价, 严重评级: 重 closes a word there)
    re.compile(r"(?<![注着严慎偏尊隆郑贵])重评(?![价估级论述])"): "复评",
    re.compile(r"(?<![女男宝布泥娃])娃(?![娃哈])"): "子女",  # 高管家娃要上学 (as 孩子 above; not 女娃, 布娃娃, 娃哈哈)
    re.compile(r"(?<![线网马])上学(?![习历院])"): "入学",  # (not 线上学习, 马上学习)
    re.compile(r"(?<![我中全])国外"): "境外",  # 去国外参展 (not 我国外贸, 全国外资)
    **{re.compile(spoken): name for spoken, name in EXCHANGES_SPOKEN.items()},  # 上交所 (not 上交所有材料)
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


_pos_tokenizer: Any = None


def _posseg() -> Any:
    """jieba's part-of-speech tokenizer over the same dictionary, created on first use."""
    global _pos_tokenizer
    tokenizer = _jieba()  # outside the lock, which _jieba takes itself
    with _lock:
        if _pos_tokenizer is None:
            from jieba import posseg

            _pos_tokenizer = posseg.POSTokenizer(tokenizer)
    return _pos_tokenizer


def place_names(text: str) -> list[str]:
    """Words jieba tags as place names (ns), with a trailing 省/市 dropped: 济南市 -> 济南."""
    tagged = [w for w, flag in _posseg().lcut(text) if flag.startswith("ns")]
    return [re.sub(r"(?<=..)[省市]$", "", w) for w in tagged]


# jieba's tags of words that shape a sentence but name nothing: pronouns (别的), conjunctions, adverbs,
# prepositions, particles and modal words make a text a clause (is_phrase); with locatives (以后) they
# are the function words (function_word)
_CLAUSE_TAGS = ("r", "p", "u", "c", "d", "y")
FUNCTION_TAGS = (*_CLAUSE_TAGS, "f")


@functools.lru_cache(maxsize=65536)
def is_phrase(text: str) -> bool:
    """Whether jieba reads a text as a name or a noun phrase (纺织服装, 汽车零部件, 房地产开发), not a
    clause with a pronoun, a copula, a preposition or a particle (行业标准是我们厂主持)."""
    return not any(flag.startswith(_CLAUSE_TAGS) or word in ("是", "有")
                   for word, flag in _posseg().lcut(text))


@functools.lru_cache(maxsize=65536)
def names_a_thing(word: str, acts: bool = True) -> bool:
    """Whether jieba tags a word (alone) as a noun of some kind: 所得税 n, 东阿 ns, 出口 vn (not with `acts` false:
    a verb used as a noun, 发给), or a set phrase that ends in one (发明专利 l: 专利 n) — not 头一回 i, 几份 m, 俺们 r,
    刚进 d+v, 一般来说 l."""
    tags = [flag for _, flag in _posseg().lcut(word)]
    if tags == ["l"] and len(word) > 2:
        return names_a_thing(word[-2:], acts)
    return bool(tags) and all(flag.startswith("n") or acts and flag == "vn" for flag in tags)


_VAGUE_COUNT = re.compile(r"[一两二三四五六七八九十几]+[个些种下点]")  # 另一个街道, 这几种: a count of nothing named


@functools.lru_cache(maxsize=65536)
def function_word(word: str) -> bool:
    """Whether jieba reads a word (alone) as function words only: 以后 f, 别的 r, 只有 c — not 交了 v+u;
    or it counts nothing it names (一个, 几种 — not 首次, 一级)."""
    tags = [flag for _, flag in _posseg().lcut(word)]
    return (bool(tags) and all(flag.startswith(FUNCTION_TAGS) for flag in tags)) or bool(_VAGUE_COUNT.fullmatch(word))


@functools.lru_cache(maxsize=65536)
def tagged(text: str) -> tuple[tuple[str, str], ...]:
    """jieba's words of a text with their part-of-speech tags: 报到省 -> (报到, v), (省, n)."""
    return tuple((word, flag) for word, flag in _posseg().lcut(text))


@functools.lru_cache(maxsize=65536)
def is_verb(word: str) -> bool:
    """Whether jieba reads a word (alone) as one verb: 列入, 评为 — not a name such as 石笋 or 临清."""
    tags = [flag for _, flag in _posseg().lcut(word)]
    return tags == ["v"]


def words(text: str) -> list[str]:
    """Plain segmentation (no sub-words): 国家级单项冠军示范企业 -> 国家级 / 单项冠军 / 示范企业."""
    return list(_jieba().lcut(text))


def word_starts(text: str) -> frozenset[int]:
    """Where the segmenter begins a word (不在县工业园区里: at 工, not at the 区 of 园区里)."""
    return frozenset(start for _, start, _ in _jieba().tokenize(text))


def tokenize(text: str) -> list[str]:
    """Search-mode tokens (compounds and their parts), lower-cased, punctuation dropped."""
    return [t.lower() for t in _jieba().lcut_for_search(text) if TOKEN.search(t)]


def expand_abbreviations(text: str) -> str:
    """技改 -> 技术改造; applied to questions and, for coverage, to clause text alike (a document
    may itself write 规上企业). Short texts are remembered (coverage expands the same clauses and titles for every
    question); a long one (a document's text read as context, a giant question) is not kept."""
    return _expand_remembered(text) if len(text) <= 2000 else _expand(text)


@functools.lru_cache(maxsize=8192)
def _expand_remembered(text: str) -> str:
    return _expand(text)


def _expand(text: str) -> str:
    for short, full in ABBREVIATIONS.items():
        rest = full.replace(short, "") if short in full else ""
        if short in text and not (rest and rest in text):  # 专精特新“小巨人” already says it in full
            text = text.replace(full, short).replace(short, full)
    for shape, full in ABBREVIATION_SHAPES.items():
        text = shape.sub(full, text)
    return text


def abbreviates(word: str, text: str, everyday: bool = False) -> bool:
    """Whether a short word nobody writes (科小, 单冠) is an abbreviation of something in a text: its
    characters occur there in order, close together (科技型中小企业). Only for words neither the
    general dictionary nor the library knows; everyday words (学校, 时候) are never abbreviations, unless
    `everyday` (公服 in the name of an honour held, 省级中小企业公服平台, may stand for 公共服务)."""
    pattern = _abbreviation(word, everyday)
    return pattern is not None and pattern.search(text) is not None


@functools.lru_cache(maxsize=4096)
def _abbreviation(word: str, everyday: bool = False) -> re.Pattern[str] | None:
    """科小 -> 科, up to ABBREVIATION_GAP letters, 小; None for a word that cannot be an abbreviation."""
    if not 2 <= len(word) <= 4 or (general_frequency(word) and not everyday) or not _HAN.fullmatch(word):
        return None
    gap = f"[\u4e00-\u9fffA-Za-z]{{0,{2 if everyday else ABBREVIATION_GAP}}}"  # (an everyday word: closer)
    return re.compile(gap.join(re.escape(ch) for ch in word))


_FIGURE = re.compile(f"(?:{SPOKEN_MONEY.pattern}){ABOUT_AFTER}?|{PERCENT.pattern}")  # (with 出头, 左右: the figure's)


def content_terms(text: str) -> list[str]:
    """Distinct whole words of a question that say what it is about (高新技术企业 stays one term, so
    its parts cannot vouch for a clause that lacks it): not its figures (2500, 万元), not single
    characters (厂, 钱: too weak to decide that a clause is or is not about it). A sum or a percentage
    is cut out whole first, so its unit does not join the next word (2000万涨了 -> 万涨)."""
    return useful_terms(words(_FIGURE.sub("，", expand_abbreviations(text))))


def query_tokens(text: str) -> list[str]:
    """Search-mode tokens (compounds and their parts) of a question, for BM25 recall."""
    return useful_terms(tokenize(expand_abbreviations(text)))


def useful_terms(tokens: list[str]) -> list[str]:
    return list(dict.fromkeys(t.lower() for t in tokens  # (两万五: a figure, not a topic)
                              if TOKEN.search(t) and t.lower() not in STOPWORDS and not _NUMBER.match(t)
                              and len(t) > 1 and cn_number(t) is None and not _COUNTED.fullmatch(t)))


def same_sound(a: str, b: str) -> bool:
    from pypinyin import lazy_pinyin

    return a != b and lazy_pinyin(a) == lazy_pinyin(b)


@functools.cache
def policy_terms() -> frozenset[str]:
    return frozenset(line.split()[0] for line in USER_DICT.read_text(encoding="utf-8").splitlines() if line.strip())




def straddles(word: str, text: str, known: Callable[[str], int] | None = None) -> bool:
    """Whether `word`, wherever it stands in `text`, has an edge character that forms with the character
    beside it a word at least as common as `word` itself (另外交: 另外 over 外交; 报上去: 上去 over 报上; not
    服装出口: 装出 is rarer than 出口), or, given `known` (how often a library uses a word), instead a word the
    library uses (二手机床: 二手): it may be a mis-cut."""
    own = general_frequency(word)
    for at in (m.start() for m in re.finditer(re.escape(word), text)):
        before, after = text[at - 1 : at], text[at + len(word) : at + len(word) + 1]
        joined = [before + word[0]] if before else []
        joined += [word[-1] + after] if after else []
        if any(known(j) > 0 if known is not None else general_frequency(j) >= max(own, 1) for j in joined):
            return True
    return False


@functools.lru_cache(maxsize=65536)
def fragment(word: str) -> bool:
    """Whether a two-character word is two single characters to jieba's tagger, one of them a function
    word (但税: 但 + 税; 评了: 评 + 了): a segmenter's guess at a word the dictionary does not hold."""
    parts = _posseg().lcut(word)
    return len(word) == 2 and len(parts) == 2 and any(flag.startswith(FUNCTION_TAGS) for _, flag in parts)


def general_frequency(word: str) -> int:
    """How common a word is in general Chinese (jieba's dictionary frequency; 0 when unknown)."""
    return int(_jieba().FREQ.get(word, 0))


def word_pairs(text: str) -> set[str]:
    """The two-character pieces inside the words of a text (专精特新 -> 专精, 精特, 特新; 认定为 -> 认定,
    定为), never across two words or a number: how much two item names share, without trusting jieba
    to know the whole name."""
    return {w[i : i + 2] for w in words(text) if _HAN.fullmatch(w) for i in range(len(w) - 1)}


def is_number(token: str) -> bool:
    return bool(_NUMBER.match(token))


@functools.cache
def known_places() -> frozenset[str]:
    """Provinces and cities (places.txt): a question naming one no document mentions is about elsewhere."""
    lines = PLACES.read_text(encoding="utf-8").splitlines()
    return frozenset(w for line in lines if not line.startswith("#") for w in line.split())
