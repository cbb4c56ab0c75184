"""Split policy text into documents and clauses by their printed numbering (一、/（一）/1./（1）/第X条 …)."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from retrieval.documents.amounts import extract_incentives, link_references
from retrieval.documents.normalise import normalise
from retrieval.documents.tables import field_pairs, is_row, read_table, stated_unit
from retrieval.lexicon.patterns import (
    CN_DIGITS,
    CN_NUMERAL,
    CONTACT_LABELS,
    COPY_LABELS,
    DECIMAL_NUMBER,
    DOC_NUMBER,
    DRAFT,
    END_MARKS,
    GENERAL_SECTOR,
    INDUSTRY_IN_PURPOSE,
    INDUSTRY_IN_TITLE,
    LEADING_NUMBER,
    MEASURE_TITLE,
    NUMBERING,
    ORG_SUFFIX,
    OWN_PLACE,
    PAPERS_LIST_TITLE,
    SELF_REFERENCE,
    SUPPORT_VERBS,
    UNIT_LABELS,
    cn_number,
    gives_reach,
    place_of,
)
from retrieval.records import Clause

__all__ = ["ParsedDocument", "clean_text", "split_documents", "parse_clauses", "paragraph_clauses", "parse_departments",
           "without_units", "iso_date", "document_units", "industry_of", "section_of", "items_named"]

# Debris left by Word/WPS conversions, e.g. "[bookmark: _GoBack]".
_DEBRIS = re.compile(r"\[(?:bookmark|endnote|footnote|comment)[^\]]*\]", re.IGNORECASE)
_CN_DIGIT = "".join(CN_DIGITS)
_DAY = rf"(?:\d{{1,2}}|[{_CN_DIGIT}]{{1,3}})"
_DATE = rf"(?:\d{{4}}|[{_CN_DIGIT}]{{4}})\s*年\s*{_DAY}\s*月\s*{_DAY}\s*日"
DATE_LINE = re.compile(rf"^({_DATE})$")
_EFFECTIVE = re.compile(rf"自\s*({_DATE}|(?:印发|发布|公布)之日)\s*起\s*(?:施行|实施|执行|生效|试行)")
# 有效期至 / 执行至2026年12月31日 / 自2025年4月1日起施行，至2025年12月31日止
_EXPIRES_ON = re.compile(rf"(?:(?:有效期|执行|实施|施行|试行)(?:至|到|截至)"
                         rf"|起\s*(?:施行|实施|执行|试行)\s*[，,]\s*(?:至|到))\s*({_DATE})")
# 执行期限为2025年1月1日至2026年12月31日: the term as its two ends
_TERM_SPAN = re.compile(rf"(?:执行|实施|施行|有效|试行)期(?:限|间)?(?:为|是)?\s*({_DATE})\s*(?:至|到|—|－|-)\s*"
                        rf"({_DATE})")
# (试行期两年: the term of a trial)
_EXPIRES_YEARS = re.compile(rf"(?:有效期|试行期)(?:为|是)?\s*(\d+|[{_CN_DIGIT}两]+)\s*年")
_QUOTED_TITLE = re.compile(r"《([^《》\n]{4,80})》")
_ORG_SUFFIX = re.compile(r"(政府|办公室|办公厅|办事处|委员会|管委会|局|厅|委|部|中心|院)$")
_UNITS = re.compile(rf"[（(]\s*{UNIT_LABELS}\s*[:：]")
_UNIT_LABEL = re.compile(rf"{UNIT_LABELS}\s*[:：]")
# A line of its own that names the units: 责任部门：区科技局、区财政局 / 牵头单位：市工业和信息化局.
# (the units end at a ； or 。: 牵头单位：A；配合单位：B, 实施主体：A；实施主体性质：法定机关 — the rest other fields)
_UNIT_LINE = re.compile(rf"^{UNIT_LABELS}\s*[:：]\s*(?P<units>[^。；;]+)(?:[；;](?P<rest>.*?)|。.*)?[。；;]?$")
_NUMBERED_YEAR = re.compile(r"^(\d{1,2})[.．](?=(?:19|20)\d{2}\s*年)")
# A note after a unit's name: 中小企业科（行政中心3号楼512室）, not part of the name.
# a note after a unit's name (市工信局（牵头）, 市应急管理局（安全生产科）, …（行政中心3号楼512室）), not the office's
# short name it also goes by (党群工作部（人才办）: an X办)
_UNIT_NOTE = re.compile(rf"(?P<name>.*{ORG_SUFFIX})[（(](?![\u4e00-\u9fff]{{1,3}}办[）)]$)[^（）()]*[）)]$")
# (a name with its places in brackets, 各县（市、区）人民政府)
_ORG_NAME = re.compile(rf"^[\u4e00-\u9fff（）〔〕()]{{2,30}}?{ORG_SUFFIX}$"
                       rf"|^[\u4e00-\u9fff]+[（〔(][\u4e00-\u9fff、]+[）〕)]{ORG_SUFFIX}$")
# the part a unit plays, said after its name (市发展改革委牵头, 市财政局配合, A、B按职责分工负责, …等部门负责): not
# the name
_ROLE_WORD = r"(?:牵头|负责|配合|参与|协同|协助|落实)(?:组织)?(?:实施|落实)?"
_OTHERS = r"等(?:有关|相关)?(?:单位|部门)?"
_DIVIDED = r"按照?(?:各自)?职责(?:分工)?|分工|共同|各自|具体"
_ROLE = re.compile(rf"(?:{_OTHERS})?(?:(?:{_DIVIDED})?{_ROLE_WORD})?$")
# a bracket that only says who plays which part (（市工信局牵头，市财政局、市统计局配合）, （县科技局负责）)
_ROLE_PART = re.compile(rf"^(?:具体)?由?(?P<units>.+?)(?:{_OTHERS})?(?:{_DIVIDED})?{_ROLE_WORD}$")
# a label in brackets of its own (【责任单位】市工信局): as if written 责任单位：
_BRACKETED_LABEL = re.compile(rf"[【\[]\s*({UNIT_LABELS})\s*[】\]]\s*[:：]?")  # (read on a line of its own)
# A masthead (枫岭市人民政府文件), a publication note (（此件公开发布）): not a title.
_MASTHEAD = re.compile(r"^.{2,30}(?:文件|文件汇编|公报)$")
_NOTE_LINE = re.compile(r"^[（(](?:此件|本件|此文)[^（）()]{1,10}[）)]$")
# A line of the fields a government site prints over a document (索 引 号：114307XX-2024-00058　效力状态：有效)
_FIELDS_LINE = re.compile(r"^[\u4e00-\u9fff ]{2,8}[：:]\s*\S")
# A notice that issues one measure: 〔issuer〕关于印发《X》的通知 → X.
_ISSUES = re.compile(
    r"^(?P<issuer>.{0,40}?)关于(?:印发|发布|转发|公布)《?(?P<measure>[^《》]{4,80}?)》?的(?:通知|公告|通告)$"
)
_ATTACHMENT_TITLE = re.compile(r"^附件\s*\d*\s*[:：]?\s*(?:\d+\s*[.．、]\s*)?(?P<title>.{4,80})$")
# Who is responsible, in a sentence about the document itself: 本政策由A负责解释，B负责资金兑现.
_RESPONSIBLE = re.compile(r"(?:^|由)(?P<units>[^，,。；;：:由]{2,60}?)负责(?P<duty>[\u4e00-\u9fff]{0,8})")
_INTERPRETS_ONLY = re.compile(r"^(?:解释|解读)$")
# A sentence that gives each run of items its units (第1—6条由县工业和信息化局负责解释和兑现，第7—9条由县科学技术局
# 负责; 第一条至第五条由…负责; 第八条、第九条由…负责; 第四条由…受理)
_ITEM = rf"(?:\d+|{CN_NUMERAL})"
_UNITS_BY_ITEM = re.compile(rf"第\s*(?P<run>{_ITEM}(?:\s*条?\s*[、和及—–\-－~～至到]\s*(?:第\s*)?{_ITEM})*)\s*条"
                            r"(?P<gap>[^，,。；;由《》“”\"]{0,10})由(?P<units>[^，,。；;：:由]{2,60}?)(?:负责|受理|牵头)")
_HEADING_MAX = 40
# A document's foot is no clause's text: its 版记 (抄送：… / 县政府办公室2024年3月15日印发) and its signature
# (the issuer's name alone on a line, then the date).
_COPY_TO = re.compile(rf"^{COPY_LABELS}\s*[:：]")
# The trailer of a post after its text (来源：…, 编辑：…　审核：…, 往期推荐, 阅读原文): not the document's
# (a byline of its editors, not a step of a procedure, 审核：县工信局会同县财政局审核。)
_TRAILER = re.compile(r"^(?:(?:来源|往期推荐|推荐阅读|相关阅读|阅读原文)\s*(?:[:：]|$)"
                      r"|(?:编辑|责任编辑|审核|审校|作者)\s*[:：][^，,。；;]{1,20}$)")
# A post's time stamp under its title (原创 园区经发局 2025年08月06日 09:30): a date with the time of day
_STAMP = re.compile(r"^(?!.*(?:关于|通知|公告|召开|举办)).*\d{4}\s*[年./-]\s*\d{1,2}\s*[月./-]\s*\d{1,2}\s*日?\s*"
                    r"\d{1,2}[:：]\d{2}\s*[\u4e00-\u9fff]{0,8}\s*$")
_PRINTED = re.compile(rf"^.{{2,40}}?{_DATE}\s*印发$")


@dataclass
class ParsedDocument:
    """A document as read from text, before the corpus gives it an id and status."""

    title: str
    doc_number: str = ""
    issuer: str = ""
    date: str = ""
    effective: str = ""
    expires: str = ""
    status: str = "final"
    industry: str = ""  # the industry the measure is for (industry_of), "" for every enterprise
    preamble: str = ""
    lines: list[str] = field(default_factory=list)


def clean_text(raw: str) -> str:
    """Normalise newlines and whitespace, drop conversion debris; keeps the wording intact."""
    text = raw.replace("\ufeff", "").replace("\r\n", "\n").replace("\r", "\n")
    text = _DEBRIS.sub("", text)
    lines = [line.replace("\u3000", " ").replace("\xa0", " ").strip() for line in text.split("\n")]
    return "\n".join(lines)


def split_documents(raw: str) -> list[ParsedDocument]:
    """Read one file's text into documents; a notice that 印发《A》《B》 yields A and B, a notice that
    issues one measure is titled by the measure. The text is normalised first (normalise.py)."""
    lines = clean_text(normalise(_DEBRIS.sub("", raw))).split("\n")
    title_start, title_end = _title_block(lines)
    # (a site's column tag before the title, 【政策解读】《…》解读, is not the title's)
    notice_title = re.sub(r"^【[^】]{2,8}】(?=.{4})", "", "".join(lines[title_start:title_end]))
    issued = _ISSUES.match(notice_title)
    measures = set(_QUOTED_TITLE.findall("\n".join(lines)))
    if issued and MEASURE_TITLE.search(issued.group("measure")):
        measures.add(issued.group("measure"))
    measures.update(m.group("title") for line in lines if (m := _ATTACHMENT_TITLE.match(line))
                    and MEASURE_TITLE.search(m.group("title")) and not PAPERS_LIST_TITLE.search(m.group("title")))
    starts = _measure_starts(lines, measures, title_end)
    if starts:
        head = _head_metadata(lines[: starts[0][0]])
        bounds = [start for start, _, _ in starts] + [len(lines)]
        docs = []
        # (an amending notice whose own text holds numbered items before the measure it re-publishes, 关于修改《…》的
        # 决定 with its 一、…九、 amendments before the 办法: a document of its own, not a cover letter)
        own_items = [m for line in lines[title_end : starts[0][0]] if (m := _match_marker(line)) and m[0] == "cn"]
        if len(own_items) >= _OWN_ITEMS and _AMENDS.search(notice_title):
            docs.append(_finish(ParsedDocument(title=notice_title, doc_number=head.doc_number, issuer=head.issuer,
                                               date=head.date, lines=lines[title_end : starts[0][0]])))
        notice = head
        for n, ((_, body, title), end) in enumerate(zip(starts, bounds[1:], strict=False)):
            # (a 合订本 or 汇编: the next measure's own 印发通知, with its 文号, stands after this one's last item)
            cut = _notice_start(lines, body, end) if n + 1 < len(starts) else None
            stop = end if cut is None else cut
            # (a head that names no issuer or date, 意见征集 over a draft: the measure's own signature does)
            own = notice if notice.issuer and notice.date else _head_metadata(lines[body:stop])
            doc = ParsedDocument(title=title, doc_number=notice.doc_number, issuer=notice.issuer or own.issuer,
                                 date=notice.date or own.date, lines=lines[body:stop])
            docs.append(_finish(doc))
            notice = head if cut is None else _head_metadata(lines[cut:end])
        return docs
    head = _head_metadata(lines)
    title = notice_title
    if issued and MEASURE_TITLE.search(issued.group("measure")):
        title = issued.group("measure")  # the notice carries its one measure: the measure names it
    doc = ParsedDocument(title=title, doc_number=head.doc_number, issuer=head.issuer,
                         date=head.date, lines=lines[title_end:])
    return [_finish(doc)]


_OWN_ITEMS = 2  # items 一、二、… an amending notice numbers before the measure it re-publishes: a document of its own
_AMENDS = re.compile(r"修改|修正|修订")  # (not a 印发 notice whose 一、二、 ask the offices to carry the measure out)


def _measure_starts(lines: list[str], measures: set[str], after: int) -> list[tuple[int, int, str]]:
    """(first title line, first body line, title) of each measure whose title stands as a line of its
    own (or is broken over two or three lines) after the notice's title."""
    starts: list[tuple[int, int, str]] = []
    i = after
    while i < len(lines):
        # (the longest title: 《…扶持办法》 quoted in the text is one line of the title …扶持办法 / 实施细则 too)
        for k in (3, 2, 1):
            part = lines[i : i + k]
            if len(part) == k and all(part) and not any(_match_marker(line) for line in part[1:]) \
                    and "".join(part) in measures:
                starts.append((i, i + k, "".join(part)))
                i += k - 1
                break
        i += 1
    return starts


