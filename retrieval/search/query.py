"""The question, analysed once: every later stage reads this `Query`, none re-parses the raw string."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

from retrieval.documents.normalise import simplified
from retrieval.lexicon.patterns import (
    ANOTHER_MATTER,
    ANY_LEVEL,
    ASKED_EVENTS,
    ASKING_PART,
    ASPECTS,
    AWARDED,
    BREACH_ASKED,
    CEILING_ASKED,
    CLAUSE_PART,
    CN_NUMERAL,
    COST_ASKED,
    COUNT_NUMBER,
    COUNTED_ASKED,
    COUNTERS,
    DENIED_PART,
    DESIGNATING_LEVEL,
    DOC_TYPES,
    DOCUMENT_OF_LEVEL,
    DRAFT_WORDS,
    EACH_TIER,
    ENTERPRISE_TYPES,
    ENTERPRISE_YEAR,
    FIGURE_ASKED,
    FIRST_PERSON,
    FUND_OF_LEVEL,
    GENERIC_PAIRS,
    GOVERNMENT_OF_LEVEL,
    GRADE_CLASS,
    GRANT_WORDS,
    HONOUR_MARKS,
    HOW_MUCH,
    IN_TIME,
    INTO_FIGURE,
    LEVEL_NAMES,
    LIST_SEPARATOR,
    LONG_STANDING,
    NAMES_DOCUMENT,
    NOT_ASKED,
    NUMBER,
    ORG_SUFFIX,
    OTHER_POLICY_SPOKEN,
    OWN_DATE,
    PAID_SPOKEN,
    PAPERS_ASKED,
    PAYER_ASKED,
    PERIOD,
    PHONE,
    PLACE_SUFFIX_ALIASES,
    PLACE_SUFFIXES,
    QUANTITY_UNIT,
    QUESTION_PHRASE,
    REACH_ASKED,
    RECOGNITION_ASKED,
    RELIEF_ASKED,
    RISEN,
    SPAN_END_WORDS,
    SPLIT_ASKED,
    SPOKEN_LEVELS,
    SPOKEN_ONLY_AS_GRANTOR,
    STACKING_ASKED,
    STILL_COUNTS,
    SUPPORT_WORDS,
    SUPPOSED_OR_MEANT,
    TAX_OF_GRANT_ASKED,
    TIME_QUESTION,
    TOTAL_ASKED,
    USE_ASKED,
    WHERE_TO_APPLY,
    WHO_ASKED,
    event_date,
    levels_in,
    local_number,
    place_of,
    round_year,
    spoken_sums,
    strip_levels,
    time_asked_of,
    without_standing,
)
from retrieval.lexicon.tokenizer import (
    COMMON_VERB,
    FUNCTION_TAGS,
    GENERAL_WORD,
    expand_abbreviations,
    function_word,
    general_frequency,
    is_phrase,
    is_verb,
    known_places,
    names_a_thing,
    place_names,
    query_tokens,
    tagged,
    tokenize,
    word_pairs,
    word_starts,
    words,
)
from retrieval.search.figures import ALL_TIERS_ASKED, RECEIVED, Facts, read_facts
from retrieval.store.derived import derived
from retrieval.store.index import SearchIndex

__all__ = ["Query", "analyse", "question_parts", "listed_measures", "governments_spoken", "part_asks", "asked_topic",
           "names_a_kind", "named_units", "check_question", "parse_history", "resolve_followup", "without_governments",
           "simplified", "asks_for_money", "asks_for_draft", "other_places", "CONTROL", "SPEAKER", "trade_of",
           "fits_industry", "DOCUMENT_NAMED", "names_title", "FOLLOWUP_END", "asks_without_topic", "asks_yes_or_no"]

# Control, zero-width and direction characters, and lone surrogates: removed from every question.
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u200b-\u200f\u2028\u2029\ufeff\u202a-\u202e\u2066-\u2069\u061c"
                     r"\ud800-\udfff]")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# (money given back counts too; a grant asked yes or no in one character: 有额外的奖不, 补不补)
# (补多少, 奖几万, 也给五万吗, 能追加多少, 每月发多少 — not 研发多少项专利, 新增加多少个岗位, 加多少分, 发多少份)
_MONEY_QUESTION = re.compile(f"{GRANT_WORDS}|奖金|配套|给钱|多少钱|(?:[补奖给拿]|(?<![研开出])发|(?<![增参])加)多少"
                             r"(?![份分项个件人次天])|能拿|能领"
                             r"|有没有钱|有钱|钱拿|给不给钱|票子|减免|返还|退还|几个钱"
                             r"|几[十百千]?(?:万|千|百)(?:块|元)?(?![人平亩吨台件套个次家名户])|几[十百千]?块钱?"
                             # 是不是至少也给5万 (not 已补10万, 已经补了: received)
                             rf"|(?<![已曾过])(?<!已经)[补奖给]个?(?:{NUMBER}|{CN_NUMERAL})\s*(?:万|千|元|块)"
                             r"|有[^，,。；;？?！!哪什啥]{0,4}[奖补](?:不|吗|么|没|呢)|[奖补]不[奖补]"
                             # 按什么标准奖: by what rule, how much (not 按什么标准给分, 发证, 补充材料)
                             r"|(?:什么|啥)标准(?:奖|补(?![充录办交正])|给(?!分)|发(?![证文报]))"
                             # 县里怎么补: how it is paid (not 怎么补报材料)
                             r"|(?:怎么|咋)(?:奖|补(?![充录办交正报]))")
# Getting the money as the goal of what is asked (要经过哪些环节才能拿到钱, 满足啥条件才能领到奖励)
_GOAL = re.compile(rf"才(?:能|可以)?(?:拿|领)(?:得)?到?(?:钱|{GRANT_WORDS}|奖金)?")
_DRAFT_QUESTION = re.compile("|".join((*DRAFT_WORDS, "draft")), re.IGNORECASE)
FOLLOWUP_END = re.compile(r"呢[？?。!！]*$")
# (or goes on with the story the question before told: 后来又升成省级了)
_FOLLOWUP_START = re.compile(r"^(?:那|那么|(?:这|该|此)一?(?:个|项|笔|块|条|类|种)|它|其|还有|另外|如果是|要是|换成"
                             r"|再问|后来(?=又|再|升|评|被|拿|成))")
# 去年拿过这个5万了, 还能再拿一次那10万吗: a sum pointed at, when the previous answer states it (not
# 我们这个2000万的项目)
# (搬到邻省去，这笔补助要退吗: the grant asked before, pointed at by a demonstrative; not 这个省级的奖励, a level's)
_GRANT_POINTED = re.compile(rf"(?:这|(?<!应)该|此)一?(?:笔|个|项|份)?(?:{GRANT_WORDS}|钱|资金)")  # (not 应该补贴)
_POINTS_BACK = re.compile(r"(?:这|那)(?:个|笔|项)?\s*(?P<sum>\d+(?:\.\d+)?\s*[万亿]|[一二两三四五六七八九十]+[万亿])")
# Words of asking, levels and grants: a short question with nothing else names no topic of its own.
# Asking words, levels, grants, times (能补多久), and the one-character verbs of paying (补, 发, 奖, 拨).
_GENERIC = re.compile(f"{LEVEL_NAMES}|{GRANT_WORDS}|{TIME_QUESTION.pattern}|哪个|哪些|哪家|部门|单位|多少|政策|"
                      r"条款|找谁|怎么|如何|什么|可以|能|吗|呢|的|找|办|申请|钱|给|拿|补|发|奖|拨|到账|谁|啥"
                      r"|哪里|哪儿|要去|去哪|需要|应该"  # (要去哪里申请？: where, nothing else)
                      # (比例多少？: a figure of the topic before; not 标准化)
                      r"|比例|金额|额度|上限|封顶|最高|标准(?=是|多少|怎么|咋|呢|吗|有|一样|[？?]|$)")
_TOPIC = re.compile(r"[\u4e00-\u9fff]{2,}")
_TOPIC_PART = re.compile(f"{_GENERIC.pattern}|[不没还再也都就要金付款]")  # what of a word is not its topic (奖金, 拨付)
# what a place named as granting is followed by (枫岭高新区奖励多少, 那边能给多少; not 补充规定)
_PAYS = rf"(?:的|里的?|[这那]边的?)?(?:能|会|还)?(?:{GRANT_WORDS}|奖|补(?!充)|给)"
# Words of asking, support and kinds of document: what is left of a question without them names its topic.
_NOT_A_TOPIC = re.compile(f"{_GENERIC.pattern}|{SUPPORT_WORDS}|{DOC_TYPES}|有|我们|企业|公司|做|是|[^\u4e00-\u9fff]")
_PLACE_SHAPE = re.compile(r"([\u4e00-\u9fff]{2})[省市县镇]")
_WORD_PART = 50  # jieba frequency from which two characters are a word of their own
# the commonest verbs of all (是 有 到 来 要 去 可 能 会 …: auxiliaries and verbs of motion), said between any words
_COMMONEST_VERB = 50000
_NOT_A_NAME = "本全该各外我咱贵此每某这那省市县镇区"  # 本市, 全县, 各镇 …: a place in general, not a name
_PARTICLES = set("的了着过吗呢是")  # 牵头的是市工信局: a particle is in no place's name
# 这一轮市技改补助: a count of rounds, batches or times (一轮, 两批) is no place's name (六安市, 九江市 are); nor is a
# doubled verb (想问问县财政局, 看看市里)
_ROUNDS = re.compile(r"[一二两三四五六七八九十几][轮次批期届]")
# 省里的瞪羚 / 被省里评为 / 市里认定的: the level of an honour, not whose measures are asked about.
_HONOUR_OF = re.compile(rf"([省市县区])里(?=的(?!{GRANT_WORDS}|政策|标准|钱)|评|认定|认|批)"
                        # 省政府质量奖: an award's name
                        r"|([省市县区])政府(?![有给对发拿能会])(?=[\u4e00-\u9fff]{1,4}奖(?!励|补|金|多|几))")
# 在区里交税 / 在县里办厂: where the enterprise acts, not whose measures are asked about
# 高新区企业…, 刚落户青禾经开区的…企业: where the asker is
_ACTS_IN = re.compile(r"在[省市县区镇]里(?=[^，,。？?]{0,3}(?:交|纳|缴|办厂|注册|落户|经营|生产|租))"
                      r"|(?:开发区|高新区|经开区)(?=的?(?:企业|公司|厂))"
                      r"|(?<![如若要假想算备划])(?:落户|入驻|搬到|迁到|迁入|位于)[^，,。？?]{0,6}?(?:开发区|高新区|经开区)"
                      # 我是县工信局的: the asker's own unit (not whose measures are asked about)
                      rf"|(?:我|我们|本人)是[^，,。？?]{{0,10}}?{ORG_SUFFIX}的?(?=[，,。？?]|$)")
# (镇上 / 县上 speak of the government; 县上市公司 and 省上规模 do not)
_SPOKEN = re.compile("|".join(SPOKEN_ONLY_AS_GRANTOR.get(w) or re.escape(w) + ("(?![市规])" if w.endswith("上") else "")
                              for w in sorted(SPOKEN_LEVELS, key=len, reverse=True)))
# 纺织服装企业 / 做汽车零部件的 / 生物医药行业的公司: the trade an enterprise is in, as it says it.
# (a name does not begin inside a figure or a date: 措施7月发的, 7月份发的 name no trade 月发, 份发)
_TRADE = re.compile(r"(?:是|做|搞|从事|属于|一家|一个)?(?<![\d月年日号份])(?P<name>[\u4e00-\u9fff]{2,10}?)"
                    r"(?:行业|产业|领域|企业|公司|厂|工厂|的)(?:的?(?:企业|公司|厂))?$")
_MAKES = re.compile(r"(?:做|搞|从事|经营|生产|开)(?P<name>[\u4e00-\u9fff]{2,10}?)(?:的|行业|产业|业务|生意)")
SPEAKER = re.compile(rf"^(?:{FIRST_PERSON}|是|一家|一个|的|家|个)+")
_NOT_TRADE = re.compile(rf"{LEVEL_NAMES}|{ENTERPRISE_TYPES}|{HONOUR_MARKS.pattern}|\d")
# 招了120个人 / 3件专利: a count with its unit is a figure, not a word to cover (个人 is no topic here)
# and so is a span of time (一年交了60万, 第一年租金: the calculation reads it, see figures.one_year) and a
# grade (评A类奖多少: figures.grade)
# (a time said relative to now: 上个月, 明年, 下半年, 年底 — when the asker's event was, not what it is about)
# (not inside a word: 规上年营收, 人才基本年薪, 一年中)
_RELATIVE_TIME = (r"(?<![规基以后之每当一二三四五六七八九十两\d])(?:(?:上|下|这|本|前|去|今|明|后|次)(?:个)?"
                  r"(?:月|年|季度|周)(?!度)|[上下]半年|年[底初末]|月[底初末])")
# (a count in Chinese digits where no word ends in it: 、两个博士, 招了三名 — not 统一个人)
_COUNTED = re.compile(rf"{PERIOD}|{_RELATIVE_TIME}"
                      rf"|(?:\d+(?:\.\d+)?|(?:(?<![\u4e00-\u9fff])|(?<=[了招引进有]))[一两二三四五六七八九十])"
                      rf"\s*个?{QUANTITY_UNIT}(?![目才员次数])|{GRADE_CLASS.pattern}")
# Whether it still counts, as spoken (还来得及吗, 赶得上吗, 5月份再交还收吗): asking, no topic; the adverb 还 before a
# word of may or can is cut off the verb before it (交还 is 交 + 还收)
_STILL_ASKED = re.compile(rf"{IN_TIME}|还算|算不算|还(?={IN_TIME}|收|行|能|可以|算|要)")
# 认定为高企奖励多少, 评为智能工厂能拿多少: where the asking starts, the honour's name ends (not inside 智能)
_ASKING_AFTER = re.compile(rf"{GRANT_WORDS}|多少|有没有|(?:能|可以)(?=拿|领|给|报|申|享|奖|补|有)|吗|呢|怎么"
                           rf"|{WHO_ASKED.pattern}|{REACH_ASKED.pattern}|咨询")  # (…平台找谁咨询？: who is asked)
# 区级地方财政贡献2000万, 县级税收: the level of a figure the asker gives, not of an item asked about
_FIGURE_LEVEL = re.compile(rf"(?:{LEVEL_NAMES})(?=(?:年度|地方|的)*(?:财政|税收|贡献|留成|[纳缴交]税)"
                           r"[^，,。？?]{0,8}?[\d一二三四五六七八九十两])")
_SUFFIX_AT = re.compile("|".join(sorted((s for s, _ in PLACE_SUFFIXES), key=len, reverse=True)))


@dataclass(frozen=True)
class Query:
    """What a question asks, decided once. `text` is what is searched: simplified characters, a
    follow-up completed from the history, abbreviations spelled out, typos corrected."""

    asked: str  # as typed, control characters removed
    text: str
    own_words: str = ""  # a follow-up as typed (simplified): it chooses the item first
    levels: tuple[str, ...] = ()  # administrative levels named (the follow-up's own first)
    money: bool = False  # asks how much
    time: bool = False  # asks when or how long
    time_of: tuple[str, ...] = ()  # of what: payment, application, validity, publicity (patterns.TIME_EVENTS)
    aspects: tuple[str, ...] = ()  # what else it asks for: materials, procedure, contact, time, conditions
    draft: bool = False  # asks about a draft
    terms: tuple[str, ...] = ()  # what it is about, for coverage (see BM25.question_terms)
    tokens: tuple[str, ...] = ()  # search tokens, for BM25
    elsewhere: tuple[str, ...] = ()  # places named that no document is from or mentions
    places: tuple[str, ...] = ()  # the library's jurisdictions the question names (枫岭市, 溪桐县 …)
    granting_places: tuple[str, ...] = ()  # those named as granting (枫岭高新区奖励多少), not as where the asker is
    issuer_levels: tuple[str, ...] = ()  # whose measures, said in words: 省里 -> province, 县里 -> county
    issuer_words: tuple[str, ...] = ()  # the words that said it (县里, 区里): a county's or a district's
    granted_by: tuple[str, ...] = ()  # levels spoken of as having granted already (省里的奖励也拿过), not asked
    round_year: str = ""  # the year's round of applications asked about: 2025年度专精特新啥时候报 -> 2025
    industry: str = ""  # the asker's trade, as it says it: 我们是纺织服装企业 -> 纺织服装
    who: bool = False  # asks which unit is responsible (哪个部门负责, 钱谁拨)
    reach: bool = False  # asks for a phone number or a contact person (电话多少, 联系人是谁)
    recognition: bool = False  # asks how an honour is recognised (高企认定需要什么条件)
    relief: bool = False  # asks the rate or sum of a tax relief (加计扣除按多少比例扣, 留抵退税能退多少)
    taxed: bool = False  # asks whether a grant is itself taxed (这笔奖励要不要交企业所得税)
    use: bool = False  # asks what a grant may be spent on (这笔钱能不能拿去还贷款)
    payer: bool = False  # asks who pays the money out (钱是哪个部门拨的, 奖励最后谁兑付到企业)
    cost: bool = False  # asks who bears the cost (这钱谁出, 市县怎么分): a split of it answers, as who pays it out does
    repealed: tuple[str, ...] = ()  # titles of repealed documents asked about (2019年那个老的暂行办法里)
    where_to_apply: bool = False  # asks where an application is first handed in (第一步找谁, 去哪里递申请)
    stacking: bool = False  # asks whether a grant stacks on another (市里已经给过了，镇里的还能再拿吗)
    ceiling_asked: bool = False  # asks the most one enterprise may get in a year (一家企业一年最多能拿多少)
    breach: bool = False  # asks what follows a breach or a later change (材料有假会咋处理, 搬走了要退吗)
    other_policy: bool = False  # speaks of another policy than the one asked about (区里另一个文件也有奖励)
    counted: str = ""  # what it asks counts in a rule's figure (二手设备能不能算进设备投资额 -> 二手设备能不能)
    facts: Facts = Facts()  # figures the asker gives about itself (设备投资2000万, 营收刚过5个亿, 120个人)
    honours: tuple[str, ...] = ()  # words no document uses in an honour held (被评为省级5G全连接工厂: 5g, 连接)
    held: tuple[str, ...] = ()  # the honours the asker says it holds, as it names them (新评上国家级绿色供应链管理企业)
    added: tuple[str, ...] = ()  # a follow-up's own terms when it names a thing no document names (那首版次软件呢)
    told: tuple[str, ...] = ()  # words no document uses, only in parts that ask nothing: the asker's account (_told)
    risen: tuple[str, ...] = ()  # (level now, level before): 前年评上市级，今年升成省级 -> (省级, 市级)
    levels_before: tuple[str, ...] = ()  # the levels the history's questions named (of a follow-up)
    follows: str = ""  # of a question asked after others, the document the one before was answered from (Assistant)
    dated: bool = False  # gives the date of its own event and asks whether it still counts (2022年11月评上的，还能报吗)
    when: tuple[int, int] | None = None  # the span of days of its own event (2025年3月竣工 -> (20250301, 20250331))
    documents: tuple[str, ...] = ()  # the library's documents it names by full title or by number (按《…实施细则》)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        return {k: list(v) if isinstance(v, tuple) else v for k, v in data.items()}


MAX_PARTS = 4  # questions answered one by one in one message
# One message, several questions: pieces that end in ？ or ；, or that open another matter after a comma.
_PIECE = re.compile(r"[^？?；;]+[？?；;]?")
_ANOTHER = re.compile(rf"[，,]\s*(?={ANOTHER_MATTER})")
# another honour or act told after the first, when the question asks of them together: a part that opens on 还 / 又
# / 也 before what it tells (，还新建了…, 同一年又新买了, 同时还参与制定了, 今年还获批了), not 还能 / 还要, which ask
_ANOTHER_ACT = re.compile(rf"[，,]\s*(?=(?:{ANOTHER_MATTER})|[^，,还又也]{{0,4}}?(?:还|又|也)"
                          r"(?!能|可以?|会|要|需|得|是|有没有|算))")
_OPENING = re.compile(rf"^(?:{ANOTHER_MATTER})?[，,\s]*")  # 另外…: the part as asked, without the opening
_CHINESE = re.compile(r"[\u4e00-\u9fff]")
# Words that point back at the pieces (这两块分别, 这几项各自): each part asks of its own piece.
_BACK_REFERENCE = re.compile(rf"(?:这|那)?(?:{COUNT_NUMBER}|几)(?:项|块|样|个|种)(?:奖励|补贴|政策)?|分别|各自")
# a comma between two asks of how much, each ending its part (…补多少，…又补多少): a question mark
# (not before a total, the pieces pointed back at or whether they stack: 省级奖多少，国家级奖多少，一共多少 / 这两项
# 分别多少 / 设备补多少，贴息补多少，能同时享受吗)
_TWO_SUMS_ASKED = re.compile(rf"(?<=多少)(?<!是多少)[，,](?![^？?]*?(?:{TOTAL_ASKED.pattern}|{_BACK_REFERENCE.pattern}"
                             rf"|{STACKING_ASKED.pattern}))(?=[^，,。；;？?]*?多少)")
_ASKS = re.compile(rf"{QUESTION_PHRASE.pattern}|{HOW_MUCH.pattern}|[？?吗呢]$")


def question_parts(text: str) -> list[str]:
    """The questions one message asks, in order (博士有啥补贴？另外A类能奖多少？ -> two). A piece that asks
    nothing (生产设备投了2500万；另外…市级专精特新，这两块分别能拿多少？) takes the last piece's
    question (这两块分别能拿多少？). A message of one piece, or of more than MAX_PARTS, is [text]."""
    # 刚评上省级专精特新，还新建了一个市级工程技术研究中心，这两样分别奖多少: each honour told, asked how much of
    # together (not 既想拿设备补助，又想申请贴息，两个能一起报吗: whether they stack is one question)
    text = _TWO_SUMS_ASKED.sub("？", text)  # 境外展会每年最多补多少，境内展会又最多补多少: two questions
    last = re.split(r"[，,。]", text.rstrip("？?；;。 "))[-1]
    told = bool(_BACK_REFERENCE.search(last)) and bool(HOW_MUCH.search(last))
    chunks = [[_OPENING.sub("", piece.strip("，, ")) for piece in _PIECE.findall(chunk) if _CHINESE.search(piece)]
              for chunk in (_ANOTHER_ACT if told else _ANOTHER).split(text)]  # (not OK? or a stray mark)
    if not told:  # 2023年评上省级专精特新，当时拿过市里给的15万奖励；2025年又升成国家级…还能拿多少: a piece that
        # tells what the asker already received, asking nothing, is its account of what is asked next in its chunk
        # (not across 另外, which opens another matter)
        for pieces in chunks:
            for n in range(len(pieces) - 1, 0, -1):
                if read_facts(pieces[n - 1]).received and not _ASKS.search(pieces[n - 1].rstrip("；;")):
                    pieces[n - 1:n + 1] = [f"{pieces[n - 1].rstrip('；;')}，{pieces[n]}"]
    pieces = [piece for chunk in chunks for piece in chunk]
    if not 2 <= len(pieces) <= MAX_PARTS or not _ASKS.search(pieces[-1].rstrip("；;")):
        return [text]  # more is a text, not a list of questions (each part costs a search); a last piece
        # that asks nothing has no question to lend
    tail = re.split(r"[，,。]", pieces[-1])[-1]
    question = _BACK_REFERENCE.sub("", tail)  # 这两项分别 -> (each its own)
    if told and pieces[-1] == tail and len(pieces) > 2:  # …；这两项加起来能拿多少？: a question only, lent to each
        pieces.pop()
    elif told:  # (the last item told asks of itself alone too: not 这两项 of one item)
        pieces[-1] = pieces[-1][: len(pieces[-1]) - len(tail)] + question
    return [piece if _ASKS.search(piece.rstrip("；;")) else f"{piece.rstrip('；;')}，{question}" for piece in pieces]


# Measures named one after another by their names, each ending in a word of granting (纳税贡献奖、纳税增长奖和技改投入奖
# 加起来; 小升规奖励和技改投入奖两项; 设备补助和贷款贴息分别), before a total or each asked
# (no separator inside a name: one way only to cut a list)
# (or named bare before the last, whose word of granting they share: 小升规加上营收过亿的奖励，一共)
_MEASURE_NAME = r"(?:(?![、和及与跟])[\u4e00-\u9fff]){1,10}?(?:奖励|奖补|补助|补贴|资助|贴息|奖)"
_BARE_NAME = r"(?:(?![、和及与跟加])[\u4e00-\u9fff]){2,10}?"
_LIST_ASKED = (r"\s*(?:这|这些)?(?:[两二三四五六几]\s*[项个样块])?(?:奖励|补助)?\s*"
               r"(?:加起来|加一起|加在一起|加一块儿?|合起来|一共|总共|合计|分别)")
_ADDED_TO = rf"(?:{LIST_SEPARATOR}|\s*(?:再?加上|外加)\s*)"  # (技改补助加上贷款贴息)
_ADDED_ON = r"\s*(?:再?加上|外加)\s*"  # (a bare name only before these: not 一期和二期的设备补助)
_NAME = rf"(?:{_MEASURE_NAME}{_ADDED_TO}|{_BARE_NAME}{_ADDED_ON})"
_LISTED_MEASURES = re.compile(rf"(?P<list>{_NAME}+?{_MEASURE_NAME})(?=[，,]?{_LIST_ASKED})")


MAX_LISTED_TEXT = 400  # (a list is read in a question's first 400 characters)


def listed_measures(text: str) -> list[str]:
    """纳税贡献奖、纳税增长奖和技改投入奖加起来能拿多少 -> one question of each measure named (…纳税贡献奖加起来能拿
    多少, …纳税增长奖…), whose words before the first name (镇里, 白沙镇的) stand before each; [] when no such list."""
    m = _LISTED_MEASURES.search(text[:MAX_LISTED_TEXT])
    # (a sum asked: not 合计不能超过多少, a cap on them together)
    if not m or not HOW_MUCH.search(text[m.end():]) or re.match(rf"{_LIST_ASKED}[^？?]{{0,6}}(?:超过|上限|封顶)",
                                                                   text[m.end():]):
        return []
    names = re.split(_ADDED_TO, m.group("list"))
    if any(not re.sub(rf"{GRANT_WORDS}|奖|的", "", strip_levels(name)).strip() for name in names):
        return []  # (省级和国家级的奖励一共: levels of one measure, not measures)
    # a place before the first name (白沙镇的, 镇里) is the place of each (not 首次入规的, a case of the first)
    lead = re.match(rf"^(?:[^的]*[省市县区镇乡]的|{_SPOKEN.pattern})", names[0])
    prefix = lead.group() if lead and len(names[0]) - lead.end() >= 2 else ""
    rest = re.sub(rf"^[，,]?{_LIST_ASKED}", "", text[m.end():])  # (each asked alone: not 这两项加起来, nor 分别)
    return [text[: m.start()] + (name if n == 0 or name.startswith(prefix) else prefix + name) + rest
            for n, name in enumerate(names)]


def _fund_issuers(text: str) -> tuple[str, ...]:
    """Whose fund or document a text names (省级制造业高质量发展专项资金, 市技改专项, 省级申报指南: the province's,
    the city's)."""
    named = [*FUND_OF_LEVEL.finditer(text), *DOCUMENT_OF_LEVEL.finditer(text)]
    return tuple(dict.fromkeys(GOVERNMENT_OF_LEVEL[level] for m in named
                               for level in levels_in(m.group())[:1] if level in GOVERNMENT_OF_LEVEL))


def _unit_issuers(index: SearchIndex, text: str) -> tuple[str, ...]:
    """Whose measures a text asks of by naming a unit of the library with its level (归市工信局哪个科室管: the
    city's)."""
    # (市工业和信息化局: 市级, its first word 市; not 市场监管局, whose first word is 市场)
    levels = (levels_in(unit[0] + "级")[:1] for unit in named_units(index, text)
              if tokenize(expand_abbreviations(unit))[:1] == [unit[0]])
    return tuple(dict.fromkeys(GOVERNMENT_OF_LEVEL[level[0]] for level in levels
                               if level and level[0] in GOVERNMENT_OF_LEVEL))


# The asker saying it works for a government (我是县工信局的, 我是江澜省下面一个县的工信局的): its first part.
_OFFICER = re.compile(r"^\s*(?:我|我们)是[^，,。？?]{0,16}?(?P<level>[省市县区镇乡])(?!级)[^，,。？?省市县区镇乡]{0,8}?"
                      r"(?:局|厅|委|办|中心|政府|管委会)的?(?=[，,。])")


def _documents_named(index: SearchIndex, text: str) -> tuple[str, ...]:
    """The documents a question names by their whole title or their number (按《云山县促进制造业高质量发展实施
    细则》, 云府规〔2024〕3号里): theirs are the measures asked."""
    plain = re.sub(r"\s", "", text)
    return tuple(doc_id for doc_id, title, number in derived(index, "document names", _document_names)
                 if title and title in plain or number and number.search(plain))


def _document_names(index: SearchIndex) -> list[tuple[str, str, re.Pattern[str] | None]]:
    """Each document's id, its title as a question's text reads it (simplified, abbreviations expanded; "" when too
    short to name it) and its number as a pattern (not inside a longer one: 〔2024〕3号 of 〔2024〕30号); worked out
    once an index."""
    return [(d.doc_id, expand_abbreviations(simplified(d.title)) if len(d.title) >= 6 else "",
             re.compile(re.escape(simplified(re.sub(r"\s", "", d.doc_number))) + r"(?!\d)") if d.doc_number else None)
            for d in index.documents.values()]


def _offered(index: SearchIndex, text: str) -> set[str]:
    """The governments a question offers as alternatives, asking which (是去开发区管委会报还是去县工信局报): spoken
    (开发区, 管委会) in a part with 还是 that names two levels or more, with a unit's (县工信局); none is whose
    measures are asked."""
    offered: set[str] = set()
    for part in CLAUSE_PART.finditer(text):
        if "还是" in part.group():
            spoken = governments_spoken(part.group())
            if len({SPOKEN_LEVELS[w] for w in spoken} | set(_unit_issuers(index, part.group()))) >= 2:
                offered.update(spoken)
    return offered


def _levels_said(index: SearchIndex, text: str) -> tuple[str, ...]:
    """The levels a question's own words name, places and the spoken 省里 / 县里 aside (岱川省国家级…: 国家级)."""
    return _levels_asked(_SPOKEN.sub("", named_places(index, text)[1]))


def _levels_asked(text: str) -> tuple[str, ...]:
    """The levels a text names; a fund's level (省制造业专项) only when no other level is named (国家级数字化车间，
    省制造业专项给多少 asks of 国家级; 拿到市里的专项资金，县里配套吗 of the 市级 fund); a document's (省级申报指南)
    never, nor a level that designates (省定欠发达县: DESIGNATING_LEVEL)."""
    text = DESIGNATING_LEVEL.sub(" ", DOCUMENT_OF_LEVEL.sub(" ", text))
    return tuple(levels_in(FUND_OF_LEVEL.sub(" ", text)) or levels_in(text))


def analyse(index: SearchIndex, question: object, history: list[tuple[str, str]] | None = None,
            max_chars: int = 500, borrow: bool = True) -> Query:
    """Check and analyse a question against the library being served (ValueError for bad input). A question asked
    after others that names no thing of its own asks of the topic before it, unless `borrow` is false (a part of a
    message, which its parts decide: see Assistant)."""
    asked = check_question(question, max_chars)
    # The question a follow-up borrows is capped like any question: a history is user input too.
    history = [(CONTROL.sub(" ", q)[:max_chars], a) for q, a in history or []]
    followup = resolve_followup(asked, history)
    if borrow and history and followup == asked and _names_nothing(index, asked, history[-1][0], max_chars):
        followup = resolve_followup(asked, history, topicless=True)
    text = written_counts(simplified(followup))
    text = index.keywords.fix_typos(expand_abbreviations(text))
    own_words = written_counts(simplified(asked)) if history else ""
    places, unnamed = named_places(index, text)
    # 省里的瞪羚 is an honour of the provincial level; 省里给多少 asks what the province pays.
    levelled = derived(index, "levelled item pairs", _levelled_pairs)
    unnamed = _HONOUR_OF.sub(lambda m: _level_of_honour(m, levelled), unnamed)
    issuer_words, granted_by = _issuer_words(_ACTS_IN.sub(" ", unnamed), places)
    offered = _offered(index, unnamed)
    # (我是县工信局的，…县里收到申请后要怎么走: a government the asker works for is its own steps, not whose measures)
    own = _OFFICER.match(unnamed)
    official = {dict(PLACE_SUFFIXES)[own.group("level")]} if own else set()
    issuer_words = tuple(w for w in issuer_words if w not in offered and SPOKEN_LEVELS[w] not in official)
    issuer_levels = tuple(dict.fromkeys(SPOKEN_LEVELS[word] for word in issuer_words)) or _fund_issuers(unnamed) \
        or (() if offered else tuple(u for u in _unit_issuers(index, unnamed[own.end():] if own else unnamed)
                                     if u not in official))
    # An honour's level (省级专精特新) is read with the places and the spoken 省里/县里 taken out.
    # (a space: 小升规镇上给多少 is not cut as 小升 规给; 园区 stays: the zone's own documents write it, 园区财政分局,
    # 园区标准厂房, as a word of what they are about)
    without = _SPOKEN.sub(lambda m: m.group() if m.group() in SPOKEN_ONLY_AS_GRANTOR else " ", unnamed)
    # What kind of answer is wanted: a follow-up that asks for a kind of its own (那钱啥时候能到账？)
    # asks only that; one that does not (那省级的呢？) asks what the question it borrows from asked.
    asking = own_words if own_words and names_a_kind(expand_abbreviations(own_words)) else text
    asking = _GOAL.sub(" ", asking)  # 要经过哪些环节才能拿到钱: the goal of the steps asked, not a sum nor a bar
    asking = without_standing(asking)  # (证书还在有效期内，…有没有奖励: the asker's standing told, no time asked)
    # (500万、1000万两档都能拿吗 asks whether the sums add up, not whether the asker may apply)
    # (材料交到哪个单位, 申报材料是哪几个单位审核: a part that asks which unit names papers as what the unit takes,
    # not as the answer asked; 最晚哪天前要交材料: one that asks when names them as what is handed in, not 要交几年的
    # 纳税证明: papers of some years)
    papers = "，".join(part for part in CLAUSE_PART.findall(asking)
                      if not (WHO_ASKED.search(part) or _WHEN_HANDED_IN.search(part)) or PAPERS_ASKED.search(part))
    # (最晚什么时候要把材料交上去: handing in is the event whose time is asked, no step asked for)
    steps = "，".join(_HANDED_UP.sub(" ", part) if _WHEN_HANDED_IN.search(part) and not WHERE_TO_APPLY.search(part)
                     else part for part in CLAUSE_PART.findall(asking))
    aspects = tuple(name for name, asked, _ in ASPECTS if asked.search(ALL_TIERS_ASKED.sub(
        " ", papers if name == "materials" else steps if name == "procedure" else asking)))
    # 2024年3月才竣工投产的，能赶上这次补助吗: whether its own date still counts asks for the conditions
    dated = bool(OWN_DATE.search(text)) and bool(STILL_COUNTS.search(asking))
    if dated and "conditions" not in aspects:
        aspects += ("conditions",)
    # The asker's trade (我们是纺织服装企业) says who asks, not what about: it ranks, but is no term to
    # cover, unless nothing else is asked about (做新能源汽车零部件的，有什么扶持措施: the trade is the topic)
    # or whether the asker may apply is asked (做汽车零部件贸易的，能申请吗: the trade decides).
    industry = next((t for part in CLAUSE_PART.findall(unnamed) if (t := trade_of(index, part))), "")
    if industry and "conditions" not in aspects \
            and _TOPIC.search(_NOT_A_TOPIC.sub("", SPEAKER.sub("", without.replace(industry, " ")))):
        without = without.replace(industry, " ")
    who = bool(WHO_ASKED.search(asking))
    priced = REACH_ASKED.sub(" ", asking)  # 电话是多少 asks for a number, not a sum
    time_of = time_asked_of(asking)
    # a place or 县里 named has done its work; words that only ask (哪天, 能报吗, 一共) are no topic
    # (区里别的产业政策也奖30万，这两个能叠加拿吗: another policy spoken of, and grants asked to stack, name no topic:
    # the clause that rules on stacking says it in its own words; nor does the asker's long standing, 落户好多年了)
    # (nor do the enterprise and the year of a ceiling asked, 每家企业每年最多)
    topical = CEILING_ASKED.sub(_whom_and_when_only, without)
    terms = index.keywords.question_terms(_COUNTED.sub(" ", QUESTION_PHRASE.sub(" ", TOTAL_ASKED.sub(
        " ", _STILL_ASKED.sub(" ", EACH_TIER.sub(" ", _without_events(
            _OTHER_POLICY_MARK.sub(" ", STACKING_ASKED.sub(_marker_only, COST_ASKED.sub(" ", LONG_STANDING.sub(
                _standing_only, topical)))),
            time_of)))))))
    # a phone number quoted (0571-86213457是哪个部门的) is what the clause must hold, however it is tokenized or its
    # area code written: its own digits (86213457)
    terms += [n for n in (local_number(m.group()) for m in PHONE.finditer(text)) if n not in terms]
    held = _honour_names(without)
    # (这笔钱能不能拿去还贷款 asks what money may be spent on, not how much; 专利能拿来申报吗 asks no such thing)
    use = any(USE_ASKED.search(p) and PAID_SPOKEN.search(p) for p in CLAUSE_PART.findall(asking))
    # (这钱谁出, 市县怎么分: who bears the cost is asked of whoever pays; not 县里出多少, a share of the sum)
    own_parts = CLAUSE_PART.findall(own_words or text)
    cost = any(COST_ASKED.search(p) and not HOW_MUCH.search(p) or SPLIT_ASKED.search(p) for p in own_parts)
    payer = cost or any(PAYER_ASKED.search(p) and PAID_SPOKEN.search(p) for p in own_parts)
    priced = USE_ASKED.sub(" ", priced)
    # (这个措施奖30万，区里另一个文件也有奖励，两边能都拿吗: a sum told in a part that asks nothing is no sum asked)
    asked_parts = "".join(p for p in _MARKED_PART.findall(priced) if part_asks(p) or not spoken_sums(p))
    # (省级专精特新奖励是20万，对不对: the parts that ask name no money, the sum told is what is asked about)
    priced = asked_parts if asks_for_money(asked_parts) else priced
    # 奖励 in 研发奖励什么时候截止 names the measure; the question asks how much only when it says so or asks
    # for nothing else
    # (已经拿了中央的钱，还能再去申请技改补助吗 asks whether grants stack, not how much)
    # (a follow-up's own words: 那银行贷款贴息能一块儿拿不 after 设备投资2000万能补多少)
    stacking = bool(STACKING_ASKED.search(own_words or asking)) and not HOW_MUCH.search(own_words or asking)
    # (材料有假会咋处理, 搬走了这笔补助要退吗: no sum asked, whatever the question before asked)
    breach = bool(BREACH_ASKED.search(own_words or asking)) and not HOW_MUCH.search(own_words or asking)
    money = asks_for_money(priced) and not breach and (not (aspects or who or use or payer or stacking)
                                                       or bool(HOW_MUCH.search(priced)))
    facts = read_facts(text).told_again(read_facts(own_words)) if own_words and text != own_words else read_facts(text)
    return Query(
        asked=asked,
        text=text,
        own_words=own_words,
        documents=_documents_named(index, text),
        levels=_levels_said(index, own_words)
        # 省级的（不是国家级的）: 省级; 没评上省重点技改项目: none
        or _levels_asked(_FIGURE_LEVEL.sub(" ", DENIED_PART.sub(" ", NOT_ASKED.sub(" ", without)))),
        money=money,
        time=bool(TIME_QUESTION.search(asking)),
        time_of=time_of,
        aspects=aspects,
        draft=asks_for_draft(text),
        terms=tuple(terms),
        tokens=tuple(query_tokens(text.replace(industry, " ") if industry else text)),
        elsewhere=tuple(other_places(index, text) + _namesakes(index, text)) if not places else (),
        places=places,
        granting_places=tuple(p for p in places if any(re.search(rf"{re.escape(name)}{_PAYS}", text)
                                                       for name in _place_names(p))),
        issuer_levels=issuer_levels,
        issuer_words=issuer_words,
        granted_by=granted_by,
        round_year=round_year(text),
        industry=industry,
        who=who,
        reach=bool(REACH_ASKED.search(asking)),
        recognition=bool(RECOGNITION_ASKED.search(asking)),
        # (加计扣除的补助比例多少 asks a grant's rate: not in a part that names a grant, nor a voucher's, 服务券最多能
        # 抵多少, which offsets a fee)
        relief=any(RELIEF_ASKED.search(p) and not re.search(rf"{GRANT_WORDS}|券", p)
                   for p in CLAUSE_PART.findall(asking)),
        taxed=bool(TAX_OF_GRANT_ASKED.search(asking)),
        use=use,
        payer=payer,
        cost=cost,
        repealed=repealed_asked(index, text),
        where_to_apply=bool(WHERE_TO_APPLY.search(asking)),
        stacking=stacking,
        ceiling_asked=money and bool(CEILING_ASKED.search(own_words or asking)),
        breach=breach,
        other_policy=bool(OTHER_POLICY_SPOKEN.search(text)),
        counted=_counted(asking),
        facts=facts,
        honours=_unknown_in_honours(index, terms, held),
        told=_told(index, text, terms, (*held, industry)),
        added=() if "conditions" in aspects else _added(index, terms, own_words, history),
        held=held,
        risen=_risen(without, [q for q, _ in history], facts.received is not None),
        dated=dated,
        when=event_date(text),
        levels_before=_levels_said(index, " ".join(simplified(q) for q, _ in history)),
    )


def _read_before(index: SearchIndex, question: str) -> str:
    """The question before a follow-up as its words are compared with it: simplified, abbreviations spelled out,
    typos fixed, in lower case."""
    return index.keywords.fix_typos(expand_abbreviations(simplified(str(question)))).lower()


def _names_nothing(index: SearchIndex, question: str, before: str, max_chars: int) -> bool:
    """Whether a question, read alone, names no thing of its own: only acts, times and sums (拿到钱以后还会有人来
    查吗？多久以后？, 县里补了我们60万，镇里能配多少？, 分几年给？), or what the question `before` it names (公示完多久
    能到账 after …公示几天): asked after it, it asks of its topic. A thing is a noun a dictionary knows (二手设备, 纸质
    材料, 医院), or an activity (搬迁, 装修: a verb less common than a common verb), not a grant word nor a level; a
    place, document or trade named is one too."""
    alone = analyse(index, question, max_chars=max_chars, borrow=False)
    if alone.places or alone.documents or alone.industry:
        return False
    said = _read_before(index, before)

    def thing(t: str) -> bool:
        known = bool(index.keywords.df(t)) or general_frequency(t) > 0
        # (an activity of its own words: not 还给, 还 and 给 the segmenter joined)
        named = names_a_thing(t) or is_verb(t) and 0 < general_frequency(t) < COMMON_VERB \
            and len(_TOPIC_PART.sub("", t)) >= 2
        return known and named and not function_word(t) and not re.fullmatch(GRANT_WORDS, t) \
            and not ANY_LEVEL.fullmatch(t) and t not in said

    return not any(thing(t) for t in alone.terms)


def _added(index: SearchIndex, terms: list[str], own_words: str, history: list[tuple[str, str]]) -> tuple[str, ...]:
    """The terms of a follow-up's own words, when it names a thing that neither the question before nor any document
    names (那首版次软件呢，省里奖不奖: 首版次; 那进站的博士后呢: 博士后): what the clause answering it must hold,
    whatever it holds of the question before; none for a follow-up that names a level, a kind of answer, a government
    or things the documents know (那省级的呢, 找哪个部门, 县里又能给多少, 那一家企业一年最多能补多少), nor of one that
    asks whether the asker may apply (不算科技型企业，这个贴息能享受吗: its words are its account)."""
    if not own_words or not history:
        return ()
    own = index.keywords.fix_typos(expand_abbreviations(own_words)).lower()
    plain = own  # (哪个部门, 要交哪些材料: a kind of answer asked, no thing named)
    for asked in (WHO_ASKED, REACH_ASKED, TIME_QUESTION, *(pattern for _, pattern, _ in ASPECTS)):
        plain = asked.sub(" ", plain)
    before = _read_before(index, history[-1][0])
    # (a thing: a noun, or a word ending in one, 首版次, not an act, 发给; not everyday language, 全都, 影响, 日子,
    # which jieba also tags as nouns: less common than a common verb)
    if not any(t in plain and t not in before and not index.keywords.df(t) and not function_word(t)
               and (names_a_thing(t, acts=False) or names_a_thing(t[-2:], acts=False))
               and general_frequency(t) < COMMON_VERB
               for t in terms):
        return ()
    return tuple(t for t in terms if t in plain)


_MARKED_PART = re.compile(r"[^，,。；;？?！!]+[，,。；;？?！!]*")  # a part of a spoken sentence with its end mark
# another policy spoken of in words that name no topic (别的产业政策, 另一个文件; not 其他高企政策, whose 高企 is one)
_OTHER_POLICY_MARK = re.compile(r"(?:另一?[个份项]?|别的|其他|其它)(?:的|些)?(?:产业|扶持|优惠|相关|招商)?"
                                r"(?:文件|政策|办法|措施)")
_MARKER_LENGTH = 6  # the longest way of asking whether grants stack said whole (还能再申请, 两个都能拿, 一块儿申请)


def _standing_only(m: re.Match[str]) -> str:
    """A LONG_STANDING match without the words of the standing, what the asker tells between them kept (在园区租厂房好
    几年了 -> 租厂房)."""
    return f" {m.group('between') or ''} "


def _whom_and_when_only(m: re.Match[str]) -> str:
    """A CEILING_ASKED match without the enterprise and the year it names (每年每家企业最多: 每家 and 每年 are no topic
    the clause must hold; a ceiling writes 同一企业同一年度)."""
    return ENTERPRISE_YEAR.sub(" ", m.group())


def _marker_only(m: re.Match[str]) -> str:
    """A STACKING_ASKED match as none of the question's topic (叠加拿, 已经领过), unless it holds words of its own
    between its markers (两个专利奖都能拿, 既申报技改补助又申请贴息: 专利, 技改补助 are what is asked of)."""
    return " " if len(m.group()) <= _MARKER_LENGTH else m.group()


def part_asks(part: str) -> bool:
    """Whether a part of a question (with its end mark) asks something: 能不能给补贴保费？, 按多少比例补, 对融资租赁的
    租息有没有补贴 (a verb said, not, and said again: yes or no asked)."""
    return bool(ASKING_PART.search(part) or _A_NOT_A.search(part)) or part.endswith(("？", "?"))


_A_NOT_A = re.compile(r"(?!时不时|动不动)([\u4e00-\u9fff])[不没]\1")  # 有没有, 能不能, 补不补 (not 时不时)


def asked_topic(text: str, terms: Sequence[str]) -> list[str]:
    """The words of `terms` that the parts asking something name, besides function words, grants and levels
    (…今年评上省级专精特新，能申请县里的技术改造补助吗 -> 技术改造): what is asked about, not the asker's account."""
    asking = "".join(p for p in _MARKED_PART.findall(text) if part_asks(p)).lower()
    return [t for t in terms if t in asking and not function_word(t)
            and not (re.fullmatch(GRANT_WORDS, t) or ANY_LEVEL.fullmatch(t))]


def _told(index: SearchIndex, text: str, terms: list[str], topics: tuple[str, ...]) -> tuple[str, ...]:
    """The words no document uses that stand only in the asker's account of its case: parts that ask nothing, speak of
    the asker, its works or what was done (我们从深圳挖来一个研发总监, 厂里招工…一直有难处), and neither suppose nor
    intend (要是人第三年离职了, 想把户口迁过来: what is asked). Only when every word the parts that ask name besides a
    grant or a level is one the documents use (他在高新区买房能补多少钱 is of 买房, which none does; 镇里对企业反映的
    这类问题怎么处理 is not): a question about a thing the documents lack is not answered by leaving out how the asker
    came to it. An honour held (被评为省级5G全连接工厂) and the asker's trade, when still a term (我们是做新能源汽车
    零部件的，有什么扶持措施), are always a topic (`topics`)."""
    parts = [(p, part_asks(p)) for p in _MARKED_PART.findall(text)]
    asking = "".join(p for p, asks in parts if asks).lower()
    telling = "".join(p for p, asks in parts if not asks and not SUPPOSED_OR_MEANT.search(p)
                      and re.search(rf"{FIRST_PERSON}|厂里|厂子|公司里|(?<![为除])了|(?<![超通经])过", p)).lower()
    topic = asked_topic(text, terms)
    if not topic or not all(index.keywords.df(t) for t in topic):
        return ()
    return tuple(t for t in terms if not index.keywords.df(t) and t in telling and t not in asking
                 and not any(t in h.lower() for h in topics if h))


def _unknown_in_honours(index: SearchIndex, terms: tuple[str, ...], held: tuple[str, ...]) -> tuple[str, ...]:
    """The words of the honours held that no document uses (5g and 连接 in 省级5G全连接工厂): names, not the
    asking around them (已经, 的话, 不是) nor a mistyped piece no dictionary knows (技木 for 技术), nor the one
    who holds it (入选省级科技人才计划的博士: the honour ends at 的)."""
    names = [name if len(strip_levels(name := h.split("的")[0]).strip()) >= 2 else h for h in held]  # (国家级的5G工厂)
    return tuple(t for t in terms if not index.keywords.df(t) and not function_word(t)
                 and (t.isascii() or general_frequency(t)) and any(t in h.lower() for h in names))


def governments_spoken(text: str) -> tuple[str, ...]:
    """The governments a text speaks of (县里又能给多少 -> 县里), each once, where the segmenter begins a word (not the
    区里 of 不在县工业园区里)."""
    starts = word_starts(text)
    return tuple(dict.fromkeys(m.group() for m in _SPOKEN.finditer(text) if m.start() in starts))


# 县里加园区的安家补贴一共多少 / 县里和镇里一共能补多少: one thing asked of two governments, their sums added
_GOVERNMENTS_JOINED = re.compile(rf"(?P<a>{_SPOKEN.pattern})的?\s*(?:加上?|和|跟|连同)\s*"
                                 rf"(?P<b>{_SPOKEN.pattern})的?[，,]?")


def each_government(text: str) -> list[str]:
    """A total asked of what two governments pay for one thing (县里加园区的安家补贴一共多少): the question as asked of
    each (县里安家补贴一共多少, 园区安家补贴一共多少: without the 的 that would make 县里的 an honour's level, nor a
    comma after them: 县里加上园区，安家补贴…); [] when it joins no two governments."""
    m = _GOVERNMENTS_JOINED.search(text)
    if not m or SPOKEN_LEVELS[m.group("a")] == SPOKEN_LEVELS[m.group("b")]:
        return []
    parts = [text[: m.start()] + m.group(side) + text[m.end():] for side in ("a", "b")]
    # (each part must still speak of its government: 园区一共多少 alone names none)
    return parts if all(governments_spoken(part) for part in parts) else []


def without_governments(text: str, gap: str = " ") -> str:
    """A text with the governments it speaks of (see governments_spoken) taken out."""
    starts = word_starts(text)
    return _SPOKEN.sub(lambda m: gap if m.start() in starts else m.group(), text)


def _issuer_words(text: str, places: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The spoken levels whose measures are asked (县里, 省里), and those spoken of as having granted already.
    One in a part that says what the enterprise has received (省里的奖励也拿过) speaks of a measure used, when the
    question names another place or level whose measures it asks about (还能再申请澜州市里的奖励吗); alone
    (省里的拿过了，还能再拿吗) it is still the one asked."""
    # (a word the segmenter reads as another's end is none: the 区里 of 不在县工业园区里)
    said = [(word, bool(RECEIVED.search(part.group(0))))
            for part in CLAUSE_PART.finditer(text) for word in governments_spoken(part.group(0))]
    asked = [word for word, received in said if not received]
    if not asked and not places:
        return tuple(dict.fromkeys(word for word, _ in said)), ()
    return tuple(dict.fromkeys(asked)), tuple(dict.fromkeys(w for w, received in said if received and w not in asked))


def _counted(asking: str) -> str:
    """What a question asks counts in a rule's figure: its sentence up to the asking (技改买了一批二手机床，还有从
    关联公司采购的设备，这些能算进设备投资额吗 -> 技改买了…这些能); "" when it asks none (灵芝类药品算不算,
    算不算新能源汽车零部件企业: whether of a class, no figure named)."""
    for m in COUNTED_ASKED.finditer(asking):
        if m.group() == "算不算" and not INTO_FIGURE.match(asking, m.end()):
            continue
        if m.group() in ("包不包括", "含不含"):  # 设备投资额包不包括工业软件: what follows is the thing
            return re.split(r"[，,。；;？?！!吗呢]", asking[m.end():])[0] or m.group()
        start = max(asking.rfind(mark, 0, m.start()) for mark in "。？?！!；;") + 1
        return asking[start : m.start()] or m.group()
    return ""


def _risen(without: str, before: list[str], received: bool = False) -> tuple[str, ...]:
    """(the level now, the level before) when the question says the enterprise's honour rose (前年评上市级，今年
    升成省级了; 今年又评上省级的了 after a question on 市级: the level before is the history's; 是省里的专精特新，拿过
    省里二十万，今年评上国家级小巨人了: with a sum `received`, the level awarded last, of an item said before it, not
    去年拿了市级技改补助50万，今年评上省级专精特新了); () otherwise."""
    rose = RISEN.search(without)
    if not rose and received and (last := next(reversed([*AWARDED.finditer(without)]), None)):
        after = CLAUSE_PART.match(without, last.end())
        item = re.sub(r"[^\u4e00-\u9fff]", "", strip_levels(after.group() if after else ""))
        if any(item[i : i + 2] in without[: last.start()] for i in range(len(item) - 1)):
            rose = last
    if not rose:
        return ()
    named = levels_in(NOT_ASKED.sub(" ", without))  # the highest first
    after = CLAUSE_PART.match(without, rose.end())  # 国家级高新技术企业，研发机构又被认定为省级: the level after
    now = levels_in(after.group() if after else "")[:1] or named[:1]  # the verb is the level now
    if not now:
        return ()
    below = named[named.index(now[0]) + 1:] if now[0] in named else []
    if not below and before:  # the history's levels below the one named now
        history = levels_in(simplified(before[-1]))
        below = [level for level in history if level != now[0] and levels_in(f"{now[0]} {level}")[0] == now[0]]
    return (now[0], below[0]) if below else ()


# 省里的产业链龙头企业培育政策: the province's policy, a kind of document named before anything is asked (not
# 省里的瞪羚企业有什么政策: an honour of the provincial level; nor 省里的科技人才计划, a programme of that level)
_POLICY_NAMED = re.compile(rf"的(?P<name>[\u4e00-\u9fff]{{0,16}}?)(?P<kind>{DOC_TYPES})")


# 市里的小升规奖励: a grant of a thing (the words between 的 and the grant)
_GRANT_OF = re.compile(rf"的(?P<thing>[^，,。；;？?的]{{1,8}}?)(?:{GRANT_WORDS})")


def _levelled_pairs(index: SearchIndex) -> frozenset[str]:
    """The character pairs of the items the library grants at a level (国家级专精特新“小巨人”企业 -> 专精, 精特 …)."""
    return frozenset(pair for c in index.clauses for r in c.incentives if r.level
                     for pair in word_pairs(strip_levels(r.item))) - GENERIC_PAIRS


def _level_of_honour(m: re.Match[str], levelled: frozenset[str] = frozenset()) -> str:
    """省里的瞪羚 -> 省级瞪羚; 省里的…政策 stays whose policy it is, and so does 市里的…奖励 of a thing no item of the
    library is granted at a level (市里的小升规奖励: the city's grant; not 省里的专精特新奖励, an honour's level)."""
    policy = _POLICY_NAMED.match(m.string, m.end())
    if m.group(1) and policy and policy.group("kind") not in ("计划", "目录") \
            and not ASKING_PART.search(policy.group("name")):
        return m.group()
    grant = _GRANT_OF.match(m.string, m.end())
    if m.group(1) and grant and levelled and not word_pairs(grant.group("thing")) & levelled:
        return m.group()
    return (m.group(1) or m.group(2)) + "级"


_WHEN_HANDED_IN = re.compile(rf"(?:{TIME_QUESTION.pattern})(?!的)")  # 哪天前要交 (not 几年的: which papers)
_HANDED_UP = re.compile(r"[报交递送]上去|提交|报送")


# 对新认定的省级创新型中小企业奖多少: the honour at a level a how-much question is asked for, as one held (not a kind
# of enterprise, 第一次认定的高新技术企业)
_A_COUNT = re.compile(rf"^(?:{CN_NUMERAL}|\d+|几)(?:{COUNTERS}|批|台|套)")  # 一批, 两家, 3个: a count, no name
_NEWLY_RECOGNISED = re.compile(rf"(?:新|首次)(?:认定|评定|获评)的(?=\s*(?:{LEVEL_NAMES}))")


def _honour_names(text: str) -> tuple[str, ...]:
    """The names of the honours a text says the enterprise holds (被评为省级5G全连接工厂, 认定为…) or asks for at a
    level (对新认定的省级…): what follows a word of being awarded, up to where the asking starts, without the place
    whose honour it is."""
    names = (_ASKING_AFTER.split(part[m.end():], 1)[0] for part in CLAUSE_PART.findall(text)
             if (m := AWARDED.search(part) or _NEWLY_RECOGNISED.search(part)))
    # (认定为山东省瞪羚企业了: the place whose honour it is and the particles are no part of its name; nor is a count,
    # 新认定了一批数字化车间)
    return tuple(name for raw in names if (bare := _A_COUNT.sub("", raw.strip()))
                 and (name := bare[len(place_of(bare)[0]):].strip("了的 ")))


def named_units(index: SearchIndex, text: str) -> tuple[str, ...]:
    """The library's responsible units a question names (枫岭高新区科技创新局 -> 科技创新局), longest first;
    a unit inside a longer one named (财政局 in 市财政局) is not named again."""
    units = derived(index, "unit_names", lambda ix: [  # (as written, as read: 工信局 -> 工业和信息化局)
        (u, expand_abbreviations(u)) for u in sorted({u for c in ix.clauses for u in c.departments if len(u) >= 3},
                                                     key=lambda u: (-len(u), u))])
    found: list[str] = []
    for unit, read in units:  # the question's 工信局 is read as 工业和信息化局: so is the unit's
        if (unit in text or read in text) and not any(unit in f for f in found):
            found.append(unit)
    return tuple(found)


def _without_events(text: str, events: tuple[str, ...]) -> str:
    """A when-question without the words of the event it asks the time of (什么时候截止申报: 截止, 申报):
    the clause must state that time (see judge), and the words leave what it is about to cover."""
    for event in events:  # (申报 in 申报指南 names a kind of document: it stays)
        text = ASKED_EVENTS[event].sub(lambda m: m.group() if re.match(NAMES_DOCUMENT, m.string[m.end():]) else " ",
                                       text)
    return re.sub(SPAN_END_WORDS, " ", text) if events else text  # (啥时候开始执行，到哪天为止: 开始, 为止 ask too)


def trade_of(index: SearchIndex, segment: str) -> str:
    """The trade a segment says the enterprise is in (纺织服装企业 -> 纺织服装, 做软件开发的 -> 软件开发,
    临清的纺织厂 -> 纺织); "" when it says none. A trade some measure is for is one; otherwise a kind of
    enterprise the documents reward (高新技术企业, 示范企业) is an honour, not a trade; levels, sizes
    and ownership (省级, 规上, 小微, 民营) are never trades."""
    core = SPEAKER.sub("", segment.strip())
    # (a verb's character inside a government's name is no verb: 开 of 经开区引进全职博士的)
    inside = {n for word in SPOKEN_LEVELS for w in re.finditer(word, core) for n in range(w.start(), w.end())}
    m = next((m for n in range(len(core)) if n not in inside and (m := _MAKES.match(core, n))), None) \
        or _TRADE.search(core.rsplit("的", 1)[-1] if not core.endswith("的") else core)
    if not m or AWARDED.search(m.string[: m.start("name")]):  # 被评为…工厂: an honour held, not a trade
        return ""
    name = SPEAKER.sub("", m.group("name"))
    if len(name) < 2 or _NOT_TRADE.search(name) or any(word in name for word in SPOKEN_LEVELS) \
            or not is_phrase(name):  # 行业标准是我们厂主持的 says no trade
        return ""
    if any(fits_industry(name, d.industry) for d in index.documents.values() if d.industry):
        return name
    honour = re.compile(rf"(?:^|[”\"」』]){re.escape(name)}(?:企业|公司)", re.MULTILINE)
    if honour.search(derived(index, "item names", _item_names)):
        return ""  # an item the documents grant for: an honour or a status, not a trade
    return name


def _item_names(index: SearchIndex) -> str:
    """Every incentive's item without its level, one a line."""
    return "\n".join(strip_levels(i.item) for c in index.clauses for i in c.incentives)


