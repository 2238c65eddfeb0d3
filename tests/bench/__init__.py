"""The performance benchmark (issue 6): scripts that print figures, never tests.

Run ``make bench`` or ``python -m tests.bench --help``.
"""
