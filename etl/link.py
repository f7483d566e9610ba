"""Link citations across articles: same survey wave → one survey_id, same question+answer → one figure_id.

Outlets word the same finding differently ("43% did not approve of the invasion", "43% of
respondents do not support the actions of the Russian army"), so questions are matched by fuzzy
similarity of the words around each value (attribution's `question_terms`, else its `statement`):
light stemming, a small synonym table (troops = army, take part = join, oppose = not support,
"X outweighs Y" = more X than Y...),
rare words weighing more, the pollster's own name left out — among citations of the same pollster,
across all its waves, so one question asked again is a series (`question_id`); a statement close
to one wording of a question but not to the question as a whole does not chain into it. Statements that
contradict each other are never one question: negated or not, "more X" against "more Y" or "than
X", different answer-scale words ("strongly" against "somewhat"), opposite answers ("easier" against
"difficult"), "more X" against "equally", one wording asked of two countries ("trust the US", "trust
China"). Within one wave, two outlets
quoting the same share need only loosely similar words (a fraction, "four in ten", the share it rounds); two
articles that agree on one figure of a wave and give another the same share in per cent cite one figure there,
whatever their words, unless they contradict or name two organisations ("EU" / "NATO"); outlets quoting
different shares for one figure stay one figure (the conflict is what the checks report). Initials ("SF", "PiS")
are the one name the pollster's other citations spell with them; a denial without its object ("not trusted by
76%") takes the object of the share before it in its sentence, else joins figures only by the share it repeats.

Waves are fieldwork intervals of a pollster that mostly overlap ("2023-12" and "29 Nov-9 Dec
2023"), but its polls for two clients that outlets date to other days are two ("YouGov for the TUC", "for the CMI");
a share dated by its year alone is of the wave of that year giving it; "weekly" and "a few times a year" are two
answers. An undated citation joins the wave whose share it repeats (a share is the best evidence of
which wave an outlet quotes; an exact repeat beats a near one); its article's other undated
citations follow the wave most of its shares repeat, else the newest wave the article dates itself
(when others date it too); else the pollster's undated wave. A month without a year ("back in April")
picks among the waves of that month; "10% a year ago" in an undated story is a wave of its own. Citations
then take their wave's best-known fieldwork dates when their own are vaguer, and a subgroup
another outlet names for the same share. A poll named only by who paid for it ("an NDI poll", "an
Observer poll") is the poll of the one pollster the batch names for that sponsor; one named by a word the pollster
list does not know ("a new Focus poll") is that of the pollster other citations name so. A share with no
words of its own takes the question its article, or two other articles, give that share for. An
article that names no pollster but repeats two of a pollster's figures joins that pollster.

A citation's `figure_id` is its wave x question x answer, whatever subgroup or value it cites: that
is what outlets have in common ("52% of adults" and "61% of those over 65" answer one question).
The published package splits it by subgroup (`subgroup_figure_id`); the whole sample keeps the id. Everything is
computed on sorted, deduplicated keys, so ids do not depend on input order; ids are content hashes
of natural keys, never of values or row numbers.
"""

from __future__ import annotations

import datetime as dt
import functools
import gc
import hashlib
import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import chain, combinations, pairwise

from etl.pollsters import default_matcher

SIMILAR = 0.5  # weighted overlap above which two statements of one pollster are the same question
COHERENT = 0.3  # a statement joins a cluster only if it is this similar to its members on average (no chains)
CLEARLY_CLOSER = 0.1  # a group's question joins the closest of a wave only if this much closer than the next
SIMILAR_SAME_VALUE = 0.1  # within one wave, two outlets quoting the same share need only share a word
RESTATED = 0.3  # one article giving one share twice (headline and body) needs closer words to be one figure
MIN_VOTERS = 3  # an article's usual wave must explain at least a third of its undated shares
SAME_SHARE = 1.0  # points: outlets round one published share differently (4.6% is "5%" or "4%")
NEXT_READING = 5.0  # points: a share this close to a wave's, but not the same, reads its question at another time
UNDATED_GAP = 45  # days between publications after which a pollster's undated citations are another poll
IN_WORDS = 3  # points: a share as a fraction ("four in ten", "nearly half") rounds one in per cent this far off
FRESH_DAYS = 14  # days: a story this soon after a wave's fieldwork that gives no date reports that wave
FAR_APART = 10.0  # points: two questions whose shares in one wave all differ by more are two figures there
NEWS_CYCLE = 3  # days: an undated story this close to stories dating one wave of its pollster reports that wave
EXIT_POLL_MODE = "exit poll"  # a citation's mode when the survey it cites is an exit poll (etl.attribute)
EXIT_POLL_DAYS = 4  # days between two stories' publication within which they report one election's exit poll

STOPWORDS = frozenset([
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "about", "as", "and", "or", "but",
    "than", "that", "this", "these", "those", "it", "its", "their", "them", "they", "there", "who", "whom",
    "he", "him", "his", "she", "her",  # "his approval", "satisfied with him": whom, the leader another outlet names
    "which", "what", "when", "where", "while", "is", "are", "was", "were", "be", "been", "being", "has", "have",
    "had", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "say",
    "says", "said", "saying", "think", "thinks", "thought", "believe", "believes", "believed", "feel", "feels",
    "felt", "according", "per", "cent", "percent", "poll", "polls", "survey", "surveys", "respondents", "people",
    "number", "share", "proportion", "just", "only", "some", "almost", "nearly", "around", "about", "more", "less",
    "most", "least", "also", "now", "still", "even", "very", "so", "such", "into", "over", "under", "up", "down",
    "out", "new", "latest", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "half",
    "third", "quarter", "citizens", "citizen", "residents", "resident", "population", "public", "adults", "adult",
    "polled", "surveyed", "asked", "those", "them", "consider", "considered", "considers", "express", "expressed",
    "stated", "reported", "answered", "responded", "told", "currently", "today", "actually", "really", "percentage",
    "pct", "figure", "rating", "ratings", "level", "statement", "report", "reads", "showed", "shows", "found", "finds",
    "data", "study", "research", "conducted", "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "year", "years", "month", "months", "week", "weeks", "last", "previous", "earlier",
    "ago", "since", "compared", "time", "times", "among", "across", "between", "overall", "whether",
    "however", "latter", "former", "particular", "particularly", "point", "points", "figures", "stood", "stands",
    "reached", "highest", "lowest", "pollster", "pollsters", "sociologists", "researchers",
    "sure", "confident", "convinced",  # "sure they will win", "confident in victory": how firmly, like "believe"
    "want", "wants", "wanted",  # "want the euro" is for it, as "support" is, but "want the army to join" is "join"
    "way", "how",  # "approve of the way he handles his job", "of how he handles it" are "approve of his job"
    "mr", "mrs", "ms", "dr",  # "approved of Mr. Marcos" is "of Marcos": a title, no word of the question
])
NEGATIONS = frozenset([
    "not", "no", "never", "neither", "nor", "don't", "doesn't", "didn't", "won't", "wouldn't", "isn't", "aren't",
    "cannot"
])
SYNONYMS = {
    "approve": "support", "approval": "support", "back": "support", "favour": "support", "favor": "support",
    "endorse": "support", "supportive": "support", "agree": "support",
    "satisfaction": "satisfied", "dissatisfaction": "not satisfied",
    "disapprove": "not support", "disapproval": "not support", "oppose": "not support", "opposed": "not support",
    "against": "not support", "reject": "not support", "rejection": "not support", "condemn": "not support",
    "opponent": "not support", "refuse": "not",  # "refuse to join" is "not join"
    "distrust": "not trust", "mistrust": "not trust",
    "disagree": "not support", "unacceptable": "not acceptable", "illegal": "not legal", "unlawful": "not legal",
    "unsure": "undecided", "undecided": "undecided",
    "defence": "defense", "offence": "offense", "licence": "license", "programme": "program",  # British spelling
    "sceptical": "skeptical", "sceptic": "skeptic", "scepticism": "skepticism", "ageing": "aging", "grey": "gray",
    "worried": "concern", "worry": "concern", "concerned": "concern", "anxious": "concern",
    "excited": "excite", "excitement": "excite", "enthusiastic": "excite", "enthusiasm": "excite",
    "difficult": "hard",
    "government": "govern", "administration": "govern", "cabinet": "govern",
    "parliament": "parliament", "rada": "parliament", "sejm": "parliament", "duma": "parliament",
    "seimas": "parliament", "saeima": "parliament", "riigikogu": "parliament", "legislature": "parliament",
    "military": "army", "troops": "army", "troop": "army", "forces": "army", "soldiers": "army",
    "join": "join", "enter": "join", "participate": "join", "accession": "join",
    "accede": "join", "participation": "join", "send": "join",
    "fight": "join", "involve": "join", "involvement": "join", "intervene": "join", "intervention": "join",
    "invasion": "war", "hostilities": "war", "conflict": "war", "fighting": "war",
    "job": "job", "jobs": "job", "employment": "job", "inflation": "price increase",
    "nuke": "nuclear weapon", "nukes": "nuclear weapon",
    "russian": "russia", "ukrainian": "ukraine", "belarusian": "belarus", "american": "america",
    "british": "britain", "lithuanian": "lithuania", "polish": "poland",
    "chinese": "china", "french": "france", "german": "germany", "canadian": "canada", "japanese": "japan",
    "indian": "india", "israeli": "israel", "iranian": "iran", "mexican": "mexico", "taiwanese": "taiwan",
    "tories": "conservative", "tory": "conservative",  # "the Tories on 17%" is the Conservatives' share
    "victory": "win", "victorious": "win",
    # party abbreviations of poll tables ("ALP 36", "L/NP 27") as the names the prose gives them ("One Nation":
    # "one" is a stopword)
    "alp": "labor", "lnp": "coalition", "onp": "nation", "grn": "green", "grns": "green",
    # Germany's parties as English copy names them: "the SPD" is "the Social Democrats", "CDU/CSU" "the conservatives"
    "spd": "social democrat", "cdu": "conservative", "csu": "conservative",
    "stay": "remain", "stays": "remain", "staying": "remain",  # "vote to stay" / "remain" in a referendum
    # "Yes" is the "support" of a referendum; "separation", "secession" and "quit" are the "leave" of one on leaving
    "yes": "support", "dissatisfied": "not satisfied", "unhappy": "not satisfied", "separation": "leave",
    "separate": "leave", "secede": "leave", "secession": "leave", "quit": "leave", "economic": "economy",
    "mishandle": "job bad", "mismanage": "manage bad",  # "mishandling the economy" is "handling it badly"
    # a favourable view, spelt either way, and its "un-" denial ("view him unfavourably" is "not favourable")
    "favourable": "favourable", "favorable": "favourable", "favourably": "favourable", "favorably": "favourable",
    "unfavourable": "not favourable", "unfavorable": "not favourable", "unfavourably": "not favourable",
    "unfavorably": "not favourable", "unpopular": "not popular", "unlikely": "not likely",
    "uncomfortable": "not comfortable", "uneasy": "not comfortable",  # "uneasy about AI" is "uncomfortable"
    "anticipate": "expect", "foresee": "expect",  # "anticipate a decrease" is "expect to cut staff"
    "cut": "decrease", "cuts": "decrease", "reduce": "decrease", "reduction": "decrease",
    "performance": "job",  # "rated his performance negatively" is "doing a poor job"
    "work": "job",  # "satisfied with the government's work" is "with the job it is doing"
    "workforce": "staff", "headcount": "staff", "staffing": "staff",  # "grow their workforce", "increase headcount"
    "raise": "increase",  # "raise prices" is "increase prices"
    "happy": "satisfied",  # "happy with the job he is doing" is the "satisfied" of another outlet, as "unhappy" is not
    "handle": "job", "handling": "job", "approach": "job",  # "approve of his handling of (or approach to) the
    # economy" is "of the job he does on it"
    "shun": "avoid", "deteriorate": "worsen",  # "shun the news" is "avoid" it; "the economy will deteriorate"
    "purchase": "buy", "intend": "plan", "intention": "plan",  # "intend to purchase an EV" is "plan to buy one"
    "hopeful": "hope",  # "more worried than hopeful" is "more worry than hope"
    "confidence": "trust", "faith": "trust",  # "have confidence in the US", "lost faith in the news": trust
    # parties in their own language, as English copy leaves them in tables ("Grüne 12, Linke 11")
    "grune": "green", "grunen": "green", "gruene": "green", "gruenen": "green", "linke": "left", "lewica": "left",
    "konfederacja": "confederation", "gop": "republican", "grits": "liberal",  # Canada's Liberals by their nickname
    "nhs": "health service",  # "handling of the NHS" is "of the health service"
    "begin": "start", "began": "start", "begun": "start",  # "have begun buying gifts", "started holiday shopping"
    "compulsory": "mandatory", "obligatory": "mandatory",  # "compulsory office days", "mandatory office days"
    "graft": "corruption",  # "graft has worsened" is "corruption has got worse"
    # one choice among names, whatever the verb: "chose Poilievre", "picked Poilievre", "Poilievre was the choice"
    "pick": "choose", "picked": "choose", "picking": "choose", "chose": "choose", "chosen": "choose",
    "choosing": "choose", "choice": "choose", "select": "choose", "selected": "choose", "opted": "choose",
    "company": "business", "companies": "business", "firm": "business", "firms": "business",  # one's own business
}
SUBGROUP_FILLER = frozenset(
    [
        "voters", "voter", "supporters", "supporter", "people", "respondents", "those", "who", "identify",
        "identified", "as", "themselves", "the", "of", "all", "adults", "adult", "aged"
    ])
CONTRASTS = frozenset({"equal", "neither", "both"})
COMPARATIVES = frozenset({"more", "greater", "mainly", "primarily"})
COMPARATIVE_FORMS = {
    "easier": "easy", "harder": "hard", "tougher": "hard", "better": "good", "worse": "bad", "higher": "high",
    "lower": "low", "safer": "safe", "stronger": "strong", "weaker": "weak", "richer": "rich", "poorer": "poor",
    "cheaper": "cheap", "likelier": "likely",
}
INTENSITIES = (r"strongly|somewhat|definitely|rather|completely|totally|partially|absolutely|fully|slightly|very|"
               r"fairly|quite|mostly|a\s+(?:lot|little|great\s+deal)|a(?=[\"']?$)")  # "a" cut off at the window's end
SCALE_ADJECTIVES = (r"(?:confident|satisfied|dissatisfied|likely|unlikely|concerned|worried|important|interested|"
                    r"favou?rable|unfavou?rable|positive|negative|good|bad|poor|optimistic|pessimistic|happy|unhappy|"
                    r"comfortable|uncomfortable|serious|safe|unsafe|hopeful|pleased|proud|supportive|opposed)\b")
ISSUE_AREA = "issuearea"  # the token of a verdict on one issue, not on the job as a whole (see PHRASES)
# what follows "handling of", "approach to" when it names an issue: not the job itself, the office, a pronoun
ISSUE_FOLLOWS = (r"(?:(?:the|his|her|their|its|this|that)\s+)?"
                 r"(?:(?:issue|question|matter|subject|file|area)\s+of\s+(?:the\s+)?)?"  # "the issue of immigration"
                 # "the fight against graft"
                 r"(?:(?:fight|battle|war|struggle|campaign)\s+(?:against|on)\s+(?:the\s+)?)?"
                 r"(?!(?:(?:state|national|government)\s+affairs|affairs\s+of\s+state|state\s*$|"  # "handling state
                 # affairs" (cut short: "of her handling of state"): the job
                 r"job|jobs|presidency|premiership|office|role|duties|"
                 r"work|performance|country|nation|government|administration|it|him|her|them|things|affairs|matters|"
                 r"the|his|their|its|this|that|an?|of|with|for|so|as|overall|now|well|badly|poorly|right|since|at|in|on|to|"
                 r"and|or|but|while|during|issuearea|issues?|areas?|specific|key|several|some|many|all|other|various|"
                 r"january|february|march|april|may|june|july|august|september|october|november|december|"
                 r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)"
                 r"(?=[a-z]{3})")


ANAPHORIC_ISSUE = re.compile(r"\b((?:mis)?handl(?:e|es|ed|ing)\s+(?:of\s+|with\s+)?|approach(?:es)?\s+(?:to|on)\s+)"
                             r"(?:it|this|that|(?:the|this|that)\s+(?:issue|matter|file|question|subject|topic))(?=\W*$)")
GRADE_QUOTE = r"[\"“”']?"  # a rating scale's grades, each maybe quoted as its label
TOP_GRADES = r"\b(?:(?:very|strongly)\s+good|good|great|excellent|optimal)"
BOTTOM_GRADES = r"\b(?:(?:very|strongly)\s+bad|bad|poor|terrible|awful)"
OPINION_VERBS = r"view|views|viewed|viewing|see|sees|saw|seen|regard|regards|regarded"  # "view it positively"


def _frequency_word(match: re.Match) -> str:
    """ "daily", "weekly", "annually": the frequency token of "every day", "a few times a week" (see PHRASES)."""
    unit = match.group(1) or match.group(2)
    return "freqday" if unit == "da" else f"freq{unit or 'year'}"


def _mark_issue(match: re.Match) -> str:
    """The phrase and the issue mark after it: the issue's own words follow ("handling of the issuearea economy")."""
    return f"{match.group()}{ISSUE_AREA} "


# The endings that British and American spelling write differently, after at least three letters (so "wise",
# "raise", "your" and "hour" stay): "organisation", "paralysed", "labour", "colours", "centres"
BRITISH_SPELLING = re.compile(r"(?<=[^\W\d_]{3})(?:is(?=(?:e[sd]?|ing|ations?)\b)|ys(?=(?:e[sd]?|ing)\b)|"
                              r"our(?=(?:s|ed|ing|able|ably|ites?)?\b)|tre(?=s?\b))")
AMERICAN_ENDINGS = {"is": "iz", "ys": "yz", "our": "or", "tre": "ter"}

