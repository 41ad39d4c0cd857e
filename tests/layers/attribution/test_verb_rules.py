"""Verb cues read by structure in ordinary sentences (``detect.py``, ``verb_rules.py``), each
on a real sentence of the development texts (genres dev, Wikinews dev)."""

from __future__ import annotations

import pytest

from tests.layers.attribution.test_detect import attributions


def found(text: str, cue: str) -> list[tuple]:
    return [row for row in attributions(text) if row[0] == cue]


# --- a lone time word between a source and its cue ---------------------------------------

@pytest.mark.parametrize("text, cue, source", [
    # genres dev, news-story: the weekday is no part of the spokesman
    ("Women are reporting harassment by Taliban fighters even as a Taliban spokesman Tuesday "
     "promised that the group is forming a policy to keep women secure.",
     "promised", "a Taliban spokesman"),
    # Wikinews dev: "on Monday" stands between the committee and its cue
    ("The National Transportation Safety Committee of Indonesia on Monday announced the "
     "cockpit voice recorder had been found.",
     "announced", "The National Transportation Safety Committee of Indonesia"),
])
def test_a_lone_time_word_is_skipped_and_kept_out_of_the_source(text, cue, source):
    assert [row[1] for row in found(text, cue)] == [source]


def test_a_capitalised_today_after_a_name_is_part_of_the_name():
    # Wikinews dev: "USA Today" is an outlet, not "USA" and a time word
    text = ("USA Today noted the commission's scope allows it to advise including women in the "
            "draft or eliminating the draft entirely.")
    assert [row[1] for row in found(text, "noted")] == ["USA Today"]


# --- the object of a stance or report verb ends where a new clause begins ------------------

def test_a_report_verbs_object_ends_before_even_as():
    # genres dev, news-story: the spokesman's promise is not inside the women's report
    text = ("Female schoolteachers and other employed women in two provinces of Afghanistan "
            "are reporting harassment by Taliban fighters even as a Taliban spokesman Tuesday "
            "promised that the group is forming a policy to keep women secure.")
    rows = attributions(text)
    assert [(cue, content) for cue, _, _, content in rows] == [
        ("reporting", "harassment by Taliban fighters"),
        ("promised", "the group is forming a policy to keep women secure")]


# --- "that" opens a relative clause only before a verb -------------------------------------

def test_a_noun_before_a_that_clause_is_not_the_clauses_source():
    # genres dev, news-story: the agencies are seeking, not "Word"
    text = ("Word that U.S. intelligence agencies were seeking to avoid the public portion of "
            "the hearings was first reported by Politico.")
    assert "Word" not in [row[1] for row in attributions(text)]


def test_a_subject_relative_that_is_skipped_to_its_antecedent():
    text = "Residents that fled the city said shelling continued overnight."
    assert [row[1] for row in found(text, "said")] == ["Residents"]


# --- a relative pronoun's antecedent is the source ------------------------------------------

@pytest.mark.parametrize("text, cue, source", [
    # genres dev, press-release: a restrictive "who" after a named body's members
    ("He was stopped by Border Force officers at Dover who noticed that the roof above the "
     "driver was covered.", "noticed", "Border Force officers at Dover"),
    # genres dev, press-release: "which" after a comma, a phrasal cue
    ("The reserve supports the Biden-Harris Administration’s America the Beautiful initiative, "
     "which commits to conserving at least 30% of U.S. lands and waters by 2030.",
     "commits to", "the Biden-Harris Administration’s America the Beautiful initiative"),
])
def test_a_relative_pronouns_antecedent_is_the_source(text, cue, source):
    assert [row[1] for row in found(text, cue)] == [source]


# --- a cue form inside a name -----------------------------------------------------------

def test_a_headlines_trailing_says_is_a_cue():
    # genres dev, news-story: the title's source follows a comma
    text = "New Challenges Call for New Diplomatic Strategies, Rice Says"
    assert [row[1] for row in found(text, "Says")] == ["Rice"]


# --- forms that are no finite verb of a source ---------------------------------------------

@pytest.mark.parametrize("text, cue", [
    # genres dev, press-release: a base form with no subject
    ("Twitter chats allow the public to interact with the center, ask questions, and receive "
     "answers in real time.", "ask"),
    # genres dev, press-release: a participle as an adjective
    ("Reserves promote understanding and informed management of coastal habitats.",
     "informed"),
    # genres dev, news-story: the noun that ends an opening prepositional phrase
    ("In conservative Islamic thought, mahram can include a limited number of close male "
     "relatives.", "thought"),
    # genres dev, opinion: a credit line; Wikinews dev: authorship
    ("Most of this report was researched, written, and edited by Hae-in Lim and Renata Avila.",
     "written"),
    ("Officials are investigating whether a manifesto posted online was written by the suspect.",
     "written"),
    # genres dev, science-health: "concludes" with no content is an end, not a conclusion
    ("But the story doesn't end when the mission concludes.", "concludes"),
])
def test_a_form_that_is_no_finite_verb_of_a_source_is_no_cue(text, cue):
    assert found(text, cue) == []


def test_an_opening_phrase_with_two_noun_phrases_keeps_its_cue():
    text = "In March the ministry said, in a statement, that its forces repelled the attack."
    assert [row[1] for row in found(text, "said")] == ["the ministry"]


