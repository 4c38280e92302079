"""What the plots show: grouping and choices, computed without Qt."""

import numpy as np
import pandas as pd
import pytest

from viewer.core.plot_data import MAX_BARS, PlotState, build_plot, elide, indicator_choices, unit_choices
from viewer.core.schema import Indicator, indicators_frame


def row(indicator, value, unit, *, subject="长春净月高新区", year=None, growth=None, kind="", base=None,
        base_unit=None, source="a.txt"):
    return Indicator(
        source=source, indicator=indicator, value=value, unit=unit,
        value_base=value if base is None else base, base_unit=base_unit or unit, qualifier="",
        year=year, growth_pct=growth, growth_kind=kind, subject=subject, category="",
        quote=f"{indicator}{value}{unit}", start=0, end=1, sentence="",
    )


@pytest.fixture
def frame():
    return indicators_frame([
        row("地区生产总值", 436.29, "亿元", base=436.29e8, base_unit="元", year=2021, growth=6.7, kind="yoy"),  # 0
        row("在孵企业", 800, "家"),  # 1
        row("固定资产投资", 255.3, "亿元", base=255.3e8, base_unit="元", growth=17.7, kind="yoy"),  # 2
        row("高企总数", 333, "家", growth=20, kind="multiple"),  # 3
        row("金融机构", 139, "家"),  # 4
        row("地区生产总值", 400.0, "亿元", base=400e8, base_unit="元", year=2020),  # 5
        row("地区生产总值", 5_200_000, "万元", base=520e8, base_unit="元", subject="长春高新区", year=2021),  # 6
        row("服务业收入年均增速", 10.4, "%", growth=10.4, kind="avg_annual"),  # 7
        row("入驻企业", 17, "家", subject="长春高新区"),  # 8
    ])


def everything(frame):
    return np.arange(len(frame))


def drawn_rows(data):
    return sorted(data.row_ids.tolist())


def test_unit_bars_default_to_the_most_frequent_unit_and_never_mix_units(frame):
    data = build_plot(frame, everything(frame), PlotState())
    assert data.unit == "家"  # 4 rows in 家, 3 in 亿元
    assert set(frame.loc[data.row_ids, "unit"]) == {"家"}
    assert data.value_label == "家"
    assert len(data.categories) == len(data.row_ids) == 4


def test_unit_bars_follow_the_selected_row_unless_a_unit_is_chosen(frame):
    assert build_plot(frame, everything(frame), PlotState(), selected=0).unit == "亿元"
    chosen = build_plot(frame, everything(frame), PlotState(unit="亿元"), selected=1)
    assert chosen.unit == "亿元"
    assert drawn_rows(chosen) == [0, 2, 5]


def test_unit_bars_keep_the_table_order_of_the_visible_rows(frame):
    data = build_plot(frame, np.array([4, 1, 3]), PlotState(unit="家"))
    assert data.series[0].row_ids.tolist() == [4, 1, 3]
    assert data.categories == ["金融机构", "在孵企业", "高企总数"]


def test_labels_name_the_subject_only_when_subjects_differ(frame):
    data = build_plot(frame, everything(frame), PlotState(unit="家"))
    assert data.categories[-1] == "入驻企业 · 长春高新区"
    single = build_plot(frame, np.array([1, 4]), PlotState(unit="家"))
    assert single.categories == ["在孵企业", "金融机构"]
    assert "长春净月高新区" in single.title  # the common subject moves to the title


def test_bars_are_capped_with_a_note():
    many = indicators_frame([row(f"指标{i}", i + 1, "个") for i in range(MAX_BARS + 7)])
    data = build_plot(many, np.arange(len(many)), PlotState())
    assert len(data.row_ids) == MAX_BARS
    assert data.row_ids.tolist() == list(range(MAX_BARS))
    assert any(str(MAX_BARS + 7) in note for note in data.notes)


def test_log_scale_leaves_out_values_of_zero_or_less_with_a_note():
    rows = indicators_frame([row("甲", 10, "个"), row("乙", 0, "个"), row("丙", 1000, "个")])
    data = build_plot(rows, np.arange(3), PlotState(log_scale=True))
    assert drawn_rows(data) == [0, 2]
    assert data.log_scale and data.notes


