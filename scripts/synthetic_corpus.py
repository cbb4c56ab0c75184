"""A larger corpus for benchmarks, made from the real clauses of corpus/: copy n of every seed file
with another city, industry, product, year, 文号 and amounts, so each copy's clauses are new text
(nothing is served from a vector cache by accident) in the same numbering styles and sentence
patterns. `scale=1` is the seed corpus itself.

    python scripts/synthetic_corpus.py 100 /tmp/corpus-100
"""

from __future__ import annotations

import json
import random
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "corpus"

CITIES = ("济南 青岛 淄博 枣庄 东营 烟台 潍坊 济宁 泰安 威海 日照 临沂 德州 滨州 菏泽 石家庄 唐山 秦皇岛 邯郸 邢台 "
          "保定 张家口 承德 沧州 廊坊 衡水 太原 大同 长治 晋城 朔州 晋中 运城 忻州 临汾 吕梁 郑州 开封 洛阳 平顶山 "
          "安阳 鹤壁 新乡 焦作 濮阳 许昌 漯河 三门峡 南阳 商丘 信阳 周口 驻马店 合肥 芜湖 蚌埠 淮南 马鞍山 淮北 铜陵 "
          "安庆 黄山 滁州 阜阳 宿州 六安 亳州 池州 宣城 南京 无锡 徐州 常州 苏州 南通 连云港 淮安 盐城 扬州 镇江 泰州 "
          "宿迁 杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水 福州 厦门 莆田 三明 泉州 漳州 南平 龙岩 宁德 "
          "南昌 景德镇 萍乡 九江 新余 鹰潭 赣州 吉安 宜春 抚州 上饶 武汉 黄石 十堰 宜昌 襄阳 鄂州 荆门 孝感 荆州 黄冈 "
          "咸宁 随州 长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底").split()
INDUSTRIES = ("新能源汽车 新材料 高端装备 电子信息 绿色化工 现代食品 轻工家居 农机装备 智能制造 集成电路 "
              "新型储能 航空航天 海洋装备 节能环保 数字经济 精细化工 现代物流 文化旅游 冶金铸造 建材陶瓷").split()
PRODUCTS = "铝材 轴承 钢管 玻璃 电池 电机 板材 纸品 机床 轮胎 光伏 芯片 灯具 家具 陶瓷 服饰 茶叶 果蔬 粮油 中药材".split()
FACTORS = (0.5, 0.8, 1, 1.2, 1.5, 2, 3)
_MONEY = re.compile(r"(\d+(?:\.\d+)?)(万元|亿元)")


def variant(text: str, n: int) -> str:
    """Copy n of a seed text (n = 0 is the text itself)."""
    if n == 0:
        return text
    rng = random.Random(n)
    city = CITIES[n % len(CITIES)]
    turn = n // len(CITIES)  # (city, industry) pairs do not repeat before copy 2840
    first, second = INDUSTRIES[turn % len(INDUSTRIES)], INDUSTRIES[(turn + 7) % len(INDUSTRIES)]
    product, other = rng.sample(PRODUCTS, 2)
    year = 2018 + n % 8
    factor = rng.choice(FACTORS)
    text = (text.replace("聊政办发〔2023〕10号", f"{city[0]}政办发〔{year}〕{n % 97 + 1}号")
                .replace("聊城", city).replace("我市", f"{city}市").replace("关于支持", f"{city}市关于支持")
                .replace("生物医药", first).replace("纺织服装", second)
                .replace("阿胶", product).replace("灵芝", other).replace("2023", str(year)))
    return _MONEY.sub(lambda m: f"{_scaled(float(m.group(1)), factor)}{m.group(2)}", text)


def _scaled(value: float, factor: float) -> str:
    scaled = round(value * factor, 1)
    return str(int(scaled)) if scaled == int(scaled) else str(scaled)


def write_corpus(scale: int, target: Path, seeds: Path = SEEDS) -> Path:
    """`scale` copies of the seed corpus in `target` (a manifest keeps the draft superseded in each copy)."""
    manifest = json.loads((seeds / "manifest.json").read_text(encoding="utf-8"))
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))}
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    entries = []
    for n in range(scale):
        for name, text in texts.items():
            (target / f"{n:04d}-{name}").write_text(variant(text, n), encoding="utf-8")
        for entry in manifest["documents"]:
            copy = dict(entry, id=f"{entry['id']}-{n:04d}" if n else entry["id"], file=f"{n:04d}-{entry['file']}")
            if "title" in copy:
                copy["title"] = variant(copy["title"], n)
            if "industry" in copy:
                copy["industry"] = variant(copy["industry"], n)
            if "supersedes" in copy:
                copy["supersedes"] = [f"{s}-{n:04d}" if n else s for s in copy["supersedes"]]
            entries.append(copy)
    (target / "manifest.json").write_text(json.dumps({"documents": entries}, ensure_ascii=False, indent=1),
                                          encoding="utf-8")
    return target


if __name__ == "__main__":
    if len(sys.argv) != 3 or not sys.argv[1].isdigit():
        sys.exit("用法：python scripts/synthetic_corpus.py 倍数 目标目录")
    folder = write_corpus(int(sys.argv[1]), Path(sys.argv[2]))
    print(f"已生成 {folder}（{len(list(folder.glob('*.txt')))} 个文件）")
