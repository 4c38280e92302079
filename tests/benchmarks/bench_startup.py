"""Start-up time: from launching ``python -m viewer`` to the window showing the sample's rows.

    python tests/benchmarks/bench_startup.py [--runs 5] [--x11]

Each run starts a new process with ``INDICATOR_VIEWER_QUIT_WHEN_READY=1``: the app prints "ready"
once the sample's table and plot are shown and painted. Prints the median as ``startup: value s``
(goal: under 1.5 s on 2 cores), and the import cost of the window's modules. Offscreen by default;
``--x11`` runs under Xvfb (real window, real X server).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def start_xvfb() -> tuple[subprocess.Popen, str]:
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                              pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        return server, ":" + pipe.readline().strip()


def time_to_ready(env: dict[str, str]) -> float:
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "viewer"], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True)
    line = process.stdout.readline()
    elapsed = time.perf_counter() - start
    process.wait(timeout=60)
    if line.strip() != "ready":
        raise RuntimeError(f"the app did not report ready (exit code {process.returncode})")
    return elapsed


def import_time(module: str, env: dict[str, str]) -> float:
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    return float(out.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--x11", action="store_true", help="run under Xvfb instead of offscreen")
    args = parser.parse_args()

    settings = Path(tempfile.mkdtemp()) / "settings.ini"
    env = dict(os.environ, INDICATOR_VIEWER_SETTINGS=str(settings), INDICATOR_VIEWER_QUIT_WHEN_READY="1",
               PYTHONPATH=str(ROOT))
    server = None
    if args.x11:
        if shutil.which("Xvfb") is None:
            print("Xvfb is not installed", file=sys.stderr)
            return 1
        server, display = start_xvfb()
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"
    try:
        time_to_ready(env)  # warm the file cache; not counted
        times = [time_to_ready(env) for _ in range(args.runs)]
        print(f"startup: {statistics.median(times):.3f} s")
        print(f"startup_min: {min(times):.3f} s")
        for module in ("PySide6.QtWidgets", "pandas", "pyqtgraph", "viewer.qt.main_window", "viewer.core.batch"):
            print(f"import_{module}: {import_time(module, env):.3f} s")
    finally:
        if server is not None:
            server.terminate()
            server.wait()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