PHRASES = [  # (cheap hint, pattern, replacement): paraphrases folded before tokenising
    # how a share moved or where it sits ("approval dips", "Trump's approval stuck below 40%", "support sits at",
    # "trust has fallen"): the measure, whatever the headline's verb; read first, before other phrases
    # become these nouns ("opposition" is left out: a party too, "the opposition has slipped")
    *((noun, re.compile(r"\b(" + noun + r")\s+(?:ratings?\s+|numbers?\s+|levels?\s+)?(?:(?:has|have|had|is|was)\s+)?"
                        r"(?:dip|dips|dipped|slip|slips|slipped|slide|slides|slid|fall|falls|fell|fallen|rise|rises|"
                        r"rose|risen|climb|climbs|climbed|drop|drops|dropped|jump|jumps|jumped|sink|sinks|sank|sunk|"
                        r"slump|slumps|slumped|edge|edges|edged|tick|ticks|ticked|hold|holds|held|sit|sits|hover|hovers|"
                        r"hovered|rebound|rebounds|rebounded|plunge|plunges|plunged|soar|soars|soared|surge|surges|"
                        r"surged|stuck|flat|steady|stable|unchanged)(?:\s+(?:below|above|near|around))?\b"), r"\1")
      for noun in ("approval", "disapproval", "support", "satisfaction", "dissatisfaction", "trust")),
    ("intellig", re.compile(r"\bartificial\s+intelligence\b"), "ai"),
    # how often: "a few times a week", "once a month", "every day", "daily" are one frequency each (`_other_frequency`)
    ("time", re.compile(r"\b(?:a\s+few|several|one|two|three|\d+)\s+times?\s+(?:a|an|per|each|every)\s+"
                        r"(day|week|month|year)\b"), r"freq\1"),
    ("ce ", re.compile(r"\b(?:once|twice)\s+(?:a|an|per|each|every)\s+(day|week|month|year)\b"), r"freq\1"),
    ("every", re.compile(r"\bevery\s+(day|week|month|year)\b"), r"freq\1"),
    # ("AI in daily life" says where, not how often)
    ("ly", re.compile(r"\b(?:(da)ily(?!\s+li(?:fe|ves)\b)|(week|month|year)ly|annually)\b"), _frequency_word),
    ("part", re.compile(r"\b(?:take|takes|taking|took|taken)\s+part\b"), "join"),
    ("favo", re.compile(r"\bin\s+favou?r\s+of\b"), "support"),
    ("back", re.compile(r"\bback\s+(?=in\b|then\b|when\b)"), ""),  # "back in April" is a date, not "support"
    ("side", re.compile(r"\bon\s+(?:the\s+)?side\s+of\b"), "side"),
    ("side", re.compile(r"\bon\s+(\w+)'s\s+side\b"), r"side \1"),
    ("know", re.compile(r"\b(?:do|does|did)\s*(?:not|n't)\s+know\b"), "undecided"),  # an answer, not a negation
    ("sure", re.compile(r"\bnot\s+sure\b"), "undecided"),
    # who the share is of, not what they answered: "including don't knows, 47% would vote Yes", "48% backing the
    # Union once undecided voters are excluded" (neither "not" nor "undecided")
    ("knows", re.compile(r"\b(?:including|excluding|without|once|with|when)\s+(?:the\s+)?don'?t\s+knows\b"
                         r"(?:\s+(?:are|were|is)\s+(?:excluded|included|removed|set\s+aside|taken\s+out))?"), " "),
    ("knows", re.compile(r"\bdon'?t\s+knows\b"), "undecided"),  # "the don't knows": an answer
    ("undecided", re.compile(r"\b(?:including|excluding|without|once|with|when)\s+(?:the\s+)?undecided(?:\s+voters)?"
                             r"(?:\s+(?:are|were|is)\s+(?:excluded|included|removed|set\s+aside|taken\s+out))?\b"),
     " "),
    ("answer", re.compile(r"\b(?:could\s*(?:not|n't)|can\s*(?:not|'t)|unable\s+to|(?:hard|difficult)\s+to|"
                          r"(?:do|does|did)\s*(?:not|n't)\s+want\s+to|refused\s+to)\s+answer\b"), "undecided"),
    # "refused to say", "declined to answer": no answer given, not the negative one ("refuse to join" is "not join")
    ("refus", re.compile(r"\brefus(?:e|ed|es|ing)\s+to\s+(?:say|answer|respond|reply)\b"), "undecided"),
    ("declin", re.compile(r"\bdeclin(?:e|ed|es|ing)\s+to\s+(?:say|answer|respond|reply)\b"), "undecided"),
    ("opinion", re.compile(r"\bno\s+opinion\b"), "undecided"),
    # who was asked, not what they answered: "14% of people who voted Conservative in April now approve of him"
    ("who vot", re.compile(r"\b(?:people|those|voters|respondents|adults|ones)\s+who\s+(?:had\s+)?voted\s+"
                           r"(?:for\s+)?(?:the\s+)?[a-z'-]+"
                           r"(?:\s+(?:in|at)\s+(?:the\s+)?(?:\d{4}|[a-z]+)(?:\s+(?:election|vote))?)?"), " "),
    ("member", re.compile(r"\b(?:become|becoming|became)\s+(?:an?\s+)?(?:full\s+)?members?\s+of\b"), "join"),
    # Nouns that only point at the topic: "recognition of the global emergency", "think the issue is a global
    # emergency" (the issue just named): what they say of it is the answer
    ("recogni", re.compile(r"\brecognition\s+(?:of|that)\b"), ""),
    ("issue", re.compile(r"\b(?:the|this|that)\s+issue\s+(?=(?:is|was|has|had|will|would)\b)"), ""),
    # "a narrow majority, 51%, say ...": how big the share is, as "half" says, not what was asked
    ("majority", re.compile(r"\b(?:an?\s+)?(?:slim|narrow|clear|large|small|bare|solid|comfortable|sizeable|sizable|"
                            r"overwhelming|vast|huge|big|strong|thin|razor[\s-]thin|wafer[\s-]thin)\s+majority\b"),
     " "),
    ("rather", re.compile(r"\brather\s+than\b"), "than"),  # "rather than" is no answer-scale "rather"
    # "a slight improvement", "a slight rise": how a share moved, not the answer-scale "slightly worse"
    ("slight", re.compile(r"\ba\s+slight\b"), ""),
    # "rose slightly to 20%", "slightly up on last month": the share moved a little, no answer "slightly satisfied"
    ("slightly", re.compile(r"\b(rose|risen|rises|rising|fell|fallen|falls|falling|dipped|dips|edged|edges|"
                            r"slipped|slips|grew|grown|increased|decreased|declined|dropped|climbed|ticked|up|down)"
                            r"\s+slightly\b|\bslightly\s+(up|down)\b"), r"\1\2"),
    # two answer-scale steps taken together ("trust it 'somewhat' or 'a lot'", "strongly or somewhat agree") are
    # the plain answer, not the one step "somewhat agree" is
    (" or ", re.compile(r"\b(?:" + INTENSITIES + r")[\"']?\s+or\s+[\"']?(?:" + INTENSITIES + r")\b[\"']?"), ""),
    # "very confident" and "fairly satisfied" are answer-scale steps of their own ("very" alone is filler: "very
    # much", "a very large majority"), the steps other pollsters call "strongly" and "somewhat"
    ("very", re.compile(r"\bvery\s+(?=" + SCALE_ADJECTIVES + r")"), "strongly "),
    ("fairly", re.compile(r"\bfairly\s+(?=" + SCALE_ADJECTIVES + r")"), "somewhat "),
    # whom an effect is for: the respondent ("hurt them personally", "for themselves", "for every Canadian"), one
    # target ("have personally experienced it" is no target: left alone)
    ("personally", re.compile(r"\b(?:(?:for|to|on)\s+)?(?:them|him|her|you|me|us)\s+personally\b"), " oneself "),
    ("selves", re.compile(r"\b(?:for|to|on)\s+themselves\b"), " oneself "),
    ("for e", re.compile(r"\bfor\s+(?:every|each)\s+(?:single\s+)?(?:one\s+of\s+them|person|citizen|resident|"
                        r"individual|[a-z]{2,}(?:ian|ican|ean|ese))\b"), " oneself "),
    # "a slightly smaller share support X" compares with the figure before: no answer-scale "slightly", no topic
    ("share", re.compile(r"\b(?:an?\s+)?(?:(?:slightly|much|far|somewhat)\s+)?(?:smaller|larger|bigger|greater|"
                         r"similar|lower|higher)\s+(?:share|number|proportion|percentage)\b"), ""),
    ("outweigh", re.compile(r"\b([a-z]+)\s+(?:now\s+|only\s+|still\s+|far\s+)?outweighs?\s+(?:the\s+)?([a-z]+)"),
     r"more \1 than \2"),  # "concern outweighs excitement" is "more concerned than excited"
    # "a negative attitude towards the plan" opposes it (a "negative view of the economy" rates it: left alone)
    ("tive", re.compile(r"\bnegative\s+(?:attitudes?|stances?)\s+(?:towards?|to)\b"), "oppose"),
    ("tive", re.compile(r"\bpositive\s+(?:attitudes?|stances?)\s+(?:towards?|to)\b"), "support"),
    # "a negative impact on them" is "hurt them", "a positive effect" is "helped" (OPPOSITES keeps the two apart)
    ("short", re.compile(r"\b(?:fell|falls|fall|falling|fallen|come|comes|came|coming)\s+short\b"),
     "not enough"),  # "the budget fell short on housing" is "did not do enough"
    ("clear", re.compile(r"\b(?:steer|steers|steered|steering|stay|stays|stayed|staying|keep|keeps|kept|keeping)"
                         r"\s+(?:well\s+)?(?:clear|away)\s+(?:of|from)\b"), "avoid"),  # "steering clear of the news"
    ("tun", re.compile(r"\b(?:tune|tunes|tuned|tuning)\s+out\b"), "avoid"),
    ("warming", re.compile(r"\bglobal\s+warming\b"), "climate change"),
    ("track", re.compile(r"\b(wrong|right)\s+track\b"), r"\1 direction"),  # "on the wrong track"
    ("pm", re.compile(r"\bpm\b"), "prime minister"),  # "approve of the PM"
    # a deputy's office is not the office ("Vice President Ana Reyes's approval" is not the president's)
    ("vice", re.compile(r"\bvice[\s-]+president\b"), "vicepresident"),
    ("deputy", re.compile(r"\bdeputy\s+(?:prime\s+minister|premier|chancellor)\b"), "deputypm"),
    ("ev", re.compile(r"\bevs?\b"), "electric vehicle"),
    ("public vote", re.compile(r"\bpublic\s+vote\b"), "referendum"),  # "in favour of a public vote" on the question
    # "opposition to the plan", "Opposition has fallen to 34%" are its "not support"; "the opposition" and "the
    # opposition parties" are who is asked about
    ("opposition", re.compile(r"\bopposition\s+(?:to|against)\b|(?<!the )(?<!main )\bopposition\b(?!\s+(?:part|"
                              r"leader|candidate|bloc|camp|coalition|alliance|politician|figure|lawmaker|mp))"),
     "not support"),
    # "would vote to leave", "would vote for the Tories": for them (a party's "primary vote" is left alone); a vote
    # for someone keeps "vote", so a candidate's vote share is not his approval ("approve of the job he does")
    ("vote", re.compile(r"\b((?:would|will|to|'d)\s+(?:not\s+)?)vote(?:\s+(to|for|in\s+favou?r\s+of)\b)?"),
     lambda m: f"{m.group(1)}support vote" if _vote_for_someone(m) else f"{m.group(1)}support"),
    ("/np", re.compile(r"\bl\s*/\s*np\b"), "lnp"),
    # "U.S. products" and "the United States" are the "American products" and "America" of another outlet
    ("u.", re.compile(r"\bu\.\s?s\.?(?:\s?a\.?)?(?![a-z])"), " america "),
    ("u.", re.compile(r"\bu\.\s?k\.?(?![a-z])"), " britain "),
    ("united", re.compile(r"\bunited\s+states(?:\s+of\s+america)?\b"), " america "),
    ("united", re.compile(r"\bunited\s+kingdom\b"), " britain "),
    ("united", re.compile(r"\bthe\s+united$"), " america "),  # "confidence in the United": a window cut the name short
    # a capital for its country after a preposition ("relations with Washington", "trust in Beijing"): the country
    # another outlet names (as a subject, "Ottawa is handling", the capital is the government: left alone)
    *((city, re.compile(r"\b(with|to|toward|towards|from|on|of|in|and|against|between|by)\s+" + city + r"\b"),
       r"\1 " + country) for city, country in [("washington", "america"), ("beijing", "china"), ("moscow", "russia"),
                                                ("kyiv", "ukraine"), ("kiev", "ukraine"), ("tehran", "iran")]),
    # the capital as the subject of what is done ("how Ottawa is handling", "Washington has handled"): its government
    *((city, re.compile(r"\b" + city + r"(?:'s|\s+(?=(?:is|was|has|have|had|will|would)\b))"), "government ")
      for city in ("washington", "ottawa", "canberra", "wellington", "westminster", "whitehall")),
    ("federal", re.compile(r"\bfederal\s+(?=government|administration)"), ""),  # "the federal government" is the one
    ("ties", re.compile(r"\bties\s+(?=with|between|to)\b"), "relations "),  # "ties with the US" are its relations
    ("relationship", re.compile(r"\brelationships?\b"), "relations"),
    ("cost", re.compile(r"\b(?:the\s+)?cost[\s-]+of[\s-]+living\b|\bliving\s+costs\b"), "prices"),  # as "prices"
    # "against a 25-country median", "compared with the average": the yardstick of a figure, no opposition
    ("against", re.compile(r"\b(?:against|versus|compared\s+(?:with|to))\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:median|average)\b"), ""),
    # "34% in Alberta, against roughly half of Canadians (52%)": another share set beside it, no opposition
    ("against", re.compile(r"\bagainst\s+(?=(?:roughly|about|around|nearly|almost|just|only|some|half|a\s+(?:third|"
                           r"quarter|fifth)|one|two|three|four|five|six|seven|eight|nine|\d+)\b)"), ""),
    ("prefer", re.compile(r"\btwo[\s-]party[\s-]preferred\b"), "tpp"),  # a vote basis, kept apart from "primary"
    ("pp", re.compile(r"\b2pp\b"), "tpp"),  # "Labor leads 52-48 on 2PP": the same basis
    # "leads 56-44 after preferences", "trails 45 to 55 on the two-party measure": the same basis again
    ("prefer", re.compile(r"\bafter\s+(?:the\s+)?preferences\b|\bpreferred\s+vote\b"), "tpp"),  # "preferred vote" too
    ("two", re.compile(r"\btwo[\s-]party\s+(?:measure|basis|count|terms|split)\b"), "tpp"),
    # "first preferences", "would give their first preference to Labor": the party's primary vote in other words
    ("first", re.compile(r"\bfirst[\s-]preferences?(?:\s+votes?)?\b"), "primary vote"),
    # a leader's "positive rating" or "good job" is the approval another outlet reports, its "negative marks" or
    # "poor job" the disapproval
    ("tive", re.compile(r"\bpositive\s+(?:evaluations?|ratings?|marks|grades?|assessments?|appraisals?)\b"), "approve"),
    ("tive", re.compile(r"\bnegative\s+(?:evaluations?|ratings?|marks|grades?|assessments?|appraisals?)\b"),
     "disapprove"),
    # the top grades of a rating scale taken together ("rate it good or great", "excellent or good") are the
    # approval other outlets report
    # (quoted as the scale's labels, '"great" or "good"', and "very" read as "strongly" by then)
    (" or ", re.compile(GRADE_QUOTE + TOP_GRADES + r"\b" + GRADE_QUOTE + r"\s+or\s+" + GRADE_QUOTE + TOP_GRADES + r"\b"
                        + GRADE_QUOTE), "approve"),
    (" or ", re.compile(GRADE_QUOTE + BOTTOM_GRADES + r"\b" + GRADE_QUOTE + r"\s+or\s+" + GRADE_QUOTE + BOTTOM_GRADES
                        + r"\b" + GRADE_QUOTE), "disapprove"),  # and the bottom grades together ("bad or terrible",
    # "poor or very bad") the disapproval
    # idioms of approval and support: "give him a thumbs-up" approves, "are on board with the plan" and "firmly
    # behind him" support; "approval remains high", "support stays steady at 40%" say how a share moved, no answer
    ("thumb", re.compile(r"\b(?:give|gives|gave|giving|given)\s+((?:[a-z'.-]+\s+){0,2}?)(?:an?\s+|the\s+|their\s+)?"
                         r"thumbs?[\s-]*up\b"), r"\1approve"),
    ("thumb", re.compile(r"\b(?:give|gives|gave|giving|given)\s+((?:[a-z'.-]+\s+){0,2}?)(?:an?\s+|the\s+|their\s+)?"
                         r"thumbs?[\s-]*down\b"), r"\1disapprove"),
    ("thumb", re.compile(r"\bthumbs?[\s-]*up\b"), "approve"),
    ("thumb", re.compile(r"\bthumbs?[\s-]*down\b"), "disapprove"),
    ("board", re.compile(r"\bon\s+board\s+(?:with|for)\b"), "support"),
    ("behind", re.compile(r"\b(?:firmly|solidly|squarely|fully|still|very\s+much)\s+behind\b"), "support"),
] + [(verb, re.compile(r"\b(approval|disapproval|support|opposition|satisfaction|dissatisfaction|trust)\s+"
                       r"(?:rating\s+)?" + verb + r"(?:s|ed)(?:\s+(?:stuck|steady|stable|high|low|firm|flat|"
                       r"unchanged|strong|weak))?\b"), r"\1") for verb in ("remain", "stay")] + [
    # a verdict on one issue ("approve of his handling of the economy", "his approach to trade", "his rating on
    # immigration", "economic stewardship") is no verdict on the job as a whole ("handling his job as president"):
    # ISSUE_AREA marks it (see `_other_role`)
    ("economic", re.compile(r"\beconomic\s+(stewardship|record|management|handling)\b"), r"\1 of the economy"),
    # "the government's housing record": its handling of housing (a track record, a poor record on it are no issue)
    ("record", re.compile(r"(?:'s|\b(?:its|his|her|their))\s+(?!(?:track|voting|own|poor|good|bad|strong|weak|mixed|"
                          r"dismal|solid|patchy|best|worst|lowest|highest|recent|overall|proven)\b)([a-z]{3,})\s+record\b"),
     r" handling of \1"),
    # "his handling of state affairs" (the phrase of Korean and Philippine pollsters) is his job as a whole
    ("affairs", re.compile(r"\b(?:state|national|government)\s+affairs\b|\baffairs\s+of\s+(?:the\s+)?state\b"), "job"),
    # "give its anti-crime efforts low marks": a verdict on its handling of crime
    ("anti", re.compile(r"\b(?:its|his|her|their|[a-z]+'s)\s+anti[\s-]?([a-z]{3,})\s+(?:efforts?|record)\b"),
     r"handling of \1"),
    # "approve of his handling of it", "of the issue": a verdict on the issue named before, whichever it is
    ("handl", ANAPHORIC_ISSUE, rf"\1{ISSUE_AREA}"), ("approach", ANAPHORIC_ISSUE, rf"\1{ISSUE_AREA}"),
    ("handl", re.compile(r"\b(?:mis)?handl(?:e|es|ed|ing)\s+(?:of\s+|with\s+)?" + ISSUE_FOLLOWS), _mark_issue),
    ("approach", re.compile(r"\bapproach(?:es)?\s+(?:to|on)\s+" + ISSUE_FOLLOWS), _mark_issue),
    ("steward", re.compile(r"\bstewardship\s+(?:of\s+)?" + ISSUE_FOLLOWS), _mark_issue),
    # "a good job managing relations with China", "how Canberra is managing them", "doing badly at tackling crime":
    # the verb of a verdict on one issue (not "managing to pay the bills", nor "fight corruption" without a verdict)
    *((hint, re.compile(r"\b(?:(?:job|well|badly|poorly)\s+(?:of\s+|at\s+|in\s+)?|how\s+(?:[\w'.-]+\s+){1,3}?"
                        r"(?:is|are|was|were|has\s+been|have\s+been)\s+)" + verb + r"\s+" + ISSUE_FOLLOWS), _mark_issue)
      for hint, verb in [("manag", r"(?:mis)?manag(?:e|es|ed|ing)"), ("fight", r"fight(?:s|ing)?"),
                         ("tackl", r"tackl(?:e|es|ed|ing)"), ("combat", r"combatt?(?:s|ed|ing)?")]),
    ("deal", re.compile(r"\b(?:deal|deals|dealt|dealing)\s+with\s+" + ISSUE_FOLLOWS), _mark_issue),
    (" on ", re.compile(r"\b(?:approv(?:e|es|ed|al|ing)|disapprov(?:e|es|ed|al|ing)|ratings?|marks|grades?|scores?|"
                        r"record|performance|job)\s+on\s+" + ISSUE_FOLLOWS), _mark_issue),
    # "On the economy, 38% approve of the job he is doing": the issue leads a verdict that names none itself
    ("on ", re.compile(r"^on\s+" + ISSUE_FOLLOWS +
                       rf"(?=[^.;]*?\b(?:approv|disapprov|job\b|handl))(?![^.;]*{ISSUE_AREA})"), _mark_issue),
    (" job", re.compile(r"\b(?:doing|did|does|do)\s+(?:a\s+)?(?:good|great|fine)\s+job\b"), "approve"),
    (" job", re.compile(r"\b(?:doing|did|does|do)\s+(?:a\s+)?(?:poor|bad|terrible)\s+job\b"), "disapprove"),
    # "31% think it is doing a good job, 62% that it is doing a bad one": the job, said once
    (" one", re.compile(r"\b(?:doing|did|does|do)\s+(?:a\s+)?(?:good|great|fine)\s+one\b"), "approve"),
    (" one", re.compile(r"\b(?:doing|did|does|do)\s+(?:a\s+)?(?:poor|bad|terrible)\s+one\b"), "disapprove"),
    # the respondents' own trust moving is their answer: "have lost faith in the news", "say their trust in it has
    # grown" are two answers (see OPPOSITES); "trust in it has fallen to 36%" moves a share: left alone
    ("los", re.compile(r"\b(?:lost|lose|loses|losing)\s+(?:(?:some|all|much|most|a\s+lot\s+of|of|their|his|her|"
                       r"any)\s+)*(?=(?:trust|faith|confidence)\b)"), "decrease "),
    ("their", re.compile(r"\b(?:their|his|her|my|our)\s+(?:trust|faith|confidence)\b(?:\s+[\w-]+){0,6}?\s+"
                         r"(?:has|have|had)\s+(?:(?P<up>grown|increased|risen|gone\s+up|improved|strengthened)|"
                         r"(?:declined|decreased|fallen|dropped|gone\s+down|weakened|eroded))\b"),
     lambda m: m.group() + (" increase" if m.group("up") else " decrease")),
    # an opinion of something, however worded ("see China in a negative light", "view it unfavourably", "a negative
    # view of China", "an unfavourable opinion of it"): its one rating word, "negative" or "positive" (a rating, no
    # opposition)
    *((hint, re.compile(r"\b(?:" + OPINION_VERBS + r")((?:\s+[\w'’.-]+){1,4}?)\s+(?:" + manner + r")\b"),
       r"\1 " + rating)
      for hint, manner, rating in [
          ("ively", "positively", "positive"), ("ively", "negatively", "negative"),
          ("rably", "favou?rably", "positive"), ("rably", "unfavou?rably", "negative"),
          ("light", r"in\s+an?\s+(?:positive|favou?rable)\s+light", "positive"),
          ("light", r"in\s+an?\s+(?:negative|unfavou?rable)\s+light", "negative")]),
    ("rable", re.compile(r"\b(?:an?\s+)?(un)?favou?rable\s+(?:views?|opinions?|impressions?|image)\b"),
     lambda m: " negative" if m.group(1) else " positive"),
    ("tive", re.compile(r"\b(?:an?\s+)?(negative|positive)\s+(?:views?|opinions?|impressions?|image|light)\b"), r"\1"),
    # "bad for the economy", "good for the country": the harm or help of another outlet's "hurt", "negative impact"
    ("for", re.compile(r"\b(?:bad|harmful|damaging)\s+for\b"), "hurt"),
    ("for", re.compile(r"\b(?:good|beneficial)\s+for\b"), "help"),
    ("tive", re.compile(r"\bnegative\s+(?:impacts?|effects?)\b"), "hurt"),
    ("tive", re.compile(r"\bpositive\s+(?:impacts?|effects?)\b"), "help"),
    # who would make the best prime minister is no approval of the one in office: a question of its own
    ("prime", re.compile(  # also "the preferred choice for prime minister"
        r"\b(?:best|better|preferred)\s+(?:choice\s+(?:for|as)\s+)?(?:prime\s+minister|premier|chancellor)\b"), "ppm"),
    # "best suited to be the next prime minister", "the top choice for PM", "who should be the next prime minister"
    ("prime", re.compile(r"\b(?:(?:(?:best|most)\s+(?:suited|suitable|qualified)|(?:top|first|(?:most\s+)?popular)\s+"
                         r"choice|favou?rite)\s+(?:candidate\s+)?(?:to\s+be(?:come)?\s+|for\s+|as\s+)(?:the\s+)?(?:next\s+)?|"
                         r"(?<!deputy\s)next\s+)(?:prime\s+minister|premier|chancellor)\b"), "ppm"),
    # "The premier is preferred by 27%": the incumbent, by office, as the preferred one
    ("prefer", re.compile(r"\b(?:the\s+)?(?:prime\s+minister|premier|chancellor)\s+(?:is|was|remains|remained)\s+"
                          r"(?:still\s+)?(?:the\s+)?(?:most\s+)?preferred\b"), "ppm"),
    # "prefer Ms Okafor as prime minister", "picked Hale as premier": the same question, the leader named between
    (" as ", re.compile(r"\b(?:prefer|prefers|preferred|preferring|choose|chose|chosen|pick|picks|picked|want|wants|"
                        r"wanted|favou?r|favou?rs|favou?red)\s+((?:[\w'.-]+\s+){1,3}?)as\s+(?:the\s+)?(?:next\s+)?"
                        r"(?:prime\s+minister|premier|chancellor)\b"), r"\1 ppm"),
    # which party is best on an issue ("the party best placed to handle Trump", "best party on the economy") is
    # no vote for the party: a measure of its own (see BEST_PARTY)
    ("part", re.compile(r"\bparty\s+(?:(?:would|is|was|will)\s+(?:be\s+)?)?(?:the\s+)?best\b|\bbest\s+party\b|"
                        r"\bmost\s+trusted\s+party\b|\bparty\s+(?:(?:is|was)\s+)?most\s+trusted\b"), " bestparty "),
    # the same measure when the terms hold no "party" ("which would be best at handling the NHS: 24% chose
    # Labour", "has the best housing policies", "would best handle", "trust Labour most on health", "most trusted on
    # the economy")
    ("best", re.compile(r"\bbest\s+(?:at\s+(?:handling|managing|tackling|dealing)|able\s+to|placed\s+to|"
                        r"(?:to\s+)?(?:handle|manage|tackle|deal)\b|(?:([a-z]+)\s+)?polic(?:y|ies)\b)|"
                        r"\bpolic(?:y|ies)\s+as\s+(?:the\s+)?best\b|"
                        r"\bwould\s+be\s+(?:the\s+)?best\b(?=\s*$|\s+(?:on|at)\b)"), r" bestparty \1 "),
    ("most", re.compile(r"\btrust(?:s|ed)?\b((?:\s+[\w'.-]+){0,3}?)\s+most\b"
                        r"(?=\s*$|\s*[,;:]|\s+(?:on|to|with|over)\b)|"
                        r"\bmost\s+trusted\b(?=\s+(?:on|to|with|over)\b)"), r" bestparty\1"),
    # a run-off by any name ("second round", "matchup"): its shares are no first-round figures (see CONTEST)
    ("round", re.compile(r"\bsecond[\s-]+round\b"), "runoff"),
    ("match", re.compile(r"\bmatch[\s-]?ups?\b"), "runoff"),
    # a trend for the worse in other words: "has got worse" is "has worsened"; of an ill (the few below), more is worse
    # ("corruption has increased", "the level of crime had risen"), so two outlets wording one question meet
    ("worse", re.compile(r"\b(?:got|gotten|grown|grew|become|became)\s+worse\b"), "worsened"),
    *((ill, re.compile(r"\b(" + ill + r")\b((?:\s+[\w'-]+){0,4}?)\s+(?:(?:has|have|had|is|was)\s+)?"
                       r"(?:increased|increasing|risen|rising|rose|grown|growing|grew|gone\s+up|went\s+up)\b"),
       r"\1\2 worsened") for ill in ("corruption", "graft", "crime", "violence", "insecurity", "poverty")),
    ("counter", re.compile(r"\bcounter[\s-]?tariffs?\b"), "retaliatory tariffs"),  # "back counter-tariffs"
] + [(hint, re.compile(pattern), party) for hint, pattern, party in [
    # parties by the names outlets give them, as one word (see PARTY_BY_LEADER for "Farage's party"); each is
    # one party of one country, and the pollster's citations are only compared with each other
    ("die", r"\bb(?:u|ue)ndnis\s*(?:90)?\s*/?\s*die\s+gr(?:u|ue)nen\b", " green "),
    ("die", r"\bdie\s+(?=gr(?:u|ue)nen\b|linke\b)", ""),  # "Die Linke": the German article
    ("altern", r"\balternative\s+(?:for|fur|fuer)\s+(?:germany|deutschland)\b", "afd"),
    ("union", r"^(?:the\s+)?union$|\b(?:the\s+)?union\s+(?:bloc|parties)\b", "cdu"),  # "the Union": CDU/CSU
    ("reform", r"\breform\s+uk\b", "reform"),
    ("christian", r"\bchristian\s+democrat(?:s|ic\s+union)\b", "cdu"),  # Germany's CDU in English
    ("free", r"\bfree\s+democrat(?:s|ic\s+party)\b", "fdp"),
    ("wagenknecht", r"\b(?:sahra\s+)?wagenknecht\s+alliance\b|\balliance\s+sahra\s+wagenknecht\b", "bsw"),
    ("bloc", r"\bbloc\s+qu[eé]b[eé]cois\b", "bloc"),  # "the Bloc" for short
    ("lib", r"\blib(?:eral)?\s*dem(?:ocrat)?s?\b", "libdem"),
    ("ld", r"^ld$", "libdem"),  # a poll table's label
    ("justice", r"\blaw\s+and\s+justice\b", "pis"),
    ("psoe", r"\bpsoe\b", "socialist"),  # Spain's PSOE is "the Socialists"; its Popular Party is "the PP"
    ("popular", r"\b(?<!most\s)(?<!more\s)popular\s+party\b|\bpartido\s+popular\b", "pp"),
    ("civic", r"\bcivic\s+(?:coalition|platform)\b", "ko"),
    ("national", r"\bnational\s+rally\b|\brassemblement\s+national\b", "rn"),
    ("france", r"\bla\s+france\s+insoumise\b|\bfrance\s+unbowed\b", "lfi"),
    ("workers", r"\bworkers'?\s+party\b", "pt"),
    ("trabalhadores", r"\bpartido\s+dos\s+trabalhadores\b", "pt"),
    ("new democrat", r"\bnew\s+democrat(?:s|ic\s+party)\b", "ndp"),
    ("democratic party", r"\bdemocratic\s+party\b", "democrat"),
    ("scottish national", r"\bscottish\s+national\s+party\b", "snp"),
    ("ital", r"\bbrothers\s+of\s+italy\b|\bfratelli\s+d'italia\b", "fdi"),
    ("national", r"\bliberal[\s-]+nationals?(?:\s+coalition)?\b", "coalition"),  # Australia's Coalition
]]
# a party by its leader ("Farage's party", "Merz's conservatives", "Carney's Liberals"): a party word after the
# possessive is the party (the leader's name goes, or two outlets, one naming the leader, would not meet); a bare
# "party" is the leader's own party where the table knows it. The leader alone ("Farage", "chose Carney") stays a
# person: best prime minister, approval.
PARTY_BY_LEADER = re.compile(  # also "Luxon's National Party", "Ciolacu's Social Democratic Party", "Peters' party"
    r"\b(?:[A-Z][^\W\d_]+\s+){0,2}(?:(?:le|de|da|van|von|del)\s+)?(?P<leader>[A-Z][^\W\d_]+)(?:['’]s|(?<=s)['’])\s+"
    r"(?P<noun>(?:[A-Z][^\W\d_]+\s+){0,2}(?i:party)|(?i:conservatives?|liberals?|labou?r|greens?|social\s+democrats?|"
    r"tories|republicans|democrats|new\s+democrats|nationals))\b")
# a known leader's possessive before a name ("Nigel Farage's Reform UK", "Peters' NZ First"): the party, named
LEADER_BEFORE_NAME = re.compile(
    r"\b(?:[A-Z][^\W\d_]+\s+){0,2}(?P<leader>[A-Z][^\W\d_]+)(?:['’]s|(?<=s)['’])\s+(?=[A-Z])")
# "NZ First leader Winston Peters", "Labour leader Keir Starmer": the person, whose party is a title here (his
# share is the best-prime-minister one or his approval, not his party's vote); "Conservative Leader X" as well
PARTY_TITLE = re.compile(r"\b(?:[A-Z][\w'’-]*\s+){1,3}(?:[Pp]arty\s+)?[Ll]eader\s+(?=[A-Z][^\W\d_]+)")
# "chose the Labour leader": the party's leader unnamed; the party word names no person, so a bare "Labour" (the
# party's vote) does not answer that best-prime-minister question
PARTY_OF_UNNAMED_LEADER = re.compile(r"\b((?:[A-Z][\w'’-]*\s+){1,3})(?:[Pp]arty\s+)?[Ll]eader\b(?!\s+[A-Z])")
LEADER_PARTY = {  # party leaders (surname, accents off, lower case) -> their party as outlets name it
    "farage": "Reform", "starmer": "Labour", "corbyn": "Labour", "badenoch": "Conservatives",
    "sunak": "Conservatives", "davey": "Lib Dems", "polanski": "Greens",
    "merz": "CDU", "scholz": "SPD", "weidel": "AfD", "wagenknecht": "BSW",
    "pen": "RN", "bardella": "RN", "melenchon": "LFI",
    "kaczynski": "PiS", "tusk": "KO",
    "carney": "Liberals", "trudeau": "Liberals", "poilievre": "Conservatives", "singh": "NDP",
    "albanese": "Labor", "dutton": "Coalition", "hanson": "One Nation",
    "luxon": "National", "hipkins": "Labour", "peters": "NZ First", "seymour": "ACT",
    "sanchez": "Socialists", "feijoo": "PP",
    "lula": "PT", "meloni": "Brothers of Italy", "orban": "Fidesz", "wilders": "PVV", "modi": "BJP",
}
AGAINST_AS_PREPOSITION = frozenset([  # "the war against", "protect against": no opposition meant
    "war", "fight", "fought", "struggl", "campaign", "aggression", "sanction", "measur", "protect", "protection",
    "defend", "defenc", "defens", "violenc", "discrimination", "crim", "attack", "strik", "vaccinat", "insur",
    "insuranc", "motion",  # "a censure motion against the government" is the motion's target
    "get", "got", "win", "won", "scor", "receiv",  # "would get 43% against 41% for her rival": a head-to-head
])
UNDECIDED = "undecid"  # the token (a stem) of "undecided", "don't know", "not sure"
BARE_ANSWER = frozenset(["not", "support", UNDECIDED])  # tokens of an answer alone ("disapprove", "not sure")
NO_ANSWER = frozenset(["not", UNDECIDED])  # tokens of the don't-knows, which every question has
REVERSAL = frozenset(["opposit", "revers", "contrary"])  # stems: "the opposite view", "the reverse"
REVERSAL_FILLER = frozenset(["report", "view", "feel", "opinion", "answer", "position", "tak", "took", "hold",
                             "held", "true", "case", "way"])
# countries as statements name them (demonyms fold into these, see SYNONYMS): one question asked of two of them is
# two questions ("trust the US", "trust China")
COUNTRIES = frozenset(["america", "china", "russia", "ukrain", "britain", "franc", "germany", "canada", "india",
                       "japan", "israel", "iran", "mexico", "poland", "belarus", "lithuania", "turkey", "taiwan"])
RELATIONS = "relation"  # the token of "relations", "relationship" (see PHRASES)
VERDICT_VERBS = frozenset(["get", "gets", "got", "draw", "draws", "drew", "win", "wins", "won", "earn", "earns",
                           "earned", "receive", "receives", "received", "remain", "remains", "score", "scores",
                           "scored"])  # verbs after a country that is itself the issue ("the US gets a thumbs-up")
SIDES = frozenset(["war", "army", "action"])  # "the Russian army's actions in Ukraine": countries in two roles
PRECISION = {"year": 1, "month": 2, "day": 3}
NUMBER_TYPES = (int, float)  # a tuple: `int | float` in isinstance builds a new union object per call
WORD = re.compile(r"[a-z][a-z'’]*|\d+")
FRACTION = re.compile(r"\b(?:in|out\s+of)\b|half|third|quarter|fifth|tenth")  # "four in ten", "two-thirds"
# "EU", "NATO", "PAS": what an answer is about, when two differ; not who polled ("by CRRC", "an NDI poll", "CRRC
# Georgia found")
ACRONYM = re.compile(r"(?<!\bby )(?<!\bfor )\b[A-Z]{2,5}\b(?!['’]s\s+(?:poll|survey)|"
                     r"\s+(?:[A-Z][a-z]|poll|survey|study|research|data|found|show))")
TWO_CAPITALS = re.compile(r"[A-Z]{2}")  # what any ACRONYM holds: a cheap test before that slower pattern
TITLES = frozenset(["PM", "MP", "MPs"])  # "better PM": an office in capitals, no organisation an answer is about
TECHNOLOGIES = frozenset(["AI"])  # "trust AI" is "trust artificial intelligence": a thing, no organisation
US_IN_CAPITALS = re.compile(r"\bUSA?\b")
INITIALS = re.compile(r"\b(?:[A-Z]{2,4}|[A-Z][a-z][A-Z])\b")  # "SF", "FG", "PiS": a name by its initials
# a capitalised name of several words, small joining words allowed ("Sinn Féin", "Prawo i Sprawiedliwość")
NAME_RUN = re.compile(r"\b[A-Z][^\W\d_]+(?:\s+(?:[a-z]{1,2}\s+)?[A-Z][^\W\d_]+)+")
OBJECT = "org:"  # the mark of an acronym's token
THAN, MORE = "than:", "more:"  # the marks of words compared (see `statement_tokens`)
MORE_LIKELY = "more:lik"  # the token of "more likely", "less likely" (see `statement_tokens`)
LIKELY_FILLER = frozenset([MORE_LIKELY, "lik", "remain", "stay"])  # "remain more likely than": no answer yet
LEAD = "gap:"  # the mark of a lead's tokens (see `apart_leads`)
LEAD_WORDS = frozenset(["lead", "ahead"])
TRAIL_WORDS = frozenset(["trail", "behind"])  # stems: "the Coalition trails 45 to 55", "behind Labor 44-56"
SPLIT_GAP = 4  # characters between the two shares of a split: "56-44", "56 to 44", "56 / 44"
CONTEST = "duel:"  # the mark of a run-off's tokens (see `apart_contests`)
CONTEST_WORDS = frozenset(["beat", "defeat", "runoff", "versus"])  # stems: "X would beat Y", "X versus Y"
RUN_OFF = frozenset(["run", "off"])  # "in a run-off"
LABEL_WORDS = 2  # a statement this short is a label or bare answer ("Labour", "Reform UK")
ABBREVIATION = re.compile(r"[A-Z](?:[a-z]{1,3}|[A-Z]{2,3})\.?")  # a label alone, cut short: "Lab", "CON", "Dem."
CAPITALISED = re.compile(r"\b[A-Z][a-z]{3,}")
CAPITALISED_RUN = re.compile(r"\b[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")  # "Tomas Brandt", "The Greens'"
NAME_WORD = re.compile(r"\b[A-Z][^\W\d_A-Z][^\W\d_]*")  # "Labour", "Féin": a name's word, not initials ("NHS")
# A statement pointing back at the finding just given: "the figure", "this indicator", "is down", "still"
ANAPHOR = re.compile(r"\b(?:(?:the|this|that|its)\s+(?:figure|share|number|indicator|proportion|percentage|level)|"
                     r"(?:is|was|are|were)\s+(?:down|up)|still)\b")


