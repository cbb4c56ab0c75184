"""Hybrid retrieval (dense + BM25, fused by reciprocal rank) and the one rule that decides "not found"."""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import replace

import numpy as np
from langchain_core.embeddings import Embeddings

from retrieval.documents.amounts import condition_bars
from retrieval.documents.parser import item_number, items_named, units_given_to
from retrieval.documents.tables import is_row_text
from retrieval.lexicon.patterns import (
    AGE_METRIC,
    AMOUNT_OR_RATE,
    ANY_LEVEL,
    APPLICANT_ACTS,
    ASPECTS,
    BOTH_ENDS_ASKED,
    BREACH_ASKED,
    CONTACT_LABELS,
    COST_BORNE,
    COUNT_NUMBER,
    COUNTERS,
    DATE_BOUND,
    DOC_TYPES,
    FUND_OF_LEVEL,
    GENERIC_GRANT_WORDS,
    GENERIC_PAIRS,
    GRANT,
    GRANT_DENIED,
    GRANT_WORDS,
    GRANTED_BEFORE,
    HEADCOUNT_METRIC,
    INTERPRETING,
    INTERPRETS,
    MONEY,
    MORE_ASKED,
    NOTE_OPENING,
    NUMBER_ASKED,
    ORG_SUFFIX,
    OTHER_POLICIES,
    OWN_DATE,
    PAPERS,
    PAYS_OUT,
    PERIOD_STATED,
    QA_ASKED,
    REQUIREMENT,
    SANCTION_STATED,
    SELF_REFERENCE,
    SENTENCE,
    SPOKEN_LEVELS,
    STACKING_STATED,
    STATES_COUNTED,
    STATES_RECOGNITION,
    STATES_RELIEF,
    STATES_SCOPE,
    STATES_TAX_OF_GRANT,
    STATES_UNITS,
    TIE_WORDS,
    TIES_ASKED,
    TOPUP_WORDS,
    UNIT_LABELS,
    UNIT_OF_LEVEL,
    USE_STATED,
    WHO_QUESTION,
    bars_in,
    date_bounds,
    date_fits,
    defined,
    gives_reach,
    heading_aspects,
    kinds_of_terms,
    lists_firms,
    money_to_yuan,
    place_of,
    round_year,
    states_sum_kind,
    states_time_of,
    strip_levels,
    units_told,
    without_number,
)
from retrieval.lexicon.tokenizer import (
    abbreviates,
    content_terms,
    expand_abbreviations,
    function_word,
    is_verb,
    names_a_thing,
    policy_terms,
    word_pairs,
)
from retrieval.records import Clause, Document, Hit, Incentive
from retrieval.search.figures import Facts, fits_figures, in_own_tier, metric_value, passed_before, tier_named
from retrieval.search.query import (
    DOCUMENT_NAMED,
    Query,
    analyse,
    asks_yes_or_no,
    fits_industry,
    names_title,
    place_core,
)
from retrieval.store.derived import derived
from retrieval.store.embedders import embed_question
from retrieval.store.index import SearchIndex

__all__ = ["MODES", "retrieve", "document_conditions", "contact_label_names", "says_who_pays", "dates_fit",
           "labelled_by", "times_every_measure", "search_text", "coverage", "judge",
           "is_relevant", "missed_bar", "MIN_COVERAGE", "MIN_DENSE"]

# Reciprocal rank fusion: score = Σ 1 / (RRF_K + rank) over the dense ranking, the BM25 ranking and
# (hybrid only) the coverage ranking of their candidates, rank from 1. It orders hits; it is not a
# probability and is never compared to a threshold.
RRF_K = 60
COVERAGE_WEIGHT = 2.0  # the coverage ranking counts twice: it says most directly what a clause holds
ASPECT_WEIGHT = 1.0  # the aspect ranking counts as much as the dense or the keyword ranking
WHO_MARGIN = 0.1  # a clause naming its units is preferred only among those covering about as much
NEAR_TIE = 0.0005  # about two rank steps at the top (1/61 - 1/63): closer fused scores are a tie
CANDIDATES = 50
# A relevant clause holding the whole question beats a first one holding less than PART of it (研发投入奖励最晚
# 什么时候交: the item's own document's deadline, not another's that holds 奖励 and 时间). Swept on dev 1109:
# 0.5 (the eighth session's) and 0.6 +0, 0.65, 0.8 and 0.9 +2.
PART, WHOLE = 0.75, 0.999
# A hit answers the question only when the clause contains most of what the question is about
# (IDF-weighted; a term no clause has weighs the most) AND the dense model agrees it is close.
# Chosen by a sweep on the evaluation set's dev split only (see evaluation/report.md): at 0.45 / 0.80
# dev had 0.9% false refusals and 91% of unanswerable questions refused.
MIN_COVERAGE = 0.45
MIN_DENSE = 0.80
# A question about conditions or whether the asker may apply (我们是贸易公司，能享受吗; 注册才一年半，符合申报条件吗)
# tells the asker's own situation in its own words, which no clause can hold: a lower share suffices. Chosen on
# the library's dev split (0.40: +2, 0.35: +4, 0.30: +3 passed; unanswerable questions refused as often at each;
# for may-I-apply questions alone, 2 fewer).
MIN_CONDITIONS_COVERAGE = 0.35
COUNTY_MARKS = {"县", "区"}  # the county level's two kinds of place, as their names end and as they are spoken
STEPS = {"procedure", "materials", "time"}  # aspects answered by a section's items together (not conditions)
_MATERIALS_HEADING = next(heading for name, _, heading in ASPECTS if name == "materials")
_SCOPE_HEADING = re.compile(r"条件|对象|范围")  # 申报条件, 扶持对象, 适用范围 (not 总体要求, 工作要求)

# a document's name, in 《》 or said with its kind (小升规企业奖励申报指南, 奖补资金管理办法), or a kind of policy
# spoken of (可同时享受省、市奖励政策): it grants nothing
_TITLES = re.compile(rf"《[^》]*》|(?:{GENERIC_GRANT_WORDS})(?:资金)?(?:申报|管理|实施|兑现)?{DOC_TYPES}")
# (the word as @) qualified by no word before or after it: 这些奖补, 的奖补, 给多少补贴, 有没有补助吗 (not 补贴保费)
_BARE = re.compile(r"(?:^|[的这那些个\s，,]|多少|几|啥|什么|哪些|没有|[给拿领有]|(?<![研开出])发)@"
                   r"(?=$|[^\u4e00-\u9fff]|[吗呢吧啊呀了没不的是有能多怎咋哪几啥什标金到要在去可该归找从和跟与或还都])")
_GENERIC_GRANT = re.compile(GENERIC_GRANT_WORDS)
_TOPUP = re.compile(TOPUP_WORDS)
_RISE = re.compile(r"晋升|升级|升格|升为|级差|跨档")  # a level or tier risen, as a clause says it


def judge(clause: Clause, coverage: float, dense: float, query: Query, outside: bool = False, title: str = "") -> bool:
    """The single place that decides whether a clause answers a question: it contains most of what
    the question is about (a question about conditions: a smaller share), the dense model agrees, a how-much
    question needs a clause that grants something (a goal that merely names the topic does not answer
    给多少钱), a when / how-long question one that states the time of what it asks about (多久能到账: of the
    payment), a question how an honour is recognised one that says it (in its text, headings or document
    `title`), a question for a tax relief's rate (加计扣除按多少比例扣) one that states such a rate (not a
    grant to those who enjoy the relief), and a question about materials alone one that lists papers or
    stands under a heading on materials, and a question for a phone number alone one that gives a number or a
    contact person (not the unit in charge it names). A question about another place's policies (`query.elsewhere`), or
    a clause outside the places or level of government asked about (`outside`), is not answered."""
    answers = []  # for each kind of answer asked: whether the clause gives it
    if query.relief:  # 加计扣除按多少比例扣: a clause that states a relief's rate, not a grant to those who enjoy it
        answers.append(bool(STATES_RELIEF.search(clause.text)))
    elif query.taxed:  # 这笔奖励要不要交企业所得税: a clause that says how a grant is taxed, not the grant
        answers.append(bool(STATES_TAX_OF_GRANT.search(clause.text)))
    elif query.money:  # (a document's title in 《》 grants nothing: 《…奖励暂行办法》同时废止)
        # (还能拿不, yes or no asked of the asker's case: a condition the grant is under answers, 未被列入严重失信
        # 主体名单; not 能拿多少, which the grant answers)
        answers.append(bool(clause.incentives) or bool(GRANT.search(_TITLES.sub("", clause.text)))
                       and not lists_firms(clause.text)  # (a 公示's firms and their sums: not what the asker gets)
                       or asks_yes_or_no(query) and ("conditions" in heading_aspects(clause.path[:-1])
                                                     or bool(GRANT_DENIED.search(clause.text))
                                                     or bool(REQUIREMENT.search(clause.text))))
    if query.time:
        answers.append(_row_states_time(clause.text, query.time_of) if is_row_text(clause.text)
                       else states_time_of(clause.text, query.time_of))
    if query.recognition:  # 高企认定需要什么条件: not a clause that only rewards 新认定的高企 (a clause of a
        # document on recognition, 专精特新中小企业认定及奖励申报指南, says it under its headings)
        answers.append(bool(STATES_RECOGNITION.search(f"{title}\n{clause.path_text}\n{clause.text}")))
    if query.reach and query.aspects == ("contact",) and not (query.who or query.money) \
            and NUMBER_ASKED.search(query.asked):
        # 市经信局的联系电话是多少: a clause that gives a phone number or a contact person, not one naming the unit
        answers.append(gives_reach(clause.text))
    if query.counted and not (query.money or query.time):  # 工业软件能不能算进设备投资额: a clause that says whether
        answers.append(_says_what_counts(clause, query))  # what is named counts, not the rule paid on the figure
    if query.aspects == ("materials",):  # asked with 怎么申请, the item's clause answers and 未写明 is noted
        answers.append(bool(PAPERS.search(clause.text)) or bool(_MATERIALS_HEADING.search(" ".join(clause.path)))
                       or bool(_PAPERS_LISTED.search(clause.text)))
    # a question that asks two things (奖多少？啥时候兑现？) is answered part by part: a clause answers one
    # a repealed document asked about (2019年那个老的暂行办法里奖多少) is answered by no clause of the library's, but
    # the one that repeals it (…同时废止)
    return (coverage >= coverage_floor(query) and dense >= MIN_DENSE and (not answers or any(answers))
            and not query.elsewhere and not outside and all(t in clause.text for t in query.repealed))


_TIME_CELL = re.compile(r"\s*(?:起止|办理|完成)?(?:时间|日期|时限|期限)(?:安排)?\s*[：:]")  # a column of times


def _row_states_time(text: str, events: tuple[str, ...]) -> bool:
    """Whether a table row states the time of one of `events`: a cell does (申报截止：6月30日前 of applying), or the
    row's time column does and another cell names the event (阶段：资金拨付；时间：5月30日前 of payment)."""
    cells = text.split("；")
    if any(states_time_of(cell, events) for cell in cells):
        return True
    return any(_TIME_CELL.match(cell) and states_time_of(cell) for cell in cells) \
        and states_time_of(text.replace("；", "，"), events)


def coverage_floor(query: Query) -> float:
    return MIN_CONDITIONS_COVERAGE if "conditions" in query.aspects else MIN_COVERAGE