def _notice_start(lines: list[str], body: int, end: int) -> int | None:
    """Where another measure's 印发通知 begins among a measure's lines (a 合订本 or 汇编 prints each measure with its
    own notice): the 文号 line after the measure's last numbered item, or the issuer or masthead lines above it; None
    when no such line stands there."""
    last_item = max((i for i in range(body, end) if _match_marker(lines[i])), default=body - 1)
    for i in range(last_item + 1, end):
        if DOC_NUMBER.search(lines[i]) and len(lines[i]) < 40 and "。" not in lines[i]:
            while i - 1 > last_item and lines[i - 1] and len(lines[i - 1]) <= _HEADING_MAX \
                    and not re.search(f"[{END_MARKS}，,：:]", lines[i - 1]):  # (its issuer or masthead above it)
                i -= 1
            return i
    return None


def _finish(doc: ParsedDocument) -> ParsedDocument:
    doc.status = "draft" if DRAFT.search(doc.title) else "final"
    body = "。".join(_about_itself(doc.lines))
    if m := _EFFECTIVE.search(body):
        doc.effective = doc.date if m.group(1).endswith("之日") else iso_date(m.group(1))
    if m := _TERM_SPAN.search(body):
        doc.effective = doc.effective or iso_date(m.group(1))
        doc.expires = iso_date(m.group(2))
    elif m := _EXPIRES_ON.search(body):
        doc.expires = iso_date(m.group(1))
    elif (m := _EXPIRES_YEARS.search(body)) and (doc.effective or doc.date):
        doc.expires = _years_later(doc.effective or doc.date, cn_number(m.group(1)))
    first = next((i for i, line in enumerate(doc.lines) if _match_marker(line)), len(doc.lines))
    doc.preamble = "\n".join(line for line in doc.lines[:first] if line)
    # The purpose sentence stands before the first clause or opens it (第一章 总则 / 第一条 为…).
    opening = next((i for i, line in enumerate(doc.lines) if (m := _match_marker(line))
                    and m[0] not in ("chapter", "section")), len(doc.lines))
    doc.industry = industry_of(doc.title, doc.lines[: opening + 1])
    return doc