@functools.lru_cache(maxsize=1 << 16)
def stable_id(*parts: object) -> str:
    """A 16-hex content hash of natural-key parts (None and case/spacing differences normalised)."""
    key = "\x1f".join(" ".join(str(p).lower().split()) if p is not None else "" for p in parts)
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Wave:
    key: str
    first: dt.date
    last: dt.date


def _cyclic_gc_paused(function: Callable) -> Callable:
    """`function` run with the cyclic garbage collector off: linking builds many small sets, tuples and dicts
    that all live until it returns and form no cycles, and on a big build's heap every full collection they
    trigger walks all the articles' objects again (a fifth of linking's time at 50,000 articles)."""
    @functools.wraps(function)
    def paused(*args, **kwargs):
        if not gc.isenabled():
            return function(*args, **kwargs)
        gc.disable()
        try:
            return function(*args, **kwargs)
        finally:
            gc.enable()
    return paused


@_cyclic_gc_paused
def link_citations(citations: list[dict], in_place: bool = False) -> list[dict]:
    """Add survey_id, question_id and figure_id to every citation of a batch (`in_place`: into the given
    dicts, so a big build does not hold every citation twice; else into copies).

    A citation whose own fieldwork is missing or vaguer than its wave's also gets the wave's
    best-known dates (those other articles give), so an undated mention of a dated survey is dated;
    one without a subgroup may get the subgroup another outlet names for its share (`infer_subgroups`).
    """
    groups: dict[str, list[int]] = defaultdict(list)
    tokens = apart_contests(apart_leads(citations, carry_preferred_leader(citations, carry_questions(
        citations, [question_tokens(c) for c in citations]))), citations)
    for i, key in enumerate(join_exit_polls(citations, adopt_pollsters(citations, tokens))):
        groups[key].append(i)
    ids: dict[int, tuple[str, str, str]] = {}
    filled: dict[int, dict] = {}
    for group, members in groups.items():
        cited, words = [citations[i] for i in members], [tokens[i] for i in members]
        words = spell_out_initials(cited, words)
        words = spell_out_abbreviations(cited, words)
        redated = {**redate_guessed_months(cited), **redate_inferred_years(cited)}
        cited = [{**c, **redated[local]} if local in redated else c for local, c in enumerate(cited)]
        _GROUP[:] = [cited, _columns(cited)]  # its passes read shares, samples and articles from there
        question_of = cluster_questions(cited, words)
        wave_of = apart_by_country(cited, assign_waves(cited, question_of), _home_country(group))
        wave_of = apart_exit_polls(cited, apart_by_sponsor(cited, wave_of, group))
        question_of = split_objectless(cited, words, question_of, wave_of)
        question_of = split_far_bare_answers(cited, words, question_of, wave_of)
        question_of = split_sentence_lists(cited, question_of, wave_of)
        question_of = join_equal_values(cited, words, question_of, wave_of)
        question_of = place_wordless(cited, question_of, wave_of)
        question_of = align_equal_shares(cited, words, question_of, wave_of)
        question_of = join_group_cells(cited, words, question_of, wave_of)
        question_of = adopt_breakdown_questions(cited, words, question_of, wave_of)
        question_of = join_bare_leaders(cited, words, question_of, wave_of)
        wave_of = dated_comparisons(cited, question_of, wave_of)
        subgroup_of = infer_subgroups(cited, question_of, wave_of)
        question_of = move_discordant_shares(cited, question_of, wave_of, subgroup_of)
        question_of = split_self_contradicting(cited, words, question_of, wave_of, subgroup_of)
        wave_dates = best_dates(cited, wave_of)
        ids_of: dict[tuple[str, str], tuple[str, str, str]] = {}  # (wave, question) -> ids: figures share them
        for local, i in enumerate(members):
            if (asked := (wave_of[local], question_of[local])) not in ids_of:
                survey_id, question_id = stable_id("survey", group, asked[0]), stable_id("question", group, asked[1])
                ids_of[asked] = (survey_id, question_id, figure_key(survey_id, question_id, None))
            ids[i] = ids_of[asked]
            known = wave_dates.get(wave_of[local])
            if known and PRECISION.get(known["date_precision"], 0) > _precision(cited[local]):
                filled[i] = dict(known)
            elif local in redated:
                filled[i] = redated[local]
            if subgroup_of[local] != citations[i].get("subgroup"):
                filled.setdefault(i, {})["subgroup"] = subgroup_of[local]
    _GROUP.clear()
    linked = citations if in_place else list(map(dict, citations))
    for i, c in enumerate(linked):
        c.update(filled.get(i, ()), survey_id=ids[i][0], question_id=ids[i][1], figure_id=ids[i][2])
    return linked


def spell_out_initials(citations: list[dict], tokens: list[frozenset[str]]) -> list[frozenset[str]]:
    """Question words with initials spelt out: "SF", "FG", "PiS" are the capitalised name of as many words
    ("Sinn Féin", "Fine Gael", "Prawo i Sprawiedliwość") that other citations of the pollster write in full,
    when exactly one name there has those initials. The name's words replace the initials in its statement, so
    outlets that abbreviate and outlets that do not meet."""
    texts = [str(c.get("question_terms") or c.get("statement") or "") for c in citations]
    initials_in = {text: INITIALS.findall(text) for text in set(texts)}  # outlets repeat statements: once each
    found = [initials_in[text] for text in texts]
    if not any(found):
        return tokens
    names: dict[str, set[frozenset[str]]] = defaultdict(set)  # initials -> the names' words
    for text in set(texts):
        for name in NAME_RUN.findall(text):
            words = name.split()
            for initials in {"".join(w[0] for w in words), "".join(w[0] for w in words if w[0].isupper())}:
                if len(initials) > 1 and (spelt := statement_tokens(name)):
                    names[initials.lower()].add(spelt)
    spelt_out = list(tokens)
    for n, initials in enumerate(found):
        for word in initials:
            if len(full := names.get(word.lower(), ())) == 1:  # the name for its initials ("EU" still marks one)
                spelt_out[n] = spelt_out[n] - set(_word_tokens(word.lower())) | next(iter(full))
    return spelt_out


def spell_out_abbreviations(citations: list[dict], tokens: list[frozenset[str]]) -> list[frozenset[str]]:
    """A poll table's label cut short ("Lab 29%", "Con 18%") is the one capitalised word the pollster's other
    citations write in full that starts with it ("Labour", "Conservatives"): its stem replaces the label's, so
    the table and the prose meet."""
    texts = [str(c.get("question_terms") or c.get("statement") or "") for c in citations]
    labels = {text for text in set(texts) if ABBREVIATION.fullmatch(text)}
    short = [n for n, text in enumerate(texts) if text in labels]
    if not short:
        return tokens
    words = {word for text in set(texts) if not ABBREVIATION.fullmatch(text) for word in CAPITALISED.findall(text)}
    spelt_out = list(tokens)
    for n in short:
        label = texts[n].lower().rstrip(".")
        full = {stem(w.lower()) for w in words if w.lower().startswith(label) and len(w) > len(label) + 1}
        if len(full) == 1 and (own := _word_tokens(label)):
            spelt_out[n] = tokens[n] - set(own) | full
    return spelt_out


def carry_questions(citations: list[dict], tokens: list[frozenset[str]]) -> list[frozenset[str]]:
    """Question words per citation, a subgroup's taken from the whole-sample share before it in its
    sentence ("37% approve, with 83% of Democrats and 4% of Republicans"): a breakdown answers the
    question just asked, whatever its own clause says ("and 4% of Republicans"), unless it contradicts
    it ("52% support the plan, but 60% of renters oppose it"). A bare answer ("41% disapprove") takes the
    lead of its list (see `_lead`); a share of another wave ("54%, down from 72% last March") the question
    just asked (`_another_reading`)."""
    sentences: dict[tuple, list[int]] = defaultdict(list)
    for n, c in enumerate(citations):
        if c.get("kind") == "share" and c.get("sentence_start") is not None:
            sentences[(str(c.get("article_id")), c["sentence_start"], c.get("pollster"))].append(n)
    carried = list(tokens)
    for members in sentences.values():
        if len(members) < 2:
            continue  # a share alone in its sentence carries nothing
        asked = None  # the latest whole-sample share with words of its own
        said = None  # the latest share with words of its own, whatever its group
        for n in sorted(members, key=lambda n: citations[n].get("start") or 0):
            if said is not None and tokens[n] & REVERSAL and not tokens[n] - REVERSAL - REVERSAL_FILLER:
                carried[n] = reversed_answer(carried[said])  # "52% support it, while 8% take the opposite view"
                continue
            if said is not None and tokens[n] and tokens[n] <= BARE_ANSWER and (lead := _lead(citations[said])):
                carried[n] = tokens[n] | lead  # "On the bypass, 47% approve of it, 41% disapprove": of the bypass
            elif said is not None and tokens[n] and tokens[n] <= BARE_ANSWER and UNDECIDED not in tokens[n] and (
                    topic := _answered(carried[said])):
                carried[n] = tokens[n] | topic  # "58% back the levy, while 27% oppose it": oppose the levy
            elif (said is not None and "not" in tokens[n] and "not" not in tokens[said]
                  and len(verb := tokens[n] - NO_ANSWER) == 1 and verb < tokens[said]):
                # "The Rada is trusted by 19% (not trusted by 76%)": the denial of the share before, of its object
                carried[n] = tokens[n] | frozenset(t for t in tokens[said] if t not in NO_ANSWER and ":" not in t)
            if subgroup_key(citations[n].get("subgroup")) == "all":
                if asked is not None and _another_reading(citations[n], citations[asked]) and not stances_contradict(
                        stance(tokens[n]), stance(tokens[asked])):
                    carried[n] = carried[asked]  # "54% avoid them, down from 72% last March": that question, then
                    continue
                asked = n if len(tokens[n]) > 1 or tokens[n] - BARE_ANSWER else asked  # "Labour slipped to 22%":
                # a name alone asks its question too
            elif asked is not None and not stances_contradict(stance(tokens[n]), stance(tokens[asked])):
                carried[n] = tokens[asked]
            said = n if tokens[n] else said
    return _topic_for_bare_answers(citations, carried)


def _answered(tokens: frozenset[str]) -> frozenset[str]:
    """What an answer is about ("the levy" of "back the levy"), for the bare answer after it in its sentence;
    nothing for a label without an answer ("Labour on 24%, 9% undecided": the don't-knows of no one party). (The
    don't-knows themselves take no topic here: `_topic_for_bare_answers` gives theirs when they stand alone.)"""
    if tokens.isdisjoint(ANSWER_WORDS):
        return frozenset()
    return frozenset(t for t in tokens if t not in ANSWER_WORDS and ":" not in t and t not in NEGATIVE)


def _another_reading(citation: dict, before: dict) -> bool:
    """Whether a share gives another wave's reading than the share before it in its sentence: an earlier time
    the text does not date, or fieldwork of another month."""
    if citation.get("earlier_wave"):
        return not before.get("earlier_wave")
    own, other = citation.get("fieldwork_start"), before.get("fieldwork_start")
    return bool(own and other) and str(own)[:7] != str(other)[:7]


def apart_leads(citations: list[dict], tokens: list[frozenset[str]]) -> list[frozenset[str]]:
    """A lead ("Reform's two-point lead over Labour") is the gap between two answers, never one answer's
    figure: its words are marked (`LEAD`) so they match other leads only. Unmarked, a lead that names both
    parties would chain their two questions into one, and its points would read as a change of either share."""
    marked = [frozenset(LEAD + t for t in words) if c.get("kind") == "change" and words & LEAD_WORDS else words
              for c, words in zip(citations, tokens, strict=True)]
    for n in range(1, len(citations)):
        leads, trails = marked[n] & LEAD_WORDS, marked[n] & TRAIL_WORDS
        if (leads or trails) and not (leads and trails) and marked[n] == marked[n - 1] and _split_pair(
                citations[n - 1], citations[n]):
            smaller = n if _share(citations[n]) < _share(citations[n - 1]) else n - 1
            # "Labor is ahead 56 to 44": the smaller share is not the leader's; "the Coalition trails Labor 45 to
            # 55" names both sides, which words alone do not tell apart: wordless, such a side goes where other
            # outlets put that share (`place_wordless`)
            for side in (smaller,) if leads else (n - 1, n):
                marked[side] = frozenset()
    return marked


def _split_pair(first: dict, second: dict) -> bool:
    """Two shares written as one split ("Labor is ahead 56 to 44", "leads 52-48"): one sentence, a few characters
    apart, together the whole. One statement of a lead then names the leader for both, yet the smaller share is
    the trailing side's."""
    return (first.get("kind") == second.get("kind") == "share" and first.get("article_id") == second.get("article_id")
            and first.get("sentence_start") == second.get("sentence_start")
            and 0 <= (second.get("start") or 0) - (first.get("end") or 0) <= SPLIT_GAP
            and abs(_share(first) + _share(second) - 100) <= 1)


def apart_contests(tokens: list[frozenset[str]], citations: list[dict] | None = None) -> list[frozenset[str]]:
    """A run-off ("Bardella would beat Philippe with 51%") names both rivals, and its share is neither one's
    figure of the first round: its words are marked (`CONTEST`) so they match other run-offs only, instead of
    joining one rival's first-round label ("Philippe") to the other's run-off share. A share after a run-off's
    in its sentence is the rival's share of that run-off ("would win the run-off with 53%, against 47% for
    Philippe"), whatever words of its own it has."""
    contested = [bool(words & CONTEST_WORDS or words >= RUN_OFF) for words in tokens]
    if citations:
        contested = _on_through_sentence(citations, contested)
    return [frozenset(CONTEST + t for t in words) if is_contest else words
            for words, is_contest in zip(tokens, contested, strict=True)]


def carry_preferred_leader(citations: list[dict], tokens: list[frozenset[str]]) -> list[frozenset[str]]:
    """The shares after a best-prime-minister or best-party share in its sentence answer that question too ("23% picked
    Farage as best prime minister and 20% Starmer", "Starmer was chosen as best PM by 20%, behind Farage on
    23%"): they take its token, so they meet other outlets' best-PM figures and not the party's share."""
    for frame in (PREFERRED_LEADER, BEST_PARTY):  # so do those after a best-party share ("17% picked Labour")
        said = [frame in words for words in tokens]
        if any(said):
            carried = _on_through_sentence(citations, said)
            if frame == PREFERRED_LEADER:
                carried = _choice_in_next_sentence(citations, tokens, carried)
            issues = _issues_of_choices(citations, tokens, said) if frame == BEST_PARTY else {}
            tokens = [words | {frame} | issues.get((str(c.get("article_id")), c.get("sentence_start")), frozenset())
                      if on and not was else words
                      for c, words, on, was in zip(citations, tokens, carried, said, strict=True)]
    return tokens


def _choice_in_next_sentence(citations: list[dict], tokens: list[frozenset[str]], flags: list[bool]) -> list[bool]:
    """Flags also set for a share that only names a leader as the choice ("Tomas Brandt is the choice of half",
    "Hale was preferred by 30%") in the sentence right after a flagged share's: the question just asked, its leader
    named alone."""
    flagged_ends = {(str(c.get("article_id")), c.get("sentence_end")) for c, flag in zip(citations, flags, strict=True)
                    if flag and c.get("kind") == "share" and c.get("sentence_end") is not None}
    if not flagged_ends:
        return flags
    out = list(flags)
    for n, (c, words) in enumerate(zip(citations, tokens, strict=True)):
        if flags[n] or c.get("kind") != "share" or not words & NAMED_CHOICE or (at := c.get("sentence_start")) is None:
            continue
        names = statement_tokens(" ".join(NAME_WORD.findall(str(c.get("statement") or ""))))
        if names and words <= names | NAMED_CHOICE | {"leader"} and any(  # ("Labour leader Ana Reyes")
                (str(c.get("article_id")), end) in flagged_ends for end in range(at - NEXT_SENTENCE_GAP, at)):
            out[n] = True
    return out


def _issues_of_choices(citations: list[dict], tokens: list[frozenset[str]], said: list[bool]
                       ) -> dict[tuple[str, object], frozenset[str]]:
    """Per sentence, the words of its first best-party share without the names it gives ("best at handling the
    NHS" of "24% chose Labour as best at handling the NHS"): the shares after it are choices on that issue too,
    so "18% Reform" there stays apart from Reform's 18% on the economy in another outlet."""
    first: dict[tuple[str, object], int] = {}
    for n, (c, flag) in enumerate(zip(citations, said, strict=True)):
        key = (str(c.get("article_id")), c.get("sentence_start"))
        if flag and c.get("kind") == "share" and (key not in first or (c.get("start") or 0) < (
                citations[first[key]].get("start") or 0)):
            first[key] = n
    issues = {}
    for key, n in first.items():
        text = str(citations[n].get("question_terms") or citations[n].get("statement") or "")
        names = statement_tokens(" ".join(NAME_WORD.findall(text)))
        issues[key] = frozenset(t for t in tokens[n] - names if ":" not in t and t not in CHOICE_WORDS
                                and t not in BARE_ANSWER and t != "party")
    return issues


def _on_through_sentence(citations: list[dict], flags: list[bool]) -> list[bool]:
    """Flags set on for every share after the first flagged share of its sentence."""
    opened: dict[tuple[str, int], int] = {}  # sentence -> where its first flagged share stands
    for c, flag in zip(citations, flags, strict=True):
        if flag and c.get("kind") == "share" and c.get("sentence_start") is not None:
            key = (str(c.get("article_id")), c["sentence_start"])
            opened[key] = min(opened.get(key, c.get("start") or 0), c.get("start") or 0)
    if not opened:
        return flags
    return [flag or (c.get("kind") == "share" and (at := opened.get((str(c.get("article_id")),
                                                                      c.get("sentence_start")))) is not None
                     and (c.get("start") or 0) > at)
            for c, flag in zip(citations, flags, strict=True)]


def _topic_for_bare_answers(citations: list[dict], carried: list[frozenset[str]]) -> list[frozenset[str]]:
    """A sentence of a bare answer alone ("Another 7% found it hard to answer") answers the question of the
    share just before it, in the sentence before: it takes that share's topic words ("trust" of "do not
    trust him"), so the don't-knows of two questions stay two figures."""
    bare = [n for n, t in enumerate(carried) if t and t <= BARE_ANSWER and citations[n].get("start") is not None
            and citations[n].get("sentence_start") is not None]
    if not bare:
        return carried
    shares: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for n, c in enumerate(citations):
        if c.get("kind") == "share" and c.get("start") is not None and c.get("sentence_start") is not None:
            shares[str(c.get("article_id"))].append((c["start"], n))
    topics = list(carried)
    for n in bare:
        sentence = citations[n]["sentence_start"]
        before = [(at, m) for at, m in shares[str(citations[n].get("article_id"))]
                  if citations[m]["sentence_start"] < sentence]
        if not before or any(citations[m]["sentence_start"] == sentence and at < citations[n]["start"]
                             for at, m in shares[str(citations[n].get("article_id"))]):
            continue  # nothing before it, or a share in its own sentence frames it
        previous = carried[max(before)[1]]
        topic = frozenset(t for t in previous if t not in BARE_ANSWER and ":" not in t
                          and t not in DEGREES | POLES | CONTRASTS)
        if topic:
            topics[n] = carried[n] | topic
    return topics


def _lead(citation: dict) -> frozenset[str]:
    """The topic words a figure's question terms hold beyond its own statement: the lead of the list it
    opens ("Asked about the bypass, 47% approve of it"), which frames every answer of the list. (The words
    of its own answer are not carried: they may be that answer's alone.)"""
    lead = question_tokens(citation) - statement_tokens(citation.get("statement"))
    return frozenset(t for t in lead if t not in BARE_ANSWER and ":" not in t and t not in DEGREES | POLES | CONTRASTS)


def reversed_answer(tokens: frozenset[str]) -> frozenset[str]:
    """The opposite answer: "more X than Y" becomes "more Y than X"; any other answer is negated."""
    more, than = _marked(tokens, "more:"), _marked(tokens, "than:")
    if not (more or than):
        return tokens ^ {"not"}
    plain = tokens - {f"more:{m}" for m in more} - {f"than:{t}" for t in than} - more
    return frozenset(plain | than | {f"more:{t}" for t in than} | {f"than:{m}" for m in more})


def redate_inferred_years(citations: list[dict]) -> dict[int, dict]:
    """New fieldwork for citations whose year was only inferred from the publication date ("July
    6-20" in a story re-stamped two years later) when at least two of the shares their article gives
    for that span repeat shares of a wave that other articles date explicitly, to the same month and
    day of another year: the fieldwork days and the shares together say which year it was."""
    inferred = [n for n, c in enumerate(citations) if c.get("year_inferred")]
    if not inferred:
        return {}
    spans = [_interval(c) for c in citations]
    dated: dict[float, set[tuple[int, int, int]]] = defaultdict(set)  # share -> explicit fieldwork starts
    for c, span in zip(citations, spans, strict=True):
        if span and span[2] == "day" and not c.get("year_inferred") and not math.isnan(value := _share(c)):
            dated[round(value, 1)].add((span[0].year, span[0].month, span[0].day))
    evidence: dict[tuple[str, dt.date], dict[int, set[float]]] = defaultdict(lambda: defaultdict(set))
    for n in inferred:
        c, span = citations[n], spans[n]
        if not (span and span[2] == "day") or math.isnan(value := _share(c)):
            continue
        for year, month, day in dated.get(round(value, 1), ()):
            if (month, day) == (span[0].month, span[0].day) and year != span[0].year:
                evidence[(str(c.get("article_id")), span[0])][year].add(round(value, 1))
    shift: dict[tuple[str, dt.date], int] = {}
    for key, by_year in evidence.items():
        year = max(by_year, key=lambda y: (len(by_year[y]), y))
        if len(by_year[year]) >= 2:
            shift[key] = year - key[1].year
    redated: dict[int, dict] = {}
    for n in inferred if shift else ():
        c, span = citations[n], spans[n]
        if span and (delta := shift.get((str(c.get("article_id")), span[0]))):
            redated[n] = {"fieldwork_start": _shift_year(c["fieldwork_start"], delta),
                          "fieldwork_end": _shift_year(c.get("fieldwork_end") or c["fieldwork_start"], delta),
                          "year_inferred": False}
    return redated


def redate_guessed_months(citations: list[dict]) -> dict[int, dict]:
    """New fieldwork for citations of an undated story whose month took its year from another year the text
    states ("fielded in September" in a piece that also cites a 2023 survey): when no other citation dates a
    fieldwork to that month of that year, but other articles date one to that month of another year, the latest
    such year is the wave's (its pollster's wave of that month the batch knows)."""
    guessed = {n for n, c in enumerate(citations) if c.get("year_inferred") and not c.get("published")
               and not c.get("earlier_wave") and c.get("date_precision") == "month"}
    if not guessed:
        return {}
    dated_months: dict[tuple[int, int], set[str]] = defaultdict(set)  # (year, month) -> articles dating it
    for n, c in enumerate(citations):
        if n not in guessed and not c.get("earlier_wave") and (span := _interval(c)) and span[2] != "year":
            for month in _months_of(span[0], span[1]):
                dated_months[month].add(str(c.get("article_id")))
    redated: dict[int, dict] = {}
    for n in sorted(guessed):
        c, span = citations[n], _interval(citations[n])
        article = str(c.get("article_id"))  # its own article's dates follow from the same guess
        elsewhere = {month for month, articles in dated_months.items() if articles - {article}}
        if not span or (span[0].year, span[0].month) in elsewhere:
            continue
        years = [year for year, month in elsewhere if month == span[0].month]
        if years and (delta := max(years) - span[0].year):
            redated[n] = {"fieldwork_start": _shift_year(c["fieldwork_start"], delta),
                          "fieldwork_end": _shift_year(c.get("fieldwork_end") or c["fieldwork_start"], delta),
                          "year_inferred": False}
    return redated


def _months_of(first: dt.date, last: dt.date) -> Iterator[tuple[int, int]]:
    """(year, month) of every month a fieldwork touches."""
    index, end = first.year * 12 + first.month - 1, last.year * 12 + last.month - 1
    for i in range(index, end + 1):
        year, month = divmod(i, 12)
        yield year, month + 1


def _shift_year(iso: str, delta: int) -> str:
    return f"{int(iso[:4]) + delta:04d}{iso[4:]}"


def figure_key(survey_id: str, question_id: str, subgroup: str | None) -> str:
    return stable_id("figure", survey_id, question_id, subgroup_key(subgroup))


def subgroup_figure_id(citation: dict) -> str:
    """The published figure a linked citation cites: its question's answer among its subgroup (DESIGN:
    one figure per survey x question x answer x subgroup). For the whole sample it is the `figure_id`."""
    return figure_key(citation["survey_id"], citation["question_id"], citation.get("subgroup"))


def _whole_sample_shares(citations: list[dict], question_of: list[str], wave_of: list[str],
                         subgroup_of: list[str | None]) -> dict[tuple[str, str], list[tuple[int, float, float]]]:
    """(index, share, rounding slack) of each whole-sample share, by (wave, question): a fraction in words
    ("a third") is rounder than a share in digits."""
    cells: dict[tuple[str, str], list[tuple[int, float, float]]] = defaultdict(list)
    for n, (c, value, question, wave, subgroup) in enumerate(zip(citations, _columns(citations).shares, question_of,
                                                                 wave_of, subgroup_of, strict=True)):
        if not math.isnan(value) and subgroup_key(subgroup) == "all":
            slack = IN_WORDS if _fraction_text(c.get("value_text")) else SAME_SHARE
            cells[(wave, question)].append((n, value, slack))
    return cells


def move_discordant_shares(citations: list[dict], question_of: list[str], wave_of: list[str],
                           subgroup_of: list[str | None]) -> list[str]:
    """One wave gives one share per question for the whole sample: a share one article alone cites in a
    cluster ("Labor 53%" among primary votes of 33%) that differs from the cluster's most-cited share by
    more than rounding, but is the share of exactly one other question of that wave ("53-47 after
    preferences"), is a citation of that question; a question only its own article gives, with that very share
    (its headline, worded shorter), is its restatement, no other question."""
    cells = _whole_sample_shares(citations, question_of, wave_of, subgroup_of)
    mains: dict[tuple[str, str], float] = {}
    questions_in: dict[str, list[str]] = defaultdict(list)
    for (wave, question), shares in cells.items():
        written = Counter((value, slack) for _, value, slack in shares)  # outlets repeat a share: count once each
        times = Counter(value for _, value, _ in shares)
        backing = {value: count * sum(n for (other, slack), n in written.items() if abs(value - other) <= slack)
                   for value, count in times.items()}
        mains[(wave, question)] = max(backing, key=lambda value: (backing[value], -value))
        questions_in[wave].append(question)
    moved = list(question_of)
    for (wave, question), shares in cells.items():
        main = mains[(wave, question)]
        if not any(abs(value - main) > slack for _, value, slack in shares):
            continue
        if len({citations[m].get("article_id") for m, other, _ in shares if other == main}) < 2:
            continue  # outlets agree on no reading: none to stray from
        agreeing: dict[tuple[float, float], int] = {}  # (share, slack) -> how many articles give it, within slack
        for n, value, slack in shares:
            if abs(value - main) <= slack or _hedged_around(citations[n], value, slack, main):
                continue
            if (value, slack) not in agreeing:
                agreeing[(value, slack)] = len({citations[m].get("article_id") for m, other, _ in shares
                                                if abs(value - other) <= slack})
            if agreeing[(value, slack)] > 1:
                continue  # outlets agree on this share
            article = citations[n].get("article_id")
            homes = [other for other in questions_in[wave]
                     if other != question and abs(value - mains[(wave, other)]) <= SAME_SHARE and not all(
                         citations[m].get("article_id") == article and v == value for m, v, _ in cells[(wave, other)])]
            if len(homes) == 1:
                moved[n] = homes[0]
    return moved


def _hedged_around(citation: dict, value: float, slack: float, main: float) -> bool:
    """Whether a hedged fraction ("fewer than three in 10", "more than half") takes in a question's reading: the
    hedge points to a side (`_in_words_range`), so "fewer than three in 10" is Labour's 26%, not the 30% of
    another party."""
    if not (qualifier := citation.get("qualifier")) or not _fraction_text(citation.get("value_text")):
        return False
    low, high = _in_words_range(value, qualifier)
    return low <= main <= high


