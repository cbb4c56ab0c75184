"""Extractive answers: the clause's own sentences, its amounts and units, with a citation; no LLM."""

from __future__ import annotations

import functools
import itertools
import os
import re
from collections.abc import Collection, Sequence
from dataclasses import replace
from datetime import date

from retrieval.answer.calculator import (
    Calculation,
    Facts,
    calculate,
    combined,
    each_class,
    growth_against_bar,
    instalment_parts,
    is_calculable,
    limits_the_whole,
    other_classes,
    over_years,
    year_and_term,
    yearly_part,
)
from retrieval.documents.parser import section_of, split_top_level, units_given_to, without_units
from retrieval.documents.tables import is_row_text
from retrieval.lexicon.patterns import (
    AGE_METRIC,
    AMOUNT_OR_RATE,
    ANY_LEVEL,
    APPLICANT_ACTS,
    ASKING_PART,
    ASPECTS,
    AWARDED,
    CAP_ASKED,
    CAP_WORDS,
    CLASS_RANGE,
    CLAUSE_PART,
    CONSECUTIVE,
    COST_SPLIT,
    COUNT_NUMBER,
    COUNTERS,
    DENIED_PART,
    DENIED_RECEIVED,
    DOC_TYPES,
    EACH_TIER,
    END_MARKS,
    FIRST_AWARD,
    FIRST_PASSED,
    FIRST_PERSON,
    GENERIC_PAIRS,
    GOVERNMENT_NAMES,
    GOVERNMENT_OF_LEVEL,
    GRADE_CLASS,
    GRANT,
    GRANT_DENIED,
    GRANT_WORDS,
    HEADCOUNT_METRIC,
    HOW_MUCH,
    LEVEL_NAMES,
    LONG_STANDING,
    METRICS,
    MONEY,
    MORE_ASKED,
    MORE_BY,
    MOST_ASKED,
    NEWCOMER,
    NOT_ASKED,
    ON_TOP,
    ONE_THING,
    ORDINAL_RANK,
    OTHER_MOST_ASKED,
    PAYS_OUT,
    PHONE,
    PLACE_SUFFIX,
    PLACE_SUFFIXES,
    RATE_ASKED,
    RENEWED_AWARD,
    RISEN,
    SELF_REFERENCE,
    SELF_TOLD,
    SENTENCE,
    SHARE_ASKED,
    SIBLING_KINDS,
    SPOKEN_LEVELS,
    SPOKEN_MONEY,
    STACKING_ASKED,
    STACKING_STATED,
    TOP_TIER,
    TOPUP_WORDS,
    TOTAL_ASKED,
    award_mismatch,
    bars_in,
    cn_number,
    defined,
    gives_reach,
    heading_aspects,
    held_consecutively,
    kinds_in,
    levels_in,
    metric_of,
    percent_text,
    spoken_sums,
    states_time_of,
    strip_levels,
    term_span,
    units_told,
    with_definitions,
    without_denied,
    without_number,
    years_text,
    yuan_text,
)
from retrieval.lexicon.tokenizer import content_terms, expand_abbreviations, tokenize, word_pairs, words
from retrieval.records import Amount, Answer, Citation, Clause, Document, Hit, Incentive, Note
from retrieval.search.figures import RECEIVED, first_passed, fits_figures, in_own_tier, total_asked
from retrieval.search.query import (
    FOLLOWUP_END,
    Query,
    asked_topic,
    asks_yes_or_no,
    fits_industry,
    part_asks,
    question_parts,
    without_governments,
)
from retrieval.search.retrieve import (
    contact_label_names,
    dates_fit,
    document_conditions,
    in_scope,
    is_relevant,
    labelled_by,
    missed_bar,
    other_round,
    says_who_pays,
    times_every_measure,
)
from retrieval.store.keyword import BM25

__all__ = ["compose", "select_amounts", "NOT_FOUND", "cite_label", "unit_measures", "joined_answer", "with_cost_shares",
           "lead_with_referring"]

NOT_FOUND = "文件中未找到相关规定。"
MAX_CITATIONS = 3
NAMED_SHARE = 0.6  # of an item's character pairs a question must have to name it (see _named_at)
OWN_SHARE = 0.5  # of the pairs no other item of the clause has
_SUM_CUE = re.compile(  # names several items (not 按5000万那档还是1亿那档: which one)
    rf"{TOTAL_ASKED.pattern}|同时|又|还(?!是)|以及|并且|分别|各(?:是|奖|给|能|有)?多少|各奖|两项|两个|两块|都评上|都拿|都获"
)
_BRACKETED = re.compile(r"（[^）]*）")
_ADDON_ALONE = re.compile(ON_TOP)  # asks for what comes on top
_EACH_ASKED = re.compile(r"各|分别|每类|每档")  # each of several asked, one by one
_EACH_TOLD = re.compile(r"分别|各(?![项类级种个位部方地])")  # each of several told (各贷了一笔; not 各项手续)
COMPUTED = "（测算）"  # after an item whose sum was worked out from the asker's figures
NAMED_PAIRS = 3  # character pairs a question shares with an item's name to name it
# pairs that name an add-on's own condition beside its grant's, once the grant is named (一投产当年就进了规上: 当年,
# 投产 of 当年新投产即纳入统计)
CONDITION_PAIRS = 2
_DENIED = re.compile(r"[没未不非]")  # a part of a question that says what is not the case
_PRODUCT_COUNT = re.compile(rf"{COUNT_NUMBER}\s*(?:个|种|款)\s*(?:产品|品牌)")
_AWARDING = re.compile(  # words of awarding: 新认定的, 新获评, 首次认定为, 评为
    rf"(?:{FIRST_AWARD.pattern}|{RENEWED_AWARD.pattern})(?:评为?|认定为?|得)?|认定为?|评为|评定为|评上|获评|获得|入选|荣获")
_A_YEAR = re.compile(r"(?:19|20)\d\d\s*年度?")
# An award said before the item (新认定的, 当年新获评的, 经认定的, 首次获得的, 2025年新认定的): the words before its 的
# are no name.
_AWARD_LEAD = re.compile(rf"^(?:{_A_YEAR.pattern})?[\u4e00-\u9fff]{{0,3}}?(?:{_AWARDING.pattern})的(?=..)")
_NOT_WORD = re.compile(r"[\s“”\"'‘’《》（）()、，。；：:]")
_IN_NAMES = re.compile(r"[“”\"'‘’《》（）()]")  # quotes and brackets inside a name: 专精特新“小巨人”, 首台（套）
_BETWEEN_WORDS = re.compile(r"[\s、，,。；;：:！!？?的]")  # (的 joins two words: 省里的专精特新 has no 的专)


def cite_label(document: Document, clause: Clause) -> str:
    """《title》（文号）二、（三）1. — how a clause is cited in answer text."""
    number = f"（{document.doc_number}）" if document.doc_number else ""
    return f"《{document.title}》{number}{clause.number}"


