"""Find the sums of money a clause grants and pair them with what they are for (分别 by position)."""

from __future__ import annotations

import re

from .records import Amount

__all__ = ["extract_amounts", "money_to_yuan", "levels_in", "strip_levels"]

_NUM = r"\d+(?:\.\d+)?"
_UNIT = r"(?:亿元|万元|千元|元)"
_MONEY = rf"{_NUM}\s*{_UNIT}"
_CAP = r"(?:最高|不超过|最多|至多|上限为?)"
_VERB = r"(?:给予|支持|奖励|补助|补贴|资助|奖补|一次性)"
# One amount, maybe a range (50万元—400万元), with the cap word in front of it.
_AMOUNT = re.compile(
    rf"(?P<cap>{_CAP}\s*{_VERB}*\s*)?(?P<money>(?:{_NUM}\s*{_UNIT}?\s*[—－\-–~～至到]+\s*)?{_MONEY})"
)
_RESPECTIVE = re.compile(
    rf"分别\s*{_VERB}*\s*(?P<list>(?:{_CAP}\s*)?{_MONEY}(?:\s*[、，和及]\s*(?:{_CAP}\s*)?{_MONEY})+)"
)
_KIND = re.compile(r"^\s*的?\s*([\u4e00-\u9fff]{0,4}?(?:一次性)?(?:奖励资金|奖励|补助|补贴|资助|奖补|支持|贴息|配套))")
# Money that sets a condition, not a grant: 总投资500万元以上, 营业收入达到70亿元.
_THRESHOLD_AFTER = re.compile(r"^\s*(?:以上|以下|及以上|以内|左右)")
_THRESHOLD_BEFORE = re.compile(r"(?:投资|营业收入|销售收入|产值|规模|达到|超过|突破|累计)\s*$")
_INCENTIVE = re.compile(r"奖励|补助|补贴|资助|奖补|贴息|配套|扶持|支持")
# Words that lead into the enumerated items: 对新认定为[国家级、省级…].
_LEAD = re.compile(r"(?:认定为|评为|创建为|确定为|列为|获得|入选|制定|成为|被|为|对)")
_VERB_TAIL = re.compile(rf"(?:[，,]?\s*(?:{_CAP}|{_VERB}|分别|的))+\s*$")
_LEVELS: list[tuple[str, re.Pattern[str]]] = [
    ("国际", re.compile(r"国际")),
    ("国家级", re.compile(r"国家级|国家")),
    ("省级", re.compile(r"省级|省(?![内外])")),
    ("市级", re.compile(r"市级")),
    ("县级", re.compile(r"县级|区级")),
]
_LEVEL_WORD = re.compile(r"^(?:国家级|省级|市级|县级|区级|国际|国家|省|市|县)")
_ANY_LEVEL = re.compile(r"国家级|省级|市级|县级|区级|国际|国家")
_LEVEL_END = re.compile(r"(?:国家级|省级|市级|县级|区级|国际|国家)$")
_SENTENCE = re.compile(r"[^。；;]+[。；;]?")


def money_to_yuan(text: str) -> float:
    """'最高50万元' -> 500000.0; a range '50万元—400万元' gives its upper end."""
    found = re.findall(rf"({_NUM})\s*({_UNIT})?", text)
    unit = next((u for _, u in reversed(found) if u), "元")
    number = float(found[-1][0])
    return number * {"亿元": 1e8, "万元": 1e4, "千元": 1e3, "元": 1.0}[unit]


def levels_in(text: str) -> list[str]:
    """Administrative levels named in a text, in the order of _LEVELS."""
    return [name for name, pattern in _LEVELS if pattern.search(text)]


def strip_levels(text: str) -> str:
    """The text without level words, to compare what two texts are about apart from their level."""
    return _ANY_LEVEL.sub("", text)


def extract_amounts(text: str, clause: str) -> tuple[Amount, ...]:
    """Every granted amount of a clause, in order; `分别` lists are paired with their items."""
    amounts: list[Amount] = []
    group = 0
    for sentence in _SENTENCE.findall(text):
        if not _INCENTIVE.search(sentence):
            continue
        taken: list[tuple[int, int]] = []
        for m in _RESPECTIVE.finditer(sentence):
            group += 1
            monies = list(_AMOUNT.finditer(m.group("list")))
            shared_cap = next((a.group("cap") for a in monies if a.group("cap")), "")
            kind = _kind(sentence[m.end():])
            items = _pair_items(sentence[: m.start()], len(monies))
            for money, item in zip(monies, items, strict=True):
                written = _written(money.group("cap") or shared_cap, money.group("money"))
                amounts.append(Amount(money_to_yuan(written), written, item, clause,
                                      _level(item), kind, group))
            taken.append((m.start(), m.end()))
        for money in _AMOUNT.finditer(sentence):
            if any(s <= money.start() < e for s, e in taken) or _is_threshold(sentence, money):
                continue
            group += 1
            written = _written(money.group("cap") or "", money.group("money"))
            item = _subject(sentence[: money.start()])
            amounts.append(Amount(money_to_yuan(written), written, item, clause, _level(item),
                                  _kind(sentence[money.end():]), group))
    return tuple(amounts)


