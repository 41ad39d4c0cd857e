"""The entity model of the prepared document: mentions read from names and titles, grouped
into entities. Sentences are from the genre development texts
(``tests/fixtures/genres_attribution/dev``) unless marked."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.spine.article import Article
from analysis.spine.document import prepare
from analysis.spine.entities import ORGANIZATION, OUTLET, PERSON, PLACE, UNNAMED

DEV = Path(__file__).parents[1] / "fixtures" / "genres_attribution" / "dev"


def entity_of(text: str, mention: str, *, nth: int = -1) -> tuple[str, str]:
    """The kind and name of the entity of the ``nth`` mention written ``mention``."""
    entities = prepare(Article.from_text(text, has_title=False)).entities
    found = [m for m in entities.mentions if m.text == mention]
    assert found, f"no mention {mention!r} in {[m.text for m in entities.mentions]}"
    entity = entities.entities[found[nth].entity]
    return entity.kind, entity.name


@pytest.mark.parametrize("text, mention, kind, name", [
    # a surname is the person named in full before it
    ("Under Secretary of State for Political Affairs, Nicholas Burns, said Pakistan's plan is a "
     "bilateral issue. Burns also said he hopes the two sides can resolve it.",
     "Burns", PERSON, "Nicholas Burns"),
    # an all-caps transcript label with an honorific is the person of that surname
    ("Press Gaggle by Press Secretary Josh Earnest en route Chicago.\n\nMR. EARNEST: Before we "
     "get started, all of you may have seen that the President spent some time in the hangar.",
     "EARNEST", PERSON, "Josh Earnest"),
    # an acronym given in parentheses is the organization it follows
    ("We continue discussions, a spokesperson for the Office of the Director of National "
     "Intelligence (ODNI) told VOA. We are committed, an ODNI official told VOA.",
     "ODNI", ORGANIZATION, "Office of the Director of National Intelligence"),
    # a name after "the" is an organization, and so is the same name without it
    ("The women said the Taliban threatened them. Abdullah said Taliban fighters came at night.",
     "Taliban", ORGANIZATION, "Taliban"),
    # a name after "in" is a place, not the speaker
    ("They want women to wear chadari, a female teacher in Takhar told VOA.",
     "Takhar", PLACE, "Takhar"),
    # an organization word makes a body
    ("The Lancashire Constabulary have reported that in Brunswick, Blackpool, there has been a "
     "36% fall.", "Lancashire Constabulary", ORGANIZATION, "Lancashire Constabulary"),
    # titles before a name are its role, whatever body stands before them (Wikinews dev)
    ("U.S. District Judge Gray Miller wrote that the law was clear.",
     "Gray Miller", PERSON, "Gray Miller"),
    # a person's name, then "of" and a body: two names (Wikinews dev)
    ("Jennifer Lu of Marriage Equality Coalition Taiwan said the vote mattered.",
     "Jennifer Lu", PERSON, "Jennifer Lu"),
    ("Jennifer Lu of Marriage Equality Coalition Taiwan said the vote mattered.",
     "Marriage Equality Coalition Taiwan", ORGANIZATION, "Marriage Equality Coalition Taiwan"),
    # an outlet's possessive stands apart from the person it employs (the example)
    ("NPR's Jane Roe said the station would not comment.", "NPR", OUTLET, "NPR"),
    ("NPR's Jane Roe said the station would not comment.", "Jane Roe", PERSON, "Jane Roe"),
    # "the President": a person known by the office only one holds, not a body (genres dev,
    # remarks at the Kennedy Center Honors: its title, then its first words)
    ("Remarks by the President to the 2015 Kennedy Center Honorees. The President spoke at "
     "the White House.", "President", PERSON, "President"),
    # a title and a name, the title's body before it: the person (one rule, invented)
    ("Meridian National Coordinator Jane Roe said the march would go on. Roe said so again.",
     "Roe", PERSON, "Jane Roe"),
    # an acronym written before the name it stands for is that body (genres dev, a UK
    # statement at the UN: its title's words, then its first paragraph's)
    ("The UK condemns unequivocally Iran's reckless attack against Israel.\n\n"
     "The United Kingdom condemns unequivocally Iran's reckless attack against Israel.",
     "UK", ORGANIZATION, "United Kingdom"),
    # an honorific and a surname are the person named in full before
    ("Maria Ortiz runs the clinic. Ms. Ortiz said she would stay.", "Ortiz", PERSON,
     "Maria Ortiz"),
])
def test_a_mention_belongs_to_the_entity_a_reader_knows(text, mention, kind, name):
    assert entity_of(text, mention) == (kind, name)


@pytest.mark.parametrize("text, not_a_mention", [
    ("Burns were treated at the hospital, officials said.", "Burns"),  # a first word alone
    ("Afghan Women Report Harassment\n\nMany women said they were afraid.", "Afghan Women Report"),
])
def test_a_capitalized_word_is_not_always_a_name(text, not_a_mention):
    entities = prepare(Article.from_text(text, has_title=True)).entities
    assert all(entities.entities[m.entity].kind != PERSON for m in entities.mentions
               if m.text == not_a_mention)


def test_the_role_written_before_a_name_is_kept_with_its_entity():
    text = "Press Gaggle by Press Secretary Josh Earnest en route Chicago."
    entities = prepare(Article.from_text(text, has_title=False)).entities
    earnest = next(e for e in entities.entities if e.name == "Josh Earnest")
    assert earnest.roles == ["Press Secretary"]


WIRE = ("Veldavia extends call-up to men aged 25, defence ministry says\n\nVeldavia will extend "
        "its military call-up to men aged 25, the defence ministry said on Monday. Irena Hollis "
        "told the Varn Daily that he was released. The ministry said it was reviewing the "
        "cases.")  # the bundled wire story, shortened


@pytest.mark.parametrize("text, mention, nth, kind, name, n_mentions", [
    # a lower-case description with no name is one entity with its definite repetitions
    (WIRE, "defence ministry", 0, ORGANIZATION, "the defence ministry", 3),
    # a definite description is the last entity of its own kind that holds its head, never an
    # outlet named nearer
    (WIRE, "The ministry", -1, ORGANIZATION, "the defence ministry", 3),
    # an outlet's name ends as outlets' names do
    (WIRE, "Varn Daily", -1, OUTLET, "Varn Daily", 1),
    # a described unnamed source and its definite repetitions are one entity (the bundled
    # RIA story)
    ("This was reported to RIA Novosti by sources in the Ukrainian anti-fascist underground. "
     "According to the source, the tempos decreased. He noted that there were no videos. The "
     "underground source suggested that morale fell.", "The underground source", -1, UNNAMED,
     "The underground source", 4),
    # a pronoun is a mention of the person named before it
    ("Maria Ortiz runs the clinic. She said it would stay open.", "She", -1, PERSON,
     "Maria Ortiz", 2),
    # the two: the last pair of people named, one group entity (its mentions: the two names
    # listed together, and the pair)
    ("Sen. Ana Ruiz and Sen. Tom Berg met on Monday. The two said the bill would pass.",
     "The two", -1, PERSON, "Ana Ruiz + Tom Berg", 2),
    ("Sen. Ana Ruiz and Sen. Tom Berg met on Monday. Both lawmakers said the bill would pass.",
     "Both lawmakers", -1, PERSON, "Ana Ruiz + Tom Berg", 2),
    # a title after a name and a comma is the person; the title alone later is the person too
    ("Jake Ruiz, the network's host, opened the show. Later the host reiterated the point.",
     "the host", -1, PERSON, "Jake Ruiz", 3),
    # a possessive generic description is the organization named last (the bundled wire story)
    ("Mara Lind, a researcher at the Veldavian Helsinki Committee, said her group had "
     "documented 47 cases.", "her group", -1, ORGANIZATION, "Veldavian Helsinki Committee", 2),
])
def test_a_description_pronoun_or_pair_joins_the_entity_it_points_back_to(
        text, mention, nth, kind, name, n_mentions):
    entities = prepare(Article.from_text(text, has_title=text is WIRE)).entities
    found = [m for m in entities.mentions if m.text == mention]
    assert found, f"no mention {mention!r} in {[m.text for m in entities.mentions]}"
    entity = entities.entities[found[nth].entity]
    assert (entity.kind, entity.name, entity.n_mentions) == (kind, name, n_mentions)


def test_the_model_is_built_once_per_document():
    doc = prepare(Article.from_text("Nicholas Burns said so. Burns said it again.",
                                    has_title=False))
    assert doc.entities is doc.entities


def _check(text: str) -> None:
    entities = prepare(Article.from_text(text, has_title=True)).entities
    starts = [m.start for m in entities.mentions]
    assert starts == sorted(starts)
    for i, m in enumerate(entities.mentions):
        assert m.text == text[m.start : m.end]
        assert i in entities.entities[m.entity].mentions
    for e in entities.entities:
        assert e.mentions and all(entities.mentions[i].entity == e.entity_id
                                  for i in e.mentions)


BUNDLED = Path(__file__).parents[2] / "data" / "articles"


@pytest.mark.parametrize("path", sorted(DEV.rglob("*.txt")) + sorted(BUNDLED.glob("*.txt")),
                         ids=lambda p: p.stem[:30])
def test_every_mention_of_a_real_text_indexes_the_text_and_its_entity(path):
    _check(path.read_text(encoding="utf-8"))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(["Ms.", "Ortiz", "the", "Taliban", "of", "Bank", "England",
                                 "(", "ODNI", ")", "said", ",", ".", "MR.", "EARNEST", ":",
                                 "in", "Takhar", "NPR", "'s", "\n\n", "Dr", "S.", "and",
                                 "he", "she", "they", "ministry", "defence", "source",
                                 "sources", "a", "both", "two", "lawmakers", "officials",
                                 "company", "her", "group", "Sen.", "Ana", "Ruiz"]),
                min_size=1, max_size=40))
def test_every_mention_indexes_the_text_whatever_the_words(words):
    _check("Title\n\n" + " ".join(words))


def test_an_office_named_with_of_is_a_role_not_a_name():
    # news-story dev: "Director of National Intelligence" is the role of James Clapper
    text = ("Director of National Intelligence James Clapper said the hacking was a threat. "
            "Clapper noted that the community can't gauge any effect.")
    assert entity_of(text, "Clapper") == (PERSON, "James Clapper")


def test_they_never_points_back_to_whom_they_are_told():
    # news-story dev: "tell VOA that ... they" are the women, not VOA
    text = ("Women in Takhar province tell VOA that there are new restrictions concerning how "
            "they dress and work.")
    entities = prepare(Article.from_text(text, has_title=False)).entities
    voa = next(m for m in entities.mentions if m.text == "VOA")
    assert [entities.mentions[i].text for i in entities.entities[voa.entity].mentions] == ["VOA"]


@pytest.mark.parametrize("text, mention, name", [
    # a description right before a comma and a person's name is that person (Wikinews dev)
    ("Thailand's Thai Raksa Chart Party withdrew its candidate in response to a statement "
     "from her younger brother, King Maha Vajiralongkorn.", "her younger brother",
     "Maha Vajiralongkorn"),
    # a title in a name makes a description of that title point back to it (Wikinews dev)
    ("The party withdrew from using Princess Ubolratana Mahidol as its candidate. This past "
     "Friday, the princess, 67, announced her candidacy.", "the princess", "Ubolratana Mahidol"),
])
def test_a_description_of_a_person_joins_the_person_named_beside_or_before_it(text, mention,
                                                                                  name):
    assert entity_of(text, mention) == (PERSON, name)


# Wikinews dev (the Thai princess): the nearest person before "she" is her brother, the king
PRINCESS = ("On Saturday, Thailand's Thai Raksa Chart Party withdrew from using Princess "
            "Ubolratana Mahidol as their candidate for prime minister in response to a "
            "statement from her younger brother, King Maha Vajiralongkorn. Shortly after she "
            "formally filed for candidacy, the palace issued a statement.")


def test_she_never_joins_a_person_the_text_marks_as_a_man():
    assert entity_of(PRINCESS, "she") == (PERSON, "Ubolratana Mahidol")


@pytest.mark.parametrize("text, mention, gender", [
    (PRINCESS, "Ubolratana Mahidol", "female"),  # her title
    (PRINCESS, "Maha Vajiralongkorn", "male"),  # his title, and "brother" (not "her")
    ("Maria Ortiz runs the clinic. She said it would stay open.", "Maria Ortiz", "female"),
    ("Nicholas Burns met the minister in Kabul.", "Nicholas Burns", ""),  # nothing says
])
def test_a_persons_gender_is_what_the_text_says(text, mention, gender):
    entities = prepare(Article.from_text(text, has_title=False)).entities
    m = next(m for m in entities.mentions if m.text == mention)
    assert entities.entities[m.entity].gender == gender
