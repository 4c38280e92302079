"""The project file: round trip, re-extraction keeping manual work, refusing bad files untouched."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import stat
from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest
from helpers.project_rows import FACTS, TEXT, document, extract_facts, indicator, result

from viewer.core import project_schema, review
from viewer.core.batch import process_file
from viewer.core.project import Project, ProjectError, ProjectReadOnlyError

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "000_b8a99ac8d333fe78.txt"
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


def fingerprint(path: Path) -> tuple[str, list[str]]:
    """The file's sha256 and the SQLite side files beside it."""
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    return digest, [s for s in SIDE_SUFFIXES if Path(f"{path}{s}").exists()]


def key_of(project: Project, name: str) -> int:
    frame = project.indicators_frame(include_orphaned=True)
    return int(frame.loc[frame["indicator"] == name, "row_key"].iloc[0])


@pytest.fixture
def project_path(tmp_path) -> Path:
    path = tmp_path / "study.ivproj"
    with Project.create(path) as project:
        project.add_results([result()])
    return path


# --- round trip ------------------------------------------------------------------------------


def test_round_trip_with_the_sample_and_hand_made_rows(tmp_path):
    sample = tmp_path / "sample.txt"
    shutil.copyfile(SAMPLE, sample)
    path = tmp_path / "study.ivproj"
    view = {"filters": {"unit": ["亿元"]}, "sort": [["value", "desc"]], "plot": "bar"}
    with Project.create(path) as project:
        report = project.add_results([process_file(str(sample)), result()])
        assert report.failures == [] and report.new_documents == 2
        frame = project.indicators_frame()
        keys = [int(k) for k in frame["row_key"]]
        project.apply(review.change_field(project, keys[0], "value", 1.5))
        project.apply(review.reject(project, keys[1]))
        project.apply(review.confirm(project, keys[-1]))
        start = TEXT.index("1.2万人")
        project.apply(review.add_indicator(project, "articles/a.txt", start, start + 5,
                                           {"indicator": "新增就业", "value": 1.2, "unit": "万人"}))
        project.view_state = view
        before = (project.indicators_frame(), project.documents(), project.edits())
    assert fingerprint(path)[1] == []  # closed cleanly: no -wal/-shm left

    with Project.open(path) as project:
        frame, documents, edits = project.indicators_frame(), project.documents(), project.edits()
        assert project.view_state == view
    pd.testing.assert_frame_equal(frame, before[0])
    assert documents == before[1]
    assert edits == before[2]
    states = frame.set_index("row_key")["review_state"]
    assert (states[keys[0]], states[keys[1]], states[keys[-1]]) == ("corrected", "rejected", "confirmed")
    assert documents[str(sample)].sha256 == hashlib.sha256(SAMPLE.read_bytes()).hexdigest()


def test_frame_has_schema_dtypes_and_stable_keys(project_path):
    with Project.open(project_path) as project:
        frame = project.indicators_frame()
    assert list(frame.columns[-3:]) == ["review_state", "origin", "row_key"]
    assert frame["row_key"].dtype == "int64" and frame["row_key"].is_unique
    assert frame["year"].dtype == "Int64" and frame["value"].dtype == "float64"
    assert frame["growth_pct"].isna().sum() == 2  # NULLs come back as NaN


def test_empty_project_frame(tmp_path):
    with Project.create(tmp_path / "empty.ivproj") as project:
        frame = project.indicators_frame()
        assert len(frame) == 0 and "row_key" in frame.columns
        assert project.view_state == {}


def test_ten_thousand_rows_in_one_transaction(tmp_path):
    text = "".join(f"第{i}项指标为{i}亿元。" for i in range(10_000))
    doc = document("bulk.txt", text)
    rows = [indicator("bulk.txt", text, f"指标{i}", f"为{i}亿元", float(i), "亿元", i * 1e8, "元", None,
                      after=text.index(f"第{i}项")) for i in range(10_000)]
    with Project.create(tmp_path / "bulk.ivproj") as project:
        from viewer.core.batch import FileResult

        project.add_results([FileResult("bulk.txt", doc, rows)])
        frame = project.indicators_frame()
    assert len(frame) == 10_000
    assert frame["value"].sum() == sum(range(10_000))