def fits_industry(asker: str, measure: str, measure_text: str = "") -> bool | None:
    """Whether a measure for one trade is for the asker's: True when either names the other (服装 /
    纺织服装), when the measure is for every trade, or when its text names every word of the asker's
    trade (a 生物医药 measure that speaks of 灵芝…保健品); False when nothing is shared; None when the
    asker did not say, or only some words are shared (汽车零部件 / 新能源汽车)."""
    if not measure:
        return True
    if not asker:
        return None
    if asker in measure or measure in asker:
        return True
    own = {w for w in words(asker) if len(w) > 1}
    if own and measure_text and all(w in measure_text for w in own):
        return True
    shared = own & {w for w in words(measure) if len(w) > 1}
    if shared or (measure_text and any(w in measure_text for w in own)):
        return None
    return False


def named_places(index: SearchIndex, text: str) -> tuple[tuple[str, ...], str]:
    """The library's jurisdictions a text names, in full (枫岭市) or by the name without its suffix
    (枫岭); and the text with them taken out. Full names are read first, the longest first, so 枫岭市
    is not taken for 枫岭高新区; a bare name shared by several places names them all."""
    places = sorted({d.jurisdiction for d in index.documents.values() if d.jurisdiction}, key=len, reverse=True)
    found = []
    for place in places:
        for name in _place_names(place):
            if name in text:
                found.append(place)
                # 岚江市级工业互联网平台: the place is named, the level 市级 stays to be read
                text = re.sub(rf"{re.escape(name)}(?=级)", " " + name[-1], text).replace(name, " ")
    for place in places:
        core = place_core(place)
        if len(core) >= 2 and place not in found and any(not namesake(index, core, text, m.end())
                                                         for m in re.finditer(re.escape(core), text)):
            found.append(place)
    for place in found:
        text = text.replace(place_core(place), " ")
    return tuple(dict.fromkeys(found)), text


