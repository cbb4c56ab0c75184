"""One definition of each domain concept that several stages read: numerals, clause numbering,
sentences, money, rates, administrative levels, grant words, draft words, department labels.

Every stage imports its vocabulary from here, never from another stage. Names are classes of words
(every level word, every unit of money), not words of one document.
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Collection, Iterable, Sequence

__all__ = [
    "CN_NUMERAL", "CN_NUMBER", "CN_DIGITS", "cn_number", "NUMBERING", "QA_ASKED", "DECIMAL_NUMBER",
    "LEADING_NUMBER", "without_number",
    "END_MARKS", "SENTENCE", "SPOKEN_END_MARKS", "CLAUSE_PART",
    "NUMBER", "MONEY_UNIT", "SPOKEN_MONEY_UNIT", "YUAN_PER_UNIT", "MONEY_TEXT", "MONEY", "AMOUNT_OR_RATE", "PERCENT",
    "money_to_yuan", "yuan_text", "percent_text",
    "SIBLING_KINDS", "kinds_in", "kinds_of_terms",
    "LEVELS", "LEVEL_NAMES", "ANY_LEVEL", "NO_HONOUR_LEVEL", "DESIGNATING_LEVEL",
    "FUND_OF_LEVEL", "DOCUMENT_OF_LEVEL", "NOT_ASKED",
    "LEVEL_WORD", "LEVEL_END", "LEVEL_SUM_COLUMN",
    "levels_in",
    "strip_levels",
    "IN_TIME", "BOTH_ENDS_ASKED", "PERIOD_STATED", "TIME_QUESTION", "TIME_STATED", "TIME_EVENTS", "ASKED_EVENTS",
    "NAMES_DOCUMENT", "SPAN_END_WORDS",
    "time_asked_of", "states_time_of",
    "ASPECTS", "heading_aspects", "FIRST_PERSON", "SELF_TOLD", "AGE_METRIC", "HEADCOUNT_METRIC", "PEOPLE",
    "units_told", "bars_in", "AGE_BAR", "AGE_TOLD", "years_of", "years_text", "short_of", "PAPERS",
    "RECOGNITION_ASKED",
    "STATES_RECOGNITION", "RELIEF_ASKED", "STATES_RELIEF", "TAX_OF_GRANT_ASKED", "STATES_TAX_OF_GRANT", "USE_ASKED",
    "USE_STATED", "BREACH_ASKED", "SANCTION_STATED",
    "GROWTH_BAR", "GROWTH_TOLD", "TOTAL_ASKED", "ANOTHER_MATTER", "EACH_TIER", "TOP_TIER",
    "QUESTION_PHRASE", "HOW_MUCH",
    "MAY_APPLY",
    "ROUND_YEAR", "round_year", "without_standing", "PLACE_SUFFIXES", "PLACE_SUFFIX",
    "PLACE_SUFFIX_ALIASES", "PLACE_AT_START", "SPOKEN_LEVELS", "SPOKEN_ONLY_AS_GRANTOR", "place_of",
    "GOVERNMENT_OF_LEVEL", "GOVERNMENT_NAMES",
    "CAP_WORDS", "ONE_THING", "GENERIC_GRANT_WORDS", "GRANT_WORDS", "SUPPORT_WORDS", "GRANT", "DRAFT_WORDS", "DRAFT",
    "METRICS", "ABOUT_AFTER", "ABOUT_BEFORE", "GRANT_DENIED", "FIGURE_ASKED", "COST_SPLIT", "SHARE_ASKED",
    "QUANTITY_UNIT", "QUANTITY_UNITS", "PAID_UNITS", "PER_ONE", "per_unit", "SPOKEN_MONEY", "SPOKEN_YUAN_PER_UNIT",
    "spoken_number", "spoken_sums", "TOPUP_WORDS", "LEFT_OUT_KINDS", "LEFT_OUT", "GRANTED_BEFORE",
    "ASKING_PART", "EXCLUSIVE_WORDS", "PAIR_NOT_TWICE", "ORDINAL_YEAR",
    "TERM_YEAR", "term_span", "metric_of", "ONLY_ONE_WORDS", "OTHER_POLICIES",
    "OWN_ITEMS", "ADDON_WORDS",
    "ON_TOP",
    "MORE_BY",
    "MORE_ASKED", "FIRST_PASSED", "NEVER_PASSED", "RAISED_RATE", "RAISED_POINTS", "GRADE_CLASS", "GRADE_AT_START",
    "CLASS_RANGE",
    "TOTAL_WORDS",
    "NEGATION",
    "award_mismatch", "CONSECUTIVE", "held_consecutively",
    "AWARDED", "RISEN", "TIES_ASKED", "TIE_WORDS", "STATES_SCOPE", "STACKING_ASKED", "STACKING_STATED",
    "COST_ASKED", "COST_BORNE", "SPLIT_ASKED",
    "NET_WORDS", "WHERE_TO_APPLY", "APPLICANT_ACTS", "OWN_DATE", "STILL_COUNTS", "DATE_BOUND", "date_bounds",
    "event_date", "date_fits", "DENIED_RECEIVED",
    "DENIED_PART",
    "UNIT_LABELS", "STATES_UNITS", "PAPERS_ASKED",
    "COUNTED_ASKED", "INTO_FIGURE", "OTHER_POLICY_SPOKEN",
    "LONG_STANDING", "NEWCOMER", "STATES_COUNTED", "WHO_ASKED", "PAYER_ASKED", "PAID_SPOKEN",
    "PAYS_OUT",
    "INTERPRETING", "INTERPRETS",
    "CONTACT_LABELS", "PHONE", "REACH_ASKED", "NUMBER_ASKED", "gives_reach", "local_number", "lists_firms",
    "grades_named",
    "ORG_SUFFIX", "REQUIREMENT", "NOTE_OPENING",
    "without_denied", "NUMBER_COLUMNS", "DOC_TYPES", "SELF_REFERENCE", "MEASURE_TITLE", "PAPERS_LIST_TITLE",
    "SUPPORT_VERBS", "SECTOR_WORDS", "INDUSTRY_IN_TITLE", "INDUSTRY_IN_PURPOSE", "GENERAL_SECTOR", "OWN_PLACE",
    "COPY_LABELS", "UNIT_LIST", "SUM_KINDS", "states_sum_kind", "RATE_ASKED", "CAP_ASKED", "MOST_ASKED",
    "OTHER_MOST_ASKED", "GENERIC_PAIRS",
    "EXCHANGE_SPOKEN", "EXCHANGES_SPOKEN",
    "ORDINAL_RANK", "DEFINITION", "defined", "with_definitions",
]

# --- numerals and clause numbering -------------------------------------------------------------
CN_NUMERAL = "[一二三四五六七八九十百零〇两]+"
CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
             "八": 8, "九": 9, "十": 10}


def cn_number(text: str) -> int | None:
    """A number written in Chinese or Arabic digits: 一 -> 1, 十二 -> 12, 三十五 -> 35, 一千零五 -> 1005,
    两万五千 -> 25000, 千万 -> 10000000, and as it is said, the last digit counting one unit down: 两万五 -> 25000,
    一千二 -> 1200; 12 -> 12; None for anything else."""
    if text.isdigit():
        return int(text)
    if not text or any(c not in CN_DIGITS and c not in _CN_UNITS for c in text) or text in _CN_UNITS:
        return None
    if text[0] in _CN_UNITS:  # 千万, 百万: one of the unit
        text = "一" + text
    high = low = section = digit = 0  # high: the 亿 part done; low: the 万 part below it; section: below 万
    unit = 0  # the unit just read (0 after a digit or 零): a last digit right after one is a unit down
    for c in text:
        if c in CN_DIGITS and c != "十":
            digit, unit = CN_DIGITS[c], 0 if c in "零〇" else unit
            continue
        size = 10 if c == "十" else _CN_UNITS[c]
        if size < 10_000:
            section += (digit or (1 if size == 10 else 0)) * size
        elif size == 10_000:
            low += (section + digit) * size
            section = 0
        else:
            high += (low + section + digit) * size
            low = section = 0
        digit, unit = 0, size
    if digit and unit >= 100:  # 两万五, 一千二: the unit below the one last said
        digit *= unit // 10
    return high + low + section + digit


_CN_UNITS = {"百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}


def spoken_sums(text: str) -> list[tuple[int, int, float, str]]:
    """Every spoken sum in a text as (start, end, yuan, unit): 2500万, 1.3个亿, 两万五; a sum said in parts
    (3亿2千万, 两万五千元, 1万2千) is one sum; a sign (负, -) is kept."""
    found: list[tuple[int, int, float, str]] = []
    for m in SPOKEN_MONEY.finditer(text):
        number = spoken_number(m.group("number") or m.group("cn"))
        if number is None:
            continue
        per = SPOKEN_YUAN_PER_UNIT[m.group("unit")]
        value = number * per + (spoken_number(m.group("tail")) or 0) * per / 10 if m.group("tail") else number * per
        value = round(value, 2)  # (to the fen: 1.13个亿 is 113000000, not 112999999.99999999)
        if found and found[-1][1] == m.start() and not m.group("sign") \
                and SPOKEN_YUAN_PER_UNIT[found[-1][3]] > value:  # 3亿 then 2千万: one sum
            start, _, before, unit = found.pop()
            found.append((start, m.end(), before + (value if before >= 0 else -value), unit))
            continue
        found.append((m.start(), m.end(), -value if m.group("sign") else value, m.group("unit")))
    return found


def spoken_number(text: str) -> float | None:
    """The number of a spoken sum before its unit (SPOKEN_MONEY): 2500 -> 2500, 1.3 -> 1.3, 2千 -> 2000,
    3.5百 -> 350, 两千三百 -> 2300, 九百 -> 900; None for anything else."""
    text = text.replace(" ", "")
    if re.fullmatch(rf"{NUMBER}[千百]?", text):
        scale = _CN_UNITS.get(text[-1], 1)
        return float(text.rstrip("千百")) * scale
    number = cn_number(text)
    return float(number) if number is not None else None
CN_NUMBER = "[零〇一二两三四五六七八九十百千万亿]+"  # a number in Chinese digits (see cn_number)


# (kind, pattern at the start of a line, canonical label, id key). Order matters: 第X条 before 一、.
# a decimal item number (2.1, 2.1.1), as 实施细则 and 申报指南 number their items; and what may follow it at a line's
# start (not a unit of measure: 1.5倍, 2.5万元)
_DECIMAL_STEP = r"[.．]\d{1,2}"
DECIMAL_NUMBER = rf"\d{{1,2}}(?:{_DECIMAL_STEP}){{1,2}}"
_DECIMAL_END = r"(?=[\s　]|(?![万亿元千百倍个次米平吨年月日])[\u4e00-\u9fff（(“])\s*"
BULLETS = "●■◆◇•▪▲△"  # (not ★ or ▶: they decorate a post's title and its links)
# a question a 解读 or 问答 page asks and answers (问：园区企业还能申报县里的政策吗？ 答：…), its opening as pages print
# it: 问：, Q1：, or with the entry's number before it (1问：, a list's number in a <span>)
# (Q1： only before a question: not Q1：完成政策修订, a quarter)
QA_ASKED = re.compile(r"^\s*(?:\d{1,3}\s*)?(问|Q(?=\s*\d{0,3}\s*[：:][^\n]*[？?]))\s*\d{0,3}\s*[：:]\s*")
NUMBERING: list[tuple[str, re.Pattern[str], str, str]] = [
    ("attachment", re.compile(r"^附件\s*(\d+|[一二三四五六七八九十]+|)\s*[：:]?\s*"), "附件{}", "附件{}"),
    ("chapter", re.compile(rf"^第\s*({CN_NUMERAL}|\d+)\s*章\s*"), "第{}章", "第{}章"),
    ("section", re.compile(rf"^第\s*({CN_NUMERAL}|\d+)\s*节\s*"), "第{}节", "第{}节"),
    ("article", re.compile(rf"^第\s*({CN_NUMERAL}|\d+)\s*条\s*"), "第{}条", "第{}条"),
    ("cn", re.compile(rf"^({CN_NUMERAL})\s*[、，.．]\s*"), "{}、", "{}"),
    ("cn_paren", re.compile(rf"^[（(]\s*({CN_NUMERAL})\s*[）)]\s*"), "（{}）", "（{}）"),
    # decimal numbering, as 实施细则 and 申报指南 print it (2.1 智能化改造项目补助 / 2.1.1 对设备投资额…): each depth a
    # kind of its own, the label the whole number (not 1.5倍 or 2.5万元 at a wrapped line's start, nor 1.2023年度)
    ("decimal3", re.compile(rf"^(\d{{1,2}}{_DECIMAL_STEP}{_DECIMAL_STEP})(?![\d.．]){_DECIMAL_END}"), "{}", "{}"),
    ("decimal2", re.compile(rf"^(\d{{1,2}}{_DECIMAL_STEP})(?![\d.．]){_DECIMAL_END}"), "{}", "{}"),
    ("num", re.compile(r"^(\d{1,3})\s*[.．、](?![\d０-９])\s*"), "{}.", "{}"),
    ("num_paren", re.compile(r"^[（(]\s*(\d{1,3})\s*[）)]\s*"), "（{}）", "（{}）"),
    ("num_half", re.compile(r"^(\d{1,3})\s*[）)]\s*"), "{}）", "{}）"),  # 1）: half a bracket (2）2024年度…)
    ("circled", re.compile(r"^([①-⑳])\s*"), "{}", "{}"),
    # an item opened by a bullet, as posts and 政策汇编 list measures (●【落户奖励】…, ▲划重点：…): named by its
    # 【label】 when it has one, else by its bullet and its place among its siblings (parse_clauses)
    ("bullet", re.compile(rf"^([{BULLETS}](?:\s*【[^】\n]{{1,16}}】)?)\s*"), "{}", "{}"),
    # a question of a 解读 or 问答 page, unnumbered (问：园区企业还能申报县里的政策吗？ then 答：…): named by its place
    # among its siblings (问1, 问2)
    ("asked", QA_ASKED, "{}", "{}"),
    # a section's heading as posts print it, a line of its own in square brackets (【招商落户】) or after a bar
    # (▌ 申报流程), named in brackets
    ("bracketed", re.compile(r"^(?=(【[^】\n]{1,16}】)\s*$)"), "{}", "{}"),
    ("barred", re.compile(r"^[▌▍▎┃]\s*(?=(\S.{0,19})$)"), "【{}】", "【{}】"),
]
# A document's number (文号) as printed, in every bracket style offices print (〔〕 [] ［］ () （） 【】 ﹝﹞):
# 澄省工信规〔2023〕4号, 枫高管发[2024]12号, 溪科发（2024）15号 (year, serial)
DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,12}\s*[〔\[［(（【﹝]\s*(\d{4})\s*[〕\]］)）】﹞]\s*(\d+)\s*号")
# Any numbering mark at the start of a text (a clause's own number, not part of what it says).
LEADING_NUMBER = re.compile("|".join(f"(?:{p.pattern})" for kind, p, _, _ in NUMBERING if kind != "attachment"))
# the last mark of a clause's number (3. of 四、3.; （二） of 第五条（二）)
_LAST_MARK = re.compile(r"(?:\d{1,3}[.．、）)]|[（(][^（()）]+[）)]|第[^第]+?条|[一二三四五六七八九十]+、)$")


def without_number(text: str, number: str = "") -> str:
    """A clause's text (or its first sentence) without the clause's own numbering mark: the mark its `number`
    ends with (3. of 四、3., though a year follows it: 3.2022年度审计报告), or else any mark LEADING_NUMBER knows."""
    mark = _LAST_MARK.search(number)
    if mark and text.startswith(mark.group()):
        return text[mark.end() - mark.start():].lstrip()
    return LEADING_NUMBER.sub("", text)

# --- sentences -------------------------------------------------------------------------------------
END_MARKS = "。；;"  # a policy sentence, or a semicolon-separated part of one, ends here
SENTENCE = re.compile(rf"[^{END_MARKS}]+[{END_MARKS}]?")  # with its end mark
SPOKEN_END_MARKS = END_MARKS + "！？\n"  # generated text (an LLM answer) also ends at these
CLAUSE_PART = re.compile(r"[^，,。；;！!？?\n]+")  # a part of a spoken sentence, between commas and end marks
LIST_SEPARATOR = r"\s*(?:、|和|及|与|跟|以及)\s*"  # between the things of a spoken list (纳税贡献奖、技改投入奖和…)
# A part that supposes or intends (要是人第三年离职了, 想把户口迁过来, 准备在市中心买房): of what is asked, though
# it asks nothing itself
SUPPOSED_OR_MEANT = re.compile(r"要是|如果|假如|假设|万一|一旦|若|想|打算|准备|计划|拟")
# A part in which the asker speaks of itself (我们评上的是省级智能工厂, 俺们厂连续两年都是A类): its words name the
# asker's own item, before an item only asked about (省级数字化车间和省级智能工厂奖励不一样吧)
FIRST_PERSON = r"我们|我司|我厂|我公司|本公司|本企业|俺们|咱们|咱|俺|我"  # the asker speaking of itself
SELF_TOLD = re.compile(rf"^\s*(?:{FIRST_PERSON})[^，,。？?]{{0,10}}?"
                       r"(?<![不算要还就只总可于])是(?![不否什啥哪])")  # (not 不算是, 要是, 是不是, 是什么)

# --- money and rates -------------------------------------------------------------------------------
GENERIC_GRANT_WORDS = "奖励|补贴|补助|资助|奖补"  # what is paid, whatever it is paid for
GRANT_WORDS = f"{GENERIC_GRANT_WORDS}|贴息"  # what is paid (贴息 names what it is paid on: interest)
NUMBER = r"\d+(?:\.\d+)?"
MONEY_UNIT = r"(?:亿元|万元|千元|元)"
SPOKEN_MONEY_UNIT = r"(?:亿元|万元|千元|元|亿|万)"  # questions say 2500万
MONEY_TEXT = rf"{NUMBER}\s*{MONEY_UNIT}"
MONEY = re.compile(MONEY_TEXT)  # a sum of money as written: 50万元, 1.5亿元, 3000元
AMOUNT_OR_RATE = re.compile(r"\d\s*(?:万元|亿元|元|%)")  # a sentence that states a sum or a rate
PERCENT = re.compile(rf"{NUMBER}\s*%")
YUAN_PER_UNIT = {"亿元": 1e8, "万元": 1e4, "千元": 1e3, "元": 1.0, "亿": 1e8, "万": 1e4}


def money_to_yuan(text: str) -> float:
    """'最高50万元' -> 500000.0; a range '50万元—400万元' gives its upper end."""
    found = re.findall(rf"({NUMBER})\s*({MONEY_UNIT})?", text)
    unit = next((u for _, u in reversed(found) if u), "元")
    return round(float(found[-1][0]) * YUAN_PER_UNIT[unit], 2)


def yuan_text(value: float) -> str:
    """1750000 -> 175万元; 150000000 -> 1.5亿元; 3000 -> 3000元 (to the fen: 99999999.99999999 is 1亿元)."""
    value = round(value, 2)
    if value >= 1e8:
        return f"{value / 1e8:g}亿元"
    if value >= 1e4:
        return f"{round(value / 1e4, 4):g}万元"
    return f"{round(value, 2):g}元"


def percent_text(rate: float) -> str:
    """0.025 -> 2.5%, 0.2 -> 20% (a share written as a percentage)."""
    return f"{round(rate * 100, 4):g}%"


# --- administrative levels -------------------------------------------------------------------------
LEVELS: list[tuple[str, re.Pattern[str]]] = [
    ("国际", re.compile(r"国际")),
    ("国家级", re.compile(r"国家级|国家(?!(?:或者?|和|及)?地区|注册)")),  # (not countries: 指定12个国家注册)
    ("省级", re.compile(r"省级|省(?![内外])")),
    ("市级", re.compile(r"市级")),
    ("县级", re.compile(r"县级|区级")),
]
LEVEL_NAMES = "国家级|省级|市级|县级|区级|国际|国家"
ANY_LEVEL = re.compile(LEVEL_NAMES)
# A level word that names no honour's level: who designates (省定欠发达县), a market of the province (岱川省区域性股权
# 市场), a government department that organises (县级以上商务部门组织的展会; not 省政府质量奖: a government's award)
# a level that designates (省定欠发达县) or qualifies a region (省级区域性), not an honour's
DESIGNATING_LEVEL = re.compile(rf"(?:{LEVEL_NAMES}|省|市|县)(?:级)?(?:以上)?(?=定|区域性)")
NO_HONOUR_LEVEL = re.compile(rf"(?:{LEVEL_NAMES}|省|市|县)(?:级)?(?:以上)?(?=定|区域性"
                             rf"|[^，,、的]{{0,6}}?(?:部门|机关)(?![^，,。；;]{{0,4}}(?:认定|评为|评定|授予|命名|批准)))")
LEVEL_WORD = re.compile(rf"^(?:{LEVEL_NAMES}|省|市|县)")  # a level word at the start
# a table's column of one level's sums (|类别|国家级|省级|市级|, |国家级奖励|省级奖励|)
LEVEL_SUM_COLUMN = re.compile(rf"(?:{LEVEL_NAMES}|省|市|县)(?:奖励|补助|补贴|标准|金额)?")
LEVEL_END = re.compile(rf"(?:{LEVEL_NAMES})$")  # a level word at the end


_AND_ABOVE = re.compile(rf"(?P<level>{LEVEL_NAMES}|省)\s*(?:及|或)?以上")
_GOVERNMENT = [name for name, _ in LEVELS if name != "国际"]  # levels of government, the highest first


def levels_in(text: str) -> list[str]:
    """Administrative levels named in a text, in the order of LEVELS; a level and every one above it
    (省级以上: 国家级, 省级) where the text says 以上."""
    named = {name for name, pattern in LEVELS if pattern.search(text)}
    for m in _AND_ABOVE.finditer(text):
        lowest = levels_in(m.group("level"))[-1:]
        if lowest and lowest[0] in _GOVERNMENT:
            named |= set(_GOVERNMENT[: _GOVERNMENT.index(lowest[0]) + 1])
    return [name for name, _ in LEVELS if name in named]


# What a question says it is not asking about: 单项冠军产品（不是单项冠军企业）, 省级的不是国家级的 (not 是不是),
# or names only to compare (评上国家级的了，比省级还高一级: not 比例, 比上年).
NOT_ASKED = re.compile(r"(?:(?<!是)不是|而不是|而非|并非|不包括|不含"
                       r"|比(?=(?:国家|省|市|县|区)级[^，,。]{0,4}?(?:还|更)?[高低]))(?P<aside>[^，,。；;？?！!）)高低]{2,16})")


def strip_levels(text: str) -> str:
    """The text without level words, to compare what two texts are about apart from their level."""
    return ANY_LEVEL.sub("", text)


# Where, abroad or at home, of a listing or a fair: a place abroad (港交所, 德国) or at home (上交所, 广交会) names
# its kind; 境内外 names both; 境内 / 国内 only before an act or a party (境内证券交易所, 国内展会, 国内整车企业; not
# 国内领先水平).
_BOTH_SIDES = "[境国海]内外"
_WHERE_ACT = r"(?=[^，,。；;]{0,8}?(?:上市|挂牌|展|交易所|证券|发行|企业|厂|供应|客户|采购|市场))"
_ABROAD = (rf"(?:境外|国外|海外|{_BOTH_SIDES}){_WHERE_ACT}|出国|港股|港交所|香港|澳门|纳斯达克|纽交所|美股|欧洲|欧盟"
           r"|东南亚|中东|非洲|南美|北美|拉美|美国|德国|日本|韩国|英国|法国|意大利|俄罗斯|越南|泰国|新加坡|马来西亚"
           r"|印尼|印度|阿联酋|迪拜|沙特|土耳其|巴西|墨西哥|澳大利亚|加拿大|荷兰|西班牙|比利时|瑞士|瑞典|波兰|以色列"
           r"|埃及|南非")
# the exchanges as everyone calls them, and their names (not 上交所有材料: 上交 is handing in there)
EXCHANGES_SPOKEN = {r"上交所(?![有在属需要得])": "上海证券交易所", "深交所": "深圳证券交易所",
                    "北交所": "北京证券交易所"}
EXCHANGE_SPOKEN = "|".join(EXCHANGES_SPOKEN)
_AT_HOME = (rf"(?:境内|国内|{_BOTH_SIDES}){_WHERE_ACT}|A股|沪深|{EXCHANGE_SPOKEN}"
            r"|(?:上海|深圳|北京)[^，,。；;]{0,12}?证券交易所|科创板|创业板|广交会|进博会")
# Premises rented, or bought and built (租用标准厂房, 厂房租金; 买下了厂房, 自己拿地盖总部大楼): the act next to them.
_PREMISES = r"厂房|用房|办公楼|写字楼|场地|房屋|楼宇|土地|大楼"
_RENTED = rf"租(?:用|赁|了|下)?[^，,。；;]{{0,6}}?(?:{_PREMISES})|(?:{_PREMISES})[^，,。；;]{{0,4}}?租金|房租"
_BOUGHT = rf"(?:购买|购置|买下?了?|自建|拿地|新建|盖)[^，,。；;]{{0,6}}?(?:{_PREMISES})"
# Kinds of one thing that policies grant one by one, as they grant levels: an academic degree (highest
# first), a kind of patent (专利法: 发明、实用新型、外观设计), a rank (一级供应商, 二级建造师), a star rating
# (四星级以上) or a vocational skill grade (高级工、技师), highest first; and ways of one act that exclude each
# other (listing or exhibiting abroad or at home; renting premises or buying and building them). A kind asked
# that a clause does not grant is not granted.
FIRST_AWARD = re.compile(r"首次|(?<!重)新认定|(?<!重)新获|首批|初次|(?<!重)新评")  # 重新认定 is no first award
# (not a step of review by a government: 经县里复核通过后, 部门复审)
RENEWED_AWARD = re.compile(r"重新认定|重新获|重新评|(?<![里级门局厅])复(?:审|核)|再次认定|再次获|到期重新|续期")
SIBLING_KINDS: list[tuple[str, ...]] = [
    ("博士", "硕士", "本科", "大专"),
    ("发明", "实用新型", "外观设计"),
    ("一级", "二级", "三级", "四级"),
    ("五星", "四星", "三星", "二星", "一星"),
    ("国际标准", "国家标准", "行业标准", "地方标准", "团体标准", "企业标准"),  # who sets a standard
    (f"境外|{_ABROAD}", f"境内|{_AT_HOME}"),  # where; a kind may have other names, the first is shown
    ("购房", "租房|租赁住房", "安家"),  # how housing is supported
    (f"租用厂房|{_RENTED}", f"购买或自建厂房|{_BOUGHT}"),  # how premises are held
    ("高级技师", "技师", "高级工", "中级工", "初级工"),  # a vocational skill grade
    # a party to a sale (the buyer also as a grant names it: 购买技术成果)
    ("买方|购买|受让方", "卖方|出让方|转让方|输出方"),
    # a tier of the capital market: an exchange, the national share transfer system, a regional equity market
    ("交易所|上交所|深交所|北交所|主板|科创板|创业板", "新三板|全国中小企业股份转让系统|股转系统",
     "区域性股权|股权交易中心"),
    # the round of an honour's recognition: the first (首次认定, 新认定: of FIRST_AWARD, only a recognition — not
    # 首次入库, 首次突破) or a renewal (RENEWED_AWARD: 重新认定, 复核通过)
    ("首次认定|(?<!重)新认定|首次获评|(?<!重)新获评", RENEWED_AWARD.pattern),
]


def kinds_in(text: str, kinds: tuple[str, ...]) -> list[str]:
    """The kinds a text names (by the first of each kind's names); 本科及以上 names every kind listed before
    本科 as well."""
    # (not 上一级, 一星期, 国家标准化; nor a kind only as the end of another's name: 技师 in 高级技师 — 境内外 names
    # both 境内 and 境外)
    names, and_above = _kind_patterns(kinds)
    spans = {k: [m.span() for m in names[k].finditer(text)] for k in kinds}
    named = {k for k in kinds if any(not any(o != k and a < s and e == b for o in kinds for a, b in spans[o])
                                     for s, e in spans[k])}
    for n, kind in enumerate(kinds):
        if and_above[kind].search(text):
            named.update(kinds[:n])
    return [k.split("|")[0] for k in kinds if k in named]


@functools.cache
def _kind_patterns(kinds: tuple[str, ...]) -> tuple[dict[str, re.Pattern[str]], dict[str, re.Pattern[str]]]:
    """kinds_in's patterns of a class of kinds, compiled once: each kind's name, and it with 及以上 after it."""
    return ({k: re.compile(rf"(?<![上下第])(?:{k})(?!期|联动|化)") for k in kinds},
            {k: re.compile(rf"(?:{k})(?:学历|学位|级)?(?:及|或)?以上") for k in kinds})


def kinds_of_terms(text: str, terms: Iterable[str]) -> dict[str, str]:
    """For each term that is a piece of a longer name of one of the SIBLING_KINDS in `text` (上交 of 上交所, as
    the segmenter cut it), that kind's names, as a pattern: a clause naming the kind by any of them (沪深北证券交易所)
    names what the term does. (Not a whole name: 香港 is no more met by 境外展会 than 德国 is.)"""
    named: dict[str, str] = {}
    for kinds in SIBLING_KINDS:
        for kind in kinds:
            for m in re.finditer(kind, text):
                named.update({t: kind for t in terms if t != m.group(0) and t not in named
                              and (m.group(0).startswith(t) or m.group(0).endswith(t))})
    # a kind, met by a clause naming it or a kind after it 以上 (五星 by 四星级以上, as kinds_in reads it)
    for kinds in SIBLING_KINDS:
        for n, kind in enumerate(kinds):
            if kind in terms and kind not in named:
                named[kind] = rf"{kind}|(?:{'|'.join(kinds[n:])})(?:学历|学位|级)?(?:及|或)?以上"
    return named


# --- jurisdictions ---------------------------------------------------------------------------------
# The administrative suffix of a place name says its level (自治区 before 区, 高新区 before 区 …).
PLACE_SUFFIXES: list[tuple[str, str]] = [
    ("自治区", "province"), ("省", "province"),
    ("自治州", "city"), ("市", "city"), ("州", "city"), ("盟", "city"),
    ("经济技术开发区", "zone"), ("高新技术产业开发区", "zone"), ("开发区", "zone"), ("高新区", "zone"),
    ("经开区", "zone"), ("新区", "zone"), ("园区", "zone"),
    ("自治县", "county"), ("县", "county"), ("区", "county"), ("旗", "county"),
    ("街道", "town"), ("镇", "town"), ("乡", "town"),
]
# How people shorten a zone's name: 澜州高新区 is 澜州高新技术产业开发区.
PLACE_SUFFIX_ALIASES = {"高新区": "高新技术产业开发区", "经开区": "经济技术开发区"}
PLACE_SUFFIX = "|".join(s for s, _ in PLACE_SUFFIXES)
# A place at the start of an issuer's name or a title: 2–6 characters, then a suffix (枫岭市人民政府…).
PLACE_AT_START = re.compile(rf"^(?:关于)?(?P<core>[一-鿿]{{2,6}}?)(?P<suffix>{PLACE_SUFFIX})")
# Spoken "the X government" in a question: 省里 / 市里 / 县里 / 区里 / 镇里 / 园区 → the issuer's level.
_NOT_PLACES = ("关于", "支持", "促进", "推动", "加快", "印发", "人民", "政府")
SPOKEN_LEVELS = {"省里": "province", "省政府": "province", "市里": "city", "市政府": "city", "县里": "county",
                 "县政府": "county", "区里": "county", "区政府": "county", "镇里": "town", "镇政府": "town",
                 "省上": "province", "县上": "county", "区上": "county", "镇上": "town", "乡里": "town",
                 "街道": "town", "开发区": "zone", "高新区": "zone", "经开区": "zone", "管委会": "zone",
                 "园区": "zone"}
# 园区 is any industrial park, most often where the enterprise is (租了园区标准厂房, 我们园区, 园区企业, 在园区里):
# it speaks of the zone's government only as the one that grants (园区再奖多少, 园区的奖补资金, 园区落户奖励) or beside
# another government (县里加园区)
SPOKEN_ONLY_AS_GRANTOR = {
    "园区": rf"(?<![在进入到户租住我们本该])园区(?!企业|里|内|外|以外|之外|的企业|公司|厂|标准厂房)"
            rf"(?:(?=[再还又也先另对给发]|[^，,。；;？?]{{0,8}}?(?:{GENERIC_GRANT_WORDS}|奖|补|贴|给|拿|扶持|政策|资金|兑现))"
            r"|(?<=[里上级府][加和与及跟]园区)|(?<=[里上级府]加上园区))"}
# The government whose fund a graded level names (省级制造业专项资金: the province's), and each government as an
# answer names it to the asker.
GOVERNMENT_OF_LEVEL = {"省级": "province", "市级": "city", "县级": "county"}
GOVERNMENT_NAMES = {"province": "省里", "city": "市里", "county": "县（区）里", "town": "镇（街道）里", "zone": "园区"}


def place_of(text: str) -> tuple[str, str]:
    """(place name, level) at the start of an issuer's name or a title: 溪桐县科学技术局 -> (溪桐县,
    county); the innermost of nested places (松川市临澜区人民政府 -> 临澜区; a government's agency, 栎阳市汭水区人民政府
    鹂湖街道办事处 -> 鹂湖街道); a party committee's too (中共栎阳市委… -> 栎阳市), and a measure's a title quotes
    (《桤城市…若干措施》政策问答 -> 桤城市); ("", "") when it starts with none. Words of a title such as 关于支持 are
    not a place."""
    place, level, rest = "", "", text.removeprefix("《").removeprefix("中共")
    while (m := PLACE_AT_START.match(rest)) and not m.group("core").startswith(_NOT_PLACES):
        place, level = m.group("core") + m.group("suffix"), dict(PLACE_SUFFIXES)[m.group("suffix")]
        rest = rest[m.end():]
        if rest.startswith("人民政府") and PLACE_AT_START.match(rest[4:]):
            rest = rest[4:]
    return place, level


# --- time ----------------------------------------------------------------------------------------------
# A year's round of applications (2024年度…申报指南; 2025年度专精特新啥时候报名). In a question, a year whose
# part of the sentence gives no figure: 2023年度研发费用800万 is a year of the asker's figures, not a round.
ROUND_YEAR = re.compile(r"(20\d\d)\s*年度")
_BARE_YEAR = re.compile(r"(20\d\d)\s*年(?![度月底初末内前后以])")
_APPLYING = re.compile(r"申报|报名|指南|受理")
_ASKS_WHEN = re.compile(r"什么时候|啥时候|何时|几时|几号|哪天|几月|多久|吗|么|能不能|可不可以")  # the part that asks
# applying done or missed (2023年就申报了, 2023年没来得及申报, 去年申报被退回): no round asked
_APPLIED = re.compile(r"(?:申报|报名|报)(?:了|过)|(?:没|未)[^，,。；;]{0,6}?(?:申报|报名)|退回|已经?(?:申报|报名)")
# the enterprise's own event after its year (2023年认定的, 2022年竣工, 2021年被评为): not a round
_EVENT_AFTER = re.compile(r"[^，,。；;？?]{0,4}?(?:认定|评上|评为|评定|获得|拿到|取得|入选|通过|竣工|投产|完成|成立"
                          r"|注册|落户|设立|迁入|上市|挂牌|进规|入规|纳入)")


def _names_figure(part: str) -> bool:
    """A figure's metric named for itself (营收增长了), not as the name of a measure (研发投入奖励)."""
    return any(not re.match(r"[奖补资扶支]", part[m.end():]) for _, pattern in METRICS for m in pattern.finditer(part))


