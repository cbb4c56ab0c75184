"""Find the sums of money a clause grants and pair them with what they are for (分别 by position)."""

from __future__ import annotations

import re
from dataclasses import replace

from retrieval.documents.tables import is_row_text
from retrieval.lexicon.patterns import (
    ADDON_WORDS,
    AGE_BAR,
    AGE_METRIC,
    ANY_LEVEL,
    CAP_WORDS,
    CN_NUMERAL,
    END_MARKS,
    EXCLUSIVE_WORDS,
    FIRST_AWARD,
    GRADE_AT_START,
    GRADE_CLASS,
    GRANT,
    GRANT_WORDS,
    HEADCOUNT_METRIC,
    LEADING_NUMBER,
    LEFT_OUT,
    LEFT_OUT_KINDS,
    LEVEL_END,
    LEVEL_NAMES,
    LEVEL_SUM_COLUMN,
    LEVEL_WORD,
    MONEY,
    MONEY_TEXT,
    MONEY_UNIT,
    NO_HONOUR_LEVEL,
    NUMBER,
    ONE_THING,
    ONLY_ONE_WORDS,
    ORDINAL_YEAR,
    OTHER_POLICIES,
    OWN_ITEMS,
    PAIR_NOT_TWICE,
    PEOPLE,
    PER_ONE,
    QUANTITY_UNIT,
    QUANTITY_UNITS,
    RAISED_POINTS,
    RAISED_RATE,
    RENEWED_AWARD,
    SELF_REFERENCE,
    SENTENCE,
    SUPPORT_WORDS,
    TERM_YEAR,
    TERM_YEARS,
    TOPUP_WORDS,
    TOTAL_WORDS,
    cn_number,
    grades_named,
    levels_in,
    lists_firms,
    metric_of,
    money_to_yuan,
    per_unit,
    strip_levels,
    term_span,
    years_of,
)
from retrieval.records import Clause, Incentive

__all__ = ["extract_incentives", "link_references", "condition_bars"]

_VERB = r"(?:给予|支持|奖励|补助|补贴|资助|奖补|一次性)"
# One amount, maybe a range (50万元—400万元), with the cap word in front of it.
_AMOUNT = re.compile(
    rf"(?P<cap>{CAP_WORDS}\s*(?:仍|依然|亦|也|均)?为?\s*{_VERB}*\s*)?(?P<money>(?:{NUMBER}\s*{MONEY_UNIT}?\s*[—－\-–~～至到]+\s*)?{MONEY_TEXT})"
)
# A sum's unit written after it with a slash, as tables and posts write it: 5万元/人, 800元/人·月 (每人每月800元)
_SLASH_TEXT = r"\s*/\s*(?P<unit>人|名|户|家|项|台|套|件|个|次|场|平方米|平米|㎡|吨)(?:\s*[·.．/]\s*(?P<period>月|年))?"
_SLASH = re.compile(rf"^{_SLASH_TEXT}")  # (800元/人·月, 800元/人/月)
_SLASH_UNIT = re.sub(r"\(\?P<\w+>", "(?:", _SLASH_TEXT)  # (the same, inside a list of sums)
# 分别给予80万元、20万元; 分别按每人每月3000元、1500元 (the unit each sum is paid by, before the list)
_RESPECTIVE = re.compile(
    rf"分别\s*{_VERB}*\s*(?:按(?:照)?\s*)?(?P<unit>每[^\d，,。；;、]{{1,6}}?|单[个户家][^\d，,。；;、]{{0,4}}?)?"
    # (分别奖励村集体3万元、5万元: whom the sums are paid to, right after the verb)
    rf"\s*(?:[\u4e00-\u9fff]{{1,12}}?{_VERB}+|(?<=[励助贴予持])(?!{CAP_WORDS})[\u4e00-\u9fff]{{2,6}}?(?=\d))?"
    rf"\s*(?P<list>(?:{CAP_WORDS}\s*)*{MONEY_TEXT}(?:{_SLASH_UNIT})?"
    rf"(?:\s*[、，和及]\s*(?:{CAP_WORDS}\s*)*{MONEY_TEXT}(?:{_SLASH_UNIT})?)+)"
)
# (with the words of its kind after 给予: 给予安家补贴20万元 is 安家补贴; not whom or what it is for: 给予每家企业奖励)
_KIND_BEFORE = re.compile(r"(?:(?:给予|予以|发放)((?![每该]|单[个家户项台]|企业|单位)[\u4e00-\u9fff]{0,4}?"
                          rf"(?:一次性)?(?:{GRANT_WORDS}))|((?:一次性)?(?:{GRANT_WORDS})))\s*(?:{CAP_WORDS})?\s*$")
_KIND = re.compile(
    r"^\s*的?\s*(?:给予)?\s*([\u4e00-\u9fff]{0,4}?(?:一次性)?(?:奖励资金|奖励|补助|补贴|资助|奖补|支持|贴息|配套))"
)
# Money that sets a condition, not a grant: 总投资500万元以上, 营业收入达到70亿元, 5亿元档 (a tier named by it).
# (a sum marked as counted in or not, 200万元（含）至500万元（不含）, is a bound: no grant is written so)
_THRESHOLD_AFTER = re.compile(r"^\s*(?:[（(]不?含[）)]\s*(?=以上|以下|至|到|[—－\-–~～、])|以上|以下|及以上|以内|左右"
                              r"|[那这一]?档)")
# a figure each further sum is paid for (每新上一个10亿元台阶再奖励20万元, 每增加1亿元再奖励10万元): a step, no grant
_STEP_BEFORE = re.compile(r"每(?:新|再)?(?:增加|增长|新增|提高|提升|上|跨越?|突破|多|超过?)(?:一个|1个)?\s*$")
# (a figure the enterprise's is said to be in: 地方财政年贡献在100万元—500万元, 投资额为3000万元)
_THRESHOLD_BEFORE = re.compile(r"(?:(?:贡献|税收|纳税额?|收入|产值|投资额?|增加值|利润)\s*(?:在|为)"
                               r"|投资|营业收入|销售收入|产值|规模|达到|超过|突破|累计|不足|低于"
                               r"|[（(]含[）)]\s*(?:至|到|[—－\-–~～]))\s*$")
_INCENTIVE = re.compile(SUPPORT_WORDS)
_STAGE = re.compile(f"({TERM_YEAR})")
# (the mark before a year numbers nothing the year does not)
_TERM_MARK = re.compile(rf"(?:[①-⑳]|[（(]\d{{1,2}}[）)])\s*(?={TERM_YEAR})")
_TERM_PARTS = re.compile(rf"(?<=元)\s*[；;]\s*(?={ORDINAL_YEAR}|次年)")  # (a year's sum ends its part)
# 给予企业10万元 / 另加奖2万元 / (一)全日制博士研究生…的，每人每月3000元 (a sum per unit is a standard paid; 按每人每月
# 1200元发放 too)
_GIVEN_SUM = re.compile(rf"给予[^，,。；;\d]{{0,8}}\d|奖\s*{MONEY_TEXT}"
                        # (a table row's cell of a term's year: 第一年：每平方米每月30元)
                        rf"|(?<!费)(?:^|[，,]|{TERM_YEAR}\s*[：:])\s*每[^，,。；;\d]{{1,8}}?{MONEY_TEXT}"
                        # (按每人每月1200元发放, not 按每平方米每月12元计算: what the sum is for, paid out)
                        rf"|(?:^|[，,])\s*按照?\s*每[^，,。；;\d]{{1,8}}?{MONEY_TEXT}\s*(?:发放|给予|{GRANT_WORDS})")
_PAID_BY_IT = re.compile(r"缴纳|收取|收费|交纳|支付")  # 入驻企业须缴纳物业管理费，每平方米每月3元: a fee, not a grant
# Words that lead into the enumerated items: 对新认定为[国家级、省级…].
_LEAD = re.compile(r"(?:认定为|评为|创建为|确定为|列为|[获取]得|入选|制定|成为|建设|设立|组建|被|为|对)")
_VERB_TAIL = re.compile(rf"(?:[，,]?\s*(?:{CAP_WORDS}|{_VERB}|分别|各|的|再|另行?|累计))+\s*$")
# 按照设备(含软件)实际购置金额不超过10%的比例 / 按贷款实际发生额的50% / 按研发投入增量部分的10%
_RATE = re.compile(rf"按(?:照)?(?P<base>[^，,。；;：:%]*?)(?P<cap>{CAP_WORDS})?\s*(?P<rate>\d+(?:\.\d+)?)\s*%")
# interest subsidised in points of the loan (按1.5个百分点给予贴息): a rate of the loan, said in points
# (按贷款实际发生额给予1个百分点的贴息: the loan named before the points)
_LOAN_SUM = r"[^，,。；;%\d]{0,10}?(?:贷款|融资)[^，,。；;%\d]{0,6}?(?:额|金额|本金)"
# (按贷款额1个百分点给予贴息; 按实际贷款额贴息1个百分点: 贴息 before the points)
_POINTS = re.compile(rf"按(?:照)?(?P<base>(?:{_LOAN_SUM})?)(?:给予)?(?P<before>贴息)?(?P<cap>{CAP_WORDS})?\s*"
                     r"(?P<rate>\d+(?:\.\d+)?)\s*个百分点(?(before)|(?=[^，,。；;]{0,4}贴息))")
_RATE_GIVEN = re.compile(  # 对…增长部分给予5%奖励: a rate without 按
    rf"(?<=[，,\s对])(?P<base>[^，,。；;%对]*?)给予\s*(?P<cap>{CAP_WORDS})?\s*(?P<rate>\d+(?:\.\d+)?)\s*%"
)
_RATIO = re.compile(
    # (按上级补助资金1∶1配套 / 给予省级补助资金1∶1配套奖励)
    r"(?:按(?:照)?|给予)(?P<base>[^，,。；;按]*?)(?P<ratio>\d+(?:\.\d+)?\s*[∶:]\s*\d+(?:\.\d+)?)\s*(?:的比例)?\s*(?:给予)?\s*配套"
)
_THRESHOLD = re.compile(rf"(?:计划|实际|年度?|累计)?(?:总投资|投资额?|营业收入|销售收入|产值|规模)[^，,。；;]{{0,6}}?"
                        rf"(?P<money>{MONEY_TEXT})\s*(?:以上|及以上)?")
_ONE_OF = rf"(?:{ONE_THING}|单[户家])"  # one of the things counted, or one enterprise (单户, 单家)
_PER = re.compile(
    rf"(?P<per>每[^，,。；;、给最不]{{1,10}}|{_ONE_OF}[^，,。；;、给最不每]{{0,6}}?(?:每年)?)\s*(?:给予|支持|奖励|补助|补贴|资助|贴息)?"
    r"\s*(?:[\u4e00-\u9fff]{0,4}(?:经费|资金))?\s*(?:最高|不超过)*\s*(?:给予|支持|奖励|补助)?\s*$"
)
_YEARS = re.compile(
    rf"(?:连续(?:补贴|补助|支持|奖励|资助|发放|拨付|兑现)?|期限(?:最长|不超过|最多)*|最长(?:不超过)?|最高不超过|前"
    # (…给予租金补贴，补贴2年，…: the grant word and its years, a part of its own)
    rf"|(?<=[，,])\s*(?:补贴|补助|资助)(?=\s*(?:\d+|{CN_NUMERAL})\s*(?:个)?年\s*(?:[，,。；;]|$)))"
    rf"\s*(\d+|{CN_NUMERAL})\s*(?:个)?年"
)
_CLASSES = re.compile(r"([A-Da-d])\s*类")


# A condition's lowest figure, in a sentence that grants nothing: 研发费用支出不低于200万元; 年营业收入2000万元(含)以上
# (not 不超过4亿元: an upper limit).
_BAR = re.compile(rf"(?<![不未])(?:不低于|不少于|达到|超过|高于)\s*(?P<after>{MONEY_TEXT})"
                  rf"|(?P<before>{MONEY_TEXT})\s*(?:[（(]含[）)])?\s*及?以上")
# a share one figure must be of another: 研发费用占营业收入比例不低于3%
_RATIO_BAR = re.compile(r"(?P<part>[^，,。；;占]{2,16})占(?P<whole>[^，,。；;]{2,12}?)的?(?:比例|比重)?"
                        r"(?<![不未])(?:不低于|不少于|达到|超过|高于)\s*(?P<percent>\d+(?:\.\d+)?)\s*[%％]")
# a condition's lowest headcount: 参加社会保险的职工不少于15人, 从业人员50人（含）以上
_HEADCOUNT_BAR = re.compile(rf"(?<![不未])(?:不低于|不少于|达到|超过|高于)\s*{PEOPLE.pattern}"
                            rf"|{PEOPLE.pattern}\s*(?:[（(]含[）)])?\s*及?以上")
# a part that names some applicants and no class of figure: 小升规企业, （新入规的 (the bar before, for them)
_SOME_APPLICANTS = re.compile(r"^\s*[^，,；;（(]{0,12}(?:企业|单位|公司|的)\s*$")
_OPENING = re.compile(r"[（(]")
_EITHER = re.compile(r"或者|或")  # conditions met by one of several (营业收入…以上，或者…融资…以上)
_ALTERNATIVE = re.compile(r"[，,；;]\s*(?:或者|或是|或)|(?<!分)之一")
_PART = re.compile(r"[，,；;、]|并且|且")


def condition_bars(text: str) -> list[tuple[str, float]]:
    """The lowest figures a clause's conditions set, as (class of figure, yuan; years for 经营年限, AGE_METRIC;
    people for 人数, HEADCOUNT_METRIC; a fraction for a share), in the order written: 研发费用支出不低于200万元 ->
    [("研发费用", 2e6)], the class named in the same part as the sum (the same class lower for some applicants
    named after it, 缴纳税收不低于30万元（小升规企业不低于10万元）: the lower); a share of one class in another as
    ("研发费用/营业收入", the lowest fraction): 研发费用占营业收入比例不低于3% -> [("研发费用/营业收入", 0.03)]. Not
    a grant's tier (纳税500万元以上的，奖励5万元), nor a sentence of alternatives (营业收入1000万元以上，或者近2年
    新增股权融资2000万元以上: missing one is no bar missed)."""
    bars = []
    for sentence in SENTENCE.findall(text):
        if GRANT.search(sentence):
            continue
        found = []  # (where, class, lowest)
        for m in _BAR.finditer(sentence):
            part = _OPENING.split(_PART.split(sentence[: m.start()])[-1])[-1]  # (…（小升规企业不低于: its own part)
            value = money_to_yuan(m.group("after") or m.group("before"))
            if (metric := metric_of(part)) and metric != HEADCOUNT_METRIC:  # (社保缴费不低于30万元: no count)
                found.append((m.start(), metric, value))
            elif not metric and found and _SOME_APPLICANTS.search(part):
                # 缴纳税收不低于30万元（小升规企业不低于10万元）: the class before, set lower for some applicants:
                # the lowest any applicant may have
                at, before, bar = found[-1]
                found[-1] = (at, before, min(bar, value))
        for m in _RATIO_BAR.finditer(sentence):
            part, whole = metric_of(_PART.split(m.group("part"))[-1]), metric_of(m.group("whole"))
            if part and whole and part != whole:
                found.append((m.start(), f"{part}/{whole}", float(m.group("percent")) / 100))
        for m in _HEADCOUNT_BAR.finditer(sentence):  # (a count of people: the class named before it says whose)
            if metric_of(_PART.split(sentence[: m.start()])[-1]) == HEADCOUNT_METRIC:
                found.append((m.start(), HEADCOUNT_METRIC, float(cn_number(m.group(1) or m.group(2)) or 0)))
        ages = [(m.start(), years) for m in AGE_BAR.finditer(sentence)  # 持续经营2年以上 (not 成立不满3年: a most)
                if (m.group("full") or m.group("above")) and (years := years_of(m)) is not None]
        found += [(at, AGE_METRIC, years) for at, years in ages]
        # alternatives: an 或 between two figures, a part opened by 或 (…以上，或者获得国家级称号), or 之一 (not
        # 三分之一); an 或 inside one condition (分支机构或者控股子公司) joins none
        figures = sorted([m.start() for pattern in (_BAR, _RATIO_BAR, _HEADCOUNT_BAR)
                          for m in pattern.finditer(sentence)]
                         + [at for at, _ in ages])
        if len(figures) > 1 and _EITHER.search(sentence, figures[0], figures[-1]) or _ALTERNATIVE.search(sentence):
            continue
        bars.extend((metric, bar) for _, metric, bar in sorted(found))  # in the order the sentence sets them
    return bars


# a question: a 问答's whole 问：… up to its last question mark, or else the part of a sentence that asks (…还能拿
# 100万元吗？), not the grant before it (奖励100万元（如何申报？详见附件2）)
_ASKED = re.compile(r"^\s*(?:\d{1,3}\s*[.．、]\s*)?(?:问|Q)\s*[：:].*[？?]|[^，,。；;（(：:？?]*[？?]")
# a worked example the text gives (如：某企业设备投资1500万元，可获补助150万元): its sums are no grant of their own
_EXAMPLE = re.compile(r"^\s*[（(]?(?:(?:例如|比如|譬如)\s*[：:，,]|(?:举例说明|举例|示例|如|例)\s*[：:])")
# a worked example said as one (举个例子：某企业租用…；第一年补贴…19.2万元 / 以设备投资额2000万元…的项目为例：县级按
# 5%补助100万元…): it runs from its opening to the end of its paragraph, each step's figures no grant of their own,
# up to a sentence that opens a rule of its own (此外，对…; 对同时列入…的，再奖励…); 比如，对… opens no run (that
# sentence alone is still _EXAMPLE's)
_EXAMPLE_RUN = re.compile(rf"(?:^|(?<=[{END_MARKS}]))[^\S\n]*(?:答\s*[：:]\s*)?[（(]?"
                          r"(?:(?:举个例子|举例来说|举例说明|举例|例如|比如|譬如|打个比方)\s*[：:，,]"
                          rf"|以[^{END_MARKS}！!？?\n]{{1,60}}?为例\s*[：:，,])(?!\s*对)"
                          rf"(?:(?![{END_MARKS}]\s*(?:此外|另外|同时|对))[^\n])*", re.MULTILINE)


