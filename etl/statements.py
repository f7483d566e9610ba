"""What a survey figure says: its statement, question terms and the group the share is of.

News packs several figures into one sentence ("40% oppose the plan, whereas 32% do"; "42% and 38%
respectively said ..."; "most voters (61%) back it"), wraps them in attributions ("the poll found
that", ", a new survey shows") and names subgroups in many ways ("of those under 30", "among
Republicans,", "of adults aged 65 and older"). Each figure gets its own clause: the stretch of its
sentence no other figure occupies, cut at the first contrastive or coordinating boundary, the verb
phrase after the value first ("... of voters would back X" → "would back X"), else the noun phrase
leading up to it ("support for X stood at 43%" → "support for X"). Elliptical clauses ("whereas 32%
do", "31% of men and 25% of women said ...") borrow the predicate of a neighbouring figure, with the
figure's own negation; "shared this view" and "oppose them" take the words of the figure before, as
do "the figure was 80% for both groups", "in March there were 28%", what a comparison leaves a value
("slipped to 73%, from 78% last June", "down from 74%") and another source's "put that figure at 68%".
A subject compared across groups ("support for X was higher among A (72%) than B (65%)") is each
group's statement; clauses of their own
("although the old were less sure, ...") lend a figure no words. Age bands are written one way ("aged
18-29") so outlets' different spellings name one subgroup. Vote-intention lists ("puts Labour on 31%, with
the Conservatives unchanged on 25%") give each share its party, or its group ("with Republicans at 6%"); a
lead whose rival goes unnamed ("Harris leads 40%-38%") takes the rival the story named; a sentence opening
with what was asked ("Asked about X, 62% were against") completes its short answers with X; a change
named without its topic ("..., with 64% noting an increase") takes the subject of the clause it hangs on; a share
told by its change ("the number of X who oppose Y has risen to 97%") says what its people do ("oppose Y").

Pure functions over (text, positions), precompiled regexes only: cheap enough to run on every figure.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Container, Iterator
from itertools import chain, takewhile
from typing import NamedTuple

from etl.cues import PEOPLE_NOUNS, PEOPLE_WORDS
from etl.textmatch import contains_any, trie_pattern

STATEMENT_WORDS = 12  # a statement names the answer, not the whole sentence
TERM_WORDS = 6  # question terms: the nearest words on each side of a value (compared, not shown)
# A subject naming the answer whose share the clause gives: "Approval of ...", "Dissatisfaction with ..."
STANCE_HEAD = re.compile(r"(?:the\s+)?(?P<head>(?:dis)?approval|support|opposition|(?:dis)?satisfaction|(?:dis)?trust|"
                         r"confidence|backing)\b", re.I)
# The approval question's wording, which would spend the terms' words before saying what is approved of
THE_WAY = re.compile(r"\bthe\s+way\s+(?P<who>(?:[\w'’.-]+\s+){1,3}?)(?:is|are|was|were|has\s+been|have\s+been)\s+"
                     r"(?=handl|manag|deal|doing)")
HEAD_TO_HEAD_GAP = re.compile(  # between two shares: " to the Liberals' ", " support to Labour's "
    r"\s+(?:(?:support|backing|of\s+the\s+vote)\s+)?to\s+(?P<rival>(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}?)['’]s?\s+(?:(?:just|only)\s+)?")
RATING_AFTER = re.compile(r"\s+((?:un)?favou?rable|positive|negative|(?:dis)?approval)\b", re.I)  # "27% positive"
NEXT_SUBJECT_GAP = re.compile(r",?\s+(?:and|while|but|with)\s+(?:the\s+)?[^\W\d][\w'’.-]*(?:\s+[^\W\d][\w'’.-]*){0,2}"
                              r"\s+by\s+(?:(?:a\s+mere|just|only|nearly|about|around|some)\s+)?")
AFTER_WINDOW = 200  # characters: the words after a value that a statement or its question terms use
WINDOW = 300  # characters: no clause of interest is longer, so a long sentence costs no more per figure
MAX_VALUE_CHARS = 100  # no value expression is longer
REFERENCE_REACH = 600  # characters: "this view" points at a figure no further back
SENTENCE_ENDS = (".", "!", "?")  # between two sentences that are not next to each other, one of these stands
BORROW_DEPTH = 4  # figures in a row may share one predicate ("83% of A, 31% of B and 4% of C approve")

# --- who the share is of ----------------------------------------------------------------------------
WHOLE_SAMPLE_HEADS = frozenset(
    [
        "respondents", "people", "population", "public", "adults", "citizens", "residents", "voters", "electorate",
        "participants", "those", "sample", "interviewees", "everyone", "all", "nation", "country"
    ])
GROUP_HEADS = frozenset([
    "women", "men", "democrats", "republicans", "independents", "supporters", "students", "parents", "workers",
    "employees", "businesses", "firms", "companies", "patients", "users", "consumers", "customers", "members",
    "owners", "households", "youngsters", "olds", "them"])
WHOLE_SAMPLE_PHRASES = frozenset([
    "those polled", "those surveyed", "those asked", "those questioned", "those interviewed", "the public",
    "the population", "the sample", "the vote", "the electorate", "the respondents", "all respondents", "the people"])
SAMPLED = frozenset(["surveyed", "polled", "questioned", "interviewed", "asked", "sampled"])
WHOLE_SAMPLE_MODIFIERS = frozenset(
    [
        "the", "all", "of", "registered", "likely", "eligible", "adult", "surveyed", "polled", "questioned",
        "interviewed", "asked", "those", "decided", "committed"  # "of decided voters": the base of a vote share
    ])
# An age band right after a group word: "aged 18 to 29", "between 18 and 34", "under 30", "65 and older".
AGE_BAND = re.compile(
    r"\s+(?:(?:aged|ages|age|between)\s+)?(?:\d{2}\s*(?:-|–|to|and)\s*\d{2}"
    r"|(?:under|over|above|below)\s+(?:the\s+age\s+of\s+)?\d{2}|\d{2}\s*\+"
    r"|\d{2}\s+(?:and|or)\s+(?:over|older|above|up|under|younger)|in\s+their\s+[1-9]0s)"
    r"(?:\s*(?:-\s*)?years?(?:\s*-?\s*olds?)?)?(?![\w-])", re.I)
AGE_GROUP = re.compile(  # an age band on its own: "18-29-year-olds", "the under-30s", "over-65s"
    r"(?:the\s+)?(?:\d{2}-?\s*(?:-|–|to)\s*\d{2}(?:\s*-?\s*years?\s*-?\s*olds?)?|(?:under|over)-\d{2}s|\d{2}\+)"
    r"(?![\w-])", re.I)
# A place: "the north", "rural areas", "low-income countries", "Spain", "the UK", "Belarusian cities".
PLACE_NOUNS = ("cities|city|towns|villages|suburbs|countryside|areas|regions|countries|nations|states|provinces|"
               "districts|counties|municipalities|localities|capital|neighbou?rhoods")
NAME_WORD = r"(?:(?:[A-Z]\.){2,}|[A-Z](?:[\w'’-]|\.(?=\w))*)"  # "Spain", "U.S.", not "France." ending a sentence
PLACE = (r"(?:the\s+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?(?![\w-])"
         r"|(?:[A-Za-z-]+\s+){0,3}?(?:" + PLACE_NOUNS + r")(?![\w'’-])"
         r"|" + NAME_WORD + r"(?:\s+" + NAME_WORD + r")*(?:\s+(?:" + PLACE_NOUNS + r"))?(?![\w'’-]))")
# "in cities", "in Spain and (in) Italy", "in the north and east": a place list right after a value or group.
PLACES = re.compile(r"\s*in\s+(?P<place>" + PLACE + r"(?:\s*(?:,|and|or)\s+(?:in\s+)?" + PLACE + r")*)")
PLACES_LOOKAHEAD = 12  # characters after a value: spaces and "in", else PLACES is not tried
PLACE_ONLY = re.compile(PLACE)
PLACE_NOUN_END = re.compile(r"\b(?:" + PLACE_NOUNS + r")$")
PLACE_FOLLOWS = re.compile(  # "for small island states,": a place by its noun (a name after "for" may be an answer)
    r"(?:the\s+)?(?:[A-Za-z-]+\s+){0,3}?(?:" + PLACE_NOUNS + r")(?=\s*(?:[,;:.()]|$))")
LEADING_PLACE = re.compile(  # "In the north, 44%", "..., in rural areas, only 11%": a place said before the value
    r"(?:^|[.;:]\s+|,\s+)[Ii]n\s+(?P<place>" + PLACE + r"(?:\s+of\s+the\s+(?:country|region|state|city))?)"
    r"\s*,\s*(?:[a-z]+\s+){0,3}$")
# "In Ontario, the Liberals are backed by 49%": a place opening the sentence, its clause running on to the value
PLACE_LEAD = re.compile(r"^In\s+(?P<place>" + PLACE + r")\s*,\s*[^,;:()%\d]{0,80}$")
LOCATIVE = re.compile(r"\s+in\s+" + PLACE + r"(?:\s+(?:and|or)\s+(?:in\s+)?" + PLACE + r")*")
NOT_A_PLACE = re.compile(  # words a capitalised "in ..." after a value names that are no place: dates, polls
    r"(?:the\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Spring|Summer|Autumn|Fall|Winter|Q\d|Wave)\b"
    r"|.*\d|\S+['’]s\s")  # (and an owner's: "in KFF's September poll")
AFTER_PLACE = re.compile(  # (also "in Reuters/Ipsos polling": a joint poll's name)
    r"['’]s\b|/|\s+(?:poll|polls|survey|surveys|study|research|data|report|figures)\b", re.I)
FROM_GROUP = re.compile(  # "Hindus from Backward Classes (BCs)": where a group comes from is part of it
    r"\s+from\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(?:\s*\([A-Z][\w.&-]{0,15}\))?")
OF_PLACE = re.compile(  # "residents of Oslo": where a group lives is part of it
    r"\s+of\s+(?:the\s+)?" + NAME_WORD + r"(?:\s+" + NAME_WORD + r"){0,2}(?![\w'’-])")
BRACKETED_ACRONYM = re.compile(r"\s*\([A-Z][A-Za-z.&-]{1,9}\)")  # "(AfD)", "(SPD)": a name's initials after it
GROUP_BRACKET = re.compile(r"\s*\((?:[A-Z][\w.&-]{0,15}|\d{2}\s*(?:\+|(?:-|–|to)\s*\d{2}))\)")  # "(SMEs)", "(65+)"
AGE_FORMS = re.compile(
    r"(?P<under>under[-\s]?|younger\s+than\s+|below\s+)?(?:(?:over|above|older\s+than)-?\s*)?(?<!\d)(?P<low>\d{2})(?:-?\s*"
    r"(?:-|–|to|and)\s*(?P<high>\d{2})|\s*(?:\+|(?:and|or)\s+(?:over|older|above|up)))?(?=\D|$)", re.I)
THEIR_DECADE = re.compile(r"\bin\s+their\s+([1-9])0s\b", re.I)  # "in their 20s": aged 20-29
AGE_LEAD_WORDS = frozenset(["those", "the", "aged", "ages", "age", "between", "people", "respondents"])
OF_START = re.compile(r"\s*(?:of|among|for)\s+")
NP_WORD = re.compile(r"\s*(\d{1,3}(?:,\d{3})+(?!\d)|[\w'’.-]+)")  # a count keeps its thousands separator
NP_STOP = frozenset([
    "who", "that", "which", "say", "says", "said", "believe", "believes", "believed", "think", "thinks", "thought",
    "agree", "agrees", "agreed", "support", "supported", "supports", "oppose", "opposes", "opposed", "want",
    "wants", "wanted", "would", "will", "are", "were", "is", "was", "do", "did", "does", "have", "had", "feel",
    "felt", "back", "backed", "backs", "favour", "favor", "favoured", "favored", "favours", "favors", "approve",
    "approves", "approved", "disapprove", "disapproves", "disapproved", "expect", "expects", "expected", "plan",
    "plans", "planned", "prefer", "prefers", "preferred", "trust", "trusts", "trusted", "consider", "considers",
    "considered", "see", "saw", "reported", "rated", "could", "can", "should", "now", "still", "also", "in", "on",
    "at", "for", "with", "from", "to", "by", "stated", "state", "states", "expressed", "express", "answered",
    "named", "chose", "voted", "vote", "but", "while", "whereas",
    "describe", "describes", "described", "rate", "rates", "call", "calls", "called", "view", "views", "viewed",
    "regard", "regards", "regarded",  # "7 in 10 describe the economy as poor": what they said, not who they are
    "unhappy", "dissatisfied", "worried", "concerned", "uneasy", "angry",  # a headline's
    # "78% of French unhappy with Macron": the adjective is what they said
    "held", "hold", "holds", "share", "shared", "shares",  # "64% of renters held that view": what they held
])
# Participles that open what a group said rather than name more of it ("of renters saying costs rose").
REPORTING_PARTICIPLES = frozenset([
    "saying", "noting", "reporting", "citing", "naming", "choosing", "picking", "selecting", "expecting", "believing",
    "thinking", "feeling", "agreeing", "disagreeing", "wanting", "preferring", "calling", "rating", "describing",
    "expressing", "indicating", "claiming", "answering", "responding", "viewing", "seeing", "predicting"])
# (a comma between digits is a thousands separator, no end of the phrase: "of the 1,002 respondents")
FOCUS = r"(?:(?:even|especially|particularly|but|yet|and)\s+)?"  # "Even among X,": the group said apart all the same
# Where a leading "Among X" ends without a comma: the words that go on about the figure ("Among 18-24s the figure is")
FIGURE_NOUN_PHRASE = r"\s+(?:the|that|this)\s+(?:figure|share|proportion|number|percentage|rate)\b"
LEAD_END_UNMARKED = r"(?=" + FIGURE_NOUN_PHRASE + r")"
FIGURE_NOUN_AFTER_GROUP = re.compile(FIGURE_NOUN_PHRASE, re.I)
AMONG_LEADING = re.compile(
    r"(?:^|[.;:]\s+|,\s+)" + FOCUS + r"among\s+(?P<np>(?:[\w'’+-]+\s+){0,9}?[\w'’+-]+)(?:\s*,(?!\d)|"
    + LEAD_END_UNMARKED + r")", re.I)
OF_LEADING = re.compile(r"of\s+(?P<np>(?:[\w'’+-]+\s+){0,9}?[\w'’+-]+)\s*,(?!\d)", re.I)  # "Of X, 62% ..."
# A group named by how it voted or what it calls itself: "those who voted Leave", "voters who backed Labour in
# 2019", "people who identify as Republicans", "those who voted for Biden at the last election".
RELATIVE_GROUP = re.compile(
    r"\s+who\s+(?:voted(?:\s+for)?|backed|supported|identify\s+as|identified\s+as|describe\s+themselves\s+as)\s+"
    r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?:\s+(?:in|at)\s+(?:the\s+)?(?:\d{4}(?:\s+(?:general\s+)?"
    r"election|\s+referendum)?|(?:last|previous|recent)\s+(?:general\s+)?election|(?:EU\s+)?referendum))?")
# A kind of the sample's people right before a bracketed figure: "Black adults (56%)", "older voters (61%)";
# quantities ("most adults", "four in ten adults") are the whole sample.
QUALIFIED_SAMPLE_BEFORE_BRACKET = re.compile(
    r"(?<![\w'’-])(?P<np>(?P<mod>[A-Za-z][a-z-]{2,})\s+(?:adults|voters|residents|respondents|people|citizens))\s*$")
NOT_A_KIND = frozenset([
    "most", "many", "more", "fewer", "few", "some", "all", "these", "those", "other", "both", "such", "several",
    "half", "ten", "hundred", "thousand", "million", "percent", "cent", "and", "the", "among", "than", "many",
    "polled", "surveyed", "questioned", "interviewed", "asked", "registered", "likely", "eligible", "adult"])
LONE_BRACKETED_FIGURE = re.compile(r"\(\s*[\d.,]+\s*(?:%|per\s?cent|percent|pc)?\s*\)")  # not "(31% to 16%)"
CLAUSE_MARKS = (",", ";", ":", "(", ")")  # between a figure and the next, one says the words after are its own
SENTENCE_OPENERS = ("The ", "A ", "An ", "In ", "This ", "That ", "But ", "And ")  # no first name: "The Ipsos poll"
PERSON_PRONOUN_LEAD = re.compile(r"(?:[Hh]e|[Ss]he)\s")  # "he is now favoured by 37%": whose figure, said before
RELATIVE_PRONOUNS = frozenset(["whom", "which"])  # "12% of whom": the group is the one named right before
# the group noun (and a word of its kind) right before the comma of "..., 30% of whom"
GROUP_BEFORE_COMMA = re.compile(r"(?:(?<![\w'’-])(?P<kind>[A-Za-z][a-z-]+)\s+)?(?P<head>[A-Za-z][\w'’-]*)\s*,\s*$")
KIND_FILLER = frozenset(["the", "and", "or", "mainly", "mostly", "largely", "chiefly", "especially", "particularly",
                         "among", "including", "than"])
# "the party" in a share's clause, and the names its sentence may give before it ("Reform UK", "NZ First", "SNP")
THE_PARTY_HINT = "the party"
THE_PARTY = re.compile(r"\bthe party\b(?!['’])")
PARTY_NAME = re.compile(r"(?<![\w'’-])(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*(?![\w-])")
POSSESSIVE_BEFORE_NAME = re.compile(r"['’]s?\s+[A-Z]")  # "Farage's Reform UK": the leader, not a second name
OPENING_WORDS = frozenset(["And", "But", "The", "Meanwhile", "However", "With", "In", "On", "At", "As", "It"])
POINTING_GROUPS = frozenset([None, "those", "them", "these"])  # the group of "Of those, 40% ...", as found
POINTING_LEAD = re.compile(r"\s*(?:of|among)\s+(?:those|them|these)\s*,", re.I)  # "Among them, 40% ..."
AMONG_SENTENCE_LEAD = re.compile(r"\s*" + FOCUS + r"among\s+(?:[\w'’+-]+\s+){0,5}?[\w'’+-]+(?:\s*,|"
                                 + LEAD_END_UNMARKED + r")", re.I)
AMONG_BEFORE = re.compile(r"\bamong\s+(?P<np>(?:[\w'’+-]+\s+){0,5}[\w'’+-]+)\s*,?\s*$", re.I)
WORD_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-"  # a word before a bracket: "women (40%)"

# --- clauses ----------------------------------------------------------------------------------------
# Where the clause after a value ends: punctuation, a dash or bracket, a contrast or a new figure.
# Every branch starts at one character of a leading class: a space (its two branches first, so a space,
# the commonest such character, is not tried against the branches of the others) or punctuation or
# a digit (the lookbehind after it says which).
CLAUSE_END = re.compile(
    r"\s(?:[-–—·•]\s|(?:whereas|while|but|compared\s+(?:with|to)|according\s+to|versus|vs\.?)\s)"
    r"|[.;:!?\"”’()·•,\d](?:"
    r"(?<=[.;:!?])(?<!\b[A-Z].)(?<!\b(?:Mr|Ms|Dr|St|Lt)\.)(?<!\b(?:Gov|Sen|Rep|Mrs|Rev|Gen|Col|Sgt)\.)"
    r"(?<!\b(?:Capt|Prof)\.)(?:\s|$)|(?<=[.!?])[\"”’]|(?<=[()·•])"
    r"|(?<=[,\"”])\s*(?:but|while|whereas|compared|against|according|per(?=\s+(?:(?:a|an|the|new|latest|recent)\b|[A-Z]))|up|down|which|although|though|with|as|ranging|even\s+as|"
    r"so(?=\s)|behind|ahead\s+of|an?\s+(?:\w+\s+)?(?:lead|gap|margin)\s+of|"
    r"(?:more\s+than\s+|nearly\s+|almost\s+)?(?:double|twice|triple|treble|half)|"
    r"[a-z]{3,}ing\s+(?:those|the|a|an|that|it|them|this|their|its|him|her|his)|"
    r"including|from|(?:the\s+)?(?:highest|lowest|worst)|the\s+(?:largest|biggest|same|most|least|best)|an?\s+(?:increase|decrease|rise|drop|"
    r"fall|jump)|and\s+(?:\d|roughly|about|nearly|around|almost|just|only|another|some|half|one|two|three|four|"
    r"five|six|seven|eight|nine|ten)|marking|making|(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:poll|survey|study|"
    r"report)|an?\s+(?:number|share|figure|proportion|percentage|level|view)\b|(?:(?:practically|virtually|essentially|"
    r"statistically|broadly|largely|roughly|nearly|almost)\s+)?(?:stable|unchanged|steady|flat|level|tied|a\s+(?:statistical\s+|technical\s+)?(?:tie|draw|dead\s+heat)))\b"
    r"|(?<=[”\"])\s+(?:thus|so|therefore|and|but)\b|(?<=\d)\d*(?:\.\d+)?\s*(?:%|per\s?cent|percent))")
# A trailing attribution: ', the statement said', '," the Pew report reads', ', a new poll shows'.
TRAIL_ATTRIBUTION = re.compile(  # (written to start with a class, as CLAUSE_END)
    r"[,\"”’]\s*(?:[,\"”’]\s*)*(?:[\w'’.&/-]+\s+){1,6}?(?:said|says|shows?|showed|found|finds|reported|reports|reads|wrote|"
    r"writes|added|adds|notes|noted|suggests|suggested|revealed|reveals|concluded|according)\b.*$", re.I | re.S)
# An attribution with its verb first, after a comma: ", said pollster Baltijos Tyrimai", ", according to the
# Harbour Trust" (a name, capitalised, ends it, or its title: '," says Jane Roe, director of the institute').
INVERTED_SPEAKER = re.compile(r"\s*,\s*[\"”’]?\s*(?:said|says|reported|reports|according\s+to)\s+"
                              r"(?:[\w'’.&-]+\s+){0,5}?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*)*(?:,\s*[^,;:.]{1,80})?\W*$")
TRAIL_ATTRIBUTION_VERBS = ("said", "says", "show", "found", "finds", "report", "reads", "wrote", "writes", "added",
                           "adds", "note", "sugg", "reveal", "conclud", "according")  # one is in every match, lowered
# Where a clause starts, written backwards (see _backwards): ". ", ", ", " - ", "(", "while ", "but ".
# (One leading class, as in CLAUSE_END.)
CLAUSE_START_REVERSED = re.compile(r"[\s(](?:(?<=\()|(?<=\s)(?:[.;:!?]|,|[-–—]\s|(?:elihw|saerehw|tub|dna)\s))")
LEAD_FILLER = re.compile(
    r"^(?:\s|[,)’'\"”]|of\s+(?:them|those|respondents|the\s+sample)|respectively\b|each\b"
    r"|(?:polled|surveyed|questioned|interviewed)\b"
    r"|(?:between|from|on)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+)?\d{1,2}(?:\s+(?:and|to)\s+\d{1,2})?(?:,?\s+\d{4})?\s*,"  # "surveyed between March 10 and 12,"
    r"|(?:asserted|expressed|stated|claimed|indicated|mentioned|reported)\s+that\b"
    r"|in\s+(?:early\s+|late\s+|mid-?)?(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)(?:\s+\d{4})?\b|in\s+\d{4}\b"
    r"|(?:who|that|which|in\s+which|they(?:[’'](?:re|d|ve|ll))?|and|also|had|have|has|state|states|stated)\b"
    r"|(?:said|say|says|saying|told\s+\w+|reported|answered|responded|replied)\b"
    r"(?:\s+(?:that|they(?:[’'](?:re|d|ve|ll))?|it))*)+", re.I)
LEAD_FILLER_FIRST_WORDS = frozenset([  # the words a LEAD_FILLER match can open with
    "of", "respectively", "each", "polled", "surveyed", "questioned", "interviewed", "between", "from", "on",
    "asserted", "expressed", "stated", "claimed", "indicated", "mentioned", "reported", "in", "who", "that", "which",
    "they", "and", "also", "had", "have", "has", "state", "states", "said", "say", "says", "saying", "told", "answered",
    "responded", "replied"])
# A news dateline opening the first sentence: "SEOUL --", "NEW DELHI, May 3 (Reuters) -", "LONDON —".
DATELINE = re.compile(r"[A-ZÀ-ÖØ-Þ]{2,}(?:[ .'’-]+[A-ZÀ-ÖØ-Þ]{2,})*\.?(?:,\s*[A-Z][\w.]*(?:\s+[\w.]+){0,2})?"
                      r"(?:\s*\([^()]{1,30}\))?\s*(?:--|[-–—])\s+")  # (accented too: "SÃO PAULO —")
# The rest of a dateline cut at its comma: "(Yonhap) -- ", "Oct (EFE).- " (AGENCY_REACH: where its bracket opens);
# or a whole one in title case, as translated wire copy writes it: "Warsaw, Nov 2 (PAP) - " (its day blanked out)
AGENCY_DASH = re.compile(r"(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,\s+)?(?:(?:[A-Z][a-z]{2,8}\.?\s+)?\([^()]{1,30}\)\s*\.?\s*"
                         r"(?:--|[-–—])\s*|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+"
                         r"\([^()]{1,30}\)\.?\s*$)")  # (a clause it ends has lost its dash: "Nov (PAP)")
AGENCY_REACH = 30
# The poll a clause after a value ends on: "(61% put it top) in the Red C poll this month", "in KFF's tracking poll".
TRAILING_POLL = re.compile(r"(?:^|\s+)(?:in|by)\s+(?:the|a|an|its|this|their|[A-Z][\w&.-]*['’]s)\s+"
                           r"(?:[\w/.&'’-]+\s+){0,4}?(?:poll|survey)\b.*$", re.S)
# What a share's level is, said after it, not what its people answered: "50%, its highest level since 2007",
# "(51%) is roughly unchanged from 52%": the subject before the value says what they answered
LEVEL_REMARK = re.compile(r"(?:(?:its|their|the|a)\s+(?:(?:highest|lowest|best|worst|strongest|weakest)\b|"
                          r"(?:new\s+)?record\b|(?:all-time|\d+-year)\s+(?:high|low)\b)|"
                          r"(?:(?:is|was|are|were|has\s+been|have\s+been|remains?|remained|stays?|stayed)\s+)?"
                          r"(?:(?:roughly|largely|broadly|virtually|essentially|almost|nearly|mostly)\s+)?"
                          r"(?:unchanged|steady|stable|flat)\b)")
# The label between two values of a table flattened into one line ("Yes 45 No 40 Undecided 15").
TABLE_VALUE_ENDS = frozenset("0123456789%")  # the last character of a bare value before such a label
TABLE_LABEL = re.compile(r"\s+(?P<label>[A-Z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,2})\s+")
# A label opening a line of a list, right before its value ("\nNZ First: 6%", "\nTe Pāti Māori: 4%").
LINE_LABEL = re.compile(r"(?:^|(?P<nl>\n))[ \t]*(?:[*•·‣▪–—-][ \t]*)?(?P<label>[^\W\d_](?:[^\W\d_]|[ '’&/-]){0,40}?)"
                        r"(?:[ \t]*:|[ \t][–—-])[ \t]*$")  # (after a bullet: "* AfD: 24%"; "NO — 43%")
# A list line that opens with a bullet and a label ("- Democrats: 38%, down from 82%", "• Aged 18-34: 61%").
BULLET_FIRST = frozenset("*•·‣▪–—-")
BULLET_OR_BLANK = BULLET_FIRST | {" ", "\t"}
BULLETED_LABEL = re.compile(r"[ \t]*[*•·‣▪–—-][ \t]*(?P<label>[^\W_][^\n:%]{0,40}?)[ \t]*:[ \t]*", re.I)
# the last word of a bulleted label that names respondents, not an answer ("Labour voters", "Independents")
BULLET_GROUP_HEADS = (GROUP_HEADS - {"them"}) | {"voters", "supporters", "backers", "adults", "respondents",
                                                 "renters", "homeowners", "retirees", "graduates", "millennials"}
# Newsletter and explainer headings that open a paragraph before a colon ("By the numbers: 54% ...")
HEADING_LABELS = frozenset([
    "by the numbers", "the numbers", "in numbers", "the topline", "topline", "the top line", "why it matters",
    "the big picture", "big picture", "the bottom line", "bottom line", "the latest", "latest", "key findings",
    "the findings", "findings", "key figures", "highlights", "the details", "details", "zoom in", "zoom out",
    "driving the news", "the intrigue", "between the lines", "state of play", "reality check", "what's new",
    "what’s new", "the results", "results", "the headline", "headline", "context", "the context", "yes, but"])
# A statement that voices a stance and nothing it is about ("expressed confidence"; a bare "satisfaction" may be
# the survey's main question rather than the one just before)
STANCE_STEMS = {"confidence": "confiden", "support": "support", "trust": "trust", "concern": "concern",
                "satisfaction": "satisf", "optimism": "optimis", "approval": "approv", "opposition": "oppos"}
STANCE_ONLY = re.compile(r"(?:expressed|voiced|expressing|voicing|showed|reported)\s+(?:their\s+|some\s+)?"
                         r"(?P<stance>" + "|".join(STANCE_STEMS) + r")", re.I)
LINE_LABEL_REACH = 50  # characters before a value: no such label is longer
LINE_LABEL_WORDS = 4  # a longer lead-in before a colon is a heading, not a label
LINE_VALUE_ONLY = re.compile(  # the rest of a list's line is its value and an aside: "37% (steady)"
    r"[\d.,]+\s*(?:%|per\s?cent|percent|pc)?(?:\s*\([^()\n]{0,30}\))?\s*[.;]?[ \t]*(?:\n|$)", re.I)
# A headline glued onto the first sentence: Title Case words with a capitalised little word among them
# ("Rail Fares To Rise Again Some 40% of ..."), up to the capitalised word that opens the body.
HEADLINE_WORDS = 5
HEADLINE_LITTLE_WORDS = ("To", "Of", "In", "For", "On", "At", "By", "With", "Over", "Is", "Are", "As", "After", "Amid",
                         "From")  # one is in every GLUED_HEADLINE match
GLUED_HEADLINE = re.compile(
    r"(?:[A-Z0-9][\w'’:,&-]*\s+)+?(?:To|Of|In|For|On|At|By|With|Over|Is|Are|As|After|Amid|From)\s+"
    r"(?:[A-Z0-9][\w'’:,&-]*\s+)*?(?=[A-Z][\w'’-]*\s+[a-z0-9])")
# Words that open a sentence without saying anything about the figure: "At the same time, ...".
POLLED_BY = re.compile(
    r"\s*(?:who\s+were\s+)?(?:polled|surveyed|questioned|interviewed|asked)\s+(?:by|for)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’&.-]*|of|for|and|on)(?:\s+(?:[A-Z][\w'’&.-]*|of|for|and|on))*\s*(?:\([^)]{1,40}\))?")
GAPPED_DASH = re.compile(r"\s*[–—-]\s+(?=[\"“‘]?[a-z])(?!(?:an?|the)\s)")  # "while 14% – when…", 4% – "no": the verb
# is left out (not "41% – a figure that …", "– the highest since …": a comment on the figure)
PRONOUN_SUBJECT = re.compile(r"\b(?:he|she|they|it)(?:\s+[a-z]+){1,2}\s+$")  # "he hits", "it stands at": who
PRONOUN_SUBJECT_REACH = 25  # characters: a pronoun and two words
PERSON_SUBJECT = re.compile(r"\b(?:he|she)(?:\s+[a-z]+){1,2}\s+$")  # "he hits": a person's figure before, so
NAMED = re.compile(r"(?<!^)\b[A-Z][a-z]|^(?!(?:The|A|An|This|That|These|Its|In|Among|Of)\b)[A-Z][a-z]")  # one naming
# someone ("Jordan Bardella", "approve of Ana Ruiz"), not "The firm measured disapproval"
POLLED_BY_FIRST, GAPPED_DASH_FIRST = "wpsqia", "–—-"  # the characters their matches can start with, past spaces
POLLED_BY_WORDS = ("who", "polled", "surveyed", "questioned", "interviewed", "asked")  # and the word it starts
REPORTED = re.compile(
    r"[\s,]*(?:respectively[\s,]*)?(?:who\s+)?(?:said|say|says|told\s+\w+|answered|responded|replied|think|thinks|"
    r"thought|believe|believed|believes|agree|agreed|agrees|felt|feel|feels)\b", re.I)
LEAD_CONNECTIVE = re.compile(
    r"^(?:(?:and|but|so|yet|although|though|also|still|meanwhile|however|moreover|furthermore|overall|similarly|likewise|notably|"
    r"meanwhile|additionally|globally|nationally|worldwide|then|now|in\s+(?:addition|total|all|contrast|comparison|general|particular)|"
    r"by\s+contrast|followed\s+by|at\s+the\s+same\s+time|on\s+the\s+other\s+hand|for\s+example|for\s+instance|"
    r"perhaps\s+\w+|not\s+surprisingly|as\s+a\s+result|along\s+with|as\s+well\s+as|(?:whereas|while))\b[,\s]*)+",
    re.I)
LEAD_CONNECTIVE_FIRST_WORDS = frozenset([  # the words a LEAD_CONNECTIVE match can open with
    "and", "but", "so", "yet", "although", "though", "also", "still", "meanwhile", "however", "moreover", "furthermore",
    "overall", "similarly", "likewise", "notably", "additionally", "globally", "nationally", "worldwide", "then", "now",
    "in", "by", "followed", "at", "on", "for", "perhaps", "not", "as", "along", "whereas", "while"])
# A clause before a value that only says how the survey was done: "conducted on 23-29 October", "In Gallup's weekly
# poll released Friday", "According to the survey of 1,001 adults conducted ..." (not "In a poll about X").
SURVEY_LEAD = re.compile(
    r"(?:(?:conducted|carried\s+out|taken|fielded|commissioned)\s+(?:on|from|between|in|over|during|last|this|earlier|online|by|"
    r"among|for)\b|(?:in|according\s+to)\s+(?:[\w'’.&/-]+\s+){0,6}?(?:poll|polls|survey|study|research|data)\b"
    r"(?!.*\b(?:about|on|into|over|regarding|concerning|asking)\b))", re.I)
SURVEY_NAME = re.compile(r"(?:[\w'’.&/-]+\s+){0,3}(?:poll|survey)", re.I)  # "NDI poll: 79%": a poll's name as a heading
SURVEY_LEAD_FIRST = "cCtTfFiIaA"  # the first letters of SURVEY_LEAD's words
# Words that say which answer a share gave ("the wrong direction", "a good job"): question terms keep them.
ANSWER_POLES = frozenset([
    "right", "wrong", "good", "bad", "better", "worse", "well", "badly", "poorly", "positive", "negative",
    "positively", "negatively", "favourable", "unfavourable", "favorable", "unfavorable", "optimistic",
    "pessimistic", "easier", "harder", "improve", "improved", "worsen", "worsened", "approve", "disapprove",
    "poor"])
FINDING_VERBS = ("found", "finds", "showed", "revealed", "reveals")  # "X found 47% ...": an attribution
POLE_ADJECTIVES = frozenset(["right", "wrong", "good", "bad", "poor", "positive", "negative", "favourable",
                             "unfavourable", "favorable", "unfavorable"])  # the noun after one says what is so
# A clause of its own right after a value: a comma, a capitalised subject and its verb ("trust steady at 40%, AI
# chatbots creep in", "... at 52%, Labour slipped").
NEW_SENTENCE_CLAUSE = re.compile(
    r",\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+[a-z]+(?:s|ed)\b(?!\s+(?:that|to)\b)")
# Only who found it and when, before a value: "Gallup found last week (Nov. 17-19) that 71% ...".
TIME_THAT = re.compile(r"(?:(?:[\w'’.&-]+\s+){1,5}?(?:found|finds|said|says|showed|shows|reported|reports)\s+)?"
                       r"(?:(?:last|this|next|earlier|on|in)\s+[\w.]+\s*(?:\([^()]{0,30}\)\s*)?)*that", re.I)
RELATIVE_ASIDE = re.compile(r",\s*(?:which|who)\s[^,;]{1,80},")  # ", which leads the coalition,"
RELATIVE_ASIDE_REACH = 80  # characters: no such aside is longer
# Words before an "as" that does not join two clauses: "as many as", "such as", "seen as" (see _after_joining_as).
AS_COMPLEMENT = frozenset([
    "many", "much", "high", "low", "few", "little", "large", "big", "great", "small", "well", "such", "same", "so",
    "just", "far", "long", "soon", "often", "twice", "half", "known", "seen", "viewed", "regarded", "described",
    "rated", "named", "ranked", "identified", "listed", "considered", "chosen", "mentioned", "cited", "picked",
    "selected", "perceived", "classed", "classified", "defined", "labelled", "labeled", "counted", "treated"])
LEAD_GROUP_FIRST = frozenset("aAoOeEpPbByY")  # first letters of LEAD_GROUP ("among", "of", "Even among" ...)
LEAD_GROUP = re.compile(r"^" + FOCUS + r"(?:among|of)\s+[^,]{1,60}(?:,\s*|$)", re.I)  # the group is said apart
LEAD_ATTRIBUTION = re.compile(
    r"^(?:according\s+to\s+[^,]{1,80},\s*|(?:(?:the|a|an|this|that|its|their|our)\s+)?(?:[\w'’.&-]+\s+){0,5}?"
    r"(?:poll|polls|survey|surveys|study|report|research|data|figures|findings|results|researchers|authors)\s+"
    r"(?:[\w'’.&-]+\s+){0,5}?(?:found|finds|shows?|showed|suggests?|suggested|revealed?|reveals|says|said|"
    r"indicated?|indicates|noted|notes|reported|reports|concluded)(?:\s+(?:that\s+)?|\W*$)|(?:[\w'’.&-]+\s+){1,6}?"
    r"(?:said|says|found|noted|notes|reported|added|wrote|explained)\s+that\s+"
    r"|(?:what\s+)?(?:[\w'’.&-]+\s+){1,3}?(?:found|find|saw|see)\s+(?:[\w'’-]+\s+){0,3}?(?:is|was)\s+that\s+)", re.I)
# A subject compared across groups before the first value: "Support for X was slightly higher among graduates
# (72%) than ...", "Levels of trust seem to be about equal whether people read papers (40%) or not (43%)". The
# subject is what was asked; the groups are the figures' groups, not question words.
COMPARED_SUBJECT = re.compile(
    r"^(?P<subject>.+?)\s+(?:was|were|is|are|seems?|seemed|appears?|appeared|remains?|remained)\s+(?:to\s+be\s+)?"
    r"(?:(?:slightly|much|far|somewhat|a\s+(?:little|bit|lot)|about|roughly|broadly|significantly|markedly|"
    r"considerably|notably|noticeably|substantially|even|still|also|only)\s+)*"
    r"(?:higher|lower|greater|stronger|weaker|bigger|smaller|more\s+common|less\s+common|more\s+widespread|equal|"
    r"similar|the\s+same)\s+(?:among|in|for|across|whether)\s+(?P<group>.+)$", re.I)
# How a compared subject is measured ("levels of trust", "the share of ..."): not what was asked, so not a term.
MEASURE_LEAD = re.compile(
    r"(?:the\s+)?(?:levels?|rates?|shares?|proportions?|percentages?|numbers?|degrees?|amount)\s+of\s+", re.I)
COMPARED_HINTS = ("higher", "lower", "greater", "stronger", "weaker", "bigger", "smaller", "common", "widespread",
                  "equal", "similar", "same")  # one is in every COMPARED_SUBJECT (lower-cased)
# The words between two values that only name the next group compared: ") than those without (", "or not (".
COMPARED_NEXT = re.compile(
    r"[\s),]*(?:(?:and|or|than|compared\s+(?:with|to)|versus)\s+)+(?:(?:among|in|for)\s+)?"
    r"(?P<group>[^,;:()]{0,60}?)(?:\s*,\s*(?:at|on|with)\s+|[\s(]*)", re.I)  # "than men, at 29%"
COMPARISON_CONTINUES = re.compile(r"(?:than|or|and|compared|versus|vs)\b", re.I)  # after the first value
# A subject that is only a share of the sample, before its value in brackets: "Nearly two thirds of those polled
# (62%)", "Most voters (61%)", "A majority of renters (58%)". Its verb may come after an aside holding another
# figure (FIGURE_ASIDE: ", with the highest among students (65%), felt that ...").
SHARE_SUBJECT = re.compile(
    r"(?:(?:nearly|almost|about|around|roughly|some|over|under|more\s+than|less\s+than|just\s+(?:over|under))\s+)?"
    r"(?:(?:one|two|three|four|five|six|seven|eight|nine)[\s-](?:thirds?|quarters?|fifths?|tenths?|in(?:\s+\w+)?)|half|"
    r"(?:a|the)\s+(?:large\s+|small\s+|clear\s+|slim\s+|narrow\s+)?(?:majority|minority|third|quarter|fifth)|most|many|"
    r"few|a\s+few)(?:\s+(?:of\s+)?(?P<np>[\w'’.-]+(?:\s+[\w'’.-]+){0,5}))?", re.I)
FIGURE_ASIDE = re.compile(r"\s*,\s*(?:with|and|including|especially|particularly|notably|even)\b[^,;.()]{0,60}\(?\s*$",
                          re.I)
# A view named before the group that holds it: "The view that rents were too high was shared the most among the
# young (71%)", "the belief that X is held by". What the view says is the statement.
VIEW_SUBJECT = re.compile(
    r"^(?:the\s+)?(?:opinion|view|belief|feeling|sentiment|idea|notion|perception|impression)\s+that\s+(?P<view>.+?)\s+"
    r"(?:is|are|was|were|has\s+been|had\s+been)\s+(?:(?:most|more|widely|broadly|also|strongly)\s+){0,2}(?:shared|held|"
    r"expressed|voiced|echoed)\b", re.I)
VIEW_NOUNS = ("opinion", "view", "belief", "feeling", "sentiment", "idea", "notion", "perception", "impression")
# A share as the subject of its own change: "the number of voters who back X has risen to 40%", "share of renters
# saying rents are too high up to 61%", "... is falling (from 28% to 23%)". What those people say or do is the
# statement (as in "40% of voters back X"), not that their number changed.
CHANGED_SHARE = re.compile(
    r"\b(?:the\s+)?(?:number|share|proportion|percentage)\s+of\s+(?:[\w'’.-]+\s+){1,4}?"
    r"(?:(?:who|that)\s+(?P<who>\S.*?)|(?P<doing>[a-z]+ing\s+\S.*?))\s+"
    r"(?:(?:has|have|had|is|are|was|were)\s+(?:been\s+)?)?(?:(?:now|steadily|sharply|slightly|further)\s+)?"
    r"(?:risen|rose|rises|rising|grown|grew|grows|growing|increased|increases|increasing|climbed|climbs|climbing|"
    r"jumped|soared|surged|fallen|fell|falls|falling|dropped|drops|dropping|declined|declines|declining|decreased|"
    r"decreases|decreasing|shrunk|shrank|shrinking|slipped|up|down)"
    r"(?:\s+(?:sharply|slightly|steadily|further|again|significantly))?(?:\s*\(?\s*(?:up|down))?\s*$", re.I)
CHANGE_TO_REACH = 30  # characters: "to", "from" or "by" and a hedge ("to nearly") before the value
CHANGED_SHARE_HINTS = ("number of", "share of", "proportion of", "percentage of")  # one is in every match (lowered)
# The words right before a value that a change leads to or from ("risen to", "(from", "up by"): only then is the
# value the changed share's (not "the share of people who said prices had fallen: 40%").
CHANGE_TO_VALUE = re.compile(
    r"\b(?:to|from|by)\s+(?:(?:nearly|almost|about|around|roughly|some|over|under|just|more\s+than|less\s+than)\s+)?$",
    re.I)
# A clause before a value that says what people think ("more Danes think the tax will hurt – 55% believe so"):
# what "so" after the value points at, rather than any figure before.
VIEW_VERB = re.compile(r"\b(?:think|thinks|thought|believe|believes|believed|say|says|said|feel|feels|felt|agree|"
                       r"agrees|agreed|expect|expects|expected)\b", re.I)
# A verb opening a clause after an aside, whose subject stands before the aside ("The SPD, junior partner in the
# coalition, were unchanged at 15%"; see `_subject_before_aside`).
PREDICATE_FIRST = re.compile(r"(?:is|are|was|were|remains?|remained|stands?|stood|went|goes|fell|falls|rose|rises|"
                             r"dropped|drops|slipped|slips|climbed|climbs|reached|reaches|sank|sinks|came|comes|"
                             r"has|have|had|edged|edges|moved|moves|holds?|held|sits?|sat|gained|gains|lost|loses|"
                             r"polled|polls|scored|scores|recorded|records|got|gets|won|wins)\b")
CAUSE_AFTER = re.compile(r"(?:driven|fu?ell?ed|buoyed|helped|boosted|dragged|hit|hurt|powered|propelled|weighed)"
                         r"\s+(?:(?:up|down)\s+)?by\b")  # ", driven by ...": what moved a share, after it
# A share given as its subject's level, then a comma: "Labour, on 27%, ...", "Support for X stands at 17%, ..."
SUBJECT_ASIDE = re.compile(r"(?:,\s+|\b(?:stands?|stood|is|are|was|were|remains?|remained|sits?|sat)\s+)"
                           r"(?:(?:now|still|currently|only|just)\s+)?(?:on|at)\s+$")
SUBJECT_ASIDE_REACH = 24  # characters before a value: the comma or verb, an adverb and "on"
# an aside that names: "the Social Democrats", "Ana Ruiz", "the center-left Social Democrats" (where it stands, as
# outlets describe parties, before the name)
ASIDE_NAME = re.compile(r"(?:the\s+)?(?:(?:(?:far|hard|centre|center|radical)[\s-]+)?(?:left|right)"
                        r"(?:[\s-]+(?:wing|leaning))?|centrist|conservative|liberal|progressive|populist|nationalist|"
                        r"socialist|green|ruling|governing|junior|main|opposition|[a-z]+-wing)?\s*[A-Z]")
PARTNER_BEFORE_ASIDE = re.compile(r"\band\s+(?:its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+$")  # "X and its ally"
PARTNER_REACH = 60  # characters: "and its long-time coalition ally" and more
NAME_BEFORE_RELATIVE = re.compile(r"(?<![\w'’-])(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*$")  # "Ana Reyes" (, who)
NAME_BEFORE_REACH = 60  # characters: a name of three words
# A name set off by commas after a noun: the "Ana Ruiz, " of "the approval of the mayor, Ana Ruiz, dropped".
NAME_APPOSITION = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}, (?=[a-z])")
NAME_APPOSITION_BEFORE = re.compile(r"[a-z], [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}, $")
# A share level with a rival's, named after it ("has drawn level with the Greens, also on"): the rival is no part
# of what the share is of
LEVEL_WITH = re.compile(r"\s+(?:(?:has|have|had|is|are|was|were)\s+)?(?:(?:now|also|drawn|drew|draws|pulled|pulls|"
                        r"moved|moves|come|comes|came|gone|went|edged|edges)\s+){0,2}(?:level|even|equal|tied|"
                        r"neck[\s-]and[\s-]neck)\s+with\b(?:(?!\b(?:which|who)\b)[^;:()\d]){0,60}$", re.I)  # (not "with
# Ms Okafor's party, which also polled 18pc": the rival's share)
# Between a change and the level it reached: " in one month and now stands at", ", and is now at".
LEVEL_AFTER_CHANGE = re.compile(
    r"[^,;.()%\d]{0,30}?(?P<rest>,?\s+and\s+(?:now\s+)?(?:stands|stood|is|was|sits)\s+at\s+)")
# A value closing a clause that names what it measures: "(approval) at 41%", "(support) is 38%".
LEVEL_BEFORE = re.compile(r"\b(?:at|is|was|stands|stood)\s+(?:(?:just|only|about|around|nearly|almost)\s+)?$")
# A clause before a value that is only a time and a word pointing back: "in March there were (28%)", "as back
# in April it stood at (6%)", "last year the figure was": the question is the one asked before.
TIME_REFERENCE = re.compile(
    r"(?:(?:as|and|but|while|whereas|back|then|earlier|previously|now|by\s+comparison)\s+)*"
    r"(?:(?:(?:in|by|at|on|during|since|from|until)\s+(?:the\s+)?(?:early\s+|late\s+|mid-?\s*)?(?:January|February|"
    r"March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|fall|winter|\d{4}|"
    r"(?:previous|last|same|first|second)\s+\w+)(?:\s+\d{4})?|last\s+(?:year|month|week|time))\s*,?\s*)+"
    r"(?:it|there|this|that|the\s+(?:figure|share|number|proportion|percentage|rate))"
    r"\s+(?:(?:was|were|is|are|stood|stands|had\s+been|has\s+been|remained)(?:\s+(?:at|on))?\s*)?$", re.I)
TIME_REFERENCE_WORDS = frozenset(["it", "there", "this", "that", "figure", "share", "number", "proportion",
                                  "percentage", "rate"])  # one is among the last TIME_REFERENCE_TAIL words of a match
TIME_REFERENCE_TAIL = 5
WORD_START = re.compile(r"(?<![^\W_])[^\W_]")  # a letter or digit after none (str.isalnum's)
TIME_REFERENCE_HINTS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
                        "october", "november", "december", "spring", "summer", "autumn", "fall", "winter", "previous",
                        "last", "same", "first", "second")  # a TIME_REFERENCE names one of them or a year
TIME_REFERENCE_REACH = 80  # characters before a value: no such clause is longer
# A purpose set off before what was said: "(10% said that) in order to keep the peace, the city can ..."
LEAD_PURPOSE = re.compile(r"(?:in\s+order|so\s+as)\s+to\s[^,;]{1,80},\s*")
# A clause before a value that leaves out the verb of the figure before: "(53%), as well as for themselves (48%)".
GAPPED_BEFORE = re.compile(
    r"(?:(?:as\s+well\s+as|and(?:\s+also)?|but\s+also|or)\s+)?(?:(?:specifically|especially|particularly|also|even)\s+)?"
    r"(?P<gap>(?:for|with|about|on|to|against|towards?)\s+[^,;:]{1,40})", re.I)
# What joins a gapped clause to the figure before it: "(53%), as well as (for themselves)", "(55%) and (for ...)".
GAP_TAIL = re.compile(r"[\s,]*(?:(?:as\s+well\s+as|and(?:\s+also)?|but\s+also|or)\s*)?"
                      r"(?:(?:specifically|especially|particularly|also|even)\s*)?$", re.I)
GAP_REACH_WORDS = 5  # words of the phrase a gapped clause replaces: "for the region" (before its bracket)
ANY_DIGIT = re.compile(r"\d")
GAP_STATEMENT_LEAD = re.compile(r"(?:(?:of|on|in|to|at|by|from|that)\s+)+", re.I)  # "(of) the war negatively for them"
# "with" opening a figure's own clause right before its value ("..., with a whopping 71% saying ...").
WITH_FIGURE = re.compile(r"\bwith\s+(?:(?:a|an|just|only|some|about|around|nearly|almost|roughly|whopping|mere|over|"
                         r"more\s+than|less\s+than|fewer\s+than)\s+)*$", re.I)
# A change named without what changed ("with 64% noting an increase over the year"), and the subject of the
# clause the figure's "with" hangs on, which says what it is ("Rent remains a worry, with ..."): the change's topic.
BARE_CHANGE = re.compile(
    r"\b(?:an?|some)\s+(?:(?:sharp|steep|slight|small|marked|big|large|significant|further|general)\s+)?"
    r"(?:increase|rise|decrease|drop|fall|decline|jump|improvement|deterioration|worsening)(?!\s+(?:in|of)\b)", re.I)
CHANGE_HINTS = ("increase", "rise", "decrease", "drop", "fall", "decline", "jump", "improvement", "deterioration",
                "worsening")  # one is in every BARE_CHANGE match (lower-cased)
CLAUSE_SUBJECT = re.compile(
    r"(?P<topic>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?:is|are|was|were|remains?|remained|emerges?|emerged|ranks?|"
    r"ranked|tops?|topped|looms?|loomed|dominates?|dominated|appears?|appeared|continues?|continued|proves?|proved|"
    r"becomes?|became)\b", re.I)
STANCE_OF = {"approval": "of", "disapproval": "of", "support": "for", "backing": "for", "trust": "in",
             "distrust": "in", "satisfaction": "with", "dissatisfaction": "with"}  # "with 6% approval": of what
# A person's name: two to four capitalised words, none a plural ("Kemi Roe", "Sir John Doe"; not "Labour voters")
PERSON_NAME = re.compile(r"(?:[A-Z][a-z'’-]+\s+){1,3}[A-Z][a-z'’-]*[a-rt-z'’-]")
NAME_RUN = re.compile(r"(?<![\w'’-])(?:[A-Z][a-z'’-]+\s+){1,3}[A-Z][a-z'’-]+(?![\w'’-])")  # a name in a statement
PERSON_PRONOUN = re.compile(r"\b(?:him|her)\b")
# A name after "and" that leaves out the verb of the figure before: "(21% trust A), and B (34%)"
BARE_NAME_GAP = re.compile(r",?\s+(?:and|while|whereas|but)\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s*$")
# A passive verb right before its agent's share: "(judges) are trusted by (61%)", "was named by (31%)"
PASSIVE_BY = re.compile(r"\b(?P<verb>(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:also|still|now|"
                        r"most|widely|mostly|only)\s+)?[a-z]+(?:ed|en|wn))\s+by\s+(?:(?:just|only|some|about|around|"
                        r"nearly|almost)\s+)?$")
PASSIVE_REACH = 60  # characters before a value: the passive verb and its "by"
PASSIVE_SUBJECT_WORDS = 6  # a subject and its passive verb: a longer clause says more than what was named
# A name that leaves out the passive verb of the figure before: "(61%), the police by (55%)", "and teachers by"
GAPPED_BY = re.compile(r"[\s,]*(?:(?:and|while|with)\s+)?(?P<name>(?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,3}?)"
                       r"\s+by\s+(?:(?:just|only|some|about|around|nearly|almost)\s+)?")
# The words between two figures that each give a stance: "(33%) satisfied and (58%)", "(18%) satisfied, (55%)",
# "(13%) of adults satisfied with the mayor and (79%)"
STANCE_SIBLING_GAP = re.compile(r"[^.;:()\d]{0,80}?(?:,\s*(?:and\s+|while\s+)?|\s+(?:and|while)\s+)"
                                r"(?:(?:just|only|some|about|nearly|almost)\s+)?")
WITH_PRONOUN = re.compile(r"(?<=\s)(?:him|her|them)\b")  # who a "with" clause's stance is about: the subject
# A bare stance adjective after "with 33%" and what it takes: "satisfied" with what the clause is about
WITH_STANCE_OF = {"satisfied": "with", "dissatisfied": "with", "unsatisfied": "with", "happy": "with",
                  "unhappy": "with", "content": "with", "confident": "in", "approving": "of", "disapproving": "of",
                  "positive": "about", "negative": "about", "favourable": "towards", "unfavourable": "towards",
                  "favorable": "towards", "unfavorable": "towards", "opposed": "to", "supportive": "of"}
STANCE_AFTER = re.compile(r"\s+([a-z]+)(?=\s*(?:[,;.]|(?:and|while|but)\b|$))")  # "(33%) satisfied and"
NAME_HAS = re.compile(r"(?P<topic>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)\s+(?:has|had|gets|got|is\s+on|was\s+on)")
# A stance and what it is about ("(are) satisfied with the mayor"): what a bare stance next to it is about too
STANCE_TOPIC = re.compile(r"(?:(?:are|were|is|was)\s+)?(?:" + "|".join(WITH_STANCE_OF) + r")\s+(?:with|in|of|about|"
                          r"towards|to)\s+(?P<topic>.+)", re.I)
ACTING_SUBJECT = re.compile(  # the subject of a clause ("Congress fared even worse"), its verb in the past or a copula
    r"(?P<topic>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}?)\s+(?:[a-z]+ed|did|is|are|was|were|remains?|stands?|stood|"
    r"trails?|trailed|sits?|sat|lags?)\b")
# what the subject of a "with" clause was chosen as: "remains the most popular choice for prime minister"
CHOSEN_AS = re.compile(r"\s(?:is|was|remains|remained)\s+(?:still\s+)?(?P<role>the\s+(?:[\w-]+\s+){0,3}?(?:choice|pick|"
                       r"favou?rite)\s+(?:for|as)\s+(?:the\s+)?(?:next\s+)?[\w\s-]{2,30}?)\s*$")
RATED_VERBS = frozenset(["fared", "did", "scored", "rated", "polled", "ranked", "trailed", "lagged", "performed",
                         "finished", "came"])  # "Democrats fared worse": how they were rated, not what they think
NO_TOPIC = frozenset(["it", "this", "that", "there", "they", "he", "she", "we", "what", "which", "who"])
# A concessive or contrastive clause closed by a comma before a value ("although the old were less sure, 58%
# of them ..."): a clause of its own, whose words are not the figure's.
# A sentence that opens with what was asked ("Asked how they feel about X, 62% were against"): X is what its
# figures' answers are about ("were against X", "support X" for "support it").
ASKED_LEAD = re.compile(
    r"[\s\"“‘']*(?:when\s+)?asked\s+(?:how\s+they\s+(?:feel|felt)\s+about|what\s+they\s+(?:think|thought)\s+(?:about|of)|"
    r"(?:for\s+)?their\s+(?:views?|opinions?)\s+(?:on|of|about)|about)\s+(?P<topic>[^,;:.!?]{3,150}?)\s*,", re.I)
TOPIC_PRONOUNS = frozenset(["it", "them", "this", "that"])  # "support it": the topic asked about
TOPIC_OBJECT_WORDS = frozenset(["against", "for", "about", "on", "of", "to", "towards", "toward", "with", "support",
                                "back", "oppose", "favour", "favor", "reject", "welcome", "want"])
TOPIC_STANCES = {"positive": "about", "negative": "about", "supportive": "of", "opposed": "to", "favourable": "towards",
                 "unfavourable": "towards", "favorable": "towards", "unfavorable": "towards", "approve": "of",
                 "disapprove": "of", "approving": "of", "disapproving": "of", "sceptical": "about",
                 "skeptical": "about", "worried": "about", "concerned": "about"}
HANDLING_NOUNS = {"handling": "of", "approach": "to", "performance": "on", "response": "to", "record": "on",
                  "management": "of"}  # an answer ending so names no issue: the issue asked about follows
AUXILIARIES = frozenset(["has", "have", "had", "is", "are", "was", "were", "will", "would", "should", "must", "can",
                         "could", "may", "might"])
TOPIC_ANSWER_WORDS = 3  # an answer this short is completed by the topic; a longer one says what it is about
SUBORDINATE_LEAD = re.compile(r"(?:although|though|even\s+(?:though|if)|whereas|while|despite|in\s+spite\s+of)\b",
                              re.I)
SUBORDINATE_FIRST = "atewdi"  # the first letters of SUBORDINATE_LEAD's words
NEW_CLAUSE = re.compile(r"(?:with|while|whereas|and|but|yet)\b", re.I)  # ", with only 4% ...": a clause of its own
NEW_CLAUSE_BEFORE = re.compile(r"[,;]\s*(?:while|whereas|and|but|yet)\s$", re.I)  # the same, cut after its word
REPORTING_TAIL_WORDS = ("said", "say", "says", "told")
ENDING_WORD_CHARS = 10  # longer than any of REPORTING_TAIL_WORDS and SPEAKER_WORDS (see _ends_with_word)
REPORTING_TAIL = re.compile(r"[\s,]*\b(?:said|say|says|told)\W*$", re.I)  # "X, said 70% in the north"
ATTRIBUTION_HINTS = ("ccording", "found", "finds", "show", "sugg", "revea", "says", "said", "indicat", "noted",
                     "notes", "report", "conclud", "added", "wrote", "explained")  # LEAD_ATTRIBUTION needs one
# The verbs of LEAD_ATTRIBUTION's branches but "according to ...,": a match without a comma has one (lower-cased)
ATTRIBUTION_VERBS = ("found", "find", "show", "sugg", "reveal", "says", "said", "indicat", "note", "report", "conclud",
                     "added", "wrote", "explained", "saw", "see")
# A survey as the subject of a verb that only gives its reading: "the same institute had (the split at)", "An X
# survey for Y put (him on)", "The Z institute had measured (a positive evaluation of)": the rest is the figure's.
SOURCE_READING = re.compile(
    r"^(?:[\w'’.&/-]+\s+){0,8}?(?:poll|survey|study|institute|pollster|\w*barometer)\s+(?:[\w'’.&/-]+\s+){0,5}?"
    r"(?:(?:had|has|have)\s+(?:shown|given|put|placed|measured|recorded|registered)|had|has|have|puts?|putting|"
    r"placed?|places|gave|gives|showed|shows|measured|recorded|registered)(?!\s+been\b)(?:\s+|$)", re.I)
# "Among X, (an aside about X), only 22% ...": the lead naming the group, and what may follow the aside
GROUP_LEAD_BEFORE_ASIDE = re.compile(r"\s*(?:among|in|for)\s+[^,]{1,60},\s*", re.I)
ASIDE_TAIL = re.compile(r"\s*(?:(?:only|just|some|about|around|nearly|almost|roughly|barely|fully|still)\s+)*", re.I)
SOURCE_NOUNS = ("poll", "survey", "study", "institute", "barometer")  # SOURCE_READING needs one (lowered)
SOURCE_VERBS = ("had", "has", "have", "put", "plac", "gave", "give", "show", "measured", "recorded",
                "registered")  # and one of these (lowered)
SPEAKER_WORDS = ("said", "says", "told", "added", "noted", "explained", "wrote", "reads", "stated", "according")
SPEAKER_ONLY = re.compile(r"^(?:[\w'’.&-]+\s+){0,12}(?:" + "|".join(SPEAKER_WORDS) + r")\W*$", re.I)
TRAIL_FILLER_WORDS = [
    "to", "at", "by", "of", "is", "was", "were", "are", "stood", "stands", "reached", "with", "from", "about", "around",
    "nearly", "only", "just", "some", "almost", "the", "a", "an", "than", "and", "or", "while", "whereas", "over",
    "under", "roughly", "approximately", "evenly", "on", "respectively", "mere", "whopping", "record", "according",
    "along",  # "…, along with 61% of students"
    "split", "divided"]  # "support for X is roughly split … 41% approving": how the answers fall, not what was asked
# The little words a clause may end on ("... stood at", "more than"), matched on the reversed end of the
# clause: a match from its first character costs the length of the filler, not a scan of the clause.
# The words are a trie (fewer branches to try): no two of them can both end at a word boundary at one
# place, so their order does not matter; "than" after "more" and co. is tried first, as it must be.
_TRAIL_FILLER_TRIE = trie_pattern([word[::-1] for word in TRAIL_FILLER_WORDS])
TRAIL_FILLER_REVERSED = re.compile(
    rf"(?:\s|[,(\"“:–—…-]|\b(?:naht\s+(?:erom|ssel|rewef)|sa\s+(?:elttil|ynam|hcum|wef|hgih|wol)\s+sa|"
    rf"{_TRAIL_FILLER_TRIE})\b)+", re.I)  # (and "as little as", "as many as" and co.)
TRAIL_WINDOW = 80  # characters: no run of filler words at the end of a clause is longer
TRAIL_FILLER_LAST_WORDS = frozenset([*TRAIL_FILLER_WORDS, "than", "as"])  # the last word of every match ending on one
BARE_AUXILIARY = re.compile(
    r"^(?P<aux>do|does|did|are|is|was|were|would|will|have|has|had|can|could|should|agree|disagree)"
    r"(?P<neg>\s+not|n[’']t)?(?:\s+(?:so|either|too))?$", re.I)
CARRIED_ANSWER_WORDS = 3  # "disapprove", "oppose it", "do not": an answer with no words of its own on whom
CARRIED_REACH = 60  # characters after a value: its clause's words, if it has no more than CARRIED_ANSWER_WORDS
CLAUSE_PUNCTUATION = re.compile(r"[,;:.!?()]")
CARRY_GAP = re.compile(  # from one value to the next: its group and answer, then the next clause's start
    r"\s*(?:%|per\s?cent|percent)?\s+(?:of|among)\s+[^\d;:.()]{1,120}?(?:,\s*|\s+)(?:while|whereas|but|and)\s+"
    r"(?:(?:only|just|some|about|around|nearly|almost)\s+)?", re.I)
WHOLE_SAMPLE_AFTER = re.compile(r"\b(?:overall|nationally|nationwide|in\s+all)\b", re.I)  # "while 38% overall do"
SAID_THE_SAME = re.compile(r"the\s+same(?![\w-])(?!\s+(?:as|of)\b)", re.I)  # "(25% of renters said) the same"
NEGATION = re.compile(r"\b(?:do|does|did)(?:\s+not|n[’']t)\s+|\s+not\b|(?<=[a-z])n[’']t\b|\bnever\s+", re.I)
OPINION_VERB = re.compile(
    r"(?:would|will|could|should|are|were|is|was|do|did|does|have|had|feel|felt|say|said|think|thought|believe|"
    r"support|oppose|want|back|favou?r|approve|disapprove|agree|disagree|expect|plan|prefer|trust|consider|see|"
    r"saw|rated|describe|expressed|reported|chose|named|picked|voted?|intend|plan|worry|worried|feared?|not|"
    r"never|still|now|also|only|strongly|somewhat|definitely|probably|rather|completely|fully|mostly|plan|"
    r"backed|remain|opted|view|regard|rate|cite|blame|prefer|trust|distrust|like|dislike|know|hold|held)", re.I)
REFERS_BACK_STARTS = ("the", "this", "that", "these", "its", "such", "with", "it", "believe", "thought", "think",
                      "said", "say", "agree", "felt", "feel", "had", "has", "have", "recorded", "saw", "showed",
                      "posted", "a figure ", "a number ", "a share ", "a proportion ", "a percentage ", "so",
                      "when it ", "as it ", "after it ")
REFERS_BACK_NOUNS = ("view", "opinion", "sentiment", "feeling", "belief", "position", "concern", "answer", "response",
                     "stance")
RANKINGS = ("highest", "lowest", "largest", "biggest", "smallest", "greatest")  # "X had the highest level"
GROUP_RANKINGS = ("highest", "lowest", "strongest", "weakest", "largest", "smallest", "greatest")  # "... among X"
RANKED_NEXT = re.compile(  # "(and) weakest among students": the next figure's group, after a ranked one
    r"(?:(?:and|but|while|whereas)\s+)?(?:the\s+)?(?:" + "|".join(GROUP_RANKINGS) + r")\s+(?:in|among)\s", re.I)
RANKED_GROUP = re.compile(  # "(Support was) highest in Quebec at", "(and) lowest among renters, at"
    r"(?:^|\s*\b(?:was|is|were|are|stood|stands|remains|remained|and|but|while)\b)\s*(?:the\s+)?"
    r"(?:" + "|".join(GROUP_RANKINGS) + r")\s+(?:(?P<place>in)|among)\s+"
    r"(?P<np>[^\W\d][^,;:()%]{0,59}?)(?:\s*,?\s+(?:at|with|on|where))?\s*,?$", re.I)  # ("over-65s": digits)
# A statement that only points back, in two parts: how it opens (one of REFERS_BACK_STARTS, or a ranking: matched at
# its start only) and a phrase anywhere in it (one of REFERS_BACK_NOUNS: searched only where one occurs).
REFERS_BACK_OPENING = re.compile(
    r"^(?:with\s+)?(?:the|this|that|these|its|such)\s+(?:figure|number|share|proportion|percentage|rate|level|margin|"
    r"valuation|result|average|topline|top\s+line|headline\s+(?:figure|number))s?\b"
    r"(?!\s+(?:of|who|that|which)\b)"  # "the share of voters who ..." says which
    r"|^(?:[\w'’.-]+\s+){0,4}?(?:(?:had|has|have|recorded|saw|showed|posted)\s+)?the\s+"
    r"(?:" + "|".join(RANKINGS) + r")\s+"
    r"(?:level|share|proportion|figure|number|percentage|rate|score)s?(?:\s+of\s+[\w-]+)?$"
    r"|^(?:it|this|that)\b|^(?:believed?|thought|think|said|say|agreed?|felt|feel)\s+so\b|^so$"
    r"|^(?:felt|feels?|thinks?|thought|says?|said)\s+the\s+same(?:\s+way)?$"  # "33% of independents feel the same way"
    r"|^(?:when|as|after)\s+it\s+(?:fell|rose|dropped|slipped|climbed|sank|reached|hit|stood|was)$"  # "(approval
    # crossed 40% in July,) when it fell (to 38%)": the figure just named
    r"|^(?:a|the)\s+(?:figure|number|share|proportion|percentage)\s+that\s+(?:rises|rose|climbs|climbed|jumps|jumped|"
    r"falls|fell|drops|dropped|grows|grew|increases|increased|goes|went|reaches|reached)\b", re.I)
# ("say so" leaves "so"; "(71%,) a figure that rises (to 80% in Toronto)" points back too)
# Another source giving its own value for the figure just named: "(a second poll) put that figure (at 68%)".
PUTS_FIGURE = re.compile(
    r"^(?:[\w'’.-]+\s+){0,4}?(?:puts?|putting|placed?|places|placing)\s+(?:the|this|that)\s+(?:figure|number|share|"
    r"proportion|percentage|rate)$", re.I)
PUT_WORDS = ("put", "plac")
GROUP_COMPARISON = re.compile(  # "were more in favour than Tory supporters", "Women were more likely than men to
    # back Labor": two groups compared on one answer; the answer is what the share said, the groups go apart
    r"(?:(?-i:[A-Z])[\w'’-]*\s+(?:[\w'’-]+\s+){0,3}?(?=(?:were|was|are|is|remain|stay)))?"  # "Women were ..."
    r"(?:(?:were|was|are|is|remain(?:s|ed)?|stay(?:s|ed)?)\s+)?"
    r"(?:(?:far|much|even|slightly|somewhat|significantly|considerably|markedly|a\s+(?:little|bit))\s+)?"
    r"(?:more|less)\s+(?:likely\s+(?P<than_first>than\s+[^,]+?\s+)?to\s+)?(?P<answer>[^,]+?)"
    r"(?(than_first)|,?\s+(?:than|compared\s+(?:with|to))\s+"
    r"(?!(?:[a-z]+ed|[a-z]+ful|[a-z]+ic)(?:\s+(?:about|by|with|of)\b|$))"  # not "than excited (about AI)"
    r"(?!(?:it|they|he|she|we|you|ever|before|previously|earlier|last|in|at|a\s+(?:year|month|decade))\b)"
    r".*)$", re.I)
# The words a comparison leaves a value when it names no topic of its own: "(slipped to 73%,) from 78% last
# June", "(backed by 69%,) down from 74%", "up from 38% a year ago": the value answers the question before it.
COMPARISON_REMNANT = frozenset([
    "up", "down", "from", "compared", "with", "to", "against", "versus", "vs", "than", "in", "at", "on", "back",
    "then", "earlier", "previously", "before", "ago", "a", "an", "the", "one", "two", "three", "six", "last", "this",
    "previous", "same", "early", "late", "mid", "year", "years", "month", "months", "week", "weeks", "time", "wave",
    "survey", "poll", "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "spring", "summer", "autumn", "fall", "winter",
    "slightly", "sharply", "marginally", "steeply", "significantly", "further", "little", "just", "only",
    "practically", "virtually", "essentially", "stable", "unchanged", "steady"])  # "practically stable compared with"
REFERS_BACK_PHRASE = re.compile(
    r"\b(?:this|that|the\s+same|such|these)\s+(?:" + "|".join(REFERS_BACK_NOUNS) + r")s?\b", re.I)
# A clause before a value that only names the group the figure is for: "the average for low-income
# countries (was)", "although for small island states it (was)", "among women, the share (was)".
LEAD_GROUP_ONLY = re.compile(
    r"^(?:(?:although|though|but|while|whereas|and|yet)\s+)?(?:(?:the|its|their|an?)\s+)?(?:(?:average|figure|share|"
    r"number|proportion|percentage|rate|level|result|score)s?\s+)?(?:for|among|in|(?:closely\s+)?(?:matched|"
    r"shared|echoed)\s+by)\s+(?P<np>(?:[\w'’+-]+\s+){0,8}?[\w'’+-]+?)\s*,?\s*(?:(?:it|this|that|they|the\s+(?:figure|share|number|"
    r"proportion|percentage|average|rate))\s*)?(?:was|is|were|are|stood|stands|rose|rises|fell|falls|climbed|"
    r"climbs|reached|reaches|hit|hits|dropped|drops)?"
    # "In Alberta the figure was lower (, at 31%)": how the group's figure compares with the one before
    r"(?:\s+(?:(?:even|much|slightly|somewhat|far|a\s+little)\s+)?(?:higher|lower|greater|smaller|larger|bigger|"
    r"stronger|weaker))?$", re.I)
# The words after a value that only name its group: "The figure was 80% for both the young and the old".
# (Tried only after a clause that points back, see _describe.)
GROUP_AFTER = re.compile(r"(?:for|among|in|across)\s+(?:both\s+|each\s+of\s+)?(?P<np>(?:[\w'’+-]+\s+){0,7}[\w'’+-]+)$",
                         re.I)
# A share's noun and then its group, after the value: "82% approval rating among Democrats", "a 55 per cent
# favourability rating with women", "41% backing among renters" (tried only where SHARE_NOUN_GROUP_HINTS occur)
SHARE_NOUN_GROUP = re.compile(
    r"(?P<noun>(?:net\s+)?(?:(?:dis)?approval|support|backing|opposition|(?:dis)?favou?rability|(?:un)?favou?rable|"
    r"popularity|(?:dis)?trust|(?:dis)?satisfaction)(?:\s+(?:ratings?|scores?|figures?|levels?))?)\s+(?:among|with|from)\s+"
    r"(?P<np>(?:[\w'’+-]+\s+){0,5}?[\w'’+-]+)$", re.I)
SHARE_NOUN_GROUP_HINTS = (" among ", " with ", " from ")
PEOPLE_WORD = re.compile(PEOPLE_WORDS, re.I)
ASIDE = re.compile(r"\s*,\s*(?:(?:many|most|some|all|none|half|several|few|each|both)\s+of\s+)?(?:who|whom|which|"
                   r"where)\b", re.I)
GROUP_LEAD_HINTS = ("for ", "among ", "in ", "by ")  # LEAD_GROUP_ONLY is tried only where one occurs
LEAD_GROUP_WORDS_USED = frozenset(["for", "among", "in", "by"])  # as words: one is among a match's first words,
LEAD_GROUP_WORDS = 7  # after at most a connective, a determiner, a measure noun and "closely matched"
RATING_END = re.compile(r"\s(?:excellent|great|good|fair|regular|bad|poor|terrible|awful|positive|negative|positively|"
                        r"negatively|favou?rably|unfavou?rably|highly|well|badly)"
                        r"(?:\s+(?:or|and)\s+[a-z]+)?$", re.I)  # "... great or good": a rating said of the thing
GENERIC_OBJECTS = frozenset(["idea", "policy", "plan", "proposal", "measure", "move", "change", "scheme", "reform",
                             "initiative"])  # "back the idea": the thing named before, in other words
PRONOUN_OBJECT = re.compile(r"(?<=\w)\s+(?:them|it)\b(?=\s*\w*\s*$)", re.I)  # "oppose them", "rated it highly"
GENERIC_OBJECT = re.compile(r"(?<=\w)\s+the\s+(?:" + "|".join(GENERIC_OBJECTS) + r")$", re.I)  # "back the plan"
VERB_LEAD = re.compile(r"(?:would|will|could|should|do|does|did|are|is|was|were|have|has|had|also|still|now|"
                       r"strongly|somewhat|definitely|rather|completely|fully|mostly|probably)", re.I)
CLAUSE_VERB = re.compile(r"(?:say|says|said|think|thinks|thought|believe|believes|believed|feel|feels|felt|expect|"
                         r"expects|expected|fear|fears|feared)", re.I)  # verbs of saying or thinking: a clause follows
CLAUSE_AUXILIARY = re.compile(r"(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might)", re.I)
NEGATION_WORD = re.compile(r"not|never|n[o’']t|don[’']t|didn[’']t|doesn[’']t|wouldn[’']t", re.I)
PREPOSITION_START = re.compile(r"(?:in|on|at|of|from|as|than|to|since|by|up|down|with|over|under|after|"
                               r"before|during|among|there|it|this|that|which|where)\b", re.I)
# a number inside a name stays ("M5S", "the 5-Star Movement", "COVID-19", "G7"), as does a decade ("the 1990s")
PERCENT = re.compile(r"(?<![^\W_])(?<![^\W\d_]-)\d+(?:[.,]\d+)?(?!\d)(?!-[A-Z])(?!(?!pc|per|pct)[^\W\d_])"
                     r"\s*(?:%|per\s?cent|percent|pct|pc\b)?|\(\s*\)")
# Where a PERCENT match can start (most clauses have none); in ASCII text a digit is [0-9], a cheaper test.
DIGIT_OR_BRACKET = re.compile(r"[\d(]")
ASCII_DIGIT_OR_BRACKET = re.compile(r"[0-9(]")
# Non-ASCII letters that re.IGNORECASE matches to ASCII ones (Kelvin sign, long s, dotted and dotless i): a
# text with one of them is left to the regex by the lower-case `str` tests below.
IGNORECASE_ODDITIES = ("\u212a", "\u017f", "\u0130", "\u0131")
CONTENT_WORD = re.compile(r"[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]{3,}")  # accented too: "Féin" is a word
ELLIPSIS_GAP = re.compile(r"\s*(?:,\s*)?(?:and|or|,|while|whereas|but|compared\s+(?:with|to)|versus|vs\.?)\s*"
                          r"(?:(?:just|only|some|about|around|nearly|almost|roughly)\s+)?", re.I)  # "and about a third"
# Words between two figures that leave the second one's predicate out ("compared with 20% of Democrats").
ELLIPSIS_LEAD = re.compile(
    r"(?:compared\s+(?:with|to)|versus|vs\.?|against|than|,|to|-|–|/|from|while|whereas|but|and|or|along\s+with|"
    r"as\s+well\s+as)\s*"
    r"(?:(?:just|only|some|about|around|nearly|almost|roughly)\s+)?$", re.I)  # "compared with just 4%"
TIME_START = re.compile(
    r"(?:since|during|after|before|until|by|over|in|on|at|from)\s+(?:the\s+)?(?:\d|January|February|March|April|"
    r"May|June|July|August|September|October|November|December|last|this|next|early|late|mid|previous|same|"
    r"(?:end|beginning|start|middle|turn)\s+of)"
    # or the earlier poll a value comes from: "(up from 58%) in a Reuters/Ipsos survey earlier in the month"
    r"|in\s+(?:a|an|the|its|our|their|that)\s+(?:[\w/.&'’-]+\s+){0,4}?(?:poll|survey|study|wave)\b", re.I)
TIME_START_FIRST = "sdabuoif"  # the first letters of TIME_START's words
# A clause that leaves out the verb of the figure before: "(32%) with B", "(41%) for it", "(38%) badly".
GAP_PREPOSITIONS = frozenset(["with", "for", "from", "against", "about", "of", "on", "in", "to", "toward", "towards",
                              "over"])
GAPPED_START = re.compile(r"(?:{})\b(?=\s+\w)".format("|".join(GAP_PREPOSITIONS)) +
                          r"|[a-z]{3,}ly$", re.I)
DANGLING_VERB = re.compile(
    r"^(?:(?:are|were|is|was|voted|came\s+out)\s+)?(?:against|for|in\s+favou?r(?:\s+of)?)$", re.I)
OF_GROUP_WORDS = 6  # words of an "of" phrase that goes on naming a group before its verb ("parents of young children")
WHO_REACH = 6  # words: "the share of those who" names the people whose predicate follows
DETERMINERS = frozenset(["the", "a", "an", "neither", "either", "both", "another", "their", "its", "his", "her"])
# A group that is the clause's subject, its opinion verb and the value ("Independents break for Harris 47% to 44%",
# "while white voters disapprove 22 - 66 percent", "Voters under 30 favour Harris by 14 points"); at most one
# figure of the same pair between. Only opinion verbs: a party "leads" or "wins", a group of voters "backs".
SUBJECT_GROUP = re.compile(
    r"(?:^\s*|[,;]\s+(?:(?:while|whereas|but|and)\s+)?|\s(?:while|whereas|but)\s+)"
    r"(?P<np>(?:[A-Za-z][\w'’-]*\s+){0,2}?[A-Za-z][\w'’-]*)(?P<age>" + AGE_BAND.pattern + r")?"
    r"\s+(?P<verb>(?:break|approve|disapprove|favou?r|back|support|oppose|prefer|reject|trust|distrust|side)"
    r"(?:s|d|ed|red)?|broke)\b"  # (in the past too: "Republicans backed it 81% to 12%")
    r"[^\d.;,:]{0,60}?(?:\d[\d.]*\s*(?:%|per\s?cent|percent)?\s*(?:-|–|to)\s*)?$", re.I)
# A group opening a sentence, then its share said apart: after a comma ("Republicans, at 78%,") or after a
# predicate that compares it ("Women were less supportive, at", "Labour voters were more likely (").
COMPARED_SUBJECT_GROUP = re.compile(
    r"\s*(?:(?:but|and|yet|however|meanwhile),?\s+)?(?:(?:[\w&.'’-]+\s+){1,3}?(?:found|finds|showed|shows|"
    r"suggests|suggested)\s+(?:that\s+)?)?(?:the\s+)?(?P<np>(?:[A-Za-z][\w'’-]*\s+){0,2}?[A-Za-z][\w'’-]*)"
    r"(?P<age>" + AGE_BAND.pattern + r")?(?P<of>\s+(?:of|with|without)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)?"
    r"(?:\s*,\s*(?:at|on)|\s+(?:were|are|was|is|remained|remain|remains)\s+"
    r"(?P<predicate>[^\d,;:()]{1,80}?)(?:\s*,\s*(?:at|on|with)|\s*\(|\s*:))"
    r"(?:\s+(?:only|just|about|around|nearly|almost|roughly|some))?\s*$", re.I)  # ("Parents of young
# children were ...": what the group has is part of it)
THAN_GROUP = re.compile(r"[\s),]*than\s+(?:among\s+)?(?P<group>[^,;:()\d]{1,60}?)(?:\s*,\s*(?:at|on|with)\s+|[\s(]*)",
                        re.I)
COMPARED_SUBJECT_REACH = 120  # characters: a longer opening says more than a group and how it compares
# How COMPARED_SUBJECT_GROUP's openings end, tested first: most figures' openings end otherwise
COMPARED_SUBJECT_ENDS = ("at", "on", "with", "(", ":", "only", "just", "about", "around", "nearly", "almost",
                         "roughly", "some")
COMPARISON_WORDS = re.compile(r"\b(?:more|less|most|least|than|divided|split|[a-z]{3,}est|[a-z]{2,}er\s+(?:to|in|on|"
                              r"about|of|with|than))\b", re.I)
PARTISAN_HEADS = frozenset(["voters", "supporters", "backers"])  # "Labour voters": a party's, capitalised
SUBJECT_VERBS = ("break", "approve", "favo", "back", "support", "oppose", "prefer", "reject", "trust", "side")
# Words that say what kind of people a subject group is, capitalised or not ("Black voters", "Young women");
# other capitalised words name a place or a party ("Pennsylvania voters", "Conservatives"): no subgroup.
KIND_WORDS = frozenset([
    "black", "white", "hispanic", "latino", "latina", "asian", "jewish", "arab", "muslim", "catholic",
    "evangelical", "protestant", "young", "younger", "old", "older", "female", "male", "rural", "urban",
    "suburban", "independent", "undecided", "swing", "first-time", "college-educated", "working-class", "christian",
    "hindu", "sikh", "buddhist", "indigenous", "native", "lgbt", "lgbtq", "gay", "married", "single", "retired",
    "unemployed", "low-income", "high-income", "middle-class", "religious", "secular", "non-white", "foreign-born",
    "native-born", "non-college", "millennial", "elderly", "teenage"])
# The words of PEOPLE_NOUNS that name a party, a referendum side or a nation: as the subject of a clause
# ("Conservatives back ...", "Germans back ...") they name the party or the country, no kind of respondent.
NAMED_PEOPLE = frozenset([
    "tories", "conservatives", "liberals", "greens", "socialists", "leavers", "remainers", "partisans", "americans",
    "britons", "scots", "welsh", "irish", "english", "french", "germans", "poles", "czechs", "slovaks", "danes",
    "swedes", "finns", "dutch", "swiss", "greeks", "turks", "israelis", "iraqis", "pakistanis", "bangladeshis",
    "saudis", "emiratis", "thais", "filipinos", "chinese", "japanese", "taiwanese", "vietnamese", "lebanese",
    "portuguese", "maltese", "sudanese", "nepalese", "burmese", "senegalese", "congolese", "kiwis", "uzbeks",
    "kazakhs", "tajiks", "serbs", "croats", "bosniaks", "slovenes", "latvians", "lithuanians", "estonians"])
# Heads of a subject group: kinds of respondents ("Renters back the levy 52%", "Retirees oppose it 61%").
SUBJECT_HEADS = GROUP_HEADS | (frozenset(PEOPLE_NOUNS) - NAMED_PEOPLE) | frozenset(["landlords", "tenants"])
# Only the next figure's subject after a value ("approval was 35% and disapproval 58%"): not this one's words.
NEXT_SUBJECT_ONLY = re.compile(
    r"\s*,?\s*and\s+(?:the\s+|its\s+|their\s+)?[A-Za-z][\w'’-]*(?:\s+(?:was|is|were|are|at|stood\s+at)|"
    r"(?:\s+[a-z][\w'’-]*){0,2}\s+by|\s+(?:has|have|had)\s+(?:risen|fallen|dropped|slipped|climbed|slumped|edged\s+"
    r"(?:up|down))\s+to)?\s*", re.I)  # (or "... favoured by 61% and continued hostilities by 31%"; "... and the
# Coalition has fallen to 27%")
NEXT_NAMED = re.compile(  # ", the Greens on " before a value (also after "nationally": "41% nationally and X at 38%")
    r"(?:\s+(?:nationally|nationwide|overall))?(?:\s*,|,?\s+and)\s*[^,;.()]{1,60}\s(?:on|at)\s*")
NEXT_DASHED = re.compile(r"(?:\s*[,;]|,?\s+and)\s*[^,;.()\d]{1,50}?\s[-–—]\s*")  # ", distrust – " before a value
# The label of an item of a dashed list ("Trust – 72%, distrust – 20%"), written before its value: the list's first
# item (at the clause start) or a later one (after the value before it)
DASHED_LABEL = re.compile(r"(?:^|[:;]\s*|\d\s*%?\s*(?:[,;]|,?\s+and)\s*)(?P<label>[^,;:.()\d\s–—-][^,;:.()\d]{0,48}?)"
                          r"\s[-–—]\s*$")
BRACKET_COMPLEMENT = re.compile(r"(?:about|of|with|for|against|towards?)\s", re.I)  # "(58%) about the plan"
LIST_AFTER_BRACKET = re.compile(r"\s*[,;]")
NEXT_LABELLED = re.compile(r"\s*[,;]\s*(?:(?:and|or)\s+)?[^,;()\d]{1,40}?\s*")  # ", the Socialists " before a value
# A name alone between two values of a list ("Sinn Féin 24%, Fianna Fáil 19%", "ALP 50, L/NP 43"): the next value's
# label.
NEXT_LISTED = re.compile(
    r"(?:\s*[,;]\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)(?:the\s+)?[A-Z][\w'’&./-]*(?:\s+[A-Z][\w'’&./-]*){0,3}"
    r"(?:\s+(?:on|at|by|with))?\s*")
# A list's next label in lower case, after a value with words of its own before it: ", disapproval " (then 61%)
NEXT_LABELLED_LOWER = re.compile(r"\s*[,;]\s*(?:(?:and|or)\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}"
                                 r"(?:\s+(?:on|at|by))?\s*")
# The next item of a list of labels and bare numbers, that number no figure of its own: ", undecided 7"
NEXT_ITEM_BARE = re.compile(r"\s*[,;]\s*(?:(?:and|or)\s+)?[^\W\d_][\w'’/-]*(?:\s+[^\W\d_][\w'’/-]*){0,2}\s+"
                            r"\d+(?:\.\d+)?\s*(?:[,;.]|$)")
# How much of the vote a bracketed value restates: "has the support of a third of voters (33%)" (no question words)
TRAILING_SHARE_OF_ALL = re.compile(
    r"\s+(?:(?:nearly|almost|about|around|roughly|some|over|under|just)\s+)?(?:(?:a|one|two)[\s-](?:thirds?|quarters?|"
    r"fifths?|half)|half)\s+of\s+(?:the\s+|all\s+)?(?:votes?|voters|ballots|electorate|respondents)$", re.I)
BRACKETED_NEXT = re.compile(r"\s*[,;]\s*(?:(?:and|or)\s+)?[^,;()]{1,50}\(\s*")  # ", transport (" before a value
NEXT_BRACKETED = re.compile(r"\s*(?:each|both|apiece)?\s*[,;—–-]?\s*(?:and|or)\s+[^,;()]{1,50}\(\s*")
# A figure that continues a list: "A, 32% with B", "A (3% against)".
LIST_LEAD = re.compile(r"(?:,|;|\(|,?\s+(?:and|while|whereas|but))\s*$")
# A pair of values a leader heads: "Harris leads Trump 46% to 45%", "with Harris leading 40%-38%".
PAIR_GAP_WORDS = ("to", "-", "–")  # between the two values of a pair, with spaces around
PAIR_REACH = 80  # characters: the leader and its rival are written right before the pair
_NAME = r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
# "Albanese leads Ley as better prime minister 50 to 31": what the pair measures, part of both answers
PAIR_ROLE = r"\s+as\s+(?:the\s+)?(?:better|best|preferred)\s+(?:prime\s+minister|PM|premier|president|chancellor)"
PERSON_REACH = 200  # characters before a sentence: "He" is who the last sentence or two named
SURNAME_SAID = re.compile(r"\b([A-Z][a-z]{2,})(?:['’]s\b|\s+(?:is|was|has|had|said|says|leads|led)\b)")
PAIR_ROLE_AFTER = re.compile(PAIR_ROLE)  # "He leads Ley 50-31 as better PM"
# A party or person named right before its level, its change or gap to another in between: "with Labour six points
# behind on 21", "while the Greens are up three at 14", "Fine Gael, which won 21% last time, is down two at 16",
# "Labor's 2PP at 56%": the name is what the share is of (read only for a figure whose clause said nothing)
NAMED_LEVEL_REACH = 160  # characters before a value
_COUNT = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|\d+(?:\.\d+)?)"
_NAME_WORD = r"[A-Z][\w'’./&-]*"
NAMED_LEVEL = re.compile(
    r"(?<![\w'’./&-])(?P<name>(?:the\s+)?" + _NAME_WORD + r"(?:\s+" + _NAME_WORD + r"){0,3}?"
    r"(?:\s+(?:bloc|party|coalition|alliance))?"
    r"(?:['’]s\s+(?:primary(?:\s+vote)?|2PP|two[- ]party[- ]preferred(?:\s+vote)?|vote(?:\s+share)?"
    r"|(?:approval|net\s+approval|favourability|favorability)(?:\s+rating)?))?)"
    r"(?:\s*,\s*(?:which|who)\s[^,;]{1,100},)?"
    r"(?:\s+(?:is|are|was|were|remains?|remained|stays?|stayed|sits?|sat|stands?|stood|has\s+been|have\s+been))?"
    r"(?:,?\s+(?:(?:now|still|just|only)|(?:up|down)\s+" + _COUNT + r"(?:\s+points?)?|unchanged|steady|"
    + _COUNT + r"\s+points?\s+(?:behind|ahead|back|adrift|clear|lower|higher)),?){0,2}"
    r"\s+(?:on|at)\s+$")
# "12 points adrift of Labour on 18": the value after a compared object is the object's only when the subject's
# own value came before ("Reform is on 30, 12 points clear of Labour on 18"); else it is the subject's
COMPARED_OBJECT = re.compile(r"(?:" + _COUNT + r"\s+points?\s+(?:[a-z]+\s+){0,2})?(?:of|than)\s+$")
NOT_A_NAME = frozenset({"January", "February", "March", "April", "May", "June", "July", "August", "September",
                        "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                        "Saturday", "Sunday", "It", "This", "That", "He", "She", "They", "The", "Support", "Approval"})
# a sentence opening with the round or measure its shares are of: "In a runoff, Lula would get 46%", "In the first
# round, ...", "In a simulated run-off, ...", "On Resolve's two-party preferred count, ...", "In the better premier
# race, Smith is on 31%" (the question the sentence's shares answer, which their own clauses leave out)
ROUND_FRAME_HINTS = ("In ", "in ", "For ", "On ")
ROUND_FRAME = re.compile(r"(?:In|in|For|On)\s+(?:a|an|the|[A-Z][\w.&-]*['’]s)\s+"
                         r"(?:(?:possible|potential|hypothetical|likely|simulated|projected)\s+)?"
                         r"(?P<round>(?:run-?off|second[\s-]round|first[\s-]round)(?:\s+(?:vote|ballot))?|"
                         r"two[\s-]party[\s-]preferred|(?:preferred|better|best)\s+(?:prime\s+minister|PM|premier|"
                         r"president|chancellor))\b[^,.;]{0,60},")
# "X's lead as preferred prime minister has evaporated: he is favoured by 37%, against 36% for Y": the question
# the sentence's shares answer, said before its first figure and outside their own clauses
LEADER_CHOICE_FRAME = re.compile(r"\b(?:best|better|preferred)\s+(?:choice\s+(?:for|as)\s+)?"
                                 r"(?:prime\s+minister|PM|premier|chancellor)\b")
# a share's own measure ("primary vote", "approval"): the sentence's opening question is not the one it answers
OWN_MEASURE = re.compile(r"(?i)\b(?:vote|primary|approv|disapprov|satisf|dissatisf|rating)")
PAIR_LEADER = re.compile(  # also "X would beat leftist Y 46% to 43%", "X ahead of Y: 46% to 43%", "X would win 53% to
    # 47%", "the Albanese government leads the Coalition 52% to 48%"
    rf"(?P<x>{_NAME}(?:\s+(?:government|party|camp|bloc|alliance|ticket))?)\s+(?:(?:would|could|will)\s+)?"
    rf"(?:now\s+|still\s+|narrowly\s+)?(?:leads?|leading|beats?|beating|defeats?|defeating|wins?|tops?|topping|edges?|"
    rf"edging|trails?|trailing|(?:is\s+)?ahead\s+of|outpolls?)"
    rf"(?:\s+(?:(?!by\b)[a-z][\w-]+\s+)?(?P<y>{_NAME}))?(?P<role>{PAIR_ROLE})?\s*[,:]?\s*(?:by\s+)?$")
PAIR_LEADER_VERBS = ("lead", "beat", "defeat", "win", "top", "edg", "trail", "ahead", "outpoll")  # one is in each match
RIVAL_AFTER_PAIR = re.compile(rf"\s+(?:against|over)\s+(?P<y>{_NAME})")  # "X would win 53% to 47% against Y"
# "Labor has extended its two-party-preferred lead over the Coalition to 58-42", "the Greens' lead over Labour
# at 31-27", "with Labor ahead 58-42": the leader (and the rival, where named) of a pair written another way.
PAIR_LEAD_OVER = re.compile(
    rf"(?P<x>{_NAME})(?:['’]s?|\s+(?:has|have|had)\s+(?:extended|widened|narrowed|increased|cut|stretched|kept|held)"
    rf"\s+(?:its|their))\s+(?:[\w-]+\s+){{0,3}}?lead\s+over\s+(?P<y>{_NAME})\s+(?:to|at|of)\s*$"
    rf"|(?:^|\s)(?P<a>{_NAME})\s+(?:well\s+|comfortably\s+|narrowly\s+)?ahead\s*$"
    # "The Conservatives hold a two-point edge over the Liberals, 40 per cent to 38 per cent"
    rf"|(?P<h>{_NAME})\s+(?:now\s+)?(?:holds?|held|has|have|had|enjoys?|opens?|opened)\s+(?:a|an|its|their)\s+"
    rf"(?:[\w-]+\s+){{0,3}}?(?:lead|edge|advantage)(?:\s+over\s+(?P<r>{_NAME}))?\s*,\s*$")
# "The Liberals hold a four-point lead, 42 per cent to 38 per cent for the Conservatives": the rival after the pair
RIVAL_FOR_AFTER_PAIR = re.compile(rf"\s+for\s+(?P<y>{_NAME})")
RIVAL_REACH = 2000  # characters: an unnamed rival ("Harris leads 40%-38%") is the one named in the story so far
RIVAL_VERBS = (r"(?:now\s+|still\s+|narrowly\s+)?(?:leads?|led|leading|beats?|beating|tops?|topped|topping|edges?|"
               r"edged|edging|trails?|trailed|trailing|is\s+ahead\s+of|was\s+ahead\s+of|outpolls?|against|versus|vs\.?)")
RIVAL_PAIR = re.compile(  # "Harris now leads Trump", "between Harris and Trump"
    rf"(?P<x>{_NAME})\s+{RIVAL_VERBS}\s+(?P<y>{_NAME})|\bbetween\s+(?P<a>{_NAME})\s+and\s+(?P<b>{_NAME})")
PAIR_OUTWEIGHS = re.compile(
    r"(?P<x>[a-z]+)\s+(?:now\s+|only\s+|still\s+|far\s+)?outweighs?\s+(?P<y>[a-z]+)\s*,?\s*(?:by\s+)?$")
# A name given a share, as vote-intention lists write it: "puts Labour on 31%", "with the Conservatives unchanged
# on 25%", "and Reform UK (up two) on 22%", "Labour is on 31%". The name is the answer.
SHARE_OF_NAME = re.compile(
    r"(?:^|(?<=[\s,;:(])(?:puts?|putting|has|had|gives?|giving|shows?|showing|sees?|seeing|leaves?|leaving|found|finds|"
    r"with|and|than|"
    r"while|whereas|but|followed\s+by|behind|ahead\s+of)\s+|(?<=[,;:])\s*)"
    r"(?P<name>(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|for|and)){0,3}?)"
    r"(?:\s*,?\s+(?:unchanged|steady|level|flat|(?:up|down)(?:\s+(?:by\s+)?(?:\d+|a|one|two|three|four|five|six|seven|"
    r"eight|nine|ten)(?:\s+(?:points?|pts?))?)?|(?:is|are|was|were|stands?|stood|remains?|remained|sits?|sat)|"
    r"(?:also|still|now|just|only|narrowly|currently)|\([^()]{1,25}\)|(?:out\s+)?in\s+front|in\s+(?:first|second|third)"
    r"(?:\s+place)?|trailing|lagging|leading|across\s+(?:the\s+)?[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)?),?){0,3}"
    r",?\s+(?:on|at)\s*$")
NAME_SHARE_REACH = 120  # characters before a value: no such name is written further back
GAP_ASIDE = re.compile(  # "a full 10 points behind", "a point ahead of", "well clear of": the gap to a rival
    r"(?:a\s+full\s+|just\s+|only\s+|some\s+)?(?:(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|\w+teen)"
    r"\s+(?:percentage\s+)?points?\s+(?:behind|ahead|clear|adrift|short)\b|(?:(?:well|narrowly|comfortably|slightly|"
    r"marginally|fractionally|clearly|just|far|way)\s+)?(?:behind|(?:ahead|clear|adrift|in\s+front)\s+of)\s)", re.I)
GAP_ASIDE_HINTS = (" point", "ahead", "behind", "clear", "adrift", "front")  # one is in each GAP_ASIDE match
STANCE_NOUN_BEFORE = re.compile(r"[^\W\d_]{3,}(?:tion|ment|ness|ity|ance|ence)\s$")  # "Frustration ", "Confidence "
NAME_SHARE_HINTS = (" on", " at")  # the words right before the value in every SHARE_OF_NAME match
NAME_SHARE_ENDINGS = ("on", "at", "on ", "at ")  # the text before such a value ends so (one space at most)
RANGE_GAPS = frozenset(["to", "-", "–"])
CLAUSE_AFTER_COMMA = re.compile(r",\s*and\s+")  # "33%, and 30% ...": after a value with its words, a new clause
LIST_GAP = re.compile(r"\s*(?:,\s*(?:and|or)?|and|or|/|to|-|–)\s*")
DANGLING = frozenset([  # words a cut-off statement must not end on
    "a", "an", "the", "of", "on", "in", "to", "for", "with", "by", "at", "from", "and", "or", "but", "that", "than",
    "as", "their", "its", "his", "her", "our", "your", "this", "these", "those", "is", "are", "was", "were", "be"])
NOT_A_THING = frozenset([  # words that open or link clauses, never the answer a share gave
    "and", "or", "but", "with", "while", "whereas", "respectively", "of", "the", "to", "from", "in", "at", "for",
    "compared", "versus", "against", "overall", "total", "only", "just", "than", "then", "this", "that", "those",
    "these", "there", "their", "them", "they", "its", "who", "which", "what", "when", "where", "figure", "number",
    "share", "rate", "level", "percentage", "proportion", "poll", "survey", "study",
    "found", "finds", "shows", "showed", "says", "said", "reveals", "revealed", "suggests", "suggested",
    "nationally", "nationwide", "globally", "worldwide", "elsewhere",
    "upward", "upwards", "downward", "downwards"])  # "oscillated two points downward, to 44%": which way it moved
PLACE_ADVERBS = frozenset(["nationally", "nationwide", "globally", "worldwide", "elsewhere"])  # "46% nationally"
# The same: "50% across the bloc", "48% across the EU as a whole", "39% on average": where, not what
WHOLE_AREA = re.compile(r"(?:(?:across|throughout)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:bloc|country|nation|union|EU|"
                        r"region|continent|world|board|sample)|on\s+average|overall|as\s+a\s+whole)"
                        r"(?:\s+as\s+a\s+whole)?", re.I)


class Wording(NamedTuple):
    """What one figure says: `statement` (short, shown to readers), `question_terms` (fuller, compared
    across outlets), `group` (who the share is of, as written: may name the whole sample). (A named tuple:
    one is made per figure, and a frozen dataclass is slower to make.)"""
    statement: str | None
    question_terms: str | None
    group: str | None
    refers_back: bool = False  # its words only point at the figure before ("the average for women was 58%")
    compared: bool = False  # its words are a subject compared across groups ("support was higher among A than B")


class OwnClause(NamedTuple):
    """What a figure's own stretch of its sentence says, before any predicate is borrowed from a
    neighbour: found once per figure, though its neighbours may ask for it again (see _describe)."""
    left: int  # the stretch no other figure occupies: text[left:right]
    right: int
    inner_start: int  # where the words before the value end (before its bracket, if any)
    pos: int  # where the words after it start
    group: str | None
    answer: str | None  # the answer of a pair a leader heads (see paired_answer); then nothing else is found
    after: str
    before: str | None
    group_given: bool = False  # only a group is named with the value ("..., with Republicans at 10%")
    changed_share: bool = False  # `after` is what a changed share's people say (CHANGED_SHARE): all of it is asked


TABLE_LABEL_WORDS = 6
TABLE_WORD = re.compile(r"[^\W\d_]{2}")  # a row label has a word ("President"), not only a number
TABLE_RULE = re.compile(r"[\s|:-]*")  # the line under a header: "|---|---|"
TABLE_NUMBER = re.compile(r"\d\s*%|\d[.,]\d")  # a row of figures, not a header
Clauses = dict[tuple[int, int, int, int], OwnClause]  # by (start, end, sentence start, sentence end)


def describe(text: str, start: int, end: int, s_start: int, s_end: int,
             spans: list[tuple[int, int]], clauses: Clauses | None = None) -> Wording:
    """The wording of the figure at text[start:end] in the sentence text[s_start:s_end]; `spans` are
    all the article's value spans, sorted, so other figures' clauses are left to them; `clauses`
    keeps the figures' own clauses found so far, for the figures of one text."""
    return _describe(text, start, end, s_start, s_end, spans, BORROW_DEPTH, (-1, 1), {} if clauses is None else clauses)