def is_relevant(hit: Hit) -> bool:
    return hit.relevant


_CONTACT_LABEL = re.compile(r"^\s*([^：:，,。；;\d]{2,30})[：:]")  # 智能制造、绿色制造：


def coverage(index: SearchIndex, terms: list[str], i: int, money_question: bool = False, *args: object,
             own_share: bool = False, **kwargs: object) -> float:
    """The share of the question clause i holds (see coverage_shares, which takes the same arguments), or with
    `own_share` the share it holds itself."""
    kwargs.setdefault("own_from", 0.0 if own_share else math.inf)  # (the own share only when asked for)
    return coverage_shares(index, terms, i, money_question, *args, **kwargs)[int(own_share)]


def coverage_shares(index: SearchIndex, terms: list[str], i: int, money_question: bool = False,
                    aspects: tuple[str, ...] = (), facts: Facts | None = None, honours: Collection[str] = (),
                    bare_grants: Collection[str] = (), honour_rest: Collection[str] = (),
                    required: Collection[str] = (), grant_documents: Mapping[str, Collection[str]] | None = None,
                    kinds: Mapping[str, str] | None = None, labelled: Mapping[int, str] | None = None,
                    naming: Collection[str] = (), own_from: float = 0.0,
                    weights: Mapping[str, float] | None = None, told: Collection[str] = ()) -> tuple[float, float]:
    """IDF-weighted share of the question's terms that occur in clause i (its text, headings and
    document title); a term no clause has weighs the most. Occurrence, not token identity: 专精特新
    counts inside “专精特新”企业; a word nobody writes may abbreviate one (科小). For a how-much
    question only the sentences that grant something count: 高新技术企业 named in a goal does not
    make a clause about a 高新技术企业 reward. Words that ask for a kind of answer are met by a clause of
    that kind, not by the word: 流程 / 填报 by a clause under a heading on procedure, 哪个处室负责 by a clause
    that names its units."""
    # a word the library never uses, in the name of an honour held, names what the documents do not cover
    # (省级5G全连接工厂), however jieba tags it: it weighs the most
    weight = {t: weights[t] for t in terms} if weights is not None else term_weights(index, terms, honours)
    total = sum(weight.values())
    if total == 0:
        return 0.0, 0.0
    clause = index.clauses[i]
    body = clause.text
    if money_question and not is_row_text(clause.text):  # (a table row is one record: its cell naming the item is
        # what its cell of grants pays for)
        body = "".join(s for s in SENTENCE.findall(clause.text) if GRANT.search(s) or AMOUNT_OR_RATE.search(s))
    parent = _parent(index, i)  # a table's lead-in and notes say what every row is about
    context = index.clauses[parent].text if parent is not None else ""
    # a term the document defines (研发机构按上表的1.5倍) is what its definition names (…的研发中心)
    context += "".join(f"\n{head}" for term, head in _definitions(index).get(clause.doc_id, ()) if term in clause.text)
    # a clause granting nothing that names items of its document by number (适用项目：第6项) is about what they are
    context += _referred_items(index).get(i, "")
    # a clause that speaks for other clauses (`labelled`: a contact line labelled 智能制造、绿色制造：… for those
    # sections; a document's own contacts or the time it runs, for all its measures) is about what they are about
    context += "\n" + (labelled or {}).get(i, "")
    if set(aspects) & STEPS and not clause.incentives:  # 怎么申报？材料交到哪里，公示完多久到账: the steps of a
        # procedure are one answer (not the grants of a section, 支持绿色发展: each is a measure of its own)
        context += "\n" + "\n".join(index.clauses[n].text for n in _siblings(index, i))
    elif NOTE_OPENING.match(clause.text):  # ▲划重点：人才须…签订3年以上劳动合同: a note is about the items around it
        context += "\n" + "\n".join(index.clauses[n].text for n in _siblings(index, i))
    own = expand_abbreviations(f"{clause.path_text}\n{context}\n{body}").lower()
    # (a word most clauses of its document say, 园区 of a zone's post, is what the document is about, as its title is)
    pervasive = " ".join(t for t in terms if _pervasive(index, clause.doc_id, t))
    haystack = expand_abbreviations(index.documents[clause.doc_id].title).lower() + f"\n{pervasive}\n" + own
    # 云山县的工业奖补怎么报, 材料交给谁: of a question about the steps of applying, a grant word names the grants
    # of the documents it fits (`grant_documents`), whichever word they are paid in (獎勵); a step need not repeat it
    steps = set(aspects) & STEPS and not money_question
    # 小升规镇上给多少补贴: of a how-much question, a bare grant word is met by any clause that grants (奖励)
    granting = money_question and bool(clause.incentives)

    def level_of_record(level: str) -> bool:
        # (a level a record reads from a bare place word, 获批国家、省绿色工厂的 -> 省级绿色工厂, is said of the item
        # the question names after it: 省级绿色工厂, not 省级5G全连接工厂 of a clause granting 省首台（套）设备)
        after = terms[terms.index(level) + 1] if terms.index(level) + 1 < len(terms) else ""
        return bool(after) and any(r.level == level and after in r.item.lower() for r in clause.incentives)

    # the level of an honour asked (市级专精特新奖多少) is not met by whose fund a clause that grants nothing names
    # (取消其申报市级财政专项资金的资格)
    def meets(t: str, text: str) -> bool:
        levels = FUND_OF_LEVEL.sub(" ", text) if money_question and not clause.incentives else text
        return ((t in levels or level_of_record(t) if ANY_LEVEL.fullmatch(t) else t in text)
                or _answered_by_kind(t, clause, aspects) or states_sum_kind(t, text)
                or (not index.keywords.df(t) and abbreviates(t, text)) or (granting and t in bare_grants)
                or (steps and clause.doc_id in (grant_documents or {}).get(t, ()))
                or (t in (kinds or {}) and re.search((kinds or {})[t], text, re.IGNORECASE) is not None))

    met = [t for t in terms if meets(t, haystack)]
    if any(t not in met and not abbreviates(t, haystack, everyday=True) for t in honours) \
            and any(t in met for t in honour_rest):
        # 国家级5G工厂 is not the 国家级绿色工厂 of a clause that shares 工厂 (公服平台 is a 公共服务…平台)
        return 0.0, 0.0
    if any(t not in met for t in required):  # (see retrieve: a cost asked to be paid, a measure no clause names)
        return 0.0, 0.0  # 诊断费能补多少: a clause paying a share of 云服务费用 pays nothing of the cost asked
    fits = facts is not None and any(fits_figures(r, facts) for r in clause.incentives)
    if money_question and not fits and _another_item(index, clause, terms, [t for t in met if meets(t, own)],
                                                     [*honours, *told]):
        return 0.0, 0.0
    # the asker's figures are what the clause's rule is measured or paid by (一年省了2800吨标煤, 每吨300元):
    # one more term met, of the question's mean weight; and the words the library never uses are the asker's
    # account of the case (余热回收的节能改造, 订单爆了), not a topic the documents lack (an honour held is),
    # as are the names of its other figures (营收2.8个亿, told with the 研发费用 the rule is paid by)
    bonus = total / len(terms) if fits else 0.0
    if fits:
        labels = "".join(metric for metric, _, _ in facts.figures)
        total -= sum(weight[t] for t in terms if t not in met and t not in honours
                     and (not index.keywords.df(t) or t in labels))
    elif "conditions" in aspects and (_SCOPE_HEADING.search(" ".join(clause.path[:-1])) or _denies(index, i)
                                      and any(_only_here(index, t, i) for t in met)):
        # 我在云山县开了个五金加工的个体户，能申报吗: of a clause under a heading on conditions or scope, or one that
        # denies a grant for what the asker tells in a word no other clause of its document uses (有欠缴税款的企业，
        # 结清前暂缓兑现),
        # the words the library never uses are the asker's account of itself (五金, 加工; 交清), not a topic the
        # documents lack
        total -= sum(weight[t] for t in terms if t not in met and t not in honours and not index.keywords.df(t))
    else:  # 我们从深圳挖来一个研发总监，…他在高新区购房能补多少钱: what the asker tells in parts that ask nothing
        total -= sum(weight[t] for t in told if t not in met)
    share = (sum(weight[t] for t in met) + bonus) / (total + bonus) if total + bonus else 0.0
    # the second share is the one the clause holds itself (worked out from `own_from` up; below, the first). The
    # place and trade a document's title names say whose measures these are (青禾县…新能源汽车零部件…措施), not
    # what one of them is about, nor are the words by which the question names a document (`naming`, those of
    # them its title holds: 澄江省梯度培育奖励办法里，省级数字化车间奖多少, not 贷款贴息有什么政策): of the question's
    # other words, the clause must hold as large a share (上市, 数字化车间 are in no clause of it)
    if share < own_from or share == 0:
        return share, share
    document = index.documents[clause.doc_id]
    # (of a question that asks no sum, a clause that speaks of the document itself, 本政策自…起施行, is about what
    # names it: 鹤鸣县这个稳进提质的政策从啥时候开始执行)
    itself = not money_question and SELF_REFERENCE.search(clause.text)
    named = [p for p in naming if not itself and names_title(p, document.title)]
    scope = "\n".join([document.jurisdiction, document.industry, *named]).lower()
    titled = [t for t in met if t in scope and not meets(t, own)]
    rest = total - sum(weight[t] for t in titled)
    if titled and rest > 0:
        return share, min(share, (sum(weight[t] for t in met if t not in titled) + bonus) / (rest + bonus))
    return share, share


_UNIT_ASKED = re.compile(r"部门|单位|处室|科室|机构|局$|谁")  # the words that ask for a unit, not for its duty
# a unit (a level's office, not 省级科技型…; a 主管部门, not a 申报部门) and a duty it is given (负责, 会同…审核, 拨付)
_A_UNIT = re.compile(rf"(?![省市县区镇乡]级){UNIT_OF_LEVEL.pattern}|(?<!申报)(?<!申请)部门")
_DUTY = re.compile(rf"负责|牵头|会同|受理|审核|复核|审查|初审|核定|核实|拨付|兑付|兑现|组织实施|联合|{UNIT_LABELS}")
_LABEL_AFTER = re.compile(rf"^\s*[（(]\s*{UNIT_LABELS}")  # 。（责任单位：市工信局）: of the sentence before it


def _duty_weight(clause: Clause, terms: Sequence[str], weights: Mapping[str, float]) -> float:
    """The most weight of the question's terms that one sentence of a clause says together with a unit given a duty
    (one of the clause's units, a level's office, or a 主管部门; a table row is one sentence, and a unit label after
    a sentence is part of it): what a duty assigned says of what it is assigned."""
    sentences: list[str] = []
    for sentence in [clause.text] if is_row_text(clause.text) else SENTENCE.findall(clause.text):
        if sentences and _LABEL_AFTER.match(sentence):
            sentences[-1] += sentence
        else:
            sentences.append(sentence)
    best = 0.0
    for sentence in sentences:
        if _DUTY.search(sentence) and (_A_UNIT.search(sentence) or any(u in sentence for u in clause.departments)):
            low = expand_abbreviations(sentence).lower()
            best = max(best, sum(weights.get(t, 0.0) for t in terms if t in low))
    return best


