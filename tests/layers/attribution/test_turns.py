"""Transcripts (issue 26): a speaker label opens an attribution whose content is the turn; a
question is none; a cue inside any turn is nested; a news story is never read as a transcript.
The paragraphs are the dev transcripts' (``tests/fixtures/genres_attribution/dev``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis import Article, find_attributions
from analysis.layers.attribution.turns import speaker_turns
from analysis.spine.document import prepare
from tests.work import analysis_of, growth

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"

# title, paragraphs, then (label, type, entity) of each speaker's turn in order
TRANSCRIPTS = [
    ("Press Gaggle by Press Secretary Josh Earnest en route Chicago, IL, 1/10/2017",
     ["Aboard Air Force One",
      "MR. EARNEST: Before we get started, all of you may have seen that the President spent "
      "some time in the hangar that houses Air Force One, before we took off.",
      "So the President, I believe, has spoken to just about all of them before in one "
      "setting or another.",
      "Q Were their families there?"],
     [("MR. EARNEST", "named_person", "Josh Earnest")]),
    ("Department Press Briefing – February 2, 2023",
     ["2:10 p.m. EST", "MR PRICE: Good afternoon, everyone.", "QUESTION: Good afternoon.",
      "MR PRICE: Good to see everyone. It’s been a couple days."],
     [("MR PRICE", "named_person", "Price"), ("MR PRICE", "named_person", "Price")]),
    ("Department of Defense Press Briefing by Pentagon Press Secretary Peter Cook in the "
     "Pentagon Briefing Room",
     ["PETER COOK: Afternoon, everybody. Sorry I'm a little late.",
      "Q: (inaudible) be good.", "MR. COOK: Pressure's on. Thank you, Bob."],
     [("PETER COOK", "named_person", "Peter Cook"), ("MR. COOK", "named_person", "Peter Cook")]),
    ("Department of Defense Press Briefing by General Austin in the Pentagon Briefing Room",
     ["REAR ADM. JOHN KIRBY: Good morning, everybody.",
      "This is a lot taller today, this podium.",
      "GEN. LLOYD AUSTIN: It's just normal size here.",
      "ADM. KIRBY: Well, we're back. I'm just going to turn it over to our briefer today."],
     [("REAR ADM. JOHN KIRBY", "named_person", "John Kirby"),
      ("GEN. LLOYD AUSTIN", "named_person", "Lloyd Austin"),
      ("ADM. KIRBY", "named_person", "John Kirby")]),
    ("U.S. Priorities in the Near East Region",
     ["Senior State Department Official", "New York, NY",
      "MODERATOR: We’re going to start right away. Not everyone is here.",
      "SENIOR STATE DEPARTMENT OFFICIAL: So let me just start with a couple of points, just "
      "a quick overview, and then we’ll get right to your questions."],
     [("MODERATOR", "anonymous", "moderator"),
      ("SENIOR STATE DEPARTMENT OFFICIAL", "anonymous", "senior state department official")]),
    ("President Donald Trump’s Speech at the National Day of Prayer",
     ["Rose Garden", "11:38 A.M. EDT",
      "THE PRESIDENT: Thank you very much, everybody. Thank you. Please.",
      "It’s wonderful to be here on this glorious spring morning. (Applause.)"],
     [("THE PRESIDENT", "named_person", "Donald Trump")]),
]


def _text(title: str, paragraphs: list[str]) -> str:
    return "\n\n".join([title, *paragraphs])


def _counted(text: str):
    rows = find_attributions(Article.from_text(text))
    return rows[~rows["nested"]]


@pytest.mark.parametrize(("title", "paragraphs", "expected"), TRANSCRIPTS,
                         ids=[t[0][:30] for t in TRANSCRIPTS])
def test_each_speaker_label_is_an_attribution_typed_by_who_speaks(title, paragraphs, expected):
    rows = _counted(_text(title, paragraphs))
    assert list(zip(rows["source"], rows["source_type"], rows["entity"], strict=True)) \
        == expected
    assert set(rows["cue"]) == {":"} and set(rows["cue_kind"]) == {"label"}
    assert rows["is_quote"].all()


def test_a_turn_runs_over_its_paragraphs_to_the_next_label_without_its_final_punctuation():
    text = _text(*TRANSCRIPTS[0][:2])
    row = _counted(text).iloc[0]
    content = text[row["content_start"]:row["content_end"]]
    assert content.startswith("Before we get started")
    assert content.endswith("in one setting or another")  # the Q turn is not his


def test_a_turns_closing_stage_direction_is_left_out_of_its_content():
    text = _text("Remarks by the President to the 2015 Kennedy Center Honorees",
                 ["East Room", "THE PRESIDENT: Thank you so much. (Laughter.)",
                  "(Baby makes noises.)",
                  "THE PRESIDENT: Yes. (Laughter.) It includes your grandpa. (Laughter.)"])
    rows = _counted(text)
    rows = rows[rows["cue_kind"] == "label"]  # not the title's "Remarks by the President"
    contents = [text[s:e] for s, e in zip(rows["content_start"], rows["content_end"],
                                          strict=True)]
    assert contents == ["Thank you so much", "Yes. (Laughter.) It includes your grandpa"]
    assert list(rows["entity"]) == ["The President", "The President"]  # no name in the text


def test_a_question_turn_is_no_attribution_and_nothing_in_it_is_one():
    text = _text("Press Gaggle by Press Secretary Robert Gibbs",
                 ["MR. GIBBS: What's going on, guys?",
                  "Q: Is there anything specific that you would like to say that you need to "
                  "see from Iran in that proposal? How do you plan to respond, and did the "
                  "President say he would meet them?",
                  "MR. GIBBS: I think Iran has to live up to its responsibilities and end its "
                  "illicit nuclear program."])
    rows = find_attributions(Article.from_text(text))
    question = text.index("Q:"), text.index("MR. GIBBS: I think")
    inside = rows[(rows["cue_start"] >= question[0]) & (rows["cue_start"] < question[1])]
    assert inside["nested"].all()
    # no parent but another cue of the question itself (*say* inside *How do you plan …*)
    assert set(inside["parent"].dropna()) <= set(inside.index)
    counted = rows[~rows["nested"]]
    assert list(counted["source"]) == ["MR. GIBBS", "MR. GIBBS"]


def test_a_cue_inside_an_answer_is_nested_in_the_speakers_turn():
    text = _text("Press Gaggle By Press Secretary Robert Gibbs, 8/15/09",
                 ["Q What's your reaction?",
                  "MR. GIBBS: I think we gave a few of you all a statement earlier. I'm not "
                  "going to go past that. I don't know what he said to them."])
    rows = find_attributions(Article.from_text(text))
    turn = rows.index[rows["cue_kind"] == "label"][0]
    inner = rows[rows["cue_kind"] != "label"]
    assert len(inner) and inner["nested"].all()
    # each held by the turn, or by a cue the turn holds (*said* inside *I don't know what …*)
    assert set(inner["parent"]) <= {turn, *inner.index} and turn in set(inner["parent"])
    assert rows.loc[turn, "entity"] == "Robert Gibbs"


# paragraphs with a colon that are no speaker label: a release number, a note, a headline's
# colon, a list's numbers (other/08, science-health/03 of the dev texts), a one-word label
NOT_TRANSCRIPTS = {
    "a release number": ("Statement from Daniel S. Goldin, NASA Administrator",
                         ["Headquarters, Washington, DC, August 6, 1996", "RELEASE: 96-159",
                          '"NASA has made a startling discovery that points to the possibility '
                          'that a primitive form of microscopic life may have existed on Mars."']),
    "a headline colon and numbered lines": (
        "Evening Communications Briefing - January 27, 2017",
        ["President Trump’s First Week of Action Top Line:",
         "15: Presidential Actions to begin fulfilling his promises.",
         "8: Diplomatic conversations with foreign leaders to promote a foreign policy."]),
    "a note and an update": (
        "Officials say talks will resume",
        ["Officials said on Monday that talks would resume next week.",
         "Note: This story has been updated with comment from the ministry.",
         "UPDATE: The ministry said the talks were postponed."]),
    "an editor's note, once": (
        "Officials say talks will resume",
        ["EDITOR'S NOTE: Names have been withheld for the safety of those quoted.",
         "Residents said the water had been cut for a week."]),
    "a one-word label alone": (
        "Talks resume",
        ["WASHINGTON: Officials said on Monday that talks would resume next week."]),
}


@pytest.mark.parametrize("case", NOT_TRANSCRIPTS)
def test_a_text_with_a_colon_paragraph_that_is_no_label_is_not_a_transcript(case):
    text = _text(*NOT_TRANSCRIPTS[case])
    assert speaker_turns(prepare(Article.from_text(text))) == []
    assert "label" not in set(find_attributions(Article.from_text(text))["cue_kind"])


def test_no_wikinews_development_article_is_read_as_a_transcript():
    texts = sorted((FIXTURES / "wikinews_attribution" / "dev").glob("*.txt"))
    assert texts
    for path in texts:
        doc = prepare(Article.from_text(path.read_text(encoding="utf-8"), has_title=False))
        assert speaker_turns(doc) == [], path.name


STATEMENT = _text(
    "Dover van smuggler jailed", [
        "Immigration Minister Robert Jenrick, said:",
        "These criminal and life threatening attempts to smuggle people, including children, "
        "into the UK are utterly abhorrent and we will not stand for it.",
        "I would like to praise our Immigration Enforcement officers who are working around "
        "the clock to prevent this activity.",
        "The Renault Master van driven by the defendant travelled by ferry from Dunkirk to "
        "Dover."])


def test_a_statement_after_said_colon_runs_over_its_first_person_paragraphs():
    row = _counted(STATEMENT).iloc[0]
    assert (row["cue"], row["source"], row["entity"]) == (
        "said", "Immigration Minister Robert Jenrick", "Robert Jenrick")
    content = STATEMENT[row["content_start"]:row["content_end"]]
    assert content.startswith("These criminal") and content.endswith("prevent this activity")


# press-release/02-dwp-pension-assets-savers-economy (dev): the minister's statement after
# "said:" holds two cues of hers, which are not the release's own attributions
PENSIONS = _text("DWP unveils plans for £1.4 trillion in pension assets", [
    "Minister for Pensions, Paul Maynard said:",
    "We are in a welcome position with DB pension schemes enjoying high levels of funding, and "
    "we want to make this money work harder for savers and the wider economy. I welcome "
    "industry views on our plans to reform the pensions market.",
    "Over the last decade most DB schemes have become better funded."])


def test_a_cue_inside_a_statement_after_said_colon_is_nested_in_it():
    rows = find_attributions(Article.from_text(PENSIONS))
    said = rows.index[rows["cue"] == "said"][0]
    assert rows.loc[said, "is_quote"] and not rows.loc[said, "nested"]
    inner = rows[rows["cue"].isin(["want", "welcome"])]
    assert len(inner) == 2
    assert inner["nested"].all() and (inner["parent"] == said).all()
    assert "said" in set(_counted(PENSIONS)["cue"])
    assert set(_counted(PENSIONS)["cue"]).isdisjoint({"want", "welcome"})


def test_a_quotation_over_paragraphs_each_opening_with_a_mark_is_one_content():
    text = _text("FCDO statement", [
        "An FCDO spokesperson said:", "“We condemn the attack.", "“We call on Iran to stop.",
        "“We will act with our partners.”", "The ministry gave no details."])
    row = _counted(text).iloc[0]
    assert (row["source"], row["source_type"]) == ("An FCDO spokesperson", "anonymous")
    assert text[row["content_start"]:row["content_end"]] == (
        "We condemn the attack.\n\n“We call on Iran to stop.\n\n“We will act with our "
        "partners.")


def test_transcript_turns_are_read_in_linear_time():
    def transcript(k: int) -> str:
        return "\n\n".join(f"MR. SPEAKER{i}: Well, I think so, as he said.\n\nQ: Why?"
                           for i in range(k))
    files = ["layers/attribution/turns.py", "layers/attribution/extract.py"]
    assert growth(analysis_of(transcript), files) <= 4.5


def test_statements_after_said_colon_are_nested_in_linear_time():
    def statements(k: int) -> str:
        return "\n\n".join("Minister Jane Roe said:\n\nWe believe that it works, and I think "
                           "officials said so." for _ in range(k))
    files = ["layers/attribution/turns.py", "layers/attribution/extract.py"]
    assert growth(analysis_of(statements), files) <= 4.5