def _describe(text: str, start: int, end: int, s_start: int, s_end: int, spans: list[tuple[int, int]],
              borrow: int, directions: tuple[int, ...], clauses: Clauses) -> Wording:
    """`borrow`: how many figures away a predicate may be borrowed from, in `directions` (-1 before)."""
    if cell := table_cell(text, start, end):
        return Wording(cell, cell, None)
    key = (start, end, s_start, s_end)
    if (own := clauses.get(key)) is None:
        own = clauses[key] = _own_clause(text, spans, start, end, s_start, s_end)
    left, right, inner_start, pos, group, answer, after, before, group_given, changed_share = own
    if (rival := _head_to_head(text, spans, start, end)) is not None:
        if rival:  # "41 per cent to the Liberals' 25 per cent": the second share is the rival's
            return Wording(rival, rival, group)
        after = ""  # the first share's words are its own, before it: "to the Liberals'" names the rival
    elif after and _next_subject_gap(text, spans, pos):
        after = ""  # "the court was trusted by 28% and Congress by 10%": "Congress" is the next share's subject
    if answer is not None:
        return Wording(answer or None, answer or None, group)
    if group_given and borrow and -1 in directions and left > s_start and (
            earlier := _neighbour_wording(text, spans, start, s_start, s_end, -1, borrow, clauses)):
        # "Approval is 41%, with Democrats at 85%": the group's share of what the figure before says
        return Wording(earlier.statement, earlier.question_terms, group, earlier.refers_back)
    if after.startswith(("the same", "The same")) and SAID_THE_SAME.match(after):
        return Wording(None, None, group, refers_back=True)  # "25% of renters said the same"
    if borrow and -1 in directions and _range_end(text, spans, start, s_start) and (
            lower := _neighbour_wording(text, spans, start, s_start, s_end, -1, borrow, clauses)):
        # "is backed by 23% to 29% of voters, while 55-60% oppose it": the upper end says what the lower says
        return Wording(lower.statement, lower.question_terms, group or lower.group, lower.refers_back)
    if after and borrow and -1 in directions and (bare := BARE_AUXILIARY.match(after)):
        predicate = _neighbour_statement(text, spans, start, s_start, s_end, -1, borrow, clauses)
        if predicate and _comparison_remnant(predicate) and (k := bisect.bisect_left(spans, (start, start))) > 1:
            # "21% ..., down two points, while 76% did not": the change's "down" is no predicate; the figure's before
            predicate = _neighbour_statement(text, spans, spans[k - 1][0], s_start, s_end, -1, borrow - 1, clauses)
        if predicate:
            predicate = " ".join(NEGATION.sub("", predicate).split())
            after = _negated(predicate) if bare.group("neg") else predicate
    if borrow and -1 in directions and left > s_start and _gapped(after) and (
            lead := LIST_LEAD.search(text, max(left, start - 12), start)) and (
            "(" not in lead.group() or DANGLING_VERB.search(after)) and (
            predicate := _neighbour_statement(text, spans, start, s_start, s_end, -1, borrow, clauses)):
        # "33% sympathize with A, 32% with B", "47% were against the war, 41% for it", "52% back A, 30% B"
        after = _fill_gap(predicate, after)
    if after and borrow and -1 in directions and left > s_start and (
            of := WITH_STANCE_OF.get(after.partition(",")[0].lower())) and (
            STANCE_SIBLING_GAP.fullmatch(text, left, inner_start)) and (
            earlier := _neighbour_statement(text, spans, start, s_start, s_end, -1, borrow, clauses)) and (
            topic := STANCE_TOPIC.match(earlier)):
        # "X has 33% satisfied and 58% dissatisfied": what the stance before is about, this one is too
        stance = f"{after.partition(',')[0]} {of} {topic.group('topic')}"
        return Wording(stance, stance, group)
    if compared := _group_comparison(text, spans, start, s_start, s_end, borrow, directions, clauses, own):
        return compared
    share_subject = bool(before) and inner_start < start and _share_subject(before)
    gap = borrow and -1 in directions and left > s_start and not after and before and GAPPED_BEFORE.fullmatch(before)
    if gap and (filled := _gap_in_sentence(text, s_start, left, inner_start, gap.group("gap"))):
        # "think it will be harmful for the city (55% in June against 53% in April) and specifically for every
        # resident (52% and 49%)": the clause before, its phrase with the same preposition replaced
        terms = _terms(filled, "")  # the words next to the gap: what sets this figure apart from the one before
        predicate = _neighbour_statement(text, spans, start, s_start, s_end, -1, borrow, clauses) or ""
        whole = gap.group("gap").split()[0].lower() in predicate.lower().split()  # the figure before says it all
        statement = shorten(_fill_gap(predicate, gap.group("gap"))) if whole else _strip_lead(GAP_STATEMENT_LEAD, terms)
        return Wording(statement, terms, group)
    if gap and (
            predicate := _neighbour_statement(text, spans, start, s_start, s_end, -1, borrow, clauses)) and (
            (filled := _fill_gap(predicate, gap.group("gap"))) != gap.group("gap")):
        # "see the effects negatively for Denmark (53%), as well as for themselves (48%)"
        return Wording(shorten(filled), _terms(None, filled), group)
    terms = _terms(None if share_subject else TRAILING_SHARE_OF_ALL.sub("", before) if before and inner_start < start
                   else before, after, subject=True)  # "Nearly half of adults (46%) ...": no question words
    if changed_share:
        terms = shorten(after)  # "show no support for X": its first words alone would drop X
    if before and inner_start < start and BRACKET_COMPLEMENT.match(after):
        # "express more worry than hope (58%) about the plan": the words around the bracket say it
        around = _strip_connective(" ".join([*before.split()[-TERM_WORDS:], after]))
        return Wording(shorten(around), terms, group)
    after_words = _content_words(after)
    if not after_words and _time_reference(text, max(left, inner_start - TIME_REFERENCE_REACH), inner_start):
        return Wording(None, None, group, refers_back=True)  # "while in March there were 28%"
    if before and after_words <= 2 and after and _refers_back(after) and _content_words(before) >= 3 and (
            verb := VIEW_VERB.search(before)):
        # "more Danes think the tax will hurt – 55% of adults believe so": the view is the clause before
        view = shorten(before[verb.start():])
        return Wording(view, view, group)
    if before and (only_group := _group_after(after)) is not None and _refers_back(before):
        # "The figure was over 80% for both the young and the middle-aged": the question is the one before
        if right < s_end and text[pos:right].rstrip().endswith(after):
            only_group = group_lead(text, inner_start, left, left <= s_start) or ""  # "The figure for A was 18%
            # and for B 31%": B is the next value's group
        return Wording(None, None, group or only_group or None, refers_back=True)
    if before and after and not group and text.startswith(",", pos) and SUBJECT_ASIDE.search(
            text, max(left, inner_start - SUBJECT_ASIDE_REACH), inner_start) and NAMED.search(before):
        # "The Greens, on 9%, are level with their best", "Support for X stands at 17%, barely changed": the
        # share is the subject's level; the words after the comma say what that subject did or how it moved
        return Wording(shorten(before, keep_end=True), _terms(before, ""), group)
    if _says_something(after, group, after_words) or (after and reports_after(text, pos, right)):
        return Wording(shorten(after), terms, group)
    if not after_words and (lead := group_lead(text, inner_start, left, left <= s_start)):
        return Wording(None, None, group or lead, refers_back=True)
    if borrow and 1 in directions and not after and share_subject and right < s_end and (
            FIGURE_ASIDE.match(text, pos, right)) and (
            later := _neighbour_wording(text, spans, start, s_start, s_end, 1, borrow, clauses)) and later.statement:
        # "Nearly two thirds of those polled (62%), with the highest among students (65%), felt that ...": the
        # verb after the aside is the subject's
        return Wording(later.statement, _terms(None, later.statement), group)
    if before and after[:3] == "as " and (named := _last_word(before)) and named.lower() in AS_COMPLEMENT and (
            not _pronoun_object(after)):  # (not "named as the party closest to them": whose "them" is unclear)
        if PASSIVE_BY.search(text, max(left, inner_start - PASSIVE_REACH), inner_start) and (
                len(before.split()) <= PASSIVE_SUBJECT_WORDS):  # "Housing was named by 31% as the top issue, ..."
            return Wording(shorten(f"{before} {after.partition(', ')[0]}"), terms, group)
        return Wording(shorten(f"{named} {after}"), terms, group)  # "named by 61% as the top issue"
    if borrow and -1 in directions and left > s_start and not _says_something(after, group) and (
            passive := _passive_gap(text, spans, start, s_start, left, inner_start)):
        return Wording(passive, passive, group)  # "judges are trusted by 61%, the police by 55%"
    if not after and before and borrow and -1 in directions and left > s_start and (
            named := BARE_NAME_GAP.search(text, max(left, inner_start - PASSIVE_REACH), inner_start)) and (
            named.group("name") == before) and (
            predicate := _neighbour_statement(text, spans, start, s_start, s_end, -1, borrow, clauses)) and (
            (filled := _fill_gap(predicate, before)) != before):
        return Wording(shorten(filled), _terms(None, filled), group)  # "21% trust A to ..., and B 34%": trust B
    if before:
        extra = f" {after}" if 0 < after_words <= 4 else ""
        return Wording(shorten(before + extra, keep_end=not extra), terms, group)
    gapped = after_words >= 2 and not _time_start(after)  # "..., 18% from the state media"
    borrowed = borrowed_terms = None
    if borrow and not after and 1 in directions and right < s_end and ELLIPSIS_GAP.fullmatch(text, pos, right):
        # "31% of men and 25% of women said ...": the predicate of the figure after
        borrowed = _neighbour_statement(text, spans, start, s_start, s_end, 1, borrow, clauses)
    if after.lower() in PLACE_ADVERBS:
        after = ""  # "41% in Leeds, compared with 46% nationally": where, not what
    if not (borrowed or after) and borrow and -1 in directions and left > s_start and ELLIPSIS_LEAD.search(
            text, max(left, inner_start - 40), inner_start):
        # "... want lower taxes, compared with 20%", "70% among Greens, 35% for independents"
        neighbour = _neighbour_wording(text, spans, start, s_start, s_end, -1, borrow, clauses)
        if neighbour and neighbour.refers_back and not gapped:
            return Wording(None, None, group, refers_back=True)  # "for A and B were 48% and 45% respectively"
        borrowed = _said(neighbour)
        if borrowed and _bracketed_with_previous(text, s_start, left, start):
            borrowed_terms = neighbour.question_terms  # "(52% and 49% respectively)": one question, twice
    if borrowed or gapped:
        return Wording(shorten(borrowed or after), borrowed_terms or _terms(None, borrowed or after), group)
    if group and not after and PRONOUN_SUBJECT.search(
            text, max(left, inner_start - PRONOUN_SUBJECT_REACH), inner_start):
        return Wording(None, None, group, refers_back=True)  # "Among the young she gets 41%": her figure before
    return Wording(None, terms, group)