def test_compare_converts_units_through_base_units(frame):
    data = build_plot(frame, everything(frame), PlotState(kind="compare"))
    assert data.indicator == "地区生产总值"
    assert data.unit == "亿元"
    values = dict(zip(data.series[0].row_ids.tolist(), data.series[0].values.tolist()))
    assert values[6] == pytest.approx(520.0)  # 5,200,000 万元 drawn as 520 亿元
    assert values[0] == pytest.approx(436.29)


def test_years_series_per_subject_sorted_by_year(frame):
    data = build_plot(frame, everything(frame), PlotState(kind="years"))
    assert data.indicator == "地区生产总值"
    by_name = {s.name: s for s in data.series}
    assert by_name["长春净月高新区"].positions.tolist() == [2020, 2021]
    assert by_name["长春净月高新区"].row_ids.tolist() == [5, 0]
    assert by_name["长春高新区"].values.tolist() == pytest.approx([520.0])
    assert not data.categories  # a line plot, not bars


def test_years_need_more_than_one_year(frame):
    data = build_plot(frame, np.array([1, 2, 4]), PlotState(kind="years"))
    assert data.is_empty and data.message


def test_growth_leaves_out_multiples_and_splits_kinds(frame):
    data = build_plot(frame, everything(frame), PlotState(kind="growth"))
    assert 3 not in data.row_ids  # 20 times is not 20 %
    assert any("multiple" in note for note in data.notes)
    kinds = {s.name: s.row_ids.tolist() for s in data.series}
    assert kinds == {"year on year": [0, 2], "average annual": [7]}
    assert data.value_label == "%"


def test_choices_are_most_frequent_first(frame):
    assert unit_choices(frame, everything(frame))[:2] == [("家", 4), ("亿元", 3)]
    assert indicator_choices(frame, everything(frame), "compare") == [("地区生产总值", 3)]
    assert indicator_choices(frame, np.array([1, 2]), "compare") == []


def test_empty_input_gives_an_empty_plot_with_a_message():
    empty = indicators_frame([])
    for kind in ("unit_bars", "compare", "years", "growth"):
        data = build_plot(empty, np.empty(0, dtype=np.int64), PlotState(kind=kind))
        assert data.is_empty and data.message


def test_invisible_and_unknown_row_ids_are_ignored(frame):
    data = build_plot(frame, np.array([1, 99, -3]), PlotState())
    assert drawn_rows(data) == [1]


def test_state_round_trips_and_repairs_unknown_kinds():
    state = PlotState(kind="compare", indicator="地区生产总值", log_scale=True)
    assert PlotState.from_dict(state.to_dict()) == state
    assert PlotState.from_dict({"kind": "pie"}).kind == "unit_bars"


def test_texts_go_through_translate(frame):
    chinese = {"Growth rates": "增长率", "year on year": "同比", "average annual": "年均",
               "{count} growth rates given as a multiple (not a percentage) left out.": "{count} 个倍数增长未画出。"}
    data = build_plot(frame, everything(frame), PlotState(kind="growth"), translate=lambda s: chinese.get(s, s))
    assert data.title.startswith("增长率")
    assert {s.name for s in data.series} == {"同比", "年均"}
    assert data.notes == ["1 个倍数增长未画出。"]


def test_a_broken_translation_falls_back_to_english(frame):
    data = build_plot(frame, everything(frame), PlotState(kind="growth"), translate=lambda s: s.upper())
    assert data.notes == ["1 growth rates given as a multiple (not a percentage) left out."]


def test_elide_counts_chinese_as_two_columns():
    assert elide("地区生产总值", 12) == "地区生产总值"
    assert elide("高新技术产业增加值占地区生产总值比重", 12) == "高新技术产…"
    assert elide("abc", 2) == "a…"


def test_frames_with_a_non_default_index_use_positions(frame):
    shifted = frame.set_axis(pd.RangeIndex(100, 100 + len(frame)))
    data = build_plot(shifted, np.array([1, 4]), PlotState())
    assert drawn_rows(data) == [1, 4]


def test_an_index_with_no_unit_plots_over_years_but_is_no_unit_to_choose():
    rows = indicators_frame([
        row("居民消费价格指数", 100.3, "", year=2023), row("居民消费价格指数", 102.1, "", year=2022),
        row("在孵企业", 800, "家", year=2023),
    ])
    assert unit_choices(rows, None) == [("家", 1)]
    data = build_plot(rows, everything(rows), PlotState(kind="years", indicator="居民消费价格指数"))
    assert data.indicator == "居民消费价格指数" and data.unit == ""
    assert [list(series.values) for series in data.series] == [[102.1, 100.3]]
