"""政策匹配: an enterprise's own description read once into a `Profile`, then matched against the
incentive records of every in-force measure. Each measure it touches is eligible (conditions met,
the amount computed where the figures allow), not eligible (with the reason), or 待核实 (a
condition the description does not state). Nothing here names an item, a document or a place:
what the enterprise says is searched like a question, and the records decide."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import asdict, dataclass, field, replace
from datetime import date
from typing import Any

from langchain_core.embeddings import Embeddings

from retrieval.answer.calculator import Calculation, Facts, calculate, check_facts, combined, read_facts
from retrieval.answer.compose import cite_label
from retrieval.documents.normalise import simplified
from retrieval.lexicon.patterns import (
    ASPECTS,
    CLAUSE_PART,
    DENIED,
    ENTERPRISE_TYPES,
    LEVEL_NAMES,
    LIST_QUESTION,
    SAME_MATTER,
    award_mismatch,
    metric_of,
    strip_levels,
    yuan_text,
)
from retrieval.lexicon.tokenizer import expand_abbreviations, place_names, word_pairs
from retrieval.records import Amount, Answer, Citation, Clause, Document, Incentive, Note
from retrieval.search.query import (
    CONTROL,
    SPEAKER,
    Query,
    analyse,
    fits_industry,
    named_places,
    place_core,
    trade_of,
)
from retrieval.search.retrieve import retrieve
from retrieval.store.derived import derived
from retrieval.store.index import SearchIndex

__all__ = ["Profile", "Match", "Matching", "read_profile", "profile_from_dict", "match", "MAX_PROFILE_CHARS"]

MAX_PROFILE_CHARS = 1000
HITS_PER_CLAIM = 8
MIN_SHARE = 0.5  # of what a claim says (weighed by rarity) an item must hold to be the one it names
MAX_CITED = 10  # clauses cited under a chat answer from the matcher
# 今年 / 去年 / 刚: when, said of a claim, not what it is (a pair 年首 from 今年首次 would name nothing).
_RELATIVE_TIME = re.compile(r"今年度?|去年|前年|明年|同年|上年度?|本年度?|当年度?|刚刚?|已经|曾经")
_LOCATED = r"在|位于|落户|地处|注册在|坐落于?|属于|来自"
# Words that say who an enterprise is, not what it has earned: 规上工业企业, 的厂, 做…的.
_WHO = re.compile(rf"{ENTERPRISE_TYPES}|工业|企业|公司|工厂|厂|[做搞的是在]")
# 省级瞪羚企业和国家级专精特新: two honours, each with its own level.
_AND_LEVEL = re.compile(rf"(?:和|以及|及|与|、|还有|并且|同时)(?=(?:被|获|评为|认定为|获评)?(?:{LEVEL_NAMES}))")


@dataclass(frozen=True)
class Profile:
    """What an enterprise says about itself. `claims` are the parts that may earn something (an
    honour, a project, a figure), each searched like a question; `facts` the figures a rule needs."""

    text: str
    industry: str = ""  # the trade it is in, as it says it (纺织服装, 汽车零部件); "" when unsaid
    places: tuple[str, ...] = ()  # the library's jurisdictions it names
    claims: tuple[str, ...] = ()
    facts: Facts = field(default_factory=Facts)

    def to_dict(self) -> dict[str, Any]:
        facts = {k: v for k, v in asdict(self.facts).items() if v not in (None, "", (), False)}
        return {"text": self.text, "industry": self.industry, "places": list(self.places),
                "claims": list(self.claims), "facts": facts}


@dataclass(frozen=True)
class Match:
    """One measure for one profile (`eligible`: True, False, or None for 待核实)."""

    document: Document
    clause: Clause
    incentive: Incentive
    eligible: bool | None
    amount: float | None  # yuan: what the documents give this enterprise; None when not computable
    reason: str
    steps: tuple[str, ...] = ()
    claim: str = ""  # what in the profile it answers
    calculation: Calculation | None = None

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount
        if amount is not None and float(amount).is_integer():
            amount = int(amount)
        return {"doc_title": self.document.title, "doc_number": self.document.doc_number,
                "clause": self.clause.number, "item": self.incentive.item, "level": self.incentive.level,
                "amount": amount, "eligible": self.eligible, "reason": self.reason,
                "departments": list(self.clause.departments), "doc_id": self.document.doc_id,
                "clause_id": self.clause.clause_id, "cite": cite_label(self.document, self.clause),
                "steps": list(self.steps), "claim": self.claim}


@dataclass(frozen=True)
class Matching:
    """The matcher's answer: the profile as understood, every row, the total and what to say."""

    profile: Profile
    matches: list[Match]
    total: float | None
    total_note: str = ""
    message: str = ""  # for the whole profile: bad figures, nothing matched
    guidance: dict[str, list[str]] = field(default_factory=dict)  # doc_id -> where it says how to apply, when, whom

    def to_dict(self) -> dict[str, Any]:
        total = self.total
        if total is not None and float(total).is_integer():
            total = int(total)
        rows = [{**m.to_dict(), "guidance": self.guidance.get(m.document.doc_id, [])} for m in self.matches]
        return {"profile": self.profile.to_dict(), "matches": rows, "total": total, "total_note": self.total_note,
                "message": self.message}

    def read_out(self) -> str:
        """What hotline staff read to a caller."""
        return read_out(self)

    def cited(self) -> list[Match]:
        """One row for each clause the chat's answer cites (rows not ruled out), in order, at most MAX_CITED."""
        rows = [m for m in self.matches if m.eligible is not False]
        return list({m.clause.clause_id: m for m in rows}.values())[:MAX_CITED]

    def as_answer(self, question: str) -> Answer:
        """The chat's answer to 「我能享受哪些政策」: the read-out, each row's clause cited."""
        rows = [m for m in self.matches if m.eligible is not False]
        clauses = self.cited()
        citations = [Citation(m.document.doc_id, m.document.title, m.document.doc_number, m.document.status,
                              m.clause.number, m.clause.path_text, m.clause.text, list(m.clause.departments), 1.0)
                     for m in clauses]
        amounts = [Amount(m.amount, yuan_text(m.amount), m.incentive.item, m.clause.number, m.incentive.level,
                          m.incentive.kind) for m in rows if m.eligible and m.amount is not None]
        notes = [Note("not_stated", self.message)] if self.message and rows else []
        return Answer(question, self.read_out(), bool(rows), citations, amounts, notes=notes)