def table_cell(text: str, start: int, end: int) -> str | None:
    """The row and column of a value in a table written with pipes, as trafilatura writes a page's tables
    ("President | 58% | 36%" under "Institution | Trust | Distrust"): "President: Distrust". None outside one."""
    lo = text.rfind("\n", 0, start) + 1
    hi = len(text) if (hi := text.find("\n", end)) < 0 else hi
    if text.count("|", lo, hi) < 2:
        return None
    column = text[lo:start].strip().removeprefix("|").count("|")
    label, *values = _cells(text[lo:hi])
    if not column or not TABLE_WORD.search(label) or len(label.split()) > TABLE_LABEL_WORDS or not all(
            any(ch.isdigit() for ch in value) for value in values if value):
        return None  # a value in the first column, a row without a label, or prose with pipes in it
    header = None
    while lo > 0 and text.count("|", top := text.rfind("\n", 0, lo - 1) + 1, lo) >= 2:  # up to the table's first line
        lo = top
        if not TABLE_RULE.fullmatch(text, lo, text.find("\n", lo)):
            header = _cells(text[lo:text.find("\n", lo)])
    if header and len(header) > column and not TABLE_NUMBER.search(" ".join(header)) and TABLE_WORD.search(
            header[column]):  # (a year heading a column says when, not which answer)
        return f"{label}: {header[column]}"
    return label


