"""The development library's evaluation: gold matched by text, the metrics and failure reasons, the corpus it builds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from evaluation.library_eval import (
    LIBRARY,
    Gold,
    LibraryOutcome,
    LibraryQuestion,
    LibraryRun,
    evaluate_library,
    library_failure,
    load_library_questions,
    marks,
    matches_gold,
    normalise,
    open_library,
    summarize_library,
    write_library_corpus,
)
from evaluation.library_report import library_section
from retrieval.documents.corpus import load_corpus
from retrieval.documents.formats import extract_text
from retrieval.records import Clause, Document

GOLD = "\0gold"


def clause(doc_id: str, text: str, number: str = "一、") -> Clause:
    return Clause(clause_id=f"{doc_id}/{number}", doc_id=doc_id, number=number, path=(), text=text)


def document(doc_id: str, source_file: str) -> Document:
    return Document(doc_id=doc_id, title="测试文件", doc_number="", issuer="", date="", source_file=source_file)


def test_normalise_folds_traditional_width_and_white_space():
    assert normalise("獎勵 ５０\n萬元（含）") == "奖励50万元(含)"


def test_a_pdf_clause_with_line_breaks_and_spaces_inside_numbers_matches_its_gold_text():
    text = "1.规模跃升奖励。对工业企业年营业收入首次突破 1 亿元、5\n亿元、10 亿\n元的，分别给予 5 0 万元、100 万元"
    gold = Gold("a2_fengling_zhizao", "一、（一）1.", "亿元、10亿元的，分别给予50万元")
    assert matches_gold(clause("a2_fengling_zhizao", text), document("a2_fengling_zhizao", "a2.txt"), gold)


def test_a_traditional_character_clause_matches_simplified_gold():
    text = "１.對新認定的國家級專精特新“小巨人”企業，給予一次性獎勵５０萬元。（責任單位：縣工信局）"
    gold = Gold("b1_yunshan_shishixize", "一、（一）1.", "给予一次性奖励50万元")
    assert matches_gold(clause("b1_yunshan_shishixize", text), None, gold)


def test_another_documents_clause_does_not_match():
    gold = Gold("a1_chengjiang_youzhi", "第六条", "给予一次性奖励100万元")
    other = clause("a5_fengling_gaoxin", "对国家级小巨人企业给予一次性奖励100万元")
    assert not matches_gold(other, document("a5_fengling_gaoxin", "a5_fengling_gaoxin.txt"), gold)
    assert not matches_gold(clause("a1_chengjiang_youzhi", "给予一次性奖励20万元"), None, gold)


def test_a_document_split_from_a_notice_matches_by_its_source_file_stem():
    gold = Gold("c5_qinghe_xinnengyuan", "一、", "最高50万元")
    split = clause("c5_qinghe_xinnengyuan-2", "补助最高50万元")
    assert matches_gold(split, document("c5_qinghe_xinnengyuan-2", "c5_qinghe_xinnengyuan.txt"), gold)


def test_the_real_pdf_text_matches_its_gold_labels():
    """The a2 PDF as an office adds it: its clauses hold the gold texts written from the PDF's lines."""
    text = extract_text("a2_fengling_zhizao.pdf", (LIBRARY / "docs" / "a2_fengling_zhizao.pdf").read_bytes())
    assert normalise("亿元、10 亿元的，分别给予 50 万元、100 万元、") in normalise(text)


def question(answerable: bool = True, amounts: tuple[int, ...] = (),
             departments: tuple[str, ...] = ()) -> LibraryQuestion:
    gold = (Gold("d", "一、", "x"),) if answerable else ()
    return LibraryQuestion("q1", "问题", "amount", answerable, "d", gold, amounts, departments, "dev")


def outcome(q: LibraryQuestion, marks_: list[str], found: bool = True, amounts: tuple[float, ...] = (),
            answer: str = "") -> LibraryOutcome:
    return LibraryOutcome(q, marks_, "d 一、" if marks_ and marks_[0] == GOLD else "e 二、", found, list(amounts),
                          answer, 10.0)


def test_marks_replace_matching_clauses_in_rank_order():
    clauses = [clause("e", "无关"), clause("d", "给予奖励x元")]
    assert marks(clauses, {}, (Gold("d", "一、", "奖励x"),)) == ["e/一、", GOLD]