def compose(query: Query, hits: list[Hit], documents: dict[str, Document],
            keywords: BM25 | None = None, today: str = "", clauses: Sequence[Clause] = ()) -> Answer:
    """Answer from the top clause when it is relevant; otherwise say so and show the nearest ones.

    `query.text` is what was searched (a follow-up completed from the history); `query.own_words`,
    the follow-up as typed, chooses the item first (那产品呢？ asks for the product, not the
    enterprise). Two or more incentives named in one question are summed, each with its own clause.
    """
    question = query.text
    # a sum received (已经领过省里20万，升成国家级还能再给多少) or a tier's grant received (拿了过2亿的奖励) is history,
    # not one of several items asked
    received = query.facts.received is not None or query.facts.received_tier is not None
    several = _several_items(question, hits[:5], query.facts) if not received and not query.risen else []
    if several and _one_named_after(query, several):
        several = []  # 那最后成功上市了又能拿多少 after 辅导备案了能奖多少: the stage the follow-up names, alone
    if several and _bars_listed(question, [h.clause for h in hits[:5]]):
        several = []  # 首次到100万、300万、500万，分别奖多少: the bars of one list, each its tier's grant (below)
    if several:
        return _sum_answer(query, several, hits[:5], documents, clauses)
    citations = [_citation(h, documents) for h in hits[:MAX_CITATIONS]]
    if not hits or not is_relevant(hits[0]):
        text = NOT_FOUND
        notes = []
        if query.elsewhere:
            notes.append(Note("jurisdiction", f"文件库中没有{'、'.join(query.elsewhere)}的政策文件，"
                                              "以下条款出自其他地区，不能作为该地的规定。"))
        elif query.taxed:  # 这笔奖励要不要交所得税
            notes.append(Note("not_stated", "所引文件没有规定奖补资金本身是否缴纳所得税。"))
        elif query.repealed:
            notes.append(Note("expired", f"您问的《{'》《'.join(query.repealed)}》已经废止，文件库中没有它的条文；"
                                         "以上是现行文件中最接近的条款。"))
        elif query.places:
            notes.append(Note("jurisdiction", f"{'、'.join(query.places)}的文件中没有找到相关规定。"))
        elif query.issuer_levels:
            asked = "、".join(GOVERNMENT_NAMES[v] for v in query.issuer_levels)
            notes.append(Note("jurisdiction", f"{asked}的文件中没有找到相关规定。"))
        elif hits and (year := other_round(documents[hits[0].clause.doc_id], query)):  # 2025年度, of a 2024年度 指南
            notes.append(Note("not_stated", f"所引文件是{year}年度的申报安排，未规定{query.round_year}年度的安排，"
                                            "请留意主管部门发布的新通知。"))
        if hits:
            nearest = "\n".join(f"- {cite_label(documents[h.clause.doc_id], h.clause)}：{h.clause.path[-1]}"
                                for h in hits[:MAX_CITATIONS])
            text += "以下是最接近的条款，仅供参考，请以原文为准：\n" + nearest
        return Answer(question, "\n".join([text, *(n.text for n in notes)]), False, citations, [], notes=notes)

    relevant = [h for h in hits[:MAX_CITATIONS] if is_relevant(h)]
    topped = next((h for h in relevant if any(r.topup for r in h.clause.incentives)), None) \
        if query.risen and not relevant[0].clause.incentives else None
    if topped is not None:  # 升成省级了: the rule on rising leads the hits; the grant it tops up is quoted
        relevant = [topped, *(h for h in relevant if h is not topped)]
    found_first, decided = relevant[0], False
    yes_or_no = asks_yes_or_no(query)  # (能拿吗)
    if query.money:  # a how-much question: when the first clause's grants name nothing asked, the one that does
        # (a ceiling on several grants, 同一企业每年享受技术改造补助合计最高不超过250万元, is no grant named)
        # (a grant of a rate names its item as a sum does: 按设备投资额的8%给予补助 is not passed over for the next
        # tier's 最高800万元)
        named = [_naming(_asked(query), _items_granted(h.clause), query.own_words) for h in relevant]
        # (a follow-up's own item, of a hit of the same document, relevant or not: 那最后成功上市了呢 after 辅导备案的
        # 奖励 — the completed question's words rank the item asked before first, and may leave the one asked alone)
        nearby = [relevant[0], *(h for h in hits[:5] if h.clause.doc_id == relevant[0].clause.doc_id
                                 and h is not relevant[0])]
        own = [_naming(_own_asked(query), _items_granted(h.clause)) for h in nearby]
        # (the clause for the asker's date, 2025年1月1日至6月30日期间竣工投产的项目…, answers whatever its grant's item
        # is called)
        dated = bool(dates_fit(relevant[0].clause, query))
        if (first := _topped_up_for_received(query, relevant, clauses)) is not None:
            relevant, decided = [first] + [h for h in relevant if h is not first], True
        elif own[0] == 0 and max(own) > 0 and not dated:  # (it leads the hits)
            first = nearby[own.index(max(own))]
            relevant, decided = [first] + [h for h in relevant if h is not first], True
        elif named[0] == 0 and max(named) > 0 and not (  # (not from the bar on an age or headcount told, when
                yes_or_no and bars_in(relevant[0].clause.text, units_told(query.text))) and not dated:  # no sum
            # is asked: 48岁的博士)
            first = relevant[named.index(max(named))]
            relevant = [first] + [h for h in relevant if h is not first]
        elif query.facts and _growth_untold(relevant[0].clause, query.facts):
            # 交了两千三百来万的税，那个纳税奖能给多少: of two grants the question names alike (纳税增长奖, 纳税贡献奖),
            # the one the figures told decide (a tier of 2000万元以上), not one that needs a growth untold
            first = next((h for h, n in zip(relevant, named, strict=True) if n == named[0]
                          and h.clause.doc_id == relevant[0].clause.doc_id and not _growth_untold(h.clause, query.facts)
                          and any(in_own_tier(i, query.facts) for i in h.clause.incentives)), None)
            relevant = [first] + [h for h in relevant if h is not first] if first else relevant
            decided = first is not None
    relevant = lead_with_referring(query, relevant, clauses)
    chosen_first = relevant[0]  # (a clause moved to the top by what follows answers in place of the first found: it
    # leads the hits; so does one the figures told decide in place of one needing a growth untold)
    if decided:
        chosen_first = found_first
    if _classes_granted_instead(query, relevant[0].clause, clauses)[0]:
        relevant = _class_granted_nearby(query, relevant, [h for h in hits[:5] if is_relevant(h)], clauses)
    if _new_level_asked(query) and _levels_granted_instead(query, relevant[0].clause.amounts):
        # (from every hit, not only the relevant: the item beside the first under one heading is found by the
        # heading's words and the history's, which name the other level's item)
        relevant = _level_granted_nearby(query, relevant, hits[:5])
    elif query.levels and _levels_granted_instead(query, relevant[0].clause.amounts):
        # a question of its own: a table's row at the level asked (省级专精特新中小企业 beside 国家级专精特新“小巨人”
        # 企业), when it names the item at least as well as the first (not 省级单项冠军企业 for 省级单项冠军产品)
        beside = _level_granted_nearby(query, relevant, hits[:5])
        asked = _asked(query)
        if _naming(asked, beside[0].clause.amounts) >= _naming(asked, relevant[0].clause.amounts):
            relevant = beside
    if TOP_TIER.search(question) and not query.facts:  # 最高一档是多少: the row of the list's top tier
        relevant = _top_tier_first(relevant, clauses)
    top = relevant[0].clause
    moved = top if relevant[0] is not chosen_first and top.clause_id != hits[0].clause.clause_id else None
    document = documents[top.doc_id]
    # (every rule names its item and level, a sum or not: 国家级…按第1项标准的2倍 grants nothing at 省级)
    # (and every case a rate is raised for names its own level: 列入省重点技改项目的，补助比例提高到12% raises nothing
    # for a 国家重点技改项目, nor a table raised for 省级重点产业链链主企业 for a 国家级 one)
    granted = _levels_granted_instead(query, (
        *(i.amount() or Amount(0.0, "", i.item, i.clause, i.level) for i in top.incentives),
        *(Amount(0.0, "", case, i.clause, next(iter(levels_in(case)), ""))
          for i in top.incentives for case, *_ in (*i.raised, *i.table_raised))))
    classes, asked = _classes_granted_instead(query, top, clauses)
    if classes and yes_or_no and re.search(FIRST_PERSON, question):  # 我们作为卖方能拿吗: no, as the clause says
        # (the asker telling its own case; asked of a class in general, 参加国内的展会能补吗, or with a figure asked,
        # 作为卖方能拿吗？比例多少: what the clause does not grant, not stated)
        return _not_met(question, document, top, _citation(relevant[0], documents),
                        f"该条款的奖补限于{'、'.join(classes)}，您所述为{asked}，按该条款不符合条件。")
    if classes:  # D类人才: the clause grants A、B、C类 only; 硕士: 博士 only
        text = (f"{NOT_FOUND}{cite_label(document, top)}只规定了{'、'.join(classes)}的奖补，"
                f"未规定{asked}，请以原文为准或向责任单位咨询。")
        level = Note("level", f"所问类别（{asked}）在该条款中没有奖补，只规定了{'、'.join(classes)}。")
        return Answer(question, text, False, citations, [], notes=[level])
    if aside := _set_aside_granted(query, top):  # 单项冠军产品，不是示范企业: the clause grants 示范企业 only
        if yes_or_no:  # 不是商务局组织的，能申请吗: no, as the clause says
            return _not_met(question, document, top, _citation(relevant[0], documents),
                            f"该条款的奖补限于{aside}的情形；您说明不属于{aside}，按该条款不符合条件。")
        text = (f"{NOT_FOUND}{cite_label(document, top)}只规定了{aside}的奖补，您所问的不属于{aside}，"
                "请以原文为准或向责任单位咨询。")
        level = Note("level", f"该条款只规定了{aside}的奖补，您说明不属于{aside}。")
        return Answer(question, text, False, citations, [], notes=[level])
    # 绿色供应链管理企业 of a 绿色工厂 clause
    if query.money and (held := _honour_not_granted(query, top, document.title)):
        text = (f"{NOT_FOUND}{cite_label(document, top)}未规定对{held}的奖补，请以原文为准或向责任单位咨询。")
        note = Note("not_stated", f"所述称号（{held}）在该条款中没有奖补。")
        return Answer(question, text, False, citations, [], notes=[note])
    # 首次突破20亿 of 首次突破1亿元、5亿元、10亿元的; 还有更高一档的奖吗 above them all
    if (query.money or _HIGHER_TIER.search(question)) and (bars := _bar_not_set(question, top)):
        listed, named = bars
        text = (f"{NOT_FOUND}{cite_label(document, top)}只对{listed}设了奖励档次，未设{named}一档，"
                "请以原文为准或向责任单位咨询。")
        note = Note("not_stated", f"所问档次（{named}）在该条款中没有规定，只规定了{listed}。")
        return Answer(question, text, False, citations, [], notes=[note])
    if query.money and (denied := _grant_denied(query, top)):  # 省级创新型中小企业不给予资金奖励
        note = Note("not_stated", "文件明确该事项不给予资金奖励（见上文原文）。")
        return Answer(question, f"根据{cite_label(document, top)}：\n{denied}\n{note.text}", True,
                      [_citation(relevant[0], documents)], [], notes=[note], section=top)  # (it leads the hits)
    if (recognised := _recognised_at_another_level(query, top, document)):  # 省级 conditions of a 市级 指南
        text = (f"{NOT_FOUND}《{document.title}》是{document.jurisdiction}的认定申报文件，所列条件是{recognised}"
                f"认定的条件，未规定{'、'.join(query.levels)}的，请以原文为准或向责任单位咨询。")
        note = Note("level", f"所问级别（{'、'.join(query.levels)}）不是该文件认定的级别（{recognised}）。")
        return Answer(question, text, False, citations, [], notes=[note])
    if granted:  # 市级专精特新: the clause grants this item only at other levels
        text = (f"{NOT_FOUND}{cite_label(document, top)}对该事项只规定了{'、'.join(granted)}的奖励，"
                "未规定您所问级别的奖励，请以原文为准或向责任单位咨询。")
        level = Note("level", f"所问级别（{'、'.join(_asked_levels(query))}）在该条款中没有奖励，"
                              f"只规定了{'、'.join(granted)}。")
        return Answer(question, text, False, citations, [], notes=[level])
    measure_text = "".join(c.text for c in _same_document(top, clauses)) if query.industry and document.industry \
        else top.text
    other_trade = fits_industry(query.industry, document.industry, measure_text) is False
    # (whether the measure still runs, 这套措施2027年还有效吗, asks no sum: not a cap its closing clause also sets)
    runs_only = query.time_of == ("validity",) and not query.money
    addons = [a for a in top.amounts if (r := _incentive_of(a, top)) is not None and r.addon]
    chosen = [] if other_trade or runs_only else _named_addons(query, top, select_amounts(query, top.amounts, addons))
    chosen = _each_stage(query, top, chosen)
    if TOP_TIER.search(question) and not query.facts:  # 首次突破2亿元、5亿元、20亿元的，分别…: 最高一档 is 20亿's
        records = [(a, i) for a in top.amounts if (i := _incentive_of(a, top)) is not None and len(i.tiers) >= 2]
        lists = {i.tiers for a, i in records if a in chosen} or {i.tiers for _, i in records}
        if len(lists) == 1:  # (of the list asked: not another list's top tier, 研发费用 asked of a 营收 list)
            bars = [i.low for _, i in records if i.tiers in lists and i.low is not None]
            chosen = [a for a, i in records if i.tiers in lists and bars and i.low == max(bars)] or chosen
    amounts = _with_addons(query, top, chosen)
    # (not for whether grants stack: 那银行贷款贴息能一块儿拿不 asks no sum of the figures told before; but 又评上国家级
    # 了，还能再拿120万不 asks the top-up)
    own = _same_document(top, clauses)
    calculation = None if other_trade or query.stacking and not (query.money or query.risen) else _calculation(
        query, top, [h.clause for h in hits[:5] if h.clause.doc_id == top.doc_id], own)
    if calculation is not None:  # 本年度科技类奖励合计不超过150万元, and 今年已经给过140万: what is left of it
        calculation = _within_yearly_ceiling(query, _under_lead_ceiling(query, calculation, top, own), own)
    if calculation is not None and query.ceiling_asked and query.facts.base is None and not query.facts.figures \
            and not query.facts.quantities and (query.facts.count or 0) <= 1 \
            and (ceiling := _yearly_ceiling(top, amounts)):  # (not 租了1000平, 发了1000个标准箱: worked out)
        # 一家企业一年最多能拿多少: the enterprise's yearly ceiling, stated (每标箱给多少？一家企业一年最多多少: both)
        apart = sum(bool(ASKING_PART.search(p)) for p in question_parts(query.own_words or question)) > 1
        limits = [limit for a in amounts for limit in _limit_of(a, top)]  # (stated after each sum below)
        calculation = None
        amounts = (list(amounts) if ceiling in limits else [*amounts, ceiling]) if apart else [ceiling]
    if calculation is not None and (bars := _bars_listed(question, [top, *own])):  # 首次到100万、300万，分别奖多少
        calculation, amounts = None, bars
    if EACH_TIER.search(question) and calculation is None:  # 分几档，每档多少 of a tier list in one clause
        tiers = {i.tiers for a in amounts if (i := _incentive_of(a, top)) is not None and i.tiers}
        amounts = [a for a in top.amounts if (i := _incentive_of(a, top)) is not None and i.tiers in tiers] \
            if tiers else amounts
    sentences = _answer_sentences(question, top, keywords, rules_only=calculation is not None, stated=amounts,
                                  applied=calculation.incentive.item if calculation is not None else "",
                                  time_of=query.time_of if runs_only else ())
    if assigned := _units_assigned(query, top, relevant):  # 第四条由县人力资源和社会保障局受理, of the item asked
        sentences = [assigned[0] + "。"]
    if query.stacking:  # 那银行贷款贴息能一块儿拿不: the clause's own rule on stacking, with what it quotes
        sentences += [s.strip() for s in SENTENCE.findall(top.text) if STACKING_STATED.search(s)
                      and s.strip() not in sentences]
    quoted = "".join(sentences)
    lines = [f"根据{cite_label(document, top)}：", quoted[:-1] + "。" if quoted and quoted[-1] in "；;，," else quoted]
    if query.reach and not gives_reach(quoted):  # 找谁咨询？电话多少: the row's 联系人 and 电话, after its unit
        reach = [part.strip() for part in re.split(r"[；;。\n]", top.text) if gives_reach(part)]
        lines += [f"联系方式：{'；'.join(reach)}。"] if reach else []
    listed = _children(top, clauses) if calculation is None and not amounts else []
    section = None
    if not listed and query.aspects and calculation is None and not amounts and len(top.path) > 1:
        # one item of a list asked for (申报材料 1.): the whole list under its heading, when the heading
        # says it is of the kind asked
        heading = top.path[-2]
        kinds = [pattern for name, _, pattern in ASPECTS if name in query.aspects]
        siblings = [c for c in _same_document(top, clauses) if c.path[:-1] == top.path[:-1]]
        if len(siblings) > 1 and any(p.search(heading) for p in kinds):
            listed = siblings[:MAX_LISTED]
            number = f"（{document.doc_number}）" if document.doc_number else ""
            lines = [f"根据《{document.title}》{number}“{heading}”："]
    # 分几档，各档多少: every row of the table the answer stands on, each with its sum and its clause
    rows = next((r for h in relevant if len(r := _table_rows(h.clause, clauses)) > 1), []) \
        if EACH_TIER.search(question) and not calculation else []
    if rows:
        table = documents[rows[0].doc_id]
        number = f"（{table.doc_number}）" if table.doc_number else ""
        heading = f"“{rows[0].path[-2]}”" if len(rows[0].path) > 1 else ""
        lines = [f"根据《{table.title}》{number}{heading}："]
        amounts = [a for row in rows for a in row.amounts]
        lines += [f"{n}. {_amount_line(a)}（{row.number}）"
                  for n, (row, a) in enumerate(((row, a) for row in rows for a in row.amounts), start=1)]
        listed = rows
    elif listed:  # a list spread over sub-clauses: one numbered list, each line with its clause
        for n, child in enumerate(listed, start=1):
            said = _answer_sentences(question, child, keywords)
            # (纸质材料交给哪个部门: of a step's sentences, the one in which the applicant hands in, and to whom)
            acts = [s for s in said if APPLICANT_ACTS.search(s)] if query.where_to_apply or query.who else []
            first = without_number("".join((acts or said)[:1]), child.number)
            lines.append(f"{n}. {first[:120]}（{child.number}）")
        # the clause heading the list (top, or 有下列情形之一的： above the item found), if it has text of its own
        head = top if listed[0].path[:-1] == top.path else _heading_clause(listed[0], _same_document(top, clauses))
        section = section_of(listed, head)
    if "conditions" in query.aspects and (missed := missed_bar(top, query.facts)):  # 研发才投了180万，能报吗
        metric, value, bar = missed
        part, _, whole = metric.partition("/")  # a share of one figure in another (研发费用/营业收入)
        if whole:
            said, given, needed = f"{part}占{whole}的比例", percent_text(value), percent_text(bar)
        elif metric == AGE_METRIC:  # (不到两年 is a hair under 2: said as the asker said it)
            said, given, needed = metric, years_text(value), years_text(bar)
        elif metric == HEADCOUNT_METRIC:
            said, given, needed = metric, f"{value:g}人", f"{bar:g}人"
        else:
            said, given, needed = metric, yuan_text(value), yuan_text(bar)
        lines.append(f"对照：您所述{said}为{given}，低于该条件要求的{needed}（{top.number}）。")
    if calculation is not None:
        lines.append("测算：" + "".join(calculation.steps))
        incentive = calculation.incentive
        if not calculation.eligible:
            amounts = []
        elif calculation.value is not None:
            value = calculation.value
            lines.append(f"测算结果：{calculation.conclusion}（以主管部门审核为准）。")
            amounts = [Amount(value, yuan_text(value), f"{incentive.item}{COMPUTED}", top.number,
                              incentive.level, incentive.kind)]
            if calculation.stated:  # 一年多少？三年一共多少？ / B类和C类各多少: each sum asked, in order
                amounts = [replace(amounts[0], value=v, text=yuan_text(v), item=f"{incentive.item}（测算，{label}）")
                           for label, v in calculation.stated]
            if RATE_ASKED.search(question) and CAP_ASKED.search(question) and incentive.rate is not None \
                    and incentive.cap is not None and incentive.cap != value:
                # 这一档按几个点补？单个项目封顶多少钱: the tier's rate and cap are asked; the sums worked out follow
                amounts.insert(0, Amount(incentive.cap, yuan_text(incentive.cap), f"{incentive.item}（上限）",
                                         top.number, incentive.level, incentive.kind))
    elif amounts and not rows:
        # (最多能拿多少 of a sum paid per unit: the total it may reach first; not 每平米补多少、最多补多少, which asks
        # the unit's sum too)
        # (a follow-up part that asks nothing of its own, 境外的呢, asks what the question before asked: 每个展位补多少)
        asked = question if any(FOLLOWUP_END.search(p) and not ASKING_PART.search(FOLLOWUP_END.sub("", p))
                                for p in question_parts(query.own_words)) else query.own_words or question
        most = bool(MOST_ASKED.search(asked)) and not OTHER_MOST_ASKED.search(asked) and not query.facts.quantities
        amounts = _limits_once([part for a in amounts for part in ((*_limit_of(a, top), *_per_year(a, top, query))
                                                                   if most else
                                                                   (*_per_year(a, top, query), *_limit_of(a, top)))])
        lines.append("可获金额：" + "；".join(_amount_line(a) for a in amounts) + "。")
        # (两位专家，一位国家级、一位省级，加起来一共多少)
        if total_asked(question) and (total := _listed_total(amounts, top, query.levels)) is not None:
            lines.append(f"测算：{total[1].removesuffix('。')}（以主管部门审核为准）。")
            amounts = [total[0], *amounts]
    units = list(assigned[1]) if assigned else list(dict.fromkeys(u for c in (rows or [top]) for u in c.departments))
    if not units and query.who:  # 绿色工厂奖多少？归省工信厅哪个处管: the units of the contact line labelled by the
        # name of its section (（二）智能制造、绿色制造：省工业和信息化厅智能制造处…)
        units = list(dict.fromkeys(u for c in _same_document(top, clauses)
                                   if (names := contact_label_names(c)) and labelled_by(names, top)
                                   for u in c.departments))
    if units:
        lines.append("责任单位：" + "、".join(units) + "。")
    notes = []
    if document.is_old:
        newer = documents.get(document.superseded_by)
        note = f"已被《{newer.title}》替代" if newer else "不是正式文件"
        notes.append(Note("draft", f"注意：该文件为征求意见稿，{note}，仅供参考。"))
    if document.expired(today or date.today().isoformat()):
        notes.append(Note("expired", f"注意：该文件有效期至{document.expires}，已失效，请向责任单位确认现行政策。"))
    if query.issuer_levels and not in_scope(document, query):
        asked = "、".join(GOVERNMENT_NAMES[v] for v in query.issuer_levels)
        notes.append(Note("jurisdiction", f"注意：您问的是{asked}的政策，所引条款出自{document.jurisdiction}的文件。"))
    elsewhere = _other_jurisdictions(query, document, relevant, documents)
    if elsewhere:  # 技改补助多少, asked of a library of several places' measures: whose this answer is
        notes.append(Note("jurisdiction", f"注意：以上是{document.jurisdiction}的规定；{'、'.join(elsewhere)}的文件"
                                          "也有相关规定（见另见），各地标准不同，请按企业所在地的文件确认。"))
    if other_trade:
        notes.append(Note("industry", f"注意：该条款出自支持{document.industry}产业的措施，"
                                      f"与您所述行业（{query.industry}）不符，其金额不适用于贵企业。"))
    elif document.industry and fits_industry(query.industry, document.industry, measure_text) is None:
        notes.append(Note("industry", f"注意：该措施适用于{document.industry}产业企业，请核实贵企业是否属于。"))
    # the time asked (今年啥时候报), stated by a clause cited, or else by one that times every measure of
    # the document (奖多少？什么时候兑现？): under a 申报时间 heading first, else the first
    # (the items of a list shown say it too: 4. 公示无异议的，由县财政局在20个工作日内将资金拨付至企业账户)
    stating = [*relevant, *(Hit(c, 0.0, 0.0, 0.0, True) for c in listed)]
    timed_here = any(states_time_of(h.clause.text, query.time_of) for h in stating) if query.time_of \
        else any(states_time_of(c.text) for c in listed)  # (公示完多久拨钱, of no event named: the list's times)
    timed = min((c for c in _same_document(top, clauses) if times_every_measure(c, query.time_of)),
                key=lambda c: not _TIME_HEADING.search(" ".join(c.path)), default=None) \
        if query.time_of and not timed_here and not _states(stating, "time") else None
    if timed is not None:  # 奖多少？什么时候兑现？ the item's clause states no time, its document does for all
        lines.append(f"时间（{timed.number or '文件'}）：{timed.text}")
        relevant = [*relevant, Hit(timed, 0.0, 0.0, 0.0, True)]
    # 找谁？电话多少: the contacts its document gives once for all its measures (六、联系方式：…科，联系人：…，电话：…),
    # when no clause cited gives one
    reach = min((c for c in _same_document(top, clauses) if _CONTACT_GIVEN.search(c.text) and not c.incentives
                 and not is_row_text(c.text) and "materials" not in heading_aspects(c.path)),
                key=lambda c: "contact" not in heading_aspects(c.path), default=None) \
        if (query.reach or query.who) and "contact" in query.aspects and clauses \
        and not _states(relevant, "contact") else None
    if reach is not None:
        said = "\n".join(line for line in reach.text.split("\n") if not _is_heading(line))  # (not 六、联系方式)
        lines.append(f"联系方式（{reach.number or '文件'}）：{said}")
        relevant = [*relevant, Hit(reach, 0.0, 0.0, 0.0, True)]
    payer = _payer(query, top, relevant, clauses)
    if payer is not None:
        lines.append(f"资金拨付（{payer.number or '文件'}）：{payer.text}")
        relevant = [*relevant, Hit(payer, 0.0, 0.0, 0.0, True)]
    # 能申报吗, answered by the item's grant: the conditions its document sets once, under one heading, for all
    # its measures (一、申报条件 1.…2.…), not 未写明申报条件
    conditions = _conditions_of(top, clauses) \
        if "conditions" in query.aspects and clauses is not None and not _states(relevant, "conditions") else []
    if conditions:
        lines.append(f"{conditions[0].path[-2]}：")
        lines += [f"{n}. {without_number(c.text, c.number)}（{c.number}）" for n, c in enumerate(conditions, start=1)]
        relevant = [*relevant, *(Hit(c, 0.0, 0.0, 0.0, True) for c in conditions)]
    # 今年第一次评上省级专精特新，能按县里的细则拿奖吗, answered by the conditions its document sets: the grant it
    # makes for the honour held, to one who meets them
    held = _held_grant(query, top, clauses) if yes_or_no and not top.incentives and not amounts \
        and calculation is None and clauses else None
    if held is not None:
        grant, amounts = held
        said = "；".join(map(_amount_line, amounts))
        lines.append(f"符合上述条件的，{cite_label(document, grant)}规定：{said}。")
        relevant = [*relevant, Hit(grant, 0.0, 0.0, 0.0, True)]
    missing = [ASPECT_LABELS[a] for a in query.aspects if a in ASPECT_LABELS and not _states([*stating, *relevant], a)
               and not (a == "time" and (timed is not None or timed_here))
               and not (a == "conditions" and bars_in(top.text, units_told(query.text)))]  # (四十五周岁以下)
    if missing:
        units = f"，可向{'、'.join(top.departments)}咨询" if top.departments else ""
        notes.append(Note("not_stated", f"文件中未写明{'、'.join(missing)}{units}；以上是文件对该事项的规定。"))
    lines.extend(n.text for n in notes)
    # a list answered (and the conditions listed) is cited in its own order, and not again in 另见
    shown = {c.clause_id for c in [*listed, *conditions, *([section] if section else []), *([reach] if reach else [])]}
    others = list(dict.fromkeys(cite_label(documents[h.clause.doc_id], h.clause)
                                for h in relevant[1:] if h.clause.clause_id not in shown))
    if others:
        lines.append("另见：" + "；".join(others) + "。")
    # (the section first, whole; then its items, each citable by its own number: 第十条（四）)
    cited = [_citation(Hit(c, 0.0), documents) for c in ([section] if section else []) + listed]
    first: dict[str, Hit] = {}  # (each clause once: one found and also added as the document's payer)
    for h in relevant:
        first.setdefault(h.clause.clause_id, h)
    cited += [_citation(h, documents) for h in first.values() if h.clause.clause_id not in shown]
    if other_trade:  # the documents grant this only to another trade: not found for the asker, and whose it is
        lines = [f"{NOT_FOUND}文件中没有适用于{query.industry}企业的该项规定；"
                 "以下条款出自其他行业的措施，仅供参考：", *lines]
    return Answer(question, "\n".join(lines), not other_trade, cited, amounts, notes=notes, section=section or moved)


def _held_grant(query: Query, top: Clause, clauses: Sequence[Clause]) -> tuple[Clause, list[Amount]] | None:
    """The clause of `top`'s document that grants the honour the asker holds (省级专精特新 of 首次认定为省级专精特新
    中小企业的，一次性奖励20万元: its telling pairs nearly all, at its level), with those sums; None when none does,
    or when the question asks of another of the document's grants (…评上省级专精特新，能申请县里的技术改造补助吗)."""
    if not query.held:
        return None
    document = _same_document(top, clauses)
    asked = asked_topic(query.text, query.terms)
    for name in query.held:
        pairs = word_pairs(_what_is_awarded(expand_abbreviations(name))) - GENERIC_PAIRS
        level = levels_in(name)[:1]
        for clause in document:
            found = [a for a in clause.amounts if len(pairs) >= 3 and (not level or level[0] in a.level)
                     and len(pairs & word_pairs(a.item)) >= DENIED_SHARE * len(pairs)]
            if found:
                other = [t for t in asked if t not in name.lower() and t not in clause.text.lower()
                         and any(t in i.item.lower() for c in document if c is not clause for i in c.incentives)]
                return None if other else (clause, found)
    return None


def _payer(query: Query, top: Clause, relevant: list[Hit], clauses: Sequence[Clause]) -> Clause | None:
    """钱由谁拨, when the clause quoted does not say who pays out: the clause of the document that does, once for its
    measures (公示无异议后，由县财政局在20个工作日内拨付至企业账户), one paying to the enterprise first; else None."""
    if not query.payer or says_who_pays(top.text, query):
        return None
    # (one of the clauses found that says it, first: 资金拨付。…由县财政局…拨付至企业账户, found with the grant asked)
    found = [h.clause for h in relevant if h.clause.doc_id == top.doc_id and says_who_pays(h.clause.text, query)]
    payers = found + [c for c in _same_document(top, clauses)
                      if not c.incentives and not is_row_text(c.text) and says_who_pays(c.text, query)]
    return next((c for c in payers if any(m.group("to") for m in PAYS_OUT.finditer(c.text))), None) \
        or next(iter(payers), None)


# What a question may ask besides the amount, in the words a note uses when the documents do not say it.
ASPECT_LABELS = {"materials": "申报材料", "procedure": "申请程序", "contact": "联系方式", "time": "办理时间或期限",
                 "conditions": "申报条件"}


# a clause that gives someone to call: a number, or a contact person by label (not 企业联系人及联系电话, a paper listed)
_CONTACT_GIVEN = re.compile(rf"{PHONE.pattern}|联系人\s*[:：]")


def _states(hits: list[Hit], aspect: str) -> bool:
    """Whether the clauses cited say what the question asks (materials, procedure …): under a heading of
    that kind, or in words of that kind."""
    for name, asked, heading in ASPECTS:
        if name == aspect:
            return any(aspect in heading_aspects(h.clause.path[:-1]) or asked.search(h.clause.text)
                       or heading.search(h.clause.text) for h in hits)
    return True