def round_year(text: str, question: bool = True) -> str:
    """The round a question asks about: the first YYYY年度 in a part of the sentence that holds no other
    number and names no figure (2024年度营收增长了: a year of figures), or a bare YYYY年 in such a part that
    asks of applying (2025年的专精特新什么时候申报, 明年（2025年）的申报指南啥时候出; not 2023年认定的: the year of the
    enterprise's own event; not 2023年就申报了: applying done); with `question` False, the round a title is for
    (2024年度…申报工作的通知 -> 2024)."""
    for part in re.findall(r"[^，,。；;！!？?（）()\n]+", text):
        for m in ROUND_YEAR.finditer(part):
            if not question or not (re.search(r"\d", ROUND_YEAR.sub("", part)) or _names_figure(part)):
                return m.group(1)
    if question:
        for part in CLAUSE_PART.findall(text):
            for m in _BARE_YEAR.finditer(part):
                if _APPLYING.search(part) and _ASKS_WHEN.search(part) and not _APPLIED.search(part) \
                        and not _EVENT_AFTER.match(part, m.end()) \
                        and not (re.search(r"\d", part.replace(m.group(0), "")) or _names_figure(part)):
                    return m.group(1)
    return ""


# The kinds of policy document; 本办法 / 本措施 … is a sentence about the document itself.
DOC_TYPES = r"(?:办法|措施|政策|细则|清单|通知|规定|方案|指南|意见|决定|规则|条例|目录|计划|纲要|规划|公告|通告)"
# Whether it is still in time, as spoken (10月8号交还来得及吗, 5月再交能赶上这一批吗): one class of asking words
IN_TIME = r"来得及|来不及|赶得上|赶不上|赶上"
# Whether a measure is still in force, as spoken (还在有效期内吗, 还管用不; 到2027年还能按它报吗, 到时候还能按这份清单
# 拿吗: applying under it at a time to come, not 2022年11月拿的证书，现在还能按细则申请吗: whether a past event counts):
# a question of its validity, though it names no time
_IN_FORCE_ASKED = r"还(?:在|是)?有效期[内里中]|还(?:有效(?![益果率])|管用|作数|算数)|还能(?:用|适用)(?![于来在作])"
_UNDER_IT = rf"还能?按(?=(?:[^，,。；;？?]{{0,24}}?{DOC_TYPES}|它|这个|这份|这套)(?![^，,。；;？?]{{0,3}}标准))"
STILL_IN_FORCE = rf"{_IN_FORCE_ASKED}|(?:到(?:时候?|那时候?|\d{{2,4}}年)|届时)[^，,。；;？?]{{0,30}}?{_UNDER_IT}"
# A question about when or how long, and a text that states a time (a date, a period, a deadline).
# (前几年退规了, 这几天, 几年前: a vague time of the asker's story, not a time asked; 到期前几个月 asks)
TIME_QUESTION = re.compile(r"多久|多长(?!的)|(?<![这近])(?<![，,。？?\s]前)(?<!^前)几(?:天|个月|年)"
                           r"(?!前|来(?:[，,。]|$))|哪天|哪一天|几号|什么时候|啥时候"
                           r"|何时|多少天"
                           rf"|多少个?工作日|哪一?年(?!的|度的)|哪一?个?月|几月|截止|期限|时限|{IN_TIME}|{STILL_IN_FORCE}")
