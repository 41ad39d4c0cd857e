"""The Makefile's targets do what the README says, for whoever runs them."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from tests.conftest import ROOT


@pytest.mark.skipif(shutil.which("make") is None, reason="no make on this machine")
def test_make_lab_runs_as_root_too():
    """Jupyter refuses root unless told: `make lab` tells it, and only when it is root."""
    run = subprocess.run(["make", "-n", "lab"], cwd=ROOT,
                         capture_output=True, text=True, check=True)
    command = [line for line in run.stdout.splitlines() if "jupyter lab" in line]
    assert command, run.stdout
    assert command[-1].endswith("--allow-root") == (os.getuid() == 0)