PERVASIVE_SHARE = 0.5  # a word at least this share of its document's clauses say is the document's subject
PERVASIVE_CLAUSES = 8  # (of a document with at least this many clauses: of three, any word of two is no subject)
DISTINCTIVE_SHARE = 1 / 3  # (and one at most this share of the library's documents say: 园区 of a post, not 工业)


def _pervasive(index: SearchIndex, doc_id: str, term: str) -> bool:
    """Whether most clauses of a document say `term`, a word few other documents say (as coverage reads them:
    abbreviations spelled out)."""
    known: dict[tuple[str, str], bool] = derived(index, "pervasive words", lambda ix: {})  # (worked out once a pair)
    if (doc_id, term) not in known:
        clauses = derived(index, "clauses as coverage reads them", lambda ix: [
            expand_abbreviations(f"{c.path_text}\n{c.text}").lower() for c in ix.clauses])
        texts = [clauses[n] for n in derived(index, "rows_by_document", _rows_by_document)[doc_id]]
        documents = derived(index, "documents as coverage reads them", _document_texts)
        known[doc_id, term] = (
            len(texts) >= PERVASIVE_CLAUSES and sum(term in t for t in texts) >= PERVASIVE_SHARE * len(texts)
            and sum(term in text for text in documents.values()) <= DISTINCTIVE_SHARE * len(documents))
    return known[doc_id, term]


def _another_item(index: SearchIndex, clause: Clause, terms: Collection[str], held: Collection[str],
                  apart: Collection[str]) -> bool:
    """Whether a clause grants for another item than the one a how-much question names in the library's words, an
    item its document nowhere names (芷陵市对国家级制造业单项冠军企业奖多少, of a document without 单项冠军: its
    clause on 国家级专精特新“小巨人”企业 shares the level, 企业 and 奖 only). The words that say which item are the
    question's nouns (an act of recognition, 认定 or 首次, is none) but those that qualify any item (a level, a grant,
    企业 or 产品) and those its document's title, place and trade name (制造业 of 芷陵市制造业高质量发展奖补资金: whose
    measures these are); the clause holds none of them itself (`held`: in its text and headings), and one of them is
    in no clause of its document but in an item some other document grants for (so 名单 of 配套商名单, a 名录's other
    name that no document grants for, is no other item). Words no clause uses, and those `apart` (an honour held,
    the asker's account), are judged elsewhere. (A synonym some other document grants for cannot be told from
    another item: 展览会 of a document that writes 专业展会.)"""
    document = index.documents[clause.doc_id]
    scope = expand_abbreviations(f"{document.title}\n{document.jurisdiction}\n{document.industry}").lower()
    which = [t for t in terms if index.keywords.df(t) and t not in apart and t not in scope and t not in GENERIC_PAIRS
             and names_a_thing(t) and not (ANY_LEVEL.fullmatch(t) or GRANT.search(t))]
    if any(t in held for t in which):
        return False
    text = derived(index, "documents as coverage reads them", _document_texts)[clause.doc_id]
    items = derived(index, "items granted for", lambda ix: expand_abbreviations(
        "\n".join(r.item for c in ix.clauses for r in c.incentives)).lower())
    return any(t not in text and t in items for t in which)


def _document_texts(index: SearchIndex) -> dict[str, str]:
    """Each document's title, headings and clauses, abbreviations spelled out, in lower case (as coverage reads)."""
    texts: dict[str, list[str]] = {doc_id: [d.title] for doc_id, d in index.documents.items()}
    for c in index.clauses:
        texts.setdefault(c.doc_id, []).append(f"{c.path_text}\n{c.text}")
    return {doc_id: expand_abbreviations("\n".join(parts)).lower() for doc_id, parts in texts.items()}


def term_weights(index: SearchIndex, terms: Collection[str], honours: Collection[str] = ()) -> dict[str, float]:
    """How much each term of a question weighs in coverage (the same for every clause: worked out once a question)."""
    return {t: index.keywords.idf(t) if t in honours else index.keywords.weight(t) for t in terms}


def _grant_documents(index: SearchIndex, query: Query, bare_grants: Collection[str]) -> dict[str, frozenset[str]]:
    """For each grant word of the question (奖补, 补助), the documents whose grants it names: every document that
    grants, when no other word qualifies it (这些奖补); else those that use the words qualifying it (工业奖补: a
    document that speaks of 工业; 技改补助 is not a 研发 document's grant)."""
    said = expand_abbreviations(query.text).lower()
    rows = derived(index, "rows_by_document", _rows_by_document)
    texts = derived(index, "expanded document texts", lambda ix: {
        doc_id: expand_abbreviations(f"{d.title}\n" + "\n".join(ix.clauses[n].text for n in rows.get(doc_id, [])))
        .lower() for doc_id, d in ix.documents.items()})
    found = {}
    for grant in (t for t in query.terms if _GENERIC_GRANT.fullmatch(t)):
        qualifiers = [] if grant in bare_grants else [t for t in query.terms if t != grant and f"{t}{grant}" in said]
        found[grant] = frozenset(doc_id for doc_id in _granting(index)
                                 if all(q in texts.get(doc_id, "") for q in qualifiers))
    return found


def _granting(index: SearchIndex) -> frozenset[str]:
    """The documents that grant something (an incentive in some clause)."""
    return derived(index, "granting", lambda ix: frozenset(c.doc_id for c in ix.clauses if c.incentives))


def _definitions(index: SearchIndex) -> dict[str, list[tuple[str, str]]]:
    """Each document's definitions of its terms: (term, the thing its definition names): 本措施所称研发机构，是指…
    具有独立法人资格、专门从事研究开发活动的研发中心 -> (研发机构, 研发中心)."""
    def build(ix: SearchIndex) -> dict[str, list[tuple[str, str]]]:
        found: dict[str, list[tuple[str, str]]] = {}
        for clause in ix.clauses:
            for term, body in defined([clause.text]):
                head = body.rsplit("的", 1)[-1]  # (a body naming no thing after a 的 says no one thing)
                if "的" in body and 2 <= len(head) <= 8:
                    found.setdefault(clause.doc_id, []).append((term, head))
        return found
    return derived(index, "definitions", build)


def _referred_items(index: SearchIndex) -> dict[int, str]:
    """For each clause granting nothing that names items of its document by number (适用项目：第6项; 第1、2项;
    第1至5项; 第十五条至第十七条), the first sentence of each item named (6.稳岗用工奖。), by clause position; a number
    two items of the document carry (1. in two sections) names neither."""
    def build(ix: SearchIndex) -> dict[int, str]:
        items: dict[tuple[str, int], list[str]] = {}
        for clause in ix.clauses:
            if clause.incentives and (n := item_number(clause.number)) is not None:
                items.setdefault((clause.doc_id, n), []).append(_FIRST_SENTENCE.match(clause.text).group())
        found: dict[int, str] = {}
        for i, clause in enumerate(ix.clauses):
            named = [] if clause.incentives else [
                texts[0] for n in items_named(without_number(clause.text, clause.number))
                if len(texts := items.get((clause.doc_id, n), [])) == 1]
            if named:
                found[i] = "".join(f"\n{text}" for text in dict.fromkeys(named))
        return found
    return derived(index, "items referred to", build)


_FIRST_SENTENCE = re.compile(r"[^。；;\n]*[。；;]?")  # (always matches: "" for a text that starts with an end mark)


def _contact_sections(index: SearchIndex) -> dict[int, str]:
    """Each contact line labelled by names of sections of its document (see contact_label_names): the text of the
    clauses whose own heading holds one of those names ((二)智能制造标杆, (七)绿色制造), in order."""
    def build(ix: SearchIndex) -> dict[int, str]:
        found: dict[int, str] = {}
        for members in derived(ix, "rows_by_document", _rows_by_document).values():
            clauses = [(n, ix.clauses[n]) for n in members]
            for n, clause in clauses:
                if not (names := contact_label_names(clause)):
                    continue
                sections = [other.text for m, other in clauses if m != n and labelled_by(names, other)]
                if sections:
                    found[n] = "\n".join(sections)
        return found
    return derived(index, "contact_sections", build)


def contact_label_names(clause: Clause) -> list[str]:
    """The section names a contact line is labelled by (（二）智能制造、绿色制造：省工业和信息化厅智能制造处，联系人… ->
    智能制造, 绿色制造), or []. (Not a label that is a unit's name or a contact field: 县科技局：, 电话：; not a table
    row's 项目：.)"""
    label = _CONTACT_LABEL.match(without_number(clause.text, clause.number))
    if label is None or not gives_reach(clause.text) or is_row_text(clause.text) \
            or _NO_SECTION_NAME.search(label.group(1)):
        return []
    return [name for name in re.split(r"[、，,/]", label.group(1)) if len(name) >= 2]


def labelled_by(names: list[str], clause: Clause) -> bool:
    """Whether a contact line labelled by `names` speaks for a clause: one whose own heading holds a name
    ((七)绿色制造), not another contact line."""
    return not gives_reach(clause.text) and any(name in without_number(clause.path[-1], clause.number)
                                                for name in names)


_NO_SECTION_NAME = re.compile(rf"{ORG_SUFFIX}$|{CONTACT_LABELS}|{UNIT_LABELS}")


def _document_contacts(index: SearchIndex) -> dict[int, str]:
    """Each clause that gives a phone number or a contact person under a heading on contacts (七、联系方式 县科技局…，
    联系人…，电话…), not a table row's: the text of the other clauses of its document, whose measures it is the
    contact for."""
    return _for_whole_document(index, "document_contacts", lambda c: gives_reach(c.text) and not is_row_text(c.text)
                               and "contact" in heading_aspects(c.path))


def _document_validity(index: SearchIndex) -> dict[int, str]:
    """Each clause that says of its document itself from or until when it is in force (本措施自2024年4月1日起施行，
    有效期3年; not 证书有效期3年, 项目实施期2年): the text of the other clauses of its document, whose measures it
    runs the time of."""
    return _for_whole_document(index, "document_validity", lambda c: any(
        SELF_REFERENCE.search(s) and states_time_of(s, ("validity",)) for s in SENTENCE.findall(c.text)))


def _document_units(index: SearchIndex) -> dict[int, str]:
    """Each clause that says of its document's measures which units take or pay them (本办法所列奖励事项由镇经济发展
    服务中心负责受理，镇财政所负责兑付; not a table row's, nor who interprets it): the text of the other clauses of
    its document."""
    return _for_whole_document(index, "document_units", lambda c: not is_row_text(c.text) and any(
        SELF_REFERENCE.search(s) and STATES_UNITS.search(s) and not INTERPRETING.search(s)
        for s in SENTENCE.findall(c.text)))


def _document_application(index: SearchIndex) -> dict[int, str]:
    """Each clause, granting nothing and no table row, in which the applicant hands in its application (申报单位须于
    每年4月1日至4月30日，通过“临澜惠企通”平台提交申请): the text of the other clauses of its document."""
    return _for_whole_document(index, "document_application", lambda c: not c.incentives
                               and not is_row_text(c.text) and APPLICANT_ACTS.search(c.text) is not None)


# 并提交下列材料：, 应当提交以下材料：1.… (not 新材料：, 原材料：, a trade listed)
def _lists_papers(text: str) -> bool:
    """Whether a clause lists the papers to hand in (申报材料：…, or two papers named)."""
    return bool(_PAPERS_LISTED.search(text)) or len(PAPERS.findall(text)) >= 2


