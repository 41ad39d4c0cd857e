"""Context rules, each with a case where the word is a hedge and one where it is not."""

from __future__ import annotations

import pytest

from analysis import Article, find_hedges


def cues(text: str) -> list[tuple[str, str]]:
    frame = find_hedges(Article.from_text(text, has_title=False))
    return list(zip(frame.term, frame.category, strict=True))


@pytest.mark.parametrize(
    "text, expected",
    [
        # May the month, May Day, and the modal
        ("The festival is held every year in May.", []),
        ("The treaty was signed on May 9, 1955.", []),
        ("Workers march on May Day.", []),
        ("The plan may fail.", [("may", "epistemic_modal")]),
        # approximators only before quantities
        ("The book is about the war.", []),
        ("They walked around the harbour.", []),
        ("About 300 people came.", [("About", "approximator")]),
        ("Some 40,000 people live there.", [("Some", "approximator")]),
        ("It costs around $5 million.", [("around", "approximator")]),
        ("Nearly a third of the staff left.", [("Nearly", "approximator")]),
        ("Sources close to the president spoke.", []),
        ("Close to 200 homes were destroyed.", [("Close to", "approximator")]),
        # appear
        ("He appeared in court on Tuesday.", []),
        ("She appeared on television.", []),
        ("The bridge appears to be unsafe.", [("appears", "epistemic_verb")]),
        # could: ability with "not", possibility otherwise
        ("Rescuers could not reach the village.", []),
        ("The strikes could weaken the army.", [("could", "epistemic_modal")]),
        # would: reported future and refusal are not hedges
        ("The minister said he would resign.", []),
        ("He would not say why.", []),
        ("That would be a mistake.", [("would", "epistemic_modal")]),
        # assume, believe in, tend
        ("He assumed office in January.", []),
        ("We assume that prices will rise.", [("assume", "epistemic_verb")]),
        ("She believes in public libraries.", []),
        # "Officials" is a vague attribution, so also a weasel
        ("Officials believe the fire was arson.",
         [("Officials", "weasel"), ("believe", "epistemic_verb")]),
        ("Volunteers tend the garden.", []),
        ("Prices tend to rise in winter.", [("tend", "epistemic_verb")]),
        # hearsay "be … to" only before a verb
        ("This was reported to RIA Novosti by sources.", []),
        ("The tower is said to be haunted.", [("is said to", "evidential")]),
        # certain, possible, kind of
        ("A certain number of seats are reserved.", []),
        ("He is certain to win.", [("certain", "certainty")]),
        ("It is certain that he left.", [("It is certain that", "certainty")]),
        ("The festival is held every year.", []),
        ("Every official agreed.", [("Every", "universal")]),
        ("The roof was fixed as soon as possible.", []),
        ("It is possible that he left.", [("possible", "epistemic_adverb")]),
        ("It is a kind of resin.", []),
        ("It was kind of strange.", [("kind of", "generalizer")]),
        # multi-word entries and inflections
        ("It has been suggested that the temple was an observatory.",
         [("It has been suggested", "weasel")]),
        ("In fact, the plan worked.", [("In fact", "certainty")]),
        ("There is no doubt that it worked.", [("There is no doubt", "certainty")]),
        ("The results suggested a link.", [("suggested", "epistemic_verb")]),
        ("Some historians believe it.",
         [("Some historians", "weasel"), ("believe", "epistemic_verb")]),
    ],
)
def test_context_rules(text, expected):
    assert cues(text) == expected


@pytest.mark.parametrize(
    "text, term, negated",
    [
        ("It is not likely to rain.", "likely", True),
        ("The result was not clearly positive.", "clearly", True),
        ("There were no significant changes.", "significant", True),
        ("The change was significant.", "significant", False),
        ("Nobody came.", "Nobody", False),  # a universal is not its own negation
    ],
)
def test_negation(text, term, negated):
    frame = find_hedges(Article.from_text(text, has_title=False))
    assert frame.set_index("term").loc[term, "negated"] == negated
