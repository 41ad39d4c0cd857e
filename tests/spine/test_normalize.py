from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis import normalize


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He didn\u2019t say", "He didn't say"),
        ("\u201cWe will go,\u201d she said", '"We will go," she said'),
        ("\u00abnon\u00bb", '"non"'),
        ("well\u2010known", "well-known"),
        ("10\u00a0km", "10 km"),
        ("Wait\u2026 what", "Wait. what"),
        ("plain ASCII stays", "plain ASCII stays"),
    ],
)
def test_normalize(text, expected):
    assert normalize(text) == expected


@given(st.text())
def test_normalize_preserves_length(text):
    assert len(normalize(text)) == len(text)