def test_create_refuses_an_existing_file_unless_overwrite(project_path):
    before = fingerprint(project_path)
    with pytest.raises(ProjectError, match="already exists"):
        Project.create(project_path)
    assert fingerprint(project_path) == before
    with Project.create(project_path, overwrite=True) as project:
        assert len(project.indicators_frame()) == 0


def test_save_as_copies_and_continues_on_the_copy(project_path, tmp_path):
    copy = tmp_path / "copy.ivproj"
    with Project.open(project_path) as project:
        key = key_of(project, "地区生产总值")
        project.apply(review.confirm(project, key))
        project.save_as(copy)
        assert project.path == copy
        project.apply(review.reject(project, key_of(project, "高新技术企业")))
    with Project.open(project_path) as original, Project.open(copy) as saved:
        assert original.row(key).state == "confirmed"
        assert set(original.indicators_frame()["review_state"]) == {"confirmed", "unreviewed"}
        assert set(saved.indicators_frame()["review_state"]) == {"confirmed", "unreviewed", "rejected"}
    assert fingerprint(copy)[1] == []


# --- re-extraction ---------------------------------------------------------------------------


def _review(project: Project) -> dict[str, int]:
    """Correct one row, reject one, add one; the third extracted row stays unreviewed."""
    keys = {name: key_of(project, name) for name, *_ in FACTS}
    project.apply(review.change_field(project, keys["地区生产总值"], "value", 436.29))
    project.apply(review.reject(project, keys["规上工业总产值"]))
    start = TEXT.index("1.2万人")
    added = review.add_indicator(project, "articles/a.txt", start, start + 5,
                                 {"indicator": "新增就业", "value": 1.2, "unit": "万人"})
    project.apply(added)
    return keys | {"新增就业": added.row_key}


def test_reextract_with_the_same_text_keeps_everything(project_path):
    with Project.open(project_path) as project:
        keys = _review(project)
        before = project.indicators_frame()
        report = project.reextract(extract_facts)
        after = project.indicators_frame()
    assert report.rows_kept == 4 and report.rows_added == 0 and report.orphaned == []
    pd.testing.assert_frame_equal(after, before)
    assert after.set_index("row_key").loc[keys["地区生产总值"], "value"] == 436.29


def test_reextract_after_the_source_changed(tmp_path):
    source = tmp_path / "a.txt"
    source.write_text(TEXT, encoding="utf-8")
    doc = replace(document(str(source)), sha256=hashlib.sha256(source.read_bytes()).hexdigest())
    from viewer.core.batch import FileResult

    path = tmp_path / "study.ivproj"
    with Project.create(path) as project:
        project.add_results([FileResult(str(source), doc, extract_facts(doc))])
        keys = {name: key_of(project, name) for name, *_ in FACTS}
        project.apply(review.change_field(project, keys["地区生产总值"], "value", 436.29))
        project.apply(review.reject(project, keys["规上工业总产值"]))
        start = TEXT.index("1.2万人")
        added = review.add_indicator(project, str(source), start, start + 5,
                                     {"indicator": "新增就业", "value": 1.2, "unit": "万人"})
        project.apply(added)

    # The article was edited: a heading shifts every offset, one figure changed, one vanished.
    changed = "【快讯】" + TEXT.replace("1000亿元", "1100亿元").replace("高新技术企业达到512家。", "")
    source.write_text(changed, encoding="utf-8")
    facts = FACTS + (("规上工业总产值", "1100亿元", 1100.0, "亿元", 1100e8, "元", None),)

    def read(path: str):
        data = Path(path).read_bytes()
        return replace(document(path, data.decode()), sha256=hashlib.sha256(data).hexdigest())

    with Project.open(path) as project:
        report = project.reextract(lambda d: extract_facts(d, facts), read=read)
        frame = project.indicators_frame().set_index("row_key")
        assert project.document(str(source)).text == changed

    corrected = frame.loc[keys["地区生产总值"]]
    assert (corrected["value"], corrected["review_state"]) == (436.29, "corrected")
    assert corrected["start"] == changed.index("436.3亿元")  # re-anchored to the shifted quote
    assert frame.loc[added.row_key, "start"] == changed.index("1.2万人")
    assert keys["高新技术企业"] not in frame.index  # unreviewed and gone: dropped
    assert report.rows_dropped == 1 and report.rows_added == 1
    assert [(o.row_key, o.review_state) for o in report.orphaned] == [(keys["规上工业总产值"], "rejected")]

    with Project.open(path) as project:  # orphans are stored, not dropped
        orphans = project.orphans()
        assert [o.quote for o in orphans] == ["1000亿元"]
        assert keys["规上工业总产值"] not in set(project.indicators_frame()["row_key"])
        assert keys["规上工业总产值"] in set(project.indicators_frame(include_orphaned=True)["row_key"])
        assert project.info().orphans == 1


