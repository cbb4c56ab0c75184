"""Figures an enterprise gives about itself (设备投资2500万, 营收刚过5个亿, 120个人, LPR 3.45%), read
once from a question or a profile: the calculator applies rules to them, retrieval finds the tier
they fall in."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace

from retrieval.lexicon.patterns import (
    ABOUT_BEFORE,
    AGE_TOLD,
    ASKING_PART,
    CLAUSE_PART,
    CN_NUMBER,
    CN_NUMERAL,
    COUNT_NUMBER,
    COUNTERS,
    DENIED_RECEIVED,
    END_MARKS,
    FIRST_PASSED,
    GRADE_CLASS,
    GRANT_WORDS,
    GROWTH_TOLD,
    HEADCOUNT_METRIC,
    LEFT_OUT_KINDS,
    LIST_SEPARATOR,
    MAY_APPLY,
    NET_WORDS,
    NEVER_PASSED,
    NUMBER,
    ORDINAL_YEAR,
    PAID_UNITS,
    PEOPLE,
    QUANTITY_UNIT,
    QUANTITY_UNITS,
    SPOKEN_MONEY,
    TOTAL_ASKED,
    TOTAL_WORDS,
    UNDER,
    cn_number,
    grades_named,
    metric_of,
    per_unit,
    spoken_sums,
    years_of,
)
from retrieval.records import Clause, Incentive

__all__ = ["Facts", "read_facts", "metric_value", "in_own_tier", "same_unit_and_period", "whole_of_period",
           "fits_figures",
           "paid_on_grant", "base_metric", "EXCESS_BASE", "left_out_parts",
           "GROWTH_WORDS", "total_asked", "RECEIVED", "first_passed", "passed_before"]

# (一百二十来号人, 100多人: a count said about, in a spoken measure word)
_ABOUT = r"(?:[多来余]\s*)?(?:号(?=人))?"  # (one run of spaces only after 多: no nested runs on a hostile text)
_COUNT = re.compile(rf"{COUNT_NUMBER}\s*{_ABOUT}{COUNTERS}(?![多来]?亿|月)")  # (十一个多亿: a sum, not a count)
_INVESTMENT_WORDS = re.compile(r"总投资|项目投资|计划投资|投资总额|固定资产投资")
_MATCHED_WORDS = re.compile(r"资助|奖励|经费|补助|支持|拨付|到位|上级")
# who or what a sum in place came from (市里到位了50万, 省级资金到位了, 国家资助经费到位): a grant, which a 1∶1 match
# pays on
_GRANT_SOURCE = re.compile(r"[省市县区镇](?:里|级)|国家|中央|上级|部里|厅里|局里|专项|资助|奖励|经费|补助|补贴|支持"
                           r"|拨付")
# The verbs of getting or paying a sum (拿, 领, 奖, 补, 兑现).
_GETTING = r"(?:拿|领|获得?|(?<!取)得|奖|补|给|发|享受|收到|兑现|兑付|到账)"
# Sums received: a verb of getting with 了/过 (拿过, 给过, 奖了, 兑现了), or after 已/已经/曾.
RECEIVED = re.compile(rf"{_GETTING}(?:了|过)|拿到|领到|收到|(?:已经?|曾经?){_GETTING}")
# A sum said as what the asker might get (能补816万, 最多给50万吗): a guess at the answer.
_GUESSED = re.compile(rf"(?:能|可以|可|会|应该?|最多|最高|是不是|就)再?{_GETTING}(?:到|上)?$")
# A sum said as the grant's own, pointed at (招商引荐奖那3万块钱, 补贴这笔20万): the grant recalled, not the
# asker's figure.
_GRANT_POINTED = re.compile(r"[奖补助贴][^，,。；;\d]{0,2}?[那这](?:笔|份|个)?\s*$")
# the words of a sum told again as a case, without its time and rise (`_TIME_ONLY`): 要是突破50亿呢, 如果明年做到50亿
_SUPPOSING = re.compile(r"那|要是|如果|假如|假设|万一|换成|能|可以|会|呢|首次|第一次|头一回")
# A sum said as a part of the one before: 其中增值税390万, 其中有300万是二手设备
_PART_OF = re.compile(r"^\s*(?:其中|里面|里头|当中)(?:有|的)?(?:一批|一部分)?\s*")
# A sum said per unit (一件补5千, 每人给2000): the rule as the asker recalls it, no figure of its own.
_PER_UNIT_SUM = re.compile(rf"(?:每|一|1)\s*{QUANTITY_UNIT}\s*(?:就|能|可以)?{_GETTING}$")
_SUM_AFTER = re.compile(rf"\s*(?:就|能|可以)?{_GETTING}\s*(?:{SPOKEN_MONEY.pattern})")
# Sums that name tiers of a rule (5亿那档, 500万、1000万、2000万三个档, 5万、10万、20万三档都能拿; 1亿和5亿都是头一回过:
# thresholds passed; 是不是5万、10万、20万加一块: a guess that adds tiers' sums), not figures of the asker (设备300万和
# 软件200万加起来能补多少 are).
_SUMS_RUN = rf"(?:(?>{SPOKEN_MONEY.pattern})\s*(?:[、和及与]\s*)?)+"
_TIERS_NAMED = re.compile(rf"{_SUMS_RUN}(?:那|这)?(?:[一二两三四五六七八九几\d]*个?)?(?:那|这|一)?档")
# a grant named by the bar it was paid for (拿了过2亿的奖励, 突破5000万那次的奖已经领了): a tier, not a sum received
# (not the 过 of a verb of getting, 已经拿过20万的奖励: a sum received; nor 超过, which says more than a sum received)
_TIER_GRANT_NAMED = re.compile(rf"(?:突破|跨过|迈过|(?<![拿领得获奖补给发超])过|达到)了?\s*{_SUMS_RUN}"
                               rf"(?:那次|那回|那档|这档)?的?(?:奖励?|补助|补贴|奖金)")
# whether every tier named is paid (500万、1000万、2000万几档都能拿): the sums of a rule, not the asker's conditions
ALL_TIERS_ASKED = re.compile(rf"{_TIERS_NAMED.pattern}\s*都\s*(?:{MAY_APPLY})")
# two sums offered as the answer's choices (纳税贡献奖拿3万还是6万, 落户奖按120万还是300万): guesses, not the asker's
# figures — the first after a verb of getting or reckoning, the second after 还是 (not 纳税涨到500万的还是拿3万吗:
# 还是 there is "still", and 500万 the asker's)
_OFFERED = re.compile(rf"(?:{_GETTING}|按|是|算)\s*$")
_OR_ELSE = re.compile(r"\s*(?:的|那档|这档|一档)?\s*还是\s*(?:按|拿|是|给|补|奖|算)?\s*")
_GUESSED_TOTAL = re.compile(rf"(?:是不是|是否)\s*{_SUMS_RUN}(?:加(?:一块|一起|起来|在一起)|合起来)")
_THRESHOLDS_PASSED = re.compile(rf"(?:(?>{SPOKEN_MONEY.pattern})\s*(?:[、和及与跟]\s*)?){{2,}}(?:这?[两几二三]个)?都"
                                r"[^，,。；;]{0,4}?(?:超过|过|突破|达到)")
# said as more than before: 增长, 新增, 多了, 比去年多投了, 涨了 (not 涨到, 增加到: the figure it rose to; not
# 差不多投了, 比例是多少)
GROWTH_WORDS = re.compile(r"增长(?![到至])|增量|增加(?![到至])|多了|新增"
                          r"|比(?:去年|上年|前年|以前|上一年)[^，,。；;]{0,4}?多(?!少)|(?<![差不最])多(?:投|花|出|用)了?|涨了")
# A label that says only when, or that the figure rose to (冲到, 突破, 涨到): the figure is of the metric before.
# 23年, 去年, 第二年
_WHEN = (rf"(?:(?:(?:\d{{4}}|(?<![\d近续立])\d\d|今|去|前|明|上|次|[前上后]一个?)年|{ORDINAL_YEAR})"
         r"(?![来以内多])(?:度)?|现在|后来|哪一?年)")
_ROSE_TO = r"(?:(?:冲|涨|升|增|增长|增加|提高|提升|干|做|达|跑|翻)(?:到|至)了?|突破了?|超过了?|破了|(?:冲|跨|迈)?过了?)"
# (营收从9个亿一年干到了55个亿: a bare span of time the figure rose in, 一年, 两年里, is a time too; not 前两年, 头一年:
# a time before)
_SPAN = r"(?<![前头第近上去今明])[一二两三四五六七八九十几半\d]+个?(?:年|月)半?(?:里|内|就)?"
_TIME_ONLY = re.compile(rf"^[\s，,、（(]*(?:{_WHEN}|{_SPAN}|一下子?|直接|又|再|{_ROSE_TO}|{ABOUT_BEFORE}"
                        r"|到了?|变成|是|为|有|只有|才|的)*[\s，,、）)]*$")
# 今年订单爆了一下干到12.5个亿: a year, the asker's account, and that the figure rose to it (not 今年买设备花了, 今年
# 电费涨到了: what is spent is another figure)
_SPENT = r"费|租|成本|采购|购|买|设备|花|投"
_LATER_LEVEL = re.compile(rf"^[\s，,、（(]*{_WHEN}(?:(?!{_SPENT}).)*{_ROSE_TO}\s*$")
# The year a figure is of, counted back from this year: 2023年 / 去年 / 上年度 / 前年 / 再前一年 (the one before
# 上年度) / 今年.
_YEARS_BACK = ((re.compile(r"再前一?年|大前年|上上一?年"), 3), (re.compile(r"前一?年"), 2),
               (re.compile(r"去年|上一?个?年"), 1), (re.compile(r"今年|本年|当年"), 0))


def _year_of(label: str) -> tuple[bool, int] | None:
    """(True, 2023) for a written year, (False, -1) for 去年; None when the label names no year."""
    written = re.search(r"(?<![\d近续立])((?:19|20)?\d\d)年(?![来以内多])", label)  # 2023年, 23年 (not 成立10年)
    if written:
        year = int(written.group(1))
        return True, year if year > 100 else (1900 if year > 50 else 2000) + year
    back = next((n for pattern, n in _YEARS_BACK if pattern.search(label)), None)
    return None if back is None else (False, -back)


_QUANTITY = re.compile(
    rf"(?<![\d.])(?P<number>{NUMBER}|(?<![万亿]){CN_NUMBER})\s*(?P<scale>万)?\s*{_ABOUT}(?:个(?=\s*平))?(?P<unit>{QUANTITY_UNIT})(?!亿|万|元)"
)
# a part of a sum paid in parts, asked (第一年能拿多少, 第一次、第二次各给多少, 首期拨多少): not a first time told
# (第一次过千万, 第一年营收)
# (那第二年呢: a follow-up asking the next part; 首次 only as the first payment asked: 首次能拿多少, not
# 首次上规能拿多少)
_PART_ASKED = re.compile(rf"(?:第\s*(?P<n>\d+|{CN_NUMERAL})\s*(?:年|次|笔|期|批)"
                         r"|(?P<first>头一?|首)\s*(?:年|次|笔|期|批)(?=\s*(?:[、和跟与及]|能|可以?|拿|给|发|兑|拨|到手|是?多少|呢))"
                         # (入统当年能先拿到多少: what is paid first)
                         r"|(?P<soon>先)(?=\s*(?:能|可以?)?\s*(?:拿|给|发|兑|拨|放|付)[^，,。；;？?]{0,4}?(?:多少|几)))"
                         r"(?!度|内|以|次|\s*(?:过|超|突破|达|认定|评|进|纳入|入|获|被|申|有|是|上|升|纳|通过))"
                         r"(?=\s*(?:[、和跟与及]\s*第|[^，,。；;？?、]{0,6}?(?:多少|几|各|呢)))")
# a sum told with its tax at a rate (含13%增值税的价, 含税价，税率13%)
_TAX_RATE = re.compile(rf"(?<!不)含\s*(?P<rate>{NUMBER})\s*[%％]\s*(?:的)?\s*(?:增值)?税"
                       rf"|(?<!不)含税[^。；;？?]{{0,16}}?税率\s*(?:是|为|按)?\s*(?P<later>{NUMBER})\s*[%％]")
_LPR = re.compile(rf"(?:LPR|利率)[^\d%]{{0,6}}(?P<rate>{NUMBER})\s*%", re.IGNORECASE)
_LPR_NAMED = re.compile(rf"(?:LPR|报价利率)[^\d%]{{0,6}}(?P<rate>{NUMBER})\s*%", re.IGNORECASE)
# the rate the asker's loan bears (我们实际执行利率2.8%, 执行利率是3%, 合同利率只有1.8%), told beside the LPR
_RATE_PAID = re.compile(rf"(?:实际|执行|合同|贷款)[^\d%，,。；;？?]{{0,4}}利率[^\d%]{{0,4}}(?P<rate>{NUMBER})\s*%")
# 一年合计, 第一年县里的补贴加起来总共: one year's total (the year and the total in one part of the sentence)
_YEAR_TOTAL = re.compile(rf"(?:一年|每年|年度)[^，,。；;？?!！年]{{0,12}}?(?:{TOTAL_ASKED.pattern})")  # (not 三年累计)
_ONE_YEAR = re.compile(r"一年|每年|第一年|首年|年度")
_EACH_YEAR = re.compile(r"每年|一年(?!以上|以内|半|多|内)")
# the monthly sum asked (每个月给多少, 一个月能补多少), not the whole term's
_ONE_MONTH = re.compile(r"(?:每个?月|一个月)(?:能|可以|会|大概)?(?:给|发|补|奖|拿|领|有|多少)")


# words that only count off one of several sums of a kind: 一个是, 另一笔, 还有一个 (到位资金一个是300万，一个是700万)
_ONE_OF = re.compile(r"(?:另外?|还有|再)?一?(?:个|笔|项|台|家|次)(?:是|为|的)?")


_PART_BEFORE = re.compile(r"[，,。；;？?！!]")  # what ends the part a count is told in
_HIRED = re.compile(r"新招|招聘|招了|新增|新进|入职|引进")  # people taken on (新招了5个人): no count of the staff
# a part told of an earlier time, or a class risen from (从C类升到了B类: C before)
_SENTENCE_END = re.compile(rf"[{END_MARKS}？?！!]")  # (a policy sentence's end marks, and a question's)
_BEFORE_NOW = re.compile(r"去年|前年|以前|之前|原来|原先|上次|上年|往年|从\s*[A-Ea-e]\s*类$")


_NET = re.compile(NET_WORDS)  # a sum told without a kind (不含税是2500万)


@dataclass(frozen=True)
class Facts:
    """What an enterprise says about itself, from a question or the calculator form."""

    base: float | None = None  # yuan the rate applies to (设备购置金额, 贷款发生额 …)
    investment: float | None = None  # total investment of the project, yuan
    grade: str = ""  # class of an evaluation such as 亩产效益 (A–E, patterns.GRADE_CLASS)
    count: int | None = None  # products, brands or people the incentive is paid per
    matched: float | None = None  # grant already received that a 1∶1 incentive matches
    # (class of figure, value, is an increment): 营业收入 / 纳税 / 研发费用 / 产值, in the question's order
    figures: tuple[tuple[str, float, bool], ...] = ()
    quantities: tuple[tuple[str, float], ...] = ()  # (unit, value): 件, 平方米, 人, 吨 …
    received: float | None = None  # yuan already received for the same thing (a top-up pays the rest)
    received_tier: float | None = None  # the tier of a table it was paid at before (已经按5亿档拿过奖了 -> 5e8)
    lpr: float | None = None  # 0.0345 for "LPR 3.45%"
    rate_paid: float | None = None  # the rate the loan bears, told beside the LPR (实际执行利率2.8% -> 0.028)
    one_year: bool = False  # the question asks for one year (一年能补多少), not the whole term
    one_month: bool = False  # the question asks for one month (每个月给多少), not the whole term
    each_year: bool = False  # it asks what each year brings (每年发多少): not 2023年度 nor 一年以上
    year_and_term: bool = False  # it asks for one year and for the whole term (一年补多少？三年一共多少？)
    grades: tuple[str, ...] = ()  # every class named, in order (B类和C类各给多少); `grade` is the first
    bases: tuple[float, ...] = ()  # every unlabelled sum when there are several (8万、18万); `base` is the last
    age: float | None = None  # years in business (注册才一年半 -> 1.5), patterns.AGE_TOLD
    # its staff, counted with their class (年底社保只交了17个人 -> 17; not 新招了5个人; 从业人员不到50人: below 50)
    headcount: float | None = None
    months: float | None = None  # months a sum paid by the month is due for, as told (干满10个月, 今年这4个月)
    years: int | None = None  # years a yearly sum is told or asked for (三年期贷款, 分三年还, 三年下来一共)
    # the parts asked of a sum paid in parts, by number and as said (第一年能拿多少 -> ((1, "第一年"),); 第一次、第二次
    # 各给多少 -> ((1, "第一次"), (2, "第二次")))
    parts_asked: tuple[tuple[int, str], ...] = ()
    base_label: str = field(default="", compare=False)  # the words before `base` (光展位费就花了): what it is called
    base_labels: tuple[str, ...] = field(default=(), compare=False)  # the words before each of `bases`
    # sums told as a part of the sum before, of a kind a rule may leave out (价税合计3390万，其中增值税390万):
    # (yuan, the words that say what it is, the sum it is part of)
    parts: tuple[tuple[float, str, float], ...] = ()
    growth: float | None = None  # the share a figure grew by, as told (比前年涨了25% -> 0.25)
    growth_of: str = ""  # the class of that figure, when named before it (纳税 of 去年纳税比前年涨了25%)
    # tiers the question names by a sum, with the class of figure said before it (地方财政贡献4000万那一档 ->
    # (("纳税", 4e7),)): which row it is about, not a figure of the enterprise's
    tiers_named: tuple[tuple[str, float], ...] = ()
    # sums told as passed (头一回过一千万, 营收突破5个亿): the figure is more than the sum said, so it is past a bar of
    # 超过 that sum
    passed: tuple[float, ...] = ()

    def told_again(self, later: Facts) -> Facts:
        """These facts with those a follow-up tells again put in their place (我们今年新招了120个人… then 那要是
        新招满300个人呢: 300 people): each figure the later words give replaces the earlier one of its kind."""
        earlier = self
        if later.base is not None and not later.figures and len(self.figures) == 1 and not self.bases \
                and _TIME_ONLY.match(_SUPPOSING.sub("", later.base_label)):
            # (a bare sum told again is of the one class told before: 营业收入首次突破10亿 then 要是突破50亿呢; the
            # completed question read it as a bare sum too)
            (metric, _, increment), = self.figures
            if self.base == later.base:
                earlier = replace(self, base=None, base_label="")
            later = replace(later, base=None, bases=(), base_label="", figures=((metric, later.base, increment),))
        kept = {name: value for name in _TOLD_AGAIN if (value := getattr(later, name)) not in (None, "", ())}
        units = {u for u, _ in later.quantities}
        metrics = {m for m, _, _ in later.figures}
        return replace(earlier, **kept,
                       quantities=tuple(q for q in earlier.quantities if q[0] not in units) + later.quantities,
                       figures=tuple(f for f in earlier.figures if f[0] not in metrics) + later.figures)

    def __bool__(self) -> bool:  # (an age, months or years alone give a calculation nothing to apply a rule to)
        return any(v is not None and v != "" and v != () and v is not False for k, v in vars(self).items()
                   if k not in ("age", "months", "years", "parts_asked", "received_tier", "tiers_named", "passed"))

    def figure(self, metric: str) -> float | None:
        """The enterprise's figure of one class: the latest one; for an increment (研发费用增量), the
        increment stated, or the later figure less the earlier one."""
        name = metric.removesuffix("增量")
        found = [(v, inc) for m, v, inc in self.figures if m == name]
        if not found:
            return None
        if metric.endswith("增量") or metric != name:
            increments = [v for v, inc in found if inc]
            if increments:
                return increments[-1]
            levels = [v for v, inc in found if not inc]
            return levels[-1] - levels[0] if len(levels) >= 2 else None
        levels = [v for v, inc in found if not inc] or [v for v, _ in found]
        return levels[-1]

    def base_named(self, words: str, left_out: tuple[str, ...] = ()) -> float | None:
        """Of several sums, the one whose words share the most with a rule's base (设备投资4500万、厂房土建2000万 for
        按设备投资额的10%: 4500万), when one shares more than every other; else None. Of a rule whose base leaves
        out a kind (`left_out`: 税 of 设备投资额（不含税）), the one sum told without it when the others are told with
        it (设备发票含税2825万，不含税是2500万: 2500万)."""
        net = [n for n, label in enumerate(self.base_labels) if _NET.search(label)]
        gross = [n for n, label in enumerate(self.base_labels)
                 if n not in net and any(LEFT_OUT_KINDS[k][1].search(label) for k in left_out)]
        if left_out and len(net) == 1 and len(net) + len(gross) == len(self.base_labels):
            return self.bases[net[0]]
        shared = [len(_pairs(label) & _pairs(words)) for label in self.base_labels]
        best = max(shared, default=0)
        return self.bases[shared.index(best)] if best and shared.count(best) == 1 else None

    def cost_of(self, words: str, per: str = "") -> tuple[float, str] | None:
        """The asker's own cost a rule's share cap or rate is of (实际支付租金 -> 租金每平方每月10块钱): (yuan, the
        words told before it, which say whether it is a price per unit and of what period); failing one that shares a
        pair of characters with `words`, one told as a price of the rule's unit and period `per` (每平每月才24块 of
        每平方米每月15元: only what the asker pays is told so); else None."""
        labels = self.base_labels or ((self.base_label,) if self.base is not None else ())
        values = self.bases or ((self.base,) if self.base is not None else ())
        told = [(value, label) for label, value in zip(labels, values, strict=False) if value is not None]
        return next((t for t in told if _pairs(t[1]) & _pairs(words)), None) \
            or next((t for t in told if per and same_unit_and_period(t[1], per) and not _NAMED_SUM.search(t[1])),
                    None)

    @property
    def alike_bases(self) -> bool:
        """Whether the several sums are told alike, as sums of one kind (一笔付息36万、一笔付息38万; 一台单价600万，
        另一台单价1800万): each one's words share a pair with the first's (not 贷款1000万，付了利息40万)."""
        first = _pairs(self.base_labels[0]) if self.base_labels else set()
        # (分别贷了1500万和800万: a sum told after a list's separator alone is of the kind before it)
        return bool(first) and all(_pairs(label) & first or re.fullmatch(LIST_SEPARATOR, label)
                                   for label in self.base_labels[1:])

    def quantity(self, unit: str) -> float | None:
        units = {"人": ("人", "个"), "个": ("个", "人"), "种": ("个", "种"), "款": ("个", "款")}.get(unit, (unit,))
        found = [v for u, v in self.quantities if u in units]
        if found:
            return found[-1]
        return float(self.count) if self.count is not None and unit in _COUNTED else None

    def counting(self, count: int) -> Facts:
        """These facts with `count` the number of one kind paid for, in place of every count told (两名博士、一名
        硕士: 2 for the 博士's sum, the 1 told of 硕士 not read as it)."""
        return replace(self, count=count, quantities=tuple((u, v) for u, v in self.quantities if u not in _COUNTED))


_COUNTED = ("人", "个", "种", "款", "项", "家", "件")  # units of things counted (5个发明专利 is paid 每件)
_TOLD_AGAIN = ("count", "grade", "headcount", "age", "investment", "matched", "received", "received_tier", "lpr",
               "rate_paid", "months", "years", "parts_asked")


def read_facts(question: str) -> Facts:
    """Figures in a question: 技改设备投资2500万元，亩产效益D类 -> base 2.5e7, grade D; 营收刚过5个亿 ->
    营业收入 5e8; 去年交税1200多万 -> 纳税 1.2e7; 拿过市里10万 -> received 1e5; 15件 / 1500平方米 -> quantities."""
    base = investment = matched = received = None
    base_label = ""
    figures: list[tuple[str, float, bool]] = []
    bases: list[float] = []  # every unlabelled sum (一个展位费8万，一个展位费18万)
    base_labels: list[str] = []
    parts: list[tuple[float, str, float]] = []
    years: list[tuple[bool, int] | None] = []  # the year of each figure, where its label says (2023年, 去年, 前一年)
    previous_end, last_metric = 0, ""
    figure_end = 0  # where the last figure of a class was told
    told: tuple[float, str] | None = None  # the sum before and its words (for 一个是300万，一个是700万)
    counted_end, part_told = 0, False  # where the last sum counted ended (not a bar or a guess), and if a part
    tiers = [t.span() for named in (_TIERS_NAMED, _THRESHOLDS_PASSED, _GUESSED_TOTAL) for t in named.finditer(question)]
    by_bar = _grants_received_by_bar(question)  # (已经拿了过2亿的奖励: a tier received, read once for both uses)
    tiers += [span for span, _ in by_bar]
    sums = spoken_sums(question)
    tiers += [(one[0], other[1]) for one, other in itertools.pairwise(sums)
              if _OR_ELSE.fullmatch(question[one[1] : other[0]]) and _OFFERED.search(question[: one[0]])]
    passed: list[float] = []
    for start, end, value, unit in sums:
        if any(low <= start < high for low, high in tiers):
            continue  # 5亿那档, 500万、1000万两个档: tiers of the rule named, not the asker's figures
        if re.match(rf"^\s*{QUANTITY_UNIT}", question[end:]) and unit in ("万", "亿"):
            continue  # 3万平方米, 2万人: a quantity, not money
        before = question[previous_end:start]
        part = re.split(r"[，,。；;！？!?]", before)[-1]
        label = part[-12:]
        after = question[end : end + 4]
        previous_end = end
        if _PASSED_SUM.search(label) and not _BELOW.search(label) and not ASKING_PART.search(part):
            passed.append(value)  # (not 超过1000万能拿吗: a bar asked of)
        if told is not None and _ONE_OF.fullmatch(label.strip()):
            # 到位资金一个是300万，一个是700万: another of the kind told before, each a sum the rule is paid on
            if told[0] not in bases:
                bases.append(told[0])
                base_labels.append(told[1])
            base, base_label = value, told[1]
            bases.append(value)
            base_labels.append(told[1])
            counted_end, part_told = end, False
            continue
        # (交的增值税和所得税留在高新区的区级部分差不多2800万: its class named further back in its part)
        metric = metric_of(label) or ("纳税" if re.match(r"^\s*的?税", after) else "") or metric_of(part)
        if _EACH_MEETS.search(label) and re.match(r"\s*(?:及|或)?(?:以上|以下)", after) \
                and (not metric or _EACH_UNIT.search(label)):
            continue  # 单台都在5万元以上: a bar each unit meets, not a sum told (not 近三年营收都在: the figure)
        if _GUESSED.search(label) or _PER_UNIT_SUM.search(label) or _NEVER_PASSED.search(label) \
                or _BELOW.search(label) or (_GRANT_POINTED.search(label) and not RECEIVED.search(label)):
            # 是不是能补816万: the guess at the answer; 一件补5千: the rule as recalled; 以前从没过千万: a threshold
            # never passed; 没到五千万: one not reached; 引荐奖那3万块钱: the grant itself
            if metric and (_BELOW.search(label) or _NEVER_PASSED.search(label)):
                last_metric = metric  # (前年营收还不到1个亿，去年做到3.5亿: the figure told next is of that class)
            continue
        if _PART_OF.match(re.split(r"[，,。；;！？!?]", question[:start])[-1]) \
                and (re.search(r"价格", label) or _EACH_UNIT.search(label)) and not TOTAL_ASKED.search(label):
            continue  # 里面有一批单价三四万的小设备, 其中一批小设备单台才3万元: the price of one, not a part
        # (its part of the sentence since the last sum counted, past bars skipped: 其中单台价格低于5万元的小设备一共
        # 200万元; or the next of a list of parts: 其中二手设备300万、自制设备100万)
        since = re.split(r"[，,。；;！？!?]", question[counted_end:start])
        whole = since[-1]
        if re.fullmatch(r"\s*(?:合计|共计|总共|一共|总计|加起来)(?:是|有)?\s*", whole):  # 其中一批小设备单台才3万元，
            # 合计40万元: the part opened before
            whole = next((p + whole for p in reversed(since[1:-1]) if _PART_OF.match(p)), whole)
        if (_PART_OF.match(whole) or part_told and re.search(r"[、和及与]", whole)) and base is not None:
            said = whole + re.split(r"[，,。；;！？!?、]|\d", question[end:])[0]  # (what it is, before or after it)
            if any(kind.search(said) for _, kind in LEFT_OUT_KINDS.values()):
                # 其中增值税390万, 其中有300万是二手机床: a part of the sum before of a kind a rule may leave out
                parts.append((value, said, base))
                counted_end, part_told = end, True
                continue
            if _PART_OF.fullmatch(label):  # 其中500万是进口设备: a part named after it, no figure of its own (not
                continue  # 其中设备购置2000万: the figure a rule may be paid on)
        told = (value, label)  # (a sum told: not a guess at the answer, a rule recalled nor a part of another)
        counted_end, part_told = end, False
        if RECEIVED.search(label):  # (后来过5个亿又补了50万差额: a difference topped up, on top of the sum before)
            received = value + (received or 0.0) if re.search(r"[又再另]补", label) else value
        elif re.search(r"到位", label) and (re.search(r"投资|设备|购置|款", label)
                                            or not _GRANT_SOURCE.search("".join(CLAUSE_PART.findall(before)[-2:]))):
            # 人家的钱实际到位了六千来万, 实际到位投资1500万: capital in place, no grant from anyone (拿到了中央预算内
            # 投资，实际到位150万: the grant named in the part before)
            investment = value
        elif (_MATCHED_WORDS.search(label) and not re.search(r"设备|购置|贷款|投入|研发|利息", label) and not metric
              or re.search(r"到位", label)):
            matched = value
        elif _INVESTMENT_WORDS.search(label):
            investment = value
        elif metric and metric not in ("投资", "面积", "人数"):
            if _PART_OF.match(label) and any(m == metric for m, _, _ in figures):
                continue  # 去年纳税520万，其中镇级财政贡献400万: a part of the figure before, not another year's
            figures.append((metric, value, bool(GROWTH_WORDS.search(label))))
            # (2023年营收2.5个亿，研发费用1350万: a figure with no year of its own, told on in the sentence of one
            # with a year, is of that year)
            carried = years[-1] if years and not _SENTENCE_END.search(question[figure_end:start]) else None
            years.append(_year_of(label) or carried)
            figure_end = end
            last_metric = metric
        elif last_metric and not metric and (_TIME_ONLY.match(label) or _LATER_LEVEL.match(label)) \
                and not re.match(rf"\s*[\u4e00-\u9fff]{{0,3}}?(?:{GRANT_WORDS}|奖)(?![励金]?\s*(?:多少|几|吗))",
                                 question[end : end + 10]):
            # (营收1.5个亿，300万落户奖: a sum named by the grant after it is no figure of the class told before; not
            # 去年2亿奖多少, a figure and the question)
            figures.append((last_metric, value, bool(GROWTH_WORDS.search(label))))
            years.append(_year_of(label))
        else:
            # (省里已经批了180万补助: a sum named as a grant after it is that grant, 省级补助额 of a matching rule)
            granted = re.match(rf"的?(?:{GRANT_WORDS}|资金|资助)", after)
            base, base_label = value, label + (granted.group() if granted else "")
            if not re.search(rf"{TOTAL_WORDS}|一共|总共", label):  # (合计18万: the items' total, not an item)
                bases.append(value)
                base_labels.append(base_label)
    for metric in dict.fromkeys(m for m, _, _ in figures):  # each class's figures in the order of their years,
        # when all are written years or all said as 去年 / 前年 (上年度520万元，再前一年是400万元; 2023年1260万，
        # 22年980万)
        at = [n for n, f in enumerate(figures) if f[0] == metric]
        known = [years[n] for n in at]
        if None not in known and len({written for written, _ in known}) == 1:
            ordered = sorted(zip(known, [figures[n] for n in at], strict=True), key=lambda pair: pair[0])
            for n, (_, figure) in zip(at, ordered, strict=True):
                figures[n] = figure
    asked_parts = tuple((n, "第一期" if m.group("soon") else m.group()) for m in _PART_ASKED.finditer(question)
                        if (n := 1 if m.group("first") or m.group("soon") else cn_number(m.group("n"))))
    tax = _TAX_RATE.search(question)
    if tax and base is not None and not any(LEFT_OUT_KINDS["税"][1].search(said) for _, said, _ in parts):
        # 设备花了1.13个亿，这是含13%增值税的价: the tax in it, a part a rule on the sum without tax leaves out
        rate = float(tax.group("rate") or tax.group("later")) / 100
        parts.append((round(base - base / (1 + rate), 2), f"增值税（税率{rate:.0%}）", base))
    quantities = []
    for m in _QUANTITY.finditer(question):
        raw = m.group("number")
        number = float(raw) if raw[0].isdigit() else cn_number(raw)
        if number is None or number == 1 and _SUM_AFTER.match(question, m.end()):
            continue  # 一件补5千: the unit a sum is said per, not a count
        value = number * (1e4 if m.group("scale") else 1)
        # (面积不到300平: below the figure said, as a tier's bar reads it)
        below = _BELOW.search(question[: m.start()])
        quantities.append((QUANTITY_UNITS[m.group("unit")], value - UNDER if below else value))
    lpr = _LPR_NAMED.search(question) or _LPR.search(question)
    paid = _RATE_PAID.search(question)
    named = list(GRADE_CLASS.finditer(question))
    # 去年是B类，今年才头一回评上A类 / 今年A类（去年B类）: the class the enterprise has now, not one told, in the words
    # since the class before it, of an earlier time
    now = [m for n, m in enumerate(named) if not _BEFORE_NOW.search(question[named[n - 1].end() if n else 0 : m.end()])]
    grade = (now or named or [None])[0]
    # (一家机械制造企业，新招了120个人: 一家 is how an enterprise is spoken of, not a count, when one follows)
    counts = list(_COUNT.finditer(question))
    count = next((m for m in counts if not re.fullmatch(r"一\s*家", m.group())), counts[0] if counts else None)
    number = None
    if count:
        number = cn_number(count.group(1))
    return Facts(base, investment, grade.group(1).upper() if grade else "", number, matched,
                 figures=tuple(figures), quantities=tuple(q for q in quantities if q[0] in PAID_UNITS),
                 received=received, lpr=float(lpr.group("rate")) / 100 if lpr else None,
                 rate_paid=round(float(paid.group("rate")) / 100, 6) if paid else None,
                 bases=tuple(bases) if len(bases) > 1 else (), base_label=base_label,
                 base_labels=tuple(base_labels) if len(bases) > 1 else (),
                 parts=tuple(parts), growth=(told := _growth_told(question))[0], growth_of=told[1],
                 one_year=bool(_ONE_YEAR.search(question)) and (not total_asked(question)
                                                                 or bool(_YEAR_TOTAL.search(question))),
                 each_year=bool(_EACH_YEAR.search(question)) and not total_asked(question) and not asked_parts,
                 parts_asked=asked_parts,
                 one_month=bool(_ONE_MONTH.search(question)) and not total_asked(question),
                 # (每年付息80万，总共能拿多少: a figure of each year, asked the whole term's)
                 year_and_term=bool(any(_EACH_YEAR.search(p) and ASKING_PART.search(p)
                                        for p in CLAUSE_PART.findall(question))
                                    and total_asked(question) and not _YEAR_TOTAL.search(question)),
                 grades=tuple(dict.fromkeys(grades_named(question))),
                 age=next((y for m in AGE_TOLD.finditer(question) if (y := years_of(m)) is not None), None),
                 headcount=next((n - UNDER if _BELOW.search(question[: m.start()]) else n
                                 for m in PEOPLE.finditer(question)
                                 if metric_of(part := _PART_BEFORE.split(question[: m.start()])[-1]) == HEADCOUNT_METRIC
                                 and not _HIRED.search(part) and (n := cn_number(m.group(1))) is not None), None),
                 months=_months_told(question),
                 received_tier=_tier_received(question, by_bar),
                 tiers_named=_tiers_named(question), passed=tuple(passed),
                 years=next((n for m in _YEARS_TOLD.finditer(question)
                             if (n := cn_number(m.group("n") or m.group("n2") or m.group("n3")))), None))


def _tiers_named(question: str) -> tuple[tuple[str, float], ...]:
    """The tiers a question names by a sum (地方财政贡献4000万那一档, 5亿那档), each with the class of figure said
    before it ("" when none is): which row of a table it is about, whatever it asks of the row."""
    named = []
    for tier in _TIERS_NAMED.finditer(question):
        label = re.split(r"[，,。；;！？!?]", question[: tier.start()])[-1][-12:]
        named += [(metric_of(label), value) for _, _, value, _ in spoken_sums(tier.group())]
    return tuple(named)


def _tier_received(question: str, by_bar: list[tuple[tuple[int, int], float]]) -> float | None:
    """The tier a sum was received at, named by its figure (已经按5亿档拿过奖了 -> 5e8) or by the bar of its grant
    (`by_bar`: 已经拿了过2亿的奖励 -> 2e8), the last one said."""
    said = [(m.start(), sums[0][2]) for m in _TIERS_NAMED.finditer(question)
            if RECEIVED.search(part := re.split(r"[，,。；;？?！!]", question[m.end():])[0])
            and not DENIED_RECEIVED.search(part) and (sums := spoken_sums(m.group()))]  # (not 5亿档没拿到)
    said += [(span[0], value) for span, value in by_bar]
    return max(said)[1] if said else None


def _grants_received_by_bar(question: str) -> list[tuple[tuple[int, int], float]]:
    """Grants named by the bar they were paid for and said to be received in the same part, the verb before or after
    (已经拿了过2亿的奖励, 突破5000万那次的奖已经领了): the span and the bar; not one asked of (突破2亿元奖多少)."""
    found = []
    for m in _TIER_GRANT_NAMED.finditer(question):
        # (each side read alone: 拿 before and 了 after are no 拿了)
        sides = (re.split(r"[，,。；;？?！!]", question[: m.start()])[-1],
                 re.split(r"[，,。；;？?！!]", question[m.end():])[0])
        if any(RECEIVED.search(side) for side in sides) and not any(DENIED_RECEIVED.search(side) for side in sides) \
                and (sums := spoken_sums(m.group())):
            found.append((m.span(), sums[0][2]))
    return found


# 干满10个月, 今年这4个月, 租了十二个月 (not 6个月内, 3个月前, 6个月以上: a limit or a point in time; not 3月: a
# month's name; not 成立18个月: an age)
_MONTHS_TOLD = re.compile(rf"(?<![第每近])(?P<n>{COUNT_NUMBER})\s*个(?:多)?月"
                          r"(?!内|以内|之内|[前后]|以[前后上下]|之[前后])")


# 三年期贷款, 分三年还, 三年下来一共, 两年加起来 (not 第三年, 近三年: which year; not 2023年期间: a year; not
# 5年期LPR: a rate's name; not 成立3年: an age, which says 成立)
# (or with what is totalled between: 3年租房补助加起来, 头两年租金补贴一共)
_YEARS_TOLD = re.compile(r"(?<![第近前去今明\d])(?<!成立)(?P<n>\d{1,2}|[一两二三四五六七八九十]+)\s*(?:个)?年"
                         r"(?=期(?!LPR|贷款市场|利率)|下来|里|间|一共|合计|总共|累计|加起来"
                         r"|[^，,。；;？?！!\d年内以来多]{0,12}?(?:一共|合计|总共|累计|加起来))"
                         rf"|分\s*(?P<n2>{COUNT_NUMBER})\s*年"
                         # (前三年一共能补多少: the first years of a term added up, not a look-back, 前三年的营收)
                         r"|(?<=前)(?P<n3>[两二三四五\d])年(?=[^，,。；;？?]{0,4}(?:一共|合计|总共|累计|加起来))")


def _months_told(question: str) -> float | None:
    ages = [m.span() for m in AGE_TOLD.finditer(question)]
    for m in _MONTHS_TOLD.finditer(question):
        if not any(low <= m.start() < high for low, high in ages) and (n := cn_number(m.group("n"))):
            return float(n)
    return None


_NEVER_PASSED = re.compile(rf"{NEVER_PASSED}$")  # 以前从没超过一千万: a threshold, not the asker's figure
_EACH_MEETS = re.compile(r"(?:都|均|全)(?:在|是|为|达到|超过)?$")  # 单台都在 / 每台均为 (5万元以上)
_EACH_UNIT = re.compile(r"单价|单[台套件]|每一?[台套件个]")  # (said of each unit, whatever class of figure)
# 营收没到五千万, 不足1000万: a bar the figure is below, not the figure
_PASSED_SUM = re.compile(r"(?<![不没未超突])(?:超过|突破|超|破|过)了?\s*$")  # 头一回过一千万, 突破了5个亿: more than it
_BELOW = re.compile(r"(?:没|未)有?(?:到|达到|超过|过|满|达)$|不(?:到|足|满|够)$|低于$")


def left_out_parts(incentive: Incentive, facts: Facts, value: float | None) -> list[tuple[float, str]]:
    """The parts told of the asker's sum `value` of a kind the rule's base leaves out, as (sum, kind): 其中增值税390万
    of 设备购置额（不含税）, 其中300万是二手机床 where 二手设备不计入."""
    return [(part, kind) for part, said, of in facts.parts if value is not None and of == value
            if (kind := next((k for k in incentive.left_out if LEFT_OUT_KINDS[k][1].search(said)), ""))]


def metric_value(incentive: Incentive, facts: Facts) -> float | None:
    """The enterprise's figure of the class a rule is measured by (投资, 面积, 人数, 纳税 …), or None."""
    metric = incentive.metric
    if metric in ("投资", "投资增量"):
        total = "总投资" in "".join(incentive.thresholds) or "固定资产" in incentive.item
        first, second = (facts.investment, facts.base) if total else (facts.base, facts.investment)
        value = first if first is not None else second
        # (the parts of it the rule leaves out come off: 1100万，其中单价三四万的小设备150万 is 950万's row)
        net = None if value is None else value - sum(part for part, _ in left_out_parts(incentive, facts, value))
        return net if net is None or net > 0 else value
    if metric == "面积":
        return facts.quantity("平方米")
    if metric == "人数":
        return facts.quantity("人")
    if "/" in metric:  # a share (研发费用/营业收入): the one figure over the other
        part, whole = (facts.figure(m) for m in metric.split("/"))
        return part / whole if part is not None and whole else None
    return facts.figure(metric)


def total_asked(question: str) -> bool:
    """一共/加起来多少 asks for a total; 累计投资1000万 labels a figure; 一共补几个月 asks a count of time, no sum; 加在
    一起封顶多少, the cap of a total."""
    return any(not metric_of(after := re.split(r"[，,。；;？?！!]", question[m.end() : m.end() + 6])[0])
               and not _COUNT_ASKED.search(after) and not _CAP_OF_TOTAL.match(after)
               for m in TOTAL_ASKED.finditer(question))


_CAP_OF_TOTAL = re.compile(r"(?:又|的)?(?:封顶|上限)")  # (加在一起封顶又是多少: the cap on a total, not a total)


_COUNT_ASKED = re.compile(r"(?:几|多少)个?(?:月|年|次|天|期|批|回)")  # (一共补几个月, 总共能拿几次)


# words that name what a price told is of, when it is not the cost a rule pays a share of: a grant (听说每平每月补20元)
# or another charge (物业费每平每月5块)
_NAMED_SUM = re.compile(rf"{GRANT_WORDS}|补|奖|费|利息|价款|货款|税|工资|薪")


def same_unit_and_period(said: str, per: str) -> bool:
    """Whether a price is told of a rule's unit and period (租金每平每月 of 每平方米每月; not 每天, nor a cost per
    month of a sum per 平方米 per 月): like for like."""
    return bool(per_unit(per)) and per_unit(said) == per_unit(per) and _periods(said) == _periods(per)


def whole_of_period(said: str, per: str) -> bool:
    """Whether a cost is told for all the units of one of a rule's periods (每月租金2万 of 每平方米每月6元): what is
    paid for them is the cost times the periods paid for."""
    return not per_unit(said) and bool(per_unit(per)) and bool(_periods(said)) and _periods(said) == _periods(per)


def _periods(words: str) -> set[str]:
    """The periods a price is per (每平每月 -> 月; not the 年 of 今年)."""
    return set(re.findall(r"每\s*个?([天日月年])", words.replace("日", "天")))


# a rate paid on the part above the rule's bar (按超过部分的20%; 500万元以上的部分，按20%)
EXCESS_BASE = re.compile(r"超[过出额][^，,。；;]{0,12}?的?部分|以上的?部分")


def base_metric(incentive: Incentive) -> str:
    """The class of figure a rate is a share of (研发费用较上年增长部分的10% -> 研发费用增量; 财政贡献超过500万元的，
    按超过部分的20% -> 纳税, less the bar); "" when its base names none, or names an investment (the asker's
    unlabelled sum, `Facts.base`)."""
    if EXCESS_BASE.search(incentive.base + incentive.item) and incentive.metric and incentive.metric != "投资":
        return incentive.metric
    # (按增长部分的8%: the growth of what its subject names, 研发费用较上年增长的)
    grows = GROWTH_WORDS.search(incentive.item)  # (the figure named before the growth, not one after it)
    metric = metric_of(incentive.base) or (metric_of(incentive.item[: grows.start()])
                                           if grows and GROWTH_WORDS.search(incentive.base) else "")
    if not metric or metric == "投资":
        return ""
    growth = bool(GROWTH_WORDS.search(incentive.base)) or "较上年" in incentive.item + incentive.base
    return metric + ("增量" if growth else "")


# A rule's base that is a grant from above (上级实际到位资助资金, 省级补助额), not the enterprise's own spending
# (企业年度研发经费支出, 设备投资额).
_FROM_ABOVE = re.compile(r"上级|到位|资助|(?:国家|中央|省|市|县|区)级?(?:财政)?(?:补助|奖励|资金|支持)")
_OWN_SPENDING = re.compile(r"研发|支出|投入|设备|投资|费用")


def paid_on_grant(base: str) -> bool:
    """Whether a rule's base is a grant from above (上级实际到位资助资金, 省级补助额): the sum a question tells as one
    in place or received from above (`Facts.matched`: 上级实际到位资金250万) is its figure."""
    return bool(_FROM_ABOVE.search(base)) and not _OWN_SPENDING.search(base)


def paid_on_investment(base: str) -> bool:
    """Whether a rule's base is the project's investment itself (按固定资产投资额的3%; not 项目总投资中设备购置投资额, a
    part of it): the total a question tells (`Facts.investment`: 固定资产投资8000万元) is its figure."""
    return bool(_INVESTMENT_BASE.fullmatch(re.sub(r"\s", "", base)))


_INVESTMENT_BASE = re.compile(r"(?:项目)?(?:实际|计划)?(?:完成)?(?:总投资|固定资产投资|投资总额|项目投资)额?")


def fits_figures(incentive: Incentive, facts: Facts) -> bool:
    """Whether the enterprise gives the figure a rule is measured or paid by: the figure of its metric
    (营收 for tiers by revenue), of its rate's base (研发费用 800万 and 1100万 for 10% of the growth) or a
    quantity of its unit (2800吨 for 每吨300元), or a sum called by its base's words (光展位费就花了二十多万 for
    按展位费的50%: not any sum for any rate, 人才公寓花了300万 for the same rate)."""
    unit = per_unit(incentive.per)
    measured = base_metric(incentive)
    return (bool(incentive.metric) and metric_value(incentive, facts) is not None
            or bool(measured) and facts.figure(measured) is not None
            or incentive.rate is not None and not measured and facts.base is not None
            and _called_alike(facts.base_label, incentive.base)
            or incentive.rate is not None and facts.matched is not None and paid_on_grant(incentive.base)
            or incentive.rate is not None and facts.investment is not None and paid_on_investment(incentive.base)
            or bool(unit) and any(u == unit for u, _ in facts.quantities))  # said with its unit, not any count


# The last characters that say only "a sum of" (成交额, 资金, 融资, 贷款, 展位费, 费用, 收入): no kind of sum
_SUM_HEADS = re.compile(r"[额金资款费用入]")


def _called_alike(label: str, base: str) -> bool:
    """Whether the asker's words for a sum name a rule's base: a pair of characters shared (设备投资 / 设备投资额), or
    the head of the compound, its last character, when it says what the sum is of (卖价 / 产品单价, 付息 / 实际支付
    利息; not 技术合同成交额 / 设备投资额)."""
    heads = [re.sub(r"[^\u4e00-\u9fff]", "", text)[-1:] for text in (label, base)]
    return bool(_pairs(label) & _pairs(base)) or (bool(heads[0]) and heads[0] == heads[1]
                                                  and not _SUM_HEADS.fullmatch(heads[0]))


def _pairs(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1) if _HAN_PAIR.fullmatch(text[i : i + 2])}