def _place_names(place: str) -> tuple[str, ...]:
    """A place's name in full and as shortened (澜州高新区 for 澜州高新技术产业开发区)."""
    return (place, *(place[: -len(full)] + short for short, full in PLACE_SUFFIX_ALIASES.items()
                     if place.endswith(full)))


def namesake(index: SearchIndex, core: str, text: str, at: int) -> str:
    """The place a served name's core (澜州) makes with the suffix at `at` in a text, when the library
    serves no such place (澜州经开区 in a library of 澜州市 and 澜州高新区); "" otherwise. The suffix
    must end a word: 枫岭乡村振兴, 枫岭区内, 澜州市场 name no other place."""
    m = _SUFFIX_AT.match(text, at)
    if not m or m.end() not in _word_bounds(text):
        return ""
    served = derived(index, "served_places", lambda ix: {
        _canonical(d.jurisdiction) for d in ix.documents.values() if d.jurisdiction})
    # (a zone's suffix: two characters or more, not 市 or 县: 青禾市场 names no zone)
    if _canonical(core + m.group(0)) in served or len(m.group(0)) > 1 and _a_zone_of(index, core, m.group(0)):
        return ""
    return core + m.group(0)


def _a_zone_of(index: SearchIndex, core: str, suffix: str) -> bool:
    """Whether the documents of a place with this core name such a zone in their text (青禾经开区 of 青禾县, whose
    measures name 青禾经济开发区管委会): a zone inside the place, not another place. The suffix may be spelt out
    (经开区 for 经济开发区: its characters in order, a little apart)."""
    texts = derived(index, "texts_by_place", lambda ix: {
        name: "\n".join(c.text for c in ix.clauses if place_core(ix.documents[c.doc_id].jurisdiction) == name)
        for name in {place_core(d.jurisdiction) for d in ix.documents.values() if d.jurisdiction}})
    spelt = "[\u4e00-\u9fff]{0,2}".join(re.escape(ch) for ch in suffix)
    return bool(texts.get(core)) and re.search(re.escape(core) + spelt, texts[core]) is not None