def _a_paper_listed(index: SearchIndex, clause: Clause) -> bool:
    """Whether a clause is an entry of a list of papers (6.不动产权证书…: most of its siblings name papers too)."""
    siblings = _siblings(index, _positions(index)[clause.clause_id])
    return bool(siblings) and sum(bool(PAPERS.search(index.clauses[n].text)) for n in siblings) > len(siblings) / 2


_PAPERS_LISTED = re.compile(rf"(?:下列|以下|如下|相关|申报|申请|提交|报送|所需)"
                            rf"(?:{_MATERIALS_HEADING.pattern})\s*[：:]"
                            # or listed, up to its 等, in the part of a sentence that says to hand them in
                            # (申报时须上传申报表、营业执照…合同等与事项相关的证明材料; not 提供的申报材料真实有效)
                            r"|(?:提交|上传|报送|提供)[^。；;：:，,]{0,40}、[^。；;：:，,]{0,80}?等[^。；;：:，,]{0,8}?"
                            rf"(?:{_MATERIALS_HEADING.pattern})")


def _document_materials(index: SearchIndex) -> dict[int, str]:
    """Each clause, granting nothing and no table row, that lists the papers of an application or stands in such a
    list (三、申报材料 › 6.相关认定文件; …申报上一年度奖励事项，并提交下列材料： › （三）完税证明): the text of the
    clauses of its document that grant something (a list of papers for the application of each grant, not for what
    else the document speaks of: 复评, 报送 by a city)."""
    def lists(ix: SearchIndex, i: int) -> bool:
        clause, parent = ix.clauses[i], _parent(ix, i)
        lead = ix.clauses[parent].text if parent is not None else ""
        return not clause.incentives and not is_row_text(clause.text) and (
            bool(_MATERIALS_HEADING.search(" ".join(clause.path[:-1])))
            or bool(_PAPERS_LISTED.search(lead) or _PAPERS_LISTED.search(clause.text)))

    def build(ix: SearchIndex) -> dict[int, str]:
        found: dict[int, str] = {}
        for members in derived(ix, "rows_by_document", _rows_by_document).values():
            grants = "\n".join(f"{ix.clauses[m].path_text}\n{ix.clauses[m].text}" for m in members
                               if ix.clauses[m].incentives)
            found.update(dict.fromkeys((n for n in members if lists(ix, n)), grants))
        return found
    return derived(index, "document_materials", build)


def _for_whole_document(index: SearchIndex, name: str, says: Callable[[Clause], bool]) -> dict[int, str]:
    """Each clause that `says` (what a document says once for all its measures): the text of the other clauses of
    its document that do not say it themselves, joined once (a question's coverage reads it as context)."""
    def build(ix: SearchIndex) -> dict[int, str]:
        found: dict[int, str] = {}
        for members in derived(ix, "rows_by_document", _rows_by_document).values():
            saying = [n for n in members if says(ix.clauses[n])]
            others = "\n".join(ix.clauses[m].text for m in members if m not in saying)
            found.update(dict.fromkeys(saying, others))
        return found
    return derived(index, name, build)


def _parent(index: SearchIndex, i: int) -> int | None:
    """The clause that clause i stands under (二、 for the row 二、第四档), if that one is a clause."""
    parent = _parent_id(index.clauses.ids[i])
    return _positions(index).get(parent) if parent else None


def _positions(index: SearchIndex) -> dict[str, int]:
    """Each clause id's position in the index."""
    return derived(index, "clause_positions", lambda ix: {cid: n for n, cid in enumerate(ix.clauses.ids)})


def _parent_id(clause_id: str) -> str:
    """The id of the node a clause stands under (doc/四 for doc/四.（一）); "" for a top-level clause."""
    return clause_id.rsplit(".", 1)[0] if "." in clause_id.split("/", 1)[-1] else ""


def _siblings(index: SearchIndex, i: int) -> list[int]:
    """The other clauses under the same numbered heading as clause i (四、（一）…（四）), in order."""
    parent = _parent_id(index.clauses.ids[i])
    return [n for n in derived(index, "sections", _sections).get(parent, []) if n != i] if parent else []


def _sections(index: SearchIndex) -> dict[str, list[int]]:
    sections: dict[str, list[int]] = {}
    for n, clause_id in enumerate(index.clauses.ids):
        if parent := _parent_id(clause_id):
            sections.setdefault(parent, []).append(n)
    return sections


def _answered_by_kind(term: str, clause: Clause, aspects: tuple[str, ...]) -> bool:
    if WHO_QUESTION.search(term) and clause.departments:
        return True
    headings = " ".join(clause.path)  # the document's own structure says what kind a clause is
    return any(name in aspects and (asked.search(term) or heading.search(term)) and heading.search(headings)
               for name, asked, heading in ASPECTS)


MODES = ("hybrid", "dense", "keyword")


def search_text(query: Query) -> str:
    """What the dense search embeds: the question, without the asker's trade (it says who asks)."""
    return query.text.replace(query.industry, " ") if query.industry else query.text