def _cells(row: str) -> list[str]:
    return [cell.strip() for cell in row.strip().removeprefix("|").removesuffix("|").split("|")]


def _group_comparison(text: str, spans: list[tuple[int, int]], start: int, s_start: int, s_end: int, borrow: int,
                      directions: tuple[int, ...], clauses: Clauses, own: OwnClause) -> Wording | None:
    """The wording of a figure that compares groups on one subject, or None: the subject compared ("Support
    for X was higher among graduates (72%) than ..."), the next group compared on it ("... than those
    without (65%)"), or one more group in a list of groups ("63% each and Scheduled Tribes (59%)")."""
    left, _, inner_start, _, group, _, after, before, _, _ = own
    if before and (not after or COMPARISON_CONTINUES.match(after)) and (compared := _compared_subject(before)):
        subject, among = compared
        if _refers_back(subject):  # "The figure was higher among women (40%) than among men (30%)"
            return Wording(None, None, among or group, refers_back=True)
        return Wording(shorten(subject), _terms(_strip_lead(MEASURE_LEAD, subject), ""), among or group, compared=True)
    if not (borrow and -1 in directions and left > s_start):
        return None
    if (next_group := COMPARED_NEXT.fullmatch(text, left, inner_start)) and not _says_something(after, group) and (
            neighbour := _neighbour_wording(text, spans, start, s_start, s_end, -1, borrow, clauses)) and (
            neighbour.compared or (neighbour.refers_back and not neighbour.statement)):
        return Wording(neighbour.statement, neighbour.question_terms, _compared_group(next_group["group"]) or group,
                       neighbour.refers_back, neighbour.compared)
    if not after and before and inner_start < start and NEXT_BRACKETED.fullmatch(text, left, start) and (
            _is_group(before)) and (
            neighbour := _neighbour_wording(text, spans, start, s_start, s_end, -1, borrow, clauses)) and (
            neighbour.group and (neighbour.refers_back or _content_words(neighbour.statement or "") >= 2)):
        return Wording(neighbour.statement, neighbour.question_terms, _tidy_group(before), neighbour.refers_back,
                       neighbour.compared)
    return None


