"""Where the bundled files are: ``resources/`` (fonts, styles, icons) and ``data/`` (the sample).

Both sit at the top of the source tree, beside the ``viewer`` package, so they are found from a
source checkout and from an editable install (``pip install -e .``), the supported way to install.
No Qt here: the command line and the core may ask for the sample too.
"""

from __future__ import annotations

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SAMPLE_SUFFIXES = (".txt", ".html", ".htm")


class ResourceMissing(FileNotFoundError):
    """A bundled file or folder is not where the install should have put it."""


def resources_dir() -> Path:
    return _existing_dir("resources")


def data_dir() -> Path:
    return _existing_dir("data")


def resource_path(*parts: str) -> Path:
    """A file under ``resources/``; it may not exist (callers decide whether that matters)."""
    return resources_dir().joinpath(*parts)


def sample_paths() -> list[str]:
    """The bundled sample articles, opened when the window starts with no path."""
    files = sorted(p for p in data_dir().iterdir() if p.is_file() and p.suffix.lower() in SAMPLE_SUFFIXES)
    if not files:
        raise ResourceMissing(f"no sample article in {data_dir()}")
    return [str(p) for p in files]


def _existing_dir(name: str) -> Path:
    path = PROJECT_ROOT / name
    if not path.is_dir():
        raise ResourceMissing(
            f"the '{name}' folder is missing (looked in {path}); "
            "install Indicator Viewer from its source tree with 'pip install -e .'"
        )
    return path