_LEADING_VERBS = re.compile(rf"^{SUPPORT_VERBS}+")
_PURPOSE_LINES = 15  # the purpose sentence opens a measure: look no further than its first lines


def industry_of(title: str, lines: list[str]) -> str:
    """The industry or sector a measure is for, as its title or first purpose sentence names it
    (关于支持纺织服装产业高质量发展的若干措施 → 纺织服装); "" for a measure open to every enterprise
    (制造业高质量发展, 科技创新, 专精特新, 总部经济 …). The title decides when it names a sector at all
    (重点产业 → ""); else the first sentence that starts with 为 (为推进全市生物医药产业…发展 → 生物医药).
    The value is the name without 产业/行业/领域, as the matcher compares it to an asker's industry."""
    head = re.sub(r"^关于", "", title)
    place, _ = place_of(head)
    if place and place in head[:20]:
        head = head[head.index(place) + len(place):]
    head = re.sub(r"^(?:\d{4}\s*年度?)", "", head)
    named = [_sector_name(m.group("industry")) for m in INDUSTRY_IN_TITLE.finditer(head)]
    if named:
        return next((n for n in named if n), "")
    for line in [line for line in lines if line][:_PURPOSE_LINES]:
        for sentence in re.split(r"[。；;]", LEADING_NUMBER.sub("", line)):
            if not sentence.startswith("为"):
                continue
            if m := INDUSTRY_IN_PURPOSE.search(sentence):
                return _sector_name(m.group("industry"))
            return ""  # the first purpose sentence names no industry: the measure is for all
    return ""


def _sector_name(phrase: str) -> str:
    """The noun phrase before 产业/行业/领域 without verbs, 全市/我县 or a place name; "" when it only
    qualifies (重点, 战略性新兴) or names the whole economy (制造业, 工业)."""
    phrase = re.split(rf"{SUPPORT_VERBS}(?=.)", _LEADING_VERBS.sub("", phrase))[-1]  # 企业参与光伏 → 光伏
    phrase = OWN_PLACE.sub("", phrase)
    place, _ = place_of(phrase)
    if place and phrase.startswith(place):
        phrase = phrase[len(place):]
    if len(phrase) < 2 or GENERAL_SECTOR.match(phrase):
        return ""
    return phrase


def _about_itself(lines: list[str]) -> list[str]:
    """Sentences about the document itself (本办法自…起施行, 有效期至…), not about an honour's validity
    (高新技术企业认定有效期为3年)."""
    sentences = [LEADING_NUMBER.sub("", s.strip()) for s in re.split(r"[。；;\n]", "\n".join(lines))]
    return [s for s in sentences if SELF_REFERENCE.search(s) or re.match(r"^(?:自|有效期|施行|实施)", s)]


def _title_block(lines: list[str]) -> tuple[int, int]:
    """(start, end) of the title lines in a document's head: the first block of lines (between blank
    lines, 文号 and dates) that reads as a title, past a masthead (XX人民政府文件) and an issuer line."""
    blocks: list[list[int]] = [[]]
    for i, line in enumerate(lines):
        if line and (_match_marker(line) or "。" in line or line.endswith(("：", ":")) or len(line) > 60
                     or is_row(line)):
            break
        if not line or (DOC_NUMBER.search(line) and len(line) < 40) or DATE_LINE.match(line) \
                or _NOTE_LINE.match(line) or _FIELDS_LINE.match(line) or _STAMP.search(line):
            blocks.append([])
        else:
            blocks[-1].append(i)
    blocks = [b for b in blocks if b and not (len(b) == 1 and _MASTHEAD.match(lines[b[0]]))]
    if not blocks:
        return 0, _title_end(lines)
    chosen = next((b for b in blocks if _reads_as_title("".join(lines[i] for i in b))), blocks[0])
    while len(chosen) > 1 and _issuers_only(lines[chosen[0]]):  # 桐川市工业和信息化局　桐川市财政局 above 关于…的通知
        chosen = chosen[1:]
    return chosen[0], chosen[-1] + 1


def _issuers_only(line: str) -> bool:
    """A line that names issuing bodies and nothing else (岱川省工业和信息化厅　岱川省财政厅; not a blank line, nor a
    title's first line, 关于加快推进省级制造业创新中心)."""
    names = line.split()  # (split() parts at the full-width space too)
    return bool(names) and not re.search(r"关于|印发", line) and all(_ORG_NAME.match(name) for name in names)


def _reads_as_title(text: str) -> bool:
    return "关于" in text or text.endswith(("通知", "公告", "通告", "解读", "问答")) or bool(MEASURE_TITLE.search(text))