@functools.lru_cache(maxsize=1024)
def _word_bounds(text: str) -> frozenset[int]:
    """Positions in a text where a word starts or ends (jieba's segmentation), 0 and the end included."""
    bounds, at = {0, len(text)}, 0
    for word in words(text):
        at += len(word)
        bounds.add(at)
    return frozenset(bounds)


def _canonical(place: str) -> str:
    """澜州高新区 and 澜州高新技术产业开发区 are one place: the longer suffix for each short one."""
    for short, full in PLACE_SUFFIX_ALIASES.items():
        if place.endswith(short):
            return place[: -len(short)] + full
    return place


def place_core(place: str) -> str:
    """枫岭市 -> 枫岭, 澜州高新技术产业开发区 -> 澜州 (the name without its administrative suffix)."""
    for suffix, _ in PLACE_SUFFIXES:
        if place.endswith(suffix) and len(place) > len(suffix) + 1:
            return place[: -len(suffix)]
    return place


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


def parse_history(raw: Any) -> list[tuple[str, str]]:
    """[[question, answer], ...] from a request; ValueError with a Chinese message otherwise."""
    if raw is None:
        return []
    if not isinstance(raw, list) or not all(isinstance(p, list) and len(p) == 2 for p in raw):
        raise ValueError("history 应是 [[问题, 回答], ...] 形式的列表。")
    return [(str(q), str(a)) for q, a in raw]


