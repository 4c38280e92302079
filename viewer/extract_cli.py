"""``indicator-viewer extract``: indicators of many files to CSV or JSON, in parallel."""

from __future__ import annotations

import argparse
import json
import math
import sys

from viewer.core.atomic import atomic_write_text
from viewer.core.batch import default_jobs, find_inputs, run_batch
from viewer.core.schema import COLUMNS, Indicator


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="indicator-viewer extract",
        description="Extract quantitative indicators from articles (.html/.htm/.txt, or folders of them).",
    )
    parser.add_argument("paths", nargs="+", help="files or folders (searched recursively)")
    parser.add_argument("--format", choices=("csv", "json"), default="csv")
    parser.add_argument("-o", "--output", metavar="FILE", help="write here (atomically) instead of standard output")
    parser.add_argument("--jobs", type=int, default=None, help=f"worker processes (default: {default_jobs()})")
    parser.add_argument("--no-progress", action="store_true", help="never show a progress bar")
    return parser


def main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    files = find_inputs(args.paths)
    if not files:
        print("indicator-viewer extract: no article files found", file=sys.stderr)
        return 2
    rows, failures = _extract_all(files, args.jobs, show_progress=not args.no_progress and sys.stderr.isatty())
    for path, reason in failures:
        print(f"indicator-viewer extract: {path}: {reason}", file=sys.stderr)
    text = _to_json(rows) if args.format == "json" else _to_csv(rows)
    if args.output:
        atomic_write_text(args.output, text)
    else:
        sys.stdout.reconfigure(encoding="utf-8")
        sys.stdout.write(text)
        sys.stdout.flush()
    return 1 if failures else 0


def _extract_all(files: list[str], jobs: int | None, show_progress: bool):
    rows: list[Indicator] = []
    failures: list[tuple[str, str]] = []
    results = run_batch(files, jobs=jobs)
    if show_progress:
        from tqdm import tqdm

        results = tqdm(results, total=len(files), unit="file", file=sys.stderr)
    for result in results:
        if result.error:
            failures.append((result.path, result.error))
        rows.extend(result.rows)
    return rows, failures


def _cell(value) -> object:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return int(value)
    return value


def _to_json(rows: list[Indicator]) -> str:
    records = [{c: _cell(getattr(r, c)) for c in COLUMNS} for r in rows]
    return json.dumps(records, ensure_ascii=False, indent=1) + "\n"


def _to_csv(rows: list[Indicator]) -> str:
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for r in rows:
        writer.writerow(["" if (v := _cell(getattr(r, c))) is None else v for c in COLUMNS])
    return buffer.getvalue()
