"""Saved files are written whole or not at all, with ordinary permissions."""

from __future__ import annotations

import os

import pytest

from viewer.core.atomic import atomic_write, atomic_write_text


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "rows.csv"
    target.write_text("old", encoding="utf-8")

    def broken(tmp: str) -> None:
        with open(tmp, "w", encoding="utf-8") as f:
            f.write("half")
        raise OSError("disk full")

    with pytest.raises(OSError):
        atomic_write(target, broken)
    assert target.read_text(encoding="utf-8") == "old"
    assert os.listdir(tmp_path) == ["rows.csv"]


def test_new_files_get_the_umask_mode_and_replaced_files_keep_theirs(tmp_path):
    fresh = tmp_path / "fresh.txt"
    atomic_write_text(fresh, "数据")
    umask = os.umask(0)
    os.umask(umask)
    assert fresh.stat().st_mode & 0o777 == 0o666 & ~umask
    kept = tmp_path / "kept.txt"
    kept.write_text("x", encoding="utf-8")
    kept.chmod(0o640)
    atomic_write_text(kept, "y")
    assert kept.stat().st_mode & 0o777 == 0o640 and kept.read_text(encoding="utf-8") == "y"
