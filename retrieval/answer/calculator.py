"""Subsidy calculator driven by extracted incentive records: thresholds, rates, class rates, caps, ratios."""

from __future__ import annotations

import re
from dataclasses import dataclass

from retrieval.lexicon.patterns import CN_DIGITS, NUMBER, SPOKEN_MONEY_UNIT, YUAN_PER_UNIT, yuan_text
from retrieval.records import Incentive

__all__ = ["Facts", "Calculation", "read_facts", "calculate", "is_calculable", "describe"]

_MONEY = re.compile(
    rf"(?P<label>[\u4e00-\u9fffA-Za-z（）()]{{0,10}}?)\s*(?P<number>{NUMBER})\s*(?P<unit>{SPOKEN_MONEY_UNIT})"
)
_GRADE = re.compile(r"(?<![A-Za-z])([A-Da-d])\s*类")
_COUNT = re.compile(r"(\d+|[一两二三四五六七八九十])\s*(?:个|种|款|项|名|人|家)")
_INVESTMENT_WORDS = re.compile(r"总投资|项目投资|计划投资|投资总额|固定资产投资")
_MATCHED_WORDS = re.compile(r"资助|奖励|经费|补助|支持|拨付")


@dataclass(frozen=True)
class Facts:
    """What an enterprise says about itself, from a question or the calculator form."""

    base: float | None = None  # yuan the rate applies to (设备购置金额, 贷款发生额 …)
    investment: float | None = None  # total investment of the project, yuan
    grade: str = ""  # class of an evaluation such as 亩产效益 (A–D)
    count: int | None = None  # products, brands or people the incentive is paid per
    matched: float | None = None  # grant already received that a 1∶1 incentive matches

    def __bool__(self) -> bool:
        return any(v not in (None, "") for v in vars(self).values())


@dataclass(frozen=True)
class Calculation:
    incentive: Incentive
    eligible: bool
    value: float | None  # yuan; None when a figure the rule needs is missing
    steps: tuple[str, ...]

    @property
    def conclusion(self) -> str:
        """不符合条件 / 最高可获175万元 / 可获100万元; "" when a figure is missing."""
        if not self.eligible:
            return "不符合条件"
        if self.value is None:
            return ""
        capped = self.incentive.is_cap or self.incentive.rate_text.startswith(("不超过", "最高"))
        return f"{'最高可获' if capped else '可获'}{yuan_text(self.value)}"


def _percent(rate: float) -> str:
    return f"{round(rate * 100, 4):g}%"


def read_facts(question: str) -> Facts:
    """Figures in a question: 技改设备投资2500万元，亩产效益D类 -> base 2.5e7, grade D."""
    base = investment = matched = None
    for m in _MONEY.finditer(question):
        value = float(m.group("number")) * YUAN_PER_UNIT[m.group("unit")]
        label = m.group("label")
        if _INVESTMENT_WORDS.search(label):
            investment = value
        elif _MATCHED_WORDS.search(label) and not re.search(r"设备|购置|贷款|投入", label):
            matched = value
        else:
            base = value
    grade = _GRADE.search(question)
    count = _COUNT.search(question)
    number = None
    if count:
        raw = count.group(1)
        number = int(raw) if raw.isdigit() else CN_DIGITS[raw]
    return Facts(base, investment, grade.group(1).upper() if grade else "", number, matched)


def is_calculable(incentive: Incentive) -> bool:
    """A rule with something to compute: a rate, a matching ratio, or a per-unit sum."""
    return incentive.rate is not None or bool(incentive.ratio) or incentive.per.startswith("每")


