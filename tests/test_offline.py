"""The workbook runs with no nltk_data at all and never downloads anything."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import SEED

SCRIPT = """
import nltk, analysis
table = analysis.sentence_table(analysis.read_article({seed!r}))
assert len(table) == 25, len(table)
print("sentences:", len(table), "nltk_data searched:", nltk.data.path[:1])
"""


def test_segmentation_needs_no_nltk_data(tmp_path):
    env = dict(os.environ, NLTK_DATA=str(tmp_path / "empty"), HOME=str(tmp_path))
    run = subprocess.run([sys.executable, "-c", SCRIPT.format(seed=str(SEED))],
                         env=env, capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("sentences: 25")
    assert "Resource" not in run.stderr  # NLTK's "Resource ... not found" complaint
