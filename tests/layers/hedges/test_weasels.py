"""The weasel constructions, each rule both ways, on real sentences: Wikinews contributors (CC
BY 2.5), from the hedging development set (``tests/fixtures/wikinews_hedging/dev.csv``, its id
given) and the 2004–2018 Wikinews archive of ``../shared/corpora``."""

from __future__ import annotations

import pytest

from analysis import Article, find_hedges


def weasels(text: str) -> list[str]:
    frame = find_hedges(Article.from_text(text, has_title=False))
    return frame.term[frame.category == "weasel"].tolist()


def hedges(text: str) -> list[tuple[str, str]]:
    frame = find_hedges(Article.from_text(text, has_title=False))
    frame = frame[frame.kind == "hedge"]
    return list(zip(frame.term, frame.category, strict=True))


@pytest.mark.parametrize("text, expected", [
    # vague quantifiers before a plural noun phrase, wherever they stand (h010, h654, h562)
    ("Most attendees at the event did not practice social distancing or wear face masks.",
     ["Most attendees"]),
    ("Post COVID Melbourne will see many empty shops, office floors and rental apartments.",
     ["many empty shops"]),
    ("Conway's death was mourned by various members of the academic community.",
     ["various members"]),
    # "most of" and "many of" generalize over a group (h408, h084)
    ("Most of the landlords have said to vacate the place, or to pay the rent.",
     ["Most of the landlords"]),
    # some / several: before people (h682) or as the subject of a claim (h566)
    ("On Wednesday, an assembly of several foreign ministers in Cairo denounced the memoranda "
     "of understanding between Turkey and Libya.", ["several foreign ministers"]),
    ("But at the end, you know, some rats, some animals develop a preference on the side.",
     ["some animals"]),
    # the other way: some + a thing, not people, not the subject (h387); a part, "some of"
    # (h049); a unit of time (h632); "one of several diseases" (h606)
    ("Later I've learned some things about management as I had to move from programming more "
     "into a leadership role.", []),
    ("Some of their art work are actually dumped in shipping containers.", []),
    ("In the past, the relationship was effectively, Fedora gets snapshot every so many years.",
     []),
    ("Measles is one of several diseases that drastically reduced the indigenous population.",
     []),
])
def test_vague_quantifiers(text, expected):
    assert weasels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # agentless passives of saying and judging (h249, h662, archive)
    ("Conway is also known for formulating the angel problem of combinatorial game theory.",
     ["is also known"]),
    ("Guy has been associated with the discovery of a pattern called a glider.",
     ["has been associated"]),
    ("The Fatah faction is widely seen as corrupt, and Abbas has promised to fight this "
     "corruption.", ["is widely seen"]),
    ("Nasser al-Shaer, a former university professor, is known as a pragmatist in Hamas.",
     ["is known"]),
    # a vague agent after "by" names no one (archive)
    ("This is considered by many to be a rival to the payment giant PayPal.",
     ["is considered by many"]),
    # the other way: an event reported, not a judgement (archive); a name (wn02 of the
    # attribution fixtures)
    ("No survivors were reported at the site.", []),
    # a recipient after "to", not an infinitive: the seed's second paragraph
    ("This was reported to RIA Novosti by sources in the city.", []),
    ("The device is known as the Flyboard Air.", []),
])
def test_agentless_passives(text, expected):
    assert weasels(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("So, I think this was one of the longest part[s], I would say.", ["one of the longest"]),
    # the other way: "one of the stars" ranks nothing (h280)
    ("We could see that one of the stars was moving back and forth.", []),
])
def test_superlative_weasels(text, expected):
    assert weasels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # could after "we" is what someone can do (h280); a wish (h301); a prohibition (h073);
    # what a thing is for (h664)
    ("And so with this doppler effect, we could see that one of the stars was moving.", []),
    ('May his soul rest in eternal peace", wrote President Mnangagwa.', []),
    ("During prorogation, the members of parliament may not officially debate or work on laws.",
     []),
    ("Grivik was demonstrating miniature computer screens that could be used as eyes.", []),
    # the other way: possibility (archive; h192 of the dev set)
    ("If you are a minority, you[r] needs may not be addressed.",
     [("If", "conditional"), ("may", "epistemic_modal")]),
    ("The long duration of AIS downtime would in this instance be unusual if this is the "
     "reason.", [("would", "epistemic_modal"), ("if", "conditional")]),
])
def test_calibrated_modals_and_conditions(text, expected):
    assert hedges(text) == expected


def test_even_if_concedes(seed):
    """The seed: "Men are taken even if they have deferments" doubts nothing."""
    frame = find_hedges(seed)
    assert "if" not in set(frame.term.str.lower())


@pytest.mark.parametrize("text, expected", [
    # believing, not knowing (h674, h661, h414 of the dev set)
    ("So I think the most robust findings is really that they care even about what happens "
     "to a stranger.", [("think", "epistemic_verb")]),
    ("So I don't know; it depends [laughs] exactly what you're asking.",
     [("don't know", "epistemic_verb")]),
    ('"The presence of foreign forces can be dangerous for the region," he said.',
     [("can be", "epistemic_modal")]),
    # the other way: a think tank (h170), a question to the interviewee (h460), knowing how
    # (h568), "can be" before a participle (archive, "Lewis Libby indicted on five charges")
    ("On Tuesday, Greek prime minister Kyriakos Mitsotakis speaking to the Atlantic Council "
     "think tank called the border agreement null and void.", []),
    ("How well do you think this work represents global populations?", []),
    ("We do not know how to do business, nor do I have my need to start my own [business].",
     []),
    ("Iraq sought a substance that, after a lengthy purification process, can be used to "
     "make a nuclear weapon.", []),
])
def test_believing_not_knowing_and_can(text, expected):
    assert hedges(text) == expected