def describe(incentive: Incentive) -> str:
    """The rule in one line, and which figures it needs."""
    terms, needs = [], []
    if incentive.rate is not None:
        terms.append(f"按{incentive.base}{incentive.rate_text}")
        needs.append("计算基数")
    if incentive.class_rates:
        terms.append("，".join(f"{c}类不超过{_percent(r)}" for c, r in incentive.class_rates))
        needs.append("分类结果")
    if incentive.ratio:
        terms.append(f"按{incentive.base}{incentive.ratio}配套")
        needs.append("已获上级资助")
    if incentive.cap_text:
        terms.append(f"{incentive.per}{incentive.cap_text}")
    if incentive.per.startswith("每"):
        needs.append("数量")
    if incentive.thresholds:
        terms.append("条件：" + "；".join(incentive.thresholds))
        if incentive.min_investment is not None:
            needs.append("项目总投资")
    return "规则：" + "；".join(terms) + "。需要填写：" + ("、".join(needs) or "无") + "。"


def calculate(incentive: Incentive, facts: Facts) -> Calculation:
    """Apply one incentive's rule to an enterprise's figures, showing each step."""
    steps: list[str] = []
    if incentive.min_investment is not None:
        condition = next((t for t in incentive.thresholds if "投资" in t), incentive.thresholds[0])
        known = facts.investment if facts.investment is not None else facts.base
        if known is None:
            steps.append(f"适用条件：{condition}（请核实项目总投资）。")
        elif known < incentive.min_investment:
            said = "总投资" if facts.investment is not None else "投资"
            steps.append(f"项目{said}{yuan_text(known)}，未达到“{condition}”的条件，不能享受此项支持。")
            return Calculation(incentive, False, 0.0, tuple(steps))
        else:
            least = "" if facts.investment is not None else "至少"
            steps.append(f"项目总投资{least}{yuan_text(known)}，满足“{condition}”。")

    if incentive.rate is not None:
        rate = dict(incentive.class_rates).get(facts.grade, incentive.rate)
        if facts.grade and facts.grade in dict(incentive.class_rates):
            steps.append(f"{facts.grade}类企业比例不超过{_percent(rate)}。")
        if facts.base is None:
            base = incentive.base or "计算基数"
            steps.append(f"请提供{base}{'' if base.endswith('额') else '金额'}以便测算。")
            return Calculation(incentive, True, None, tuple(steps))
        value = facts.base * rate
        steps.append(f"{yuan_text(facts.base)} × {_percent(rate)} = {yuan_text(value)}。")
        return Calculation(incentive, True, round(_capped(incentive, value, steps), 2), tuple(steps))

    if incentive.ratio:
        ours, theirs = (float(x) for x in incentive.ratio.split("∶"))
        if facts.matched is None:
            steps.append(f"请提供{incentive.base or '上级资助'}金额以便按{incentive.ratio}测算。")
            return Calculation(incentive, True, None, tuple(steps))
        value = facts.matched * theirs / ours
        steps.append(f"按{incentive.ratio}配套：{yuan_text(facts.matched)} × {theirs / ours:g} = {yuan_text(value)}。")
        if incentive.floor is not None and value < incentive.floor:
            steps.append(f"低于{yuan_text(incentive.floor)}的下限，按{yuan_text(incentive.floor)}计。")
            value = incentive.floor
        return Calculation(incentive, True, round(_capped(incentive, value, steps), 2), tuple(steps))

    value = incentive.cap
    if value is not None and incentive.per.startswith("每") and facts.count:
        steps.append(f"{incentive.per}{incentive.cap_text}，{facts.count}个：{yuan_text(value)} × {facts.count} = "
                     f"{yuan_text(value * facts.count)}。")
        value *= facts.count
    if value is not None and incentive.years and "年" in incentive.per:
        steps.append(
            f"连续{incentive.years}年：{yuan_text(value)} × {incentive.years} = {yuan_text(value * incentive.years)}。"
        )
        value *= incentive.years
    return Calculation(incentive, True, value, tuple(steps))


def _capped(incentive: Incentive, value: float, steps: list[str]) -> float:
    if incentive.cap is None:
        return value
    limit = f"{incentive.per}{'最高' if incentive.is_cap else ''}{yuan_text(incentive.cap)}"
    if value > incentive.cap:
        steps.append(f"超过{limit}的上限，按{yuan_text(incentive.cap)}计。")
        return incentive.cap
    steps.append(f"未超过{limit}的上限。")
    return value