def check_profile(text: object) -> str:
    if not isinstance(text, str):
        raise ValueError("企业情况必须是文字。")
    text = CONTROL.sub(" ", text).strip()
    if not text:
        raise ValueError("请描述企业情况，例如：纺织服装企业，技改项目计划总投资3000万元，今年被评为省级专精特新企业。")
    if len(text) > MAX_PROFILE_CHARS:
        raise ValueError(f"企业情况描述过长（{len(text)} 字），请精简到 {MAX_PROFILE_CHARS} 字以内：行业、所在地、"
                         "获得的认定及级别、项目投资和营收等数字即可。")
    return text


def read_profile(index: SearchIndex, description: object) -> Profile:
    """A plain Chinese description as hotline staff type it, read into a Profile (ValueError with a
    Chinese message for an empty or oversized one)."""
    text = expand_abbreviations(simplified(check_profile(description)))
    places, rest = named_places(index, text)
    places = enclosing(index, located(text, places))
    industry, claims = "", []
    for segment in (part for s in CLAUSE_PART.findall(rest) for part in _AND_LEVEL.split(s)):
        segment = segment.strip()
        trade = "" if industry else trade_of(index, segment)
        if trade:
            industry = trade
            segment = segment.replace(trade, " ")
        if _says_something(segment):
            claims.append(segment.strip())
    return Profile(text, industry, places, tuple(claims), read_facts(text))


