"""Headless Chromium for the tests: load a page, return the DOM after its scripts (if any) ran."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def chromium() -> str:
    """The browser's path; skipped without one, except in CI, where .ci/run installs it."""
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed; .ci/run should have installed it")
        pytest.skip("no chromium on this machine (apt-get install chromium)")
    return path


def dump_dom(page: Path, *, timeout: int = 60) -> str:
    with tempfile.TemporaryDirectory() as profile:
        run = subprocess.run(
            [chromium(), *FLAGS, f"--user-data-dir={profile}", "--virtual-time-budget=2000",
             "--dump-dom", page.resolve().as_uri()],
            capture_output=True, text=True, timeout=timeout, check=False)
    assert run.returncode == 0, run.stderr[-2000:]
    return run.stdout