def _own_clause(text: str, spans: list[tuple[int, int]], start: int, end: int, s_start: int,
               s_end: int) -> OwnClause:
    """The figure's own clause (see OwnClause): its bounds, its group and the words on either side."""
    left, right, tail = figure_bounds(text, spans, start, end, s_start, s_end)
    inner_start, tail = _parenthesis(text, start, tail, right)
    group, pos = of_noun_phrase(text, tail, right)
    value = text[start:end]
    if group is None and tail == end and (contains_any(value.lower(), RATIO_HINTS) or not value.isascii()):
        group, pos = ratio_noun_phrase(text, start, end, right)  # (its cheap test, made here: most values are no ratio)
    if group is not None and not _is_group(group) and _in_pair(text, spans, start, s_start, s_end):
        group, pos = None, tail  # "disapprove by 61 to 33 of the levy": what is disapproved of, not who
    if (answer := paired_answer(text, spans, start, s_start)) is not None:
        if group is None:  # "Among voters under 30, Labour leads 33% to 30%"
            group = _group_said_before(text, inner_start, left, s_start)
        if group is None and (subject := subject_group(text, s_start, inner_start)):
            group = subject[0]  # "Renters backed it 52% to 40%"
        return OwnClause(left, right, inner_start, pos, group, answer, "", None)
    if text.endswith(NAME_SHARE_ENDINGS, max(0, inner_start - 3), inner_start) and (
            named := name_with_share(text, inner_start, max(left, s_start))):
        name, is_group = named
        if not is_group:
            if (stance := STANCE_AFTER.match(text, pos, right)) and (of := WITH_STANCE_OF.get(stance.group(1))):
                name = f"{stance.group(1)} {of} {name}"  # "has the mayor on 33% satisfied": satisfied with the mayor
            elif rating := RATING_AFTER.match(text, pos, right):  # "Lula at 27% positive": his rating, not a vote
                name = f"{name} {rating.group(1)}"
            return OwnClause(left, right, inner_start, pos, group, name, "", None)
        if group is None:
            return OwnClause(left, right, inner_start, pos, name, None, "", None, group_given=True)
    if group in RELATIVE_PRONOUNS:
        group = group_before_whom(text, inner_start, max(left, s_start))  # "the drop came among independents, 30%
        # of whom approve": the group named right before the comma; else (None) the one named before in the clause
        # ("lowest among renters, 12% of whom are satisfied"), not "whom"
    if group is None:
        group = _group_said_before(text, inner_start, left, s_start)
    elif is_whole_sample(group) and (place := group_before(text, inner_start, max(left, s_start))) and (
            place.startswith("in ")):
        group = place  # "In the north, 49% of respondents approve": the place says whose share, not "respondents"
    elif " and " in group and (parts := group.split(" and ")) and (
            (place := _list_position(text, spans, start, s_start, s_end))[1] == len(parts)):
        group = _tidy_group(parts[place[0]])  # "76% and 75% among Muslims and Sikhs": each its own, in order
    verb_at = None
    if group is None and (subject := subject_group(text, s_start, inner_start)):
        group, verb_at = subject  # "Black voters approve 40% - 47%": the clause's subject is who answered
    elif group is None and _first_value_start(spans, s_start) == start and (
            subject := compared_subject_group(text, s_start, inner_start)):
        group, verb_at = subject  # "Women were less keen, at 39%, than men"
    elif group is None and "than" in text[left:inner_start]:
        group = _than_group(text, spans, left, inner_start, s_start)  # "..., than men, at 51%"
    level = LEVEL_AFTER_CHANGE.match(text, pos, right) if " and " in text[pos:right] else None
    after = after_clause(text, pos, level.start("rest") if level else right)  # not "and now stands at (31%)"
    if contains_any(after[:32], GAP_ASIDE_HINTS) and GAP_ASIDE.match(after):
        after = ""  # "Labour sinking to 19% - a full 10 points behind Reform", "on 22%, a point ahead of Fianna Fáil
        # on 21%": the gap to a rival (named there), not the share's answer
    if after[:1].islower() and text.startswith(",", pos) and CAUSE_AFTER.match(after):
        after = ""  # "rose to 31%, driven by a recovery among the poor": why the share moved, not its answer
    if after and text.startswith(", ", end) and text[end + 2:end + 3].isdecimal() and (
            LEVEL_BEFORE.search(text, max(s_start, inner_start - 16), inner_start)):
        after = ""  # "puts approval at 41%, 52% disapprove": the words after the next figure are that figure's
    elif after and right < s_end and NEXT_SUBJECT_ONLY.fullmatch(text, pos, right) and inner_start > left:
        after = ""  # "approval was 35% and disapproval 58%": "disapproval" is the next figure's
    elif after and right < s_end and text[pos:pos + 6].lstrip()[:4] == "and " and (
            k := bisect.bisect_left(spans, (end, end))) < len(spans) and spans[k][0] == right and (
            not contains_any(_without_acronyms(text[pos:right]), CLAUSE_MARKS)):
        after = ""  # "One Nation rose to 8% and independents won the support of 15%", "on 26 percent and the
        # Alternative für Deutschland (AfD) just a point behind at 25": the next figure's words
    elif right < s_end and ", and " in after:
        after = after[:after.rfind(", and ")]  # "55% think X, and satisfaction is down to 38%": the next figure's
    if after and right < s_end and _table_label(text, pos, right):
        after = ""  # "Yes 45 No 40": "No" is the next value's label
    if group is not None and after[:3] == "of " and text.startswith(" of ", pos) and (
            verb := next((k for k, word in enumerate(after.split()[:OF_GROUP_WORDS]) if word in NP_STOP), 0)) > 1:
        after = " ".join(after.split()[verb:])  # "seven in ten parents of primary pupils support a ban": the verb's
    if after[:1] in "itawuhrsbf" and LEVEL_REMARK.match(after) and _share_subject_before(text, inner_start, left):
        after = ""  # "Trust in the EU has climbed to 50%, its highest level since 2007": trust in the EU
    elif after[:1] in "aAtToO" and WHOLE_AREA.fullmatch(after):
        after = ""  # "61% in Ireland, against 50% across the bloc": where, as "nationally" (see PLACE_ADVERBS)
    if after.startswith(("of ", "Of ")) or ASIDE.match(text, pos, right):
        after = ""  # "81%, of the countries polled", "64% in the south of the region": what it is a share of;
        # "81% in Spain, which topped the poll", "74% for island states, many of which ...": about the group
    dashed_next = right < s_end and NEXT_DASHED.fullmatch(text, pos, right) is not None
    if (dashed_next or text.endswith((" – ", " - ", " — "), max(s_start, inner_start - 3), inner_start)) and (
            label := _dashed_label(text, s_start, inner_start, dashed_next)):
        return OwnClause(left, right, inner_start, pos, group, label, "", None)  # "distrust – 20%"
    if right < s_end and (NEXT_NAMED.fullmatch(text, pos, right) or dashed_next):
        after = ""  # "32%, followed by Labor on 31%, the Greens on 13%", "trust – 72%, distrust – 20%": the
        # words name the next value
    elif inner_start < start and LIST_AFTER_BRACKET.match(text, pos, right) and (
            BRACKETED_NEXT.fullmatch(text, pos, right) or not _says_something(after, group) or (
                right < s_end and NEXT_LABELLED.fullmatch(text, pos, right))):
        after = ""  # "housing (17%), transport (14%)": the words after the bracket are the next item's
    elif right < s_end and NEXT_BRACKETED.fullmatch(text, pos, right):
        after = ""  # "Hindus — 63% each — and tribal groups (59%)": the words name the next item
    elif right < s_end and after and NEXT_LISTED.fullmatch(text, pos, right):
        after = ""  # "Sinn Féin 24%, Fianna Fáil 19%": the name after the value is the next value's
    elif right < s_end and after and inner_start > left and NEXT_LABELLED_LOWER.fullmatch(text, pos, right):
        after = ""  # "approval 38%, disapproval 61%", "good by 30%, poor by 69%": the next value's label
    elif after and inner_start > left and NEXT_ITEM_BARE.match(text, pos, right):
        after = ""  # "ALP 50, L/NP 43, undecided 7": the next item, its number no share of its own
    if right < s_end and " and " in after and (following := BARE_NAME_GAP.search(text, pos, right)) and (
            after.endswith(following.group("name"))):
        after = " ".join(_strip_trailing_filler(after[:-len(following.group("name"))]).split())  # "40% back A
        # and B 35%": B is the next value's
    if group is None and after and contains_any(after, SHARE_NOUN_GROUP_HINTS) and (
            noun_group := _share_noun_group(after)):
        after, group = noun_group  # "an 82% approval rating among Democrats": the approval question, a subgroup
    before = before_clause(text, inner_start, left, alone=left <= s_start)
    if before and " with " in before and (tied := LEVEL_WITH.search(before)) and tied.start() > 0:
        before = before[:tied.start()]  # "The Nationals have pulled level with the Greens, also on 10%": their own
    if before and contains_any(before[:32], GAP_ASIDE_HINTS) and (gap := GAP_ASIDE.match(before)):
        before = before[gap.end():].lstrip() or None  # "12%, well clear of One Nation at 8%": One Nation's share
    if verb_at is not None and before:
        before = " ".join(_strip_trailing_filler(_without_figures(text[verb_at:inner_start])).split()) or before
    if after and (asked := asked_topic(text, s_start, inner_start)) and (
            (answer_about := _answer_about(after, asked)) != after):
        after, before = answer_about, before if len(after.split()) > TOPIC_ANSWER_WORDS else None  # what was asked
        # is in the answer now (a long answer keeps the lead for its question terms, cut before the topic)
    if before and after and WITH_FIGURE.search(text, max(left, inner_start - 30), inner_start) and (
            _says_something(after, group)):
        if group is None and (holders := _group_holding_view(before)):
            group = holders  # "Democrats remain solidly behind her, with 85% approving": theirs, not of them
        else:
            after = _with_topic(after, before)
        before = None  # "Views mirrored those on jobs, with 71% saying ...": the figure's clause starts at "with"
    elif before and (of := WITH_STANCE_OF.get(after.partition(",")[0].lower())) and (
            holder := NAME_HAS.fullmatch(before)):
        after, before = f"{after.partition(',')[0]} {of} {holder.group('topic')}", None  # "Ms Roe has 33% satisfied"
    if before and before[:1] in "HhSs" and PERSON_PRONOUN_LEAD.match(before) and (named := _person_said_first(
            text, s_start, text.rfind(before[:3], s_start, inner_start))):
        before = f"{named} {before.partition(' ')[2]}"  # "Albanese's lead has all but gone: he is favoured by 37%"
    if before and contains_any(before.lower(), VIEW_NOUNS) and (view := VIEW_SUBJECT.match(before)):
        before = view.group("view")  # "The view that X was shared most among ..." → "X"
    changed_share = False
    if before and (predicate := _changed_share_predicate(text, before, max(left, s_start), inner_start)) and (
            not _says_something(after, group)):
        after, before, changed_share = predicate, None, True  # "the number of voters who back X has risen to 40%"
    if group is None and before and contains_any(before.lower(), GROUP_RANKINGS) and (
            ranked := RANKED_GROUP.search(before)):
        # "Approval was highest in Quebec at 58%": the place (or group) is whose share; "and lowest in X at 29%"
        # says no more than the figure before
        whole = RANKED_GROUP.search(text, left, inner_start) if _has_digit(text[left:inner_start]) else None
        named = (whole or ranked).group("np")  # "lowest among adults under 35, at": the age the clause's words drop
        group = f"in {named}" if ranked.group("place") else _tidy_group(named)
        before = before[:ranked.start()].rstrip(" ,") or "the highest level"  # (which _refers_back reads so)
        if RANKED_NEXT.match(after):
            after = ""  # "..., and weakest among students": the next figure's
    if before and group and "among" in before.lower() and not contains_any(before.lower(), COMPARED_HINTS):
        before = _without_group(before, group)
    return OwnClause(left, right, inner_start, pos, group, None, after, before, changed_share=changed_share)


def _without_acronyms(words: str) -> str:
    """The words without a name's bracketed initials ("the Alternative für Deutschland (AfD)"): no aside."""
    return BRACKETED_ACRONYM.sub("", words) if "(" in words else words


def _share_subject_before(text: str, inner_start: int, left: int) -> bool:
    """Words of three or more letters before the value in its clause: a subject that may say what was answered."""
    return sum(len(word) > 2 for word in text[left:inner_start].split()[-8:]) >= 2


def _changed_share_predicate(text: str, before: str, lo: int, start: int) -> str | None:
    """What the people whose share changed say or do (CHANGED_SHARE: "show no support for X" in "the number
    of voters who show no support for X has risen to 97%"), when the value is what it changed to or from
    (CHANGE_TO_VALUE in text[lo:start]); else None. The regexes are tried only where a hint occurs."""
    if not (contains_any(before.lower(), CHANGED_SHARE_HINTS) or _has_ignorecase_oddity(before)):
        return None
    if not CHANGE_TO_VALUE.search(text, max(lo, start - CHANGE_TO_REACH), start):
        return None
    m = CHANGED_SHARE.search(before)
    return (m.group("who") or m.group("doing")) if m else None


def subject_group(text: str, s_start: int, start: int) -> tuple[str, int] | None:
    """(group, where its verb starts) when the clause of a value opens with a group of respondents and
    an opinion verb (SUBJECT_GROUP: "Independents break for Harris 47% to 44%"), else None: not the whole
    sample ("Voters back the plan"), nor a name ("Conservatives back ...", "Ohio voters back ...")."""
    window = text[max(s_start, start - WINDOW):start]
    # a "," ";" or ":" can only open a match, before its verb: the verb is looked for after the last one
    after_break = window[max(window.rfind(","), window.rfind(";"), window.rfind(":")) + 1:]
    if not contains_any(after_break.lower(), SUBJECT_VERBS) or not (m := SUBJECT_GROUP.search(window)):
        return None
    *modifiers, head = m.group("np").split()
    if head.lower() not in SUBJECT_HEADS and head.lower() not in WHOLE_SAMPLE_HEADS:
        return None
    if any(w.lower() in NOT_A_KIND or not (w.islower() or w.lower() in KIND_WORDS) for w in modifiers):
        return None  # "Most voters", "Pennsylvania voters"
    group = " ".join([*modifiers, head, *m.group("age").split()]) if m.group("age") else m.group("np")
    if is_whole_sample(group):
        return None
    return _tidy_group(group), start - len(window) + m.start("verb")


def compared_subject_group(text: str, s_start: int, start: int) -> tuple[str, int] | None:
    """The group a sentence opens with (after a report's lead: "Ipsos found that") when it compares it with others
    and gives its share apart ("Women were less supportive, at 39%, than men", "Labour voters were more likely
    (64%) than ...", "Republicans, at 78%, remained far more approving"), else None: not the whole sample ("Voters
    were split, with 44% ..."), nor a name that is no kind of people ("Pennsylvania residents"), unless of a
    party's voters or supporters. With the group, where the words after it start."""
    window = text[s_start:start] + ("(" if text.startswith("(", start) else "")  # (a bracketed value's clause
    # ends before its bracket)
    if len(window) > COMPARED_SUBJECT_REACH or not window.rstrip().lower().endswith(COMPARED_SUBJECT_ENDS) or not (
            m := COMPARED_SUBJECT_GROUP.match(window)):
        return None
    compared = m.group("predicate") or text[start:start + COMPARED_SUBJECT_REACH].partition(". ")[0]  # "Republicans,
    # at 78%, remained far more approving"
    if not COMPARISON_WORDS.search(compared):
        return None
    *modifiers, head = m.group("np").split()
    lowered = head.lower()
    if lowered not in SUBJECT_HEADS and lowered not in WHOLE_SAMPLE_HEADS:
        return None
    if any(w.lower() in NOT_A_KIND or not (w.islower() or w.lower() in KIND_WORDS or (
            lowered in PARTISAN_HEADS and w[0].isupper())) for w in modifiers):
        return None  # "Most voters", "Ohio residents"
    group = " ".join([*modifiers, head, *(m.group("age") or "").split(), *(m.group("of") or "").split()])
    return None if is_whole_sample(group) else (_tidy_group(group), s_start + max(m.end("np"), m.end("age"),
                                                                                  m.end("of")))


def _first_value_start(spans: list[tuple[int, int]], s_start: int) -> int:
    """Where the first value of a sentence starts (`spans` sorted, one of them in the sentence)."""
    return spans[bisect.bisect_left(spans, (s_start, 0))][0]


def _than_group(text: str, spans: list[tuple[int, int]], left: int, inner_start: int, s_start: int) -> str | None:
    """The group a value is compared for after "than", when its sentence opens with the group compared with it
    ("Women were less supportive, at 39%, than men, at 51%"): "men"."""
    if not (than := THAN_GROUP.fullmatch(text, left, inner_start)) or not _is_group(than.group("group")):
        return None
    first = _first_value_start(spans, s_start)
    return _compared_group(than.group("group")) if compared_subject_group(text, s_start, first) else None


def _without_group(clause: str, group: str) -> str:
    """The clause without "among <group>" ("Approval among Democrats is at" → "Approval is at"): the group
    is said apart, so it is not also what the share said."""
    among = re.compile(r"\s*\bamong\s+(?:the\s+)?" + re.escape(group) + r"(?![\w'’-])", re.I)
    return among.sub("", clause, count=1).strip() or clause


def _with_topic(after: str, main: str) -> str:
    """A "with" clause that names a change but not what changed ("noting an increase over the year") with
    the subject of the clause it hangs on as the change's topic ("Rent remains a worry" → "an increase in
    rent"); a bare stance ("approval", "satisfied") or one about "him" or "her" with that subject as what
    it is about ("The mayor fared better, with 33% satisfied": satisfied with the mayor); any other clause
    as it is."""
    lowered = after.lower()
    of = STANCE_OF.get(lowered) or WITH_STANCE_OF.get(lowered)
    person = not of and (pronoun := WITH_PRONOUN.search(after)) is not None
    if (of or person) and (subject := ACTING_SUBJECT.match(main)) and (
            subject.group("topic").split()[0].lower() not in NO_TOPIC):
        topic = subject.group("topic")
        if topic.startswith(("The ", "Its ", "Their ", "His ", "Her ")):
            topic = topic[0].lower() + topic[1:]  # "approval of the senate"; "of Congress" keeps its capital
        if person:  # "expressing confidence in him": in the mayor; "trusting them to tell the truth": the judges
            said = shorten(f"{after[:pronoun.start()]} {topic}{after[pronoun.end():]}") or after
            if chosen := CHOSEN_AS.search(main, subject.end("topic")):  # "X remains the top choice for prime
                said = f"{said} as {chosen.group('role')}"  # minister, with 52% backing him": backing X as that
            return said
        return f"{after} {of} {topic}"  # "Congress fared worse, with 6% approval": the approval of Congress
    if not contains_any(after.lower(), CHANGE_HINTS) or not (change := BARE_CHANGE.search(after)) or not (
            subject := CLAUSE_SUBJECT.match(main)):
        return after
    words = subject.group("topic").split()
    if words[0].lower() in NO_TOPIC:
        return after
    if not words[0].isupper() and not any(word[:1].isupper() for word in words[1:]):
        words[0] = words[0].lower()  # "Cost of living" → "cost of living"; "NHS", "Universal Credit" stay
    return f"{after[:change.end()]} in {' '.join(words)}{after[change.end():]}"


def _group_holding_view(main: str) -> str | None:
    """The group of respondents a clause opens with when it says what they think ("Republicans remain firmly
    behind the president", "Older women were more positive"): the share of its "with" clause is theirs. None for
    anything else, and for a clause on how a group was rated ("Democrats fared worse, with 20% approving": of
    them)."""
    if not (subject := ACTING_SUBJECT.match(main)):
        return None
    *modifiers, head = subject.group("topic").split()
    verb = main[subject.end("topic"):].split(maxsplit=1)[0].lower()
    if head.lower() not in SUBJECT_HEADS or verb in RATED_VERBS or len(modifiers) > 2 or any(
            w.lower() in NOT_A_KIND or not (w.islower() or w.lower() in KIND_WORDS) for w in modifiers):
        return None
    group = " ".join([*modifiers, head])
    return None if is_whole_sample(group) else _tidy_group(group)