def retrieve(index: SearchIndex, embedder: Embeddings, query: Query | str, k: int = 5,
             mode: str = "hybrid", vector: np.ndarray | None = None) -> list[Hit]:
    """The k best clauses (`mode` "dense" or "keyword" uses one ranking alone, for evaluation).
    Superseded documents are left out unless the question asks for the draft; then drafts come
    first. Relevant clauses (see judge) come before the rest, each group by fused score."""
    if mode not in MODES:
        raise ValueError(f"未知的检索方式 {mode!r}，可选：{'、'.join(MODES)}。")
    if not index.clauses:
        return []
    if isinstance(query, str):  # a bare question (tests, benchmarks): analysed here
        query = analyse(index, query)
    limit = min(CANDIDATES, len(index.clauses))
    # The asker's trade says who asks: it decides which measures fit (see `group`), not what is asked.
    if vector is None:  # (the caller may have embedded search_text(query) already)
        vector = embed_question(embedder, search_text(query))
    dense = dict(index.search(vector, limit))
    keyword_rank = _top(index.keywords.scores(list(query.tokens)), limit)

    rankings = {"hybrid": [list(dense), keyword_rank], "dense": [list(dense)], "keyword": [keyword_rank]}[mode]
    fused: dict[int, float] = {}
    for ranking in rankings:
        for rank, i in enumerate(ranking, start=1):
            fused[i] = fused.get(i, 0.0) + 1.0 / (RRF_K + rank)

    want_draft = query.draft
    if not want_draft:  # a superseded document answers only when the question asks for the draft
        fused = {i: v for i, v in fused.items() if not index.documents[index.clauses[i].doc_id].superseded_by}
    money_question = query.money
    # a question of a kind alone (今年啥时候报？) is about nothing in particular: every clause covers it,
    # and the kind decides (see judge)
    kind_alone = not query.terms and bool(query.time_of or query.aspects == ("materials",))
    bare_grants = {t for t in query.terms if _GENERIC_GRANT.fullmatch(t) and _BARE.search(query.text.replace(t, "@"))}
    # (only a question on the steps of applying reads them: the texts of every document are not searched for others)
    grant_documents = _grant_documents(index, query, bare_grants) \
        if set(query.aspects) & STEPS and not query.money else {}
    # the other words of an honour held whose own word no document uses (工厂 of 国家级5G工厂), levels aside
    honour_rest = {t for t in query.terms if t not in query.honours and not ANY_LEVEL.fullmatch(t)
                   and any(t in h.lower() for h in query.held)} if query.honours else set()
    # a cost asked to be paid (审计费能补吗, 诊断费补多少比例, 研发费用有没有补助): the word before a 费, or a word
    # that is no verb before a 费用 (not 参展费用, 设备购置费用: acts, which a clause may call 展位费, 设备投资额)
    required = {t for t in query.terms if re.search(f"{re.escape(t)}费(?!用)", query.text)
                or (f"{t}费用" in query.text and not is_verb(t))} if money_question else set()
    # and a name of a policy's kind (the policy dictionary's: 高新技术企业, 瞪羚企业) that no clause here uses: what the
    # sum is asked of, which the documents do not cover (not the asker's own trade, 我们是电商公司, nor its account)
    required |= {t for t in query.terms if t in policy_terms() and not index.keywords.df(t)
                 and not (ANY_LEVEL.fullmatch(t) or GRANT.search(t))  # (a level is the level check's: 省级以上)
                 and t not in query.industry and t not in query.told} if money_question else set()
    # a piece of a kind's name (上交 of 上交所, as the segmenter cut it): met by a clause naming the kind by any name
    kinds = kinds_of_terms(query.text, query.terms)
    labelled = _contact_sections(index) if query.who or query.reach else {}
    if query.reach and not query.money:  # 打哪个电话: the contacts a document gives for all its measures are theirs
        labelled = {**_document_contacts(index), **labelled}
    if query.time_of == ("validity",) and not query.money:  # 这套措施到2027年还有效吗: so is the time it runs
        labelled = {**_document_validity(index), **labelled}
    if query.who and not query.money:  # 材料交到哪个单位，奖金哪个部门发: so are the units it names for all of them
        labelled = {**_document_units(index), **labelled}
    if (query.where_to_apply or "procedure" in query.aspects) and not (query.money or query.who):  # 这些科技奖励在
        # 哪里申请 (not which unit takes it): so is where and how the applicant hands in its application for all of them
        labelled = {**_document_application(index), **labelled}
    if "materials" in query.aspects and not (query.money or query.who):  # 纳税贡献奖得准备哪些材料: so is the list of
        # papers of its document's applications (…申报上一年度奖励事项，并提交下列材料：)
        labelled = {**_document_materials(index), **labelled}
    # what a clause holds of the question without the place and trade its document's title names, nor the words by
    # which the question names its document, decides whether it answers (see coverage_shares): the first share ranks
    named_by = tuple(m.group()[: m.start("kind") - m.start()] for m in DOCUMENT_NAMED.finditer(query.text))
    weights = term_weights(index, query.terms, query.honours)
    both = {i: (1.0, 1.0) if kind_alone else coverage_shares(
        index, list(query.terms), i, money_question, query.aspects, query.facts or None, query.honours, bare_grants,
        honour_rest, required, grant_documents, kinds, labelled, naming=named_by, own_from=coverage_floor(query),
        weights=weights, told=query.told) for i in fused}
    shares = {i: share for i, (share, _) in both.items()}
    owns = {i: own for i, (_, own) in both.items()}
    # 那首版次软件呢，省里奖不奖: a follow-up naming a thing no document names is answered only by a clause that holds
    # what it says itself, whatever it holds of the question before (首台套)
    if query.added:
        added = term_weights(index, query.added, query.honours)
        owns = {i: coverage_shares(index, list(query.added), i, money_question, query.aspects, None, query.honours,
                                   bare_grants, honour_rest, required, grant_documents, kinds, labelled,
                                   naming=named_by, weights=added)[1] for i in owns}
    if mode == "hybrid":  # coverage is the third ranking: the clause that contains more of the question
        for rank, i in enumerate(sorted(shares, key=lambda i: -shares[i]), start=1):
            fused[i] += COVERAGE_WEIGHT / (RRF_K + rank)
        # a fourth for a question about materials, procedure, contacts, time or conditions: the
        # clauses under a heading that says so (申报材料, 审批程序, 联系方式 …), in fused order
        under = [i for i in sorted(fused, key=lambda i: -fused[i])
                 if heading_aspects(index.clauses[i].path[:-1]) & set(query.aspects)]
        for rank, i in enumerate(under, start=1):
            fused[i] += ASPECT_WEIGHT / (RRF_K + rank)
        if query.facts or query.facts.tiers_named:  # 贡献1500万的奖励多少: of a table cut into rows, the row the figure
            # falls in (第三档), or the tier named (4000万那一档的奖励找谁);
            # 只买了1800万，能申报吗: the clause that sets a bar on the asker's figure
            barred = "conditions" in query.aspects
            fitting = [i for i in sorted(fused, key=lambda i: -fused[i])
                       if _row_of(index.clauses[i], query) or (barred and _bars(index.clauses[i], query))]
            table = {r.tiers for r in _row_records(index.clauses[fitting[0]])} if fitting else set()
            if barred and table and not any(_row_of(index.clauses[i], query) for i in fitting):
                # (a figure in no row of the table: its lowest bar is the one missed, not 3000万元（含）以上)
                rows = [i for i in fitting if table & {r.tiers for r in _row_records(index.clauses[i])}]
                lowest = min(rows, key=lambda i: _lowest_bar(index.clauses[i], query))
                fitting = [lowest, *(i for i in fitting if i not in rows)]
            for rank, i in enumerate(fitting, start=1):
                fused[i] += ASPECT_WEIGHT / (RRF_K + rank)
        # 第一步找谁: the step in which the applicant hands in its application; 还能再拿吗: a rule on stacking;
        # 2022年11月评上的，还能报吗: the clause that bounds the date of the enterprise's event
        # (申报什么时候截止: the clause in which the applicant acts in its window, not one dating what qualifies)
        applying = query.where_to_apply or "application" in query.time_of
        for asked, says in ((applying, _applicant_acts), (query.stacking, _rules_on_stacking),
                            (query.dated, _bounds_the_date), (query.counted, _says_what_counts)):
            saying = [i for i in sorted(fused, key=lambda i: -fused[i]) if asked and says(index.clauses[i], query)]
            for rank, i in enumerate(saying, start=1):
                fused[i] += ASPECT_WEIGHT / (RRF_K + rank)
        if query.when:  # 2025年3月竣工的技改项目补多少: the clauses whose bounds on the date of the event hold the
            # asker's (2025年1月1日至6月30日期间竣工投产的项目), before those of another span
            fitting = [i for i in sorted(fused, key=lambda i: -fused[i]) if dates_fit(index.clauses[i], query)]
            for rank, i in enumerate(fitting, start=1):
                fused[i] += ASPECT_WEIGHT / (RRF_K + rank)
        best = max(shares.values(), default=0.0)  # (the most any clause covers)
        if query.ceiling_asked:  # 一家企业一年在这个专项里最多能拿多少: of the clauses covering the most, those that
            # set a ceiling on all an enterprise gets (同一企业同一年度获得本细则支持资金累计不超过500万元)
            ceilings = [i for i in sorted(fused, key=lambda i: -fused[i]) if shares[i] >= best
                        and any(r.ceiling and r.cap is not None for r in index.clauses[i].incentives)]
            for rank, i in enumerate(ceilings, start=1):
                fused[i] += ASPECT_WEIGHT / (RRF_K + rank)
        if query.who or query.reach:  # 哪个部门负责 / 电话多少: of the clauses covering the most, those that
            # name their own units / give a phone number or a contact person
            naming = [i for i in sorted(fused, key=lambda i: -fused[i]) if shares[i] >= best - WHO_MARGIN
                      and ((query.who and STATES_UNITS.search(index.clauses[i].text))
                           or (query.reach and gives_reach(index.clauses[i].text)))]
            for rank, i in enumerate(naming, start=1):
                fused[i] += ASPECT_WEIGHT / (RRF_K + rank)
        if query.who and not query.reach:  # 人才类别认定是哪个部门负责的: of the clauses covering the most in the
            # document ranked first so far (which document answers is not a duty's to decide), those with a sentence
            # that names a unit together with what is asked (市人社局负责人才类别认定), the one that says more first
            topic = [t for t in query.terms if not _UNIT_ASKED.search(t)]  # (the duty asked stays: 拨付, 牵头, 审核)
            leader = index.clauses[max(fused, key=lambda i: fused[i])].doc_id if fused else ""
            duty = {i: _duty_weight(index.clauses[i], topic, weights) for i in fused
                    if shares[i] >= best - WHO_MARGIN and index.clauses[i].doc_id == leader}
            for rank, i in enumerate(sorted((i for i in duty if duty[i]), key=lambda i: (-duty[i], -fused[i])),
                                     start=1):
                fused[i] += ASPECT_WEIGHT / (RRF_K + rank)
    outside = [i for i in fused if i not in dense]  # keyword candidates the dense search did not return
    if outside:
        dense.update(zip(outside, (index.vectors_of(outside) @ vector).tolist(), strict=True))
    owned = {index.clauses[i].clause_id: share for i, share in owns.items()}
    hits = []
    for i, score in fused.items():
        dense_score, clause = dense[i], index.clauses[i]
        # A place named in the question (枫岭市), or the level of government it speaks of (省里, 高新区),
        # decides whose measures may answer it.
        outside = not in_scope(index.documents[clause.doc_id], query)
        hits.append(Hit(clause, round(score, 6), round(dense_score, 4), round(shares[i], 4),
                        judge(clause, owns[i], dense_score, query, outside, index.documents[clause.doc_id].title)))
    if query.time_of and not any(h.relevant for h in hits):
        hits = _for_the_document(index, query, hits, owned, vector, lambda c: times_every_measure(c, query.time_of))
    elif query.where_to_apply and any(h.relevant for h in hits) \
            and not any(h.relevant and _applicant_acts(h.clause, query) for h in hits):
        # 第一步去哪里递: the item's document says it for all its measures
        hits = _for_the_document(index, query, hits, owned, vector, lambda c: _applicant_acts(c, query))
    elif query.reach and NUMBER_ASKED.search(query.asked) and any(h.relevant for h in hits) \
            and not any(h.relevant and gives_reach(h.clause.text) for h in hits):
        # 樟口镇企业发展奖励找谁咨询？电话多少: the item's document gives one contact for all its measures (联系人：…，
        # 电话：… in its closing article)
        hits = _for_the_document(index, query, hits, owned, vector,
                                 lambda c: gives_reach(c.text) and not c.incentives and not is_row_text(c.text))
    elif query.dated and any(h.relevant for h in hits) \
            and not any(h.relevant and _bounds_the_date(h.clause, query) for h in hits):
        # 2022年11月评上的省级专精特新，还能按细则领吗: the item's document bounds the date once for all its measures
        hits = _for_the_document(index, query, hits, owned, vector, lambda c: _bounds_the_date(c, query))
    elif query.stacking and any(h.relevant for h in hits) \
            and not any(h.relevant and _rules_on_stacking(h.clause, query) for h in hits):
        # 已经领过省里的奖励了，还能再领吗: the item's document rules once on stacking for all its measures
        hits = _for_the_document(index, query, hits, owned, vector, lambda c: _rules_on_stacking(c, query))
    elif query.payer and any(h.relevant for h in hits) and not any(h.relevant and says_who_pays(h.clause.text, query)
                                                                   for h in hits):
        # 最后是哪一级部门把钱拨到企业账上的: the item's document says once who pays out its grants
        hits = _for_the_document(index, query, hits, owned, vector, lambda c: says_who_pays(c.text, query))
    elif query.use and not query.money and any(h.relevant for h in hits) \
            and not any(h.relevant and USE_STATED.search(h.clause.text) for h in hits):
        # 这笔奖励能不能拿去还银行贷款: the item's document says once what its grants may be spent on
        hits = _for_the_document(index, query, hits, owned, vector, lambda c: bool(USE_STATED.search(c.text)))
    elif query.breach and any(h.relevant for h in hits) \
            and not any(h.relevant and SANCTION_STATED.search(h.clause.text) for h in hits):
        # 材料有假会咋处理, 搬走了要退吗: the item's document says once what follows a breach of its grants
        hits = _for_the_document(index, query, hits, owned, vector, lambda c: bool(SANCTION_STATED.search(c.text)))
    elif query.risen and any(h.relevant for h in hits) \
            and not any(h.relevant and (_tops_up(h.clause) or _TOPUP.search(h.clause.text)) for h in hits):
        # 前年评上省级，今年升成国家级了，还能再给多少: the item's document says once how a rise is topped up
        hits = _for_the_document(index, query, hits, owned, vector, _tops_up)
    elif query.who and INTERPRETING.search(query.asked) and any(h.relevant for h in hits) \
            and not any(h.relevant and INTERPRETS.search(h.clause.text) for h in hits):
        # 逐级晋升的规定看不明白，哪个部门负责解释: the item's document names who interprets it once, for all
        hits = _for_the_document(index, query, hits, owned, vector, lambda c: bool(INTERPRETS.search(c.text)))
    elif "conditions" in query.aspects and TIES_ASKED.search(query.text) and (query.places or query.issuer_levels) \
            and not query.elsewhere:
        hits = _scope_of_the_place(index, query, hits, vector)

    pool = [h for h in hits if h.relevant] or hits
    fullest = max((h.coverage for h in pool), default=0.0)
    previous = query.follows if any(h.clause.doc_id == query.follows and h.coverage >= fullest - 1e-9
                                    for h in pool) else ""

    def group(hit: Hit) -> tuple[bool, bool, bool, bool, bool, bool]:
        # Current documents before old ones, then clauses that answer before those that merely rank,
        # then measures for the asker's trade before another trade's, then the measures of the level
        # of government the question speaks of (省里, 县里) first, then (of a question asked after others) the
        # document the question before was answered from (那省级的呢, 去哪儿能看到这个公示: of the same measure), when
        # it holds as much of the question as any (not 纺织那边也有链长制吗 after 生物医药…链长制: the textile measures'
        # clause holds 纺织 too)
        document = index.documents[hit.clause.doc_id]
        return (document.is_old != want_draft, not hit.relevant,
                fits_industry(query.industry, document.industry) is False, not in_scope(document, query),
                bool(query.places) and document.jurisdiction not in query.places,  # (the zone's before its city's)
                bool(previous) and hit.clause.doc_id != previous)

    ranked: list[Hit] = []
    for _, members in itertools.groupby(sorted(hits, key=lambda h: (group(h), -h.score)), key=group):
        ranked.extend(_near_ties_by_coverage(list(members)))
    def first_that(answers: Callable[[Hit], bool]) -> list[Hit]:
        """`ranked` with the first relevant hit of the top one's group that `answers` moved to the top."""
        found = next((h for h in ranked[1:] if h.relevant and answers(h) and group(h) == group(ranked[0])), None)
        return ranked if found is None else [found, *(h for h in ranked if h is not found)]

    if ranked and ranked[0].relevant and _page_answer(ranked[0].clause) and not query.aspects:
        # 园区落户奖励，投资1亿、3亿、5亿分别奖多少: the clause that states the measure before a page's answer that
        # restates it (问：…？答：…), when it holds as much of the question (not one asked of the steps, papers,
        # contacts or time the answer may give alone: 落户奖励找谁申请)
        top = ranked[0]
        ranked = first_that(lambda h: h.clause.doc_id == top.clause.doc_id and not _page_answer(h.clause)
                            and h.coverage >= top.coverage)
    if ranked and ranked[0].relevant and ranked[0].coverage < PART:  # 做贸易的，能申请吗: the clause that holds
        # all the question says (从事贸易的企业不在支持范围内) before one that holds half of it
        ranked = first_that(lambda h: h.coverage >= WHOLE)
    if (asks_yes_or_no(query) or "conditions" in query.aspects and not query.money) and ranked \
            and ranked[0].relevant:
        ranked = _circumstance_first(index, query, ranked)
    told = units_told(query.text)
    if "conditions" in query.aspects and told and ranked and ranked[0].relevant \
            and not bars_in(ranked[0].clause.text, told):
        # 招来一位48岁的博士，能领吗 / 交社保的只有15个人，能报吗: of the clauses of its document that answer, the one
        # that sets a bar in the unit of a figure told (四十五周岁以下…放宽至五十周岁; 不少于20人)
        ranked = first_that(lambda h: h.clause.doc_id == ranked[0].clause.doc_id and bars_in(h.clause.text, told))
    if query.dated and ranked and ranked[0].relevant and not _bounds_the_date(ranked[0].clause, query):
        # 2022年11月评上的，还能领吗: of the clauses that answer, the one bounding the date of the event answers it
        ranked = first_that(lambda h: _bounds_the_date(h.clause, query))
    if query.when and ranked and ranked[0].relevant and dates_fit(ranked[0].clause, query) is False:
        # 2025年10月竣工的: not the clause for projects finished in another span, when one for the asker's answers
        ranked = first_that(lambda h: bool(dates_fit(h.clause, query)))
    if query.time and BOTH_ENDS_ASKED.search(query.asked) and ranked and ranked[0].relevant \
            and not PERIOD_STATED.search(ranked[0].clause.text):
        # 几号开始报，几号截止: of the clauses that answer, the one stating the period (3月16日至4月15日)
        ranked = first_that(lambda h: bool(PERIOD_STATED.search(h.clause.text)))
    if query.aspects == ("materials",) and not (query.money or query.who) and ranked and ranked[0].relevant \
            and not _lists_papers(ranked[0].clause.text) and not _a_paper_listed(index, ranked[0].clause):
        # 申报要带哪些材料: of its document's clauses that answer, the one that lists the papers (申报材料：申请表、
        # 营业执照…) before one that names a paper in passing (纸质材料一式一份报送…)
        ranked = first_that(lambda h: h.clause.doc_id == ranked[0].clause.doc_id and _lists_papers(h.clause.text))
    if query.stacking and ranked and ranked[0].relevant:
        # 已经领过了，还能再领吗: of the clauses that answer and rule on stacking, the one that holds most of the
        # question (同一项目已获得中央预算内投资…的, not 同时享受第五条补助和本条贴息的 of another grant)
        top = ranked[0]
        ruling = [h for h in ranked if h.relevant and _rules_on_stacking(h.clause, query) and group(h) == group(top)]
        best = max(ruling, key=lambda h: h.coverage, default=None)
        if best is not None and (not _rules_on_stacking(top.clause, query) or best.coverage > top.coverage):
            ranked = [best, *(h for h in ranked if h is not best)]
    if "procedure" in query.aspects and not (query.money or query.who) and ranked and ranked[0].relevant \
            and not _applicant_acts(ranked[0].clause, query) \
            and heading_aspects([ranked[0].clause.text]) == {"conditions"}:
        # 想申请专项资金，是个什么流程: of the clauses that answer, the one where the applicant acts (企业…通过…平台
        # 在线填报) before one that sets conditions on it (申请专项资金的企业应当同时具备下列条件)
        ranked = first_that(lambda h: _applicant_acts(h.clause, query))
    if query.reach and NUMBER_ASKED.search(query.asked) and ranked and ranked[0].relevant \
            and not gives_reach(ranked[0].clause.text):
        # 有问题找谁咨询？电话多少: of the clauses of its document that answer, the one that gives a number or a person
        # to call
        ranked = first_that(lambda h: h.clause.doc_id == ranked[0].clause.doc_id and gives_reach(h.clause.text))
    if query.payer and ranked and ranked[0].relevant and not says_who_pays(ranked[0].clause.text, query):
        # 奖励最后是哪个部门兑付到企业的: of the clauses that answer, the one that says who pays out or bears the cost
        ranked = first_that(lambda h: says_who_pays(h.clause.text, query))
    if query.use and not query.money and ranked and ranked[0].relevant and not USE_STATED.search(ranked[0].clause.text):
        # 这笔钱能不能拿去还贷款: of the clauses that answer, the one that says what the grants may be spent on
        ranked = first_that(lambda h: bool(USE_STATED.search(h.clause.text)))
    if query.breach and ranked and ranked[0].relevant and not SANCTION_STATED.search(ranked[0].clause.text):
        # 材料有假会咋处理: of the clauses that answer, the one that says what follows
        ranked = first_that(lambda h: bool(SANCTION_STATED.search(h.clause.text)))
    if query.who and INTERPRETING.search(query.asked) and ranked and ranked[0].relevant \
            and not INTERPRETS.search(ranked[0].clause.text):
        # 哪个部门负责解释: of the clauses that answer, the one that says who interprets
        ranked = first_that(lambda h: bool(INTERPRETS.search(h.clause.text)))
    if query.risen and ranked and ranked[0].relevant and ranked[0].clause.incentives \
            and query.risen[0] not in {i.level for i in ranked[0].clause.incentives}:
        # 前年评上市级，2025年升成省级了，还补多少: of the clauses that answer, one granting the level risen to the item
        # the answering clauses grant at the level before (a row of 国家级 that tops up 省级、市级 names them as what
        # was received; a 省级 row of another item, 产业园区, is not the enterprise's)
        ranked = first_that(lambda h: _grants_the_rise(h.clause, query.risen, ranked))
    topped_up = bool(ranked) and query.facts.received is not None and any(i.topup for i in ranked[0].clause.incentives)
    if (query.risen or topped_up) and ranked and ranked[0].relevant and not _tops_up(ranked[0].clause) \
            and not _TOPUP.search(ranked[0].clause.text):
        # 升成国家级了，还能再给多少 (or 已获得低档奖励10万，冲过5个亿了还补多少: a sum received, of a grant topped up):
        # the rule on rising answers, the grant it tops up quoted with it (unless the grant says it: 一次性奖励80万元；
        # 已获省级奖励的补足差额)
        ranked = first_that(lambda h: _tops_up(h.clause))
    if MORE_ASKED.search(query.own_words or query.text) and ranked and ranked[0].relevant \
            and not any(r.addon for r in ranked[0].clause.incentives):
        # 那头一回过一千万的，还有没有额外的: the grant paid on top of another (另给予, 再给予)
        ranked = first_that(lambda h: any(r.addon for r in h.clause.incentives))
    if ranked and ranked[0].relevant and _is_row(ranked[0].clause) and not _row_of(ranked[0].clause, query):
        # 镇级财政贡献大概450万元，纳税贡献奖能拿哪一档: of a table's rows found, the one the figure falls in (300万元
        # （含）至600万元), not the first row
        ranked = first_that(lambda h: h.clause.doc_id == ranked[0].clause.doc_id
                            and h.clause.path[:-1] == ranked[0].clause.path[:-1] and _row_of(h.clause, query))
    if query.money and ranked and ranked[0].relevant and passed_before(ranked[0].clause, query.facts):
        # 22年研发1800万，23年3500万，奖多少: not 首次超过1000万元的，另给予20万元
        ranked = first_that(lambda h: not passed_before(h.clause, query.facts))
    if "conditions" in query.aspects and (query.facts.figures or query.facts.age is not None
                                          or query.facts.headcount is not None) and ranked \
            and ranked[0].relevant:
        ranked = _missed_bar_first(index, query, ranked)
    if ranked and ranked[0].relevant and _in_attachment(ranked[0].clause):
        # 附件：…奖励项目一览表, whose row repeats an item of the body (资质提升奖…4万元／3万元／2万元): the
        # body's clause, which it summarises, answers first
        row = ranked[0].clause
        ranked = first_that(lambda h: h.clause.doc_id == row.doc_id and not _in_attachment(h.clause)
                            and _repeats(row, h.clause))
    if ranked and ranked[0].relevant and (cited := _cited(index, ranked[0].clause)):
        # (a hotline's knowledge base: 根据《…办法》…奖励由30万元提高到50万元) a clause that restates the sums of a
        # document it cites: the cited document's clause, its source, answers first (unless only the restatement
        # bounds the date asked: 2024年11月认定的按30万还是50万, of 2024年12月31日前已认定的仍按修改前的标准)
        # (one of its clauses that restates those sums, or holds as much of the question: 市级的不再给予奖励, of
        # 对新认定的市级专精特新中小企业，纳入培育库)
        told, held = ranked[0].clause, ranked[0].coverage
        dated = bool(OWN_DATE.search(query.text)) and _bounds_the_date(told, query)  # (the asker's event dated)
        source = [h for h in ranked[1:] if h.relevant and h.clause.doc_id in cited
                  and not (dated and not _bounds_the_date(h.clause, query))]
        found = next((h for h in source if _repeats(h.clause, told)), None) \
            or next((h for h in source if h.coverage >= held), None)
        ranked = first_that(lambda h: h is found)
    if query.who and not query.money and ranked and ranked[0].relevant \
            and not STATES_UNITS.search(ranked[0].clause.text) \
            and (assigner := _assigning_units(index, ranked[0].clause)) is not None:
        # 县里研发投入奖励找哪个局: the item's units given by a closing clause to a run of items (第7—9条由县科学技术
        # 局负责): that clause states them, in the item's place
        top = ranked[0]
        ranked = [Hit(assigner, top.score, top.dense, top.coverage, True),
                  *(h for h in ranked if h.clause.clause_id != assigner.clause_id)]
    case = _breach_case(index, query) if query.breach else []
    if query.breach and ranked and ranked[0].relevant and not _says_what_follows(index, ranked[0].clause, case):
        # 迁出本县了要退吗: a clause found that names the case (5年内迁出本县的，应当退回); else 掉出规上了，这5万要
        # 退回去吗: no clause says what follows that, and the grant's own clause does not answer it
        ranked = first_that(lambda h: _says_what_follows(index, h.clause, case))
        if not _says_what_follows(index, ranked[0].clause, case):
            ranked = [replace(h, relevant=False) for h in ranked]
    return ranked[:k]