def extract_incentives(text: str, clause: str, lead: str = "") -> tuple[Incentive, ...]:
    """Every incentive of a clause, in order: sums (分别 lists paired by position), rates with
    their base and cap, class-specific rates, ranges with a matching ratio, per-unit caps, years. `lead`: the
    words of the item a list's entry is in (年主营业务收入首次达到下列标准的，给予一次性奖励：), which may name
    the class of figure its cases are of."""
    if lists_firms(text):  # a 公示's list of firms and the sums each is to get: no rule of what any may get
        return ()
    records, text = _tier_table(text, clause)
    text = _joined_terms(_EXAMPLE_RUN.sub("", text))
    text = _RESPECTIVE_CELL.sub(r"\g<list>，", text) if is_row_text(text) else text
    group = len(records) and 1
    share = _share_named(text)
    for sentence in (p for s in SENTENCE.findall(text) for p in s.split("\n") if p.strip()):
        sentence = _previous_caps(sentence, records)  # 前款补助，单个项目最高不超过200万元，…: the rest
        # (将第五条中的“…30万元…”修改为“…50万元…”: what it now says; 删去…: nothing)
        if _AMENDING.match(LEADING_NUMBER.sub("", sentence.strip())):
            sentence = amended.group("new") if (amended := _AMENDED.search(sentence)) else ""
        sentence = _ASKED.sub("", sentence)  # (问：…还能拿100万元吗？答：…: what is asked grants nothing)
        if not sentence.strip() or _EXAMPLE.match(sentence) or _terms_of_previous(sentence, records):
            continue
        if not _INCENTIVE.search(sentence) and not (_GIVEN_SUM.search(sentence) and not _PAID_BY_IT.search(sentence)) \
                and not re.search(rf"{TOTAL_WORDS}\s*{CAP_WORDS}", sentence):  # …各项资金合计最高不超过300万元
            continue
        if _attach_class_rates(sentence, records) or _attach_raised_rate(sentence, records):
            continue
        listed = _case_rates(sentence, clause, group + 1) or _listed(sentence, clause, group + 1,
                                                                     _last_metric(records))
        if listed:
            group += 1
            records.extend(_with_terms(sentence, r) for r in listed)
            continue
        found: list[Incentive] = []
        taken: list[tuple[int, int]] = []
        rate = _RATE.search(sentence) or _RATE_GIVEN.search(sentence) or _POINTS.search(sentence)
        subject = _subject(sentence[: rate.start()]) if rate else ""
        staged_group = 0  # (第一年按…的100%、第二年、第三年按…的50%: the years of one term are one grant)
        # (分3年按40%、30%、30%发放: the shares a sum is paid in are no rate of a grant)
        paid_in = found_schedule[1].start() if (found_schedule := schedule(sentence)) else len(sentence)
        while rate and rate.start() < paid_in:
            group += 1
            cap = next((m for m in _AMOUNT.finditer(sentence, rate.end())
                        if not _is_threshold(sentence, m)), None)
            base = _clean_base(rate.group("base"))
            if not base and metric_of(subject):  # 对研发费用较上年增长部分，按10%给予补助: the subject is the base
                base = subject
            elif base and _GROWTH.search(base) and not metric_of(base) and not _GROWTH.search(subject) \
                    and (named := _metric_words(subject)):
                base = named + base  # (地方财政年贡献…且增幅…的，按增量部分的20%: the growth of the figure the case
                # names, when the case does not say it grew: 研发费用较上年增长的 is read whole)
            points = rate.re is _POINTS
            found.append(Incentive(
                clause=clause, item=subject or base, level=_level(subject or base),
                kind=_rate_kind(sentence[rate.end():]), rate=float(rate.group("rate")) / 100,
                rate_text=(rate.group("cap") or "") + rate.group("rate") + ("个百分点" if points else "%"),
                base=base or ("贷款额" if points else ""),
                group=staged_group or group,
                **(_money_fields(sentence, cap, "") if cap else {}),
            ))
            if cap:
                taken.append((cap.start(), cap.end()))
            first = rate
            rate, subject = _parallel_rate(sentence, cap.end() if cap else rate.end(), base)
            if not rate and (staged := _staged_rate(sentence, first, cap.end() if cap else first.end(), base)):
                rate, stage, own = staged
                whole = _whole_case(sentence[: _STAGE.search(sentence).start()])
                found[-1] = replace(found[-1], item=f"{whole}（{own}）" if whole else own)
                staged_group = staged_group or found[-1].group
                subject = f"{whole}（{stage}）" if whole else stage
                continue
            case = _strip_item(re.split(r"[，,]", sentence[: first.start()])[-1])
            if rate and found[-1].item != case and len(case) >= 2:  # 对…的展会，境外展会按…: the first case is named
                found[-1] = replace(found[-1], item=case, level=_level(case))
        for m in _RESPECTIVE.finditer(sentence):
            group += 1
            monies = list(_AMOUNT.finditer(m.group("list")))
            shared_cap = next((a.group("cap") for a in monies if a.group("cap")), "")
            kind = _kind(sentence[m.end():], sentence[m.start() : m.start("list")])
            items = _pair_items(sentence[: m.start()], len(monies))
            before = _PER.search(sentence[: m.start()])  # 每项分别奖励30万元、20万元
            unit = m.group("unit") or (before.group("per") if before else "")
            listed = [Incentive(clause=clause, item=item, level=_level(item), kind=kind, group=group,
                                **{**_money_fields(m.group("list"), money, shared_cap),
                                   **({"per": unit} if unit else {})})
                      for money, item in zip(monies, items, strict=True)]
            found.extend(_by_class(listed))
            taken.append((m.start(), m.end()))
        previous_end = 0
        stages = list(_STAGE.finditer(sentence))  # 第一年按…15元、第二年按…10元: a sum for each year of a term
        term_group = 0  # (the years of one term are one grant: a cap after them caps each)
        step: tuple[float, str] | None = None  # (the step's figure and its words, for the sum after it)
        for money in _AMOUNT.finditer(sentence):
            if any(s <= money.start() < e for s, e in taken):
                previous_end = money.end()
                continue
            if (stepped := _STEP_BEFORE.search(sentence[: money.start()])) and not money.group("cap"):
                words = re.match(r"[^，,。；;\d]*", sentence[money.end():]).group()  # (…台阶 before 再奖励)
                words = words[: cut.start()] if (cut := re.search(rf"再|另|{_VERB}", words)) else words
                # (按照产值每新增1000万元: the figure's name before 每 is the step's)
                opening = max(sentence.rfind(mark, 0, stepped.start()) for mark in "，,；;：:") + 1
                named = re.sub(r"^(?:对|按照?|此后|以后|之后|并)", "", sentence[opening: stepped.start()].strip())
                step = money_to_yuan(money.group("money")), named + sentence[stepped.start(): money.end()] + words
                previous_end = money.end()
                continue
            part = re.split(r"[，,；;]", sentence[: money.start()])[-1]
            if _is_threshold(sentence, money) or _WITHHELD.search(part) \
                    or _RECEIVED.search(part) and sentence[money.end():].startswith("的"):
                # (市级专精特新中小企业不再给予5万元奖励: a sum withheld is no grant; 已享受…奖励30万元的企业: one
                # received names the case of the grant that follows, not 对已获得省级认定的企业奖励20万元)
                continue
            if _sums_those_before(sentence[previous_end : money.start()], money, found):
                previous_end = money.end()
                continue  # (县级奖励60万元，园区叠加奖励20万元，合计80万元: the arithmetic, no grant of its own)
            group += 1
            # 对A的企业奖励50万元，B的企业奖励20万元 / 国家级X奖励200万元，省级X奖励50万元 / 其中A奖励50万元、B奖励
            # 100万元: the second sum is for what follows the first
            window = sentence[previous_end : money.start()]
            own = previous_end and ("的" in window or re.match(r"\s*(?:、|[，,]\s*(?:对|其中))", window)
                                    or LEVEL_WORD.match(window.lstrip(" ，,")) and "财政" not in window
                                    or GRADE_AT_START.match(window.lstrip(" ，,"))  # A类300万元，B类150万元
                                    or re.search(rf"[^，,]{{2}}(?:{ADDON_WORDS})\s*$", window)  # ，首发上市后再奖励
                                    or _names_its_sum(window))  # ，园区叠加奖励20万元
            # (…可申领租房补贴：C类每月2500元，D类每月1500元: the first of a list of classes after a colon is its class)
            after_colon = re.split(r"[：:]", window)
            listed_class = not previous_end and len(after_colon) > 1 and GRADE_AT_START.match(after_colon[-1].lstrip())
            own = own or listed_class
            item = (_subject(after_colon[-1].lstrip(" 、") if listed_class else window.lstrip(" 、"))
                    if own else "") or _subject(sentence[: money.start()])
            item = _elided(item, found[-1] if found else (records[-1] if records else None))
            staged = False
            if (stage := _STAGE.search(window)) and len(stages) > 1 \
                    and not re.search(r"的|超过|达到|突破", window[stage.end():]):
                # one item's sum for each year of its term (not 第二年营业收入超过2亿元的: a case of its own)
                whole = _whole_case(sentence[: stages[0].start()])
                item = f"{whole}（{stage.group(1)}）" if whole else stage.group(1)
                # (a first year again starts another term: 生产用房第一年…、第二年…，研发用房第一年…)
                if not term_group or re.fullmatch(r"第[一1]年|首年|前.年", stage.group(1)):
                    term_group = group
                staged = True
            before = sentence[previous_end : money.start()]
            previous_end = money.end()
            # (对首次认定的国家高新技术企业、新认定的省级企业技术中心，各奖励5万元: the sum for each item listed)
            each = _expand(_split_outside_brackets(item)) if _EACH.search(before) and "、" in item \
                and not re.search(rf"[{CN_NUMERAL[1:-2]}\d]、[{CN_NUMERAL[1:-2]}\d]", item) else [item]  # (一、二等奖)
            fields = _money_fields(sentence, money, "")
            if step is not None:  # (the sum paid for each step: its item is the step, its metric the figure's)
                each, fields = [step[1]], {**fields, "step": step[0], "metric": metric_of(step[1]), "per": ""}
                step = None
            for n, one in enumerate(each):
                group += bool(n)
                found.append(Incentive(clause=clause, item=one, level=_level(one),
                                       kind=_kind(sentence[money.end():], sentence[: money.start()]),
                                       group=term_group if staged else group,
                                       addon=bool(re.search(ADDON_WORDS, before)),
                                       ceiling=bool(_CEILING_BEFORE.search(before)),
                                       **fields))
        found = _class_capped_rate(sentence, _cases_of_one_rate(_merge_limits(_multiplied(sentence, clause, found,
                                                                                          group))))
        # (A类每人每月1万元 / 发明专利每件奖励5000元: the unit a sum is paid by is no part of whom it is for)
        # (of a unit or a period, 博士研究生每月1200元; not 同一企业每年…, a ceiling's whole subject)
        found = [replace(r, item=r.item.removesuffix(r.per), level=r.level or _level(r.item.removesuffix(r.per)))
                 if r.per and r.item.endswith(r.per) and r.item != r.per and not r.ceiling else r for r in found]
        # (a share's case before a figure's: 对研发费用300万元以上的企业，按其占营业收入比例分档：占比3%（含）至5%的…)
        last = _last_tier(records)
        records.extend(_with_terms(sentence, _single_tier(sentence, _share_tier(sentence, r, share, last), last,
                                                          _metric(lead), own))
                       for r, own in zip(found, _sums_said_at(sentence, found), strict=True))
    if not any(r.rate is not None for r in records):  # 设备投资额：…；补助比例：6%；单个项目上限：150万元
        records = _row_rate(text, clause) or records
    elif is_row_text(text):  # 兑现标准：按购房价款的3%给予一次性补贴；单项上限：60万元
        records = _capped_by_column(text, records)
    cell = _CELL.search(text)
    if cell and metric_of(cell.group("label")):  # a table row as a clause: 年度纳税额：300万元（含）至500万元；奖励…
        unit = _unit_of(cell.group("high") or cell.group("low"))
        low = _figure(cell.group("low"), unit)[0]
        high = _figure(cell.group("high"), unit)[0] if cell.group("high") else None
        # (…；适用类型：综合型、功能型: the kinds the row's tier is for, after its bar)
        kinds = next((v for label, v in _row_cells(text) if _KIND_COLUMN.search(label) and v.strip()), "")
        records = [replace(r, metric=_metric(cell.group("label")), low=low, high=high,
                           item=cell.group("label") + re.sub(r"\s+", "", cell.group("case"))
                           + (f"（{kinds.strip()}）" if kinds else ""))
                   if r.low is None and r.multiplier is None else r for r in records]
    if is_row_text(text):
        levelled = _by_level_column(text, clause)  # (its cells, 国家级奖励：200万元, read once: by their level)
        records = levelled + [r for r in _named_by_case_list(text, _rate_named_by_cell(text, records))
                              if not (r.rate is None and not r.addon and r.cap in {lv.cap for lv in levelled})]
    if _AMENDED.search(text):  # (将第九条中的“…200万元”修改为“…300万元”: what the sum is for is the amended clause's)
        records = [r for r in records if r.item]
    return tuple(_clause_terms(text, _group_tiers(_named_by_row(text, _unit_price_caps(records)))))


# a row's cell of sums paid 分别 (奖补标准：分别奖励100万元、30万元) after a cell listing what they are for (奖补条件：
# 新认定的国家级绿色工厂、省级绿色工厂): the two cells are one sentence, the list paired with the sums by position
_RESPECTIVE_CELL = re.compile(r"(?P<list>[：:][^；;：:\n]*、[^；;：:\n]*)[；;]\s*[^：:；;\n]{1,12}[：:]\s*(?=分别)")
# A table row as a clause: its cells as `label：value` (类别：专精特新中小企业；级别：省级；奖励金额：20万元)
_ROW_CELL = re.compile(r"(?:^|[；;])\s*(?P<label>[^：:；;\n]{1,12})[：:]\s*(?P<value>[^；;\n]*)")


# an amendment's new wording (将第七条中的“…”修改为“…”; 增加一条，作为第八条：“…”): the old wording it replaces
# grants nothing
_AMENDING = re.compile(r"\s*(?:将|把|增加|删去|删除)")  # (after its number: 一、将第五条…)
_AMENDED = re.compile(r"(?:(?:修改|调整|更改)为|改为|作为第[^：:“”\"]{1,6}[条款项])[：:]?\s*[“\"](?P<new>[^”\"]+)")
# a sum already received (已享受…奖励30万元的企业): what follows 已获得 up to the sum names what was received, and
# ends at a 的 (对已获得省级认定的企业奖励20万元 grants)
_RECEIVED = re.compile(r"(?:已经?|曾经?)(?:享受|获得|领取|拿到|获)过?[^，,。；;的]{0,20}$")
# words that deny the sum after them (市级…不再给予5万元奖励, 停止发放, 取消)
_WITHHELD = re.compile(r"不(?:再|予)?(?:给予|安排|发放|奖励|补助|享受)|停止(?:发放|兑现|给予)|取消")
# a sum for each item listed: 各奖励, 各给予一次性奖励, 均给予…补助
_EACH = re.compile(rf"[各均]\s*(?:给予)?\s*(?:一次性)?\s*(?:给予)?\s*(?:{GRANT_WORDS})?\s*(?:资金)?\s*$")

# the unit caps are per, before the case they are for: 每家企业每年 / 每家每年 / 每次 (境内展会)
_CAP_UNIT = re.compile(r"(?:(?:每|单)(?:个|家|户|次|届|场)?(?:企业|项目|单位|年|月)?)+")


# a sum that only caps the price of a unit (补贴单价最高不超过每月每平方米8元, 补贴标准最高每平方米每月10元): the words
# of a grant, a price or a standard and of a cap, no case of its own
_PRICE_CAP_ITEM = re.compile(rf"(?:{GRANT_WORDS}|租金)?(?:单价|标准|价格)?\s*{CAP_WORDS}+\s*(?:每.*)?")


def _unit_price_caps(records: list[Incentive]) -> list[Incentive]:
    """第一年按实际租金的100%给予补贴，第二年、第三年按50%给予补贴；补贴单价最高不超过每月每平方米8元，补贴面积不超过
    3000平方米: the cap is on what the rates before it pay for each unit (and the most units with it), not a grant of
    its own: it goes into each rate of the grant just before it (one term's years) that names no unit or cap of its
    own."""
    out: list[Incentive] = []
    for r in records:
        # (of the rates of the grant just before it, one term's years: not 按设备投资额的10% of another item)
        last = next((o.group for o in reversed(out) if o.rate is not None), None)
        rates = [n for n, o in enumerate(out) if o.rate is not None and not o.per and o.cap is None and o.base
                 and o.group == last]
        if rates and r.rate is None and r.cap is not None and per_unit(r.per) and _PRICE_CAP_ITEM.fullmatch(r.item):
            for n in rates:
                out[n] = replace(out[n], per=r.per, cap=r.cap, cap_text=f"最高{r.cap_text}", max_units=r.max_units)
            continue
        out.append(r)
    return out