def split_self_contradicting(citations: list[dict], tokens: list[frozenset[str]], question_of: list[str],
                             wave_of: list[str], subgroup_of: list[str | None]) -> list[str]:
    """A wave gives one whole-sample share per question, so an article citing, in words that mostly differ,
    two shares of one cluster further apart than rounding ("Labor 56, the Coalition 44"; "38% satisfied
    with the Taoiseach", "the Tánaiste 33%") shows the cluster holds several questions. Each share (with its
    rounding) that several articles give becomes its own figure; the one most articles give keeps the
    cluster and its subgroups. A share one article alone gives stays: an unnamed subgroup, or a slip."""
    cells = _whole_sample_shares(citations, question_of, wave_of, subgroup_of)
    named: dict[tuple[str, str], list[int]] | None = None
    split = list(question_of)
    for (wave, question), shares in cells.items():
        readings = _readings(shares)
        if len(readings) < 2:
            continue
        if named is None:
            named = _named_group_shares(citations, question_of, wave_of, subgroup_of)
        alike = _alike_readings(citations, readings, named.get((wave, question), []))
        if not _one_article_words_two(citations, tokens,
                                      [members + more for members, more in zip(readings, alike, strict=True)]):
            continue
        outlets = [len({citations[n].get("article_id") for n in members}) for members in readings]
        kept = max(range(len(readings)), key=lambda r: (outlets[r], len(readings[r]), -r))
        kept_words = frozenset().union(*(tokens[n] for n in readings[kept]))
        for r, members in enumerate(readings):
            if r != kept and outlets[r] > 1:
                reading = min(_share(citations[n]) for n in members)
                words = frozenset().union(*(tokens[n] for n in members))
                for n in members + [n for n in alike[r] if len(tokens[n] & words) > len(tokens[n] & kept_words)]:
                    split[n] = f"{question}|{reading:g}"  # (a group's share of that reading, in its words, too)
    return split


def _named_group_shares(citations: list[dict], question_of: list[str], wave_of: list[str],
                        subgroup_of: list[str | None]) -> dict[tuple[str, str], list[int]]:
    """The shares of a named group, by (wave, question)."""
    cells: dict[tuple[str, str], list[int]] = defaultdict(list)
    for n, (question, wave, subgroup) in enumerate(zip(question_of, wave_of, subgroup_of, strict=True)):
        if subgroup_key(subgroup) != "all" and not math.isnan(_share(citations[n])):
            cells[(wave, question)].append(n)
    return cells


def _alike_readings(citations: list[dict], readings: list[list[int]], grouped: list[int]) -> list[list[int]]:
    """Per reading that two other outlets give, the named groups' shares equal to it: "48% of Europeans" may
    be the whole sample an EU-wide survey asked, so an article giving it beside "trust in the EU stands at 50%"
    gives two readings."""
    alike: list[list[int]] = [[] for _ in readings]
    for n in grouped:
        value = _share(citations[n])
        slack = IN_WORDS if _fraction_text(citations[n].get("value_text")) else SAME_SHARE
        gap, nearest = min((min(abs(value - _share(citations[m])) for m in members), r)
                           for r, members in enumerate(readings))
        if gap <= slack and len({citations[m].get("article_id") for m in readings[nearest]}
                                - {citations[n].get("article_id")}) > 1:
            alike[nearest].append(n)  # (a reading two other outlets give for everyone: one figure cut twice)
    return alike


def _readings(shares: list[tuple[int, float, float]]) -> list[list[int]]:
    """The shares of a cluster grouped into readings: sorted, a gap wider than rounding starts the next."""
    readings: list[list[int]] = []
    last = last_slack = math.nan
    for n, value, slack in sorted(shares, key=lambda share: share[1]):
        if not readings or value - last > max(slack, last_slack):
            readings.append([])
        readings[-1].append(n)
        last, last_slack = value, slack
    return readings


def _one_article_words_two(citations: list[dict], tokens: list[frozenset[str]], readings: list[list[int]]) -> bool:
    """Whether one article gives two readings in words that mostly differ ("Labor" / "the Coalition"):
    two in much the same words ("think it an emergency": 64% overall, 81% in the UK) are subgroups of one
    question, or two waves."""
    said: dict[object, list[tuple[int, frozenset[str]]]] = defaultdict(list)
    for r, members in enumerate(readings):
        for n in members:
            said[citations[n].get("article_id")].append((r, tokens[n]))
    return any(one != other and _mostly_differ(a, b)
               for shares in said.values() if len(shares) > 1
               for (one, a), (other, b) in combinations(shares, 2))


def _mostly_differ(a: frozenset[str], b: frozenset[str]) -> bool:
    """Each has words of its own, and they share fewer than half of all their words."""
    return bool(a - b) and bool(b - a) and 2 * len(a & b) < len(a | b)


def infer_subgroups(citations: list[dict], question_of: list[str], wave_of: list[str]) -> list[str | None]:
    """Subgroup per citation. Outlets often drop the subgroup ("61% are more concerned" for "61% of
    those over 65"): a citation without one that repeats, in the same wave and question, exactly the
    share another article gives for one subgroup — and that no other article gives for the whole
    sample — is that subgroup's figure."""
    subgroups: list[str | None] = [c.get("subgroup") for c in citations]
    labelled: dict[tuple[str, str, int], Counter] = defaultdict(Counter)
    whole: dict[tuple[str, str, int], set[str]] = defaultdict(set)
    unlabelled: list[tuple[int, tuple[str, str, int], str]] = []  # the whole-sample shares that may take one
    columns = _columns(citations)
    for n, (value, question, wave, subgroup) in enumerate(zip(columns.shares, question_of, wave_of, subgroups,
                                                               strict=True)):
        if math.isnan(value):
            continue
        key, article = (wave, question, round(value * 10)), columns.articles[n]
        if columns.whole[n]:
            whole[key].add(article)
            unlabelled.append((n, key, article))
        else:
            labelled[key][(subgroup_key(subgroup), subgroup, article)] += 1
    for n, key, article in unlabelled:
        if key not in labelled or len(whole[key]) > 1:
            continue  # no subgroup gives the share, or another article gives it for the whole sample
        others = [(k, text) for k, text, a in labelled[key] if a != article]
        if len({k for k, _ in others}) == 1:
            subgroups[n] = min(text for _, text in others)
    return subgroups


def best_dates(citations: list[dict], wave_of: list[str]) -> dict[str, dict]:
    """Per dated wave, the fieldwork its citations give most precisely (most often, then earliest)."""
    found: dict[str, Counter] = defaultdict(Counter)
    for c, wave, span in zip(citations, wave_of, _columns(citations).spans, strict=True):
        if span and span[2] != "year" and wave[:1].isdigit():
            found[wave][(PRECISION[span[2]], _iso_text(c.get("fieldwork_start")), _iso_text(c.get("fieldwork_end")),
                         span[2])] += 1
    best = {}
    for wave, counter in found.items():
        _, start, end, name = min(counter, key=lambda k: (-k[0], -counter[k], k[1], k[2] or ""))
        best[wave] = {"fieldwork_start": start, "fieldwork_end": end or start, "date_precision": name}
    return best


def _precision(citation: dict) -> int:
    """How precisely a citation dates its fieldwork: 0 not at all, then year, month, day."""
    span = _interval(citation)
    return PRECISION[span[2]] if span else 0


def pollster_key(citation: dict) -> str:
    """Citations of one pollster share a group; without a pollster, each article is its own group."""
    name = citation.get("pollster")
    return _organisation_key(name) if name else f"unattributed:{citation.get('article_id')}"


@functools.lru_cache(maxsize=1 << 14)
def _organisation_key(name: str) -> str:
    words = re.findall(r"\w+", name.lower())
    return " ".join(w for w in words if w not in ("the", "inc", "ltd", "plc")) or name.lower()


def adopt_pollsters(citations: list[dict], tokens: list[frozenset[str]]) -> list[str]:
    """Pollster group per citation. An article that names no pollster but repeats at least two of
    one pollster's figures — same share, similar words — is citing that pollster's survey."""
    keys = [pollster_key(c) for c in citations]
    if shorter := written_shorter(set(keys)):  # "TIFA" and "TIFA Research": one pollster
        keys = [shorter.get(key, key) for key in keys]
    if arms := national_arms(set(keys)):  # "Ipsos" of Britons where another story writes "Ipsos MORI"
        keys = [arms.get((key, c.get("geography")), key) for c, key in zip(citations, keys, strict=True)]
    if paid_for := sponsored_pollsters(citations, keys):  # "an NDI poll", "an Observer poll": who ran it
        keys = [paid_for.get(paid := _paid_by(c, key)) or _joint_clients_pollster(c, paid, paid_for) or key
                for c, key in zip(citations, keys, strict=True)]
    if any(c.get("poll_name") for c in citations):  # "a new Focus poll": Focus, if the batch names it a pollster
        named = set(keys)
        keys = [_named_poll(c, key, named, paid_for) for c, key in zip(citations, keys, strict=True)]
    shares = [_share(c) for c in citations]
    unnamed = [n for n, c in enumerate(citations) if not c.get("pollster") and not math.isnan(shares[n])]
    if not unnamed:
        return keys  # every share names its pollster: no index to build
    wanted: dict[int, set[str]] = defaultdict(set)  # share -> the words the unnamed statements look up with it
    for n in unnamed:
        wanted[round(shares[n])].update(tokens[n])
    index: dict[tuple[int, str], set[tuple[str, frozenset[str]]]] = defaultdict(set)  # (share, word) -> statements
    for n, c in enumerate(citations):
        if c.get("pollster") and not math.isnan(value := shares[n]) and (words := wanted.get(share := round(value))):
            statement = (keys[n], tokens[n])
            for t in tokens[n] & words:
                index[(share, t)].add(statement)
    uniform: defaultdict[str, float] = defaultdict(lambda: 1.0)
    votes: dict[str, Counter] = defaultdict(Counter)
    matched: dict[tuple[int, frozenset[str]], set[str]] = {}  # outlets repeat one share and wording: match once
    for n in unnamed:
        c = citations[n]
        probe = (round(shares[n]), tokens[n])
        if probe not in matched:
            overlap = Counter(m for t in tokens[n] for m in index.get((probe[0], t), ()))
            # two shared words, or the one word a party's share has on either side ("Greens", "the Coalition" of a
            # named poll's list against "the Coalition's primary vote stuck at 29%")
            matched[probe] = {key for (key, other), shared in overlap.items()
                              if shared >= min(2, len(tokens[n]), len(other))
                              and similarity(tokens[n], other, uniform) >= SIMILAR}
        votes[str(c.get("article_id"))].update(matched[probe])
    adopted = {article: max(counter, key=lambda k: (counter[k], k)) for article, counter in votes.items()
               if max(counter.values(), default=0) >= 2}
    return [adopted.get(str(c.get("article_id")), key) if not c.get("pollster") else key
            for c, key in zip(citations, keys, strict=True)]


def join_exit_polls(citations: list[dict], keys: list[str]) -> list[str]:
    """Pollster group per citation, where an exit-poll figure whose story names no pollster ("the exit poll of
    22,000 voters"), or only who it was done for ("the poll for the broadcasters"), takes the group of the batch's
    exit poll of its country and election (everyone knows who runs "the exit poll"): stories published within
    EXIT_POLL_DAYS of each other, or both undated. Only where exactly one pollster group ran exit polls there: with
    two rival exit polls, or none, it stays its own; and not a group whose stories name another sponsor ("ZDF's
    exit poll" is not one done for ARD). A story that gives no country joins only by its publication date, never
    undated (an undated story of no known country may be about any election's exit poll)."""
    lost = [n for n, c in enumerate(citations)
            if c.get("mode") == EXIT_POLL_MODE and keys[n].startswith("unattributed:")]
    if not lost:  # most batches: no exit poll without its pollster
        return keys
    ran: dict[str, set[tuple]] = defaultdict(set)  # group -> (country, publication day, sponsor) of its exit polls
    for c, key in zip(citations, keys, strict=True):
        if c.get("mode") == EXIT_POLL_MODE and not key.startswith("unattributed:"):
            ran[key].add((c.get("geography"), _exit_poll_day(c), _exit_poll_sponsor(c)))
    if not ran:
        return keys
    joined = list(keys)
    for n in lost:
        c = citations[n]
        country, day, sponsor = c.get("geography"), _exit_poll_day(c), _exit_poll_sponsor(c)
        if country is None and day is None:
            continue  # an undated story of no known country: any election's exit poll
        fits = [key for key, polls in ran.items() if any(
            (where is None or country is None or where == country) and _one_election(day, when)
            for where, when, _ in polls) and _sponsor_fits(sponsor, {paid for *_, paid in polls if paid})]
        if len(fits) == 1:
            joined[n] = fits[0]
    return joined


def _exit_poll_day(citation: dict) -> dt.date | None:
    return _date(_iso_text(citation.get("published")), first=True)


def _exit_poll_sponsor(citation: dict) -> str | None:
    return _sponsor_key(str(sponsor)) if (sponsor := citation.get("sponsor")) else None


def _one_election(day: dt.date | None, other: dt.date | None) -> bool:
    """Whether two exit-poll stories may report one election: both undated, or published within EXIT_POLL_DAYS."""
    if day is None or other is None:
        return day is other
    return abs((day - other).days) <= EXIT_POLL_DAYS


def _sponsor_fits(sponsor: str | None, sponsors: set[str]) -> bool:
    """Whether an exit poll done for `sponsors` (none named: any) may be the one a story says was done for
    `sponsor` (None: it does not say)."""
    return sponsor is None or not sponsors or any(_one_sponsor(sponsor, paid) for paid in sponsors)


def _named_poll(citation: dict, key: str, named: set[str], paid_for: dict[str, str]) -> str:
    """The pollster group of an unattributed citation whose article names its poll by a name not known as a
    pollster's ("a new Focus poll"): that name's group where other citations name it as their pollster, or the
    pollster of the sponsor of that name (`sponsored_pollsters`); else its own."""
    if citation.get("pollster") or not (poll := citation.get("poll_name")) or not key.startswith("unattributed:"):
        return key
    name = _organisation_key(str(poll))
    return name if name in named else paid_for.get(name, key)


def written_shorter(keys: set[str]) -> dict[str, str]:
    """Key -> the key of the same pollster written otherwise, where one name is the other's first words and
    at least one is not on the pollster list ("TIFA" and "TIFA Research", "Muhlenberg" and "Muhlenberg College
    Institute of Public Opinion"): the listed name, else the shorter where only one name extends it. Two listed
    names stay two pollsters ("Ipsos" and "Ipsos MORI"), and "CBS" joins neither "CBS-AXA" nor "CBS-Research"."""
    by_first: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        if not key.startswith("unattributed:"):
            by_first[key.split(" ", 1)[0]].append(key)
    listed = _listed_keys()
    mapped = {}
    for family in by_first.values():
        if len(family) < 2:
            continue
        for key in family:
            words = key.split()
            if key in listed:
                continue  # a listed name keeps its key; an unlisted one takes it
            prefixes = [other for other in family if other != key and words[:len(other.split())] == other.split()]
            longer = [other for other in _extending(key, family) if other in listed]
            if len(longer) == 1:
                mapped[key] = longer[0]
            elif prefixes and len(_extending(shortest := min(prefixes, key=len), family)) == 1:
                mapped[key] = next((o for o in prefixes if o in listed), shortest)  # not "CBS" of "CBS-AXA" and "CBS-R"
    mapped.update(_acronym_of_long_name(keys, listed, mapped))
    return {key: mapped.get(target, target) for key, target in mapped.items()}


def national_arms(keys: set[str]) -> dict[tuple[str, str], str]:
    """(Firm's key, country) -> the key of its national arm there, where the batch names both: a listed pollster
    whose name opens with another listed one's and that works in another country ("Ipsos MORI", now Ipsos UK, of
    Ipsos; "Gallup Korea" of Gallup). Outlets write the arm by the firm's name alone ("the latest Ipsos poll" of
    Britons), so the firm's citations of the arm's country are the arm's; elsewhere they stay the firm's."""
    listed = _listed_keys()
    arms: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key in keys:
        words = key.split()
        if key not in listed or len(words) < 2 or not (country := _home_country(key)):
            continue
        for n in range(1, len(words)):
            firm = " ".join(words[:n])
            if firm in keys and firm in listed and _home_country(firm) != country:
                arms[(firm, country)].append(key)
    return {place: found[0] for place, found in arms.items() if len(found) == 1}


def _acronym_of_long_name(keys: set[str], listed: frozenset[str], mapped: dict[str, str]) -> dict[str, str]:
    """An unlisted acronym written alone ("CCS") and the one unlisted long name that ends in it ("Centre for
    Civic Studies (CCS)", "University of Lima CCS"), else the one long name, listed or not, whose initials it
    spells ("the ARI found" of another story's "Angus Reid Institute", "SRF" of "Social Research Foundation"):
    one pollster, under the long name."""
    long_by_last: dict[str, list[str]] = defaultdict(list)
    by_initials: dict[str, set[str]] = defaultdict(set)
    for key in keys:
        if (words := key.split()) and len(words) >= 3 and not key.startswith("unattributed:"):
            if key not in listed:
                long_by_last[words[-1]].append(key)
            for initials in _initials(words):
                by_initials[initials].add(key)
    return {key: long_by_last[key][0] if len(long_by_last.get(key, ())) == 1 else next(iter(by_initials[key]))
            for key in keys if key not in listed and key not in mapped and 2 <= len(key) <= 6 and key.isalpha()
            and (len(long_by_last.get(key, ())) == 1 or len(by_initials.get(key, ())) == 1)}


ACRONYM_SKIPPED_WORDS = frozenset(["of", "for", "and", "the", "de", "du", "des", "la", "le"])  # "KIIS": no "of"


def _initials(words: list[str]) -> set[str]:
    """The acronyms a name's words make: every word's first letter, and those of its words but particles."""
    return {"".join(w[0] for w in words), "".join(w[0] for w in words if w not in ACRONYM_SKIPPED_WORDS)}


def _extending(key: str, family: list[str]) -> list[str]:
    words = key.split()
    return [other for other in family if other != key and other.split()[:len(words)] == words]


@functools.lru_cache(maxsize=1)
def _listed_keys() -> frozenset[str]:
    return frozenset(_organisation_key(p.name) for p in default_matcher().by_form.values())


def sponsored_pollsters(citations: list[dict], keys: list[str]) -> dict[str, str]:
    """Sponsor -> the pollster that ran its surveys, where the batch names exactly one ("a survey for the
    NDI by CRRC"): an outlet that names only who paid ("an NDI poll", "an Observer poll": as the
    pollster, or with none) cites that pollster's survey. (Not split by country: a citation's geography
    often falls back to its pollster's, so it would keep "an IRI poll" of Ukraine from IRI's pollster there.)"""
    ran: dict[str, set[str]] = defaultdict(set)
    for c, key in zip(citations, keys, strict=True):
        if c.get("pollster") and (sponsor := c.get("sponsor")) and (paid := _organisation_key(str(sponsor))) != key:
            ran[paid].add(key)
    return {paid: next(iter(pollsters)) for paid, pollsters in ran.items() if len(pollsters) == 1}


@functools.lru_cache(maxsize=1 << 10)
def _home_country(key: str) -> str | None:
    """The country of the listed pollster a key names, where attribution falls back to for a citation's
    geography when the text names none."""
    for pollster in default_matcher().by_form.values():
        if _organisation_key(pollster.name) == key:
            return pollster.country or None
    return None


def apart_by_country(citations: list[dict], wave_of: list[str], home: str | None) -> list[str]:
    """One pollster's surveys in two countries ("YouGov" of Britons for The Times, of Americans for The
    Economist) can overlap in time: a wave whose articles give another country than the pollster's own (who was
    asked, where the story is) and other fieldwork dates than the rest is two waves. An article that gives its
    country only by default (the pollster's own, or none) goes with the country whose articles name its sponsor
    ("an Economist/YouGov poll") when the rest do not, else whose shares it repeats more than those of the rest.
    One survey asked in several countries on the same dates stays one wave."""
    geos: dict[tuple[str, str], Counter] = defaultdict(Counter)  # (wave, article) -> its citations' countries
    columns = _columns(citations)
    for c, wave, article in zip(citations, wave_of, columns.articles, strict=True):
        geos[(wave, article)][c.get("geography")] += 1
    foreign_waves = {wave for (wave, _), found in geos.items() if any(g and g != home for g in found)}
    if not foreign_waves:
        return wave_of
    country_of = {at: found.most_common(1)[0][0] for at, found in geos.items() if at[0] in foreign_waves}
    dates: dict[tuple[str, object], set[tuple[object, object]]] = defaultdict(set)  # (wave, country) -> own dates
    shares: dict[tuple[str, str], set[float]] = defaultdict(set)  # (wave, article) -> its whole-sample shares
    sponsors: dict[tuple[str, str], set[str]] = defaultdict(set)  # (wave, article) -> who it says paid
    for c, wave, article, value, whole in zip(citations, wave_of, columns.articles, columns.shares, columns.whole,
                                              strict=True):
        if wave in foreign_waves:
            at = (wave, article)
            if c.get("sponsor"):
                sponsors[at].add(_organisation_key(str(c["sponsor"])))
            if c.get("fieldwork_start") and c.get("date_precision") == "day" and not c.get("earlier_wave"):
                dates[(wave, country_of[at])].add((c.get("fieldwork_start"), c.get("fieldwork_end")))
            if whole and c.get("kind") == "share":
                shares[at].add(value)
    moved: dict[tuple[str, str], str] = {}
    dates_in: dict[str, dict[object, set[tuple[object, object]]]] = defaultdict(dict)  # wave -> country -> dates
    for (w, country), dated in dates.items():
        dates_in[w][country] = dated
    articles_in: dict[str, list[tuple[str, str]]] = defaultdict(list)  # wave -> its (wave, article) keys
    for at in country_of:
        articles_in[at[0]].append(at)
    for wave in foreign_waves:
        own = dates_in[wave]  # looked up, not scanned for: a pollster's waves are many
        apart = {country for country, dated in own.items() if country and country != home and all(
            dated.isdisjoint(other) for other_country, other in own.items() if other_country != country)}
        if not apart or len(own) < 2:
            continue  # one country dates the wave, or two countries give one survey's dates
        articles = articles_in[wave]
        moved.update({at: f"{wave}@{country_of[at]}" for at in articles if country_of[at] in apart})
        guessed = [at for at in articles if country_of[at] in (None, home)]  # a country of its own: none to guess
        while _guess_countries(articles, guessed, moved, home, apart, shares, sponsors):
            pass  # an article moved to a country takes along those repeating its shares ("Labour 19%, Reform 31%")
    if not moved:
        return wave_of
    return [moved.get((wave, article), wave) for wave, article in zip(wave_of, columns.articles, strict=True)]


def _guess_countries(articles: list[tuple[str, str]], guessed: list[tuple[str, str]], moved: dict[tuple[str, str], str],
                     home: str | None, apart: set, shares: dict[tuple[str, str], set[float]],
                     sponsors: dict[tuple[str, str], set[str]]) -> bool:
    """One pass of `apart_by_country` over the articles of a wave that give their country only by default: each
    goes with the country whose articles (those moved there so far) name its sponsor or repeat its shares more
    than the rest do. Whether any moved: an article moved lets the next pass move those that repeat it."""
    by_country: dict[object, Counter] = defaultdict(Counter)  # country -> share -> articles giving it
    paid_in: dict[object, Counter] = defaultdict(Counter)  # country -> sponsor -> articles naming it
    for at in articles:
        country = moved[at].rsplit("@", 1)[1] if at in moved else home
        by_country[country].update(shares[at])
        paid_in[country].update(sponsors[at])
    changed = False
    for at in guessed:
        if at in moved:
            continue
        paid = [country for country in sorted(apart) if sponsors[at] & paid_in[country].keys()]
        if len(paid) == 1 and not any(paid_in[home][s] > 1 for s in sponsors[at]):
            moved[at], changed = f"{at[0]}@{paid[0]}", True
            continue
        rest = len(shares[at] & {v for v, n in by_country[home].items() if n > 1})  # others at home give it
        repeats = {country: len(shares[at] & by_country[country].keys()) for country in sorted(apart)}
        if (best := max(repeats, key=lambda country: repeats[country])) and repeats[best] > rest:
            moved[at], changed = f"{at[0]}@{best}", True
    return changed


def apart_exit_polls(citations: list[dict], wave_of: list[str]) -> list[str]:
    """A pollster's exit poll and its other polls are two surveys, however close in time (its last poll before the
    election ran days earlier, in the same month): a wave holding both gives its exit-poll citations a wave of
    their own."""
    exit_waves = {w for c, w in zip(citations, wave_of, strict=True) if c.get("mode") == EXIT_POLL_MODE}
    if not exit_waves:  # most batches: no exit poll
        return wave_of
    mixed = {w for c, w in zip(citations, wave_of, strict=True) if w in exit_waves and c.get("mode") != EXIT_POLL_MODE}
    if not mixed:  # most waves: no exit poll, or nothing else
        return wave_of
    return [f"{w}+{EXIT_POLL_MODE}" if w in mixed and c.get("mode") == EXIT_POLL_MODE else w
            for c, w in zip(citations, wave_of, strict=True)]


SPONSOR_FILLER = frozenset(["s", "and", "of", "for", "news", "group", "media", "trust", "foundation", "institute",
                            "fund", "center", "centre", "council", "association", "national", "network", "daily"])


def apart_by_sponsor(citations: list[dict], wave_of: list[str], pollster: str) -> list[str]:
    """One pollster's surveys for two clients in one week ("YouGov for the TUC", "YouGov for the CMI") overlap in
    time: a wave whose citations name two sponsors that are not one organisation written otherwise ("the TUC",
    "TUC's"; "Chartered Management Institute", "CMI"), and whose sponsors' outlets give other fieldwork days,
    is one wave per sponsor (each sponsor's outlets dating it to the day: "The Age" and "Nine", its owner, name one
    client otherwise; an article's dates are those of the poll it cites most). A citation naming no sponsor goes
    with the sponsor its article names in that wave, else with the one whose shares its article repeats; else it
    stays with the sponsor most articles name."""
    named: dict[str, dict[int, str]] = defaultdict(dict)  # wave -> citation -> its sponsor's key
    for n, (c, wave) in enumerate(zip(citations, wave_of, strict=True)):
        if (sponsor := c.get("sponsor")) and (key := _sponsor_key(str(sponsor))) and not _one_sponsor(key, pollster):
            named[wave][n] = key
    moved: dict[int, str] = {}
    for wave, paid in named.items():
        if len(parts := _sponsor_parts(set(paid.values()))) > 1:
            moved.update(_split_by_sponsor(citations, wave_of, wave, paid, parts))
    if not moved:
        return wave_of
    return [moved.get(n, wave) for n, wave in enumerate(wave_of)]


def _sponsor_key(name: str) -> str:
    return " ".join(w for w in _organisation_key(name).split() if w != "s")


def _one_sponsor(a: str, b: str) -> bool:
    """Two sponsor keys of one organisation: one's words within the other's, a distinctive word in common, or
    one the other's initials ("cmi", "chartered management institute")."""
    words_a, words_b = set(a.split()), set(b.split())
    if words_a <= words_b or words_b <= words_a or (words_a & words_b) - SPONSOR_FILLER:
        return True
    initials = ("".join(w[0] for w in a.split() if w not in ("and", "of", "for")),
                "".join(w[0] for w in b.split() if w not in ("and", "of", "for")))
    return a.replace(" ", "") == initials[1] or b.replace(" ", "") == initials[0]


def _sponsor_parts(keys: set[str]) -> list[frozenset[str]]:
    """Sponsor keys grouped into organisations (`_one_sponsor`, transitively), in a stable order."""
    parts: list[set[str]] = []
    for key in sorted(keys):
        joined = [part for part in parts if any(_one_sponsor(key, other) for other in part)]
        merged = {key}.union(*joined)
        parts = [part for part in parts if part not in joined] + [merged]
    return sorted((frozenset(part) for part in parts), key=sorted)


def _split_by_sponsor(citations: list[dict], wave_of: list[str], wave: str, paid: dict[int, str],
                      parts: list[frozenset[str]]) -> dict[int, str]:
    """Citation -> its sponsor's wave key, for one wave of two or more sponsors (see `apart_by_sponsor`)."""
    part_of = {n: next(i for i, part in enumerate(parts) if key in part) for n, key in paid.items()}
    cited_in: dict[str, Counter] = defaultdict(Counter)  # article -> part -> its citations there
    shares: dict[int, set[float]] = defaultdict(set)
    for n, i in part_of.items():
        cited_in[str(citations[n].get("article_id"))][i] += 1
        if not math.isnan(value := _share(citations[n])):
            shares[i].add(round(value))
    main = {article: max(parts_cited, key=lambda i: (parts_cited[i], -i)) for article, parts_cited in cited_in.items()}
    days: dict[int, set[tuple[object, object]]] = defaultdict(set)  # the dates an article gives are its main poll's
    for n, i in part_of.items():
        c = citations[n]
        if c.get("date_precision") == "day" and c.get("fieldwork_start") and not c.get("earlier_wave") and (
                main[str(c.get("article_id"))] == i):
            days[i].add((c.get("fieldwork_start"), c.get("fieldwork_end")))
    if any(not days[i] for i in range(len(parts))) or any(
            days[i] & days[j] for i, j in combinations(range(len(parts)), 2)):
        return {}  # a sponsor's outlets give no dates, or two give one survey's: one wave, its sponsor named two ways
    members = [n for n, w in enumerate(wave_of) if w == wave]
    articles = Counter(i for named in cited_in.values() for i in named)
    default = max(range(len(parts)), key=lambda i: (articles[i], -i))
    own_shares: dict[str, set[float]] = defaultdict(set)
    for n in members:
        if n not in part_of and not math.isnan(value := _share(citations[n])):
            own_shares[str(citations[n].get("article_id"))].add(round(value))
    moved = {}
    for n in members:
        article = str(citations[n].get("article_id"))
        if n in part_of:
            i = part_of[n]
        elif len(named := cited_in.get(article, Counter())) == 1:
            i = next(iter(named))
        else:
            repeats = [len(own_shares[article] & shares[i]) for i in range(len(parts))]
            i = repeats.index(top) if (top := max(repeats)) and repeats.count(top) == 1 else default
        if i != default:
            moved[n] = f"{wave}+{'|'.join(sorted(parts[i]))}"
    return moved


