"""Subsidy calculator driven by extracted incentive records: thresholds, rates, class rates, caps, ratios."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from retrieval.lexicon.patterns import (
    CLASS_RANGE,
    GROWTH_BAR,
    MONEY,
    MOST_ASKED,
    NEGATION,
    ONLY_ONE_WORDS,
    OTHER_MOST_ASKED,
    SAME_MATTER,
    cn_number,
    metric_of,
    money_to_yuan,
    per_unit,
    percent_text,
    short_of,
    yuan_text,
)
from retrieval.lexicon.tokenizer import expand_abbreviations
from retrieval.records import Incentive
from retrieval.search.figures import (
    EXCESS_BASE,
    Facts,
    base_metric,
    growth_of,
    left_out_parts,
    metric_value,
    paid_on_grant,
    paid_on_investment,
    read_facts,
    same_unit_and_period,
    whole_of_period,
)

__all__ = ["Facts", "Calculation", "read_facts", "calculate", "is_calculable", "describe", "combined", "yearly_part",
           "year_and_term", "over_years", "each_class", "other_classes", "instalment_parts",
           "growth_against_bar", "limits_the_whole"]

ABSURD = 1e12  # yuan: no enterprise figure or grant is this large


@dataclass(frozen=True)
class Calculation:
    incentive: Incentive
    eligible: bool
    value: float | None  # yuan; None when a figure the rule needs is missing
    steps: tuple[str, ...]
    error: str = ""  # a figure that cannot be right (negative, zero, absurd): the message, and no number
    # An add-on (再给予 / 另给予): `value` is its own sum; this is the grant it is paid on top of, worked out
    # for the same figures (None when that one cannot be worked out or the enterprise does not qualify).
    on_top_of: Calculation | None = None
    yearly: bool = False  # `value` is one year's part of a sum paid in yearly parts (分5年发放)
    # Every sum the question asks for, labelled, in the order asked, when it asks for more than one: one year's
    # and the whole term's (每年, 合计), or each class's (B类, C类); `value` is the last.
    stated: tuple[tuple[str, float], ...] = ()

    @property
    def with_base(self) -> float | None:
        """An add-on's sum together with the grant it tops (认定奖励10万元 + 再给予5万元 = 15万元)."""
        if self.on_top_of is None or self.value is None or self.on_top_of.value is None:
            return None
        return round(self.value + self.on_top_of.value, 2)

    @property
    def conclusion(self) -> str:
        """不符合条件 / 最高可获175万元 / 可获100万元; "" when a figure is missing; the message for bad input."""
        if self.error:
            return self.error
        if not self.eligible:
            return "不符合条件"
        if self.value is None:
            return ""
        capped = self.incentive.is_cap or self.incentive.rate_text.startswith(("不超过", "最高"))
        get = "最高可获" if capped else "可获"
        if self.stated:
            return "，".join(f"{label}{get}{yuan_text(value)}" for label, value in self.stated)
        together = self.with_base
        if together is not None:  # (an add-on: its own sum, and the whole its step added up, never the sum alone)
            return (f"此项{get}{yuan_text(self.value)}，连同“{self.on_top_of.incentive.item}”共"
                    f"{yuan_text(together)}")
        return f"{'每年' if self.yearly else ''}{get}{yuan_text(self.value)}"


def is_calculable(incentive: Incentive) -> bool:
    """A rule with something to compute: a rate, a matching ratio, a per-unit sum, tiers by a figure,
    a multiple of another rule, a top-up of what was already received, sums by class, an add-on, or a bar on
    growth (较上年增长20%以上的)."""
    return (incentive.rate is not None or bool(incentive.ratio) or incentive.per.startswith("每")
            or bool(incentive.tiers) or incentive.multiplier is not None or incentive.topup
            or bool(incentive.class_caps) or (incentive.addon and incentive.addon_to is not None)
            or bool(GROWTH_BAR.search(incentive.item)))


def describe(incentive: Incentive) -> str:
    """The rule in one line, and which figures it needs."""
    terms, needs = [], []
    if incentive.rate is not None:
        terms.append(f"按{incentive.base}{incentive.rate_text}")
        needs.append("计算基数")
    if incentive.class_rates:
        terms.append("，".join(f"{c}类不超过{percent_text(r)}" for c, r in incentive.class_rates))
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
    if incentive.class_caps:
        terms.append("，".join(f"{c}类{yuan_text(v)}" for c, v in incentive.class_caps))
        needs.append("类别")
    for condition, rate in incentive.raised:
        terms.append(f"{condition}的，比例提高到{percent_text(rate)}")
    if incentive.share_cap is not None:
        terms.append(f"不超过{incentive.share_of}的{percent_text(incentive.share_cap)}")
    if incentive.joint_share_cap is not None:
        terms.append(f"与其他各级补助合计不超过{incentive.base or '基数'}的{percent_text(incentive.joint_share_cap)}")
    if incentive.addon and incentive.addon_to is not None:
        terms.append(f"在“{incentive.addon_to.item}”奖补之外另行给予")
    if incentive.exclusive_rule:
        terms.append(f"与同类项目就高不重复（{incentive.exclusive_rule.rstrip('。；;，,')}）")
    return "规则：" + "；".join(terms) + "。需要填写：" + ("、".join(needs) or "无") + "。"


_FIGURE_NAMES = {"base": "计算基数", "investment": "项目总投资", "matched": "上级资助金额", "received": "已获奖励"}
_UNIT_NAMES = {"平方米": "面积", "人": "人数", "件": "件数", "吨": "数量", "台": "台数", "套": "套数"}


def check_facts(facts: Facts) -> str:
    """A clear Chinese message for figures that cannot be right (negative, zero, over 10^12 yuan); "" when fine."""
    named: list[tuple[str, float, bool]] = [(_FIGURE_NAMES[k], getattr(facts, k), True) for k in _FIGURE_NAMES
                                            if getattr(facts, k) is not None]
    named += [(m + ("增量" if inc else ""), v, True) for m, v, inc in facts.figures]
    named += [(_UNIT_NAMES.get(u, u), v, False) for u, v in facts.quantities]
    if facts.count is not None:
        named.append(("数量", float(facts.count), False))
    if facts.lpr is not None:
        named.append(("利率", facts.lpr, False))
    if facts.growth is not None and not -1 <= facts.growth <= 100:  # (a fall of more than all, or 10000 %)
        return f"您填写的增长比例（{percent_text(facts.growth)}）明显超出合理范围，请核实后重新填写。"
    for name, value, money in named:
        shown = yuan_text(abs(value)) if money else f"{abs(value):g}"
        if value < 0:
            return f"您填写的{name}为负数（-{shown}），无法测算，请填写实际数额。"
        if value == 0 and not (name.endswith("增量") or name == "已获奖励"):
            return f"您填写的{name}为0，无法测算，请填写实际数额。"
        if money and value > ABSURD:
            return f"您填写的{name}（{shown}）超过1万亿元，明显超出合理范围，请核实后重新填写。"
        if not money and value > ABSURD:
            return f"您填写的{name}（{shown}）明显超出合理范围，请核实后重新填写。"
    return ""


def _amount_of(value: float, metric: str) -> str:
    if "/" in metric:  # a share (研发费用/营业收入)
        return percent_text(value)
    unit = {"面积": "平方米", "人数": "人"}.get(metric)
    if unit:
        bound = short_of(value)  # (面积不到300平: told below it)
        return f"不到{bound:g}{unit}" if bound is not None else f"{value:g}{unit}"
    return yuan_text(value)