@pytest.mark.parametrize("text, cue", [
    # Wikinews dev: a participle whose subject is the main clause's
    ("He sought such intervention to prevent Mazars from releasing his tax returns, arguing "
     "that, as president, he should be immune from criminal process.", "arguing"),
    # Wikinews dev: the phrase's first word inflected irregularly (go, went)
    ("Schwartz went on to say he was not giving them the longest possible sentence.",
     "went on to say"),
    # Wikinews dev: an infinitive takes the main clause's subject
    ("Ophthalmologist Li Wenliang tried to warn people about the viral outbreak.", "warn"),
    # Wikinews dev: a relative pronoun is the subject
    ('Members protested by holding signs which read "silenced" during the session.', "read"),
])
def test_a_cue_whose_subject_is_elsewhere_is_kept(text, cue):
    assert len(found(text, cue)) == 1


# --- the long tail: lexicon and phrase forms -----------------------------------------------

@pytest.mark.parametrize("text, cue, source", [
    # Wikinews dev: "referred" doubles its r
    ('Chinese authorities referred to him as "Chinese-American."', "referred to",
     "Chinese authorities"),
    # genres dev, other: a statement's "we welcome"
    ("We welcome the actions of our allies to deter the Iranian threat.", "welcome", "We"),
    # Wikinews dev: "lament" takes a noun-phrase object after a named source
    ("Maroochydore captain Sam Marshall lamented his side's close loss.", "lamented",
     "Maroochydore captain Sam Marshall"),
    # Wikinews dev: a modifier phrase stands between the cue and its quotation
    ('Study co-author and geochemist Seth John remarked in a press release, "There was no '
     'reason for us to expect this."', "remarked", "geochemist Seth John"),
])
def test_long_tail_cues_are_found(text, cue, source):
    assert [row[1] for row in found(text, cue)] == [source]


def test_welcome_after_a_form_of_be_is_no_cue():
    assert found("Everyone is welcome to attend the meeting.", "welcome") == []


# --- a source presents a proposal ---------------------------------------------------------

@pytest.mark.parametrize("text, cue, source", [
    # genres dev, press-release (the title, the standfirst and the body)
    ("DWP unveils plans for £1.4 trillion in pension assets to deliver for savers and economy",
     "unveils", "DWP"),
    ("Department for Work and Pensions (DWP) outlines plans to make £1.4 trillion in pension "
     "schemes work harder.", "outlines", "Department for Work and Pensions"),
    ("The DWP today set out plans to ensure the £1.4 trillion held by defined benefit schemes "
     "is invested.", "set out", "The DWP"),
])
def test_a_source_presenting_a_plan_is_an_attribution(text, cue, source):
    assert [row[1] for row in found(text, cue)] == [source]


def test_presenting_a_product_is_no_attribution():
    assert found("Apple unveiled a new phone at its annual event.", "unveiled") == []


# --- agent phrases --------------------------------------------------------------------------

@pytest.mark.parametrize("text, cue, source", [
    # genres dev, other: a state of position-taking, its holder the subject
    ("The United Kingdom has long been clear that Iran plays an unacceptable role in the "
     "region.", "clear that", "The United Kingdom"),
    # genres dev, press-release: investigators are a source, as researchers are
    ("Investigators found that Lungan accepted an offer of earning money.", "found",
     "Investigators"),
    # genres dev, science-health: a participle after a document
    ("USGS scientists will release a report and the first-ever maps showing potential "
     "ground-shaking hazards.", "showing", "the first-ever maps"),
])
def test_a_source_subject_found_by_its_words(text, cue, source):
    assert [row[1] for row in found(text, cue)] == [source]


def test_it_is_clear_that_holds_no_ones_belief():
    text = "It's also clear that at least some of the locals had strong reservations."
    assert found(text, "clear that") == []


@pytest.mark.parametrize("text, cue, source", [
    # Wikinews dev: a noun in -ly is no adverb
    ("The family said they planned to have a private funeral service for Imus.", "said",
     "The family"),
    # Wikinews dev: the plural of a document word is a document
    ("Previous studies have shown that, unlike many artificial adhesives, Arion glue holds.",
     "shown", "Previous studies"),
    # Wikinews dev: the object of "describe … as" stands before it
    ('Suspects would be subjected to its legal system, which the BBC describes as "marred by '
     'allegations of torture".', "describes", "the BBC"),
])
def test_more_sources_found_by_structure(text, cue, source):
    assert [row[1] for row in found(text, cue)] == [source]


@pytest.mark.parametrize("text, cue, source", [
    # genres dev, opinion (Global Voices): a speech act whose object is its topic
    ("Supporters are communicating about Hassan's case on Twitter using the hashtag "
     "#FreeHassan.", "communicating about", "Supporters"),
    ("Fouda's family recently went public about his detention after waiting several weeks.",
     "went public about", "Fouda's family"),
])
def test_speaking_about_a_topic_is_a_speech_cue(text, cue, source):
    assert [row[1] for row in found(text, cue)] == [source]


@pytest.mark.parametrize("text, cue, source", [
    # a light verb and a noun of speech or stance: PARC 3.0's cues, which no one-word list holds
    ("A spokesman for 10 Downing Street expressed disappointment.", "expressed",
     "A spokesman for 10 Downing Street"),  # Wikinews dev (the court ruling on prorogation)
    ("He paid tribute to the nurses who had worked through the night.", "paid tribute to", "He"),
    ("The council took note of the report.", "took note of", "The council"),
])
def test_a_light_verb_and_a_noun_of_speech_or_stance_is_a_cue(text, cue, source):
    assert [row[1] for row in found(text, cue)] == [source]


@pytest.mark.parametrize("text, word", [
    ("The protein is expressed in the liver.", "expressed"),  # no source subject
    ("The song expressed the mood of the time.", "expressed"),
    ("The senator gave voice to the nurses' fears.", "voice"),  # a noun after a light verb
])
def test_a_light_verb_or_its_noun_with_no_source_is_no_cue(text, word):
    assert found(text, word) == []
