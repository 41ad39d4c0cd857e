"""The carry-over rule and unattributed assertions, sentence by sentence."""

from __future__ import annotations

import pytest

from analysis import Article, analyze


def flags(text: str) -> list[tuple[bool, bool, bool]]:
    sentences = analyze(Article.from_text(text, has_title=False)).sentences
    return list(zip(sentences.attributed, sentences.carried, sentences.unattributed_assertion,
                    strict=True))


@pytest.mark.parametrize(
    "text, expected",
    [
        # a quotation over two sentences: the first is carried by the cue in the second
        ('"We will go. We will win," Smith said. The city is calm.',
         [(True, True, False), (True, False, False), (False, False, True)]),
        # a colon introduction carries the quotation that follows
        ('The minister said:\n\n"We are ready. We have waited."',
         [(True, False, False), (True, True, False), (True, True, False)]),
        # "This was reported" carries the sentence before it
        ("Mobilization has slowed. This was reported by sources in Kyiv.",
         [(True, True, False), (True, False, False)]),
        # a pronoun-led sentence is attributed by its own cue
        ("The source said it was calm. He noted that shops were open.",
         [(True, False, False), (True, False, False)]),
        # a quotation continued in the next sentence, after the cue
        ('"We waited," Alvarez said at a rally. "Today the waiting ends." Shops were shut.',
         [(True, False, False), (True, True, False), (False, False, True)]),
        # news-story/08-dvids (dev): every sentence of the quotation after the cue's sentence
        # is carried, not only the one that opens with its mark
        ("\u201cWhen you're in the back of a Stryker, there are no windows,\u201d said Pvt. "
         "Brandon Hickle. \u201cYou know what your mission is, but you don't know what lies "
         "ahead. It's an adrenaline rush.\u201d The exercise ended at noon.",
         [(True, False, False), (True, True, False), (True, True, False),
          (False, False, True)]),
        # a quotation no cue names a speaker for is still no claim of the article's own
        ('The crowd went home.\n\n"One of them was questionable. But the other was fair."',
         [(False, False, True), (False, False, False), (False, False, False)]),
        # questions and fragments are not assertions
        ("Is the war over? No. The war is not over.",
         [(False, False, False), (False, False, False), (False, False, True)]),
    ],
)
def test_carry_over_and_assertions(text, expected):
    assert flags(text) == expected


def test_source_types_include_the_carrying_source(seed):
    sentences = analyze(seed).sentences
    assert sentences.loc[1, "source_types"] == "anonymous"  # carried by "This was reported"
    assert sentences.loc[6, "source_types"] == "anonymous;unnamed"


def test_seed_unattributed_paragraphs(seed):
    sentences = analyze(seed).sentences
    assert sentences.loc[sentences.unattributed_assertion, "paragraph_id"].tolist() == [
        5, 7, 8, 9, 10, 12, 18, 19, 21, 23, 24]


