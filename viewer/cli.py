"""Command line: ``indicator-viewer [PATH...]`` opens the window; subcommands work without it.

    indicator-viewer [PATH...] [--save-plot FILE]   the desktop window (or save its default plot)
    indicator-viewer extract PATH... [--format csv|json] [-o FILE] [--jobs N]
    indicator-viewer project new|add|export ...
"""

from __future__ import annotations

import argparse
import sys

SUBCOMMANDS = ("extract", "project")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv and argv[0] == "extract":
        from viewer.extract_cli import main as extract_main

        return extract_main(argv[1:])
    if argv and argv[0] == "project":
        from viewer.project_cli import main as project_main

        return project_main(argv[1:])
    return _gui_main(argv)


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="indicator-viewer",
        description="Open articles (files or folders) or a project in the Indicator Viewer window. "
        "Subcommands: 'extract' (indicators to CSV/JSON), 'project' (new/add/export).",
    )
    parser.add_argument("paths", nargs="*", help="articles, folders or a project file; none opens the bundled sample")
    parser.add_argument("--save-plot", metavar="FILE", help="save the default plot (.png, .svg or .pdf) and exit")
    return parser


def _gui_main(argv: list[str]) -> int:
    args = _gui_parser().parse_args(argv)
    from viewer.qt.app import run_gui  # Qt is imported only when a window is wanted

    return run_gui(args.paths, save_plot=args.save_plot)
