"""Reading and extracting many files: one file's failure never stops the batch.

``process_file`` is a plain top-level function so it can run in a worker process;
``run_batch`` fans files out to a process pool when there are enough of them.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from viewer.core.document import Document, ReadError
from viewer.core.extract import extract_indicators
from viewer.core.reader import read_document
from viewer.core.schema import Indicator

INPUT_SUFFIXES = (".html", ".htm", ".txt", ".shtml", ".xhtml")
# Below this many files a pool costs more (process start-up, imports) than it saves.
MIN_FILES_FOR_POOL = 8


@dataclass
class FileResult:
    path: str
    document: Document | None = None
    rows: list[Indicator] = field(default_factory=list)
    error: str = ""  # the reason a file could not be read, for the user

    @property
    def ok(self) -> bool:
        return not self.error


def find_inputs(paths: Iterable[str | os.PathLike]) -> list[str]:
    """Files to read: each file given, and every article file under each folder (sorted).

    A path that does not exist is kept, so that reading it reports the problem.
    """
    found: list[str] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(
                str(p)
                for p in sorted(path.rglob("*"))
                if p.suffix.lower() in INPUT_SUFFIXES and p.is_file() and not p.name.startswith(".")
            )
        else:
            found.append(str(raw))
    return found


def process_file(path: str) -> FileResult:
    """Read one file and extract its indicators; a bad file gives a result with ``error``."""
    try:
        document = read_document(path)
    except ReadError as error:
        return FileResult(path, error=error.reason)
    except Exception as error:  # a reader bug must not take the batch down with it
        return FileResult(path, error=f"unexpected error while reading: {error!r}")
    try:
        rows = extract_indicators(document)
    except Exception as error:
        return FileResult(path, document=document, error=f"unexpected error while extracting: {error!r}")
    return FileResult(path, document=document, rows=rows)


def _pool_context() -> multiprocessing.context.BaseContext:
    """Workers that do not inherit the caller's threads: the window runs batches from a Qt thread,
    and forking a threaded process can deadlock the child."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def run_batch(
    paths: Iterable[str],
    jobs: int | None = None,
    should_cancel: Callable[[], bool] = lambda: False,
) -> Iterator[FileResult]:
    """Yield one result per file, in input order, in worker processes when it pays.

    Stops early (and cancels pending work) when ``should_cancel()`` turns true.
    """
    files = list(paths)
    jobs = default_jobs() if jobs is None else max(1, jobs)
    if jobs == 1 or len(files) < MIN_FILES_FOR_POOL:
        for path in files:
            if should_cancel():
                return
            yield process_file(path)
        return
    chunksize = max(1, min(32, len(files) // (jobs * 8)))
    with ProcessPoolExecutor(max_workers=jobs, mp_context=_pool_context()) as pool:
        try:
            for result in pool.map(process_file, files, chunksize=chunksize):
                if should_cancel():
                    break
                yield result
        finally:
            pool.shutdown(wait=False, cancel_futures=True)
