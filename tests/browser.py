"""Headless Chromium for the tests (:mod:`tools.browser`): skipped on a machine without it,
except in CI, where .ci/run installs it and a missing browser fails."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tools import browser


def chromium() -> str:
    """The browser's path; skipped without one, except in CI."""
    try:
        return browser.chromium()
    except browser.NoBrowser as err:
        if os.environ.get("CI"):
            pytest.fail(f"{err}; .ci/run should have installed it")
        pytest.skip(str(err))


def dump_dom(page: Path, *, timeout: int = 60) -> str:
    chromium()
    return browser.dump_dom(page, timeout=timeout)


def measure(page: Path) -> dict:
    chromium()
    return browser.measure(page)