def _breach_case(index: SearchIndex, query: Query) -> list[str]:
    """The case a breach question asks what follows: the words it tells before it asks (要是拿了奖第二年又掉出规上了，
    这5万要退回去吗 -> 规模以上 …) that the documents use, besides grants, levels and function words."""
    asked = BREACH_ASKED.search(query.own_words or query.text)
    told = expand_abbreviations((query.own_words or query.text)[: asked.start()]) if asked else ""
    return [t for t in query.terms if t in told and index.keywords.df(t) and not function_word(t)
            and not re.fullmatch(GRANT_WORDS, t) and not ANY_LEVEL.search(t)]


def _says_what_follows(index: SearchIndex, clause: Clause, case: list[str]) -> bool:
    """Whether a clause says what follows a breach or change: it states a sanction (追回, 取消资格) and names the
    `case` (_breach_case), if any, its own or its lead-in's (材料有假 of 提供虚假材料…追回; not 掉出规上 of a clause
    on false papers)."""
    if not SANCTION_STATED.search(clause.text):
        return False
    n = _positions(index).get(clause.clause_id)
    parent = _parent(index, n) if n is not None else None
    said = clause.text + (index.clauses[parent].text if parent is not None else "")
    return not case or any(t in said for t in case)


_CELL_NAME = re.compile(r"[^；;：:\n]{1,6}[：:]")  # a table row's column names (奖励项目：, 金额：)


