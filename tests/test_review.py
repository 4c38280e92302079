"""Review edits: each kind applied, undone and redone against a real project; validation."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from helpers.project_rows import TEXT, result

from viewer.core import review
from viewer.core.project import Project, ProjectError
from viewer.core.review import StaleEditError, ValidationError


@pytest.fixture
def project(tmp_path):
    with Project.create(tmp_path / "review.ivproj") as project:
        project.add_results([result()])
        yield project


def _row(project, name):
    frame = project.indicators_frame()
    return frame[frame["indicator"] == name].iloc[0]


def _key(project, name) -> int:
    return int(_row(project, name)["row_key"])


def test_change_value_apply_undo_redo(project):
    key = _key(project, "地区生产总值")
    edit = review.change_field(project, key, "value", "437.5")
    assert edit.text == "Change value of 地区生产总值 to 437.5"

    project.apply(edit)
    row = _row(project, "地区生产总值")
    assert (row["value"], row["review_state"]) == (437.5, "corrected")
    assert row["value_base"] == pytest.approx(437.5e8)  # base value follows the correction

    project.revert(edit)
    row = _row(project, "地区生产总值")
    assert (row["value"], row["review_state"]) == (436.3, "unreviewed")
    assert row["value_base"] == pytest.approx(436.3e8)

    edit.apply(project)  # redo, through the edit itself
    assert _row(project, "地区生产总值")["value"] == 437.5


@pytest.mark.parametrize(
    ("field", "typed", "column", "stored"),
    [
        ("unit", "万元", "unit", "万元"),
        ("year", "2021年", "year", 2021),
        ("indicator", " GDP ", "indicator", "GDP"),
        ("subject", "长春净月高新区", "subject", "长春净月高新区"),
        ("qualifier", "over", "qualifier", "over"),
        ("growth", "９.１", "growth_pct", 9.1),
        ("growth_pct", "", "growth_pct", None),
    ],
)
def test_each_editable_field(project, field, typed, column, stored):
    key = _key(project, "地区生产总值")
    edit = review.change_field(project, key, field, typed)
    project.apply(edit)
    value = project.indicators_frame().set_index("row_key").loc[key, column]
    if stored is None:
        assert pd.isna(value)
    else:
        assert value == stored
    project.revert(edit)
    assert project.row(key).corrected == frozenset()


def test_unit_change_rescales_base_value(project):
    key = _key(project, "地区生产总值")
    project.apply(review.change_field(project, key, "unit", "万元"))
    row = project.row(key)
    assert row.values["value_base"] == pytest.approx(436.3e4)
    assert row.values["base_unit"] == "元"


def test_confirm_reject_unreview_and_undo(project):
    key = _key(project, "高新技术企业")
    confirm = review.confirm(project, key)
    assert confirm.text == "Confirm 高新技术企业"
    project.apply(confirm)
    assert project.row(key).state == "confirmed"

    reject = review.reject(project, key)
    assert reject.text == "Reject 高新技术企业"
    project.apply(reject)
    assert project.row(key).state == "rejected"

    project.revert(reject)
    assert project.row(key).state == "confirmed"
    project.apply(review.mark_unreviewed(project, key))
    assert project.row(key).state == "unreviewed"


def test_confirming_a_corrected_row_keeps_it_corrected(project):
    key = _key(project, "高新技术企业")
    project.apply(review.change_field(project, key, "value", 513))
    project.apply(review.confirm(project, key))
    assert project.row(key).state == "corrected"


def test_add_missed_indicator_undo_redo_keeps_row_key(project):
    start = TEXT.index("1.2万人")
    prefill = {"indicator": "新增就业", "value": 1.2, "unit": "万人", "year": 2023, "source": "ignored"}
    edit = review.add_indicator(project, "articles/a.txt", start, start + 5, prefill)
    assert edit.text == "Add indicator 新增就业"

    project.apply(edit)
    row = project.row(edit.row_key)
    assert (row.state, row.origin) == ("confirmed", "added")
    assert row.values["quote"] == "1.2万人"
    assert row.values["source"] == "articles/a.txt"
    assert row.values["sentence"] == "全年新增就业1.2万人。"

    project.revert(edit)
    assert edit.row_key not in set(project.indicators_frame()["row_key"])
    project.apply(edit)
    assert _key(project, "新增就业") == edit.row_key


def test_added_row_keys_are_never_reused(project):
    start = TEXT.index("512家")
    first = review.add_indicator(project, "articles/a.txt", start, start + 4, {"indicator": "企业", "value": 512})
    second = review.add_indicator(project, "articles/a.txt", start, start + 4, {"indicator": "企业", "value": 512})
    existing = set(project.indicators_frame()["row_key"])
    assert first.row_key != second.row_key
    assert not {first.row_key, second.row_key} & existing


@pytest.mark.parametrize(
    ("span", "prefill", "message"),
    [
        ((5, 3), {"indicator": "x", "value": 1}, "outside the text"),
        ((0, 10_000), {"indicator": "x", "value": 1}, "outside the text"),
        ((0, 4), {"indicator": "x", "value": "abc"}, "must be a number"),
        ((0, 4), {"indicator": "", "value": 1}, "must not be empty"),
        ((0, 4), {"indicator": "x"}, "must be a number"),
    ],
)
def test_add_indicator_validation(project, span, prefill, message):
    with pytest.raises(ValidationError, match=message):
        review.add_indicator(project, "articles/a.txt", *span, prefill)


def test_group_is_one_undo_step(project):
    keys = [int(k) for k in project.indicators_frame()["row_key"]]
    edit = review.group([review.confirm(project, k) for k in keys], f"Confirm {len(keys)} indicators")
    project.apply(edit)
    assert set(project.indicators_frame()["review_state"]) == {"confirmed"}
    project.revert(edit)
    assert set(project.indicators_frame()["review_state"]) == {"unreviewed"}
    assert edit.text == "Confirm 3 indicators"


def test_stale_edit_is_refused_and_writes_nothing(project):
    key = _key(project, "地区生产总值")
    edit = review.change_field(project, key, "value", 1)
    project.apply(edit)
    history = len(project.edits())
    with pytest.raises(StaleEditError):
        project.apply(edit)  # the row no longer holds the old value
    with pytest.raises(StaleEditError):
        project.revert(review.change_field(project, key, "value", 2))  # never applied
    assert project.row(key).values["value"] == 1
    assert len(project.edits()) == history


def test_edit_of_unknown_row_is_a_project_error(project):
    with pytest.raises(KeyError):
        review.confirm(project, 999_999)
    edit = review.SetState(999_999, "x", "unreviewed", "confirmed")
    with pytest.raises(ProjectError, match="999999"):
        project.apply(edit)


def test_history_records_who_when_and_round_trips(project):
    key = _key(project, "地区生产总值")
    edit = review.change_field(project, key, "value", "440")
    project.apply(edit)
    project.revert(edit)
    records = project.edits()
    assert [r.action for r in records] == ["apply", "revert"]
    assert records[0].edit == edit
    assert records[0].who == review.current_user()
    assert dt.datetime.fromisoformat(records[0].at).tzinfo is not None
    assert review.edit_from_json(review.edit_to_json(edit)) == edit


@pytest.mark.parametrize(
    ("field", "typed", "message"),
    [
        ("value", "abc", "must be a number"),
        ("value", "", "must be a number"),
        ("value", float("inf"), "finite"),
        ("value", True, "must be a number"),
        ("year", 1948, "1949"),
        ("year", dt.date.today().year + 2, "1949"),
        ("year", "2020.5", "whole number"),
        ("unit", "", "must not be empty"),
        ("unit", "3亿元", "starts with a digit"),
        ("unit", "亿 元", "not a unit"),
        ("qualifier", "about", "approx, over, under"),
        ("indicator", "   ", "must not be empty"),
        ("growth", "fast", "must be a number"),
        ("source", "x", "cannot be edited"),
    ],
)
def test_validation_errors(project, field, typed, message):
    key = _key(project, "地区生产总值")
    with pytest.raises(ValidationError, match=message):
        review.change_field(project, key, field, typed)


def test_validation_accepts_what_analysts_type():
    assert review.validate_field("value", "１,234.5") == 1234.5
    assert review.validate_field("year", review.FIRST_YEAR) == 1949
    assert review.validate_field("year", dt.date.today().year + 1) == dt.date.today().year + 1
    assert review.validate_field("year", "") is None
    assert review.validate_field("unit", "标准箱/年") == "标准箱/年"  # a new unit is fine
    assert review.validate_field("growth_pct", "8.5%") == 8.5


def test_successive_corrections_undo_in_reverse_order(project):
    key = _key(project, "地区生产总值")
    first = review.change_field(project, key, "value", 500)
    project.apply(first)
    second = review.change_field(project, key, "value", 600)
    project.apply(second)
    assert second.changes[0].old == 500 and second.changes[0].old_corrected
    project.revert(second)
    assert project.row(key).values["value"] == 500 and project.row(key).state == "corrected"
    project.revert(first)
    row = project.row(key)
    assert (row.values["value"], row.state, row.corrected) == (436.3, "unreviewed", frozenset())
