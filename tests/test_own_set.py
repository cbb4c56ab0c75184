"""A policy office's own test set: loading .csv/.xlsx, the pass/fail rule, the JSON and CSV results."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evaluation.own_set import (
    MAX_ROWS,
    OwnQuestion,
    check_answer,
    expected_amounts,
    expected_departments,
    expects_refusal,
    format_summary,
    load_own_set,
    own_set_csv,
    run_own_set,
)
from retrieval import Amount, Answer, Assistant, Citation

ROWS = [["问题", "标准答案", "金额"], ["省级瞪羚企业奖励多少？", "最高给予30万元奖励", "30万"],
        ["火星企业奖励多少？", "文件未涉及", ""]]


def write_csv(path: Path, rows: list[list[str]], encoding: str) -> Path:
    path.write_bytes("\r\n".join(",".join(r) for r in rows).encode(encoding))
    return path


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk"])
def test_csv_in_each_encoding(tmp_path: Path, encoding: str):
    questions = load_own_set(write_csv(tmp_path / "set.csv", ROWS, encoding))
    assert questions == [OwnQuestion(2, "省级瞪羚企业奖励多少？", "最高给予30万元奖励", amounts="30万"),
                         OwnQuestion(3, "火星企业奖励多少？", "文件未涉及")]


def test_xlsx_written_with_openpyxl(tmp_path: Path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["问题", "标准答案", "文件", "条款", "金额"])
    sheet.append(["省级瞪羚企业奖励多少？", "30万元", "生物医药", "二、（三）1.", 300000])
    book.save(tmp_path / "set.xlsx")
    [q] = load_own_set(tmp_path / "set.xlsx")
    assert q == OwnQuestion(2, "省级瞪羚企业奖励多少？", "30万元", "生物医药", "二、（三）1.", "300000")


def bad(tmp_path: Path, rows: list[list[str]]) -> str:
    with pytest.raises(ValueError) as caught:
        load_own_set(write_csv(tmp_path / "set.csv", rows, "utf-8"))
    return str(caught.value)


def test_bad_files_get_a_chinese_message_naming_the_row(tmp_path: Path):
    assert bad(tmp_path, [["问题", "答案"], ["a", "b"]]) == (
        "测试集 set.csv 第 1 行（表头）缺少列 标准答案；无法识别的列 答案。"
        "表头应为：问题、标准答案，可选 文件、条款、金额。")
    assert bad(tmp_path, [["问题"], ["a"]]) == (
        "测试集 set.csv 第 1 行（表头）缺少列 标准答案。表头应为：问题、标准答案，可选 文件、条款、金额。")
    assert bad(tmp_path, [["问题", "标准答案"], ["省级瞪羚奖多少", "30万元"], ["", "20万元"]]) == (
        "测试集 set.csv 第 3 行的「问题」为空。")
    assert bad(tmp_path, [["问题", "标准答案"]]) == "测试集 set.csv 只有表头，没有问题。"
    assert bad(tmp_path, [["问题", "标准答案", "金额"], ["a", "b", "很多"]]) == (
        "测试集 set.csv 第 2 行的「金额」无法识别：很多（应写成 50万元、1.5亿元 或 3000元）。")
    assert bad(tmp_path, [["问题", "标准答案"]] + [["问", "答"]] * (MAX_ROWS + 1)) == (
        f"测试集 set.csv 有 {MAX_ROWS + 1} 行问题，超过 {MAX_ROWS} 行上限，请拆分后再试。")


def test_undecodable_oversized_and_not_a_workbook(tmp_path: Path):
    (tmp_path / "bin.csv").write_bytes(b"\x00\xff\xfe\x00" * 10)
    with pytest.raises(ValueError) as caught:
        load_own_set(tmp_path / "bin.csv")
    assert str(caught.value) == ("无法识别测试集 bin.csv 的编码（支持 UTF-8、GBK、GB18030），"
                                 "请另存为 UTF-8 的 CSV 后重试。")
    big = tmp_path / "big.csv"
    big.write_bytes(b"a" * (10 * 1024 * 1024 + 1))
    with pytest.raises(ValueError) as caught:
        load_own_set(big)
    assert str(caught.value) == "测试集 big.csv 超过 10 MB（10.0 MB），请拆分后再试。"
    (tmp_path / "fake.xlsx").write_bytes("问题,标准答案\n".encode())
    with pytest.raises(ValueError) as caught:
        load_own_set(tmp_path / "fake.xlsx")
    assert str(caught.value) == "测试集 fake.xlsx 不是有效的 Excel 工作簿（.xlsx），请用 Excel 另存为 .xlsx 后重试。"
    with pytest.raises(ValueError, match="请使用 .csv 或 .xlsx"):
        load_own_set(tmp_path / "set.txt")


def test_amounts_departments_and_refusals_in_standard_answers():
    assert expected_amounts("最高５０万，另补1.5亿和3000元、20万元") == [500000, 150000000, 3000, 200000]
    units = expected_departments("本政策由县经济和信息化局负责解释，县财政局负责资金兑现。")
    assert units == ["县经济和信息化局", "县财政局"]
    assert expected_departments("向市经信局和市财政局申报，按规定办理") == ["市经信局", "市财政局"]
    assert expects_refusal("文件未涉及") and expects_refusal("无相关规定") and not expects_refusal("给予30万元")


def answer(found: bool = True, amounts: tuple[float, ...] = (), text: str = "", clause: str = "二、（三）1.") -> Answer:
    citation = Citation("bio-final", "关于支持生物医药产业高质量发展的若干措施", "聊政办发〔2023〕10号", "final",
                        clause, "", "", [], 1.0)
    return Answer("问", text, found, [citation], [Amount(v, "", "", clause) for v in amounts])


def own(expected: str, **extra: str) -> OwnQuestion:
    return OwnQuestion(2, "问", expected, **extra)


def test_the_pass_fail_rule():
    assert check_answer(own("给予50万元奖励"), answer(amounts=(200000,))) == (
        "标准金额 50万元 未出现在回答中（回答金额：20万元）")
    assert check_answer(own("给予20万元奖励", amounts="20万元"), answer(amounts=(200000,))) == ""
    assert check_answer(own("文件未规定"), answer(found=False)) == ""
    assert check_answer(own("没有相关规定"), answer(amounts=(300000,))) == (
        "标准答案为文件未规定，但系统作答了（引用《关于支持生物医药产业高质量发展的若干措施》二、（三）1.）")
    given = answer(amounts=(300000,), text="责任单位：市工业和信息化局")
    assert check_answer(own("30万元，由市财政局兑现"), given) == (
        "责任单位 市财政局 未出现在回答中")
    assert check_answer(own("30万元"), answer(found=False)) == "系统回答文件中未找到相关规定，但标准答案有规定"


def test_file_and_clause_must_match_the_citation():
    given = answer(amounts=(300000,))
    assert check_answer(own("30万元", file="生物医药", clause="二、（三）"), given) == ""
    assert check_answer(own("30万元", file="聊政办发〔2023〕10号"), given) == ""
    reasons = check_answer(own("30万元", file="纺织服装", clause="三、"), given)
    assert reasons.startswith("引用的文件不是「纺织服装」（引用：《关于支持生物医药产业高质量发展的若干措施》")
    assert "引用的条款不是「三、」" in reasons


class StubAssistant:
    """Answers every question with 30万元 from one clause, as `Assistant.explain` does."""

    def explain(self, question: str) -> tuple[Answer, list]:
        return answer(amounts=(300000,), text="最高30万元。"), []


def test_run_gives_the_json_contract_and_a_csv_with_failures_first(tmp_path: Path):
    rows = [["问题", "标准答案"], ["省级瞪羚企业奖励多少？", "30万元"], ["", ""], ["国家级呢？", "奖励999万元"]]
    result = run_own_set(StubAssistant(), load_own_set(write_csv(tmp_path / "set.csv", rows, "utf-8")))
    assert result == {"total": 2, "passed": 1, "questions": [
        {"question": "省级瞪羚企业奖励多少？", "expected": "30万元", "answer": "最高30万元。", "passed": True,
         "reason": ""},
        {"question": "国家级呢？", "expected": "奖励999万元", "answer": "最高30万元。", "passed": False,
         "reason": "标准金额 999万元 未出现在回答中（回答金额：30万元）"}]}
    text = own_set_csv(result)
    assert text.startswith("\ufeff问题,标准答案,系统回答,是否通过,原因\r\n国家级呢？,奖励999万元,最高30万元。,未通过,")
    summary = format_summary(result)
    assert summary.startswith("共 2 题，通过 1 题，未通过 1 题（通过率 50.0%）。")
    assert summary.index("国家级呢？") < summary.index("省级瞪羚企业奖励多少？")


def test_run_on_a_real_library(settings, fake_embedder, tmp_path: Path):
    assistant = Assistant.open(settings, embedder=fake_embedder)
    result = run_own_set(assistant, load_own_set(write_csv(tmp_path / "set.csv", ROWS, "utf-8")))
    assert result["total"] == 2 and [q["question"] for q in result["questions"]] == [r[0] for r in ROWS[1:]]
    assert all(q["passed"] == (q["reason"] == "") for q in result["questions"])
    json.dumps(result, ensure_ascii=False)
