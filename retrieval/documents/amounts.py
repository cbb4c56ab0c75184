"""Find the sums of money a clause grants and pair them with what they are for (分别 by position)."""

from __future__ import annotations

import re
from dataclasses import replace

from retrieval.lexicon.patterns import (
    CAP_WORDS,
    GRANT_WORDS,
    LEADING_NUMBER,
    LEVEL_END,
    LEVEL_WORD,
    MONEY_TEXT,
    MONEY_UNIT,
    NUMBER,
    SENTENCE,
    SUPPORT_WORDS,
    levels_in,
    money_to_yuan,
)
from retrieval.records import Incentive

__all__ = ["extract_incentives"]

_VERB = r"(?:给予|支持|奖励|补助|补贴|资助|奖补|一次性)"
# One amount, maybe a range (50万元—400万元), with the cap word in front of it.
_AMOUNT = re.compile(
    rf"(?P<cap>{CAP_WORDS}\s*{_VERB}*\s*)?(?P<money>(?:{NUMBER}\s*{MONEY_UNIT}?\s*[—－\-–~～至到]+\s*)?{MONEY_TEXT})"
)
_RESPECTIVE = re.compile(
    rf"分别\s*{_VERB}*\s*(?P<list>(?:{CAP_WORDS}\s*)?{MONEY_TEXT}(?:\s*[、，和及]\s*(?:{CAP_WORDS}\s*)?{MONEY_TEXT})+)"
)
_KIND_BEFORE = re.compile(rf"((?:一次性)?(?:{GRANT_WORDS}))\s*(?:{CAP_WORDS})?\s*$")
_KIND = re.compile(r"^\s*的?\s*([\u4e00-\u9fff]{0,4}?(?:一次性)?(?:奖励资金|奖励|补助|补贴|资助|奖补|支持|贴息|配套))")
# Money that sets a condition, not a grant: 总投资500万元以上, 营业收入达到70亿元.
_THRESHOLD_AFTER = re.compile(r"^\s*(?:以上|以下|及以上|以内|左右)")
_THRESHOLD_BEFORE = re.compile(r"(?:投资|营业收入|销售收入|产值|规模|达到|超过|突破|累计)\s*$")
_INCENTIVE = re.compile(SUPPORT_WORDS)
# Words that lead into the enumerated items: 对新认定为[国家级、省级…].
_LEAD = re.compile(r"(?:认定为|评为|创建为|确定为|列为|获得|入选|制定|成为|建设|设立|组建|被|为|对)")
_VERB_TAIL = re.compile(rf"(?:[，,]?\s*(?:{CAP_WORDS}|{_VERB}|分别|的))+\s*$")
# 按照设备(含软件)实际购置金额不超过10%的比例 / 按贷款实际发生额的50% / 按研发投入增量部分的10%
_RATE = re.compile(rf"按(?:照)?(?P<base>[^，,。；;%]*?)(?P<cap>{CAP_WORDS})?\s*(?P<rate>\d+(?:\.\d+)?)\s*%")
_RATIO = re.compile(r"按(?:照)?(?P<base>[^，,。；;]*?)(?P<ratio>\d+\s*[∶:]\s*\d+)\s*(?:的比例)?\s*配套")
_THRESHOLD = re.compile(rf"(?:计划|实际|年度?|累计)?(?:总投资|投资额?|营业收入|销售收入|产值|规模)[^，,。；;]{{0,6}}?"
                        rf"(?P<money>{MONEY_TEXT})\s*(?:以上|及以上)?")
_PER = re.compile(
    r"(?P<per>每[^，,。；;、给最不]{1,10}|单[户个家][^，,。；;、给最不每]{0,6}?(?:每年)?)\s*(?:给予|支持|奖励|补助)?\s*(?:最高|不超过)?\s*(?:给予|支持|奖励|补助)?\s*$"
)
_YEARS = re.compile(r"连续(?:补贴|支持|奖励|资助)?\s*(\d+)\s*年")
_CLASSES = re.compile(r"([A-Da-d])\s*类")