def _calculation(query: Query, clause: Clause, nearby: list[Clause] | None = None,
                 document: Sequence[Clause] = ()) -> Calculation | None:
    """When the question gives figures and the clause has a rule to apply them to, compute it: the
    rule for the level asked (国家级 and 省级 rows read alike once levels are set aside), then the
    one whose item shares most with the question. Without figures, a rule that needs none: a multiple
    of a stated sum (按第3项标准的1.5倍), or, when the question asks for a total (一共), an add-on (再给予)
    on a stated sum. A total asked for also takes an add-on to the chosen rule from a `nearby` clause
    of the same document (另给予一次性奖励20万元)."""
    question = query.text
    facts = query.facts
    if query.risen and (risen := _after_rising(query, clause, document)) is not None:
        return risen
    addon_named = _base_and_addon_named(_asked(query), clause)  # a grant and its add-on both said
    total = total_asked(question) or addon_named
    if total_asked(query.own_words or question) and not facts and (staged := _staged_total(query, clause)):
        return staged
    if facts:
        rules = [i for i in clause.incentives if is_calculable(i)]
    else:
        rules = [i for i in clause.incentives if _needs_no_figures(i, total)]
    if not rules:
        return None
    rules = [i for i in rules if any(level in i.level for level in query.levels)] or rules
    # not a grant to another class than the asker's (A类企业中…另奖励2万元 asked by a B类 enterprise), unless the
    # clause grants the asker's class nothing (then why it does not apply is the answer)
    own_class = [i for i in rules if not other_classes(i, facts.grade, question)]
    if not own_class and any(not other_classes(i, facts.grade, question) for i in clause.incentives):
        return None
    rules = own_class or rules
    # not what it sets aside (不是冠军企业) nor what it denies of itself (没评上省重点技改项目)
    asked = _asked_pairs(question)
    # 参与制定的，按主导制定标准的50%: the multiple when the question names its condition (参与制定了一项国家标准),
    # in place of the sum it multiplies; else that sum alone
    multiples = {id(r): base for r in rules if (base := _multiplied_sibling(r, rules)) is not None}
    named = [r for r in rules if id(r) in multiples and _own_condition_named(r, multiples[id(r)], asked)]
    rules = [r for r in rules if (id(r) not in multiples or r in named)
             and not any(multiples[id(m)] is r for m in named)] or rules
    # (the kinds may be items of one list: （一）博士…每人每月3000元；（二）硕士…每人每月1500元)
    siblings = [r for c in nearby or [] if c.doc_id == clause.doc_id and c.clause_id != clause.clause_id
                and len(c.path) > 1 and c.path[:-1] == clause.path[:-1] for r in c.incentives if is_calculable(r)]
    counted = _counts_by_kind(question, [*rules, *siblings]) if facts else []
    if len(counted) > 1:  # 两个博士、一个硕士: each kind's sum for its own count, added up
        parts = [calculate(rule, facts.counting(n), question) for rule, n in counted]
        if all(p.eligible and p.value is not None for p in parts):
            total = round(sum(p.value for p in parts), 2)
            steps = (*(f"{n}. {''.join(p.steps)}" for n, p in enumerate(parts, start=1)), f"合计{yuan_text(total)}。")
            # (每项分别奖励30万元、20万元…；同一企业年度累计不超过50万元: the limit the kinds share caps their total)
            limits = {(rule.limit, rule.limit_text, rule.limit_per, rule.clause, rule.group) for rule, _ in counted}
            limit, written, per, _, _ = next(iter(limits))
            # (not a limit of each unit: 每项标准累计奖励不超过30万元; but one of the enterprise: 每家企业每年最高
            # 10万元)
            if len(limits) == 1 and limit is not None and total > limit and limits_the_whole(per):
                steps, total = (*steps, f"超过{per or '累计'}上限（{written}），按{yuan_text(limit)}计。"), limit
            calculation = Calculation(parts[0].incentive, True, total, steps)
            # (分两年各发放50%, said of every kind alike: 第一年能发多少 is that part of the total)
            alike = len({(rule.instalments, rule.shares) for rule, _ in counted}) == 1
            return _in_parts(calculation, facts, question) if alike else calculation
    scores = _rule_scores(query, clause, rules, asked)
    # a sum the clause states for what the question names better than any rule to compute (新引进了一个全职博士 of
    # 博士…安家补贴20万元；硕士…按每人每月1000元): that sum, not another item's worked out
    # (not the grant an add-on to compute is paid on top of: 首次入规15万元 under 营收5000万以上的再奖励5万元)
    bases = {(r.addon_to.clause, r.addon_to.item) for r in rules if r.addon and r.addon_to is not None}
    stated = [i for i in clause.incentives if i.cap is not None and not is_calculable(i) and i not in rules
              and (i.clause, i.item) not in bases and not i.ceiling and not other_classes(i, facts.grade, question)]
    stated = [i for i in stated if any(level in i.level for level in query.levels)] or stated
    joint = _rule_scores(query, clause, [*rules, *stated], asked) if facts and stated else []
    if joint and max(joint[len(rules):]) > max(joint[: len(rules)]):
        return None
    # an add-on beside its grant (被认定为省级以上重点实验室…的研发机构，另给予50万元) only when the question names
    # what it adds (研发中心 shares 中心 with 工程技术研究中心, and says no more)
    # (and an add-on asked for with a total and no figure: its own condition named too, 今年头一回纳入规上 not being
    # 升规后次年仍保留)
    granted = [*rules, *(r.addon_to for r in rules if r.addon and r.addon_to is not None
                         and not (facts or addon_named))]
    scores = [-1 if _addon_unnamed(rule, asked, granted) else score for rule, score in zip(rules, scores, strict=True)]
    if not facts and max(scores) <= 0:
        return None
    # 头一年能补多少 of 前两年按…8元，第三年按…4元: the year asked is in the term of the first (not by its words)
    covering = [n for n, rule in enumerate(rules) if scores[n] >= 0 and any(
        _stage_covers(rule.item, year) for year, _ in facts.parts_asked)]
    if covering:
        scores = [score + (max(scores) + 1 if n in covering else 0) for n, score in enumerate(scores)]
    # (of rules the question names alike, the one whose case it names most completely: 培养高级工 of 新型学徒制培训…
    # 每人每年5000元；培养高级工及以上等级的，按每人每年6000元, asked 和技校搞新型学徒制，都是培养高级工)
    # (the measure's title aside: it names what all its rules are for)
    tied = [n for n, score in enumerate(scores) if score == max(scores)]
    untitled = _untitled(asked, clause)
    rule = rules[max(tied, key=lambda n: _named_share(rules[n], untitled)) if max(scores) > 0 else tied[0]]
    if covering and len(facts.parts_asked) == 1 and (rule.years or 1) > 1:
        rule = replace(rule, years=1)  # (第二年 of 前两年按…8元: one year of the stage)
    if rule.topup_from and not (query.risen and query.risen[-1] in rule.topup_from):
        rule = replace(rule, topup=False)  # (a sum received of another grant than the one it tops up: not taken off)
    if rule.tiers and facts:  # 研发机构按上表的1.5倍: a multiple of this table for what the question names
        rule = next((r for c in nearby or [] for r in c.incentives if r.multiplier is not None
                     and r.tiers == rule.tiers and _names_whole(r.item, question)), rule)
    # (or sums told as each of several and asked of once: 各贷了一笔，利息分别付了28万和17万，贴息能给多少 is the
    # enterprise's whole; not 含税2825万，不含税是2500万, one sum told two ways)
    # (分别 or 各 in the part that tells the sums, one year or none told; not 各项手续都齐了)
    pieces = CLAUSE_PART.findall(question)
    told_alike = facts.alike_bases and len(set(_YEAR_TOLD.findall(question))) <= 1 \
        and any(_EACH_TOLD.search(p) and SPOKEN_MONEY.search(p) for p in pieces if not part_asks(p)) \
        and not any(_EACH_ASKED.search(p) for p in pieces if part_asks(p))
    if (total or told_alike) and len(facts.bases) > 1 and rule.rate is not None:
        # 两个展会，一个展位费8万，一个18万，一共补多少: as many sums as items counted, under a cap for each item;
        # 第一年付了利息260万，第二年付了150万，两年加起来多少: a sum for each year told, under a yearly cap (within
        # the years the rule pays): the rule for each sum, its cap for each, added up
        years = sum(bool(_YEAR_TOLD.search(part)) and bool(SPOKEN_MONEY.search(part))
                    for part in CLAUSE_PART.findall(question))
        if _YEARLY.search(rule.per) and years == len(facts.bases) <= (rule.years or years) \
                and (each := _each_capped(rule, facts, question, "第{n}年：")):
            return each
        # (or told alike one by one with no count: 一台单价600万，另一台单价1800万)
        alike = facts.count == len(facts.bases) or facts.count is None and facts.alike_bases
        # (each item under its cap, all of them under the clause's ceiling: 同一企业每年累计不超过300万元)
        ceiling = next((r for r in clause.incentives if r.ceiling and r.cap is not None), None)
        if alike and _PER_ITEM.match(rule.per) and (each := _each_capped(rule, facts, question, "{n}. ", ceiling)):
            return each
        if not _PER_ITEM.match(rule.per) and len(set(_YEAR_TOLD.findall(question))) <= 1 and facts.alike_bases:
            # 一笔付息36万、一笔付息38万，一共贴多少 under a cap for the enterprise (单家企业每年最高50万元): the
            # rule once, on the sums added up
            whole = round(sum(facts.bases), 2)
            added = " + ".join(yuan_text(b) for b in facts.bases) + f" = {yuan_text(whole)}。"
            calculation = calculate(rule, replace(facts, base=whole, bases=()), question)
            if calculation.eligible and calculation.value is not None and not calculation.error:
                return replace(calculation, steps=(added, *calculation.steps))
    if not total and rule.rate is not None and (named := facts.base_named(rule.base, rule.left_out)) is not None:
        facts = replace(facts, base=named, bases=(), base_labels=())  # 其中设备投资4500万、厂房土建2000万
    calculation = calculate(rule, facts, question)
    if rule.addon and not calculation.eligible and not calculation.error and rule.addon_to is not None \
            and (base := next((r for r in clause.incentives if (r.clause, r.item)
                               == (rule.addon_to.clause, rule.addon_to.item)), None)) is not None \
            and (first := calculate(base, facts, question)).eligible and first.value is not None:
        # 营收3000万 of 首次入规的奖励15万元；营收5000万元以上的再奖励5万元: the add-on's bar missed, the grant it
        # is paid on top of is still paid (the step before says the add-on is not)
        said = f"按“{base.item}”计：{base.cap_text}。" if base.cap_text and not first.steps else ""
        rule, calculation = base, replace(first, steps=(*calculation.steps, said, *first.steps))
    elif not calculation.eligible and not calculation.error and (base := _raised_from(clause, document)) is not None \
            and (first := calculate(base, facts, question)).eligible and first.value is not None:
        # 入统当年主营业务收入达到5000万元以上的，奖励提高至15万元, a row beside 首次入统：一次性奖励10万元: its bar
        # missed, the row's grant it raises is still paid
        said = f"按同表“{base.item}”（{base.clause}）一行计：{base.cap_text or yuan_text(first.value)}。"
        rule, calculation = base, replace(first, steps=(*calculation.steps, said))
    if facts.year_and_term:  # 一年补多少？三年一共多少？
        calculation = year_and_term(rule, facts, question) or calculation
    elif total and (term := _years_of_term(rule, clause, facts.years, question)):  # 第1年…8元、第2年…5元: 头两年一共
        calculation = _term_total(term, facts, question) or calculation
    elif total:  # 分三年还，每年付息80万，总共能贴多少
        calculation = over_years(rule, facts, question) or calculation
    if _EACH_ASKED.search(question):  # B类和C类各给多少 (not 去年是B类，今年评上A类)
        calculation = each_class(rule, facts, question) or calculation
    if not rule.addon and calculation.eligible and calculation.value is not None and not MORE_ASKED.search(question) \
            and (extra := _with_addon(rule, facts, question, nearby or [], measured=not total)):
        calculation, total = extra, True  # the grant and the add-on, one sum
    # (or with the figures its grant is measured by: 研发费用700万涨到1080万，从没上过千万，能拿多少 asks the whole; not
    # when the add-on is asked by its own title: 纳税贡献奖和（二）纳税增长奖分别能拿多少, nor as what more there is:
    # 要是后面两年营收每年都涨两成多，还有没有额外的)
    # (or beside the grant in its clause, which the add-on's case presupposes: 评定为A类的企业，给予奖励8万元；…A类企业
    # 中亩均税收位列全镇前三名的，另奖励2万元)
    base = calculation.on_top_of.incentive if calculation.on_top_of is not None else None
    beside = base is not None and any((r.clause, r.item) == (base.clause, base.item) for r in clause.incentives)
    if calculation.with_base is not None and base is not None and not MORE_ASKED.search(question) \
            and not re.search(MORE_BY, question) \
            and (total or beside or (fits_figures(base, facts)
            and len(asked & (_bigrams(strip_levels(_title(clause))) - GENERIC_PAIRS)) < NAMED_PAIRS)):
        calculation = Calculation(calculation.incentive, True, calculation.with_base,
                                  (*calculation.on_top_of.steps, *calculation.steps))
    calculation = _in_parts(calculation, facts, question)
    return calculation if calculation.steps else None  # no step: the figures did not fit this rule


def _in_parts(calculation: Calculation, facts: Facts, question: str) -> Calculation:
    """第一年能拿多少 of a sum paid in parts: the part asked (and the whole first, when the total is asked too)."""
    if not calculation.eligible or calculation.value is None or calculation.stated:
        return calculation
    parts, step = instalment_parts(calculation.incentive, calculation.value, facts)
    if len(parts) == 1 and total_asked(question):  # 小升规奖励一共多少？入统当年先能兑现多少: the whole, then the
        # part (not 第一年和第二年一共: those parts)
        parts = (("合计", calculation.value), *parts)
    if not parts:
        return calculation
    return replace(calculation, value=parts[-1][1], steps=(*calculation.steps, step), stated=parts)


_LATER_YEARS = re.compile(r"后[一两二三四五\d]年|剩下|剩余|最后")  # years asked that are not the first ones


def _stage_covers(item: str, year: int) -> bool:
    """Whether the stage of a term a sum is for (（第三年）, （前两年）) takes in the `year` asked."""
    span = term_span(item)
    return span is not None and span[0] <= year <= span[1]


def _years_of_term(rule: Incentive, clause: Clause, years: int | None, question: str) -> list[Incentive]:
    """The sums of a grant's first `years` years of its term (第1年…8元、第2年…5元; 前两年…8元、第三年…4元), when the
    rule chosen is the sum of one of them, the clause's stages cover exactly as many years from the first and the
    question asks the first ones (not 后两年, 剩下两年); else []."""
    if not years or years < 2 or term_span(rule.item) is None or _LATER_YEARS.search(question):
        return []
    taken, covered = [], 0
    for stage in (i for i in clause.incentives if i.group == rule.group and term_span(i.item) is not None):
        span = term_span(stage.item)
        if span is None or span[0] != covered + 1:
            return []
        taken.append(stage)
        covered = span[1]
        if covered >= years:
            break
    return taken if covered == years else []


def _term_total(term: list[Incentive], facts: Facts, question: str) -> Calculation | None:
    """Each year's sum of a term worked out on the asker's figures, then added up (None when one cannot be)."""
    parts = [calculate(rule, replace(facts, years=None), question) for rule in term]
    if not all(p.eligible and p.value is not None and not p.error for p in parts):
        return None
    total = round(sum(p.value or 0.0 for p in parts), 2)
    steps = [f"{n}. {''.join(p.steps)}" for n, p in enumerate(parts, start=1)]
    return Calculation(term[0], True, total, (*steps, f"{len(parts)}年合计{yuan_text(total)}。"))


def _rule_scores(query: Query, clause: Clause, rules: list[Incentive], asked: set[str]) -> list[int]:
    """How much of what the question asks each rule's item holds: the pairs of the asker's own item when it says
    one (我们是一款产品被认定为…单项冠军产品), else of the question less the measure's title, which names what all
    its rules are for ((六)产业链龙头企业培育), unless it lists them ((四)首台（套）装备和首批次材料推广应用: without
    it nothing tells them apart)."""
    items = [_bigrams(strip_levels(i.item + i.base)) for i in rules]
    untitled = _untitled(asked, clause)
    scores = [len(untitled & item) for item in items]
    if max(scores) == 0:
        scores = [len(asked & item) for item in items]
    own = _bigrams(strip_levels(_self_told(query)))
    if max(own_scores := [len(own & item) for item in items]) > 0:
        scores = own_scores
    if query.facts.received is not None and any(r.topup for r in rules):
        # 之前创新层挂牌领过50万，今年北交所上市了，还能再拿多少: what was received is told, not asked; the parts
        # that tell no sum received name the grant topped up, when they name one
        rest = _bigrams(strip_levels(_told_received(query.own_words or query.text)[1]))
        if max(rest_scores := [len(rest & item) for item in items]) > 0:
            scores = rest_scores
    return scores


def _untitled(asked: set[str], clause: Clause) -> set[str]:
    """The pairs of the question less those of the measure's title, which names what all its rules are for."""
    return asked - _bigrams(strip_levels(_title(clause)))


def _named_share(rule: Incentive, asked: set[str]) -> float:
    """The share of the pairs of a rule's case (its item, levels aside) the question says."""
    own = _bigrams(strip_levels(rule.item))
    return len(asked & own) / len(own) if own else 0.0


def _addon_unnamed(rule: Incentive, asked: set[str], rules: list[Incentive]) -> bool:
    """An add-on whose grant is among `rules`, of whose own condition the question names too little."""
    base = rule.addon_to
    if not rule.addon or base is None or not any((r.clause, r.item) == (base.clause, base.item) for r in rules):
        return False
    extra = _bigrams(strip_levels(rule.item)) - _bigrams(strip_levels(base.item)) - GENERIC_PAIRS
    return len(asked & extra) < min(NAMED_PAIRS, len(extra))


def _multiplied_sibling(rule: Incentive, rules: list[Incentive]) -> Incentive | None:
    """The sum among `rules` a share of it multiplies (参与制定国家标准的企业, 20万元 × 0.5: 国家标准的企业)."""
    if rule.multiplier is None or rule.referenced is None:
        return None
    return next((r for r in rules if r is not rule and r.cap == rule.referenced and r.multiplier is None
                 and rule.item.endswith(r.item)), None)


def _own_condition_named(rule: Incentive, base: Incentive, asked: set[str]) -> bool:
    """Whether the question names at least half of a share's own condition: the pairs of its words before the sum's
    item, less those of the standard it is a share of (参与制定 of 参与制定国家标准的企业, 按主导制定标准: 参与, 与制 —
    said in 参与了两项行业标准的制定, not in 主导制定 nor 牵头制定)."""
    own = _bigrams(rule.item.removesuffix(base.item)) - _bigrams(rule.refers_to)
    return bool(own) and 2 * len(asked & own) >= len(own)


def _after_rising(query: Query, clause: Clause, document: Sequence[Clause] = ()) -> Calculation | None:
    """升成省级了，还能再奖多少 of a clause whose sums are topped up when a level rises (企业逐级晋升的，按差额给予补足;
    按级差给予补足, in the clause or its section): the sum of the level now less what the level before brought, as
    the asker says it (拿了省里20万) or else as the clause grants that level (its own item at the level before); the
    whole sum when the asker says it never received the one before (市级的奖励一直没拿到). The grant at the level
    before is the clause's own item at that level, or else its one grant at that level of the same honour, or else
    the row of its table (a clause of its `document` beside it) that shares most of the honour's name."""
    now, before = query.risen
    rule = next((r for r in clause.incentives if r.topup and r.cap is not None and now in r.level), None)
    # (or a row of the level before, beside it, says it tops up to this one: 省级专精特新中小企业：…三年内晋级为国家级
    # 专精特新“小巨人”企业的，按第1项标准补足差额
    # — a row of the same honour whose words name this one's, not any row that tops something up to that level)
    held = next((r for r in clause.incentives if r.cap is not None and now in r.level), None)
    if rule is None and held is not None and any(
            r.topup and before in r.level and _honour_pairs(r.item) & (honour := _honour_pairs(held.item))
            and len(honour & _bigrams(c.text)) >= NAMED_SHARE * len(honour)
            for c in document if c.doc_id == clause.doc_id and c.path[:-1] == clause.path[:-1] for r in c.incentives):
        rule = replace(held, topup=True)
    if rule is None:
        return None
    facts, steps = query.facts, ()
    if facts.received is None and DENIED_RECEIVED.search(query.text):  # 市级的奖励一直没拿到: the whole sum is due
        steps = (f"未获得{before}奖励，按{now}标准计。",)
    elif facts.received is None:
        below = [r for r in clause.incentives if before in r.level and r.cap is not None and now not in r.level]
        # its own item at the level before; else the clause's one grant at that level when it is of the same honour
        # (省级专精特新中小企业 晋升为国家级专精特新“小巨人”企业的，补足差额; not 省级专精特新 -> 国家级单项冠军)
        kin = len(below) == 1 and bool(_honour_pairs(below[0].item) & _honour_pairs(rule.item))
        lower = next((r for r in below if strip_levels(r.item) == strip_levels(rule.item)
                      or r.group and r.group == rule.group), below[0] if kin else None)
        if lower is None:  # (国家级专精特新“小巨人”企业 | 省级专精特新中小企业: rows of one table)
            rows = [r for c in document if c.doc_id == clause.doc_id and c.clause_id != clause.clause_id
                    and c.path[:-1] == clause.path[:-1] for r in c.incentives
                    if before in r.level and r.cap is not None and now not in r.level]
            shared = [len(_honour_pairs(r.item) & _honour_pairs(rule.item)) for r in rows]
            if not shared or max(shared) == 0 or shared.count(max(shared)) > 1:
                return None
            lower = rows[shared.index(max(shared))]
        facts = replace(facts, received=lower.cap)
        steps = (f"{before}标准为{yuan_text(lower.cap)}（视为已获）。",)
    calculation = calculate(rule, facts, query.text)
    return replace(calculation, steps=(*steps, *calculation.steps)) if calculation.value is not None else None


def _honour_pairs(item: str) -> set[str]:
    """The character pairs that say which honour an item is (专精, 精特, 特新 of 新认定的省级专精特新中小企业): without
    its level, the words of its award (新认定的) and the pairs any item has (企业)."""
    return _bigrams(strip_levels(_AWARD_LEAD.sub("", item))) - GENERIC_PAIRS


_PER_ITEM = re.compile(rf"(?:{ONE_THING}|每[个项台套场笔次件])(?!企业)")  # a cap for each project, product, fair
_YEARLY = re.compile(r"年度|每年")  # a cap for each year (单个项目年度贴息最高不超过100万元)
_ENTERPRISE = re.compile(r"企业|单位|公司|户")  # whose sums a ceiling caps (同一企业, 每户)
_THIS_YEAR = re.compile(r"今年|本年|当年|这一年")


def _yearly_ceiling(clause: Clause, chosen: Sequence[Amount] = ()) -> Amount | None:
    """The sum a clause states as an enterprise's yearly ceiling (同一企业每年累计奖励最高不超过500万元), if one, or
    the limit of the enterprise's year of a sum `chosen` (每标准箱50元，每家企业每年最高不超过50万元); not a
    programme's yearly budget (每年累计补助资金总额不超过2000万元: no enterprise said)."""
    stated = next((a for a in clause.amounts if (i := _incentive_of(a, clause)) is not None and i.ceiling
                   and _YEARLY.search(i.item + i.per) and _ENTERPRISE.search(i.item + i.per)), None)
    # (or a sum's own limit said so: 每标准箱50元，每家企业每年最高不超过50万元)
    return stated or next((limit for a in chosen if (i := _incentive_of(a, clause)) is not None
                           and _YEARLY.search(i.limit_per) and _ENTERPRISE.search(i.limit_per)
                           for limit in _limit_of(a, clause)), None)