def _cases_of_one_rate(found: list[Incentive]) -> list[Incentive]:
    """按展位费的50%给予补助，每家企业每年境内展会补助最高5万元、境外展会补助最高15万元: caps named case by case after
    one rate, each case its own record at that rate (境内展会: 50%, 5万元; 境外展会: 50%, 15万元), the unit of the
    caps (每家企业每年) without the first case's name."""
    out = list(found)
    for n in range(1, len(out)):
        first, case = out[n - 1], out[n]
        unit = _CAP_UNIT.match(first.per)
        own = first.per[unit.end():] if unit else ""
        if first.rate is None or case.rate is not None or case.cap is None or case.per or len(case.item) < 2 \
                or len(own) < 2 or own[-2:] != case.item[-2:] or own == case.item:
            continue
        per = first.per[: unit.end()]
        out[n - 1] = replace(first, item=own, per=per)
        out[n] = replace(case, rate=first.rate, rate_text=first.rate_text, base=first.base, per=per,
                         kind=case.kind or first.kind)
    return out


def _row_cells(text: str) -> list[tuple[str, str]]:
    """A row's (label, value) cells, as tables.read_table wrote them."""
    return [(m.group("label").strip(), m.group("value").strip()) for m in _ROW_CELL.finditer(text)]
_LEVEL_COLUMN = re.compile(r"级别|层级|等级|级次")
# the column that names what a row is for (支持内容：新升规工业企业), before one that names its kind (类别, 政策类别)
_NAME_COLUMN = re.compile(r"项目|内容|对象|名称|事项")
_KIND_COLUMN = re.compile(r"类别|类型")
_CASE_COLUMN = re.compile(r"条件|对象")  # the column that says what qualifies (奖补条件, 支持内容及条件, 支持对象)


_RATE_COLUMN = re.compile(r"比例|比率|费率")  # 补助比例, 贴息比例
_CAP_COLUMN = re.compile(r"上限|最高|封顶|限额")  # 单个项目上限, 最高补助额


def _row_rate(text: str, clause: str) -> list[Incentive]:
    """A table row whose rate and cap stand in columns of their own (补助比例：6%；单个项目上限：150万元): the rate,
    with the cap and the unit its column names (单个项目); [] for a row with no rate column."""
    cells = _row_cells(text)
    rate = next((m for label, value in cells if _RATE_COLUMN.search(label)
                 and (m := re.fullmatch(r"(?:按)?\s*(\d+(?:\.\d+)?)\s*%", value))), None)
    if rate is None:
        return []
    cap = _cap_cell(text)
    per = _bare_per(_CAP_COLUMN.split(cap[0])[0]) if cap else ""
    return [Incentive(clause=clause, item="", rate=float(rate.group(1)) / 100, rate_text=rate.group(1) + "%",
                      cap=money_to_yuan(cap[1]) if cap else None, cap_text=cap[1] if cap else "", per=per, group=1)]


def _by_level_column(text: str, clause: str) -> list[Incentive]:
    """A row whose sums stand in a column for each level (|类别|国家级|省级|市级|: 类别：重点实验室；国家级：200万元；
    省级：50万元): each level's sum, for that level of what the row names (its 类别, or its 项目 where the 类别 is only
    a round of recognition: 首次认定的高新技术企业); one grant, the levels excluding each other."""
    cells = _row_cells(text)
    sums = [(levels_in(label)[0], value) for label, value in cells
            if LEVEL_SUM_COLUMN.fullmatch(label) and MONEY.fullmatch(value) and levels_in(label)]
    name = next((v for label, v in cells if _NAME_COLUMN.search(label) and _says_something(v)), "")
    kind = next((v for label, v in cells if _KIND_COLUMN.search(label) and _says_something(v)), "")
    item = f"{kind}的{name}" if kind and name and _ROUND_ONLY.fullmatch(kind) else kind or name
    if not sums or not item:
        return []
    return [Incentive(clause=clause, item=item if item.startswith(level) else level + item, level=level,
                      cap=money_to_yuan(value), cap_text=value, group=1) for level, value in sums]


def _cap_cell(text: str) -> tuple[str, str] | None:
    """A row's cap column and its sum (单项上限：60万元), or None."""
    return next(((label, value) for label, value in _row_cells(text)
                 if _CAP_COLUMN.search(label) and MONEY.fullmatch(value)), None)


def _capped_by_column(text: str, records: list[Incentive]) -> list[Incentive]:
    """A row's rates its standard states without a cap (按购房价款的3%给予一次性补贴), capped by its cap column
    (单项上限：60万元) with the unit the column names (单项)."""
    cap = _cap_cell(text)
    if cap is None:
        return records
    per = _bare_per(_CAP_COLUMN.split(cap[0])[0])
    return [replace(r, cap=money_to_yuan(cap[1]), cap_text=cap[1], per=r.per or per)
            if r.rate is not None and r.cap is None else r for r in records]


# a round of recognition and nothing else (2023年新认定, 首次认定, 重新认定, 新入库): no name of a thing
_ROUND_ONLY = re.compile(rf"(?:\d{{4}}年度?)?(?:(?:{FIRST_AWARD.pattern}|{RENEWED_AWARD.pattern})(?:认定|获评|评定)?"
                         r"|(?:新|首次)?入库|认定)")


_YEAR_ONLY = re.compile(TERM_YEARS)


def _named_by_row(text: str, records: list[Incentive]) -> list[Incentive]:
    """A row's bare sum (奖励金额：20万元) is for what its name column names (项目 / 支持内容, else 类别), at the level
    of its level column: 类别：专精特新中小企业；级别：省级 -> 省级专精特新中小企业. A clause of other labels
    (申报条件：…；支持标准：…) names nothing here."""
    cells = _row_cells(text)
    names = [v for label, v in cells if _NAME_COLUMN.search(label)] + [
        v for label, v in cells if _KIND_COLUMN.search(label)]
    if not names and len(cells) >= 2 and _labels_row(*cells[0]):  # (阶段：辅导备案；…；县级奖励：200万元: a table
        names = [cells[0][1]]  # with no name column names each row by its first cell, as the row's heading does)
    if len(cells) < 2 or not names or all(len(r.item) >= 2 and not r.item.startswith(("每", "单个"))
                                          and not _ROUND_ONLY.fullmatch(r.item) and not _YEAR_ONLY.fullmatch(r.item)
                                          for r in records):
        return records
    name = names[0]
    level = next((v for label, v in cells[1:] if _LEVEL_COLUMN.search(label) and LEVEL_WORD.match(v)), "")
    if level and len(strip_levels(re.sub(r"[（(][^）)]*[）)]|及?以上|以下", "", level))) >= 2:
        name, level = level, ""  # 级别：国家级专精特新“小巨人”企业: the row's own name (not 省级以上, 市级（首次认定）)
    item = name if not level or level in name else f"{level}{name}"
    # (每个产品一次性奖励100万元: the unit is the record's per, the row names the item; 2023年新认定的，一次性奖励
    # 50万元: the round of recognition names none, the row's name follows it)
    # (按每平方米1000元计算补贴总额: 按 alone names nothing)
    named = [replace(r, item=item, level=r.level or _level(item))
             if len(r.item) < 2 or r.item.startswith(("每", "单个"))
             else replace(r, item=f"{r.item}的{item}", level=r.level or _level(item)) if _ROUND_ONLY.fullmatch(r.item)
             # (第一年：每平方米每月30元；第二年：…: each year's cell a stage of the row's term, as in a sentence)
             else replace(r, item=f"{item}（{r.item}）", years=_stage_years(f"（{r.item}）"))
             if _YEAR_ONLY.fullmatch(r.item) else r for r in records]
    # 规模跃升企业（营业收入首次突破10亿元）: the name sets the row's threshold (rows of one class form a table)
    return [_single_tier(name, r, None) if r.item == item and r.rate is None else r for r in named]


def _rate_named_by_cell(text: str, records: list[Incentive]) -> list[Incentive]:
    """A row's rate named only by its base (奖补标准：按设备投资额的8%给予补助 -> 设备投资额) is for what the row's
    case cell says qualifies (奖补条件：设备投资额500万元（含）以上的技术改造项目，且已竣工投产: its first part), with
    that case's bar wherever it stands in it; else for what its name cell names (兑现事项：流动资金贷款贴息). A cell
    that holds a placeholder (无, —) names nothing."""
    cells = _row_cells(text)
    case = _case_cell(cells) or next((v for label, v in cells if _NAME_COLUMN.search(label)
                                      and not _CASE_COLUMN.search(label) and _says_something(v)), "")
    item = re.split(r"[，,；;]", case)[0].strip()
    if len(cells) < 2 or len(item) < 2:
        return records

    def named(r: Incentive) -> Incentive:  # (the case's bar is no sum of the standard's: cap aside while it is read)
        barred = _single_tier(case, replace(r, item=item, level=r.level or _level(item), cap=None), None)
        return _with_terms(case, replace(barred, cap=r.cap))
    return [named(r) if r.rate is not None and r.base and r.item and r.item in r.base else r for r in records]


def _case_cell(cells: list[tuple[str, str]]) -> str:
    """What a row's case cell says qualifies (奖补条件 / 支持内容及条件 / 支持对象), "" when it has none."""
    return next((v for label, v in cells if _CASE_COLUMN.search(label) and _says_something(v)), "")


# columns that keep a row's records, not its name: its number, date, unit in charge, basis, notes or contact
_RECORD_COLUMN = re.compile(r"序号|编号|时间|日期|期限|单位|部门|依据|文件|备注|联系|电话|地址")
_ORDINAL_OR_DATE = re.compile(rf"[（(]?{CN_NUMERAL}[）)、.]?|.*[年月日]|.*季度")  # (digits: no name already)


def _labels_row(label: str, value: str) -> bool:
    """Whether a row's first cell may name it (阶段：辅导备案, 证书等级：初级工): words, not a sum, a number, a date
    or a placeholder, in no column of a row's records (序号, 时间, 责任单位, 政策依据)."""
    return _says_something(value) and not MONEY.search(value) and not re.search(r"\d", value) \
        and not _RECORD_COLUMN.search(label) and not _ORDINAL_OR_DATE.fullmatch(value)


def _says_something(value: str) -> bool:
    """A cell that is no placeholder (无, —, /)."""
    return len(value.strip(" 无—－-/／")) >= 2


def _named_by_case_list(text: str, records: list[Incentive]) -> list[Incentive]:
    """Sums a row's standard cell names by a short word (奖补标准：智能工厂奖励80万元，数字化车间奖励30万元) are for
    the items its case cell lists (奖补条件：新认定的市级智能工厂、市级数字化车间), each the one item holding that word,
    at that item's level; unchanged unless each sum's word is in exactly one item, a different one each."""
    case = _case_cell(_row_cells(text))
    items = _expand(_split_outside_brackets(re.split(r"[，,；;]", case)[0])) if "、" in case else []
    if len(items) < 2:
        return records
    found = {}
    for n, r in enumerate(records):
        holding = [item for item in items if r.item and len(r.item) >= 2 and r.item != item and r.item in item]
        if len(holding) == 1:
            found[n] = holding[0]
    if len(found) < len(records) or len(set(found.values())) < len(found):  # (every sum of the row, one item each)
        return records
    return [replace(r, item=found[n], level=_level(found[n])) if n in found else r for n, r in enumerate(records)]


_PART_NAMING = re.compile(rf"\s*[，,](?![^，,]*{CAP_WORDS}|每|按)(?P<part>[^，,]{{2,8}}(?:{GRANT_WORDS}))\s*")


def _names_its_sum(window: str) -> bool:
    """Whether the words between a sum and the one before it are a part of their own naming what the sum is for
    (，园区叠加奖励20万元); not a cap (，最高奖励), a rate per unit (，每人每月补贴) or an add-on's words alone
    (，追加奖励: more of the same grant)."""
    m = _PART_NAMING.fullmatch(window)
    return bool(m) and not re.fullmatch(ADDON_WORDS, m.group("part"))


def _sums_those_before(before: str, money: re.Match[str], found: list[Incentive]) -> bool:
    """Whether a sum is the total (合计80万元, 共计) of the sums just before it in its sentence, said as arithmetic (no
    最高/不超过 before it: 合计最高不超过300万元 caps them)."""
    sums = [r.cap for r in found if r.cap is not None and r.rate is None]
    return bool(re.search(rf"{TOTAL_WORDS}\s*$", before)) and not money.group("cap") and len(sums) >= 2 \
        and money_to_yuan(_written("", money.group("money"))) == sum(sums)


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
    slash = _SLASH.match(text[money.end():])  # (800元/人·月: 每人每月)
    said = per.group("per") if per else f"每{slash.group('unit')}" + (f"每{slash.group('period')}" if slash.group(
        "period") else "") if slash else ""
    return {"cap": money_to_yuan(written), "cap_text": written, "floor": floor, "per": said}


def _stage_years(item: str) -> int | None:
    """The years a sum of one stage of a term is paid for: 1 of …（第三年）, 2 of …（前两年）; None of an item that is
    no case with its stage."""
    span = term_span(item) if item.endswith("）") else None
    return span[1] - span[0] + 1 if span else None


def _with_terms(sentence: str, record: Incentive) -> Incentive:
    """Conditions and terms written once in a sentence apply to each of its incentives."""
    thresholds = tuple(m.group(0) for m in _THRESHOLD.finditer(sentence))
    investment = next((money_to_yuan(m.group("money")) for m in _THRESHOLD.finditer(sentence)
                       if "投资" in m.group(0)), None)
    ratio = _RATIO.search(sentence)
    years = _years(sentence)
    months = _MONTHS.search(sentence)
    units = _max_units(sentence, record.per)
    # 分5年发放 in equal parts (分两年各发放50%); 按4:3:3比例分3年拨付 is not split evenly
    parts = _INSTALMENTS.search(sentence)
    if parts and (re.search(r"\d\s*[:：∶]\s*\d|比例", sentence) or "%" in sentence
                  and not _equal_shares(sentence[parts.start():], cn_number(parts.group(1)))):
        parts = None
    share = _share_cap(sentence)
    return replace(
        record,
        share_cap=record.share_cap if record.share_cap is not None or not share else float(share.group("rate")) / 100,
        share_of=record.share_of or (share.group("of") if share else ""),
        thresholds=() if record.tiers else thresholds,
        min_investment=None if record.tiers else investment,
        months=record.months or (int(months.group(1)) if months else (12 if _FIRST_YEAR.search(sentence) else None)),
        ratio=re.sub(r"\s", "", ratio.group("ratio")).replace(":", "∶") if ratio else "",
        base=record.base or (_clean_base(ratio.group("base")) if ratio else ""),
        kind=record.kind or ("配套" if ratio else ""),
        # (a sum for one year of a term, （第三年）, is paid for that year, whatever the term's first years: 前两年)
        years=_stage_years(record.item) or (cn_number(years.group(1)) if years else record.years),
        instalments=record.instalments or (cn_number(parts.group(1)) if parts else None),
        max_units=record.max_units if record.max_units is not None or not units or not record.per.startswith("每")
        else _units_of(units),
    )


def _equal_shares(text: str, n: int | None) -> bool:
    """Whether the parts a sum is paid in are equal shares that make it whole: 分两年各发放50%."""
    each = re.match(r"[^。；;]*?(?:各|每年)\s*(?:发放|拨付|兑现|支付|给予)?\s*(\d+(?:\.\d+)?)\s*%", text)
    return bool(each and n and abs(float(each.group(1)) * n - 100) < 0.5)


# a cap as a share of the enterprise's own cost: 且不超过实际支付租金的50% (not 按…不超过10%的比例: a rate)
_SHARE_CAP = re.compile(r"不(?:超过|高于)\s*(?:其|该项目|该企业)?(?P<of>[^，,。；;\d%]{2,16}?)的\s*"
                        r"(?P<rate>\d+(?:\.\d+)?)\s*[%％]")


def _share_cap(sentence: str) -> re.Match[str] | None:
    """The share cap a sentence sets on a grant (且不超过实际支付租金的50%); not one on a total (两项合计不超过…
    的15%)."""
    return next((m for m in _SHARE_CAP.finditer(sentence)
                 if not re.search(TOTAL_WORDS, re.split(r"[，,；;]", sentence[: m.start()])[-1])), None)


def _years(sentence: str) -> re.Match[str] | None:
    """The term of a grant (连续补贴5年 / 期限3年 / 前三年按…); not a condition that names years
    (连续两年被评为A类 / 连续两年营业收入增长) nor a year of account (前一年度)."""
    for m in _YEARS.finditer(sentence):
        after = sentence[m.end():]
        if after.startswith("度"):
            continue
        bare = re.match(r"(?:连续|前)\s*(?:\d|[一二三四五六七八九十两])", m.group(0))
        if bare and not re.match(rf"^\s*[内的]?\s*(?:$|[，,。；;）)]|给予|按|每|{_VERB}|享受|兑现|发放)", after):
            continue
        return m
    return None


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


def _by_class(records: list[Incentive]) -> list[Incentive]:
    """A、B、C类人才，分别给予200万元、100万元、50万元: each sum is for a class; every record carries the list."""
    grades = [GRADE_CLASS.search(r.item) for r in records]
    letters = [g.group(1).upper() for g in grades if g]
    if len(letters) != len(records) or len(set(letters)) != len(letters) or len(records) < 2:
        return records
    caps = tuple((letter, r.cap) for letter, r in zip(letters, records, strict=True) if r.cap is not None)
    return [replace(r, grade=letter, class_caps=caps) for letter, r in zip(letters, records, strict=True)]


def _joined_terms(text: str) -> str:
    """A term's years written as list points (①第一年每平方米每月30元；②第二年…20元): one sentence of stages, as
    第一年…30元、第二年…20元 is; not a grant and then a year's case of its own (奖励100万元；第一年纳税额超过500万元的，
    另奖励50万元)."""
    text = _TERM_MARK.sub("", text)

    def join(m: re.Match[str]) -> str:
        part = re.split(r"[。；;\n]", text[: m.start()])[-1]
        staged = re.match(rf"\s*{TERM_YEAR}", re.split(r"[：:]", part)[-1]) \
            or re.match(rf"\s*{TERM_YEAR}\s*[：:]", part)
        case = re.search(r"的|超过|达到|突破", re.split(r"[。；;\n]", text[m.end():])[0])
        return "、" if staged and not case else m.group()

    return _TERM_PARTS.sub(join, text)


