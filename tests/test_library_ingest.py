"""Every development-library document read as `app.py add` reads it: title, 文号, jurisdiction, clauses.

The expected values were written by reading each document in evaluation/library/docs/.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from evaluation.library_eval import LIBRARY
from retrieval.documents.corpus import build_corpus
from retrieval.documents.formats import extract_text

EXPECTED = {
    "a1_chengjiang_youzhi": ("澄江省优质中小企业梯度培育奖励办法", "澄省工信规〔2023〕4号", "澄江省", 33),
    "a2_fengling_zhizao": ("枫岭市推动制造业高质量发展若干措施", "枫政发〔2024〕9号", "枫岭市", 24),
    "a3_xitong_yanfa": ("关于开展2024年度溪桐县企业研发投入奖励申报工作的通知", "溪科发〔2024〕15号", "溪桐县", 26),
    "a4_nanzhu_shiti": ("南渚镇支持实体经济高质量发展若干措施", "南渚府〔2024〕3号", "南渚镇", 15),
    "a5_fengling_gaoxin": ("枫岭高新区2024年惠企政策清单", "枫高管发〔2024〕12号", "枫岭高新区", 13),
    "b1_yunshan_shishixize": ("云山县促进制造业高质量发展实施细则", "云府规〔2024〕3号", "云山县", 31),
    "b2_qihe_ruoganzhengce": ("栖禾县促进工业经济稳进提质若干政策", "栖政发〔2024〕12号", "栖禾县", 17),
    "b3_lanzhou_shenbaozhinan": ("2024年度澜州市专精特新中小企业认定及奖励申报指南", "澜工信企〔2024〕9号",
                                 "澜州市", 28),
    "b4_lanzhou_gaoxin_zongbu": ("澜州高新区关于支持总部经济高质量发展的若干措施", "澜高新〔2023〕7号",
                                 "澜州高新技术产业开发区", 13),
    "b5_lanjiang_jigai_cuoshi": ("岚江市支持制造业企业技术改造和数字化转型若干措施", "岚政办发〔2024〕21号",
                                 "岚江市", 14),
    "c1_jianglan_zhizao": ("2024年度省级制造业高质量发展专项资金项目申报指南", "江工信投〔2024〕57号", "江澜省", 32),
    "c2_linlan_keji": ("临澜区促进科技创新高质量发展若干措施", "临政发〔2024〕12号", "临澜区", 21),
    "c3_songchuan_jigai": ("松川市工业企业技术改造专项资金实施细则", "松工信规〔2024〕3号", "松川市", 36),
    "c4_baisha_jiangli": ("白沙镇促进工业经济发展奖励办法", "白政发〔2024〕9号", "白沙镇", 21),
    "c5_qinghe_xinnengyuan": ("青禾县支持新能源汽车零部件产业高质量发展若干措施", "青政办发〔2024〕21号", "青禾县", 14),
}


@pytest.fixture(scope="module")
def library():
    files = {f"{p.stem}.txt": extract_text(p.name, p.read_bytes())
             for p in sorted(Path(LIBRARY / "docs").iterdir()) if p.is_file()}
    return build_corpus(files, {})


def test_every_library_document_title_number_jurisdiction_and_clause_count(library):
    got = {doc_id: (doc.title, doc.doc_number, doc.jurisdiction, sum(c.doc_id == doc_id for c in library.clauses))
           for doc_id, doc in library.documents.items()}
    assert got == EXPECTED


def test_library_units_stated_once_per_section_or_only_in_the_closing_rules_reach_the_clauses(library):
    units = {c.clause_id: c.departments for c in library.clauses}
    assert units["c2_linlan_keji/一.（一）.1"] == ("区科技局",)
    assert units["c2_linlan_keji/五.（二）.1"] == ("区委人才办",)
    assert set(units["b2_qihe_ruoganzhengce/第五条"]) == {"县经济和信息化局", "县财政局"}
    assert units["c4_baisha_jiangli/二.（三）"][:2] == ("镇经济发展服务中心", "镇财政所")
    assert units["b5_lanjiang_jigai_cuoshi/9"] == ("市人力资源和社会保障局",)
    assert units["b4_lanzhou_gaoxin_zongbu/二.第三档"] == ("投资促进局总部经济科",)
    assert units["b1_yunshan_shishixize/三.（一）.2"] == ("县工信局", "县统计局")  # traditional 責任單位 read
    assert library.documents["a4_nanzhu_shiti"].expires == "2025-12-31"  # 有效期2年, not the honour's 3 years