def _written(cap: str, money: str) -> str:
    cap_word = re.match(_CAP, cap.strip()) if cap else None
    return (cap_word.group(0) if cap_word else "") + re.sub(r"\s+", "", money)


def _kind(after: str) -> str:
    m = _KIND.match(after)
    return m.group(1) if m else ""


def _level(item: str) -> str:
    found = levels_in(item)
    return found[0] if found else ""


def _is_threshold(sentence: str, money: re.Match[str]) -> bool:
    return bool(_THRESHOLD_AFTER.match(sentence[money.end():])
                or _THRESHOLD_BEFORE.search(sentence[: money.start()]))


def _subject(before: str) -> str:
    """What an amount is for: the 对… condition in front of it, in the clause's own words."""
    parts = [p for p in re.split(r"[，,]", before) if p.strip()]
    if not parts:
        return ""
    cleaned = [_strip_item(p) for p in parts]
    condition = next((i for i in range(len(parts) - 1, -1, -1) if parts[i].lstrip().startswith("对")), None)
    last = cleaned[-1]
    # "…的，每一种产品给予最高10万元" / "…，单户企业最高支持200万元": a unit, not the subject.
    unit = len(parts) > 1 and (last.startswith(("每", "单个", "单户", "单家")) or len(last) <= 4)
    head_index = condition if condition is not None else (len(parts) - 2 if unit else len(parts) - 1)
    head = cleaned[head_index]
    if unit and head_index != len(parts) - 1 and last:
        return f"{head}（{last}）"
    return head


def _strip_item(text: str) -> str:
    text = _VERB_TAIL.sub("", text.strip())
    text = re.sub(r"^(?:其中|同时)[，,]?", "", text)
    text = re.sub(r"^对", "", text)
    return text.strip(" ，,")


def _pair_items(before: str, n: int) -> list[str]:
    """The n items a 分别 list pays for, expanding shared words (国家级、省级X → 国家级X, 省级X)."""
    subject = _strip_item(before)
    for part in reversed(re.split(r"[，,]", subject)):
        quoted = _quoted_run(part, n)
        if quoted:
            return quoted
        pieces = part.split("、")
        if len(pieces) == n:
            return _expand(pieces)
    return [subject] * n  # ambiguous: keep the clause's own words rather than guess


def _quoted_run(part: str, n: int) -> list[str] | None:
    """省级“独角兽”“瞪羚”企业 → 省级“独角兽”企业, 省级“瞪羚”企业."""
    m = re.search(r"(?:“[^”]+”\s*、?\s*){2,}", part)
    if not m:
        return None
    names = re.findall(r"“[^”]+”", m.group(0))
    if len(names) != n:
        return None
    prefix = _after_lead(part[: m.start()])
    suffix = re.sub(r"的$", "", part[m.end():])
    return [prefix + name + suffix for name in names]


def _after_lead(text: str) -> str:
    leads = list(_LEAD.finditer(text))
    return text[leads[-1].end():] if leads else text


def _expand(pieces: list[str]) -> list[str]:
    first = _after_lead(pieces[0]).strip()
    # 国际标准、…、山东省地方标准的纺织服装企业: "的…" describes every item, so every item keeps it.
    last, _, tail = pieces[-1].strip().partition("的")
    described = "的" + tail if tail else ""
    middle = [p.strip() for p in pieces[1:-1]]
    return [item + described for item in _expand_cores(first, middle, last)]


def _expand_cores(first: str, middle: list[str], last: str) -> list[str]:
    first_level = _LEVEL_END.search(first)
    last_level = _LEVEL_WORD.match(last)
    if first_level and last_level:
        # 国家级、省级“专精特新”企业: the words after the last level word are shared.
        suffix = last[last_level.end():]
        firsts = [first_level.group(0)] + middle
        return [c + suffix if _LEVEL_WORD.fullmatch(c) else c for c in firsts] + [last]
    size = max(len(m) for m in middle) if middle else len(first)
    model = middle[-1] if middle else first
    if len(last) > size and last[size - 1] == model[-1]:
        # 第二类、第三类医疗器械注册证: the last item is as long as the others, the rest is shared.
        suffix = last[size:]
        return [c + suffix for c in (first, *middle)] + [last]
    if middle and len(first) > size:
        # 省级特色食品产业集群、强县、强镇、基地: the middle items show how long a bare item is.
        prefix = first[:-size]
        return [first] + [prefix + c for c in (*middle, last)]
    if not middle and len(last) < len(first) and len(last) <= 4:
        # 国家级单项冠军示范企业、产品: the short second item replaces the end of the first.
        return [first, first[: -len(last)] + last]
    return [first, *middle, last]