def _class_capped_rate(sentence: str, found: list[Incentive]) -> list[Incentive]:
    """按项目实际投入的30%给予资助，A类项目最高1000万元，B类项目最高500万元: one rate whose cap is by class, each
    class's sum after it: a record of the rate for each class, with that class's cap (and the list, as `_by_class`
    gives)."""
    if len(found) < 2 or found[0].rate is None or found[0].cap is None or not found[0].cap_text:
        return found
    at = sentence.find(found[0].cap_text, sentence.find(found[0].rate_text))
    first = re.split(r"[，,；;]", sentence[:at])[-1].strip() if at > 0 else ""  # (A类项目, before the first cap)
    rest = found[1:]
    if not GRADE_CLASS.match(first) or not all(r.rate is None and r.cap is not None and GRADE_CLASS.match(r.item)
                                               and not r.addon and re.match(CAP_WORDS, r.cap_text) for r in rest):
        return found  # (B类企业另奖励10万元: a grant)
    items = [first, *(r.item for r in rest)]
    letters = [GRADE_CLASS.match(item).group(1).upper() for item in items]
    if len(set(letters)) != len(letters):
        return found
    caps = tuple((letter, r.cap) for letter, r in zip(letters, found, strict=True))
    return [replace(found[0], item=item, level=_level(item), grade=letter, cap=r.cap, cap_text=r.cap_text,
                    class_caps=caps) for item, letter, r in zip(items, letters, found, strict=True)]


def _attach_raised_rate(sentence: str, records: list[Incentive]) -> bool:
    """对列入省重点技改项目的，补助比例提高到12%: a higher rate of the clause's last rate for a class."""
    m = RAISED_RATE.search(sentence)
    target = next((i for i in range(len(records) - 1, -1, -1) if records[i].rate is not None), None)
    if not m or target is None:
        return False
    # (…提高至LPR的70%: of the rate's own base, and higher; not 提高至项目总投资的5%, a rate of another base)
    of = re.sub(r"\s", "", m.group("of") or "").upper()
    if of and (of not in re.sub(r"\s", "", records[target].base).upper()
               or float(m.group("rate")) / 100 <= (records[target].rate or 0)):
        return False
    condition = _subject(sentence[: m.start()])
    if not condition:
        return False
    raised = records[target].raised + ((condition, float(m.group("rate")) / 100),)
    records[target] = replace(records[target], raised=raised)
    return True


def _parallel_rate(sentence: str, start: int, base: str) -> tuple[re.Match[str] | None, str]:
    """境外展会按展位费的70%补助、每个展会最高10万元，境内展会按展位费的50%补助…: a later rate of the same base for
    a case of its own, named between the previous rate's terms and it; with that case."""
    rate = _RATE.search(sentence, start)
    if not rate or _clean_base(rate.group("base")) != base:
        return None, ""
    window = sentence[start : rate.start()]
    if not re.match(r"\s*[，,；;]", window):
        return None, ""
    subject = _subject(window.lstrip(" ，,；;"))
    return (rate, subject) if len(subject) >= 2 else (None, "")


def _staged_rate(sentence: str, first: re.Match[str], start: int, base: str) -> tuple[re.Match[str], str, str] | None:
    """第一年按实际租金的100%给予补贴，第二年、第三年按实际租金的50%给予补贴: a later rate of the same base for later
    years of one term; with the years it is for and the years the rate before it is for (None unless both are said)."""
    rate = _RATE.search(sentence, start)
    if not rate or _clean_base(rate.group("base")) != base:
        return None
    # (between them only the grant's words, 给予补贴, then the years: nothing of a case of its own)
    parts = re.split(r"[，,；;]", sentence[start : rate.start()])
    stage = re.search(TERM_YEARS, parts[-1])
    own = re.search(TERM_YEARS, re.split(r"[，,；;]", sentence[: first.start()])[-1])
    if len(parts) != 2 or re.search(r"\d", parts[0]) or len(parts[0]) > 8 or not stage or not own \
            or len(parts[1].strip()) > len(stage.group(0)) + 2:
        return None
    return rate, stage.group(0), own.group(0)


def _clean_base(text: str) -> str:
    return re.sub(r"(?:的|不超过|最高)+$", "", text.strip(" ，,")).strip()


def _written(cap: str, money: str) -> str:
    cap_word = re.match(CAP_WORDS, cap.strip()) if cap else None
    return (cap_word.group(0) if cap_word else "") + re.sub(r"\s+", "", money)


def _kind(after: str, before: str = "") -> str:
    """The kind written after a sum (…万元一次性奖励), else just before it (一次性奖励50万元)."""
    if m := _KIND.match(after[slash.end():] if (slash := _SLASH.match(after)) else after):  # (5万元/人的安家补贴)
        return m.group(1)
    m = _KIND_BEFORE.search(before)
    return (m.group(1) or m.group(2)) if m else ""


def _rate_kind(after: str) -> str:
    m = re.match(rf"^\s*(?:的比例)?\s*(?:给予)?\s*((?:一次性)?(?:{GRANT_WORDS}))", after)
    return m.group(1) if m else "比例支持"


def _level(item: str) -> str:
    return "、".join(levels_in(NO_HONOUR_LEVEL.sub(" ", item)))


def _is_threshold(sentence: str, money: re.Match[str]) -> bool:
    before = _THRESHOLD_BEFORE.search(sentence[: money.start()])
    whose = re.split(r"[，,；;：:]", sentence[: before.start()])[-1] if before else ""
    if before and before.group().strip() == "累计" and re.match(rf"\s*(?:{CAP_WORDS})", money.group()) \
            and (not whose.strip() or "企业" in whose):
        # 同一企业…累计不超过200万元 / ，累计不超过400万元 caps a total (not 累计投资5000万元, a condition; not
        # 每个品牌累计不超过15万元, a unit's)
        before = None
    return bool(_THRESHOLD_AFTER.match(sentence[money.end():])
                or before
                or _opens_its_part(sentence, money.start())
                and (re.match(_CASE_THEN_GRANT, sentence[money.end():]) or _RANGE_CASE.match(sentence, money.end())))


def _opens_its_part(sentence: str, start: int) -> bool:
    """Whether nothing that grants or caps stands before `start` in its part of the sentence (2亿元，奖励30万元; not
    奖励20万元，补助10万元: the first sum is granted, not the case of the second)."""
    part = re.split(r"[：:；;，,]", sentence[:start])[-1]
    return not re.search(rf"{_VERB}|{GRANT_WORDS}|{CAP_WORDS}", part)


_RAISED_TO = re.compile(rf"(?:一次性)?(?:{GRANT_WORDS})(?:标准|金额)?(?:提高|提升|增加|上调|调整)(?:至|到|为)?")


def _whole_case(before: str) -> str:
    """What the years of a term are paid for: every part of the case before them (新入驻开发区标准厂房的工业企业，
    租期5年以上的，前两年按…: both parts), after a label (兑现标准：); the 对… condition alone when there is one."""
    lead = re.split(r"[：:]", before)[-1]
    parts = [_strip_item(LEADING_NUMBER.sub("", p.strip())) for p in _split_outside_brackets(lead, "，,")]
    parts = [p for p in parts if p]
    if not parts or any(p.startswith("对") for p in parts) or len(parts) > 3:
        return _subject(before)
    return ("，" if "，" in lead else ",").join(parts)


# a part after a grant that names no subject of its own: it says only how much or to whom (，最高100万元), how far
# (，同一企业不超过500万元), or who else pays (，市财政另行配套20万元)
_NO_SUBJECT = re.compile(rf"^(?:每|单个|单户|单家|给予|最高|最多|累计|合计)|{CAP_WORDS}|{ADDON_WORDS}"
                         r"|配套|财政|总额|同一")
# a part that grants a sum of its own: 奖励300万元 / 给予300万元奖励 / 300万元的奖励 (not 市级奖励不足50万元的)
_GRANTS_A_SUM = re.compile(rf"(?:{GRANT_WORDS}|给予)(?:资金)?\s*(?:一次性)?\s*{MONEY_TEXT}"
                           rf"|{MONEY_TEXT}\s*(?:的)?(?:一次性)?(?:{GRANT_WORDS})")


def _subject(before: str) -> str:
    """What an amount is for: the 对… condition in front of it, in the clause's own words."""
    parts: list[str] = []
    listed = None
    for piece in _split_outside_brackets(before, "，,"):
        *heads, piece = re.split(r"[：:]", piece)
        if heads and "给予" in heads[-1]:  # 分阶段给予奖励：完成股份制改造的奖励50万元: an item of a list
            listed = len(parts)
        # else a label (支持标准：对…) is not the subject
        piece = LEADING_NUMBER.sub("", piece.strip())
        if piece and not re.fullmatch(ADDON_WORDS, piece):  # 在上述补助基础上: not what it is for
            parts.append(piece)
    # (对新认定的单项冠军企业奖励300万元，单项冠军产品奖励100万元: a part granting a sum of its own is another
    # record's, with the condition it holds; what follows names whom this one pays, unless it says only how much,
    # how far or who else pays: ，最高100万元 / ，同一企业不超过500万元 / ，市财政另行配套20万元: the same subject's)
    granting = [n for n, p in enumerate(parts[:-1]) if _GRANTS_A_SUM.search(p)]
    if granting and _strip_item(parts[-1]) and not _NO_SUBJECT.search(parts[-1]):
        parts = parts[granting[-1] + 1:]
    if not parts:
        return ""
    cleaned = [_strip_item(p) for p in parts]
    condition = next((i for i in range(len(parts) - 1, -1, -1) if parts[i].lstrip().startswith("对")), None)
    last = cleaned[-1]
    # "…的，每一种产品给予最高10万元" / "…，单户企业最高支持200万元": a unit, not the subject; "…的，给予园区运营
    # 机构10万元" / "…，给予每人每月1500元": whom or how it is paid, not what for.
    # (…毕业生，园区给予生活补贴800元: who pays and how, 园区给予, not what for)
    unit = len(parts) > 1 and (last.startswith(("每", "单个", "单户", "单家", "给予")) or len(last) <= 4
                               or bool(re.match(r"^[\u4e00-\u9fff]{1,4}?(?:再|另|还|也)?(?:分别)?给予", last))
                               or bool(re.match(r"^(?:第一年|首年|前\S{1,2}年)?按\S{0,8}?每", last))
                               # …统计的，奖励提高至15万元 / 补助标准提高到每平方米150元: what is raised
                               or bool(re.fullmatch(rf"{_RAISED_TO.pattern}\s*(?:按)?(?:每\S{{1,8}})?", last)))
    head_index = condition if condition is not None else (len(parts) - 2 if unit else len(parts) - 1)
    if listed is not None and listed < len(parts) and (condition is None or listed > condition) and cleaned[listed]:
        head_index = listed
    head = cleaned[head_index]  # a unit (每一种产品, 单户企业) is kept in the record's `per`
    # (对符合…产业发展方向的企业，首次升规入统的奖励15万元: the 对… part is whom the sentence's grants are for, the case
    # said last before the sum is what this one is for)
    case = re.fullmatch(rf"(?P<case>[^，,]{{2,}}?)的\s*(?:{_VERB})+\s*", parts[-1]) if condition is not None \
        and head_index == condition < len(parts) - 1 and not unit else None
    if case and not re.match(r"对|符合|满足|经|其中", case.group("case")):
        return f"{head}（{_strip_item(case.group('case'))}）"
    # (…企业奖励300万元，同一企业不超过500万元: the subject is what the part's own grant is for)
    return _strip_item(head[: granted.start()]) if (granted := _GRANTS_A_SUM.search(head)) and granted.start() else head


def _elided(item: str, previous: Incentive | None) -> str:
    """对首次认定的高新技术企业给予20万元；重新认定的给予10万元: the second item parallels the first one's
    condition (…认定) and leaves out who it is for; it is for the same (重新认定的高新技术企业)."""
    if previous is None or "的" in item or len(item) < 2 or previous.rate is not None:
        return item
    condition, _, who = previous.item.rpartition("的")
    if not condition or not who or len(who) < 2 or condition[-2:] != item[-2:]:
        return item
    return f"{item}的{who}"


def _strip_item(text: str) -> str:
    text = LEADING_NUMBER.sub("", text.strip())
    text = _VERB_TAIL.sub("", text)
    text = re.sub(r"^(?:其中|同时)[，,]?", "", text)
    text = re.sub(r"^对", "", text)
    return text.strip(" ，,")


def _pair_items(before: str, n: int) -> list[str]:
    """The n items a 分别 list pays for, expanding shared words (国家级、省级X → 国家级X, 省级X); the subject
    for each when they are not told apart (ambiguous: the clause's own words rather than a guess)."""
    subject = _strip_item(re.split(r"[：:]", before)[-1])  # (兑现标准：对…: a cell's label is no item)
    return _listed_items(subject, n) or [subject] * n


def _listed_items(subject: str, n: int) -> list[str] | None:
    """The n items a subject lists (国家级、省级专项资金支持的项目 → 国家级…, 省级…), or None."""
    for part in reversed(re.split(r"[，,]", subject)):
        quoted = _quoted_run(part, n)
        if quoted:
            return quoted
        pieces = _split_outside_brackets(part)
        # 的博士、硕士和全日制本科毕业生: 和 joins the last two (tried first; 国家级、省级企业技术中心和工业设计中心 is
        # read as two all the same)
        joined = re.split(r"和|以及|及|与", pieces[-1])
        for tried in ([[*pieces[:-1], *joined], pieces] if len(joined) > 1 else [pieces]):
            if (items := _enumerated(tried, n)) is not None:
                return items
    return None


def _rates_of_listed_items(sentence: str, clause: str, group: int) -> list[Incentive]:
    """对获得国家级、省级专项资金支持的项目，按上级补助资金的50%、30%给予最高不超过500万元的配套补助: each item
    of the list its rate by position, the caps after them shared or paired (`_caps_after`); none unless the subject
    lists as many items, none of them a figure (a list of tiers: 设备投资500万元、1000万元以上的)."""
    rates = _RATES_LISTED.search(sentence)
    if not rates:
        return []
    values = [float(r) / 100 for r in re.findall(NUMBER, rates.group("rates"))]
    before = _strip_item(re.split(r"[：:]", sentence[: rates.start()])[-1])
    items = _listed_items(before, len(values))
    # (设备投资500万元、1000万元以上的，按…10%、15%: a list of figures is one of tiers, not of items; 5G基站 is an item)
    if items is None or len(set(items)) < len(items) or any(re.search(_FIGU, item) for item in items):
        return []
    after = sentence[rates.end():]
    return _rated(list(zip(items, values, strict=True)), _clean_base(rates.group("base")), _rate_kind(after), after,
                  clause, group, rates.group("cap") or "")


def _enumerated(pieces: list[str], n: int) -> list[str] | None:
    """The n items of a subject's 、-separated pieces, or None when they do not say which n."""
    if len(pieces) == n:
        return _expand(pieces)
    if len(pieces) > n and _LEAD.search(pieces[-n]):
        # 在京津冀、长三角、粤港澳地区建设研发机构、专家工作站: the enumeration that is paid
        # starts after the verb inside a piece; the places before it are another list.
        return _expand(pieces[-n:])
    if len(pieces) > n and "的" in pieces[-n]:
        # 新引进、签订3年以上劳动合同的全日制博士研究生、硕士研究生: the enumeration starts after the 的 that
        # ends the description every item shares.
        described, _, first = pieces[-n].rpartition("的")
        shared = "、".join(pieces[:-n] + [described]) + "的"
        return [shared + item for item in _expand([first, *pieces[-n + 1:]])]
    return None


def _split_outside_brackets(text: str, marks: str = "、") -> list[str]:
    """企业研发机构(含工程技术研究中心、重点实验室)、…: 、 inside brackets does not separate items (nor a comma a
    sentence's parts: 50万元以上（含，下同）不足150万元的)."""
    pieces, depth, start = [], 0, 0
    for k, char in enumerate(text):
        if char in "（(":
            depth += 1
        elif char in "）)" and depth:
            depth -= 1
        elif char in marks and depth == 0:
            pieces.append(text[start:k])
            start = k + 1
    return [*pieces, text[start:]]


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
    if len(pieces) > 1 and all(re.search(r"的[^的]{2,}$", p) for p in pieces):
        # 首次认定的国家高新技术企业、新认定的省级企业技术中心 / 全职引进的博士、柔性引进的硕士研究生: each item says
        # whom it is for in words of its own
        return [first, *(p.strip() for p in pieces[1:])]
    # 国际标准、…、山东省地方标准的纺织服装企业: "的…" describes every item, so every item keeps it.
    last, _, tail = pieces[-1].strip().partition("的")
    described = "的" + tail if tail else ""
    middle = [p.strip() for p in pieces[1:-1]]
    return [item + described for item in _expand_cores(first, middle, last)]


_RANK_ITEM = re.compile(r"[A-Za-z\d一二三四五六七八九十甲乙丙丁]{1,3}\s*[级类星档等]")  # 4A级, B类, 三星, 二等


