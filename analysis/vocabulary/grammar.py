"""The closed classes of English the rules read: determiners, auxiliaries, pronouns,
prepositions, conjunctions, negators, number words, month and weekday names.

Why a module and not a lexicon file: these are not a vocabulary anyone extends or tunes for a
genre — they are the grammar of English the rules are written in (a source phrase stops at an
auxiliary; *not* before a hedge negates it), closed classes that a grammar lists in full
(Quirk et al. 1985, *A Comprehensive Grammar of the English Language*). Each set is defined once
here, named by its grammatical role, and imported by every rule that needs it. Every
open-class word list (cues, sources, hedges, boosters, the words a rule reads around a match)
is a lexicon file in ``analysis/lexicons/``.
"""

from __future__ import annotations

ARTICLES = frozenset({"the", "a", "an"})
DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
POSSESSIVES = frozenset({"my", "your", "his", "her", "its", "our", "their"})
#: The personal pronoun of each possessive a source may be (``his promises``: *he*).
PRONOUN_OF_POSSESSIVE = {"his": "he", "her": "she", "its": "it", "our": "we", "their": "they"}
#: The subject form of an object pronoun that stands as a source (*let me reassure you*).
PRONOUN_OF_OBJECT = {"me": "i", "us": "we", "him": "he", "them": "they"}
CARDINALS = frozenset("one two three four five six seven eight nine ten".split())
#: What may open a noun phrase before its head: articles, demonstratives, possessives,
#: quantifiers and small numbers (``the``, ``those``, ``their``, ``some``, ``two``, ``dozens``).
NP_DETERMINERS = (
    ARTICLES | (DEMONSTRATIVES - {"that"}) | POSSESSIVES | CARDINALS
    | frozenset("some many several all both other another each every any no such dozens "
                "hundreds thousands".split()))
#: Determiners before a noun that a hedge rule looks through (``assume the office``).
DETERMINERS = ARTICLES | DEMONSTRATIVES | frozenset("some any every what which no".split())
#: Words after which a form such as *reports* or *claims* is a noun (``the claims``, ``his
#: warning``); quantifiers stand alone as subjects (``Some say``), so they are not here.
NOUN_MAKERS = (ARTICLES | POSSESSIVES | (DEMONSTRATIVES - {"that"})
               | frozenset("whose no every each another such 's".split()))

#: Every form of *to be* (``'s`` as in *he's*).
BE = frozenset("is are was were be been being am 's".split())
AUXILIARIES = BE | frozenset(
    "has have had do does did will would shall should can could may might must 've 'd 'll "
    "'re not n't never".split())
NEGATORS = frozenset({"not", "n't", "never", "no", "without", "hardly", "barely", "nor"})

PERSONAL_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it", "you"})
SINGULAR_PRONOUNS = frozenset({"he", "she"})
#: The first person: a speaker speaking for themselves or their body (*I*, *our*).
FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "our"})
RELATIVES = frozenset({"who", "which", "that", "whose"})
#: The negative pronouns (*no one* written with a hyphen): they name no one (``No one wants``).
NEGATIVE_PRONOUNS = frozenset({"no-one", "nobody", "none"})
#: Pronouns and demonstratives that stand for a clause or a thing said (``This suggests``).
PROFORMS = frozenset({"this", "that", "these", "those", "it", "which", "what"})
#: Words that begin a clause, not a noun phrase: relatives, conjunctions, subordinators and
#: the prepositions a source phrase never runs over.
CLAUSE_WORDS = frozenset(
    "that which who whom whose with as while because after before when if but and or nor "
    "although though since where whereas so than to by on during over under into about "
    "against without despite amid via per upon until unless whether".split())
#: Subordinators of a condition or a generic time: a present-tense cue in their clause is a
#: hypothetical, not an attribution (``when they believe protestors are …``).
CONDITIONALS = frozenset({"if", "when", "whenever", "unless"})
#: Prepositions inside a noun phrase: ``sources in the underground``, ``head of the agency``.
NP_PREPOSITIONS = frozenset({"of", "in", "at", "from", "for", "within", "inside"})
#: What may open a clause after a belief verb that drops its *that* (``believe the virus``).
CLAUSE_OPENERS = ARTICLES | frozenset(
    "this these those there his her their its our".split())
#: What may introduce a reported clause after a cue: ``that``, a quotation, a colon, a comma,
#: ``whether`` and the question words, ``of`` and ``about``.
CONTENT_MARKERS = frozenset('that " : , whether if how why what when where who of about'.split())

WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
MONTHS = frozenset("january february march april may june july august september october "
                   "november december".split())
#: Words of a time expression after a source (``said on Monday``, ``told reporters last week``).
TIME_WORDS = WEEKDAYS | frozenset(
    "on last yesterday today tonight tomorrow earlier later this week month year in".split())
#: Words that begin a date (``in March``, ``recent weeks``, ``early this year``).
DATE_WORDS = MONTHS | WEEKDAYS | frozenset("recent last early late this".split())

NUMBER_WORDS = CARDINALS | frozenset(
    "eleven twelve fifteen twenty thirty forty fifty sixty seventy eighty ninety hundred "
    "hundreds thousand thousands million millions billion billions dozen dozens half third "
    "quarter a an".split())
CURRENCY = frozenset("$ € £ ¥ us$".split())