def _joint_clients_pollster(citation: dict, paid: str, paid_for: dict[str, str]) -> str | None:
    """The pollster of a poll a story names only by its joint clients ("a poll for NPR and PBS News"), where the
    batch names one pollster for those of them it names with one ("the PBS News/Marist poll"); else None."""
    if citation.get("pollster") or " and " not in paid:
        return None
    ran = {paid_for[client] for client in paid.split(" and ") if client in paid_for}
    return next(iter(ran)) if len(ran) == 1 else None


def _paid_by(citation: dict, key: str) -> str:
    """Who a citation names as having paid: its pollster's key where the pollster named is a sponsor
    elsewhere ("an NDI poll"), else its sponsor's when it names no pollster ("an Observer poll")."""
    return key if citation.get("pollster") else _organisation_key(str(citation.get("sponsor")))


# --- questions --------------------------------------------------------------------------------------
@functools.lru_cache(maxsize=1 << 14)
def statement_tokens(statement: str | None) -> frozenset[str]:
    """Content words of a statement, lightly stemmed, synonyms and paraphrases folded, negation kept
    as 'not' ("don't know" is an answer, "the war against" no opposition).

    Words right after "than" and after "more" (or in "easier", "worse") are also marked, so "more
    concerned than excited", "more excited" and "easier" / "more difficult" stay different answers.
    """
    if not statement:
        return frozenset()
    if "' " in statement or "’ " in statement or "'s " in statement or "’s " in statement:
        statement = LEADER_BEFORE_NAME.sub(_without_known_leader, PARTY_BY_LEADER.sub(_party_of_leader, statement))
    if "leader " in statement or "Leader " in statement:
        statement = PARTY_TITLE.sub("", statement)
    tokens: set[str] = set()
    after_than = after_more = 0
    text = statement.lower().replace("’", "'")
    if "US" in statement:  # "the US" and "the USA" in capitals are America, not the pronoun "us"
        text = US_IN_CAPITALS.sub(" america ", statement).lower().replace("’", "'")
    if not text.isascii():  # "Féin", "Fáil", "Müller": the letter without its accent, not a break in the word
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode() if _latin(text) else text
    for hint, pattern, replacement in PHRASES:
        if hint in text:
            text = pattern.sub(replacement, text)
    previous = country_issue = ""
    partner = False
    for word in WORD.findall(text):
        if word == "against" and stem(previous) in AGAINST_AS_PREPOSITION:
            continue
        if previous == ISSUE_AREA and (issue := _word_tokens(word)):  # the issue ("economy", "trade") is what the
            tokens.add(whose := f"{OBJECT}{issue[0]}")  # verdict is on: two issues are two questions (see `stance`)
            country_issue = whose if issue[0] in COUNTRIES else ""
            partner = issue[0] == RELATIONS
        elif country_issue:  # a country before a noun only says whose issue it is ("U.S. tariffs"; not "the US gets")
            if (issue := _word_tokens(word)) and word not in VERDICT_VERBS:
                tokens.discard(country_issue)
                tokens.add(f"{OBJECT}{issue[0]}")
            country_issue = ""
        elif partner and (issue := _word_tokens(word)):  # "relations with the US": with whom too, which "dealing
            tokens.add(f"{OBJECT}{issue[0]}")  # with Washington" names alone
            partner = False
        previous = word
        if word == "than":
            after_than, after_more = 3, 0
            continue
        if word in COMPARATIVES:
            after_more = 2
            continue
        after_than, after_more = max(0, after_than - 1), max(0, after_more - 1)
        if word in COMPARATIVE_FORMS:  # "easier" is "more easy", so it stays apart from "more difficult"
            word, after_more = COMPARATIVE_FORMS[word], after_more or int(not after_than)
        mapped = _word_tokens(word)
        for m in mapped:
            if m == "not" and WORRY in tokens:
                continue  # "worried they won't be able to pay": what they fear, not a negated answer
            if m == "not" or not (after_than or after_more):
                tokens.add(m)
            elif after_than:
                tokens.add(f"than:{m}")
            else:
                tokens.update((m, f"more:{m}"))
        after_more = 0 if mapped else after_more
    if BEST_PARTY in tokens:  # "best at handling the NHS": the issue of a choice of party, no verdict on one issue
        tokens.discard(ISSUE_AREA)
    # "EU", "NATO", "SNP": an organisation the answer is about (see `stance`)
    if not statement.isupper() and TWO_CAPITALS.search(statement):
        tokens.update(f"{OBJECT}{word.lower()}" for word in ACRONYM.findall(statement)
                      if word not in TITLES and word not in TECHNOLOGIES)
    return frozenset(tokens)


def _vote_for_someone(match: re.Match) -> bool:
    """ "would vote for Ruiz", "would vote Green": a vote for a candidate or party, not "would vote to leave" nor
    "would vote in favour of" a proposal (folded to "support" before this is read)."""
    preposition = match.group(2)
    return preposition == "for" or (preposition is None and not match.string.startswith(" support", match.end()))


def _party_of_leader(match: re.Match) -> str:
    """The party a "Leader's party" names: the party word after the name, or the leader's party from the
    table; the words as written when the table does not know the leader."""
    noun = match.group("noun")
    if noun.lower() != "party":
        return noun
    leader = unicodedata.normalize("NFKD", match.group("leader").lower()).encode("ascii", "ignore").decode()
    return LEADER_PARTY.get(leader, match.group())


def _without_known_leader(match: re.Match) -> str:
    """Nothing for a leader the table knows ("Nigel Farage's" before "Reform UK"), so the party alone is left;
    any other possessive as written ("Britain's", "Ipsos's")."""
    leader = unicodedata.normalize("NFKD", match.group("leader").lower()).encode("ascii", "ignore").decode()
    return "" if leader in LEADER_PARTY else match.group()


def _latin(text: str) -> bool:
    """Whether a text's letters are all Latin (accents aside): other scripts keep theirs."""
    return all(ord(ch) < 0x250 or not ch.isalpha() for ch in text)


@functools.lru_cache(maxsize=1 << 16)
def _word_tokens(word: str) -> tuple[str, ...]:
    """A word's tokens: none for stopwords and digits, 'not' for negations, else its folded stem(s)."""
    if word in NEGATIONS or word.endswith("n't"):
        return ("not",)
    if word in STOPWORDS or word.isdigit() or (word.endswith(("'s", "’s")) and word[:-2] in STOPWORDS):
        return ()
    folded = SYNONYMS.get(word) or _STEMMED_SYNONYMS.get(stem(word))
    if folded:
        return tuple(map(stem, folded.split()))
    return (stem(word),) if stem(word) != "not" else (word,)  # "noting" is no negation


def question_tokens(citation: dict) -> frozenset[str]:
    """The question's words, without the pollster's own name ("polled by the Kyiv International
    Institute of Sociology" says who asked, not what)."""
    return _question_tokens(citation.get("question_terms"), citation.get("statement"), citation.get("pollster"),
                            citation.get("subgroup"))


@functools.lru_cache(maxsize=1 << 16)
def _question_tokens(terms: str | None, statement: str | None, pollster: str | None,
                     subgroup: str | None) -> frozenset[str]:
    """question_tokens of a citation's words (cached: citations repeat their statements)."""
    words = _without(statement_tokens(terms or statement), statement_tokens(pollster))
    if words and (all(t.startswith(THAN) for t in words) or (
            MORE_LIKELY in words and _only_groups_compared(words, subgroup))):
        return frozenset()  # "than those aged 18 to 34", "Parents were more likely than non-parents": groups
        # compared, no answer of its own (it is the one said before; see `place_wordless`)
    if not terms:
        return words
    said = statement_tokens(statement)
    if said and words is not said and (lead := _group_comparison_marks(words, said)):
        words = words - lead  # "Older voters were more supportive than younger ones: 75% back it": who, not what
    if said & CONTEST_WORDS or said >= RUN_OFF:  # terms cut short ("with Tarcisio is tighter") keep the run-off
        words = words | (said & (CONTEST_WORDS | RUN_OFF))
    if BEST_PARTY in said:  # terms cut short ("on the economy the Conservatives lead") keep the measure
        words = words | {BEST_PARTY}
    if PREFERRED_LEADER in said:  # and so do "see Hale as the best choice" (for prime minister)
        words = words | {PREFERRED_LEADER}
    if words <= BARE_ANSWER and statement and statement.startswith(terms) and len(statement) > len(terms):
        words = words | said  # terms cut to the answer alone ("are on board with a new"): the statement says what
    elif statement and len(statement) > len(terms) and statement.endswith(terms):
        words = words | (said & BARE_ANSWER)  # terms cut after the answer ("of his handling of the economy" out
        # of "Disapprove of his handling of the economy: 55%"): the statement says which answer
    if statement and len(statement) > len(terms) and (cut := statement.find(terms[-DANGLING_TAIL:])) >= 0 and (
            terms.endswith(DANGLING_WORDS) or statement.startswith(CHOSEN_AFTER, cut + DANGLING_TAIL)):
        named = NAME_WORD.findall(statement, cut + DANGLING_TAIL)  # terms cut before the party or person their
        if named:  # statement names ("would give their first preference to" Fine Gael): that name is the answer
            words = words | statement_tokens(" ".join(named))
    if statement and (cut := statement.find(terms)) > 0 and not _names(terms) and (
            named := _one_name(statement[:cut])):
        words = words | named  # terms cut after the name their clause opens with ("Tomas Brandt stays far ahead as
        # preferred premier", "The Greens' primary vote has slipped"): whose share it is
    if (often := said & FREQUENCIES) and not words & FREQUENCIES:  # terms cut before "a few times a week"
        words = words | often
    if ISSUE_AREA in said and (ISSUE_AREA not in words or any(t.startswith(OBJECT) and t not in words for t in said)):
        words = words | said  # terms cut short ("approve of his handling of the") keep the issue the statement names
        # ("the economy", "the issue")
    return _own_pole(words, said)


def _one_name(words: str) -> frozenset[str]:
    """The tokens of the one name (a run of capitalised words) some words give; none if they give two ("Starmer
    edged past Ms Okafor": whose share, the words cut after them do not say) or none."""
    if not any(ch.isupper() for ch in words):
        return frozenset()
    named = {(spelt, run.start() > 0 or " " in run.group() or run.group().endswith(("'s", "’s")))
             for run in CAPITALISED_RUN.finditer(words) if (spelt := statement_tokens(run.group()))}
    if len(named) != 1 or not (one := next(iter(named)))[1]:
        return frozenset()  # (a first word alone may only open the sentence: "Renters seem to have backed")
    return one[0]


DANGLING_WORDS = (" to", " for", " their")  # words a cut leaves hanging before the party or person chosen
CHOSEN_AFTER = (" to ", " for ")  # "... first preference vote" cut before " to Sinn Féin": the same cut
DANGLING_TAIL = 12  # characters of cut terms their statement must hold to be the same clause


def _only_groups_compared(words: frozenset[str], subgroup: str | None) -> bool:
    """Whether "more likely" (or "less") compares the share's group with another and says nothing else: the
    words left are the groups' own and "remain" ("Renters remain more likely than owners")."""
    group = statement_tokens(subgroup) if subgroup else frozenset()
    return all(t.startswith(THAN) or t in group or t in LIKELY_FILLER for t in words)


@functools.lru_cache(maxsize=1 << 14)
def _group_comparison_marks(words: frozenset[str], said: frozenset[str]) -> frozenset[str]:
    """The comparison marks ("more:", "than:") that only a lead before the share's own clause gives, with the
    words they mark, when that clause has an answer unmarked: the lead compares groups on that answer."""
    lead = frozenset(t for t in words - said if t.startswith((THAN, MORE)))
    if not lead or any(t.startswith((THAN, MORE)) for t in said):
        return frozenset()
    return lead | (frozenset(t.partition(":")[2] for t in lead if t.startswith(MORE)) - said)


@functools.lru_cache(maxsize=1 << 14)
def _own_pole(words: frozenset[str], said: frozenset[str]) -> frozenset[str]:
    """Question terms with the pole their statement gives, without the opposite one: terms cut short ("think
    the country is moving in") still say "wrong direction"; "58% say tariffs hurt them, while 11% say they've
    helped": the lead's "hurt" is the other answer's, not this one's. A denial's terms keep no negative word its
    statement lacks, which would cancel the denial (see `stance`)."""
    if missing := (said & POLES) - words:
        words = words | missing
    if "not" in said and words & NEGATIVE and not said & NEGATIVE:
        words = words - NEGATIVE  # "ratings are poor: 61% are dissatisfied": the lead's "poor" denies nothing more
    if MOVED_SLIGHTLY in words and said and not said & DEGREES:
        words = words - {MOVED_SLIGHTLY}  # "views eased slightly: 77% view it unfavourably": how the share moved
    if not words & POLES:
        return words
    return words - {OPPOSITES[p] for p in said & POLES if OPPOSITES[p] not in said}


@functools.lru_cache(maxsize=1 << 16)
def _without(tokens: frozenset[str], others: frozenset[str]) -> frozenset[str]:
    """tokens - others, cached: the citations repeating a statement (by one pollster) share one object, which
    the caches and sets keyed by it later compare by identity instead of word by word."""
    return tokens - others