def _expand_cores(first: str, middle: list[str], last: str) -> list[str]:
    whole = [first, *middle, last]
    level = ANY_LEVEL.search(first)  # (新认定的国家级…: the first item's lead is shared, its own words start there)
    cores = [p[m.end():] if (m := LEVEL_WORD.match(p)) else "" for p in [first[level.start():] if level else "",
                                                                           *middle, last]]
    # (国家级专精特新、省级专精特新、市级专精特新中小企业: the last item's tail is shared, the items are not whole)
    if level and all(len(c) >= 3 for c in cores) and not any(cores[-1] != c and cores[-1].startswith(c)
                                                               for c in cores[:-1]):
        # 国家级专精特新“小巨人”企业、省级专精特新中小企业: each item is whole, with its own level.
        return whole
    letters = [first[-1:], *middle, last[:1]]
    if all(re.fullmatch(r"[A-Za-z]", x) for x in letters) and GRADE_CLASS.match(last):
        # 新引进的A、B、C类高层次人才: single letters share what follows the last one (类高层次人才).
        return [first[:-1] + x + last[1:] for x in letters]
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
    # (not 工业企业、服务业企业, whose first already ends with what would be shared)
    if 0 < end < len(last) and not first.endswith(last[end:]):
        # 第二类、第三类医疗器械注册证 / 国家5A级、4A级旅游景区: the last item parallels the others up
        # to their final character (类, 级); what follows is shared by all.
        # (企业全职引进的博士、硕士研究生: the lead of the first item up to its 的 is the others' too; not before a
        # level, 新认定的国家级、省级…: each level's item stands by itself)
        # (用人单位全职引进A类、B类、C类人才 / 国家5A级、4A级旅游景区, no 的: the later items show how long a bare item
        # is, the rest of the first is their lead too: 国家4A级旅游景区)
        # (a rank and its marker, 4A级 / B类, or a short item, 硕士: not 农业龙头企业、农民专业合作社示范社 parted at
        # their 业, nor 高级技师、技师, a kind of its own)
        bare = size if middle else end
        ranked = all(_RANK_ITEM.fullmatch(x) for x in (*middle, last[:end]))
        lead = first[: first.rfind("的") + 1] if "的" in first else first[:-bare] \
            if (ranked or bare <= 3) and len(first) >= bare + 2 and first[-1] == last[end - 1] \
            and not any(first.endswith(x) for x in (last[:end], *middle)) else ""
        suffix, lead = last[end:], "" if LEVEL_WORD.match(last) else lead
        return [c + suffix for c in (first, *((m if "的" in m else lead + m) for m in middle))] + [
            last if "的" in last else lead + last]
    if any(m and first.endswith(m) for m in middle):
        # 高级技师、技师、高级工…证书: a middle item that ends the first is a kind of its own (技师), not a bare tail
        return whole
    if middle and len(first) > size:
        # 省级特色食品产业集群、强县、强镇、基地: the middle items show how long a bare item is.
        prefix = first[:-size]
        return [first] + [prefix + c for c in (*middle, last)]
    if not middle and len(last) < len(first) and len(last) <= 4:
        # 国家级单项冠军示范企业、产品: the short second item replaces the last word of the first
        # (示范企业 is one word in the policy dictionary), giving 国家级单项冠军产品.
        tail = _last_word(first)
        return [first, first[: -len(tail)] + last]
    at = first.find(last[:2], 1) if not middle and len(last) >= 4 else -1
    if at > 0 and not LEVEL_WORD.match(last):
        # 国家级制造业单项冠军示范企业、单项冠军产品: the second item repeats words of the first; what comes
        # before them there (国家级制造业) is shared.
        return [first, first[:at] + last]
    return [first, *middle, last]


# --- tiers, rate lists, terms written in the next sentence, top-ups, multipliers ---------------------
# A threshold figure: money, an area or a headcount (5000万元, 1万平方米, 50人).
# (a bar of a figure per unit, 亩均税收达到30万元/亩、50万元/亩: the mark is dropped and the bar read in the figure's
# scale, 300000, as a question tells it, 亩均税收每亩35万; a total told without 亩均 is not yet told apart from it)
_PER_UNIT = r"(?:\s*[/／]\s*(?:亩|平方米|人|吨))"
_FIG = rf"\d+(?:\.\d+)?\s*(?:亿元|万元|元|万平方米|平方米|万人|人|名|吨|亿|万)?{_PER_UNIT}?"
_FIGU = r"\d+(?:\.\d+)?\s*(?:亿元|万元|元|万平方米|平方米|万人|人|名|吨)"
_INCL = r"\s*(?:[（(]含[）)])?"
_TO = r"(?:至|到|[—－\-–~～])"
_CASE = rf"{_FIG}{_INCL}\s*(?:{_TO}\s*{_FIG}{_INCL})?\s*(?:及?以上|以下)?"
_CASE_PARTS = re.compile(rf"(?P<low>{_FIG}){_INCL}\s*(?:{_TO}\s*(?P<high>{_FIG}))?")
_TIER_RUN = re.compile(
    # (…3亿元（含）以上的，竣工投产后分别奖励…: when it is paid may stand between the cases and 分别)
    rf"(?P<run>{_CASE}(?:\s*、\s*{_CASE})+)\s*的?(?P<tail>[^，,。；;、%]{{0,14}}?)[，,]?\s*(?:[^，,。；;、%\d]{{1,8}}?后)?"
    rf"\s*(?={_VERB}*\s*分别)"
)
# a list of rates (按上级补助资金的50%、30%给予…), said 分别 (paired with tiers or items) or after a list of items
_RATES_LISTED = re.compile(rf"按(?:照)?(?P<base>[^，,。；;%]*?)(?P<cap>{CAP_WORDS})?\s*"
                           rf"(?P<rates>{NUMBER}\s*%(?:\s*[、和及]\s*{NUMBER}\s*%)+)")
_RATE_LIST = re.compile(rf"分别\s*{_RATES_LISTED.pattern}")
# (the unit caps listed are for, 单个项目 / 每家企业; the sums listed)
_CAPS_PER = rf"(?P<per>{_ONE_OF}[^，,。；;、最不]{{0,6}}|每[^，,。；;、最不]{{1,8}})?"
_SUMS_LISTED = rf"(?P<list>{MONEY_TEXT}(?:\s*[、和及]\s*{MONEY_TEXT})+)"
_CAP_LIST = re.compile(
    rf"{_CAPS_PER}\s*(?P<cap>{CAP_WORDS})?\s*"
    rf"(?:(?:{GRANT_WORDS})?(?:额度|金额|标准|资金))?\s*分别\s*(?:为|是)?\s*(?:{CAP_WORDS})?\s*{_SUMS_LISTED}"
)
# caps listed without 分别 (单个企业每年最高不超过100万元、50万元), paired with rates listed before them
_LISTED_CAPS = re.compile(rf"{_CAPS_PER}\s*(?P<cap>{CAP_WORDS})+\s*{_SUMS_LISTED}")
# rates each said with its case, a list (其中先导产业奖励10%、主导产业奖励8%、其他产业奖励5%): a case, a grant
# word (or 按) right before the rate (not 其中市财政承担60%、县财政承担40%: shares of who pays)
_CASE_RATE = re.compile(rf"(?P<case>[^，,。；;、：:%\d]{{1,12}}?)\s*(?:{_VERB}|按照?)(?:比例|标准)?为?\s*"
                        rf"(?P<rate>{NUMBER})\s*%")
_A_CASE_RATE = re.sub(r"\(\?P<\w+>", "(?:", _CASE_RATE.pattern)  # (the same, repeated in a list)
_CASE_RATES = re.compile(rf"(?:^|[，,：:]|其中)\s*(?P<list>{_A_CASE_RATE}(?:\s*、\s*{_A_CASE_RATE})+)"
                         r"(?=\s*(?:[，,。；;]|$))")
# the base a rate is paid on, said before the list (按照入库设备投资额给予奖补，其中…)
_BASE_BEFORE = re.compile(r"按(?:照)?(?P<base>[^，,。；;%按]{2,20}?)(?:给予|予以|进行)")
# One threshold written in a sentence of its own: 年纳税额500万元以上的 / 首次突破50亿元的 / 1万平方米（含）至3万平方米.
# A figure set before the grant it qualifies, as a list of cases writes it (…首次达到以下档次的，给予奖励：2亿元，
# 奖励30万元；5亿元，奖励60万元): the case, not a sum granted
# The bounds of a case (年度镇级财政贡献100万元（含）至300万元的，奖励5万元): a sum followed by the rest of its range
# and 的, or by 的 and a comma, sets the case (not 给予50万元—400万元资助, nor 给予50万元的奖励)
# 100万元（含）至300万元的，奖励5万元 / 500万元（含）至1000万元的项目，按6%补助: the bounds of a case
_RANGE_CASE = re.compile(rf"{_INCL}\s*(?:{_TO}\s*{_FIG}{_INCL}\s*)?的[^，,。；;\d]{{0,6}}?[，,]")
_CASE_THEN_GRANT = rf"{_INCL}\s*(?:及?以上)?\s*[，,]\s*(?:{_VERB}|{GRANT_WORDS})[^，,。；;\d]{{0,6}}?{MONEY_TEXT}"
# the upper bound of a tier said after its lower one (500万元（含）以上、2000万元以下; 500万元以上不足1000万元)
_SHORT_OF = r"(?:不足|低于|未满|不满|未达到?)"  # words of falling short of a figure
_BELOW = (rf"(?:\s*[、，,]?\s*(?:{_SHORT_OF}\s*(?P<under>{_FIGU})"
          rf"|(?P<below>{_FIGU})\s*(?:[（(]不含[）)])?\s*以下))")
_SINGLE = re.compile(
    rf"(?:(?:首次)?(?<![不未超])(?:突破|超过|达到|过)\s*(?P<over>{_FIGU}))"
    rf"|(?P<low>{_FIGU}){_INCL}\s*(?:{_TO}\s*(?P<high>{_FIGU}){_INCL}|\s*及?以上{_BELOW}?)"
    rf"|(?P<case>{_FIGU})(?={_CASE_THEN_GRANT})"
    # (the tier below the bar another tier opens: 营业面积不足300平方米的 after 300平方米以上的)
    rf"|{_SHORT_OF}\s*(?P<short>{_FIGU})|(?P<short_of>{_FIGU})\s*(?:[（(]不含[）)])?\s*以下"
)
_TABLE_ROW = re.compile(
    rf"(?:^|[\n|｜\t])\s*(?P<label>第[{CN_NUMERAL[1:-2]}\d]+档)?\s*[\n|｜\t]?\s*(?P<case>(?P<low>{_FIGU}){_INCL}\s*(?:{_TO}\s*(?P<high>{_FIGU}){_INCL}|及?以上))\s*"
    rf"(?=[\n|｜\t])"
)
_CELL = re.compile(
    rf"(?:^|[；;\n|])\s*(?P<label>[^：:；;\n|]{{2,16}})[：:]\s*(?P<case>(?P<low>{_FIGU}){_INCL}\s*(?:{_TO}\s*(?P<high>{_FIGU}){_INCL}|及?以上))\s*(?=$|[；;\n|])"
)
_ROW_GRANT = re.compile(rf"(?:{GRANT_WORDS}|给予)?\s*(?:{CAP_WORDS})?\s*(?P<money>{MONEY_TEXT})|(?P<rate>{NUMBER})\s*%")
_NEXT_CAP = re.compile(
    rf"(?P<per>{_ONE_OF}[^，,。；;、最不]{{0,8}}|每[^，,。；;、最不]{{1,8}})?\s*(?:{CAP_WORDS})*?(?P<cap>{CAP_WORDS})\s*"
    rf"(?P<money>{MONEY_TEXT})"
)
# (补助金额低于2万元的不予补助: the grant falls short; not 设备投资额不足500万元的不予补助, a bar on the base)
_MINIMUM = re.compile(rf"(?:{GRANT_WORDS}|金额|资金)\s*(?:低于|不足|少于)\s*(?P<money>{MONEY_TEXT})"
                      r"\s*的?[^，,。；;]{0,4}不予")
# the most units a per-unit sum is paid for (补贴面积不超过1.5万平方米, 每年补贴车辆不超过20辆, 最多补贴10人)
_MAX_UNITS = re.compile(rf"(?:不超过|不得超过|最多|最高)[^，,。；;\d]{{0,4}}?\s*(?P<n>\d+(?:\.\d+)?)\s*"
                        rf"(?P<scale>万)?\s*(?P<unit>{QUANTITY_UNIT})")


def _units_of(units: re.Match[str]) -> float:
    """The units of a cap on them (补贴面积不超过1.5万平方米 -> 15000)."""
    return float(units.group("n")) * (1e4 if units.group("scale") else 1)


def _max_units(sentence: str, per: str) -> re.Match[str] | None:
    """A cap on the units a sum per unit (`per`: 每辆, 每平方米每月) is paid for, in the same unit, or on the area of
    any other (按实际租金的50%给予补贴，补贴面积不超过1000平方米); None otherwise."""
    unit = per_unit(per)
    for m in _MAX_UNITS.finditer(sentence):
        named = QUANTITY_UNITS[m.group("unit")]
        if named == unit or not unit and named == "平方米" and "面积" in sentence[max(0, m.start() - 6) : m.start()]:
            return m
    return None


_MONTHS = re.compile(r"(?:期限|最长|连续)\D{0,4}?(\d+)\s*个月")
_FIRST_YEAR = re.compile(r"第一年|首年")
_INSTALMENTS = re.compile(r"分\s*(\d+|[一二三四五六七八九十两]+)\s*(?:个)?年(?:度)?(?:平均|等额|平均分期|(?:每年)?各)?"
                          r"(?:发放|拨付|兑现|支付|到位|给予)")
_MULTIPLE = re.compile(r"按(?:照)?(?P<ref>[^，,。；;]{0,12}?)的?\s*(?P<times>\d+(?:\.\d+)?)\s*倍"
                       # (按第1项标准给予奖励: the same sum as another item's, once)
                       r"|按(?:照)?(?P<same>第\s*[\d一二三四五六七八九十]+\s*项(?:的)?标准)(?=给予|奖励|补助)")
_GROWTH = re.compile(r"增长|增量|增加|较上年")
_SCALE = {"亿元": 1e8, "亿": 1e8, "万元": 1e4, "万": 1e4, "元": 1.0, "万平方米": 1e4, "平方米": 1.0, "万人": 1e4,
          "人": 1.0, "名": 1.0, "吨": 1.0}


def _figure(text: str, unit_hint: str = "") -> tuple[float, str]:
    """'5000万元' -> (5e7, '万元'); a bare number borrows `unit_hint` (500 至 2000万元)."""
    m = re.match(rf"\s*({NUMBER})\s*(\S*?){_PER_UNIT}?\s*$", text) or re.match(rf"\s*({NUMBER})\s*(\S*)", text)
    number, unit = float(m.group(1)), m.group(2).strip() if m else ""
    unit = unit if unit in _SCALE else unit_hint
    return round(number * _SCALE.get(unit, 1.0), 2), unit  # (1.15亿元 is 115000000, not 114999999.99999999)


def _metric_words(text: str) -> str:
    """The words naming the class of figure a text speaks of, as written (工业企业地方财政年贡献在…: 工业企业地方财政年
    贡献), or ""."""
    run = next((run for run in re.findall(r"[\u4e00-\u9fff]+", text) if metric_of(run)), "")
    return re.split(r"在|为|首次|达到|超过|突破|较|按", run.removeprefix("对"))[0]


def _unit_of(text: str) -> str:
    m = re.search(rf"(亿元|万元|元|万平方米|平方米|万人|人|名|吨|亿|万){_PER_UNIT}?\s*$", text.strip())
    return m.group(1) if m else ""


def _metric(text: str) -> str:
    """The class of the figure a threshold measures; an increment of it when the text says so (产值…增量)."""
    name = metric_of(text)
    if not name:
        return ""
    tail = text[max(text.rfind(w) for w in (name, name[:2])):]
    return name + "增量" if _GROWTH.search(tail) else name


def _last_metric(records: list[Incentive]) -> str:
    last = next((r for r in reversed(records) if r.low is not None), None)
    return last.metric if last else ""


def _cases(run: str) -> list[tuple[str, float, float | None]]:
    """'500万元（含）至2000万元、5000万元（含）以上' -> [(text, 5e6, 2e7), (text, 5e7, None)]."""
    pieces = [p.strip() for p in run.split("、")]
    units = [_unit_of(_CASE_PARTS.match(p).group("high") or _CASE_PARTS.match(p).group("low")) for p in pieces]
    hint = next((u for u in reversed(units) if u), "")
    out = []
    for piece, unit in zip(pieces, units, strict=True):
        parts = _CASE_PARTS.match(piece)
        unit = unit or hint
        low, _ = _figure(parts.group("low"), unit)
        high = _figure(parts.group("high"), unit)[0] if parts.group("high") else None
        out.append((piece, low, high))
    return out


def _case_rates(sentence: str, clause: str, group: int) -> list[Incentive]:
    """Rates each said with its case (其中先导产业奖励10%、主导产业奖励8%、其他产业奖励5%), on the base said
    before them (按照入库设备投资额给予奖补), capped by a list after them paired by position (单个项目最高奖励额度
    分别为400万元、300万元、200万元) or by one cap for all: a record for each case; none when the sentence has
    no such list, or grants a rate before it (按设备投资额的10%给予补助，其中市财政承担60%…: who pays that rate)."""
    found = _CASE_RATES.search(sentence)
    if not found or _RATE.search(sentence, 0, found.start()) or _RATE_GIVEN.search(sentence, 0, found.start()):
        return []  # (not a bar in percent: 研发投入增长20%以上的企业，…其中先导产业奖励10%…)
    pairs = [(_strip_item(re.sub(_VERB_TAIL, "", m.group("case"))).removeprefix("其中"), float(m.group("rate")) / 100)
             for m in _CASE_RATE.finditer(found.group("list"))]
    if any(len(case) < 2 for case, _ in pairs):
        return []
    base = next((_clean_base(m.group("base")) for m in _BASE_BEFORE.finditer(sentence[: found.start()])), "")
    if not base or re.match(r"以下|下列|如下", base):  # (对企业研发费用按以下比例给予奖励：…: the figure named)
        base = _metric_words(sentence[: found.start()])
    after = sentence[found.end():]
    return _rated(pairs, base, _rate_kind(after) or _rate_kind(sentence[: found.start()][-8:]), after, clause, group)


