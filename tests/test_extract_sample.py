"""The bundled sample against its hand-checked gold list: every row found, nothing added."""

from __future__ import annotations

import csv
import math
from pathlib import Path

import pytest

from viewer.core.extract import extract_indicators
from viewer.core.reader import read_document

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "000_b8a99ac8d333fe78.txt"
GOLD = ROOT / "tests" / "fixtures" / "gold_000_b8a99ac8d333fe78.csv"


@pytest.fixture(scope="module")
def sample():
    document = read_document(str(SAMPLE))
    return document, extract_indicators(document)


def _gold_rows():
    with open(GOLD, encoding="utf-8") as f:
        return list(csv.DictReader(f))


def _match(document, rows, gold):
    """The extracted row for a gold row: same value and unit, inside the gold quote."""
    quote_at = document.text.find(gold["quote"])
    assert quote_at >= 0, f"gold quote not in the clean text: {gold['quote']}"
    for row in rows:
        inside = quote_at <= row.start < quote_at + len(gold["quote"])
        if inside and math.isclose(row.value, float(gold["value"])) and row.unit == gold["unit"]:
            return row
    return None


@pytest.mark.parametrize("gold", _gold_rows(), ids=lambda g: f"{g['indicator']}={g['value']}{g['unit']}")
def test_gold_row_is_found_with_its_attributes(sample, gold):
    document, rows = sample
    row = _match(document, rows, gold)
    assert row is not None, f"missing: {gold['quote']}"
    assert row.qualifier == gold["qualifier"]
    assert (str(row.year) if row.year else "") == gold["year"]
    expected_growth = float(gold["growth_pct"]) if gold["growth_pct"] else None
    assert row.growth_pct == expected_growth
    assert row.growth_kind == gold["growth_kind"]
    assert row.subject == gold["subject"]
    assert row.indicator, "every row is named"


def test_nothing_is_added_beyond_the_gold_list(sample):
    document, rows = sample
    matched = {id(_match(document, rows, g)) for g in _gold_rows()}
    extra = [f"{r.quote} ({r.sentence[:30]})" for r in rows if id(r) not in matched]
    assert extra == []


def test_names_agree_with_the_gold_list_for_most_rows(sample):
    document, rows = sample
    golds = _gold_rows()
    same = sum(1 for g in golds if (row := _match(document, rows, g)) and (row.indicator in g["indicator"] or g["indicator"] in row.indicator))
    assert same >= 0.9 * len(golds)


def test_every_quote_is_the_text_at_its_span(sample):
    document, rows = sample
    for row in rows:
        assert document.text[row.start:row.end] == row.quote
        assert row.quote in row.sentence