def _choose_tier(incentive: Incentive, facts: Facts, steps: list[str]) -> Incentive | Calculation:
    """The tier the enterprise's figure falls in (the highest threshold reached), or why none applies."""
    figure = metric_value(incentive, facts)
    name = incentive.metric or "相关指标"
    if figure is None:
        if len(incentive.tiers) == 1 and incentive.tiers[0][2] is not None and incentive.tiers[0][3] is None \
                and incentive.multiplier is None:
            # (one bar and one sum, 实缴注册资本1亿元以上的，奖励300万元: a condition to check, not a tier to choose)
            low, high = incentive.tiers[0][:2]
            bar = f"超过{_amount_of(low, name)}" if low in incentive.exceeds else f"达到{_amount_of(low, name)}"
            steps.append(f"此项须{name.replace('/', '占')}{bar}" + (f"、不足{_amount_of(high, name)}" if high else "")
                         + "，请按实际核实。")
            return incentive
        asked = "和".join(name.split("/")) + ("" if name in ("面积", "人数") else "金额")
        steps.append(f"请提供{asked}以便确定适用档次。")
        return Calculation(incentive, True, None, tuple(steps))
    label = name.replace("/", "占") + "比重" if "/" in name else name  # 研发费用占营业收入比重
    beyond = figure in facts.passed  # (头一回过一千万: more than 1000万, past 超过1000万元)
    reached = [t for t in incentive.tiers if incentive.reaches(figure, t[0], beyond)
               and (t[1] is None or not incentive.reaches(figure, t[1], beyond) or t[1] == t[0])]
    if not reached:
        reached = [t for t in incentive.tiers if incentive.reaches(figure, t[0], beyond)]
    if not reached:
        lowest = min(t[0] for t in incentive.tiers)
        missed = f"未达到最低一档{_amount_of(lowest, name)}的条件"
        if lowest in incentive.exceeds:
            missed = f"未超过{_amount_of(lowest, name)}" + ("（“超过”不含本数）" if figure == lowest else "")
        steps.append(f"{label}{_amount_of(figure, name)}，{missed}，不能享受此项奖补。")
        return Calculation(incentive, False, 0.0, tuple(steps))
    low, high, cap, rate = max(reached, key=lambda t: t[0])
    opens = f"超过{_amount_of(low, name)}" if low in incentive.exceeds else f"{_amount_of(low, name)}（含）"
    span = f"{opens}至{_amount_of(high, name)}" if high is not None and low else f"不足{_amount_of(high, name)}" \
        if high is not None else (opens if low in incentive.exceeds else f"{_amount_of(low, name)}以上")
    grant = f"按{percent_text(rate)}" if rate is not None else (yuan_text(cap) if cap is not None else "")
    if incentive.multiplier is None:
        steps.append(f"{label}{_amount_of(figure, name)}，适用“{span}”一档：{grant}。")
    else:
        steps.append(f"{label}{_amount_of(figure, name)}，对应上表“{span}”一档：{grant}。")
    same = (low, high, cap, rate) == (incentive.low, incentive.high, incentive.cap, incentive.rate)
    if same or incentive.multiplier is not None:
        return replace(incentive, low=low, high=high, rate=rate,
                       referenced=cap if incentive.multiplier is not None else incentive.referenced)
    written = incentive.cap_text if cap == incentive.cap else (yuan_text(cap) if cap is not None else "")
    if incentive.is_cap and written and not written.startswith(("最高", "不超过")):
        written = _cap_words(incentive.cap_text) + written
    return replace(incentive, low=low, high=high, cap=cap, cap_text=written, rate=rate,
                   rate_text=percent_text(rate) if rate is not None else "")


def calculate(incentive: Incentive, facts: Facts, asked: str = "") -> Calculation:
    """Apply one incentive's rule to an enterprise's figures, showing each step: the class or tier that
    applies, a rate raised for a class the question says it belongs to (`asked`: the question's words),
    the arithmetic, the cap, a minimum, what was already received, the grant an add-on is paid on top of;
    or why it does not apply."""
    problem = check_facts(facts)
    if problem:
        return Calculation(incentive, False, None, (problem,), error=problem)
    steps: list[str] = []
    facts = _without_left_out(incentive, facts, steps)
    if incentive.class_caps:
        chosen = _choose_class(incentive, facts, steps)
        if isinstance(chosen, Calculation):
            return chosen
        incentive = chosen
    if named := other_classes(incentive, facts.grade, asked):
        steps.append(f"{facts.grade}类不是本项所列的{'、'.join(f'{c}类' for c in named)}，不能享受此项奖补。")
        return Calculation(incentive, False, 0.0, tuple(steps))
    if incentive.raised:
        incentive = _raise_rate(incentive, asked, steps)
    if incentive.table_raised:
        incentive = _raise_table(incentive, asked, steps)
    result = _apply(incentive, facts, steps)
    if result.eligible and result.value is not None:  # (after its other bars: 年纳税额在200万元以上 missed first)
        steps = list(result.steps)
        if (short := _growth_short(incentive, facts, steps)) is not None:
            return short
        result = replace(result, steps=tuple(steps))
    if incentive.addon and incentive.addon_to is not None:
        return _on_top_of(result, incentive.addon_to, facts, asked)
    if result.value is None and result.eligible and MOST_ASKED.search(asked) and not OTHER_MOST_ASKED.search(asked) \
            and not (incentive.tiers or incentive.class_caps or incentive.topup):  # (a tier's cap is not the most)
        # 十几件发明专利，专利奖一年最多拿多少 / 境外参展补助一年最多多少: the figure untold, the most asked is the
        # rule's total limit or its cap
        capped = incentive.is_cap or incentive.rate_text.startswith(("不超过", "最高"))  # (最高可获 says it)
        if incentive.limit is not None:
            return Calculation(incentive, True, incentive.limit,
                               (*result.steps, f"按规定{incentive.limit_per}{incentive.limit_text}。"),
                               stated=(("" if capped else "最多", incentive.limit),))
        if incentive.cap is not None and incentive.is_cap:
            return Calculation(incentive, True, incentive.cap,
                               (*result.steps, f"按规定{incentive.per}{incentive.cap_text}。"),
                               stated=(("", incentive.cap),))
    return result


def growth_against_bar(incentive: Incentive, facts: Facts) -> tuple[float, str, int, list[float]] | None:
    """A rule's bar on growth (较上年增长20%以上; 连续两年…均达到15%以上) and what the asker's figures say of it: (the
    share, the class of figure, the years it names, the growths told of those years, [] when unknown); None when the
    rule sets no such bar."""
    bar = GROWTH_BAR.search(incentive.item)
    if bar is None:
        return None
    metric = metric_of(incentive.item[: bar.start()]) or incentive.metric
    grown = growth_of(metric, facts)
    run = re.search(r"连续([一二两三四五\d])年", incentive.item[: bar.start()])
    years = int(cn_number(run.group(1)) or 1) if run else 1
    told = facts.growth is not None and grown == [facts.growth]  # (the asker's word for the years it names)
    grown = grown if told else grown[-years:] if len(grown) >= years else []
    return float(bar.group("share")) / 100, metric, years, grown


def _growth_short(incentive: Incentive, facts: Facts, steps: list[str]) -> Calculation | None:
    """较上年增长20%以上的，另奖励2万元: the asker's growth of that figure (two years' figures, or the share told)
    checked against the bar, each of the years the rule names (连续两年…均达到15%以上); a Calculation when it falls
    short (nothing due) or is unknown (no sum until it is told), None when it is met (a step says so) or the rule
    sets no such bar."""
    barred = growth_against_bar(incentive, facts)
    if barred is None:
        return None
    share, metric, years, grown = barred
    name = metric or "相关指标"
    if not grown:
        each = f"连续{years}年" if years > 1 else ""
        steps.append(f"此项须{name}{each}较上年增长{percent_text(share)}以上，"
                     f"请提供各年的{name}以便核实。")
        return Calculation(incentive, True, None, tuple(steps))
    least = min(grown)
    change = f"较上年增长{percent_text(least)}" if least >= 0 else f"较上年下降{percent_text(-least)}"
    if least < share:
        steps.append(f"{name}{change}，未达到增长{percent_text(share)}以上的条件，不能享受此项奖补。")
        return Calculation(incentive, False, 0.0, tuple(steps))
    steps.append(f"{name}{change}，满足增长{percent_text(share)}以上的条件。")
    return None