# The words that name an end of a period (从啥时候开始执行，到哪天为止): of a when-question, they ask for the time,
# as the when-word does; they name no topic
SPAN_END_WORDS = r"开始|起始|为止|结束"
# 几号开始报，几号截止: both ends of a period asked, each with a when-word, which a clause stating the period answers
# (2026年3月16日至4月15日, 3月1日至31日, 3月16日起至4月15日止); not 截止后什么时候开始初审 (one end, of another step)
BOTH_ENDS_ASKED = re.compile(r"(?s)^(?=.*(?:几号|哪天|哪一天|什么时候|啥时候|何时|几月)[^，,。？?]{0,6}开始"
                             r"|.*开始[^，,。？?]{0,6}(?:几号|哪天|哪一天|什么时候|啥时候|何时|几月))"
                             r"(?=.*(?:截止|截至|结束)(?!后|以后|之后))")
PERIOD_STATED = re.compile(r"\d{1,2}月\d{1,2}日\s*起?\s*(?:至|到|—|－|-|～|~)\s*(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日")
TIME_STATED = re.compile(r"\d+\s*(?:个)?(?:工作日|日|天|个月|月|年)"
                         r"|[一二三四五六七八九十两]+(?:个)?(?:工作日|天|个月|年)"
                         r"|截止|之前|以前|期限|时限|每年|当年|次年|季度")

# 啥时候能…, 哪天去…, 几月报: the verb that follows
_WHEN_ASKED = r"(?:时候|何时|几号|哪天|几月|哪一?个?月)(?:份)?(?:能|会|才|可以|可|去|再)?"
# What a when-question asks the time of, by class of event: 多久能到账 asks of the payment, 有效期几年
# of the validity, 什么时候截止 of the application. An event followed by 完 / 后 (公示完多久能到账,
# 批下来后) is where the time is counted from, not what is asked.
TIME_EVENTS = {
    "payment": re.compile(r"到账|到位|账上|账户|拨付|拨款|下拨|兑现|兑付|支付|发放|发钱|打款"),
    # (纳税申报: a tax return; 上报, 补交, 递交: handed in, not 网上报名, 上交所)
    "application": re.compile(r"(?<!纳税)申报|申请|报送|报名|填报|提交|受理|截止|(?<![网线马])[上补递][报交](?!所)"
                              rf"|{_WHEN_ASKED}报(?![告表销到道批])"  # 啥时候去报, not 报告
                              rf"|[交报](?=还?(?:{IN_TIME}|收))"  # 再交来得及吗
                              r"|报(?=[一两二三几]\s*[次回批])"),  # 一年报几次
    # (管到 / 作数: as spoken; 试行期, 试行到: a trial's term — not …办法（试行）, a title's mark)
    "validity": re.compile(r"有效期|施行|试行(?=期|到|至|多久|多长|几年)|实施|执行|到期|失效|管到|管用|作数|还有效"),
    "publicity": re.compile(r"公示|公告"),
}
# How a question names the event it asks the time of: as a clause states it, and 截止 for the end of the
# measure (有效期多长，到什么时候截止) as well as of applying (see time_asked_of).
# (a part that asks whether it is still in force names it with words of its own: 还能按 at a time to come)
ASKED_EVENTS = {**TIME_EVENTS,
                "validity": re.compile(f"{TIME_EVENTS['validity'].pattern}|截止|{_IN_FORCE_ASKED}|{_UNDER_IT}")}
_COUNTED_FROM = re.compile(r"[\u4e00-\u9fff]{0,3}?(?:完|后|以后|之后|结束)")
_ISSUED = re.compile(rf"{_WHEN_ASKED}发(?![布文展生现明表起])")
_MONEY_SPOKEN = re.compile(rf"{GRANT_WORDS}|钱|奖|资金|款")


def time_asked_of(question: str) -> tuple[str, ...]:
    """The classes of event a when-question asks the time of, in the part of the sentence that asks
    (研发奖励申报，审计报告要哪几年的 asks no event's time); none when it names no event."""
    every = _PIECE.findall(without_standing(question))
    asking: list[str] = []
    for n, part in enumerate(every):
        if not TIME_QUESTION.search(part):
            continue
        if n and _GOES_ON.match(part) and not any(_events_in([part]).values()):
            asking.append(every[n - 1])  # 一年报几次？都是几月份？: it goes on from the part naming the event
        asking.append(part)
    words = _events_in(asking)
    # 截止 ends what the question names: the measure (有效期多长，到什么时候截止; 这套措施能用到什么时候) or else
    # the time to apply (什么时候截止)
    valid = any(w != "截止" for w in words["validity"]) or bool(_MEASURE_UNTIL.search(question))
    if valid:
        words["validity"] = ["有效期"]
        words["application"] = [w for w in words["application"] if w != "截止"]
    else:
        words["validity"] = []
    return tuple(name for name, found in words.items() if found)


def without_standing(question: str) -> str:
    """The question without the pieces that tell the asker's own standing still in force (证书还在有效期内，打算整体
    迁过来，有没有奖励: told, not asked — a piece asks whether something is still in force with a question's particle
    or mark, or as the message's last words), each replaced by a space."""
    pieces = list(_PIECE.finditer(question))
    out = question
    for n, m in enumerate(pieces):
        part = m.group()
        if re.search(STILL_IN_FORCE, part) and not TIME_QUESTION.search(re.sub(STILL_IN_FORCE, " ", part)) \
                and not _ASKS.search(part) and n < len(pieces) - 1 and not re.match(r"[？?]", question[m.end():]):
            out = out[: m.start()] + " " * len(part) + out[m.end():]
    return out


_PIECE = re.compile(r"[^，,。；;？?！!\n]+")  # a piece of a sentence, between its marks
_ASKS = re.compile(r"[吗么呢嘛吧]|是否|是不是|[不没]$|没有$")  # a piece that asks (还有效吗, 是否还有效, 还管用不)
_GOES_ON = re.compile(r"\s*(?:都|分别|各|具体)")  # a part that goes on from the one before: 都是几月份


# what follows a word of a document's name: its kind, or another event's word and its kind (兑现申报指南)
NAMES_DOCUMENT = rf"(?:{'|'.join(e.pattern for e in TIME_EVENTS.values())})?{DOC_TYPES}"


def _events_in(parts: list[str]) -> dict[str, list[str]]:
    """The words of each class of event the parts name (see time_asked_of)."""
    words = {name: [m.group() for p in parts for m in event.finditer(p)
                    # (申报指南, 兑现申报指南: a word of a document's name)
                    if not _COUNTED_FROM.match(p, m.end()) and not re.match(NAMES_DOCUMENT, p[m.end():])
                    # (还能按…: of the measure only at a time to come, 到2027年还能按它报吗)
                    and (not re.fullmatch(r"还能?按", m.group()) or re.search(STILL_IN_FORCE, p))]
             for name, event in ASKED_EVENTS.items()}
    # 奖励什么时候能发下来: the bare verb asks of the payment in a part about money (not 指南啥时候发, 证书哪天发)
    words["payment"] += [m.group() for p in parts if _MONEY_SPOKEN.search(p) for m in _ISSUED.finditer(p)]
    return words


def states_time_of(text: str, events: tuple[str, ...] = ()) -> bool:
    """Whether a clause states a time, and (when the question names events) the time of one of them:
    a sentence that states a time and names the event (公示5个工作日 is no time of payment), not only as
    where the time is counted from (自资金拨付之日起满2年后…复评: the time of a review), as what is not done
    (当年度不予兑现) or as a cost the enterprise pays (按实际支付利息的50%给予贴息，贴息期限最长2年)."""
    def names(event: str, sentence: str) -> bool:
        sentence = _COUNTED_FROM_EVENT.sub("", sentence)
        return any(not _NOT_DONE.search(sentence, 0, m.start()) and not _A_COST.match(sentence, m.end())
                   and not (m.group() in ("执行", "实施") and _APPLIED_PER.search(sentence, 0, m.start()))
                   for m in TIME_EVENTS[event].finditer(sentence))
    return any(TIME_STATED.search(s) and (not events or any(names(e, s) for e in events))
               for s in SENTENCE.findall(text))


_COUNTED_FROM_EVENT = re.compile(r"自[^，,。；;]{0,15}?(?:之日)?起")
_NOT_DONE = re.compile(r"(?:不再?予以?|不得|不再|不|暂停|停止|暂缓)$")
# a standard a grant is paid by (按第8项标准的50%执行, 参照县级政策执行): no time the measure runs
_APPLIED_PER = re.compile(r"(?:按照?|参照|依照|比照)[^，,。；;]{0,16}$")
# what the enterprise itself pays (支付利息), not a grant named after it (房租补贴, 税收奖励)
_A_COST = re.compile(rf"的?(?:利息|租金|房租|费|工资|薪|价款|货款|税)(?![^，,。；;]{{0,4}}?(?:{GRANT_WORDS}|返还))")


