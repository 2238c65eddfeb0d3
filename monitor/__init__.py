"""monitor: a claim-tracking news monitor."""

__version__ = "0.1.0"