def _under_lead_ceiling(query: Query, calculation: Calculation, clause: Clause,
                        document: Sequence[Clause]) -> Calculation:
    """A sum of one of the tiers listed under a lead-in, within the ceiling the lead-in sets on them all (按设备投资额
    分档给予补助：…（3）3000万元（含）以上的，按9%给予补助。同一企业每年享受技术改造补助合计最高不超过250万元)."""
    value = calculation.value
    if value is None or not calculation.eligible or calculation.stated or len(clause.path) < 2 \
            or query.facts.years or query.facts.year_and_term:  # (not a total of years under one year's ceiling)
        return calculation
    lead = _heading_clause(clause, document)
    ceiling = next((r for r in lead.incentives if r.ceiling and r.cap is not None), None) if lead else None
    if ceiling is None or ceiling.cap is None or value <= ceiling.cap:
        return calculation
    step = f"超过{ceiling.item}{ceiling.cap_text}的上限，按{yuan_text(ceiling.cap)}计。"
    return replace(calculation, value=ceiling.cap, steps=(*calculation.steps, step))


def _within_yearly_ceiling(query: Query, calculation: Calculation, clauses: Sequence[Clause]) -> Calculation:
    """A sum within what is left of the document's yearly ceiling on an enterprise's grants (同一企业本年度享受
    县级科技类奖励资金合计不超过150万元) once what the asker says it received this year is counted (今年县里已经
    给过我们其他科技类奖励140万: 10万 left). Not for a top-up, where what was received is what the sum makes up to."""
    received, value = query.facts.received, calculation.value
    if received is None or value is None or not calculation.eligible or calculation.incentive.topup or query.risen:
        return calculation
    # received this year, said in the same part (not 前年拿过40万，今年研发…)
    if not any(_THIS_YEAR.search(part) and RECEIVED.search(part) for part in CLAUSE_PART.findall(query.text)):
        return calculation
    ceilings = [r for c in clauses for r in c.incentives if r.ceiling and r.cap is not None and _YEARLY.search(r.item)]
    if not ceilings:
        return calculation
    ceiling = min(ceilings, key=lambda r: r.cap or 0.0)
    room = max((ceiling.cap or 0.0) - received, 0.0)
    if value <= room:
        return calculation
    step = f"{ceiling.item}{ceiling.cap_text}，今年已获{yuan_text(received)}，尚余{yuan_text(room)}：按此计。"
    return Calculation(calculation.incentive, True, round(room, 2), (*calculation.steps, step))


_YEAR_TOLD = re.compile(r"第[一二两三四五\d]年|头一年|(?:19|20)\d\d年|[今去前]年")  # said in a part with its sum


def _each_capped(rule: Incentive, facts: Facts, question: str, label: str,
                 ceiling: Incentive | None = None) -> Calculation | None:
    """The rule for each of the asker's sums, each under its own cap, added up, the total under the clause's
    `ceiling` on them (单个项目最高不超过200万元，同一企业每年累计不超过300万元); None unless every one computes."""
    parts = [calculate(rule, replace(facts, base=b, bases=()), told)
             for b, told in zip(facts.bases, _told_of_each(question, facts.bases), strict=True)]
    if not all(p.eligible and p.value is not None and not p.error for p in parts):
        return None
    value = round(sum(p.value for p in parts), 2)
    steps = tuple(label.format(n=n) + "".join(p.steps) for n, p in enumerate(parts, start=1))
    steps += (f"合计{yuan_text(value)}。",)
    if ceiling is not None and ceiling.cap is not None and value > ceiling.cap:
        steps += (f"超过{ceiling.item}{ceiling.cap_text}的上限，按{yuan_text(ceiling.cap)}计。",)
        value = ceiling.cap
    return Calculation(rule, True, value, steps)


_PART_MARKS = "，,。；;：:？?！!"
_OF_ALL = re.compile(r"都|均|全部|各")  # told of every one of the sums


_RAISED_TO = re.compile(r"(?:提高|提升|上调)(?:到|至|为)")  # (奖励提高至15万元: a grant raised for a case)


def _raised_from(clause: Clause, document: Sequence[Clause]) -> Incentive | None:
    """Of a table's row whose grant is a raised one (入统当年主营业务收入达到5000万元以上的，奖励提高至15万元), the
    grant it raises: that of the nearest row before it of the same number (a table's rows of one category, 二、小升规
    企业), one sum with no bar (首次入统：一次性奖励10万元); None when there is none."""
    if not is_row_text(clause.text) or not _RAISED_TO.search(clause.text):
        return None
    before = list(itertools.takewhile(lambda c: c.clause_id != clause.clause_id, document))
    plain = [i for c in before if c.number == clause.number
             for i in c.incentives if i.cap is not None and not i.tiers and i.low is None and not i.rate]
    return plain[-1] if plain else None


def _told_of_each(question: str, bases: Sequence[float]) -> list[str]:
    """What the question tells of each of its sums (一个设备投资800万，不是省重点；另一个设备投资3500万，列进了省重点
    技改项目。两个加起来能拿多少？): the words before the first, the part from its sum up to the next one's, and the
    part that asks, last; the whole question for each when its sums are not found one by one in that order."""
    found, at = [], 0
    for start, _, value, _ in spoken_sums(question):
        if len(found) < len(bases) and value == bases[len(found)] and start >= at:
            found.append(start)
            at = start
    if len(found) != len(bases):
        return [question] * len(bases)
    starts = [max(question.rfind(mark, 0, start) for mark in _PART_MARKS) + 1 for start in found]
    if any(later <= earlier for earlier, later in itertools.pairwise(starts)):
        return [question] * len(bases)  # (分别是800万和3500万: two sums in one part, told of both)
    asking = max(question.rfind(mark, 0, len(question) - 1) for mark in _PART_MARKS) + 1
    marks = [i for i in (question.find(mark, found[-1]) for mark in _PART_MARKS) if i >= 0]
    own_end = min(marks, default=len(question))  # (where the last sum's own part ends)
    if _OF_ALL.search(question, own_end):  # (…另一个3500万，都列进了省重点技改项目: told of every one)
        asking = own_end + 1
    elif asking <= found[-1]:  # (the sum told in the part that asks)
        asking = len(question)
    ends = [*starts[1:], asking]
    return [question[: starts[0]] + question[start:end] + question[asking:]
            for start, end in zip(starts, ends, strict=True)]


# (words between the count and its kind: 一个48岁的全职博士; not a time span, 三年前引进的)
# (or what they did, with no other count between: 5个职工新拿了技师证)
_COUNT_BEFORE = (rf"{COUNT_NUMBER}\s*{COUNTERS}?\s*(?![年月天周日季])"
                 r"(?:[^，,。；;、：:]{0,8}?的|[^，,。；;、：:\d一二两三四五六七八九十]{0,8}?)?"
                 r"(?:全职|全日制|新引进的?|引进的?)?")


def _counts_by_kind(question: str, rules: list[Incentive]) -> list[tuple[Incentive, int]]:
    """Per-unit rules of kinds granted one by one (博士 / 硕士), each with the count the question gives just
    before its kind (两个全职博士一个全职硕士 -> 2, 1), in the order the question counts them; [] unless two or more
    are counted."""
    counted = []
    for rule in rules:
        for kinds in SIBLING_KINDS:
            named = kinds_in(rule.item, kinds)
            # (its kind named for itself, not as the end of another's name: 12个人拿了技师证, not 15个人拿了高级技师证)
            m = next((m for m in re.finditer(_COUNT_BEFORE + re.escape(named[0]), question)
                      if named[0] in kinds_in(m.group(), kinds)), None) if len(named) == 1 else None
            if m and (n := cn_number(m.group(1))):
                counted.append((m.start(), rule, n))
    if len({at for at, _, _ in counted}) < len(counted):  # two rules of one kind (全职 / 柔性引进的博士): which one
        return []  # is not known
    return [(rule, n) for _, rule, n in sorted(counted, key=lambda c: c[0])]


def _other_jurisdictions(query: Query, document: Document, relevant: list[Hit],
                         documents: dict[str, Document]) -> list[str]:
    """Other places whose documents also answer a question that names no place nor level of government."""
    if query.places or query.issuer_levels or not document.jurisdiction:
        return []
    places = [documents[h.clause.doc_id].jurisdiction for h in relevant[1:]]
    return list(dict.fromkeys(p for p in places if p and p != document.jurisdiction))


def _growth_untold(clause: Clause, facts: Facts) -> bool:
    """Whether every grant of a clause sets a bar on growth (较上年增长20%以上) that the asker's figures leave open."""
    return bool(clause.incentives) and all((barred := growth_against_bar(i, facts)) is not None and not barred[3]
                                           for i in clause.incentives)


def lead_with_referring(query: Query, hits: list[Hit], clauses: Sequence[Clause]) -> list[Hit]:
    """`hits` with the clause that pays the item asked as a multiple of the table the first relevant clause is
    from (新引进总部企业按上表标准的2倍) first, as relevant: it is what the answer quotes (see _referring_clause)."""
    if not hits or not is_relevant(hits[0]):  # nothing answers: nothing to lead
        return hits
    relevant = [h for h in hits if is_relevant(h)]
    referring = _referring_clause(query, [h.clause for h in relevant], clauses)
    if referring is None or referring.clause_id == relevant[0].clause.clause_id:
        return hits
    return led_by(referring, hits, relevant[0])


def lead_with_section(answer: Answer, hits: list[Hit]) -> list[Hit]:
    """`hits` led by the section the answer quotes whole (第十条审核程序 and its steps, as one clause), in place of
    the hit of its head clause: it is the first clause the answer cites."""
    if answer.section is None or not hits:
        return hits
    return led_by(answer.section, hits, hits[0])


def led_by(lead: Clause, hits: list[Hit], scored: Hit | None = None) -> list[Hit]:
    """`hits` led by `lead` as relevant (with the scores of `scored`, else full), its own hit dropped below."""
    score = (scored.score, scored.dense, scored.coverage) if scored else (1.0, 1.0, 1.0)
    return [Hit(lead, *score, True), *(h for h in hits if h.clause.clause_id != lead.clause_id)]


def _referring_clause(query: Query, found: list[Clause], clauses: Sequence[Clause]) -> Clause | None:
    """研发机构贡献1200万奖励多少, answered from a tier table (its rows or its section): the clause of the
    same document that pays the item the question names as a multiple of that table (研发机构按上表的
    1.5倍)."""
    top = found[0]
    tables = [i.tiers for c in found if c.doc_id == top.doc_id for i in c.incentives if i.tiers]
    if not (query.facts.figures or query.facts.base is not None or query.facts.quantities) or not tables:
        return None
    same = _same_document(top, clauses)
    # what the question says beyond the table (新引进, 落户, 研发机构): words its rows and lead-in lack that
    # one clause of the document alone has (最高, 奖励 are said all over it)
    table = [c for c in same if _pays_by(c, tables)]
    said = "".join(c.text + "".join(c.path) for c in same if c in table or any(c.path == t.path[:-1] for t in table))
    # (a term the document defines says what its definition says: 研发机构 is …具有独立法人资格…的研发中心)
    definitions = defined(c.text for c in same)
    texts = {c.clause_id: with_definitions(c.text, definitions) for c in same}
    beyond = [t for t in query.terms if t not in said and sum(t in texts[c.clause_id] for c in same) == 1
              and not _AWARDING.fullmatch(t)]  # 认定的总部企业: how the asker became one, not which item
    # (an asker long settled, 落户好多年了, is no newcomer: not 新引进总部企业按上表标准的2倍; its own words, not the
    # question before's)
    own_words = query.own_words or query.text
    settled = bool(LONG_STANDING.search(own_words)) and not NEWCOMER.search(own_words)
    return next((c for c in same for r in c.incentives if r.multiplier is not None and r.tiers in tables
                 and not (settled and NEWCOMER.search(r.item))
                 and (_names_whole(r.item, query.text) or any(t in texts[c.clause_id] for t in beyond))), None)


def _names_whole(item: str, question: str) -> bool:
    """The question names every character pair of a short item (研发机构), levels set aside."""
    pairs = _bigrams(strip_levels(item)) - GENERIC_PAIRS
    return bool(pairs) and len(item) <= 8 and pairs <= _bigrams(strip_levels(question))


def _base_and_addon_named(question: str, clause: Clause) -> bool:
    """首次进规上统计，还是当年新投产当年就进的，能拿多少: the asker says it meets a grant and the add-on paid on
    top of it (再给予), so it asks for both together; 还有 / 再 / 另 asks for the add-on alone."""
    if _ADDON_ALONE.search(question):
        return False
    asked = _bigrams(_what_is_awarded(question)) - GENERIC_PAIRS
    # (an add-on's condition said in a part that denies it is not met: 当年没进规上统计)
    affirmed = _bigrams(_what_is_awarded(" ".join(p for p in CLAUSE_PART.findall(question)
                                                  if not _DENIED.search(p)))) - GENERIC_PAIRS
    for rule in clause.incentives:
        base = rule.addon_to
        if not rule.addon or base is None or base.cap is None:
            continue
        own = _bigrams(_what_is_awarded(base.item)) - GENERIC_PAIRS
        extra = _bigrams(_what_is_awarded(rule.item)) - GENERIC_PAIRS - own  # what only the add-on's condition says
        if len(asked & own) >= NAMED_PAIRS and len(affirmed & extra) >= CONDITION_PAIRS:
            return True
    return False


_STAGE = re.compile(r"[\u4e00-\u9fff]{2,}后$")  # a stage of a process, named by the step it follows (申报材料获受理后)


def stages_of(clause: Clause) -> tuple[Incentive | None, list[Incentive]]:
    """A grant paid in stages, by its shape: a sum followed by a colon and the consecutive sums that add up to it
    (分阶段奖励500万元：完成辅导备案的奖励100万元，申报材料获受理的奖励150万元，成功上市的奖励250万元), or two or more
    consecutive sums for the steps they follow (辅导备案登记后…，申报材料获受理后…); the whole (None when not stated)
    and its stages, or (None, [])."""
    sums = [r for r in clause.incentives if r.cap is not None and not r.rate and not r.tiers]
    for n, whole in enumerate(sums):
        # (not a cap over what follows: 单个企业奖励金额最高300万元：…首次突破10亿元的奖励100万元…)
        if not re.search(rf"{re.escape(whole.cap_text)}\s*[：:]", clause.text) or re.match(CAP_WORDS, whole.cap_text):
            continue
        added = 0.0
        for m, part in enumerate(sums[n + 1:], start=1):
            added += part.cap
            if m >= 2 and abs(added - whole.cap) < 0.5:
                return whole, sums[n + 1: n + 1 + m]
            if added > whole.cap:
                break
    stages = [r for r in sums if _STAGE.search(r.item)]
    # (consecutive, and not one grant at several levels: 获得国家级认定后奖励50万元，获得省级认定后奖励20万元)
    if len(stages) >= 2 and [r.group for r in stages] == list(range(stages[0].group, stages[0].group + len(stages))) \
            and len({r.level for r in stages if r.level}) < 2:
        return None, stages
    return None, []


def _staged_total(query: Query, clause: Clause) -> Calculation | None:
    """分阶段奖励：辅导备案登记后奖励100万元，申报材料获受理后奖励100万元，成功上市后奖励200万元, asked 上市总共奖多少:
    the stages' sums added up, within a total the clause states for them (共计600万元: a ceiling); None unless the
    clause pays in stages (`stages_of`) and the question names the whole or one of them."""
    whole, stages = stages_of(clause)
    asked = _bigrams(_asked(query))
    named = any(_bigrams(_STAGE.sub(lambda m: m.group()[:-1], r.item)) & asked
                for r in [*stages, *([whole] if whole else [])])
    if not named or levels_in(query.own_words or query.text):
        return None  # (a level asked asks of one level's grant, not of stages; a follow-up's by its own words)
    total = round(sum(r.cap for r in stages), 2)
    steps = ["分阶段：" + " + ".join(f"{r.item}{yuan_text(r.cap)}" for r in stages) + f" = {yuan_text(total)}。"]
    bound = min((r for r in clause.incentives if r.ceiling and r.cap is not None), key=lambda r: r.cap, default=None)
    if bound is not None and bound.cap < total:
        steps.append(f"超过{bound.item}{bound.cap_text}的上限，按{yuan_text(bound.cap)}计。")
        total = bound.cap
    # (the total named by the whole when the clause states it, else by the stages: 辅导备案登记后至成功上市后)
    record = whole or replace(stages[-1], item=f"{stages[0].item}至{stages[-1].item}")
    return Calculation(record, True, total, tuple(steps))


def _each_stage(query: Query, clause: Clause, chosen: list[Amount]) -> list[Amount]:
    """每步各多少 / 分几步奖 asked of a grant paid in stages whose whole is among the amounts chosen: its stages, in
    order; else `chosen`."""
    whole, stages = stages_of(clause)
    if whole is None or not _EACH_ASKED.search(query.own_words or query.text) \
            or not any(a.item == whole.item and a.value == whole.cap for a in chosen):
        return chosen
    return [a for r in stages for a in clause.amounts if a.item == r.item and a.value == r.cap][: len(stages)]


def _needs_no_figures(rule: Incentive, total_asked: bool) -> bool:
    if rule.multiplier is not None and rule.referenced is not None and not rule.tiers:
        return True
    base = rule.addon_to
    return total_asked and rule.addon and base is not None and base.cap is not None and not is_calculable(base)


def _with_addon(rule: Incentive, facts: Facts, question: str, nearby: list[Clause],
                measured: bool = False) -> Calculation | None:
    """An add-on paid on top of the rule just applied, when the enterprise also qualifies for it: asked for
    with 一共 / 总共, or (`measured`) an add-on for a figure passing a threshold for the first time, when the
    asker gives the figure and says so (研发费用首次超过1000万元的，另给予20万元: 2023年1300万，以前从没过千万)."""
    for clause in nearby:
        for other in clause.incentives:
            base = other.addon_to
            if not other.addon or base is None or (base.clause, base.item) != (rule.clause, rule.item) \
                    and not (base.tiers and base.tiers == rule.tiers):
                continue
            # (每新上一个10亿元台阶再奖励20万元: paid by the figure told, as its grant is)
            if measured and not (fits_figures(other, facts) and other.step is not None) \
                    and not (fits_figures(other, facts) and FIRST_AWARD.search(other.item)
                             and FIRST_PASSED.search(question) and first_passed(other, facts)):
                continue
            extra = calculate(other, facts, question)
            if extra.eligible and extra.with_base is not None:
                return extra
    return None


def _one_named_after(query: Query, several: list[tuple[Hit, Amount]]) -> bool:
    """Whether a follow-up's own words name one of several items found in it and its history, and ask of no more
    than it (no total, 两个, 都…; 又 says it comes next): it asks of that one, the history's item was the answer
    before. Not when a clause of them tops one up with the other (由数字化车间晋级为智能工厂的，补足差额)."""
    if not query.own_words or query.own_words == query.text or _SUM_CUE.search(re.sub("又|还", "", query.own_words)) \
            or any(r.topup for hit, _ in several for r in hit.clause.incentives):
        return False
    scores = _item_scores(query.own_words, tuple(a for _, a in several))
    return sum(score > 0 for score in scores) == 1


def _sets_aside(part: str) -> bool:
    """Whether a part of a question sets its items aside: besides them (除了按设备投资拿补助), or their grants
    received already (股改和辅导备案那两笔奖都领过了; not 拿到了两个认定, honours), asking nothing."""
    return ("除了" in part or bool(RECEIVED.search(part)) and bool(_PAID.search(part))) and not part_asks(part)


_PAID = re.compile(r"笔|奖励|奖金|补助|补贴|钱|资金|\d\s*万")  # what is received is money (not 拿到了…认定, 省长质量奖)


