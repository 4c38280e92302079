"""``indicator-viewer project``: make, grow, inspect and export project files from the command line.

    indicator-viewer project new FILE PATH... [--force] [--jobs N]
    indicator-viewer project add FILE PATH... [--jobs N]
    indicator-viewer project export FILE [--format csv|xlsx|parquet] [-o OUT] [--exclude-rejected]
    indicator-viewer project import FILE CSV
    indicator-viewer project info FILE

Files that cannot be read are reported on standard error (path and reason) and the rest
go on; the exit code is 1 when anything failed, 2 for a usage error or a refused project.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterable, Iterator
from itertools import islice

from viewer.core.project import MergeReport, Project, ProjectError

PROG = "indicator-viewer project"
# Results are stored in chunks: one transaction each, and memory bounded for big folders.
RESULTS_PER_TRANSACTION = 200


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG, description="Create, extend, inspect and export project files.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    new = commands.add_parser("new", help="a new project from articles (files or folders)")
    new.add_argument("file", help="the project file to create (e.g. study.ivproj)")
    new.add_argument("paths", nargs="+", help="articles or folders (searched recursively)")
    new.add_argument("--force", action="store_true", help="replace FILE if it exists")
    new.add_argument("--jobs", type=int, default=None, help="worker processes")

    add = commands.add_parser("add", help="add articles to a project (known ones are re-extracted)")
    add.add_argument("file")
    add.add_argument("paths", nargs="+")
    add.add_argument("--jobs", type=int, default=None)

    export = commands.add_parser("export", help="the reviewed indicators, corrections applied")
    export.add_argument("file")
    export.add_argument("--format", choices=("csv", "xlsx", "parquet"), default=None,
                        help="default: from OUT's suffix, else csv")
    export.add_argument("-o", "--output", metavar="OUT", help="write here (atomically); CSV goes to stdout without")
    export.add_argument("--exclude-rejected", action="store_true", help="leave out rejected rows")

    imp = commands.add_parser("import", help="add indicators from a CSV with the schema's columns")
    imp.add_argument("file")
    imp.add_argument("csv")

    info = commands.add_parser("info", help="what a project holds")
    info.add_argument("file")
    return parser


def main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    command = {"new": _new, "add": _add, "export": _export, "import": _import, "info": _info}[args.command]
    try:
        return command(args)
    except ProjectError as error:
        _error(str(error))
        return 2


def _error(message: str) -> None:
    print(f"{PROG}: {message}", file=sys.stderr)


def _new(args) -> int:
    if os.path.exists(args.file) and not args.force:
        _error(f"{args.file} already exists (use --force to replace it)")
        return 2
    files = _inputs(args.paths)
    if not files:
        _error("no article files found")
        return 2
    with Project.create(args.file, overwrite=args.force) as project:
        return _ingest(project, files, args.jobs)


def _add(args) -> int:
    files = _inputs(args.paths)
    if not files:
        _error("no article files found")
        return 2
    with Project.open(args.file) as project:
        return _ingest(project, files, args.jobs)


def _inputs(paths: list[str]) -> list[str]:
    from viewer.core.batch import find_inputs

    # Absolute sources stay valid whatever folder the project is used from later.
    return find_inputs(os.path.abspath(p) for p in paths)


def _ingest(project: Project, files: list[str], jobs: int | None) -> int:
    from viewer.core.batch import run_batch

    report = MergeReport()
    results = run_batch(files, jobs=jobs)
    for chunk in _chunks(results, RESULTS_PER_TRANSACTION):
        part = project.add_results(chunk)
        for path, reason in part.failures:
            _error(f"{path}: {reason}")
        report.absorb(part)
    for orphan in report.orphaned:
        _error(f"{orphan.source}: row {orphan.row_key} ({orphan.indicator}, '{orphan.quote}') orphaned: {orphan.reason}")
    print(
        f"{project.path}: {report.new_documents} new and {report.documents - report.new_documents} updated "
        f"documents, {report.rows_added} new rows, {report.rows_kept} kept, {report.rows_dropped} dropped, "
        f"{len(report.orphaned)} orphaned, {len(report.failures)} failed",
        file=sys.stderr,
    )
    return 1 if report.failures else 0


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _export(args) -> int:
    from viewer.core.io_formats import csv_text, format_for, review_frame, write_frame

    fmt = format_for(args.output or "", args.format)
    if not args.output and fmt != "csv":
        _error(f"{fmt} is a binary format: give a file with -o")
        return 2
    with Project.open(args.file, readonly=True) as project:
        frame = review_frame(project, include_rejected=not args.exclude_rejected)
    if args.output:
        try:
            write_frame(frame, args.output, fmt)
        except (OSError, ValueError) as error:
            _error(f"cannot write {args.output}: {error}")
            return 1
    else:
        sys.stdout.reconfigure(encoding="utf-8")
        sys.stdout.write(csv_text(frame))
        sys.stdout.flush()
    return 0


def _import(args) -> int:
    from viewer.core.io_formats import CsvFormatError, read_indicators_csv

    try:
        found = read_indicators_csv(args.csv)
    except CsvFormatError as error:
        _error(str(error))
        return 2
    for problem in found.problems:
        _error(f"{args.csv}: line {problem.line}: {problem.reason}")
    with Project.open(args.file) as project:
        count = project.import_rows(found.rows, found.review_states)
    print(f"{args.file}: imported {count} rows, {len(found.problems)} could not be read", file=sys.stderr)
    return 1 if found.problems else 0


def _info(args) -> int:
    with Project.open(args.file, readonly=True) as project:
        info = project.info()
    print(f"project format: {info.version}")
    print(f"documents: {info.documents}")
    print(f"rows: {info.rows}")
    for state, count in info.states.items():
        print(f"  {state}: {count}")
    print(f"orphaned rows: {info.orphans}")
    print(f"edits: {info.edits}")
    return 0
