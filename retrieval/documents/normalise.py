"""One normalisation of a document's text before it is parsed: the text as published becomes the text
the parser reads. The stored corpus/*.txt keeps what the office published; this runs on every parse.

- traditional characters → simplified (OpenCC t2s, loaded on first use);
- full-width digits, Latin letters, ％ and the decimal point between digits → half-width
  (Chinese punctuation （）、，。：； stays as it is); sums and shares in Chinese numerals → digits
  (奖励十五万元 → 奖励15万元, 百分之三十 → 30%, 千分之三 → 0.3%), as every other sum is written;
- tab-separated rows → pipe rows (`|a|b|`), the one table form the parser reads (see tables.py), and
  space-aligned rows with a header line (a PDF's table) where the columns are unambiguous;
- page furniture removed: `— 3 —`, `- 3 -`, `第 3 页 共 9 页`, `3/9`;
- hard line breaks joined: a line broken mid-number (`10 万` / `元`), a line that starts with
  punctuation no line starts with (`，` `）` `”`), a line of running text (it has a comma) that stops
  mid-sentence, and — in text hard-wrapped at a page width, as a PDF gives it — a full line that does
  not end a sentence; never before a numbering mark, an indented line (a new paragraph) or a table row;
- white space inside Chinese text and numbers removed (`省 级` → `省级`, `50 万元` → `50万元`), kept
  between Latin words and between two unit names side by side (`江澜省工业和信息化厅 江澜省财政厅`).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Any

from retrieval.documents.tables import space_rows
from retrieval.lexicon.patterns import (
    DECIMAL_NUMBER,
    DOC_NUMBER,
    LEADING_NUMBER,
    ORG_SUFFIX,
    PHONE,
    cn_number,
    place_of,
)

__all__ = ["normalise", "without_pictographs", "simplified", "half_width", "arabic_sums", "reflow", "strip_spaces",
           "is_page_furniture"]

# Full-width ASCII letters and digits (and ％) to half-width; punctuation is left as printed.
_WIDTH = {**{chr(c): chr(c - 0xFEE0) for c in range(ord("０"), ord("９") + 1)},
          **{chr(c): chr(c - 0xFEE0) for c in range(ord("Ａ"), ord("Ｚ") + 1)},
          **{chr(c): chr(c - 0xFEE0) for c in range(ord("ａ"), ord("ｚ") + 1)},
          "％": "%"}
_WIDTH_TABLE = str.maketrans(_WIDTH)
_DECIMAL = re.compile(r"(?<=\d)．(?=\d)")
_PAGE_FURNITURE = re.compile(
    r"^(?:[—\-－–]{1,2}\s*\d{1,4}\s*[—\-－–]{1,2}"  # — 3 —
    r"|第\s*\d{1,4}\s*页\s*[,，/]?\s*共\s*\d{1,4}\s*页"  # 第 3 页 共 9 页
    r"|共\s*\d{1,4}\s*页\s*[,，/]?\s*第\s*\d{1,4}\s*页"
    r"|\d{1,4}\s*/\s*\d{1,4}"  # 3/9
    r"|第\s*\d{1,4}\s*页"
    r"|(?:当前位置|您的位置|您现在的位置)\s*[:：].*"  # a web page's breadcrumb: 当前位置：首页 > 政策文件
    r"|(?:[^>＞»›\d]{1,12}\s*[>＞»›]\s*){2,}[^>＞»›\d]{1,12}"  # 首页 > 政务公开 > 政策解读
    r"|[-—_*=━─]{3,})$"  # a horizontal rule (--- in Markdown, ━━━ in a post)
)
# A post's pictographs (奖励💰10万, 📌, ✅) say nothing the words do not; a keycap numbers a point (1️⃣: 1.)
_KEYCAP = re.compile(r"((?:\d\ufe0f?\u20e3)+)")  # (1️⃣0️⃣ is 10)
_DINGBAT_DIGITS = str.maketrans({**{chr(0x2776 + n): chr(0x2460 + n) for n in range(10)},  # ❶ ➀ ➊ -> ①
                                 **{chr(0x2780 + n): chr(0x2460 + n) for n in range(10)},
                                 **{chr(0x278A + n): chr(0x2460 + n) for n in range(10)}, "🔟": "10."})
_PICTOGRAPH = re.compile(r"[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\ufe0f\u200d]")
_SPACE = "[ \t\u3000\xa0\u2002\u2003\u2009]"
_INDENT = re.compile(rf"^(?:{_SPACE}{{2,}}|\u3000)")
# A sentence (or a heading's colon) ends here: the next line starts something new.
_ENDS = "。；;：:！？!?"
# Nothing starts a line with these: the line before was broken in front of them.
_NO_LINE_START = re.compile(r"^[，,。、；;：:！？!?）)”’」』》〕】%]")
# A number broken from its unit: `10 万` / `元`, `500` / `万元。`, `2024 年 4` / `月`.
_NUMBER_END = re.compile(r"\d\s*(?:[万亿千])?\s*$")
_UNIT_START = re.compile(r"^\s*(?:万元|亿元|千元|元|万|亿|%|年|月|日|个|家|项|倍|次|人|吨|平方米)")
_COMMA = re.compile(r"[，,]")
_PHONE_END = re.compile(rf"(?:{PHONE.pattern})$")
_CLOSES = "）)」』”"  # a note or quotation closed at the end of a line of running text ends it
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_CJK = r"\u3400-\u4dbf\u4e00-\u9fff"
_ORG_END = re.compile(rf"{ORG_SUFFIX}$")


def normalise(text: str) -> str:
    """The text the parser reads (see the module docstring); idempotent."""
    text = text.replace("\ufeff", "").replace("\r\n", "\n").replace("\r", "\n")
    text = arabic_sums(half_width(simplified(without_pictographs(text))))
    lines = space_rows(_tab_rows([_ruled_row(line) for line in text.split("\n")]))
    lines = [line for line in lines if not is_page_furniture(line)]
    return "\n".join(strip_spaces(line) for line in reflow(lines))


def without_pictographs(text: str) -> str:
    """奖励💰10万 -> 奖励10万, 1️⃣ -> 1."""
    text = _KEYCAP.sub(lambda m: re.sub(r"\D", "", m.group(1)) + ".", text.translate(_DINGBAT_DIGITS))
    return _PICTOGRAPH.sub("", text).replace("\u20e3", "")


def simplified(text: str) -> str:
    """Traditional characters as simplified: 獎勵 -> 奖励 (a no-op on simplified text)."""
    return _t2s().convert(text) if text else text


@functools.cache
def _t2s() -> Any:
    from opencc import OpenCC

    return OpenCC("t2s")


def half_width(text: str) -> str:
    """１０万元 -> 10万元, ＡＢ类 -> AB类, １．５倍 -> 1.5倍; （）、，。：； stay full-width."""
    return _DECIMAL.sub(".", text.translate(_WIDTH_TABLE))


# A sum or a share written in Chinese numerals, after a word that grants, caps or counts it (奖励十五万元,
# 不超过二百五十万元, 每人每月三千元, 一点五万元, 一亿五千万元, 按百分之二点五): not a word that holds a numeral
# (三元正极材料, 单一元件).
_CN_RUN = "零〇一二两三四五六七八九十百千"
_CN_SUM = re.compile(r"(?P<before>奖励|补助|补贴|资助|奖补|给予|奖|补|超过|高于|低于|达到|最高|累计|合计|每月|每年|"
                     r"每人|每件|每项|每个|每平方米|每吨|每台|每套|总额|金额|标准|至|到|为|、)"
                     rf"(?P<run>[{_CN_RUN}][{_CN_RUN}万亿]*(?:点[{_CN_RUN}]+)?[万亿]?)(?=元)")
_CN_SHARE = re.compile(rf"(百|千)分之([{_CN_RUN}]+(?:点[{_CN_RUN}]+)?)")
# the capital numerals of financial writing (壹拾万元, 伍万元, 贰仟伍佰圆): a run of two or more before 元 or 圆 that
# opens on a digit is a sum (not 陆元明 or 伍元华, names; nor 收拾元旦)
_CAPITALS = str.maketrans("壹贰叁肆伍陆柒捌玖拾佰仟", "一二三四五六七八九十百千")
# (from 拾 too: 拾伍万元 is 15万元)
_CAPITAL_SUM = re.compile("(?P<run>[壹贰叁肆伍陆柒捌玖拾][壹贰叁肆伍陆柒捌玖拾佰仟零万亿点]+)[元圆]")
# A sum of 万 or 亿 with no 元 after it, as posts print them (奖励10万；最高奖励1000万；分别奖励20万、50万): 元
# understood after a word that grants or caps in its part (not 年接待游客突破100万以上, 新增就业1万)
_BARE_SUM = re.compile(r"(?<=\d)([万亿])(?=[，,。；;、）)”\s~～至（(！!|]|$|以上|以下|以内)")
_GRANTS_OR_CAPS = re.compile(r"奖励|补助|补贴|资助|奖补|贴息|给予|奖|补|最高|不超过|上限|封顶")


def _with_yuan(m: re.Match[str]) -> str:
    part = re.split(r"[，,。；;！!]", m.string[: m.start()])[-1]
    return m.group(1) + "元" if _GRANTS_OR_CAPS.search(part) else m.group(1)
_PERMILLE = re.compile(r"(\d+(?:\.\d+)?)\s*‰")  # (0.5‰ -> 0.05%: one way of writing a share)


def _cn_decimal(text: str) -> float | None:
    """一点五 -> 1.5, 一亿五千万 -> 150000000, 十五 -> 15; None for anything else."""
    whole, _, fraction = text.partition("点")
    n = cn_number(whole)
    digits = [cn_number(c) for c in fraction]
    if n is None or None in digits:
        return None
    return n + float("0." + "".join(str(d) for d in digits)) if fraction else n


def _digits(n: float) -> str:
    return str(int(n)) if n == int(n) else str(n)


def arabic_sums(text: str) -> str:
    """Sums and shares in Chinese numerals as digits, as every other sum is written: 奖励十五万元 -> 奖励15万元,
    一万五千元 -> 15000元, 五千万元 -> 5000万元, 一点五万元 -> 1.5万元, 一亿五千万元 -> 150000000元,
    百分之二点五 -> 2.5%, 千分之三 -> 0.3%, 0.5‰ -> 0.05%; in capital numerals anywhere (奖励运营方捌万元 -> 8万元); a
    sum of 万 with no 元 (奖励10万。-> 奖励10万元。).
    Only after a word that grants, caps or counts a sum (not 三元正极材料, 单一元件); a run that is no number stays."""
    def digits_of(run: str) -> str:
        # (its last unit when nothing bigger stands before it: 五千万 -> 5000万, 一点五万 -> 1.5万)
        unit = run[-1] if run[-1] in "万亿" and not any(u in run[:-1] for u in "万亿") else ""
        n = _cn_decimal(run[: len(run) - len(unit)])
        return f"{_digits(n)}{unit}" if n is not None else run

    def share_of(m: re.Match[str]) -> str:
        n = _cn_decimal(m.group(2))
        return f"{_percent(n, m.group(1) == '千')}%" if n is not None else m.group(0)

    text = _PERMILLE.sub(lambda m: f"{_percent(float(m.group(1)), True)}%", text)
    text = _CAPITAL_SUM.sub(lambda m: digits_of(m.group("run").translate(_CAPITALS)) + "元", text)
    text = _CN_SUM.sub(lambda m: m.group("before") + digits_of(m.group("run")), text)
    return _BARE_SUM.sub(_with_yuan, _CN_SHARE.sub(share_of, text))


def _percent(n: float, per_mille: bool) -> str:
    return _digits(round(n / 10, 6) if per_mille else n)


def is_page_furniture(line: str) -> bool:
    """A page number or footer line: — 3 —, 第 3 页 共 9 页, 3/9."""
    return bool(_PAGE_FURNITURE.match(line.strip()))


_FULL_WIDTH_ROW = re.compile(r"^\s*｜(?:[^｜|]*｜){2,}\s*$")  # ｜序号｜项目｜标准｜: a table ruled as typed in Chinese


def _ruled_row(line: str) -> str:
    """A line ruled with full-width bars (｜1｜上市奖励｜100｜) as the pipe row it is (a line with a half-width bar
    in it stays as it is)."""
    return line.replace("｜", "|") if _FULL_WIDTH_ROW.match(line) else line


def _tab_rows(lines: list[str]) -> list[str]:
    """Two or more consecutive lines with the same number of cells (≥ 2) set apart by tabs, or of three or more
    cells set apart by bars without bars at their ends (序号|项目|标准, a table pasted as text; not 发布时间：…|
    来源：…, a page's fields, nor an address with a bar in it), become pipe rows."""
    lines = _separated_rows(lines, "\t")
    return _separated_rows(lines, "|", least=2)


def _separated_rows(lines: list[str], separator: str, least: int = 1) -> list[str]:
    def count(line: str) -> int:
        line = line.strip()
        if separator == "|" and (line.startswith("|") or "://" in line):
            return 0
        return n if (n := line.count(separator)) >= least else 0

    out: list[str] = []
    i = 0
    while i < len(lines):
        cells = count(lines[i])
        j = i
        while cells and j < len(lines) and count(lines[j]) == cells:
            j += 1
        if cells and j - i >= 2:
            out.extend("|" + "|".join(c.strip() for c in line.strip().split(separator)) + "|" for line in lines[i:j])
            i = j
        else:
            out.append(lines[i])
            i += 1
    return out


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def reflow(lines: list[str]) -> list[str]:
    """Join lines broken mid-sentence; a line keeps its break when it ends a sentence, or the next line
    is a numbering mark, a table row or indented (a new paragraph). Lines come with their indentation."""
    widths = [_width(line.strip()) for line in lines if line.strip()]
    wrap = sorted(widths)[int(0.9 * (len(widths) - 1))] if widths else 0
    full = [w for w in widths if w >= 0.75 * wrap]
    hard_wrapped = False
    if 40 <= wrap <= 110:  # a page holds 20 to 55 Chinese characters a line
        open_full = sum(1 for line in lines if line.strip() and _width(line.strip()) >= 0.75 * wrap
                        and not line.strip().endswith(tuple(_ENDS)))
        hard_wrapped = open_full >= 3 and open_full >= 0.25 * len(full)
    out: list[str] = []
    joinable = False  # may the next line continue out[-1]?
    for raw in lines:
        line = raw.strip()
        if not line:
            out.append("")
            joinable = False
            continue
        previous = out[-1] if out and out[-1] else ""
        join = False
        if previous and not _TABLE_ROW.match(line) and not _TABLE_ROW.match(previous):
            broken = bool(_NO_LINE_START.match(line) or (_NUMBER_END.search(previous) and _UNIT_START.match(line)))
            # Broken mid-sentence: a full line of hard-wrapped text, or a line of running text (it has a
            # comma, so it is no title, name or date) that stops without ending its sentence.
            wrapped = ((joinable or (_COMMA.search(previous) and not previous.endswith(tuple(_CLOSES))))
                       and not _INDENT.match(raw)
                       and not LEADING_NUMBER.match(line) and not line.startswith("附件")
                       and not DOC_NUMBER.fullmatch(line)  # (a 文号 stands on its own line under the title)
                       and not previous.endswith(tuple(_ENDS))
                       and not _PHONE_END.search(previous))  # (…，电话0738-6413025: a contact line ends there)
            join = broken or wrapped
        if join:
            glue = " " if previous[-1].isascii() and previous[-1].isalpha() and line[0].isascii() \
                and line[0].isalpha() else ""
            out[-1] = previous + glue + line
        else:
            out.append(line)
        # Whether this piece filled the page width decides whether the next line may continue it.
        joinable = hard_wrapped and _width(line) >= 0.75 * wrap
    return out


_DECIMAL_LABEL = re.compile(DECIMAL_NUMBER)


def strip_spaces(line: str) -> str:
    """White space out of Chinese text and numbers; one space kept between Latin words, between two unit names
    (`溪桐县科学技术局　溪桐县财政局`) and after a decimal item's number that a number follows (`2.6.4　2.1、2.3…`)."""
    line = line.strip(" \t\u3000\xa0")
    if not re.search(_SPACE, line):
        return line

    def keep(m: re.Match[str]) -> str:
        before, after = line[: m.start()], line[m.end():]
        if before and after and before[-1].isascii() and before[-1].isalnum() and after[0].isascii() \
                and after[0].isalpha():
            return " "
        if before and after and before[-1].isascii() and before[-1].isalpha() and after[0].isascii() \
                and after[0].isalnum():
            return " "
        if _ORG_END.search(before) and place_of(after)[0]:
            return " "
        if _DECIMAL_LABEL.fullmatch(before) and after[:1].isdigit():  # 2.6.4　2.1、2.3所需资金: a decimal item's
            return " "  # number, then a number it cites
        return ""

    return re.sub(f"{_SPACE}+", keep, line)