def profile_from_dict(index: SearchIndex, data: dict[str, Any]) -> Profile:
    """A structured profile (the form, or POST /api/match): {"industry", "place", "claims": [...],
    "figures": {"营业收入": yuan, ...}, "investment", "base", "grade", "received", "text"}. Without figures
    the figures are read from "text" (the description the form was filled from). Unknown keys are refused."""
    known = {"industry", "place", "claims", "figures", "investment", "base", "grade", "received", "text"}
    unknown = set(data) - known
    if unknown:
        raise ValueError(f"不认识的企业情况字段：{'、'.join(sorted(unknown))}；可用字段：{'、'.join(sorted(known))}。")
    claims = data.get("claims") or []
    if not isinstance(claims, list) or not all(isinstance(c, str) for c in claims):
        raise ValueError("claims 应是文字列表，例如 [\"被认定为省级专精特新企业\"]。")
    place = str(data.get("place") or "")
    places = enclosing(index, named_places(index, place)[0]) if place else ()
    figures = data.get("figures") or {}
    if not isinstance(figures, dict):
        raise ValueError("figures 应是 {指标: 元} 形式，例如 {\"营业收入\": 120000000}。")
    text = str(data.get("text") or "")
    given = figures or any(data.get(k) not in (None, "") for k in ("investment", "base", "grade", "received"))
    try:
        facts = Facts(base=_number(data.get("base")), investment=_number(data.get("investment")),
                      grade=str(data.get("grade") or "").upper()[:1], received=_number(data.get("received")),
                      figures=tuple((metric_of(k) or str(k), float(v), False) for k, v in figures.items()))
    except (TypeError, ValueError) as exc:
        raise ValueError("金额应填写数字（单位：元）。") from exc
    if not given and text:
        facts = read_facts(expand_abbreviations(simplified(check_profile(text))))
    if not (claims or data.get("industry") or place or text):
        raise ValueError("请描述企业情况：行业、所在地、获得的认定及级别、项目投资和营收等。")
    shown = "，".join(x for x in [str(data.get("industry") or ""), place, *claims] if x)
    return Profile(text or shown, simplified(str(data.get("industry") or "")), places,
                   tuple(expand_abbreviations(simplified(c)) for c in claims if c.strip()), facts)


def located(text: str, places: tuple[str, ...]) -> tuple[str, ...]:
    """Of several places named, the ones the enterprise says it is in (我们在栖禾县 / 落户澜州高新区 /
    at the start: 枫岭市的机械厂), not one it heard of (听说岚江市补贴12%)."""
    if len(places) < 2:
        return places
    own = [p for p in places for name in (p, place_core(p))
           if text.startswith(name) or re.search(rf"(?:{_LOCATED}){re.escape(name)}", text)]
    return tuple(dict.fromkeys(own)) or places


def enclosing(index: SearchIndex, places: tuple[str, ...]) -> tuple[str, ...]:
    """The places named and the library's jurisdictions that contain them, as far as names show it:
    an enterprise in 枫岭高新区 is also in 枫岭市 (a city or province whose name begins the place's)."""
    wider = [d.jurisdiction for d in index.documents.values()
             if d.issuer_level in ("province", "city") and d.jurisdiction
             and any(p != d.jurisdiction and p.startswith(place_core(d.jurisdiction)) for p in places)]
    return tuple(dict.fromkeys([*places, *wider]))


def _number(value: object) -> float | None:
    return None if value in (None, "") else float(value)  # type: ignore[arg-type]


def _says_something(segment: str) -> bool:
    """A segment that may earn something: not the question itself (能享受哪些政策), not a denial
    (之前没拿过), and, once who the enterprise is (我们是, a place, its size: 临清的…规上企业) is set
    aside, still naming a thing of its own beyond figures, levels and words every item has."""
    if LIST_QUESTION.search(segment) or DENIED.search(segment):
        return False
    rest = SPEAKER.sub("", segment)
    for name in place_names(rest):
        rest = rest.replace(name, "")
    rest = _WHO.sub("", strip_levels(rest))
    return bool(word_pairs(re.sub(r"[\d.]+", "", rest)))


def match(index: SearchIndex, embedder: Embeddings, profile: Profile, today: str = "") -> Matching:
    """Every measure the profile touches, with eligibility, amount and reason. Without a claim (我是
    纺织服装企业，能享受哪些政策) every grant of the measures for its trade and place is listed, to check."""
    today = today or date.today().isoformat()
    problem = check_facts(profile.facts)
    current = {d.doc_id for d in index.documents.values()
               if not d.is_old and (not d.effective or d.effective <= today)}
    texts, ceilings = derived(index, "document texts", _texts_and_ceilings)
    found: dict[tuple[str, int], Match] = {}
    for claim in profile.claims:
        for clause, incentive, unsaid in _touched(index, embedder, profile, claim, current):
            key = (clause.clause_id, clause.incentives.index(incentive))
            if key not in found:
                found[key] = _judge(index.documents[clause.doc_id], clause, incentive, profile, claim,
                                    problem or unsaid, texts[clause.doc_id], today)
    if not profile.claims:
        for clause in index.clauses:
            document = index.documents[clause.doc_id]
            if clause.doc_id in current and not document.expired(today) \
                    and (not profile.places or document.jurisdiction in profile.places):
                if profile.industry and not fits_industry(profile.industry, document.industry, texts[clause.doc_id]):
                    continue  # asked what fits a trade: only measures for it (or for every trade) are listed
                for n, incentive in enumerate(clause.incentives):
                    if incentive.ceiling:
                        continue
                    found[(clause.clause_id, n)] = _judge(document, clause, incentive, profile, "", problem,
                                                          texts[clause.doc_id], today)
    rows = one_of_each_group(list(found.values()))
    places = {index.documents[d].jurisdiction for d in current}
    if not profile.places and len(places) > 1:  # whose measures apply depends on where the enterprise is
        rows = [replace(m, eligible=None, reason=f"本政策为{m.document.jurisdiction}的政策，请核实企业是否在该地。"
                        + (m.reason if m.reason.startswith("请") else ""))
                if m.eligible and m.document.jurisdiction else m for m in rows]
    rows = sorted(rows, key=_order)
    total, note = total_of(rows, ceilings)
    message = problem
    if not rows and not problem:
        message = ("文件库中没有找到与所述情况对应的奖补条款。可补充：所在地区、行业、获得的认定及级别、"
                   "项目投资额等。")
    guidance = {doc_id: _guidance(index, doc_id) for doc_id in dict.fromkeys(m.document.doc_id for m in rows)}
    return Matching(profile, rows, total, note, message, {k: v for k, v in guidance.items() if v})


