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


# The intelligence story of the news-story dev texts, its first three paragraphs.
CHIEFS = (
    "Top U.S. intelligence officials say they believe high-level Russian authorities were "
    "directly responsible for the hacking and leaking of documents from the Democratic National "
    "Committee.\n\n\"We assess that only Russia's senior-most officials could have authorized "
    "the recent election-focused data thefts and disclosures,\" Director of National "
    "Intelligence James Clapper, National Security Agency chief Michael Rogers and "
    "Undersecretary of Defense for Intelligence Marcel Lettre said in prepared opening remarks "
    "for their testimony Thursday before the Senate Armed Services Committee. They called "
    "Russian cyber-attacks a \"major threat\" to national interests.\n\nWhile the intelligence "
    "chiefs agreed that Russia was involved in hacking the DNC documents, Clapper noted that "
    "the intelligence community \"can't gauge\" any effect.")
GROUP = "James Clapper + Michael Rogers + Marcel Lettre"


@pytest.mark.parametrize("source", [
    "Top U.S. intelligence officials",  # named in the next sentence
    # the list's last names (the phrase runs over a capitalised "and", not yet over commas)
    "Agency chief Michael Rogers and Undersecretary of Defense for Intelligence Marcel Lettre",
    "They",  # after the list, not the committee a preposition governs
    "the intelligence chiefs",  # a title's plural after the list
])
def test_a_group_named_next_is_those_named_people(source):
    assert source_row(CHIEFS, source)[1:] == ("named_person", GROUP)


def test_they_after_a_named_organization_is_that_organization():
    # news-story dev: "they" in the sentence after the Taliban, not the women cited before
    text = ("Women in Takhar province and Kabul province tell VOA that there are new "
            "restrictions concerning how they dress and work.\n\nThe teacher explained that the "
            "Taliban in the province were so strict that they did not even allow women to wear "
            "a black burqa. In addition, they want women to go out of the house with a "
            "\"mahram.\"")
    assert source_row(text, "they")[1:] == ("named_organization", "Taliban")


@pytest.mark.parametrize("text, source, expected", [
    # an outlet's name by its shape stays an outlet, whatever its words say (Wikinews dev)
    ("The Las Vegas Review-Journal reported Sanders had won 46.8% of delegates.",
     "The Las Vegas Review-Journal", "media_outlet"),
    # a publication is an outlet (Wikinews dev)
    ("The industry publication stated the aircraft was owned by the Iranian Air Force.",
     "The industry publication", "media_outlet"),
    # State media names no outlet: vague, as the guideline types it (Wikinews dev)
    ("State media reported that the plane had crashed into houses.", "State media", "vague"),
    # bodies no name stands in are vague, whatever capital opens the sentence (Wikinews dev)
    ("As of Sunday, the rate had reached 95%. Aid agencies say populations with sufficiently "
     "high vaccination rates have enough herd immunity.", "Aid agencies", "vague"),
    # polls, databases and investigations are documents (Wikinews dev)
    ("Preliminary investigations suggest a new feature on the 737 Max was forcing the nose "
     "down.", "Preliminary investigations", "document"),
])
def test_outlets_and_documents_by_their_words(text, source, expected):
    assert source_row(text, source)[1] == expected


@pytest.mark.parametrize("text, source, expected", [
    # members_of_the_inquiry: investigators work for the body the article names (Wikinews dev)
    ("The National Transportation Safety Committee of Indonesia on Monday announced the "
     "cockpit voice recorder has been recovered. The new Boeing 737 Max was not airworthy, "
     "investigators have said.", "investigators",
     ("named_organization", "National Transportation Safety Committee of Indonesia")),
    # ... but a quantifier makes them some of many (the guideline's "some scientists")
    ("The National Transportation Safety Committee of Indonesia on Monday announced the "
     "recorder has been recovered. Some investigators have said the jet was not airworthy.",
     "Some investigators", ("vague", "Some investigators")),
    # members_named_before: the body named after the members the first time (Wikinews dev)
    ("Yesterday, authorities in the United Kingdom and the United States announced that 337 "
     "suspected users were arrested. According to authorities, the site had more than a "
     "million downloads.", "authorities", ("named_organization", "United Kingdom")),
])
def test_members_speak_for_the_body_the_article_names(text, source, expected):
    assert source_row(text, source)[1:] == expected


@pytest.mark.parametrize("text, source", [
    # a document after a possessive, inside the phrase (Wikinews dev)
    ("Part of the judge's statement reads, \"The time has passed for a debate.\"",
     "Part of the judge's statement"),
    ("The Centre for Aviation's database of air carriers lists the airline as a cargo "
     "operator.", "The Centre for Aviation's database of air carriers"),
])
def test_a_document_its_makers_name_stands_in_is_a_document(text, source):
    assert source_row(text, source)[1] == "document"