def _title_end(lines: list[str]) -> int:
    """Index after the title block: the first lines up to a blank line, 文号, date or body text."""
    i = 0
    while i < len(lines) and not lines[i]:
        i += 1
    while i < len(lines):
        line = lines[i]
        if not line or "。" in line or DOC_NUMBER.search(line) or DATE_LINE.match(line) or _STAMP.search(line):
            break
        if _match_marker(line) or line.endswith(("：", ":")) or len(line) > 60:
            break
        i += 1
    return i


def _head_metadata(lines: list[str]) -> ParsedDocument:
    """文号, issue date and issuer from a notice's head (or a document's own lines)."""
    head = ParsedDocument(title="")
    for line in lines:
        if not head.doc_number and (m := DOC_NUMBER.search(line)) and len(line) < 40:
            head.doc_number = _normalise_doc_number(m)
    for i, line in enumerate(lines):
        if m := DATE_LINE.match(line):
            head.date = iso_date(m.group(1))
            at = next((j for j in range(i - 1, -1, -1) if lines[j]), None)
            if at is not None and _ORG_SUFFIX.search(lines[at]) and len(lines[at]) <= 30:
                # (a joint signature: each body's name on a line of its own right above the date, no blank between)
                run = itertools.takewhile(bool, reversed(lines[:at]))
                signed = [lines[at], *itertools.takewhile(_issuers_only, run)]
                head.issuer = " ".join(name for line in reversed(signed) for name in line.split())
            break
    if not head.issuer:
        start, end = _title_block(lines)
        title = "".join(line for line in lines[start:end] if line)
        m = re.match(r"^(.{2,30}?)(?:印发|关于)", title)
        above = next((line for line in lines[start - 1 :: -1] if line), "") if start else ""
        if _issuers_only(above):  # the issuers' line above the title (a blank line between them or not)
            head.issuer = " ".join(above.split())
        elif m and _ORG_SUFFIX.search(m.group(1)):
            head.issuer = m.group(1)
    if not head.issuer:  # (an 办事指南 names no issuer: the body that carries the matter out issues it)
        head.issuer = next(iter(_acting_bodies(lines)), "")
    return head


def _acting_bodies(lines: list[str]) -> list[str]:
    """The bodies an 办事指南's fields name as responsible (a unit's label: |实施主体|芗埭县工业和信息化局|…|; not
    |申报主体|…| nor |服务机构|…|, the applicant and a provider)."""
    return [value for line in lines if is_row(line) for label, value in field_pairs(line)
            if re.fullmatch(UNIT_LABELS, label) and _ORG_SUFFIX.search(value) and len(value) <= 30
            and not re.search(r"[，,。；;、（(]", value)]


def iso_date(text: str) -> str:
    """2024年1月1日 or 二〇二四年一月一日 -> 2024-01-01."""
    year, month, day = re.split(r"\s*[年月日]\s*", text.strip())[:3]
    y = int(year) if year.isdigit() else int("".join(str(CN_DIGITS[c]) for c in year))
    return f"{y:04d}-{cn_number(month):02d}-{cn_number(day):02d}"


def _years_later(start: str, years: int) -> str:
    """The last day of a validity of `years` years from `start` (2024-01-01 + 3 -> 2026-12-31)."""
    end = date.fromisoformat(start).replace(year=int(start[:4]) + years) - timedelta(days=1)
    return end.isoformat()


def _normalise_doc_number(m: re.Match[str]) -> str:
    """聊政办发 [2023] 10 号 -> 聊政办发〔2023〕10号."""
    prefix = re.sub(r"\s+", "", m.string[m.start() : m.start(1)]).rstrip("〔[［(（【﹝")
    return f"{prefix}〔{m.group(1)}〕{m.group(2)}号"


def _match_marker(line: str) -> tuple[str, str, str, str] | None:
    """(kind, label as printed in canonical form, id key, rest of line) for a numbered line."""
    for kind, pattern, label, key in NUMBERING:
        m = pattern.match(line)
        # (附件1 on a line of its own, its title on the next: a numbered attachment too; 问： alone, the question
        # on the next line)
        if m and (m.end() < len(line) or kind == "attachment" and m.group(1) or kind == "asked"):
            num = m.group(1)
            return kind, label.format(num), key.format(num), line[m.end():]
    if m := _NUMBERED_YEAR.match(line):  # 1.2023年度研发费用… is item 1, not the number 1.2023
        return "num", f"{m.group(1)}.", m.group(1), line[m.end():]
    return None


_HEADING_WORDS = re.compile(r"^[\u4e00-\u9fff]{2,8}$")
_FIRST_NUMBERS = {"1", "一", "（一）", "（1）", "第一条"}


def _section_heading(lines: list[str], at: int) -> tuple[str, str, str, str] | None:
    """An unnumbered heading as 办事指南 and 政务服务 pages print their sections (受理条件 / 申请材料 / 办理流程, each
    over its own list): a line of a few words alone, no mark or figure in it, followed by a list at its first item
    (1. / （一） / 问：) or by a table; read as a bracketed heading (【受理条件】)."""
    if not _HEADING_WORDS.match(lines[at]):
        return None
    after = next((line for line in lines[at + 1 :] if line), "")
    marker = _match_marker(after)
    first = marker is not None and (marker[2] in _FIRST_NUMBERS or marker[0] == "asked")
    if not (first or is_row(after)):
        return None
    label = f"【{lines[at]}】"
    return "bracketed", label, label, ""


# A heading of a series a document names by a word and an ordinal (政策一　重大项目落户奖励 … 政策十, 专题二出口信用
# 保险; not a count, 政策十条): one only where the series is, the word printed with 一 and with 二 (_series_words)
_SERIES = re.compile(r"^((?!第|附件)[\u4e00-\u9fff]{2,4}?)([一二三四五六七八九十]{1,3})"
                     r"(?![条项个件年月日次家名类档批点级届等期星轮季])\s*")


def _series(line: str) -> re.Match[str] | None:
    """A line that reads as a series heading: a short line, no sentence (not 获得一等奖的，奖励10万元)."""
    return _SERIES.match(line) if len(line) <= 30 and not re.search(r"[，,。；;：:]", line) else None


def _series_words(lines: list[str]) -> set[str]:
    """The words a document numbers a series of headings by (政策 of 政策一 … 政策十)."""
    numbered: dict[str, set[str]] = {}
    for line in lines:
        if m := _series(line):
            numbered.setdefault(m.group(1), set()).add(m.group(2))
    return {word for word, numbers in numbered.items() if {"一", "二"} <= numbers}


def _series_heading(line: str, words: set[str]) -> tuple[str, str, str, str] | None:
    """(kind, label, key, rest) of a heading of the document's series (政策三小升规奖励), None for any other line."""
    m = _series(line)
    if m is None or m.group(1) not in words:
        return None
    label = m.group(1) + m.group(2)
    return "series", label, label, line[m.end():]