def _order(m: Match) -> tuple[int, float, str]:
    rank = {True: 0, None: 1, False: 2}[m.eligible]
    return rank, -(m.amount or 0.0), m.clause.clause_id


def _touched(index: SearchIndex, embedder: Embeddings, profile: Profile, claim: str,
             current: set[str]) -> list[tuple[Clause, Incentive, str]]:
    """The incentives a claim names: the clauses found for it as for a how-much question, from
    documents in force and, when the profile names places, of those places; in each, the
    incentives whose item shares most with the claim, at the claim's level. The item's name decides,
    not the relevance rule for questions: a claim is no question (今年首次认定为… has no 奖励). When
    the claim fits several levels of an item (评上了单项冠军: 国家级 or 省级), what is unsaid is returned
    with each, so none is stated as the enterprise's amount."""
    query = _claim_query(index, profile, claim)
    out = []
    for hit in retrieve(index, embedder, query, k=HITS_PER_CLAIM):
        document = index.documents[hit.clause.doc_id]
        if hit.clause.doc_id not in current or not hit.clause.incentives:
            continue
        if profile.places and document.jurisdiction not in profile.places:
            continue
        named = one_tier(named_incentives(claim, hit.clause, query.levels, pair_weights(index)), profile.facts)
        levels = sorted({i.level for i in named if i.level})
        unsaid = f"所述未说明级别（{'、'.join(levels)}），请核实后确定金额。" if len(levels) > 1 else ""
        out.extend((hit.clause, i, unsaid) for i in named)
    return out


def one_tier(incentives: list[Incentive], facts: Facts) -> list[Incentive]:
    """One row per tier table: the tier the enterprise's figure falls in (the calculator says which),
    or the table's first row when the figure is not given."""
    out, tables = [], set()
    for incentive in incentives:
        if not incentive.tiers:
            out.append(incentive)
            continue
        table = (incentive.metric, incentive.tiers)
        if table in tables:
            continue
        tables.add(table)
        chosen = calculate(incentive, facts).incentive
        out.append(next((i for i in incentives if i.tiers == incentive.tiers and i.low == chosen.low), incentive))
    return out


def _claim_query(index: SearchIndex, profile: Profile, claim: str) -> Query:
    query = analyse(index, claim, max_chars=MAX_PROFILE_CHARS)
    return replace(query, money=True, places=profile.places or query.places, elsewhere=())


def named_incentives(claim: str, clause: Clause, levels: tuple[str, ...], weights: dict[str, float]) -> list[Incentive]:
    """The incentives whose item (with what a rate applies to and the clause's own heading: a tier
    row says only 1000万元以上的) holds most of what the claim says, at least MIN_SHARE of it: the
    claim's character pairs weighed by how rare they are among the library's items (新认定 is in every
    honour, 小巨人 in one), pairs no item has left out. A first award asked by a renewed one (or the
    reverse) is not named; of the rest, the ones at a level the claim names (all when it names none,
    or when the item has no level)."""
    asked = [p for p in word_pairs(_RELATIVE_TIME.sub(" ", strip_levels(claim))) if p in weights]
    total = sum(weights[p] for p in asked)
    incentives = [i for i in clause.incentives if not i.ceiling and not _award_mismatch(claim, i)]
    if not incentives or not (total or re.search(r"\d", claim)):
        return []
    total = total or 1.0
    heading = _heading(clause)
    scores = [sum(weights[p] for p in asked if p in word_pairs(strip_levels(f"{i.item} {i.base} {heading}"))) / total
              for i in incentives]
    # A figure of the class a tier table is measured by (税收1500万 and a table by 纳税) names that table.
    stated = metric_of(claim) if re.search(r"\d", claim) else ""
    scores = [1.0 if stated and i.tiers and i.metric.removesuffix("增量") == stated else s
              for i, s in zip(incentives, scores, strict=True)]
    best = max(scores)
    if best < MIN_SHARE:
        return []
    chosen = [i for i, s in zip(incentives, scores, strict=True) if s == best]
    if levels:
        chosen = [i for i in chosen if not i.level or any(level in i.level for level in levels)]
    return chosen