# --- what a question asks for, and the headings under which documents say it ---------------------
# may I apply: 能报吗, 能不能申请, 可以享受吗, 能否申报 (modal + a verb of applying; 能享受哪些 asks a list)
# (再申请 / 重新申报: once more; 算进 / 计入: whether a cost counts toward the
# figure a grant is measured by; 能找省里申请: of which government; not 节能报告, 智能申报; 能拿点 asks for some money)
MAY_APPLY = (r"(?:能不能|可不可以|能否|可否|(?<![节智功性效技动])能|可以)(?:再|重新)?"
             r"(?:(?:找|向)[省市县区镇][里级上]?)?(?:报|申报|申请|享受|参加|拿|领"
             r"|算进|算入|计入)(?!到?(?:多少|哪些|什么|啥|几|点|些))(?:吗|么)?")
# The papers an application is made of: a clause that names one lists materials (申请表, 复印件, 审计报告),
# one that only says 提交申请材料 does not.
PAPERS = re.compile(r"申[请报][表书]|(?:登记|汇总|明细|信息|情况|财务报)表|复印件|原件|证明|报告|发票|凭证|执照"
                    r"|清单|承诺[书函]|说明书|批复|一式")
# Where an application is first handed in (第一步找谁, 先去哪里递, 去哪申请), and the step of a procedure that
# says it: the applicant's own act (企业向注册地县级主管部门提出申请, 企业登录…平台在线填报).
WHERE_TO_APPLY = re.compile(r"第一步|头一步|首先(?:去|到|向|找)|先(?:找|去|到(?!先得)|向|交|报|递)"
                            r"|(?:去|到|在|向|往)哪(?:里|儿|个部门|个单位|一级)?(?:提出?)?(?:递|交|报|申请|申报)|(?:向|找|跟)谁(?:提出?)?(?:申请|申报|报|递|交)"
                            # 纸质材料交给谁 / 交哪 / 报到哪里: the act, then where or to whom
                            # (not 交哪些材料 / 交哪几份: which papers; not 交到哪天: when)
                            r"|(?:交|递|报送|报|送)(?:到|给|去)?(?:哪(?:里|儿|个部门|个单位|(?![些个样种类份年一几天月时]))|谁)"
                            # (材料交到镇上哪个单位: a place said on the way, of the applicant's own act)
                            r"|(?:交|递)(?:到|给|去)[^，,。；;？?]{1,4}?哪(?:里|儿|个部门|个单位|个科室)"
                            # 企业能不能直接把材料交到省工信厅 (not 初审后直接报送到市局: the government's act)
                            r"|(?:材料|资料|申请|我们|企业|公司)[^，,。？?]{0,8}?直接[^，,。？?]{0,6}?(?:交|报|递)(?!送)(?:到|给)")
# (intent, words of a question asking for it, words of a heading over clauses that say it)
ASPECTS: list[tuple[str, re.Pattern[str], re.Pattern[str]]] = [
    # (the forms papers take: 纸质版, 书面, 原件, 扫描件)
    # (whether a paper is to be handed in: 明细表要不要交, 需不需要提供; not a charge paid, 要不要交所得税 / 押金 /
    # 租金, nor where to, 要不要交到区里)
    # (not 材料有假, 虚假证明: a breach)
    ("materials", re.compile(r"(?<!假)(?:材料|资料|证明)(?![^，,。；;？?]{0,3}(?:造假|作假|有假|假的|不实))|复印件"
                             r"|盖章|几份|提交什么|交什么|准备什么|(?:哪些|什么|啥)东西"
                             r"|纸质|纸本|书面|电子版|扫描件|原件"
                             r"|(?:要不要|需不需要|用不用|是否需?要)(?:提交|提供|附|上传|报送|交(?!到))"
                             r"(?![^，,。；;？?]*(?:税|费|钱|款|金|租|息|险|押|社保|公积金|担保))"),
     re.compile(r"材料|资料")),
    # (where and in what steps it is handed in: 窗口, 网上, 报上去, 初审, 补报)
    ("procedure", re.compile(r"流程|程序|步骤|(?:怎么|怎样|如何|咋)(?:申请|申报|报|办理|操作|走(?=[？?，,。]|$)"
                             r"|(?:审|评)(?![上估价计的定]))"
                             r"|在哪里?申请|在哪里?报"
                             r"|哪个平台|填报"
                             rf"|{WHERE_TO_APPLY.pattern}|审核|审批|拨付|(?<!还能)兑现|窗口|线上|线下|网上|[报交]上去"
                             r"|[报交递送]到哪|(?<!申)报到|初审|复审|复查|补报|报法"
                             # (the steps by their count or name: 走哪几步, 几道审核, 后面还有啥环节; 怎么个申请法)
                             r"|[哪几]几?步(?!骤)|几道(?=审|关|手续|程序|环节)|(?:哪些|啥|什么|几个|哪几个)环节"
                             r"|怎么个(?:申请|申报|报|办)法"),
     re.compile(r"程序|流程|步骤|环节|方式|审核|审批|兑现|拨付")),
    ("contact", re.compile(r"联系|电话|咨询|找谁|联系人|(?:办公室|地址)(?:在哪|在什么|是什么|是哪)"),
     re.compile(r"联系|咨询|受理")),
    ("time", TIME_QUESTION, re.compile(r"时间|期限|截止|安排")),
    # (whether a bar is met, asked as spoken: 够不够格, 达标吗, 符不符合)
    # (as what it may apply: 能按总部企业拿…吗 — the words in between stay words of the question)
    ("conditions", re.compile(rf"条件|资格|门槛|要求|{MAY_APPLY}"
                              r"|(?:能|可以)按(?!时|期|月|季|年|比例|规定|照|实际|程序|要求)[^，,。？?]{1,8}?"
                              r"(?:报|申报|申请|享受|拿|领)(?!销)"
                              r"|够不?够格|够格|达标(?=了?吗|没|不)|达不达标|符不符合|符合吗|合不合格|满不满足"
                              r"|还(?:能|可以)兑现"  # (出了事故，还能兑现不: whether it is still paid)
                              # (算不算县里政策的支持对象, 属不属于支持范围: whether the asker is whom it is for)
                              r"|(?:算不算|属不属于|是不是|在不在)[^，,。？?]{0,20}?(?:对象|范围)"
                              r"|被卡(?!脖子)|卡住"),  # (申报镇里的奖励会不会被卡: whether something bars it)
     re.compile(r"条件|对象|范围|要求")),
]

def heading_aspects(headings: Sequence[str]) -> set[str]:
    """The aspects a clause is of by its headings: those the innermost heading naming any names (第九条申报材料
    under 第四章申报和兑现 is of materials, not of procedure too)."""
    for heading in reversed(headings):
        if named := {name for name, _, pattern in ASPECTS if pattern.search(heading)}:
            return named
    return set()


# How an honour is recognised (高企认定需要什么条件, 智能制造示范项目怎么认定) is answered by a clause that says how
# it is recognised (认定条件, 申报认定), not by one that rewards it once recognised (对新认定的…给予, 经认定的…).
RECOGNITION_ASKED = re.compile(r"(?:怎么|如何|怎样)(?:认定|评定|评选|评上)"
                               r"|(?:认定|评定)[^，,。；;？?]{0,4}(?:条件|标准|程序|流程|要求)|认定需要"
                               # (得达到啥标准才能认定下来: the bar before the honour)
                               r"|(?:条件|标准|要求)[^，,。；;？?]{0,4}?才(?:能|可以)?(?:被)?(?:认定|评定|评上|评为)")
# (新认定的 / 经认定的 / 被认定为: an award once made, not how it is made; 认定文件: the proof of one)
STATES_RECOGNITION = re.compile(r"(?<![经被已获并])(?<!(?<!重)新)(?:认定|评定|评选)(?!的|为|文件|证书|书)")
# 分几档，各档多少: asks for every row of a tier table (words of asking, no topic)
EACH_TIER = re.compile(r"[各每]个?档|(?<!第)几个?档|分档|哪些档")  # (第几档 asks for one)
TOP_TIER = re.compile(r"最高(?:的|那)?一?档|顶档")  # 最高一档是多少: the top tier of a tier list asked
# Words that only ask (什么时候, 哪天, 几年, 几份, 哪个, 能不能报): an interrogative with its measure word,
# or a may-I-apply verb phrase. They say what kind of answer is wanted, never what it is about.
QUESTION_PHRASE = re.compile(r"各(?:是|为|有|自)?(?=多少|几)|(?:什么|啥|哪(?:一|儿|里)?|几|多少|多长|何)"
                             rf"(?:些?东西|时候|时|天|日|号|年|个月|月|份|个|种|些|类|项|家|次|位)?|{MAY_APPLY}"
                             # 有不清楚的地方, 有疑问: that the asker needs help, no topic
                             r"|(?:有|还有)?(?:不清楚|不明白|不懂|不了解|搞不清|拿不准)的?(?:地方|问题)?|有(?:疑问|问题)"
                             r"|第[一二三四五六七八九十几]步|头一步")  # (which step: see WHERE_TO_APPLY)
# A question that asks how much (多少钱, 奖多少, 几万, 什么标准); a grant word alone may just name the measure
# (研发奖励什么时候申报) when the question asks for something else.
HOW_MUCH = re.compile(r"多少(?!天|个?工作日|份|年|个月|家|次|人)|几[十百千]?万|金额|额度|给钱|能拿|能领"
                      r"|(?:补助|奖励|补贴|奖补|资助|支持|什么|啥)标准|标准是"
                      r"|怎么奖|怎么补|[奖补]几(?!号|天|日|月|年|次|份|家|批|个?工作日)")
ASKING_PART = re.compile(rf"{HOW_MUCH.pattern}|{QUESTION_PHRASE.pattern}|[吗呢么]")  # a part (CLAUSE_PART) that asks


# Relief from a tax or a charge (加计扣除, 减免, 抵免, 留抵退税): another kind of support than a grant. A question
# for its rate or sum (按多少比例扣除, 能退多少) is answered only by a clause that states one for it, not by a
# grant to those who enjoy it (对享受研发费用加计扣除政策的企业…给予补助).
RELIEF = r"(?:加计扣除|扣除|抵扣|抵免|减免|免征|减征|减按|退税|免税|减税)"
RELIEF_ASKED = re.compile(rf"(?:多少|几成|百分之几|比例)[^，,。；;？?]{{0,4}}(?:{RELIEF}|扣|退|免)"
                          rf"|{RELIEF}[^，,。；;？?]{{0,4}}(?:多少|几成|百分之|比例)|(?:扣|退|抵|免)(?:多少|几成|百分之)"
                          # a tax's rate (所得税是不是按15%交): what the relief leaves to pay
                          r"|(?:所得税|增值税)[^，,。；;？?]{0,6}按[^，,。；;？?]{0,3}\d+\s*%|税率")
STATES_RELIEF = re.compile(rf"(?:\d\s*%|\d\s*(?:万元|亿元|元)|倍)[^，,。；;]{{0,8}}{RELIEF}"
                           rf"|{RELIEF}[^，,。；;]{{0,8}}\d\s*(?:%|万元|亿元|元)")
# What a grant may be spent on (这笔钱能不能拿去还贷款, 奖金在用途上有没有规定), and a clause that says it
# (应当用于研发投入…，不得用于发放职工福利和偿还债务; 专款专用).
# What follows a breach or a later change (材料有假会咋处理, 搬到邻省去，这笔补助要退吗, 几年内不能迁出) is answered
# by a clause that takes the money back or bars the applicant (追回已拨付资金，取消其三年内申报资格; 5年内迁出的，
# 应当退回).
BREACH_ASKED = re.compile(r"(?:会|将)被?(?:咋|怎么|怎样|如何)(?:处理|处罚|追究)|(?:什么|啥)(?:后果|处罚)"
                          r"|(?:要|得|需要|用不用|要不要|会被)(?:退|追回|收回|返还|退还)(?!休|税|费|出|城|款|补)"
                          r"|(?:几|多少)年内不(?:能|得)")
SANCTION_STATED = re.compile(r"追回|退回(?!补正|修改|完善)|收回|退还|返还|取消[^，,。；;]{0,10}?资格"
                             r"|纳入[^，,。；;]{0,8}?(?:信用|失信)"
                             r"|依法(?:依规)?(?:追究|处理)|不得(?:迁出|转租|出售|改变)")
USE_ASKED = re.compile(r"(?:能不能|能否|可不可以|可以|能|准不准)(?:拿去|拿来|用来|用于|用在|花在|挪)|用途")
USE_STATED = re.compile(r"(?:应当|必须|只能|须|应(?=将))(?:将[^，,。；;]{0,8})?用于"
                        r"|(?:不得|严禁|禁止)[^，,。；;]{0,8}?用于|专款专用|挪作他用|挪用")
# Whether a grant is itself taxed (这笔奖励要不要交企业所得税, 能不能按不征税收入处理, 发给个人的要不要扣个税): answered
# only by a clause that says how a grant is taxed (a sentence naming both), not by the grant.
_INCOME_TAX = r"(?:企业|个人)?所得税|个税"
TAX_OF_GRANT_ASKED = re.compile(rf"(?:要不要|需不需要|用不用|是否|需要|得不得|会不会|该不该|还要)[^，,。；;？?]{{0,4}}?"
                                rf"(?:交|缴|缴纳|扣|代扣|扣缴|征|计征)[^，,。；;？?]{{0,2}}(?:{_INCOME_TAX})"
                                r"|(?:算|作为|按|当作?|属于)[^，,。；;？?]{0,4}(?:不征税|免税|应税)收入")

# --- grants, drafts, departments -------------------------------------------------------------------
CAP_WORDS = r"(?:最高|不超过|最多|至多|上限为?)"
# one of the things a cap is for, counted (单个项目, 单台（套）, 单笔, 单场, 单项): 单 with a measure word;
# not the 单 that ends a noun (名单次年, 清单项目, 保单: lists and papers) nor 单项冠军 (an honour)
ONE_THING = r"(?<![名清订保账菜传表运提简买])单(?:个|[台套笔场次件](?:[（(][台套][）)])?|项(?!冠军))"
SUPPORT_WORDS = f"{GRANT_WORDS}|配套|扶持|支持"  # what is paid or otherwise given
# A level before a fund (省制造业专项, 市里的技改专项资金) says whose fund it is, not the level of the item asked:
# 国家级数字化车间，省制造业专项给多少 asks of a 国家级 item (专项奖励 / 专项补助 is a grant, not a fund; the span
# stops at another level's word).
FUND_OF_LEVEL = re.compile(rf"(?:{LEVEL_NAMES}|省|市|县)(?:(?!{LEVEL_NAMES}|[省市县])[^，,。；;？?！!\s]){{0,10}}?专项"
                           rf"(?!{SUPPORT_WORDS})")
# A document named by its government's level (省级申报指南, 市级实施细则, 省里的管理办法): whose document, not an
# honour's level (not 省级计划, 省级目录: a programme or a list of honours may be of a level)
DOCUMENT_OF_LEVEL = re.compile(rf"(?:{LEVEL_NAMES}|[省市县区镇]里?)的?(?:申报|实施|管理|奖励|扶持)?"
                               r"(?:办法|措施|政策|细则|通知|规定|方案|指南|意见|条例)")
GRANT = re.compile(GRANT_WORDS)
# (how a grant is taxed, said: 作为不征税收入, 计入应纳税所得额, 由…代扣代缴个人所得税; not a tax return among papers)
_TAX_TREATED = r"不征税收入|免税收入|应税收入|应纳税所得额|代扣代缴|缴纳[^。；;，,]{0,4}所得税"
STATES_TAX_OF_GRANT = re.compile(rf"(?:{GRANT_WORDS})[^。；;]*(?:{_TAX_TREATED})"
                                 rf"|(?:{_TAX_TREATED})[^。；;]*(?:{GRANT_WORDS})")  # (see TAX_OF_GRANT_ASKED)