def _several_items(question: str, hits: list[Hit], facts: Facts | None = None) -> list[tuple[Hit, Amount]]:
    """Two or more incentives named in one question (…专精特新企业，又获得省级质量标杆，一共…):
    each item must be named in the question (see _named_at), at the level written next to it, or be the tier of a
    list the asker's figure falls in (镇级财政贡献五百万左右 of 400万元以上不足800万元的，奖励15万元), where the figure
    is told."""
    if not _SUM_CUE.search(question):
        return []
    asked = _NOT_WORD.sub("", question)
    # (除了按设备投资拿补助，…另外再给多少; 股改和辅导备案那两笔奖都领过了，上市成功这一步还给多少: not asked, its
    # items named nowhere else)
    named_in = asked if total_asked(question) else _NOT_WORD.sub("", CLAUSE_PART.sub(  # (除了A，还B，一共: both)
        lambda m: "□" * len(_NOT_WORD.sub("", m.group())) if _sets_aside(m.group()) else m.group(), question))
    found: list[tuple[int, Hit, Amount]] = []
    for hit in hits:
        # (told apart from the items of its clause and, of a table's row, of the other rows found: each row is a
        # clause of its own)
        rows = [h.clause for h in hits if h.clause.path[:-1] == hit.clause.path[:-1] and is_row_text(h.clause.text)] \
            if is_row_text(hit.clause.text) else [hit.clause]
        cores = list(dict.fromkeys(_item_core(a.item) for c in [hit.clause, *rows] for a in c.amounts))
        for amount in hit.clause.amounts:
            if award_mismatch(question, amount.item):  # 重新认定通过了 names no first award
                continue
            core = _item_core(amount.item)
            others = [c for c in cores if strip_levels(c) != strip_levels(core)]  # not the same item at another level
            at = max(_named_at(name, others, named_in) for name in _item_names(amount.item))
            # (（六）招商引荐奖。对引荐镇外企业…: the clause's title, said whole, names its one stated sum; a rate is
            # named by the figure it is paid on, below)
            if at < 0 and len(hit.clause.amounts) == 1 and all(r.rate is None for r in hit.clause.incentives) \
                    and (title := _title_name(hit.clause)) and title in named_in:
                at = named_in.find(title)
            if at < 0:
                continue
            # (an item said at two levels, 省级数字化车间、市级数字化车间: each sum at the place its level is said)
            near = [(place, level) for place, level in _levels_near(question, strip_levels(core)) if level]
            if near:
                at = next((place for place, level in near if level in amount.level), -1)
                if at < 0:
                    continue
            found.append((at, hit, amount))
    measured: set[str] = set()  # (a figure chooses one tier of its class: not a table's row and its copy too)
    multiplied = {r.tiers for hit in hits for r in hit.clause.incentives if r.multiplier is not None and r.tiers}
    for hit in hits:
        for rule in hit.clause.incentives:
            if rule.tiers in multiplied:  # (研发机构按上表的1.5倍: the row is not the sum of the asker)
                continue
            amount = next((a for a in hit.clause.amounts if a.item == rule.item and a.value == rule.cap), None)
            said = next((m for name, pattern in METRICS if name == rule.metric and (m := pattern.search(asked))), None)
            if amount is None or said is None or not facts:
                continue
            # (an add-on on a bar of the figure, 年纳税额在200万元以上、且较上年增长20%以上的，另奖励2万元, beside the
            # tier the figure falls in: when the asker's figures meet its bars)
            due = rule.addon and rule.addon_to is None and rule.low is not None \
                and (paid := calculate(rule, facts, question)).eligible and bool(paid.value)
            if not due and (rule.metric in measured or not in_own_tier(rule, facts)):
                continue
            if FIRST_PASSED.search(rule.item) and not first_passed(rule, facts):  # (passed before: not first now)
                continue
            if any(a.item == amount.item for _, _, a in found):
                continue
            if not due:
                measured.add(rule.metric)
            found.append((said.start(), hit, amount))
    # (the same item twice is one whose level the question leaves open, unless it says each level and asks each:
    # 省级和市级企业技术中心分别奖多少; a total of one clause's levels is that clause's: 一位国家级、一位省级…一共多少)
    # (not where the level is the name: 国际标准、国家标准 are kinds of one clause, answered with the limit they share)
    each = not total_asked(question)
    names = [(name, a.level if each and len(name) >= 3 and _said_levels(question, name) else "")
             for _, _, a in found for name in [strip_levels(_item_core(a.item))]]
    if len(found) < 2 or len(set(names)) != len(names):
        return []  # one item, or an item whose level the question leaves open: not a sum
    out, previous = [], 0
    for at, hit, amount in sorted(found, key=lambda f: f[0]):  # as the question names them
        out.append((hit, _times_count(amount, hit.clause, asked[previous:at + 2])))
        previous = at + 2
    return out


def _with_addons(query: Query, clause: Clause, chosen: list[Amount]) -> list[Amount]:
    """还有额外的没有 / 还能再加吗 asked of a grant with an add-on in its clause (再给予5万元): the grant and each
    add-on paid on top of it, in the clause's order, whichever of them the question named. A follow-up that names
    the add-on (那要是评价优秀，还能再奖吗) is not given the grant it is paid on: that was the answer before — unless it
    names the level it asks of (那国家级的呢？要是评价优秀，还能再多拿吗, after 省级的奖多少)."""
    if not chosen or not MORE_ASKED.search(query.own_words or query.text):
        return chosen
    records = {a: _incentive_of(a, clause) for a in clause.amounts}
    chosen_records = [r for a in chosen if (r := records.get(a)) is not None]  # (chosen from the clause's amounts)
    keys = {(r.item, r.cap) for r in chosen_records}
    # (a level the follow-up names as one, 那国家级的呢, that the questions before did not: not 国家评价, nor 那国家级的
    # after 国家级…奖励多少)
    named = set(re.findall(r"(?:国家|省|市|县|区)级", query.own_words)) - set(query.levels_before)
    if not query.own_words or named:
        keys |= {(r.addon_to.item, r.addon_to.cap) for r in chosen_records if r.addon and r.addon_to is not None}
    family = [a for a in clause.amounts if (r := records[a]) is not None and (
        (r.item, r.cap) in keys or r.addon and r.addon_to is not None and (r.addon_to.item, r.addon_to.cap) in keys)]
    return family if len(family) > len(chosen) else chosen


def _named_addons(query: Query, clause: Clause, chosen: list[Amount]) -> list[Amount]:
    """国家级企业技术中心跟省级的，分别奖多少: not the add-on paid on top of a grant (国家评价中结果为优秀的，
    再给予50万元) whose own condition the question does not name (a question for more is given it: `_with_addons`)."""
    asked = _asked_pairs(query.text)
    kept = [a for a in chosen if (r := _incentive_of(a, clause)) is None
            or not _addon_unnamed(r, asked, list(clause.incentives))]
    return kept or chosen


def _incentive_of(amount: Amount, clause: Clause) -> Incentive | None:
    """The record an amount stated from a clause was read from (same item, same sum)."""
    return next((i for i in clause.incentives if i.item == amount.item and i.cap == amount.value), None)


def _per_year(amount: Amount, clause: Clause, query: Query) -> list[Amount]:
    """每年发多少 asked of a sum paid in yearly parts (200万元，分5年发放): one year's part; 第一年能拿多少 of one paid
    in parts (300万元，分3年按4:3:3比例兑现): each part asked."""
    incentive = _incentive_of(amount, clause)
    if incentive is None:
        return [amount]
    if part := yearly_part(incentive, amount.value, query.facts):
        said = f"每年{yuan_text(part[0])}（{amount.text}，{part[1].rstrip('。')}）"
        return [replace(amount, value=part[0], text=said)]
    parts, _ = instalment_parts(incentive, amount.value, query.facts) if amount.value > 0 else ((), "")
    return [replace(amount, value=value, text=f"{said}{yuan_text(value)}（{amount.text}的{value / amount.value:.0%}）")
            for said, value in parts] or [amount]


def _limit_of(amount: Amount, clause: Clause) -> list[Amount]:
    """The total a per-unit sum may reach (按每平方米1000元给予一次性补助，最高300万元: 300万元), after it."""
    incentive = _incentive_of(amount, clause)
    if incentive is None or incentive.limit is None or not incentive.per or incentive.limit == amount.value:
        return []
    return [replace(amount, value=incentive.limit, text=incentive.limit_text or yuan_text(incentive.limit),
                    item=f"{amount.item}（{incentive.limit_per or '累计'}上限）")]


def _limits_once(amounts: list[Amount]) -> list[Amount]:
    """A limit several items' sums share (每项分别奖励30万元、20万元、10万元；同一企业年度累计不超过50万元) said once,
    after the last of them, for all of them."""
    limits = [a for a in amounts if a.item.endswith("上限）")  # (not a limit of each: （每项标准上限）)
              and not a.item.rsplit("（", 1)[1].startswith(("每", "单"))]
    shared = {(a.value, a.text) for a in limits if sum((b.value, b.text) == (a.value, a.text) for b in limits) > 1}
    if not shared:
        return amounts
    out: list[Amount] = []
    for n, a in enumerate(amounts):
        key = (a.value, a.text)
        if a not in limits or key not in shared:
            out.append(a)
        elif not any((b.value, b.text) == key for b in amounts[n + 1:] if b in limits):
            items = [b.item.rsplit("（", 1)[0] for b in limits if (b.value, b.text) == key]
            out.append(replace(a, item=f"{'、'.join(dict.fromkeys(items))}（{a.item.rsplit('（', 1)[1]}"))
    return out


def _times_count(amount: Amount, clause: Clause, before: str) -> Amount:
    """A per-product sum times the count the question gives just before the item (3个产品入选…)."""
    incentive = _incentive_of(amount, clause)
    counts = _PRODUCT_COUNT.findall(before)  # 3个产品, not 两项 (two items asked about)
    if incentive is None or not incentive.per.startswith("每") or not counts:
        return amount
    n = cn_number(counts[-1]) or 0
    if n <= 1:
        return amount
    text = f"{amount.text}×{n}（{incentive.per}）"
    if incentive.limit is not None and limits_the_whole(incentive.limit_per) and amount.value * n > incentive.limit:
        # 同一企业…累计不超过200万元 (not 单个产品累计)
        return replace(amount, value=incentive.limit, text=f"{text}，{incentive.limit_per}{incentive.limit_text}")
    return replace(amount, value=amount.value * n, text=text)


_TITLE_GRANT = re.compile(rf"(?:{GRANT_WORDS}|奖)$")


_SUMS_LISTED = re.compile(r"\s*的?\s*[、和及与跟]\s*")  # between the sums of a list (100万、300万; 3个亿的和10个亿的)


def _bars_listed(question: str, clauses: Sequence[Clause]) -> list[Amount]:
    """Each bar's grant, in the order asked, when the question lists the bars of one tier list of the clauses (a
    sentence's or a table's rows) and asks of each (镇上纳税首次到100万、300万、500万，分别奖多少; 固投3个亿的和10个亿的
    分别奖多少): not the one tier its last figure falls in. Every sum told must be a bar of that list, two or more."""
    sums = spoken_sums(question)
    # (one run of sums, of the class of figure said before it: not 纳税从100万涨到300万, nor 营收 of a 纳税 list)
    if len(sums) < 2 or not _EACH_ASKED.search(question) \
            or not all(_SUMS_LISTED.fullmatch(question[one[1] : other[0]]) for one, other in itertools.pairwise(sums)):
        return []
    told = list(dict.fromkeys(value for _, _, value, _ in sums))
    metric = metric_of(question[: sums[0][0]])
    lists: dict[tuple, dict[float, Amount]] = {}
    for clause in clauses:
        for amount in clause.amounts:
            rule = _incentive_of(amount, clause)
            if rule is not None and rule.low is not None and len(rule.tiers) >= 2 and rule.metric == metric:
                lists.setdefault(rule.tiers, {}).setdefault(rule.low, amount)
    return next(([bars[v] for v in told] for bars in lists.values() if all(v in bars for v in told)), [])


def _title_name(clause: Clause) -> str:
    """What a clause's own short title names, its word of granting left off: 招商引荐 of （六）招商引荐奖。 (not a
    first sentence cut short: 2.奖励5万元。)"""
    title = _NOT_WORD.sub("", _TITLE_GRANT.sub("", without_number(_title(clause)).strip(" 。．.：:")))
    return title if len(clause.path) >= 2 and 2 <= len(title) <= 8 and not re.search(r"\d", title) else ""


def _item_core(item: str) -> str:
    """The name of what an incentive is for: 获得“中国驰名商标”（行政认定）的纺织服装企业 -> 中国驰名商标."""
    return _item_names(item)[0]


def _item_names(item: str) -> list[str]:
    """The item's name, then other names it gives: without a trailing nickname in quotes, and with
    a bracket's word instead of the one before it: 电子商务类示范区（基地） -> 电子商务类示范基地."""
    item = _AWARD_LEAD.sub("", item)  # 新认定的省级数字化车间: the award is how, not what
    head, _, _ = item.replace("(", "（").replace(")", "）").partition("的")
    name = head if len(head) >= 2 else item
    name = re.sub(r"^.*?(?:获得|通过|新认定为|认定为|确定为|被评为|评为|入选|主持制定)(?=..)", "", name)
    names = [_BRACKETED.sub("", name)]
    nickname = re.sub(r"“[^”]*”$", "", names[0])  # 专家工作站“人才飞地” is also just 专家工作站
    if len(strip_levels(nickname)) >= 2:
        names.append(nickname)
    for before, instead in re.findall(r"([^（）]+)（([^）]{2,4})）", name):
        for cut in (1, 2):  # the bracket's word stands for the last one or two characters before it
            names.append(_BRACKETED.sub("", name.replace(f"{before}（{instead}）", before[:-cut] + instead)))
    # the short name a bracket gives (…的小微企业（即小升规企业）, （以下简称专精特新企业）)
    bracketed = item.replace("(", "（").replace(")", "）")
    names += [alias for alias in re.findall(r"（(?:即|简称|以下简称)[“\"]?([^）”\"]{2,12})[”\"]?）", bracketed)
              if len(strip_levels(alias)) >= 3 and not re.fullmatch(r"本?(?:企业|项目|单位|公司|办法|措施)", alias)]
    return [_NOT_WORD.sub("", n) for n in dict.fromkeys(names)]


def _named_at(core: str, others: list[str], asked: str) -> int:
    """Where the question names an item (-1: it does not). Named: the whole name (瞪羚 for 瞪羚企业:
    a generic 企业 may be left off); its last six characters or more (三品典型成果); or, in other
    words, most of its character pairs, including at least half of those that tell it from the
    clause's other items (电子商务示范企业 names 电子商务类示范企业, not 电子商务类示范区; 马德里商标注册
    names 马德里注册商标; 强镇 is not 强县)."""
    name, plain = strip_levels(core), strip_levels(asked)
    if len(name) < 3:  # the level is the name: 国家标准, 国际标准
        name, plain = core, asked
    # (a generic 企业 may be left off, with the size it is of: 专精特新 names 专精特新中小企业; a stem of four
    # characters or more — not 创新型 of 创新型中小企业, said of 创新型领军企业 too)
    bare = _ENTERPRISE_END.sub("", name)
    stem = bare if len(bare) >= 4 else name[:-2] if name.endswith("企业") and len(name) >= 4 else name
    # (not a stem inside another item's name the question says: 专精特新 of 专精特新小巨人企业)
    longer = [bare_other for o in map(strip_levels, others)
              if o != name and (bare_other := _ENTERPRISE_END.sub("", o)) in plain]
    # (what follows the lead an enumeration's items share: 创新层挂牌 of 在全国中小企业股份转让系统创新层挂牌 beside
    # …基础层挂牌; not a piece of a figure, 0万元 of …达到1000万元 beside …达到100万元)
    lead = max((len(os.path.commonprefix([name, strip_levels(o)])) for o in others), default=0)
    own_end = name[lead:] if lead >= 6 and len(_ENTERPRISE_END.sub("", name[lead:])) >= 3 \
        and not re.search(r"\d", name[lead - 1 :]) else ""  # (a long lead; not 示范企业 of 单项冠军示范企业)
    for whole in (name, stem, name[-6:] if len(name) >= 8 else "", own_end):
        if whole == stem != name and any(stem in b for b in longer):
            continue
        if len(whole) >= 2 and whole in plain and not _other_rank(name, whole, plain):
            return asked.find(whole) if whole in asked else asked.find(whole[:2])
    pairs = _bigrams(name) - GENERIC_PAIRS
    # (a figure in a name is named by its own value only: 2000万元以上 shares 200, 00万 with 1200万元 and is not named
    # by it; 5亿元 is by 5个亿)
    told = {value for _, _, value, _ in spoken_sums(asked)}
    if len(pairs) < 3 or any(value not in told for _, _, value, _ in spoken_sums(name)):
        return -1
    present = pairs & _bigrams(plain)
    own = pairs - set().union(*(_bigrams(strip_levels(o)) for o in others))
    if len(present) < NAMED_SHARE * len(pairs) or not own or len(own & present) < OWN_SHARE * len(own):
        return -1
    return _first_shared(name, asked)


_ENTERPRISE_END = re.compile(r"(?:中小微?|小微|中型|小型|微型)?企业$")
_RANK = re.compile(r"[一二三四五六七八九十\dA-Da-d甲乙丙丁]")  # the rank before 级, 类, 档 (一级供应商, A类人才)


def _other_rank(name: str, piece: str, plain: str) -> bool:
    """Whether a piece of an item's name is said in the question after another rank than the name's (级供应商名录
    of 一级供应商名录 in 首次进二级供应商名录)."""
    before, said = name[: name.find(piece)][-1:], plain[: plain.find(piece)][-1:]
    return bool(_RANK.fullmatch(before) and _RANK.fullmatch(said) and before != said)


def _first_shared(name: str, asked: str) -> int:
    """Where the longest piece of `name` occurs in the question."""
    piece = _longest_shared(name, asked)
    return asked.find(piece) if piece else -1


def _longest_shared(name: str, asked: str) -> str:
    """The longest piece of `name` (two characters or more) the question says, the first of its length in `name`."""
    for size in range(len(name), 1, -1):
        for start in range(len(name) - size + 1):
            if name[start : start + size] in asked:
                return name[start : start + size]
    return ""


def _levels_near(question: str, core: str) -> list[tuple[int, str]]:
    """Each place the question says an item's words, with the level written just before them there ("" for none):
    省级智能工厂、省级数字化车间、市级数字化车间 says 数字化车间 at 省级 and again at 市级; 省级和市级企业技术中心
    says it at both levels."""
    piece = _longest_shared(_NOT_WORD.sub("", core), question)
    out = []
    for at in [m.start() for m in re.finditer(re.escape(piece), question)] if piece else []:
        start = max(0, at - 16)
        if run := _LEVEL_RUN.search(question[start:at]):  # (each level where the run says it, in its order; a
            # bare 省、市 of 省、市级 is that level)
            out += [(start + run.start() + m.start(), level) for m in _RUN_LEVEL.finditer(run.group())
                    for level in levels_in(m.group() if len(m.group()) > 1 else f"{m.group()}级")[:1]]
        else:
            out += [(at, levels[-1] if (levels := levels_in(question[max(0, at - 4) : at])) else "")]
    return out


_RUN_LEVEL = re.compile(rf"{LEVEL_NAMES}|[省市县区]")  # a level of a run, in full or bare before another (省、市级)
_LEVEL_RUN = re.compile(rf"(?:(?:{_RUN_LEVEL.pattern})\s*[和、及与或]\s*)+(?:{LEVEL_NAMES})的?$")  # 省级和市级


def _said_levels(question: str, core: str) -> list[str]:
    """The levels written before an item's words in the question, wherever it says them (省级质量标杆 -> 省级)."""
    return [level for _, level in _levels_near(question, core) if level]


def unit_measures(query: Query, clauses: Sequence[Clause], documents: dict[str, Document],
                  units: tuple[str, ...]) -> tuple[Answer, list[Hit]] | None:
    """科技创新局负责哪些项目: every measure (a clause that grants something) of a current document whose
    units include one named, within the places or level asked, in document order; None when none is."""
    rows = [c for c in clauses if set(c.departments) & set(units) and (c.incentives or GRANT.search(c.text))
            and not documents[c.doc_id].is_old and in_scope(documents[c.doc_id], query)]
    if not rows:
        return None
    hits = [Hit(c, 1.0, 1.0, 1.0, True) for c in rows]
    lines = [f"由{'、'.join(units)}负责的奖补事项共 {len(rows)} 项："]
    for n, clause in enumerate(rows[:MAX_UNIT_MEASURES], start=1):
        first = without_number(next(iter(SENTENCE.findall(clause.text)), ""), clause.number).strip()
        first = _CELL_LABEL.sub("", first).rstrip("；;，,。")  # 项目：高新技术企业认定奖励； (a table row)
        lines.append(f"{n}. {first[:60]}（{cite_label(documents[clause.doc_id], clause)}）")
    if len(rows) > MAX_UNIT_MEASURES:
        lines.append(f"……另有 {len(rows) - MAX_UNIT_MEASURES} 项，请在“奖补一览”中按责任单位筛选。")
    citations = [_citation(h, documents) for h in hits[:MAX_CITATIONS]]
    return Answer(query.asked, "\n".join(lines), True, citations, []), hits


def _own_bases(question: str, facts: Facts, items: Sequence[Amount]) -> dict[str, Facts]:
    """For each of several `items` (by item), the facts with its own sum of several told: the one told after it is
    named and before the next one is (一台是国家首台（套）…，单价一千万；另一台是省首台（套），单价八百万: 一千万, then
    八百万); or, all items named before all the sums (国家…和省…各一台，单价分别是一千万和四百万), the sum of its place
    in the list. Empty when the items are not so told (each then takes the facts as they are)."""
    if len(facts.bases) < 2:
        return {}
    text = _IN_NAMES.sub("", question)  # (首台（套） as the item's name has it, 首台套)
    named = {a.item: max(_named_at(name, [], text) for name in _item_names(a.item)) for a in items}
    if len(set(named.values())) != len(named) or min(named.values(), default=-1) < 0:
        return {}
    sums = [(start, value) for start, _, value, _ in spoken_sums(text) if value in facts.bases]
    places = sorted(named.values())
    own: dict[str, Facts] = {}
    for item, at in named.items():
        if len(sums) == len(named) and places[-1] < sums[0][0]:
            told = [sums[places.index(at)][1]]  # (…各一台，单价分别是一千万和四百万)
        else:
            end = next((n for n in places if n > at), len(text))
            told = [value for start, value in sums if at < start < end]
        if told:
            own[item] = replace(facts, base=told[0], bases=(), base_labels=())
    return own