# the classes an item names, a list of them written once (A、B类企业), and the word after: what they are classes
# of (企业, 人才); not a class denied or set apart (非A类, A类以外)
_CLASSES_NAMED = re.compile(r"(?<![A-Za-z非])([A-Ea-e](?:\s*[、,，和或及与]\s*[A-Ea-e])*)\s*类(?!以外|之外)的?(.?)")


def other_classes(incentive: Incentive, grade: str, asked: str = "") -> list[str]:
    """The classes a grant names as whom it is for (A类企业中亩均税收位列全镇前三名的，另奖励2万元), when the
    asker's class (`grade`) is not among them; [] otherwise: no class named, a range (B类及以上), a list of classes
    with a sum each (chosen by _choose_class), or classes of another kind than the asker's as `asked` says it
    (B类人才 asked by an A类企业)."""
    if not grade or incentive.class_caps or CLASS_RANGE.search(incentive.item):
        return []
    named = [(re.findall(r"[A-Ea-e]", m.group(1)), m.group(2)) for m in _CLASSES_NAMED.finditer(incentive.item)]
    letters = sorted({c.upper() for found, _ in named for c in found})
    if not letters or grade in letters:
        return []
    told = re.search(rf"(?<![A-Za-z]){grade}\s*类的?(.?)", asked, re.IGNORECASE)
    kinds = {noun for _, noun in named if "\u4e00" <= noun <= "\u9fff"}
    if told and "\u4e00" <= told.group(1) <= "\u9fff" and kinds and told.group(1) not in kinds:
        return []  # (a class of another kind: 人才 and 企业)
    return letters


def _choose_class(incentive: Incentive, facts: Facts, steps: list[str]) -> Incentive | Calculation:
    """A类、B类、C类人才，分别给予…: the sum of the class the question names."""
    caps = dict(incentive.class_caps)
    names = "、".join(f"{c}类" for c in caps)
    if not facts.grade:
        steps.append(f"请说明所属类别（{names}）以便确定金额。")
        return Calculation(incentive, True, None, tuple(steps))
    if facts.grade not in caps:
        steps.append(f"{facts.grade}类不在本条规定的类别（{names}）之中，不能享受此项奖补。")
        return Calculation(incentive, False, 0.0, tuple(steps))
    cap = caps[facts.grade]
    steps.append(f"{facts.grade}类：{yuan_text(cap)}。")
    return replace(incentive, cap=cap, cap_text=_cap_words(incentive.cap_text) + yuan_text(cap), grade=facts.grade)


SAID_GAP = 3  # characters between two pairs of a condition said in one run (列进了省重点技术改造项目)
# the words that frame a class in a condition (列入…名单的企业实施的项目), not said by one who is of it
# (我们是…链主企业)
_LISTED_IN = re.compile(r"^(?:对|凡)?(?:属于|获得|经认定的|新认定的|被评为|列入|纳入|入选|进入|被?认定为)")
_LIST_OF = re.compile(r"(?:名单|名录|目录|计划|库)(?:内|中)?的?(?:企业|单位)?(?:实施|建设|承担)?的?(?:项目)?$")


def _classes_named(condition: str) -> list[str]:
    """The classes a raised rate's condition names, each without its framing and quotes: 列入省重点产业链“链主”
    企业名单的企业实施的项目 -> 省重点产业链链主企业; 链主企业和省重点技术改造项目 -> each and both together (数字化、
    智能化改造项目: each member with the words the last ends with); the condition itself when too short."""
    plain = _LIST_OF.sub("", _LISTED_IN.sub("", re.sub(r"[“”\"'‘’]", "", condition)))
    parts = re.split(r"和|或|、|及(?!以[上下])", plain)
    named = [part for part in [*(_with_tail(p, parts[-1]) for p in parts[:-1]), parts[-1]] if len(part) >= 4]
    return list(dict.fromkeys([*named, plain if len(plain) >= 4 else condition]))


def _with_tail(part: str, last: str) -> str:
    """A list's member with the words the last member ends with, when the last parallels it (as long, the same final
    character: 数字化、智能化改造项目: 数字化 -> 数字化改造项目); else as written (高新技术企业、企业技术中心…)."""
    n = len(part)
    return part + last[n:] if 2 <= n < len(last) and last[n - 1] == part[-1] else part


def _mentioned_at(condition: str, asked: str) -> int:
    """Where a question last says a condition: the start of the last run of its character pairs (no more than
    SAID_GAP characters apart) that holds most of them (abbreviations spelled out in both: 列入省重点技改项目 is
    said as 列进了省重点技术改造项目); -1 when it is not said (技改项目…不是省重点: two runs, neither says it; the
    first lacks the words that open the condition). A follow-up's own words come after its history's: the last run
    is what it says now."""
    condition = expand_abbreviations(condition)  # (`asked` is spelled out by the caller)
    pairs = {condition[i : i + 2] for i in range(len(condition) - 1)}
    found = sorted((m.start(), pair) for pair in pairs for m in re.finditer(f"(?={re.escape(pair)})", asked))
    runs: list[list[tuple[int, str]]] = []
    for at, pair in found:
        if runs and at - runs[-1][-1][0] <= SAID_GAP:
            runs[-1].append((at, pair))
        else:
            runs.append([(at, pair)])
    # (with the words that open it, which qualify the class: 省重点技术改造项目 is not said by 技术改造项目)
    said = [run for run in runs if len({pair for _, pair in run}) >= 0.6 * len(pairs)
            and condition[:2] in {pair for _, pair in run}]
    return said[-1][0][0] if pairs and said else -1


def _class_said(condition: str, asked: str) -> bool | None:
    """Whether a question says it is of the class a condition names (True), says it is not (False: 不属于省重点技改
    项目), or says nothing of it (None). `asked` is spelled out (expand_abbreviations)."""
    said = [at for named in _classes_named(condition) if (at := _mentioned_at(named, asked)) >= 0]
    if not said:
        return None
    # (of a condition naming two classes, one said and not denied is enough: 不是省重点技改项目，但我们是链主企业)
    return not all(NEGATION.search(asked[max(0, at - 4) : at]) for at in said)


def _cap_words(cap_text: str) -> str:
    """The words a cap is written with before its sum (最高, 不超过: 最高不超过50万元 -> 最高不超过)."""
    return cap_text[: len(cap_text) - len(cap_text.lstrip("最高不超过"))]


def _first_class_said(conditions: Sequence[str], asked: str) -> tuple[int, bool] | None:
    """The first of the conditions a question says it is of, or says it is not (its position, and whether it is), of
    the question's words spelled out; None when it says nothing of any."""
    asked = expand_abbreviations(asked)  # (where a condition is said is found in these words)
    return next(((n, said) for n, condition in enumerate(conditions)
                 if (said := _class_said(condition, asked)) is not None), None)


def _raise_table(incentive: Incentive, asked: str, steps: list[str]) -> Incentive:
    """对链主企业实施的项目，补助比例在上表基础上提高2个百分点，单个项目上限按上表标准的1.2倍: the table (and the
    record's own tier) on those terms when the question says it is of that class, not when it says it is not."""
    found = _first_class_said([condition for condition, _, _ in incentive.table_raised], asked)
    if found is None:
        return incentive
    condition, points, factor = incentive.table_raised[found[0]]
    if not found[1]:
        steps.append(f"不属于“{condition}”，按上表标准计。")
        return incentive
    terms = [f"比例提高{points * 100:g}个百分点"] * bool(points) + [f"上限为上表标准的{factor:g}倍"] * (factor != 1)
    steps.append(f"属于“{condition}”，{'，'.join(terms)}。")
    tiers = tuple((low, high, None if cap is None else round(cap * factor, 2),
                   None if rate is None else round(rate + points, 6)) for low, high, cap, rate in incentive.tiers)
    cap = None if incentive.cap is None else round(incentive.cap * factor, 2)
    rate = None if incentive.rate is None else round(incentive.rate + points, 6)
    return replace(incentive, tiers=tiers, cap=cap,
                   cap_text=_cap_words(incentive.cap_text) + yuan_text(cap) if cap is not None else "",
                   rate=rate, rate_text=percent_text(rate) if rate is not None else "")


