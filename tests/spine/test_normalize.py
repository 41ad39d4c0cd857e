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
        # two-character quotation marks: a '"' and a space on the side away from the words
        ("''We will,'' said Mr. Poe", ' "We will,"  said Mr. Poe'),
        ("``We will,'' said Mr. Poe", ' "We will,"  said Mr. Poe'),
        ("\u2018\u2018We will,\u2019\u2019 he said", ' "We will,"  he said'),
        ("he said (''no'')", 'he said ( "no" )'),
        ("'''bold''' stays", "'''bold''' stays"),
        ("the Joneses' 'plan'", "the Joneses' 'plan'"),
    ],
)
def test_normalize(text, expected):
    assert normalize(text) == expected


@given(st.text() | st.text(alphabet="ab '`\"\u2018\u2019\u201c ,.("))
def test_normalize_preserves_length(text):
    assert len(normalize(text)) == len(text)