def _in_attachment(clause: Clause) -> bool:
    return clause.clause_id.split("/", 1)[-1].startswith("附件")


def _assigning_units(index: SearchIndex, clause: Clause) -> Clause | None:
    """The clause of a clause's document that gives its item units, as a run of items (第7—9条由县科学技术局负责)."""
    rows = derived(index, "rows_by_document", _rows_by_document).get(clause.doc_id, [])
    return next((index.clauses[n] for n in rows if index.clauses[n].clause_id != clause.clause_id
                 and units_given_to(index.clauses[n].text, clause) is not None), None)


def _cited(index: SearchIndex, clause: Clause) -> set[str]:
    """The other documents of the index a clause cites: by its title (in 《》, 〈〉 inside another title, or bare in a
    clause that quotes titles) or by its 文号."""
    text = clause.text.replace("〈", "《").replace("〉", "》")
    return {doc_id for doc_id, d in index.documents.items() if doc_id != clause.doc_id
            and (len(d.title) >= _TITLE_CITED and (f"《{d.title}》" in text or d.title in text and "《" in text)
                 or d.doc_number and d.doc_number in text)}


_TITLE_CITED = 6  # characters of a title for a clause to cite the document by it (not an empty or a bare one: 通知)


def _repeats(row: Clause, clause: Clause) -> bool:
    """Whether a clause states every sum of money another (an attachment's row) states, and most of its words (not
    another item of the same sum: 省级专精特新…20万元 for a row of 省级企业技术中心…20万元)."""
    said = {money_to_yuan(m) for m in MONEY.findall(row.text)}
    cells = _CELL_NAME.sub("", MONEY.sub("", row.text))
    words = word_pairs(cells)
    return bool(said) and said <= {money_to_yuan(m) for m in MONEY.findall(clause.text)} \
        and len(words & word_pairs(clause.text)) >= len(words) / 2


CIRCUMSTANCE_SHARE = 0.5
_A_COUNT = re.compile(rf"{COUNT_NUMBER}(?:{COUNTERS}|笔)")  # (一笔, 两个)


def _circumstance_first(index: SearchIndex, query: Query, ranked: list[Hit]) -> list[Hit]:
    """杏坪镇一家企业去年出了一起安全生产事故，还能报纳税贡献奖吗: the grant clause holds the item asked (纳税贡献奖);
    (or a condition found first, 项目已竣工投产, which only a clause that denies the grant comes before: 同一项目已获得
    中央预算内投资的);
    the words it leaves out are the asker's circumstance (安全生产事故), and the clause of the same item, or of a
    section of the document that grants nothing (其他, 申报条件), that grants nothing itself and holds two or more of
    them, most of their weight (发生较大以上安全生产事故的，不予奖励), answers whether it may apply."""
    first = _positions(index)[ranked[0].clause.clause_id]
    # (a word no clause uses, 车间, is the asker's account: no clause can hold it; nor is a word asking for a kind of
    # answer, 条件, a count, 一笔, or a level, 区级: whose grant it is)
    unmet = [t for t in query.terms if index.keywords.df(t) and not coverage(index, [t], first)
             and not any(asked.fullmatch(t) for _, asked, _ in ASPECTS) and not _A_COUNT.fullmatch(t)
             and not ANY_LEVEL.search(t)]
    if not unmet:
        return ranked
    rows = derived(index, "rows_by_document", _rows_by_document)[ranked[0].clause.doc_id]
    granting = {index.clauses[n].path[0] for n in rows if index.clauses[n].incentives and index.clauses[n].path}
    item = ranked[0].clause.path[:-1]
    best, share = None, CIRCUMSTANCE_SHARE
    for n in rows:
        clause = index.clauses[n]
        # (the item's own clauses, or a section that grants nothing: 其他, 申报条件; not another item's; a case listed
        # under a lead-in that denies a grant bars them all: 有下列情形之一的，专项资金不予支持)
        parent = _parent(index, n)
        barring = parent is not None and _bars_item(index, parent, first)
        own = clause.path[: len(item)] == item or bool(clause.path) and clause.path[0] not in granting or barring
        if clause.incentives or not own:
            continue
        held = [t for t in unmet if coverage(index, [t], n)]
        # (two or more of them; or one no other clause of its document uses, in a clause that denies a grant:
        # 欠缴社会保险费的 / 停产半年以上的, listed under 有下列情形之一的，不予奖励; of a sum asked yes or no,
        # 还能拿吗, only a clause that denies it)
        denies = _denies(index, n)
        if not ranked[0].clause.incentives and (not denies or _denies(index, first)):
            continue  # (a condition found first gives way only to a case that denies the grant)
        if (s := coverage(index, unmet, n)) >= share and (best is None or s > share) and (denies or not query.money) \
                and (len(held) > 1 or len(held) == 1 and _only_here(index, held[0], n) and denies):
            best, share = n, s
    if best is None:
        return ranked
    clause = index.clauses[best]
    hit = next((h for h in ranked if h.clause.clause_id == clause.clause_id), None)
    moved = Hit(clause, round(ranked[0].score + NEAR_TIE, 6), hit.dense if hit else ranked[0].dense,
                hit.coverage if hit else ranked[0].coverage, True)
    return [moved, *(h for h in ranked if h.clause.clause_id != clause.clause_id)]


def _bars_item(index: SearchIndex, lead_in: int, first: int) -> bool:
    """Whether the lead-in `lead_in` denies the grant of clause `first`: it denies a grant, any (有下列情形之一的，
    专项资金不予支持), or one it names that clause `first` holds (有下列情形的，不予技改补助 of a 技改 clause)."""
    denied = GRANT_DENIED.search(index.clauses[lead_in].text)
    if denied is None:
        return False
    what = re.fullmatch(r"不(?:再|予|给予)?(?:享受|安排)?(.*?)(?:奖励|补助|补贴|资金|支持|兑现)", denied.group())
    # (not 本条, 上述, 相关, 其他: words pointing at the grants, whichever)
    named = [t for t in content_terms(what.group(1) if what else "") if not re.fullmatch(GRANT_WORDS, t)
             and not re.match(r"本|该|此|上述|相关|其他|其它|有关", t)]
    return not named or coverage(index, named, first) > 0


def _only_here(index: SearchIndex, term: str, i: int) -> bool:
    """Whether clause i is the only clause of its document whose text holds `term` (停产, 社会保险费)."""
    rows = derived(index, "rows_by_document", _rows_by_document).get(index.clauses[i].doc_id, [])
    return term in index.clauses[i].text and sum(term in index.clauses[n].text for n in rows) == 1


def _denies(index: SearchIndex, i: int) -> bool:
    """Whether clause i, or the lead-in it is listed under, says a grant is not paid (有下列情形之一的，不予奖励):
    worked out once an index (coverage asks it of every clause it weighs)."""
    def build(ix: SearchIndex) -> frozenset[int]:
        return frozenset(n for n, clause in enumerate(ix.clauses) if GRANT_DENIED.search(clause.text)
                         or (parent := _parent(ix, n)) is not None and GRANT_DENIED.search(ix.clauses[parent].text))
    return i in derived(index, "clauses denying a grant", build)


def _missed_bar_first(index: SearchIndex, query: Query, ranked: list[Hit]) -> list[Hit]:
    """研发才投了180万，占营收5%，能报吗: of the conditions listed with the first clause (its section's items), then
    of the conditions its document sets for it (document_conditions), the one whose lowest figure the asker's own
    figure misses (研发费用支出不低于200万元) answers first."""
    first = _positions(index)[ranked[0].clause.clause_id]
    listed = [first, *_siblings(index, first)]
    # (首次纳入规上统计的 in 一、申报范围 is answered by 参保职工不少于15人 in 三、申报条件: the document's conditions)
    rows = derived(index, "rows_by_document", _rows_by_document)[ranked[0].clause.doc_id]
    governing = {c.clause_id for c in document_conditions(ranked[0].clause, [index.clauses[n] for n in rows])}
    conditions = [n for n in rows if n not in listed and index.clauses.ids[n] in governing]
    for n in [*listed, *conditions]:
        clause = index.clauses[n]
        if missed_bar(clause, query.facts):
            if n == first:
                return ranked
            hit = next((h for h in ranked if h.clause.clause_id == clause.clause_id), None)
            moved = Hit(clause, round(ranked[0].score + NEAR_TIE, 6), hit.dense if hit else ranked[0].dense,
                        hit.coverage if hit else 0.0, True)
            return [moved, *(h for h in ranked if h.clause.clause_id != clause.clause_id)]
    return ranked


def document_conditions(clause: Clause, clauses: Sequence[Clause]) -> list[Clause]:
    """The clauses of `clause`'s document (among `clauses`) that set the conditions its measure is applied for
    under: those under a heading on conditions or scope (申报条件, 支持对象, 适用范围; not 工作要求) that is a section
    of the whole document (三、申报条件) or of the clause's own item (一、专精特新奖励 > （一）申报条件), not another
    item's."""
    return [c for c in clauses if c.doc_id == clause.doc_id and c.clause_id != clause.clause_id and len(c.path) > 1
            and _SCOPE_HEADING.search(c.path[-2]) and clause.path[: len(c.path) - 2] == c.path[:-2]]


def missed_bar(clause: Clause, facts: Facts) -> tuple[str, float, float] | None:
    """(class of figure, the asker's figure, the lowest the clause's conditions allow) for the first condition
    the asker's own figure misses (研发费用180万 against 研发费用支出不低于200万元; 研发500万 of 营收2个亿, 2.5%,
    against 研发费用占营业收入比例不低于3%: ("研发费用/营业收入", 0.025, 0.03)); None when none is missed."""
    said = {metric: value for metric, value, growth in facts.figures if not growth}  # (营收增长了500万: no level)
    if facts.age is not None:
        said[AGE_METRIC] = facts.age
    said.pop(HEADCOUNT_METRIC, None)  # (员工工资200万: a sum, not a count of people)
    if facts.headcount is not None:
        said[HEADCOUNT_METRIC] = facts.headcount
    for metric, bar in condition_bars(clause.text):
        part, _, whole = metric.partition("/")
        if not whole:
            value = said.get(part)
        elif said.get(part) is not None and said.get(whole):
            value = said[part] / said[whole]
        else:
            continue
        if value is not None and round(value, 9) < round(bar, 9):  # (2.6/100 is a hair above 0.026)
            return metric, value, bar
    return None