def test_orphan_comes_back_when_its_quote_returns(project_path):
    with Project.open(project_path) as project:
        keys = _review(project)
        shorter = TEXT.replace("规上工业总产值突破1000亿元。", "")
        report = project.add_results([result("articles/a.txt", shorter)])
        assert [o.row_key for o in report.orphaned] == [keys["规上工业总产值"]]
        report = project.add_results([result("articles/a.txt", TEXT)])
        assert report.orphaned == [] and project.orphans() == []
        assert project.row(keys["规上工业总产值"]).state == "rejected"


def test_extractor_finding_an_added_row_does_not_duplicate_it(project_path):
    with Project.open(project_path) as project:
        keys = _review(project)
        facts = FACTS + (("新增就业", "1.2万人", 1.2, "万人", 1.2e4, "人", None),)
        report = project.reextract(lambda d: extract_facts(d, facts))
        frame = project.indicators_frame()
    assert report.rows_added == 0
    assert list(frame.loc[frame["quote"] == "1.2万人", "row_key"]) == [keys["新增就业"]]


def test_import_rows_are_kept_apart_from_extraction(project_path):
    row = indicator("elsewhere.txt", "总投资50亿元", "总投资", "50亿元", 50.0, "亿元", 5e9, "元", None)
    with Project.open(project_path) as project:
        assert project.import_rows([row], ["confirmed"]) == 1
        project.reextract(extract_facts)
        frame = project.indicators_frame()
    imported = frame[frame["origin"] == "imported"]
    assert list(imported["indicator"]) == ["总投资"] and list(imported["review_state"]) == ["confirmed"]


# --- refusing bad files without touching them -------------------------------------------------


def _foreign_sqlite(path: Path, wal: bool) -> None:
    db = sqlite3.connect(path)
    if wal:
        db.execute("PRAGMA journal_mode = WAL")
    db.execute("CREATE TABLE notes (body TEXT)")
    db.execute("INSERT INTO notes VALUES ('not ours')")
    db.commit()
    db.close()


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.write_text("地区生产总值 436.3 亿元\n", encoding="utf-8"), "not an SQLite database"),
        (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200)), "not an SQLite database"),
        (lambda p: p.write_bytes(b""), "not an SQLite database"),
        (lambda p: _foreign_sqlite(p, wal=False), "not an Indicator Viewer project"),
        (lambda p: _foreign_sqlite(p, wal=True), "not an Indicator Viewer project"),
    ],
    ids=["text", "png", "empty", "sqlite", "sqlite-wal"],
)
def test_foreign_files_are_refused_untouched(tmp_path, make, message):
    path = tmp_path / "foreign.ivproj"
    make(path)
    before = fingerprint(path)
    for readonly in (False, True):
        with pytest.raises(ProjectError, match=message):
            Project.open(path, readonly=readonly)
    assert fingerprint(path) == before and before[1] == []


def test_our_id_without_our_tables_is_refused(tmp_path):
    path = tmp_path / "half.ivproj"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA application_id = {project_schema.APPLICATION_ID}")
    db.execute("CREATE TABLE meta (key TEXT)")
    db.commit()
    db.close()
    before = fingerprint(path)
    with pytest.raises(ProjectError, match="not a complete"):
        Project.open(path)
    assert fingerprint(path) == before


def _big_project(path: Path) -> None:
    text = "".join(f"第{i}项为{i}亿元。" for i in range(3000))
    rows = [indicator("big.txt", text, f"指标{i}", f"为{i}亿元", float(i), "亿元", i * 1e8, "元", None,
                      after=text.index(f"第{i}项")) for i in range(3000)]
    from viewer.core.batch import FileResult

    with Project.create(path) as project:
        project.add_results([FileResult("big.txt", document("big.txt", text), rows)])