@dataclass
class _Node:
    kind: str
    label: str
    key: str
    heading: str
    lines: list[str]
    parent: _Node | None = None
    has_children: bool = False
    has_body: bool = False
    units: tuple[str, ...] = ()  # a table row's units column


def _heading(label: str, rest: str) -> str:
    first = re.split(f"[{END_MARKS}]", rest, maxsplit=1)[0].strip()
    if len(first) > _HEADING_MAX:
        first = first[:_HEADING_MAX] + "…"
    return label + first


def parse_clauses(doc_id: str, lines: list[str]) -> list[Clause]:
    """Clauses of one document: every numbered node that carries text of its own, and every table row.

    A heading that only groups children (二、主要任务) is not a clause but stays in their path;
    a numbered paragraph with a heading sentence and body (（一）强化组织保障。充分发挥…) is. A table
    row is a clause under the node the table stands in (tables.py). A document with no numbering but a
    table: its rows and its other paragraphs (第N段) are the clauses, in order. Unnumbered paragraphs
    about the whole document after the last item (本措施自…起施行) are clauses of their own (第N段).

    Units: a clause's own （责任单位：…） or label line; else a label line closing its section
    (责任部门：区科技局 after the items of 一、: not the last item's own text, shown with each that names no
    units of its own); else the units a sentence about the whole document names (本政策由A负责解释，B负责资金兑现).
    """
    nodes: list[_Node] = []
    stack: list[_Node] = []
    loose: list[tuple[int, str]] = []  # (nodes before it, line) of lines outside every node
    scoped: list[tuple[int, _Node, tuple[str, ...], tuple[str, ...]]] = []  # (nodes before it, section, units, lines)
    ending: list[tuple[int, str]] = []  # (nodes before it, line) of closing paragraphs after the items
    closing = False
    foot = _foot(lines)
    series = _series_words(lines)
    last_item = max((at for at, line in enumerate(lines) if at not in foot and _match_marker(line)), default=-1)
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line or i in foot:
            i += 1
            continue
        if is_row(line):
            end = i
            while end < len(lines) and is_row(lines[end]):
                end += 1
            parent = stack[-1] if stack else None
            # (金额单位：万元 in the lead-in, or in a note right under the table)
            around = [line for line in lines[max(0, i - 2) : i] if line] + [
                line for line in lines[end : end + 1] if line.startswith(("注", "单位", "金额单位"))]
            unit = next((u for u in map(stated_unit, around) if u), "")
            for row in read_table(lines[i:end], f"《{doc_id}》中的", unit).rows:
                node = _Node("row", row.number, row.key, _heading(row.number + " ", row.text), [row.text], parent,
                             has_body=True, units=tuple(unit_names(row.units)))
                nodes.append(node)
                if parent:
                    parent.has_children = True
            i = end
            continue
        i += 1
        marker = _match_marker(line) or _series_heading(line, series) or _section_heading(lines, i - 1)
        # 本措施自…起施行 after the last numbered line, below a sub-item that has its text (14.惠企服务…):
        # the items have ended, and what follows speaks of the whole document (its scope, who interprets
        # it, its validity). A section's or an article's own paragraph (本办法所称…) stays its text.
        if marker is None and i > last_item and len(stack) > 1 and stack[-1].has_body \
                and not any(n.kind in ("row", "article") for n in stack) and SELF_REFERENCE.match(line.lstrip("　 ")):
            stack.clear()
            closing = True
        if marker is None:
            if stack and not _unit_line(line) and _list_closed(stack, nodes):
                stack.pop()  # （1）…；（2）…。 then a paragraph: the list has ended, the paragraph is its item's
            if stack:
                units = _unit_line(line)
                section = next((n for n in stack if n.kind not in ("chapter", "section", "attachment")), stack[-1])
                if units and section is not stack[-1]:
                    # 责任部门：区科技局 after the items of 一、: the whole section's, shown with each of its items
                    said = (line,)
                    if scoped and scoped[-1][:2] == (len(nodes), section):  # 牵头单位 then 配合单位 lines
                        _, _, earlier, said = scoped.pop()
                        units, said = earlier + tuple(u for u in units if u not in earlier), said + (line,)
                    scoped.append((len(nodes), section, units, said))
                    continue
                stack[-1].lines.append(line)
                stack[-1].has_body = True
            elif closing:
                ending.append((len(nodes), line))
            else:
                loose.append((len(nodes), line))
            continue
        closing = False
        kind, label, key, rest = marker
        # A kind already open closes itself and everything below it; a new kind nests.
        # An attachment (附件) is outside the numbered body: it closes everything.
        for depth, open_node in enumerate(stack):
            # (【特别提示】 after ●… items: a heading closes the bullets before it)
            if open_node.kind == kind or kind == "attachment" or kind in ("bracketed", "barred") \
                    and open_node.kind == "bullet":
                del stack[depth:]
                break
        parent = stack[-1] if stack else None
        if parent:
            parent.has_children = True
        if kind in ("bullet", "asked"):  # ●【落户奖励】 by its label; a bare ● or 问： by its place among its siblings
            named = re.search(r"【[^】]+】", label)  # with its mark (●2, 问2)
            label = key = named.group() if named else \
                f"{label}{sum(n.kind == kind and n.parent is parent and n.label[0] == label for n in nodes) + 1}"
        if kind == "bracketed":  # (the heading is all the line says)
            rest = ""
        node = _Node(kind, label, key, _heading(label, rest), [line], parent)
        # Body of its own: a sentence after the heading, a lead-in ending in "：", or any article
        # (第X条 is the legal unit of citation even when it only introduces its items; a bullet's line is its item).
        node.has_body = (kind in ("article", "bullet", "asked") or bool(re.search(r"[。；;]\s*\S", rest))
                         or rest.rstrip().endswith(("。", "：", ":")))
        stack.append(node)
        nodes.append(node)

    for node in [n for n in nodes if n.kind == "asked" and n.parent]:  # (an item's one 问/答 is its text, not an
        parent = node.parent  # item of its own: 2.稳岗返还 with its 来源单位 and its 问：…答：…)
        if sum(other.kind == "asked" and other.parent is parent for other in nodes) == 1:
            parent.lines += node.lines
            parent.has_body = True
            for other in nodes:
                if other.parent is node:
                    other.parent = parent
            nodes.remove(node)
            parent.has_children = any(other.parent is parent for other in nodes)
    whole = document_units(lines)
    ranged = _runs_given_units("\n".join(lines))
    in_words = not any(n.kind == "num" for n in nodes)  # (its 第四条 is a section 四、 only when no item is 4.)
    clauses: list[Clause] = []
    seen: dict[str, int] = {}
    # (no numbered item at all: every paragraph is a clause, none is lost as the head of the items)
    tables_only = all(n.kind == "row" for n in nodes)
    # (a paragraph before the items that says when the document runs or who answers for it, 本清单自…起执行，有效期至…,
    # or whom to reach about it, 执行中遇到的问题，请及时向…处（联系人：…，电话：…）反映: a clause of its own too)
    paragraphs = [(at, line) for at, line in loose if _is_paragraph(line)
                  and (tables_only or _ABOUT_ITSELF.search(line) or gives_reach(line))]
    paragraphs = sorted(paragraphs + [(at, line) for at, line in ending if _is_paragraph(line)], key=lambda p: p[0])
    for index, node in enumerate(nodes + [None]):
        while paragraphs and paragraphs[0][0] <= index:  # unnumbered paragraphs that are clauses, in order
            n = sum(1 for c in clauses if c.clause_id.startswith(f"{doc_id}/段")) + 1
            clauses.append(_paragraph_clause(doc_id, n, paragraphs.pop(0)[1], whole))
        if node is None or (node.has_children and not node.has_body):
            continue
        chain = _chain(node)
        cited = _from_article(chain)
        number = "".join(n.label for n in cited)
        clause_id = doc_id + "/" + ".".join(n.key for n in cited)
        seen[clause_id] = seen.get(clause_id, 0) + 1
        if seen[clause_id] > 1:  # a document that repeats a number: keep both, ids stay stable
            clause_id += f"~{seen[clause_id]}"
        # the nearest label lines after it that close a section it is in: shown with an item that names no
        # units of its own
        closing_units, closing_lines = next(((u, said) for at, section, u, said in scoped
                                             if at > index and section in chain), ((), ()))
        own = node.units or parse_departments("\n".join(node.lines))
        text = "\n".join([*node.lines, *(() if own else closing_lines)])
        # (an entry of a list names no units: those of the item the list is in, 5.…：（1）…（责任单位：…）)
        units = own or closing_units or next((u for n in reversed(chain[:-1])
                                              if n.kind != "row" and (u := parse_departments("\n".join(n.lines)))), ())
        if not units and (given := _said_for(ranged, number, in_words)):  # 第1—6条由县工业和信息化局负责
            units = given[1]
        clauses.append(Clause(
            clause_id=clause_id,
            doc_id=doc_id,
            number=number,
            path=tuple(n.heading for n in chain),
            text=text,
            departments=units or whole,
            # (an entry of a list: the words leading into it, 年主营业务收入首次达到下列标准的：)
            incentives=extract_incentives(text, number, lead=_lead_into(chain)),
        ))
    return link_references(clauses)  # 按第3项标准的1.5倍 / 按上表: the sums a multiplier refers to