def _scope_of_the_place(index: SearchIndex, query: Query, hits: list[Hit], vector: np.ndarray) -> list[Hit]:
    """营业执照注册在南渚镇，但税在别的街道交，能享受镇里的奖励吗: the asker's ties to the place decide, and the
    documents of the place asked about say whom they are for (本措施适用于在南渚镇注册登记、税收解缴在南渚镇的
    企业). Their clause that says it by the ties the asker names (法人, 税, 分支机构; one fewer clauses say
    weighs more), then the closest to the question, answers first."""
    scoped = [n for n, clause in enumerate(index.clauses) if STATES_SCOPE.search(clause.text)
              and not (document := index.documents[clause.doc_id]).is_old  # the place named, else the level spoken of
              and (document.jurisdiction in query.places if query.places else in_scope(document, query))]
    if not scoped:
        return hits
    scores = index.vectors_of(scoped) @ vector
    named = [w for w in TIE_WORDS if w in query.text]
    # (a tie fewer clauses of the library say weighs more: 分支机构 over 法人 over 税)
    said = derived(index, "tie_words_said", lambda ix: {w: sum(w in c.text for c in ix.clauses) for w in TIE_WORDS})
    shared = [sum(math.log(1 + len(index.clauses) / (1 + said[w])) for w in named if w in index.clauses[n].text)
              for n in scoped]
    at = max(range(len(scoped)), key=lambda j: (shared[j], scores[j]))
    if not shared[at]:
        return hits  # 营业执照刚变更: no clause says whom the documents are for by the ties named
    best = index.clauses[scoped[at]]
    top = max((h.score for h in hits), default=0.0)
    answer = Hit(best, round(top + NEAR_TIE, 6), round(float(scores[at]), 4), 1.0, True)
    return [answer, *(h for h in hits if h.clause.clause_id != best.clause_id)]


def _applicant_acts(clause: Clause, query: Query) -> bool:
    """Whether a clause says where or how the applicant itself acts (企业向注册地乡镇提交, 登录…平台填报)."""
    return bool(APPLICANT_ACTS.search(clause.text))


def _grants_the_rise(clause: Clause, risen: tuple[str, ...], ranked: list[Hit]) -> bool:
    """Whether a clause grants the level risen to (risen[0]) for an item the answering clauses grant at the level
    before (risen[1]), levels set aside."""
    before = {strip_levels(i.item) for h in ranked if h.relevant for i in h.clause.incentives if i.level == risen[1]}
    return any(i.level == risen[0] and strip_levels(i.item) in before for i in clause.incentives)


def _tops_up(clause: Clause) -> bool:
    """Whether a clause that grants nothing itself says how a sum is topped up when a level rises
    (企业由省级称号晋升为同类国家级称号的，按国家级标准扣除已获省级奖励后补足差额; not 差额部分由企业自筹)."""
    return not clause.incentives and bool(_TOPUP.search(clause.text)) and bool(_RISE.search(clause.text))


def _bounds_the_date(clause: Clause, query: Query) -> bool:
    """Whether a clause bounds the date of the enterprise's event (须于2023年1月1日以后取得或者完成)."""
    return bool(DATE_BOUND.search(clause.text))


def says_who_pays(text: str, query: Query) -> bool:
    """Whether a clause says who pays a grant out (由县财政局…拨付至企业账户) or, to a question who bears its cost,
    who does (由市、县财政按5:5比例分担)."""
    return bool(PAYS_OUT.search(text) or query.cost and COST_BORNE.search(text))


def dates_fit(clause: Clause, query: Query) -> bool | None:
    """Whether the asker's event falls in a span a clause bounds its date to (True), in none (False), or the clause
    bounds no date (None)."""
    return date_fits(date_bounds(clause.text), query.when) if query.when else None


def _says_what_counts(clause: Clause, query: Query) -> bool:
    """Whether a clause says whether what the question names counts in the figure a rule is paid on (二手设备、
    自制设备…不计入 asked of 二手机床; 工业软件购置费用可以计入设备投资额 asked of 工业软件; not 设备投资额（不含税）
    asked of 二手设备)."""
    named = {pair for m in STATES_COUNTED.finditer(clause.text)
             for pair in word_pairs(m.group("before") or m.group("after") or m.group("counted") or "")}
    return bool(named & set(word_pairs(query.counted)))


def _rules_on_stacking(clause: Clause, query: Query) -> bool:
    """Whether a clause rules on stacking grants, and (when the question speaks of another government's grant:
    县里也给了，镇里的还能再拿吗; 省里已经给了20万，白沙镇这边的还能再拿吗) on stacking them with other policies
    (与上级政策有重叠的，可同时享受; 已获得省级及以上…奖励的企业，不再享受本项市级奖励), as when it speaks of another
    policy (区里另一个文件也对高企有奖励，两边能都拿吗)."""
    governments = {place_of(p)[1] for p in query.places} | {
        SPOKEN_LEVELS[w] for w in (*query.issuer_words, *query.granted_by)}  # (白沙镇 and 镇里 are one)
    return bool(STACKING_STATED.search(clause.text)) and (
        (len(governments) < 2 and not query.other_policy)
        or bool(re.search(f"{OTHER_POLICIES}|{GRANTED_BEFORE}", clause.text)))


def _for_the_document(index: SearchIndex, query: Query, hits: list[Hit], owned: Mapping[str, float],
                      vector: np.ndarray, says: Callable[[Clause], bool]) -> list[Hit]:
    """南渚镇的奖励什么时候发, 省里梯度培育奖励第一步去哪里递申请: the item's clause does not say it, the document
    says it once for all its measures (奖励资金于次年第二季度兑现 in 附则; 企业向注册地县级主管部门提出申请 in
    申报和审核). The clause of the item's document that `says` it (for a time: one that grants nothing
    itself and states the time of the event asked) answers in the item's place. The item's clause holds the
    question by the share it holds itself (`owned`, by clause id: see coverage)."""
    found = [h for h in hits if owned[h.clause.clause_id] >= MIN_COVERAGE and h.dense >= MIN_DENSE
             and not query.elsewhere and in_scope(index.documents[h.clause.doc_id], query)
             and index.documents[h.clause.doc_id].is_old == query.draft]
    if not found:
        return hits
    item = max(found, key=lambda h: h.score)
    rows = derived(index, "rows_by_document", _rows_by_document).get(item.clause.doc_id, [])
    general = [n for n in rows if says(index.clauses[n])]
    if not general:
        return hits
    scores = index.vectors_of(general) @ vector
    best = index.clauses[general[int(np.argmax(scores))]]
    answer = Hit(best, item.score, round(float(scores.max()), 4), item.coverage, True)
    return [answer, *(h for h in hits if h.clause.clause_id != best.clause_id)]


def times_every_measure(clause: Clause, events: tuple[str, ...]) -> bool:
    """A clause that grants nothing itself and states the time of one of `events`: it states it for every
    measure of its document (附则: 奖励资金原则上于每年9月底前兑现)."""
    return not clause.incentives and states_time_of(clause.text, events)


def _rows_by_document(index: SearchIndex) -> dict[str, list[int]]:
    rows: dict[str, list[int]] = {}
    for n, doc_id in enumerate(index.clauses.doc_ids):
        rows.setdefault(doc_id, []).append(n)
    return rows


def _row_of(clause: Clause, query: Query) -> bool:
    """Whether a clause is one row of a table of tiers (it holds fewer tiers than the table) and the
    asker's figure falls in it, or the tier the question names (4000万那一档). A clause that holds the whole table
    is no row: it needs no help."""
    return any(in_own_tier(r, query.facts) or tier_named(r, query.facts) for r in _row_records(clause))


def _is_row(clause: Clause) -> bool:
    """Whether a clause is one row of a table of tiers."""
    return bool(_row_records(clause))


def _row_records(clause: Clause) -> list[Incentive]:
    """The records of a clause that are rows of a table of tiers: the clause holds fewer tiers than the table."""
    return [r for r in clause.incentives if len(r.tiers) > sum(x.tiers == r.tiers for x in clause.incentives)]


def _bars(clause: Clause, query: Query) -> bool:
    """Whether a clause sets a bar (a lowest figure) on a figure the asker gives (设备购置额2000万元以上)."""
    return any(metric_value(r, query.facts) is not None and (r.low is not None or r.min_investment is not None)
               for r in clause.incentives)


def _lowest_bar(clause: Clause, query: Query) -> float:
    """The lowest bar a clause sets on a figure the asker gives (see `_bars`)."""
    return min((bar for r in clause.incentives if metric_value(r, query.facts) is not None
                for bar in (r.low, r.min_investment) if bar is not None), default=math.inf)


def other_round(document: Document, query: Query) -> str:
    """The year of the round a document is for (2024年度…申报指南) when the question asks of another
    round (2025年度…啥时候报); else ""."""
    year = round_year(document.title, question=False) if query.round_year else ""
    return year if year != query.round_year else ""


def in_scope(document: Document, query: Query) -> bool:
    """A document the question names (by title or number), or else of the places it names, or of the level of
    government it speaks of (a document whose issuer's level is unknown is not ruled out by a level)."""
    # 区里 is a district's or a development zone's (both at the county level); 县里 a county's, not a
    # district's (临澜区), and 区里 not a county's (青禾县): the word says which of the county level
    if query.documents:  # (按《…实施细则》: the document named, wherever the asker is)
        return document.doc_id in query.documents
    said = {word[0] for word in query.issuer_words if SPOKEN_LEVELS[word] == "county"}
    levels = set(query.issuer_levels) | ({"zone"} if "区" in said else set())
    if levels and document.issuer_level and document.issuer_level not in levels:
        return False  # 省里: the province's measures (a document whose level is unknown is not ruled out)
    if document.issuer_level == "county" and len(said) == 1 and document.jurisdiction[-1:] in COUNTY_MARKS - said:
        return False
    if other_round(document, query):
        return False  # 2025年度…啥时候报 of the 2024年度 申报指南: that round is not in the documents
    if query.places:
        # a place named at the level asked (枫岭市的企业，市里奖多少) is whose measure it is; one at another
        # level (澜州的企业…省里奖多少) says where the asker is, and the level decides
        at_places = {place_of(p)[1] for p in query.places}
        if not levels or not document.issuer_level or document.issuer_level in at_places:
            return document.jurisdiction in query.places \
                or _of_its_city(document, [p for p in query.places if p not in query.granting_places])
    return True


def _of_its_city(document: Document, places: Collection[str]) -> bool:
    """Whether a document is the city's that a zone named lies in, the zone being named after it (青梧经开区 in
    青梧市): the city's measures are for the zone's enterprises too; the zone's own come first (`retrieve`)."""
    return document.issuer_level == "city" and any(
        place_of(p)[1] == "zone" and place_core(p) == place_core(document.jurisdiction) for p in places)


def _top(scores: np.ndarray, limit: int) -> list[int]:
    """Positions of the `limit` highest positive scores, best first (ties: lower position first)."""
    best = np.flatnonzero(scores > 0)
    if len(best) > limit:
        best = best[np.argpartition(-scores[best], limit - 1)[:limit]]
    return [int(i) for i in best[np.lexsort((best, -scores[best]))]]


def _page_answer(clause: Clause) -> bool:
    """Whether a clause is a 解读 or 问答 page's answer to a question it asks (问：…？答：…)."""
    return QA_ASKED.match(clause.text) is not None


def _near_ties_by_coverage(hits: list[Hit]) -> list[Hit]:
    """Hits sorted by fused score, where scores within NEAR_TIE of the one before count as a tie
    that goes to the clause covering more of the question (then the closer one by dense score)."""
    out: list[Hit] = []
    i = 0
    while i < len(hits):
        j = i + 1
        while j < len(hits) and hits[j - 1].score - hits[j].score < NEAR_TIE:
            j += 1
        out.extend(sorted(hits[i:j], key=lambda h: (-h.coverage, -h.dense)))
        i = j
    return out