def _passive_gap(text: str, spans: list[tuple[int, int]], start: int, s_start: int, left: int,
                 inner_start: int) -> str | None:
    """ "the police are trusted" for the second value of "judges are trusted by 61%, the police by 55%": a
    name before "by" that leaves out the passive verb of the figure before (or of the first of a run of such
    names: "..., doctors by 88% and teachers by 83%"); else None."""
    if not text.endswith(" by ", max(left, inner_start - 4), inner_start) or not (
            name := _name_before_by(text, left, inner_start)):
        return None
    k = bisect.bisect_left(spans, (start, start)) - 1
    while k >= 0 and spans[k][0] >= s_start:
        lo = max(s_start, spans[k - 1][1] if k else s_start, spans[k][0] - PASSIVE_REACH)
        if passive := PASSIVE_BY.search(text, lo, spans[k][0]):
            return f"{name} {' '.join(passive.group('verb').split())}"
        if not (k and spans[k - 1][1] >= s_start and _name_before_by(text, spans[k - 1][1], spans[k][0])):
            return None
        k -= 1
    return None


def _name_before_by(text: str, lo: int, hi: int) -> str | None:
    """The name in text[lo:hi] after its last comma or "and", when only "by" follows it ("(38%), Donald Tusk by
    (22%)"): a GAPPED_BY with no verb of its own."""
    cut = max(text.rfind(",", lo, hi), text.rfind(" and ", lo, hi))
    gap = GAPPED_BY.fullmatch(text, max(lo, cut), hi)
    if not gap or all(word in COMPARISON_REMNANT for word in gap.group("name").lower().split()) or contains_any(
            f" {gap.group('name').lower()} ", (" is ", " are ", " was ", " were ")):
        return None
    return gap.group("name")


def _other_person(statement: str, named: str) -> str | None:
    """ "satisfied with Kemi Roe" for "The figure for Kemi Roe was 18%" after "satisfied with Sir John Doe"
    (or "with him"): a person named where a group would stand takes the place of the one the statement
    before names; None when `named` is no person's name or the statement names nobody."""
    if not PERSON_NAME.fullmatch(named) or PLACE_NOUN_END.search(named):
        return None
    if person := NAME_RUN.search(statement):  # (the first: "with Sir John Doe as Prime Minister")
        return shorten(f"{statement[:person.start()]}{named}{statement[person.end():]}")
    if pronoun := PERSON_PRONOUN.search(statement):
        return shorten(f"{statement[:pronoun.start()]}{named}{statement[pronoun.end():]}")
    return None


def _negated(predicate: str) -> str:
    """The predicate denied: "not" after its auxiliary ("are not satisfied"), else before it ("not trust X")."""
    first, _, rest = predicate.partition(" ")
    if rest and CLAUSE_AUXILIARY.fullmatch(first):
        return f"{first} not {rest}"
    return f"not {predicate}"


def asked_topic(text: str, s_start: int, start: int) -> str | None:
    """What the sentence (or a part of it after a full stop the splitter kept) says was asked about when it
    opens so ("Asked how they feel about X, ...") before the value at `start`; else None."""
    k = text.rfind("sked ", s_start, start) - 1
    if k < s_start or text[k] not in "Aa":
        return None
    if text[k - 5:k].lower() == "when ":
        k -= 5
    lead = text[s_start:k].rstrip(" \"“‘'")
    if lead and lead[-1] not in ".!?…:;":
        return None
    m = ASKED_LEAD.match(text, k, start)
    return " ".join(m.group("topic").split()) if m else None


def _answer_about(answer: str, topic: str) -> str:
    """A short answer completed by the topic asked about: "support it" → "support X", "were against" →
    "were against X", "were positive" → "were positive about X"; a longer answer stays as it is."""
    words = [word for word in answer.split() if any(map(str.isalnum, word))]  # not "…" ("62% … were against …")
    last = words[-1].lower().strip(".,;:!?…\"'”’") if words else ""
    if last in HANDLING_NOUNS and len(words) <= STATEMENT_WORDS - 3:
        return f"{answer} {HANDLING_NOUNS[last]} {topic}"  # "approve of the government's handling": of the topic
    if last in TOPIC_PRONOUNS and words[-2:-1] == ["of"]:
        return " ".join([*words[:-1], topic])  # "approve of his handling of it"
    if not last or len(words) > TOPIC_ANSWER_WORDS:
        return answer
    if last in TOPIC_PRONOUNS:
        return " ".join([*words[:-1], topic])
    if last in TOPIC_OBJECT_WORDS:
        return " ".join([*words, topic])
    if last in TOPIC_STANCES:
        return " ".join([*words, TOPIC_STANCES[last], topic])
    return answer


def _list_position(text: str, spans: list[tuple[int, int]], start: int, s_start: int, s_end: int) -> tuple[int, int]:
    """(place, length) of the list of values ("76% and 75%", "42%, 38% and 12%") the value at `start` is in."""
    i = bisect.bisect_left(spans, (start, start))
    first = last = i
    while first > 0 and spans[first - 1][0] >= s_start and VALUE_LIST_GAP.fullmatch(
            text, spans[first - 1][1], spans[first][0]):
        first -= 1
    while last + 1 < len(spans) and spans[last + 1][0] < s_end and VALUE_LIST_GAP.fullmatch(
            text, spans[last][1], spans[last + 1][0]):
        last += 1
    return i - first, last - first + 1


def paired_answer(text: str, spans: list[tuple[int, int]], start: int, s_start: int) -> str | None:
    """The answer of one value of a pair that a leader heads: "Harris leads Trump 46% to 45%" gives
    "Harris" and "Trump" (an empty answer when the rival goes unnamed: "Harris leads 40%-38%"),
    "concern outweighs excitement by 47% to 15%" gives "concern outweighs excitement" and "excitement
    outweighs concern". None when the value is no such pair's."""
    k = bisect.bisect_left(spans, (start, start))
    if k >= len(spans) or spans[k][0] != start:
        return None
    if k + 1 < len(spans) and text[spans[k][1]:spans[k + 1][0]].strip() in PAIR_GAP_WORDS:
        first, lead_end = True, start
    elif k > 0 and spans[k - 1][0] >= s_start and text[spans[k - 1][1]:start].strip() in PAIR_GAP_WORDS:
        first, lead_end = False, spans[k - 1][0]
    else:
        return None
    before = text[max(s_start, lead_end - PAIR_REACH):lead_end]
    if contains_any(before, PAIR_LEADER_VERBS) and (m := PAIR_LEADER.search(before)):
        after = PAIR_ROLE_AFTER.match(text, spans[k + 1 if first else k][1])  # or after the pair
        said_role = m.group("role") or (after.group() if after else "")
        role = " ".join(said_role.split())
        leader = m.group("x")
        if leader in ("He", "She"):  # "He leads Ley 50-31": the leader is the person the story named before
            leader = _person_before(text, s_start, m.group("y")) or leader
        rival = m.group("y") or ((after_pair := RIVAL_AFTER_PAIR.match(text, spans[k + 1 if first else k][1])) and (
            after_pair.group("y")))
        answer = leader if first else (rival or named_rival(text, leader, s_start) or "")
        return f"{answer} {role}".strip()
    if contains_any(before, ("lead", "ahead", "edge", "advantage")) and (m := PAIR_LEAD_OVER.search(before)):
        leader = m.group("x") or m.group("a") or m.group("h")
        if first:
            return leader
        named_after = RIVAL_FOR_AFTER_PAIR.match(text, spans[k][1])
        return m.group("y") or m.group("r") or (named_after and named_after.group("y")) or (
            named_rival(text, leader, s_start) or "")
    if "outweigh" in before and (m := PAIR_OUTWEIGHS.search(before)):
        x, y = m.group("x"), m.group("y")
        return f"{x} outweighs {y}" if first else f"{y} outweighs {x}"
    return None


def _dashed_label(text: str, s_start: int, start: int, listed_after: bool) -> str | None:
    """The label of a dashed list's item ending at `start` ("distrust – " of "Trust – 72%, distrust – 20%"):
    after the value before it, else at its sentence's start or after a colon when another item follows."""
    lo = max(s_start, start - 60)
    if not (m := DASHED_LABEL.search(text[lo:start])):
        return None
    after_value = m.group()[0].isdigit()
    at_start = m.start() == 0 and lo == s_start
    return m.group("label") if after_value or (listed_after and (at_start or m.group()[0] in ":;")) else None


def name_with_share(text: str, start: int, lo: int) -> tuple[str, bool] | None:
    """The name a vote-intention list gives a share ("puts Labour on 31%", "with the Conservatives
    unchanged on 25%", "and Reform UK on 22%") and whether it names a group rather than an answer ("with
    Republicans at 10%"); None for no name, the whole sample, a date or a figure."""
    if not text[max(lo, start - 8):start].rstrip().endswith(NAME_SHARE_HINTS):
        return None  # (most values follow no "on" or "at"; then the window is not cut out)
    if not (m := SHARE_OF_NAME.search(text[max(lo, start - NAME_SHARE_REACH):start])):
        return None
    if text[(at := max(lo, start - NAME_SHARE_REACH) + m.start()) - 1:at] == "," and PARTNER_BEFORE_ASIDE.search(
            text, max(lo, at - 1 - PARTNER_REACH), at - 1):
        return None  # "Fine Gael and its ally, the PDs, are on 31%": the aside names one of the two
    name = m.group("name")
    if not m.group()[:1].islower() and m.group().rstrip().endswith((", at", ", on")):
        return None  # "Republicans, at 78%, remained ...": a subject whose verb follows, not a list's name
    if m.group().startswith("with") and STANCE_NOUN_BEFORE.search(text, max(lo, start - NAME_SHARE_REACH - 20),
                                                                   start - len(m.group())):
        return None  # "Satisfaction with the NHS is at 24%": the noun before "with" is what the share says
    words = name.lower().removeprefix("the ").split()
    if len(words) == 1 and words[0] in GROUP_HEADS:
        return _tidy_group(name), True  # "Democrats at 85%" is a group, "the Liberal Democrats on 11%" a party
    if words[-1] in WHOLE_SAMPLE_HEADS or NOT_A_PLACE.match(name):
        return None  # "Voters at 40%", "One Nation on 8%" (said as the words before it), "March at 40%"
    return name, False


def _person_said_first(text: str, s_start: int, pronoun_at: int) -> str | None:
    """The one person named in a sentence before a figure's clause that opens with "he" or "she" ("Anthony
    Albanese's lead as preferred prime minister has all but gone: he is now favoured by 37%"): whose figure it
    is. None when that lead names nobody or more than one."""
    if pronoun_at <= s_start:
        return None
    names = {m.group().rstrip("'’-") for m in PERSON_NAME.finditer(text, s_start, pronoun_at)
             if not m.group().startswith(SENTENCE_OPENERS)}
    return names.pop() if len(names) == 1 else None


def _person_before(text: str, s_start: int, rival: str | None) -> str | None:
    """The surname last named before a sentence that opens with "He" or "She" ("Albanese's approval rose ...
    He leads Ley"), not the rival's; None when the sentence before names nobody."""
    before = text[max(0, s_start - PERSON_REACH):s_start]
    names = [m.group(1) for m in SURNAME_SAID.finditer(before) if not rival or m.group(1) != rival.split()[-1]]
    return names[-1] if names else None


def named_rival(text: str, leader: str, s_start: int) -> str | None:
    """The rival the story named for a leader earlier ("Harris now leads Trump ...", "Harris against
    Trump", "between Harris and Trump"), for a pair that leaves it out ("Harris leads 40%-38%"); the
    nearest one before the sentence, or None. Names are the same when their last words are."""
    last = leader.split()[-1]
    before = text[max(0, s_start - RIVAL_REACH):s_start]
    if last not in before:
        return None
    for m in reversed(list(RIVAL_PAIR.finditer(before))):
        first, second = (m.group("x"), m.group("y")) if m.group("x") else (m.group("a"), m.group("b"))
        if first.split()[-1] == last and second.split()[-1] != last:
            return second.removeprefix("the ")
        if second.split()[-1] == last and m.group("a") and first.split()[-1] != last:
            return first.removeprefix("the ")  # "between Trump and Harris"
    return None


def _in_pair(text: str, spans: list[tuple[int, int]], start: int, s_start: int, s_end: int) -> bool:
    """The value is one of a pair or range in its sentence: "61 to 33", "52-48", "23% to 29%"."""
    k = bisect.bisect_left(spans, (start, start))
    if k >= len(spans) or spans[k][0] != start:
        return False
    return _range_end(text, spans, start, s_start) or (k + 1 < len(spans) and spans[k + 1][0] < s_end and (
        text[spans[k][1]:spans[k + 1][0]].strip() in PAIR_GAP_WORDS))


def _range_end(text: str, spans: list[tuple[int, int]], start: int, s_start: int) -> bool:
    """The value is the upper end of "23% to 29%" or "23-29%" (no leader named: see `paired_answer`)."""
    k = bisect.bisect_left(spans, (start, start))
    return 0 < k < len(spans) and spans[k][0] == start and spans[k - 1][0] >= s_start and (
        text[spans[k - 1][1]:start].strip() in PAIR_GAP_WORDS)


def _share_subject(before: str) -> bool:
    """Whether the words before a bracketed value only say how many of whom: a SHARE_SUBJECT whose noun
    phrase names people ("Nearly half of Americans", "most voters", "two thirds of those surveyed"), not a
    verb phrase ("a majority now express greater concern")."""
    if not (m := SHARE_SUBJECT.fullmatch(before)):
        return False
    if not m.group("np"):
        return True  # "roughly four in 10 (38%)"
    words = m.group("np").lower().split()
    if len(words) > 4 or any(word in NP_STOP for word in words):
        return False
    return words[-1].endswith("s") or words[-1] in WHOLE_SAMPLE_HEADS or is_whole_sample(m.group("np"))


