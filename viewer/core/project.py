"""A project: one SQLite file holding documents, extracted rows, the analyst's corrections and the view.

API for the window::

    project = Project.create("study.ivproj")          # refuses an existing file unless overwrite=True
    project = Project.open("study.ivproj")            # ProjectError with a message for the user
    project = Project.open(path, readonly=True)       # or a file without write permission
    report = project.add_results(run_batch(paths))    # FileResults; a known source is re-merged
    project.documents()                               # {source: Document}
    frame = project.indicators_frame()                # schema columns + review_state, origin, row_key
    edit = review.change_field(project, row_key, "value", "436.3")
    project.apply(edit); project.revert(edit)         # each one transaction, committed at once
    project.edits()                                   # history: EditRecord(seq, action, edit, who, at)
    project.view_state = {...}; project.view_state    # any JSON value, opaque here
    report = project.reextract(extract_indicators)    # keeps corrections; report.orphaned lists the rest
    project.orphans()                                 # rows with manual work that lost their quote
    project.save_as("copy.ivproj")                    # copy (backup API, atomic), then work on the copy
    project.close()                                   # also a context manager

For an editing table: ``project.row(row_key)`` gives one row as it stands after an edit
(refresh only ``edit.row_keys``), ``project.known_units()`` the units to offer,
``project.info()`` counts per review state. Errors: ProjectError (and its subclass
ProjectReadOnlyError) from here, ValidationError / StaleEditError from ``review``.

There is no "Save": every edit is committed when it is made. Edits go through
``review``'s factories, which validate and record who and when.

Durability: the file is in WAL mode with ``synchronous=FULL``. In WAL mode NORMAL already
survives the application being killed (a commit is in the WAL, in the OS cache, before
``commit()`` returns); FULL also fsyncs the WAL at each commit so an edit survives a power
cut or OS crash too. Edits come at human pace (an fsync costs milliseconds) and bulk loads
are one transaction, so FULL is the right trade for the analyst's most valuable data.

Opening never harms a file it refuses: the first 100 bytes are read with plain file I/O
(SQLite magic, our ``application_id``, format version, declared size), then the file is
checked through a read-only connection (``immutable`` when no ``-wal`` file exists, so not
even ``-wal``/``-shm`` files appear beside it), and only a file that passed is opened for
writing (and migrated, in one transaction). Source files are only ever read.

Connections are used from the thread that opened the project (sqlite3's default check).
"""

from __future__ import annotations

import dataclasses
import gc
import json
import math
import os
import sqlite3
import stat
import struct
import urllib.parse
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from viewer.core.atomic import atomic_write
from viewer.core.document import Document, ReadError
from viewer.core.project_merge import Merge, StoredRow, merge_rows
from viewer.core.project_schema import (
    APPLICATION_ID,
    DOCUMENT_COLUMNS,
    INDICATOR_COLUMNS,
    REQUIRED_TABLES,
    SQLITE_MAGIC,
    migrate,
    quoted,
    schema_version,
)
from viewer.core.review import (
    REVIEW_STATES,
    Edit,
    ReviewState,
    RowSnapshot,
    edit_from_json,
    edit_to_json,
    utc_now,
)
from viewer.core.schema import (
    COLUMNS,
    FLOAT_COLUMNS,
    INT_COLUMNS,
    NULLABLE_INT_COLUMNS,
    Indicator,
)

FRAME_EXTRA_COLUMNS = ("review_state", "origin", "row_key")
ORIGINS = ("extracted", "added", "imported")
SIDE_FILE_SUFFIXES = ("-wal", "-shm", "-journal")


class ProjectError(Exception):
    """A project that cannot be opened or written; ``str(error)`` is for the user."""


class ProjectReadOnlyError(ProjectError):
    pass


@dataclass(frozen=True)
class EditRecord:
    seq: int
    action: str  # "apply" | "revert"
    edit: Edit
    who: str
    at: str


