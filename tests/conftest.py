"""Test settings. On CI (the CI environment variable set) hypothesis runs derandomized: the same
examples on every run, so a result never depends on the seed of the day; locally it keeps
exploring new examples (and its database replays any failure it found)."""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")