def _rated(pairs: list[tuple[str, float]], base: str, kind: str, after: str, clause: str, group: int,
           cap_word: str = "") -> list[Incentive]:
    """A record for each (item, rate) of a list of rates, paid on `base`, capped by the caps said `after` them."""
    return [Incentive(clause=clause, item=item, level=_level(item), kind=kind, rate=rate,
                      rate_text=f"{cap_word}{rate * 100:g}%", base=base, group=group, **fields)
            for (item, rate), fields in zip(pairs, _caps_after(after, len(pairs)), strict=True)]


def _caps_after(after: str, n: int) -> list[dict[str, object]]:
    """The caps of n rates listed, said after them: a list paired by position (单个项目最高奖励额度分别为400万元、
    300万元、200万元; 最高不超过100万元、50万元), or one for all (单个项目最高300万元), whichever comes first; each as a
    record's fields."""
    cap_list = _CAP_LIST.search(after) or _LISTED_CAPS.search(after)
    shared = _NEXT_CAP.search(after)
    caps = list(_AMOUNT.finditer(cap_list.group("list"))) if cap_list else []
    if len(caps) == n and (shared is None or cap_list.start() <= shared.start()):
        per, cap_word = (cap_list.group("per") or "").strip(), cap_list.group("cap") or ""
    else:
        caps, per, cap_word = [shared] * n, (shared.group("per") or "").strip() if shared else "", ""
    out: list[dict[str, object]] = []
    for cap in caps:
        fields: dict[str, object] = {"per": per}
        if cap is not None:
            written = _written(cap.group("cap") or cap_word, cap.group("money"))
            fields.update(cap=money_to_yuan(written), cap_text=written)
        out.append(fields)
    return out


def _listed(sentence: str, clause: str, group: int, metric_hint: str) -> list[Incentive]:
    """分别 lists of tiers (首次突破1亿元、5亿元…，分别给予50万元、100万元…) and of rates (分别按…的8%、10%、12%,
    paired with tiers or with items), with caps listed the same way (最高分别不超过100万元、30万元) or shared."""
    split = sentence.find("分别")
    if split < 0:
        return _rates_of_listed_items(sentence, clause, group)
    run = next((m for m in _TIER_RUN.finditer(sentence) if m.end() <= split + 1), None)
    rates = _RATE_LIST.search(sentence, max(0, split - 2))
    monies = _RESPECTIVE.search(sentence, max(0, split - 2)) if not rates else None
    if not run and not rates:
        return []
    if rates:
        values = [float(r) / 100 for r in re.findall(NUMBER, rates.group("rates"))]
        end = rates.end()
    elif monies:
        values = list(_AMOUNT.finditer(monies.group("list")))
        end = monies.end()
    else:
        return []
    cases = _cases(run.group("run")) if run else []
    items: list[str]
    if run:
        if len(cases) != len(values):
            return []
        condition = sentence[: run.start()]
        # (a comma inside brackets parts nothing: 实缴税收（不含契税，下同）首次达到…)
        prefix = _strip_item(_split_outside_brackets(condition, "，,")[-1]) if condition.strip(" ，,") else ""
        prefix = re.sub(r"^(?:对|在)", "", re.split(r"[：:]", prefix)[-1])  # 支持标准：对… — a label is not the item
        tail = re.sub(r"\s+", "", run.group("tail"))  # …10亿元的制造业企业: who qualifies, written once
        items = [prefix + re.sub(r"\s+", "", c[0]) + (f"的{tail}" if tail else "") for c in cases]
        metric = _metric(condition) or metric_hint
        # (首次超过1亿元、5亿元的，分别给予…: each bar exceeded, not reached; not 达到或超过)
        exceeds = tuple(low for _, low, _ in cases) if re.search(r"(?<![不或])超过\s*$", condition) else ()
    else:
        items = _pair_items(sentence[:split], len(values))
        metric, exceeds = "", ()
    after = sentence[end:]
    cap_list = _CAP_LIST.search(after)
    caps: list[re.Match[str] | None] = [None] * len(values)
    per = ""
    if rates:
        if cap_list and len(list(_AMOUNT.finditer(cap_list.group("list")))) == len(values):
            caps = list(_AMOUNT.finditer(cap_list.group("list")))
            per = (cap_list.group("per") or "").strip()
            cap_word = cap_list.group("cap") or ""
        else:
            shared = next((m for m in _NEXT_CAP.finditer(after)), None)
            caps = [shared] * len(values)
            per = (shared.group("per") or "").strip() if shared else ""
            cap_word = ""
    kind = _rate_kind(after) if rates else _kind(sentence[end:], sentence[split:monies.start("list")])
    records = []
    tiers = tuple((c[1], c[2]) for c in cases)
    for n, (item, value) in enumerate(zip(items, values, strict=True)):
        fields: dict[str, object] = {"clause": clause, "item": item, "level": _level(item), "kind": kind,
                                     "group": group}
        if rates:
            cap = caps[n]
            fields.update(rate=value, rate_text=(rates.group("cap") or "") + f"{value * 100:g}%",
                          base=_clean_base(rates.group("base")), per=per)
            if cap is not None:
                written = _written(cap.group("cap") or cap_word, cap.group("money"))
                fields.update(cap=money_to_yuan(written), cap_text=written)
        else:
            fields.update(_money_fields(monies.group("list"), value, next(
                (a.group("cap") for a in values if a.group("cap")), "")))
            fields["per"] = ""
        if run:
            fields.update(metric=metric, low=tiers[n][0], high=tiers[n][1], exceeds=exceeds)
        records.append(Incentive(**fields))
    return as_table(records) if run else records


# Tiers by the share one figure is of another: 对研发费用按其占营业收入比重分档奖励：比重3%（含）至5%的，按…3%奖励
_SHARE_NAMED = re.compile(r"(?P<part>[^，,。；;：:占]{2,20})占(?P<whole>[^，,。；;：:]{2,12}?)的?(?:比重|比例)")
_SHARE_CASE = re.compile(
    rf"(?:比重|占比|比例)\s*(?P<low>{NUMBER})\s*[%％]{_INCL}\s*(?:{_TO}\s*(?P<high>{NUMBER})\s*[%％]{_INCL}|及?以上)")


def _share_named(text: str) -> tuple[str, str] | None:
    """The share a clause's tiers are measured by, as (class/class, as written): 研发费用…占营业收入比重 ->
    ("研发费用/营业收入", "研发费用占营业收入"); None when the clause names none."""
    for m in _SHARE_NAMED.finditer(text):
        part, whole = metric_of(m.group("part")), metric_of(m.group("whole"))
        if part and whole and part != whole:
            return f"{part}/{whole}", f"{part}占{whole}"
    return None


def _share_tier(sentence: str, record: Incentive, share: tuple[str, str] | None,
                previous: Incentive | None) -> Incentive:
    """比重3%（含）至5%的，按研发费用的3%奖励: a tier by the share the clause names, its bounds as fractions."""
    m = _SHARE_CASE.search(sentence)
    if share is None or record.low is not None or not m or not _opens_its_part(sentence, m.start()):
        return record
    metric, named = share
    group = previous.group if previous is not None and previous.metric == metric else record.group
    high = float(m.group("high")) / 100 if m.group("high") else None
    return replace(record, metric=metric, low=float(m.group("low")) / 100, high=high, group=group,
                   item=named + record.item if record.item.startswith(("比重", "占比", "比例")) else record.item)


def _last_tier(records: list[Incentive]) -> Incentive | None:
    return next((r for r in reversed(records) if r.low is not None), None) if records else None


def _sums_said_at(sentence: str, records: list[Incentive]) -> list[int]:
    """Where each record's own sum is said in its sentence (the nth record written with a sum's words: its nth
    occurrence), -1 where it is not found."""
    seen: dict[str, int] = {}
    out = []
    for r in records:
        said = MONEY.search(r.cap_text)  # (the sum as written: 15万元 of 最高15万元, written 最高奖励15万元)
        sum_text = said.group() if said else ""
        at = [m.start() for m in re.finditer(re.escape(sum_text), sentence)] if sum_text else []
        n = seen[sum_text] = seen.get(sum_text, -1) + 1
        # (对…企业、个体户各奖励15万元: items sharing one sum written once share its place)
        out.append(at[min(n, len(at) - 1)] if at else -1)
    return out


def _single_tier(sentence: str, record: Incentive, previous: Incentive | None, named: str = "",
                 own: int = -1) -> Incentive:
    """A grant whose sentence sets one threshold figure (年纳税额500万元以上的，奖励5万元; the next
    sentence's 1000万元以上的 keeps the class of figure of the one before; an entry of a list, (一)首次突破1亿元的，
    that of the item the list is in, `named`: 年主营业务收入首次达到下列标准的). `own`: where the record's own sum
    is said."""
    if record.low is not None or record.multiplier is not None:
        return record
    for m in _SINGLE.finditer(sentence):
        if m.group("case") and not _opens_its_part(sentence, m.start()):
            continue
        if _STEP_BEFORE.search(sentence[: m.start()]) or sentence[: m.start()].rstrip().endswith("每"):
            continue  # (产值每新增1000万元，给予奖励3万元 / 营业收入每突破10亿元: a step, no bar)
        # (…，首次升规入统的奖励15万元，销售收入首次达到10亿元的奖励20万元: a bar after the record's own sum,
        # followed by a sum granted, is that grant's)
        if own >= 0 and m.start() >= own + len(record.cap_text) and _GRANTS_A_SUM.search(sentence, m.end()):
            break
        if short := m.group("short") or m.group("short_of"):  # 不足300平方米的, below 300平方米以上的 just before
            bar, unit = _figure(short)
            said = _metric(sentence[: m.start()])
            rest = re.split(r"[，,；;。]", sentence[m.end():])[0]  # (不足500万元但超过200万元的: a range, not below)
            if previous is None or previous.low != bar or previous.high is not None or previous.addon \
                    or record.addon or said not in ("", previous.metric) or re.search(_FIGU, rest) \
                    or not _opens_its_part(sentence, m.start()):
                continue
            return replace(record, metric=previous.metric, low=0.0, high=bar, group=previous.group)
        text = m.group("over") or m.group("low") or m.group("case")
        value, unit = _figure(text)
        if record.cap is not None and abs(value - record.cap) < 0.5 and record.cap_text.endswith(text.replace(" ", "")):
            continue
        metric = _metric(sentence[: m.start()])
        upper = m.group("high") or m.group("under") or m.group("below")
        high = _figure(upper, unit)[0] if upper else None
        if high is not None and not m.group("high") and (high <= value or ("元" in unit) != ("元" in upper)):
            high = None  # (2000万元以上、300人以下: a bar of another figure, no upper bound of this one)
        group = record.group
        if not metric and previous is not None:  # 1000万元以上的，奖励10万元: the next tier of the one before
            metric, group = previous.metric, previous.group
        elif previous is not None and metric == previous.metric and not (record.addon or previous.addon) \
                and _adjoins(previous, value, high):
            group = previous.group  # (…2000万元以下的，按10%…；设备投资额2000万元（含）以上的…: the class said again)
        metric = metric or named
        if not metric:
            return record
        if record.step is not None and record.metric and metric != record.metric:
            continue  # (对亩均税收达到30万元的企业，按照产值每新增…: another figure's bar, not the step's)
        # (2亿元，奖励30万元: the case alone names the item only with its class of figure, 营业收入2亿元)
        item = f"{metric}{record.item}" if m.group("case") and record.item in ("", text.replace(" ", "")) \
            else record.item
        # (超过 X excludes X; not 达到或超过, nor 超过1000万元（含）)
        exceeds = (value,) if m.group("over") and "超过" in m.group(0) and sentence[m.start() - 1: m.start()] != "或" \
            and not re.match(r"\s*[（(]含", sentence[m.end():]) else ()
        return replace(record, metric=metric, low=value, high=high, group=group, item=item, exceeds=exceeds)
    return record


def _bars_cleared(record: Incentive) -> Incentive:
    """A record of a table of tiers without the conditions that are its tiers' own bars (设备投资额2000万元 of the tier
    2000万元以上), keeping any other (总投资1亿元以上)."""
    bars = {t[0] for t in record.tiers}
    kept = tuple(t for t in record.thresholds
                 if not any(abs(money_to_yuan(m.group()) - bar) < 0.5 for m in MONEY.finditer(t) for bar in bars))
    return replace(record, thresholds=kept,
                   min_investment=None if record.min_investment in bars else record.min_investment)


def _adjoins(previous: Incentive, low: float, high: float | None) -> bool:
    """Whether a tier's bounds take up where the tier before it left off, up or down the table (500万元以上、
    2000万元以下 then 2000万元以上; or 1亿元以上 then 5000万元至1亿元)."""
    assert previous.low is not None
    return (low == previous.high if previous.high is not None else low > previous.low) or high == previous.low


def _group_tiers(records: list[Incentive]) -> list[Incentive]:
    """Consecutive threshold records of one class of figure form one table: each carries all its tiers."""
    out: list[Incentive] = []
    run: list[Incentive] = []

    def flush() -> None:
        if run:
            group = run[0].group
            table = as_table(run)
            # (a table's bars are its tiers, not conditions each tier must meet: 设备投资额500万元（含）以上…)
            out.extend(replace(r, group=group) if len(table) < 2 else _bars_cleared(replace(r, group=group))
                       for r in table)
            run.clear()

    for r in records:
        # (a tier starts where another ends: the years of a term above one bar, 500平方米以上…第一年…、第二年…,
        # are no tiers)
        same_table = bool(run) and (r.metric, r.group) == (run[-1].metric, run[-1].group) \
            and (r.low, r.high) != (run[-1].low, run[-1].high)
        if r.low is not None and r.multiplier is None and same_table:
            run.append(r)
            continue
        flush()
        if r.low is not None and r.multiplier is None:
            run.append(r)
        else:
            out.append(r)
    flush()
    return out


def _tier_table(text: str, clause: str) -> tuple[list[Incentive], str]:
    """A tier table (cells on lines or between |): each threshold cell with the sum or rate after it.
    Returns its records and the clause text without the table."""
    rows = list(_TABLE_ROW.finditer(text))
    if len(rows) < 2:
        return [], text
    metric = _metric(text[: rows[0].start()])
    header = next((line.strip() for line in reversed(text[: rows[0].start()].splitlines())
                   if metric_of(line) and len(line.strip()) <= 16), "")
    kind = _kind("", text[: rows[0].start()]) or "奖励"
    records = []
    for n, row in enumerate(rows):
        stop = rows[n + 1].start() if n + 1 < len(rows) else len(text)
        grant = _ROW_GRANT.search(text, row.end("case"), stop)
        if not grant:
            return [], text
        unit = _unit_of(row.group("high") or row.group("low"))
        low, _ = _figure(row.group("low"), unit)
        high = _figure(row.group("high"), unit)[0] if row.group("high") else None
        item = header + re.sub(r"\s+", "", row.group("case"))
        fields: dict[str, object] = {"clause": clause, "item": item, "kind": kind, "group": 1, "metric": metric,
                                     "low": low, "high": high}
        if grant.group("money"):
            written = re.sub(r"\s+", "", grant.group("money"))
            fields.update(cap=money_to_yuan(written), cap_text=written)
        else:
            fields.update(rate=float(grant.group("rate")) / 100, rate_text=grant.group(0))
        records.append(Incentive(**fields))
    table = tuple((r.low, r.high, r.cap, r.rate) for r in records)
    end = _ROW_GRANT.search(text, rows[-1].end("case")).end()
    return [replace(r, tiers=table) for r in records], text[: rows[0].start()] + "\n" + text[end:]


# the most a grant and one from another government may come to together, as a share of the grant's base
# (市、县两级补助合计不超过项目设备投资额的15%; 县级补助与上级补助合计不超过该项目设备投资额的15%)
_JOINT_SHARE_CAP = re.compile(r"(?:两级|上级|各级|叠加)[^。；;]{0,16}?合计\s*不(?:超过|高于)\s*(?:该|其)?(?:项目)?"
                              r"[^，,。；;\d%]{2,16}?的\s*(?P<rate>\d+(?:\.\d+)?)\s*[%％]")
# (企业实际执行利率低于LPR的，按实际执行利率的50%计算: the rate on the LPR before is paid on the loan's own rate)
_PAID_RATE_IF_LOWER = re.compile(r"(?:实际|执行)[^，,。；;]{0,4}利率\s*低于\s*(?:LPR|贷款市场报价利率|报价利率)"
                                 r"[^，,。；;]{0,4}?[，,]?\s*按(?:其|企业)?(?:实际|执行)[^，,。；;]{0,4}利率",
                                 re.IGNORECASE)