def _raise_rate(incentive: Incentive, asked: str, steps: list[str]) -> Incentive:
    """对列入省重点技改项目的，补助比例提高到12%: the higher rate when the question says it is of that class
    (and not when it says it is not: 不属于省重点技改项目)."""
    found = _first_class_said([condition for condition, _ in incentive.raised], asked)
    if found is None:
        return incentive
    condition, rate = incentive.raised[found[0]]
    if not found[1]:
        steps.append(f"不属于“{condition}”，按{percent_text(incentive.rate or 0)}计。")
        return incentive
    steps.append(f"属于“{condition}”，比例提高到{percent_text(rate)}。")
    points = incentive.rate_text.endswith("百分点")  # (a subsidy in points stays one: 贴息率为2个百分点)
    # (a tier at the rate raised is raised too: 设备购置额1000万元以上的…按10%, 链主…提高至12%)
    tiers = tuple((low, high, cap, rate if old == incentive.rate else old) for low, high, cap, old in incentive.tiers)
    return replace(incentive, rate=rate, rate_text=f"{rate * 100:g}个百分点" if points else percent_text(rate),
                   tiers=tiers)


def _on_top_of(result: Calculation, base: Incentive, facts: Facts, asked: str) -> Calculation:
    """再给予 / 另给予: the add-on's own sum (its `value`), and the grant it follows worked out for the same
    figures (`on_top_of`), with a step that adds them when both are known."""
    if result.error or not result.eligible or result.value is None:
        return result
    own = result.value
    first = calculate(base, facts, asked)
    if first.error or first.value is None or not first.eligible:
        steps = [*result.steps, f"此项为在“{base.item}”奖补之外另行给予的{yuan_text(own)}。"]
        limit = result.incentive.limit
        if limit is not None and _limits_the_total(result.incentive) and own > limit:  # (at least on itself)
            steps.append(f"超过{result.incentive.limit_text}的上限，按{yuan_text(limit)}计。")
            own = limit
        return replace(result, value=own, steps=tuple(steps))
    steps = [*result.steps, f"此项在“{base.item}”{yuan_text(first.value)}的基础上另行给予：{yuan_text(first.value)} + "
             f"{yuan_text(own)} = {yuan_text(first.value + own)}。"]
    limit = result.incentive.limit
    if limit is not None and _limits_the_total(result.incentive) and first.value + own > limit:
        # (…，每新上一个5亿元台阶再奖励15万元，累计最高不超过100万元: the two together)
        steps.append(f"超过{result.incentive.limit_text}的上限，合计按{yuan_text(limit)}计。")
        own = max(limit - first.value, 0.0)
    return replace(result, value=own, steps=tuple(steps), on_top_of=first)


def combined(items: Sequence[Calculation | Incentive], ceilings: Sequence[Incentive] = (),
             matters: Sequence[int] = ()) -> tuple[float | None, str]:
    """The total of several grants one enterprise qualifies for, and the sentence that explains it.

    `items`: a Calculation stands for its value (nothing when not eligible); an Incentive for the sum it
    states (its `cap`). Grants that are alternatives count once, the highest: those sharing an
    `exclusive_group` (就高不重复 / 不重复享受 / 只能选择一项 written once for several clauses, see
    `documents.amounts.link_references`) and the tiers of one table. An add-on (再给予 / 另给予) counts on
    top of the grant it follows, never instead of it. `ceilings` (records with `ceiling`: 同一企业年度奖励总额
    最高不超过500万元) limit the total; ceilings among `items` are applied the same way. `matters` (one per item),
    when known, says which items are of one matter: a rule on one matter (同一企业同一事项符合多项条款的，就高) makes
    alternatives only of items of the same one.

    Returns (total in yuan, explanation), e.g. (1000000.0, "按就高不重复原则（同一企业同一年度获得多项称号的，
    按就高原则给予奖励，不重复享受），国家级专精特新“小巨人”企业100万元、国家级工业设计中心100万元只取最高一项：
    国家级专精特新“小巨人”企业100万元。合计100万元。"); (None, why) when a sum is missing (a figure not
    given, a rule that could not be applied, an input the calculator refused)."""
    entries: list[tuple[Incentive, float]] = []
    of: list[int] = []  # the matter of each entry (its item's place when none is given)
    limits = [c for c in ceilings if c.cap is not None]
    for k, item in enumerate(items):
        matter = matters[k] if matters else k
        incentive = item.incentive if isinstance(item, Calculation) else item
        if incentive.ceiling:
            if incentive.cap is not None:
                limits.append(incentive)
            continue
        if isinstance(item, Calculation):
            if item.error or (item.eligible and item.value is None):
                return None, item.error or f"“{incentive.item}”尚缺测算所需的数据，无法合计。"
            if not item.eligible:
                continue
            entries.append((incentive, float(item.value or 0.0)))
            of.append(matter)
        elif incentive.cap is None:
            return None, f"“{incentive.item}”没有固定金额（{incentive.rate_text or '需测算'}），无法直接合计。"
        else:
            entries.append((incentive, incentive.cap))
            of.append(matter)
    groups: dict[str, list[tuple[Incentive, float]]] = {}
    for n, (incentive, value) in enumerate(entries):
        if incentive.addon:
            key = f"addon/{n}"  # on top of its grant: never an alternative
        elif incentive.exclusive_group:
            key = incentive.exclusive_group
            rule = incentive.exclusive_rule
            if matters and SAME_MATTER.search(rule) and not re.search(ONLY_ONE_WORDS, rule):
                key += f"/{of[n]}"  # a rule on one matter (同一事项…就高): other matters add up
        elif len(incentive.tiers) >= 2:
            key = f"tiers/{incentive.clause}/{incentive.tiers}"
        else:
            key = f"one/{n}"
        groups.setdefault(key, []).append((incentive, value))
    sentences: list[str] = []
    total = 0.0
    for key, members in groups.items():
        best_incentive, best = max(members, key=lambda m: m[1])
        total += best
        if len(members) < 2:
            continue
        listed = "、".join(f"{i.item}{yuan_text(v)}" for i, v in members)
        rule = ("同一档次表只适用一档" if key.startswith("tiers/")
                else best_incentive.exclusive_rule.rstrip("。；;，,"))
        sentences.append(f"按就高不重复原则（{rule}），{listed}只取最高一项：{best_incentive.item}{yuan_text(best)}。")
    if not entries:
        sentences.append("以上各项均不符合条件。")
    elif len(entries) > 1 and not sentences:
        sentences.append(" + ".join(yuan_text(v) for _, v in entries) + f" = {yuan_text(total)}。")
    for limit in limits:
        if limit.cap is not None and total > limit.cap:
            sentences.append(f"超过{limit.item}{limit.cap_text}的上限，按{yuan_text(limit.cap)}计。")
            total = limit.cap
    sentences.append(f"合计{yuan_text(total)}。")
    return round(total, 2), "".join(sentences)


# a step of growth (产值每新增1000万元), not a level past a threshold (每新增一个5亿元台阶, 每上一档)
_GROWTH_STEP = re.compile(r"每(?:新增|增加|增长)(?!.*(?:台阶|档))")