def extract_incentives(text: str, clause: str) -> tuple[Incentive, ...]:
    """Every incentive of a clause, in order: sums (分别 lists paired by position), rates with
    their base and cap, class-specific rates, ranges with a matching ratio, per-unit caps, years."""
    records: list[Incentive] = []
    group = 0
    for sentence in SENTENCE.findall(text):
        if not _INCENTIVE.search(sentence):
            continue
        if _attach_class_rates(sentence, records):
            continue
        found: list[Incentive] = []
        taken: list[tuple[int, int]] = []
        rate = _RATE.search(sentence)
        if rate:
            group += 1
            cap = next((m for m in _AMOUNT.finditer(sentence, rate.end())
                        if not _is_threshold(sentence, m)), None)
            found.append(Incentive(
                clause=clause, item=_subject(sentence[: rate.start()]) or _clean_base(rate.group("base")),
                kind=_rate_kind(sentence[rate.end():]), rate=float(rate.group("rate")) / 100,
                rate_text=(rate.group("cap") or "") + rate.group("rate") + "%", base=_clean_base(rate.group("base")),
                group=group,
                **(_money_fields(sentence, cap, "") if cap else {}),
            ))
            if cap:
                taken.append((cap.start(), cap.end()))
        for m in _RESPECTIVE.finditer(sentence):
            group += 1
            monies = list(_AMOUNT.finditer(m.group("list")))
            shared_cap = next((a.group("cap") for a in monies if a.group("cap")), "")
            kind = _kind(sentence[m.end():], sentence[m.start() : m.start("list")])
            items = _pair_items(sentence[: m.start()], len(monies))
            for money, item in zip(monies, items, strict=True):
                found.append(Incentive(clause=clause, item=item, level=_level(item), kind=kind, group=group,
                                       **_money_fields(m.group("list"), money, shared_cap)))
            taken.append((m.start(), m.end()))
        for money in _AMOUNT.finditer(sentence):
            if any(s <= money.start() < e for s, e in taken) or _is_threshold(sentence, money):
                continue
            group += 1
            item = _subject(sentence[: money.start()])
            found.append(Incentive(clause=clause, item=item, level=_level(item),
                                   kind=_kind(sentence[money.end():], sentence[: money.start()]), group=group,
                                   **_money_fields(sentence, money, "")))
        records.extend(_with_terms(sentence, r) for r in found)
    return tuple(records)


def _money_fields(text: str, money: re.Match[str], shared_cap: str) -> dict[str, object]:
    """cap, cap_text, floor and per for one sum of money found in `text`."""
    written = _written(money.group("cap") or shared_cap, money.group("money"))
    floor = None
    parts = re.split(r"[—－\-–~～至到]+", money.group("money"), maxsplit=1)
    if len(parts) == 2:  # 50万元—400万元, or 50—400万元 where the low end borrows the unit
        low, high = parts
        unit = re.search(MONEY_UNIT, high)
        floor = money_to_yuan(low if re.search(MONEY_UNIT, low) else low + (unit.group(0) if unit else "元"))
    per = _PER.search(text[: money.start()])
    return {"cap": money_to_yuan(written), "cap_text": written, "floor": floor,
            "per": per.group("per") if per else ""}


def _with_terms(sentence: str, record: Incentive) -> Incentive:
    """Conditions and terms written once in a sentence apply to each of its incentives."""
    thresholds = tuple(m.group(0) for m in _THRESHOLD.finditer(sentence))
    investment = next((money_to_yuan(m.group("money")) for m in _THRESHOLD.finditer(sentence)
                       if "投资" in m.group(0)), None)
    ratio = _RATIO.search(sentence)
    years = _YEARS.search(sentence)
    return replace(
        record,
        thresholds=thresholds,
        min_investment=investment,
        ratio=re.sub(r"\s", "", ratio.group("ratio")).replace(":", "∶") if ratio else "",
        base=record.base or (_clean_base(ratio.group("base")) if ratio else ""),
        kind=record.kind or ("配套" if ratio else ""),
        years=int(years.group(1)) if years else None,
    )


def _attach_class_rates(sentence: str, records: list[Incentive]) -> bool:
    """其中，…C类和D类的企业，…比例分别不超过8%和7%: class rates of the clause's last rate."""
    classes = _CLASSES.findall(sentence.split("分别")[0])
    rates = re.findall(r"(\d+(?:\.\d+)?)\s*%", sentence.split("分别", 1)[-1]) if "分别" in sentence else []
    target = next((i for i in range(len(records) - 1, -1, -1) if records[i].rate is not None), None)
    if not classes or len(classes) != len(rates) or target is None:
        return False
    pairs = tuple((c.upper(), float(r) / 100) for c, r in zip(classes, rates, strict=True))
    records[target] = replace(records[target], class_rates=records[target].class_rates + pairs)
    return True