def section_of(items: list[Clause], head: Clause | None = None) -> Clause | None:
    """The section a list of items stands in, as one clause to cite (第十条审核程序 with its steps (一)…(五);
    四、申报材料 with its items (1)…(10)): the id, number and path of the clause heading them (`head`, when it has
    text of its own) or of the heading they share, and the text of the head and of every item listed, in order. None
    when the items share no numbered heading."""
    if not items or any(c.doc_id != items[0].doc_id or c.path[:-1] != items[0].path[:-1] for c in items):
        return None
    first = items[0]
    marker = _match_marker(first.path[-1])
    keys, dot, _ = first.clause_id.removeprefix(first.doc_id + "/").rpartition(".")  # 四.（1） -> 四
    if head is None and (not dot or "~" in first.clause_id or len(first.path) < 2 or marker is None
                         or first.number == marker[1] or not first.number.endswith(marker[1])):
        return None  # (~2: a number the document repeats; its heading's id would be another's)
    texts = [head.text if head else first.path[-2], *(c.text for c in items)]
    units = tuple(dict.fromkeys(u for c in ([head] if head else []) + items for u in c.departments))
    return Clause(clause_id=head.clause_id if head else f"{first.doc_id}/{keys}", doc_id=first.doc_id,
                  number=head.number if head else first.number[: -len(marker[1])],
                  path=head.path if head else first.path[:-1], text="\n".join(texts), departments=units)


def _lead_into(chain: list[_Node]) -> str:
    """The words of the item a clause is an entry of, when they lead into a list (…下列标准的，给予奖励：); ""."""
    parent = chain[-2] if len(chain) > 1 else None
    return parent.lines[0] if parent and parent.kind != "row" and parent.lines[0].rstrip().endswith(("：", ":")) else ""


def _list_closed(stack: list[_Node], nodes: list[_Node]) -> bool:
    """Whether the open entry ends a list its item leads into (分档给予补助：（1）…；（2）…；（3）…。): entries
    ending in ；, the last in 。. A paragraph after it speaks for the whole item, not for the last entry."""
    entry = stack[-1]
    lead = entry.parent
    if lead is None or len(stack) < 2 or stack[-2] is not lead or not lead.lines[0].rstrip().endswith(("：", ":")):
        return False
    siblings = [n for n in nodes if n.parent is lead and n is not entry]
    return (entry.lines[-1].rstrip().endswith("。")
            and bool(siblings) and all(n.lines[-1].rstrip().endswith(("；", ";")) for n in siblings))


def _foot(lines: list[str]) -> set[int]:
    """Indices of the lines of a document's foot: a 版记 (抄送 and every unnumbered line after it, the
    …印发 line) or a post's trailer (来源：…, 往期推荐 or its editors' byline after its first item, and every line
    after it), a date alone on its line, and a signature (names of units alone on a line, the date next)."""
    foot: set[int] = set()
    copied = trailer = False
    first_item = next((at for at, line in enumerate(lines) if _match_marker(line)), len(lines))
    labels = [re.split(r"\s*[:：]", line, maxsplit=1)[0] if _TRAILER.match(line) else "" for line in lines]
    last_of = {label: at for at, label in enumerate(labels)}  # (where each label stands last)
    for i, line in enumerate(lines):
        if not line:
            continue
        # (a post's trailer, after its items, is cut off whole: its 往期推荐 links are no items; a label every entry
        # carries, 来源：市交通运输局 under each answer of a 问答 page, is the entry's)
        trailer = trailer or i > first_item and bool(labels[i]) and last_of[labels[i]] == i
        copied = copied or bool(_COPY_TO.match(line))
        if trailer or (copied and not _match_marker(line)) or _PRINTED.match(line) or DATE_LINE.match(line):
            foot.add(i)
            continue
        after = next((n for n in lines[i + 1 :] if n), "")
        if DATE_LINE.match(after) and _issuers_only(line):
            foot.add(i)
    return foot


_ABOUT_ITSELF = re.compile(rf"{SELF_REFERENCE.pattern}[^。；;]{{0,20}}?(?:自|有效期|执行至|施行|解释)")


def _is_paragraph(line: str) -> bool:
    """A paragraph of text, not a 文号, a date, a signature or a bare name."""
    return len(line) >= 10 and (bool(re.search(r"[。；;，,：:]", line)) or len(line) >= 20)


def _paragraph_clause(doc_id: str, n: int, text: str, whole: tuple[str, ...]) -> Clause:
    return Clause(clause_id=f"{doc_id}/段{n}", doc_id=doc_id, number=f"第{n}段", path=(_heading(f"第{n}段 ", text),),
                  text=text, departments=parse_departments(text) or whole,
                  incentives=extract_incentives(text, f"第{n}段"))