def resolve_followup(question: str, history: list[tuple[str, str]] | None, topicless: bool = False) -> str:
    """A short follow-up (那省级的呢？/找哪个部门？) borrows the topic of the previous question.

    A question that stands on its own is returned unchanged, unless it is known to name no topic (`topicless`). When
    the follow-up names a level, the level of the previous question is dropped so the new one wins.
    """
    if not history:
        return question
    previous = str(history[-1][0]).strip()
    if not previous:
        return question
    # A follow-up starts like one (那…/还有…), ends like one (…呢？), or is short with no topic of its
    # own (找哪个部门？); a short question that names a topic (瞪羚企业奖励？) stands alone.
    short_without_topic = asks_without_topic(question)
    pointed = _POINTS_BACK.search(question)
    # (省级的呢？最多能配多少？: a first part that is a follow-up of its own)
    first = re.split(r"(?<=[？?])", question, maxsplit=1)[0]
    if not (topicless or _FOLLOWUP_START.match(question) or FOLLOWUP_END.search(question) or short_without_topic
            or first != question and FOLLOWUP_END.search(first) and asks_without_topic(first)
            or pointed and pointed.group("sum").replace(" ", "") in str(history[-1][1]).replace(" ", "")
            or _GRANT_POINTED.search(question) and not ANY_LEVEL.search(question)):
        return question
    if levels_in(question):
        previous = strip_levels(previous)
    # (…市里给多少？ 县里又能给多少？: the government named now is the one asked; not one named as having paid a sum
    # told, 县里补了35万呢 after 镇里技改配套怎么算, though 县里最多能拿到多少 asks of it)
    if any(governments_spoken(part.group()) for part in CLAUSE_PART.finditer(question)
           if not (RECEIVED.search(part.group()) and spoken_sums(part.group()) and not HOW_MUCH.search(part.group()))):
        previous = without_governments(previous)
    return f"{previous} {question}"