def test_metrics_and_failure_reasons_on_hand_made_outcomes():
    right = outcome(question(amounts=(500000,), departments=("市经信局",)), [GOLD], amounts=(500000.0,),
                    answer="给予50万元。责任单位：市经信局")
    second = outcome(question(), ["e/二、", GOLD])
    wrong_amount = outcome(question(amounts=(500000,)), [GOLD], amounts=(200000.0,))
    no_unit = outcome(question(departments=("市财政局",)), [GOLD], answer="责任单位：市经信局")
    refused = outcome(question(), ["e/二、"], found=False)
    answered_unanswerable = outcome(question(answerable=False), ["e/二、"])
    refused_unanswerable = outcome(question(answerable=False), [], found=False)
    assert library_failure(right) is None and library_failure(refused_unanswerable) is None
    assert library_failure(second)[0] == "首条来自其他文件" and "标准条款排第 2" in library_failure(second)[1]
    assert library_failure(wrong_amount) == ("金额不符", "回答金额 [200000]，应为 [500000]")
    assert library_failure(no_unit) == ("责任单位缺失", "回答中没有 市财政局")
    assert library_failure(refused)[0] == "误拒"
    assert library_failure(answered_unanswerable)[0] == "应拒答却作答"
    s = summarize_library([right, second, wrong_amount, no_unit, refused, answered_unanswerable,
                           refused_unanswerable])
    assert s["r1"] == pytest.approx(3 / 5) and s["r5"] == pytest.approx(4 / 5)
    assert s["mrr"] == pytest.approx((1 + 0.5 + 1 + 1 + 0) / 5)
    assert s["amount"] == pytest.approx(1 / 2) and s["departments"] == pytest.approx(1 / 2)
    assert s["refusal"] == pytest.approx(1 / 2) and s["false_refusal"] == pytest.approx(1 / 5)
    assert s["passed"] == pytest.approx(2 / 7)


def test_the_questions_load_with_both_splits():
    questions = load_library_questions()
    assert len(questions) == 6361 and {q.split for q in questions} == {"dev", "test", "unseen"}
    # the test split stays as frozen (222 of the first 521); the 2430 written later (-n001…090 in the sixth
    # session, -m001…060 in the seventh, -p001…060 in the eighth, -q001…060 in the ninth, -r001…060 in the
    # tenth, -s001…060 in the eleventh, -t001…060 in the twelfth, -u001…060 in the thirteenth, -v001…060 in
    # the fourteenth, -w001…060 in the fifteenth; d-x001…090, on the 丁地区 documents added in the sixteenth;
    # e-y001…090 on 戊地区 in the seventeenth; -z001…180 over all 25 documents in the eighteenth;
    # -k001…060 of each of 甲, 乙, 丙 in the twenty-eighth; the held-out batches after it, -j -h -g -f -d -c -b,
    # -e001…040 of each area in the thirty-fifth, -i001…040 in the thirty-sixth, -l001…040 in the thirty-seventh
    # and -o001…040 in the thirty-eighth; f-a001…150 on the 己地区 documents added in the fortieth, g-a001…150 on
    # 庚地区 in the forty-first, h-a001…150 on 辛地区 in the forty-second, i-a001…150 on 壬地区 in the forty-third) are
    # all dev; j-a001…150 on 癸地区, added in the forty-fourth, are the split `unseen`: documents and questions no
    # rule has been chosen on, measured as they come; k-a001…150 on 子地区, added in the forty-fifth, are dev;
    # l-a001…150 on 丑地区, added in the forty-sixth (publication shapes the library had not held: a province's 申报指南
    # by 专题, a city's press-conference transcript, a county bureau's reply to a deputy's suggestion, a town's
    # 实施方案, a zone's 免申即享 list), are `unseen` too, held out from the moment they were written; m-a001…150 on
    # 寅地区 and n-a001…150 on 卯地区, added in the fifty-fourth, are dev (read once before any rule saw them)
    assert sum(q.split == "test" for q in questions) == 222
    assert {q.id for q in questions if q.split == "unseen"} == {f"{p}-a{n:03d}" for p in "jl" for n in range(1, 151)}
    assert all(q.split == "dev" for q in questions
               if re.search(r"-[a-z]\d", q.id) and not q.id.startswith(("j-", "l-")))
    assert len({q.id for q in questions}) == 6361
    assert all(bool(q.gold) == q.answerable for q in questions)


