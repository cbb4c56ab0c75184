"""Load the policy documents of a corpus folder (texts + manifest.json) into Documents and Clauses."""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from retrieval.documents.formats import extract_text
from retrieval.documents.parser import paragraph_clauses, parse_clauses, split_documents
from retrieval.errors import CorpusError
from retrieval.lexicon.patterns import PLACE_SUFFIXES, place_of
from retrieval.records import Clause, Document

__all__ = [
    "Corpus",
    "load_corpus",
    "build_corpus",
    "read_text",
    "read_sources",
    "fingerprint",
    "file_digests",
    "fingerprint_of",
    "link_versions",
    "split_areas",
]

log = logging.getLogger("policyqa")
MANIFEST = "manifest.json"
TEXT_SUFFIXES = (".txt", ".md")
PACKAGE = Path(__file__).resolve().parents[1]
# What turns texts into clauses and keyword postings: the documents stage, the lexicon (code and
# word lists), the record types and the keyword index. When any of it changes, every index is stale.
BUILD_SOURCES = ("documents/*.py", "lexicon/*", "records.py", "store/keyword.py")


@functools.cache
def build_code_digest() -> str:
    """SHA-256 over the files of BUILD_SOURCES, by relative path (computed once, on first use)."""
    digest = hashlib.sha256()
    for path in sorted({p for pattern in BUILD_SOURCES for p in PACKAGE.glob(pattern) if p.is_file()}):
        digest.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


@dataclass(frozen=True)
class Corpus:
    documents: dict[str, Document]
    clauses: list[Clause]
    fingerprint: str = ""  # see `fingerprint`: what the index was built from


def fingerprint(files: dict[str, str], manifest: dict[str, Any]) -> str:
    """Hash of everything an index is built from (texts, manifest, the parsing code), computed
    without parsing: a server starts on a large corpus by comparing it to the saved index."""
    return fingerprint_of(file_digests(files), manifest)


def file_digests(files: dict[str, str]) -> dict[str, str]:
    return {name: hashlib.sha256(text.encode("utf-8")).hexdigest() for name, text in files.items()}