_SPOKEN_COUNTS = {"俩": "两个", "仨": "三个"}  # a number and its measure word said as one
_SPOKEN_COUNT = re.compile(r"(?<!伎)俩(?!个)|仨(?!个)")  # (not 伎俩; 俩个 is said too)


def asks_yes_or_no(query: Query) -> bool:
    """Whether a question of conditions asks only yes or no (还能拿吗, 能报吗), no figure (比例多少)."""
    return "conditions" in query.aspects and not FIGURE_ASKED.search(query.own_words or query.text)


def asks_without_topic(question: str) -> bool:
    """Whether a question is short and names no topic of its own (找哪个部门？比例多少？): it asks of the topic
    before it."""
    if len(question) > 8:
        return False
    spans, start = [], 0
    for word in words(question):
        spans.append((start, word))
        start += len(word)

    def dropped(m: re.Match[str]) -> str:
        """A generic word goes; one character of it stays inside a word naming a topic (研发 of 研发奖励多少, not
        能补 of 能补多久 or 不能 of 能不能补)."""
        word = next(w for s, w in reversed(spans) if s <= m.start())
        naming = len(m.group()) == 1 and len(word) > 1 and _TOPIC_PART.sub("", word)
        return m.group() if naming else ""

    # (县里又能给多少？: a government spoken of says whose measures, not what about)
    return not _TOPIC.search(without_governments(_GENERIC.sub(dropped, question), ""))