def _org_names(text: str) -> list[str]:
    """A unit's name, or two joined by 和/与 (县财政局和县税务局) when both halves are names;
    县经济和信息化局 stays one."""
    if _ORG_NAME.match(text):
        for joint in re.finditer(r"和|与", text):
            left, right = text[: joint.start()], text[joint.end():]
            if _ORG_NAME.match(left) and _ORG_NAME.match(right):
                return [left, right]
        return [text]
    return []


def _unit_line(line: str) -> tuple[str, ...]:
    """The units of a line that is only a label and units (责任部门：区科技局、区财政局), or of a contact line that
    opens with its unit (市财政局经济建设科，联系人：石慧敏，电话：… / 政策咨询：县工信局企业服务股，电话：…)."""
    m = _UNIT_LINE.match(line)
    if m:
        units = tuple(u for u in unit_names(m.group("units")) if not re.search("[:：]", u))  # (not 地址：…)
        return units + (_unit_line(m.group("rest")) if m.group("rest") else ())
    contact = _CONTACT_LINE.match(line)
    return (contact.group("unit"),) if contact and not _ASKS_TO_ACT.search(contact.group("unit")) else ()


# (a county's section is a 股: 企业服务股; a label before it: 政策咨询：, 专精特新企业认定咨询：, the items it is for:
# 首台（套）、产业链龙头企业：)
_CONTACT_LINE = re.compile(r"^\s*(?:[^：:，,。；;\s]{2,20}[：:])?\s*"
                           rf"(?P<unit>[\u4e00-\u9fff]{{2,30}}?(?:{ORG_SUFFIX}|股))\s*[，,：:]\s*{CONTACT_LABELS}")
# a sentence that sends the reader somewhere (请咨询市财政局，联系电话…; 申报材料报送至县工信局), not a unit's name
_ASKS_TO_ACT = re.compile(r"请|咨询|联系|报送|提交|送至|交至|向")


def units_said_for(text: str, number: str) -> tuple[str, tuple[str, ...]] | None:
    """(the part of a text that gives the item numbered `number` its units, those units): 第一条至第七条每季度首月
    1日至15日受理；第四条由县人力资源和社会保障局受理 -> ("第四条由县人力资源和社会保障局受理", ("县人力资源和社会保障
    局",)) for 四、; 本措施第1—6条由县工业和信息化局负责 for 3.; none for another document's article (依据《某市办法》
    第十条由市财政局负责拨付: a sentence citing a document before the items is about the document's own only when it
    says so, 本办法)."""
    return _said_for(_runs_given_units(text), number)


def units_given_to(text: str, clause: Clause) -> tuple[str, tuple[str, ...]] | None:
    """units_said_for a clause's item, only when they are the units the parser gave the clause (parse_clauses decides
    once, with the whole document in view, whether its 第四条 names the section 四、)."""
    said = units_said_for(text, clause.number)
    return said if said is not None and said[1] == clause.departments else None


_Run = tuple[str, list[int], tuple[str, ...], bool]  # (the part saying it, items, units, items written in words)


def _said_for(runs: list[_Run], number: str, articles_in_words: bool = True) -> tuple[str, tuple[str, ...]] | None:
    """Of `runs`, the part giving the item numbered `number` its units, and those units (`articles_in_words`: False in
    a document with items numbered 1., whose 第四条 names its item 4., not a section 四、)."""
    return next(((said, units) for said, items, units, in_words in runs
                 if (item := item_number(number, in_words and articles_in_words)) is not None and item in items), None)


def _runs_given_units(text: str) -> list[_Run]:
    """(the part saying it, the items, their units, whether the items are written in words: 第四条, not 第4条) of each
    run of items a sentence of a document gives units to (第1—6条由…负责; 第八条、第九条由…负责; 第四条由…受理; 第二条、
    第三条分别由A、B负责: each its own). The items open their part of the sentence, or follow the document naming
    itself (本措施第1—6条…): not another document's article (根据省政府令第五条由…; 依据《某市办法》第十条由…), nor an
    amendment's quotation (将第五条中的“由县财政局负责”修改为…)."""
    found: list[_Run] = []
    for sentence in re.split(r"[。\n]", text):
        for m in _UNITS_BY_ITEM.finditer(sentence):
            start = max(sentence.rfind(mark, 0, m.start()) for mark in "；;，,：:")
            lead = LEADING_NUMBER.sub("", sentence[start + 1: m.start()].strip())  # (4.本措施第1—2条…)
            if lead and not re.fullmatch(r"(?:本|上述)[\u4e00-\u9fff]{1,8}", lead):  # (本措施, 本实施细则)
                continue
            units = tuple(u for part in re.split(r"会同|联合|、|及", m.group("units")) for u in _org_names(part))
            end = min((k for mark in "；;，," if (k := sentence.find(mark, m.end())) >= 0), default=len(sentence))
            said = sentence[start + 1: end].strip()
            items = items_named(f"第{m.group('run')}条")
            in_words = not re.search(r"\d", m.group("run"))
            if "分别" in m.group("gap") and len(units) == len(items) > 1:  # 第二条、第三条分别由A、B负责
                found += [(said, [item], (unit,), in_words) for item, unit in zip(items, units, strict=True)]
            elif units:
                found.append((said, items, units, in_words))
    return found


# items of the document named by number, as 项 or as 条 (适用项目：第6项; 第1、2项; 第1至5项; 第十五条至第十七条;
# 第10—11条; not the 2 of 第三条第2项, an article's item, nor 《…》第3项, another document's, nor 第1-3项目)
_ITEMS_NAMED = re.compile(rf"(?<![条》])第\s*(?P<run>(?:{_ITEM}\s*(?:条|项)?\s*[、，,和及—–\-－~～至到]\s*(?:第\s*)?)*"
                          rf"{_ITEM})\s*(?:条|项(?!目))")
_LONGEST_RUN = 30  # (第1至999项 names no run of items)


def items_named(text: str) -> list[int]:
    """The numbers of the items a text names: 第1、2项 -> [1, 2]; 第1至5项 -> [1, 2, 3, 4, 5]; 第十五条至第十七条 ->
    [15, 16, 17]; a run reversed or longer than any list (第5至1项, 第1至999项) names none."""
    numbers: list[int] = []
    for m in _ITEMS_NAMED.finditer(text):
        for part in re.split(r"\s*[、，,和及]\s*", m.group("run")):
            ends = [n for e in re.findall(_ITEM, part) if (n := _count(e)) is not None]
            if len(ends) == 2:
                numbers += list(range(ends[0], ends[1] + 1)) if ends[0] < ends[1] <= ends[0] + _LONGEST_RUN else []
            else:
                numbers += ends
    return numbers


def item_number(number: str, in_words: bool = False) -> int | None:
    """The number a document calls a clause's item by, from the clause's number as printed: 第五条（二） -> 5, 三、7. ->
    7; 四、 -> 4 only as cited `in_words` (第四条: a document numbering its articles 一、二、 cites them so; its 第4条
    is an item 4.); None when it has none (一、（二）, 附件1, 2.1.1: a decimal number is cited as printed)."""
    if re.search(DECIMAL_NUMBER, number):
        return None
    if in_words and (m := re.fullmatch(rf"\s*({CN_NUMERAL})\s*、\s*", number)):
        return _count(m.group(1))
    if m := re.search(rf"第\s*({_ITEM})\s*条", number):
        return _count(m.group(1))
    m = re.findall(r"(?<![（(\d])(\d{1,3})\s*[.．、]", number)
    return int(m[-1]) if m else None


