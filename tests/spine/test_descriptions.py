"""Descriptions, pronouns and pairs read from a sentence's tokens (the entity model joins them
to entities: ``tests/spine/test_entities.py``). Sentences from the bundled articles unless
marked."""

from __future__ import annotations

import pytest

from analysis.spine.article import Article
from analysis.spine.descriptions import lemma
from analysis.spine.document import prepare


@pytest.mark.parametrize("text, words", [
    ("The president's office declined to comment.", "the president"),  # a possessor
    ("Notices would be delivered by post.", "post"),  # a bare singular after a preposition
    ("Ministry figures show a fall.", "Ministry"),  # a head that modifies another
])
def test_a_word_of_the_lexicon_is_not_always_a_description(text, words):
    entities = prepare(Article.from_text(text, has_title=False)).entities
    assert words.lower() not in [m.text.lower() for m in entities.mentions
                                 if m.form == "description"]


@pytest.mark.parametrize("word, singular", [
    ("sources", "source"), ("ministries", "ministry"), ("analysis", "analysis"),
    ("news", "news"), ("press", "press"), ("officials", "official"),
])
def test_a_plural_head_is_matched_by_its_singular(word, singular):
    assert lemma(word) == singular
