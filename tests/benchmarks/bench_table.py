"""Benchmark of the indicator table on 1,000,000 rows (a script; pytest does not collect it).

    python tests/benchmarks/bench_table.py [--rows N]

Prints one ``name: value unit`` line per figure. Goals: sorting and filtering 1M rows under
0.3 s each, first paint under 0.1 s, peak RSS under 1 GB. ``proxy_sort_100k`` is the same sort
done the Qt way (QSortFilterProxyModel over the model) on 100,000 rows, for comparison.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

from viewer.core.schema import COLUMNS, conform  # noqa: E402
from viewer.core.table import FilterSpec, IndicatorQuery, SortKey  # noqa: E402

UNITS = [  # unit, base unit, multiplier
    ("亿元", "元", 1e8), ("万元", "元", 1e4), ("家", "家", 1), ("万人", "人", 1e4), ("人", "人", 1),
    ("件", "件", 1), ("%", "%", 1), ("平方公里", "平方公里", 1), ("个", "个", 1), ("万平方米", "平方米", 1e4),
]
INDICATORS = [
    "营业收入", "工业总产值", "高新技术企业数量", "从业人员", "研发投入", "专利授权量", "出口总额", "税收",
    "固定资产投资", "规模以上工业增加值", "技术合同成交额", "孵化器数量", "上市企业", "新增注册企业",
    "研发人员", "发明专利拥有量", "地区生产总值", "实际利用外资", "规划面积", "科技型中小企业",
]
PLACES = ["北京", "上海", "深圳", "武汉", "成都", "西安", "杭州", "南京", "苏州", "合肥", "长沙", "郑州",
          "济南", "青岛", "厦门", "广州", "天津", "重庆", "沈阳", "大连", "哈尔滨", "长春", "昆明", "贵阳"]
ZONES = ["高新区", "经开区", "自贸区", "市", "新区", "科学城", "软件园", "开发区", "产业园", "科技园", "", "省"]
CATEGORIES = ["经济", "企业", "人才", "创新", "投资", "贸易", "财政", "土地", "产业", "其他"]
QUALIFIERS = ["", "", "", "approx", "over", "under"]
GROWTH_KINDS = ["yoy", "yoy", "avg_annual", "multiple"]


def generate(rows: int, seed: int = 0) -> pd.DataFrame:
    """Realistic-looking indicator rows, built with vectorised numpy/pandas operations."""
    rng = np.random.default_rng(seed)

    def pick(options, size=rows):
        return np.asarray(options, dtype=object)[rng.integers(0, len(options), size)]

    unit_index = rng.integers(0, len(UNITS), rows)
    units = np.array([u for u, _, _ in UNITS], dtype=object)[unit_index]
    base_units = np.array([b for _, b, _ in UNITS], dtype=object)[unit_index]
    multipliers = np.array([m for _, _, m in UNITS])[unit_index]
    values = np.round(rng.lognormal(3, 2, rows), 2)
    values[rng.random(rows) < 0.03] = np.nan
    years = pd.array(rng.integers(2012, 2025, rows), dtype="Int64")
    years[rng.random(rows) < 0.1] = pd.NA
    growth = np.round(rng.normal(8, 12, rows), 1)
    growth[rng.random(rows) < 0.4] = np.nan

    indicator = pd.Series(pick(INDICATORS), dtype="str")
    subjects = pd.Series(pick(PLACES), dtype="str") + pd.Series(pick(ZONES), dtype="str")
    value_text = pd.Series(values).map("{:g}".format, na_action="ignore").fillna("若干").astype("str")
    quote = indicator + pd.Series(pick(["达", "为", "突破", "约", "超过"]), dtype="str") + value_text + pd.Series(units, dtype="str")
    sentence = subjects + "去年" + quote + "，同比增长" + pd.Series(growth).astype("str") + "%。"
    start = rng.integers(0, 20000, rows)
    frame = pd.DataFrame({
        "source": pd.Series(rng.integers(0, 3000, rows)).map("articles/{:04d}.html".format),
        "indicator": indicator,
        "value": values,
        "unit": units,
        "value_base": values * multipliers,
        "base_unit": base_units,
        "qualifier": pick(QUALIFIERS),
        "year": years,
        "growth_pct": growth,
        "growth_kind": np.where(np.isnan(growth), "", pick(GROWTH_KINDS)),
        "subject": subjects,
        "category": pick(CATEGORIES),
        "quote": quote,
        "start": start,
        "end": start + quote.str.len().to_numpy(),
        "sentence": sentence,
    })
    return conform(frame[list(COLUMNS)])


def timed(function) -> tuple[float, object]:
    begin = time.perf_counter()
    result = function()
    return time.perf_counter() - begin, result


def report(name: str, value: float, unit: str) -> None:
    print(f"{name}: {value:.4g} {unit}", flush=True)


def median_of(runs: int, reset, measure) -> float:
    """The median time of ``measure`` over ``runs`` runs, ``reset`` (untimed) before each."""
    times = []
    for _ in range(runs):
        reset()
        times.append(timed(measure)[0])
    return float(np.median(times))


def bench_core(frame: pd.DataFrame) -> None:
    query = IndicatorQuery(frame)

    def sort_by(*keys):
        return lambda: (query.set_sort(list(keys)), query.visible)

    def filter_by(spec):
        return lambda: (query.set_filter(spec), query.visible)

    unsorted, unfiltered = sort_by(), filter_by(FilterSpec())
    by_value = sort_by(SortKey("value", ascending=False))
    report("sort_1m_first", timed(by_value)[0], "s")  # also builds the column's sort key
    report("sort_1m", median_of(5, unsorted, by_value), "s")
    by_subject = sort_by(SortKey("subject"))
    report("sort_1m_text_first", timed(by_subject)[0], "s")
    report("sort_1m_text", median_of(5, unsorted, by_subject), "s")
    timed(sort_by(SortKey("category")))
    report("sort_1m_two_keys", median_of(5, unsorted, sort_by(SortKey("category"), SortKey("value", ascending=False))), "s")

    search_and_category = filter_by(FilterSpec(search="高新", values={"category": ["经济", "企业"]}))
    report("filter_1m_first", timed(search_and_category)[0], "s")  # also builds the per-frame search text
    report("filter_1m", median_of(5, unfiltered, search_and_category), "s")
    regex = filter_by(FilterSpec(search=r"营业收入.*亿元", regex=True, ranges={"year": (2020, None)}))
    report("filter_1m_regex_and_range", median_of(5, unfiltered, regex), "s")


def bench_gui(frame: pd.DataFrame) -> None:
    from PySide6.QtWidgets import QApplication

    from viewer.qt.filter_panel import FilterPanel
    from viewer.qt.table_model import IndicatorTableModel
    from viewer.qt.table_view import IndicatorTableView

    app = QApplication.instance() or QApplication([])

    def warm_up():  # fonts and style load with the first widget of any app, not with the table
        view = IndicatorTableView(IndicatorTableModel(frame.iloc[:10]))
        view.show()
        app.processEvents()
        view.viewport().grab()
        view.close()

    report("app_warm_up", timed(warm_up)[0], "s")

    def first_paint():
        model = IndicatorTableModel(frame)
        view = IndicatorTableView(model)
        view.resize(1400, 900)
        view.show()
        app.processEvents()
        view.viewport().grab()
        return model, view

    seconds, (model, view) = timed(first_paint)
    report("first_paint", seconds, "s")

    def to_bottom():
        view.scrollToBottom()
        view.viewport().grab()

    seconds, _ = timed(to_bottom)
    report("scroll_repaint", seconds, "s")
    scroll_bar = view.verticalScrollBar()
    pages = np.random.default_rng(1).integers(0, scroll_bar.maximum(), 50)

    def page_through():
        for position in pages:
            scroll_bar.setValue(int(position))
            view.viewport().grab()

    seconds, _ = timed(page_through)
    report("scroll_repaint_per_page", seconds / len(pages), "s")

    panel = FilterPanel(model)
    deadline = time.perf_counter() + 1.5  # the search index is built in the background meanwhile
    while time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.01)
    seconds, _ = timed(lambda: (view.sort_by_section(model.section_of("value")), view.viewport().grab()))
    report("header_click_sort_1m_with_repaint", seconds, "s")
    seconds, _ = timed(lambda: (panel.set_spec(FilterSpec(search="高新", values={"category": ["经济"]})),
                                view.viewport().grab()))
    report("first_search_1m_with_repaint", seconds, "s")
    print(f"# {panel.count_label.text()}", flush=True)


def bench_proxy_sort(frame: pd.DataFrame) -> None:
    from PySide6.QtCore import QSortFilterProxyModel, Qt

    from viewer.core.table import sort_order
    from viewer.qt.table_model import IndicatorTableModel

    small = frame.iloc[:100_000].reset_index(drop=True)
    seconds, _ = timed(lambda: sort_order(small, [SortKey("value_base")]))
    report("numpy_sort_100k", seconds, "s")
    model = IndicatorTableModel(small)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    seconds, _ = timed(lambda: proxy.sort(model.section_of("value_base"), Qt.SortOrder.AscendingOrder))
    report("proxy_sort_100k", seconds, "s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--skip-proxy", action="store_true", help="skip the slow QSortFilterProxyModel comparison")
    args = parser.parse_args()

    seconds, frame = timed(lambda: generate(args.rows))
    report("generate_1m", seconds, "s")
    bench_core(frame)
    bench_gui(frame)
    report("peak_rss", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "MB")
    if not args.skip_proxy:
        bench_proxy_sort(frame)


if __name__ == "__main__":
    main()
