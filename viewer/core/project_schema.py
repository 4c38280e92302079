"""The project file's tables and how older project files are brought up to date.

A project file is an SQLite database marked with ``PRAGMA application_id`` (so a foreign
database is recognised from its first 100 bytes, without opening it) and versioned with
``PRAGMA user_version``. ``MIGRATIONS[n]`` turns a version-``n`` file into version ``n+1``;
a new file is "migrated" from version 0, so the creation path and the upgrade path are the
same code. All migrations of one open run in one transaction: an interrupted upgrade leaves
the file at its old version.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from viewer.core.schema import COLUMNS, FLOAT_COLUMNS, INT_COLUMNS, NULLABLE_INT_COLUMNS

APPLICATION_ID = 0x49565052  # "IVPR"
APPLICATION_NAME = "indicator-viewer-project"
SQLITE_MAGIC = b"SQLite format 3\x00"
FILE_SUFFIX = ".ivproj"

# The indicator columns as stored; "end" is an SQL keyword, so every name is quoted.
INDICATOR_COLUMNS: tuple[str, ...] = COLUMNS
DOCUMENT_COLUMNS = ("source", "text", "title", "publisher", "author", "published", "url", "encoding", "sha256")
REQUIRED_TABLES = frozenset({"meta", "documents", "indicators", "corrections", "edit_log"})


def quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _column_type(name: str) -> str:
    if name in FLOAT_COLUMNS:
        return "REAL"
    if name in INT_COLUMNS:
        return "INTEGER NOT NULL"
    if name in NULLABLE_INT_COLUMNS:
        return "INTEGER"
    return "TEXT NOT NULL DEFAULT ''"


def _create_version_1(db: sqlite3.Connection) -> None:
    indicator_columns = ",\n    ".join(f"{quoted(c)} {_column_type(c)}" for c in INDICATOR_COLUMNS)
    document_columns = ",\n    ".join(f"{quoted(c)} TEXT NOT NULL DEFAULT ''" for c in DOCUMENT_COLUMNS[1:])
    _execute_script(
        db,
        f"""
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE documents (
    source TEXT PRIMARY KEY,
    {document_columns},
    added_at TEXT NOT NULL
);
-- The extractor's values (or the analyst's, for rows the analyst added): corrections
-- live in their own table so re-extraction can replace these and keep the corrections.
CREATE TABLE indicators (
    row_key INTEGER PRIMARY KEY,
    origin TEXT NOT NULL CHECK (origin IN ('extracted', 'added', 'imported')),
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'orphaned')),
    orphan_reason TEXT NOT NULL DEFAULT '',
    review_state TEXT NOT NULL DEFAULT 'unreviewed'
        CHECK (review_state IN ('unreviewed', 'confirmed', 'corrected', 'rejected')),
    {indicator_columns}
);
CREATE INDEX indicators_by_source ON indicators (source, status);
CREATE TABLE corrections (
    row_key INTEGER NOT NULL REFERENCES indicators (row_key) ON DELETE CASCADE,
    field TEXT NOT NULL,
    value,
    PRIMARY KEY (row_key, field)
) WITHOUT ROWID;
CREATE TABLE edit_log (
    seq INTEGER PRIMARY KEY,
    action TEXT NOT NULL CHECK (action IN ('apply', 'revert')),
    kind TEXT NOT NULL,
    label TEXT NOT NULL,
    edit TEXT NOT NULL,
    who TEXT NOT NULL,
    at TEXT NOT NULL
);
"""
    )
    db.executemany(
        "INSERT INTO meta (key, value) VALUES (?, ?)",
        [("application", APPLICATION_NAME), ("next_row_key", "1"), ("view_state", "{}")],
    )


def _execute_script(db: sqlite3.Connection, script: str) -> None:
    # executescript() would commit the caller's transaction first; these run inside it.
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


Migration = Callable[[sqlite3.Connection], None]
MIGRATIONS: list[Migration] = [_create_version_1]


def schema_version() -> int:
    """The version this code writes: one past the last migration."""
    return len(MIGRATIONS)


def migrate(db: sqlite3.Connection, from_version: int) -> int:
    """Run the migrations after ``from_version`` in the caller's transaction; returns the new version."""
    for version in range(from_version, schema_version()):
        MIGRATIONS[version](db)
    db.execute(f"PRAGMA user_version = {schema_version()}")
    return schema_version()