def _sum_answer(query: Query, found: list[tuple[Hit, Amount]], relevant: list[Hit],
                documents: dict[str, Document], clauses: Sequence[Clause] = ()) -> Answer:
    """Each item named with its sum and clause, then the total. An item paying a rate of a figure the asker
    gives (设备投资1000万, 按设备投资额的10%) is computed; alternatives (就高不重复) count once; a ceiling of
    the section holding all the items (同一企业本年度各项奖励合计不超过250万元) limits the total."""
    question = query.text
    if (risen := _item_risen(query, found, documents)) is not None:
        return risen
    lines = ["您的问题涉及多项奖补，分别为："]
    shown: list[Amount] = []
    parts: list[Calculation | Incentive | None] = []  # what each item adds to the total
    computed = False  # a sum was worked out from the asker's figures (1000万 × 10%, or 3500万 × 10% capped)
    deciding: list[Clause] = []  # the clauses whose limits decided the total: they lead
    own_bases = _own_bases(question, query.facts, [a for _, a in found])
    for n, (hit, amount) in enumerate(found, start=1):
        incentive = next((i for i in hit.clause.incentives if i.item == amount.item), None)
        cited = cite_label(documents[hit.clause.doc_id], hit.clause)
        # a rate of the asker's figure (按设备投资额的10%); counts of products were read per item already
        rated = incentive is not None and (incentive.rate is not None or bool(incentive.class_rates))
        calculation = calculate(incentive, own_bases.get(amount.item, query.facts), question) \
            if query.facts and rated and is_calculable(incentive) else None
        if calculation is not None and calculation.steps and not calculation.error \
                and (not calculation.eligible or calculation.value is not None):
            parts.append(calculation)
            result = f"测算{yuan_text(calculation.value)}" if calculation.eligible else "不符合条件"
            lines.append(f"{n}. {amount.item}：{result}，依据{cited}。测算：{''.join(calculation.steps)}")
            if calculation.eligible and calculation.value is not None:
                computed = True
                shown.append(replace(amount, value=calculation.value, text=yuan_text(calculation.value),
                                     item=f"{amount.item}{COMPUTED}"))
            continue
        kind = f"（{amount.kind}）" if amount.kind else ""
        lines.append(f"{n}. {amount.item}：{amount.text}{kind}，依据{cited}。")
        if incentive is not None and incentive.limit_text and amount.text.endswith(incentive.limit_text):
            deciding.append(hit.clause)  # 3个产品…同一企业多个产品累计不超过200万元: its own limit (_times_count)
        parts.append(replace(incentive, cap=amount.value) if incentive is not None else None)
        shown.append(amount)
        computed = computed or incentive is not None and amount.value != incentive.cap  # 3个产品: counted
    total = sum(a.value for a in shown)
    capped = any(a.text.startswith(("最高", "不超过")) for a in shown)
    held = [hit.clause for hit, _ in found]
    # (of a clause that grants nothing else: not a sibling item's own 累计不超过300万元)
    ceilings = [r for c in _same_document(held[0], clauses) if c.incentives and all(r.ceiling for r in c.incentives)
                and all(h.doc_id == c.doc_id and h.path[: len(c.path) - 1] == c.path[:-1] for h in held)
                for r in c.incentives if r.cap is not None]
    # (each clause its own matter: a rule on one matter, 同一事项…就高, makes alternatives of one clause's items only)
    matters = [list(dict.fromkeys(h.clause.clause_id for h, _ in found)).index(hit.clause.clause_id)
               for hit, _ in found]
    alone, why = combined([p for p in parts if p is not None], ceilings, matters) if all(parts) else (None, "")
    reduced = alone is not None and alone < total
    apart = len(question_parts(question)) > 1 and not total_asked(question)
    if apart:
        pass  # 境外展会最多补多少，境内展会又最多补多少: each asked apart, no total
    elif reduced:  # 就高不重复 / 只能选择一项 / a ceiling: not all added up
        lines.append(why.removesuffix("。") + "（以主管部门审核为准）。")
        deciding += [c for c in _same_document(held[0], clauses) for r in c.incentives
                     if r.ceiling and r.cap == alone and (r in ceilings or r in parts)][:1]  # a ceiling decided it
        total = alone or 0.0
    else:
        lines.append(f"合计{'最高' if capped else ''}{yuan_text(total)}（各项以主管部门审核为准）。")
    addon = any(isinstance(p, Incentive) and p.addon for p in parts)
    several = len(shown) > 1 and not _EACH_ASKED.search(question)  # (not 各 / 分别: each asked)
    if shown and not apart and (total_asked(question) and (computed or reduced) or several and (addon or deciding)):
        # 设备投资1000万…一共能拿多少: as for one item, a sum computed from the asker's figures comes first; and
        # the total asked (一共, 加起来) when it is not the items' plain sum (就高不重复, a ceiling); a grant with the
        # add-on paid on top of it (当年新建投产就进了规上…小升规奖励能拿多少: 10万 + 另加奖3万), or a total a limit
        # decided (…3个产品被认定为单项冠军产品，最多能拿多少: 80万 + 200万, capped at 250万). (A plain sum asked: the
        # items first, the total said after them.)
        shown.insert(0, Amount(total, f"{'最高' if capped else ''}{yuan_text(total)}", f"合计{COMPUTED}",
                               shown[0].clause, "", ""))
    cited = list(dict.fromkeys(hit.clause.clause_id for hit, _ in found))
    hits = [h for h in relevant if h.clause.clause_id in cited]
    units = list(dict.fromkeys(u for h in hits for u in h.clause.departments))
    if units:
        lines.append("责任单位：" + "、".join(units) + "。")
    lead = deciding[0] if deciding else None
    if lead is not None:
        hits = led_by(lead, hits)
    return Answer(question, "\n".join(lines), True, [_citation(h, documents) for h in hits], shown, section=lead)


def with_cost_shares(query: Query, answer: Answer, documents: dict[str, Document],
                     clauses: Sequence[Clause]) -> Answer:
    """县里出多少 / 市里和县里各出多少 asked of an answer's sum, when its document splits the cost between
    governments (奖励资金由市、县（市、区）财政按6:4比例分担; 县财政负担30%，镇财政负担70%): each government asked
    of, its share of the sum. The split whose payers the question names most, of the answered clause's own section,
    or one the document states of all its measures (本细则所需资金由县财政承担70%…), is the one asked (…高新区财政要
    出多少: 由市财政与高新区财政按5:5比例分担). A follow-up (那这10万县里出多少) gets the shares first; a question of
    its own, the sum first."""
    told = _grant_told(query.facts)
    if not answer.found or not (answer.amounts or told) or not answer.citations \
            or not SHARE_ASKED.search(query.text):
        return answer
    doc_id, number = answer.citations[0].doc_id, answer.citations[0].clause
    answered = next((c for c in clauses if c.doc_id == doc_id and cite_label(documents[doc_id], c).endswith(number)),
                    None)
    if answered is None:
        return answer
    # (a split of the answered clause's own section: its heading's, a sibling's or its own; not another measure's)
    document = [c for c in clauses if c.doc_id == doc_id]
    near = [c for c in document if answered.path[: len(c.path)] == c.path or c.path[:-1] == answered.path[:-1]]
    splits = [(c, sentence, parts) for c in near for sentence, parts in cost_splits(c.text)]
    own = {c.clause_id for c in near}
    splits += [(c, sentence, parts) for c in document if c.clause_id not in own
               for sentence, parts in cost_splits(c.text) if SELF_REFERENCE.search(sentence)]
    asked = query.own_words or query.text
    named = [[p for p, _, _ in parts if _payer_named(p, asked)] for _, _, parts in splits]
    if not any(named):
        return answer
    best = max(range(len(splits)), key=lambda n: len(named[n]))
    clause, sentence, parts = splits[best]
    # (of the sum the asker tells when the answer states none: 县里技改补助核下来192万，县里和镇里各出多少)
    whole = answer.amounts[0] if answer.amounts else Amount(told, yuan_text(told), "所述奖补金额", number, "", "")
    shown, said = [], []
    for payer, share, share_text in parts:
        if payer in named[best]:
            value = round(whole.value * share, 2)
            shown.append(Amount(value, yuan_text(value), f"{payer}财政承担部分{COMPUTED}", whole.clause, "", ""))
            said.append(f"{payer}财政承担{share_text}：{yuan_text(whole.value)} × {share_text} = {yuan_text(value)}")
    line = f"资金分担：{'；'.join(said)}（依据{cite_label(documents[doc_id], clause)}：{sentence.strip()}）。"
    # (or one that asks only the shares: 市里的这笔奖励市财政和县财政各出多少; the split is then what answers it, the
    # first clause cited)
    shares_only = not HOW_MUCH.search(SHARE_ASKED.sub(" ", query.text))
    amounts = [*shown, *answer.amounts] if query.own_words or shares_only or not answer.amounts \
        else [whole, *shown, *answer.amounts[1:]]
    shared = replace(answer, answer=f"{answer.answer}\n{line}", amounts=amounts)
    if shares_only and clause.clause_id != answered.clause_id:
        split = _citation(Hit(clause, 1.0, 1.0, 1.0, True), documents)
        rest = [c for c in shared.citations if (c.doc_id, c.clause) != (split.doc_id, split.clause)]
        shared = replace(shared, citations=[split, *rest], section=clause)
    return shared


def _grant_told(facts: Facts) -> float | None:
    """The sum of a grant the asker tells (县里技改补助核下来192万, 县里已经补了120万, 小巨人市里奖50万, 市里那200万
    奖励): one told as received from a government, or told with a grant's word; None when none is."""
    if facts.matched is not None or facts.received is not None:
        return facts.matched if facts.matched is not None else facts.received
    return facts.base if facts.base is not None and re.search(rf"{GRANT_WORDS}|奖|补", facts.base_label) else None


# a government's share of a grant's cost as a percentage (县财政负担30%，镇财政负担70%; 由省级财政承担60%，企业所在市、
# 县（市、区）财政共同承担40%; 由县财政和街道财政各承担50%)
_SHARE_BORNE = re.compile(r"(?P<payers>[^，,。；;由]{1,30}?)(?P<each>各|共同)?(?:负担|承担|分担|出资)\s*"
                          r"(?P<share>\d+(?:\.\d+)?)\s*[%％]")


def cost_splits(text: str) -> list[tuple[str, list[tuple[str, float, str]]]]:
    """Each split of a cost between governments a text states, with its sentence: [(payer, share as a fraction,
    the share as said)], in order — by a ratio (由市、县（市、区）财政按6:4比例分担: 市 3/5 as 6/10…) or by each one's
    percentage, the percentages of one sentence one split; not a share an enterprise bears (企业自筹30%)."""
    found = []
    for sentence in (s.rstrip(END_MARKS) for s in SENTENCE.findall(text)):
        for m in COST_SPLIT.finditer(sentence):
            shares = [int(x) for x in re.findall(r"\d+", m.group("shares"))]
            payers, total = _payers(m.group("payers"), len(shares)), sum(shares)
            if len(payers) == len(shares) and total:
                found.append((sentence, [(p, n / total, f"{n}/{total}") for p, n in zip(payers, shares, strict=True)]))
        parts = []
        for m in _SHARE_BORNE.finditer(sentence):
            words = re.sub(r"^.*?(?:所在地?|资金)", "", m.group("payers"))
            if not re.search(rf"财政|{PLACE_SUFFIX}", words):
                continue  # (企业自筹30%: no government)
            share = float(m.group("share"))
            each = _payers(words, 0) if m.group("each") == "各" else [_payer_name(words)]
            parts += [(p, share / 100, f"{share:g}%") for p in each if p]  # (企业所在地财政: no government named)
        if parts:
            found.append((sentence, parts))
    return found


def _payers(words: str, count: int) -> list[str]:
    """The governments a cost split names, in order (市、县（市、区）财政 -> 市, 县（市、区）; 市财政与高新区财政 ->
    市, 高新区); of `count` shares, those joined by 和 / 与 as one when they make that count (省级和市、县（市、区）
    财政按6:4 -> 省, 市、县（市、区）)."""
    named = re.sub(r"[两三四]级$", "", words.removesuffix("财政"))
    # 和 joins two governments only before one (市级财政和县级财政, 高新区管委会和市财政; not 工业和信息化局)
    joined = re.sub(rf"和(?=(?:{PLACE_SUFFIX})|[\u4e00-\u9fff]{{1,6}}?(?:{PLACE_SUFFIX}))", "、", named)
    payers = [_payer_name(p) for p in split_top_level(joined, "、，,与及")]
    grouped = [_payer_name(p) for p in split_top_level(named, "和与及")]
    return grouped if count and len(payers) != count and len(grouped) == count else payers


def _payer_name(words: str) -> str:
    """市级财政 -> 市, 县两级 -> 县."""
    return re.sub(r"[两三四]?级$", "", words.strip().removesuffix("财政")).removesuffix("财政")


def _payer_named(payer: str, asked: str) -> bool:
    """Whether a question names a government that pays (县（市、区） as 县里 / 县级 / 县财政; 高新区 by its name;
    乡镇（街道）, a name of one level, as 镇里 or 街道; not 市县 jointly, as 市里)."""
    base = re.sub(r"[（(].*", "", payer)
    spoken = r"(?:里|级|财政|政府|上|这边)"
    if not base:
        return False
    if re.search(rf"{re.escape(base)}{spoken}", asked) is not None or len(base) >= 2 and base in asked:
        return True
    levels = {level for suffix, level in PLACE_SUFFIXES if len(suffix) == 1 and suffix in base}
    said = {level for word, level in SPOKEN_LEVELS.items() if word in asked} \
        | {level for suffix, level in PLACE_SUFFIXES if len(suffix) == 1 and re.search(rf"{suffix}{spoken}", asked)}
    return len(levels) == 1 and "、" not in payer and bool(levels & said)


def _item_risen(query: Query, found: list[tuple[Hit, Amount]], documents: dict[str, Document]) -> Answer | None:
    """那要是后来又升级认定成省级智能工厂了，还能再给多少, after a question on 省级数字化车间, of a clause that tops up
    a rise (由数字化车间晋级为智能工厂…的，补足差额): the sum of the item risen to less the one held. None unless
    the follow-up names one of two items of one clause, with a word of rising and of more."""
    own = _NOT_WORD.sub("", query.own_words)
    if len(found) != 2 or not own or not (RISEN.search(own) and re.search(ON_TOP, own)):
        return None
    said = [max(_named_at(name, [], own) for name in _item_names(a.item)) >= 0 for _, a in found]
    if said.count(True) != 1 or found[0][0].clause.clause_id != found[1][0].clause.clause_id:
        return None
    (hit, now), (_, before) = (found[1], found[0]) if said[1] else (found[0], found[1])
    record = _incentive_of(now, hit.clause)
    if record is None or not record.topup or now.value <= before.value:
        return None
    more = round(now.value - before.value, 2)
    lines = [f"根据{cite_label(documents[hit.clause.doc_id], hit.clause)}：",
             "".join(s for s in SENTENCE.findall(hit.clause.text) if re.search(TOPUP_WORDS, s)).strip(),
             f"测算：由“{before.item}”（{before.text}）晋级为“{now.item}”（{now.text}），按规定补足差额："
             f"{now.text} − {before.text} = {yuan_text(more)}。",
             f"测算结果：还可获{yuan_text(more)}（以主管部门审核为准）。"]
    amount = Amount(more, yuan_text(more), f"晋级补足差额{COMPUTED}", now.clause, now.level, now.kind)
    return Answer(query.text, "\n".join(lines), True, [_citation(hit, documents)], [amount])


def joined_answer(query: Query, answers: list[Answer], clauses: Sequence[Clause] = ()) -> Answer:
    """Several questions in one message (博士有啥补贴？另外A类能奖多少？), each answered in turn, in the order
    asked, with its own clause, sum and notes; found when any part is. A later part asking what more it would
    bring (要是升成省级智能工厂，还能再拿多少) is answered as a top-up of an earlier part's sum (see _raised)."""
    answers = [_raised(a, answers[:n], clauses) if n else a for n, a in enumerate(answers)]
    lines = [f"您的问题包含{len(answers)}问，逐一回答："]
    for n, answer in enumerate(answers, start=1):  # not each part's own words: no figure the asker typed is repeated
        lines.append(f"{n}. {answer.answer}")
    citations = list({(c.doc_id, c.clause): c for a in answers for c in a.citations}.values())
    notes = list(dict.fromkeys(n for a in answers for n in a.notes))
    amounts = [amount for a in answers for amount in a.amounts]
    # (两台加一块能拿多少: each part's one sum worked out, of one document, added up; not caps nor ranges, whose
    # sum is no sum paid)
    if total_asked(query.text) and all(a.found and len(a.amounts) == 1 and a.citations
                                       and a.amounts[0].item.endswith(COMPUTED) for a in answers) \
            and len({a.citations[0].doc_id for a in answers}) == 1:
        value = round(sum(a.amounts[0].value for a in answers), 2)
        # (two items that are alternatives, 就高不重复, count once; two of one item, 两台, each its own matter)
        records = [_computed_record(a, clauses) for a in answers]
        alone, why = combined([r for r in records if r is not None], matters=range(len(records))) \
            if None not in records and len({r.item for r in records if r is not None}) > 1 else (None, "")
        if alone is not None and alone < value:
            lines.append(why.removesuffix("。") + "（以主管部门审核为准）。")
            value = alone
        else:
            lines.append(f"合计{yuan_text(value)}（各项以主管部门审核为准）。")
        amounts = [Amount(value, yuan_text(value), f"合计{COMPUTED}", answers[0].amounts[0].clause), *amounts]
    return Answer(query.asked, "\n".join(lines), any(a.found for a in answers), citations, amounts, notes=notes)


def _computed_record(answer: Answer, clauses: Sequence[Clause]) -> Incentive | None:
    """The record an answer's one worked-out sum was computed from, standing for that sum (its `cap`)."""
    amount = answer.amounts[0]
    item = amount.item.removesuffix(COMPUTED)
    record = next((i for c in clauses if c.doc_id == answer.citations[0].doc_id and c.number == amount.clause
                   for i in c.incentives if i.item == item), None)
    return replace(record, cap=amount.value) if record is not None else None


def _raised(answer: Answer, before: Sequence[Answer], clauses: Sequence[Clause]) -> Answer:
    """A part that asks what more it would bring (还能再拿多少) after an earlier part's sum, when its grant tops up
    what was received (由省级晋级为国家级的，补足差额) and is of the same honour as the earlier sum or of one
    enumeration with it in the same clause: the difference (省级智能工厂 200万元 after 省级数字化车间 80万元: 120万元).
    Else the answer as it was."""
    if not (answer.found and len(answer.amounts) == 1 and STACKING_ASKED.search(answer.question)
            and answer.citations and "\n可获金额：" in answer.answer):  # (a sum stated, not worked out)
        return answer
    now = answer.amounts[0]
    doc_id = answer.citations[0].doc_id
    # (the clause of that number that grants this sum: numbers such as （一） repeat under other headings)
    rule = next((r for c in clauses if c.doc_id == doc_id and c.number == now.clause
                 if (r := _incentive_of(now, c)) is not None), None)
    if rule is None or not rule.topup:
        return answer
    # the sum an earlier part was told, of the same document, below this one, of the same honour or one enumeration
    # with it (分别给予…80万元、200万元; not another measure the clause also grants, which its 补足差额 also marks)
    earlier = next((a.amounts[0] for a in reversed(before) if a.found and a.amounts and a.citations
                    and a.citations[0].doc_id == doc_id and a.amounts[0].value < now.value
                    and ((a.amounts[0].clause == now.clause and a.amounts[0].group == now.group != 0)
                         or _honour_pairs(a.amounts[0].item.removesuffix(COMPUTED)) & _honour_pairs(now.item))), None)
    if earlier is None:
        return answer
    value = now.value - earlier.value
    item = earlier.item.removesuffix(COMPUTED)
    said = [f"测算：{now.item}标准为{now.text}，按规定补足差额，扣除前述{item}的{earlier.text}："
            f"{yuan_text(now.value)}－{yuan_text(earlier.value)}＝{yuan_text(value)}。",
            f"测算结果：可再获{yuan_text(value)}（以主管部门审核为准）。"]
    lines = [line for old in answer.answer.splitlines()
             for line in (said if old.startswith("可获金额：") else [old])]
    topped = replace(now, value=value, text=yuan_text(value), item=f"{now.item}{COMPUTED}")
    return replace(answer, answer="\n".join(lines), amounts=[topped])