_HAN_PAIR = re.compile(r"[\u4e00-\u9fff]{2}")


def _growth_told(question: str) -> tuple[float | None, str]:
    """比前年涨了25% -> (0.25, ""); 去年纳税比前年多交了百分之三十 -> (0.3, "纳税"): the share of growth told and the
    class of figure named before it in its part; (None, "") when none is told."""
    m = GROWTH_TOLD.search(question)
    share = (float(m.group("share")) if m.group("share") else cn_number(m.group("spoken")) if m.group("spoken")
             else (cn_number(m.group("tenths")) or 0) * 10 + (5 if m.group("half") else 0)) if m else None
    if m is None or share is None:
        return None, ""
    return share / 100, metric_of(re.split(r"[，,。；;]", question[: m.start()])[-1])


def growth_of(metric: str, facts: Facts) -> list[float]:
    """How much the asker's figure of a class grew, year on year, as shares (前年400万，去年520万 -> [0.3]); the
    share told when no two figures of the class are (比前年涨了25% -> [0.25]); [] when unknown."""
    levels = [v for m, v, inc in facts.figures if m == metric and not inc]
    if len(levels) >= 2 and all(levels):
        return [round(later / earlier - 1, 4) for earlier, later in zip(levels, levels[1:], strict=False)]
    return [facts.growth] if facts.growth is not None and facts.growth_of in ("", metric) else []