def test_the_library_corpus_holds_every_document_by_its_stem_and_the_gold_texts(tmp_path: Path):
    stems = write_library_corpus(LIBRARY / "docs", tmp_path / "corpus")
    corpus = load_corpus(tmp_path / "corpus")
    assert sorted(stems) == sorted(p.stem for p in (LIBRARY / "docs").iterdir())
    # a notice carrying one measure is still one document; a 决定 whose own items stand before the measure it
    # re-publishes is two (the second numbered after the stem)
    assert set(corpus.documents) == set(stems) | {"i1_tanzhou_xiugai-2", "j2_chaxi_huibian-2", "j2_chaxi_huibian-3",
                                               "k2_xiangdai_heding-2"}
    gold = [g for q in load_library_questions() for g in q.gold]
    found = [g for g in gold if any(matches_gold(c, corpus.documents[c.doc_id], g) for c in corpus.clauses)]
    assert len(found) / len(gold) > 0.95  # the labels fit the text as parsed (c-161's 附件 line is the one miss)
    before = (tmp_path / "corpus" / "manifest.json").stat().st_mtime_ns
    write_library_corpus(LIBRARY / "docs", tmp_path / "corpus")
    assert (tmp_path / "corpus" / "manifest.json").stat().st_mtime_ns == before  # unchanged: not rewritten


def test_four_systems_run_on_a_small_library_and_report(tmp_path: Path, fake_embedder):
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("a1_chengjiang_youzhi.txt", "a2_fengling_zhizao.pdf"):
        (docs / name).write_bytes((LIBRARY / "docs" / name).read_bytes())
    (tmp_path / "areas.json").write_bytes((LIBRARY / "areas.json").read_bytes())
    assistant = open_library(tmp_path / "work", fake_embedder, docs)
    assert assistant.areas == ["甲地区"]  # the part's documents serve its area (areas.json)
    questions = [q for q in load_library_questions() if q.doc in ("a1_chengjiang_youzhi", "a2_fengling_zhizao")][:12]
    assert {q.area for q in questions} == {"甲地区"}
    results = evaluate_library(assistant, questions, cache_dir=tmp_path / "work" / "naive-cache")
    assert set(results) == {"keyword", "dense", "hybrid", "whole", "naive"}
    assert all(len(outcomes) == len(questions) for outcomes in results.values())
    assert not [o.error for outcomes in results.values() for o in outcomes if o.error]
    markdown = library_section(LibraryRun({"dev": results}, len(assistant.index.documents), 0, 1.0))
    assert "1b946bc" in markdown and "### 按文件（dev，本项目）" in markdown and "### 按题型（dev，本项目）" in markdown
    assert "a1_chengjiang_youzhi" in markdown


@pytest.mark.slow
def test_the_real_embedder_on_a_few_library_questions(tmp_path: Path):
    """The default model over two library documents: the product finds the gold clause of a plain question."""
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("a1_chengjiang_youzhi.txt", "b1_yunshan_shishixize.txt"):
        (docs / name).write_bytes((LIBRARY / "docs" / name).read_bytes())
    (tmp_path / "areas.json").write_bytes((LIBRARY / "areas.json").read_bytes())  # questions are asked in their area
    assistant = open_library(tmp_path / "work", docs_dir=docs)
    questions = [q for q in load_library_questions() if q.id in ("a-001", "a-002", "a-005")]
    results = evaluate_library(assistant, questions, systems=("hybrid",))
    summary = summarize_library(results["hybrid"])
    assert summary["n"] == 3 and summary["r5"] >= 2 / 3


@pytest.mark.slow
def test_the_real_embedder_leads_with_the_clause_that_answers_the_kind_asked(tmp_path: Path):
    """Of the clauses that answer, the one where the applicant acts for a procedure (not the conditions before it),
    and the document's contact line for whom to call (not the article on who takes applications)."""
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("d1_daichuan_zhuanxiang.pdf", "d5_zhangkou_jiangli.txt"):
        (docs / name).write_bytes((LIBRARY / "docs" / name).read_bytes())
    assistant = open_library(tmp_path / "work", docs_dir=docs)
    _, hits = assistant.explain("想申请岱川省制造业高质量发展专项资金，大概是个什么流程？")
    assert hits[0].clause.clause_id in ("d1_daichuan_zhuanxiang/第三章", "d1_daichuan_zhuanxiang/第十四条")
    answer, hits = assistant.explain("樟口镇企业发展奖励政策找谁咨询？电话多少？")
    assert hits[0].clause.clause_id == "d5_zhangkou_jiangli/第十六条" and "0748-5562318" in answer.answer