def _terms_of_previous(sentence: str, records: list[Incentive]) -> bool:
    """A sentence that only sets terms of the grants before it: 单个项目最高不超过500万元 / 补助金额低于
    2万元的不予补助 / 补助面积不超过5000平方米. Applies them; True when the sentence has nothing else."""
    if not records:
        return False
    if (joint := _JOINT_SHARE_CAP.search(sentence)) and not MONEY.search(sentence):
        # (市、县两级补助合计不超过项目设备投资额的15%，超出部分相应核减县级补助: of each rate before, with a grant
        # received from another government)
        records[:] = [replace(r, joint_share_cap=float(joint.group("rate")) / 100) if r.rate is not None else r
                      for r in records]
        return any(r.joint_share_cap is not None for r in records)
    if _PAID_RATE_IF_LOWER.search(sentence):
        records[:] = [replace(r, paid_rate_if_lower=True) if re.search(r"利率|LPR", r.base, re.IGNORECASE) else r
                      for r in records]
        return any(r.paid_rate_if_lower for r in records)
    minimum = _MINIMUM.search(sentence)
    if minimum:
        value = money_to_yuan(minimum.group("money"))
        records[:] = [replace(r, minimum=value) if r.minimum is None else r for r in records]
        return True
    last_per = next((r.per for r in reversed(records) if r.per.startswith("每")), "")
    units = _max_units(sentence, last_per)
    share = _share_cap(sentence)
    # 补贴面积不超过5000平方米，单个企业每年补贴最高不超过40万元: the units of the per-unit sums of the grant just
    # before, then the cap of their total (read below as any cap is); the sentence grants nothing of its own
    area_then_cap = bool(units and len(MONEY.findall(sentence)) == 1 and _NEXT_CAP.search(sentence)
                         and records[-1].per.startswith("每"))
    if area_then_cap:  # (…，年补贴额不超过当年实际支付租金的50%，且每家企业每年最高30万元: the share cap between too)
        records[:] = [replace(r, max_units=_units_of(units),
                              **({"share_cap": float(share.group("rate")) / 100, "share_of": share.group("of")}
                                 if share and r.share_cap is None else {}))
                      if r.group == records[-1].group and r.per.startswith("每") else r for r in records]
        sentence = sentence[units.end():]
    elif (units or share) and not MONEY.search(sentence):
        # (of the grant just before: a share cap not across another grant, 对购置生产设备的，按设备购置额的10%…)
        target = next((i for i in range(len(records) - 1, -1, -1) if records[i].per.startswith("每")), None) \
            if units else (len(records) - 1 if records[-1].per.startswith("每") else None)
        # (of each per-unit sum of that grant: 第一年…15元、第二年…10元，补贴面积最多3000平方米，且补贴额不超过
        # 当年实付租金的60%)
        if target is not None:
            last = records[target].group
            value = _units_of(units) if units else None
            records[:] = [replace(r, max_units=value if units else r.max_units,
                                  share_cap=float(share.group("rate")) / 100 if share else r.share_cap,
                                  share_of=share.group("of") if share else r.share_of)
                          if r.group == last and r.per.startswith("每") else r for r in records]
            return True
    term = _TERM_FIRST.match(sentence)  # 贴息期限不超过2年，单个企业每年贴息额最高不超过500万元: the term, then the cap
    sentence = sentence[term.end():] if term else sentence
    if _INCENTIVE.search(sentence) and not area_then_cap and not re.match(r"^\s*(?:单[个户家]|每)", sentence):
        return False
    cap = _NEXT_CAP.search(sentence)
    if not cap or len(MONEY.findall(sentence)) != 1:
        return False
    written = _written(cap.group("cap"), cap.group("money"))
    per = _bare_per(cap.group("per") or "")  # 单个项目补助最高不超过800万元: per 单个项目
    last_group = records[-1].group
    changed = False
    for i, r in enumerate(records):
        # (单个项目最高不超过300万元 after 按6%…；列入省重点项目的，按8%…: a cap of each rate before it, when only rates
        # stand between: not across a fixed grant, 对新认定的高新技术企业奖励20万元)
        if r.group != last_group and (r.rate is None or any(o.rate is None for o in records[i + 1:])):
            continue
        if r.rate is not None and r.cap is not None and not r.per and per and r.cap_text.endswith(cap.group("money")):
            records[i] = replace(r, per=per)
        if r.rate is not None or r.ratio or r.multiplier is not None:
            if r.cap is None:
                records[i] = replace(r, cap=money_to_yuan(written), cap_text=written, per=r.per or per,
                                     years=r.years or (cn_number(term.group("years")) if term else None))
                changed = True
        elif r.per.startswith("每") and r.limit is None:
            records[i] = replace(r, limit=money_to_yuan(written), limit_text=written, limit_per=per)
            changed = True
    return changed or area_then_cap


_TERM_FIRST = re.compile(rf"^\s*(?:{GRANT_WORDS}|扶持|支持)期限\s*(?:最长)?(?:不超过|为|最长)?\s*"
                         rf"(?P<years>\d+|{CN_NUMERAL})\s*年[，,]")
_BACK_CAP = re.compile(rf"^\s*(?:前款|上款|上述|以上)(?:{GRANT_WORDS})?[，,]?\s*{_NEXT_CAP.pattern}\s*[，,]?")


def _previous_caps(sentence: str, records: list[Incentive]) -> str:
    """前款补助，单个项目最高不超过200万元，…: a paragraph (款) that caps the rates of the one before it (each of its
    last group's rate records without a cap); the rest of the sentence (同一企业每年累计…), read as usual."""
    m = _BACK_CAP.match(sentence)
    rates = [i for i, r in enumerate(records) if (r.rate is not None or r.ratio) and r.cap is None]
    if not m or not rates:
        return sentence
    last = max(records[i].group for i in rates)  # (the paragraph just before: its rate group)
    rates = [i for i in rates if records[i].group == last]
    written = re.sub(r"\s+", "", m.group("money"))
    cap_text = re.search(rf"(?:{CAP_WORDS})+\s*$", sentence[: m.start("money")])
    for i in rates:
        records[i] = replace(records[i], cap=money_to_yuan(written),
                             cap_text=(cap_text.group(0) if cap_text else "") + written,
                             per=records[i].per or _bare_per(m.group("per") or ""))
    return sentence[m.end():]


def _merge_limits(found: list[Incentive]) -> list[Incentive]:
    """每件奖励3000元，单个企业每年最高不超过3万元: the second sum limits the first, it is not a grant."""
    out: list[Incentive] = []
    for r in found:
        previous = out[-1] if out else None
        # (单台最高1万元，每户每年最高不超过5万元: a cap of each thing, then the limit of all an enterprise's in a year)
        capped = (previous is not None and (_of_each(previous.per) or previous.step is not None)
                  and previous.limit is None and r.is_cap and r.rate is None and not r.ratio)
        if capped and (previous.step is not None or _holds_many(previous, r) or _unit_per(previous.per) and (
                not r.per or r.per.startswith(("单", "每家", "每个企业", "每户")) or "年" in r.per
                or not r.item or r.item.startswith(("补贴期限", "补助期限")))):
            # 分别按每人1000元、2000元…，每家企业每年最高不超过20万元: the limit is for each sum of the list
            # (a total's cap after a step, 累计最高不超过100万元: on the steps with the grant they top)
            total = r.ceiling and previous.step is not None
            out = [replace(o, limit=r.cap, limit_text=r.cap_text, limit_per=r.per.strip(), limit_total=total)
                   if o.group == previous.group and (_of_each(o.per) or o.step is not None) and o.limit is None
                   else o for o in out]
            continue
        out.append(replace(r, per=_bare_per(r.per)))
    return out


def _of_each(per: str) -> bool:
    """Whether a sum is of each one counted: 每件, 每人, 单台, 单个项目 (a limit may follow: 单个企业每年最高…)."""
    return per.startswith("每") or re.match(ONE_THING, per) is not None


def _holds_many(each: Incentive, cap: Incentive) -> bool:
    """Whether `cap` is a larger cap per another unit than `each`'s sum, said of the same case: the unit that holds
    many of them (按每户2000元给予奖励，每家机构最高30万元; 每指定一个国家奖励5000元，每件商标最高不超过5万元; not
    每人奖励5万元，硕士每名最高奖励2万元, another case's grant)."""
    return (cap.per.startswith(("单", "每")) and _bare_per(cap.per) != each.per
            and each.cap is not None and cap.cap is not None and cap.cap > each.cap
            and (cap.item == each.item or each.per in cap.item))


# a total's cap written before its sum (累计不超过, 合计最高; 同一企业每年累计奖励最高不超过: grant words between,
# then cap words; not 累计资助500万元 nor 共计奖励600万元, a grant stated as a total)
_CEILING_BEFORE = re.compile(rf"{TOTAL_WORDS}\s*(?:(?:{GRANT_WORDS})\s*(?:{CAP_WORDS}\s*)+|(?:{CAP_WORDS}\s*)*)$")


def _bare_per(per: str) -> str:
    """The unit a sum is per, without the grant words written after it (单个项目累计贴息 -> 单个项目)."""
    return re.sub(r"(?:累计|合计|一次性|给予|奖励|补助|补贴|资助|贴息)+额?$", "", per.strip())


def _unit_per(per: str) -> str:
    """Whether a sum is per countable unit (每件, 每平方米, 每亩, 每人, 每种产品 …: the unit, "" for 每年 / 每家企业);
    unlike patterns.per_unit, any unit counted, not only those a calculation pays by (每个产品, 每种, 每款)."""
    m = re.search(rf"{PER_ONE}(?:[个种项])?\s*({QUANTITY_UNIT}|种|款)", per)
    return m.group(1) if m and QUANTITY_UNITS.get(m.group(1)) != "家" else ""


def _multiplied(sentence: str, clause: str, found: list[Incentive], group: int) -> list[Incentive]:
    """按第3项标准的1.5倍给予奖励，最高不超过300万元: a multiple of another rule, with its own cap."""
    m = _MULTIPLE.search(sentence)
    if not m:
        return found
    ref = (m.group("same") if m.group("same") is not None else m.group("ref")).strip()
    times = float(m.group("times") or 1)
    kept = [r for r in found if not r.item.startswith("按")]
    after = next((r for r in found if r.cap is not None and r.cap_text and r.is_cap), None)
    item = _subject(sentence[: m.start()]) or _strip_item(sentence[: m.start()])
    record = Incentive(clause=clause, item=item, level=_level(item), kind=_rate_kind(sentence[m.end():]),
                       multiplier=times, refers_to=ref, group=group,
                       **({"cap": after.cap, "cap_text": after.cap_text, "per": after.per} if after else {}))
    return [record] + [r for r in kept if r is not after]


def _clause_terms(text: str, records: list[Incentive]) -> list[Incentive]:
    """补足差额 and 就高不重复 written anywhere in a clause govern each of its sums; a payment in unequal parts, the
    sums written in its sentence or the one before (对首次纳入…奖励15万元；…再奖励5万元。小升规奖励分两次兑现：…)."""
    topup = bool(re.search(TOPUP_WORDS, text))
    exclusive = bool(re.search(EXCLUSIVE_WORDS, text))
    shares, said = instalment_shares(text)
    if not topup and not exclusive and not shares:
        return records
    return [replace(r, topup=r.topup or (topup and r.cap is not None), exclusive=r.exclusive or exclusive,
                    **({"shares": shares, "instalments": len(shares)}
                       if shares and (r.cap is not None and r.cap_text and r.cap_text in said
                                      or r.cap is None and r.rate is not None and r.rate_text in said) else {}))
            for r in records]


def instalment_shares(text: str) -> tuple[tuple[float, ...], str]:
    """The shares of a sum paid in unequal parts, in order, and the text of the sums they are of (its sentence but its
    shares, and the nearest sentence before it that states a sum or a rate, of the grant it names if any):
    分3年按4:3:3比例兑现 -> (0.4, 0.3, 0.3); 分两次兑现：入统当年兑现60%；次年末仍在库的，兑现其余40% -> (0.6, 0.4);
    ((), "") when the text says none (分5年平均发放 is equal: `instalments` alone), or the shares are of a cost
    (省市县按5:3:2比例分担, 省级承担60%)."""
    # (cut at full stops only: 分两次兑现：入统当年兑现60%；…兑现其余40% is one statement across its ；)
    sentences = [s for s in re.split(r"(?<=[。\n])", text) if s.strip()]
    for k, sentence in enumerate(sentences):
        if found := schedule(sentence):
            shares, parts = found
            # (前款所称实际投入，是指… states none; of those, the one of the grant the schedule names: 安家补贴分3年…)
            stating = [j for j in range(k - 1, -1, -1) if MONEY.search(sentences[j]) or _RATE.search(sentences[j])]
            kind = re.search(rf"[\u4e00-\u9fff]{{2}}(?:{GRANT_WORDS})", sentence[: parts.start()])
            first = next((j for j in stating if kind and kind.group() in sentences[j]), stating[0] if stating else k)
            # (the schedule's own shares are no sum or rate of the grant: 分3年按40%、30%、30%发放)
            return shares, (sentences[first] if first < k else "") + sentence[: parts.end()] + re.sub(
                rf"{NUMBER}\s*[%％]", "", sentence[parts.end():])
    return (), ""


def schedule(sentence: str) -> tuple[tuple[float, ...], re.Match[str]] | None:
    """The shares a sentence pays a sum in (分3年按40%、30%、30%发放 -> (0.4, 0.3, 0.3)) and where it says it is paid in
    parts; None when it says no such thing, or the parts are of a cost (省市县按5:3:2比例分担), or its percentages are
    rates of a base of their own (分3年给予奖励，第一年按其地方财政贡献的50%、第二年按30%…)."""
    for parts in _IN_PARTS.finditer(sentence):
        n = cn_number(parts.group("n"))
        after = sentence[parts.end():]
        if not n or n < 2 or _COST_SHARED.search(sentence) or re.search(r"按[^，,。；;%]*的\s*\d", after):
            continue
        if ratio := _PART_RATIO.search(sentence):
            figures = [float(x) for x in re.split(r"\s*[:：∶]\s*", ratio.group("ratio"))]
        else:  # (the percentages after it, adding up to the whole)
            figures = [float(x) for x in re.findall(rf"({NUMBER})\s*[%％]", after)]
            if abs(sum(figures) - 100) > 0.5:
                continue
        if len(figures) == n and all(f > 0 for f in figures):
            return tuple(round(f / sum(figures), 4) for f in figures), parts
    return None


_PARTS_OF = r"\s*(?:个)?(?:年度?|次|期|批)"  # (分3年, 分两次, 分2期: what the parts are counted in)
_IN_PARTS = re.compile(rf"分\s*(?P<n>\d+|{CN_NUMERAL}){_PARTS_OF}")
# the ratio parts are paid by (按4:3:3比例兑现, 按4:3:3比例分3年拨付)
_PART_RATIO = re.compile(rf"(?<![\d.])(?P<ratio>\d+(?:\s*[:：∶]\s*\d+)+)(?![\d.])\s*(?:的)?(?:比例)?\s*"
                         rf"(?:分\s*(?:\d+|{CN_NUMERAL}){_PARTS_OF}\s*)?(?:兑现|发放|拨付|支付|到位|给予)")
_COST_SHARED = re.compile(r"承担|分担|负担|配套")


_REF_NUMBER = re.compile(rf"第\s*[（(]?\s*(\d+|{CN_NUMERAL})\s*[）)]?\s*[项条款]")
# a grant received taken off one of the items below, named by number (挂牌企业此后成功上市的，扣除已获挂牌奖励后兑现
# 第（3）目奖励; not 扣除已拨付的首期资金后拨付剩余补助: an instalment)
_PAID_LESS_RECEIVED = re.compile(rf"(?:扣除|扣减)已(?:获|获得|领取|享受)[^，,。；;]{{0,10}}?(?:奖励|补助|补贴|奖金)后"
                                 rf"(?:兑现|拨付|发放|给予)\s*第\s*[（(]?\s*(\d+|{CN_NUMERAL})\s*[）)]?\s*[项目]")
_OWN_NUMBER = re.compile(rf"^\s*第\s*(?:\d+|{CN_NUMERAL})\s*[项条款]")


def link_references(clauses: list[Clause]) -> list[Clause]:
    """Give a multiplier (按第3项标准的1.5倍 / 按上表标准的2倍) the sums it multiplies: the tiers of the
    nearest table before it, or the sum of the numbered item it names; a share of the standard its clause set before
    it (参与制定的，按主导制定标准的50%) one multiple of each of those sums; an add-on (再给予 / 另给予) the grant
    it is paid on top of; a 补足差额 rule its grants (of its section; of the level risen to: 此后晋升国家级的补足差额);
    and the grants a 就高不重复 / 只能选择一项 rule governs their group. Call once per document (calling it again
    changes nothing)."""
    return _exclusive_groups(_risen_topups(_section_topups(_link_addons(_left_out(_link_multipliers(clauses))))))


def _left_out(clauses: list[Clause]) -> list[Clause]:
    """The kinds of spending a rate's base leaves out: as its own clause qualifies the base (设备购置额（不含税）), and
    as a sentence anywhere in the document says of that base (设备投资额以…发票金额为准，二手设备、自制设备及企业与
    关联方之间交易的设备不计入). A kind counts only in what the negation governs (not 对企业购置二手设备…给予补助,
    nor 关联方交易部分应提供说明，土地购置费用不计入)."""
    said = [s for c in clauses for s in SENTENCE.findall(c.text) if _left_out_phrases(s)]

    def kinds(r: Incentive) -> tuple[str, ...]:
        own = _left_out_phrases(f"{r.item}{r.base}{''.join(r.thresholds)}")
        # the base as the sentence names it: an ending of three characters or more (项目设备投资额 -> 设备投资额), of
        # its name before a figure (设备投资额300万元（含）至1000万元, a tier's row)
        base = re.split(r"\d", r.base)[0] or r.base
        about = [p for s in said if base and any(base[i:] in s for i in range(len(base) - 2))
                 for p in _left_out_phrases(s)]
        return tuple(kind for kind, (stated, _) in LEFT_OUT_KINDS.items()
                     if any(stated.search(p) for p in own + about))

    return [replace(c, incentives=tuple(replace(r, left_out=k) if r.rate is not None and (k := kinds(r)) else r
                                        for r in c.incentives)) for c in clauses]


def _left_out_phrases(text: str) -> list[str]:
    """What a negation leaves out: the list before 不计入 / 不纳入 in its part of the sentence, or after 不含 /
    不包括 / 扣除 (二手设备、自制设备及企业与关联方之间交易的设备不计入 -> the list; （不含税） -> 税)."""
    return [m.group("before") or m.group("after") for m in LEFT_OUT.finditer(text)]