def _heading(clause: Clause) -> str:
    """What a clause is about in its own words: its headings from the top (二、推动技术改造升级 ›
    （一）支持智能化改造 › 1.设备投资补助), each to its first stop."""
    return " ".join(re.split(r"[。：:；;，,]", heading)[0][:30] for heading in clause.path)


def pair_weights(index: SearchIndex) -> dict[str, float]:
    """How much each character pair of the library's incentive items says: log(1 + items / items with it)."""
    return derived(index, "item pair weights", _pair_weights)


def _pair_weights(index: SearchIndex) -> dict[str, float]:
    items = [word_pairs(strip_levels(f"{i.item} {i.base} {_heading(c)}")) for c in index.clauses for i in c.incentives]
    counts = Counter(p for pairs in items for p in pairs)
    return {p: math.log(1 + len(items) / n) for p, n in counts.items()}


def _texts_and_ceilings(index: SearchIndex) -> tuple[dict[str, str], dict[str, list[Incentive]]]:
    """Each document's text (what its measure speaks of) and its ceilings (合计不超过…)."""
    texts: dict[str, str] = {}
    ceilings: dict[str, list[Incentive]] = {}
    for clause in index.clauses:
        texts[clause.doc_id] = texts.get(clause.doc_id, "") + clause.text
        ceilings.setdefault(clause.doc_id, []).extend(i for i in clause.incentives if i.ceiling)
    return texts, ceilings


def _judge(document: Document, clause: Clause, incentive: Incentive, profile: Profile, claim: str,
           problem: str, text: str, today: str) -> Match:
    """Eligible, not, or 待核实 — and why; the amount by the calculator on the profile's figures."""
    if document.expired(today):
        return Match(document, clause, incentive, False, None,
                     f"该文件有效期至{document.expires}，已失效。", claim=claim)
    fits = fits_industry(profile.industry, document.industry, text)
    if fits is False:
        return Match(document, clause, incentive, False, None,
                     f"本政策适用于{document.industry}产业，与所述行业（{profile.industry}）不符。", claim=claim)
    if problem:
        return Match(document, clause, incentive, None, None, problem, claim=claim)
    calculation = calculate(incentive, profile.facts, profile.text)
    steps = calculation.steps
    if not calculation.eligible:
        return Match(document, clause, incentive, False, None, steps[-1] if steps else "不符合条件。", steps, claim)
    value = calculation.value
    checks = []
    if fits is None:
        checks.append(f"本政策适用于{document.industry}产业，请核实企业所属行业。")
    if not claim:
        checks.append("请对照条款核实是否符合条件。")
    if value is None:
        checks.append(steps[-1] if steps else "所述情况不足以测算金额，请核实。")
    unchecked = [t for t in incentive.thresholds if not _checked(t, incentive)]
    if unchecked:
        checks.append("请核实条件：" + "；".join(unchecked) + "。")
    if checks:
        return Match(document, clause, incentive, None, value, "".join(checks), steps, claim, calculation)
    reason = calculation.conclusion or f"可获{yuan_text(value)}"
    return Match(document, clause, incentive, True, value, reason, steps, claim, calculation)


def _checked(threshold: str, incentive: Incentive) -> bool:
    """A condition the calculator checks itself: an investment threshold or a tier's figure."""
    return (incentive.min_investment is not None and "投资" in threshold) or bool(incentive.tiers)


def _award_mismatch(claim: str, incentive: Incentive) -> str:
    """A reward for a first award asked by a renewed one, or the other way round."""
    return award_mismatch(claim, incentive.item + "".join(incentive.thresholds))


