"""The record types shared by every stage: Document, Clause, Amount, Hit, Citation, Answer."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = ["EVERYWHERE", "Document", "Amount", "Incentive", "Clause", "Hit", "Citation", "Note", "Answer"]

EVERYWHERE = "所有地区"  # 适用地区 of a document whose manifest names no area


@dataclass(frozen=True)
class Document:
    """One policy document (a notice that carries two measures yields two Documents)."""

    doc_id: str
    title: str
    doc_number: str = ""  # 文号, e.g. 聊政办发〔2023〕10号; "" when the text has none (drafts)
    issuer: str = ""
    date: str = ""  # ISO date of issue, "" when the text does not say
    effective: str = ""  # ISO date it takes effect (自…起施行), "" when not stated
    expires: str = ""  # ISO last day of validity (有效期至… / 有效期N年), "" when not stated
    status: str = "final"  # "final" or "draft"
    industry: str = ""
    supersedes: tuple[str, ...] = ()
    superseded_by: str = ""
    source_file: str = ""
    jurisdiction: str = ""  # the place whose measure this is, as written: 枫岭市, 溪桐县, 枫岭高新区
    issuer_level: str = ""  # province / city / county / town / zone ("" when not stated)
    areas: tuple[str, ...] = ()  # the areas (所在地区) whose enterprises it serves, from the manifest; () = all

    @property
    def is_old(self) -> bool:
        """A draft, or superseded: answers from it only when a question asks for the draft."""
        return self.status == "draft" or bool(self.superseded_by)

    @property
    def area_text(self) -> str:
        """适用地区 as shown: the areas named, or 所有地区 when the manifest names none."""
        return "、".join(self.areas) or EVERYWHERE

    def expired(self, today: str) -> bool:
        """Past its 有效期 on `today` (ISO date)."""
        return bool(self.expires) and self.expires < today


@dataclass(frozen=True)
class Amount:
    """A sum of money a clause grants, paired with what it is for."""

    value: float  # yuan; for a range (50万元—400万元) the upper end
    text: str  # as written, with the cap word that governs it: 最高50万元
    item: str  # what it is for, in the clause's own words
    clause: str  # clause number as printed, e.g. 二、（三）1.
    level: str = ""  # 国家级 / 省级 / 市级 … when the item names one
    kind: str = ""  # 一次性奖励 / 补助 / 资助 … as written after the amount
    group: int = 0  # amounts from one 分别 enumeration share a group number

    def to_dict(self) -> dict[str, Any]:
        """The public answer-object form (exact field names of the CLI contract)."""
        value = int(self.value) if float(self.value).is_integer() else self.value
        return {"value": value, "text": self.text, "item": self.item, "clause": self.clause}


@dataclass(frozen=True)
class Incentive:
    """One monetary or percentage incentive of a clause: who qualifies, how much, on what terms."""

    clause: str  # clause number as printed
    item: str  # who or what qualifies, in the clause's own words
    level: str = ""  # 国家级 / 省级 / 市级 …
    kind: str = ""  # 一次性奖励 / 补助 / 资助 / 比例支持 / 配套 / 贴息 … as written
    cap: float | None = None  # yuan: the most it grants (a plain amount is its own cap)
    cap_text: str = ""  # as written: 最高50万元 / 50万元—400万元 / 50万元
    floor: float | None = None  # yuan: lower end of a range
    rate: float | None = None  # 0.1 for 10%
    rate_text: str = ""  # as written: 不超过10%
    base: str = ""  # what the rate or ratio applies to: 设备(含软件)实际购置金额
    per: str = ""  # the unit a cap applies to: 单户企业 / 每一种产品（品牌） / 每人每年
    thresholds: tuple[str, ...] = ()  # conditions as written: 计划总投资500万元以上
    min_investment: float | None = None  # yuan, from a 总投资…以上 threshold
    class_rates: tuple[tuple[str, float], ...] = ()  # (("C", 0.08), ("D", 0.07))
    ratio: str = ""  # matching ratio as written: 1∶1
    years: int | None = None  # 连续补贴5年
    group: int = 0  # incentives from one 分别 enumeration share a group number
    # Tiers: a threshold figure of one class (营业收入 / 纳税 / 投资 / 研发费用 / 产值 / 面积 / 人数), as yuan,
    # 平方米 or 人. `tiers` repeats the whole table, (low, high, cap, rate) each, so one record can choose.
    metric: str = ""
    low: float | None = None  # this tier's threshold, inclusive unless in `exceeds`
    high: float | None = None  # the next tier's threshold, exclusive; None when open-ended
    tiers: tuple[tuple[float, float | None, float | None, float | None], ...] = ()
    # thresholds of the table written as 超过 X: a figure of X does not reach them (超过 excludes the number itself,
    # 以上 / 达到 include it)
    exceeds: tuple[float, ...] = ()
    # the figure each further sum is paid for: past the threshold of the grant it tops (每新上一个10亿元台阶再奖励
    # 20万元: 1e9), or of the figure's growth (产值每新增1000万元奖励3万元: 1e7)
    step: float | None = None
    limit: float | None = None  # yuan: the total a per-unit sum may reach (单个企业每年最高不超过3万元)
    limit_text: str = ""  # as written: 最高不超过3万元
    limit_per: str = ""  # the unit the limit applies to: 单个企业每年
    # the limit is on the sum with the grant it tops, a total (此后每增加10亿元再奖励20万元，累计最高不超过100万元)
    limit_total: bool = False
    max_units: float | None = None  # the most units paid for: 补助面积不超过2000平方米
    months: int | None = None  # how many months a monthly sum is paid: 补贴期限最长24个月, 第一年 -> 12
    instalments: int | None = None  # a sum paid in parts: 分5年发放 -> 5
    # the share of each part when they differ: 分3年按4:3:3比例兑现 -> (0.4, 0.3, 0.3); 分两次兑现：入统当年兑现60%，
    # 次年…兑现其余40% -> (0.6, 0.4)
    shares: tuple[float, ...] = ()
    minimum: float | None = None  # yuan: nothing is paid below it (补助金额低于2万元的不予补助)
    topup: bool = False  # pays the amount less what was already received (补足差额)
    # a rate on the LPR paid on the rate the loan bears when that is lower (实际执行利率低于LPR的，按实际执行利率)
    paid_rate_if_lower: bool = False
    topup_from: str = ""  # the level whose grant it tops up, when written of rising (此后晋升国家级的补足差额: 省级)
    multiplier: float | None = None  # 按第3项标准的1.5倍 -> 1.5
    refers_to: str = ""  # what the multiplier applies to, as written: 第3项标准 / 上表标准
    referenced: float | None = None  # yuan: the sum referred to, once linked (see amounts.link_references)
    exclusive: bool = False  # 就高不重复: with the clauses it governs, the highest applies, not the sum
    # 就高不重复 / 不重复享受 / 只能选择一项 across clauses: incentives sharing a group id (the clause id of the
    # rule, or of the clause it sits in) are alternatives; only the highest is paid. See calculator.combined.
    exclusive_group: str = ""
    exclusive_rule: str = ""  # the sentence that says so, as written
    ceiling: bool = False  # a limit on the total of several grants (合计不超过1000万元), not a grant of its own
    addon: bool = False  # paid on top of another grant (再给予 / 另给予 / 在此基础上), not instead of it
    addon_to: Incentive | None = None  # the grant it is paid on top of, once found (same or an earlier clause)
    grade: str = ""  # the class a sum is for: A类人才 -> "A"
    class_caps: tuple[tuple[str, float], ...] = ()  # sums by class, the whole list: (("A", 2e6), ("B", 1e6))
    raised: tuple[tuple[str, float], ...] = ()  # a rate raised for a class: (("列入省重点技改项目", 0.12),)
    # a table raised for a class (对链主企业…，补助比例在上表基础上提高2个百分点，单个项目上限按上表标准的1.2倍):
    # (("链主企业…", 0.02, 1.2),), the points added to each tier's rate and the factor on each tier's cap
    table_raised: tuple[tuple[str, float, float], ...] = ()
    # kinds of spending its base leaves out (patterns.LEFT_OUT_KINDS): ("税",) for 设备购置额（不含税）; ("二手",
    # "自制", "关联方") where the document says 二手设备、自制设备及企业与关联方之间交易的设备不计入 of that base
    left_out: tuple[str, ...] = ()
    # a cap as a share of the asker's own cost (且不超过实际支付租金的50%): 0.5, and what it is a share of
    share_cap: float | None = None
    share_of: str = ""
    # the most it and a grant received from another government may come to together, as a share of its base
    # (市、县两级补助合计不超过项目设备投资额的15%，超出部分相应核减县级补助): 0.15
    joint_share_cap: float | None = None

    def reaches(self, figure: float, low: float, beyond: bool = False) -> bool:
        """Whether the asker's figure meets a threshold of this record's table; `beyond`: the figure was told as more
        than the sum said (过一千万)."""
        return figure > low or figure == low and (beyond or low not in self.exceeds)

    @property
    def is_cap(self) -> bool:
        return self.cap_text.startswith(("最高", "不超过", "最多", "至多"))

    def amount(self) -> Amount | None:
        """The answer-facing view: only incentives that name a sum of money have one."""
        if self.cap is None:
            return None
        return Amount(self.cap, self.cap_text, self.item, self.clause, self.level, self.kind, self.group)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Incentive:
        return cls(**{**data, "thresholds": tuple(data.get("thresholds", ())),
                      "class_rates": tuple((c, r) for c, r in data.get("class_rates", ())),
                      "tiers": tuple(tuple(t) for t in data.get("tiers", ())),
                      "exceeds": tuple(data.get("exceeds", ())),
                      "class_caps": tuple((c, v) for c, v in data.get("class_caps", ())),
                      "raised": tuple((c, r) for c, r in data.get("raised", ())),
                      "table_raised": tuple((c, p, f) for c, p, f in data.get("table_raised", ())),
                      "left_out": tuple(data.get("left_out", ())),
                      "shares": tuple(data.get("shares", ())),
                      "addon_to": cls.from_dict(data["addon_to"]) if data.get("addon_to") else None})


@dataclass(frozen=True)
class Clause:
    """The unit of retrieval: one numbered provision with its own text."""

    clause_id: str  # stable: doc_id + "/" + markers joined by ".", e.g. bio-final/二.（三）.1
    doc_id: str
    number: str  # as printed, canonical brackets: 二、（三）1.
    path: tuple[str, ...]  # headings from the top: ("二、主要任务", "（三）引导企业进档升级", "1.鼓励…")
    text: str  # the whole clause as printed
    departments: tuple[str, ...] = ()
    incentives: tuple[Incentive, ...] = ()

    @property
    def amounts(self) -> tuple[Amount, ...]:
        """The sums of money the clause states, in order (derived from its incentives)."""
        return tuple(a for a in (i.amount() for i in self.incentives) if a is not None)

    @property
    def path_text(self) -> str:
        return " › ".join(self.path)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["path"] = list(self.path)
        data["departments"] = list(self.departments)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Clause:
        return cls(
            clause_id=data["clause_id"],
            doc_id=data["doc_id"],
            number=data["number"],
            path=tuple(data["path"]),
            text=data["text"],
            departments=tuple(data["departments"]),
            incentives=tuple(Incentive.from_dict(i) for i in data["incentives"]),
        )


@dataclass(frozen=True)
class Hit:
    """A retrieved clause. `score` is the fused rank score (see retrieval.search.retrieve)."""

    clause: Clause
    score: float
    dense: float = 0.0  # cosine similarity of question and clause
    coverage: float = 0.0  # IDF-weighted share of the question's terms found in the clause
    relevant: bool = False  # decided in one place: retrieval.search.retrieve.judge


@dataclass(frozen=True)
class Citation:
    doc_id: str
    doc_title: str
    doc_number: str
    status: str
    clause: str
    path: str
    text: str
    departments: list[str]
    score: float


@dataclass(frozen=True)
class Note:
    """Something the reader must know about an answer. `kind`: jurisdiction (another place than the
    one asked about), level (the level asked is not granted), draft, expired."""

    kind: str
    text: str


@dataclass(frozen=True)
class Answer:
    """The answer object printed by `app.py ask --json` and shown by the UI."""

    question: str
    answer: str
    found: bool
    citations: list[Citation] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    mode: str = "extractive"  # "extractive" (taken from the clauses) or "llm" (written by a model, checked)
    query: dict[str, Any] = field(default_factory=dict)  # the question as understood (search.query.Query)
    notes: list[Note] = field(default_factory=list)  # what the reader must know, shown above the answer
    # the clause the answer rests on, first cited and first hit: the section quoted whole (第十条审核程序 and its
    # steps, as one clause), the limit that decided a total (同一企业本年度梯度培育奖励合计不超过200万元), or the
    # clause that answers in place of the first found (A类 asked of the item for C类、B类: the list's item for A类)
    section: Clause | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "answer": self.answer,
            "found": self.found,
            "citations": [asdict(c) for c in self.citations],
            "amounts": [a.to_dict() for a in self.amounts],
            "mode": self.mode,
            "query": self.query,
            "notes": [asdict(n) for n in self.notes],
        }
