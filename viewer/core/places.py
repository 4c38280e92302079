"""The names of places: zones and places known by their suffix (高新区, 市, 县), and provinces and cities
written without their 省/市 (上海、苏州、杭州地区生产总值分别为…).

A place written with its suffix (苏州市, 江苏省) is found by the suffix; these short forms have none,
so they are known by name: the provincial-level divisions and the prefecture-level cities (after
the official list of administrative divisions). Names that are also everyday words or name other
things first (长治 as in 长治久安, 安康, 大同, 来宾, 日照, 白银, 中山, 黄山, 普洱) are left out: a
figure would be given to a city its text never meant.
"""

from __future__ import annotations

import re

# 宁东能源化工基地 is a zone by its suffix; 生产基地, 研发基地, 示范基地 are kinds of sites, so 基地 alone is none.
PLACE_SUFFIXES = (
    "国家高新技术产业开发区|高新技术产业开发区|经济技术开发区|国家自主创新示范区|自主创新示范区|"
    "高新区|经开区|开发区|自贸区|自贸试验区|合作区|新片区|新区|示范区|科技城|科学城|(?:科技|科创|孵化|创业|创新|软件|产业|工业)(?:园区|园(?!区))|园区|片区|能源化工基地|化工基地"
)
ZONE_RE = re.compile(rf"[\u4e00-\u9fff]{{2,8}}?(?:{PLACE_SUFFIXES})")
# 市场, 市民, 区域, 县城, 区位, 山区县, 市盈率, 市净率 ... are words, not place names: the suffix must end the name
# (高新区位列第二 is one).
NOT_A_PLACE_AFTER = "(?!场|民|值|盈率|净率|级|政(?!府)|委|属|内|外(?![贸商]|资(?!金))|域|间|位(?![列居次])|长|县|城(?![镇乡])|情|府|局|况|划)"
# 江州高新区内银行机构…: what lies within a zone is the zone's (区内, 市内 alone stay words).
ZONE_NOT_A_PLACE_AFTER = NOT_A_PLACE_AFTER.replace("|内|", "|")
# 青石村 is a village; 中关村科学城, 中关村示范区 are zones whose names hold a 村.
VILLAGE = r"村(?![\u4e00-\u9fff]{0,2}[城园区])"
CITY_SUFFIX = rf"(?:特别行政区|省|市|自治区|自治州|县|区|镇|乡(?![村镇])|{VILLAGE}){NOT_A_PLACE_AFTER}"
CITY_RE = re.compile(rf"[\u4e00-\u9fff]{{2,5}}?{CITY_SUFFIX}")

PROVINCES = (
    "北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 "
    "四川 贵州 云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门"
).split()

CITIES = (
    # 河北 山西 内蒙古
    "石家庄 唐山 秦皇岛 邯郸 邢台 保定 张家口 承德 沧州 廊坊 衡水 太原 阳泉 晋城 朔州 晋中 运城 忻州 临汾 吕梁 "
    "呼和浩特 包头 乌海 赤峰 通辽 鄂尔多斯 呼伦贝尔 巴彦淖尔 乌兰察布 "
    # 辽宁 吉林 黑龙江
    "沈阳 大连 鞍山 抚顺 本溪 丹东 锦州 营口 阜新 辽阳 盘锦 铁岭 朝阳市 葫芦岛 长春 四平 辽源 通化 松原 白城 "
    "哈尔滨 齐齐哈尔 鸡西 鹤岗 双鸭山 大庆 伊春 佳木斯 七台河 牡丹江 黑河 绥化 "
    # 江苏 浙江 安徽
    "南京 无锡 徐州 常州 苏州 南通 连云港 淮安 盐城 扬州 镇江 泰州 宿迁 杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 "
    "舟山 台州 丽水 合肥 芜湖 蚌埠 淮南 马鞍山 淮北 铜陵 安庆 滁州 阜阳 宿州 六安 亳州 池州 宣城 "
    # 福建 江西 山东
    "福州 厦门 莆田 泉州 漳州 南平 龙岩 宁德 南昌 景德镇 萍乡 九江 新余 鹰潭 赣州 吉安 宜春 抚州 上饶 "
    "济南 青岛 淄博 枣庄 东营 烟台 潍坊 济宁 泰安 威海 临沂 德州 聊城 滨州 菏泽 "
    # 河南 湖北 湖南
    "郑州 开封 洛阳 平顶山 安阳 鹤壁 新乡 焦作 濮阳 许昌 漯河 三门峡 南阳 商丘 信阳 周口 驻马店 "
    "武汉 黄石 十堰 宜昌 襄阳 鄂州 荆门 孝感 荆州 黄冈 咸宁 随州 长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 "
    "益阳 郴州 永州 怀化 娄底 "
    # 广东 广西 海南
    "广州 韶关 深圳 珠海 汕头 佛山 江门 湛江 茂名 肇庆 惠州 梅州 汕尾 河源 阳江 清远 东莞 潮州 揭阳 云浮 "
    "南宁 柳州 桂林 梧州 北海 防城港 钦州 贵港 玉林 百色 贺州 河池 崇左 海口 三亚 儋州 "
    # 四川 贵州 云南 西藏
    "成都 自贡 攀枝花 泸州 德阳 绵阳 广元 遂宁 内江 乐山 南充 眉山 宜宾 广安 达州 雅安 巴中 资阳 "
    "贵阳 六盘水 遵义 安顺 毕节 铜仁 昆明 曲靖 玉溪 保山 昭通 丽江 临沧 拉萨 日喀则 昌都 林芝 那曲 "
    # 陕西 甘肃 青海 宁夏 新疆
    "西安 铜川 宝鸡 咸阳 渭南 延安 汉中 榆林 商洛 兰州 嘉峪关 金昌 天水 武威 张掖 平凉 酒泉 庆阳 定西 陇南 "
    "西宁 海东 银川 石嘴山 吴忠 固原 中卫 乌鲁木齐 克拉玛依 吐鲁番 哈密"
).split()

# 朝阳 is also a district of 北京 and a common word; it is a city only with its 市.
BARE_PLACE_NAMES = frozenset(PROVINCES + [city for city in CITIES if not city.endswith("市")])
FIRST_CHARACTERS = frozenset(name[0] for name in BARE_PLACE_NAMES)
BARE_NAME_LENGTHS = tuple(sorted({len(name) for name in BARE_PLACE_NAMES}, reverse=True))


def bare_place_at(text: str, position: int) -> str:
    """The province or city written without its suffix that starts at ``position`` (上海, 苏州), or ''."""
    if text[position:position + 1] not in FIRST_CHARACTERS:
        return ""  # most words begin with a character no place name begins with
    for length in BARE_NAME_LENGTHS:
        name = text[position:position + length]
        if name in BARE_PLACE_NAMES:
            return name
    return ""