def fingerprint_of(digests: dict[str, str], manifest: dict[str, Any]) -> str:
    """`fingerprint` from the files' digests (adding a file hashes only the new one)."""
    payload = json.dumps({"code": build_code_digest(), "manifest": manifest, "files": digests},
                         ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def read_text(path: Path) -> str:
    """A stored document's text (.txt or .md), decoded; see retrieval.documents.formats."""
    return extract_text(path.name, path.read_bytes())


def read_sources(corpus_dir: Path, allow_empty: bool = False) -> tuple[dict[str, str], dict[str, Any]]:
    """File name -> text of every .txt/.md in corpus_dir, and its manifest.json (optional)."""
    if not corpus_dir.is_dir():
        raise CorpusError(f"找不到政策文件目录 {corpus_dir}，请检查 POLICYQA_CORPUS_DIR 设置。")
    manifest: dict[str, Any] = {"documents": []}
    manifest_path = corpus_dir / MANIFEST
    if manifest_path.exists():
        try:
            manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise CorpusError(f"{manifest_path} 不是有效的 JSON：{exc}。请修正后重试。") from exc
    files = {p.name: read_text(p) for p in sorted(corpus_dir.iterdir())
             if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES and not p.name.startswith(("README", "."))}
    if not files and not allow_empty:
        raise CorpusError(f"{corpus_dir} 中没有政策文件（.txt 或 .md），请先放入文件。")
    return files, manifest


def load_corpus(corpus_dir: Path) -> Corpus:
    """Read corpus_dir/manifest.json (optional) and every .txt/.md file beside it, and parse them."""
    return build_corpus(*read_sources(corpus_dir))


def build_corpus(files: dict[str, str], manifest: dict[str, Any], link: bool = True) -> Corpus:
    """Pure: file name -> text, plus the manifest, to documents and clauses. `link=False` leaves
    `supersedes` unchecked (a document parsed alone may name one already in the index)."""
    entries = manifest.get("documents", [])
    for entry in entries:
        if entry.get("file") not in files:
            raise CorpusError(
                f"清单 manifest.json 引用的文件 {entry.get('file')} 不在 corpus/ 中，请补上文件或删除该条目。"
            )
    documents: dict[str, Document] = {}
    clauses: list[Clause] = []
    for name, text in files.items():
        parsed = split_documents(text)
        for position, doc in enumerate(parsed, start=1):
            entry = _entry_for(entries, name, doc.title, len(parsed))
            if entry.get("removed"):
                continue
            default_id = Path(name).stem + (f"-{position}" if len(parsed) > 1 else "")
            doc_id = entry.get("id", default_id)
            if not re.fullmatch(r"[\w\-.]+", doc_id):
                raise CorpusError(f"文件编号 {doc_id!r} 只能包含字母、数字、下划线、连字符和点。")
            if doc_id in documents:
                raise CorpusError(f"文件编号 {doc_id} 重复（{name}），请在 manifest.json 中为其指定不同的 id。")
            doc_clauses = parse_clauses(doc_id, doc.lines)
            if all(c.clause_id.startswith(f"{doc_id}/段") for c in doc_clauses):
                log.warning("《%s》（%s）中没有编号条款（一、/（一）/1./第X条），已按段落切分。", doc.title, name)
            if not doc_clauses:
                doc_clauses = paragraph_clauses(doc_id, doc.lines)
            if not doc_clauses:
                raise CorpusError(f"文件 {name}《{doc.title}》中没有正文，无法建立索引。")
            documents[doc_id] = Document(
                doc_id=doc_id,
                title=entry.get("title", doc.title) if len(parsed) == 1 else doc.title,
                doc_number=doc.doc_number,
                issuer=doc.issuer,
                date=doc.date,
                effective=doc.effective,
                expires=doc.expires,
                status=entry.get("status", doc.status),
                industry=entry.get("industry", doc.industry),
                supersedes=tuple(entry.get("supersedes", ())),
                source_file=name,
                areas=_areas(entry, name),
                **_jurisdiction(doc.issuer, _TITLE_OPENING.sub("", doc.title), doc.title, doc.doc_number),
            )
            clauses.extend(doc_clauses)
    for entry in entries:
        if entry.get("removed") or len(split_documents(files[entry["file"]])) == 1:
            continue  # a single-document file: its entry's title, if any, names the document
        if not any(d.source_file == entry["file"] and d.title == entry.get("title") for d in documents.values()):
            raise CorpusError(
                f"manifest.json 中的标题《{entry.get('title')}》在 {entry['file']} 中找不到，请核对标题。"
            )
    documents = _bare_places(documents)
    return Corpus(link_versions(documents) if link else documents, clauses, fingerprint(files, manifest))


def split_areas(text: str | None) -> list[str]:
    """Area names typed in one line (枫岭市、溪桐县 / 枫岭市, 溪桐县), in order, without repeats."""
    return list(dict.fromkeys(a for a in re.split(r"[\s,，、;；]+", text or "") if a))


def _areas(entry: dict[str, Any], name: str) -> tuple[str, ...]:
    """The areas a manifest entry names (`"areas": ["枫岭市"]`): the enterprises it serves live there."""
    areas = entry.get("areas", [])
    if not isinstance(areas, list) or not all(isinstance(a, str) and a.strip() for a in areas):
        raise CorpusError(f"manifest.json 中 {name} 的 areas 应为地区名称的列表，例如 [\"枫岭市\"]。")
    return tuple(a.strip() for a in areas)


# the words a notice's title opens with before what it is about (关于组织申报2025年度…, 关于开展第二批…): a place after
# them is the notice's (关于组织申报2025年度东岭区工业企业奖补资金的通知)
_TITLE_OPENING = re.compile(r"^关于(?:组织|开展|做好|印发|发布|公布|征集|实施|落实|推进|加快)*"
                            r"(?:申报|兑现|认定|推荐|评选)?(?:工作)?\s*(?:20\d\d\s*年度?)?\s*(?:第[一二三四五六七八九十\d]+批)?\s*")


def _jurisdiction(*sources: str) -> dict[str, str]:
    """Whose measure a document is: the place the first of `sources` starts with that starts with one (the issuer,
    the title after a notice's opening words, the title, the 文号); a title after the column a post is filed under
    (政策汇编｜苇塘高新区惠企政策…)."""
    for text in sources:
        place, level = place_of(text)
        if not place and (column := re.match(r"^[^｜|]{2,8}[｜|]\s*", text)):
            place, level = place_of(text[column.end():])
        if place:
            return {"jurisdiction": place, "issuer_level": level}
    return {}


def _bare_places(documents: dict[str, Document]) -> dict[str, Document]:
    """A document that names no place of its own whose title starts with the name of a place the other documents
    are of, without its suffix (檀州12345热线知识库 beside 檀州市's measures): that place's."""
    known = {(d.jurisdiction, d.issuer_level) for d in documents.values() if d.jurisdiction}
    cores = {(place[: -len(suffix)], place, level) for place, level in known
             for suffix, _ in PLACE_SUFFIXES if place.endswith(suffix) and len(place) - len(suffix) >= 2}
    found = dict(documents)
    for doc_id, doc in documents.items():
        named = [(core, place, level) for core, place, level in cores if not doc.jurisdiction
                 and doc.title.startswith(core)]
        longest = max((len(core) for core, _, _ in named), default=0)
        places = {(place, level) for core, place, level in named if len(core) == longest}
        if len(places) == 1:  # (檀州 of 檀州市 and of 檀州高新区 alike: no place)
            (place, level), = places
            found[doc_id] = replace(doc, jurisdiction=place, issuer_level=level)
    return found


def link_versions(documents: dict[str, Document]) -> dict[str, Document]:
    """Mark each document another one supersedes (superseded_by); a dangling reference is an error."""
    documents = dict(documents)
    for doc in list(documents.values()):
        for old_id in doc.supersedes:
            if old_id not in documents:
                raise CorpusError(f"《{doc.title}》声明替代的文件 {old_id} 不存在，请检查 manifest.json。")
            documents[old_id] = replace(documents[old_id], superseded_by=doc.doc_id)
    return documents


def _entry_for(entries: list[dict[str, Any]], name: str, title: str, count: int) -> dict[str, Any]:
    """The manifest entry of one document: by file; by file and title when a file holds several."""
    for entry in entries:
        if entry.get("file") != name:
            continue
        if count == 1:
            return entry
        if "title" not in entry:
            raise CorpusError(f"{name} 含有 {count} 个文件，manifest.json 中的条目需要写明 title 以区分。")
        if entry["title"] == title:
            return entry
    return {}