def _clean_base(text: str) -> str:
    return re.sub(r"(?:的|不超过|最高)+$", "", text.strip(" ，,")).strip()


def _written(cap: str, money: str) -> str:
    cap_word = re.match(CAP_WORDS, cap.strip()) if cap else None
    return (cap_word.group(0) if cap_word else "") + re.sub(r"\s+", "", money)


def _kind(after: str, before: str = "") -> str:
    """The kind written after a sum (…万元一次性奖励), else just before it (一次性奖励50万元)."""
    m = _KIND.match(after) or _KIND_BEFORE.search(before)
    return m.group(1) if m else ""


def _rate_kind(after: str) -> str:
    m = re.match(rf"^\s*(?:的比例)?\s*(?:给予)?\s*((?:一次性)?(?:{GRANT_WORDS}))", after)
    return m.group(1) if m else "比例支持"


def _level(item: str) -> str:
    return "、".join(levels_in(item))


def _is_threshold(sentence: str, money: re.Match[str]) -> bool:
    return bool(_THRESHOLD_AFTER.match(sentence[money.end():])
                or _THRESHOLD_BEFORE.search(sentence[: money.start()]))


def _subject(before: str) -> str:
    """What an amount is for: the 对… condition in front of it, in the clause's own words."""
    parts = [LEADING_NUMBER.sub("", p.strip()) for p in re.split(r"[，,]", before) if p.strip()]
    parts = [p for p in parts if p]
    if not parts:
        return ""
    cleaned = [_strip_item(p) for p in parts]
    condition = next((i for i in range(len(parts) - 1, -1, -1) if parts[i].lstrip().startswith("对")), None)
    last = cleaned[-1]
    # "…的，每一种产品给予最高10万元" / "…，单户企业最高支持200万元": a unit, not the subject.
    unit = len(parts) > 1 and (last.startswith(("每", "单个", "单户", "单家")) or len(last) <= 4)
    head_index = condition if condition is not None else (len(parts) - 2 if unit else len(parts) - 1)
    return cleaned[head_index]  # a unit (每一种产品, 单户企业) is kept in the record's `per`


def _strip_item(text: str) -> str:
    text = LEADING_NUMBER.sub("", text.strip())
    text = _VERB_TAIL.sub("", text)
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
        if len(pieces) > n and _LEAD.search(pieces[-n]):
            # 在京津冀、长三角、粤港澳地区建设研发机构、专家工作站: the enumeration that is paid
            # starts after the verb inside a piece; the places before it are another list.
            return _expand(pieces[-n:])
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


def _last_word(text: str) -> str:
    from retrieval.lexicon.tokenizer import words  # jieba with the policy dictionary; loaded on first use

    return words(text)[-1]


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
    first_level = LEVEL_END.search(first)
    last_level = LEVEL_WORD.match(last)
    if first_level and last_level:
        # 国家级、省级“专精特新”企业: the words after the last level word are shared.
        suffix = last[last_level.end():]
        firsts = [first_level.group(0)] + middle
        return [c + suffix if LEVEL_WORD.fullmatch(c) else c for c in firsts] + [last]
    size = max(len(m) for m in middle) if middle else len(first)
    model = middle[-1] if middle else first
    end = next((k for k in range(1, min(len(last), size + 2) + 1) if last[k - 1] == model[-1]), 0)
    if 0 < end < len(last):
        # 第二类、第三类医疗器械注册证 / 国家5A级、4A级旅游景区: the last item parallels the others up
        # to their final character (类, 级); what follows is shared by all.
        suffix = last[end:]
        return [c + suffix for c in (first, *middle)] + [last]
    if middle and len(first) > size:
        # 省级特色食品产业集群、强县、强镇、基地: the middle items show how long a bare item is.
        prefix = first[:-size]
        return [first] + [prefix + c for c in (*middle, last)]
    if not middle and len(last) < len(first) and len(last) <= 4:
        # 国家级单项冠军示范企业、产品: the short second item replaces the last word of the first
        # (示范企业 is one word in the policy dictionary), giving 国家级单项冠军产品.
        tail = _last_word(first)
        return [first, first[: -len(tail)] + last]
    return [first, *middle, last]
