"""The guard: a generated answer may state only amounts, rates, dates, numbers and units the cited
clauses (or the calculator) contain, and an amount only for the level the clause gives it to."""

from __future__ import annotations

import re

from retrieval.lexicon.patterns import DOC_NUMBER, MONEY, PERCENT, PHONE, SPOKEN_END_MARKS, levels_in, money_to_yuan
from retrieval.records import Answer, Clause, Document

__all__ = ["violations"]

_DATE = re.compile(r"\d{4}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?|\d{4}-\d{2}-\d{2}")
_CLAUSE_NUMBER = re.compile(
    r"第[一二三四五六七八九十百零\d]+条|[一二三四五六七八九十]+、(?:\s*[（(][一二三四五六七八九十]+[）)])?(?:\s*\d+[.．])?"
)
_UNIT = re.compile(r"(?:市|区|县|省)[\u4e00-\u9fff]{1,14}?(?:局|委员会|委|办公室|办|厅|管委会|中心|部)")
_SENTENCE = re.compile(f"[^{SPOKEN_END_MARKS}]+")
_SPACE = re.compile(r"\s+")
_CONTROL = re.compile(r"<\|[^|>]*\|>|<(?:start|end)_of_turn>|</?s>")
_MARKUP = re.compile(r"<[A-Za-z/!][^>]*>|\[[^\]]*\]\([^)]*\)|!\[")  # HTML tags, Markdown links and images
# Ways to reach or pay someone: an answer may give them only where the cited clauses do.
_URL = re.compile(r"(?:https?://|www\.)\S+|[\w-]+\.(?:com|cn|net|org|gov)\b", re.IGNORECASE)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PAYMENT = re.compile(r"缴纳|缴费|交费|保证金|手续费|服务费|押金|转账|汇款|付款|支付|打款|收费|费用")
# Words that turn a grant round or change a policy's status: said only where the sources say them.
_NEGATION = re.compile(r"不能|不可以|不可|不得|无法|无需|不需要|不用|不予|不享受|没有资格|无资格|不符合|"
                       r"废止|失效|暂停|停止|取消|作废|不再|终止|已过期|截止")
MAX_CHARS = 600  # the prompt asks for 200; a rambling answer is not shown


def violations(text: str, extract: Answer, clauses: list[Clause], documents: dict[str, Document],
               final: bool = False) -> list[str]:
    """What in `text` the sources do not support (empty: it may be shown). `extract` is the
    extractive answer for the same question: its amounts (including calculator results) count.
    A `final` answer must also state what the extract found: its first amount and clause number."""
    sources = _SPACE.sub("", "\n".join(c.text for c in clauses))
    allowed_money = {money_to_yuan(m) for m in MONEY.findall(sources)} | {a.value for a in extract.amounts}
    problems: list[str] = []
    for money in MONEY.findall(text):
        if money_to_yuan(money) not in allowed_money:
            problems.append(f"金额“{money}”不在所引条款中")
    for rate in PERCENT.findall(text):
        if _SPACE.sub("", rate) not in sources:
            problems.append(f"比例“{rate}”不在所引条款中")
    for day in _DATE.findall(text):
        if _SPACE.sub("", day) not in sources and _SPACE.sub("", day) not in _doc_dates(clauses, documents):
            problems.append(f"日期“{day}”不在所引文件中")
    numbers = {_norm(documents[c.doc_id].doc_number) for c in clauses} - {""}
    for number in (m.group() for m in DOC_NUMBER.finditer(text)):
        if not any(_norm(number).endswith(n) for n in numbers):  # the pattern may take words before it
            problems.append(f"文号“{_short_number(number)}”不是所引文件的文号")
    cited = [_norm(c.number) for c in clauses]
    for number in _CLAUSE_NUMBER.findall(text):
        if not any(c.startswith(_norm(number)) for c in cited):
            problems.append(f"条款编号“{number.strip()}”不是所引条款")
    units = {u for c in clauses for u in c.departments}
    for unit in _UNIT.findall(text):
        if unit not in units and unit not in sources:
            problems.append(f"部门“{unit}”不是所引条款的责任单位")
    problems.extend(_mispaired(text, clauses))
    said = sources + _SPACE.sub("", extract.answer)  # the extract's own notes (已失效 …) count as sources
    digits = re.sub(r"\D", "", said)
    for phone in PHONE.findall(text):
        if re.sub(r"\D", "", phone)[-7:] not in digits:
            problems.append("回答中含有所引条款没有的电话号码")
    for pattern, what, where in ((_URL, "网址", _EMAIL.sub("", text)), (_EMAIL, "电子邮箱", text)):
        if any(_SPACE.sub("", found) not in said for found in pattern.findall(where)):
            problems.append(f"回答中含有所引条款没有的{what}")
    for pattern, what in ((_PAYMENT, "缴费或付款要求"), (_NEGATION, "否定或政策状态的说法")):
        words = [w for w in pattern.findall(text) if w not in said]
        if words:
            problems.append(f"回答中含有所引条款没有的{what}（{'、'.join(dict.fromkeys(words))}）")
    if _CONTROL.search(text):
        problems.append("回答中含有模型的控制标记")
    if _MARKUP.search(text):
        problems.append("回答中含有网页或 Markdown 标记")
    if len(text) > MAX_CHARS:
        problems.append(f"回答超过 {MAX_CHARS} 字")
    if final and extract.amounts and not any(money_to_yuan(m) == extract.amounts[0].value for m in MONEY.findall(text)):
        problems.append(f"回答遗漏了金额“{extract.amounts[0].text}”")
    if final and extract.citations and _norm(extract.citations[0].clause) not in _norm(text):
        problems.append(f"回答遗漏了条款编号“{extract.citations[0].clause}”")
    return list(dict.fromkeys(problems))


def _mispaired(text: str, clauses: list[Clause]) -> list[str]:
    """An amount said of a level (国家级…30万元) that the clauses give only to another level."""
    problems = []
    for sentence in _SENTENCE.findall(text):
        levels = levels_in(sentence)
        monies = MONEY.findall(sentence)
        if len(levels) != 1 or len(monies) != 1:
            continue  # several levels or sums in one sentence: pairing is left to the text check
        value = money_to_yuan(monies[0])
        givers = [i for c in clauses for i in c.incentives if i.cap == value and i.level]
        if givers and not any(levels[0] in i.level for i in givers):
            problems.append(f"“{monies[0]}”在条款中不是给{levels[0]}的")
    return problems


def _doc_dates(clauses: list[Clause], documents: dict[str, Document]) -> str:
    dates = []
    for c in clauses:
        d = documents[c.doc_id]
        for iso in (d.date, d.effective, d.expires):
            if iso:
                y, m, day = iso.split("-")
                dates += [iso, f"{y}年{int(m)}月{int(day)}日", f"{y}年{int(m)}月", f"{y}年"]
    return "\n".join(dates)


def _short_number(number: str) -> str:
    """依据聊政办发〔2024〕8号 -> 聊政办发〔2024〕8号 (the pattern may take the words before a 文号)."""
    return re.sub(r"^(?:依据|根据|按照|参照|详见|见)", "", number)


def _norm(text: str) -> str:
    return (
        _SPACE.sub("", text)
        .replace("(", "（")
        .replace(")", "）")
        .replace("．", ".")
        .replace("[", "〔")
        .replace("]", "〕")
    )
