"""The Qt-free core: reading documents, extracting indicators, the indicator table.

Nothing under ``viewer.core`` may import Qt (checked by the import-linter contract in
pyproject.toml), so all of it runs in scripts, tests and worker processes.
"""
