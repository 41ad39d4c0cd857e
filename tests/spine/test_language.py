"""How English a text looks: the share of its words that are the commonest English words."""

from __future__ import annotations

import pytest

from analysis.spine.language import (
    MIN_WORDS,
    THRESHOLD,
    english_share,
    function_word_share,
    function_words,
    language_warning,
    looks_english,
)


@pytest.mark.parametrize("text, low, high", [
    ("The minister said that the talks would resume in the spring, and he was hopeful.",
     0.35, 0.7),
    ("Der Minister sagte, dass die Gespräche im Frühjahr wieder aufgenommen würden.", 0.0, 0.1),
    ("Министр заявил, что переговоры возобновятся весной.", 0.0, 0.0),
])
def test_english_news_reads_high_other_languages_low(text, low, high):
    assert low <= english_share(text) <= high


def test_the_share_counts_only_the_first_words():
    assert function_word_share(["the", "of", "zebra", "quark"]) == 0.5
    assert function_word_share(["the"] * 5 + ["quark"] * 5, limit=5) == 1.0
    assert function_word_share([]) == 0.0
    assert {"the", "said"} <= function_words()


def test_a_short_text_is_never_called_foreign():
    assert looks_english(0.0, "Oslo 3, Bergen 1.")  # too short to tell
    long_foreign = " ".join(["Regierung"] * (MIN_WORDS + 5))
    assert not looks_english(0.0, long_foreign) and looks_english(THRESHOLD, long_foreign)
    assert language_warning("a.txt", 0.02) == (
        "a.txt: does not look like English (2% English function words); the lexicons are "
        "English, so attributions, hedges and sentiment will be mostly missed")