def one_of_each_group(rows: list[Match]) -> list[Match]:
    """就高不重复: of the eligible rows that share an exclusive group, the highest stays eligible; the
    others are not, with the document's own sentence as the reason. A rule about one matter (同一事项 /
    同一项目 符合多项条款) groups only the rows of one claim: two honours are two matters."""
    def group(m: Match) -> str:
        rule, key = m.incentive.exclusive_rule, m.incentive.exclusive_group
        return f"{key}/{m.claim}" if key and SAME_MATTER.search(rule) else key

    rows = [replace(m, calculation=replace(m.calculation, incentive=replace(m.incentive, exclusive_group=group(m))))
            if m.calculation is not None and m.incentive.exclusive_group else m for m in rows]
    best: dict[str, Match] = {}
    for m in rows:
        key = group(m)
        if m.eligible and key and (key not in best or (m.amount or 0.0) > (best[key].amount or 0.0)):
            best[key] = m
    out = []
    for m in rows:
        winner = best.get(group(m))
        if m.eligible and winner is not None and winner is not m:
            rule = m.incentive.exclusive_rule.rstrip("。；;，,") or "就高不重复"
            m = replace(m, eligible=False, reason=f"按就高不重复原则（{rule}），只享受最高一项："
                        f"{winner.incentive.item}{yuan_text(winner.amount or 0.0)}。")
        out.append(m)
    return out


def total_of(rows: list[Match], ceilings: dict[str, list[Incentive]]) -> tuple[float | None, str]:
    """The sum of the eligible amounts, each document's by the calculator's `combined` (就高不重复,
    a tier table once, add-ons on top, the document's ceiling on the total); rows to check not counted."""
    eligible = [m for m in rows if m.eligible and m.amount is not None and m.calculation is not None]
    if not eligible:
        return None, ""
    total, notes = 0.0, []
    for doc_id in dict.fromkeys(m.document.doc_id for m in eligible):
        mine = [m.calculation for m in eligible if m.document.doc_id == doc_id and m.calculation is not None]
        value, note = combined(mine, ceilings.get(doc_id, []))
        if value is None:
            return None, note
        total += value
        if len(mine) > 1:
            notes.append(re.sub(r"合计[^。]*。$", "", note))  # the total itself is said once, by the caller
    return total, "".join(notes)


def _guidance(index: SearchIndex, doc_id: str) -> list[str]:
    """Where the document says how to apply, by when and whom to contact: the first clause under a
    heading of each kind, cited."""
    out = []
    document = index.documents[doc_id]
    for name, _, heading in ASPECTS:
        if name == "conditions":
            continue
        for clause in index.clauses:
            if clause.doc_id == doc_id and any(heading.search(p) for p in clause.path[:-1] or clause.path):
                out.append(f"{cite_label(document, clause)}：{clause.text[:120]}")
                break
    return list(dict.fromkeys(out))


def read_out(result: Matching) -> str:
    """The matches as hotline staff read them to a caller."""
    if result.message and not result.matches:
        return result.message
    lines = []
    if result.message:
        lines.append(result.message)
    understood = [f"行业：{result.profile.industry}" if result.profile.industry else "",
                  f"地区：{'、'.join(result.profile.places)}" if result.profile.places else ""]
    if any(understood):
        lines.append("已识别：" + "；".join(u for u in understood if u) + "。")
    for title, flag in (("可享受", True), ("待核实", None), ("不符合", False)):
        group = [m for m in result.matches if m.eligible is flag]
        if not group:
            continue
        lines.append(f"{title}（{len(group)}项）：")
        for n, m in enumerate(group, 1):
            amount = f"，{'约' if flag is None else ''}{yuan_text(m.amount)}" if m.amount is not None else ""
            units = f"；责任单位：{'、'.join(m.clause.departments)}" if m.clause.departments else ""
            why = f"（{m.reason}）" if flag is not True and m.reason else ""
            lines.append(f"{n}. {cite_label(m.document, m.clause)}：{m.incentive.level}{_bare(m.incentive)}"
                         f"{amount}{units}{why}")
    if result.total is not None:
        lines.append(f"可享受项目合计：{yuan_text(result.total)}（以主管部门审核为准）。{result.total_note}")
    shown = {m.document.doc_id for m in result.matches if m.eligible is not False}
    guidance = [line for doc_id, found in result.guidance.items() if doc_id in shown for line in found]
    if guidance:
        lines.append("办理指引（文件原文）：")
        lines.extend(f"- {line}" for line in guidance)
    return "\n".join(lines)


def _bare(incentive: Incentive) -> str:
    return incentive.item if not incentive.level else incentive.item.replace(incentive.level, "", 1)
