"""Project file speed: bulk add, reading every row back as a frame, one edit, opening.

    python tests/benchmarks/bench_project.py [ROWS]

Prints ``name: value unit`` lines.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from viewer.core import review
from viewer.core.batch import FileResult
from viewer.core.document import Document
from viewer.core.project import Project
from viewer.core.schema import Indicator

ROWS_PER_DOCUMENT = 10_000


def results(total: int) -> list[FileResult]:
    out = []
    for d in range(max(1, total // ROWS_PER_DOCUMENT)):
        source = f"articles/{d:05d}.txt"
        text = "".join(f"第{i}项为{i}亿元。" for i in range(ROWS_PER_DOCUMENT))
        rows, position = [], 0
        for i in range(ROWS_PER_DOCUMENT):
            quote = f"为{i}亿元"
            position = text.index(quote, position)
            rows.append(Indicator(source, f"指标{i % 50}", float(i), "亿元", i * 1e8, "元", "", 2000 + i % 24,
                                  None, "", "示范区", "economy", quote, position, position + len(quote),
                                  f"第{i}项{quote}。"))
        out.append(FileResult(source, Document(source, text), rows))
    return out


def timed(name: str, action, unit_scale: float = 1.0, unit: str = "s"):
    start = time.perf_counter()
    value = action()
    print(f"{name}: {(time.perf_counter() - start) * unit_scale:.3f} {unit}")
    return value


def main() -> None:
    total = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.ivproj"
        batches = results(total)
        with Project.create(path) as project:
            timed("add_10000_rows", lambda: project.add_results(batches[:1]))
            timed(f"add_{total}_rows", lambda: project.add_results(batches[1:]))
        print(f"file_size: {path.stat().st_size / 1e6:.1f} MB")
        project = timed("open_with_check", lambda: Project.open(path))
        frame = timed(f"indicators_frame_{len(batches) * ROWS_PER_DOCUMENT}_rows", project.indicators_frame)
        key = int(frame["row_key"].iloc[len(frame) // 2])
        timed("one_edit", lambda: project.apply(review.change_field(project, key, "value", 1.5)), 1000, "ms")
        timed("indicators_frame_with_correction", project.indicators_frame)
        project.close()


if __name__ == "__main__":
    main()