# The words a question uses for a kind of sum, each met by any clause that states one (see `states_sum_kind`):
# a rate is asked with 比例 / 几个点 and stated as a percentage; a cap is asked with 上限 / 封顶 and stated
# with a cap word; the levels of a grant, asked with 级别, by two levels named. (Grant words are not one class:
# 购车补贴, 安家补贴 name items that 奖励 does not.)
SUM_KINDS: list[tuple[re.Pattern[str], re.Pattern[str]]] = [
    (re.compile(r"比例|比率|费率|百分比|几个点|一半|几成"), re.compile(r"\d\s*[%％]|百分之")),  # (出一半: a share)
    (re.compile(r"上限|封顶"), re.compile(CAP_WORDS)),
    # the levels of a grant are asked with 级别 and stated as two levels named apart (国家级…、省级…)
    (re.compile(r"级别|层级"), re.compile(r"([国省市县区]家?级)[^。；;]{0,40}?(?!\1)[国省市县区]家?级")),
]


GENERIC_PAIRS = frozenset({"企业", "产品", "项目", "单位", "公司"})  # pairs of an item's name that say nothing of which
# A tier's rate and its cap asked in so many words (按什么比例、单个项目最高给多少; 几个点？封顶多少钱): the cap is
# what is asked, not only the sum the asker's figure comes to (not 最多能拿多少: that sum).
RATE_ASKED = re.compile(r"比例(?:是)?多少|(?:什么|多少|啥)比例|比例和|几个点|几个百分点|百分之几")
CAP_ASKED = re.compile(r"(?:上限|封顶|顶格)[^，,。；;？?]{0,4}?(?:多少|几)"
                       r"|(?:单个|每个|单项|每项|单台|每台)[^，,。；;？?]{0,4}?(?:最多|最高)[^，,。；;？?]{0,4}?(?:多少|几)")


# The most of a sum asked (一年最多拿多少, 最高可获多少, 封顶多少; not 最多能补几次, 最多补几年, 年龄上限): of a rule
# whose figure is untold, its limit or cap; of a sum paid per unit, the total it may reach. And what asks of the rate
# or the unit's sum instead (比例最高多少, 每件最多多少, 每平方米补多少)
MOST_ASKED = re.compile(rf"(?:最多|最高|至多|顶多)(?:能|可以?|可)?(?:获得?|拿到?|领|补|奖|给|发|"
                        rf"{GENERIC_GRANT_WORDS})?(?:多少(?![次年个项倍天件人])|几万)"
                        r"|(?<!年龄)(?:上限|封顶)(?:是|为|有)?多少(?![次年个项倍])")


def states_sum_kind(term: str, text: str) -> bool:
    """Whether a question's word for a kind of sum (the whole term: 补贴, 比例, 上限) is met by `text`."""
    return any(asked.fullmatch(term) and stated.search(text) for asked, stated in SUM_KINDS)
DRAFT_WORDS = ("征求意见稿", "意见稿", "草案", "草稿", "送审稿", "讨论稿")
DRAFT = re.compile("|".join(DRAFT_WORDS))

# --- figures an amount rule is measured by (tiers, per-unit sums) -----------------------------------
# The class of figure a threshold or a question's number is about, as (name, words). Order matters:
# the first class whose words occur nearest a figure names it. Names are classes, not one document's words.
METRICS: list[tuple[str, re.Pattern[str]]] = [
    # (22年研发1800万, 2022年研发才900万, 前年研发是380万: the bare word right before the sum)
    ("研发费用", re.compile(r"研发(?:费用?|投入|经费|支出|[才就只共又也]?上?(?:投|花|砸)了?"
                            r"|[才就只共又也是为]?\s*(?=\d|$))")),
    ("营业收入", re.compile(r"营业收入|主营业务收入|销售收入|营收|销售额|主营收入|营业额|经营性?收入")),
    ("产值", re.compile(r"产值")),
    ("纳税", re.compile(r"纳税|税收|[交缴]纳?了?(?:(?!社保|社会保险|公积金)[^，,。、；;]){0,4}税|入库的?税"
                        r"|的税(?![务率])|财政贡献|地方贡献|区级贡献|镇级贡献|县级贡献|贡献|(?:区级|县级|镇级|市级|地方)(?:财政)?收入")),
    ("投资", re.compile(r"投资|购置额|设备投入")),
    ("注册资本", re.compile(r"注册资本|实缴资本|注册资金")),
    ("面积", re.compile(r"面积|平方米|平米|㎡")),
    ("人数", re.compile(r"就业|岗位|人数|员工|职工|从业人员|用工|招聘|新招|参保|社保|社会保险")),
]
# How long an enterprise has been in business, in years: a clause's bar (在本市注册登记并持续经营2年以上, 成立满三年)
# and the asker's own (注册才一年半, 开业不到两年, 成立8个月), compared as one class of figure.
AGE_METRIC = "经营年限"
_AGE_WORDS = r"(?:注册|成立|设立|经营|运营|开业|开办|落户|登记)"
_YEARS = r"(?<![\d.])(?P<n>\d+(?:\.\d+)?|[一二两三四五六七八九十]+|半)\s*(?P<unit>年半|年|个月)(?![度底初末])"
AGE_BAR = re.compile(rf"{_AGE_WORDS}[^，,。；;\d]{{0,6}}?(?P<full>(?<![不未没])满)?\s*{_YEARS}"
                     r"\s*(?:[（(]含[）)])?\s*(?P<above>及?以上)?")
# (the asker's own: not a condition asked about, 是不是要注册满三年才能申报, 成立三年内的企业能报吗)
AGE_TOLD = re.compile(rf"(?<![要须需得])(?<!要求){_AGE_WORDS}(?!于)[^，,。；;\d于]{{0,3}}?"
                      r"(?P<less>还?(?:不到|不满|未满|没到|没满|不足|快|将近|接近))?(?:才|刚|刚刚|只有|了|满)?\s*"
                      rf"{_YEARS}(?P<after>不到|未满)?(?!\s*(?:以内|内|以上|以下|及以上|才|吗|的企业))")


def years_of(m: re.Match[str]) -> float | None:
    """The years an AGE_BAR or AGE_TOLD match says (一年半 -> 1.5, 8个月 -> 0.67; 不到两年 -> a hair under 2);
    None for a year of the calendar (成立于2019年) or a number it cannot read."""
    raw = m.group("n")
    number = 0.5 if raw == "半" else float(raw) if raw[0].isdigit() else cn_number(raw)
    if number is None or number >= 100:
        return None
    years = number / 12 if m.group("unit") == "个月" else number + (0.5 if m.group("unit") == "年半" else 0)
    under = any(name in m.re.groupindex and m.group(name) for name in ("less", "after"))
    return years - UNDER if under else years


UNDER = 1e-6  # what 不到两年 is below two years: 2 - UNDER


def short_of(value: float) -> float | None:
    """The round figure a value told as 不到 it is one UNDER short of (300 - UNDER -> 300), else None."""
    bound = value + UNDER
    return round(bound) if abs(bound - round(bound)) < 1e-9 and abs(value - round(value)) > 1e-9 else None


def years_text(years: float) -> str:
    """An age as said: 1.5 -> 1.5年, 8/12 -> 8个月, 2 - UNDER -> 不到2年, 8/12 - UNDER -> 不到8个月. An age told is
    a whole number of months (years_of), so one UNDER short of the month grid was told as 不到."""
    def on_grid(value: float) -> bool:
        return abs(value * 12 - round(value * 12)) < 1e-9
    under = not on_grid(years) and on_grid(years + UNDER)
    value = years + UNDER if under else years
    said = f"{round(value * 12)}个月" if value < 1 and on_grid(value) else f"{round(value, 2):g}年"
    return f"不到{said}" if under else said


# Words that open another matter in the same message (…，另外亩均效益A类能奖多少？).
ANOTHER_MATTER = r"另外|此外"
# Words that ask for a total: of several items (一共能拿多少), or of a term of years (三年加起来多少).
TOTAL_ASKED = re.compile(r"一共|合计|总共|共计|(?<![增参追附])加(?:起来|[在到]?(?:一起|一块儿?))|累计|总计")
# A count said with its number and counter word: 3个, 两名, 十二项 (the number's value: cn_number).
COUNT_NUMBER = r"(\d+|[一两二三四五六七八九十][一两二三四五六七八九十百千零]*)"  # 3, 两, 一百二十
COUNTERS = r"(?:个|种|款|项|名|位|人|家)"
# How many people an enterprise employs, counted: a clause's bar (参加社会保险的职工不少于15人) and the asker's own
# (年底社保只交了17个人), compared as one class of figure; the count said in people, a class named before it.
HEADCOUNT_METRIC = "人数"
PEOPLE = re.compile(rf"{COUNT_NUMBER}\s*(?:[多来余]\s*)?(?:个|号)?(?:人|名)(?!才|次)")
# A quantity a per-unit sum is paid by, with its unit: 15件, 1500平方米, 2500平方, 3万平, 1000吨, 2个人.
# Units things are counted or measured in: areas (平方米, 亩, 公顷), volumes (立方米), weights (吨, 公斤), containers
# (标准箱), visits (人次), people, and the classifiers of things (件, 台, 套, 辆, 艘, 架, 个, 项, 家)
QUANTITY_UNIT = (r"(?:平方米|平米|㎡|平方(?!公里)|平(?![台均方])|亩|公顷|立方米|立方|m³|吨|公斤|千克|标准箱|标箱|TEU"
                 r"|人次|件|人|名|个|台|套|辆|艘|架|项|家|户)")
QUANTITY_UNITS = {"平方米": "平方米", "平米": "平方米", "㎡": "平方米", "平方": "平方米", "平": "平方米", "亩": "亩",
                  "公顷": "公顷", "立方米": "立方米", "立方": "立方米", "m³": "立方米", "吨": "吨", "公斤": "公斤",
                  "千克": "公斤", "标准箱": "标准箱", "标箱": "标准箱", "TEU": "标准箱", "人次": "人次", "件": "件",
                  "人": "人", "名": "人", "个": "个", "台": "台", "套": "套", "辆": "辆", "艘": "艘", "架": "架",
                  "项": "项", "家": "家", "户": "家"}
# the units of QUANTITY_UNIT a sum is paid by (not 个, 项, 家: a cap per project or enterprise)
PAID_UNITS = frozenset({"件", "平方米", "亩", "公顷", "立方米", "吨", "公斤", "标准箱", "人次", "人", "台", "套", "辆",
                        "艘", "架"})
# a question of the most that also asks a rate or a unit's sum (每亩补助多少，最多补多少: the unit's sum first)
OTHER_MOST_ASKED = re.compile(rf"比例|几个点|百分之|每\s*(?![家户])(?:{QUANTITY_UNIT}|次)")  # (not 每家: a cap)
# 每人 / 每一件, or each one an act counts (每招用1人, 每引进一名: the act's verb between 每 and the one)
PER_ONE = r"每\s*(?:(?:(?![年月日天季周])[\u4e00-\u9fff]){1,3}?\s*[一1]\s*|一\s*)?"  # (not 每年1人: a count a year)
_PER_UNIT = re.compile(rf"{PER_ONE}({QUANTITY_UNIT})")


def per_unit(per: str) -> str:
    """The countable unit of a per-unit sum, one of the units sums are paid by: 每件 -> 件, 每月每平方米 -> 平方米,
    每人每月 / 每名 -> 人; "" otherwise (每家企业 is a cap per enterprise, not a count paid by)."""
    return next((unit for m in _PER_UNIT.finditer(per) if (unit := QUANTITY_UNITS[m.group(1)]) in PAID_UNITS), "")


# A span of time said with its number: 一年, 第一年, 头两年, 三个月, 一年半, 6个月 (a figure, not a topic).
PERIOD = r"(?:第|头|前|近)?[一二两三四五六七八九十半\d]+个?(?:年(?!度)|月|季度|天|周)半?"
# Spoken sums in questions: 5个亿, 1200多万, 600来万, 8000万.
# The number is said in digits (2500万, 1.3个亿), digits and a unit below 万 (2千万, 5千), or Chinese digits
# (六百来万, 两千三百万, 九百万: starting with a digit, so 千万 in 千万别 is no figure; and ending a phrase, or
# followed by the next part of the sum, so 这一块能补 and 十万火急 are none); see spoken_number and spoken_sums.
# Words after a spoken sum that say it is about that much (四百万出头, 三百二十万上下, 两个亿左右): part of the figure.
ABOUT_AFTER = r"(?:左右|上下(?!游)|出头|开外|挂零)"
FIGURE_ASKED = re.compile(r"多少|几[十百千]?万|金额|额度|比例|几个点|标准是")  # a figure asked, not only yes or no
# A sentence that says a grant is not paid (省级创新型中小企业不给予资金奖励, 不再享受本条补助, 不予奖励), or not yet.
GRANT_DENIED = re.compile(r"不(?:再|予|给予|享受|安排)[^，,。；;]{0,6}?(?:奖励|补助|补贴|资金|支持|兑现)"
                          r"|暂缓(?:兑现|拨付|发放)"  # (有欠缴税款的企业，结清前暂缓兑现)
                          r"|取消[^，,。；;]{0,8}?(?:申报|申请|享受)资格")  # (取消其三年内申报资格)
# A note on the items around it, as a section closes with one (▲划重点：…, 注：…, 备注：…)
NOTE_OPENING = re.compile(r"^\s*(?:[▲△※]|(?:划重点|注意|备注|注|说明|提示|温馨提示)\s*[：:])")
# A sentence that sets a requirement on whom a grant is for (项目须在签约后24个月内竣工投产, 人才须与园区企业签订3年以上
# 劳动合同): a condition, however its section is headed
REQUIREMENT = re.compile(r"(?<![无不毋])(?:必须|须)(?![知要])")  # (not 应当: the steps of a procedure say it)
# A grant's cost split between governments (奖励资金由市、县（市、区）财政按6:4比例分担; 由市财政与高新区财政按5:5比例
# 分担): who pays, in order, and their shares.
COST_SPLIT = re.compile(r"由(?P<payers>[^，,。；;由]{2,30}?)按(?:照)?\s*(?P<shares>\d+(?:\s*[:：∶]\s*\d+)+)"
                        r"\s*(?:的)?(?:比例)?分担")
# A government's part of a sum asked (县里出多少, 市里和县里各出多少, 高新区财政要承担多少).
_SHARE_OF = r"(?:(?<![支超拿多付产输])出|承担|负担|分担)了?(?:多少|几)"  # (not 支出多少, 超出多少)
SHARE_ASKED = re.compile(_SHARE_OF)
# Words before a figure that say it is about or just that much (刚过5个亿, 差不多两个亿): no label of it.
ABOUT_BEFORE = r"(?:刚刚?过|刚好|差不多|大概|大约)"  # (not 将近 / 接近: below the figure)
_ENDS_PHRASE = rf"(?=$|[\s，,。；;：:？?！!、）)（(]|{ABOUT_AFTER}|的|了|吧|呢|吗|嘛|啊|呀|钱|整|多|来|余)"
_CN_DIGITS = "零〇一二两三四五六七八九十百千"
FOREIGN_MONEY = r"美元|美金|欧元|日元|港元|港币|英镑|卢布|韩元"  # currencies other than the yuan
SPOKEN_MONEY = re.compile(
    rf"(?P<sign>[-−－]|负)?(?:(?P<number>{NUMBER}[千百]?)|(?P<cn>[一二两三四五六七八九十][零〇一二两三四五六七八九十百千]*))"
    # (块 after a digit or a hundred: 3000块, 八百块; 一块 / 两块 is a part or "together", not a sum)
    r"\s*(?P<about>多|来|余)?\s*(?P<unit>个[多来]?亿|亿元|万元|万块|千元|千块|元|亿|万|(?<=[\d千百])块|(?<=\d)千)"
    rf"(?!{FOREIGN_MONEY})"  # (not 一千万美元: no sum in yuan)
    # 两万五, 1万2: a digit ending the phrase after 万 or 亿 counts one unit down (not 50万5年, 20万一直)
    rf"(?P<tail>(?<=[万亿])(?:[一二两三四五六七八九]|\d){_ENDS_PHRASE})?"
    # (a sum in Chinese digits ends a phrase, or is said in two digits or more, 八十四万利息, or in yuan: not 十万火急)
    rf"(?(cn)(?:{_ENDS_PHRASE}|(?=[一二两三四五六七八九十\d])|(?<=[{_CN_DIGITS}][{_CN_DIGITS}][万亿])|(?<=[万亿]元)))"
)
SPOKEN_YUAN_PER_UNIT = {**YUAN_PER_UNIT, "个亿": 1e8, "个多亿": 1e8, "个来亿": 1e8, "万块": 1e4, "千块": 1e3, "块": 1.0,
                        "千": 1e3}