def in_own_tier(incentive: Incentive, facts: Facts) -> bool:
    """Whether the enterprise's figure falls in this record's own tier of a table of tiers (the row
    1000万元（含）至3000万元 of a 档次 table): the row a tier question is about."""
    return _in_tier(incentive, metric_value(incentive, facts), facts.passed)


def tier_named(incentive: Incentive, facts: Facts) -> bool:
    """Whether a tier the question names by a sum (4000万那一档) is this record's own tier of a table of tiers."""
    return any((not metric or metric == incentive.metric) and _in_tier(incentive, value, (value,))  # (超过5000万那档)
               for metric, value in facts.tiers_named)


def _in_tier(incentive: Incentive, value: float | None, passed: tuple[float, ...] = ()) -> bool:
    """Whether a figure falls in a record's own tier of a table of tiers: its bar reached, the next one's not (a bar
    written 超过 X is reached above X, or at X told as passed: `passed`)."""
    if value is None or incentive.low is None or len(incentive.tiers) < 2:
        return False
    beyond = value in passed
    return incentive.reaches(value, incentive.low, beyond) \
        and (incentive.high is None or not incentive.reaches(value, incentive.high, beyond))


def first_passed(rule: Incentive, facts: Facts) -> bool:
    """Whether the asker's earlier figures of a rule's class stay below its threshold (2022年1100万 has passed
    首次超过1000万元 already)."""
    earlier = [value for metric, value, _ in facts.figures if metric == rule.metric][:-1]
    return rule.low is None or not any(rule.reaches(value, rule.low, value in facts.passed) for value in earlier)


def passed_before(clause: Clause, facts: Facts) -> bool:
    """Every grant of a clause is for a figure passing its threshold for the first time (研发费用首次超过1000万元),
    and the asker's earlier figure of that class passed it already (22年1800万)."""
    return bool(clause.incentives) and all(
        FIRST_PASSED.search(r.item) and r.metric and r.low is not None and not first_passed(r, facts)
        for r in clause.incentives)
