"""Source types: one definition of what an attribution counts as and what a sentence rests
on, used by the summary, the heatmap, the sourcing chart and the guide alike."""

from __future__ import annotations

import pytest

from analysis import Article, analyze, article_summary
from analysis.views.charts.profile import FEATURES, feature_heatmap
from analysis.views.guide import reading_guide
from analysis.views.palette import SOURCE_STYLES
from analysis.vocabulary.sources import (
    BY_PRIORITY,
    COUNTED_TYPES,
    DEPRECATED_COUNTS,
    SOURCE_TYPES,
    SourceType,
    effective_type,
    effective_types,
    entity_key,
    rests_on,
    source_words,
)


def test_every_type_has_a_label_and_a_distinct_priority():
    assert sorted(t.priority for t in SourceType) == list(range(len(SourceType)))
    assert all(t.label and t.short and "(" not in t.short for t in SourceType)
    assert SourceType("vague").short == "vague source" and str(SourceType.ANONYMOUS) == "anonymous"


def test_the_type_lists_derive_from_the_enum():
    assert SOURCE_TYPES == ("named_person", "named_organization", "media_outlet", "anonymous",
                            "vague", "pronoun", "document")
    assert "unnamed" in COUNTED_TYPES and "pronoun" not in COUNTED_TYPES
    assert DEPRECATED_COUNTS == {"n_implicit": "n_unnamed"}
    assert BY_PRIORITY[:2] == ("anonymous", "vague") and BY_PRIORITY[-1] == "named_person"


@pytest.mark.parametrize("resolved, source_type, expected", [
    ("named_person", "pronoun", "named_person"),  # a resolved pronoun counts as its source
    (None, "pronoun", "pronoun"),                  # an unresolved one as a pronoun
    (None, None, "unnamed"),                       # no source phrase: reportedly, it is said
    (float("nan"), None, "unnamed"),               # a frame's missing value
    ("vague", "vague", "vague"),
])
def test_effective_type(resolved, source_type, expected):
    assert effective_type(resolved, source_type) == expected
    assert effective_types([resolved], [source_type]) == [expected]


@pytest.mark.parametrize("source_types, expected", [
    ("", ""), ("named_person", "named_person"), ("not_a_type", ""),
    ("document;named_person", "document"), ("anonymous;named_person;vague", "anonymous"),
    (";vague;", "vague"), ("unnamed;media_outlet", "unnamed"),
])
def test_rests_on_the_weakest_source(source_types, expected):
    assert rests_on(source_types) == expected


def test_every_pair_rests_on_the_weaker():
    for k, weaker in enumerate(BY_PRIORITY):
        for stronger in BY_PRIORITY[k:]:
            assert rests_on(f"{stronger};{weaker}") == rests_on(f"{weaker};{stronger}") == weaker


CRITICS_AND_SOURCE = Article.from_text(
    "Port deal\n\n"
    "Critics say the deal is a mistake, and a source close to the talks said it would fail.\n\n"
    "The port will reopen on Monday.", article_id="critics")


def test_a_sentence_citing_critics_and_an_anonymous_source_rests_on_the_anonymous_one():
    """The disagreement the house-plan review found: the heatmap said 'vague', the summary
    'anonymous'. Every view now asks the same rule."""
    result = analyze(CRITICS_AND_SOURCE)
    first = result.sentences.iloc[1]
    assert set(first.source_types.split(";")) == {"vague", "anonymous"}
    summary = article_summary(result)
    assert (summary["anonymous_share"], summary["vague_share"]) == (0.5, 0.0)
    fig = feature_heatmap(result)
    rests_on_cell = next(p for p in fig.axes[0].patches if p.get_x() == -0.5 and p.get_y() == -0.5)
    assert rests_on_cell.get_hatch() == SOURCE_STYLES["anonymous"].hatch  # not vague's
    assert FEATURES[0][0] == "rests_on"
    guide = "\n".join(reading_guide(result).lines)
    assert "1 of 1 attributed body sentences (100%) rest on an anonymous source; 0 on a vague" \
        in guide


def test_source_words_hold_the_lexicon_and_the_personal_pronouns():
    words = source_words()
    assert {"source", "sources"} <= words.of("anonymous") and "critics" in words.of("vague")
    assert words.of("pronoun") == {"he", "she", "they", "we", "i", "it", "you"}
    assert ("on", "condition", "of", "anonymity") in words.phrases["anonymity_clause"]
    assert words.outlets[0] == max(words.outlets, key=len)  # longest first, for the regex
    assert words.known >= words.of("document") | words.of("pronoun")


@pytest.mark.parametrize("name, key", [("The CIA", "cia"), ("the  CIA", "cia"),
                                       ("Theo Smith", "theo smith"), ("CBS News", "cbs news")])
def test_entity_key(name, key):
    assert entity_key(name) == key