def _stepped(incentive: Incentive, facts: Facts, steps: list[str]) -> Calculation:
    """每新上一个10亿元台阶再奖励20万元: the sum for each whole step the figure has gone past the threshold of the
    tier it is paid over (30亿元 past 10亿元: two steps); 产值每新增1000万元奖励3万元: for each whole step of the
    figure's growth (8000万 to 1.2亿: four steps; not an add-on's, 首次突破10亿元…，此后每增加10亿元再奖励20万元:
    past the bar); capped by its limit (每家企业最高奖励200万元; a total's, 累计最高…, with the grant it tops)."""
    name = incentive.metric or "相关指标"
    growth = bool(_GROWTH_STEP.search(incentive.item)) and not incentive.addon
    figure = facts.figure(f"{name}增量") if growth and incentive.metric else metric_value(incentive, facts)
    if figure is None or (incentive.low is None and not growth) or incentive.cap is None or not incentive.step:
        steps.append(f"请提供{name}{'前后两年的' if growth else ''}金额以便测算。")
        return Calculation(incentive, True, None, tuple(steps))
    levels = [v for m, v, increment in facts.figures if m == name and not increment]
    if growth and incentive.low is not None and levels and levels[0] < incentive.low:
        # (对上年度产值5000万元以上的工业企业，按照产值每新增1000万元…: the bar is on the year before)
        steps.append(f"{name}{_amount_of(levels[0], name)}，未达到{_amount_of(incentive.low, name)}的条件，"
                     "不能享受此项奖补。")
        return Calculation(incentive, False, 0.0, tuple(steps))
    past = f"{name}增加{_amount_of(figure, name)}，" if growth else \
        f"{name}{_amount_of(figure, name)}，比{_amount_of(incentive.low or 0.0, name)}"
    count = int((figure - (0.0 if growth else incentive.low or 0.0) + 1e-6) // incentive.step)
    if count <= 0:
        short = "不足" if growth else "多出不到"
        steps.append(f"{past}{short}一个{_amount_of(incentive.step, name)}，不能享受此项奖补。")
        return Calculation(incentive, False, 0.0, tuple(steps))
    value = count * incentive.cap
    steps.append(f"{past}{'合' if growth else '多出'}{count}个{_amount_of(incentive.step, name)}："
                 f"{count} × {yuan_text(incentive.cap)} = {yuan_text(value)}。")
    if incentive.limit is not None and value > incentive.limit and not _limits_the_total(incentive):
        steps.append(f"超过{incentive.limit_per}最高{yuan_text(incentive.limit)}的上限，按{yuan_text(incentive.limit)}计。")
        value = incentive.limit
    return Calculation(incentive, True, value, tuple(steps))


def _limits_the_total(incentive: Incentive) -> bool:
    """Whether a stepped add-on's limit is on its total with the grant it tops (首次突破10亿元的奖励50万元，此后每增加
    10亿元再奖励20万元，累计最高不超过100万元), not on the steps alone."""
    return incentive.limit_total and incentive.addon and incentive.addon_to is not None


def _apply(incentive: Incentive, facts: Facts, steps: list[str]) -> Calculation:
    if incentive.step is not None:
        return _stepped(incentive, facts, steps)
    if incentive.tiers and incentive.min_investment is None:
        chosen = _choose_tier(incentive, facts, steps)
        if isinstance(chosen, Calculation):
            return chosen
        incentive = chosen
    if incentive.multiplier is not None:
        return _multiple(incentive, facts, steps)
    result = _calculate(incentive, facts, steps)
    if result.value is None or not result.eligible:
        return result
    value = result.value
    steps = list(result.steps)
    if incentive.minimum is not None and value < incentive.minimum:
        steps.append(f"测算金额{yuan_text(value)}低于{yuan_text(incentive.minimum)}，按规定不予补助。")
        return Calculation(incentive, False, 0.0, tuple(steps))
    if incentive.topup:
        value = _topped_up(value, facts, steps, incentive)
    value = _within_joint_share(incentive, value, facts, steps)
    if part := yearly_part(incentive, value, facts):  # 每年发多少 of 200万元，分5年发放
        steps.append(part[1])
        return Calculation(incentive, True, part[0], tuple(steps), yearly=True)
    return Calculation(incentive, True, round(value, 2), tuple(steps))


def _within_joint_share(incentive: Incentive, value: float, facts: Facts, steps: list[str]) -> float:
    """市、县两级补助合计不超过项目设备投资额的15%, of a grant received from another government (市里已经补了120万):
    what is left of that share of the base once the grant received is taken off, when the sum is more."""
    if incentive.joint_share_cap is None or facts.received is None or facts.base is None:
        return value
    left = max(0.0, facts.base * incentive.joint_share_cap - facts.received)
    if value <= left:
        return value
    share = percent_text(incentive.joint_share_cap)
    steps.append(f"与已获补助合计不超过{incentive.base or '基数'}的{share}：{yuan_text(facts.base)} × {share} − "
                 f"已获{yuan_text(facts.received)} = {yuan_text(left)}，按{yuan_text(left)}计。")
    return left


def _topped_up(value: float, facts: Facts, steps: list[str], incentive: Incentive) -> float:
    """What a top-up pays: the sum less what was received (told as a sum, or as the tier of the same table it was
    paid at: 已经按5亿档拿过奖了 is that tier's sum)."""
    received = facts.received
    if received is None and facts.received_tier is not None:
        received = next((cap for low, _, cap, rate in incentive.tiers if low == facts.received_tier and rate is None),
                        None)  # (a rate tier's cap is a ceiling, not what was paid)
    if received is None:
        steps.append(f"按此标准为{yuan_text(value)}；已获得过同类奖励的，按差额补足。")
        return value
    rest = max(0.0, value - received)
    steps.append(f"补足差额：{yuan_text(value)} − 已获{yuan_text(received)} = {yuan_text(rest)}。")
    return rest


_OF_ONE_COUNTED = re.compile(r"\s*[每单]\s*(?:一\s*)?(?:个|名|位)?(?:人|产品|项目|项|件|台|套|场|次)")


def limits_the_whole(limit_per: str) -> bool:
    """Whether a limit caps the total of several units counted: one said of no unit (累计不超过200万元), of the
    enterprise or of a year (每家企业每年最高10万元, 同一企业年度累计); not one of each unit (单个产品累计,
    每人每年)."""
    return not limit_per or (bool(re.search(r"企业|单位|公司|户|年", limit_per))
                             and not _OF_ONE_COUNTED.match(limit_per))


def _per_count(per: str) -> bool:
    """每项 / 每个产品 / 每一种: a sum paid for each one counted — not 每家企业, 每户, 每年 (a cap for an enterprise
    or a year)."""
    return per.startswith("每") and not re.match(r"每\s*(?:一\s*)?(?:家|户|个?(?:企业|单位|公司)|年|月)", per)


def _counted_within_limit(incentive: Incentive, value: float, facts: Facts, steps: list[str]) -> float:
    """A sum counted (每指定一个国家5000元 × 12) within a limit of the whole or of another unit than the one counted
    (每件商标最高不超过5万元; not 单个产品累计 of a sum 每个产品: each product's own)."""
    if incentive.limit is None:
        return value
    whole = limits_the_whole(incentive.limit_per)
    if not whole and _limits_each_unit(incentive.limit_per, incentive.per):
        return value
    # (3件商标: the limit of each of them, three times)
    limit_unit = _EACH_OF.search(incentive.limit_per)
    measure = limit_unit.group("measure") if limit_unit else None
    units = next((n for u, n in facts.quantities if u == measure), None) if measure != "个" else None
    limit = incentive.limit * units if units and units > 1 and not whole else incentive.limit
    if value <= limit:
        return value
    shown = f"{incentive.limit_per}最高{yuan_text(incentive.limit)}" + (f"，{units:g}{measure}共{yuan_text(limit)}"
                                                                      if limit != incentive.limit else "")
    steps.append(f"超过{shown}的上限，按{yuan_text(limit)}计。")
    return limit


_EACH_OF = re.compile(r"[每单](?:[^，,。；;一]{0,3}一)?(?P<measure>[个件项台套种名位家户次场笔])?"
                      r"(?P<rest>[^每单最不累合总年月，,。；;（(\s]*)")


def _limits_each_unit(limit_per: str, per: str) -> bool:
    """Whether a limit is of each unit a sum is paid on (单个产品累计 of 每个产品; 每项标准 of 每项), not of another
    (每件商标 of 每指定一个国家, 每个充电站 of 每个充电桩): the sum's whole noun said in the limit, or, of a sum with no
    noun, the same measure word."""
    each, limit = _EACH_OF.search(per), _EACH_OF.search(limit_per)
    if each is None or limit is None:
        return False
    noun, measure = each.group("rest"), each.group("measure")
    return noun in limit_per if noun else bool(measure) and measure == limit.group("measure")


def _times_count(value: float, said: str, count: int, steps: list[str], unit: str = "个") -> float:
    """每项20万元，3个：20万元 × 3 = 60万元 (`said`: the sum per unit as the rule says it)."""
    steps.append(f"{said}，{count}{unit}：{yuan_text(value)} × {count} = {yuan_text(value * count)}。")
    return value * count


def _multiple(incentive: Incentive, facts: Facts, steps: list[str]) -> Calculation:
    """按第3项标准的1.5倍 / 按上表标准的2倍，最高不超过500万元."""
    times = incentive.multiplier or 1.0
    if incentive.referenced is None:
        steps.append(f"按{incentive.refers_to}的{times:g}倍计算，请对照{incentive.refers_to}确定基数。")
        return Calculation(incentive, True, None, tuple(steps))
    value = incentive.referenced * times
    steps.append(f"{incentive.refers_to or '基准'}{yuan_text(incentive.referenced)} × {times:g} = {yuan_text(value)}。")
    if _per_count(incentive.per) and facts.count and facts.count > 1:  # 参与了两项行业标准: 每项, twice
        value = _times_count(value, f"{incentive.per}{yuan_text(value)}", facts.count, steps)
    value = _capped(incentive, value, steps)
    if incentive.topup:
        value = _topped_up(value, facts, steps, incentive)
    if part := yearly_part(incentive, value, facts):  # 每年发多少 of 200万元，分5年发放
        steps.append(part[1])
        return Calculation(incentive, True, part[0], tuple(steps), yearly=True)
    return Calculation(incentive, True, round(value, 2), tuple(steps))


def _without_left_out(incentive: Incentive, facts: Facts, steps: list[str]) -> Facts:
    """The asker's sum as the rule measures it: the parts told of a kind the rule's base leaves out come off it
    (价税合计3390万，其中增值税390万, of 设备购置额（不含税） -> 3000万; 其中300万是二手机床, where 二手设备不计入)."""
    out = left_out_parts(incentive, facts, facts.base)
    if facts.base is None or not out:
        return facts
    taken = sum(value for value, _ in out)
    net = facts.base - taken
    if net <= 0:
        return facts
    told = "、".join(f"{_LEFT_OUT_NAMES[kind]}{yuan_text(value)}" for value, kind in out)
    steps.append(f"不计入的部分（{told}）：{yuan_text(facts.base)} − {yuan_text(taken)} = {yuan_text(net)}。")
    return replace(facts, base=net, parts=())


_LEFT_OUT_NAMES = {"税": "税额", "二手": "二手设备", "自制": "自制设备", "关联方": "关联方交易",
                   "小额": "单价低于标准的设备"}


def _calculate(incentive: Incentive, facts: Facts, steps: list[str]) -> Calculation:
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
            steps.append(f"{facts.grade}类企业比例不超过{percent_text(rate)}。")
        if (each := _per_unit_rate(incentive, rate, facts, steps)) is not None:
            return each
        if re.search(r"利率|LPR", incentive.base, re.IGNORECASE):  # 按贷款市场报价利率（LPR）的50%贴息
            if facts.base is None or facts.lpr is None:
                steps.append("请提供贷款金额和贷款市场报价利率（LPR）以便测算。")
                return Calculation(incentive, True, None, tuple(steps))
            on, named = facts.lpr, "LPR"
            if incentive.paid_rate_if_lower and facts.rate_paid is not None and facts.rate_paid < facts.lpr:
                steps.append(f"实际执行利率{percent_text(facts.rate_paid)}低于LPR {percent_text(facts.lpr)}，"
                             "按实际执行利率计算。")
                on, named = facts.rate_paid, "实际执行利率"
            value = facts.base * on * rate
            steps.append(f"贷款{yuan_text(facts.base)} × {named} {percent_text(on)} × {percent_text(rate)} = "
                         f"{yuan_text(value)}（一年）。")
            return Calculation(incentive, True, round(_capped(incentive, value, steps), 2), tuple(steps))
        measured = base_metric(incentive)  # 研发费用增量
        metric, growth = measured.removesuffix("增量"), measured.endswith("增量")
        known = facts.figure(measured) if measured else None
        if known is not None and growth and len([f for f in facts.figures if f[0] == metric and not f[2]]) >= 2:
            levels = [v for m, v, inc in facts.figures if m == metric and not inc]
            if known <= 0:  # 去年800万，今年700万: nothing grew, nothing is paid on the growth
                steps.append(f"{metric}从{yuan_text(levels[0])}到{yuan_text(levels[-1])}，没有增长，"
                             "不能享受按增量计算的此项奖补。")
                return Calculation(incentive, False, 0.0, tuple(steps))
            steps.append(f"{metric}增量：{yuan_text(levels[-1])} − {yuan_text(levels[0])} = {yuan_text(known)}。")
        figure = known if known is not None else facts.base
        if figure is None and paid_on_grant(incentive.base):  # 按上级实际到位资助资金的10%: 上级到位资金250万
            figure = facts.matched if facts.matched is not None else facts.received  # (or 县里补了48万)
        if figure is None and paid_on_investment(incentive.base):  # 按固定资产投资额的3%: 固定资产投资8000万
            figure = facts.investment
        if figure is None:
            base = incentive.base or "计算基数"
            steps.append(f"请提供{base}{'' if base.endswith('额') else '金额'}以便测算。")
            return Calculation(incentive, True, None, tuple(steps))
        # (超过500万元的，按超过部分的20%: the figure less the bar; 按超过1亿元部分的1%: the bar its base names)
        bar = _excess_bar(incentive)
        if bar is not None:
            if figure <= bar:
                steps.append(f"{yuan_text(figure)}未超过{yuan_text(bar)}，没有超过部分，不能享受此项奖补。")
                return Calculation(incentive, False, 0.0, tuple(steps))
            steps.append(f"超过部分：{yuan_text(figure)} − {yuan_text(bar)} = {yuan_text(figure - bar)}。")
            figure -= bar
        borne = facts.rate_paid if facts.rate_paid is not None else facts.lpr  # (the loan's rate, else a rate told)
        if incentive.rate_text.endswith("百分点") and borne is not None and borne < rate:
            # 按2个百分点贴息 of a loan at 1.8%: no more interest is subsidised than is paid
            steps.append(f"贷款利率{percent_text(borne)}低于贴息率{percent_text(rate)}，按实际利率贴息。")
            rate = borne
        value = figure * rate
        steps.append(f"{yuan_text(figure)} × {percent_text(rate)} = {yuan_text(value)}。")
        value = _capped(incentive, value, steps)
        units, unit = _units_each_priced(incentive, facts)
        if units > 1:  # 两台，每台15万 of 单台最高1万元: each unit's
            value = _times_count(value, f"{incentive.per}{yuan_text(value)}", units, steps, unit)
            value = _counted_within_limit(incentive, value, facts, steps)
        return Calculation(incentive, True, round(value, 2), tuple(steps))

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
    unit = per_unit(incentive.per)
    if value is not None and unit:
        return _per_unit_sum(incentive, facts, unit, steps)
    if value is not None and _per_count(incentive.per) and facts.count:
        value = _times_count(value, f"{incentive.per}{incentive.cap_text}", facts.count, steps)
        value = _counted_within_limit(incentive, value, facts, steps)
    if value is not None and incentive.years and "年" in incentive.per:
        steps.append(
            f"连续{incentive.years}年：{yuan_text(value)} × {incentive.years} = {yuan_text(value * incentive.years)}。"
        )
        value *= incentive.years
    return Calculation(incentive, True, value, tuple(steps))


def year_and_term(incentive: Incentive, facts: Facts, asked: str = "") -> Calculation | None:
    """一年能补多少？三年一共多少？: one year's sum, then the whole term's. A rule paid by the year for a
    term (贴息期限最长2年，年度最高100万元) on a yearly figure (一年利息240万) counts the same each year;
    None when either cannot be worked out."""
    one = calculate(incentive, replace(facts, one_year=True), asked)
    whole = calculate(incentive, replace(facts, one_year=False), asked)
    if not (one.eligible and whole.eligible) or one.value is None or whole.value is None:
        return None
    if whole.value != one.value:  # 每平方米每月10元 × 12个月, then × 36个月
        return replace(whole, steps=tuple(dict.fromkeys((*one.steps, *whole.steps))),
                       stated=(("每年", one.value), ("合计", whole.value)))
    years = incentive.years or 0
    if years < 2 or "年" not in incentive.per + incentive.limit_per:
        return None
    total, step = _years_alike(one.value, years)
    return replace(one, value=total, steps=(*one.steps, step), stated=(("每年", one.value), ("合计", total)))


def _years_alike(value: float, years: int) -> tuple[float, str]:
    total = round(value * years, 2)
    return total, f"按每年相同测算，{years}年合计：{yuan_text(value)} × {years} = {yuan_text(total)}。"


def over_years(incentive: Incentive, facts: Facts, asked: str = "") -> Calculation | None:
    """三年期贷款…三年下来一共能贴多少 of a rule paid by the year for a term (贴息期限不超过2年，每年最高100万元): one
    year's sum for each year told, within the term; None unless years are told, the figure is a year's (每年付息80万,
    a loan at a yearly rate: not 利息一共付了150万) and the rule pays by the year (for a term, or each year with
    none: every year told)."""
    term = incentive.years or 0
    # (a sum each year with no term, 每人每年给予工作经费2万元, is paid for each year told: 连续干了两年，一共多少)
    open_ended = not term and incentive.rate is None and "年" in incentive.per
    yearly = open_ended or facts.lpr is not None or bool(_YEARLY_FIGURE.search(facts.base_label))
    if not yearly or facts.years is None or facts.years < 2 or term < 2 and not open_ended \
            or "年" not in incentive.per + incentive.limit_per:
        return None
    one = calculate(incentive, replace(facts, one_year=True, years=None), asked)
    if not one.eligible or one.value is None:
        return None
    years = min(facts.years, term) if term else facts.years
    steps = [*one.steps]
    if term and facts.years > term:
        steps.append(f"期限最长{term}年，{facts.years}年中按{term}年计。")
    total, step = _years_alike(one.value, years)
    return replace(one, value=total, steps=(*steps, step))


# a figure said as a year's: 每年付息80万, 一年的租金, or named by a year's (年租金160万, 年利息, 年度研发费用)
_YEARLY_FIGURE = re.compile(r"每一?年|一年|年均|每个?年度|^[上本当今去]?年度|^年(?![底初末内前后中终度])")


def each_class(incentive: Incentive, facts: Facts, asked: str = "") -> Calculation | None:
    """B类和C类各给多少: each class's sum, in the order asked; None unless two or more of the rule's classes are
    named and each can be worked out."""
    grades = [g for g in facts.grades if g in dict(incentive.class_caps)]
    if len(grades) < 2:
        return None
    parts = [calculate(incentive, replace(facts, grade=g), asked) for g in grades]
    if not all(p.eligible and p.value is not None for p in parts):
        return None
    return replace(parts[-1], steps=tuple(step for p in parts for step in p.steps),
                   stated=tuple((f"{g}类", p.value) for g, p in zip(grades, parts, strict=True)))


def yearly_part(incentive: Incentive, value: float, facts: Facts) -> tuple[float, str] | None:
    """One year's part of a sum paid in yearly parts (200万元，分5年发放) when the question asks for one
    year (每年发多少): the part and the step that says so; None otherwise."""
    n = incentive.instalments
    if not facts.each_year or not n or n < 2 or incentive.shares:  # (4:3:3: no year is like another)
        return None
    return round(value / n, 2), f"分{n}年发放，每年：{yuan_text(value)} ÷ {n} = {yuan_text(value / n)}。"


def instalment_parts(incentive: Incentive, value: float, facts: Facts) -> tuple[tuple[tuple[str, float], ...], str]:
    """The parts a question asks of a sum paid in parts (第一年 of 300万元，分3年按4:3:3比例兑现: 120万元; 第一次、
    第二次 of 20万元，分两次兑现：…60%，…其余40%: 12万元, 8万元; 第一年 of 20万元，分4年平均发放: 5万元), each with
    its label as asked, and the step that says so; ((), "") when none is asked or the sum is not paid in parts."""
    n = incentive.instalments or 0
    asked = [(k, said) for k, said in facts.parts_asked if k <= n]
    if n < 2 or not asked:
        return (), ""
    shares = incentive.shares or (1 / n,) * n
    parts = tuple((said, round(value * shares[k - 1], 2)) for k, said in asked)
    how = f"按{'∶'.join(f'{s:.0%}' for s in incentive.shares)}" if incentive.shares else "平均"
    worked = "；".join(f"{said}：{yuan_text(value)} × {shares[k - 1]:.0%} = {yuan_text(part)}"
                      for (k, said), (_, part) in zip(asked, parts, strict=True))
    return parts, f"分{n}期{how}兑现，{worked}。"


_MEASURE_OF_ONE = "[台套件项]"  # measure words of a thing paid on each one (单台, 每套; not 单个项目: no count of it)
_EACH_ONE = re.compile(rf"(?:单|每\s*(?:一\s*)?)(?P<measure>{_MEASURE_OF_ONE})")
_PRICE_OF_ONE = re.compile(rf"(?:[每单]\s*|一)(?:{_MEASURE_OF_ONE})(?!性)|单价")  # 每台15万, 单价 (not 一次性付款)


def _units_each_priced(incentive: Incentive, facts: Facts) -> tuple[int, str]:
    """How many units of a rule paid on each one (按购机价格的10%，单台最高1万元) the asker tells when the figure is
    told of one of them (两台，每台15万), and their measure word: 0 otherwise."""
    unit = _EACH_ONE.match(incentive.per)
    if unit is None or not _PRICE_OF_ONE.search(facts.base_label) or facts.base_labels:
        return 0, ""
    return int(next((n for u, n in facts.quantities if u == unit.group("measure")), 0)), unit.group("measure")


def _excess_bar(incentive: Incentive) -> float | None:
    """The bar a rate paid on the part above it is measured from: the one its base names (按超过1亿元部分的1%), else the
    rule's own (超过500万元的，按超过部分的20%); None for a rate paid on the whole figure."""
    if not EXCESS_BASE.search(incentive.base + incentive.item):
        return None
    # (the sum the words of the part above end with: 超过1亿元部分 of 年营收5000万元且超过1亿元部分; not a cap after
    # them, 超出部分（不超过1000万元）)
    own = EXCESS_BASE.search(incentive.base)
    named = [m for m in MONEY.finditer(incentive.base) if own and m.end() <= own.end()]
    return money_to_yuan(named[-1].group()) if named else incentive.low


def _capped(incentive: Incentive, value: float, steps: list[str]) -> float:
    if incentive.cap is None:
        return value
    limit = f"{incentive.per}{'最高' if incentive.is_cap else ''}{yuan_text(incentive.cap)}"
    if value > incentive.cap:
        steps.append(f"超过{limit}的上限，按{yuan_text(incentive.cap)}计。")
        return incentive.cap
    steps.append(f"未超过{limit}的上限。")
    return value


def _per_unit_rate(incentive: Incentive, rate: float, facts: Facts, steps: list[str]) -> Calculation | None:
    """按实际租金的100%给予补贴，补贴单价最高不超过每月每平方米8元，补贴面积不超过3000平方米, of a price told of the
    rule's unit and period (实际租金每平每月6块, 3500平): the rate of the price, at most the cap, for each unit (at
    most the rule's units) and month; None when no price of that unit is told (a whole cost: the rate of it)."""
    unit = per_unit(incentive.per)
    told = facts.cost_of(incentive.base, incentive.per) if unit and incentive.cap is not None else None
    if told is None:
        return None
    priced = bool(per_unit(told[1]))  # (a price of a unit told, or a cost of the whole)
    # (每平每天1块 of a rate per 平方米 per 月, 每月租金3万: no like for like)
    if not same_unit_and_period(told[1], incentive.per) if priced else _PERIOD_PRICE.search(told[1]):
        steps.append(f"{incentive.rate_text}按{incentive.per}计，单价最高{yuan_text(incentive.cap)}：请提供"
                     f"{incentive.base or '费用'}{incentive.per}的单价（或全年{incentive.base or '费用'}）以便测算。")
        return Calculation(incentive, True, None, tuple(steps))
    if not priced:  # 全年租金30万: the rate of the whole, within the cap of each unit for the units told
        value = told[0] * rate
        steps.append(f"{yuan_text(told[0])} × {percent_text(rate)} = {yuan_text(value)}。")
        most = _per_unit_sum(replace(incentive, rate=None, share_cap=None), facts, unit, []).value
        if most is None:
            label = _UNIT_NAMES.get(unit, "数量")
            steps.append(f"另有{incentive.per}{incentive.cap_text}的上限，请提供{label}以便核对。")
        elif most < value:
            steps.append(f"不超过{incentive.per}{incentive.cap_text}：按{yuan_text(most)}计。")
            value = most
        return Calculation(incentive, True, round(value, 2), tuple(steps))
    each = told[0] * rate
    steps.append(f"{incentive.base or '单价'}{incentive.per}{yuan_text(told[0])} × {percent_text(rate)} = "
                 f"{yuan_text(each)}。")
    if each > incentive.cap:
        steps.append(f"超过{incentive.per}{incentive.cap_text}的上限，按{yuan_text(incentive.cap)}计。")
        each = incentive.cap
    return _per_unit_sum(replace(incentive, cap=each, share_cap=None), facts, unit, steps)


def _per_unit_sum(incentive: Incentive, facts: Facts, unit: str, steps: list[str]) -> Calculation:
    """每件3000元 × 件数; 每平方米每月5元 × 面积 × 月数; 每人每月2000元 × 人数 × 月数; with the most units
    paid for, and a total limit (单个企业每年最高…)."""
    amount = incentive.cap or 0.0
    count = facts.quantity(unit)
    label = _UNIT_NAMES.get(unit, "数量")
    if count is None:
        steps.append(f"{incentive.per}{yuan_text(amount)}，请提供{label}以便测算。")
        return Calculation(incentive, True, None, tuple(steps))
    told = facts.cost_of(incentive.share_of, incentive.per) if incentive.share_cap is not None else None
    # (a price of the rule's unit and period, 租金每平方米每月18元; or a whole cost, 全年租金48万; not 每天 or
    # 每月租金3万 against a sum per 平方米 per 月: no like for like)
    price = told is not None and same_unit_and_period(told[1], incentive.per)
    periodic = told is not None and whole_of_period(told[1], incentive.per)  # 每月租金2万: all units, each month
    whole = told is not None and not per_unit(told[1]) and not _PERIOD_PRICE.search(told[1]) and not periodic
    if (bound := short_of(count)) is not None:  # 面积不到300平: at most the figure said
        steps.append(f"{label}不到{bound:g}{unit}，按{bound:g}{unit}估算（实际以核定数为准）。")
        count = float(bound)
    rented = count  # (the units paid for by the asker, all of them: what the share is of)
    if incentive.max_units is not None and count > incentive.max_units:
        steps.append(f"{label}{count:g}{unit}超过{incentive.max_units:g}{unit}的上限，按{incentive.max_units:g}{unit}计。")
        count = incentive.max_units
    times, span, years = 1, "", 1
    if "月" in incentive.per:
        term = incentive.months or (incentive.years * 12 if incentive.years else None)
        months = 1 if facts.one_month and not facts.one_year else 12 if facts.one_year or term is None else term
        if facts.months is not None and not facts.one_month and not facts.one_year:  # 干满10个月: its own months,
            months = int(min(facts.months, term or facts.months))  # within the term the rule pays for
        times, span, years = months, f" × {months}个月", max(1, months // 12)
    elif "年" in incentive.per and incentive.years and not facts.one_year:
        times, span, years = incentive.years, f" × {incentive.years}年", incentive.years
    value = amount * count * times
    worked = f"{yuan_text(amount)} × {count:g}{unit}{span}"
    steps.append(f"{incentive.per}{yuan_text(amount)}：{worked} = {yuan_text(value)}。")
    if price or periodic:  # 租金每平方米每月18元, 补贴额不超过当年实付租金的60%: of the rent paid for every unit
        # rented, as long (每月租金2万: for all of them, each month)
        paid = told[0] * (rented if price else 1) * times
        most = paid * incentive.share_cap
        if most < value:
            units = f" × {rented:g}{unit}" if price else ""
            steps.append(f"不超过{incentive.share_of}的{percent_text(incentive.share_cap)}：{yuan_text(told[0])}"
                         f"{units}{span} = {yuan_text(paid)}，× {percent_text(incentive.share_cap)} = "
                         f"{yuan_text(most)}，按{yuan_text(most)}计。")
            value = most
    if whole and told[0] * incentive.share_cap < value:  # 全年租金48万: of the whole
        value = told[0] * incentive.share_cap
        steps.append(f"不超过{incentive.share_of}{yuan_text(told[0])}的{percent_text(incentive.share_cap)}，"
                     f"按{yuan_text(value)}计。")
    if incentive.limit is not None:
        limit = incentive.limit * (years if "年" in incentive.limit_per else 1)
        shown = f"{incentive.limit_per}{incentive.limit_text}"
        if limit != incentive.limit:
            shown += f"，{years}年共{yuan_text(limit)}"
        if value > limit:
            steps.append(f"超过{shown}的上限，按{yuan_text(limit)}计。")
            value = limit
        else:
            steps.append(f"未超过{shown}的上限。")
    return Calculation(incentive, True, round(value, 2), tuple(steps))


_PERIOD_PRICE = re.compile(r"每(?:天|日|月|年)")


def needed_figures(incentive: Incentive) -> tuple[str, ...]:
    """The calculator form's fields this rule uses (Facts names, plus `figure` for the value a tier list
    or a rate is measured by), in the form's order: the form asks for these and no others."""
    needs: list[str] = []
    if incentive.tiers and incentive.min_investment is None:
        metric = incentive.metric
        needs.append("investment" if metric in ("投资", "投资增量") else "count" if metric in ("面积", "人数")
                     else "figure")
        if "/" in metric:  # a share (研发费用/营业收入): the part too, in the form's base field
            needs.append("base")
    if incentive.rate is not None:
        needs.append("base")
        if re.search(r"利率|LPR", incentive.base, re.IGNORECASE):
            needs.append("lpr")
    if incentive.class_rates:
        needs.append("grade")
    if incentive.min_investment is not None:
        needs.append("investment")
    if incentive.ratio:
        needs.append("matched")
    if incentive.per.startswith("每"):
        needs.append("count")
    if incentive.topup or incentive.joint_share_cap is not None:  # (what was received: taken off, or within the share)
        needs.append("received")
    if GROWTH_BAR.search(incentive.item):  # 较上年增长20%以上的: the growth, as a share
        needs.append("growth")
    return tuple(dict.fromkeys(needs))