# Kinds of spending a rule's base may leave out, as a clause says it (设备购置额（不含税）; 二手设备、自制设备及企业与
# 关联方之间交易的设备不计入) and as an asker says a part of its sum is of that kind (其中增值税390万, 其中300万是从别的
# 厂收来的二手机床, 600万是自己车间造的, 800万是从母公司采购的): one class of words each.
LEFT_OUT_KINDS = {
    "税": (re.compile(r"税"), re.compile(r"增值税|进项税|(?<![免退减征纳])税(?:额|金|款)?(?![务局收])")),
    "二手": (re.compile(r"二手|旧"), re.compile(r"二手|旧(?:设备|机床|机器)|收来的")),
    "自制": (re.compile(r"自制|自行"), re.compile(r"自制|自己[^，,。；;]{0,8}?(?:造|做|制造)的")),
    "关联方": (re.compile(r"关联"), re.compile(r"关联|母公司|子公司|兄弟公司|集团内")),
    # 单台（套）价格低于5万元的设备不计入 / 其中单价三四万的小设备合计400万
    "小额": (re.compile(r"(?:单台|单套|单价|价格)[^，,。；;]{0,6}?(?:低于|不足|以下|不到)"),
             re.compile(r"小设备|零星设备|(?:单台|单套|单价)[^，,。；;]{0,8}?"
                        r"(?:低于|不到|不足|以下|(?:\d+(?:\.\d+)?|[一二三四五两几])万)")),
}
# What a negation leaves out of a base: the list before 不计入 (二手设备、自制设备…不计入), or after 不含 / 不包括 /
# 扣除 (（不含税）)
NET_WORDS = "不含|不包括|扣除|剔除"  # a sum or a base told without a kind (不含税)
LEFT_OUT = re.compile(r"(?P<before>[^，,。；;：:（(]{2,40}?)不(?:得|予)?(?:计入|纳入|列入|计算在内)"
                      rf"|(?:{NET_WORDS})(?P<after>[^，,。；;）)]{{1,30}})")
# (and what was paid deducted: 按第一款标准扣除已奖励部分后补足, 按国家级标准补足，已获奖励予以扣除)
TOPUP_WORDS = (r"(?:补足差额|差额补足|按差额给予补足|按级差给予补足|补齐差额|差额部分"
               r"|(?:扣除|扣减)已(?:获|奖励|拨付|发放|领取|享受|兑现)[^，,。；;]{0,8}?后(?:予以|给予)?补足"
               r"|补足[^。；;]{0,12}?已(?:获|奖励|拨付|发放|领取|享受|兑现)[^。；;]{0,8}?(?:予以)?(?:扣除|扣减))")
EXCLUSIVE_WORDS = (r"(?:就高不重复|从高不重复|不重复享受|不重复支持|不重複|就高原则|从高原则|不累加|就高、不重复"
                   r"|就高不就低)")
# two grants named as not paid together (单项冠军示范企业与本企业的单项冠军产品不重复奖励): a rule on those two (not
# 3年内同一奖项不重复奖励, 已获得省、市同类奖励的，区级不重复补助: a rule on repeating one award)
PAIR_NOT_TWICE = re.compile(r"[与和及跟][^，,。；;]{1,20}?不重复(?:奖励|补助|补贴|资助|奖补)")

# The ties of an enterprise to a place and its legal form, as an asker states its own (营业执照注册在南渚镇，税在
# 别的街道交; 外地集团设的分公司，没有独立法人), and a clause that says whom a document is for by them
# (适用于…注册登记、税收解缴在…的企业; 分支机构…不在扶持范围内).
TIES_ASKED = re.compile(r"营业执照|注册在|注册地|登记在|税[^，,。；;？?]{0,10}?(?:在|到)[^，,。；;？?]{0,10}?(?:交|缴)"
                        r"|(?:在|到)[^，,。；;？?]{0,10}?(?:交|缴|纳)税|法人|分公司|子公司|分支机构|统计关系|独立核算")
TIE_WORDS = ("注册", "登记", "税", "统计", "法人", "分支机构", "核算")  # what ties are said with, to compare them
STATES_SCOPE = re.compile(r"(?:注册|登记)[^。；;]{0,24}?(?:法人|税|统计|核算)|分支机构|法人资格|独立法人")
# Whether a spending counts in the figure a rule is paid on (二手设备能不能算进设备投资额, 工业软件算不算投资额), and a
# sentence that says what counts in it (二手设备…不计入; 工业软件购置费用可以计入设备投资额; 不含税): what it names in
# `before`, `after` or `counted`
COUNTED_ASKED = re.compile(r"算进|算入|计入|算不算|算在[^，,。？?；;]{0,12}?(?:里|内)|包不包括|含不含")
# 算不算 followed by a figure (二手设备算不算设备投资额, 工资算不算研发投入) asks what counts in it; without one (灵芝类
# 药品算不算, 算不算新能源汽车零部件企业) it asks whether something is of a class the measures are for
INTO_FIGURE = re.compile(r"[^，,。？?；;]{0,12}?(?:额|费用?|投入|收入|投资|成本|支出)")
STATES_COUNTED = re.compile(rf"{LEFT_OUT.pattern}|(?P<counted>[^，,。；;：:]{{2,30}}?)(?:可以|可|均|予以)?计入")
# 一家企业一年最多能拿多少 / 每家每年封顶多少: the most one enterprise may get in a year, asked (what a ceiling on all
# it gets sets: 同一企业年度奖励总额最高不超过500万元); not 一次性奖励每年最多 (no enterprise said)
# (一个 only with what it counts: not 一个项目, 一个年度)
_ONE_ENTERPRISE = r"(?:(?:一|每|单|同一)(?:家|户)(?:企业|公司|厂)?|(?:一|每|单)个?(?:企业|公司)|同一(?:企业|公司))"
_IN_A_YEAR = r"(?:一年|每年|年度|全年|一个年度)"
ENTERPRISE_YEAR = re.compile(f"{_ONE_ENTERPRISE}|{_IN_A_YEAR}")
CEILING_ASKED = re.compile(rf"(?:{_ONE_ENTERPRISE}[^，,。；;？?]{{0,6}}?{_IN_A_YEAR}|{_IN_A_YEAR}[^，,。；;？?]{{0,4}}?"
                           rf"{_ONE_ENTERPRISE})[^，,。；;？?]{{0,14}}?(?:最多|最高|封顶|上限|顶格)")
# Whether a grant stacks on another (还能再拿吗, 市里已经给过了镇里还能拿吗, 能同时享受吗), and a clause that rules on
# it: not again (不再重复给予, 不重复享受, 就高), both (可同时享受, 叠加), or the difference (补足差额).
STACKING_ASKED = re.compile(r"(?:还|又)(?:能|可以)?再去?(?:拿|领|申请|申报|报|享受|给|奖"
                            r"|补(?=[吗呢么吧多几]|助|贴|差|足|钱|$))"
                            r"|(?:已经|已|都)(?:拿|领|给|获得|享受)过|(?:同时|重复|叠加|一起|一块儿?|一并)(?:享受|拿|领|申请|申报)"
                            r"|既(?:报|申报|申请|拿|领|享受)[^，,。；;？?]{1,16}?又(?:报|申报|申请|拿|领|享受)"
                            # 两边能都拿吗, 两个奖都能享受吗: both, asked (not 是不是所有企业都可以申请)
                            r"|(?:两[边个项样份笔头]|二者|两者)[^，,。；;？?]{0,4}?(?:能|可以)?都(?:能|可以)?"
                            r"(?:拿|领|享受|申请|申报)(?=吗|么|不|没|呢|[？?])")
# A grant received before, as a clause rules on it: a case in a list of those not granted (同一称号已获得过省级奖励的；)
# or one the sentence denies (已获得省级及以上…奖励的企业，不再享受本项市级奖励) — not 已获得的…奖励证明 (papers) nor
# 已获…奖励的优先支持.
GRANTED_BEFORE = (r"(?:已经?|曾经?)(?:获得|享受|获)过?[^，,。；;、]{0,16}?(?:奖励|补助|资助|资金支持)的"
                  r"(?:\s*[；;。]|[^。；;]*?(?:不再|不予|不得|不重复|差额|就高))")
# "Only one of": a choice between grants (同一项目只能在设备投资补助和贷款贴息中选择一项申报).
ONLY_ONE_WORDS = (r"(?:只能(?:在[^，,。；;]{0,40}?中)?选择(?:其中)?一[个项种]|不得多头申报|择一(?:申报|享受)"
                  r"|只能享受(?:其中)?一项|只能申报(?:其中)?一项)")
# (同一企业只奖励一次: a grant that says it is not granted again)
STACKING_STATED = re.compile(rf"{EXCLUSIVE_WORDS}|{TOPUP_WORDS}|不再(?:重复)?(?:给予|奖励|支持|享受)|重复|同时享受|叠加"
                             rf"|累加|只能(?:享受|申报|选择)|{ONLY_ONE_WORDS}|{GRANTED_BEFORE}"
                             r"|只(?:奖励|给予|享受|支持|补助|资助)一次")
# A rule between this document and other policies (本措施与…其他同类政策…不重复), not among its own grants.
OTHER_POLICIES = r"(?:其他[^，,。；;]{0,10}政策|上级政策|其他[^，,。；;]{0,6}(?:办法|措施|文件))"
# Another policy spoken of in a question (区里另一个文件也对高企有奖励, 别的政策): stacking is asked across policies
OTHER_POLICY_SPOKEN = re.compile(r"(?:另一?[个份项]?|别的|其他|其它)[^，,。；;？?]{0,6}(?:文件|政策|办法|措施)")
# An asker long settled where it is (落户好多年了, 落户澜州高新区十来年, 在园区好些年了, 老总部): no newcomer there (not
# 成立多年, the firm's age, which a newcomer has too; nor 老厂房)
LONG_STANDING = re.compile(r"(?:落户|入驻|扎根|在(?=本|这里|这儿|当地|园区|区里|县里|镇里|开发区|高新区))"
                           r"(?P<between>[^，,。；;？?\d]{0,10}?)(?:好|很)?(?:多|些|好几|十来|十几|二十来|二十多|几十)年"
                           r"|老(?:企业|总部|厂(?![房区]))")
# A newcomer, as an item names it (新引进总部企业, 新落户项目) or an asker says it came (今年刚迁入本区, 才搬过来)
NEWCOMER = re.compile(r"新(?:引进|落户|入驻|设立|迁入)|(?:刚|才)[^，,。；;？?]{0,3}?(?:引进|落户|入驻|迁|搬)"
                      r"|迁入|迁到|搬到|搬来|搬过来")
# Words that put several of the document's own grants under one rule (多项条款, 多项称号, 同类型项目).
OWN_ITEMS = r"(?:多项|同类型|各项|几项|两项以上|多个)"
# A sum paid on top of another (再给予10万元 / 另给予 / 在此基础上 / 在上述补助基础上).
ADDON_WORDS = (r"(?:再(?:给予|奖励|补助|补贴|资助|一次性|奖)|另(?:行)?(?:给予|奖励|补助|补贴|资助|加奖|奖)"
               r"|额外(?:给予|奖励)|加奖|追加(?:给予|奖励|补助|补贴|资助)"
               r"|在(?:此|上述|原|前款|前述)[^，,。；;]{0,8}?基础上)")
# Words of a question about what comes on top of a grant (还有, 再给, 另外, 额外).
# how much more it brings (当年新建投产就入规的，能多拿多少): what comes on top, alone (not 最多拿多少, 顶多, 差不多)
MORE_BY = r"(?<![最至顶差不再])多(?=[拿领给得奖补]了?多少)"
ON_TOP = rf"还有|还能|还可以|还给|再给|再奖|再加|再多(?=[拿领给奖补发得点])|另外|另给|另加|额外|{MORE_BY}"
# A question whether more is paid on top (还有额外的没有, 还能再加吗, 是不是还有, 还有说法没): the grant and its
# add-ons. (Not 还能申请吗, 还有什么要求吗: they ask no sum; nor 还能拿吗 after a mishap told: whether still paid;
# nor 还能再领一次: again.)
MORE_ASKED = re.compile(r"(?!(?:还能|还可以)(?:(?:拿|领)(?:得?到)?[吗不么]|再?(?:拿|领|申请|申报)(?:一次|一回|一遍)))"
                        rf"(?:{ON_TOP})[^，,。；;？?]{{0,6}}?"
                        r"(?:额外|别的|其他|钱|奖|补|加|拿|领|给|说法)"
                        r"[^，,。；;？?]{0,6}?(?:吗|没有?|不)|是不是还有|还有没有")
# A rate raised for a class of project or enterprise: 补助比例提高到12% / 奖励标准提高至15%.
# (a rate of interest subsidy said in points: 链主企业…的贴息率为2个百分点)
RAISED_RATE = re.compile(rf"(?:(?:比例|标准|比率)\s*(?:提高|上浮|提升|上调)(?:到|至|为)|贴息率\s*(?:提高到|为))"
                         # (…贴息比例提高至LPR的70%: of the base named before the share)
                         rf"\s*(?:(?P<of>[^，,。；;\d%]{{1,8}})的)?\s*(?P<rate>{NUMBER})\s*(?:%|个百分点)")
# A table's rates raised by some points for a class: 补助比例在上表基础上提高2个百分点.
RAISED_POINTS = re.compile(rf"(?:比例|比率)[^，,。；;]{{0,8}}?(?:提高|上浮|提升|上调)\s*(?P<points>{NUMBER})"
                           r"\s*个百分点")
# A class of enterprise or person a sum is for: A类人才, B类企业.
GRADE_CLASS = re.compile(r"(?<![A-Za-z])([A-Ea-e])\s*类")
GRADE_RUN = re.compile(r"(?<![A-Za-z])[A-Ea-e](?:\s*[、和与及]\s*[A-Ea-e])+\s*类")  # A、B类: each letter a class
# A grade's name at the start of a text: B类, 乙类, 二档, 第三档, 二等奖, 四星 (a class, a tier or a grade of an award)
GRADE_AT_START = re.compile(r"^(?:[A-Ea-e]|[甲乙丙丁]|第?[一二三四五六七八九十\d]{1,2})\s*(?:类|档|等|星)")


def grades_named(text: str) -> list[str]:
    """The classes a text names by letter, in order: B类和C类 -> B, C; A、B类 -> A, B."""
    runs = [(m.start(), letter) for m in GRADE_RUN.finditer(text) for letter in re.findall(r"[A-Ea-e]", m.group())]
    return list(dict.fromkeys(g.upper() for _, g in sorted(runs + [(m.start(), m.group(1))
                                                                    for m in GRADE_CLASS.finditer(text)])))
CLASS_RANGE = re.compile(rf"{GRADE_CLASS.pattern}\s*(?:及|或)?(?:以上|以下|以内)")  # B类及以上: a range of classes
# A document's definition of a term it uses (本措施所称研发机构，是指…的研发中心): the term stands for the text.
# (a term in quotes, 所称“总部企业”; a lone 指 only after a comma: 所称技术指导服务机构 is one term)
DEFINITION = re.compile(r"所称[“\"]?(?P<term>[^，,。；;“”\"]{2,15}?)[”\"]?(?:（[^）]*）)?"
                        r"(?:[，,]?(?:是指|系指)|[，,]指)(?P<body>[^。；;]+)")


def defined(texts: Iterable[str]) -> list[tuple[str, str]]:
    """The terms some texts define and what each is (研发机构, 企业在区内设立…专门从事研究开发活动的研发中心)."""
    return [(m.group("term"), m.group("body")) for text in texts for m in DEFINITION.finditer(text)]


def with_definitions(text: str, definitions: list[tuple[str, str]]) -> str:
    """A text with the definitions of the terms it uses (研发机构按上表的1.5倍 + …的研发中心), not those it gives."""
    text = DEFINITION.sub("", text)
    return text + "".join(f"\n{body}" for term, body in definitions if term in text)


