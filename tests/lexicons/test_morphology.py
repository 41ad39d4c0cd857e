"""Regular English verb inflection, for the verb entries of the lexicons."""

from __future__ import annotations

import pytest

from analysis.lexicons.morphology import inflect


@pytest.mark.parametrize(
    "lemma, forms",
    [
        ("deny", ["deny", "denies", "denied", "denying"]),
        ("note", ["note", "notes", "noted", "noting"]),
        ("agree", ["agree", "agrees", "agreed", "agreeing"]),
        ("stress", ["stress", "stresses", "stressed", "stressing"]),
        ("warn", ["warn", "warns", "warned", "warning"]),
    ],
)
def test_inflect(lemma, forms):
    assert list(inflect(lemma).values()) == forms