def written_counts(text: str) -> str:
    """A question with its spoken counts written out: 俩硕士 -> 两个硕士, 仨人 -> 三个人 (俩个 -> 两个)."""
    return _SPOKEN_COUNT.sub(lambda m: _SPOKEN_COUNTS[m.group()], text).replace("俩个", "两个").replace("仨个", "三个")


def names_a_kind(question: str) -> bool:
    """Whether a question's words name the kind of answer it wants: how much (多少, 怎么奖), when, who, whether grants
    stack (能一块儿拿不), or an aspect (材料, 流程, 联系). A grant word alone (研发奖励) names the measure, not a
    kind."""
    return bool(HOW_MUCH.search(question) or WHO_ASKED.search(question) or _GRANT_EXISTS.search(question)
                or STACKING_ASKED.search(question) or COST_ASKED.search(question)
                or any(asked.search(question) for _, asked, _ in ASPECTS))


# Whether a grant is paid at all (区里有没有奖励, 有补贴吗, 有奖励没): a question of the grant, whatever else it tells
# (证书还在有效期内 is the asker's standing, not a question when)
_GRANT_EXISTS = re.compile(rf"(?:有没有|有无|是否有)[^，,。；;？?]{{0,6}}?(?:{GRANT_WORDS})"
                           rf"|有[^，,。；;？?]{{0,6}}?(?:{GRANT_WORDS})(?:吗|没有?|么|不)")