# A rank counted in numerals (一级供应商, 二级医院, 三级): one item's rank among its like, not a level of government.
ORDINAL_RANK = re.compile(r"(?<![升提高上降统])(?<!升了)(?<!提了)(?<!降了)[一二三四五六七八九十1-9]级(?!别|以上|以下)")
# A total over several grants: 合计不超过1000万元 / 年度奖励总额最高不超过500万元.
TOTAL_WORDS = r"(?:合计|总额|累计|总计|共计)"
# Words that deny something of the enterprise, and the verbs of being of a class, listed or awarded they deny.
# (not 是不是, 属不属于, 在不在, 有没有: a question whether, which denies nothing)
_NEGATORS = r"(?:(?<![是属在被列纳进认评获拿享申领])不|未|(?<!有)没有?|非|并非|尚未|还没有?)(?:曾)?"
_BEING = (r"(?:属于|是|在|被|列入|列为|列进|纳入|进入|认定|评上|评为|获评|拿|获|享受|申报|领|入选|入围"
          r"|进(?![行度展口出步]))")
# Negation right before what a question says about itself: 不属于 / 未列入 / 没有被认定 / 没评上.
NEGATION = re.compile(rf"{_NEGATORS}{_BEING}?$")
# A part of a question that only denies something of the enterprise (不是第一次, 不属于战新产业): it asks no item.
_DENIED_PART = re.compile(rf"^\s*{_NEGATORS}{_BEING}")


def without_denied(text: str) -> str:
    """A question without its parts that only deny something of the enterprise, briefly and asking nothing (高企是
    重新认定的，不是第一次 -> 高企是重新认定的，; not 没有被认定为高企的科技型中小企业: what the asker is)."""
    return "".join(p for p in re.split(r"(?<=[，,。；;！？!?\n])", text) if not _DENIED_PART.match(p)
                   or re.search(r"的|吗|么|呢|多少|能|可以|[？?]", p) or len(p.strip("，,。；;！!")) > 8)


def metric_of(text: str) -> str:
    """The class of figure named nearest the end of `text` (营业收入, 纳税, 投资 …), "" when none."""
    best, at = "", -1
    for name, pattern in METRICS:
        for m in pattern.finditer(text):
            if m.end() > at:
                best, at = name, m.end()
    return best


# --- units, tables and the document itself (ingestion) ---------------------------------------------
# Every label a policy document puts before the units responsible for a clause, a section or a table
# column (责任单位 and the 科室/受理/承办 forms counties, towns and zones use).
# a label naming the units that carry a measure out: the part played (责任, 牵头, 配合, 受理 …) and a kind of unit
UNIT_LABELS = (r"(?:(?:责任|牵头|配合|协办|协助|参与|实施|承办|主办|主管|办理|经办|兑现|受理|业务)"
               r"(?:单位|部门|科室|处室|机构|机关)|责任主体|实施主体)")
CONTACT_LABELS = r"(?:联系人|联系电话|咨询电话|联系方式|电话)"
PHONE = re.compile(r"(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d){8}|0\d{2,3}[\s-]?\d{7,8}|\d{3,4}-\d{7,8}")


def local_number(phone: str) -> str:
    """A phone number's own digits, as every way of writing it keeps them: 0571-86213457, （0571）86213457 and
    057186213457 -> 86213457; a mobile number whole."""
    digits = re.sub(r"\D", "", phone)
    if phone.lstrip().startswith("+"):  # (+86 138…: the country code is no digit of the number)
        digits = digits.removeprefix("86")
    if len(digits) == 11 and digits.startswith("1"):
        return digits
    return digits[-8:]
# A question for the means of reaching someone (电话多少, 联系人是谁), not for the unit in charge (找谁);
# its 多少 asks for a number, not a sum
REACH_ASKED = re.compile(r"(?:电话|联系人|联系方式|手机号|号码)(?:号码?)?(?:是)?(?:多少)?")  # not 手机制造
NUMBER_ASKED = re.compile(r"电话|手机号|号码|联系人")  # a number or a person to call (not 联系方式: an address may do)


# a number after a contact label, whatever its shape (咨询电话：8521 6630: a local number written without its area code)
_LABELLED_NUMBER = re.compile(rf"{CONTACT_LABELS}[ \t]*[：:][ \t]*\d[\d \t-]{{5,}}\d")  # (on one line)


_A_COUNT = r"(?:\d+|[一二两三四五六七八九十百]+)"
_BARRED_UNITS = {"岁": "周岁|岁", "人": "人|名"}  # an age and a headcount, as a bar on the asker may be set in


def units_told(text: str) -> list[str]:
    """The units of `_BARRED_UNITS` a text tells a figure in (一位48岁的博士 -> 岁; 交社保的只有15个人 -> 人)."""
    aged = re.search(rf"{_A_COUNT}\s*(?:{_BARRED_UNITS['岁']})", text)
    return ["岁"] * bool(aged) + ["人"] * bool(PEOPLE.search(text))


def bars_in(text: str, units: Collection[str]) -> bool:
    """Whether a text sets a bar in one of the units (不少于20人, 四十五周岁以下, 放宽至五十周岁)."""
    said = "|".join(_BARRED_UNITS[u] for u in units)
    return bool(said) and bool(re.search(
        rf"(?:不少于|不低于|不超过|不满|低于|高于|超过|达到|放宽至|放宽到)\s*{_A_COUNT}\s*(?:{said})"
        rf"|{_A_COUNT}\s*(?:{said})\s*(?:及|或)?(?:以上|以下|以内)", text))


def gives_reach(text: str) -> bool:
    """Whether a text gives a phone number or names a contact person."""
    return bool(PHONE.search(text) or _LABELLED_NUMBER.search(text)) or "联系人" in text

# The end of the name of a government unit (县财政局, 镇经济发展服务中心, 区委人才办, 管委会 …).
ORG_SUFFIX = (r"(?:人民政府|政府|办公室|办公厅|委员会|管委会|服务中心|中心|局|厅|委|办|所|部|处|科|室|站|院|队|"
              r"街道|园区|集团)")
# A government unit's name that starts with its level (省工信厅, 县财政局, 区科技局).
UNIT_OF_LEVEL = re.compile(r"[省市县区镇乡][\u4e00-\u9fff]{1,4}?(?:局|厅|委|处|科|股|办公室|办)")
# Column headers that hold a table row's own number (序号 1, 档次 第三档).
NUMBER_COLUMNS = r"(?:序号|编号|序|档次|档位|档级|等级|级别|类别|层级|No\.?)"
# (本标准 of …奖补标准; 上述政策执行期限为… closing a post that lists a document's measures)
SELF_REFERENCE = re.compile(rf"(?:本(?:{DOC_TYPES}|文件|政策措施|标准)"
                            r"|上述(?:各项)?(?:政策|措施)的?(?=执行|实施|施行|有效))")
# A when-question whose subject is the measure itself asks how long it is valid (那套措施能用到什么时候,
# 这个政策到哪年): what a measure lasts to is its validity.
_MEASURE_UNTIL = re.compile(rf"{DOC_TYPES}[^，,。；;？?]{{0,4}}(?:到|至)"
                            r"(?:什么时候|啥时候|何时|哪一?年|哪天|几月|几号)")
# The title of a measure a notice issues (ends with the kind of document, not 通知/公告).
MEASURE_TITLE = re.compile(r"(?:办法|措施|政策|细则|清单|规定|方案|指南|意见|决定|规则|条例|目录|计划|纲要|规划)"
                           r"(?:（[^（）]{1,12}）)?$")
# an attachment listing the papers to hand in (附件1 申报材料清单, 申请表格目录): part of its measure, no measure
PAPERS_LIST_TITLE = re.compile(r"(?:(?:申报|申请|报送|提交|所需|证明)材料|申[报请]表格?)(?:清单|目录)$")

# --- the industry a measure is for (ingestion) -------------------------------------------------------
# A measure for one industry names it between a verb of support and 产业/行业/领域 in its title or in its
# first purpose sentence: 关于支持纺织服装产业高质量发展的若干措施 → 纺织服装; 为推进全市生物医药产业规模化
# …发展 → 生物医药. A shape, not a list of industries: whatever noun phrase stands there is the industry.
# The verbs (and adverbs) a title or purpose sentence puts before what it supports; also verbs of what an
# enterprise does in a sector (参与, 从事, 投资), so 支持企业参与光伏产业 names 光伏.
SUPPORT_VERBS = (r"(?:支持|促进|推动|推进|加快|加速|扶持|鼓励|培育|发展|壮大|做大做强|做强|做优|提升|振兴|打造|"
                 r"构建|建设|引导|聚焦|深化|全面|大力|进一步|加强|强化|优化|规范|做好|开展|实施|深入|持续|落实|"
                 r"完善|提高|扩大|稳定|助力|赋能|保障|参与|融入|布局|投资|从事|进入|集聚|引进|招引)")
SECTOR_WORDS = r"(?:产业|行业|领域)(?![化链园区基金])"  # 产业化 / 产业链 / 产业园 are not the sector itself
_SECTOR_NAME = r"(?P<industry>[\u4e00-\u9fff、和与及]{2,16}?)"
_SECTOR_GOAL = r"(?:发展|振兴|壮大|集聚|升级|转型|做大做强)"
# In a title (place and 关于 already stripped): at its start or after a verb of support, and the title goes on
# to say 发展 or what kind of measure it is (…产业若干政策), so 加强安全生产领域监管的通知 names none.
INDUSTRY_IN_TITLE = re.compile(rf"(?:{SUPPORT_VERBS}+|^){_SECTOR_NAME}{SECTOR_WORDS}"
                               rf"(?=[^，,。；;]{{0,16}}?(?:{_SECTOR_GOAL}|若干|政策|措施|办法|意见|细则|规定|清单|方案))")
# In a purpose sentence (为…，): after a verb of support, and the same phrase goes on to say 发展 (or
# 振兴, 集聚, 升级 …), so 提升产业能级 or 推动数字产业化 name no industry.
INDUSTRY_IN_PURPOSE = re.compile(rf"{SUPPORT_VERBS}+{_SECTOR_NAME}{SECTOR_WORDS}[^，,。；;：:]{{0,14}}?{_SECTOR_GOAL}")
# Not an industry restriction: words that only qualify which industries (重点产业, 战略性新兴产业, 优势
# 产业) or name the whole economy (制造业 in general, 工业, 实体经济). Such a measure is for every
# enterprise that meets its conditions, so its industry is "". Enterprise kinds (中小企业, 专精特新,
# 总部企业, 规上企业) and themes (科技创新, 数字经济, 总部经济) never stand before 产业 in this shape and are
# not industries either: a company of any industry can qualify.
GENERAL_SECTOR = re.compile(r"^(?:战略性|新兴|未来|主导|优势|特色|重点|传统|现代|支柱|高新技术|高技术|高端|先进|新|"
                            r"相关|各类?|主要|骨干|基础|首位|制造业?|工业|实体|实体经济|经济|民营|中小企业|"
                            r"有关|本地|地方|县域|镇域|区域|全)+$")
# The place of the document itself at the start of a phrase: 全市 / 我市 / 本县 / 全镇 …
OWN_PLACE = re.compile(r"^(?:全|我|本|该)(?:省|市|县|区|镇|乡|街道|园区|开发区|高新区)")
# The labels of a document's 版记 at its foot (抄送：县委各部门，…): distribution, not a clause's text.
# A clause that itself says who is responsible (责任部门：区科技局 / 由县财政局负责资金兑现), and a
# question that asks who (哪个部门负责, 谁牵头, 钱谁拨).
# (a label of units, 由A负责, or a bracket saying who plays which part: （市工信局牵头，市财政局配合）)
STATES_UNITS = re.compile(rf"{UNIT_LABELS}\s*[:：】\]]|由[^，,。；;]{{2,24}}?{ORG_SUFFIX}(?:负责|牵头|组织|拨付|兑现)"
                          rf"|[（(][^（）()，,。；;]{{2,40}}?{ORG_SUFFIX}(?:等(?:有关|相关)?(?:单位|部门)?)?"
                          r"(?:按照?(?:各自)?职责(?:分工)?|分工|共同)?(?:牵头|负责|配合)(?!人)")
# A date of the enterprise's own event, said with its month or its end (2022年11月评上, 今年（2024年）3月才竣工,
# 去年底拿的证书), in a question whether it still counts (还能…吗, 来得及吗, 赶得上吗).
OWN_DATE = re.compile(r"(?:(?:19|20)?\d{2}|今|去|前)年[（(]?(?:\d{4}年)?[）)]?(?:\d{1,2}|[一二三四五六七八九十]{1,3})月"
                      r"|(?:(?:19|20)?\d{2}|今|去|前)年[底初末]")
STILL_COUNTS = re.compile(rf"{MAY_APPLY}|{IN_TIME}|还算|算不算"
                          # (能按云山县的细则申报吗: under which measure, named before the verb)
                          rf"|(?:能|可以)(?:按|按照|依照|根据)[^，,。；;？?]{{1,12}}?{DOC_TYPES}[^，,。；;？?]{{0,4}}?"
                          r"(?:报|申报|申请|享受|领|拿)(?![^，,。；;？?]*(?:多少|几))"  # (not 能按这个办法拿多少)
                          r"|还(?:能|可以)[^，,。；;？?]{0,24}?(?:吗|不|么)")
# A clause that bounds the date of the enterprise's event (须于2023年1月1日以后取得, 2023年1月1日至12月31日期间竣工投产,
# 2023年1月1日以后在本区注册落户): not when the measure takes effect, nor when applications are taken.
_EVENT_ACTS = r"(?:取得|完成|竣工|投产|注册|落户|认定|获得|验收|迁入|设立)"  # the enterprise's dated events
DATE_BOUND = re.compile(r"(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日\s*"
                        r"(?:(?P<after>以后|之后|后|起)|(?P<before>以前|之前|前)"
                        r"|至(?:(?P<y2>\d{4})年)?(?P<m2>\d{1,2})月(?P<d2>\d{1,2})日[^。；;，,]{0,4}?期间)"
                        rf"[^。；;]{{0,12}}?{_EVENT_ACTS}"
                        r"(?![^。；;，,]{0,6}?(?:申报|报送|提交|填报))")  # (须于5月31日前完成网上申报: a deadline)
# The date of the asker's event as told (2025年3月竣工, 2025年上半年竣工投产, 4月份竣工的, 2025年8月18日投产): its
# year may be told before, in the question or the one it follows.
_EVENT_DATE = re.compile(r"(?:(?P<y>\d{4})\s*年\s*)?(?:(?P<m>\d{1,2}|[一二三四五六七八九十]{1,3})\s*月份?"
                         r"(?:\s*(?P<d>\d{1,2})\s*[日号])?(?:[上中下]旬|[初底末])?|(?P<half>[上下])半年)"
                         rf"[^，,。；;？?\d]{{0,6}}?(?:{_EVENT_ACTS}|评上|评为|获评|拿到)")
_YEAR_TOLD = re.compile(r"(\d{4})\s*年")
_NO_DATE = 0, 99999999


def _day(year: str | int, month: str | int, day: str | int) -> int:
    return int(year) * 10000 + int(month) * 100 + int(day)


def date_bounds(text: str) -> list[tuple[int, int]]:
    """The spans (first day, last day, as yyyymmdd) a clause bounds the date of the enterprise's event to
    (2025年7月1日以后竣工投产的 -> (20250701, 99999999); 2025年1月1日至6月30日期间竣工投产的 -> (20250101,
    20250630))."""
    spans = []
    for m in DATE_BOUND.finditer(text):
        day = _day(m["y"], m["m"], m["d"])
        if m["after"]:
            spans.append((day, _NO_DATE[1]))
        elif m["before"]:
            spans.append((_NO_DATE[0], day - 1))
        else:
            spans.append((day, _day(m["y2"] or m["y"], m["m2"], m["d2"])))
    return spans


