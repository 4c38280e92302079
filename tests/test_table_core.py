"""The Qt-free indicator table: filters, sorting, the visible rows, exports."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from viewer.core.schema import indicators_frame
from viewer.core.table import (
    FilterSpec,
    IndicatorQuery,
    SortKey,
    export_frame,
    filter_error,
    filter_mask,
    rows_to_tsv,
    sort_order,
    write_csv,
    write_excel,
)
from helpers.indicator_rows import indicator


@pytest.fixture
def frame() -> pd.DataFrame:
    return indicators_frame([
        indicator(indicator="企业数量", value=2500, unit="家", value_base=2500, base_unit="家",
                  year=2022, growth_pct=12.5, subject="武汉东湖高新区", category="企业", source="b.txt"),
        indicator(indicator="从业人员", value=18, unit="万人", value_base=180000, base_unit="人",
                  year=None, growth_pct=None, subject="", category="人才"),
        indicator(indicator="营业收入", value=436.29, unit="亿元", value_base=4.3629e10, year=2023,
                  growth_pct=-3.0, qualifier="approx", subject="中关村", category="经济", quote="约436.29亿元"),
        indicator(indicator="研发投入", value=5, unit="亿元", value_base=5e8, year=2021,
                  growth_pct=8.0, subject="张江", category="经济", quote="R&D投入5亿元"),
        indicator(indicator="专利数量", value=np.nan, unit="件", value_base=np.nan, base_unit="件",
                  year=2023, growth_pct=np.nan, subject="中关村", category="创新"),
    ])


def rows(frame: pd.DataFrame, spec: FilterSpec) -> list[int]:
    return np.flatnonzero(filter_mask(frame, spec)).tolist()


# ----------------------------------------------------------------- filters


def test_search_is_case_insensitive_substring_over_text_columns(frame):
    assert rows(frame, FilterSpec(search="r&d")) == [3]  # in the quote
    assert rows(frame, FilterSpec(search="中关村")) == [2, 4]  # subject
    assert rows(frame, FilterSpec(search="B.TXT")) == [0]  # source
    assert rows(frame, FilterSpec(search="  ")) == [0, 1, 2, 3, 4]


def test_search_words_must_all_occur(frame):
    assert rows(frame, FilterSpec(search="中关村 专利")) == [4]


def test_search_does_not_match_across_two_fields(frame):
    # indicator "企业数量" is followed by subject "武汉东湖高新区": no match for the join.
    assert rows(frame, FilterSpec(search="数量武汉")) == []


def test_regex_search(frame):
    assert rows(frame, FilterSpec(search=r"^(企业|研发)", regex=True)) == [0, 3]  # ^ at each field
    assert rows(frame, FilterSpec(search=r"R&D\S+5", regex=True)) == [3]


def test_regex_python_only_syntax_still_works(frame):
    # Look-ahead is not supported by the vectorised engine; Python's re takes over.
    assert rows(frame, FilterSpec(search=r"中关(?=村)", regex=True)) == [2, 4]
    assert rows(frame, FilterSpec(search=r"(?<!约)436", regex=True)) == []


def test_invalid_regex_matches_nothing_and_reports_why(frame):
    spec = FilterSpec(search="营业(", regex=True)
    assert rows(frame, spec) == []
    assert "missing )" in filter_error(spec)
    assert filter_error(FilterSpec(search="营业(")) is None  # plain text: no regex to be wrong


def test_value_sets_per_column(frame):
    assert rows(frame, FilterSpec(values={"unit": ["亿元"]})) == [2, 3]
    assert rows(frame, FilterSpec(values={"year": [2023]})) == [2, 4]
    assert rows(frame, FilterSpec(values={"year": [None, 2022]})) == [0, 1]
    assert rows(frame, FilterSpec(values={"subject": [""]})) == [1]
    assert rows(frame, FilterSpec(values={"unit": []})) == []


def test_numeric_ranges_are_inclusive_and_open_ended(frame):
    assert rows(frame, FilterSpec(ranges={"growth_pct": (0, None)})) == [0, 3]
    assert rows(frame, FilterSpec(ranges={"year": (None, 2022)})) == [0, 3]
    assert rows(frame, FilterSpec(ranges={"value_base": (2500, 180000)})) == [0, 1]
    assert rows(frame, FilterSpec(ranges={"value_base": (None, None)})) == [0, 1, 2, 3, 4]


def test_filters_combine_with_and(frame):
    spec = FilterSpec(search="中关村", values={"category": ["经济", "创新"]}, ranges={"year": (2023, 2023)})
    assert rows(frame, spec) == [2, 4]
    spec.values["category"] = ["经济"]
    assert rows(frame, spec) == [2]


def test_unknown_columns_in_a_saved_filter_are_ignored(frame):
    assert rows(frame, FilterSpec(values={"gone": ["x"]}, ranges={"gone": (1, 2)})) == [0, 1, 2, 3, 4]


def test_filter_spec_round_trips_through_json():
    spec = FilterSpec(search="营业", regex=True, values={"year": [np.int64(2023), None], "unit": ["亿元"]},
                      ranges={"growth_pct": (1.5, None)})
    restored = FilterSpec.from_dict(json.loads(json.dumps(spec.to_dict())))
    assert restored == FilterSpec(search="营业", regex=True, values={"year": [2023, None], "unit": ["亿元"]},
                                  ranges={"growth_pct": (1.5, None)})


def test_filter_spec_from_bad_data_raises_value_error():
    with pytest.raises(ValueError):
        FilterSpec.from_dict({"ranges": {"year": "not a pair"}})
    with pytest.raises(ValueError):
        FilterSpec.from_dict(["not", "a", "dict"])


def test_empty_frame_filters_to_nothing():
    empty = indicators_frame([])
    assert filter_mask(empty, FilterSpec(search="x", values={"unit": ["家"]})).shape == (0,)


# ----------------------------------------------------------------- sorting


def test_value_sorts_by_amount_in_base_units(frame):
    # 2500家 < 18万人 (180000) < 5亿元 < 436.29亿元; the missing value comes last.
    assert sort_order(frame, [SortKey("value")]).tolist() == [0, 1, 3, 2, 4]


def test_missing_values_come_last_in_both_directions(frame):
    assert sort_order(frame, [SortKey("growth_pct")]).tolist() == [2, 3, 0, 1, 4]
    assert sort_order(frame, [SortKey("growth_pct", ascending=False)]).tolist() == [0, 3, 2, 1, 4]
    assert sort_order(frame, [SortKey("year", ascending=False)]).tolist()[-1] == 1


def test_empty_text_comes_last_in_both_directions(frame):
    assert sort_order(frame, [SortKey("subject")]).tolist()[-1] == 1
    assert sort_order(frame, [SortKey("subject", ascending=False)]).tolist()[-1] == 1


def test_sort_is_stable_and_takes_secondary_keys(frame):
    # 人才 < 企业 < 创新 < 经济 by code point; the two 经济 rows keep row id order ...
    assert sort_order(frame, [SortKey("category")]).tolist() == [1, 0, 4, 2, 3]
    # ... and a second key breaks the tie.
    by_category_then_value = sort_order(frame, [SortKey("category"), SortKey("value")])
    assert by_category_then_value.tolist() == [1, 0, 4, 3, 2]
    by_category_then_value = sort_order(frame, [SortKey("category", ascending=False), SortKey("value", ascending=False)])
    assert by_category_then_value.tolist() == [2, 3, 4, 0, 1]


def test_descending_sort_keeps_ties_in_original_order():
    tied = indicators_frame([indicator(value=v, value_base=v) for v in (1, 2, 1, 2)])
    assert sort_order(tied, [SortKey("value", ascending=False)]).tolist() == [1, 3, 0, 2]


def test_sort_follows_base_order_for_ties(frame):
    base = np.array([4, 3, 2, 1, 0])
    assert sort_order(frame, [SortKey("category")], base_order=base).tolist() == [1, 0, 4, 3, 2]
    assert sort_order(frame, [], base_order=base).tolist() == [4, 3, 2, 1, 0]


def test_text_sorts_by_code_point():
    words = indicators_frame([indicator(indicator=w) for w in ("b", "中", "A", "a")])
    assert sort_order(words, [SortKey("indicator")]).tolist() == [2, 3, 0, 1]


# ----------------------------------------------------------------- query


def test_query_visible_rows_follow_filter_and_sort(frame):
    query = IndicatorQuery(frame)
    assert query.visible.tolist() == [0, 1, 2, 3, 4]
    assert query.set_sort([SortKey("value", ascending=False)])
    assert query.visible.tolist() == [2, 3, 1, 0, 4]
    assert query.set_filter(FilterSpec(values={"unit": ["亿元", "家"]}))
    assert query.visible.tolist() == [2, 3, 0]
    assert (query.count, query.total) == (3, 5)
    assert query.position(0) == 2 and query.position(1) is None and query.position(99) is None
    assert query.positions(np.array([3, 4])).tolist() == [1, -1]


def test_query_recomputes_only_what_changed(frame):
    query = IndicatorQuery(frame)
    query.set_filter(FilterSpec(search="中关村"))
    mask = query.mask
    query.set_sort([SortKey("year")])
    assert query.mask is mask
    order = query.order
    query.set_filter(FilterSpec(search="高新区"))
    assert query.order is order
    assert not query.set_filter(FilterSpec(search="高新区"))


def test_query_keeps_its_own_copy_of_the_filter(frame):
    query = IndicatorQuery(frame)
    spec = FilterSpec(values={"unit": ["家"]})
    query.set_filter(spec)
    spec.values["unit"].append("亿元")
    assert query.set_filter(spec)  # a change the caller made in place is still seen as a change
    assert query.visible.tolist() == [0, 2, 3]


def test_query_reports_invalid_regex(frame):
    query = IndicatorQuery(frame)
    query.set_filter(FilterSpec(search="[", regex=True))
    assert query.count == 0 and query.error


# ----------------------------------------------------------------- export


def test_tsv_has_header_and_raw_values(frame):
    text = rows_to_tsv(frame, [2, 0])
    lines = text.splitlines()
    assert lines[0].split("\t")[:4] == ["source", "indicator", "value", "unit"]
    assert lines[1].split("\t")[1:4] == ["营业收入", "436.29", "亿元"]
    assert lines[2].split("\t")[1] == "企业数量"


def test_csv_export_has_bom_and_reads_back(frame, tmp_path):
    path = tmp_path / "out.csv"
    write_csv(export_frame(frame, [3, 1]), path)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    back = pd.read_csv(path, encoding="utf-8-sig", keep_default_na=False)
    assert back["indicator"].tolist() == ["研发投入", "从业人员"]
    assert back["value_base"].tolist() == [5e8, 180000]


def test_excel_export_reads_back(frame, tmp_path):
    path = tmp_path / "out.xlsx"
    exported = export_frame(frame, [2, 4, 0])
    exported.loc[0, "quote"] = "=1+1\x01"
    write_excel(exported, path)
    back = pd.read_excel(path)
    assert back["indicator"].tolist() == ["营业收入", "专利数量", "企业数量"]
    assert back["quote"][0] == "=1+1"  # stays text, control character dropped
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left behind


def test_search_on_a_large_frame_matches_a_plain_python_search():
    # Over 1,000 rows, repeated values are searched once per distinct value: same answer.
    rng = np.random.default_rng(7)
    subjects = ["中关村", "张江高科", "东湖高新区", "Zhangjiang", ""]
    big = indicators_frame([
        indicator(subject=subjects[rng.integers(0, len(subjects))], quote=f"营收{i}亿元", source=f"s{i % 9}.txt")
        for i in range(3000)
    ])
    for spec, expected in [
        (FilterSpec(search="高新"), lambda r: "高新" in r.subject),
        (FilterSpec(search="ZHANG 12"), lambda r: "zhang" in r.subject.lower() and "12" in r.quote),
        (FilterSpec(search="s3.txt"), lambda r: r.source == "s3.txt"),
        (FilterSpec(search=r"^张江|9亿", regex=True), lambda r: r.subject.startswith("张江") or "9亿" in r.quote),
    ]:
        want = [i for i, r in enumerate(big.itertuples()) if expected(r)]
        assert rows(big, spec) == want, spec


def test_a_collation_orders_text_and_code_points_are_the_default():
    frame = indicators_frame([indicator(subject=s) for s in ["上海", "北京", "安徽", ""]])
    pinyin = {"安徽": 0, "北京": 1, "上海": 2}.__getitem__  # a stand-in for Qt's Chinese collation
    assert list(sort_order(frame, [SortKey("subject", True)], collate=pinyin)) == [2, 1, 0, 3]  # empty last
    assert list(sort_order(frame, [SortKey("subject", True)])) == [0, 1, 2, 3]  # 上 < 北 < 安 by code point
