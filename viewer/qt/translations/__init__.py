"""Interface translations: one module per language, each with ``MESSAGES = {source: text}``."""
