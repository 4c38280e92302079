"""Loading off the UI thread: documents, one frame, problems with reasons, progress, cancel."""

from __future__ import annotations

import logging
import shutil

import pytest

from viewer.qt.loader import ArticleLoader, load_articles
from viewer.resources import sample_paths


@pytest.fixture
def folder(tmp_path):
    """Two copies of the sample and two files that cannot be read."""
    for name in ("a.txt", "b.txt"):
        shutil.copy(sample_paths()[0], tmp_path / name)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.html").write_bytes(bytes(range(256)) * 40)
    return tmp_path


def test_load_gathers_documents_rows_and_problems(folder, caplog):
    with caplog.at_level(logging.WARNING):
        result = load_articles([str(folder)])
    assert result.total == 4 and not result.cancelled
    assert sorted(p.rsplit("/", 1)[-1] for p in result.documents) == ["a.txt", "b.txt"]
    assert sorted(p.path.rsplit("/", 1)[-1] for p in result.problems) == ["binary.html", "empty.txt"]
    assert all(p.reason for p in result.problems)
    assert len(result.frame) > 0 and set(result.frame["source"]) == set(result.documents)
    assert "empty.txt" in caplog.text  # each problem is logged with its path


def test_cancel_stops_early_and_keeps_what_was_read(folder):
    calls = []

    def cancel_after_first() -> bool:
        calls.append(1)
        return len(calls) > 1

    result = load_articles([str(folder)], should_cancel=cancel_after_first)
    assert result.cancelled
    assert len(result.documents) + len(result.problems) == 1


def test_background_loader_reports_progress_and_finishes(folder, qtbot):
    loader = ArticleLoader()
    progress = []
    loader.progress.connect(lambda done, total: progress.append((done, total)))
    with qtbot.waitSignal(loader.finished, timeout=30_000) as blocker:
        assert loader.start([str(folder)])
        assert not loader.start([str(folder)])  # one load at a time
    result = blocker.args[0]
    assert len(result.documents) == 2 and len(result.problems) == 2
    assert progress[0] == (0, 4) and progress[-1] == (4, 4)
    assert not loader.is_running()
