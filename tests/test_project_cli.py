"""``indicator-viewer project``: new / add / export / import / info end to end."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pandas as pd
import pytest

from viewer.cli import main
from viewer.core import review
from viewer.core.project import Project

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "000_b8a99ac8d333fe78.txt"


@pytest.fixture
def articles(tmp_path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copyfile(SAMPLE, folder / "sample.txt")
    (folder / "broken.html").write_bytes(b"\x00\x01\x02 not an article")
    return folder


def test_new_reports_bad_files_and_keeps_the_rest(tmp_path, articles, capsys):
    path = tmp_path / "study.ivproj"
    code = main(["project", "new", str(path), str(articles)])
    err = capsys.readouterr().err
    assert code == 1
    assert f"{articles / 'broken.html'}:" in err
    with Project.open(path) as project:
        assert list(project.documents()) == [str(articles / "sample.txt")]
        assert project.documents()[str(articles / "sample.txt")].sha256 == hashlib.sha256(
            SAMPLE.read_bytes()).hexdigest()
    assert (articles / "sample.txt").read_bytes() == SAMPLE.read_bytes()  # sources are only read


def test_new_refuses_to_overwrite_without_force(tmp_path, articles, capsys):
    path = tmp_path / "study.ivproj"
    path.write_text("precious notes", encoding="utf-8")
    assert main(["project", "new", str(path), str(articles / "sample.txt")]) == 2
    assert "already exists" in capsys.readouterr().err
    assert path.read_text(encoding="utf-8") == "precious notes"
    assert main(["project", "new", "--force", str(path), str(articles / "sample.txt")]) == 0
    with Project.open(path) as project:
        assert len(project.documents()) == 1


def test_add_keeps_corrections_when_a_file_is_added_again(tmp_path, articles, capsys):
    path = tmp_path / "study.ivproj"
    sample = articles / "sample.txt"
    assert main(["project", "new", str(path), str(sample)]) == 0
    second = articles / "second.txt"
    shutil.copyfile(SAMPLE, second)
    with Project.open(path) as project:
        added = review.add_indicator(project, str(sample), 0, 2, {"indicator": "测试", "value": 1, "unit": "个"})
        project.apply(added)
    assert main(["project", "add", str(path), str(sample), str(second), str(tmp_path / "missing.txt")]) == 1
    assert "missing.txt" in capsys.readouterr().err
    with Project.open(path) as project:
        assert set(project.documents()) == {str(sample), str(second)}
        assert project.row(added.row_key).state == "confirmed"


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "parquet"])
def test_export_formats_read_back(tmp_path, articles, fmt):
    path = tmp_path / "study.ivproj"
    main(["project", "new", str(path), str(articles / "sample.txt")])
    with Project.open(path) as project:
        start = project.document(str(articles / "sample.txt")).text.find("2021")
        project.apply(review.add_indicator(project, str(articles / "sample.txt"), start, start + 4,
                                           {"indicator": "测试年份", "value": 2021, "unit": "年"}))
        project.apply(review.reject(project, int(project.indicators_frame()["row_key"].iloc[0])))
        expected = len(project.indicators_frame())
    out = tmp_path / f"rows.{fmt}"
    assert main(["project", "export", str(path), "-o", str(out)]) == 0
    back = {
        "csv": lambda: pd.read_csv(out, encoding="utf-8-sig"),
        "xlsx": lambda: pd.read_excel(out, engine="openpyxl"),
        "parquet": lambda: pd.read_parquet(out, engine="pyarrow"),
    }[fmt]()
    assert len(back) == expected
    assert {"review_state", "origin", "quote", "start", "end"} <= set(back.columns)
    assert "rejected" in set(back["review_state"]) and "测试年份" in set(back["indicator"])

    assert main(["project", "export", str(path), "--exclude-rejected", "--format", fmt, "-o", str(out)]) == 0
    assert len({"csv": pd.read_csv, "xlsx": pd.read_excel, "parquet": pd.read_parquet}[fmt](out)) == expected - 1


def test_export_csv_to_stdout(tmp_path, articles, capsys):
    path = tmp_path / "study.ivproj"
    main(["project", "new", str(path), str(articles / "sample.txt")])
    capsys.readouterr()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    assert main(["project", "export", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].endswith("review_state,origin")
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before  # export only reads
    assert main(["project", "export", str(path), "--format", "parquet"]) == 2  # binary needs -o


def test_import_and_info(tmp_path, articles, capsys):
    path = tmp_path / "study.ivproj"
    main(["project", "new", str(path), str(articles / "sample.txt")])
    csv = tmp_path / "more.csv"
    csv.write_text("source,indicator,value,review_state\nx.txt,总投资,50,confirmed\nx.txt,坏行,abc,\n",
                   encoding="utf-8")
    capsys.readouterr()
    assert main(["project", "import", str(path), str(csv)]) == 1
    assert "line 3: value 'abc' is not a number" in capsys.readouterr().err
    assert main(["project", "info", str(path)]) == 0
    out = capsys.readouterr().out
    assert "documents: 1" in out and "confirmed: 1" in out


def test_refused_project_exits_2_with_a_message(tmp_path, capsys):
    path = tmp_path / "notes.ivproj"
    path.write_text("not a project", encoding="utf-8")
    assert main(["project", "export", str(path)]) == 2
    assert "not an Indicator Viewer project" in capsys.readouterr().err
    assert path.read_text(encoding="utf-8") == "not a project"
