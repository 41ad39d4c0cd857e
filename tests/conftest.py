"""Shared fixtures: the seed article, the path of the shared corpora."""

from __future__ import annotations

from pathlib import Path

import pytest

import analysis

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "articles" / "ria-novosti-ukraine-mobilization-underground-source.txt"
CORPORA = ROOT.parent / "shared" / "corpora" / "wikinews"


@pytest.fixture(scope="session")
def seed() -> analysis.Article:
    return analysis.read_article(SEED)


@pytest.fixture(scope="session")
def corpora() -> Path:
    if not CORPORA.is_dir():
        pytest.skip(f"the shared Wikinews corpora are not at {CORPORA}")
    return CORPORA
