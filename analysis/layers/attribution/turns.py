"""Transcripts: a speaker label opens an attribution, and the turn is its content.

A briefing, a gaggle, an interview or labelled remarks are written as turns: a paragraph that
opens with a **speaker label** (``MR. EARNEST:``, ``SECRETARY BLINKEN:``, ``SENIOR
ADMINISTRATION OFFICIAL:``, ``THE PRESIDENT:``) and the paragraphs after it, up to the next
label. Under the guideline (``tests/fixtures/wikinews_attribution/GUIDELINES.md``, "Genres",
Transcripts) each speaker's turn is one attribution: the **source** is the label, the **cue**
its colon, the **content** the whole turn (stage directions and times at its end, and its final
punctuation, left out). A reporter's question (``Q``, ``Q:``, ``QUESTION:``) is no attribution,
and no cue inside any turn — a question or an answer — is an attribution of the article's: those
rows are ``nested`` (their ``parent`` the speaker's turn; none for a question).

**What makes a text a transcript** (:func:`speaker_turns`): a label is mostly upper case, a
name or a role of at most eight words, before a colon that text follows, at the start of a body
paragraph; a label holding a word of ``not_a_speaker`` (``RELEASE: 96-159``, ``EDITOR'S
NOTE:``) is none. The text is a transcript when one label names its speaker by title or office
(``MR. GIBBS:``, ``THE PRESIDENT:``), or when two label paragraphs (speakers or questions) hold
at least one speaker that is more than one bare word (``PETER COOK:``, ``MODERATOR:``). A news
story's ``Note:`` paragraph or a headline's colon is not a label; one bare word before a colon
(``RELEASE:``, ``PRICE:``) is a speaker only in a text that is a transcript already.

**Who speaks.** A label with a role of ``anonymous_role`` (``SENIOR STATE DEPARTMENT
OFFICIAL``, ``MODERATOR``, ``OPERATOR``) is ``anonymous``, its entity the role in lower case;
any other label is ``named_person``. Its entity is the fullest name the text gives: the
person the entity model (``Document.entities``) groups the label with, else a person the text
names with the label's surname (*Press Briefing by Press Secretary Josh Earnest* for ``MR.
EARNEST``, an earlier ``PETER COOK:`` for ``MR. COOK:``), else the label's name in title case
(``MR PRICE`` is *Price*). An office (``THE PRESIDENT``) is the person the text's heading
names with that title (*President Donald Trump's Speech*), else the office in title case.

**A statement over paragraphs** (:func:`colon_block`): ``Minister Jane Roe said:`` closing a
paragraph, with the minister's words in the paragraphs after it and no quotation marks (as
GOV.UK prints them), has those paragraphs as its content: the first one, and each next one
while it speaks in the first person (*I*, *we*, *our*) and is no heading and no new
introduction. It is a direct quotation printed without marks (``is_quote``), and a cue inside
it is the speaker's, nested in it (:func:`nest_in_statements`) as a cue inside a quotation is.

The words of the labels are data (``analysis/lexicons/transcript_labels.csv``); the titles
before a name are the source lexicon's person titles and the abbreviations' titles.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

import analysis.lexicons as lexicons
from analysis.spine.article import Paragraph
from analysis.spine.document import Document
from analysis.vocabulary.grammar import FIRST_PERSON
from analysis.vocabulary.sources import SourceType

#: A speaker label at the start of a paragraph: capitals, periods, apostrophes, hyphens and
#: brackets (``[Senior State Department Official]``), then a colon and the turn's first words.
_LABEL = re.compile(r"(?P<label>[A-Z\[][A-Za-z.'\u2019\-\[\] ]{0,58}?)\s*(?P<colon>:)\s+(?=\S)")
#: A reporter's bare question label: ``Q Start with something easy.``
_BARE_Q = re.compile(r"Q\s+(?=[^\s:])")
#: The longest label read (in words).
MAX_LABEL_WORDS = 8
#: A label's letters are at least this share upper case (*McCAIN* still counts).
UPPER_SHARE = 0.75
#: A paragraph at a turn's end that is not the speaker's words: a stage direction
#: (``(Laughter.)``), a time (``1:11 P.M. EST``), the transcript's ``END``.
_NOT_SPOKEN = re.compile(r"\(.*\)|\[.*\]|\d{1,2}:\d{2}\s*[AaPp]\.?\s?[Mm]\.?.*|END\b.*", re.S)
#: The final punctuation a content leaves out (the guideline's).
_FINAL_PUNCTUATION = frozenset(".!?,;:\u2014-")
#: The longest stage direction left out at a turn's end (``(Baby makes noises.)``).
MAX_STAGE_DIRECTION = 80
_WORD = re.compile(r"[A-Za-z\u2019']+")
_LETTERS = re.compile(r"[A-Za-z]+")  # "I\u2019m" is "I" and "m"

QUESTION, SPEAKER = "question", "speaker"


@dataclass(frozen=True)
class Turn:
    """One turn of a transcript: its label (``label_start`` … ``label_end``), the colon after
    it (``colon`` is its offset; ``None`` for a bare ``Q``), the turn's extent
    (``start`` … ``end``: the label's paragraph to the last of the turn), its content and, for a
    speaker, who it is (``source_type`` and ``entity``)."""

    kind: str  # QUESTION or SPEAKER
    label_start: int
    label_end: int
    colon: int | None
    start: int
    end: int
    content_start: int | None = None
    content_end: int | None = None
    source_type: str | None = None
    entity: str | None = None


@dataclass(frozen=True)
class _Label:
    paragraph: Paragraph
    kind: str  # QUESTION, or how the speaker is named: titled, office, anonymous, name, word
    start: int
    end: int
    colon: int | None
    name: str  # the name words, the office or the role, as written


@functools.cache
def _words() -> dict[str, frozenset[str]]:
    titles = lexicons.words("sources", "person_title") | lexicons.words("abbreviations", "title")
    return {
        "title": frozenset(t.rstrip(".") for t in titles),
        **{c: lexicons.words("transcript_labels", c)
           for c in ("question", "anonymous_role", "office", "not_a_speaker")},
    }


def speaker_turns(doc: Document) -> list[Turn]:
    """The turns of ``doc`` in reading order, if it is a transcript (see the module text);
    an empty list for any other text."""
    paragraphs = doc.article.paragraphs
    labels = [(k, label) for k, p in enumerate(paragraphs) if not p.is_title
              and (label := _label(p)) is not None]
    if not _is_transcript([label for _, label in labels]):
        return []
    text = doc.text
    turns: list[Turn] = []
    speakers = _Speakers(doc, paragraphs[labels[0][0]].start_char)
    for (first, label), nxt in zip(labels, [k for k, _ in labels[1:]] + [len(paragraphs)],
                                   strict=True):
        last = nxt - 1
        while last > first and _NOT_SPOKEN.fullmatch(paragraphs[last].text.strip()):
            last -= 1
        start, end = paragraphs[first].start_char, paragraphs[last].end_char
        if label.kind == QUESTION:
            turns.append(Turn(QUESTION, label.start, label.end, label.colon, start, end))
            continue
        content_start = label.colon + 1
        while content_start < end and text[content_start].isspace():
            content_start += 1
        content_end = content_start + _spoken_length(text[content_start:end])
        source_type, entity = speakers(label)
        turns.append(Turn(SPEAKER, label.start, label.end, label.colon, start, end,
                          content_start, content_end, source_type, entity))
    return turns


def _spoken_length(text: str) -> int:
    """How much of ``text`` (a turn, or a statement's last paragraph) is kept as content:
    all but its trailing stage directions (``(Laughter.)``) and final punctuation. Read
    backwards from the end, one character at a time: linear in what is left out."""
    end = len(text)
    while True:
        k = end
        while k > 0 and (text[k - 1].isspace() or text[k - 1] in _FINAL_PUNCTUATION):
            k -= 1
        if k > 0 and text[k - 1] == ")":
            opening = text.rfind("(", max(0, k - MAX_STAGE_DIRECTION), k)
            if opening >= 0 and ")" not in text[opening:k - 1]:
                k = opening
        if k == end:
            return end
        end = k


def _label(p: Paragraph) -> _Label | None:
    """The speaker or question label that opens paragraph ``p``, if any."""
    text = p.text
    if _BARE_Q.match(text):
        return _Label(p, QUESTION, p.start_char, p.start_char + 1, None, "Q")
    m = _LABEL.match(text)
    if m is None:
        return None
    label = m.group("label").strip()
    letters = [c for c in label if c.isalpha()]
    words = label.split()
    if not letters or len(words) > MAX_LABEL_WORDS or not all(
            w[0].isupper() or w[0] == "[" for w in words) or \
            sum(c.isupper() for c in letters) < UPPER_SHARE * len(letters):
        return None
    lows = [w.strip("[].").lower() for w in words]
    vocab = _words()
    if any(w in vocab["not_a_speaker"] for w in lows):
        return None
    start, end = p.start_char + m.start("label"), p.start_char + m.start("label") + len(label)
    colon = p.start_char + m.start("colon")
    joined = " ".join(lows)
    if joined in vocab["question"]:
        return _Label(p, QUESTION, start, end, colon, label)
    if any(w in vocab["anonymous_role"] for w in lows) or joined in vocab["anonymous_role"]:
        return _Label(p, "anonymous", start, end, colon, label)
    office = " ".join(lows[1:] if lows[0] == "the" else lows)
    if office in vocab["office"]:
        return _Label(p, "office", start, end, colon, office)
    titled = [k for k, w in enumerate(lows) if w in vocab["title"]]
    name = words[titled[-1] + 1:] if titled else words
    if not name:
        return _Label(p, "office", start, end, colon, " ".join(lows))
    kind = "titled" if titled else ("name" if len(name) > 1 else "word")
    return _Label(p, kind, start, end, colon, " ".join(name))


def _is_transcript(labels: list[_Label]) -> bool:
    """One label naming its speaker by title or office, or two label paragraphs with a
    speaker that is more than one bare word."""
    if any(label.kind in ("titled", "office") for label in labels):
        return True
    strong = sum(label.kind in ("anonymous", "name") for label in labels)
    counted = sum(label.kind != "word" for label in labels)
    return strong >= 1 and counted >= 2


class _Speakers:
    """Who each speaker label names (see the module text), each name looked up once: the
    entity model's people by surname are indexed on first need, an office's holder is read
    from the heading (the text before ``heading_end``, the first label) once."""

    def __init__(self, doc: Document, heading_end: int) -> None:
        self.doc = doc
        self.heading_end = heading_end
        self.known: dict[str, tuple[str, str]] = {}  # label words -> (type, entity)
        self.full: dict[str, str] = {}  # surname -> the fullest name seen

    def __call__(self, label: _Label) -> tuple[str, str]:
        """The type and entity of ``label``."""
        key = f"{label.kind} {label.name.lower()}"
        if key not in self.known:
            self.known[key] = self._who(label)
        return self.known[key]

    def _who(self, label: _Label) -> tuple[str, str]:
        if label.kind == "anonymous":
            return SourceType.ANONYMOUS.value, " ".join(label.name.lower().strip("[]").split())
        if label.kind == "office":
            return SourceType.NAMED_PERSON.value, self._office_holder(label.name) or \
                _title_case(self.doc.text[label.start:label.end])
        name = _title_case(label.name)
        surname = name.split()[-1].lower()
        full = self._grouped(label, surname) or self._surnames.get(surname) \
            or self.full.get(surname)
        if full is None or len(full.split()) < len(name.split()):
            full = name
        self.full[surname] = full
        return SourceType.NAMED_PERSON.value, full

    def _grouped(self, label: _Label, surname: str) -> str | None:
        """The person the entity model groups the label with, if it holds the surname."""
        entities = self.doc.entities
        mention = entities.at(label.end - 1)
        if mention is None:
            return None
        entity = entities.entities[mention.entity]
        if entity.kind != "person" or entity.name.lower().split()[-1] != surname:
            return None
        return _title_case(entity.name)

    @functools.cached_property
    def _surnames(self) -> dict[str, str]:
        """The fullest name of each person of the entity model with a first name, by
        surname (a label's own all-caps name excepted)."""
        out: dict[str, str] = {}
        for entity in self.doc.entities.entities:
            words = entity.name.split()
            if entity.kind == "person" and len(words) > 1 and not entity.name.isupper() \
                    and len(words) > len(out.get(words[-1].lower(), "").split()):
                out[words[-1].lower()] = entity.name
        return out

    def _office_holder(self, office: str) -> str | None:
        """The person the heading names with ``office`` (*President Donald Trump's
        Speech*), if any."""
        entities = self.doc.entities
        words = office.split()
        for mention in entities.within(0, self.heading_end):
            entity = entities.entities[mention.entity]
            roles = " ".join([*entity.roles, mention.role]).lower().split()
            if entity.kind == "person" and len(entity.name.split()) > 1 and all(
                    w in roles for w in words):
                return entity.name
        return None


def _title_case(name: str) -> str:
    """An all-caps name in title case (``PETER COOK`` → ``Peter Cook``, ``O'BRIEN`` →
    ``O'Brien``); a word written in mixed case stays as written (``McCAIN``)."""
    return " ".join(_WORD.sub(lambda m: m.group()[:1] + m.group()[1:].lower(), w)
                    if w.isupper() else w for w in name.strip("[]").split())


def turn_rows(doc: Document, turns: list[Turn]) -> list[dict]:
    """One attribution row per speaker's turn (the columns of
    :data:`~analysis.layers.attribution.extract.ATTRIBUTIONS` but ``nested``, ``parent`` and
    ``counts_as``); the question turns give none."""
    text = doc.text
    starts = [s.start_char for s in doc.sentences]
    rows = []
    for turn in turns:
        if turn.kind != SPEAKER:
            continue
        sentence = doc.sentences[max(bisect.bisect_right(starts, turn.colon) - 1, 0)]
        rows.append({
            "article_id": doc.article_id, "sentence_id": sentence.sentence_id,
            "cue": ":", "cue_start": turn.colon, "cue_end": turn.colon + 1,
            "cue_kind": "label", "cue_category": "speech",
            "source": text[turn.label_start:turn.label_end], "source_start": turn.label_start,
            "source_end": turn.label_end, "source_type": turn.source_type,
            "entity": turn.entity, "resolved_source": turn.entity,
            "resolved_source_type": turn.source_type,
            "content_start": turn.content_start, "content_end": turn.content_end,
            "is_quote": True,
        })
    return rows


def with_turns(doc: Document, rows: list[dict]) -> tuple[list[dict], list[Turn]]:
    """``rows`` (an article's attributions in reading order) with a row for each speaker's
    turn put in its place, and the turns; ``rows`` itself where the text is no transcript."""
    turns = speaker_turns(doc)
    if not turns:
        return rows, turns
    merged: list[dict] = []
    k = 0
    for row in turn_rows(doc, turns):  # each before the first row after its colon
        key = (row["sentence_id"], row["cue_start"])
        while k < len(rows) and (rows[k]["sentence_id"], rows[k]["cue_start"]) < key:
            merged.append(rows[k])
            k += 1
        merged.append(row)
    return merged + rows[k:], turns


def nest_in_turns(rows: list[dict], turns: list[Turn]) -> None:
    """Mark every row whose cue lies inside a turn nested (a question's, or an answer's:
    the speaker's own words, not an attribution of the article's), its parent the speaker's
    turn unless it already has one (a quotation inside the turn)."""
    if not turns:
        return
    starts = [turn.start for turn in turns]
    own = {row["cue_start"]: k for k, row in enumerate(rows) if row["cue_kind"] == "label"}
    for row in rows:
        if row["cue_kind"] == "label":
            continue
        t = bisect.bisect_right(starts, row["cue_start"]) - 1
        if t < 0 or row["cue_start"] >= turns[t].end:
            continue
        row["nested"] = True
        if row["parent"] is None and turns[t].kind == SPEAKER:
            row["parent"] = own.get(turns[t].colon)


#: The key a statement's row carries (``Minister Jane Roe said:`` and her paragraphs): not a
#: column of the table, read by :func:`nest_in_statements`.
STATEMENT = "_statement"


def nest_in_statements(rows: list[dict]) -> None:
    """Mark every row whose cue lies inside a statement read whole after ``said:`` nested
    (the speaker's own words, as a cue inside a quotation is: *The police and security
    services have been clear that …* in Security Minister Ben Wallace's statement), its parent
    the statement unless it already has one (a quotation inside the statement).

    One pass: the statements come in reading order and never overlap, and a row's cue comes
    after its statement's cue, so the statement that may hold a row is the last one seen."""
    holder: int | None = None
    for k, row in enumerate(rows):
        if holder is not None and row["cue_start"] >= rows[holder]["content_end"]:
            holder = None
        if holder is not None and rows[holder]["content_start"] <= row["cue_start"]:
            row["nested"] = True
            if row["parent"] is None:
                row["parent"] = holder
        elif row.get(STATEMENT) and not row["nested"]:
            holder = k


def colon_block(doc: Document, cue_end: int) -> tuple[int, int] | None:
    """The content of a cue that closes its paragraph with a colon (``Minister Jane Roe
    said:``): the next paragraph, and each one after it that speaks in the first person and is
    no heading or new introduction; ``None`` where the cue does not close its paragraph so."""
    text = doc.text
    j = cue_end
    while j < len(text) and text[j] in " \t":
        j += 1
    if j >= len(text) or text[j] != ":":
        return None
    paragraphs = doc.article.paragraphs
    k = bisect.bisect_left(paragraphs, j + 1, key=lambda p: p.end_char)
    if k + 1 >= len(paragraphs) or text[j + 1:paragraphs[k].end_char].strip():
        return None
    block: list[Paragraph] = []
    for p in paragraphs[k + 1:]:
        said = p.text.strip()
        if not said or said.endswith(":") or _LABEL.match(said) or (
                block and (not said.endswith((".", "!", "?", "\u201d", '"'))
                           or FIRST_PERSON.isdisjoint(w.lower() for w in _LETTERS.findall(said)))):
            break
        block.append(p)
    if not block:
        return None
    return block[0].start_char, block[-1].start_char + _spoken_length(block[-1].text)