@dataclass(frozen=True)
class Orphan:
    """A row with manual work whose quote could not be found again."""

    row_key: int
    source: str
    indicator: str
    quote: str
    start: int
    end: int
    review_state: str
    reason: str


@dataclass
class MergeReport:
    """What adding or re-extracting documents did to the rows."""

    documents: int = 0  # documents added or updated
    new_documents: int = 0
    rows_added: int = 0  # new rows from the extractor
    rows_kept: int = 0  # stored rows matched again (their row_key, state and corrections kept)
    rows_dropped: int = 0  # unreviewed rows the extractor no longer finds
    orphaned: list[Orphan] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)

    def absorb(self, other: MergeReport) -> None:
        for f in dataclasses.fields(self):
            mine = getattr(self, f.name)
            setattr(self, f.name, mine + getattr(other, f.name))


@dataclass(frozen=True)
class ProjectInfo:
    version: int
    documents: int
    rows: int
    states: dict[str, int]
    orphans: int
    edits: int


class Project:
    def __init__(self, path: Path, db: sqlite3.Connection, readonly: bool):
        self.path = path
        self.readonly = readonly
        self._db = db

    # --- opening and closing -----------------------------------------------------------------

    @classmethod
    def create(cls, path: str | os.PathLike, overwrite: bool = False) -> Project:
        """A new empty project at ``path``, written to a sibling and moved into place."""
        target = Path(path)
        if target.exists() and not overwrite:
            raise ProjectError(f"{target} already exists")
        if target.is_dir():
            raise ProjectError(f"{target} is a folder")

        def write(tmp: str) -> None:
            db = sqlite3.connect(tmp, isolation_level=None)
            try:
                db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                db.execute("BEGIN IMMEDIATE")
                migrate(db, 0)
                db.execute("INSERT INTO meta (key, value) VALUES ('created_at', ?)", (utc_now(),))
                db.execute("COMMIT")
                db.execute("PRAGMA journal_mode = WAL")
            finally:
                db.close()
            _give_default_mode(tmp, target)
            _remove_side_files(target)  # a stale -wal of the file replaced must not be replayed

        try:
            atomic_write(target, write)
        except OSError as error:
            raise ProjectError(f"cannot create {target}: {error.strerror or error}") from error
        return cls.open(target)

    @classmethod
    def open(cls, path: str | os.PathLike, readonly: bool = False) -> Project:
        """Open a project; refuses (ProjectError, file untouched) anything that is not a sound project
        of a version this code knows. A file without write permission opens read-only."""
        target = Path(path)
        version = _inspect(target)
        readonly = readonly or not _writable(target)
        if readonly:
            if version < schema_version():
                raise ProjectError(
                    f"{target} is in an older project format (version {version}); "
                    "open it with write access once to upgrade it"
                )
            return cls(target, _connect_readonly(target), readonly=True)
        return cls(target, _connect_readwrite(target, version), readonly=False)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def save_as(self, path: str | os.PathLike) -> None:
        """Copy the project to ``path`` (atomically) and continue working on the copy."""
        target = Path(path)
        if target.exists() and target.resolve() == self.path.resolve():
            return
        self.backup_to(target)
        self.close()
        self._db = _connect_readwrite(target, schema_version())
        self.path, self.readonly = target, False

    def backup_to(self, path: str | os.PathLike) -> None:
        """A consistent copy of the project at ``path`` (SQLite backup API into a sibling, then rename)."""
        target = Path(path)

        def write(tmp: str) -> None:
            copy = sqlite3.connect(tmp)
            try:
                self._connection().backup(copy)
            finally:
                copy.close()
            _give_default_mode(tmp, target)
            _remove_side_files(target)

        try:
            atomic_write(target, write)
        except (OSError, sqlite3.Error) as error:
            raise ProjectError(f"cannot write {target}: {error}") from error

    # --- reading -----------------------------------------------------------------------------

    def documents(self) -> dict[str, Document]:
        columns = ", ".join(quoted(c) for c in DOCUMENT_COLUMNS)
        rows = self._connection().execute(f"SELECT {columns} FROM documents ORDER BY source")
        return {r[0]: Document(*r) for r in rows}

    def document(self, source: str) -> Document:
        columns = ", ".join(quoted(c) for c in DOCUMENT_COLUMNS)
        row = self._connection().execute(f"SELECT {columns} FROM documents WHERE source = ?", (source,)).fetchone()
        if row is None:
            raise KeyError(source)
        return Document(*row)

    def sources(self) -> list[str]:
        return [r[0] for r in self._connection().execute("SELECT source FROM documents ORDER BY source")]

    def indicators_frame(self, include_orphaned: bool = False) -> pd.DataFrame:
        """The current rows (corrections applied): the schema columns with their dtypes,
        then ``review_state``, ``origin`` and ``row_key`` (int64, stable across sessions)."""
        where = "" if include_orphaned else "WHERE status = 'active'"
        names = list(COLUMNS) + list(FRAME_EXTRA_COLUMNS)
        db = self._connection()
        # Text is fetched as UTF-8 bytes and decoded by Arrow, and the collector is paused:
        # both cost more than the query itself for a million rows.
        with _gc_paused(), _text_as_bytes(db):
            records = db.execute(
                f"SELECT {', '.join(quoted(c) for c in names)} FROM indicators {where} ORDER BY row_key"
            ).fetchall()
            columns = dict(zip(names, zip(*records))) if records else {n: () for n in names}
            del records
            frame = pd.DataFrame({name: _column(name, values) for name, values in columns.items()})
        self._apply_corrections(frame, include_orphaned)
        return frame

    def _apply_corrections(self, frame: pd.DataFrame, include_orphaned: bool) -> None:
        where = "" if include_orphaned else "WHERE i.status = 'active'"
        corrections = self._connection().execute(
            f"SELECT c.row_key, c.field, c.value FROM corrections c JOIN indicators i USING (row_key) {where}"
        ).fetchall()
        if not corrections:
            return
        position = pd.Index(frame["row_key"].to_numpy())
        by_field: dict[str, list[tuple[int, object]]] = {}
        for row_key, name, value in corrections:
            by_field.setdefault(name, []).append((row_key, value))
        for name, items in by_field.items():
            rows = position.get_indexer([k for k, _ in items])
            values = [v for _, v in items]
            column = frame[name].astype(object).to_numpy(copy=True)
            column[rows] = values
            frame[name] = _column(name, column)

    def row(self, row_key: int) -> RowSnapshot:
        """One row as it stands (corrections applied); KeyError when there is no such row."""
        return _RowStore(self._connection()).snapshot(row_key)

    def orphans(self) -> list[Orphan]:
        rows = self._connection().execute(
            'SELECT row_key, source, indicator, quote, start, "end", review_state, orphan_reason '
            "FROM indicators WHERE status = 'orphaned' ORDER BY row_key"
        )
        return [Orphan(*r) for r in rows]

    def known_units(self) -> list[str]:
        """The units of the project's rows, most used first (for the unit editor's choices)."""
        rows = self._connection().execute(
            "SELECT unit FROM indicators WHERE unit != '' GROUP BY unit ORDER BY count(*) DESC, unit"
        )
        return [r[0] for r in rows]

    def unit_scale(self, unit: str) -> tuple[str, float] | None:
        """The base unit and factor for ``unit``: as the project's rows use it, else the units table."""
        found = self._connection().execute(
            "SELECT base_unit, value_base / value FROM indicators "
            "WHERE unit = ? AND value != 0 AND value_base IS NOT NULL LIMIT 1",
            (unit,),
        ).fetchone()
        if found is not None:
            return found[0], float(found[1])
        try:
            from viewer.core.units import base_of
        except ImportError:
            return None
        try:
            base, factor = base_of(unit)
        except Exception:
            return None
        return base, float(factor)

    def edits(self) -> list[EditRecord]:
        rows = self._connection().execute("SELECT seq, action, edit, who, at FROM edit_log ORDER BY seq")
        return [EditRecord(seq, action, edit_from_json(text), who, at) for seq, action, text, who, at in rows]

    @property
    def view_state(self) -> object:
        text = self._meta("view_state")
        return json.loads(text) if text else {}

    @view_state.setter
    def view_state(self, state: object) -> None:
        text = json.dumps(state, ensure_ascii=False)
        with self._transaction() as db:
            db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('view_state', ?)", (text,))

    def info(self) -> ProjectInfo:
        db = self._connection()
        counts = dict(
            db.execute("SELECT review_state, count(*) FROM indicators WHERE status = 'active' GROUP BY review_state")
        )
        return ProjectInfo(
            version=db.execute("PRAGMA user_version").fetchone()[0],
            documents=db.execute("SELECT count(*) FROM documents").fetchone()[0],
            rows=sum(counts.values()),
            states={s: counts.get(s, 0) for s in REVIEW_STATES},
            orphans=db.execute("SELECT count(*) FROM indicators WHERE status = 'orphaned'").fetchone()[0],
            edits=db.execute("SELECT count(*) FROM edit_log").fetchone()[0],
        )

    # --- edits -------------------------------------------------------------------------------

    def apply(self, edit: Edit) -> None:
        """Make the edit and record it, in one committed transaction."""
        self._record(edit, "apply", edit.apply_to)

    def revert(self, edit: Edit) -> None:
        """Undo the edit and record that, in one committed transaction."""
        self._record(edit, "revert", edit.revert_from)

    def _record(self, edit: Edit, action: str, change: Callable) -> None:
        with self._transaction() as db:
            try:
                change(_RowStore(db))
            except KeyError as error:
                raise ProjectError(f"row {error.args[0]} is not in the project") from None
            db.execute(
                "INSERT INTO edit_log (action, kind, label, edit, who, at) VALUES (?, ?, ?, ?, ?, ?)",
                (action, edit.kind, edit.text, edit_to_json(edit), _user(), utc_now()),
            )

    def reserve_row_key(self) -> int:
        """A row key no row has or will get (for a row the analyst is about to add)."""
        with self._transaction() as db:
            return self._allocate_row_keys(db, 1)

    # --- adding and re-extracting ------------------------------------------------------------

    def add_results(self, results: Iterable) -> MergeReport:
        """Store batch results (FileResult) in one transaction. A source already in the project
        is updated: its document replaced and its rows merged, keeping manual work."""
        report = MergeReport()
        with self._transaction() as db:
            for result in results:
                if result.error or result.document is None:
                    report.failures.append((result.path, result.error or "no document"))
                    continue
                report.absorb(self._store_document(db, result.document, list(result.rows)))
        return report

    def reextract(
        self,
        extract: Callable[[Document], list[Indicator]] | None = None,
        read: Callable[[str], Document] | None = None,
        sources: Iterable[str] | None = None,
    ) -> MergeReport:
        """Extract every document (or ``sources``) again and merge, keeping corrections, rejections
        and added rows. With ``read`` (e.g. reader.read_document), a source file whose sha256
        changed is read again first; a file that cannot be read keeps its stored text."""
        if extract is None:
            from viewer.core.extract import extract_indicators as extract
        report = MergeReport()
        chosen = self.sources() if sources is None else list(sources)
        for source in chosen:
            document = self.document(source)
            if read is not None:
                document, failure = _reread(document, read)
                if failure:
                    report.failures.append((source, failure))
            try:
                rows = list(extract(document))
            except Exception as error:  # one document's extractor bug must not stop the rest
                report.failures.append((source, f"unexpected error while extracting: {error!r}"))
                continue
            with self._transaction() as db:
                report.absorb(self._store_document(db, document, rows))
        return report

    def import_rows(self, rows: Iterable[Indicator], states: Iterable[str] | None = None) -> int:
        """Add rows read from elsewhere (e.g. a CSV) as 'imported' rows, in one transaction."""
        rows = list(rows)
        states = list(states) if states is not None else [ReviewState.UNREVIEWED.value] * len(rows)
        if len(states) != len(rows):
            raise ValueError("one review state per row")
        with self._transaction() as db:
            self._insert_rows(db, rows, "imported", states)
        return len(rows)

    def _store_document(self, db: sqlite3.Connection, document: Document, rows: list[Indicator]) -> MergeReport:
        rows = [r if r.source == document.source else dataclasses.replace(r, source=document.source) for r in rows]
        known = db.execute("SELECT 1 FROM documents WHERE source = ?", (document.source,)).fetchone() is not None
        values = [getattr(document, c) for c in DOCUMENT_COLUMNS]
        columns = ", ".join(quoted(c) for c in DOCUMENT_COLUMNS)
        db.execute(
            f"INSERT OR REPLACE INTO documents ({columns}, added_at) VALUES ({', '.join('?' * len(values))}, ?)",
            (*values, utc_now()),
        )
        if not known:
            self._insert_rows(db, rows, "extracted", [ReviewState.UNREVIEWED.value] * len(rows))
            return MergeReport(documents=1, new_documents=1, rows_added=len(rows))
        stored = self._stored_rows(db, document.source)
        merge = merge_rows(stored, rows, document.text)
        return self._write_merge(db, document, rows, stored, merge)

    def _stored_rows(self, db: sqlite3.Connection, source: str) -> list[StoredRow]:
        found = db.execute(
            'SELECT row_key, origin, indicator, quote, start, "end", review_state, '
            "EXISTS (SELECT 1 FROM corrections c WHERE c.row_key = i.row_key) "
            "FROM indicators i WHERE source = ?",
            (source,),
        ).fetchall()
        return [
            StoredRow(key, origin, name, quote, start, end, manual=origin != "extracted" or state != "unreviewed"
                      or bool(corrected))
            for key, origin, name, quote, start, end, state, corrected in found
        ]

    def _write_merge(
        self, db: sqlite3.Connection, document: Document, rows: list[Indicator], stored: list[StoredRow], merge: Merge
    ) -> MergeReport:
        assignments = ", ".join(f"{quoted(c)} = ?" for c in INDICATOR_COLUMNS)
        db.executemany(
            f"UPDATE indicators SET {assignments}, status = 'active', orphan_reason = '' WHERE row_key = ?",
            [(*_row_values(rows[i]), key) for key, i in merge.matched.items()],
        )
        db.executemany(
            "UPDATE indicators SET start = ?, \"end\" = ?, status = 'active', orphan_reason = '' WHERE row_key = ?",
            [(s, e, key) for key, (s, e) in merge.reanchored.items()],
        )
        kept_authored = [
            r.row_key for r in stored
            if r.origin != "extracted" and r.row_key not in merge.orphaned and r.row_key not in merge.reanchored
        ]
        db.executemany(
            "UPDATE indicators SET status = 'active', orphan_reason = '' WHERE row_key = ?",
            [(k,) for k in kept_authored],
        )
        db.executemany(
            "UPDATE indicators SET status = 'orphaned', orphan_reason = ? WHERE row_key = ?",
            [(reason, key) for key, reason in merge.orphaned.items()],
        )
        db.executemany("DELETE FROM indicators WHERE row_key = ?", [(k,) for k in merge.dropped])
        self._insert_rows(db, [rows[i] for i in merge.new], "extracted", [ReviewState.UNREVIEWED.value] * len(merge.new))
        orphans = [o for o in self._orphans_in(db, merge.orphaned)]
        return MergeReport(
            documents=1,
            rows_added=len(merge.new),
            rows_kept=len(merge.matched) + len(merge.reanchored) + len(kept_authored),
            rows_dropped=len(merge.dropped),
            orphaned=orphans,
        )

    def _orphans_in(self, db: sqlite3.Connection, keys: Mapping[int, str]) -> Iterator[Orphan]:
        for key in sorted(keys):
            found = db.execute(
                'SELECT row_key, source, indicator, quote, start, "end", review_state, orphan_reason '
                "FROM indicators WHERE row_key = ?",
                (key,),
            ).fetchone()
            yield Orphan(*found)

    def _insert_rows(self, db: sqlite3.Connection, rows: list[Indicator], origin: str, states: list[str]) -> None:
        if not rows:
            return
        first = self._allocate_row_keys(db, len(rows))
        columns = ", ".join(quoted(c) for c in INDICATOR_COLUMNS)
        marks = ", ".join("?" * (len(INDICATOR_COLUMNS) + 3))
        db.executemany(
            f"INSERT INTO indicators (row_key, origin, review_state, {columns}) VALUES ({marks})",
            ((first + n, origin, state, *_row_values(r)) for n, (r, state) in enumerate(zip(rows, states))),
        )

    @staticmethod
    def _allocate_row_keys(db: sqlite3.Connection, count: int) -> int:
        first = int(db.execute("SELECT value FROM meta WHERE key = 'next_row_key'").fetchone()[0])
        db.execute("UPDATE meta SET value = ? WHERE key = 'next_row_key'", (str(first + count),))
        return first

    # --- plumbing ----------------------------------------------------------------------------

    def _connection(self) -> sqlite3.Connection:
        if self._db is None:
            raise ProjectError(f"{self.path} is closed")
        return self._db

    def _meta(self, key: str) -> str | None:
        row = self._connection().execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else row[0]

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: committed (and, with synchronous=FULL, on disk) on success, else
        rolled back. Not re-entrant."""
        if self.readonly:
            raise ProjectReadOnlyError(f"{self.path} is open read-only")
        db = self._connection()
        try:
            db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise ProjectError(f"cannot write {self.path}: {error}") from error
        try:
            yield db
        except BaseException:
            db.execute("ROLLBACK")
            raise
        try:
            db.execute("COMMIT")
        except sqlite3.Error as error:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise ProjectError(f"cannot write {self.path}: {error}") from error


class _RowStore:
    """The review module's RowStore over an open transaction."""

    def __init__(self, db: sqlite3.Connection):
        self._db = db

    def snapshot(self, row_key: int) -> RowSnapshot:
        columns = ", ".join(quoted(c) for c in INDICATOR_COLUMNS)
        found = self._db.execute(
            f"SELECT review_state, origin, {columns} FROM indicators WHERE row_key = ?", (int(row_key),)
        ).fetchone()
        if found is None:
            raise KeyError(row_key)
        values = dict(zip(INDICATOR_COLUMNS, found[2:]))
        corrected = dict(self._db.execute("SELECT field, value FROM corrections WHERE row_key = ?", (int(row_key),)))
        values.update(corrected)
        return RowSnapshot(int(row_key), values, frozenset(corrected), found[0], found[1])

    def has_row(self, row_key: int) -> bool:
        return self._db.execute("SELECT 1 FROM indicators WHERE row_key = ?", (int(row_key),)).fetchone() is not None

    def set_correction(self, row_key: int, field: str, value: object) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO corrections (row_key, field, value) VALUES (?, ?, ?)",
            (int(row_key), field, _sql_value(value)),
        )

    def clear_correction(self, row_key: int, field: str) -> None:
        self._db.execute("DELETE FROM corrections WHERE row_key = ? AND field = ?", (int(row_key), field))

    def set_state(self, row_key: int, state: str) -> None:
        self._db.execute("UPDATE indicators SET review_state = ? WHERE row_key = ?", (state, int(row_key)))

    def insert_row(self, row_key: int, values: Mapping[str, object], origin: str, state: str) -> None:
        columns = ", ".join(quoted(c) for c in INDICATOR_COLUMNS)
        marks = ", ".join("?" * (len(INDICATOR_COLUMNS) + 3))
        self._db.execute(
            f"INSERT INTO indicators (row_key, origin, review_state, {columns}) VALUES ({marks})",
            (int(row_key), origin, state, *(_sql_value(values.get(c)) for c in INDICATOR_COLUMNS)),
        )

    def delete_row(self, row_key: int) -> None:
        self._db.execute("DELETE FROM corrections WHERE row_key = ?", (int(row_key),))
        self._db.execute("DELETE FROM indicators WHERE row_key = ?", (int(row_key),))