def _section_topups(clauses: list[Clause]) -> list[Clause]:
    """补足差额 written in a clause that grants nothing itself (企业由省级称号晋升为同类国家级称号的，…补足差额)
    governs the grants of its section, or only the items it names (第7项、第9项中…按差额补足); written in a heading
    over items of its own (第五条…首次达到下列标准的：(一)…(四)…跨档突破的，…已获得低档奖励的，补足差额), those
    items."""
    def named(rule: Clause) -> set[int | None]:
        """The items a rule names (第7项、第9项中由低级别晋升为高级别的，按差额补足): not its own number (第十一条…),
        nor those it excepts (…除外)."""
        return {cn_number(n) for sentence in SENTENCE.findall(_OWN_NUMBER.sub("", rule.text))
                if re.search(TOPUP_WORDS, sentence) and "除外" not in sentence for n in _REF_NUMBER.findall(sentence)}

    rules = [c for c in clauses if re.search(TOPUP_WORDS, c.text) and not _grants(c.incentives)]
    # (a clause, granting or not, that pays an item below it less a grant received: 14.…给予60万元奖励；挂牌企业此后
    # 成功上市的，扣除已获挂牌奖励后兑现第（3）目奖励 -> its own （3）)
    paying = [(c.path, {cn_number(n) for n in _PAID_LESS_RECEIVED.findall(c.text)}) for c in clauses
              if _PAID_LESS_RECEIVED.search(c.text)]
    if not rules and not paying:
        return clauses

    def items_of(rule: Clause) -> bool:
        return any(len(c.path) > len(rule.path) and c.path[: len(rule.path)] == rule.path for c in clauses)

    scopes = [(rule.path if items_of(rule) else rule.path[:-1], named(rule)) for rule in rules]

    def governed(clause: Clause) -> bool:
        return any(clause.path[: len(section)] == section
                   and (not numbers or any(_numbered(clause, n) for n in numbers)) for section, numbers in scopes) \
            or any(len(clause.path) > len(path) and clause.path[: len(path)] == path
                   and any(_numbered(clause, n) or _bracketed(clause, n) for n in numbers) for path, numbers in paying)

    return [replace(c, incentives=tuple(replace(r, topup=True) if r.cap is not None and not r.ceiling else r
                                        for r in c.incentives))
            if governed(c) else c for c in clauses]


def _risen_topups(clauses: list[Clause]) -> list[Clause]:
    """补足差额 written of rising to a level (a 省级 row's 备注：此后晋升国家级的补足差额) governs the grant of that
    level to the same item, in the clause or a clause beside it (the 国家级 row of the table)."""
    rules = [(c.path[:-1], strip_levels(r.item), m.group(1), r.level) for c in clauses for r in c.incentives
             if r.topup and r.level and (m := _RISEN_TO.search(c.text))]
    if not rules:
        return clauses

    def risen_to(clause: Clause, r: Incentive) -> str:
        """The level the grant tops up (省级, of the 国家级 row), or ""."""
        return next((before for section, item, level, before in rules if clause.path[:-1] == section
                     and strip_levels(r.item) == item and level in r.level and before != r.level), "")

    return [replace(c, incentives=tuple(replace(r, topup=True, topup_from=from_level) if r.cap is not None
                                        and not r.ceiling and (from_level := risen_to(c, r)) else r
                                        for r in c.incentives)) for c in clauses]


_RISEN_TO = re.compile(rf"(?:晋升|升级|升格|升)为?({LEVEL_NAMES})[^，,。；;]{{0,12}}?{TOPUP_WORDS}")
_Tiers = tuple[tuple[float, float | None, float | None, float | None], ...]


def _link_multipliers(clauses: list[Clause]) -> list[Clause]:
    clauses = _rows_as_tiers(clauses)
    out: list[Clause] = []
    raises: list[tuple[_Tiers, tuple[str, float, float]]] = []
    for n, clause in enumerate(clauses):
        changed = []
        for r in clause.incentives:
            if r.multiplier is not None and not r.tiers and (raised := _table_raise(r, clause, clauses, n)):
                raises.append(raised)  # (the class's terms go on the table's own records)
                continue
            # 对主导制定国际标准、国家标准…，每项分别奖励30万元、20万元…；参与制定的，按主导制定标准的50%: a share of
            # the standard the clause set before it (its words name those sums, not 按市场租金标准的50%), one
            # multiple of each fixed sum (参与制定国家标准的企业: 20万元 × 0.5)
            siblings = [i for i in changed if i.cap is not None and i.rate is None and i.multiplier is None
                        and not i.tiers and not i.addon and not i.ceiling]
            named = r.base.removesuffix("标准")
            if r.rate is not None and siblings and r.base.endswith("标准") and len(named) >= 2 \
                    and named in clause.text[: clause.text.find(r.base)]:
                if r.item in ("", r.base):  # 奖励金额：10万元；备注：按省级标准的50%: how the sum stated was set
                    continue
                changed.extend(replace(r, item=f"{r.item}{i.item}", rate=None, rate_text="", base="",
                                       multiplier=r.rate, referenced=i.cap, refers_to=r.base, level=i.level,
                                       per=r.per or i.per) for i in siblings)
                continue
            if (shares := _share_of_numbered(r, clause, clauses)) is not None:
                changed.extend(shares)
                continue
            if r.multiplier is None or r.tiers or r.referenced is not None:
                changed.append(r)
                continue
            ref = _REF_NUMBER.search(r.refers_to)
            if ref:
                number = cn_number(ref.group(1))
                source = next((c for c in clauses if c is not clause and _numbered(c, number)), None)
                amount = next((i.cap for i in source.incentives if i.cap is not None), None) if source else None
                changed.append(replace(r, referenced=amount) if amount is not None else r)
                continue
            table = next((i for c in reversed(clauses[:n]) for i in c.incentives if len(i.tiers) >= 2), None)
            changed.append(replace(r, tiers=table.tiers, metric=table.metric, exceeds=table.exceeds) if table else r)
        out.append(replace(clause, incentives=tuple(changed)))
    for tiers, entry in raises:
        out = [replace(c, incentives=tuple(replace(i, table_raised=(*i.table_raised, entry)) if i.tiers == tiers else i
                                           for i in c.incentives)) for c in out]
    return out


# an article named (按本细则第五条标准的50%; not 第（一）项: an item of a clause)
_ARTICLE_REF = re.compile(rf"第\s*(\d+|{CN_NUMERAL})\s*条")
_CLASS_LIST = re.compile(r"[A-Ea-e]\s*类?(?:\s*[、和与及]\s*[A-Ea-e]\s*类?)+(?<=类)")  # A类、B类、C类 / A、B、C类


def _share_of_numbered(r: Incentive, clause: Clause, clauses: list[Clause]) -> list[Incentive] | None:
    """按本细则第五条标准的50%给予安家补贴: a share of the sums of the article the base names, one multiple of each
    (of the classes the case names: 首次被认定为A类、B类、C类的人才 is not D类's), or of its one sum; None when the
    record is no such share, or the article states no sum, or several and the case names no class of them."""
    ref = _ARTICLE_REF.search(r.base) if r.rate is not None and r.cap is None and "标准" in r.base else None
    source = next((c for c in clauses if c is not clause and _numbered(c, cn_number(ref.group(1)))), None) \
        if ref else None
    sums = [(i, _grade_of(i)) for i in source.incentives if i.cap is not None and i.rate is None
            and i.multiplier is None and not i.tiers and not i.addon and not i.ceiling] if source else []
    named = grades_named(r.item)
    listed = _CLASS_LIST.search(r.item) if named else None
    if named:
        sums = [(i, g) for i, g in sums if g in named]
    if not sums or not named and len(sums) > 1:  # (of several sums and no class named: which one is not said)
        return None
    return [replace(r, item=f"{r.item[: listed.start()]}{g}类{r.item[listed.end():]}" if listed else r.item,
                    rate=None, rate_text="", base="", multiplier=r.rate, referenced=i.cap, refers_to=r.base,
                    level=i.level, per=r.per or i.per, grade=g) for i, g in sums]


def _grade_of(record: Incentive) -> str:
    """The class a record's sum is for: its grade, else the class letter its item names (A类); "" when none."""
    m = GRADE_CLASS.search(record.item)
    return record.grade or (m.group(1).upper() if m else "")


def _table_raise(r: Incentive, clause: Clause, clauses: list[Clause], n: int) \
        -> tuple[_Tiers, tuple[str, float, float]] | None:
    """对链主企业实施的项目，补助比例在上表基础上提高2个百分点，单个项目上限按上表标准的1.2倍执行: a class's terms on a
    table of rates (its clause's own rows, else the nearest table before it) — (the table's tiers, (the class, the
    points added to each rate, the factor on each cap)). None when the multiple is not of a cap (按上表标准的1.5倍
    给予奖励 is a sum of its own) or the table grants sums, not rates."""
    own = [i for c in clauses if c.path[: len(clause.path)] == clause.path for i in c.incentives if len(i.tiers) >= 2]
    before = [i for c in reversed(clauses[:n]) for i in c.incentives if len(i.tiers) >= 2]
    table = next(iter(own + before), None)
    if table is None or not any(t[3] is not None for t in table.tiers) or not r.item:
        return None
    sentence = next((s for s in SENTENCE.findall(clause.text) if r.refers_to in s and "倍" in s), "")
    if not re.search(rf"(?:上限|最高|封顶|限额)[^，,。；;]{{0,4}}?按(?:照)?{re.escape(r.refers_to)}", sentence):
        return None
    points = RAISED_POINTS.search(sentence)
    return table.tiers, (r.item, float(points.group("points")) / 100 if points else 0.0, r.multiplier or 1.0)


def _grants(records: tuple[Incentive, ...] | list[Incentive]) -> list[Incentive]:
    return [r for r in records if not r.addon and not r.ceiling and (r.cap is not None or r.rate is not None
                                                                     or r.multiplier is not None)]


def _link_addons(clauses: list[Clause]) -> list[Clause]:
    """再给予 / 另给予 / 在上述补助基础上: the grant an add-on is paid on top of is the one before it in its clause
    (the one of its level, else the one whose item it shares most words with), else one of the nearest
    earlier clause of the same section that grants something."""
    out = list(clauses)
    for n, clause in enumerate(out):
        if not any(r.addon and r.addon_to is None for r in clause.incentives):
            continue
        changed = []
        for k, r in enumerate(clause.incentives):
            if r.addon and r.addon_to is None:
                candidates = _grants(clause.incentives[:k])
                if not candidates:
                    earlier = next((c for c in reversed(out[:n]) if c.path[:-1] == clause.path[:-1]
                                    and _grants(c.incentives)), None)
                    candidates = _grants(earlier.incentives) if earlier else []
                base = _nearest_item(r, candidates) if candidates else None
                # (a row's levels, 国家级…省级…市级, then 考核优秀的另奖10万元: on top of whichever level is the
                # asker's, none of them alone)
                if base and (r.level or len({c.level for c in candidates if c.group == base.group}) < 2):
                    r = replace(r, addon_to=base)
            changed.append(r)
        out[n] = replace(clause, incentives=tuple(changed))
    return out


def _nearest_item(record: Incentive, candidates: list[Incentive]) -> Incentive:
    same_level = [c for c in candidates if record.level and c.level == record.level] or candidates
    # (and of its class: A类企业中…另奖励2万元 adds to 评定为A类的企业's grant, not to the B类 one beside it)
    classes = {m.upper() for m in GRADE_CLASS.findall(record.item)}
    same_level = [c for c in same_level if classes and {m.upper() for m in GRADE_CLASS.findall(c.item)} == classes] \
        or same_level

    def shared(c: Incentive) -> int:
        mine = {record.item[i : i + 2] for i in range(len(record.item) - 1)}
        return len(mine & {c.item[i : i + 2] for i in range(len(c.item) - 1)})

    best = max(shared(c) for c in same_level)
    return [c for c in same_level if shared(c) == best][-1 if best == 0 else 0]


def _exclusive_groups(clauses: list[Clause]) -> list[Clause]:
    """就高不重复 / 不重复享受 / 只能选择一项 written once govern several grants: the sibling clauses the sentence
    names (只能在设备投资补助和贷款贴息中选择一项), the whole document when it speaks of this document's items
    (本措施多项条款), its own clause when it speaks of that clause's grants (由省级晋升为国家级的，按就高不重复原则),
    else the section it closes (同一企业同一年度获得多项称号的 / 只能选择一个支持方向). A rule only between this
    document and other policies (本措施与其他同类政策重复的) groups nothing here. The widest rule wins."""
    scopes: list[tuple[set[int], str, str]] = []
    names = {LEADING_NUMBER.sub("", heading).split("。")[0].strip() for c in clauses for heading in c.path}
    for n, clause in enumerate(clauses):
        for sentence in SENTENCE.findall(clause.text):
            only_one = re.search(ONLY_ONE_WORDS, sentence)
            if not only_one and not re.search(EXCLUSIVE_WORDS, sentence) and not PAIR_NOT_TWICE.search(sentence):
                continue
            own_items = only_one or re.search(OWN_ITEMS, sentence)
            if re.search(OTHER_POLICIES, sentence) and not own_items:
                continue
            rule = re.sub(r"\s+", "", LEADING_NUMBER.sub("", sentence.strip().split("\n")[-1]))
            own = LEADING_NUMBER.sub("", clause.path[-1]).split("。")[0].strip() if clause.path else ""
            named_heads = {name for name in names if 2 <= len(name) <= 12 and name in sentence and name != own}
            if len(named_heads) >= 2:
                scope = {k for k, c in enumerate(clauses)
                         if any(LEADING_NUMBER.sub("", h).startswith(tuple(named_heads)) for h in c.path)}
            elif SELF_REFERENCE.search(sentence):
                scope = set(range(len(clauses)))
            elif _grants(clause.incentives) and not own_items:
                scope = {n}
            else:
                section = clause.path[:-1]
                scope = {k for k, c in enumerate(clauses) if c.path[: len(section)] == section}
                # 在专精特新系列称号中按最高标准奖励一次: of the section, the clauses of the kind the rule names by
                # its heading (专精特新企业, not 制造业单项冠军 nor 小升规企业), when it names some and not all
                granting = {k for k in scope if k != n and _grants(clauses[k].incentives)}
                named = {k for k in granting if _named_by(clauses[k], re.sub(r"除[^，,。；;]*?[外以]", "", sentence))}
                scope = named if len(named) >= 2 and granting - named else scope  # (two at least: a rule on paying once
                # names its kind, not the subject it is about: 规模以上工业企业同时符合本条多项条件的)
            scopes.append((scope, clause.clause_id, rule))
    if not scopes:
        return clauses
    out = []
    for k, clause in enumerate(clauses):
        governing = [s for s in scopes if k in s[0]]
        if not governing or not clause.incentives:
            out.append(clause)
            continue
        _, group, rule = max(governing, key=lambda s: len(s[0]))
        out.append(replace(clause, incentives=tuple(
            replace(r, exclusive=True, exclusive_group=group, exclusive_rule=rule) for r in clause.incentives)))
    return out


def _named_by(clause: Clause, sentence: str) -> bool:
    """Whether a sentence names a clause's kind: four characters running in the clause's own heading (专精特新 of
    专精特新企业, 单项冠军 of 制造业单项冠军) stand in the sentence."""
    heading = re.sub(r"[^\u4e00-\u9fff]", " ", LEADING_NUMBER.sub("", clause.path[-1] if clause.path else ""))
    return any(word[i : i + 4] in sentence for word in heading.split() for i in range(len(word) - 3))


def _numbered(clause: Clause, number: int | None) -> bool:
    if number is None or re.fullmatch(r"第\d+段", clause.number):  # (an unnumbered paragraph's place is no number)
        return False
    own = re.match(r"\s*(\d+|" + CN_NUMERAL + r")\s*(?:[、.．\s]|$)", clause.text)
    printed = re.sub(r"[^\d一二三四五六七八九十]", "", clause.number.split("、")[-1] or clause.number)
    return bool(own and cn_number(own.group(1)) == number) or bool(printed) and cn_number(printed) == number


def _bracketed(clause: Clause, number: int | None) -> bool:
    """Whether a clause is the sub-item （n） of its section (第（3）目 of the rule over it)."""
    m = re.search(rf"[（(]\s*(\d+|{CN_NUMERAL})\s*[）)]\s*$", clause.number)
    return number is not None and bool(m) and cn_number(m.group(1)) == number


def _rows_as_tiers(clauses: list[Clause]) -> list[Clause]:
    """Table rows parsed as clauses of their own (one tier each, same class of figure, same parent)
    form one table: each row's record carries every row's tier."""
    out = list(clauses)
    n = 0
    while n < len(out):
        end = n
        while end < len(out) and _row_tier(out[end]) and _row_tier(out[end]).metric == _row_tier(out[n]).metric \
                and out[end].path[:-1] == out[n].path[:-1]:
            end += 1
        if end - n >= 2:
            rows = as_table([_row_tier(c) for c in out[n:end]])
            for k, row in zip(range(n, end), rows, strict=True):
                out[k] = replace(out[k], incentives=(row,))
        n = max(end, n + 1)
    return out


def as_table(tiers: list[Incentive]) -> list[Incentive]:
    """The tiers of one table, each carrying the whole table; a tier whose upper bound is unwritten ends where the
    next tier up begins (500万元以上的，奖励5万元；1000万元以上的，奖励10万元: the first tier is 500万 to 1000万)."""
    lows = sorted({r.low for r in tiers if r.low is not None})
    closed = [r if r.high is not None or r.low is None else
              replace(r, high=next((low for low in lows if low > r.low), None)) for r in tiers]
    table = tuple((r.low, r.high, r.cap, r.rate) for r in closed)
    exceeds = tuple(sorted({low for r in tiers for low in r.exceeds}))
    return [replace(r, tiers=table, exceeds=exceeds) for r in closed]


def _row_tier(clause: Clause) -> Incentive | None:
    tiered = [r for r in clause.incentives if r.low is not None and r.multiplier is None]
    return tiered[0] if len(tiered) == 1 and len(clause.incentives) == 1 else None
