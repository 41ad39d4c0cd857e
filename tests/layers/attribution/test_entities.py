"""Every source typed by its entity: one rule a row, on sentences of the genre development texts
(``tests/fixtures/genres_attribution/dev``) and of Wikinews unless marked."""

from __future__ import annotations

import pytest

from analysis import Article, find_attributions


def source_row(text: str, source: str, *, has_title: bool = False) -> tuple[str, str, str]:
    """The type, counted type and entity of the last attribution whose source is ``source``."""
    table = find_attributions(Article.from_text(text, has_title=has_title))
    rows = table[table.source == source]
    assert len(rows), f"no source {source!r} in {table.source.tolist()}"
    row = rows.iloc[-1]
    return row.source_type, row.counts_as, row.entity


@pytest.mark.parametrize("text, source, expected", [
    # named_head: a surname is the person named in full before it
    ("Under Secretary of State for Political Affairs, Nicholas Burns, said Pakistan's plan is a "
     "bilateral issue. Burns also said he hopes the two sides can resolve it.",
     "Burns", ("named_person", "named_person", "Nicholas Burns")),
    # named_head: a name seen after "the" is an organization everywhere
    ("Schools were closed by the Taliban, residents said. Education is forbidden for girls, "
     "Taliban said.", "Taliban", ("named_organization", "named_organization", "Taliban")),
    # named_head: titles before the name do not make it a body (Wikinews dev)
    ("The ban must be lifted, U.S. District Judge Gray Miller wrote.",
     "U.S. District Judge Gray Miller", ("named_person", "named_person", "Gray Miller")),
    # members_of_a_body: plural members of a named body speak for it
    ("U.S. Geological Survey scientists found parasitic worms in Asian swamp eels.",
     "U.S. Geological Survey scientists",
     ("named_organization", "named_organization", "U.S. Geological Survey")),
    ("Afghan officials said the border had been closed.", "Afghan officials",
     ("named_organization", "named_organization", "Afghan government")),
    # ... unless the sentence says they asked not to be named (the guideline)
    ("U.S. officials, who spoke on condition of anonymity, said the talks had stalled.",
     "U.S. officials", ("anonymous", "anonymous", "U.S. officials")),
    # definite_description: the company is the company named before it
    ("Meridian Inc. opened a plant in Ohio. The company said it would hire 200 people.",
     "The company", ("named_organization", "named_organization", "Meridian Inc")),
    # a spokesperson not named is anonymous, whatever body she speaks for (the guideline)
    ("We continue discussions with the committees, a spokesperson for the Office of the "
     "Director of National Intelligence (ODNI) told VOA.",
     "a spokesperson for the Office of the Director of National Intelligence",
     ("anonymous", "anonymous",
      "a spokesperson for the Office of the Director of National Intelligence")),
    ("We are committed to meeting our statutory responsibilities, an ODNI official told VOA.",
     "an ODNI official", ("anonymous", "anonymous", "an ODNI official")),
    # a place after the head does not name the speaker
    ("They want women to wear chadari, a female teacher in Takhar told VOA.",
     "a female teacher in Takhar", ("anonymous", "anonymous", "a female teacher in Takhar")),
    # members_named_before: a bare plural of members the article gave as a body's (science dev)
    ("U.S. Geological Survey scientists found parasitic worms in Asian swamp eels. During the "
     "USGS study, scientists found gnathostome worms in eels collected from markets.",
     "scientists", ("named_organization", "named_organization", "U.S. Geological Survey")),
    # an unnamed plural of bodies is vague, not a named organization (press-release dev)
    ("Thanks to this work, several hotspot trial forces have reported significant declines in "
     "antisocial behaviour.", "several hotspot trial forces",
     ("vague", "vague", "several hotspot trial forces")),
    # reports from a body are its documents, not hearsay (press-release dev)
    ("Targeted uniformed patrols in hotspot areas have helped drive down antisocial behaviour "
     "by over 30% in some areas, according to reports from policing.", "reports from policing",
     ("document", "document", "reports from policing")),
])
def test_a_source_is_typed_by_its_entity(text, source, expected):
    assert source_row(text, source) == expected


@pytest.mark.parametrize("text, source, expected", [
    # pronoun_entity: "she" after an anonymous teacher stays with her (the history first)
    ("They want women to wear chadari, a female teacher in Takhar told VOA. She said she was "
     "afraid.", "She", ("pronoun", "anonymous", "a female teacher in Takhar")),
    # pronoun_entity: "he" with no source before it is the last person named
    ("Nicholas Burns met the minister in Kabul. He said the border was a bilateral issue.",
     "He", ("pronoun", "named_person", "Nicholas Burns")),
])
def test_a_pronoun_counts_as_the_entity_it_points_back_to(text, source, expected):
    assert source_row(text, source) == expected


def test_i_in_a_speech_is_the_speaker_its_title_names():
    text = ("Statement from Daniel S. Goldin, NASA Administrator\n\n"
            "I want everyone to understand that we are not talking about little green men.")
    assert source_row(text, "I", has_title=True) == ("pronoun", "named_person",
                                                     "Daniel S. Goldin")


def test_every_named_source_has_an_entity_and_an_unnamed_one_none():
    text = ("Meridian Inc. opened a plant. The company said it would hire. Reportedly, the plant "
            "cost $2 billion.")
    table = find_attributions(Article.from_text(text, has_title=False))
    assert table.entity.notna().tolist() == table.source.notna().tolist()


# a headline's capitals are no names: the title is typed by its words and by the names the body
# gives (news-story dev: the VOA story on Afghan women)
AFGHAN = ("Afghan Women Report Some Harassment, Taliban Promise Security\n\n"
          "Female schoolteachers and other employed women in two provinces of Afghanistan are "
          "reporting harassment by Taliban fighters even as a Taliban spokesman Tuesday promised "
          "that the group is forming a policy to keep women secure. The women said the Taliban "
          "threatened them.")


@pytest.mark.parametrize("source, expected", [
    ("Afghan Women", ("vague", "vague", "Afghan Women")),
    ("Taliban", ("named_organization", "named_organization", "Taliban")),
])
def test_a_headline_source_is_typed_by_its_words_and_the_bodys_names(source, expected):
    assert source_row(AFGHAN, source, has_title=True) == expected


def test_a_title_speakers_label_before_a_dash_is_a_name():
    # opinion dev: a speech's title
    text = ("Liz Truss – 2019 Speech to the World Trade Organisation\n\n"
            "I assure you that we will stand up for free trade.")
    assert source_row(text, "I", has_title=True) == ("pronoun", "named_person", "Liz Truss")