@functools.lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """Light suffix stripping so "increases", "increased", "increasing" and "increase" meet, in either
    spelling: British "recognise", "analyse", "favour", "centre" are stemmed as their American forms."""
    word = re.sub(r"['’]s?$", "", word)
    if len(word) <= 3:
        return word
    word = american_spelling(word)
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    for suffix in ("ing", "ed", "ly"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiouls":
                word = word[:-1]  # "getting" -> "get"
            break
    while word.endswith("e") and len(word) > 3:  # "agree" and "agreed" both end as "agr"
        word = word[:-1]
    return word


def american_spelling(text: str) -> str:
    """Words in their American spelling ("the Centre" is "the Center", "organisation" "organization"): one poll's
    question or group, worded in London and in New York, meets."""
    return BRITISH_SPELLING.sub(lambda ending: AMERICAN_ENDINGS[ending.group()], text)


_STEMMED_SYNONYMS = {stem(word): folded for word, folded in SYNONYMS.items()} | SYNONYMS  # "disagreed" too

def cluster_questions(citations: list[dict], tokens: list[frozenset[str]]) -> list[str]:
    """A question key per citation: similar statements of one pollster, across all its waves.

    Clusters grow one distinct statement at a time (most cited, then longest, then by text), joining
    the cluster it is most similar to on average, provided it is close to one member, at least
    COHERENT to all of them on average (no chains through one loose wording), and contradicts
    none ("more excited" against "more concerned than excited", "support" against "not support").
    Only statements sharing one of its rarer words, or wholly contained in it ("more concerned than
    excited" in "greater concern than excitement about AI's growing role"), are compared, so the
    work grows with the statements that could match, not with all of them. Keys are the cluster's smallest statement,
    so they depend on the batch's content and never on its order.
    """
    frequency = Counter(filter(None, tokens))  # the wordless are no statement
    generic = objectless(list(frequency))
    distinct = sorted(frequency, key=lambda t: (t in generic, -frequency[t], -len(t), _order(t)))
    weight = _idf(list(frequency))
    rarest_first = {t: n for n, (_, t) in enumerate(sorted((-w, t) for t, w in weight.items()))}  # sorted once
    clusters: list[list[frozenset[str]]] = []
    kinds: list[set[tuple]] = []  # per cluster, the distinct stances of its members (see `stance`)
    roles: list[set[frozenset[str]]] = []  # per cluster, its members' ROLE_TOKENS (see `_other_role`)
    cluster_of: dict[frozenset[str], int] = {}
    holding: dict[str, list[frozenset[str]]] = defaultdict(list)  # word -> clustered statements with it
    by_rarest: dict[str, list[frozenset[str]]] = defaultdict(list)  # rarest word -> clustered statements
    for unit in distinct:
        scores: dict[int, list[float]] = defaultdict(list)
        probes = probe_words(unit, weight, rarest_first)  # rarest first
        if unit <= ROLE_TOKENS:  # "best prime minister" alone names no answer: no one leader's cluster is its
            probed, contained = set(), set()  # (an equal share of one wave may join it, `join_equal_values`)
        else:
            probed = {m for t in probes for m in holding.get(t, ())}
            contained = {m for t in unit for m in by_rarest.get(t, ()) if m <= unit}
        for member in probed | contained:
            # a member contradicting the unit scores 0 in `similarity`, and its cluster is passed over below
            scores[cluster_of[member]].append(_overlap(unit, member, weight))
        own, role = stance(unit), unit & ROLE_TOKENS
        best, best_score = None, 0.0
        for n in sorted(scores):
            if max(scores[n]) < SIMILAR or any(stances_contradict(own, other) for other in kinds[n]) or any(
                    _other_role(role, other) for other in roles[n]):
                continue
            if _two_labels(unit, clusters[n]):
                continue  # "Labour" and "Conservatives": two labels, whatever longer statement holds both
            average = math.fsum(scores[n]) / len(clusters[n])  # exact, so order-free; unshared members count 0
            if average > best_score and average >= COHERENT:
                best, best_score = n, average
        if best is None:
            clusters.append([])
            kinds.append(set())
            roles.append(set())
            best = len(clusters) - 1
        clusters[best].append(unit)
        kinds[best].add(own)
        roles[best].add(role)
        cluster_of[unit] = best
        for t in unit:
            holding[t].append(unit)
        by_rarest[probes[0]].append(unit)
    names = [min(map(_order, members)) for members in clusters]
    wordless_in = {str(c.get("article_id")) for c, t in zip(citations, tokens, strict=True) if not t}
    position = _article_positions(citations, wordless_in) if wordless_in else {}  # places only name wordless ones
    return [
        names[cluster_of[t]] if t else f"unmatched:{c.get('article_id')}:{position[n]}"
        for n, (c, t) in enumerate(zip(citations, tokens, strict=True))
    ]


def _two_labels(unit: frozenset[str], members: list[frozenset[str]]) -> bool:
    """Whether a short statement and a short member name two answers: "Labour" and "Conservatives", also
    within one measure ("Labor's primary vote" and "the Coalition's primary vote", "Labor" and "the Coalition"
    on two-party preferred), whose words (FRAME_TOKENS) say the question, not the answer; nor do the verbs of
    a list of answers ("17% picked Labour and 14% chose Reform UK": two labels), nor backing ("back Reform",
    "would back Labour": two answers, the verb of the vote choice their one rare word)."""
    label = unit - FRAME_TOKENS - CHOICE_WORDS - BACKING
    if not label or len(label) > LABEL_WORDS:
        return False
    return any(len(other := m - FRAME_TOKENS - CHOICE_WORDS - BACKING) <= LABEL_WORDS and other
               and label.isdisjoint(other) for m in members)


def split_objectless(citations: list[dict], tokens: list[frozenset[str]], question_of: list[str],
                     wave_of: list[str]) -> list[str]:
    """An objectless denial ("not trusted", see `objectless`) in a question to which its own article gives, in
    one wave, shares far apart ("37%" of the president, "81%" of the courts) may be any of those figures: each
    of its citations becomes a question of its own, which a share repeated in that wave joins to its figure
    (`join_equal_values`), instead of one question pulling every such figure together."""
    generic = objectless(list({t for t in tokens if t}))
    if not generic:
        return question_of
    columns = _columns(citations)
    articles = columns.articles
    held = {(q, w, a) for t, q, w, a in zip(tokens, question_of, wave_of, articles, strict=True) if t in generic}
    values: dict[tuple[str, str, str], set[float]] = defaultdict(set)
    for q, w, a, value, whole in zip(question_of, wave_of, articles, columns.shares, columns.whole, strict=True):
        if (q, w, a) in held and whole and not math.isnan(value):
            values[(q, w, a)].add(value)
    split = {key for key, shares in values.items() if max(shares) - min(shares) > FAR_APART}
    unnamed_issue = {t for t in generic if ISSUE_AREA in t}  # "his handling of it": any issue, only a share tells
    if not split and not unnamed_issue:
        return question_of
    return [f"{q}@{a}:{c.get('start')}" if t in generic and ((q, w, a) in split or t in unnamed_issue)
            and subgroup_key(c.get("subgroup")) == "all" else q
            for c, t, q, w, a in zip(citations, tokens, question_of, wave_of, articles, strict=True)]


def split_far_bare_answers(citations: list[dict], tokens: list[frozenset[str]], question_of: list[str],
                           wave_of: list[str]) -> list[str]:
    """A bare answer ("Lecornu fared better, with 33% satisfied": its words only "satisfied") in a question for
    which its own article gives, in that wave, a whole-sample share far apart in fuller words ("16% are
    satisfied with him as president") answers something those words leave out (another leader, another
    institution): it becomes a question of its own, which a share repeated in that wave may still join
    (`join_equal_values`), instead of one figure holding both shares. So does a bare answer that took the topic
    of the share before it ("50% disagreed that X, while 31% agreed", see `_answered`) in a question whose
    other articles give only shares far from its own in that wave: the topic says what it answers, not among
    whom ("among them", a group the sentence before names)."""
    fuller: dict[tuple[str, str, str], list[tuple[float, frozenset[str]]]] = defaultdict(list)
    bare = []
    columns = _columns(citations)
    for n, c in enumerate(citations):
        if not columns.whole[n] or math.isnan(value := columns.shares[n]) or not tokens[n]:
            continue
        key = (question_of[n], wave_of[n], columns.articles[n])
        if tokens[n] <= ANSWER_WORDS or (not tokens[n].isdisjoint(BARE_ANSWER)
                                         and statement_tokens(c.get("statement")) <= ANSWER_WORDS):
            bare.append((n, key, value))  # "while 31% agreed": bare in its own words, whatever it took (`_answered`)
        else:
            fuller[key].append((value, tokens[n]))
    if not bare:
        return question_of
    elsewhere: dict[tuple[str, str], list[tuple[str, float]]] = defaultdict(list)  # (question, wave) -> shares
    if any(not tokens[n] <= ANSWER_WORDS for n, _, _ in bare):
        for (question, wave, article), shares in fuller.items():
            elsewhere[(question, wave)].extend((article, v) for v, _ in shares)
        for _, (question, wave, article), value in bare:
            elsewhere[(question, wave)].append((article, value))
    split = list(question_of)
    for n, key, value in bare:
        own = tokens[n] if tokens[n] <= ANSWER_WORDS else tokens[n] - ANSWER_WORDS  # a carried one: its topic
        if any(abs(value - v) > FAR_APART and own < words for v, words in fuller.get(key, ())) or (
                own is not tokens[n] and _far_from_others(value, key[2], elsewhere[key[:2]])):
            split[n] = f"{question_of[n]}@{key[2]}:{citations[n].get('start')}"
    return split


def _far_from_others(value: float, article: str, shares: list[tuple[str, float]]) -> bool:
    """Whether other articles give shares there and all lie FAR_APART from the value."""
    others = [v for other, v in shares if other != article]
    return bool(others) and all(abs(value - v) > FAR_APART for v in others)


def split_sentence_lists(citations: list[dict], question_of: list[str], wave_of: list[str]) -> list[str]:
    """Whole-sample shares of one sentence in one question and wave that differ by more than rounding are a list
    of answers ("47% disapprove of his handling of the job, 51% of Dutton's", "the Coalition leads Labor, 35% to
    31%"), not one figure: each becomes a question of its own, which a share repeated in that wave joins to its
    figure (`join_equal_values`). Fractions ("almost half, 47%") and earlier readings are left where they are, and
    so is a sentence whose article gives its question elsewhere too: it breaks that figure down ("61% say it
    should be legal" then "Democrats and Republicans, 80% to 38%"), a list that `move_discordant_shares`
    sorts out (see `moved_anyway`) and one that reads a share of another wave (see `read_then`)."""
    listed: dict[tuple[str, str, str, object], set[float]] = defaultdict(set)
    members: dict[tuple[str, str, str, object], list[int]] = defaultdict(list)
    columns = _columns(citations)
    for n, c in enumerate(citations):
        if columns.value_keys[n] and _in_list(c):  # a share in figures (its value key) first: the cheap test
            key = (question_of[n], wave_of[n], columns.articles[n], c["sentence_start"])
            listed[key].add(columns.shares[n])
            members[key].append(n)
    apart = {key for key, shares in listed.items() if len(shares) > 1 and max(shares) - min(shares) > SAME_SHARE}
    if not apart:
        return question_of  # no sentence lists two shares of one question (most groups)
    sentences: dict[tuple[str, str, str], set[object]] = {key[:3]: set() for key in apart}
    for n, c in enumerate(citations):
        held = sentences.get((question_of[n], wave_of[n], str(c.get("article_id"))))
        if held is not None and c.get("kind") == "share":
            held.add(c.get("sentence_start"))
    apart = {key for key in apart if len(sentences[key[:3]]) == 1}
    waves = {key[1] for key in apart}
    questions = {key[0] for key in apart}
    cited: dict[tuple[str, float], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    then: dict[tuple[str, float], set[tuple[str, str]]] = defaultdict(set)  # (question, share) -> (wave, article)
    for key, held in members.items():  # (wave, share) -> question -> the articles giving that share there
        if key[1] in waves:
            for n in held:
                cited[(key[1], _share(citations[n]))][key[0]].add(key[2])
        if key[0] in questions:
            for n in held:
                then[(key[0], _share(citations[n]))].add((key[1], key[2]))

    def moved_anyway(key: tuple[str, str, str, object]) -> bool:
        """Some of the list's shares another article gives there, each of the others is the share of one other
        question there: `move_discordant_shares` moves those, where other outlets' figures are."""
        question, wave, article, _ = key
        stray = [v for v in listed[key] if not cited[(wave, v)][question] - {article}]
        return 0 < len(stray) < len(listed[key]) and all(len(set(cited[(wave, v)]) - {question}) == 1
                                                           for v in stray)

    def read_then(key: tuple[str, str, str, object]) -> bool:
        """A share of the list that another article gives for the question in another wave: "54% now, against
        72% a year earlier", which `dated_comparisons` dates."""
        question, wave, article, _ = key
        return any(w != wave and other != article for v in listed[key] for w, other in then[(question, v)])

    split = list(question_of)
    for key in sorted(apart, key=str):
        if not moved_anyway(key) and not read_then(key):
            for n in members[key]:
                split[n] = f"{key[0]}@{key[2]}:{citations[n].get('start')}"
    return split


def _in_list(citation: dict) -> bool:
    """A whole-sample share in per cent of the current reading, placed in its sentence."""
    if citation.get("kind") != "share" or citation.get("sentence_start") is None or citation.get("earlier_wave"):
        return False
    if (group := citation.get("subgroup")) and subgroup_key(group) != "all":
        return False
    return isinstance(citation.get("value"), NUMBER_TYPES) and not _fraction_text(citation.get("value_text"))


def objectless(statements: list[frozenset[str]]) -> set[frozenset[str]]:
    """Denials that leave out what they deny ("not trusted", "do not back"): one word and "not", wholly contained
    in two statements that add different words to it ("do not trust the courts", "do not trust parliament"); so
    too verdicts on an issue they do not name ("approve of his handling of it") beside verdicts on named issues.
    Which of those they mean their words cannot say: they are clustered last, so they seed no question that
    figures naming their object join through them (`cluster_questions`, `split_objectless`), and they name no
    question of their own that a longer statement could `_bridges`. (A bare "trusted" is left alone: "friendly"
    or "support" alone is often the one question of its poll.)"""
    holding: dict[str, list[frozenset[str]]] = defaultdict(list)
    for t in statements:
        for word in t:
            holding[word].append(t)
    generic = set()
    for t in statements:
        if (len(t) != 2 or "not" not in t) and not (ISSUE_AREA in t and not any(w.startswith(OBJECT) for w in t)):
            continue  # a statement of its own words, not a bare denial ("not trusted", "do not back") nor a verdict
            # on an issue it does not name ("approve of his handling of it")
        wider = [other - t for other in min((holding[w] for w in t), key=len) if len(other) > len(t) and t < other]
        if any(a.isdisjoint(b) for i, a in enumerate(wider) for b in wider[i + 1:]):
            generic.add(t)
    return generic


@functools.lru_cache(maxsize=1 << 14)
def _fraction_text(value_text: object) -> bool:
    """Whether a share is given as a fraction ("four in ten", "3 in 10", "nearly half"): a rounding of the
    share another outlet gives in per cent, not a share of its own."""
    return bool(FRACTION.search(str(value_text or "").lower()))


def _article_positions(citations: list[dict], articles: set[str]) -> dict[int, int]:
    """Each citation's place among its article's citations in text order (by offset, or by row where
    the build has set offsets aside), for the given articles: a wordless citation is its own question,
    one per place."""
    order = [(article, c.get("start") if c.get("start") is not None else c.get("_row") or 0,
              str(c.get("kind")), str(c.get("value")), n)
             for n, (c, article) in enumerate(zip(citations, _columns(citations).articles, strict=True))
             if article in articles]
    position: dict[int, int] = {}
    seen: Counter = Counter()
    for article, *_, n in sorted(order):
        position[n] = seen[article]
        seen[article] += 1
    return position


def probe_words(tokens: frozenset[str], weight: dict[str, float], rarest_first: dict[str, int]) -> list[str]:
    """The rarest words of a statement that carry over half its weight: a statement sharing none of
    them shares less than half of it, too little to be the same question. `rarest_first` ranks every
    word of `weight` by weight, then alphabetically."""
    ranked = sorted(tokens, key=rarest_first.__getitem__)
    total = sum(map(weight.__getitem__, ranked))
    words, covered = [], 0.0
    for t in ranked:
        words.append(t)
        covered += weight[t]
        if covered > total / 2:
            break
    return words


def join_equal_values(citations: list[dict], tokens: list[frozenset[str]], question_of: list[str],
                      wave_of: list[str]) -> list[str]:
    """Within one wave, two outlets quoting the same share with loosely similar words cite one figure;
    so does one article restating a share in other, closer words ("Americans worry over AI" in the
    headline, "50% are now more worried" in the text).

    Only evidence for joining: a different value never keeps two statements apart, the joined
    question keeps the name of its smallest statement (never a value), and two questions whose
    statements contradict each other are never joined. In a wave other than the one whose equal share
    joined them, two questions whose whole-sample shares are all FAR_APART (28% against 97% and 3%) stay
    two figures: one share quoted alike elsewhere does not make two answers of that wave one.
    """
    by_wave_value: dict[tuple[str, str], list[int]] = defaultdict(list)
    fractions = []
    for n, (c, value) in enumerate(zip(citations, _columns(citations).value_keys, strict=True)):
        if value and not question_of[n].startswith("unmatched:"):
            by_wave_value[(wave_of[n], value)].append(n)
            if _fraction_text(c.get("value_text")):
                fractions.append(n)
    weight = _idf(list(set(tokens))) if fractions or any(len(cited) > 1 for cited in by_wave_value.values()) else {}
    values_in: dict[str, list[str]] = defaultdict(list)  # wave -> the value keys cited in it
    for wave, value in by_wave_value if fractions else ():
        values_in[wave].append(value)
    for n in fractions:  # "four in ten", "nearly half": the nearest share of its wave (41.2%, 47.6%) in words
        if near := _rounded_from(n, citations, tokens, question_of, values_in[wave_of[n]],
                                 [by_wave_value[(wave_of[n], v)] for v in values_in[wave_of[n]]], weight):
            by_wave_value[(wave_of[n], near)].append(n)
    quoted_again = sorted(key for key, cited in by_wave_value.items() if len(cited) > 1)
    if not quoted_again:
        return list(question_of)  # no share is quoted twice in one wave: nothing to join
    members: dict[str, set[tuple]] = defaultdict(set)  # question -> the stances of its statements
    roles: dict[str, set[frozenset[str]]] = defaultdict(set)  # question -> its statements' ROLE_TOKENS
    for q, t in set(zip(question_of, tokens, strict=True)):  # outlets repeat statements: each stance once
        members[q].add(stance(t))
        roles[q].add(t & ROLE_TOKENS)
    shares: dict[str, dict[str, set[float]]] = defaultdict(lambda: defaultdict(set))  # question -> wave -> shares
    columns = _columns(citations)
    for n, (value, whole) in enumerate(zip(columns.shares, columns.whole, strict=True)):
        if whole and not math.isnan(value):
            shares[question_of[n]][wave_of[n]].add(value)
    given: dict[str, dict[str, dict[str, set[float]]]] = defaultdict(dict)  # question -> wave -> article -> shares
    for (wave, q), by_article in _shares_by_article(citations, question_of, wave_of).items():
        given[q][wave] = by_article
    apart: dict[tuple[str, str], str] = {}  # (wave, question) -> the name it keeps in that wave, not joined there
    parent = {q: q for q in question_of}
    joined_into: dict[str, list[str]] = {}  # question -> the questions joined into it (theirs too): find() gives it

    def find(q: str) -> str:
        while parent[q] != q:
            parent[q] = parent[parent[q]]
            q = parent[q]
        return q

    said_in: dict[str, set[tuple[str, frozenset[str]]]] = defaultdict(set)  # wave -> its (question, statement)
    bridging: dict[tuple[str, frozenset[str]], bool] = {}

    def bridges(wave: str, said: frozenset[str]) -> bool:
        """`_bridges`, worked out once per statement and wave, and only where two questions might join on it."""
        if len(said) < 3:
            return False
        if not said_in:
            generic = objectless(list(set(tokens)))  # "not trusted" names no question of its own to bridge
            for q, t, w in zip(question_of, tokens, wave_of, strict=True):
                if t and t not in generic:
                    said_in[w].add((q, t))
        if (wave, said) not in bridging:
            bridging[(wave, said)] = _bridges(said, said_in[wave])
        return bridging[(wave, said)]

    for key in quoted_again:
        articles_of: dict[tuple[str, frozenset[str]], set[str]] = defaultdict(set)
        exact: dict[tuple[str, frozenset[str]], set[float]] = defaultdict(set)  # the values as cited
        for n in by_wave_value[key]:
            articles_of[(question_of[n], tokens[n])].add(columns.articles[n])
            exact[(question_of[n], tokens[n])].add(columns.shares[n])
        units = sorted(articles_of, key=lambda u: (u[0], _order(u[1])))
        for i, (qa, ta) in enumerate(units):
            for qb, tb in units[i + 1:]:
                if qb == qa or (x := find(qa)) == (y := find(qb)):
                    continue  # already one question
                one_article = len(articles_of[(qa, ta)] | articles_of[(qb, tb)]) < 2
                if not one_article and _same_decimal(exact[(qa, ta)], exact[(qb, tb)]):
                    if contradict(ta, tb):
                        continue  # "25.5%" in two outlets: one figure, whatever their words, unless they contradict
                elif similarity(ta, tb, weight) < (RESTATED if one_article else SIMILAR_SAME_VALUE) or (
                        ta & tb <= COUNTRIES) or (
                        ta & tb <= CHOICE_FRAMES and ta - CHOICE_FRAMES and tb - CHOICE_FRAMES):
                    continue  # "Germany" in both: where the poll was taken, not what was asked; "best party" in
                    # both, "Fianna Fáil" in one, "Fine Gael" in the other: two parties chosen (a bare frame may join)
                if one_article and _other_names_given(citations, by_wave_value[key], (qa, ta), (qb, tb), question_of,
                                                      tokens):
                    continue  # "Labour on 25%, level with the Greens on 25%": one article naming two parties at one
                    # share gives two answers, not one restated
                if any(stances_contradict(s, t) for s in members[x] for t in members[y]) or any(
                        _other_role(a, b) for a in roles[x] for b in roles[y]):
                    continue  # (a bare name between "would vote for him" and "approve of his job" joins neither)
                if bridges(key[0], ta) or bridges(key[0], tb):
                    continue  # "Reform extends lead as Labour slips": which party's share it is, words do not say
                if _told_apart(given[x].get(key[0], {}), given[y].get(key[0], {})):
                    continue  # one article gives both, a point or more apart, in this wave: two figures
                keep, gone = min(x, y), max(x, y)
                for w in sorted(shares[keep].keys() & shares[gone].keys() - {key[0]}):
                    if all(abs(a - b) > FAR_APART for a in shares[keep][w] for b in shares[gone][w]):
                        apart.update({(w, q): gone for q in (gone, *joined_into.get(gone, ())) if (w, q) not in apart})
                        del shares[gone][w]
                parent[gone] = keep
                joined_into.setdefault(keep, []).extend((gone, *joined_into.pop(gone, ())))
                members[keep] |= members.pop(gone)
                roles[keep] |= roles.pop(gone)
                for w, by_article in given.pop(gone).items():
                    _merge_given(given[keep].setdefault(w, {}), by_article)
                for w, values in shares.pop(gone, {}).items():
                    shares[keep][w] |= values
    joined = [apart.get((w, q)) or find(q) for q, w in zip(question_of, wave_of, strict=True)]
    return _join_in_wave(citations, tokens, joined, wave_of, [by_wave_value[key] for key in quoted_again], weight,
                         set(fractions), bridges)


def _join_in_wave(citations: list[dict], tokens: list[frozenset[str]], question_of: list[str], wave_of: list[str],
                  quoted: list[list[int]], weight: dict[str, float], fractions: set[int],
                  bridges: Callable[[str, frozenset[str]], bool]) -> list[str]:
    """Within one dated wave, outlets quote the same few figures: two questions that two articles each give
    the one same share in per cent are one figure there, whatever their words ("41% want the euro", "41.2%
    support its introduction"), when the two articles also agree on another figure of the wave (same question,
    same share: they quote one release), each question gives one share there and more than the don't-knows, and
    neither has another such partner there. Never when they contradict, or when one of the articles gives another
    figure in words like the other's ("Reform 14%" and "Isamaa 29%" against "Isamaa 14%"). Only for that wave:
    elsewhere the two may be two questions. Fractions and statements that `bridges` two questions say too little
    to count."""
    candidates = []  # (wave, names, sides, articles) of the shares quoted alike by two questions
    for cited in quoted:
        wave = wave_of[cited[0]]
        per_cent = [n for n in cited if n not in fractions]
        if not wave[:1].isdigit() or len({question_of[n] for n in per_cent}) < 2:
            continue  # one question quoted alike: nothing to join
        per_cent = [n for n in per_cent if not bridges(wave, tokens[n])]
        names = sorted({question_of[n] for n in per_cent})
        if len(names) != 2 or len({subgroup_key(citations[n].get("subgroup")) for n in per_cent}) != 1:
            continue
        sides = [[n for n in per_cent if question_of[n] == name] for name in names]
        articles = [{str(citations[n].get("article_id")) for n in side} for side in sides]
        if articles[0] & articles[1] or any(contradict(tokens[a], tokens[b]) or _other_answers(tokens[a], tokens[b])
                                            for a in sides[0] for b in sides[1]):
            continue
        if any(_other_names(citations[a].get("statement"), citations[b].get("statement"))
               for a in sides[0] for b in sides[1]):
            continue  # "14% picked Reform UK" and "the Liberal Democrats on 14%": two parties, one share by chance
        if all(any(tokens[n] - NO_ANSWER for n in side) for side in sides):  # not the don't-knows alone
            candidates.append((wave, names, sides, articles))
    if not candidates:
        return question_of
    wanted = {(article, wave) for wave, _, _, articles in candidates for side in articles for article in side}
    waves = {wave for _, wave in wanted}
    of_article: dict[tuple[str, str], list[int]] = defaultdict(list)  # (article, wave) -> its shares
    agreed: dict[tuple[str, str], dict[tuple[str, str], set[float]]] = defaultdict(lambda: defaultdict(set))
    values: dict[tuple[str, str], set[float]] = defaultdict(set)  # (wave, question) -> its whole-sample shares
    unrounded: dict[tuple[str, str], bool] = defaultdict(bool)  # (article, wave) -> gives a share with decimals
    columns = _columns(citations)
    for n, value in enumerate(columns.value_keys):
        if wave_of[n] in waves and value:
            if (at := (columns.articles[n], wave_of[n])) in wanted:
                agreed[at][(question_of[n], value)].add(columns.shares[n])
                unrounded[at] = unrounded[at] or not columns.shares[n].is_integer()
                if n not in fractions:  # a headline's "fewer than half" may round the very figure
                    of_article[at].append(n)
            if columns.whole[n] and n not in fractions and not bridges(wave_of[n], tokens[n]):
                values[(wave_of[n], question_of[n])].add(columns.shares[n])
    pairs: dict[tuple[str, str], list[str]] = defaultdict(list)  # (wave, question) -> the questions it may join
    given = _shares_by_article(citations, question_of, wave_of)
    for wave, names, sides, articles in candidates:
        if any(max(shares := values[(wave, name)] or {0}) - min(shares) > SAME_SHARE for name in names):
            continue  # a question read otherwise in the wave ("57" and "43")
        if _told_apart(given[(wave, names[0])], given[(wave, names[1])]):
            continue  # an article gives both there, a point or more apart: two figures
        rounded = len({_share(citations[n]) for side in sides for n in side}) > 1  # "41%" against "41.2%"
        if rounded and any(all(_share(citations[n]).is_integer() for n in side) and any(
                unrounded[(article, wave)] for article in articles[s]) for s, side in enumerate(sides)):
            continue  # an article giving "34.5%" quotes the release unrounded: its "13%" rounds no "12.5%"
        if not any(_quote_alike(agreed[(a, wave)], agreed[(b, wave)], rounded) for a in articles[0]
                   for b in articles[1]):
            continue  # nothing says the two articles quote one release
        if any(_gives_otherwise(of_article[(article, wave)], question_of, tokens, names[side], sides[1 - side], weight)
               for side in (0, 1) for article in articles[side]):
            continue
        pairs[(wave, names[0])].append(names[1])
        pairs[(wave, names[1])].append(names[0])
    local = {(wave, q): min(q, others[0]) for (wave, q), others in pairs.items()
             if len(set(others)) == 1 and len(set(pairs[(wave, others[0])])) == 1}  # one partner each, no chains
    return [local.get((w, q), q) for q, w in zip(question_of, wave_of, strict=True)] if local else question_of


@functools.lru_cache(maxsize=1 << 16)
def _other_answers(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two statements each name their answer and no answer of one is the other's: "approve of his job"
    and "expect tariffs to help", "are worried about tariffs" or "the right direction" are two questions, however
    alike their shares; approving, being satisfied, trusting and a good job are one verdict (cached: pairs repeat)."""
    kinds_a, kinds_b = _answer_kinds(a), _answer_kinds(b)
    return bool(kinds_a and kinds_b and kinds_a.isdisjoint(kinds_b))


def _answer_kinds(tokens: frozenset[str]) -> frozenset[str]:
    """A statement's answer words, its verdicts on someone (VERDICTS) as one, negation and degree aside."""
    kinds = tokens & ANSWER_WORDS - NO_ANSWER - DEGREES
    return kinds - VERDICTS | {JOB} if kinds & VERDICTS or JOB in tokens else kinds


def _other_names_given(citations: list[dict], cited: list[int], unit_a: tuple[str, frozenset[str]],
                       unit_b: tuple[str, frozenset[str]], question_of: list[str],
                       tokens: list[frozenset[str]]) -> bool:
    """Whether one article's two equal shares (`cited`, by question and words) name someone different each
    (`_other_names`): "the Greens polled 25%, level with Labour on 25%" gives two parties' shares."""
    names = [frozenset().union(*(_names_or_initials(citations[n].get("statement")) for n in cited
                                 if (question_of[n], tokens[n]) == unit)) for unit in (unit_a, unit_b)]
    return bool(names[0] and names[1]) and names[0].isdisjoint(names[1])


@functools.lru_cache(maxsize=1 << 14)
def _names_or_initials(statement: object) -> frozenset[str]:
    """`_names` and names by their initials ("AfD", "SNP")."""
    if not statement:
        return frozenset()
    text = str(statement)
    return _names(text) | frozenset(word.lower() for word in INITIALS.findall(text) if word not in TITLES)


@functools.lru_cache(maxsize=1 << 14)
def _other_names(a: object, b: object) -> bool:
    """Whether two statements each name someone (capitalised words: a party, a leader) and share none of those
    names, folded as question words are ("the Tories" is "the Conservatives")."""
    if not a or not b:
        return False
    names_a, names_b = _names(str(a)), _names(str(b))
    return bool(names_a and names_b) and names_a.isdisjoint(names_b)


def _names(statement: str) -> frozenset[str]:
    if not any(ch.isupper() for ch in statement[1:]):
        return frozenset()  # no capital past the first letter: no name (most statements)
    return frozenset(chain.from_iterable(
        _word_tokens(word.lower()) for word in CAPITALISED.findall(statement[1:]) if word not in TITLES))


def _bridges(tokens: frozenset[str], said: set[tuple[str, frozenset[str]]]) -> bool:
    """Whether a statement holds the whole statements of two questions of its wave that share no word ("Reform
    extends lead as Labour slips" holds "Reform" and "Labour"): it may be either's figure, so it joins neither
    to another."""
    if tokens & CONTRASTS:
        return False  # "equally concerned and excited", "neither": one answer about both
    held = [(q, t) for q, t in said if t < tokens and t - BARE_ANSWER]
    return any(q != r and not t & u for i, (q, t) in enumerate(held) for r, u in held[i + 1:])


def _quote_alike(one: dict[tuple[str, str], set[float]], other: dict[tuple[str, str], set[float]],
                 rounded: bool) -> bool:
    """Whether two articles give one figure of a wave alike (same question, same share), one of them rounding
    it too if `rounded` (an outlet giving "47%" for another's 46.7% has rounded the release's other figures)."""
    return any(not rounded or one[key] != other[key] for key in one.keys() & other.keys())


def _gives_otherwise(shares: list[int], question_of: list[str], tokens: list[frozenset[str]], own: str,
                     other: list[int], weight: dict[str, float]) -> bool:
    """Whether an article gives, as a question other than `own`, a figure worded like one of `other`."""
    return any(question_of[m] != own and tokens[m] and similarity(tokens[m], tokens[n], weight) >= SIMILAR
               for m in shares for n in other)


def _rounded_from(n: int, citations: list[dict], tokens: list[frozenset[str]], question_of: list[str],
                  values: list[str], cited: list[list[int]], weight: dict[str, float]) -> str | None:
    """The value key of the share a fraction ("four in ten") rounds: the nearest, within IN_WORDS points, of
    the `values` its wave gives (`cited` by those citations) for another question with loosely similar, not
    contradicting words; None if there is none."""
    share = _share(citations[n])
    low, high = _in_words_range(share, citations[n].get("qualifier"))
    named = _names_in(citations[n])
    near = [(abs(int(value) - share), value) for value, by in zip(values, cited, strict=True)
            if int(value) != share and low <= int(value) <= high and any(  # each wording once: outlets repeat them
                similarity(tokens[n], words, weight) >= SIMILAR_SAME_VALUE
                for words in {tokens[m] for m in by if question_of[m] != question_of[n]
                              and not (named and named.isdisjoint(_names_in(citations[m]) or named))})]
    return min(near)[1] if near else None


def _names_in(citation: dict) -> frozenset[str]:
    """The tokens of the names a citation's statement gives ("Fine Gael"): a fraction naming one party rounds no
    share another party is given ("almost one in five would back Fine Gael" is not Fianna Fáil's 21%). Its first
    word is left out: a capital there may only open the sentence ("Unemployment remains the top concern")."""
    return statement_tokens(" ".join(NAME_WORD.findall(str(citation.get("statement") or ""), 1)))


def _in_words_range(share: float, qualifier: object) -> tuple[float, float]:
    """The per-cent shares a fraction may round: IN_WORDS either side, or twice that on the side its qualifier
    points to ("more than half" is 54% as often as 51%; "nearly half" is below it)."""
    if qualifier == "more_than":
        return share, share + 2 * IN_WORDS
    if qualifier == "less_than":
        return share - 2 * IN_WORDS, share
    return share - IN_WORDS, share + IN_WORDS


def _shares_by_article(citations: list[dict], question_of: list[str], wave_of: list[str]
                       ) -> dict[tuple[str, str], dict[str, set[float]]]:
    """(wave, question) -> article -> the whole-sample shares that article gives it there, exactly (not its
    comparisons with an earlier reading, nor "nearly three-quarters", "more than 40%"): what `_told_apart` reads."""
    given: dict[tuple[str, str], dict[str, set[float]]] = defaultdict(lambda: defaultdict(set))
    columns = _columns(citations)
    for n in columns.exact:
        given[(wave_of[n], question_of[n])][columns.articles[n]].add(columns.shares[n])
    return given


def _told_apart(one: dict[str, set[float]], other: dict[str, set[float]]) -> bool:
    """Whether an article gives two questions of one wave one whole-sample share each, a point or more apart
    ("Sinn Féin is on 22%, Fianna Fáil on 21%"): that article says they are two figures, so no share alike
    elsewhere joins them (another outlet's 22% "ahead of Fianna Fáil" bridges nothing). An article giving one
    question two shares there reads it loosely (a subgroup missed), so says nothing."""
    return any(len(values) == 1 and len(other[article]) == 1 and abs(min(values) - min(other[article])) >= 1
               for article, values in one.items() if article in other)


def _merge_given(into: dict[str, set[float]], gone: dict[str, set[float]]) -> None:
    """Add the per-article shares of a question joined into another to the other's (union-find roots)."""
    for article, values in gone.items():
        into[article] = into.get(article, set()) | values


def align_equal_shares(citations: list[dict], tokens: list[frozenset[str]], question_of: list[str],
                       wave_of: list[str]) -> list[str]:
    """Within one dated wave, outlets quote one release: where two articles each give a share exactly once
    in that wave (31% and "31 percent"), those two citations are one figure there, whatever their words
    ("call it great or good", "rose to"), unless their words contradict, either question gives another share
    there (beyond SAME_SHARE: "Reform 29%" against the "Reform 27%" of last week) or a statement names two
    questions (`_bridges`). Only for that wave: elsewhere the two may be two questions."""
    once: dict[tuple[str, str, str], list[int]] = defaultdict(list)  # (wave, article, value) -> citations
    columns = _columns(citations)
    for n, (c, value, whole) in enumerate(zip(citations, columns.shares, columns.whole, strict=True)):
        if wave_of[n][:1].isdigit() and not math.isnan(value) and whole and not _fraction_text(c.get("value_text")):
            once[(wave_of[n], columns.articles[n], f"{value:g}")].append(n)  # as written: 46.7 is no 47
    alike: dict[tuple[str, str], list[int]] = defaultdict(list)  # (wave, value) -> one citation per article
    for (wave, _, value), cited in once.items():
        if len({question_of[n] for n in cited}) == 1:  # once, or restated as one question (headline and text)
            alike[(wave, value)].append(cited[0])
    pairs = [(wave, cited) for (wave, _), cited in alike.items() if len(cited) > 1
             and len({question_of[n] for n in cited}) > 1]
    if not pairs:
        return question_of
    values_of: dict[tuple[str, str], set[str]] = defaultdict(set)  # (wave, article) -> the shares it gives there
    for wave, article, value in once:
        values_of[(wave, article)].add(value)
    shares: dict[tuple[str, str], set[float]] = defaultdict(set)  # (wave, question) -> its whole-sample shares
    said: dict[str, set[tuple[str, frozenset[str]]]] = defaultdict(set)
    for n, (value, whole) in enumerate(zip(columns.shares, columns.whole, strict=True)):
        if whole and not math.isnan(value):
            shares[(wave_of[n], question_of[n])].add(value)
        if tokens[n]:
            said[wave_of[n]].add((question_of[n], tokens[n]))
    by_article = _shares_by_article(citations, question_of, wave_of)
    parent: dict[tuple[str, str], tuple[str, str]] = {}

    def find(key: tuple[str, str]) -> tuple[str, str]:
        root = key
        while parent.get(root, root) != root:
            root = parent[root]
        while key != root:  # path compression: chains grow with the waves' citations
            parent[key], key = root, parent[key]
        return root

    for wave, cited in pairs:
        given = [values_of[(wave, columns.articles[n])] for n in cited]  # once per citation
        for i, a in enumerate(cited):
            x = find((wave, question := question_of[a]))  # refreshed after a join below
            for j in range(i + 1, len(cited)):
                if question_of[b := cited[j]] == question:
                    continue  # one question already: copies of one story repeat it
                y = find((wave, question_of[b]))
                if x == y or _apart_in_wave(tokens[a], tokens[b]) or not _one_release(given[i], given[j]):
                    continue
                both = shares[x] | shares[y]
                if max(both) - min(both) > SAME_SHARE or any(
                        t and _bridges(t, said[wave]) for t in (tokens[a], tokens[b])) or (
                        _told_apart(by_article[x], by_article[y])):
                    continue
                keep, gone = min(x, y), max(x, y)
                parent[gone] = keep
                shares[keep] = both
                _merge_given(by_article[keep], by_article.pop(gone))
                x = keep
    return [find((w, q))[1] for q, w in zip(question_of, wave_of, strict=True)] if parent else question_of


def join_group_cells(citations: list[dict], tokens: list[frozenset[str]], question_of: list[str],
                     wave_of: list[str]) -> list[str]:
    """Within one dated wave, a question that only named groups' shares give ("Labour still leads in London on
    33%", "among Democrats, 94% disapprove") is a cut of a question that wave gives for the whole sample: its
    shares differ from the whole sample's, so no equal share joins them, but its words do. It joins the question
    of the wave whose whole-sample statements are most like its own (at least COHERENT) and do not contradict
    them, when no other question of the wave comes as close ("Labor is backed" is as close to "Labor's primary
    vote" as to "support for One Nation": neither) and the two name no other party or leader and no other answer.
    Only for that wave: elsewhere the two may be two questions."""
    columns = _columns(citations)
    statements: dict[tuple[str, str], set[frozenset[str]]] = defaultdict(set)  # (wave, question) -> its statements
    said_by: dict[tuple[str, frozenset[str]], int] = {}  # (question, statement) -> a citation saying it
    whole_cells: set[tuple[str, str]] = set()
    for n, (wave, question, said) in enumerate(zip(wave_of, question_of, tokens, strict=True)):
        if not wave[:1].isdigit() or not said or math.isnan(columns.shares[n]):
            continue
        statements[(wave, question)].add(said)
        said_by.setdefault((question, said), n)
        if columns.whole[n]:
            whole_cells.add((wave, question))
    orphans = sorted(statements.keys() - whole_cells)
    if not orphans:
        return question_of
    weight: dict[str, float] | None = None  # (made when first needed: most orphans have no whole-sample words)
    orphan_waves = {wave for wave, _ in orphans}
    holding: dict[tuple[str, str], set[str]] = defaultdict(set)  # (wave, word) -> whole-sample questions saying it
    for wave, question in whole_cells:
        if wave not in orphan_waves:
            continue  # only an orphan's wave is looked in
        for said in statements[(wave, question)]:
            for t in said:
                holding[(wave, t)].add(question)
    moved: dict[tuple[str, str], str] = {}
    for wave, question in orphans:
        own = statements[(wave, question)]
        near = {q for said in own for t in said for q in holding.get((wave, t), ())}
        if not near:
            continue
        if weight is None:
            weight = _idf(list(set(tokens)))
        ranked = sorted(((max(_overlap(a, b, weight) for a in own for b in statements[(wave, other)]), other)
                         for other in near if not any(contradict(a, b) for a in own
                                                      for b in statements[(wave, other)])),
                        key=lambda scored: (-scored[0], scored[1]))  # the group's other answers ("disapprove") aside
        if not ranked or ranked[0][0] < COHERENT or (
                len(ranked) > 1 and ranked[0][0] - ranked[1][0] < CLEARLY_CLOSER and ranked[1][0] >= COHERENT):
            continue
        best = ranked[0][1]
        if not any(_other_answers(a, b) or _other_name_pair(_names_said(citations, said_by[(question, a)]),
                                                            _names_said(citations, said_by[(best, b)]))
                   for a in own for b in statements[(wave, best)]):
            moved[(wave, question)] = best
    return [moved.get((w, q), q) for q, w in zip(question_of, wave_of, strict=True)] if moved else question_of


def _names_said(citations: list[dict], n: int) -> frozenset[str]:
    """The names (and initials) a citation's statement gives."""
    return _names_or_initials(citations[n].get("statement"))


def _other_name_pair(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both name someone and no name is shared ("One Nation" against "the Greens")."""
    return bool(a and b) and a.isdisjoint(b)


def join_bare_leaders(citations: list[dict], tokens: list[frozenset[str]], question_of: list[str],
                      wave_of: list[str]) -> list[str]:
    """A leader named alone ("has Hipkins on 22% and Luxon on 21%", its best-prime-minister frame a sentence away)
    answers the one best-prime-minister question of its wave that names that leader ("Labour leader Chris Hipkins
    is on 22% as preferred prime minister"), when another article gives it the same share there (SAME_SHARE) and
    no other statement of the pollster puts the name to another question (approval, a vote). Only for that wave."""
    preferred = [n for n, t in enumerate(tokens)
                 if PREFERRED_LEADER in t and not question_of[n].startswith("unmatched:")]
    if not preferred:
        return question_of
    named_in: dict[str, set[tuple[str, str]]] = defaultdict(set)  # a name's token -> the (wave, question) naming it
    for n in preferred:
        statement = citations[n].get("statement") or ""
        party_titles = frozenset().union(*map(statement_tokens, PARTY_OF_UNNAMED_LEADER.findall(statement))) if (
            "eader" in statement) else frozenset()
        for t in tokens[n] - FRAME_TOKENS - CHOICE_WORDS - BACKING - party_titles:
            named_in[t].add((wave_of[n], question_of[n]))
    elsewhere: set[str] = set()  # names some other statement puts to another question
    for t in set(tokens):
        if t and PREFERRED_LEADER not in t and len(t) > LABEL_WORDS:
            elsewhere |= t & named_in.keys()
    shares: dict[tuple[str, str], list[tuple[float, str]]] = defaultdict(list)
    columns = _columns(citations)
    for n, (share, whole, article) in enumerate(zip(columns.shares, columns.whole, columns.articles, strict=True)):
        if whole and not math.isnan(share):
            shares[(wave_of[n], question_of[n])].append((share, article))
    moved: dict[tuple[str, str], str] = {}
    for n, t in enumerate(tokens):
        if not t or len(t) > LABEL_WORDS or t & (ROLE_TOKENS | elsewhere) or not t <= named_in.keys():
            continue
        asked = (wave_of[n], question_of[n])
        if asked in moved or question_of[n].startswith("unmatched:"):
            continue
        choices = {q for w, q in set.intersection(*(named_in[name] for name in t)) if w == asked[0]}
        if len(choices) == 1 and any(abs(a - b) <= SAME_SHARE and article != other for a, article in shares[asked]
                                     for b, other in shares[(asked[0], next(iter(choices)))]):
            moved[asked] = next(iter(choices))
    return [moved.get((w, q), q) for q, w in zip(question_of, wave_of, strict=True)] if moved else question_of


@functools.lru_cache(maxsize=1 << 16)
def _apart_in_wave(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two statements `align_equal_shares` keeps apart, however alike their shares: contradicting answers (a
    statement that names no answer, "went", "edged upward", contradicts none) or another role (cached: outlets
    repeat statements, so a wave's pairs repeat); or two answers of two questions ("approve of his job", "expect
    tariffs to help", see `_other_answers`)."""
    return (_answers(a) and _answers(b) and contradict(a, b)) or _other_role(a, b) or _other_answers(a, b)


def _answers(tokens: frozenset[str]) -> bool:
    """Whether a statement says which answer it is ("approve", "bad", "more concerned"): one that does not
    ("went", "edged upward") contradicts none."""
    return bool(tokens & ANSWER_WORDS) or any(":" in t and not t.startswith(OBJECT) for t in tokens)


def _one_release(one: set[str], other: set[str]) -> bool:
    """Whether two articles' shares of a wave look quoted from one release: at least two alike, and at least
    half of the shorter list (two long lists of a big poll share a few values by chance)."""
    alike = len(one & other)
    return alike >= 2 and 2 * alike >= min(len(one), len(other))


def place_wordless(citations: list[dict], question_of: list[str], wave_of: list[str]) -> list[str]:
    """A share with no words of its own (a headline in title case, a bare "84%") answers the question
    its own article gives that share for elsewhere (the first such, in text order), else the one question
    of its wave that at least two other articles cite with exactly that share (one is enough when its own
    article gives worded shares of that wave: `_reports_wave`); else it stays its own."""
    wordless = [n for n, q in enumerate(question_of) if q.startswith("unmatched:") and _value_key(citations[n])]
    if not wordless:
        return question_of
    asked: dict[tuple[str, float], dict[str, set[tuple[str, bool]]]] = defaultdict(lambda: defaultdict(set))
    in_article: dict[tuple[str, str, float], list[tuple[int, str, bool]]] = defaultdict(list)
    wordless_in = {str(citations[n].get("article_id")) for n in wordless}
    mates: dict[str, list[int]] = defaultdict(list)  # article -> its citations, for the articles of wordless ones
    wanted = {(wave_of[n], round(_share(citations[n]), 1)) for n in wordless}  # the only keys looked up below
    columns = _columns(citations)
    for n, (c, q, article, value) in enumerate(zip(citations, question_of, columns.articles, columns.shares,
                                                    strict=True)):
        if mate := article in wordless_in:
            mates[article].append(n)
        if not q.startswith("unmatched:") and not math.isnan(value):
            in_words = _fraction_text(c.get("value_text"))  # "one in five" rounds: it anchors no share in figures
            if (key := (wave_of[n], round(value, 1))) in wanted:
                asked[key][q].add((article, in_words))
            if mate:
                in_article[(article, *key)].append((c.get("start") or 0, q, in_words))
    placed = list(question_of)
    for n in wordless:
        article, value = str(citations[n].get("article_id")), round(_share(citations[n]), 1)
        in_words = _fraction_text(citations[n].get("value_text"))  # "one in five" only rounds "20 per cent":
        if own := [(start, q) for start, q, fraction in in_article.get((article, wave_of[n], value), ())
                   if in_words or not fraction]:  # no anchor for a share given in figures
            placed[n] = min(own)[1]
            continue
        if (before := _said_just_before(citations, question_of, wave_of, n, mates[article])) is not None or (
                before := _other_group_just_before(citations, question_of, wave_of, n, mates[article])) is not None:
            placed[n] = before  # "72% trust him, eight points lower than in May, when the figure was 80%"
            continue
        candidates = {q: {by for by, fraction in cited if in_words or not fraction}
                      for q, cited in asked.get((wave_of[n], value), {}).items()}
        candidates = {q: cited for q, cited in candidates.items() if cited}
        if len(candidates) == 1 and len(cited_by := next(iter(candidates.values())) - {article}) >= 1 and (
                len(cited_by) >= 2 or _reports_wave(question_of, wave_of, n, mates[article])):
            placed[n] = next(iter(candidates))
    return placed


BREAKDOWN_FILLER = frozenset(map(stem, [  # words a group's share adds to the question it breaks down: where it stands
    "same", "too", "likewise", "also", "reaches", "rises", "rose", "climbs", "jumps", "falls", "fell", "drops",
    "higher", "lower", "high", "low", "highest", "lowest", "sits", "sat", "stands", "figure", "share", "majority",
    "minority"]))


def adopt_breakdown_questions(citations: list[dict], tokens: list[frozenset[str]], question_of: list[str],
                              wave_of: list[str]) -> list[str]:
    """A named group's share ("Among renters, 61% agree", "Labour voters: 72%") breaks down a whole-sample share
    of its wave, and a figure id leaves the group to its own column: the share takes that whole-sample share's
    question when it says only words that share says too, beyond its group and words pointing back
    (`_breakdown_words`): in its own article, the nearest such share (before it first); else the one question of
    its wave that other articles word so for the whole sample. A share with no such words of its own takes only
    the whole-sample share said just before it, else the question another article words for that group's very
    share ("Republicans are at 71%" beside "71 percent of Republicans expressed confidence"). It stays when
    another article gives its very share in its question (two outlets agree where it is), or says words the whole
    sample's lacks ("61% of renters want rent caps" beside "44% back the budget": another question)."""
    columns = _columns(citations)
    heads_in: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)  # (article, wave) -> (start, n)
    # the whole-sample statements of a wave: their questions, by statement; by question; by word (no scans of a wave)
    asked_as: dict[tuple[str, frozenset[str]], set[str]] = defaultdict(set)
    said_for: dict[tuple[str, str], set[frozenset[str]]] = defaultdict(set)
    said_in: dict[str, set[frozenset[str]]] = defaultdict(set)  # wave -> its statements (by word: when first asked)
    said_with: dict[str, dict[str, set[frozenset[str]]]] = {}
    cited_by: dict[tuple[str, str, float], set[str]] = defaultdict(set)  # (wave, question, share) -> articles
    group_said: dict[tuple[str, str, float], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    groups = []
    for n, (c, value, whole, article) in enumerate(zip(citations, columns.shares, columns.whole, columns.articles,
                                                        strict=True)):
        if math.isnan(value) or c.get("start") is None:
            continue
        cited_by[(wave_of[n], question_of[n], round(value))].add(article)
        if not whole:
            groups.append(n)
            if tokens[n]:
                group_said[(wave_of[n], subgroup_key(c.get("subgroup")), round(value))][question_of[n]].add(article)
        elif not question_of[n].startswith("unmatched:"):
            heads_in[(article, wave_of[n])].append((c["start"], n))
            wave = wave_of[n]
            asked_as[(wave, tokens[n])].add(question_of[n])
            said_for[(wave, question_of[n])].add(tokens[n])
            said_in[wave].add(tokens[n])
    if not groups or not heads_in:
        return question_of
    adopted = list(question_of)
    for n in groups:
        article, wave = columns.articles[n], wave_of[n]
        if cited_by[(wave, question_of[n], round(columns.shares[n]))] - {article}:
            continue  # another outlet gives this group's share in this question: it is where it belongs
        own = _breakdown_words(tokens[n], citations[n].get("subgroup"))
        if any(_breaks_down(own, tokens[n], words) for words in said_for.get((wave, question_of[n]), ())):
            continue  # its question is one the whole sample is asked, in its words
        fitting = [(start, h) for start, h in heads_in.get((article, wave), ())
                   if _breaks_down(own, tokens[n], tokens[h])]
        start = citations[n]["start"]
        if not own:
            fitting = [head for head in fitting if head[0] < start and _just_before(citations, head[1], n)]
        if fitting:
            before = [head for head in fitting if head[0] < start]
            adopted[n] = question_of[max(before)[1] if before else min(fitting)[1]]
            continue
        if own:
            if (by_word := said_with.get(wave)) is None:
                by_word = said_with[wave] = _statements_by_word(said_in[wave])
            said = min((by_word.get(t, ()) for t in own), key=len)  # the statements holding its rarest word
            homes = {q for words in said if _breaks_down(own, tokens[n], words) for q in asked_as[(wave, words)]}
        else:  # "Republicans are at 71%": the question another outlet words for that group's very share
            given = group_said.get((wave, subgroup_key(citations[n].get("subgroup")), round(columns.shares[n])), {})
            homes = {q for q, articles in given.items() if articles - {article}}
        if len(homes) == 1:
            adopted[n] = homes.pop()
    return adopted


def _statements_by_word(statements: set[frozenset[str]]) -> dict[str, set[frozenset[str]]]:
    """The statements holding each word."""
    by_word: dict[str, set[frozenset[str]]] = defaultdict(set)
    for said in statements:
        for t in said:
            by_word[t].add(said)
    return by_word


def _breaks_down(own: frozenset[str], words: frozenset[str], whole: frozenset[str]) -> bool:
    """Whether a group's share (its own words beyond the group, `own`, of all its `words`) may break down a
    whole-sample share so worded: the whole sample's words hold its own, and the two are no two answers."""
    return own <= whole and not _apart_in_wave(words, whole)


def _just_before(citations: list[dict], head: int, n: int) -> bool:
    """Whether a whole-sample share is said in the same sentence as a group's share, or in the one before it."""
    said, asked = citations[head].get("sentence_end"), citations[n].get("sentence_start")
    return said is not None and asked is not None and (
        citations[head].get("sentence_start") == asked or 0 <= asked - said <= 2)


@functools.lru_cache(maxsize=1 << 14)
def _breakdown_words(words: frozenset[str], subgroup: str | None) -> frozenset[str]:
    """A group's share's words beyond its group ("Democrats") and those pointing back at the share it breaks
    down ("felt the same", "the figure rises", "approval was higher")."""
    return frozenset(t for t in words - statement_tokens(subgroup) if t not in BREAKDOWN_FILLER and not (
        t.startswith(MORE) and t[len(MORE):] in BREAKDOWN_FILLER))  # "approval is higher": "more:high" too


def _reports_wave(question_of: list[str], wave_of: list[str], n: int, mates: list[int]) -> bool:
    """Whether the article of a wordless share gives worded shares of its wave too: a story on that poll, whose
    bare "Labour (22)" is the share another outlet words ("Labour is on 22%"), not a stray number."""
    return any(m != n and wave_of[m] == wave_of[n] and not question_of[m].startswith("unmatched:") for m in mates)


def _said_just_before(citations: list[dict], question_of: list[str], wave_of: list[str], n: int,
                      mates: list[int]) -> str | None:
    """The question of the worded share just before a wordless one in its article, in the sentence before
    ("Nine in ten are sure they will win. The figure is down from 95 per cent") or in its own sentence for
    another wave ("approval: 85% (September: 82%)"): a share without words of its own restates that
    finding. None if there is none, if one is in its own sentence for the same wave ("Labor leads 58 per
    cent to 42": another answer) or if another sentence of figures lies between."""
    c = citations[n]
    start, sentence = c.get("start"), c.get("sentence_start")
    if start is None or sentence is None or subgroup_key(c.get("subgroup")) != "all" or (
            (said := c.get("statement")) and not ANAPHOR.search(said.lower())):
        return None  # "his lowest rating had been 38%" is no restatement: words were lost, not left out
    nearest, sentences = None, set()
    for m in mates:  # the citations of its article
        if (at := (other := citations[m]).get("start")) is None or at >= start:
            continue
        if other.get("sentence_start") is not None and other["sentence_start"] < sentence:
            sentences.add(other["sentence_start"])
        if _share_said(other, question_of[m]) and (nearest is None or at > citations[nearest]["start"]):
            nearest = m
    if nearest is None or (earlier := citations[nearest].get("sentence_start")) is None:
        return None
    if (earlier == sentence and wave_of[n] == wave_of[nearest]) or earlier < max(sentences, default=earlier) or (
            start - citations[nearest]["start"] > 300):
        return None  # "58 per cent to 42": another answer; a sentence of other figures between; too far
    if wave_of[n] == wave_of[nearest] and _other_share(_share(c), _share(citations[nearest])):
        return None  # "Labour climbs to 30.2%. National is down at 33.1": one wave's other share, another answer
    return question_of[nearest]


def _other_share(value: float, other: float) -> bool:
    """Whether one article's two shares of one wave are two figures: beyond SAME_SHARE apart, or two whole
    numbers that differ ("44%" then "45%": no outlet rounds one figure two ways in one story)."""
    return abs(value - other) > SAME_SHARE or (value != other and value.is_integer() and other.is_integer())


def _other_group_just_before(citations: list[dict], question_of: list[str], wave_of: list[str], n: int,
                             mates: list[int]) -> str | None:
    """The question of the worded share of one wave just before a wordless one, in its sentence or the one
    before, when the two are of different groups ("43% of under-30s get news there. That compares with 20% of
    all adults and 5% of those over 65"): one finding compared across groups, whose shares differ. None if
    another worded share lies between, or both are of one group (`_said_just_before` reads those)."""
    c = citations[n]
    start, sentence, group = c.get("start"), c.get("sentence_start"), subgroup_key(c.get("subgroup"))
    if start is None or sentence is None or not (said := c.get("statement")) or statement_tokens(said):
        return None  # its only words name who ("of all adults"): no bare "91%", whose answer may be another
    nearest = None
    for m in mates:
        other = citations[m]
        if (at := other.get("start")) is not None and at < start and not question_of[m].startswith("unmatched:") and (
                not math.isnan(_share(other))) and (nearest is None or at > citations[nearest]["start"]):
            nearest = m
    if nearest is None or wave_of[nearest] != wave_of[n] or subgroup_key(citations[nearest].get("subgroup")) == group:
        return None
    earlier = citations[nearest].get("sentence_start")
    between = {citations[m].get("sentence_start") for m in mates if (at := citations[m].get("start")) is not None
               and citations[nearest]["start"] < at < start and m != n}
    if earlier is None or start - citations[nearest]["start"] > 300 or between - {earlier, sentence}:
        return None  # too far, or a sentence of other figures between
    return question_of[nearest]


def _share_said(citation: dict, question: str) -> bool:
    """A share with words of its own (a question), of the whole sample."""
    return (not question.startswith("unmatched:") and not math.isnan(_share(citation))
            and subgroup_key(citation.get("subgroup")) == "all")


@functools.lru_cache(maxsize=1 << 16)
def contradict(a: frozenset[str], b: frozenset[str]) -> bool:
    """One statement negated and the other not, or two different contrasts ("than excited", "equally"); or
    one asks who would make the best prime minister and the other does not: a leader's 29% there and the 29% of
    the leader's party (or approval) are two figures, however alike the shares (cached: outlets repeat
    statements, so their pairs repeat)."""
    return _other_role(a, b) or stances_contradict(stance(a), stance(b)) or _other_frequency(a, b)


def _other_frequency(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both say how often, and not alike: "use AI a few times a week" and "a few times a year" are two answers."""
    return bool((often := a & FREQUENCIES) and (other := b & FREQUENCIES) and not often & other)


def _other_role(a: frozenset[str], b: frozenset[str]) -> bool:
    """One statement asks who would make the best prime minister, the other does not; one gives a
    two-party-preferred share, the other not (a primary vote); or one is a vote for someone ("would vote for
    Shapiro") and the other a verdict on the job they do ("approve of his job"); or one asks which party is best
    on an issue and the other does not (a party's 20% on the economy is no vote share of 20%); or one is a verdict on
    one issue ("approve of his handling of trade") and the other is not (his job approval as a whole)."""
    return (PREFERRED_LEADER in a) != (PREFERRED_LEADER in b) or (PREFERRED_BASIS in a) != (PREFERRED_BASIS in b) or (
        BEST_PARTY in a) != (BEST_PARTY in b) or (ISSUE_AREA in a) != (ISSUE_AREA in b) or (
        VOTE in a and JOB in b and VOTE not in b and JOB not in a) or (
        VOTE in b and JOB in a and VOTE not in a and JOB not in b)


DEGREES = frozenset(map(stem, [  # answer-scale words: "strongly oppose", "somewhat oppose" and "oppose" are three
    "strongly", "somewhat", "definitely", "rather", "completely", "totally", "partially", "absolutely",
    "fully", "slightly",
    # the middle of a rating scale ("great or good" / "regular" / "bad or terrible"; "neutral"): its own answer
    "regular", "neutral",
]))


OPPOSITES = {a: b for pair in [  # stems of answers that exclude each other ("easier" and "difficult")
    ("easy", "hard"), ("good", "bad"), ("increas", "decreas"), ("high", "low"), ("positiv", "negativ"),
    ("strong", "weak"), ("rich", "poor"), ("optimistic", "pessimistic"), ("improv", "worsen"), ("help", "hurt"),
    ("primary", "tpp"),  # a party's primary vote and its two-party-preferred vote
    ("leav", "remain"), ("right", "wrong"),  # "vote to leave" / "to remain", "right" / "wrong direction"
] for a, b in (pair, pair[::-1])}
POLES = frozenset(OPPOSITES)
# verbs of a list of answers ("17% picked Labour", "14% chose Reform UK"): the answer is the label they take
CHOICE_WORDS = frozenset(map(stem, ["picked", "pick", "chose", "choose", "chosen", "named", "selected", "opted"]))
NAMED_CHOICE = frozenset(["choos", "prefer"])  # tokens of "the choice of", "preferred by": a leader named as chosen
NEXT_SENTENCE_GAP = 4  # characters between one sentence's end and the next one's start (spaces, a line break)
BACKING = frozenset(["support"])  # the token of "back", "support": with a name alone, that name is the answer
# answers that deny as "not" does: "rate it bad or terrible" is the "disapproval" of another outlet, "not good" "bad"
NEGATIVE = frozenset(map(stem, ["bad", "terrible", "wrong", "poor", "negative", "pessimistic", "worsen"]))
WORRY = "concern"  # the token of worrying (see SYNONYMS)
MOVED_SLIGHTLY = stem("slightly")  # a degree of answer ("slightly worse") and of a change ("eased slightly")
ANSWER_WORDS = BARE_ANSWER | NEGATIVE | POLES | DEGREES | CONTRASTS | {WORRY, "satisfi", "trust", "favourabl"}
VOTE = "vot"  # the token (a stem) of "vote", "voting"
JOB = "job"  # the token of "job", "handling" (see SYNONYMS): a verdict on how someone governs
VERDICTS = frozenset(["support", "satisfi", "favourabl", "trust"])  # answers of one verdict on someone (with JOB)
PREFERRED_LEADER = "ppm"  # the token of "best prime minister", "preferred premier" (see PHRASES)
PREFERRED_BASIS = "tpp"  # the token of "two-party preferred", "2PP" (see PHRASES)
BEST_PARTY = "bestparty"  # the token of "which party is best on the economy", "most trusted party" (see PHRASES)
ROLE_TOKENS = frozenset([VOTE, JOB, PREFERRED_LEADER, PREFERRED_BASIS, BEST_PARTY, ISSUE_AREA])  # `_other_role` reads
FRAME_TOKENS = ROLE_TOKENS | {"primary"}  # a measure's words ("primary vote", "two-party preferred"), no answer
CHOICE_FRAMES = COUNTRIES | CHOICE_WORDS | {PREFERRED_LEADER, BEST_PARTY}  # words two answers naming two choices may
# share ("picked Labour" and "chose Reform": one verb of choosing, since SYNONYMS folds them)
PERSONAL = "oneself"  # the token of an effect on the respondent (see PHRASES)
FREQUENCIES = frozenset(["freqday", "freqweek", "freqmonth", "freqyear"])  # tokens of how often (see PHRASES)


@functools.lru_cache(maxsize=1 << 16)
def stance(tokens: frozenset[str]) -> tuple[bool, frozenset[str], frozenset[str], frozenset[str], frozenset[str],
                                            frozenset[str], bool, frozenset[str], bool, frozenset[str], frozenset[str]]:
    """What decides contradiction: negated (or a negative answer)?, the "more X" words, the "than Y" words, the
    contrasts, the answer-scale degree, the poles (one of two opposite answers), for the respondent personally?,
    the organisations named ("EU", "NATO"), the don't-knows?, the countries named and, when there are, the
    statement's other words (see `_other_country`)."""
    more, than = _marked(tokens, "more:"), _marked(tokens, "than:")
    contrasts = frozenset({t for t in tokens if t in CONTRASTS} | {f"than:{t}" for t in than})
    countries = tokens & COUNTRIES if tokens.isdisjoint(SIDES) else frozenset()  # a war's countries are its sides
    frame = frozenset(t for t in tokens - countries if ":" not in t) if countries else frozenset()
    return (("not" in tokens) != bool(tokens & NEGATIVE), frozenset(more), frozenset(than), contrasts,
            tokens & DEGREES, tokens & POLES, PERSONAL in tokens, frozenset(t for t in tokens if t.startswith(OBJECT)),
            UNDECIDED in tokens, countries, frame)


def stances_contradict(a: tuple, b: tuple) -> bool:
    (not_a, more_a, than_a, contrast_a, degree_a, poles_a, personal_a, objects_a, unsure_a, *place_a) = a
    (not_b, more_b, than_b, contrast_b, degree_b, poles_b, personal_b, objects_b, unsure_b, *place_b) = b
    if not_a != not_b or personal_a != personal_b or unsure_a != unsure_b:
        return True  # negated or not; "bad for them personally" and "bad for the country"; an answer and "don't know"
    if objects_a - objects_b and objects_b - objects_a:
        return True  # "back Ukraine's EU membership" and "Ukraine's NATO membership": two organisations
    if _other_country(place_a, place_b):
        return True  # "trust the US to act responsibly" and "trust China to": one question asked of two countries
    if any(OPPOSITES[p] in poles_b and OPPOSITES[p] not in poles_a and p not in poles_b for p in poles_a):
        return True  # "has become easier" and "has become more difficult"
    if more_a & than_b or more_b & than_a or (more_a and more_b and not more_a & more_b):
        return True
    if degree_a != degree_b and not degree_a & degree_b:
        return True
    if (more_a and contrast_b & CONTRASTS) or (more_b and contrast_a & CONTRASTS):
        return True  # "more concerned" and "equally concerned and excited" are two answers
    return bool(contrast_a and contrast_b and contrast_a != contrast_b)


def _other_country(a: list[frozenset[str]], b: list[frozenset[str]]) -> bool:
    """One wording asked of two countries: each statement names countries the other does not, and what else one
    says the other says too ("trust China" and "have confidence in the US to act responsibly"). Statements that
    say more besides ("Russia poses a threat to Lithuania", "Russia is a threat to the country") are left to their
    words: two countries there are often two roles in one question, as they are in a war ("support the war in
    Ukraine", "approve of the Russian invasion", "the Russian army's actions"), which `stance` leaves out."""
    (countries_a, frame_a), (countries_b, frame_b) = a, b
    if not countries_a or not countries_b or not countries_a.isdisjoint(countries_b):
        return False
    return frame_a <= frame_b or frame_b <= frame_a


def _marked(tokens: frozenset[str], mark: str) -> set[str]:
    return {t[len(mark):] for t in tokens if t.startswith(mark)}


def _same_decimal(a: set[float], b: set[float]) -> bool:
    """Both cite one and the same value with decimals (25.5): two figures of a wave rarely share one."""
    return len(a) == 1 and a == b and not next(iter(a)).is_integer()


def _value_key(citation: dict) -> str:
    value = citation.get("value")
    if citation.get("kind") != "share" or not isinstance(value, NUMBER_TYPES):
        return ""
    return _rounded_key(value)


@functools.lru_cache(maxsize=1 << 14)
def _rounded_key(value: float) -> str:
    """A share rounded half up, as text (cached: a batch cites few distinct shares)."""
    return f"{math.floor(float(value) + 0.5):d}"  # half up, as outlets round: 34.5% is "35 per cent"


def similarity(a: frozenset[str], b: frozenset[str], weight: dict[str, float]) -> float:
    """Weighted overlap of two statements (rare words count more); 0 when only one is negated."""
    return 0.0 if contradict(a, b) else _overlap(a, b, weight)


def _overlap(a: frozenset[str], b: frozenset[str], weight: dict[str, float]) -> float:
    """`similarity` without the test for contradiction, for callers that test it anyway."""
    shared = sum(map(weight.__getitem__, a & b))
    mass_a, mass_b = sum(map(weight.__getitem__, a)), sum(map(weight.__getitem__, b))
    smaller, union = min(mass_a, mass_b), mass_a + mass_b - shared
    if not smaller:
        return 0.0
    return 0.5 * shared / smaller + 0.5 * shared / union


def _idf(token_sets: list[frozenset[str]]) -> dict[str, float]:
    """Rarer words say more about which question it is: 1 + log(statements / statements with the word)."""
    counts = Counter(chain.from_iterable(token_sets))
    n = len(token_sets) + 1
    of_count = {c: 1 + math.log(n / c) for c in set(counts.values())}  # most words share a few counts
    return {t: of_count[c] for t, c in counts.items()}


@functools.lru_cache(maxsize=1 << 16)
def _order(tokens: frozenset[str]) -> str:
    """A statement's words in a canonical order (cached: clustering sorts and names by it)."""
    return " ".join(sorted(tokens))


# --- waves ------------------------------------------------------------------------------------------
def assign_waves(citations: list[dict], question_of: list[str]) -> list[str]:
    """A wave key per citation: overlapping fieldwork is one wave.

    An undated citation goes to the newest wave, not later than the article, where its question was
    asked with the same share (within a point, or IN_WORDS for a fraction, where its article has no usual
    wave): the share says which wave it quotes, even in a comparison; but one article gives one share per
    question and wave, so a share its article contradicts there goes elsewhere (`_apart_from_own_reading`).
    The article's other undated citations go to the wave, not older than the waves the
    article itself dates (older ones are its comparisons), whose cited shares its own shares repeat
    most often (same question counting double; ties to the newest), if that explains at least a
    third of them; failing that, to the newest wave the article dates itself if other articles date it
    too and it is recent (`_recent`); failing that, to the pollster's undated wave. A question asked
    with another share is no evidence of the wave. A value dated by a month without a year ("back in
    April it stood at 6%") looks among the pollster's waves of that month first (`_of_month`); a value
    the text gives for an earlier time it does not let us date ("10% a year ago" in an undated story)
    is a wave of its own (`_earlier`).
    """
    spans = [None if c.get("earlier_wave") else span  # "up from 58% earlier this month"
             for c, span in zip(citations, _columns(citations).spans, strict=True)]
    spans = _past_vote_in_fresh_wave(citations, question_of, spans)
    waves: list[Wave] = []
    # days first: a month ("in November") must not join two waves of that month into one
    for first, last, _ in sorted({s for s in spans if s and s[2] != "year"}, key=lambda s: (s[2] != "day", s)):
        if not any(_same_fieldwork(first, last, w) for w in waves):
            key = _month_key(first)  # a second wave starting that month ("5-13 Sep", "29 Sep-9 Oct") is by its day
            waves.append(Wave(first.isoformat() if any(w.key == key for w in waves) else key, first, last))
    key_of = {span: _wave_for(span, waves) for span in set(spans)}  # citations share a few fieldwork spans
    wave_keys = _month_apart_from_straddling(citations, question_of, spans, [key_of[span] for span in spans], waves)
    wave_keys = _year_to_wave_of_share(citations, question_of, spans, wave_keys, waves)
    columns = _columns(citations)
    articles = columns.articles
    values_in: dict[tuple[str, str], set[float]] = defaultdict(set)  # a set: outlets repeat one share
    newest_dated: dict[str, str] = {}
    dated_on: dict[str, tuple[object, str]] = {}  # article -> (published, newest wave it dates a share to)
    whole_in: dict[tuple[str, str], set[float]] = defaultdict(set)  # the same, of the whole sample only
    for key, question, article, c, value, whole in zip(wave_keys, question_of, articles, citations, columns.shares,
                                                      columns.whole, strict=True):
        if key:
            values_in[(question, key)].add(value)
            newest_dated[article] = max(newest_dated.get(article, ""), key)
            if not math.isnan(value):  # a share dated there: its sample size alone is no report of it
                dated_on[article] = (c.get("published"), max(dated_on.get(article, ("", ""))[1], key))
            if whole:
                whole_in[(question, key)].add(value)
    asked_in: dict[str, list[str]] = defaultdict(list)
    for question, key in sorted(values_in):
        asked_in[question].append(key)
    waves_quoting: dict[int, set[str]] = defaultdict(set)  # rounded share -> dated waves where it was cited
    for (_, key), values in values_in.items():
        for v in values:
            if not math.isnan(v):
                waves_quoting[round(v)].add(key)
    options: dict[int, tuple[list[str], list[str]]] = {}  # undated citation -> waves quoting its share
    votes: dict[str, Counter] = defaultdict(Counter)
    voters: dict[str, Counter] = defaultdict(Counter)
    undated: Counter = Counter()
    repeats: dict[tuple[str, str], set[str]] = defaultdict(set)  # (article, question) -> waves it repeats
    differs: dict[tuple[str, str], set[str]] = defaultdict(set)  # (article, question) -> waves it reads otherwise
    own_reads: dict[tuple[str, str], set[float]] = defaultdict(set)  # (article, question) -> its undated shares
    reads_otherwise: dict[str, Counter] = defaultdict(Counter)  # article -> wave -> its questions read otherwise there
    published_on: dict[str, dt.date | None] = {}
    for n, (key, question, article, c) in enumerate(zip(wave_keys, question_of, articles, citations, strict=True)):
        if key is not None or math.isnan(value := _share(c)) or c.get("earlier_wave"):
            continue
        undated[article] += 1
        if article not in published_on:
            published_on[article] = _date(_iso_text(c.get("published")), first=True)
        limit = _latest_wave(c.get("published"))
        floor = newest_dated.get(article, "")
        same_question = [w for w in asked_in.get(question, ()) if w <= limit]
        in_words = _fraction_text(c.get("value_text"))
        near = IN_WORDS if in_words else SAME_SHARE  # "two-thirds" is 68% rounded
        options[n] = (  # a fraction quotes no share exactly: "a third" is 33% as much as 34.5% rounded
            [] if in_words else [w for w in same_question
                                 if any(abs(value - v) < 0.5 for v in values_in[(question, w)])],
            [w for w in same_question if any(abs(value - v) <= near for v in values_in[(question, w)])])
        repeats[(article, question)].update(options[n][1])
        own_reads[(article, question)].add(value)
        if subgroup_key(c.get("subgroup")) == "all" and not in_words and (
                quoted_elsewhere := {w for w in waves_quoting.get(round(value), ()) if floor <= w <= limit}):
            for w in same_question:  # "18%" of a question one wave read 19, where another wave has an 18
                if w not in options[n][0] and quoted_elsewhere - {w}:
                    reads_otherwise[article][w] += 1
        if not options[n][1] and subgroup_key(c.get("subgroup")) == "all":  # another reading of its question
            differs[(article, question)].update(w for w in same_question if any(
                abs(value - v) <= NEXT_READING for v in whole_in.get((question, w), ())))
        for w in waves_quoting.get(round(value), ()):
            if floor <= w <= limit:
                votes[article][w] += 1 + (w in same_question)
                voters[article][w] += 1
    against: dict[str, set[str]] = defaultdict(set)  # article -> waves one of its questions reads otherwise
    for (article, question), waves_read in differs.items():
        against[article].update(waves_read - repeats[(article, question)])  # "60%, up from 58%": its comparison
    refuted = {(article, w) for article, read in against.items() for w in read
               if voters[article][w] < 2}  # one repeated share, and a question whose share differs from the wave's
    usual = {}
    ended = {w.key: w.last for w in waves}
    for article, counter in votes.items():
        if not (kept := [w for w in counter if (article, w) not in refuted]):
            continue
        against_wave = reads_otherwise.get(article, Counter())  # a question read otherwise outweighs one repeated
        wave = max(kept, key=lambda w: (counter[w] - against_wave[w], w))
        if fresh := _fresh_wave(kept, ended, published_on.get(article), against_wave):
            wave = fresh if voters[article][fresh] * MIN_VOTERS >= undated[article] else wave
        if voters[article][wave] * MIN_VOTERS >= undated[article]:
            usual[article] = wave
    dated_by: dict[str, set[str]] = defaultdict(set)  # wave -> the articles that date a citation to it
    for key, article in zip(wave_keys, articles, strict=True):
        if key:
            dated_by[key].add(article)
    cycle: dict[str, str | None] = {}  # article -> the one wave stories of its days date (`_in_news_cycle`)
    reported_on: dict[dt.date, set[str]] = defaultdict(set)  # publication day -> newest waves its stories date
    for published, wave in dated_on.values() if undated else ():
        if day := _date(_iso_text(published), first=True):
            reported_on[day].add(wave)
    assigned = []
    for n, (key, article, c) in enumerate(zip(wave_keys, articles, citations, strict=True)):
        if key is None and c.get("fieldwork_month") and not math.isnan(value := _share(c)):
            key = _of_month(c, waves, options.get(n), usual.get(article), waves_quoting.get(round(value), ()))
        if refuted and (found := options.get(n)) and article in against:
            options[n] = ([w for w in found[0] if (article, w) not in refuted],
                          [w for w in found[1] if (article, w) not in refuted])
        found = options.get(n)
        if found and found[0] and (wave := usual.get(article)) and wave > found[0][-1] and c.get("published") and (
                article not in newest_dated and wave not in asked_in.get(question_of[n], ())) and len(
                own_reads[(article, question_of[n])]) == 1:
            found = ([wave], [wave])  # "a new poll" repeating an older wave's share of a question not read since
        assigned.append(key or _earlier(c, question_of[n], asked_in, whole_in,
                                        usual.get(article) or newest_dated.get(article) or "")
                        or _quoted(found, usual.get(article)) or usual.get(article)
                        or _recent(newest_dated.get(article), c.get("published"), dated_by, article)
                        or _in_news_cycle(article, c.get("published"), reported_on, cycle, newest_dated) or "undated")
    assigned = _apart_from_own_reading(citations, question_of, wave_keys, assigned, options, waves_quoting,
                                       newest_dated)
    return _undated_by_publication(citations, _undated_without_evidence(citations, question_of, assigned))


def _year_to_wave_of_share(citations: list[dict], question_of: list[str],
                           spans: list[tuple[dt.date, dt.date, str] | None], wave_keys: list[str | None],
                           waves: list[Wave]) -> list[str | None]:
    """A share dated only by its year ("58% in last year's edition") in a year of several waves ("a year ago": that
    January; the autumn wave) is of the one wave of that year where its question has that share."""
    by_year = [n for n, (span, key) in enumerate(zip(spans, wave_keys, strict=True))
               if span and span[2] == "year" and key == f"{span[0].year:04d}"]
    if not by_year:
        return wave_keys
    of_question: dict[tuple[str, str], list[float]] = defaultdict(list)  # (question, wave) -> shares dated there
    of_wave: dict[str, list[float]] = defaultdict(list)
    for c, question, span, key in zip(citations, question_of, spans, wave_keys, strict=True):
        if key and span and span[2] != "year" and not math.isnan(value := _share(c)):
            of_question[(question, key)].append(value)
            of_wave[key].append(value)
    found = list(wave_keys)
    for n in by_year:
        if math.isnan(value := _share(citations[n])):
            continue
        in_year = [w.key for w in waves if w.first.year == spans[n][0].year]
        quoting = [w for w in in_year if any(
            abs(value - v) <= SAME_SHARE for v in of_question.get((question_of[n], w), ()))] or [
            w for w in in_year if any(abs(value - v) < 0.5 for v in of_wave.get(w, ()))]
        if len(quoting) == 1:  # its question's share there, else the one wave giving that very share
            found[n] = quoting[0]
    return found


def _past_vote_in_fresh_wave(citations: list[dict], question_of: list[str],
                             spans: list[tuple[dt.date, dt.date, str] | None]
                             ) -> list[tuple[dt.date, dt.date, str] | None]:
    """Spans of a lone share dated only by an earlier year moved to the fresh wave its article dates to the day.

    "Of those who backed the party last year, 52% would again" dates the subgroup, not the poll: a sentence
    with one share, of the same sample as that wave, on a question its article gives no other share of, reports
    that wave. A comparison keeps its date: two shares in a sentence ("50%, up from 37% in 2021"), or another
    share of its question in the article ("41% now; it was 37% in 2021"); so does a month ("54% in June").
    """
    fresh: dict[tuple[str, object], tuple[dt.date, dt.date, str]] = {}  # (article, sample) -> its day-dated wave
    articles = _columns(citations).articles
    for c, span, article in zip(citations, spans, articles, strict=True):
        if span and span[2] == "day" and c.get("sample_size") and (
                published := _date(_iso_text(c.get("published")), first=True)) and (
                0 <= (published - span[1]).days <= FRESH_DAYS):
            fresh.setdefault((article, c.get("sample_size")), span)
    if not fresh or not any(span and span[2] == "year" for span in spans):
        return spans  # no fresh wave, or no share dated by a year alone to move there
    shares_in: Counter = Counter()  # (article, sentence start) -> shares said there
    asked: Counter = Counter()  # (article, question) -> shares of it in the article
    for c, question, article in zip(citations, question_of, articles, strict=True):
        shares_in[(article, c.get("sentence_start"))] += 1
        asked[(article, question)] += 1
    moved = list(spans)
    for n, (c, span, question, article) in enumerate(zip(citations, spans, question_of, articles, strict=True)):
        wave = fresh.get((article, c.get("sample_size")))
        if wave and span and span[2] == "year" and span[1] < wave[0] and shares_in[
                (article, c.get("sentence_start"))] == 1 and asked[(article, question)] == 1:
            moved[n] = wave
    return moved


def _fresh_wave(kept: list[str], ended: dict[str, dt.date], published: dt.date | None,
                against: Counter) -> str | None:
    """The wave an undated "new poll" story reports: the newest of the waves its shares repeat, when its
    fieldwork ended at most FRESH_DAYS before publication and none of the story's questions reads otherwise
    there. Its steady shares repeat the wave before just as well; that one is the comparison, not the news."""
    if published is None:
        return None
    recent = [w for w in kept if (last := ended.get(w)) and 0 <= (published - last).days <= FRESH_DAYS]
    newest = max(recent, default=None)
    return newest if newest and not against[newest] and newest == max(kept) else None


def _month_apart_from_straddling(citations: list[dict], question_of: list[str],
                                 spans: list[tuple[dt.date, dt.date, str] | None], wave_keys: list[str | None],
                                 waves: list[Wave]) -> list[str | None]:
    """A poll dated by its month only ("conducted in late January") is not the wave that began the month before
    ("Dec 30-Jan 5") when its article reads more of that wave's questions otherwise than alike (26% where the wave
    has 20%): its month is a wave of its own. One that agrees, or says nothing of that wave's questions, stays."""
    started = {w.key: w.first for w in waves}
    straddled = {n for n, (span, key) in enumerate(zip(spans, wave_keys, strict=True)) if span and span[2] == "month"
                 and key in started and started[key] < span[0].replace(day=1)}
    if not straddled:
        return wave_keys
    read: dict[tuple[str, str], list[float]] = defaultdict(list)  # (wave, question) -> the shares dated by day
    for n, (span, key) in enumerate(zip(spans, wave_keys, strict=True)):
        if span and span[2] == "day" and key and subgroup_key(citations[n].get("subgroup")) == "all":
            read[(key, question_of[n])].append(_share(citations[n]))
    verdict: dict[tuple[str, str | None], int] = defaultdict(int)  # (article, wave) -> questions alike - otherwise
    for n in straddled:
        if subgroup_key(citations[n].get("subgroup")) == "all" and (
                shares := [v for v in read.get((wave_keys[n], question_of[n]), ()) if not math.isnan(v)]):
            value = _share(citations[n])
            verdict[(str(citations[n].get("article_id")), wave_keys[n])] += (
                1 if any(abs(value - v) <= SAME_SHARE for v in shares) else -1)
    return [_month_key(spans[n][0]) if n in straddled and verdict[(str(citations[n].get("article_id")), key)] < 0
            else key for n, key in enumerate(wave_keys)]


def dated_comparisons(citations: list[dict], question_of: list[str], assigned: list[str]) -> list[str]:
    """One article gives one share per question and wave: where it dates two shares of a question alike ("in the
    March poll, 54% avoid them, compared with 72% a year earlier"), a share that no other article gives there,
    while another article gives its other share there, is the reading of the one earlier wave where another
    article gives that share for the question (questions as joined across outlets)."""
    grouped: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    columns = _columns(citations)
    for n, c in enumerate(citations):
        if columns.whole[n] and not math.isnan(columns.shares[n]) and c.get("fieldwork_start") and not c.get(
                "earlier_wave") and assigned[n][:1].isdigit() and not _fraction_text(c.get("value_text")):
            grouped[(columns.articles[n], question_of[n], assigned[n])].append(n)  # "half" restates "54%"
    if all(len(members) < 2 for members in grouped.values()):
        return assigned
    cited: dict[tuple[str, str], dict[float, set[str]]] = defaultdict(lambda: defaultdict(set))
    again = {question for (_, question, _), members in grouped.items() if len(members) > 1}  # looked up below
    for n, (v, whole) in enumerate(zip(columns.shares, columns.whole, strict=True)):
        if question_of[n] in again and assigned[n][:1].isdigit() and whole and not math.isnan(v):
            cited[(question_of[n], assigned[n])][round(v, 1)].add(columns.articles[n])
    waves_of: dict[str, list[tuple[str, dict[float, set[str]]]]] = defaultdict(list)  # question -> (wave, shares)
    for (question, wave), shares in cited.items():
        waves_of[question].append((wave, shares))
    moved = list(assigned)
    for (article, question, wave), members in grouped.items():
        if len(members) < 2:
            continue  # one share: no "now and then" (most groups)
        values = {round(_share(citations[n]), 1) for n in members}
        if len(values) != 2 or max(values) - min(values) <= SAME_SHARE:
            continue  # one share, or a breakdown of many (subgroups whose group the text lost), not "now and then"
        here = cited[(question, wave)]
        if not any(here[v] - {article} for v in values):
            continue  # no other article confirms either share there
        for n in members:
            if here[v := round(_share(citations[n]), 1)] - {article}:
                continue
            earlier = [w for w, shares in waves_of[question] if w < wave and shares[v] - {article}]
            moved[n] = earlier[0] if len(earlier) == 1 else moved[n]
    return moved


def _apart_from_own_reading(citations: list[dict], question_of: list[str], wave_keys: list[str | None],
                            assigned: list[str], options: dict[int, tuple[list[str], list[str]]],
                            waves_quoting: dict[int, set[str]], newest_dated: dict[str, str]) -> list[str]:
    """An article gives one share per question and wave: an undated share put in a wave for which its own
    article dates another share of that question ("79%, down from 81% in the spring wave": 79% dated September)
    reads another wave: the newest other wave where its question was asked with its share, else the one earlier
    wave that cites its share at all ("33%, up from 29% in the previous survey", worded otherwise there), else
    one of its own. An undated share of an article that dates its others, left in no wave, is such a comparison
    too: it goes to the one wave before its article's that cites its share, if there is one."""
    dated: dict[tuple[str, str, str], list[float]] = defaultdict(list)
    columns = _columns(citations)
    for n, (value, whole) in enumerate(zip(columns.shares, columns.whole, strict=True)):
        if wave_keys[n] and whole and not math.isnan(value):
            dated[(columns.articles[n], question_of[n], assigned[n])].append(value)
    if not dated:
        return assigned
    moved = list(assigned)
    for n, c in enumerate(citations):
        if wave_keys[n] or not columns.whole[n] or math.isnan(value := columns.shares[n]):
            continue
        article = columns.articles[n]
        if assigned[n] == "undated" and (floor := newest_dated.get(article)):
            earlier = [w for w in waves_quoting.get(round(value), ()) if w < floor]
            moved[n] = earlier[0] if len(earlier) == 1 else moved[n]
            continue
        shares = dated.get((article, question_of[n], assigned[n]))
        if not shares or any(abs(value - v) <= SAME_SHARE for v in shares):
            continue
        exact, near = options.get(n) or ([], [])
        elsewhere = [w for w in exact if w != assigned[n]] or [w for w in near if w != assigned[n]] or (
            earlier if len(earlier := [w for w in waves_quoting.get(round(value), ()) if w < assigned[n]]) == 1
            else [])
        moved[n] = elsewhere[-1] if elsewhere else f"earlier:{article}:{c.get('start')}"
    return moved


def _undated_without_evidence(citations: list[dict], question_of: list[str], assigned: list[str]) -> list[str]:
    """A story that dates neither the poll nor itself joins the pollster's undated poll only through a question
    or a share both cite, or through citing its exit poll (one wave, whatever figures each story gives): two such
    stories of one pollster sharing none (a poll's sample size, a patient survey's shares) quote two polls as
    likely as one, and a survey row must not hold both. Stories with publication dates stay together
    (`_undated_by_publication` splits them by date)."""
    undated = [n for n, w in enumerate(assigned) if w == "undated"]
    unpublished = {str(citations[n].get("article_id")) for n in undated if not citations[n].get("published")}
    if not unpublished or len({str(citations[n].get("article_id")) for n in undated}) < 2:
        return assigned
    parent: dict[str, str] = {}

    def root(node: str) -> str:
        top = node
        while parent.setdefault(top, top) != top:
            top = parent[top]
        while node != top:  # path compression: a pollster's undated stories chain up otherwise
            parent[node], node = top, parent[node]
        return top

    published_anchor = "published"  # the stories with publication dates are one group from the start
    for n in undated:  # a story joins through its questions and through the shares it gives (outlets word alike)
        article = str(citations[n].get("article_id"))
        evidence = [question_of[n]] + ([] if math.isnan(value := _share(citations[n])) else [f"share:{value:g}"])
        if article in unpublished and citations[n].get("mode") == EXIT_POLL_MODE:
            evidence.append(EXIT_POLL_MODE)  # a pollster's exit poll is one wave: undated stories of it report it
        for node in evidence:
            parent[root(article)] = root(node)
            if article not in unpublished:
                parent[root(node)] = root(published_anchor)
    groups: dict[str, list[str]] = defaultdict(list)
    for article in sorted({str(citations[n].get("article_id")) for n in undated}):
        groups[root(article)].append(article)
    if len(groups) < 2:
        return assigned
    anchor = root(published_anchor) if published_anchor in parent else None
    key_of = {article: "undated" if root(article) == anchor else f"undated:{members[0]}"
              for members in groups.values() for article in members}
    if anchor is None:  # no dated story: the largest group keeps the plain key
        largest = max(groups.values(), key=lambda members: (len(members), members))
        key_of.update(dict.fromkeys(largest, "undated"))
    return [key_of[str(citations[n].get("article_id"))] if w == "undated" else w for n, w in enumerate(assigned)]


def _undated_by_publication(citations: list[dict], assigned: list[str]) -> list[str]:
    """The pollster's undated citations, split where their articles' publication dates lie more than
    UNDATED_GAP days apart: stories months apart that date no fieldwork quote two polls, not one."""
    days = sorted({d for n, w in enumerate(assigned) if w == "undated"
                   and (d := _date(_iso_text(citations[n].get("published")), first=True))})
    if len(days) < 2 or (days[-1] - days[0]).days <= UNDATED_GAP:
        return assigned
    first_of: dict[dt.date, dt.date] = {days[0]: days[0]}  # publication day -> the first day of its run
    run = days[0]
    for previous, day in pairwise(days):
        run = day if (day - previous).days > UNDATED_GAP else run
        first_of[day] = run
    split = list(assigned)
    for n, w in enumerate(assigned):
        if w == "undated" and (d := _date(_iso_text(citations[n].get("published")), first=True)):
            split[n] = f"undated:{first_of[d].isoformat()}"
    return split


def _of_month(citation: dict, waves: list[Wave], options: tuple[list[str], list[str]] | None,
              usual: str | None, quoting: set[str] | tuple = ()) -> str | None:
    """The wave of a value dated by a month without a year ("back in April it stood at 6%"): among the
    pollster's waves that ran that month, not after publication, the one its share repeats for its
    question, else the article's usual wave, else the only one, else the only one where any question
    was cited with that share (`quoting`); None when none ran then or which is unclear."""
    month = citation.get("fieldwork_month")
    if not month:
        return None
    limit = _latest_wave(citation.get("published"))
    ran = [w.key for w in waves if w.key <= limit and _runs_in_month(w, month)]
    exact, near = options or ([], [])
    for evidence in (exact, near):
        if quoted := [w for w in evidence if w in ran]:
            return quoted[-1]
    if usual in ran:
        return usual
    if len(ran) == 1:
        return ran[0]
    repeated = [w for w in ran if w in quoting]
    return repeated[0] if len(repeated) == 1 else None


def _runs_in_month(wave: Wave, month: int) -> bool:
    """Whether a wave's fieldwork touches a month of the year (in whichever year)."""
    first, last = wave.first.year * 12 + wave.first.month - 1, wave.last.year * 12 + wave.last.month - 1
    return any(m % 12 + 1 == month for m in range(first, min(last, first + 11) + 1))


def _recent(wave: str | None, published: object, dated_by: dict[str, set[str]], article: str) -> str | None:
    """The newest wave an article dates itself, for its undated shares, when other articles date that
    wave too and nothing says it is old: the article is undated, or the wave began at most three months
    before publication."""
    if wave is None or not wave[:1].isdigit() or len(wave) < 7 or not dated_by.get(wave, set()) - {article}:
        return None
    latest = _latest_wave(published)
    if latest == "9999":
        return wave
    gap = (int(latest[:4]) - int(wave[:4])) * 12 + int(latest[5:7]) - int(wave[5:7])
    return wave if gap <= 3 else None


def _in_news_cycle(article: str, published: object, reported_on: dict[dt.date, set[str]],
                   cycle: dict[str, str | None], newest_dated: dict[str, str]) -> str | None:
    """The wave an undated story reports when it dates nothing and other stories published within NEWS_CYCLE days
    of it date exactly one wave of its pollster, begun before it: outlets cover a release in the same days, one
    giving its dates, another only "a new poll" (and maybe "a quarter" for 20%); a wave whose only dated citation
    is a sample size is no such report. Two such waves: unclear, None."""
    if article in cycle:
        return cycle[article]
    cycle[article] = None
    if article in newest_dated or (day := _date(_iso_text(published), first=True)) is None:
        return None
    limit = day.isoformat()
    near = {wave for shift in range(-NEWS_CYCLE, NEWS_CYCLE + 1)
            for wave in reported_on.get(day + dt.timedelta(days=shift), ()) if wave <= limit}
    cycle[article] = near.pop() if len(near) == 1 else None
    return cycle[article]


def _earlier(citation: dict, question: str, asked_in: dict[str, list[str]],
             whole_in: dict[tuple[str, str], set[float]], current: str) -> str | None:
    """The wave of a value the text gives for an earlier time it does not let us date ("10% a year ago" in
    an undated story): its own, as nothing says which wave it is (a share repeated elsewhere may be chance);
    but a wave other than the article's own that outlets date with that very whole-sample share of its question
    is the one it compares with ("25%, from 28% the week before": last week's 28%)."""
    if not citation.get("earlier_wave"):
        return None
    if current and subgroup_key(citation.get("subgroup")) == "all" and not math.isnan(value := _share(citation)):
        older = [w for w in asked_in.get(question, ()) if w != current and value in whole_in.get((question, w), ())]
        if older:
            return older[-1]
    return f"earlier:{citation.get('article_id')}:{citation.get('start')}"


def _quoted(options: tuple[list[str], list[str]] | None, usual: str | None) -> str | None:
    """The wave an undated share quotes: one with exactly that share (the article's usual wave if it
    is one, else the newest), else the article's usual wave, else the newest within a point. An exact
    repeat is better evidence than the article's usual wave; a near one is not ("3%" of a recap of the
    spring wave is no quote of the autumn wave's "4%")."""
    if not options:
        return None
    exact, near = options
    if exact:
        return usual if usual in exact else exact[-1]
    return usual or (near or [None])[-1]


def _share(citation: dict) -> float:
    """The cited share, NaN for other kinds: only shares say which wave an undated citation quotes."""
    if citation.get("kind") != "share":  # the kind first: the linker asks this of every citation many times
        return math.nan
    value = citation.get("value")
    return value if type(value) is float else float(value) if isinstance(value, NUMBER_TYPES) else math.nan


@dataclass(frozen=True, slots=True)
class _Columns:
    """What the linker's passes ask of every citation of a pollster's group, again and again: its share
    (`_share`), whether it is of the whole sample, its article, its value key (`_value_key`), its fieldwork
    (`_interval`); and which are whole-sample shares given exactly (`_shares_by_article`)."""
    shares: list[float]
    whole: list[bool]
    articles: list[str]
    value_keys: list[str]
    spans: list[tuple[dt.date, dt.date, str] | None]
    exact: list[int]


_GROUP: list = []  # [the citations of the group link_citations is working on, their _Columns]


def _columns(citations: list[dict]) -> _Columns:
    """The _Columns of a list of citations: worked out once per group while link_citations links it (the list is
    not changed meanwhile), else (a caller of one pass) now."""
    if _GROUP and _GROUP[0] is citations:
        return _GROUP[1]
    shares = [_share(c) for c in citations]
    whole = [subgroup_key(c.get("subgroup")) == "all" for c in citations]
    exact = [n for n, c in enumerate(citations) if whole[n] and not math.isnan(shares[n]) and not (
             c.get("earlier_wave") or c.get("qualifier") or _fraction_text(c.get("value_text")))]
    return _Columns(shares, whole, [str(c.get("article_id")) for c in citations], [_value_key(c) for c in citations],
                    [_interval(c) for c in citations], exact)


def _wave_for(span: tuple[dt.date, dt.date, str] | None, waves: list[Wave]) -> str | None:
    if span is None:
        return None
    first, last, precision = span
    if precision == "year":
        inside = [w for w in waves if w.first.year == first.year]
        return inside[0].key if len(inside) == 1 else f"{first.year:04d}"
    for wave in waves:
        if _same_fieldwork(first, last, wave):
            return wave.key
    return _month_key(first)


def _month_key(day: dt.date) -> str:
    """ "2023-06": a wave's key (what strftime("%Y-%m") gives, without its cost)."""
    return f"{day.year}-{day.month:02d}"


def _same_fieldwork(first: dt.date, last: dt.date, wave: Wave) -> bool:
    """Most of the shorter interval lies inside the other: "2023-12" and "29 Nov-9 Dec 2023" agree,
    a February wave and a March wave do not. The shorter must also reach into the longer one's first
    month: "surveys in May and June" are not the June wave alone."""
    overlap = (min(last, wave.last) - max(first, wave.first)).days + 1
    shorter = min((last - first).days, (wave.last - wave.first).days) + 1
    if overlap * 2 < shorter:
        return False
    if (last - first) >= (wave.last - wave.first):
        return wave.first.replace(day=1) <= first.replace(day=1) <= wave.last
    return first.replace(day=1) <= wave.first.replace(day=1) <= last


def _interval(citation: dict) -> tuple[dt.date, dt.date, str] | None:
    """(first day, last day, precision) of a citation's fieldwork; None when undated or unreadable."""
    return _fieldwork(citation.get("fieldwork_start"), citation.get("fieldwork_end"))


@functools.lru_cache(maxsize=1 << 14)
def _fieldwork(start: object, end: object) -> tuple[dt.date, dt.date, str] | None:
    return _span(_iso_text(start), _iso_text(end))  # cached on the raw values: a batch has few distinct dates


def _span(start: str | None, end: str | None) -> tuple[dt.date, dt.date, str] | None:
    first = _date(start, first=True)
    if start is None or first is None:
        return None
    last = _date(end, first=False) or _date(start, first=False)
    precision = {4: "year", 7: "month"}.get(len(start), "day")
    return first, max(first, last or first), precision


def _iso_text(value: object) -> str | None:
    return str(value).strip() or None if value is not None else None


def _date(iso: str | None, first: bool) -> dt.date | None:
    """First or last day of an ISO year, month or day; None when it is not one."""
    if not iso:
        return None
    try:
        if len(iso) == 4:
            return dt.date(int(iso), 1, 1) if first else dt.date(int(iso), 12, 31)
        if len(iso) == 7:
            year, month = int(iso[:4]), int(iso[5:7])
            if first:
                return dt.date(year, month, 1)
            return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
        return dt.date.fromisoformat(iso[:10])
    except ValueError:
        return None


@functools.lru_cache(maxsize=1 << 14)
def _latest_wave(published: object) -> str:
    """The newest wave key an article published then can quote ("9999" when undated): its day, so that a
    second wave of its month, keyed by its first day ("2024-05-14"), is not after a story of 18 May; cached on
    the raw value, as a batch has few distinct publication dates."""
    day = _date(_iso_text(published), first=False)
    return day.isoformat() if day else "9999"


@functools.lru_cache(maxsize=1 << 14)
def subgroup_key(subgroup: str | None) -> str:
    """'Democratic voters' and 'Democrats' are one subgroup (words cut to six letters); None is everyone."""
    if not subgroup:
        return "all"
    words = [w[:6] for w in WORD.findall(subgroup.lower()) if w not in SUBGROUP_FILLER]
    return " ".join(sorted(set(words))) or "all"