def event_date(text: str) -> tuple[int, int] | None:
    """The span (first day, last day) of the last dated event the asker tells (2025年3月竣工 -> (20250301,
    20250331); 2025年上半年投产 -> (20250101, 20250630)); a month told without its year takes the year told last
    before it (2025年10月竣工的怎么补？那要是4月份竣工的呢 -> April 2025); None when none is told with a year."""
    found = None
    for m in _EVENT_DATE.finditer(text):
        years = _YEAR_TOLD.findall(text[: m.start()])
        year = m["y"] or (years[-1] if years else None)
        if year is None:
            continue
        if m["half"]:
            first, last = (1, 6) if m["half"] == "上" else (7, 12)
        else:
            first = last = int(m["m"]) if m["m"].isdigit() else cn_number(m["m"]) or 0
        if not 1 <= first <= last <= 12:
            continue
        found = (_day(year, first, m["d"] or 1), _day(year, last, m["d"] or calendar.monthrange(int(year), last)[1]))
    return found


def date_fits(bounds: Sequence[tuple[int, int]], when: tuple[int, int]) -> bool | None:
    """Whether an event of span `when` falls in one of a clause's `bounds` (True), in none (False), or the clause
    bounds no date (None)."""
    if not bounds:
        return None
    return any(first <= when[0] and when[1] <= last for first, last in bounds)


APPLICANT_ACTS = re.compile(r"(?:企业|申报单位|申请单位|申请人|项目单位)"
                            # (or after the time it acts in: 须于每年4月1日至4月30日，通过)
                            r"(?:(?:[^。；;]{0,8}|[^。；;，,]{0,4}于[^。；;]{0,32}?)(?:向|到|通过|登录|在)"
                            r"[^。；;]{0,40}?(?:提出申请|提交申请|申报|提交|报送|填报)"
                            # (or hands its papers to a unit: 企业将纸质材料报送注册地县（市、区）工业和信息化局)
                            rf"|将[^。；;，,]{{0,10}}?(?:报送|提交|递交)[^。；;，,]{{0,30}}?{ORG_SUFFIX})")
# Papers asked for in their own right (哪些材料, 提交什么): in a part that also asks which unit (需要向哪个部门提交哪些
# 材料), unlike papers named as what a unit takes (材料交到哪个单位).
PAPERS_ASKED = re.compile(r"(?:哪些|什么(?!时候)|啥(?!时候)|哪几[份样种])[^，,。；;？?]{0,4}?(?:材料|资料|证明)"
                          r"|(?:提交|提供|交|准备)(?:什么|啥|哪些)")
WHO_ASKED = re.compile(r"哪个(?:部门|单位|局|科室|处室|机构)|哪(?:些|几个)(?:部门|单位)|哪家单位|找谁"
                       # 归省工信厅哪个处管, 找省工信厅哪个处对接
                       r"|哪个[处科股](?=管|负责|牵头|审|受理|对接|联系|咨询|办|[？?，,。]|$)"
                       r"|谁(?:负责|管|发|拨|牵头|审核|兑现)|牵头单位|配合单位|责任单位|负责部门|主管部门是|归口部门|是谁"
                       r"|(?:牵头|负责|主管|经办|受理)的是[^，,。；;？?]{1,12}还是")  # 牵头的是市工信局还是市财政局
# Who pays the money out (钱谁发, 由哪个部门拨下来, 最后是谁打到我们账上, 哪一级部门把钱拨到企业账上), and a sentence
# that says who does (公示无异议后由县财政局在20个工作日内拨付至企业账户; 由市县财政部门…拨付到企业), `to` the
# enterprise named (not 由…联合下达资金计划: a plan passed down)
# (not 打谁电话: a call; 发 of paying out, not of a word it begins: 发展, 发布, 发文, 发起, 发明, 发票, 发生)
_PAYING = r"(?:拨|发(?!布|文|的文|展|起|明|票|生|挥|现)|打(?!分|[^，,。？?；;]{0,3}电话)|兑付|兑现|下达|出钱|付钱)"
# (找哪个部门兑现奖励: whom the asker goes to, the unit in charge; not who pays out)
PAYER_ASKED = re.compile(rf"(?<!找)(?:谁|哪(?:个|一级)?(?:部门|单位|局))[^，,。？?；;]{{0,10}}?{_PAYING}"
                         rf"|{_PAYING}[^，,。？?；;]{{0,4}}?(?:谁|哪(?:个|一级)?(?:部门|单位|局))")
# Who bears a grant's cost, asked (这钱谁出, 市县怎么分, 市里全出还是县里也要分担, 哪一级财政出; not 名单全出来了): the
# split answers it
COST_ASKED = re.compile(r"谁(?:来)?(?:出|掏|承担|负担)|哪一?级[^，,。？?；;]{0,4}(?:出|承担|负担)(?!多少|几)"
                        r"|(?:怎么|如何|咋)分(?:担|摊|配)?(?=[？?，,。；;]|$)|分担|全出(?![来去台现])")
# A government's share of a split cost asked (县里和镇里各出多少, 其中镇财政出多少, 这笔钱市财政实际出多少; not 县里出
# 多少: how much the county grants): the split answers it, as it answers who bears the cost
SPLIT_ASKED = re.compile(rf"(?:各|分别|财政[^，,。？?；;]{{0,4}}?|其中[^，,。？?；;]{{0,8}}?){_SHARE_OF}")
# a clause that says who bears the cost (由市、县财政按5:5比例分担, 所需资金由县财政承担)
COST_BORNE = re.compile(r"由[^，,。；;]{2,30}?(?:财政|资金)[^，,。；;]{0,12}?(?:分担|承担|负担|列支)")
PAID_SPOKEN = re.compile(r"钱|资金|奖|补|款|账")  # (the money paid out spoken of: not 这个文件是哪个部门发的)
PAYS_OUT = re.compile(rf"(?:由(?P<unit>[^，,。；;]{{2,24}}?(?:{ORG_SUFFIX}|部门))[^。；;]{{0,24}}?"
                      rf"|(?P<charged>[^，,。；;由]{{2,24}}?(?:{ORG_SUFFIX}))负责[^，,。；;]{{0,6}}?"
                      # (市县财政部门在收到资金后10个工作日内拨付到企业: the unit, then when it pays)
                      rf"|(?P<subject>[^，,。；;由]{{2,16}}?(?:{ORG_SUFFIX}|部门))(?:在|于)[^，,。；;]{{0,16}}?"
                      r"(?=(?:拨付|拨|划拨|兑付)(?:到|至)企业))"
                      r"(?<!已)(?:拨付|拨至|拨到|兑付|兑现|划拨|支付|打入)(?P<to>[^。；;]{0,8}?(?:企业|账户))?")
# Who interprets a document (条款看不懂找谁解释, 哪个部门负责解释): its closing clause says it once for all its
# measures (本细则由县工信局会同县财政局负责解释).
INTERPRETING = re.compile(r"(?:负责|由|找|归|向)[^，,。？?]{0,6}解释|解释权|谁来?解释|哪个[^，,。？?]{0,4}解释")
INTERPRETS = re.compile(rf"{SELF_REFERENCE.pattern}[^。；;]{{0,30}}?解释|解释权")
COPY_LABELS = r"(?:抄送|抄报|分送)"


# --- what an enterprise says about itself (政策匹配) ---------------------------------------------------
# Size, scale and ownership: kinds of enterprise, never a trade (规上企业 is not an industry).
ENTERPRISE_TYPES = r"(?:规上|规模以上|限上|小微|中小|小型|微型|中型|大型|民营|国有|外资|外商投资|个体)"
# A year counted in a term or a story (第二年, 第10年)
ORDINAL_YEAR = r"第[一二两三四五六七八九十\d]{1,2}年"
# a year of a grant's term (第一年按…15元、第二年按…10元), or its first years together (前两年按…8元，第三年按…4元;
# not a look-back, 申报前三年内)
TERM_YEAR = rf"(?:{ORDINAL_YEAR}|首年|次年|前[两二三四五\d]年(?![内的累以度]))"


# the years of a term one sum or rate is for, one year or several in a row (第二年、第三年 / 第二至第三年)
TERM_YEARS = rf"{TERM_YEAR}(?:\s*(?:、|和|及|至|到|-|—|－)\s*{ORDINAL_YEAR})*"
_STAGE_OF_ITEM = re.compile(rf"(?:（|^)({TERM_YEARS})）?$")  # as amounts names a stage's sum: …企业（第三年）


def term_span(item: str) -> tuple[int, int] | None:
    """The first and last year of its term an item's sum is for, as the item ends: …（第三年） -> (3, 3), 首年 ->
    (1, 1), 次年 -> (2, 2), …（前两年） -> (1, 2), …（第二年、第三年） -> (2, 3); None of an item of no stage."""
    stage = _STAGE_OF_ITEM.search(item)
    said = stage.group(1) if stage else ""
    if said in ("首年", "次年"):
        return (1, 1) if said == "首年" else (2, 2)
    years = [cn_number(m.group(1)) for m in re.finditer(r"[第前]([一二两三四五六七八九十\d]{1,2})年", said)]
    if not years or not all(years):
        return None
    return (1, years[0]) if said.startswith("前") else (min(years), max(years))


# A condition on how much a figure grew (较上年增长20%以上, 增长率达到15%以上, 连续两年营业收入增长均达到15%以上): the
# share, as a number of percent
GROWTH_BAR = re.compile(r"(?:增长率?|增幅|增速)[均都]?(?:(?P<over>超过|不低于|高于)|达到|在)?\s*"
                        r"(?P<share>\d+(?:\.\d+)?)\s*[%％](?(over)|\s*(?:（含）)?(?:及以上|以上))")
# A share the asker says a figure grew by (比前年涨了25%, 同比增长12%, 增幅18%)
# (not a rule's bar quoted: 要求增长20%以上; not 最多30%, 比例提高2%: no growth of a figure)
GROWTH_TOLD = re.compile(r"(?<![要须需])(?:涨|增长|增加|增幅|增速|多[交缴纳投花挣赚卖出用])了?[均都]?"
                         r"(?:是|为|有|达到?|超过|超|过了?)?\s*"
                         r"(?:(?P<share>\d+(?:\.\d+)?)\s*[%％]|百分之(?P<spoken>[零一二两三四五六七八九十百]+)"
                         r"|(?P<tenths>[一二两三四五六七八九\d])成(?P<half>半)?)"  # (三成多: 30% and more; 一成半: 15%)
                         r"(?!\s*(?:（含）)?(?:及以上|以上|以内))")
# The asker says a figure passes a threshold for the first time (以前从没过千万, 之前从未超过, 头一回 -> 首次): the
# threshold it never passed before is no figure of its own.
NEVER_PASSED = r"(?:以前|之前|过去|从来|从)[^，,。；;？?]{0,2}?(?:没|未)有?(?:超过|过|突破|达到)"
FIRST_PASSED = re.compile(rf"首次(?:超过|过|突破|达到)|{NEVER_PASSED}")
# A first award and a renewed one: a reward for the one is not the other's.
# An award held in consecutive years (连续两年被评为A类的; 连着两年都是, 去年今年都是A类; not 前年和今年都是: a year
# between; not 这两年都在亏损: no award).
CONSECUTIVE = re.compile(r"(?:连续|连着)[两二三四五\d]个?年"
                         r"|(?:[两二三四五]年|前年[和、跟]?去年|去年[和、跟]?今年)都(?:是|被?评为|评上|获评|拿到|获得)")


def held_consecutively(text: str) -> bool:
    """Whether a text says an award was held in consecutive years, in a part that denies nothing (前三年都没评上A类
    is no such award)."""
    return any(CONSECUTIVE.search(part) and not re.search(r"没|未|不", part) for part in CLAUSE_PART.findall(text))


def award_mismatch(asked: str, rule: str) -> str:
    """Why a reward for a first award does not answer a renewed one, or the other way round ("" when
    it does): 重新认定通过了 asked of 对首次认定的…奖励5万元."""
    if RENEWED_AWARD.search(asked) and FIRST_AWARD.search(rule) and not RENEWED_AWARD.search(rule):
        return "本项奖励限首次认定（获评），所述为重新认定。"
    if FIRST_AWARD.search(asked) and RENEWED_AWARD.search(rule) and not FIRST_AWARD.search(rule):
        return "本项奖励针对重新认定（复审），所述为首次认定。"
    return ""
# 科技创新局负责哪些项目: the measures a unit named in the question is responsible for
UNIT_LIST = re.compile(r"(?:负责|管|承办|牵头|受理|主管|经办)[^，。；？?！!]{0,2}(?:哪些|什么|啥|几)")
# What can we get: a question for every measure that fits, not for one item's amount.
LIST_QUESTION = re.compile(r"哪些(?:政策|措施|奖励|补贴|补助|扶持|支持|优惠)"
                           r"|(?:能|可以|可)(?:享受|申请|申报|拿)(?:到)?(?:哪些|什么|啥)|有(?:哪些|什么|啥)(?:政策|优惠|扶持|支持)"
                           r"|(?<!没)有(?:哪些|什么|啥)(?:奖励|补贴)"
                           r"|符合哪些|适用哪些")  # (not 招本科生有没有什么补贴: whether one thing is paid)
# Words that mark a recognition, not a trade: 高新技术企业, 科技型中小企业, 专精特新, 瞪羚, 示范企业 …
HONOUR_MARKS = re.compile(r"高新|科技型|专精特新|小巨人|瞪羚|独角兽|单项冠军|冠军|示范|标杆|龙头|领军|骨干|创新型|隐形|"
                          r"重点|优秀|先进|品牌|名牌|老字号|驰名|著名|认定|评为|获评|入选|获得")
# Words that state the enterprise holds an honour (被评为, 认定为, 评上, 入选): what follows names the honour,
# not the trade (被评为省级5G全连接工厂 is no 全连接 factory).
AWARDED = re.compile(r"评为|评上|评定为|获评|认定为|认定了|入选|荣获")  # (not 获得, 列入: 获得贷款, 列入省重点项目)
# The enterprise's honour rose from one level to another (前年评上市级，今年升成省级; 今年又评上省级的了).
RISEN = re.compile(r"升(?:成|为|到|格为?|级为|级成|级到)|晋升|又(?:评上|被评为|被认定为|认定为|获评|升)")
# A statement that denies something of the enterprise: 没拿过, 未获得, 不属于, 还没有认定.
DENIED = re.compile(f"{_NEGATORS}{_BEING}")
DENIED_PART = re.compile(rf"{DENIED.pattern}[^，,。；;？?！!]*")  # 没评上省重点技改项目: to the end of its part
# The asker says it has not received a grant (奖励一直没拿到, 还没领, 未获得奖励).
DENIED_RECEIVED = re.compile(r"(?:没|未|没有|尚未|还没有?)(?:能)?(?:拿到|领到|拿|领|获得|收到|兑现|到账)|一直没")
# An enterprise's registered name (石楠昌达机械有限公司, …股份有限公司), as a list's row or cell starts it: text naming
# two different firms lists them (a 公示's 拟兑现名单 and the sums each is to get), no rule of what any enterprise may
# get (not 由有限责任公司整体变更为股份有限公司, a kind of company named twice)
_FIRM = re.compile(r"(?:^|(?<=[\n|｜\t\d；;、，,\s]))([\u4e00-\u9fff]{2,16}?)(?:股份)?有限(?:责任)?公司")


def lists_firms(text: str) -> bool:
    names = {name for name in _FIRM.findall(text) if not re.search(r"[由为将或和及与的]", name)}
    # (one firm said twice, 通过县融资担保有限公司…，县融资担保有限公司应当…: a name ending in another is that one)
    return len({n for n in names if not any(m != n and n.endswith(m) for m in names)}) >= 2


# A 就高不重复 rule about one matter (同一事项 / 同一项目 符合多项条款): different matters still add up.
SAME_MATTER = re.compile(r"同一(?:事项|项目|产品|设备|技术|成果|内容|人才|人员)|同类型?(?:项目|事项)?")
# A question's words asking who is responsible (哪个处室负责, 谁牵头, 钱谁发): a clause naming its units answers them.
WHO_QUESTION = re.compile(r"部门|单位|处室|科室|机构|负责|牵头|配合|主管|归口|谁管|谁发|谁拨|拨付|发放|找谁|哪个局")