def _count(text: str) -> int | None:
    """An item's number written in digits or in Chinese numerals (12, 十二)."""
    return int(text) if text.isdigit() else cn_number(text)


def document_units(lines: list[str]) -> tuple[str, ...]:
    """Units a sentence about the whole document makes responsible: 本政策由县经济和信息化局负责解释，
    县财政局负责资金兑现 / 所列事项由镇经济发展服务中心负责受理. Units that handle, pay or accept
    come before units that only interpret."""
    acting: list[str] = []
    interpreting: list[str] = []
    for sentence in re.split(r"[。；;\n]", "\n".join(lines)):
        if "负责" not in sentence or not (SELF_REFERENCE.search(sentence) or "由" in sentence):
            continue
        if not (SELF_REFERENCE.search(sentence) or re.search(r"(?:所列|上述|以上|各项).{0,10}由", sentence)):
            continue
        for part in re.split(r"[，,]", sentence):
            m = _RESPONSIBLE.search(LEADING_NUMBER.sub("", part.strip()))
            if not m:
                continue
            names = [u for part in re.split(r"会同|联合|、|及", m.group("units")) for u in _org_names(part)
                     if not SELF_REFERENCE.search(u)]
            target = interpreting if _INTERPRETS_ONLY.match(m.group("duty")) else acting
            target.extend(u for u in names if u not in target)
    # (an 办事指南 says none: the body its fields name as carrying the matter out is responsible for it)
    return tuple(dict.fromkeys(acting + interpreting)) or tuple(dict.fromkeys(_acting_bodies(lines)))


def paragraph_clauses(doc_id: str, lines: list[str]) -> list[Clause]:
    """Fallback for a document with no numbered structure: each paragraph is a clause (第N段)."""
    foot = _foot(lines)
    paragraphs = [line for i, line in enumerate(lines) if len(line) >= 10 and i not in foot]
    whole = document_units(lines)
    return link_references([_paragraph_clause(doc_id, n, text, whole) for n, text in enumerate(paragraphs, start=1)])


def _chain(node: _Node) -> list[_Node]:
    chain = []
    current: _Node | None = node
    while current:
        chain.append(current)
        current = current.parent
    return chain[::-1]


def _from_article(chain: list[_Node]) -> list[_Node]:
    """Articles (第X条) are numbered through the whole document, so citations start there; a decimal number (2.1.1)
    carries its sections' numbers in itself, so a citation starts at the last one (not 二、2.12.1.1)."""
    for i in range(len(chain) - 1, -1, -1):
        if chain[i].kind.startswith("decimal"):
            return chain[i:]
    for i, node in enumerate(chain):
        if node.kind == "article":
            return chain[i:]
    return chain


def parse_departments(text: str) -> tuple[str, ...]:
    """Units named in （责任单位：A、B，各县〔市、区〕人民政府）, on a label line of the clause (牵头单位：
    市工业和信息化局; 【责任单位】…; a label after the clause's last sentence on its line), or in a bracket that only
    says who plays which part (（市发展改革委牵头，市财政局、市工信局按职责分工负责）); brackets inside a name are
    kept, the part a unit plays is not part of its name, nor is another field labelled after a ； (完成时限：长期)."""
    text = _BRACKETED_LABEL.sub(r"\n\1：", text)
    units: list[str] = []
    for line in text.split("\n"):  # (a numbered contact line too: （四）首台（套）…：…装备工业处，联系人：…)
        found = _unit_line(line) or _unit_line(LEADING_NUMBER.sub("", line))
        if not found:  # (…给予一次性奖励10万元。责任单位：市工信局 / 牵头部门：市工信局　配合部门：市财政局)
            found = tuple(u for piece in re.split(r"(?<=。)|\s+", line) if _UNIT_LINE.match(piece)
                          for u in _unit_line(piece))
        units.extend(u for u in found if u not in units)
    for m in _UNITS.finditer(text):  # （责任单位：…） to its closing bracket (or the text's end, when it has none)
        depth, i, body = 0, m.end(), []
        while i < len(text):
            ch = text[i]
            if ch in "（(":
                depth += 1
            elif ch in "）)":
                if depth == 0:
                    break
                depth -= 1
            body.append(ch)
            i += 1
        for part in re.split(r"[；;]", "".join(body)):
            part = _UNIT_LABEL.sub("", part)
            units.extend(u for u in unit_names(part) if u not in units and not re.search("[:：]", u))
    for body in _brackets(text):
        units.extend(u for u in _role_note(body) if u not in units)
    return tuple(units)


def _brackets(text: str) -> list[str]:
    """The text inside each outermost bracket of `text` (brackets inside it kept: 各县（市、区）人民政府)."""
    found, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch in "（(":
            depth += 1
            if depth == 1:
                start = i + 1
        elif ch in "）)" and depth:
            depth -= 1
            if depth == 0:
                found.append(text[start:i])
    return found


def _role_note(body: str) -> list[str]:
    """The units of a bracket that only says who plays which part (市工信局牵头，市财政局配合 -> 市工信局, 市财政局;
    由县工信局会同县财政局负责 -> both); none when any part of it is something else (所需资金由县财政局负责, 由企业
    负责; 责任单位：… is read as a label)."""
    names: list[str] = []
    for part in split_top_level(body, "，,；;"):
        m = _ROLE_PART.match(part)
        listed = [u for piece in split_top_level(m.group("units"), "、") for u in re.split(r"会同|联合", piece)] \
            if m else []
        found = [n for u in listed for n in _org_names(u) if not re.search(r"(?<!自)由", n)]  # (自由贸易区)
        if not found or len(found) < len(listed):
            return []
        names.extend(found)
    return names


def unit_names(text: str) -> list[str]:
    """The units a list names (A、B按职责分工负责 -> A, B; 市发展改革委牵头 -> 市发展改革委)."""
    return [name for part in split_top_level(text) if (name := _ROLE.sub("", part).strip())]


def without_units(text: str) -> str:
    """The clause text without its trailing （责任单位：…） note."""
    m = _UNITS.search(text)
    return text[: m.start()] if m else text


def split_top_level(text: str, separators: str = "、，,") -> list[str]:
    """Split on `separators` outside 〔〕［］（） so 各县〔市、区〕人民政府 / 各区（县、市）人民政府 stay one name."""
    parts, depth, current = [], 0, []
    for ch in text:
        if ch in "〔［[（(":
            depth += 1
        elif ch in "〕］]）)":
            depth = max(0, depth - 1)
        if depth == 0 and ch in separators:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return [_UNIT_NOTE.sub(r"\g<name>", p.strip()) for p in parts if p.strip()]