def asks_for_draft(question: str) -> bool:
    return bool(_DRAFT_QUESTION.search(question))


def asks_for_money(question: str) -> bool:
    return bool(_MONEY_QUESTION.search(question))


_ACTS_AT = "(?:在|到|去|赴|于|从|来自)"  # 在北京设了研发中心: where the enterprise acts


def other_places(index: SearchIndex, question: str) -> list[str]:
    """Provinces and cities (places.txt) the question names as places that no document mentions:
    济南对…奖励多少 asked of a library of 聊城 measures. A county or district is never one (the
    list has none), so 我们在阳谷县 is still answered; nor is a place where the enterprise acts."""
    named = [p for p in known_places() if p in question]
    unknown = {p for p in named if not index.keywords.df(p)
               and not any(p in d.title or p in d.issuer for d in index.documents.values())}
    # 在北京设了研发中心 / 到香港上市 says where the enterprise acts, not whose policy is asked about.
    acting = {p for p in unknown if re.search(rf"{_ACTS_AT}\s*{p}", question)}
    named_tagged = [p for p in place_names(question) if p in unknown - acting] if unknown else []
    return named_tagged + [m for m in _county_or_town_names(question) if m not in named_tagged
                           and not index.keywords.df(m) and _whose_measures(m, question)]


def _whose_measures(place: str, question: str) -> bool:
    """Whether a place named is whose measures are asked: not where the enterprise acts or is (我们厂在云溪县),
    unless the question also speaks of that place's level (县里对…补助多少)."""
    return not re.search(rf"{_ACTS_AT}\s*{place}", question) or _asked_as_issuer(place, question)


def _asked_as_issuer(place: str, question: str) -> bool:
    """Whether a place where the enterprise is (我们厂在云溪县) is also whose measures are asked: the question
    speaks of its level (县里对…补助多少)."""
    level = next(level for suffix, level in PLACE_SUFFIXES if place.endswith(suffix))
    return any(SPOKEN_LEVELS[m.group(0)] == level for m in _SPOKEN.finditer(question.replace(place, " ")))


# A document the library's own documents repeal, as the repealing clause names it: 《澄江省中小企业“专精特新”发展奖励
# 暂行办法》（澄省工信规〔2019〕7号）同时废止 — its title, its number and the year in the number.
_REPEALS = re.compile(r"《(?P<title>[^》]{4,60})》\s*[（(]?"
                      r"(?P<number>[^（）()《》，,。；;]{0,12}?〔(?P<year>\d{4})〕\s*\d+\s*号)?"
                      r"[）)]?[^。；;《]{0,6}?(?:同时)?(?:废止|失效|停止执行)")
# An older version of a document, named (2020年那个老的技改办法, 以前2019年那个暂行办法): a word of an older version,
# then a document's kind in the same part (not 2019年以前评上的…，按现在的政策; 老板)
_OLD_VERSION = re.compile(rf"(?:老(?!板|总|家|乡)|旧|以前|原来|之前|早先|过去|前一版|上一版)"
                          rf"[^，,。；;？?！!]{{0,16}}?{DOC_TYPES}")


def repealed_asked(index: SearchIndex, text: str) -> tuple[str, ...]:
    """The titles of the documents the library's own documents repeal that a question asks about: by number
    (栖政发〔2021〕8号那个办法), or by the year of its number with a word of an older version and of a document
    (2020年那个老的技改办法). The library holds none of their text."""
    repealed = derived(index, "repealed documents", lambda ix: sorted(
        {(m["title"], m["number"] or "", m["year"] or "") for c in ix.clauses for m in _REPEALS.finditer(c.text)}))
    plain = re.sub(r"\W", "", text)
    parts = CLAUSE_PART.findall(text)
    old = [part for part in parts if _OLD_VERSION.search(part)]
    return tuple(title for title, number, year in repealed
                 if (number and re.sub(r"\W", "", number) in plain)
                 or (year and any(re.search(rf"(?<!\d)(?:{year}|{year[2:]})年", part)
                                  for part in [*old, *(p for p in parts if _names_by_title(p, title))])))


# A document named in a question: the words of its sentence up to a kind of document (澄江省梯度培育奖励办法)
DOCUMENT_NAMED = re.compile(rf"[^，,。；;？?！!\s]{{2,30}}?(?P<kind>{DOC_TYPES})")


def names_title(phrase: str, title: str) -> bool:
    """Whether the words before a kind of document name this title: at least half their pairs of characters are
    the title's (澄江省梯度培育奖励 of 澄江省优质中小企业梯度培育奖励办法; not 小微企业贷款贴息有什么)."""
    if ASKING_PART.search(phrase):  # a name asks nothing (贷款贴息有什么政策 asks for policies)
        return False
    pairs = {phrase[n : n + 2] for n in range(len(phrase) - 1)}
    return bool(pairs) and 2 * sum(pair in title for pair in pairs) >= len(pairs)


def _names_by_title(part: str, title: str) -> bool:
    """Whether a part names a document by its title (19年那个专精特新发展奖励暂行办法 of 《…“专精特新”发展奖励
    暂行办法》), its year aside."""
    return any(names_title(re.sub(r"^.*年(?:的|那个|那份)?", "", m.group()[: m.start("kind") - m.start()]), title)
               for m in DOCUMENT_NAMED.finditer(part))


def _namesakes(index: SearchIndex, text: str) -> list[str]:
    """Places named like one the library serves but with another suffix (澜州经开区); not where the enterprise
    is when another level's measures are asked (我们厂在云山经开区，县里技改补助给多少: 云山县's)."""
    cores = {place_core(d.jurisdiction) for d in index.documents.values() if d.jurisdiction}
    return list(dict.fromkeys(name for core in cores if len(core) >= 2
                              for m in re.finditer(re.escape(core), text)
                              if (name := namesake(index, core, text, m.end()))
                              and _whose_measures(name, text)))


def _links_words(word: str) -> bool:
    """A word said alone that links others (在 到 还 能 也 对): a function word or one of the commonest verbs; a
    place's name does not start with one (于都县, 对江镇, 从化镇 are still found: 于都, 对江, 从化 are words)."""
    return function_word(word) or (is_verb(word) and general_frequency(word) >= _COMMONEST_VERB)


# verbs, numerals, measure words and function words: what a place's name is not made of
_ACT_TAGS = ("v", "m", "q", *FUNCTION_TAGS)
_PLACE_KIND = re.compile(r"自治|建制|直辖|设区|地级|县级")  # kinds of administrative division, no place's name


def _an_act(name: str) -> bool:
    """Whether what stands before a level's word is an act, a date or a kind of place, not a name: jieba cuts it
    into verbs, numerals or function words only, one of them a verb or a function word (报到省工信厅, 评上省首台套,
    能拿省专项资金, 交到县工信部门, 3月在镇; not 六里镇), or it is a word as common as a common verb (COMMON_VERB:
    申报省制造业专项资金), or it names a kind of place (自治县, 建制镇). Not a name jieba knows (开化县, 对江县: ns) nor
    a city of places.txt (保定市)."""
    core = name[:-1]
    if _PLACE_KIND.fullmatch(core):
        return True
    pieces = tagged(name)
    if core in known_places() or any(flag.startswith(("ns", "nr")) for _, flag in pieces):
        return False
    if pieces[-1][0] != name[-1]:  # the level's word is inside a word jieba knows
        return False
    # (a morpheme, 滘 yg of 道滘镇, is a character jieba knows no word for)
    flags = [flag for _, flag in pieces[:-1]]
    acts = all(flag.startswith(_ACT_TAGS) and not flag.endswith("g") for flag in flags) \
        and any(flag.startswith(("v", *FUNCTION_TAGS)) for flag in flags)
    return acts or general_frequency(core) >= COMMON_VERB


def _county_or_town_names(text: str) -> list[str]:
    """Names shaped like a county, city or town (two characters and 县/市/镇/省: 石笋县) that are no
    common word and start and end where words do (大城市, 本市, 全县, 市级, 我们是省级 are not places)."""
    text = _SPOKEN.sub(" ", text)
    bounds = _word_bounds(text)
    found = []
    for m in _PLACE_SHAPE.finditer(text):
        core, name = m.group(1), m.group(0)
        # (桐柏市招用: the segmenter joined the suffix to the word after it, no word of its own, while the name's core
        # is one word; not 能报市级, 年评省级)
        if m.start() not in bounds or m.end() not in bounds and not (
                m.start() + len(core) in bounds and m.start() + 1 not in bounds
                and general_frequency(text[m.end() - 1 : m.end() + 1]) < _WORD_PART):
            continue
        # 业上市: the last two characters are a word (上市), so this is no place name
        # (设区市, 地级市: a kind of place, its core ends in a level's own word or 级)
        if core[0] in _NOT_A_NAME or _PARTICLES & set(core) or core[-1] in "级省市县区镇乡" or _ROUNDS.fullmatch(core) \
                or core[0] == core[1] \
                or general_frequency(name[1:]) >= _WORD_PART or general_frequency(core) >= GENERAL_WORD \
                or _an_act(name) \
                or (m.start() + 1 in bounds and _links_words(core[0])):  # 列入省重点 (not 保定市); 还能报省, 迁到邻省
            continue
        found.append(name)
    return found