def summed_answer(query: Query, parts: Sequence[tuple[Answer, Sequence[Hit]]],
                  documents: dict[str, Document]) -> Answer | None:
    """Items told one by one, and their total asked (生产设备投了1800万；同年还首次进入了一级供应商名录。这两项
    加起来能拿多少？): each part answered alone gives its own sum, computed from its own figures; then the total,
    where alternatives (就高不重复 across items, 只能选择一项) count once — each part told is its own matter, which a
    rule on one matter (同一事项…就高) does not join. None when a part has no sum of its own, or two parts give the
    sum of one item of one government (the parts are not several items, nor a policy and its 解读; one item of two
    governments' documents, 县里加园区的安家补贴一共多少, is two sums)."""
    lines = ["您的问题涉及多项奖补，分别为："]
    shown: list[Amount] = []
    records: list[Incentive] = []
    hits: list[Hit] = []
    for n, (answer, found) in enumerate(parts, start=1):
        amount = answer.amounts[0] if answer.found and answer.amounts else None
        cited = {(c.doc_id, c.clause) for c in answer.citations}  # (第六条 of the document the part cites)
        hit = next((h for h in found if amount is not None and h.clause.number == amount.clause
                    and (h.clause.doc_id, h.clause.number) in cited), None)
        item = (amount.item.removesuffix(COMPUTED) if amount is not None else "")
        record = next((i for i in hit.clause.incentives if i.item == item), None) if hit is not None else None
        level = documents[hit.clause.doc_id].issuer_level if hit is not None else ""
        if amount is None or hit is None or record is None or any(
                r.item == record.item and documents[h.clause.doc_id].issuer_level == level
                for r, h in zip(records, hits, strict=True)):
            return None
        records.append(replace(record, cap=amount.value))
        hits.append(hit)
        steps = next((line for line in answer.answer.splitlines() if line.startswith("测算：")), "")
        lines.append(f"{n}. {item}：{amount.text}，依据{cite_label(documents[hit.clause.doc_id], hit.clause)}。"
                     + steps)
        shown.append(amount)
    total = round(sum(a.value for a in shown), 2)
    alone, why = combined(records, matters=range(len(records)))  # (each part told its own matter)
    capped = any(a.text.startswith(("最高", "不超过")) for a in shown)
    if alone is not None and alone < total:  # 就高不重复 / 只能选择一项: as for items found in one search
        lines.append(why.removesuffix("。") + "（以主管部门审核为准）。")
        total = alone
    else:
        lines.append(f"合计{'最高' if capped else ''}{yuan_text(total)}（各项以主管部门审核为准）。")
    units = list(dict.fromkeys(u for h in hits for u in h.clause.departments))
    if units:
        lines.append("责任单位：" + "、".join(units) + "。")
    first = Amount(total, f"{'最高' if capped else ''}{yuan_text(total)}", f"合计{COMPUTED}", shown[0].clause)
    citations = list({(c.doc_id, c.clause): c for a, _ in parts for c in a.citations}.values())
    notes = list(dict.fromkeys(n for a, _ in parts for n in a.notes))
    return Answer(query.asked, "\n".join(lines), True, citations, [first, *shown], notes=notes)


def _levels_granted_instead(query: Query, amounts: tuple[Amount, ...]) -> list[str]:
    """For a how-much question that names a level (市级专精特新), or one whether a grant is paid (评上市级知识产权
    示范企业的有奖励没, read as one of conditions) or at what rate or cap (省首台套呢？比例和封顶各是多少): the levels
    at which the clause grants the item asked about, when the named level is not among them; else []."""
    said = query.own_words or query.text
    asks_grant = "conditions" in query.aspects and GRANT.search(said) or RATE_ASKED.search(said) \
        or CAP_ASKED.search(said)
    if not query.levels or not amounts or not (query.money or asks_grant):
        return []
    matched = _best_items(_asked(query), amounts, query.own_words)
    granted = list(dict.fromkeys(a.level for a in matched if a.level))
    if not matched or any(not a.level for a in matched) \
            or any(level in g for g in granted for level in _asked_levels(query)):
        return []  # no item matched, or one without a level, or the level asked is granted
    if _new_level_asked(query) and _at_levels(query, amounts, _asked_levels(query)):
        return []  # (那省级的呢 after 国家级专精特新小巨人奖多少: the item the level asked names, 省级专精特新中小企业)
    return granted


def _new_level_asked(query: Query) -> bool:
    """A follow-up naming another level than the questions before it named (那省级的呢 after 国家级专精特新小巨人奖
    多少): it asks what was asked before, at that level. (A question naming an item at a level with no level before it,
    省级单项冠军产品奖多少, asks that item at that level.)"""
    return bool(query.own_words and query.levels_before) and bool(set(query.levels) - set(query.levels_before))


def _at_levels(query: Query, amounts: Sequence[Amount], levels: Sequence[str]) -> list[Amount]:
    """Of the amounts at the levels asked, those whose item the question names best: a level asked of an item named
    at another level (那省级的呢 after 国家级专精特新小巨人奖多少) asks the item of its own level that shares the most
    with it (省级专精特新中小企业), not the other level's name (小巨人)."""
    return _best_items(_asked(query), tuple(a for a in amounts if any(level in a.level for level in levels)),
                       query.own_words)


def _recognised_at_another_level(query: Query, clause: Clause, document: Document) -> str:
    """省级专精特新中小企业的申报条件 answered from a clause naming no level, of a document that is a government's own
    recognition (2024年度澜州市专精特新中小企业认定及奖励申报指南: the city's, 市级): the level that document recognises
    at, when the question asks of another; "" otherwise (a how-much question; a clause or a title naming levels)."""
    own = next((level for level, government in GOVERNMENT_OF_LEVEL.items() if government == document.issuer_level), "")
    if query.money or len(query.levels) != 1 or not own or query.levels[0] == own or ANY_LEVEL.search(clause.text) \
            or "认定" not in document.title or ANY_LEVEL.search(document.title):
        return ""
    # (the thing asked with its level is what the title names: 省级的专精特新中小企业 / …专精特新中小企业认定…; not a
    # level the asker holds, 已经是省级专精特新了)
    before, _, said = (query.own_words or query.text).partition(query.levels[0])
    if AWARDED.search(before[-6:]) or re.search(r"(?:已经|已)是?$|是$", before):
        return ""
    said = re.sub(r"^的", "", said)
    return own if len(said) >= 4 and said[:4] in document.title else ""


def _asked_levels(query: Query) -> tuple[str, ...]:
    """The levels a question asks of: of one that recalls a rule's sum at a level (省里对省级平台奖100万，那市级的能奖
    多少; not a sum received: 拿过省里三十万), those of the parts that ask; else every level it names."""
    parts = CLAUSE_PART.findall(query.own_words or query.text)
    if not any(SPOKEN_MONEY.search(p) and levels_in(p) and not (ASKING_PART.search(p) or RECEIVED.search(p))
               for p in parts):
        return query.levels
    return tuple(levels_in(" ".join(p for p in parts if ASKING_PART.search(p)))) or query.levels


def _classes_granted_instead(query: Query, clause: Clause, clauses: Sequence[Clause] = ()) -> tuple[list[str], str]:
    """For a how-much question that names a class (D类人才), or any question that names a kind of a thing
    a clause grants kind by kind (硕士, 实用新型专利: 有补贴吗 as much as 多少): the classes or kinds the
    clause grants (A类、B类、C类; 博士) and the one asked, when it is not among them; else ([], ""). Of a
    how-much question, what the grants are for is also as the clause's granting sentences and the lead of its list
    say it (去港交所上市 of （三）成功上市的 under 对在上海、深圳、北京证券交易所上市的…给予奖励：; 买下了厂房 of
    租用标准厂房的，每平方米每月补助10元)."""
    if query.money and query.facts.grade:
        caps = [c for rule in clause.incentives for c, _ in rule.class_caps]
        # (or each item names its one class: 被评为A类的企业，给予奖励3万元；连续两年被评为A类的… — not B类及以上)
        named = [m.group(1).upper() for rule in clause.incentives for m in GRADE_CLASS.finditer(rule.item)]
        every = all(GRADE_CLASS.search(rule.item) and not CLASS_RANGE.search(rule.item) for rule in clause.incentives)
        classes = caps if len(set(caps)) >= 2 else named if every else []
        # (not when the clause says the class asked is paid nothing: D类自主培养人才不享受安家补贴 answers it)
        if classes and query.facts.grade not in classes and not _grade_denied(clause, query.facts.grade, _asked(query)):
            return [f"{c}类" for c in dict.fromkeys(classes)], f"{query.facts.grade}类"
    if not clause.incentives:
        return [], ""
    asked_text = _asked(query)
    items = " ".join(f"{rule.item} {rule.kind}" for rule in clause.incentives)  # what it grants, not what it
    # mentions (打破国外技术垄断)
    if query.money and "conditions" not in query.aspects:
        items += " ".join(["", _lead(clause, clauses),
                           *(s for s in SENTENCE.findall(clause.text) if GRANT.search(s) or AMOUNT_OR_RATE.search(s))])
    for kinds in SIBLING_KINDS:  # 硕士 asked of a clause that grants 博士研究生; 实用新型 of 发明专利
        # (a follow-up's own kind replaces the one asked before: 那硕士呢 after 博士)
        asked = kinds_in(_own_asked(query), kinds) or kinds_in(asked_text, kinds)
        granted = kinds_in(items, kinds)
        # (not when the clause speaks of the kind asked as well: 到期复核通过的，不再给予奖励 answers it)
        if asked and granted and not set(asked) & set(granted) and not set(asked) & set(kinds_in(clause.text, kinds)):
            return granted, "、".join(asked)
    return [], ""


def _top_tier_first(relevant: list[Hit], clauses: Sequence[Clause]) -> list[Hit]:
    """`relevant` led by the clause of its document that grants the top tier (the highest bar) of the tier list the
    first one is a tier of ((4)镇级财政贡献800万元以上的，奖励25万元 of (1)…(4))."""
    first = relevant[0].clause
    tiers = next((i.tiers for i in first.incentives if len(i.tiers) >= 2), ())
    bars = [low for low, *_ in tiers if low is not None]
    if not bars:
        return relevant
    row = next((c for c in _same_document(first, clauses) for i in c.incentives
                if i.tiers == tiers and i.low == max(bars)), None)
    if row is None or row.clause_id == first.clause_id:
        return relevant
    return led_by(row, relevant, relevant[0])


def _class_granted_nearby(query: Query, relevant: list[Hit], nearby: list[Hit],
                          clauses: Sequence[Clause]) -> list[Hit]:
    """A类 asked of the first clause, the item for C类、B类 of a list: the list's head leads when the question asks
    whether the enterprise qualifies (its conditions hold for every class: 用地面积不足5亩…不享受本条奖励), else the
    list's item that grants the class asked (1.评价为A类的企业，奖励8万元), either from the `nearby` hits; `relevant` as
    it was when neither is found."""
    first = relevant[0].clause
    if len(first.path) < 2:  # (not an item of a list: articles are no siblings)
        return relevant
    head = [h for h in nearby if h.clause.doc_id == first.doc_id and h.clause.path == first.path[:-1]]
    asked = _classes_granted_instead(query, first, clauses)[1].split("、")[0]
    items = [h for h in nearby if h.clause.doc_id == first.doc_id and h.clause.path[:-1] == first.path[:-1]
             and asked and asked in h.clause.text and not _classes_granted_instead(query, h.clause, clauses)[0]]
    lead = (head if "conditions" in query.aspects else []) or items
    return [lead[0], *(h for h in relevant if h is not lead[0])] if lead else relevant


def _level_granted_nearby(query: Query, relevant: list[Hit], nearby: list[Hit]) -> list[Hit]:
    """国家首台套…, 省首台套呢: the item of a list beside the first clause found (one heading over both) that grants the
    item at the level asked leads, from the `nearby` hits; `relevant` as it was when none does."""
    first = relevant[0].clause
    if len(first.path) < 2:  # (not an item of a list: articles are no siblings)
        return relevant
    at_level = [h for h in nearby if h.clause.doc_id == first.doc_id and h.clause.path[:-1] == first.path[:-1]
                and _at_levels(query, h.clause.amounts, _asked_levels(query))]
    if not at_level:
        return relevant
    # (of the siblings at that level, the one naming the item best: 省级专精特新中小企业, not 省级创新型中小企业)
    asked = _asked(query)
    lead = max(at_level, key=lambda h: _naming(asked, h.clause.amounts))
    return [lead, *(h for h in relevant if h is not lead)]


def _set_aside_granted(query: Query, clause: Clause) -> str:
    """What the asker says it is not (不是示范企业), when every item the clause grants is of it; else "". A level
    set aside (不是国家级的) is the level check's; words the rest of the question says too (省级专精特新企业，不是
    国家级企业: 企业) set nothing aside."""
    rest = _asked(query)
    for m in NOT_ASKED.finditer(query.own_words or query.text):
        aside = m.group("aside").removesuffix("的")
        if levels_in(aside) or len(aside) < 2 or aside in rest:
            continue
        if clause.incentives and all(aside in strip_levels(r.item) for r in clause.incentives):
            return aside
    return ""


def _not_met(question: str, document: Document, clause: Clause, citation: Citation, why: str) -> Answer:
    """A yes-or-no of the asker's own case the clause does not cover, answered no: the clause, and why."""
    note = Note("level", why)
    return Answer(question, f"根据{cite_label(document, clause)}：\n{clause.text}\n{why}", True, [citation], [],
                  notes=[note], section=clause)


HELD_SHARE = 0.5  # an honour held is granted by an item that shares this much of its telling character pairs
DENIED_SHARE = 0.8  # a sentence denying a grant names the honour held when it says this much of its telling pairs


def _honour_not_granted(query: Query, clause: Clause, title: str = "") -> str:
    """The honour the asker says it holds (新评上国家级绿色供应链管理企业), when a clause that grants something
    shares less than half its telling character pairs (绿色工厂 shares 绿色 only); "" when it shares more
    (列入省重点技改项目的，补助比例提高到12%), or the name is too short to judge (评上了高企). The words naming the
    clause's document or fund by its `title` (技改和数字化转型专项对新认定的…) name no item of it."""
    if not query.held or not clause.amounts:
        return ""
    besides = functools.reduce(lambda text, name: text.replace(name, " "), query.held, _asked(query))
    besides = _without_title(besides, expand_abbreviations(title))
    if _naming(besides, clause.amounts, query.own_words):
        return ""  # 被评为高企，研发费用补助多少: the question names an item of the clause besides the honour
    for name in query.held:
        pairs = word_pairs(_what_is_awarded(expand_abbreviations(name))) - GENERIC_PAIRS
        if len(pairs) >= 3 and len(pairs & _pairs_said(clause)) < HELD_SHARE * len(pairs):
            return strip_levels(name)
    return ""


_FUND_WORD = re.compile(rf"专项资金|专项|{DOC_TYPES}")  # what names a document or its fund (…专项, …管理办法)


def _without_title(text: str, title: str) -> str:
    """`text` without the words that name a document or its fund by its `title`: from a word naming one (专项, 办法)
    back over the pairs of characters the title has (璟山省技术改造和数字化转型专项对新认定的…: all before 对;
    智能工厂奖励按技术改造…专项资金管理办法: not 智能工厂奖励按)."""
    for m in reversed(list(_FUND_WORD.finditer(text))):
        if m.group() not in title:
            continue
        start = m.start()
        while start >= 1 and text[start - 1 : start + 1] in title:
            start -= 1
        text = text[:start] + " " + text[m.end():]
    return text


def _bar_not_set(question: str, clause: Clause) -> tuple[str, str] | None:
    """(the bars a clause's tier list sets, the one asked) when the question names a tier by a figure (10个亿那档)
    that no tier of a list of first crossings sets (首次突破2亿元、5亿元、20亿元的，分别…); or, of a list of one tier
    or more, names a figure above them all as a bar (过两千万的额外奖励) or asks a tier higher than the top one its
    figure crossed (营收冲过20个亿，还有更高一档的奖吗); else None. (Not a figure told as crossed, 头一回过了6个亿:
    that falls in a tier, 5亿元's.)"""
    lists = [r.tiers for r in clause.incentives if r.tiers and FIRST_PASSED.search(f"{r.item}\n{clause.text}")]
    if not lists:
        return None
    bars = sorted({low for low, *_ in lists[0] if low is not None})
    metric = next(r.metric for r in clause.incentives if r.tiers == lists[0])
    higher = bool(_HIGHER_TIER.search(question))
    for start, end, value, _ in spoken_sums(question):
        if not bars or metric_of(question[:start]) != metric or any(abs(value - bar) <= 0.5 for bar in bars):
            continue  # (not 奖100万那档: a reward)
        named = len(bars) >= 2 and re.match(r"\s*(?:那|这)?一?个?档", question[end:]) \
            or value > bars[-1] and (higher or re.search(rf"{_CROSSED}$", question[:start])
                                     and re.match(_EXTRA_GRANT, question[end:]))
        if named:
            return "、".join(yuan_text(b) for b in bars), yuan_text(value)
    return None


_HIGHER_TIER = re.compile(r"(?:更|再)高(?:一|的)?档")  # a tier above the one reached, asked (not 最高一档)
_CROSSED = r"(?:过|超过|突破)"
_EXTRA_GRANT = r"的?(?:额外|另外)?的?(?:奖励|奖|补助|补贴)"  # (过两千万的额外奖励, 突破20亿的奖励: that bar's grant)


def _grant_denied(query: Query, clause: Clause) -> str:
    """The clause's sentence saying the honour the asker holds is paid nothing (省级创新型中小企业不给予资金奖励，
    纳入省级培育库管理), when it names the honour's telling character pairs nearly all and the question names no item
    the clause pays besides (…今年直接被认定为国家级小巨人了: that one is asked), or the class the asker is of (D类
    自主培养人才不享受安家补贴); else ""."""
    if query.facts.grade and (sentence := _grade_denied(clause, query.facts.grade, _asked(query))):
        return sentence  # (D类自主培养人才不享受安家补贴, asked of a D类)
    for sentence in SENTENCE.findall(clause.text):
        if not GRANT_DENIED.search(sentence):
            continue
        for name in query.held:
            pairs = word_pairs(_what_is_awarded(expand_abbreviations(name))) - GENERIC_PAIRS
            paid = any(len(pairs & word_pairs(a.item)) >= DENIED_SHARE * len(pairs) for a in clause.amounts)
            if len(pairs) >= 3 and len(pairs & word_pairs(sentence)) >= DENIED_SHARE * len(pairs) and not paid \
                    and not _naming(_asked(query).replace(name, " "), clause.amounts, query.own_words):
                return sentence.strip()  # (not 被撤销称号的，不再享受 of an honour the clause pays)
    return ""


def _grade_denied(clause: Clause, grade: str, question: str) -> str:
    """The clause's sentence saying the class `grade` (D) is paid nothing of what the question asks (D类自主培养人才
    不享受安家补贴, asked of 安家补贴): the part that denies names the class, with no case of its own (not D类人才已享受
    购房补贴的，不再享受…, nor A、B、C、D类以外的…), and the clause pays the class nothing; else ""."""
    if any(grade in (c for c, _ in rule.class_caps) or _names_grade(rule.item, grade) for rule in clause.incentives):
        return ""
    asked = _bigrams(_what_is_awarded(question)) - GENERIC_PAIRS
    for sentence in SENTENCE.findall(clause.text):
        for part in re.split(r"[，,；;：:]", sentence):
            denied = GRANT_DENIED.search(part)
            if denied and _names_grade(part[: denied.start()], grade) and not re.search(r"以外|之外|除", part) \
                    and asked & _bigrams(_what_is_awarded(part[denied.start():])):
                return sentence.strip()
    return ""


def _names_grade(text: str, grade: str) -> bool:
    return any(m.group(1).upper() == grade.upper() for m in GRADE_CLASS.finditer(text))


@functools.lru_cache(maxsize=4096)
def _pairs_said(clause: Clause) -> frozenset[str]:
    """The character pairs a clause's headings and text say (once per clause: jieba reads the whole text)."""
    return frozenset(word_pairs(_what_is_awarded(expand_abbreviations(f"{clause.path_text}\n{clause.text}"))))


def _asked(query: Query) -> str:
    """The question without the asker's trade (我们是纺织服装企业: it says who asks, not which item) and
    without what it says it is not asking about (单项冠军产品（不是单项冠军企业）)."""
    text = query.text.replace(query.industry, " ") if query.industry else query.text
    return NOT_ASKED.sub(" ", text)


def _item_scores(question: str, amounts: tuple[Amount, ...], own_words: str = "") -> list[int]:
    """How many telling character pairs each amount's item shares with the question. A follow-up's own
    words choose first; the completed question fills in what they leave open."""
    scores = [0] * len(amounts)
    for text, generic in ((own_words, frozenset()), (question, GENERIC_PAIRS)):  # 那产品呢: 产品 is what it asks
        # (not what a part denies of the enterprise: 重新认定的，不是第一次 does not ask the 首次认定 item)
        asked = _bigrams(_what_is_awarded(without_denied(text))) - generic
        scores = [len(asked & _bigrams(_what_is_awarded(a.item))) for a in amounts]
        if max(scores, default=0) > 0:
            break
    return scores


def _what_is_awarded(text: str) -> str:
    """An item or a question without levels, words of awarding (新认定的, 首次认定为, 评为) and years: they say
    how and when an honour came, not which (新认定的国家级小巨人、省级专精特新 share 新认定 in one sentence;
    2025年新认定的省级专精特新 and 我们2025年新认定了省级企业技术中心 share 2025年); spelled out as questions are
    (在新三板挂牌 is 在全国中小企业股份转让系统挂牌)."""
    return _AWARDING.sub("", strip_levels(_A_YEAR.sub("", expand_abbreviations(text))))


def _topped_up_for_received(query: Query, relevant: list[Hit], clauses: Sequence[Clause]) -> Hit | None:
    """挂牌已经领了六十万，上市还能给多少: of the first hit's document, the item topped up under a clause whose own
    grant the parts telling the sum received name (14.…挂牌的企业，给予60万元；…扣除已获挂牌奖励后兑现第（3）目奖励 ›
    （3）成功上市的), when the parts that tell no sum received name it better than the first hit's grants; else None.
    (Not for a sum received of another grant: 技改补助拿了80万，上市奖励多少 does not lead to it.)"""
    if query.facts.received is None:
        return None
    received, rest = _told_received(_asked(query))

    def under_grant_received(hit: Hit) -> bool:
        over = _heading_clause(hit.clause, _same_document(hit.clause, clauses))
        return over is not None and _naming(received, _grants_of(over)) > 0

    topped = [h for h in relevant if h.clause.doc_id == relevant[0].clause.doc_id
              and any(r.topup for r in h.clause.incentives) and under_grant_received(h)]
    named = [_naming(rest, _grants_of(h.clause)) for h in topped]
    if not topped or max(named) <= _naming(rest, _grants_of(relevant[0].clause)):
        return None
    return topped[named.index(max(named))]


