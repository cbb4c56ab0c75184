"""Every development-library document read as `app.py add` reads it: title, 文号, issuer, jurisdiction,
issuer level, industry, and for a few clauses of each its number, departments and amounts.

The expected values were written by reading each document in evaluation/library/docs/. The library is
the per-format fixture: .txt (UTF-8, GB18030 with CRLF, traditional characters), .pdf (text layer,
hard-wrapped), .docx (Word table), .html (saved government pages).
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
    "a4_nanzhu_shiti": ("南渚镇支持实体经济高质量发展若干措施", "南渚府〔2024〕3号", "南渚镇", 18),
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
    "c4_baisha_jiangli": ("白沙镇促进工业经济发展奖励办法", "白政发〔2024〕9号", "白沙镇", 22),
    "c5_qinghe_xinnengyuan": ("青禾县支持新能源汽车零部件产业高质量发展若干措施", "青政办发〔2024〕21号", "青禾县", 14),
    # 丁地区, added in the sixteenth session (never seen by a rule before its questions' first reading)
    "d1_daichuan_zhuanxiang": ("岱川省制造业高质量发展专项资金管理实施细则", "岱工信规〔2025〕6号", "岱川省", 32),
    "d2_qingwu_shenbao": ("关于组织申报2026年度青梧市工业企业梯度培育奖励的通知", "青工信联〔2026〕7号", "青梧市", 39),
    "d3_heming_ruogan": ("鹤鸣县促进工业经济稳进提质的若干政策", "鹤政规〔2025〕5号", "鹤鸣县", 33),
    "d4_qingwu_kaifaqu": ("青梧经开区2026年惠企政策兑现清单", "青经开管发〔2026〕2号", "青梧经济技术开发区", 23),
    "d5_zhangkou_jiangli": ("樟口镇促进企业高质量发展奖励办法", "樟府发〔2025〕12号", "樟口镇", 32),
    # 戊地区, added in the seventeenth session (first read on db12a05, before any rule had seen them)
    # (e1's cover letter, which names whom to reach, is its 第1段)
    "e1_jingshan_jishu": ("璟山省技术改造和数字化转型专项资金管理办法", "璟工信规〔2025〕6号", "璟山省", 46),
    "e2_tongchuan_zhinan": ("关于组织申报2026年度专精特新、制造业单项冠军和小升规企业奖励的通知", "桐工信联〔2026〕4号",
                            "桐川市", 43),
    "e3_zhexi_banfa": ("柘溪县促进工业企业提质增效奖励办法", "柘政办规〔2025〕5号", "柘溪县", 38),
    "e4_tongchuan_gaoxin": ("桐川高新区2026年度惠企政策兑现清单", "桐高管发〔2026〕4号", "桐川高新技术产业开发区", 21),
    "e5_xingping_tongzhi": ("关于开展2025年度企业奖励申报工作的通知", "杏府〔2026〕6号", "杏坪镇", 45),
    # 己地区, added in the fortieth session (first read on a579b1b, before any rule had seen them); f1's 文号 line
    # stands under the title though the PDF's lines are hard-wrapped; f2's head carries a site's 索引号 fields
    "f1_jiyuan": ("霁原省中小企业高质量发展专项资金管理实施细则", "霁工信规〔2024〕3号", "霁原省", 25),
    "f2_zhiling": ("关于组织申报2024年度芷陵市制造业高质量发展奖补资金的通知", "芷工信联〔2024〕21号", "芷陵市", 35),
    "f3_liaochuan": ("蓼川县促进工业经济高质量发展若干措施", "蓼政办发〔2024〕9号", "蓼川县", 34),
    "f4_dibu": ("荻埠镇促进企业发展奖励办法", "荻府发〔2024〕12号", "荻埠镇", 21),
    "f5_luting": ("芷陵市鹭汀经济开发区2024年度惠企政策兑现清单", "", "鹭汀经济开发区", 29),  # (no 文号 of its own)
    # 庚地区, added in the forty-first session (first read on 5263ea4, before any rule had seen them): g1's PDF table
    # wraps its cells onto more lines and its 文号 runs atop the measures' pages; g2 is a 政策解读 (问/答) with no
    # 文号; g4's page names its issuer only under the text; g5's measures are the attachment of a notice
    "g1_sanglai": ("桑濑市2025年度制造业高质量发展专项资金奖补标准", "桑工信联〔2025〕12号", "桑濑市", 24),
    "g2_langyu": ("《琅屿省促进专精特新中小企业高质量发展若干措施》政策解读", "", "琅屿省", 19),
    "g3_puwan": ("蒲湾县工业企业技术改造和扩大有效投资奖补实施细则", "蒲政办发〔2025〕7号", "蒲湾县", 40),
    "g4_zhiyuan": ("枳园街道关于促进楼宇经济和商贸服务业发展的扶持措施（试行）", "", "枳园街道", 29),
    "g5_puwan_kaifaqu": ("2025年度惠企政策兑现申报指南", "蒲开管〔2025〕19号", "蒲湾经济开发区", 33),
    # 辛地区, added in the forty-second session (first read on 839774a, before any rule had seen them): h1's award
    # table split over two Word tables; h2 a 征求意见稿 under a site's 意见征集 fields, signed at its end; h4 a post
    # (●【label】 items, ▲ notes, a time stamp under its title, a trailer); h5's own 文号 is none (it cites two)
    "h1_tangyi_zhinan": ("关于组织申报2025年度棠邑市工业高质量发展专项资金项目的通知", "棠工信联〔2025〕8号", "棠邑市",
                         35),
    "h2_weitang_zhengqiu": ("苇塘县推动制造业高质量发展若干政策措施（征求意见稿）", "", "苇塘县", 14),
    "h3_weitang_ruogan": ("苇塘县推动制造业高质量发展若干政策措施", "苇政发〔2025〕14号", "苇塘县", 20),
    "h4_weitang_gaoxin": ("政策汇编｜苇塘高新区惠企政策“明白纸”来了（2025版）", "", "苇塘高新区", 28),
    "h5_linji_tongzhi": ("蔺集镇人民政府关于开展2024年度企业奖励申报工作的通知", "", "蔺集镇", 29),
    # 壬地区, added in the forty-third session (first read on this session's rules, before any rule had seen them):
    # i1 a 修改决定 (its nine amendment items a document of its own) followed by the amended 办法 (which carries the
    # 决定's 文号); i2 a county's 惠企政策清单 table with no 文号 of its own; i3 a zone's 实施细则 in a two-column
    # gazette PDF; i4 a scanned 公示 (OCR; it cites the town's 办法, its own number is none); i5 a 12345 knowledge-base
    # export in Markdown, whose title names its city without 市 (檀州12345…: the place of 檀州市's documents)
    "i1_tanzhou_xiugai-1": ("关于修改《檀州市专精特新中小企业培育奖励办法》部分条款的决定", "檀政规〔2025〕4号",
                            "檀州市", 9),
    "i1_tanzhou_xiugai-2": ("檀州市专精特新中小企业培育奖励办法", "檀政规〔2025〕4号", "檀州市", 29),
    "i2_jiaquan_qingdan": ("葭泉县2025年惠企政策清单", "", "葭泉县", 34),
    "i3_jiaquan_kaifaqu": ("葭泉经济开发区产业发展扶持办法实施细则", "葭开管发〔2025〕5号", "葭泉经济开发区", 38),
    "i4_shinan_gongshi": ("关于2024年度工业经济发展奖励资金拟兑现名单的公示", "", "石楠镇", 16),
    "i5_tanzhou_zhishiku": ("檀州12345政务服务便民热线知识库·企业服务专区（导出）", "", "檀州市", 16),
    # 癸地区, added in the forty-fourth session as the held-out split `unseen` (no rule chosen on it): j1 a city's
    # 专项资金管理办法 (.docx, its 表1 with merged 类别 cells read as rows 第六条<类别>); j2 a county's 政策汇编 PDF
    # holding three measures, each with its own title and 文号; j3 a town's 公众号 一图读懂 page (.html, no 文号 of
    # its own); j4 a zone's 申报指南 (.txt, sections 1.–7. holding their decimal items 1.1–7.2); j5 a county's 兑现通知
    # written as 问/答 pairs (.docx) with a form in its 附件
    "j1_lizhou_zijin": ("藜州市工业和信息化专项资金管理办法", "藜财规〔2025〕3号", "藜州市", 40),
    "j2_chaxi_huibian-1": ("汊溪县推动工业经济高质量发展若干措施", "汊政发〔2025〕6号", "汊溪县", 10),
    "j2_chaxi_huibian-2": ("汊溪县支持科技创新和人才引育若干措施", "汊政办发〔2025〕9号", "汊溪县", 8),
    "j2_chaxi_huibian-3": ("汊溪县促进商贸流通业发展实施办法", "汊商务联〔2025〕2号", "汊溪县", 7),
    "j3_shandun_jiedu": ("一图读懂｜杉墩镇支持实体经济发展“十条”出炉，最高奖10万元！", "", "杉墩镇", 14),
    "j4_chaxi_kaifaqu_zhinan": ("汊溪经济开发区2025年度产业扶持资金申报指南", "汊开经发〔2026〕3号", "汊溪经济开发区",
                                29),
    "j5_chaxi_duixian_wenda": ("关于开展2025年度惠企政策集中兑现工作的通知", "汊工信联〔2026〕2号", "汊溪县", 27),
    # 子地区, added in the forty-fifth session (dev): k1 a city's 实施细则 as a text PDF (一、 then 1.1 / 1.1.1), whose
    # 附件1 (a materials table) was read as a document of its own until the forty-seventh session; k2 a county's 合订本
    # (.docx) of two measures, the second (a 人才 measure of the 县委人才工作领导小组) taking the first one's 文号 and
    # issuer; k3 a 政务服务网 办事指南 page (.html, labelled fields), read with no place and a title that takes the
    # site's name; k4 a town's 拟兑现名单公示 (.html, no 文号 of its own); k5 a zone's 政策解读 (.txt), whose title is
    # read from the site's breadcrumb
    # (k1's 附件1 申报材料清单 and 附件2, tables of wrapped cells, are its own since the forty-seventh session)
    "k1_feizhou_xize": ("榧州市制造业数字化转型专项资金实施细则", "榧工信联〔2025〕11号", "榧州市", 56),
    "k2_xiangdai_heding-1": ("芗埭县促进工业经济高质量发展若干政策", "芗政发〔2025〕8号", "芗埭县", 14),
    "k2_xiangdai_heding-2": ("芗埭县“芗才汇聚”人才引育十条", "芗人才〔2025〕2号", "芗埭县", 14),
    # (the place and issuer of k3, an 办事指南, are its field 实施主体's: 芗埭县工业和信息化局)
    "k3_xiangdai_banshi": ("工业企业技术改造奖补资金兑付", "", "芗埭县", 38),
    "k4_jiwan_gongshi": ("芰湾镇人民政府关于2025年度企业发展奖励拟兑现名单的公示", "", "芰湾镇", 23),
    "k5_binhe_jiedu": ("《芗埭县滨河工业园区产业发展扶持办法》解读", "", "滨河工业园区", 18),
    # 丑地区, added in the forty-sixth session as part of the held-out split `unseen` (no rule chosen on it; the values
    # are what the product reads, measured, not chosen): l1 a province's 申报通知 whose 附件 申报指南 (专题一…专题五)
    # is the document (.pdf; the notice, with the dates and phones, read as its cover letter); l2 a city's 新闻发布会
    # 文字实录 (.html, no 文号, issuer, date or place read); l3 a county bureau's 人大代表建议答复 (.pdf); l4 a town's
    # 实施方案 copied from a 信息公开 page (.txt); l5 a zone's 免申即享 notice whose 附件 list (.docx, a landscape
    # Word table) is the document (the notice read as its cover letter)
    "l1_qiaodong_waijingmao": ("2026年度省级外经贸发展专项资金申报指南", "峤商务财〔2026〕3号", "峤东省", 42),
    "l2_chuzhou_fabuhui": ("《楮州市促进文旅消费若干措施》新闻发布会", "", "楮州市", 22),  # (the measure's place)
    "l3_maoyuan_jianyi_dafu": ("关于县十八届人大五次会议第0057号建议的答复", "泖农建复〔2025〕14号", "泖源县", 13),
    "l4_quetian_minsu_fangan": ("蕖田镇乡村民宿和农文旅融合发展扶持实施方案", "蕖府发〔2026〕3号", "蕖田镇", 22),
    "l5_linggang_mianshen_qingdan": ("2026年第一批“免申即享”事项清单", "楮临管发〔2026〕5号", "楮州临港经济开发区", 13),
    # 寅地区 and 卯地区, added in the fifty-fourth session (first read on 6bb092a): m5 is a post whose points are
    # 政策一…政策十 under ▌ headings (its 💰 dropped from the title); n3 a 问答 page whose items are <span>1</span>
    # <span>问：</span>… (its place that of the measure its title quotes)
    "m1_liyang_rencai": ("栎阳市高层次人才引进培育实施细则", "栎人才办〔2025〕6号", "栎阳市", 26),
    "m2_ruishui_duixian": ("关于组织申报2025年度汭水区科技创新和工业发展政策兑现资金的通知", "汭科经联〔2026〕3号",
                           "汭水区", 33),
    "m3_lihu_louyu": ("鹂湖街道促进楼宇经济和商贸业发展扶持办法（试行）", "鹂街办发〔2025〕8号", "鹂湖街道", 21),
    "m4_changping_jinrong": ("苌平县金融支持实体经济若干措施", "苌政办发〔2025〕11号", "苌平县", 22),
    "m5_liyang_jingkai": ("一文读懂｜栎阳经开区“产业提质政策十条”来了！最高奖励1000万元", "", "栎阳经开区", 22),
    "n1_qinnan_zhiliang": ("溱南省质量标准和知识产权激励办法", "溱市监规〔2025〕6号", "溱南省", 35),
    "n2_qiting_zongbu": ("蕲亭县鼓励总部企业落户发展扶持办法", "蕲政办发〔2026〕3号", "蕲亭县", 34),
    "n3_qicheng_wuliu_wenda": ("《桤城市促进现代物流业高质量发展若干措施》政策问答", "", "桤城市", 14),
    "n4_luao_buchong_tongzhi": ("芦岙镇促进乡村产业振兴奖补办法", "芦府发〔2026〕4号", "芦岙镇", 17),
    "n5_qiting_kaifaqu_duixian": ("关于发布2026年度惠企政策申报指南暨2025年度政策兑现结果的公示", "蕲开管〔2026〕7号",
                                  "蕲亭经济开发区", 26),
}


# (issuer as printed, issuer level, industry). "" issuer: the text names none (b5 is issued 经市政府同意
# under a 文号 only). Industry "" for measures any enterprise may qualify under (制造业 in general,
# 中小企业 and 专精特新 honours, 科技创新, 总部经济, 实体经济); c5 is for one industry.
DOCUMENTS = {
    "a1_chengjiang_youzhi": ("澄江省工业和信息化厅 澄江省财政厅", "province", ""),
    "a2_fengling_zhizao": ("枫岭市人民政府", "city", ""),
    "a3_xitong_yanfa": ("溪桐县科学技术局 溪桐县财政局", "county", ""),
    "a4_nanzhu_shiti": ("南渚镇人民政府", "town", ""),
    "a5_fengling_gaoxin": ("枫岭高新区管委会", "zone", ""),
    "b1_yunshan_shishixize": ("云山县人民政府", "county", ""),
    "b2_qihe_ruoganzhengce": ("栖禾县人民政府", "county", ""),
    "b3_lanzhou_shenbaozhinan": ("澜州市工业和信息化局", "city", ""),
    "b4_lanzhou_gaoxin_zongbu": ("澜州高新技术产业开发区管理委员会", "zone", ""),
    "b5_lanjiang_jigai_cuoshi": ("", "city", ""),
    "c1_jianglan_zhizao": ("江澜省工业和信息化厅 江澜省财政厅", "province", ""),
    "c2_linlan_keji": ("松川市临澜区人民政府", "county", ""),
    "c3_songchuan_jigai": ("松川市工业和信息化局 松川市财政局", "city", ""),
    "c4_baisha_jiangli": ("白沙镇人民政府", "town", ""),
    "c5_qinghe_xinnengyuan": ("青禾县人民政府办公室", "county", "新能源汽车零部件"),
    "d1_daichuan_zhuanxiang": ("岱川省工业和信息化厅 岱川省财政厅", "province", ""),
    "d2_qingwu_shenbao": ("青梧市工业和信息化局 青梧市财政局", "city", ""),
    "d3_heming_ruogan": ("鹤鸣县人民政府", "county", ""),
    "d4_qingwu_kaifaqu": ("青梧经济技术开发区管委会", "zone", ""),
    "d5_zhangkou_jiangli": ("樟口镇人民政府", "town", ""),
    "e1_jingshan_jishu": ("璟山省工业和信息化厅 璟山省财政厅", "province", ""),
    "e2_tongchuan_zhinan": ("桐川市工业和信息化局 桐川市财政局", "city", ""),
    "e3_zhexi_banfa": ("柘溪县人民政府办公室", "county", ""),
    "e4_tongchuan_gaoxin": ("桐川高新技术产业开发区管理委员会", "zone", ""),
    "e5_xingping_tongzhi": ("杏坪镇人民政府", "town", ""),
    "f1_jiyuan": ("霁原省工业和信息化厅 霁原省财政厅", "province", ""),
    "f2_zhiling": ("芷陵市工业和信息化局 芷陵市财政局", "city", ""),
    "f3_liaochuan": ("蓼川县人民政府办公室", "county", ""),
    "f4_dibu": ("荻埠镇人民政府", "town", ""),
    "f5_luting": ("芷陵市鹭汀经济开发区管理委员会", "zone", ""),
    "g1_sanglai": ("桑濑市工业和信息化局 桑濑市财政局", "city", ""),
    "g2_langyu": ("琅屿省工业和信息化厅", "province", ""),
    "g3_puwan": ("蒲湾县人民政府办公室", "county", ""),
    "g4_zhiyuan": ("蒲湾县枳园街道办事处", "town", ""),  # (its signature, above the date)
    "g5_puwan_kaifaqu": ("蒲湾经济开发区管理委员会", "zone", ""),
    "h1_tangyi_zhinan": ("棠邑市工业和信息化局 棠邑市财政局", "city", ""),
    "h2_weitang_zhengqiu": ("苇塘县工业和信息化局", "county", ""),  # (its signature, under the draft)
    "h3_weitang_ruogan": ("苇塘县人民政府", "county", ""),
    "h4_weitang_gaoxin": ("", "zone", ""),  # (a post names its account, no issuer)
    "h5_linji_tongzhi": ("蔺集镇人民政府", "town", ""),
    "i1_tanzhou_xiugai-1": ("檀州市人民政府", "city", ""),
    "i1_tanzhou_xiugai-2": ("檀州市人民政府", "city", ""),
    "i2_jiaquan_qingdan": ("葭泉县优化营商环境工作领导小组办公室", "county", ""),
    "i3_jiaquan_kaifaqu": ("葭泉经济开发区管理委员会", "zone", ""),
    "i4_shinan_gongshi": ("石楠镇人民政府", "town", ""),
    "i5_tanzhou_zhishiku": ("", "city", ""),  # (a hotline's export names no issuer)
    "j1_lizhou_zijin": ("藜州市财政局 藜州市工业和信息化局", "city", ""),
    "j2_chaxi_huibian-1": ("汊溪县人民政府", "county", ""),
    "j2_chaxi_huibian-2": ("汊溪县人民政府办公室", "county", ""),
    "j2_chaxi_huibian-3": ("汊溪县商务局 汊溪县财政局", "county", ""),
    "j3_shandun_jiedu": ("", "town", ""),  # (a post names its account, no issuer)
    "j4_chaxi_kaifaqu_zhinan": ("汊溪经济开发区管理委员会经济发展局", "zone", ""),
    "j5_chaxi_duixian_wenda": ("汊溪县工业和信息化局 汊溪县财政局", "county", ""),
    "k1_feizhou_xize": ("榧州市工业和信息化局 榧州市财政局", "city", ""),
    "k2_xiangdai_heding-1": ("芗埭县人民政府", "county", ""),
    "k2_xiangdai_heding-2": ("中共芗埭县委人才工作领导小组", "county", ""),
    # (a service guide names its 实施主体, no issuer; its level, county, is not read)
    "k3_xiangdai_banshi": ("芗埭县工业和信息化局", "county", ""),
    "k4_jiwan_gongshi": ("芰湾镇人民政府", "town", ""),
    "k5_binhe_jiedu": ("滨河工业园区管理委员会", "zone", ""),  # (the site's name above the 解读)
    "l1_qiaodong_waijingmao": ("峤东省商务厅 峤东省财政厅", "province", ""),
    "l2_chuzhou_fabuhui": ("", "city", ""),  # (a press conference's transcript: its 市政府新闻办 is not read as issuer)
    "l3_maoyuan_jianyi_dafu": ("泖源县农业农村局", "county", ""),
    "l4_quetian_minsu_fangan": ("蕖田镇人民政府", "town", ""),
    "l5_linggang_mianshen_qingdan": ("楮州临港经济开发区管理委员会", "zone", ""),
    # (a joint signature, each body on a line of its own above the date: m1, m2; a 街道办事处 of a 区人民政府: m3)
    "m1_liyang_rencai": ("中共栎阳市委人才工作领导小组办公室 栎阳市人力资源和社会保障局 栎阳市财政局", "city", ""),
    "m2_ruishui_duixian": ("栎阳市汭水区科学技术局 栎阳市汭水区经济和信息化局 栎阳市汭水区财政局", "county", ""),
    "m3_lihu_louyu": ("栎阳市汭水区人民政府鹂湖街道办事处", "town", ""),
    "m4_changping_jinrong": ("苌平县人民政府办公室", "county", ""),
    "m5_liyang_jingkai": ("", "zone", ""),  # (a 公众号's post: its account, 栎阳经开发布, is no issuer)
    "n1_qinnan_zhiliang": ("溱南省市场监督管理局 溱南省财政厅", "province", ""),
    "n2_qiting_zongbu": ("蕲亭县人民政府办公室", "county", ""),
    "n3_qicheng_wuliu_wenda": ("", "city", ""),
    "n4_luao_buchong_tongzhi": ("芦岙镇人民政府", "town", "乡村"),
    "n5_qiting_kaifaqu_duixian": ("蕲亭经济开发区管理委员会", "zone", ""),
}

# Documents the parser still reads wrongly: the right values stand above and are held as strict xfails
# (test_misread_documents), the rest compared exactly. (Mended in the forty-fifth session by rules chosen on 子地区's
# dev documents: a 汇编's or 合订本's later measures take their own notice's 文号 and date, j2-2/-3 and k2-2; a page's
# title stands alone before its site bar, j3 and k3; a breadcrumb is page furniture and a column tag no title, k5.)
MISREAD = {
    "k2_xiangdai_heding-2": "its issuer (中共芗埭县委人才工作领导小组: no office's suffix) is not read",
}

# clause id -> (number as printed, departments, amounts in yuan). Departments come from the clause's own
# （责任单位：…）, a label line closing its section, a table column, or a sentence about the whole document.
CLAUSES = {
    # a1 .txt: 第X条 with a 责任单位 line after the article; 解释 by two units
    "a1_chengjiang_youzhi/第六条": ("第六条", ("省工业和信息化厅中小企业处",), (1000000, 200000)),
    "a1_chengjiang_youzhi/第七条": ("第七条", ("省工业和信息化厅产业政策与法规处",), (3000000, 1500000, 500000)),
    "a1_chengjiang_youzhi/第二十条": ("第二十条", ("省工业和信息化厅", "省财政厅"), ()),
    # a2 .pdf: four-level numbering, 10 万/元 and （责任单位：市/金融办…） broken over lines
    "a2_fengling_zhizao/一.（一）.1": ("一、（一）1.", ("市经信局", "市财政局"), (500000, 1000000, 2000000, 5000000)),
    "a2_fengling_zhizao/一.（一）.2": ("一、（一）2.", ("市经信局", "市统计局"), (100000, 50000)),
    "a2_fengling_zhizao/三.（一）.2.（1）": ("三、（一）2.（1）", ("市经信局", "市财政局"), (3000000,)),
    # a3 .html: a notice page; no 责任单位 anywhere (the contacts close the page)
    "a3_xitong_yanfa/三.（一）": ("三、（一）", (), (1000000,)),
    "a3_xitong_yanfa/三.（二）": ("三、（二）", (), (200000,)),
    # a4 .txt: numbering runs through sections; units only in a closing 负责解释和兑现 sentence
    "a4_nanzhu_shiti/二.1": ("二、1.", ("南渚镇经济发展办公室", "镇财政所"), (50000,)),
    "a4_nanzhu_shiti/二.2": ("二、2.", ("南渚镇经济发展办公室", "镇财政所"), (300000,)),
    "a4_nanzhu_shiti/三.6": ("三、6.", ("南渚镇经济发展办公室", "镇财政所"), (50000, 20000)),
    # a5 .docx: Word table rows by 序号, 责任科室 column
    "a5_fengling_gaoxin/1": ("1", ("科技创新局",), (200000, 100000)),
    "a5_fengling_gaoxin/4": ("4", ("经济发展局",), (3000000,)),
    "a5_fengling_gaoxin/10": ("10", ("人才工作办公室",), (2000000, 1000000, 500000)),
    # b1 .txt traditional characters, full-width digits
    "b1_yunshan_shishixize/三.（一）.1": ("三、（一）1.", ("县工信局",), (500000, 200000, 50000)),
    "b1_yunshan_shishixize/三.（一）.2": ("三、（一）2.", ("县工信局", "县统计局"), (100000, 50000)),
    # b2 .txt GB18030 + CRLF: units only in 第十七条 附则 (兑现 before 解释)
    "b2_qihe_ruoganzhengce/第二条": ("第二条", ("县财政局", "县经济和信息化局"), (80000,)),
    "b2_qihe_ruoganzhengce/第三条": ("第三条", ("县财政局", "县经济和信息化局"), (100000, 300000, 500000)),
    # b3 .docx: cover notice + 指南; 受理部门 label line
    "b3_lanzhou_shenbaozhinan/三.1": ("三、1.", (), (100000,)),
    "b3_lanzhou_shenbaozhinan/三.2": ("三、2.", (), (50000,)),
    "b3_lanzhou_shenbaozhinan/七": ("七、", ("澜州市工业和信息化局中小企业科",), ()),
    # b4 .html: a tier <table> under 二、, rows by 档次
    "b4_lanzhou_gaoxin_zongbu/二.第一档": ("二、第一档", ("经济发展局企业服务科",), (300000,)),
    "b4_lanzhou_gaoxin_zongbu/二.第三档": ("二、第三档", ("投资促进局总部经济科",), (1500000,)),
    # b5 .txt pipe table
    "b5_lanjiang_jigai_cuoshi/2": ("2", ("市工业和信息化局", "市财政局"), (2000000,)),
    "b5_lanjiang_jigai_cuoshi/7": ("7", ("市工业和信息化局",), (1000000, 300000, 100000)),
    # c1 .pdf: hard-wrapped at 32 characters, 1 亿/元 broken, (三) half-width; contacts per 处室, no 责任单位
    "c1_jianglan_zhizao/一.（一）": ("一、（一）", (), (10000000,)),
    "c1_jianglan_zhizao/一.（二）": ("一、（二）", (), (2000000, 500000, 3000000)),
    "c1_jianglan_zhizao/一.（六）": ("一、（六）", (), (5000000, 2000000, 1000000, 200000)),
    # c2 .txt: 责任部门 once per section
    "c2_linlan_keji/一.（一）.1": ("一、（一）1.", ("区科技局",), (300000, 100000)),
    "c2_linlan_keji/一.（一）.2": ("一、（一）2.", ("区科技局",), (200000,)),
    # c3 .txt: 牵头单位 / 配合单位 lines closing an article
    "c3_songchuan_jigai/第六条.（一）": ("第六条（一）", ("市工业和信息化局", "市财政局"), (3000000,)),
    "c3_songchuan_jigai/第六条.（三）": ("第六条（三）", ("市工业和信息化局", "市财政局"), (500000,)),
    # c4 .txt CRLF: units in an unnumbered closing paragraph
    "c4_baisha_jiangli/二.（一）": ("二、（一）", ("镇经济发展服务中心", "镇财政所", "白沙镇人民政府"),
                                   (50000, 100000, 200000)),
    "c4_baisha_jiangli/二.（二）": ("二、（二）", ("镇经济发展服务中心", "镇财政所", "白沙镇人民政府"), (20000,)),
    # c5 .txt: a notice of one measure, title broken over two lines
    "c5_qinghe_xinnengyuan/一.（一）": ("一、（一）", ("县工业和信息化局",), ()),
    "c5_qinghe_xinnengyuan/二.（一）": ("二、（一）", ("县工业和信息化局", "县财政局"), (5000000,)),
    "d1_daichuan_zhuanxiang/第六条": ("第六条", ("省工业和信息化厅", "省财政厅"), (300000, 1200000)),
    # (a bar the applicant must meet is no sum granted: 缴纳税收不低于30万元)
    "d2_qingwu_shenbao/三.（二）": ("三、（二）", (), ()),
    "d3_heming_ruogan/一.（一）.1": ("一、（一）1.", ("县工信局", "县统计局", "县财政局"), (150000, 50000)),
    "d4_qingwu_kaifaqu/3": ("3", ("经济发展局",), (1000000, 250000, 50000)),
    "d5_zhangkou_jiangli/第六条": ("第六条", ("樟口镇经济发展办公室",), (100000, 150000)),
    # e1 .pdf: units from the closing 负责解释 article
    "e1_jingshan_jishu/第九条": ("第九条", ("省工业和信息化厅", "省财政厅"), (800000, 2000000, 4000000)),
    # e2 .docx: a Word award table, 责任科室 column
    "e2_tongchuan_zhinan/二.小升规企业": ("二、小升规企业", ("运行监测科",), (100000,)),
    # e3 .txt GBK: sums in Chinese numerals (奖励十五万元), (责任单位：…) closing each article
    "e3_zhexi_banfa/第四条": ("第四条", ("县经济和信息化局", "县统计局"), (150000, 50000)),
    # e4 .html: a table with rowspan and colspan, 兑现部门 column
    "e4_tongchuan_gaoxin/3": ("3", ("经济发展局",), (200000, 500000, 1500000)),
    # e5 .txt CRLF: 一、/1、/(1); 另加奖 an add-on
    "e5_xingping_tongzhi/二.2": ("二、2.", ("镇经济发展服务中心",), (60000, 20000)),
    # f1 .pdf: a tier per sentence, each with its own cap; units from the closing 负责解释 article
    "f1_jiyuan/第七条": ("第七条", ("省工业和信息化厅", "省财政厅"), (1500000, 5000000)),
    # f2 .docx: a Word table under a site's fields, 受理单位 column
    "f2_zhiling/一.9": ("一、9", ("市工业和信息化局技术改造与投资科",), (3000000,)),
    # f3 .txt GB18030: a 分别 list of first crossings; units closing a sub-list
    "f3_liaochuan/二.（二）": ("二、（二）", ("县经信局",), (100000, 300000, 500000)),
    "f3_liaochuan/二.（四）.3": ("二、（四）3.", ("县经信局", "县税务局", "县财政局"), ()),
    # f4 .txt traditional, CRLF: units only in the closing clauses; a range of bars (200万元（含）至500万元) no sum
    "f4_dibu/一.（一）.2": ("一、（一）2.", ("镇财政所", "荻埠镇经济发展办公室"), (50000,)),
    # f5 .html: rowspan/colspan table, 责任科室 column, sums per m² of a term's years (their yearly cap a limit)
    "f5_luting/5": ("5", ("投资促进局",), (8, 4)),
    # g1 .pdf: a table whose cells wrap onto more lines, read row by row; 分别 sums paired with the cell listing
    # what they are for (新认定的国家级绿色工厂、省级绿色工厂)
    "g1_sanglai/二.1": ("二、1", ("运行监测科",), (500000, 1000000, 1500000, 3000000)),
    "g1_sanglai/二.7": ("二、7", ("节能与综合利用科",), (1000000, 300000)),
    "g1_sanglai/二.10": ("二、10", ("中小企业科",), (50000,)),  # (年度最高20万元: 5万元's limit)
    # g2 .docx 政策解读: a numbered extract of the measures, then 问/答 (no units named per measure)
    "g2_langyu/二.1": ("二、1.", (), (1000000, 300000)),
    "g2_langyu/二.4": ("二、4.", (), (500000,)),
    # g3 .txt 实施细则: 第X条 with （一） inside
    "g3_puwan/第四条.（三）": ("第四条（三）", ("县工业和信息化局",), (8000000,)),
    "g3_puwan/第六条.（二）": ("第六条（二）", ("县工业和信息化局",), (3000000,)),
    # g4 .html: items numbered 1）, sums in capital numerals (捌万元, 壹拾伍万元) and in 元
    "g4_zhiyuan/二.5）": ("二、5）", ("枳园街道经济发展办公室",), (80000, 150000)),
    "g4_zhiyuan/二.7）": ("二、7）", ("枳园街道经济发展办公室",), (20000, 10000)),
    # g5 .txt: a table ruled with full-width bars, its unit stated above it (金额单位：万元)
    "g5_puwan_kaifaqu/二.4": ("二、4", ("资产管理中心",), (600000,)),
    "g5_puwan_kaifaqu/二.12": ("二、12", ("财政金融局",), (1000000, 1000000, 2000000)),
    # h1 .docx: 表1 continued in a second Word table (表1（续）), its rows one table
    "h1_tangyi_zhinan/一.4": ("一、4", ("运行监测协调科",), (500000, 1000000, 2000000, 3000000)),
    "h1_tangyi_zhinan/一.5": ("一、5", ("中小企业科",), (800000, 200000)),
    # h2 .txt draft: the unit that interprets it stands for every item
    "h2_weitang_zhengqiu/二.5": ("二、5.", ("县工业和信息化局",), (50000,)),
    # h3 .pdf: a closing item gives each run of items its unit (第7—9条由县科学技术局负责)
    "h3_weitang_ruogan/三.7": ("三、7.", ("县科学技术局",), (800000,)),
    "h3_weitang_ruogan/四.12": ("四、12.", ("县投资促进中心",), (8,)),
    # h4 .txt post: ●【label】 items named by their label, ▲ notes by their place
    "h4_weitang_gaoxin/一.【落户奖励】": ("一、【落户奖励】", (), (500000, 1200000, 3000000)),
    "h4_weitang_gaoxin/三.▲1": ("三、▲1", (), ()),
    # h5 .html: the schedule a table with a 责任单位 column
    "h5_linji_tongzhi/二.1": ("二、1.", (), (30000, 60000, 100000)),
    "h5_linji_tongzhi/三.第1行": ("三、第1行", ("镇经济发展办公室",), ()),
    # i1 .docx: the 决定's amendment items (what a new wording grants) and the amended 办法's 第X条
    "i1_tanzhou_xiugai-1/五": ("五、", (), (300000,)),
    "i1_tanzhou_xiugai-2/第五条": ("第五条", ("市工业和信息化局",), (500000, 150000, 100000)),
    # i2 .html: a 27-row list whose 责任单位 column names each row's unit
    "i2_jiaquan_qingdan/8": ("8", ("县科学技术局",), (200000, 100000)),
    # i3 .pdf in two columns: a closing article gives runs of articles their units (第九条至…由开发区经济发展局负责)
    "i3_jiaquan_kaifaqu/第九条": ("第九条", ("开发区经济发展局",), (600000,)),
    # i4 scanned .pdf (OCR): the 公示's basis items (一)… with their sums
    "i4_shinan_gongshi/一.（一）": ("一、（一）", (), (30000, 50000, 100000)),
    # i5 .md: a knowledge base's entries 1.–13. under 一、…四、, a pipe table's rows under its entry
    "i5_tanzhou_zhishiku/二.7.第2行": ("二、7.第2行", (), (1500,)),
    # j1 .docx: a Word table with merged 类别 cells, rows read as 第六条<类别>, units from the roles of 第三条
    "j1_lizhou_zijin/第六条.梯度培育~2": ("第六条梯度培育", ("市财政局", "市工业和信息化局"), (200000,)),
    "j2_chaxi_huibian-1/二.4": ("二、4.", ("县工业和信息化局",), (80000, 50000, 30000)),
    "j2_chaxi_huibian-2/第一条": ("第一条", ("县科学技术局",), (200000, 50000)),
    # 寅地区 and 卯地区 (fifty-fourth session): m1 .docx 第X条 with its 款; m3 a 街道's sums in capital numerals
    # (拾万元, 贰拾万元); m5 a post's 政策一…政策十 under its ▌ headings, sums with no 元 (奖励💰10万); n3 a 问答
    # page's items
    "m1_liyang_rencai/第五条": ("第五条", ("市委人才办", "市人力资源和社会保障局"), (3000000, 1500000, 800000, 300000)),
    "m3_lihu_louyu/二.（一）": ("二、（一）", ("街道财政所", "鹂湖街道经济发展办公室"), (100000, 200000)),
    "m5_liyang_jingkai/【政策十条逐条看】.政策三": ("【政策十条逐条看】政策三", (), (100000, 50000)),
    "m5_liyang_jingkai/【政策十条逐条看】.政策五": ("【政策十条逐条看】政策五", (), (1000000, 600000, 200000)),
    "n3_qicheng_wuliu_wenda/问7": ("问7", (), (200000, 500000, 1000000)),
}
# Clauses whose units are given to runs of items in words the parser does not yet read (第1至5项由…负责): the right
# values, held as strict xfails (第一条至第四条…由…负责受理 is read since the forty-seventh session)
CLAUSES_MISREAD = {"j2_chaxi_huibian-1/二.4"}
NO_CLAUSES_YET = {"j2_chaxi_huibian-3", "j3_shandun_jiedu", "j4_chaxi_kaifaqu_zhinan", "j5_chaxi_duixian_wenda",
                  "k1_feizhou_xize", "k2_xiangdai_heding-1", "k2_xiangdai_heding-2",
                  "k3_xiangdai_banshi", "k4_jiwan_gongshi", "k5_binhe_jiedu", "l1_qiaodong_waijingmao",
                  "l2_chuzhou_fabuhui", "l3_maoyuan_jianyi_dafu", "l4_quetian_minsu_fangan",
                  "l5_linggang_mianshen_qingdan", "m2_ruishui_duixian", "m4_changping_jinrong", "n1_qinnan_zhiliang",
                  "n2_qiting_zongbu", "n4_luao_buchong_tongzhi", "n5_qiting_kaifaqu_duixian"}


@pytest.fixture(scope="module")
def library():
    files = {f"{p.stem}.txt": extract_text(p.name, p.read_bytes())
             for p in sorted(Path(LIBRARY / "docs").iterdir()) if p.is_file()}
    return build_corpus(files, {})


def test_every_library_document_title_number_jurisdiction_and_clause_count(library):
    got = {doc_id: (doc.title, doc.doc_number, doc.jurisdiction, sum(c.doc_id == doc_id for c in library.clauses))
           for doc_id, doc in library.documents.items()}
    assert set(got) == set(EXPECTED)
    # (of a misread document, what is read right: its place and its clauses)
    assert {d: v if d not in MISREAD else v[2:] for d, v in got.items()} == {
        d: v if d not in MISREAD else v[2:] for d, v in EXPECTED.items()}


@pytest.mark.parametrize("doc_id", [pytest.param(d, marks=pytest.mark.xfail(strict=True, reason=why))
                                    for d, why in MISREAD.items()])
def test_misread_documents(library, doc_id):
    document = library.documents[doc_id]
    assert (document.title, document.doc_number, document.issuer) == (EXPECTED[doc_id][0], EXPECTED[doc_id][1],
                                                                      DOCUMENTS[doc_id][0])


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


def test_every_library_document_issuer_level_and_industry(library):
    got = {doc_id: (doc.issuer, doc.issuer_level, doc.industry) for doc_id, doc in library.documents.items()}
    assert set(got) == set(DOCUMENTS)
    assert {d: v if d not in MISREAD else v[1:] for d, v in got.items()} == {
        d: v if d not in MISREAD else v[1:] for d, v in DOCUMENTS.items()}


def test_every_format_of_the_library_is_read():
    assert sorted({p.suffix for p in Path(LIBRARY / "docs").iterdir()}) == [".docx", ".html", ".md", ".pdf", ".txt"]


def test_library_clauses_number_departments_and_amounts(library):
    clauses = {c.clause_id: c for c in library.clauses}
    got = {}
    for clause_id in CLAUSES:
        got[clause_id] = _clause_reading(clauses[clause_id])
    assert {c: v for c, v in got.items() if c not in CLAUSES_MISREAD} == {
        c: v for c, v in CLAUSES.items() if c not in CLAUSES_MISREAD}
    # every document has some (but those of the held-out 癸地区 and 丑地区 and of 子地区 not yet given any)
    assert {clause_id.split("/")[0] for clause_id in CLAUSES} == set(DOCUMENTS) - NO_CLAUSES_YET


def _clause_reading(clause):
    amounts = tuple(int(a.value) if float(a.value).is_integer() else a.value for a in clause.amounts)
    return clause.number, clause.departments, amounts


@pytest.mark.parametrize("clause_id", [pytest.param(c, marks=pytest.mark.xfail(
    strict=True, reason="units given to a run of items in words not yet read")) for c in sorted(CLAUSES_MISREAD)])
def test_misread_clauses(library, clause_id):
    assert _clause_reading({c.clause_id: c for c in library.clauses}[clause_id]) == CLAUSES[clause_id]


def test_the_manifest_industry_wins_over_the_text(library):
    files = {"c5_qinghe_xinnengyuan.txt": extract_text(
        "c5_qinghe_xinnengyuan.txt", (LIBRARY / "docs" / "c5_qinghe_xinnengyuan.txt").read_bytes())}
    named = build_corpus(files, {"documents": [{"file": "c5_qinghe_xinnengyuan.txt", "industry": "汽车零部件"}]})
    assert named.documents["c5_qinghe_xinnengyuan"].industry == "汽车零部件"