# --- helpers ---------------------------------------------------------------------------------


@contextmanager
def _gc_paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@contextmanager
def _text_as_bytes(db: sqlite3.Connection) -> Iterator[None]:
    db.text_factory = bytes
    try:
        yield
    finally:
        db.text_factory = str


STRING_DTYPE = pd.Series([""], dtype=str).dtype  # pandas' default string dtype, as schema.conform makes


def _column(name: str, values) -> pd.api.extensions.ExtensionArray | np.ndarray:
    """One column from stored values (None for NULL), in the dtype the schema gives it."""
    if name in FLOAT_COLUMNS:
        return np.array(values, dtype=np.float64)  # None becomes NaN
    if name in INT_COLUMNS or name == "row_key":
        return np.array(values, dtype=np.int64)
    if name in NULLABLE_INT_COLUMNS:
        numbers = np.array(values, dtype=np.float64)
        missing = np.isnan(numbers)
        return pd.arrays.IntegerArray(np.where(missing, 0, numbers).astype(np.int64), missing)
    first = next((v for v in values if v is not None), "")
    if isinstance(first, bytes):
        strings = pa.array(values, type=pa.large_binary()).cast(pa.large_string())
    else:
        strings = pa.array(values, type=pa.large_string(), from_pandas=True)
    if strings.null_count:
        strings = pc.fill_null(strings, "")
    return pd.array(strings, dtype=STRING_DTYPE)