def _told_received(text: str) -> tuple[str, str]:
    """The parts of a question that tell a sum received (挂牌已经领了六十万), and the rest (上市还能给多少)."""
    parts = CLAUSE_PART.findall(text)
    return " ".join(p for p in parts if RECEIVED.search(p)), " ".join(p for p in parts if not RECEIVED.search(p))


def _grants_of(clause: Clause) -> tuple[Amount, ...]:
    """A clause's amounts without its ceilings on several grants (合计最高不超过250万元)."""
    return tuple(a for a in clause.amounts if (r := _incentive_of(a, clause)) is None or not r.ceiling)


def _items_granted(clause: Clause) -> tuple[Amount, ...]:
    """A clause's grants (_grants_of) and, for naming only, the items its rules grant without a sum (a rate, a
    per-unit sum to be worked out) as amounts of 0. (Not a list's lead for its items: a heading passed over for the
    item of its list the question names is answered by that item, 第五条 by its tier （二）.)"""
    rated = tuple(Amount(0.0, "", i.item, i.clause, i.level, i.kind, i.group) for i in clause.incentives
                  if i.cap is None and not i.ceiling)
    return _grants_of(clause) + rated


def _naming(question: str, amounts: tuple[Amount, ...], own_words: str = "") -> int:
    """How well the best item of a clause is named by the question (0: none is)."""
    return max(_item_scores(question, amounts, own_words), default=0)


def _best_items(question: str, amounts: tuple[Amount, ...], own_words: str = "") -> list[Amount]:
    """The amounts whose item shares the most character pairs with the question ([] when none does)."""
    scores = _item_scores(question, amounts, own_words)
    best = max(scores, default=0)
    chosen = [a for a, s in zip(amounts, scores, strict=True) if s == best] if best > 0 else []
    chosen = _of_kind_asked(own_words or question, chosen)
    return _told_apart(chosen, own_words) if own_words else chosen


def _of_kind_asked(question: str, amounts: list[Amount]) -> list[Amount]:
    """Of items of kinds that exclude each other (SIBLING_KINDS: 购置自用办公用房 / 租赁自用办公用房), those of the kind
    the question names (总部买办公楼自己用); all of them when it names none, or when none is of the kind it names."""
    for kinds in SIBLING_KINDS:
        asked = set(kinds_in(question, kinds))
        if not asked:
            continue
        own = [a for a in amounts if set(kinds_in(a.item, kinds)) & asked]
        if own and len(own) < len(amounts) and all(kinds_in(a.item, kinds) for a in amounts):
            amounts = own
    return amounts


def _told_apart(amounts: list[Amount], own_words: str) -> list[Amount]:
    """Of items named alike, those a follow-up tells apart by a word of one character of its own words that only
    their item has (如果办公楼是租的呢 of 购置自用办公用房 / 租赁自用办公用房: 租; not 中 of 中型 for 中小企业); all of
    them when it tells none apart."""
    items = {a.item: set(_what_is_awarded(a.item)) for a in amounts}
    if len(items) < 2:
        return amounts
    said = {w for w in words(_what_is_awarded(own_words)) if len(w) == 1}
    marks = [len((items[a.item] - set().union(*(c for i, c in items.items() if i != a.item))) & said) for a in amounts]
    return [a for a, m in zip(amounts, marks, strict=True) if m == max(marks)] if max(marks) > 0 else amounts


def select_amounts(query: Query, amounts: tuple[Amount, ...], addons: Collection[Amount] = ()) -> list[Amount]:
    """The amounts a question asks for: best-matching item first, narrowed to the level it names.

    A question that names no level gets every level of the matching item, in the clause's order; one that names no
    item, the clause's when it grants one item (`addons`, paid on top of it, are no other item).
    A follow-up's own words choose first; the completed question fills in what they leave open.
    """
    if not amounts:
        return []
    # 重新认定 asked: the renewal's sum, not the first award's (and the other way round); both asked
    # (首次认定和到期重新认定分别奖多少): each
    # (a follow-up that names one, 那到期后重新认定通过了呢, asks of that one, whatever the question before said)
    own = query.own_words if FIRST_AWARD.search(query.own_words) or RENEWED_AWARD.search(query.own_words) else ""
    said = without_denied(own or query.text)  # (不是第一次 tells no first award)
    # 2021年第一次评上，2024年重新认定通过了，还有奖励吗: the award told last is asked of, when the ones before it
    # ask nothing and each is not asked (首次认定的奖多少？重新认定的呢？ / 首次认定的，重新认定的，各奖多少: both)
    awards = [p for p in CLAUSE_PART.findall(said) if FIRST_AWARD.search(p) or RENEWED_AWARD.search(p)]
    told = len(awards) > 1 and not any(ASKING_PART.search(p) for p in awards[:-1]) and not _EACH_ASKED.search(said)
    if FIRST_AWARD.search(said) and RENEWED_AWARD.search(said) and not told:
        both = [a for a in amounts if FIRST_AWARD.search(a.item) or RENEWED_AWARD.search(a.item)]
        if any(RENEWED_AWARD.search(a.item) for a in both) and any(not RENEWED_AWARD.search(a.item) for a in both):
            return both
    latest = awards[-1] if told else said
    amounts = tuple(a for a in amounts if not award_mismatch(latest, a.item)) or amounts
    # 进了二级供应商名录 asked of 一级…50万元；二级…20万元: the rank the question names
    if ranks := set(ORDINAL_RANK.findall(query.own_words) or ORDINAL_RANK.findall(said)):  # (那一级的呢: its own)
        amounts = tuple(a for a in amounts if not set(ORDINAL_RANK.findall(a.item)) - ranks) or amounts
    # 连着两年都是A类: the item for consecutive years, of a clause that has one beside the year's own (not when another
    # question of the message asks of the year's own: 纳税前十的奖多少？连续三年前十的再加多少？ asks both)
    if held_consecutively(said) and all(held_consecutively(p) for p in question_parts(said) if ASKING_PART.search(p)):
        amounts = tuple(a for a in amounts if CONSECUTIVE.search(a.item)) or amounts
    # No item named: the clause's amounts are the answer only when it grants one item (at its levels);
    # of several items, none is stated as the asker's.
    one_item = len({strip_levels(a.item) for a in amounts if a not in addons}
                   or {strip_levels(a.item) for a in amounts}) == 1
    # 省级数字化车间和智能工厂奖励不一样吧？我们评上的是省级智能工厂: the item the asker says is its own
    # (批发零售企业和住宿餐饮企业各奖多少: each item asked, not the one named whole)
    each = bool(_EACH_ASKED.search(query.own_words or query.text))
    chosen = _best_items(_self_told(query), amounts) \
        or (_each_named(query.own_words or _asked(query), amounts) if each else _named_whole_asked(query, amounts)) \
        or _best_items(_asked(query), amounts, query.own_words) or (list(amounts) if one_item else [])
    if query.levels:  # (国际标准、国家标准、行业标准分别给多少: an item of no level, named and asked, stays)
        at_level = [a for a in chosen if any(level in a.level for level in query.levels) or each and not a.level]
        chosen = at_level or (_at_levels(query, amounts, query.levels) if _new_level_asked(query) else []) or chosen
    if len(query.levels) > 1 and each:
        # 国家级专精特新小巨人和省级专精特新，分别奖多少: each level asked names its own item (小巨人 the national one)
        for level in query.levels:
            if not any(level in a.level for a in chosen):
                chosen += _at_levels(query, amounts, (level,))
    if len(query.facts.grades) > 1 and each:
        # 亩均效益评价A类、B类各奖多少: each class asked names its own item (B类企业 beside …为A类的企业)
        for grade in query.facts.grades:
            if not any(_of_grade(a.item, grade) for a in chosen):
                chosen += [a for a in amounts if _of_grade(a.item, grade)][:1]
    if len(query.levels) > 1:  # 省级和国家级分别奖多少: in the order asked (国际标准、国家标准、行业标准: items said)
        asked_at = {level: query.text.find(level) for level in query.levels}
        chosen.sort(key=lambda a: min((at for at in (*(at for level, at in asked_at.items() if level in a.level),
                                                     query.text.find(a.item) if a.item else -1) if at >= 0),
                                      default=len(query.text)))
    return chosen


def _of_grade(item: str, grade: str) -> bool:
    """Whether an item is of a class named by its letter (为A类的企业, B类企业; not AB类)."""
    return any(g.upper() == grade for g in GRADE_CLASS.findall(item))


def _named_whole(question: str, amounts: tuple[Amount, ...]) -> list[Amount]:
    """The item of an enumeration (分别…) whose own words, those no other item of the clause has, the question
    says whole, when exactly one is (全日制硕士 of 博士、硕士和全日制本科毕业生: 硕士's, though 全日制 is the
    third's; not 集群 of 特色食品产业集群, which 特色产业集群 has too), at every level the clause grants it."""
    own = _own_words(amounts)
    whole = {_named_key(a) for a in amounts if a.group and own[_named_key(a)]
             and all(w in question for w in own[_named_key(a)])}
    return [a for a in amounts if _named_key(a) in whole] if len(whole) == 1 else []


def _named_whole_asked(query: Query, amounts: tuple[Amount, ...]) -> list[Amount]:
    """The item a follow-up's own words name whole; when they name no item at all (那第三年能拿多少), the one the
    completed question names whole (县里对引进的全日制硕士安家补贴多少: 硕士研究生)."""
    named = _named_whole(query.own_words or _asked(query), amounts)
    if not named and query.own_words and not any(_item_scores(query.own_words, amounts)):
        named = _named_whole(_asked(query), amounts)
    return named


def _each_named(question: str, amounts: tuple[Amount, ...]) -> list[Amount]:
    """Of an enumeration, every item the question names by what it alone is called (新入限的批发零售企业和住宿餐饮企业
    各奖多少 of …批发零售企业奖励1万元，住宿餐饮企业奖励5000元; 国际标准、国家标准、行业标准分别给多少), when it names
    two or more; else none."""
    own = _own_words(amounts)
    named = {key for key in own if key and (key in question or any(w in question for w in own[key]))}
    if len(named) < 2:
        return []
    # (国家级小微双创示范基地，…又评上省级中小企业公服平台，各奖多少: each item at the level written before it)
    return [a for a in amounts if _named_key(a) in named
            and (not (levels := _said_levels(question, _named_key(a))) or any(v in a.level for v in levels))]


def _own_words(amounts: tuple[Amount, ...]) -> dict[str, set[str]]:
    """For what each item of an enumeration names (`_named_key`), its words (of two characters or more) that no other
    item's name has."""
    names = {_named_key(a): {w for w in words(_named_key(a)) if len(w) > 1} for a in amounts}
    return {key: name - set().union(*(n for k, n in names.items() if k != key)) for key, name in names.items()}


def _named_key(amount: Amount) -> str:
    """What an amount's item names, its level and words of awarding aside (市级数字化车间 and 省级数字化车间 alike)."""
    return _what_is_awarded(amount.item).strip("的")


def _own_asked(query: Query) -> str:
    """A question's own words (a follow-up's, not those it took from before) without what it sets aside, nor the
    governments it speaks of (开发区还给多少: whose grant, not the 购置开发区国有标准厂房 item)."""
    return without_governments(NOT_ASKED.sub(" ", query.own_words))


def _self_told(query: Query) -> str:
    """The parts of a question in which the asker says what it is (我们评上的是省级智能工厂), as asked."""
    told = " ".join(p for p in CLAUSE_PART.findall(query.own_words or query.text)
                    if SELF_TOLD.match(p) and not ASKING_PART.search(p))  # (not 我们是不是…, 我们能拿多少)
    return NOT_ASKED.sub(" ", told)  # (not what it sets aside: 单项冠军产品（不是冠军企业）)


def _title(clause: Clause) -> str:
    """A clause's own heading when it is a title ((六)产业链龙头企业培育), not its first sentence cut short (1.对规上
    工业企业…，按10%给予补助…)."""
    heading = clause.path[-1] if clause.path else ""
    sentence = re.search(r"[，,；;…]", heading) or GRANT.search(heading) or AMOUNT_OR_RATE.search(heading)
    return "" if sentence else heading


def _asked_pairs(question: str) -> set[str]:
    """The character pairs of what a question asks of, levels aside: not what it sets aside (不是冠军企业) nor what
    it denies of itself (没评上省重点技改项目)."""
    return _bigrams(strip_levels(DENIED_PART.sub(" ", NOT_ASKED.sub(" ", question))))


def _bigrams(text: str) -> set[str]:
    """Character pairs of a text without quotes and brackets (专精特新“小巨人”, 首台（套）), none across a
    mark or a 的 between words (冠军，企业 has no 军企)."""
    return {part[i : i + 2] for part in _BETWEEN_WORDS.split(_IN_NAMES.sub("", text)) for i in range(len(part) - 1)}


def _listed_total(amounts: Sequence[Amount], top: Clause, levels: Sequence[str]) -> tuple[Amount, str] | None:
    """The total of the several sums of one clause a question asks added up, each at a level it names (两位专家，一位
    国家级、一位省级: not 一位人才一共能拿多少, one sum of one level), with its sentence (就高不重复 counted once):
    only of fixed sums, each stated once (not a rate, a per-unit sum or a range)."""
    if len({a.level for a in amounts}) < len(amounts) or not all(a.level in levels for a in amounts):
        return None
    records = [next((i for i in top.incentives if i.item == a.item and i.level == a.level and i.cap == a.value
                     and i.rate is None and not i.per and i.floor is None and not i.tiers), None) for a in amounts]
    if len(records) < 2 or None in records or len({(a.item, a.level) for a in amounts}) < len(amounts):
        return None
    value, why = combined([r for r in records if r is not None])
    if value is None:
        return None
    return Amount(value, yuan_text(value), f"合计{COMPUTED}", top.number), why


def _amount_line(amount: Amount) -> str:
    kind = f"（{amount.kind}）" if amount.kind else ""
    return f"{amount.item}，{amount.text}{kind}"


MAX_LISTED = 12  # sub-clauses listed under a heading clause
MAX_UNIT_MEASURES = 24  # measures listed for one unit
_TIME_HEADING = next(heading for name, _, heading in ASPECTS if name == "time")
_CELL_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,4}[：:]")


def _table_rows(row: Clause, clauses: Sequence[Clause]) -> list[Clause]:
    """The rows of the tier table a clause is one row of (its siblings paid by the same tiers), in
    order; [] for a clause that is no row of a table."""
    tables = {r.tiers for r in row.incentives if r.tiers and r.multiplier is None}
    if not tables:
        return []
    return [c for c in _same_document(row, clauses) if c.path[:-1] == row.path[:-1] and _pays_by(c, tables)]


def _pays_by(clause: Clause, tables: Collection[tuple]) -> bool:
    """Whether a clause pays by one of these tier tables itself (not as a multiple of it)."""
    return any(r.tiers in tables and r.multiplier is None for r in clause.incentives)


def _lead(clause: Clause, clauses: Sequence[Clause]) -> str:
    """The words of the items a clause is an entry of, each that leads into its list (对在…上市的企业，分阶段给予奖励：
    for （三）成功上市的，奖励250万元; and （二）成功上市的： above 1.在主板上市的), nearest first; ""."""
    firsts = {c.clause_id: c.text.split("\n", 1)[0] for c in _same_document(clause, clauses)}
    doc, own = clause.clause_id.split("/", 1) if "/" in clause.clause_id else ("", clause.clause_id)
    leads = []
    while "." in own:
        own = own.rsplit(".", 1)[0]
        first = firsts.get(f"{doc}/{own}", "")
        if first.rstrip().endswith(("：", ":")):
            leads.append(first)
    return " ".join(leads)


def _children(clause: Clause, clauses: Sequence[Clause]) -> list[Clause]:
    """The sub-clauses directly under a clause that only introduces them (申报材料： / 有下列情形之一的，
    不予奖励：), in order; [] for a clause that says its own piece."""
    if not clause.text.rstrip().endswith(("：", ":")):
        return []
    depth = len(clause.path)
    return [c for c in _same_document(clause, clauses) if len(c.path) == depth + 1
            and c.path[:depth] == clause.path][:MAX_LISTED]


def _conditions_of(clause: Clause, clauses: Sequence[Clause]) -> list[Clause]:
    """The conditions a clause's document sets for its measure (retrieve.document_conditions: 二、申报条件 and its
    items, or the item's own), when they stand under one heading; [] when under none or several."""
    under = document_conditions(clause, _same_document(clause, clauses))
    headings = {c.path[:-1] for c in under}
    return under[:MAX_LISTED] if len(headings) == 1 else []


def _heading_clause(clause: Clause, document: Sequence[Clause]) -> Clause | None:
    """The clause of `document` that `clause` stands under (有下列情形之一的： above its （一）), if any."""
    return next((c for c in document if c.path == clause.path[:-1]), None)


def _units_assigned(query: Query, top: Clause, relevant: list[Hit]) -> tuple[str, tuple[str, ...]] | None:
    """Of a question who handles an item, answered by the clause giving the document's items their units (第七条由县
    投资促进局负责, led to the top by the item found): the part naming the item found and its units."""
    if not query.who:
        return None
    return next((said for h in relevant[1:] if h.clause.doc_id == top.doc_id
                 and (said := units_given_to(top.text, h.clause)) is not None), None)


def _same_document(clause: Clause, clauses: Sequence[Clause]) -> list[Clause]:
    """The clauses of one document, read without decoding the others (a saved index decodes on access)."""
    doc_ids = getattr(clauses, "doc_ids", None)
    if doc_ids is None:
        return [c for c in clauses if c.doc_id == clause.doc_id]
    return [clauses[i] for i, d in enumerate(doc_ids) if d == clause.doc_id]


HEADING_CHARS = 20  # a clause's first sentence this short, with no comma and no sum, is its heading


def _is_heading(sentence: str) -> bool:
    return len(sentence) <= HEADING_CHARS and not re.search(r"[，,；;：:]", sentence) \
        and not AMOUNT_OR_RATE.search(sentence)


def _answer_sentences(question: str, clause: Clause, keywords: BM25 | None, rules_only: bool = False,
                      stated: Sequence[Amount] = (), time_of: tuple[str, ...] = (), applied: str = "") -> list[str]:
    """The sentence(s) of the clause that answer the question, in the clause's order; for a
    calculation, every sentence that states a sum or a rate (the rule and its class rates) or names the item of the
    rule `applied` (对…单项冠军产品，按第1项标准给予奖励); for sums
    `stated`, the sentences that hold them (企业300万元 and 产品150万元 asked together: both); for the time of
    events `time_of`, the sentences that state it (本措施自2024年4月1日起施行，有效期3年)."""
    # 六、高管人才服务 (a line) / （三）小升规奖励。 (a sentence) before the text: a heading is no answer
    first, _, rest = clause.text.partition("\n")
    body = without_units(rest if rest and _is_heading(first) else clause.text)
    sentences = [s.strip() for s in SENTENCE.findall(body) if s.strip()]
    if len(sentences) > 1 and _is_heading(sentences[0]):
        sentences = sentences[1:]
    if rules_only:
        return [s for s in sentences if AMOUNT_OR_RATE.search(s) or applied and applied in s] or sentences[:1]
    if timed := [s for s in sentences if time_of and states_time_of(s, time_of)]:
        return timed
    sums = [re.compile(r"(?<![\d.])" + re.escape("".join(m.group(0).split())))
            for a in stated if (m := MONEY.search(a.text))]  # 30万元, not inside 130万元
    holding = [s for s in sentences if any(x.search("".join(s.split())) for x in sums)]
    if stated and len(sums) == len(stated) and all(any(x.search("".join(s.split())) for s in holding)
                                                   for x in sums):
        return holding
    if len(sentences) <= 2:
        return sentences
    terms = content_terms(question)

    def score(sentence: str) -> float:
        tokens = set(tokenize(sentence))
        return sum(keywords.idf(t) if keywords else 1.0 for t in terms if t in tokens)

    scores = [score(s) for s in sentences]
    best = max(scores)
    # The best sentence, plus any other that matches the question almost as well (two topics asked).
    chosen = [s for s, value in zip(sentences, scores, strict=True) if best > 0 and value >= 0.9 * best]
    return chosen[:2] or sentences[:1]


def _citation(hit: Hit, documents: dict[str, Document]) -> Citation:
    document = documents[hit.clause.doc_id]
    return Citation(
        doc_id=document.doc_id,
        doc_title=document.title,
        doc_number=document.doc_number,
        status="draft" if document.status == "draft" else "final",
        clause=hit.clause.number,
        path=hit.clause.path_text,
        text=hit.clause.text,
        departments=list(hit.clause.departments),
        score=hit.score,
    )
