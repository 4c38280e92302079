"""Reading time of pathological pages: thousands of nested unclosed tables or <sup> tags.

Junk markup must be read in time linear in its size; a pass over each table's contents would take
seconds. Prints one figure per line as ``name: value unit``.

    python tests/benchmarks/bench_junk_pages.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from viewer.core.read_html import read_html  # noqa: E402

PAGES = {
    "nested_tables_5000": "<table><tr><td>甲</td><td>" * 5000 + "园区收入100亿元。",
    "nested_tables_20000": "<table><tr><td>甲</td><td>" * 20000 + "园区收入100亿元。",
    "nested_sup_5000": "<sup>" * 5000 + "园区收入100亿元。",
    "nested_sup_20000": "<sup>" * 20000 + "园区收入100亿元。",
}

for name, html in PAGES.items():
    started = time.perf_counter()
    read_html(html)
    print(f"{name}: {time.perf_counter() - started:.3f} s")
