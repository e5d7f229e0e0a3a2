"""Generating realistic sample logs for demos, tests and benchmarks."""

from .generator import KINDS, generate, generate_file

__all__ = ["KINDS", "generate", "generate_file"]