def _time_reference(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] ends with a time and a word pointing back ("as back in April it stood at")."""
    window = text[lo:hi]
    lowered = window.lower()
    if TIME_REFERENCE_WORDS.isdisjoint(lowered.split()[-TIME_REFERENCE_TAIL:]):
        return False
    if not (contains_any(lowered, TIME_REFERENCE_HINTS) or _has_digit(window) or _has_ignorecase_oddity(window)):
        return False  # no time named
    return any(TIME_REFERENCE.fullmatch(window, cut) for cut in _word_starts(window))


def _word_starts(window: str) -> list[int]:
    """Where the words (runs of letters and digits) of the window start, from the last one back."""
    return [m.start() for m in WORD_START.finditer(window)][::-1]


def _compared_subject(before: str) -> tuple[str, str | None] | None:
    """(subject, group) of a clause comparing a subject across groups up to the first value ("Support for X
    was slightly higher among graduates"), or None."""
    if not contains_any(before.lower(), COMPARED_HINTS) or not (m := COMPARED_SUBJECT.match(before)):
        return None
    subject = _strip_connective(m.group("subject"))
    return (subject, _compared_group(m.group("group"))) if _content_words(subject) else None


def _compared_group(phrase: str) -> str | None:
    """A compared group as written, without the article of a plural ("the graduates" → "graduates")."""
    phrase = " ".join(phrase.split())
    return _tidy_group(phrase) if phrase else None


def _group_after(after: str) -> str | None:
    """The group that the words after a value name and nothing else ("for both the under-30s and the
    over-60s", "among women"): "" when it is no single group word, None when the words say more."""
    if after[:1] not in ("f", "a", "i", "F", "A", "I") or not (m := GROUP_AFTER.match(after)):
        return None
    words = m.group("np").split()
    if any(word.lower() in NP_STOP for word in words):
        return None  # "for the plan were ...", "among women who back it": a verb or a relative clause
    phrase = " ".join(words)
    return _tidy_group(phrase) if _is_group(phrase) or AGE_FORMS.search(phrase) else ""


def _share_noun_group(after: str) -> tuple[str, str] | None:
    """(the share's noun, its group) when the words after a value are a share's noun and the people it is
    among ("approval rating among young voters"), else None: not "support among the measures tested"."""
    if not (m := SHARE_NOUN_GROUP.match(after)):
        return None
    words = m.group("np").split()
    if any(word.lower() in NP_STOP for word in words) or is_whole_sample(m.group("np")) or not (
            PEOPLE_WORD.fullmatch(words[-1]) or is_head_noun(words[-1]) or AGE_GROUP.fullmatch(m.group("np"))):
        return None  # "among women who back it": more than a group; "among other things": no people
    return " ".join(m.group("noun").split()), _tidy_group(" ".join(words))


def _gapped(after: str) -> bool:
    """Whether a clause leaves out the verb of the figure before: it starts with a preposition ("with
    B", "for it"), is a lone adverb ("badly"), a verb cut short ("were against") or a bare name ("B")."""
    if not after:
        return False
    if GAPPED_START.match(after) or DANGLING_VERB.search(after):
        return True
    first = after.split()[0]
    return (first[:1].isupper() or first.lower() in DETERMINERS) and not OPINION_VERB.fullmatch(first)


def _fill_gap(predicate: str, gapped: str) -> str:
    """A gapped clause completed by the figure before's predicate: its verb before a preposition phrase
    ("sympathize | with B"), its words before the adverb ("rated it | badly"), its object after a verb
    cut short ("were against" + "the war"), or its verb before a bare name ("back | B")."""
    words, own = predicate.split(), gapped.split()
    if DANGLING_VERB.search(gapped):
        thing = _object_after(words)
        return f"{gapped} {thing}" if thing else gapped
    if len(own) == 1 and own[0].lower().endswith("ly"):
        if words[-1].lower().endswith("ly"):
            return " ".join([*words[:-1], own[0]])
        return f"{predicate} {own[0]}" if len(words) <= 3 else gapped
    if GAPPED_START.match(gapped):
        lowered = [word.lower() for word in words]
        same = own[0].lower() in lowered  # "sympathize with A" / "with B": the preposition says where the gap is
        verb = words[:lowered.index(own[0].lower())] if same else list(
            takewhile(lambda word: word.lower() not in GAP_PREPOSITIONS, words))
        if not verb or len(verb) == len(words) or not (same or len(verb) <= 2):
            return gapped  # "trust party X to cut costs, 22% for Y": no telling which words Y replaces
        if len(own) == 2 and own[1].lower() in ("it", "them") and (thing := " ".join(words[len(verb) + 1:])):
            own[1:] = [thing]  # "were against the war, 41% for it"
        return " ".join([*verb, *own])
    verb = list(takewhile(lambda word: VERB_LEAD.fullmatch(word) or NEGATION_WORD.fullmatch(word), words))
    if len(verb) == len(words) or not OPINION_VERB.match(words[len(verb)]):
        return gapped
    verb = words[:len(verb) + 1]
    if len(words) > len(verb) and words[len(verb)].lower() in GAP_PREPOSITIONS:
        verb.append(words[len(verb)])  # "would vote for | B"
    return " ".join([*verb, *own])


def _bracketed_with_previous(text: str, s_start: int, left: int, start: int) -> bool:
    """Whether the value at `start` shares a bracket with the figure before it (which ends at `left`)."""
    opening = text.rfind("(", s_start, left)
    return opening >= 0 and text.find(")", opening, start) < 0


def _gap_in_sentence(text: str, s_start: int, left: int, inner_start: int, gap: str) -> str | None:
    """A clause gapped before its value ("... and for every resident (47%)") completed from its sentence, where
    the figure before is bracketed right after a phrase with the same preposition, which the gap replaces ("will
    be harmful | for the region (61%) and"): the clause up to that phrase, then the gap; else None."""
    gap_at = text.rfind(gap, left, inner_start)
    if gap_at < 0:
        return None
    window = GAP_TAIL.sub("", text[max(s_start, gap_at - WINDOW):gap_at])
    opening = window.rfind("(")
    if not window.endswith(")") or opening < 0 or not ANY_DIGIT.search(window, opening):
        return None
    words = window[:opening].split()
    preposition = gap.split(maxsplit=1)[0].lower()
    at = next((k for k in range(len(words) - 1, max(-1, len(words) - GAP_REACH_WORDS - 1), -1)
               if words[k].lower() == preposition), None)
    if at is None or any(ANY_DIGIT.search(word) or word.endswith((",", ";", ":")) for word in words[at:]):
        return None
    lead = list(takewhile(lambda word: not word.endswith((",", ";", ":", ")")), reversed(words[:at])))[::-1]
    return " ".join([*lead, *gap.split()]) if len(lead) >= 2 else None


def _object_after(words: list[str]) -> str | None:
    """What a predicate is for or against: its words after the verb and a preposition that follows
    it ("were against | the war", "voted for | the merger", "would support | the plan"), the predicate of its
    people when it names them ("the share of those who support | the plan")."""
    if "who" in (lead := [word.lower() for word in words[:WHO_REACH]]):
        words = words[lead.index("who") + 1:]
    k = 0
    while k < len(words) and (VERB_LEAD.fullmatch(words[k]) or NEGATION_WORD.fullmatch(words[k])):
        k += 1
    if k < len(words) and words[k].lower() not in GAP_PREPOSITIONS:
        k += 1  # the verb itself
    if k < len(words) and words[k].lower() in GAP_PREPOSITIONS:
        k += 1
    return " ".join(words[k:]) or None


def _says_something(after: str, group: str | None, content_words: int | None = None) -> bool:
    """Whether the words after a value say what the share did: a verb phrase ("would back X"), or any
    words after "of <group>"; not a date or place tacked on ("in June 2022", "for the third time").
    `content_words` is _content_words(after) when the caller has it."""
    if not after or PREPOSITION_START.match(after):
        return False
    if content_words is None:
        content_words = _content_words(after)
    if content_words >= 2:
        return bool(OPINION_VERB.match(after) or group or after[:1].islower())
    return content_words == 1 and after[:1].islower() and not BARE_AUXILIARY.match(after) and (
        after.split()[0].lower() not in NOT_A_THING)  # "approving", "opposed", "undecided"


def _neighbour_statement(text: str, spans: list[tuple[int, int]], start: int, s_start: int, s_end: int,
                         step: int, borrow: int, clauses: Clauses) -> str | None:
    """The statement of the figure before (`step` -1) or after (+1) this one in its sentence, for a
    figure whose own clause leaves its predicate out ("whereas 32% do", "31% of men and 25% of women
    said ...")."""
    return _said(_neighbour_wording(text, spans, start, s_start, s_end, step, borrow, clauses))


def _said(wording: Wording | None) -> str | None:
    """A wording's statement, if it says more than an auxiliary ("do", "did not")."""
    statement = wording.statement if wording else None
    return None if statement is None or BARE_AUXILIARY.match(statement) else statement


def _neighbour_wording(text: str, spans: list[tuple[int, int]], start: int, s_start: int, s_end: int,
                       step: int, borrow: int, clauses: Clauses) -> Wording | None:
    """The wording of the figure before (`step` -1) or after (+1) this one in its sentence."""
    k = bisect.bisect_left(spans, (start, start)) + (step if step < 0 else 0)
    while 0 <= k < len(spans) and spans[k][0] == start:
        k += step
    if not (0 <= k < len(spans)) or not (s_start <= spans[k][0] < s_end):
        return None
    return _describe(text, *spans[k], s_start, s_end, spans, borrow - 1, (step,), clauses)


def describe_figures(text: str, figures: list[tuple[int, int, int, int]],
                     wanted: Container[int] | None = None) -> list[Wording | None]:
    """The wording of each figure (start, end, sentence start, sentence end; sorted by start). A
    statement that only points back ("shared this view", "the figure climbed", "believed so") takes
    the words of the figure before it, which says what the view was; its own group stays. A pronoun
    object ("oppose them") takes the object of the figure before ("support the new bridge").

    `wanted`: the indices of the figures whose wordings are needed (all by default); another figure's
    is found only where a wanted one reads it, and is None otherwise (a figure below the confidence
    threshold is kept only as a neighbour, and most are never read)."""
    out = _Wordings(text, figures)
    for n in range(len(figures)):
        if (wanted is None or n in wanted) and out.found[n] is None:
            out.found[n] = out.wording(n)
    return out.found


class _Wordings:
    """The wordings of a text's figures, each found once, when first needed. A figure's wording reads only
    those of figures before it, so a figure read before it is found is found after every missing one
    before it, in text order: the same wordings as finding them all in text order, without recursion."""

    def __init__(self, text: str, figures: list[tuple[int, int, int, int]]):
        self.text, self.figures = text, figures
        self.spans = [(start, end) for start, end, _, _ in figures]
        self.clauses: Clauses = {}
        self.found: list[Wording | None] = [None] * len(figures)
        self.leader_frames: dict[int, tuple[str, int] | None] = {}  # by a sentence's first figure

    def __getitem__(self, k: int) -> Wording:
        if (wording := self.found[k]) is not None:
            return wording
        for n in range(k + 1):
            if self.found[n] is None:
                self.found[n] = self.wording(n)
        return self.found[k]

    def wording(self, n: int) -> Wording:
        """The wording of figure n (see describe_figures)."""
        text, figures, out = self.text, self.figures, self
        start, end, s_start, s_end = figures[n]
        wording = describe(text, start, end, s_start, s_end, self.spans, self.clauses)
        statement, _, group, refers_back, _ = wording  # unpacked once: each read of a NamedTuple field is a call
        if statement and group and (answer := _compared_answer(statement)):
            wording = wording._replace(statement=answer, question_terms=answer)
            statement = answer
        if bulleted := _bulleted_group(text, start):
            wording = Wording(None, None, bulleted, refers_back=True)  # "- Democrats: 38%": the list's question
            statement, group, refers_back = None, bulleted, True
        refers_back = refers_back or bool(statement and (
            _stance_said_before(out, figures, n, statement) or
            _refers_back(statement) or _comparison_remnant(statement) or (
                group and statement.startswith("than ")))) or (
            _restates_figure_before(text, figures, n, wording))
        if refers_back:  # the words of the figure before, else none: the question is the one just asked
            earlier = _respective_said(text, out, figures, n) or _last_said(out, figures, n)
            if earlier and earlier.statement and not wording.statement and PERSON_SUBJECT.search(
                    text, max(s_start, start - PRONOUN_SUBJECT_REACH), start) and not NAMED.search(earlier.statement):
                earlier = None  # "Among the young he gets 45%" after "disapproval was 55%": not his figure
            wording = Wording(earlier.statement, earlier.question_terms, wording.group) if (
                earlier and earlier.statement) else Wording(None, None, wording.group, refers_back=True)
            if wording.statement and wording.group and (swapped := _other_person(wording.statement, wording.group)):
                wording = Wording(swapped, _other_person(wording.question_terms or "", wording.group) or swapped, None)
        elif wording.statement and (pronoun := _pronoun_object(wording.statement, generic=True)) and (
                earlier := _last_said(out, figures, n, text)) and earlier.statement and (
                thing := _object_of(earlier.statement)):  # the figure before is looked up only when needed
            statement = wording.statement[:pronoun.start()] + f" {thing}" + wording.statement[pronoun.end():]
            terms = f"{wording.question_terms or ''} {thing}".strip()
            wording = Wording(shorten(statement), terms, wording.group)
        if not wording.group and wording.statement and (carried := _carried_group(text, out, figures, n, wording)):
            wording = wording._replace(group=carried)
        if wording.question_terms and text.startswith(ROUND_FRAME_HINTS, s_start) and (
                frame := ROUND_FRAME.match(text, s_start, start)):
            # "In a run-off against Philippe, Bardella would win with 53%": which vote the share is of (a
            # wordless figure stays one: the frame alone names no answer to link it by)
            terms = wording.question_terms
            wording = wording._replace(question_terms=f"{' '.join(frame.group('round').split())} {terms}".strip())
        if wording.question_terms and (framed := _leader_choice_frame(text, figures, n, self.leader_frames)) and (
                frame := framed[0]).lower() not in wording.question_terms.lower() and (
                (framed[1] < n and frame.lower() in (out[framed[1]].question_terms or "").lower()) or (
                framed[1] == n and not OWN_MEASURE.search(wording.question_terms))):
            # the sentence's first share answers the question, so the shares after it do too
            wording = wording._replace(question_terms=f"{frame} {wording.question_terms}")
        if not wording.statement and (named := named_level(text, s_start, start)):
            wording = wording._replace(statement=named, question_terms=wording.question_terms or named,
                                       refers_back=False)
        if wording.statement and THE_PARTY_HINT in wording.statement and (
                party := party_pointed_at(text, s_start, start)):
            wording = wording._replace(statement=THE_PARTY.sub(party, wording.statement, 1),
                                       question_terms=THE_PARTY.sub(party, wording.question_terms or "", 1) or None)
        if wording.group in POINTING_GROUPS and (pointed := _group_pointed_at(text, out, figures, n)):
            wording = wording._replace(group=pointed)
        return wording


def party_pointed_at(text: str, s_start: int, start: int) -> str | None:
    """The party "the party" of a share's clause means: the one name its sentence gives before it ("Farage's Reform
    UK has stretched its lead, with the party now on 32%" → "Reform UK"); a leader's possessive before a name
    ("Farage's") is no second name. None when the sentence names none or several ("Labour's lead over Reform")."""
    at = text.rfind("the party", s_start, start)
    if at < 0 or text.startswith(("the party's", "the party’s"), at):
        return None  # "the party's voters": a group, not the party's share
    opening = len(text) - len(text[s_start:].lstrip()) if s_start < len(text) else s_start
    names = []
    for m in PARTY_NAME.finditer(text, s_start, at):
        words = m.group().split()
        if m.start() == opening:  # a sentence's first word is capitalised anyway: "Support for", "The SNP"
            words = words[1:] if words[0] in OPENING_WORDS or (
                len(words) == 1 and not text.startswith(("'s", "’s"), m.end())) else words  # "Labour's": a name
        if words and not POSSESSIVE_BEFORE_NAME.match(text, m.end()):
            names.append(" ".join(words))
    return names[0] if len(names) == 1 else None


def _leader_choice_frame(text: str, figures: list[tuple[int, int, int, int]], n: int,
                         found: dict[int, tuple[str, int] | None]) -> tuple[str, int] | None:
    """The preferred-leader question ("preferred prime minister") a sentence names before its first figure, with
    that figure's index: its shares answer it though their own clauses ("he is now favoured by 37%", "36% for Y")
    leave it out. `found` keeps it by that index: each figure of the sentence asks."""
    s_start = figures[n][2]
    first = n
    while first and figures[first - 1][2] == s_start:
        first -= 1
    if first not in found:
        frame = LEADER_CHOICE_FRAME.search(text, s_start, figures[first][0])
        found[first] = (" ".join(frame.group().split()), first) if frame else None
    return found[first]


def _group_pointed_at(text: str, out: _Wordings, figures: list[tuple[int, int, int, int]], n: int) -> str | None:
    """Whom a sentence's "Of those," or "Among them," means: the people of the figure before, in the sentence just
    before ("Some 30% own an electric car. Among them, 40% ..." → "those who own an electric car"), else None."""
    start, _, s_start, _ = figures[n]
    if n == 0 or not POINTING_LEAD.match(text, s_start, start) or figures[n - 1][2] >= s_start or (
            text[figures[n - 1][3]:s_start].strip()):
        return None  # (only the sentence just before: "Among them," after a sentence with no figure names others)
    earlier = out[n - 1]
    if earlier.group and not is_whole_sample(earlier.group) and earlier.group not in POINTING_GROUPS:
        return earlier.group
    return f"those who {earlier.statement}" if earlier.statement and not earlier.refers_back else None


def named_level(text: str, s_start: int, start: int) -> str | None:
    """The party or person a wordless share is the level of, named just before it with at most a change or a
    gap in between ("the Greens up three at 14"), else None."""
    lo = max(s_start, start - NAMED_LEVEL_REACH)
    if not (text.endswith(("on ", "at "), lo, start) and (match := NAMED_LEVEL.search(text, lo, start))):
        return None
    name = match.group("name")
    if (compared := COMPARED_OBJECT.search(text, lo, match.start())) and not ANY_DIGIT.search(
            text, s_start, compared.start()):
        return None  # the subject's own value, not the compared party's
    return None if name.split()[-1] in NOT_A_NAME else name


def _carried_group(text: str, out: _Wordings, figures: list[tuple[int, int, int, int]], n: int,
                   wording: Wording) -> str | None:
    """The group of the figure before, for a bare answer joined to its clause ("36% of Albertans approve,
    while 60% disapprove": the 60% are Albertans too), else None."""
    end, s_end = figures[n][1], figures[n][3]
    if n == 0 or figures[n - 1][2] != figures[n][2] or len(
            CLAUSE_PUNCTUATION.split(text[end:min(s_end, end + CARRIED_REACH)], maxsplit=1)[0].split()) > (
            CARRIED_ANSWER_WORDS):
        return None
    earlier = out[n - 1].group
    if not earlier or not CARRY_GAP.fullmatch(text, figures[n - 1][1], figures[n][0]) or (
            WHOLE_SAMPLE_AFTER.search(wording.statement)):
        return None
    return earlier


def _restates_figure_before(text: str, figures: list[tuple[int, int, int, int]], n: int, wording: Wording) -> bool:
    """ "40% named fuel (45% of women said so)", "31% named holidays (33% of women)": a group's figure after
    another of its sentence that says so, or stands in brackets with no words of its own, gives that
    figure's answer for the group; a level with no words after a change says what changed."""
    if n == 0 or figures[n - 1][2] != figures[n][2]:
        return False
    if not wording.statement and LEVEL_AFTER_CHANGE.fullmatch(text, figures[n - 1][1], figures[n][0]):
        return True  # "dropped six points in a month and now stands at 31%": the level of what changed
    if not wording.group:
        return False
    if (wording.statement or "").lower() in ("so", "did so"):
        return True
    opened = text.rfind("(", figures[n - 1][1], figures[n][0])
    return not wording.statement and opened >= 0 and ")" not in text[opened:figures[n][0]]


def _respective_said(text: str, out: _Wordings, figures: list[tuple[int, int, int, int]],
                     n: int) -> Wording | None:
    """ "Trust: 72%, distrust: 20%. In May the numbers were 80% and 13% respectively": the k-th value of a
    list taken "respectively" restates the k-th of as many worded figures just before its sentence."""
    _, end, s_start, s_end = figures[n]
    if (said := text.find("respectively", end, s_end)) < 0:
        return None
    run = [k for k, (_, e, s, _) in enumerate(figures) if s == s_start and e <= said]
    first = run[0] - len(run)
    if first < 0 or any(not out[k].statement for k in range(first, run[0])):
        return None
    return out[first + run.index(n)]


def _last_said(out: _Wordings, figures: list[tuple[int, int, int, int]], n: int,
               text: str | None = None) -> Wording | None:
    """The wording of the nearest figure before figure n, within REFERENCE_REACH, that says something
    ("62% and 59% respectively" after "The numbers for villages and towns were" say nothing). Given the
    `text`, only a figure of n's sentence or of the sentence right before it: a pronoun ("rated it
    positively") points no further back, past sentences that name other things."""
    start, s_start = figures[n][0], figures[n][2]
    for k in range(n - 1, -1, -1):
        if start - figures[k][1] > REFERENCE_REACH or (
                text is not None and contains_any(text[figures[k][3]:s_start], SENTENCE_ENDS)):
            return None
        if out[k].statement or not out[k].refers_back:
            return out[k]
    return None


def _object_of(statement: str) -> str | None:
    """What a statement is about: its words after the verb ("do not support | the new bridge")."""
    words = statement.split()
    k = 0
    while k < len(words) - 1 and (VERB_LEAD.fullmatch(words[k]) or NEGATION_WORD.fullmatch(words[k])):
        k += 1
    if not words or not (VERB_LEAD.fullmatch(words[0]) or OPINION_VERB.fullmatch(words[0])):
        return None  # "the number of those ...": no verb, so no object to point back to
    if CLAUSE_VERB.fullmatch(words[k]) and (subject := _clause_subject(words[k + 1:])):
        return subject  # "believe social media is hurting the country ... think it helps": "it" is social media
    thing = " ".join(words[k + 1:])
    if (rated := RATING_END.search(thing)) and rated.group().endswith(("ly", "well")) and " as " not in thing:
        thing = thing[:rated.start()]  # "rate the government positively ... see it negatively": the government
    elif " as " in thing or rated:
        return None  # "rate his government as bad", "consider the cabinet great or good": the thing and its rating,
        # which the pronoun does not repeat ("consider it bad or terrible")
    if thing.lower().startswith(("favour of ", "favor of ")):
        thing = thing.split(maxsplit=2)[2]  # "are in favour of the levy": the levy
    return thing if "(" not in thing and _content_words(thing) >= 2 and not _pronoun_object(thing) else None


def _clause_subject(words: list[str]) -> str | None:
    """The subject of the clause a verb of saying or thinking takes ("social media" of "that social media is
    hurting the country"), if it has one before its auxiliary."""
    if words[:1] == ["that"]:
        words = words[1:]
    at = next((n for n, word in enumerate(words) if CLAUSE_AUXILIARY.fullmatch(word)), 0)
    subject = " ".join(words[:at])
    return subject if at and "(" not in subject and _content_words(subject) >= 1 and not (
        _pronoun_object(subject)) else None


def figure_bounds(text: str, spans: list[tuple[int, int]], start: int, end: int, s_start: int,
                  s_end: int) -> tuple[int, int, int]:
    """(left, right, tail): the stretch of the sentence no other figure occupies, and where the value —
    or the list of values it heads ("42% and 38% respectively said") — ends."""
    i = bisect.bisect_left(spans, (start, end))
    left, k = s_start, i - 1
    while k >= 0 and spans[k][0] >= left - MAX_VALUE_CHARS:  # (a value starting further back ends before left)
        if left < spans[k][1] <= start and not _in_closed_aside(text, spans[k], start, s_start):
            left = spans[k][1]  # (a value ending before `left` moves it no further: no aside looked for)
        k -= 1
    tail, k = end, i
    while k < len(spans) and spans[k][0] < tail:
        k += 1  # this value and values nested in it
    ranged = False  # the last gap joined a range ("from 50% to 52%"): a value after a comma starts a new clause
    while k < len(spans) and spans[k][0] < s_end and LIST_GAP.fullmatch(text, tail, spans[k][0]):
        if ranged and text[tail:spans[k][0]].lstrip()[:1] == ",":
            break  # "went from 50% to 52%, and 4% did not know": the words after 4% are its own
        if tail == end and CLAUSE_AFTER_COMMA.fullmatch(text, tail, spans[k][0]) and any(
                ch.isalpha() for ch in text[left:start]) and "respectively" not in text[tail:s_end]:
            break  # "The share who call it bad reached 33%, and 30% call it fair": a worded value, then the next
        ranged = text[tail:spans[k][0]].strip() in RANGE_GAPS
        tail, k = max(tail, spans[k][1]), k + 1
    right = spans[k][0] if k < len(spans) and spans[k][0] < s_end else s_end
    return left, max(right, tail), tail


def _in_closed_aside(text: str, span: tuple[int, int], start: int, s_start: int) -> bool:
    """The figure sits in a relative aside that closes before the value: "The SPD, which won 16.4% in February,
    is on 13%" (the aside's figure does not cut the subject off the value after it)."""
    opened = text.rfind(", wh", max(s_start, span[0] - RELATIVE_ASIDE_REACH), span[0])
    if opened < 0:
        return False
    aside = RELATIVE_ASIDE.match(text, opened)
    return aside is not None and span[1] <= aside.end() <= start


def _parenthesis(text: str, start: int, end: int, right: int) -> tuple[int, int]:
    """A value in brackets ("most voters (61%) back it") stands for the words around the brackets:
    (where the words before end, where the words after start)."""
    before = text[max(0, start - 3):start]
    if "(" not in before:
        return start, end
    close = text.find(")", end, min(right, end + 4) if right > end else end + 4)
    if close < 0:
        return start, end
    return start - (len(before) - before.rindex("(")), close + 1


RATIO_VALUE = re.compile(  # "2 in 3", "four in ten", "seven out of ten"
    r"\b(?:in|out\s+of)\s+(?:\d+|three|four|five|six|seven|eight|nine|ten)$", re.I)
RATIO_HINTS = ("in", "of")  # one is in every RATIO_VALUE match (lower-cased)
# A second group named after the first one's head noun ("76% and 75% among Muslims and Sikhs"), up to punctuation.
NEXT_GROUP = re.compile(
    r"\s+and\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*s(?=\s*(?:[,;:.)]|$)|\s+(?:said|say|says|think|"
    r"thinks|thought|believe|believes|believed|were|are|would|will|agree|agreed|want|wanted|back|backed|support|"
    r"supported|oppose|opposed)\b)")
VALUE_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s)\s*")  # between the values of a list: "76% and 75%"
INITIALISM = re.compile(r"(?:[A-Z]\.){2,}")  # "U.S."
SHARE_OF_VOTES = re.compile(  # "of votes", "of the primary vote", "of first-round voting intentions"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:votes?|ballots|seats|voting\s+intentions?)\b", re.I)
VOTE_HINTS = ("vot", "seat", "ballot")  # one is in every SHARE_OF_VOTES
PUNCTUATION_NEXT = re.compile(r"\s*[,;:.()]")  # a noun phrase cut short by punctuation still ends


def of_noun_phrase(text: str, start: int, end: int) -> tuple[str | None, int]:
    """ "of Conservative voters" / "among women" / "of those aged 18 to 29" right after a value:
    (the noun phrase, where it ends), or (None, start).

    The phrase must end where the statement starts — at a verb or relative word ("who", "said",
    "would"), punctuation, its head noun or an age band — within six words; otherwise there is none.
    """
    m = OF_START.match(text, start, end)
    if not m:
        return place_after(text, start, end)
    if m.group().strip().lower() == "for" and not _group_follows(text, m.end(), end):
        return None, start
    if contains_any(text[m.end():m.end() + 40].lower(), VOTE_HINTS) and SHARE_OF_VOTES.match(text, m.end(), end):
        return None, start  # "32.5% of votes if elections were held": a party's share, no group
    if age := AGE_GROUP.match(text, m.end(), end):
        return _tidy_group(age.group()), age.end()
    return _noun_phrase(text, m.end(), end, start)


def ratio_noun_phrase(text: str, start: int, end: int, right: int) -> tuple[str | None, int]:
    """ "2 in 3 Democratic voters | support ...": the group right after a value written as a ratio (it
    needs no "of"), as of_noun_phrase; (None, end) for any other value."""
    lo = max(start, end - 12)
    window = text[lo:end]
    if not (contains_any(window.lower(), RATIO_HINTS) or _has_ignorecase_oddity(window)) or not (
            RATIO_VALUE.search(text, lo, end)):
        return None, end
    return _noun_phrase(text, end, right, end)


def _noun_phrase(text: str, pos: int, end: int, start: int) -> tuple[str | None, int]:
    """The noun phrase at text[pos:end] (see of_noun_phrase), or (None, start)."""
    words: list[str] = []
    while len(words) < 6 and (w := NP_WORD.match(text, pos, end)):
        word = w.group(1)
        if not word.strip(".,"):
            break  # "one in five." ends the sentence, not a phrase
        if word.lower().rstrip(".,") in NP_STOP and not (words and text.startswith(",", w.end())):
            break  # (a verb-like word closing the phrase before a comma is its noun: "of island states, many ...")
        if words and word.lower() in REPORTING_PARTICIPLES:
            break  # "of renters | saying costs rose"
        abbreviation = "." in word and INITIALISM.fullmatch(word)  # "of U.S. adults": the dot ends no phrase
        words.append(word if abbreviation else word.rstrip(".,"))
        pos = w.end()
        if word[-1] in ".," and not abbreviation:
            break
        if not abbreviation and is_head_noun(word):
            if extra := (AGE_BAND.match(text, pos, end) or LOCATIVE.match(text, pos, end)
                         or FROM_GROUP.match(text, pos, end) or OF_PLACE.match(text, pos, end)
                         or RELATIVE_GROUP.match(text, pos, end)):
                words.append(" ".join(extra.group().split()))  # "aged 18 to 29", "in Belarusian cities"
                pos = extra.end()
            if more := NEXT_GROUP.match(text, pos, end):
                words.append(" ".join(more.group().split()))  # "among Muslims and Sikhs", given respectively
                pos = more.end()
            break  # "of Conservative voters | said ...": the phrase ends at its head noun
    else:
        if not (pos >= end or PUNCTUATION_NEXT.match(text, pos, pos + 3)):
            return None, start
    if all(word.lower() in DETERMINERS for word in words):
        return None, start  # "33% of the vote": a determiner before a verb-like noun names no group
    if bracket := GROUP_BRACKET.match(text, pos, end):
        pos = bracket.end()  # "of small firms (SMEs) plan to ...", "of older adults (65+) are ..."
    return _tidy_group(" ".join(words)), pos


def place_after(text: str, start: int, end: int) -> tuple[str | None, int]:
    """ "65% in cities, 62% in towns", "81% in Spain and Italy": the place a share is of, written "in
    <place>" (the attribution tells a subgroup from the poll's own country), or (None, start). Dates
    ("in March") and polls ("in the Ipsos poll", "in YouGov's survey") are no place."""
    ahead = text[start:start + PLACES_LOOKAHEAD]
    if ahead.strip() and not ahead.lstrip().startswith("in"):
        return None, start  # PLACES starts with spaces and "in" (only then is it tried)
    m = PLACES.match(text, start, end)
    if not m or NOT_A_PLACE.match(m.group("place")) or AFTER_PLACE.match(text, m.end(), end):
        return None, start
    return "in " + " ".join(m.group("place").split()), m.end()


def _tidy_group(phrase: str) -> str:
    """ "the men" is "men", "the upper caste respondents" "upper caste respondents"; "the poor" stays.
    Age bands are written one way, so outlets' "18- to 29-year-olds" and "those aged 18 to 29" meet:
    "aged 18-29", "aged 65+", "aged under 30" (after the group's own noun: "adults aged 65+")."""
    if _has_digit(phrase) and (decade := THEIR_DECADE.search(phrase)):
        nouns = [w for w in phrase[:decade.start()].split() if w.lower() not in AGE_LEAD_WORDS]
        return " ".join([*nouns, f"aged {decade.group(1)}0-{decade.group(1)}9"])  # "people in their 20s"
    if _has_digit(phrase) and (age := AGE_FORMS.search(phrase)) and age.group("low") != age.group("high"):
        nouns = [w for w in phrase[:age.start()].split() if w.lower() not in AGE_LEAD_WORDS]
        if age.group("high"):
            band = f"aged {age.group('low')}-{age.group('high')}"
        elif age.group("under"):
            band = f"aged under {age.group('low')}"
        else:
            band = f"aged {age.group('low')}+"
        return " ".join([*nouns, band])
    words = phrase.split()
    plural = words[-1].endswith("s") or is_head_noun(words[-1])
    if len(words) > 1 and words[0].lower() == "the" and plural and phrase.lower() not in WHOLE_SAMPLE_PHRASES:
        return " ".join(words[1:])
    return phrase


def _group_follows(text: str, pos: int, end: int) -> bool:
    """ "31% for independents": "for" introduces a group only before a group word or an age band."""
    if AGE_GROUP.match(text, pos, end) or PLACE_FOLLOWS.match(text, pos, end):
        return True  # "31% for the under-30s", "74% for small island states"
    w = NP_WORD.match(text, pos, end)
    return bool(w) and is_head_noun(w.group(1)) and w.group(1).lower().rstrip(".,") not in WHOLE_SAMPLE_HEADS


def group_before(text: str, start: int, lo: int) -> str | None:
    """The group named before a value in its clause: "Among women, 40% ...", "among 18- to
    29-year-olds, 42%", "Among nurses, the share ... was 64%", "than women (25%)"."""
    before = text[max(lo, start - WINDOW):start]
    if text.startswith("(", start):
        if (word := _last_word(before)) and word.lower() in GROUP_HEADS:
            return word
        if (kind := QUALIFIED_SAMPLE_BEFORE_BRACKET.search(before)) and kind.group("mod").lower() not in NOT_A_KIND \
                and LONE_BRACKETED_FIGURE.match(text, start) and not _names_more(before[:kind.start()]):
            return kind.group("np")  # "Black adults (56%)"; "American adults (41%)" the attribution finds whole
    if (" in " in before or "In " in before) and (place := LEADING_PLACE.search(before)) and (
            not NOT_A_PLACE.match(place.group("place"))):
        return "in " + " ".join(place.group("place").split())  # "In the east of the country, 44% ..."
    if before.startswith("In ") and (place := PLACE_LEAD.match(before)) and not NOT_A_PLACE.match(
            place.group("place")) and not AFTER_PLACE.match(before, place.end("place")):
        return "in " + " ".join(place.group("place").split())
    if before.startswith("Of ") and (m := OF_LEADING.match(before)):
        pass  # "Of those who voted Leave, 62% ..."
    elif "mong" not in before and "MONG" not in before:  # "among", "Among": most sentences have neither
        return None
    elif not (m := AMONG_BEFORE.search(before)) or FIGURE_NOUN_AFTER_GROUP.search(m.group("np")):
        m = next(reversed(list(AMONG_LEADING.finditer(before))), None)  # not "among 18-24s the figure is"
    if not m:
        return None
    phrase = m.group("np")
    if age := AGE_GROUP.match(phrase):
        return _tidy_group(age.group())
    words = phrase.split()
    for n, word in enumerate(words):
        rest = " " + " ".join(words[n + 1:])
        age = AGE_BAND.match(rest) if _has_digit(rest) else None
        if is_head_noun(word) or (age and word.endswith("s")):  # "renters aged 25 to 34": a plural before an age
            if not age and n + 1 < len(words) and is_head_noun(words[n + 1]):
                continue  # "Greens supporters": the last of the nouns is the head
            if not age and words[n + 1:n + 2] == ["themselves"]:
                return " ".join(words[:n + 2])  # "among Lithuanians themselves": not the whole population
            if not age and (voted := RELATIVE_GROUP.match(rest)):
                return _tidy_group(" ".join(words[:n + 1]) + " " + " ".join(voted.group().split()))
            if not age and (place := LOCATIVE.match(rest)) and place.end() == len(rest):
                return " ".join(words)  # "Among respondents in rural areas,": only those there
            if not age and words[n + 1:n + 2] == ["who"] and len(words) > n + 2 and m.group().rstrip().endswith(","):
                return " ".join(words)  # "Of those who backed the party last year, 52%": the whole clause names them
            return _tidy_group(" ".join(words[:n + 1]) + (" " + " ".join(age.group().split()) if age else ""))
    if stop := next((n for n, word in enumerate(words) if word.lower() in NP_STOP), None):
        words = words[:stop]  # "among the young is at 30%": the verb ends the group
    return _tidy_group(" ".join(words)) if 0 < len(words) <= 4 and words[-1].endswith("s") else None


def group_before_whom(text: str, start: int, lo: int) -> str | None:
    """The group a "N% of whom" points back at: the plural group noun right before its comma ("independents, 30%
    of whom", "older voters, 60% of whom"), with a word of its kind before it; None for the whole sample ("1,000
    adults, 52% of whom") or anything else."""
    if not (named := GROUP_BEFORE_COMMA.search(text, max(lo, start - 40), start)):
        return None
    head, kind = named.group("head"), named.group("kind")
    if not is_head_noun(head) or not head.lower().endswith("s"):
        return None
    if kind and (kind.lower() in NP_STOP or kind.lower() in NOT_A_KIND or kind.lower() in KIND_FILLER):
        kind = None  # "driven mainly by independents": "by" is no kind of them
    group = f"{kind} {head}" if kind else head
    return None if is_whole_sample(group) else _tidy_group(group)


def _group_said_before(text: str, inner_start: int, left: int, s_start: int) -> str | None:
    """The group named before a value in its clause, else in its sentence's lead: "Among independents, approval
    was 35% and disapproval 58%" (each figure's group; not "Among them,": whose?)."""
    group = group_before(text, inner_start, max(left, s_start))
    if group is None and left > s_start and (lead := AMONG_SENTENCE_LEAD.match(text, s_start, inner_start)):
        lead_group = group_before(text, lead.end(), s_start)
        group = None if lead_group is None or is_whole_sample(lead_group) else lead_group
    return group


def _names_more(lead: str) -> bool:
    """Whether the words before "<kind> adults (56%)" are part of it: "Half of New Jersey residents (50%)" is
    a share of a place's people (a name of more words), not a kind of people."""
    word = _last_word(lead)
    return bool(word) and (word[0].isupper() or word == "of") and lead.rstrip().endswith(word)


def _is_group(phrase: str) -> bool:
    """Whether a phrase names a group of respondents: it has a group noun ("low-income voters",
    "Hindus from lower castes"), it is a place ("small island states", "the north") or an age band."""
    words = phrase.split()
    return bool(words) and (any(map(is_head_noun, words)) or bool(PLACE_NOUN_END.search(phrase)) or bool(
        PLACE_ONLY.fullmatch(phrase)) or bool(AGE_GROUP.fullmatch(phrase)))


def is_head_noun(word: str) -> bool:
    lower = word.lower().rstrip(".,")
    return lower in WHOLE_SAMPLE_HEADS or lower in GROUP_HEADS or (word[0].isupper() and lower.endswith("s"))


def is_whole_sample(noun_phrase: str, place_names: frozenset[str] = frozenset()) -> bool:
    """ "of those polled", "of registered voters", "of Britons": the whole sample, not a subgroup
    (`place_names`: words that name the poll's country or its people)."""
    words = [w.lower().strip(".,") for w in noun_phrase.split(" in ")[0].split()]  # "adults in Britain"
    if not words:
        return False
    if " ".join(words) in WHOLE_SAMPLE_PHRASES or words == ["them"]:
        return True
    if (words[-1] in SAMPLED or words[-1] in WHOLE_SAMPLE_HEADS) and any(w[:1].isdecimal() for w in words):
        return True  # "of the 525 employers surveyed", "of the 1,002 respondents": the sample, counted
    head = words[-1]
    if head not in WHOLE_SAMPLE_HEADS and not (words[-1].capitalize() in place_names and head.endswith("s")):
        return False
    return all(w in WHOLE_SAMPLE_MODIFIERS or w in WHOLE_SAMPLE_HEADS or w.capitalize() in place_names
               or w.upper() in place_names or f"{w.upper()}." in place_names for w in words[:-1])  # "U.S."


# --- the clause of a figure -------------------------------------------------------------------------
def _head_to_head(text: str, spans: list[tuple[int, int]], start: int, end: int) -> str | None:
    """In "41 per cent to the Liberals' 25 per cent", the rival named for the second share ("the Liberals"), ""
    for the first share, None for a share in no such pair."""
    if text.find("to ", max(0, start - 40), end + 40) < 0:
        return None
    k = bisect.bisect_left(spans, (start, end))  # spans are sorted by start
    for first, second in ((k - 1, k), (k, k + 1)):
        if first >= 0 and second < len(spans) and (
                gap := HEAD_TO_HEAD_GAP.fullmatch(text, spans[first][1], spans[second][0])):
            return gap.group("rival") if second == k else ""
    return None


def _next_subject_gap(text: str, spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether all between a share (and its group, up to `pos`) and the next share is the next one's subject and
    "by" ("28% and Congress by 10%"): a passive clause gapped after the first share."""
    k = bisect.bisect_left(spans, (pos, pos))  # spans are sorted by start
    return k < len(spans) and NEXT_SUBJECT_GAP.fullmatch(text, pos, spans[k][0]) is not None


def after_clause(text: str, pos: int, right: int) -> str:
    """The words after a value up to the end of its clause, without reporting words and attributions."""
    pos = _past_polled_by(text, pos, right)
    after = text[pos:min(right, pos + AFTER_WINDOW)]
    if after[:1] == "," and NEW_SENTENCE_CLAUSE.match(after):
        return ""  # "trust steady at 40%, AI chatbots creep in": a clause of its own
    cut = CLAUSE_END.search(after)
    clause = after[:cut.start()] if cut else after
    if "," in clause or "\"" in clause or "”" in clause:
        if INVERTED_SPEAKER.match(clause):
            return ""  # "(with 63%), said pollster Baltijos Tyrimai": who said it, not what
        if contains_any(clause.lower(), TRAIL_ATTRIBUTION_VERBS) or _has_ignorecase_oddity(clause):
            clause = TRAIL_ATTRIBUTION.sub("", clause)
    clause = _strip_lead_filler(clause)
    if not clause or (clause[:3] == "as " and clause[3:4].isupper()):
        return ""  # "52% as SNP extends its lead": a clause of its own follows
    if clause.startswith(("in order", "so as")):
        clause = _strip_lead(LEAD_PURPOSE, clause)
    if _may_lead_attribution(clause):
        clause = _strip_lead(LEAD_ATTRIBUTION, clause)
    if " poll" in clause or " survey" in clause:
        clause = TRAILING_POLL.sub("", clause)  # "put it top of their list in the Red C poll this month"
    clause = " ".join(_strip_trailing_filler(clause).split())
    return "" if not clause or _speaker_only(clause) or _time_start(clause) else clause


def _past_polled_by(text: str, pos: int, right: int) -> int:
    """Where the words after a value start, past "polled by the Institute (KIIS)" (POLLED_BY: "of
    respondents polled by ... consider ...") or a dash that leaves the verb out (GAPPED_DASH: "14% – when
    ..."). Each pattern is tried only where its first word or dash can begin."""
    first = text[pos:pos + 2].lstrip()[:1]  # "" after two spaces: then both are tried
    by = POLLED_BY.match(text, pos, right) if not first or (first in POLLED_BY_FIRST and text.startswith(
        POLLED_BY_WORDS, text.find(first, pos))) else None
    if by is None and (not first or first in GAPPED_DASH_FIRST):
        by = GAPPED_DASH.match(text, pos, right)
    return by.end() if by else pos


def reports_after(text: str, pos: int, right: int) -> bool:
    """Whether a reporting or opinion verb follows ("said that ...", "think ..."): what comes after it
    is what the share said, whatever word it starts with."""
    return bool(REPORTED.match(text, pos, right))


def before_clause(text: str, start: int, left: int, alone: bool = True) -> str | None:
    """The words leading up to a value ("support for the plan stood at"), from the start of its clause,
    without connectives, attributions and linking words. After another figure (`alone` false) only a
    clause that starts after it counts, and no further back than a comma or semicolon that starts an
    empty clause: the words right after a figure are that figure's."""
    if label := _line_label(text, start, left, alone) or (None if alone else _table_label(text, left, start)):
        return label  # "NZ First: 6%" on a list's line; "No" in "Yes 45 No 40": the label says which answer
    lo = max(left, start - WINDOW)
    as_joined = not alone and text.startswith(" as ", left)  # "... lead to 7 points as Tories sink to 19%"
    cuts = [*_backwards(CLAUSE_START_REVERSED, text, lo, start), *((lo,) if alone or as_joined else ())]
    for n, cut in enumerate(cuts):  # the nearest clause start first
        raw = _without_figures(text[cut:start])
        if raw[:1].islower() and PREDICATE_FIRST.match(raw) and (
                subject := _subject_before_aside(text, cuts[n + 1:], cut)):
            return f"{subject} {' '.join(_strip_trailing_filler(raw).split())}"  # "The Tories, under X, are on"
        if not raw.strip() or (text[cut - 1:cut] == "(" and ")" in raw):
            continue  # nothing but spaces and figures ("42% and 38%"), or a bracket closed before the value
            # ("the People's Party (PP) 34%"): no words, no new clause
        if raw[:6] in ("which ", "who ") and "," in raw:
            continue  # "The Reform Party, which leads the coalition, polled 14%": the aside is no subject
        if raw.startswith(("which ", "who ")) and text[cut - 2:cut] == ", " and (
                named := NAME_BEFORE_RELATIVE.search(text, max(lo, cut - NAME_BEFORE_REACH), cut - 2)) and (
                not is_head_noun(named.group().rsplit(maxsplit=1)[-1])):
            raw = f"{named.group()} {raw.partition(' ')[2]}"  # "well ahead of Ana Reyes, who was preferred by
            # 25%": the one named is whose share it is (not a group: "lowest among Republicans, who gave it 20%")
        if text[cut - 2:cut] == ", " and (NAME_APPOSITION.match(raw) or NAME_APPOSITION_BEFORE.search(
                text, max(0, cut - 50), cut)):
            continue  # "The approval of the mayor, Ana Ruiz, dropped 6 points": the name is an aside, no subject
        if ", wh" in raw:
            raw = RELATIVE_ASIDE.sub("", raw)
        if raw[:3] in ("Of ", "of "):
            raw = _strip_lead(LEAD_GROUP, raw)  # "Of those who voted Leave, 62% ...": before "of those" is filler
        clause = _strip_lead_filler(raw).strip(" ,;:-–—\"“”'*•")  # (and a bullet: "* The Left (Linke): 10%")
        if clause[:2].isupper():
            clause = _strip_lead(DATELINE, clause)  # "SEOUL -- Approval fell to": the dateline says nothing
        if "(" in clause[:AGENCY_REACH]:
            clause = _strip_lead(AGENCY_DASH, clause)  # "(Yonhap) -- Approval fell to": the rest of a dateline
        if clause[:1].lower() in SUBORDINATE_FIRST and raw.rstrip().endswith(",") and SUBORDINATE_LEAD.match(clause):
            return None  # "although the old were less sure, 58% of them ...": no words of the figure's
        if clause[:1] in LEAD_GROUP_FIRST:
            clause = _strip_lead(LEAD_GROUP, clause)
        clause = _strip_connective(_strip_headline(clause))
        if _may_lead_attribution(clause):
            clause = _strip_lead(LEAD_ATTRIBUTION, clause)
        if contains_any(lowered := clause.lower(), SOURCE_NOUNS) and (
                contains_any(lowered, SOURCE_VERBS) or _has_ignorecase_oddity(clause)) and (
                read := SOURCE_READING.match(clause)):
            clause = clause[read.end():]
            if clause.split(maxsplit=1)[:1] in (["him"], ["her"], ["them"], ["it"]):
                return None  # "the poll put him on 34%": who he is, an earlier sentence says
        clause = " ".join(_strip_trailing_filler(_without_reporting_tail(clause)).split())
        if (clause[:1] in SURVEY_LEAD_FIRST and SURVEY_LEAD.match(clause)) or (clause.endswith(("poll", "survey")) and (
                raw.rstrip().endswith(":") and SURVEY_NAME.fullmatch(clause))):
            return None  # "In Gallup's weekly poll released Friday, 71% ...": how it was polled, not what was asked
        if clause and ((_ends_with_word(raw.rstrip(" ,"), REPORTING_TAIL_WORDS) and _speaker_only(raw.strip(" ,"))) or (
                _ends_with_word(clause, FINDING_VERBS))):
            return None  # "The Levada Center said 61% ...", "The chambers (BCC) found 47% ...": who said it
        if clause.endswith("that") and TIME_THAT.fullmatch(clause):
            return None  # "Gallup found last week that 71% ...": who found it and when, not what was asked
        if (" as" in clause or clause[:3] in ("as ", "As ")) and (joined := _after_joining_as(clause)) is not None:
            clause = joined  # "Reform extends lead as Labour slips to": the clause after "as" is the figure's;
            if not clause:  # "Sinn Féin edges ahead as 55% say ...": the clause before is another's
                return None
        if clause.lower() in HEADING_LABELS and raw.rstrip().endswith(":"):
            return None  # "By the numbers: 54% say ...": a newsletter's heading, not what was asked
        if _content_words(clause) >= 2 and not _speaker_only(clause):
            if n + 1 < len(cuts) and ", " in raw and text[cut - 2:cut] == ", " and (
                    ASIDE_TAIL.fullmatch(raw, raw.rfind(", ") + 2)) and (
                    any(GROUP_LEAD_BEFORE_ASIDE.fullmatch(text, lead, cut) for lead in cuts[n + 1:])):
                return None  # "Among X, a group that leans right, only 22% ...": the aside is about the group
            return clause
        if n == 0 and _names_a_thing(clause):
            return clause  # "...; health (30% to 21%)", "Labour on 30%": one word says which answer
        if (cut == left or text[cut - 2:cut - 1] == ":") and _lone_answer(clause):
            return clause  # "Support: 44%", "Distrust 58%, the survey found": the word is all there is to say
        if not alone and ((text[cut - 2:cut - 1] in (",", ";") and NEW_CLAUSE.match(text, cut, start)) or (
                text[cut - 1:cut] == " " and NEW_CLAUSE_BEFORE.search(text, max(0, cut - 10), cut))):
            return None  # "61% of those 65 and over fear it, with only 4% ...": no reaching into that clause
        if text[cut - 2:cut - 1] == ":" and raw.strip():
            return None  # "Harris unites Democrats: nearly 2 in 3 ...": what leads into a colon is a heading
    return None


def _subject_before_aside(text: str, earlier_cuts: list[int], verb_start: int) -> str | None:
    """The subject of a predicate that follows an aside set off by commas ("The Tories, under their new
    leader, are languishing on 17%", "approval in the south, a stronghold, was 36%"): the clause before
    the aside (from the nearest earlier clause start that leaves no bracket open), if it names something
    and holds no figure; else None."""
    if text[verb_start - 2:verb_start] != ", " or not earlier_cuts:
        return None
    aside = text.rfind(", ", earlier_cuts[-1], verb_start - 2)
    starts = [cut for cut in earlier_cuts
              if cut <= aside and text.count(")", cut, aside) <= text.count("(", cut, aside)]
    if aside < 0 or not starts:
        return None
    begin = starts[0]
    if ASIDE_NAME.match(text, aside + 2) and not text[:verb_start - 2].rsplit(maxsplit=1)[-1].islower():
        # "Their ally, the Social Democrats, polled 15%": a name in the aside says more than the subject (not a
        # role: "X, the party's leader, is on 38%"); but "Fine Gael and its long-time ally, the PDs, are on
        # 31%": the aside names the partner, and the two are the subject
        partner = PARTNER_BEFORE_ASIDE.search(text, max(earlier_cuts[-1], aside - PARTNER_REACH), aside)
        begin = max((cut for cut in starts if cut <= partner.start()), default=-1) if partner else -1
        if begin < 0:
            return None
        aside = verb_start - 2
    subject = _strip_connective(_strip_lead_filler(text[begin:aside]))
    subject = " ".join(subject.strip(" ,;:-–—\"“”'*•").split())
    if not subject or any(c.isdigit() for c in subject) or _content_words(subject) < 1 or (
            subject[:1].islower() and SUBORDINATE_LEAD.match(subject)):
        return None
    return subject


def group_lead(text: str, start: int, left: int, alone: bool) -> str | None:
    """The group of a clause before a value that only names it ("The numbers for those in villages and
    towns were 62% and 59%", "the average for women is"), or None: such a figure answers the question
    asked before it."""
    if not contains_any(text[max(left, start - WINDOW):start].lower(), GROUP_LEAD_HINTS):
        return None
    lo = max(left, start - WINDOW)
    for cut in chain(_backwards(CLAUSE_START_REVERSED, text, lo, start), (lo,) if alone else ()):
        clause = _strip_connective(_strip_lead_filler(text[cut:start]).strip(" ,;:-–—\"“”'"))
        clause = " ".join(_strip_trailing_filler(clause).split())
        if _may_lead_group(clause) and (lead := LEAD_GROUP_ONLY.match(clause)) and _is_group(lead.group("np")):
            return _tidy_group(lead.group("np"))
        if not alone and text[cut - 2:cut - 1] in (",", ";"):
            break
    return None


def _may_lead_group(clause: str) -> bool:
    """Whether LEAD_GROUP_ONLY can match: its group word ("for", "among", "in", "by") comes within its
    first LEAD_GROUP_WORDS words."""
    return not LEAD_GROUP_WORDS_USED.isdisjoint(clause.lower().split()[:LEAD_GROUP_WORDS]) or (
        _has_ignorecase_oddity(clause))


def _names_a_thing(clause: str) -> bool:
    words = clause.split()
    if 1 < len(words) <= 3 and all(word[:1].isupper() for word in words):
        return True  # "NZ First 9.6%": a name of short words
    if len(words) == 1 and len(words[0]) == 2 and words[0].isupper() and words[0].isalpha():
        return True  # "LD 13%", "SF 24%": a party by its initials
    return len(words) == 1 and len(words[0]) >= 3 and not OPINION_VERB.fullmatch(words[0]) and (
        words[0].lower() not in NOT_A_THING) and not words[0].lower().endswith(("ing", "ed"))


def _line_ends_with_value(text: str, start: int) -> bool:
    """Whether the value at `start` is all its line says ("Labour: 29% (-1)"); in "Fuel: 67% noticed a rise"
    the words after it say what the share said, and the label is what it was asked about."""
    return bool(LINE_VALUE_ONLY.match(text, start))


def _stance_said_before(out: _Wordings, figures: list[tuple[int, int, int, int]], n: int, statement: str) -> bool:
    """Whether a statement only voices a stance ("expressed confidence", "voiced support") that the figure
    said just before names too, with its question ("are confident votes will be counted"): the
    same question, asked again of another group."""
    if not (stance := STANCE_ONLY.fullmatch(statement)):
        return False
    earlier = _last_said(out, figures, n)
    return bool(earlier and earlier.statement and " " + STANCE_STEMS[stance.group("stance").lower()] in (
        " " + earlier.statement.lower()) and len(earlier.statement.split()) > len(statement.split()))  # (not
    # "dissatisfied" for "satisfaction")


def _bulleted_group(text: str, start: int) -> str | None:
    """The group a bulleted list line opens with ("- Democrats: 38%, down from 82% in 2022", "– Under 35s: 45%"),
    when its label names respondents (a group word, partisans, an age band); None for an answer ("- Labour: 31%",
    "- Liberal Democrats: 12%") and for any other line. Such a list breaks down the question asked just before it."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == start or text[line_start] not in BULLET_OR_BLANK:
        return None  # (its first character tells most lines, with no copy of the line)
    if text[line_start:start].lstrip(" \t")[:1] not in BULLET_FIRST:
        return None
    m = BULLETED_LABEL.match(text, line_start, start)
    if not m or not (label := m.group("label").strip()):
        return None
    words = label.split()
    head = words[-1].lower().rstrip(".")
    if head in ("democrats", "republicans") and len(words) > 1:
        return None  # "Liberal Democrats", "Sweden Democrats": a party, the answer
    if head in BULLET_GROUP_HEADS or (_has_digit(label) and (
            AGE_GROUP.search(label) or AGE_BAND.match(" " + label.removeprefix("Aged ").removeprefix("aged ")))):
        return _tidy_group(label)
    return None


def _line_label(text: str, start: int, left: int, alone: bool) -> str | None:
    """The label that opens the line (or sentence, when `alone`) of the value at `start` ("NZ First: 6%
    (steady)"), when the value is all the line says after it; else None."""
    lo = max(left, start - LINE_LABEL_REACH)
    if not text[lo:start].rstrip().endswith((":", "–", "—", "-")) or not (line := LINE_LABEL.search(text[lo:start])):
        return None
    label = line.group("label")
    if not (line.group("nl") or (alone and lo == left)) or not label[:1].isupper() or (
            len(label.split()) > LINE_LABEL_WORDS):
        return None
    return label if _line_ends_with_value(text, start) else None


def _table_label(text: str, lo: int, hi: int) -> str | None:
    """The words between a bare value ending at `lo` and the next value at `hi` when they are only a label
    (TABLE_LABEL), else None."""
    if text[lo - 1:lo] not in TABLE_VALUE_ENDS or not (m := TABLE_LABEL.fullmatch(text, lo, hi)):
        return None
    return None if m.group("label").split()[0] in HEADLINE_LITTLE_WORDS else m.group("label")  # not "63% To 85%"


def _lone_answer(clause: str) -> bool:
    """One word that may be a verb ("Support", "distrust", "Opposed"): said alone at a sentence's start or
    after a colon it is the answer (elsewhere such a word before a value may be the figure before's: "71%
    support, 20% ...")."""
    words = clause.split()
    return len(words) == 1 and words[0].isalpha() and (
        bool(OPINION_VERB.fullmatch(words[0])) or words[0].lower().endswith("ed"))


def shorten(clause: str, keep_end: bool = False) -> str | None:
    """At most STATEMENT_WORDS words: the first ones, or the last ones (those next to the value) for a
    clause that leads up to it."""
    clause = clause.strip(" ,;:-–—\"“”'")  # (split no further than the words kept)
    words = clause.rsplit(maxsplit=STATEMENT_WORDS)[-STATEMENT_WORDS:] if keep_end else (
        clause.split(maxsplit=STATEMENT_WORDS)[:STATEMENT_WORDS])
    while words and words[-1].lower().strip(",;:") in DANGLING:
        words.pop()  # "... take part in the war on" → "... take part in the war"
    statement = " ".join(words).strip(" ,;:-–—\"“”'")
    return statement or None


def _terms(before: str | None, after: str, subject: bool = False) -> str | None:
    """Question terms: the figure's own words on both sides of it (the nearest TERM_WORDS of each),
    figures and brackets left out; with `subject`, a clause's subject cut off just before its verb too."""
    reach = TERM_WORDS
    if after and "the way " in after and (handled := THE_WAY.sub(r"\g<who> ", after)) != after:
        after, reach = handled, TERM_WORDS + 2  # "approve of the way the mayor is handling the budget": who and what
    before_words = _without_figures(before).rsplit(maxsplit=TERM_WORDS) if before else []
    if subject and len(before_words) > TERM_WORDS and before_words[-TERM_WORDS].lower() in AUXILIARIES:
        before_words = [before_words[-TERM_WORDS - 1].rsplit(maxsplit=1)[-1], *before_words[-TERM_WORDS:]]  # "The NHS
        # has deteriorated over the past year": the cut left the verb, so the subject it is about comes back
    else:
        before_words = before_words[-TERM_WORDS:]
    if before and (head := STANCE_HEAD.match(before)) and len(before_words) == TERM_WORDS and (
            not before_words[0].lower().startswith(head.group("head").lower())):
        before_words.insert(0, head.group("head"))  # "Dissatisfaction with the Government's handling of housing
        # rose from": the window's words would keep what it is about and lose which answer it is
    after_words = _leading_words(_without_figures(after).split(), reach) if after else []
    return " ".join(before_words + after_words).strip(" ,;:-–—\"“”'") or None


def _after_joining_as(clause: str) -> str | None:
    """The words after the last "as" of a clause before a value that joins two clauses: one followed by a
    capitalised word or by the value itself ("" then), not "as many as", "such as" (AS_COMPLEMENT); else None."""
    k = len(clause) - 3 if clause.endswith(" as") else clause.rfind(" as ")
    while k >= 0 and not (k + 3 == len(clause) or clause[k + 4:k + 5].isupper()):
        k = clause.rfind(" as ", 0, k)
    if k < 0:
        return clause[3:] if clause[:3] in ("as ", "As ") and clause[3:4].isupper() else None
    before = clause[:k].rsplit(maxsplit=2)
    if not before or before[-1].lower() in AS_COMPLEMENT or (len(before) > 1 and before[-2].lower() == "as"):
        return None  # "twice as likely as Republicans": a comparison
    return clause[k + 4:]


def _leading_words(words: list[str], wanted: int) -> list[str]:
    """The first `wanted` words, or more up to an answer word (ANSWER_POLES) among the first STATEMENT_WORDS and
    the word after it: "think the country is moving in" would lose the answer of "... in the wrong direction"."""
    if len(words) <= wanted:
        return words
    last = max((n for n in range(wanted - 1, min(len(words), STATEMENT_WORDS))
                if words[n].lower().strip(",;:\"“”'") in ANSWER_POLES), default=None)
    if last is None:
        return words[:wanted]
    pole = words[last].lower()
    noun = last + 1 < len(words) and pole in POLE_ADJECTIVES and words[last + 1].lower() not in DANGLING
    return words[:last + 1 + noun]  # "the wrong direction", "a good job"; not "worsened over", "bad, that's"


def _backwards(reversed_pattern: re.Pattern, text: str, lo: int, hi: int) -> Iterator[int]:
    """Ends of the matches of a pattern in text[lo:hi], from the last one back (the pattern is written
    reversed and searched over the reversed window, so the nearest match is found first)."""
    window = text[lo:hi][::-1]
    for m in reversed_pattern.finditer(window):
        yield hi - m.start()


def _strip_lead(pattern: re.Pattern, clause: str) -> str:
    m = pattern.match(clause) if clause else None
    return clause[m.end():] if m else clause


def _strip_lead_filler(clause: str) -> str:
    """The clause without LEAD_FILLER, which is not tried where its first word (after any spaces, which it
    strips) is letters and none of LEAD_FILLER_FIRST_WORDS (" support the plan")."""
    rest = clause.lstrip()
    first = rest.partition(" ")[0]
    if first.isalpha() and first.isascii() and first.lower() not in LEAD_FILLER_FIRST_WORDS:
        return rest
    return _strip_lead(LEAD_FILLER, clause)


def _strip_connective(clause: str) -> str:
    """The clause without LEAD_CONNECTIVE, which is not tried where its first word is letters and none of
    LEAD_CONNECTIVE_FIRST_WORDS ("support for the plan")."""
    first = clause.partition(" ")[0]
    if first.isalpha() and first.isascii() and first.lower() not in LEAD_CONNECTIVE_FIRST_WORDS:
        return clause
    return _strip_lead(LEAD_CONNECTIVE, clause)


def _strip_headline(clause: str) -> str:
    """The clause without a Title Case headline glued onto its start (five words or more, so a name
    like "Bank Of Somewhere" stays)."""
    first = clause[:1]
    if not ("A" <= first <= "Z" or "0" <= first <= "9"):
        return clause  # GLUED_HEADLINE starts with a capital or a digit
    if not contains_any(clause, HEADLINE_LITTLE_WORDS):
        return clause
    m = GLUED_HEADLINE.match(clause)
    return clause[m.end():] if m and len(m.group().split()) >= HEADLINE_WORDS else clause


def _strip_trailing_filler(clause: str) -> str:
    """The clause without the little words it ends on ("... fell to"); only its tail is searched, and not
    at all when it ends on a word of letters that is none of them (most clauses: "... the plan")."""
    last = clause[clause.rfind(" ") + 1:]
    if last.isalpha() and last.isascii() and last.lower() not in TRAIL_FILLER_LAST_WORDS:
        return clause
    m = TRAIL_FILLER_REVERSED.match(clause[:-TRAIL_WINDOW - 1:-1]) if clause else None
    return clause[:len(clause) - m.end()] if m else clause


def _content_words(text: str) -> int:
    return len(CONTENT_WORD.findall(text)) if text else 0


# --- cheap tests before costly regexes -----------------------------------------------------------------
# Each is exact: False only where the regex it guards cannot match.
def _without_figures(clause: str) -> str:
    """The clause with its numbers, percentages and empty brackets blanked out (PERCENT)."""
    starts = ASCII_DIGIT_OR_BRACKET if clause.isascii() else DIGIT_OR_BRACKET
    return PERCENT.sub(" ", clause) if starts.search(clause) else clause


def _may_lead_attribution(clause: str) -> bool:
    """Whether LEAD_ATTRIBUTION is tried: one of ATTRIBUTION_HINTS is in the clause, and it can match there: a
    comma ends "according to ...," or one of ATTRIBUTION_VERBS is in it ("According to the survey" has neither)."""
    return contains_any(clause, ATTRIBUTION_HINTS) and (
        "," in clause or contains_any(clause.lower(), ATTRIBUTION_VERBS) or _has_ignorecase_oddity(clause))


def _speaker_only(clause: str) -> bool:
    """SPEAKER_ONLY: the clause is a speaker and a reporting verb ("the minister said")."""
    if _ends_with_word(clause, SPEAKER_WORDS):
        return bool(SPEAKER_ONLY.match(clause))
    return False


def _without_reporting_tail(clause: str) -> str:
    """The clause without REPORTING_TAIL ("X, said"), which is searched only where the clause ends so."""
    return REPORTING_TAIL.sub("", clause) if _ends_with_word(clause, REPORTING_TAIL_WORDS) else clause


def _ends_with_word(clause: str, words: tuple[str, ...]) -> bool:
    """Whether the clause, less the non-word characters it ends on (a pattern's `\\W*$`), ends with one
    of the lower-case words in any case (or holds a letter re.IGNORECASE would take for another)."""
    end = len(clause)
    while end and not (clause[end - 1].isalnum() or clause[end - 1] == "_"):
        end -= 1
    tail = clause[max(0, end - ENDING_WORD_CHARS):end]  # only the tail is lowered
    return tail.lower().endswith(words) or _has_ignorecase_oddity(clause)


def _refers_back(statement: str) -> bool:
    """Whether the statement only points at the figure before ("shared this view", "the figure rose"):
    REFERS_BACK_OPENING matched at its start, REFERS_BACK_PHRASE searched only where one of its nouns
    occurs."""
    lowered = statement.lower()
    oddity = _has_ignorecase_oddity(statement)
    if (oddity or contains_any(lowered, PUT_WORDS)) and PUTS_FIGURE.match(statement):
        return True
    if (lowered.startswith(REFERS_BACK_STARTS) or contains_any(lowered, RANKINGS) or oddity) and (
            REFERS_BACK_OPENING.match(statement)):
        return True
    return (oddity or contains_any(lowered, REFERS_BACK_NOUNS)) and bool(REFERS_BACK_PHRASE.search(statement))


def _comparison_remnant(statement: str) -> bool:
    """Whether a statement is only what a comparison leaves a value ("last June", "down"): see
    COMPARISON_REMNANT. Statements are short, so splitting one costs little."""
    words = statement.lower().replace(",", " ").split()
    return len(words) <= 4 and all(w in COMPARISON_REMNANT or w.isdigit() for w in words)


def _compared_answer(statement: str) -> str | None:
    """The answer two groups are compared on, without the comparison ("were more in favour than Tory
    supporters": "in favour"), else None. A "more ... than" between two answers ("more concerned than
    excited") is the answer itself and stays."""
    lowered = statement.lower()
    if ("more " not in lowered and "less " not in lowered) or not (
            " than " in lowered or " compared " in lowered) or not (m := GROUP_COMPARISON.fullmatch(statement)):
        return None
    answer = m.group("answer")
    return None if answer.lower() == "likely" else shorten(answer)  # "more likely than X (19%) to ...": its
    # answer comes after the other group's value, out of this clause


def _pronoun_object(statement: str, generic: bool = False) -> re.Match | None:
    """PRONOUN_OBJECT's match: "them" or "it" is the last word or the one before it ("oppose them",
    "rated it highly"), so the last two words say whether to search; with `generic`, also a noun that only
    classes what was named before ending the statement ("back the plan": GENERIC_OBJECT)."""
    last_words = statement.lower().split()[-2:]
    if "them" in last_words or "it" in last_words or _has_ignorecase_oddity(statement):
        return PRONOUN_OBJECT.search(statement)
    if generic and last_words and last_words[-1] in GENERIC_OBJECTS:
        return GENERIC_OBJECT.search(statement)
    return None


def _time_start(clause: str) -> bool:
    """TIME_START: the clause starts with a time ("in June", "since 2020"); tried only where its first
    letter can start one."""
    first = clause[:1].lower()
    return bool(first) and (first in TIME_START_FIRST or not first.isascii()) and bool(TIME_START.match(clause))


def _last_word(text: str) -> str | None:
    """The run of letters and hyphens the text ends on, spaces after it aside: found from the end, where
    a `[A-Za-z-]+\\s*$` search would try every position."""
    end = len(text.rstrip())
    start = end
    while start and text[start - 1] in WORD_LETTERS:
        start -= 1
    return text[start:end] or None


def _has_digit(text: str) -> bool:
    """Whether the text holds a digit (of any script, as `\\d` matches): AGE_FORMS needs two."""
    return any(map(str.isdecimal, text))


def _has_ignorecase_oddity(text: str) -> bool:
    return not text.isascii() and contains_any(text, IGNORECASE_ODDITIES)