def test_truncated_project_is_refused_untouched(tmp_path):
    path = tmp_path / "cut.ivproj"
    _big_project(path)
    data = path.read_bytes()
    for size in (len(data) // 2, 60):
        path.write_bytes(data[:size])
        before = fingerprint(path)
        with pytest.raises(ProjectError, match="damaged|truncated"):
            Project.open(path)
        assert fingerprint(path) == before


def test_corrupt_project_is_refused_untouched(tmp_path):
    path = tmp_path / "corrupt.ivproj"
    _big_project(path)
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    middle = (len(data) // page // 2) * page
    data[middle: middle + 3 * page] = bytes((i * 7 + 13) % 256 for i in range(3 * page))
    path.write_bytes(bytes(data))
    before = fingerprint(path)
    with pytest.raises(ProjectError, match="damaged"):
        Project.open(path)
    assert fingerprint(path) == before


def test_newer_project_is_refused_untouched(project_path):
    db = sqlite3.connect(project_path)
    db.execute("PRAGMA user_version = 99")
    db.commit()
    db.close()
    before = fingerprint(project_path)
    assert before[1] == []
    for readonly in (False, True):
        with pytest.raises(ProjectError, match="newer version"):
            Project.open(project_path, readonly=readonly)
    assert fingerprint(project_path) == before


def test_missing_file_and_folder_are_refused(tmp_path):
    with pytest.raises(ProjectError, match="does not exist"):
        Project.open(tmp_path / "nothing.ivproj")
    with pytest.raises(ProjectError, match="folder"):
        Project.open(tmp_path)


def test_read_only_file_opens_read_only_and_stays_untouched(project_path):
    with Project.open(project_path) as project:
        key = key_of(project, "地区生产总值")
        project.apply(review.confirm(project, key))
        expected = project.indicators_frame()
    project_path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    try:
        before = fingerprint(project_path)
        with Project.open(project_path) as project:
            assert project.readonly
            pd.testing.assert_frame_equal(project.indicators_frame(), expected)
            with pytest.raises(ProjectReadOnlyError):
                project.apply(review.reject(project, key))
            with pytest.raises(ProjectReadOnlyError):
                project.view_state = {"x": 1}
        assert fingerprint(project_path) == before
    finally:
        project_path.chmod(0o644)


def test_readonly_request_on_a_writable_file(project_path):
    before = fingerprint(project_path)
    with Project.open(project_path, readonly=True) as project:
        assert len(project.indicators_frame()) == 3
        with pytest.raises(ProjectReadOnlyError):
            project.reserve_row_key()
    assert fingerprint(project_path) == before


# --- migrations ------------------------------------------------------------------------------


def _add_language_column(db: sqlite3.Connection) -> None:
    db.execute("ALTER TABLE documents ADD COLUMN language TEXT NOT NULL DEFAULT 'zh'")


def test_older_project_migration(project_path, monkeypatch):
    monkeypatch.setattr(project_schema, "MIGRATIONS", [*project_schema.MIGRATIONS, _add_language_column])
    with pytest.raises(ProjectError, match="older project format"):
        Project.open(project_path, readonly=True)
    with Project.open(project_path) as project:
        assert project.info().version == 2
        assert len(project.indicators_frame()) == 3
    db = sqlite3.connect(project_path)
    assert db.execute("SELECT language FROM documents").fetchall() == [("zh",)]
    db.close()


def test_failed_migration_leaves_the_old_version(project_path, monkeypatch):
    def broken(db: sqlite3.Connection) -> None:
        db.execute("ALTER TABLE documents ADD COLUMN language TEXT")
        db.execute("ALTER TABLE no_such_table ADD COLUMN x TEXT")

    monkeypatch.setattr(project_schema, "MIGRATIONS", [*project_schema.MIGRATIONS, broken])
    with pytest.raises(ProjectError):
        Project.open(project_path)
    monkeypatch.undo()
    with Project.open(project_path) as project:
        assert project.info().version == 1
    db = sqlite3.connect(project_path)
    assert "language" not in {r[1] for r in db.execute("PRAGMA table_info(documents)")}
    db.close()


def test_frame_matches_the_schema_frame_of_the_same_rows(project_path):
    from viewer.core.schema import COLUMNS, indicators_frame

    with Project.open(project_path) as project:
        frame = project.indicators_frame()
    expected = indicators_frame(result().rows)
    pd.testing.assert_frame_equal(frame[list(COLUMNS)], expected)