def _user() -> str:
    from viewer.core.review import current_user

    return current_user()


def _sql_value(value: object) -> object:
    if value is None or value is pd.NA:
        return None
    if isinstance(value, (np.integer,)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        return None if math.isnan(value) else float(value)
    return value


def _row_values(row: Indicator) -> tuple:
    return tuple(_sql_value(getattr(row, c)) for c in INDICATOR_COLUMNS)


def _reread(document: Document, read: Callable[[str], Document]) -> tuple[Document, str]:
    """The document read again if its source file changed; else the stored one (and why, if unreadable)."""
    import hashlib

    try:
        digest = hashlib.sha256(Path(document.source).read_bytes()).hexdigest()
    except OSError as error:
        return document, f"cannot read the source file ({error.strerror or error}); kept the stored text"
    if digest == document.sha256:
        return document, ""
    try:
        return read(document.source), ""
    except ReadError as error:
        return document, f"{error.reason}; kept the stored text"


def _give_default_mode(tmp: str, target: Path) -> None:
    """The mode a new file would get (temporary files are private), or the replaced file's."""
    try:
        mode = stat.S_IMODE(target.stat().st_mode) | stat.S_IWUSR
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    os.chmod(tmp, mode)


def _remove_side_files(path: Path) -> None:
    for suffix in SIDE_FILE_SUFFIXES:
        try:
            os.unlink(f"{path}{suffix}")
        except FileNotFoundError:
            pass


def _side_file(path: Path, suffix: str) -> Path:
    return Path(f"{path}{suffix}")


# --- checking a file before trusting it ------------------------------------------------------

HEADER_SIZE = 100


def _inspect(path: Path) -> int:
    """The project format version of ``path``, or ProjectError; never writes anything."""
    if not path.exists():
        raise ProjectError(f"{path} does not exist")
    if path.is_dir():
        raise ProjectError(f"{path} is a folder, not a project file")
    try:
        with open(path, "rb") as f:
            header = f.read(HEADER_SIZE)
        size = path.stat().st_size
    except OSError as error:
        raise ProjectError(f"cannot read {path}: {error.strerror or error}") from error
    if not header.startswith(SQLITE_MAGIC):
        raise ProjectError(f"{path} is not an Indicator Viewer project (not an SQLite database)")
    if len(header) < HEADER_SIZE:
        raise ProjectError(f"{path} is damaged: the file is truncated ({size} bytes)")
    (application_id,) = struct.unpack(">I", header[68:72])
    if application_id != APPLICATION_ID:
        raise ProjectError(f"{path} is an SQLite database, but not an Indicator Viewer project")
    has_wal = _side_file(path, "-wal").exists()
    (header_version,) = struct.unpack(">I", header[60:64])
    _refuse_newer(path, header_version)
    if not has_wal:
        _check_size(path, header, size)
    return _check_contents(path, has_wal)


def _refuse_newer(path: Path, version: int) -> None:
    if version > schema_version():
        raise ProjectError(
            f"{path} was written by a newer version of Indicator Viewer (project format {version}; "
            f"this version knows up to {schema_version()}). Update the app to open it."
        )


def _check_size(path: Path, header: bytes, size: int) -> None:
    (page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if page_size == 1 else page_size
    (change_counter, page_count, valid_for) = struct.unpack(">I", header[24:28]) + struct.unpack(
        ">I", header[28:32]
    ) + struct.unpack(">I", header[92:96])
    if page_size < 512 or page_size & (page_size - 1):
        raise ProjectError(f"{path} is damaged: its header is invalid")
    if change_counter == valid_for and size < page_count * page_size:
        raise ProjectError(
            f"{path} is damaged: the file is truncated ({size} of {page_count * page_size} bytes)"
        )


def _check_contents(path: Path, has_wal: bool) -> int:
    try:
        db = sqlite3.connect(_uri(path, immutable=not has_wal), uri=True)
    except sqlite3.Error as error:
        raise ProjectError(f"cannot open {path}: {error}") from error
    try:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        _refuse_newer(path, version)
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if version == 0 or not REQUIRED_TABLES <= tables:
            raise ProjectError(f"{path} is not a complete Indicator Viewer project (tables missing)")
        problems = [r[0] for r in db.execute("PRAGMA quick_check(5)")]
        if problems != ["ok"]:
            raise ProjectError(f"{path} is damaged: {'; '.join(problems)}")
        return version
    except sqlite3.OperationalError as error:  # e.g. no access to a -wal file left by a crash
        raise ProjectError(f"cannot read {path}: {error}") from error
    except sqlite3.DatabaseError as error:
        raise ProjectError(f"{path} is damaged: {error}") from error
    finally:
        db.close()


def _uri(path: Path, immutable: bool) -> str:
    uri = "file:" + urllib.parse.quote(str(path.resolve())) + "?mode=ro"
    return uri + "&immutable=1" if immutable else uri


def _writable(path: Path) -> bool:
    """Whether we may write the file (and create its -wal beside it). A file whose permission
    bits deny writing counts as read-only even for a superuser."""
    mode = path.stat().st_mode
    if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        return False
    return os.access(path, os.W_OK) and os.access(path.resolve().parent, os.W_OK | os.X_OK)


def _connect_readonly(path: Path) -> sqlite3.Connection:
    # Without a -wal file the main file is complete, and immutable mode creates no side files.
    immutable = not _side_file(path, "-wal").exists()
    try:
        return sqlite3.connect(_uri(path, immutable=immutable), uri=True, isolation_level=None)
    except sqlite3.Error as error:
        raise ProjectError(f"cannot open {path}: {error}") from error


def _connect_readwrite(path: Path, version: int) -> sqlite3.Connection:
    try:
        db = sqlite3.connect(path, isolation_level=None)
    except sqlite3.Error as error:
        raise ProjectError(f"cannot open {path}: {error}") from error
    try:
        db.execute("PRAGMA busy_timeout = 5000")
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = FULL")
        db.execute("PRAGMA foreign_keys = ON")
        if version < schema_version():
            db.execute("BEGIN IMMEDIATE")
            try:
                current = db.execute("PRAGMA user_version").fetchone()[0]
                migrate(db, current)
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
    except sqlite3.Error as error:
        db.close()
        raise ProjectError(f"cannot open {path}: {error}") from error
    return db