def test_a_statement_from_someone_is_theirs_when_the_noun_is_the_cue():
    # Wikinews dev: the statement is the cue; its source is the king, a person
    text = ("On Saturday, the party withdrew its candidate in response to a statement from her "
            "younger brother, King Maha Vajiralongkorn.")
    table = find_attributions(Article.from_text(text, has_title=False))
    assert len(table) and "document" not in table.counts_as.tolist()


@pytest.mark.parametrize("text, source", [
    # a role noun that identifies the person (as "the father" did already; Wikinews dev)
    ("David and Louise Turpin were sentenced on Friday.\n\nThe mother said \"I really look "
     "forward to the day I can see them.\"", "The mother"),
    ("Police were investigating whether a manifesto posted online was written by the suspect. "
     "In the document, the writer supposes a \"cultural and ethnic replacement.\"",
     "the writer"),
])
def test_a_role_noun_that_identifies_a_person_is_a_named_person(text, source):
    assert source_row(text, source)[1] == "named_person"


def test_a_pronoun_never_counts_as_a_source_of_the_other_gender():
    # Wikinews dev (the Thai princess): the last source is the king; "She" is the princess
    text = ("On Saturday, Thailand's Thai Raksa Chart Party withdrew from using Princess "
            "Ubolratana Mahidol as their candidate for prime minister in response to a "
            "statement from her younger brother, King Maha Vajiralongkorn. She said she would "
            "comply with the royal command.")
    assert source_row(text, "She") == ("pronoun", "named_person", "Ubolratana Mahidol")


def test_the_people_of_a_list_typed_by_the_list_and_they_after_it():
    # Wikinews dev: a possessive is no head ("The study's lead authors" are authors)
    text = ("Sam Wilson of the University of Hawaii led the work.\n\nThe study's lead authors, "
            "Wilson of C-MORE and Nick Hawco of USC, had initially hypothesized the lava itself "
            "would cause an increase in microbes. They found there was so much iron that the "
            "particles coalesced into clumps.")
    assert source_row(text, "The study's lead authors")[1:] == (
        "named_person", "Sam Wilson + Nick Hawco")
    assert source_row(text, "They")[1:] == ("named_person", "Sam Wilson + Nick Hawco")


@pytest.mark.parametrize("text, source, counts_as, entity", [
    # the issue's classes, one rule each (its invented examples)
    # a compound title and the name after it
    ("Rates would rise, said Meridian President and CEO Jane Roe.",
     "Meridian President and CEO Jane Roe", "named_person", "Jane Roe"),
    # "these people" after unnamed officials the text describes as anonymous
    ("Two officials familiar with the talks described the plan. These people told the paper "
     "that the deal was close.", "These people", "anonymous", "Two officials"),
    # a named person's people are that person's organization; "the campaign" is one too
    ("Hillary Clinton spoke in Ohio on Monday. Clinton's top aides said the campaign would "
     "respond.", "Clinton's top aides", "named_organization", "Hillary Clinton's aides"),
    ("Hillary Clinton spoke in Ohio on Monday. The campaign said it had no comment.",
     "The campaign", "named_organization", "The campaign"),
    # a maker's names before a document's head: the document
    ("An NBC/Wall Street Journal survey found that 40 percent of voters disapprove.",
     "An NBC/Wall Street Journal survey", "document", "An NBC/Wall Street Journal survey"),
    # "both lawmakers" after two named senators is the pair, one mention
    ("Sen. Ana Ruiz and Sen. Tom Berg met on Monday. Both lawmakers said the bill would pass.",
     "Both lawmakers", "named_person", "Ana Ruiz + Tom Berg"),
])
def test_the_issues_classes_of_source_are_read_as_a_reader_knows_them(text, source, counts_as,
                                                                        entity):
    assert source_row(text, source)[1:] == (counts_as, entity)


def test_an_object_pronoun_that_speaks_is_the_speaker():
    # genres dev, a speech (OGL): "let me reassure you" is the speaker's, as "I assure" is
    text = ("Liz Truss – 2019 Speech to the World Trade Organisation\n\nFor those of you worried "
            "about where we might have been for 45 years, let me reassure you Britain is back.")
    assert source_row(text, "me", has_title=True) == ("pronoun", "named_person", "Liz Truss")


def test_members_named_before_are_looked_up_not_searched_for():
    """``officials said`` sentence after sentence: each bare plural of members looked back over
    every sentence before it (4x the text, 16x the lines); the article is now read once."""
    from tests.work import analysis_of, growth

    unit = "The committee, officials said, met again on Tuesday and greatly disagreed. "
    assert growth(analysis_of(lambda k: unit * k), ["layers/attribution/entities.py"]) <= 4.5
