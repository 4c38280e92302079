"""Indicator Viewer: quantitative indicators from Chinese regional-development articles."""

__version__ = "0.1.0"
