"""A small fixed vocabulary for filtering indicators, chosen from the indicator's words and unit."""

from __future__ import annotations

from functools import lru_cache

from viewer.core.units import AREA_UNITS

# First match wins, so the more specific families come first (金融机构 is finance, not enterprises).
CATEGORY_KEYWORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("environment", ("能耗", "排放", "需氧量", "氨氮", "二氧化硫", "氮氧化物", "PM2.5", "空气质量")),  # 单位GDP能耗 is about energy, not output
    ("economy", ("生产总值", "GDP")),
    ("finance", ("金融", "银行", "贷款", "存款", "保险", "证券", "信贷", "上市公司", "基金", "市值")),
    ("fiscal", ("财政", "税收", "税", "一般公共预算", "政府性基金", "预算")),
    ("investment", ("投资", "融资", "资本", "估值", "招商", "签约", "引资", "外资")),
    ("talent", ("人才", "大学生", "在校", "高校", "院校", "大学", "院士", "博士", "硕士", "学生", "毕业生", "就业", "失业", "专家", "职工", "员工", "人员", "教师")),
    ("innovation", (
        "研发", "R&D", "研究与试验发展", "专利", "科技", "创新", "高新技术", "高企", "孵化", "众创", "实验室", "科研",
        "技术合同", "研究院", "平台",
    )),
    ("fiscal", ("民生支出", "扶持资金", "奖励资金", "资金", "补贴", "资助", "补助", "奖补", "安家费", "津贴")),  # public money to people and firms
    ("enterprises", ("企业", "公司", "瞪羚", "独角兽", "市场主体", "商户", "个体")),
    ("land/area", ("面积", "土地", "用地", "平方米", "平方公里", "亩", "公顷", "建筑面积", "厂房", "空间")),
    ("trade", ("进出口", "出口", "进口", "外贸", "贸易")),
    ("consumption", ("消费", "零售", "销售", "旅游", "游客", "景区", "餐饮", "营业额")),
    ("agriculture", ("粮", "农业", "农作物", "播种", "种植", "生猪", "养殖", "畜", "禽", "水产", "蔬菜", "林业", "渔业")),
    ("society", ("事故", "火灾", "灾害", "死亡")),  # 生产安全事故死亡人数 is safety, not production
    ("industry", ("产业", "工业", "建筑业", "园区", "制造", "产量", "产能", "生产", "项目", "基地")),
    ("economy", ("生产总值", "GDP", "增加值", "产值", "收入", "营收", "经济", "规模", "总值", "增速", "利润")),
    ("infrastructure", (
        "道路", "公路", "铁路", "地铁", "管网", "基站", "5G", "电力", "用电", "能源", "发电", "装机", "储能", "吞吐",
        "港口", "机架", "算力", "数据中心", "里程", "通车",
    )),
    ("society", ("人口", "居民", "医院", "学校", "幼儿园", "学位", "养老", "住房", "社保", "医疗", "卫生", "文化")),
    ("environment", ("空气", "优良", "PM2.5", "PM10", "能耗", "排放", "碳", "造林", "绿化", "森林", "水质", "污水", "垃圾")),
)


# Firms' measures are about the measure, not the firms: 规模以上工业企业营业收入 is economy,
# 高新技术企业税收 fiscal (while 规模以上工业产值 stays industry).
FIRM_WORDS = ("企业", "公司")
CATEGORY_OF_ENDING: tuple[tuple[str, str], ...] = (
    ("营业收入", "economy"), ("营收", "economy"), ("总产值", "economy"), ("产值", "economy"),
    ("增加值", "economy"), ("利润", "economy"), ("利润总额", "economy"), ("税收", "fiscal"), ("税收收入", "fiscal"),
    ("投资", "investment"), ("投资额", "investment"), ("总投资", "investment"),
)


@lru_cache(maxsize=65536)  # names repeat across a corpus; this runs once per row
def categorize(indicator: str, unit: str) -> str:
    if any(word in indicator for word in FIRM_WORDS):
        for ending, category in CATEGORY_OF_ENDING:
            if indicator.endswith(ending):
                return category
    for category, keywords in CATEGORY_KEYWORDS:
        if any(k in indicator for k in keywords):
            return category
    if unit.endswith(AREA_UNITS):
        return "land/area"
    return "other"
