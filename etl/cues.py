"""The vocabulary of survey figures: regular expressions for the words around a number.

Unless marked "raw text", a pattern is matched against `etl.numbers.fold(text)` (lower-cased, same
offsets) without re.IGNORECASE, which is several times slower in Python's `re`. Patterns named
*_BEFORE end with `$` and are searched in the text just before a number; *_AFTER start with `^` and
are matched on the text just after it.

Speed matters (every number is tested against many of these): long word lists are written as
tries (see etl.textmatch), and the most used patterns sit behind a cheap test that is False only where
the pattern cannot match: `str` tests (`GatedCue`, MONEY_SIGNS, TABLE_LINE_ENDS). Patterns searched
in a whole text or a long window start with one character class (`re` skips ahead to it instead of
trying every branch at every position): `context_cue_matches` and `negative_before` scan for the
non-word character before their words.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from etl.numbers import ANSWER_VERBS, WORD_NUM
from etl.textmatch import contains_any, first_char_alternation, split_first_char, trie_pattern

POLLSTERS_CSV = Path(__file__).resolve().parent.parent / "data" / "pollsters.csv"


@dataclass(frozen=True)
class GatedCue:
    """A cue pattern behind a cheap necessary test, tried first (a `str` method is many times faster
    than a regex search): the text must contain one of `keywords`, and/or end, spaces aside, with one
    of `last_words`. Each list must cover every text the pattern can match. Each last word is a
    whole word in every match (a non-word character before it), so where the caller passes the
    text's last token (see etl.textmatch.last_token) and it is all letters, a set look-up decides."""

    pattern: re.Pattern
    keywords: tuple[str, ...] = ()
    last_words: tuple[str, ...] = ()
    last_word_set: frozenset[str] = field(init=False)
    last_chars: frozenset[str] = field(init=False)  # the last characters of the last words

    def __post_init__(self) -> None:
        object.__setattr__(self, "last_word_set", frozenset(self.last_words))
        object.__setattr__(self, "last_chars", frozenset(word[-1] for word in self.last_words))

    def possible(self, text: str, last: str | None = None) -> bool:
        if self.last_words:
            if last is not None and last.isalpha():
                if last not in self.last_word_set:
                    return False
            elif (tail := text.rstrip())[-1:] not in self.last_chars or not tail.endswith(self.last_words):
                return False
        return not self.keywords or contains_any(text, self.keywords)

    def search(self, text: str, last: str | None = None) -> re.Match | None:
        # possible(), written out: a call costs about as much as its tests, and this runs some 70 times an article
        if self.last_words:
            if last is not None and last.isalpha():
                if last not in self.last_word_set:
                    return None
            elif (tail := text.rstrip())[-1:] not in self.last_chars or not tail.endswith(self.last_words):
                return None
        if self.keywords:
            for keyword in self.keywords:  # (contains_any, written out)
                if keyword in text:
                    break
            else:
                return None
        return self.pattern.search(text)

    def match(self, text: str) -> re.Match | None:
        return self.pattern.match(text) if self.possible(text) else None


KNOWN_POLLSTERS = (  # unambiguous names only: "Harris" or "Essential" alone would match ordinary news
    "YouGov", "Ipsos", "Gallup", "Pew", "Morning Consult", "Survation", "Opinium", "Savanta", "ComRes", "Redfield",
    "Deltapoll", "Kantar", "Populus", "Panelbase", "Techne", "Forsa", "Infratest", "Emnid", "INSA", "Allensbach",
    "Forschungsgruppe Wahlen", "Ifop", "Elabe", "Quinnipiac", "Marist", "Rasmussen", "SSRS", "NORC", "Angus Reid",
    "Leger", "Léger", "Nanos", "Newspoll", "Roy Morgan", "KIIS", "Levada", "Datafolha", "Lokniti", "CSDS",
    "Eurobarometer",
)
NOT_PEOPLE = (  # what field surveys count: "a survey of the reef", "a bird survey" ask no one
    "reef", "reefs", "coral", "corals", "bird", "birds", "seabird", "seabirds", "wildlife", "species", "fish",
    "whales", "dolphins", "butterflies", "butterfly", "bees", "insects", "plants", "trees", "tree", "forest",
    "forests", "woodland", "woodlands", "seabed", "coast", "coastline", "river", "rivers", "lakes", "wetlands",
    "habitat", "habitats", "soil", "glacier", "glaciers", "stars", "galaxies", "sky", "roads", "bridges",
    "buildings", "damage", "wreck", "site", "sites", "land", "animals", "mammals", "bats", "otters", "frogs",
)
NOT_PEOPLE_WORDS = trie_pattern(NOT_PEOPLE) + r"(?![\s-]+[a-z]+(?:ers|ors|ists|ants|ents)\b)"  # not "land owners"
POLICE_BEFORE = ")(?<!".join(f"{who} " for who in ("police", "detectives", "officers", "investigators", "prosecutors"))
POLICE_AFTER = r"\s+(?:\w+\s+)?by\s+(?:the\s+)?(?:police|detectives|officers|investigators|prosecutors)\b"
# counted places, not people: "a sample of 1,500 polling stations" (a quick count's)
STATIONS = (r"(?:[\w-]+\s+)?(?:polling\s+(?:stations|places|units)|precincts|ballot\s+boxes|tally\s+sheets|"
            r"voting\s+stations)\b")
STATIONS_AFTER = re.compile(r"\s+" + STATIONS)
# samples of things a lab or an audit counts, not people asked: "a sample of 500 blood tests", "1,200 water samples"
SAMPLE_THINGS = (r"(?:[\w-]+\s+)?(?:blood|urine|saliva|tissue|water|soil|air|dna|tests?|specimens?|swabs?|"
                 r"(?<!valid )(?<!effective )(?<!usable )samples|"
                 r"cells|images|scans|documents|e-?mails|tweets|posts|articles|products|items|vehicles|cars|mice|rats|"
                 r"genomes|rocks|cores)\b(?![\s-]+[a-z]+(?:ers|ors|ists|ants|ents)\b)")  # not "water users"
SAMPLE_THINGS_AFTER = re.compile(r"\s+" + SAMPLE_THINGS)
# people an event left somehow, not people asked: "leaving 300,000 households without power", "forced 12,000
# residents from their homes", "2,000 people were evacuated" (told by the verb before or the words after the count)
AFFECTED_BEFORE = re.compile(r"\b(?:leaving|left|leaves|affecting|affected|displacing|displaced|evacuating|forcing|"
                             r"forced|stranding|stranded|cutting\s+off)\s+(?:some\s+|about\s+|around\s+|nearly\s+|"
                             r"more\s+than\s+|over\s+|almost\s+)?$")
AFFECTED_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:(?:are|were|remain(?:ed)?|have\s+been|had\s+been)\s+)?"
                            r"(?:without\s+(?:power|electricity|water|heat(?:ing)?|gas|shelter|homes?)|homeless|"
                            r"evacuated|displaced|stranded|cut\s+off)\b")
SAMPLE_OF_STATIONS = (r"sample of(?!\s+(?:about\s+|around\s+|some\s+|more\s+than\s+|over\s+)?[\d,]+\s+"
                      rf"(?:{STATIONS}|{SAMPLE_THINGS}))")
SURVEY_CUES = (  # election-day, agency and field senses ("polls closed", "Geological Survey", "a bird survey") are out
    r"(?<!to the )(?<!assembly )(?<!parliamentary )(?<!municipal )(?<!civic )(?<!panchayat )(?<!council )(?<!by-)"
    r"polls?(?!\s+(?:closed|closes?|opened|opens?|closing|opening)\b)"
    # a count's "topped the poll on first preferences", "topped the poll with 9,411 votes"
    r"(?!(?:(?<=top the poll)|(?<=tops the poll)|(?<=topped the poll)|(?<=topping the poll))\s+"
    r"(?:on\s+first[\s-]preferences?|with\s+[\d,.]+\s*(?:%|per\s?cent|percent)?\s*(?:of\s+(?:the\s+)?)?(?:first[\s-]preferences?|votes)))",
    r"(?<!analysts )(?<!economists )(?<!forecasters )(?<!strategists )"  # "economists polled by …": a consensus
    r"polled(?!\s+(?:just\s+|only\s+|about\s+|around\s+|nearly\s+|over\s+)?\d[\d.,]*\s?(?:%|per\s?cent|percent|votes\b))",
    r"polling(?!\s+(?:stations?|day|booths?|places?|centres?|centers?|districts?|officers?|staff|cards?)\b)",
    r"pollsters?",
    r"(?<!geological )(?<!ordnance )(?<!aerial )(?<!bird )(?<!wildlife )(?<!reef )(?<!seabed )(?<!tree )"
    r"(?<!species )(?<!site )(?<!damage )(?<!structural )"
    # official labour-market surveys ("the household survey", "the Labour Force Survey") and analysts'
    # consensus ("a FactSet survey"): no one's opinions
    r"(?<!household )(?<!establishment )(?<!payroll )(?<!force )(?<!population )(?<!factset )(?<!refinitiv )"
    r"(?<!lseg )(?<!zacks )(?<!consensus )surveys?"
    rf"(?!\s+of\s+(?:the\s+|its\s+|local\s+|\d+\s+)?(?:[\w-]+\s+)?(?:{NOT_PEOPLE_WORDS})\b)",
    r"(?<!analysts )(?<!economists )(?<!forecasters )(?<!strategists )(?<!inspectors )(?<!engineers )"
    rf"(?<!surveyors )surveyed(?!\s+(?:the\s+)?(?:[\w-]+\s+)?(?:{NOT_PEOPLE_WORDS})\b)",
    r"respondents?(?!\s+(?:in|to)\s+the\s+(?:case|appeal|petition|claim|lawsuit|suit|proceedings|action)\b)",
    rf"(?<!{POLICE_BEFORE})questioned(?!{POLICE_AFTER})", rf"(?<!{POLICE_BEFORE})interviewed(?!{POLICE_AFTER})",
    r"canvass\w*", r"focus groups?", "opinion research", "barometer", r"voting intentions?", r"approval ratings?",
    r"favou?rability", r"(?<!in )(?<!offensive )(?<!defensive )net (?:rating|approval|satisfaction)",  # not a team's
    "those asked", "when asked", "were asked",
    "asked whether", SAMPLE_OF_STATIONS, r"responses\s+from",
    # "the institute's online panel of 823 adults" (not a solar panel, nor a panel of judges)
    r"online\s+panels?", r"research\s+panels?", r"opinion\s+panels?",
    # the question put to respondents: "Asked about the defence budget, 44% said …" (not "he was asked about")
    r"(?<!was )(?<!is )(?<!been )(?<!being )(?<!be )(?<!he )(?<!she )(?<!they )asked\s+about\b",
    r"according\s+to\s+the\s+polls?",  # a poll, not an election ("go to the polls", left out above)
    r"exit polls?", r"net\s+balance", r"fieldwork",  # "a net balance of 32% of surveyors reported"
    r"margins?\s+of\s+(?:sampling\s+)?error",  # "a gap within the margin of error": only polls have one
    # the vote-intention question: "if parliamentary elections were held next Sunday, …"
    r"if\s+(?:the\s+)?(?:[\w-]+\s+){0,2}elections?\s+(?:were|was)\s+(?:held|to\s+take\s+place)",
)
SURVEY_WORDS = "|".join(SURVEY_CUES)
OPINION_VERBS = (
    "said", "say", "says", "saying", "think", "thinks", "thought", "believe", "believes", "believed", "support",
    "supports", "supported", "oppose", "opposes", "opposed", "approve", "approves", "approved", "disapprove",
    "disapproves", "disapproved", "agree", "agrees", "agreed", "disagree", "disagrees", "disagreed", "want", "wants",
    "wanted", "favor", "favors", "favored", "favour", "favours", "favoured", "back", "backs", "backed", "prefer",
    "prefers", "preferred", "expect", "expects", "expected", "feel", "feels", "felt", "consider", "considers",
    "considered", "would", "intend", "intends", "intended", "trust", "trusts", "trusted", "reported", "stated",
    "answered", "responded", "chose", "named", "cited", "rated", "view", "views", "viewed", "plan", "plans",
    "planned", "see", "sees", "worried", "concerned", "satisfied", "dissatisfied", "confident", "optimistic",
    "pessimistic", "cite", "cites", "anticipate", "anticipates", "anticipated", "mention", "mentions", "mentioned",
    "likely to", "unsure", "undecided", "planning", "expecting", "intending", "wanting", "believing", "thinking",
    "backing", "supporting", "opposing", "favouring", "favoring", "preferring",
)
PEOPLE_NOUNS = (  # who a share of respondents can be a share of
    "respondents", "those", "people", "voters", "adults", "participants", "public", "population", "electorate",
    "residents", "citizens", "members", "workers", "employees", "parents", "students", "women", "men", "households",
    "businesses", "firms", "companies", "owners", "users", "consumers", "customers", "supporters", "patients",
    "independents", "teenagers", "children", "graduates", "youth", "seniors", "pensioners", "retirees",
    "veterans", "homeowners", "renters", "tenants", "drivers", "readers", "viewers", "listeners", "fans", "nurses",
    "doctors", "teachers", "farmers", "millennials", "boomers", "immigrants", "migrants", "refugees", "muslims",
    "christians", "catholics", "protestants", "evangelicals", "hindus", "jews", "buddhists", "sikhs", "tories",
    "conservatives", "liberals", "greens", "socialists", "leavers", "remainers", "latinos", "hispanics", "girls",
    "boys", "mothers", "fathers", "families", "individuals", "americans", "britons", "scots", "welsh", "irish",
    "english", "french", "germans", "poles", "czechs", "slovaks", "danes", "swedes", "finns", "dutch", "swiss",
    "greeks", "turks", "israelis", "iraqis", "pakistanis", "bangladeshis", "saudis", "emiratis", "thais",
    "filipinos", "chinese", "japanese", "taiwanese", "vietnamese", "lebanese", "portuguese", "maltese", "sudanese",
    "nepalese", "burmese", "senegalese", "congolese", "kiwis", "shiites", "sunnis", "kurds", "arabs", "uzbeks",
    "kazakhs", "tajiks", "serbs", "croats", "bosniaks", "slovenes", "latvians", "lithuanians", "estonians",
    "recipients", "applicants", "claimants", "clients", "constituents", "opponents", "proponents", "adolescents",
    "inhabitants", "entrepreneurs", "employers", "managers", "executives", "leaders", "professionals", "experts",
    "economists", "scientists", "physicians", "officials", "investors", "shoppers", "buyers", "travellers",
    "travelers", "commuters", "passengers", "gamers", "smokers", "believers", "partisans", "youngsters", "elderly",
)
PEOPLE_WORDS = (  # a real word list, plus endings that name people ("Belarusians", "Democrats", "economists",
    # "first-time buyers"): a bare "-ns"/"-ers" would also take "trains" and "containers"
    trie_pattern(PEOPLE_NOUNS)
    + r"|[a-z]+ians|[a-z]{3,}(?:cans|eans)|[a-z]*crats|[a-z]{3,}ists|[a-z]+(?:voters|workers|owners|holders|goers|"
    r"payers|makers|seekers|earners|dwellers|keepers|users)|under-\d+s|over-\d+s|\d+-\d+s"
)
OF_PEOPLE = (  # "of voters", "of young Ukrainians", "of those polled": a share of people
    r"^\)?\s*(?:of\s+(?:all\s+|the\s+|those\s+|[\w-]+\s+)?(?:" + PEOPLE_WORDS + r")\b)"
    r"|^\s*of\s+(?:the\s+)?(?:sample|those\s+(?:polled|surveyed|asked|questioned))"
)
OF_PEOPLE_AFTER = re.compile(OF_PEOPLE)
OF_NATIONALS_AFTER = re.compile(r"^\s*of\s+(?:all\s+|the\s+)?[A-Z][a-z]+ans\b")  # raw text: "of Moldovans"
OPINION_AFTER = re.compile(  # only whether it matches counts: the branches that fail fast come first
    # the verb of this figure, not of one after it ("46.1% with 93% of the vote expected", "5.2 per cent and 61 per
    # cent said"): no "%" nor "per cent" on the way
    OF_PEOPLE + r"|^(?:[^.;,!?%p]|p(?!er\s?cent)){0,60}?\b(?:" + trie_pattern(OPINION_VERBS) + r")\b"
    r"|^\s+(?:were\s+|are\s+|was\s+)?(?:against|opposed)\s*(?:[.,;)]|$)",  # "46% in favour and 39% against."
)
# the figure's subject is a share of people ("the share of consumers expecting higher unemployment fell to 31%"):
# an answer, whatever non-survey word comes between (searched only where SHARE_OF_WORDS occur)
SHARE_OF_WORDS = ("share of", "proportion of", "percentage of")
SHARE_OF_PEOPLE_BEFORE = re.compile(
    r"\b(?:share|proportion|percentage)\s+of\s+(?:all\s+|the\s+|those\s+)?(?:[\w-]+\s+)?(?:" + PEOPLE_WORDS
    + r")\b[^.;]*$"
)
# an opinion of something, in the clause before its share: "approval of the tariff policy stands at 79%", "support
# for the tax rise is 40%": the non-survey word after it is what the opinion is about (searched only on such words)
OPINION_SUBJECT_BEFORE = GatedCue(re.compile(
    r"\b(?:approval|disapproval|support|opposition|backing|trust|satisfaction|dissatisfaction)\s+(?:of|for|in|to|with)\s"
    r"(?:(?!\b(?:while|whereas|but|and)\b)[^.;,]){0,60}$"
), keywords=("approval", "support", "opposition", "backing", "trust", "satisfaction"))
# an answer named "by" a share of people: "Unemployment was mentioned by 21 per cent"
ANSWER_BY_BEFORE = GatedCue(re.compile(r"\b(?:mentioned|cited|named|chosen|picked|selected|identified|listed)\s+by\s+"
                                       r"(?:just\s+|only\s+|some\s+|about\s+|around\s+|nearly\s+|almost\s+)?$"),
                            last_words=("by", "just", "only", "some", "about", "around", "nearly", "almost"))
# the earlier value of a share just given: "only 27% say tariffs have hurt them, up from 19%" (its words are the
# first share's, so a non-survey word between them is no reason to doubt it)
EARLIER_SHARE_BEFORE = re.compile(r"\d\s?(?:%|per\s?cent|percent)[^.;\d]{0,60}\b(?:up|down)\s+from\s+"
                                  r"(?:just\s+|only\s+)?$")
# the next answer of a ranking, its share in brackets: "(named by 26%,) followed by inflation (22 per cent)", or the
# answer chosen less: "(46%) view inflation, rather than unemployment (10%), as the bigger problem"
ANSWER_FOLLOWED_BEFORE = re.compile(r"\b(?:followed\s+by|ahead\s+of|behind|rather\s+than)\s+(?:[\w'’-]+\s+){1,4}\("
                                    # and the answers after it: "ahead of immigration (29%) and housing ("
                                    r"(?:[^()]{1,12}\)(?:,|\s+and|\s+or)?\s+(?:[\w'’-]+\s+){1,4}\()*\s*$")
# the same with the share after "at": "(the cost of living, for 47%,) followed by unemployment at 23 percent"
ANSWER_FOLLOWED_AT_BEFORE = re.compile(r"\b(?:followed\s+by|ahead\s+of)\s+(?:[\w'’-]+\s+){1,4}?(?:at|on|with)\s+$")
# a ranking of answers, its first share "by" the people who named it, earlier in the sentence: "The cost of living was
# cited as the biggest problem by 45 per cent, followed by unemployment at 21 per cent" (the next answers' words,
# an economic word among them, are answers too)
RANKED_ANSWER_BY = re.compile(r"\b(?:mentioned|cited|named|chosen|picked|selected|identified|listed|ranked)\s+"
                              r"(?:as\s+[^.;%]{0,80}?)?by\s+(?:[a-z]+\s+)?\d[\d.,]*\s?(?:%|per\s?cent|percent)")
# a share of people and what they say, nothing between: a survey's answer even where no survey is named
SAYING_AFTER = re.compile(
    r"\s*(?:\)\s*)?(?:of\s+(?:all\s+|the\s+|those\s+)?(?:[\w-]+\s+)?(?:" + PEOPLE_WORDS + r")\s+)?"
    r"(?:(?:also|now|still)\s+)?(?:say|said|says|state|stated|think|thought|believe|believed|feel|felt|agree|agreed|"
    r"disagree|disagreed|want|wanted|prefer|preferred|approve|approved|disapprove|disapproved|oppose|opposed)\b"
)
OPINION_VERB_AFTER = re.compile(r"^[^.;,!?]{0,60}?\b(?:" + trie_pattern(OPINION_VERBS) + r")\b")
# a share "of" something that is not a people ("of trains", "of them outside", "of its staff"): with no
# poll or opinion word in its sentence, it is more likely a share of things than of respondents
OF_NON_PEOPLE_AFTER = re.compile(
    r"^\s*of\s+(?:them|its|their|his|her|our|the\s+[\w-]+['’]s?|[\w-]+['’]s?)\s"
    r"|^\s*of\s+(?:all\s+|the\s+|these\s+)?(?:[\w-]+\s+)?(?!(?:" + PEOPLE_WORDS + r")\b)[a-z]+s\b"
)
# a share of a population stated as a fact ("3% of the population is immunosuppressed", "a fifth of the adult
# population are over 65"): with no survey cue in its sentence and no opinion verb after it, no poll result
ATTITUDE_WORDS = (
    "against", "for", "in favour", "in favor", "opposed", "happy", "unhappy", "content", "ready", "willing",
    "unwilling", "reluctant", "afraid", "scared", "aware", "unaware", "convinced", "sceptical", "skeptical",
    "positive", "negative", "hopeful", "fearful", "angry", "sure", "certain", "uncertain", "open", "inclined",
    "keen", "eager", "comfortable", "uncomfortable", "supportive", "critical", "proud", "ashamed", "disappointed",
    "pleased", "frustrated", "divided", "split", "interested", "uninterested", "determined", "prepared",
)
# a fact about who people are, not what they answered ("four in ten US adults have a college degree", "one in five is
# 60 or older", "one in ten lives alone", "40% of the world's population will vote this year"): with no survey cue in
# its sentence, no poll result
DEMOGRAPHIC_FACT_AFTER = GatedCue(
    re.compile(
        r"^\s*of\s+(?:the\s+)?(?:world|globe|planet)['’]s\s+(?:[\w-]+\s+)?(?:population|people|adults)\b"
        r"|^\s*of\s+(?:the\s+)?(?:global|world)\s+population\b"
        r"|^\s*(?:of\s+)?(?:the\s+|all\s+|its\s+)?(?:[\w'’.-]+\s+){0,3}?"
        r"(?:(?:has|have|had|hold|holds|held)\s+(?:a\s+|an\s+)?(?:college|university|bachelor['’]?s?|tertiary|"
        r"undergraduate|graduate)\s+degrees?\b"
        r"|(?:is|are|was|were)\s+(?:now\s+)?(?:aged\s+)?(?:(?:\d{2}|sixty|sixty-five|seventy|eighty)\s+(?:or|and)\s+"
        r"(?:older|over|above)|over\s+(?:the\s+age\s+of\s+)?\d{2})\b"
        r"|(?:lives?|lived|living)\s+alone\b|(?:lives?|lived)\s+(?:in|below)\s+(?:relative\s+|absolute\s+)?poverty\b"
        r"|(?:was|were)\s+born\s+(?:abroad|overseas|outside|in\s+another)\b)"
        # what a household is made of: "one in five households is a single elderly person", "one in ten households
        # has a member working abroad"
        r"|^\s*(?:of\s+)?(?:the\s+|all\s+)?(?:[\w'’.-]+\s+){0,2}?households?\s+(?:(?:is|are|was|were)\s+(?:now\s+)?"
        r"(?:a\s+|an\s+)?(?:single|one-person|headed\s+by|made\s+up\s+of)|(?:has|have|had)\s+(?:a\s+|an\s+|one\s+|"
        r"at\s+least\s+one\s+)?(?:member|relative|child|children|person|someone)\s+(?:working|living|who\s+(?:works|"
        r"lives)|abroad|overseas|aged|over|under))\b"),
    keywords=("degree", "older", "over", "above", "alone", "poverty", "born", "world", "globe", "planet", "global",
              "household"),
)
POPULATION_FACT_AFTER = GatedCue(
    re.compile(r"^\s*of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?population\s+(?:is|are|was|were|has|have|had)\s+"
               r"(?:now\s+|already\s+|currently\s+|still\s+)?(?!(?:" + trie_pattern(ATTITUDE_WORDS) + r")\b)"
               r"(?!(?:no\s+|little\s+|some\s+|a\s+(?:\w+\s+)?)?(?:confidence|trust|faith|doubts|concerns|view|opinion|"
               r"impression)\b)"),
    keywords=("population",),
)
# pay claims, offers, targets and cuts: "asking for 8%", "offered 4%", "cut 10% of", "shed 5% of its staff"
# A central bank's or lender's rate: "kept its benchmark Selic rate at 14.25%", "the key policy rate of 4.5%".
OFFICIAL_RATE_BEFORE = GatedCue(
    re.compile(r"\b(?:benchmark|policy|key|base|repo|lending|deposit|mortgage|interest|selic|refinancing|overnight|"
               r"prime|discount)\s+(?:interest\s+)?rates?\s+(?:\w+\s+){0,3}?(?:at|of|to)\s+(?:a\s+)?$"),
    keywords=("rate",), last_words=("at", "of", "to", "a"),
)
# the pace of a rate, which a share of people does not have: "inflation slowed to 5.3%", "growth accelerated to 2%"
RATE_PACE_BEFORE = GatedCue(
    re.compile(r"\b(?:slow(?:s|ed|ing)?|accelerat(?:es?|ed|ing)|quicken(?:s|ed|ing)?|decelerat(?:es?|ed|ing))\s+"
               r"(?:to|from)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|just\s+)?$"),
    last_words=("to", "from", "about", "around", "roughly", "nearly", "almost", "just"),
)
PARTIAL_COUNT = re.compile(r"\b(?:of\s+(?:the\s+)?(?:expected\s+|estimated\s+)?(?:votes?|ballots?)|votes|ballots|"
                           r"precincts|polling\s+stations|parishes|wards|districts|constituencies|municipalities|"
                           r"counties)\s+(?:counted|reporting|reported)\b")
# an election's result, counted or declared, in a sentence with no survey cue: "final results showed", "the conteo
# rapido", "the electoral commission said after counting votes" (see etl.extract)
ELECTION_RESULT = GatedCue(
    re.compile(r"\b(?:official|preliminary|provisional|partial|final|complete|certified)\s+(?:[\w-]+\s+)?"
               r"(?:results?|counts?|tall(?:y|ies))\b|\bconteo\s+r[aá]pido\b|\b(?:vote|ballot)\s+(?:count|tally)\b|"
               r"\bcounting\s+(?:the\s+)?(?:votes|ballots)\b|\belectoral\s+(?:commission|authority|institute|council|"
               r"board)\b|\bin\s+the\s+event\s*,"),  # "In the event, Labour's vote share was 33.7%": what happened
    keywords=("result", "count", "tall", "conteo", "electoral", "the event"),
)
# a sentence that opens on a past vote: "At the 2014 referendum, 55.3% voted No", "In the 2022 plebiscite, 61.9%
# rejected it" (matched at the sentence start); not a poll's ballot ("In the regional vote, the Greens take 10%")
PAST_VOTE_OPENING = re.compile(r"\s*(?:at|in)\s+the\s+(?!(?:constituency|regional|list|party|district|first|second)\s+"
                               r"(?:vote|ballot)\b)(?:\d{4}\s+)?(?:[\w'’-]+\s+){0,2}?(?:referendum|plebiscite|"
                               r"elections?|vote|ballot)\s*,")
# a sentence that opens on a year gone by: "In 2022, she defeated …" (a vote won then is a result, even after a poll)
YEAR_OPENING = re.compile(r"\s*(?:back\s+)?in\s+(?:(?:january|february|march|april|may|june|july|august|september|"
                          r"october|november|december)\s+)?(?:19|20)\d\d\s*,")
# a poll's level said in the present, before a vote won in the same sentence ("the Liberal Alliance is on 12,4 percent
# …, when they won 9,3 percent of the vote"): that figure is the poll's
PRESENT_LEVEL = re.compile(r"\b(?:is|are|stands?|sits?|remains?|comes?\s+in)\s+(?:now\s+|still\s+|currently\s+)?"
                           r"(?:on|at)\b|"
                           r"\bpoll(?:s|ing)\b")
VOTE_WON = re.compile(r"\b(?:won|winning|wins|garnered|secured|captured)\b")  # the vote verbs of NEGATIVE_WORDS
# the same in a verb, unless the sentence before names a survey ("Another poll showed a different picture. The Union
# received 27% of the vote ..."): "PiS received 35.4% of the vote"
VOTE_RESULT = GatedCue(
    re.compile(r"\b(?:(?:won|received|took|got|obtained|garnered|secured|captured)\s+(?:[\w'’-]+\s+){0,3}?"
               # or the winner's share: "was elected president with 56.1% of the votes cast"
               # or a vote won further back: "won the runoff against X with 50.9% of the valid votes"
               # (a month's abbreviation is no sentence end: "won the Feb. 23 election with 28.5% of the vote")
               # or the winner's rival named: "defeated X with 50.9% of the valid votes" (not "would beat X with")
               r"|(?:(?:re-?)?elected\b(?:[^.;%\d]|\.(?=\s\d)){0,60}?|\b(?:won|winning|wins|defeated|defeating|"
               r"(?<!would )(?<!could )(?<!might )(?<!will )(?<!to )beat)\b(?:[^.;%]|\.(?=\s\d)){0,60}?)"
               r"\bwith\s+(?:about\s+|around\s+|nearly\s+|almost\s+|just\s+|over\s+|"
               r"more\s+than\s+)?)\d[\d.,]*\s*(?:%|per\s*cent|percent)\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?votes?\b"),
    keywords=(" vote",),
)
# a party's share at an election the sentence names as won, a result even just after a survey's sentence: "won the
# Feb. 23 election with 28.5% of the vote", "whose party topped the poll in the November election with 21.9%"
ELECTION_WON = GatedCue(
    # or its place in one: "came second in last year's general election with 20.8%"
    re.compile(r"\b(?:won|topped\s+the\s+poll\s+in|(?:came|finished|placed|ended)\s+(?:first|second|third|fourth|fifth|"
               r"top|last)\s+(?:in|at))\s+(?:the\s+|last\s+|this\s+|that\s+|its\s+)?(?:[\w'’.-]+\s+){0,3}?"
               r"elections?\s+with\s+(?:about\s+|around\s+|nearly\s+|almost\s+|just\s+|over\s+|more\s+than\s+)?\d"
               # or what an election saw: "the 2019 election saw the Tories win 43.6%"
               r"|\belections?\s+(?:(?:in|of)\s+\d{4}\s+)?saw\s+(?:[\w'’.-]+\s+){1,3}?(?:win|take|get|secure|capture|"
               r"receive|poll)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|just\s+|over\s+|more\s+than\s+)?\d"),
    keywords=("election",),
)
NOT_A_SHARE_BEFORE = GatedCue(
    re.compile(r"\b(?:(?:ask|call|push|press|bargain|file)(?:s|es|e?d|ing)?\s+for(?:\s+(?:rate\s+|price\s+|premium\s+)?"
               r"(?:increases?|rises?|hikes?)\s+of)?|want(?:s|ed)?|demand(?:s|ed|ing)?|seek(?:s|ing)?|sought|offer(?:s|ed|ing)?|"
               r"claim(?:s|ed|ing)?|cut(?:s|ting)?|slash(?:es|ed|ing)?|shed(?:s|ding)?|ax(?:e|es|ed|ing)|"
               r"trim(?:s|med|ming)?|lay(?:s|ing)?\s+off|laid\s+off)"
               r"(?:\s+(?:a|an|up\s+to|about|around|roughly|nearly|almost|some|just|only|another|by))*\s+$"
               r"|\bclaim(?:s|ed|ing)?\s+that\s*[\"“]$"),  # a fact-check's quoted claim: 'claims that "80% of'
    last_words=("for", "want", "wants", "wanted", "demand", "demands", "demanded", "demanding", "seek", "seeks",
                "seeking", "sought", "offer", "offers", "offered", "offering", "claim", "claims", "claimed",
                "claiming", "that", '"', "“", "cut", "cuts", "cutting", "slash", "slashes", "slashed", "slashing",
                "shed", "sheds",
                "shedding", "axe", "axes", "axed", "axing", "trim", "trims", "trimmed", "trimming", "off", "a", "an",
                "of", "to", "about", "around", "roughly", "nearly", "almost", "some", "just", "only", "another", "by"),
)
# A figure that is another quantity, told by the words right before it: a chance, a goal, a change in an amount, a
# polling error, a player's rate. Each pattern ends at the figure; they are searched as one (other_quantity_before:
# the group that matched names the cue), only where the word before the figure is one they can end with.
OTHER_QUANTITY_CUES = {
    # a forecast's or a market's odds: "traders put his chances at 66%", "the probability of a cut is 40%"
    "chance": r"\b(?:chances?|probability|likelihood|odds)\b[^.;]{0,40}?\b(?:at|of|to|is|are|was|were)\s+"
              r"(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|just\s+|only\s+)?$",
    # a goal, not a result: "below the WHO's target of 75%", "a threshold of 5%"
    "target": r"\b(?:target|goal|threshold|ceiling|cap|limit)\s+(?:(?:for|of)\s+(?:[\w'’-]+\s+){1,4}?)?"
              r"(?:of|at|is|was)\s+(?:about\s+|around\s+|roughly\s+)?$",  # or "the threshold for a valid result is 50%"
    # the true value set against what people guess: "compared with the actual figure of 14%"
    "fact": r"\b(?:actual|real|true|official)\s+(?:figure|number|share|proportion|percentage|rate|level)\s+"
            r"(?:of|is|was|at)\s+(?:about\s+|around\s+|roughly\s+|just\s+|only\s+)?$",
    # a change in an amount, not a share of people: "firms expect to raise their prices by 3.8%", "put up rents by 4%"
    "amount": r"\b(?:prices?|pay|wages?|salaries|rents?|fees|fares|charges|costs|bills|premiums|rates|budgets?)\s+"
              # "prices to rise 3.5% over the next year": an expected change, "by" left out
              r"(?:(?:have\s+|has\s+|had\s+|to\s+|will\s+|would\s+)?(?:rose|risen|rise|fell|fallen|fall|increased|increase|"
              r"decreased|climbed|climb|jumped|gone\s+up|went\s+up|go\s+up)\s+)?(?:by\s+|(?<=rise\s)|(?<=fall\s)|"
              r"(?<=increase\s)|(?<=climb\s))"
              r"(?:an\s+average\s+of\s+|about\s+|around\s+|roughly\s+|some\s+|up\s+to\s+|nearly\s+|almost\s+|just\s+|"
              r"more\s+than\s+|over\s+|at\s+least\s+|less\s+than\s+)?$",
    # how far polls were from a result: "overstated his lead by close to four points", "was off by two points", "the
    # average error on the Labour share was 5.3 points"
    "error": r"\b(?:(?:over|under)(?:stat|estimat)\w*\b[^.;]{0,40}?|\b(?:off|out|wrong|missed)\s+)by\s+"
             r"(?:about\s+|around\s+|roughly\s+|close\s+to\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+|over\s+)?$"
             r"|\berrors?\b[^.;]{0,40}?\b(?:of|was|is|were)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|"
             r"some\s+)?$",
    # a cut by a treatment or a policy ("cut hospital admissions by 82%") or an economic forecast ("growth will be
    # 1.4%"): no share of anyone
    "effect": r"\b(?:cut|cuts|cutting|reduced?|reduces|reducing|lowered|lowers|lowering|slashed|halved)\s+"
              r"(?:[\w'’-]+\s+){1,4}?by\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+|up\s+to\s+|"
              r"more\s+than\s+|over\s+)?$"
              r"|\b(?:growth|gdp|inflation|unemployment|deficit)\s+(?:will|would|is\s+(?:forecast|expected|projected)\s+"
              r"to)\s+be\s+(?:about\s+|around\s+|roughly\s+|just\s+|only\s+)?$"
              # an economy's pace: "the economy contracted by 0.2%", "expects growth of just 0.8%"
              r"|\b(?:econom(?:y|ies)|gdp|output)\b[^.;%]{0,40}?\b(?:grew|grown|grows|expanded|expands|contracted|"
              r"contracts|shr[au]nk|shrinks)\s+(?:by\s+)?(?:about\s+|around\s+|roughly\s+|just\s+|only\s+|"
              r"nearly\s+|almost\s+)?$"
              r"|\b(?:econom(?:y|ies)|gdp|output)\b(?:[^.;]|\.\d){0,60}?(?:\b(?:after|before|following)|,)\s+(?:contracting|"
              r"expanding|growing|shrinking)\s+(?:by\s+)?$"  # "grew 0.2% in the third quarter after contracting 0.3%",
              # "the economy shrank for a second year, contracting by 0.3%"
              r"|\b(?:economic\s+|gdp\s+)?growth\s+(?:rate\s+)?(?:of|at)\s+(?:about\s+|around\s+|roughly\s+|just\s+|"
              r"only\s+|nearly\s+|almost\s+)?$",
    # a player's or a team's rate, with PLAYER_RATE_AFTER: "completed 71% of his passes", "landed 52% of her serves"
    "player": r"\b(?:completed|converted|landed|made|hit|sank|saved|stopped|blocked)\s+(?:just\s+|only\s+|nearly\s+|"
              r"almost\s+|about\s+)?$",
    # a forecast change of an amount, whatever its noun: "premiums for benchmark plans are set to rise by an average of
    # 26%", "bills are forecast to climb 9%" (a poll's share does not "rise by" a percent)
    "forecast": r"\b(?:(?:set|expected|forecast|projected|predicted|poised|due|tipped|likely)\s+|"
                # or who expects it: "analysts expect them to fall by about 3%"
                r"(?:expect(?:s|ed)?|predict(?:s|ed)?|forecasts?|projects?|projected)\s+(?:[\w'’-]+\s+){1,3}?)"
                r"to\s+(?:rise|fall|"
                r"increase|decrease|climb|drop|jump|grow|surge|soar|decline|go\s+up|go\s+down)\s+(?:by\s+)?(?:an\s+average\s+of\s+|"
                r"about\s+|around\s+|roughly\s+|some\s+|up\s+to\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|"
                r"at\s+least\s+|as\s+much\s+as\s+|only\s+|just\s+)?$",
}
# per cue, the words one of which every match of it holds: only the cues whose word is there are searched, as every
# cue costs its share at every position (see other_quantity_before)
OTHER_QUANTITY_CUE_WORDS = {
    "chance": ("chance", "probability", "likelihood", "odds"),
    "target": ("target", "goal", "threshold", "ceiling", "cap", "limit"),
    "fact": ("actual", "real", "true", "official"),
    "amount": ("by", "rise", "fall", "increase", "climb"),
    "error": ("by", "error"),
    "effect": ("by", "growth", "gdp", "inflation", "unemployment", "deficit", "econom", "output"),
    "player": ("completed", "converted", "landed", "made", "hit", "sank", "saved", "stopped", "blocked"),
    "forecast": ("set", "expect", "forecast", "project", "predict", "poised", "due", "tipped", "likely"),
}
# finds each of those words in a text, where they overlap too (one search, not a test per word; no word may open
# another, as only the longest is found at each place)
OTHER_QUANTITY_CUE_WORD = re.compile(
    f"(?=({trie_pattern([word for words in OTHER_QUANTITY_CUE_WORDS.values() for word in words])}))")
# each word's cues, as bits in the order of OTHER_QUANTITY_CUES
OTHER_QUANTITY_CUE_BITS = {
    word: sum(1 << i for i, cue_words in enumerate(OTHER_QUANTITY_CUE_WORDS.values()) if word in cue_words)
    for words in OTHER_QUANTITY_CUE_WORDS.values() for word in words}
# a word every match of the cues holds: searched first, as it is much faster (no group, no `\b`, so `re`
# skips to the letters these words start with; written as a trie, only whether one occurs is asked)
OTHER_QUANTITY_WORD = re.compile(trie_pattern((
    "chance", "probabilit", "likelihood", "odds", "target", "goal", "threshold", "ceiling", "cap", "limit", "by ",
    "error", "actual", "real", "true", "official", "rise ", "fall ", "increase ", "climb ",
    "growth", "gdp", "inflation", "unemployment", "deficit", "econom", "output",
    "completed", "converted", "landed", "made", "hit", "sank", "saved", "stopped", "blocked",
    "set to", "expected to", "forecast to", "projected to", "predicted to", "poised to", "due to", "tipped to",
    "likely to", "expect", "predict", "forecast", "project")))
OTHER_QUANTITY_LAST_WORDS = frozenset((  # every word the patterns above can end with
    "at", "of", "to", "is", "are", "was", "were", "by", "be", "than", "over", "least", "about", "around", "roughly",
    "rise", "fall", "increase", "climb",
    "decrease", "drop", "jump", "grow", "surge", "soar", "decline", "up", "down", "least", "much",
    "nearly",
    "almost", "just", "only", "some", "completed", "converted", "landed", "made", "hit", "sank", "saved", "stopped",
    "blocked", "grew", "grown", "grows", "expanded", "expands", "contracted", "contracts", "shrank", "shrunk",
    "shrinks", "contracting", "expanding", "growing", "shrinking"))
PLAYER_RATE_AFTER = re.compile(r"\s+of\s+(?:his|her|their|its)\s")
# how far polls were from the result: "within three points of the actual result"
POLL_ERROR_AFTER = re.compile(r"\s+of\s+(?:the\s+)?(?:actual|final|real|eventual|election)\s+(?:results?|outcome)\b")
# a response rate: "a third of the people it dialled", "1% of those they call" (who answered, not what)
RESPONSE_RATE_AFTER = re.compile(
    r"\s+of\s+(?:the\s+)?(?:people|those|households|numbers|adults|voters)\s+(?:it|they|we|pollsters?)\s+"
    r"(?:dial(?:l?ed|s)?|call(?:ed|s)?|contact(?:ed|s)?|approach(?:ed|es)?|r[ai]ngs?|reach(?:ed|es)?|invit(?:ed|es))\b")
# a response rate told after the answers: "responses from 13% of the households contacted" (with "respon"/"repl"
# before the figure, so "52% of those contacted said yes" stays a share)
RESPONSE_RATE_CONTACTED_AFTER = re.compile(
    r"\s+of\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){0,2}?(?:people|persons|those|households|numbers|adults|voters|individuals)"
    r"\s+(?:(?:who\s+)?were\s+)?(?:dial(?:l?ed)|called|contacted|approached|reached|invited|sampled|selected)\b")
# a split of the sample by the pollster's method, not an answer: "half of the respondents were interviewed online",
# "half of randomly selected respondents were asked the question another way"
SAMPLE_SPLIT_AFTER = GatedCue(
    re.compile(
        r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?(?:respondents|sample|interviewees|participants)\s+"
        r"(?:were|was)\s+(?:then\s+|also\s+)?(?:interviewed|asked|reached|contacted|polled|surveyed|assigned|randomly|"
        r"selected)\b"),
    keywords=("respondents", "sample", "interviewees", "participants"),
)
# a share of polls, not of people: "one in five final polls had Labour ahead"
OF_POLLS_AFTER = re.compile(r"\s+(?:of\s+(?:the\s+)?)?(?:[\w-]+\s+)?(?:polls|surveys|pollsters)\b")
# a past election's result: "down from 27.5% at the last election", "its 31% in the 2021 state election", "28.5%
# at the election", "34.6% at the May election", "in February's federal election", "11.2 per cent of first preferences
# at last year's election" (not the next one, nor a poll of it)
PAST_ELECTION_AFTER = re.compile(
    r"\s+(?:of\s+(?:the\s+)?(?:first[\s-]preferences?|(?:popular\s+|national\s+)?votes?)\s+)?"
    r"(?:(?:at|in)\s+(?!the\s+(?:constituency|regional|list|party|district|first|second)\s+(?:votes?|ballots?)\b)"
    r"(?:the\s+|(?:last|this)\s+[\w-]+['’]s\s+|[\w-]+['’]s\s+)(?!(?:next|upcoming|coming|forthcoming|future)\b)"
    r"(?:[\w'’-]+\s+){0,3}?(?:elections?|votes?|referendum|plebiscite)\b(?!\s+(?:campaign|race|polls?|polling|surveys?)\b)"
    r"|on\s+election\s+day\b)")
PAST_ELECTION_STARTS = (" at ", " in ", " on election day", " of ")
# a change in points at a dated or the last vote, after the figure: "jumped 14 points at the 2023 election", "fell 6
# points in the last general election" (a result's change; not "in the constituency vote" of a poll)
POINTS_AT_PAST_ELECTION_AFTER = re.compile(
    r"\s+(?:at|in)\s+(?:the\s+)?(?:\d{4}|last|previous)\s+(?:[\w'’-]+\s+){0,2}?(?:elections?|votes?|referendum)\b"
    r"(?!\s+(?:campaign|race|polls?|polling|surveys?|intentions?)\b)")
# a vote won, told right after its share ("the 27,5 percent of the vote the party won at the 2022 election", "the 9.3%
# they took three years ago", "the 31.8 per cent it polled on election day"): a result, though a poll is in its
# sentence
PAST_ELECTION_TAIL = (r"\s+(?:(?:at|in|on)\s+(?:the\s+|[\w-]+['’]s\s+)?(?:[\w'’-]+\s+){0,3}?"
                      r"(?:elections?|votes?|ballot|referendum|plebiscite|polls)\b|on\s+election\s+day\b)")
PAST_RESULT_AFTER = GatedCue(
    re.compile(
        r"\s+(?:of\s+(?:the\s+)?(?:popular\s+|national\s+|first[\s-]round\s+|party\s+|list\s+)?votes?\s+)?"
        r"(?:(?:that|which)\s+)?(?:(?:the\s+)?[\w'’-]+\s+)?(?:had\s+)?"
        r"(?:(?:won|took|got|received|secured|garnered|captured|obtained)\b(?:" + PAST_ELECTION_TAIL
        + r"|\s+(?:in|at)\s+(?:\d{4}|january|february|march|april|may|june|july|august|september|october|november|"
        r"december|last\s+year)\b|\s+(?:[\w-]+\s+){1,2}ago\b|\s+last\s+(?:time|year)\b|\s*(?:[.,;)]|$))"
        # a share "polled" is a poll's unless at an election: "the 31.8 per cent it polled on election day"
        r"|polled" + PAST_ELECTION_TAIL
        # or by the office it won: "the 43.8 per cent that returned Mark Carney to office"
        + r"|(?:that|which)\s+(?:returned|swept|brought|put|propelled|carried|kept)\s+(?:[\w'’.-]+\s+){0,4}?"
        r"(?:to|into|in)\s+(?:office|power|government)\b)"),
    keywords=("won", "took", "got", "received", "secured", "garnered", "captured", "obtained", "polled", "returned",
              "swept", "brought", "put", "propelled", "carried", "kept"),
)
# what a party would win, not what it won: "would get 30% at the election" (the last words before the figure)
HYPOTHETICAL_VOTE_BEFORE = re.compile(r"\b(?:would|could|will|might|may)\s+(?:[\w-]+\s+){0,2}$")
# a figure, then a poll's verb, then the figure in question: "who won 27.5% in 2022, are now polling 21.9%" (the last
# poll word, greedy)
POLL_VERB_AFTER_FIGURE = re.compile(r"\d[^.;]*\b(?:polling|polls|polled|poll)\b")
# a vote share at an election, named before its figure: "Labour's vote share at the general election was 33.7%"
PAST_RESULT_BEFORE = re.compile(
    r"\b(?:vote\s+share|share\s+of\s+the\s+vote)\s+(?:at|in)\s+(?:the\s+)?(?!(?:next|upcoming|coming)\b)"
    r"(?:[\w'’-]+\s+){0,3}?elections?\s+(?:was|were|stood\s+at|of)\s+(?:just\s+|only\s+|about\s+|around\s+)?$")
# what was voted at a past vote, in a sentence that opens on it ("At the 2014 referendum, 55.3% voted No"): the share
# of those who voted, not of respondents, "of Scots" or not
RESULT_VOTED_AFTER = re.compile(
    r"\s*(?:of\s+(?:the\s+|all\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+\s+)?(?:voted|cast\s+(?:their|a)|chose|opted|backed|"
    r"rejected|approved|endorsed)\b")
# points a player scored, not poll points: "finished with 31 points, 14 rebounds", "24 points on 9-of-15 shooting"
POINTS_SCORED_BEFORE = GatedCue(
    re.compile(r"\b(?:scored|finished\s+with|poured\s+in|racked\s+up)\s+(?:a\s+)?(?:(?:career|season|game|team)-high\s+)?$"),
    keywords=("scored", "finished", "poured", "racked"),
)
POINTS_SCORED_AFTER = re.compile(
    r"\s*(?:(?:,|and)\s*\d+\s+(?:rebounds|assists|steals|blocks|tackles|goals)|on\s+\d+(?:-(?:of|for)-|\s+(?:of|for)\s+)\d+|"
    r"(?:per|a)\s+game|(?:(?:better|worse|more|fewer)\s+)?per\s+100\s+possessions|in\s+the\s+(?:first|second|third|fourth)\s+(?:half|quarter|period)|off\s+the\s+bench)\b")
# a points adjective that is no lead or change: "three-point attempts", "a five-point plan", "a 12-point programme"
POINT_ADJ_NOT_A_GAP_AFTER = re.compile(
    r"[\s-]*(?:attempts?|shots?|shooting|shooters?|line|range|arc|plays?|baskets?|field\s+goals?|conversions?|plan|"
    r"programme|program|system|checklist|agenda|test|charter|manifesto|list)\b")
# a list's items announced before a colon: "the plan has five points: …", "it contains three points:"
POINTS_LISTED_BEFORE = re.compile(r"\b(?:has|have|had|contains?|contained|comprises?|comprised|includes?|included|"
                                  r"consists?\s+of|sets?\s+out|outlines?|outlined|lists?|listed)\s+$")
POINTS_OF_PLAN_AFTER = re.compile(r" of\s+(?:an?|the|his|her|its|their|our)\s+(?:[\w-]+\s+)?(?:plan|programme|program|"
                                  r"agenda|proposal|deal|agreement|strategy|manifesto|charter|declaration|document)\b")
# a percentage that restates made of attempted: "made 16 of 35 three-point attempts (45.7%)"
COUNTS_RATIO_BEFORE = re.compile(  # or a game's "3-of-12 on third down (25%)"
    r"\b\d+-(?:of|for)-\d+\b[^.;()]{0,30}\(\s*$|"
    r"\b\d+\s*(?:-(?:of|for)-|\s(?:of|for)\s)\s*\d+\s+(?:[\w-]+\s+){0,2}?(?:attempts|shots|tries|kicks|throws|passes|"
    r"field\s+goals|free\s+throws|penalties|chances|saves)\s*\(\s*$")
# a turnout's level, its word the clause's subject: "turnout is often below a third of the electorate", "turnout was
# estimated by officials at around 41 per cent" (a count of ballots, not an answer, whatever people word follows it)
TURNOUT_BEFORE = re.compile(r"\bturnout\s+(?:[^.;,:]{0,50}?\s)?(?:is|was|were|of|at|reached|hit|to|been|stood)\s+"
                            r"(?:(?:often|usually|typically|normally|only|just|below|under|above|over|around|about|"
                            r"barely|nearly|almost|less\s+than|more\s+than|close\s+to|well|estimated|expected)\s+){0,3}$")
# an exit poll's share of the votes: "according to the exit poll, the party received 40.9 percent of the votes"
OF_THE_VOTES_AFTER = re.compile(r"\s*of\s+(?:the\s+)?votes?\b")
# a share of a group stated as what it did or what was done to it, from records ("24% of teachers had walked out",
# "82% of applicants were placed at their first choice"): with no survey cue in its sentence, no poll result
# a share of a territory or of an amount, not of people: "19% of the country's territory", "48 percent of average
# wages", "2.5% of GDP"
OF_LAND_OR_AMOUNT_AFTER = GatedCue(
    re.compile(
        r"\s+of\s+(?:(?:the|its|their|his|her|[\w-]+['’]s?|average|median|national|annual|gross|net)\s+){0,3}"
        r"(?:territory|land(?:mass)?|land\s+area|surface|coastline|wages?|earnings|incomes?|salar(?:y|ies)|gdp|"
        r"revenues?|turnover|output)\b"),
    keywords=("territory", "land", "surface", "coastline", "wage", "earnings", "income", "salar", "gdp", "revenue",
              "turnover", "output"),
)
RECORD_FACT_AFTER = re.compile(
    r"^\s*of\s+(?:the\s+|its\s+|their\s+)?(?:[\w&'’-]+\s+){0,4}?(?:(?:were|was|are|is|had|have|has)\s+"
    r"(?:been\s+|now\s+|already\s+|fully\s+)*)?"
    r"(?:on\s+strike|striking|walked\s+out|stopped\s+work|went\s+on\s+strike|downed\s+tools|"
    r"achieved|attained|(?:(?<=been )|(?<=were )|(?<=was )|(?<=are )|(?<=is )|(?<=now )|(?<=already )|"
    r"(?<=fully ))(?:placed|admitted|accepted|enrolled|vaccinated|"
    r"hospitali[sz]ed|diagnosed|infected|arrested|detained|displaced|evacuated|employed|unemployed|"
    r"registered|absent|occupied|vacant|cancell?ed|canceled|delayed|seen|treated|discharged|screened))\b")
# the earlier value of the figure before it: "slowed to 4.8% from 5.0%", "28.8% of their entries, compared with 27.7%"
CONTINUATION_GAP = re.compile(r"(?:,\s*|\s)(?:(?:up|down)\s+(?:sharply\s+|slightly\s+)?from|from|"
                              r"compared\s+(?:with|to)|against|versus|vs\.?)\s+(?:a\s+|an\s+)?$")
CONTINUATION_WORDS = ("from ", "with ", "to ", "against ", "versus ", "vs ", "vs. ", " a ", " an ")
# a bare number that is another value of the share in percent just before it, the unit left out ("58 percent, down
# from 61 the week before", "74 percent, while among those over 55 it was 54"): the words before and after it
CARRIED_UNIT_BEFORE = re.compile(r"(?:\bfrom|\bit\s+(?:was|is)|\b(?:it|they|stood|stands|was|is)\s+at|"
                                 # the next answer of a ranking: "… by 38.6 per cent, ahead of housing at 21.7"
                                 r"\b(?:followed\s+by|ahead\s+of)\s+(?:[\w'’-]+\s+){1,4}?at)\s+"
                                 r"(?:just\s+|only\s+|about\s+|around\s+)?$")  # not a time: "on Thursday at 9"
CARRIED_UNIT_LAST_WORDS = frozenset(("from", "was", "is", "at", "just", "only", "about", "around"))
CARRIED_UNIT_AFTER = re.compile(
    r"(?!\s*(?:years?|year-olds?|(?:and|or)\s+(?:over|older|above|under|younger))\b)"  # not an age: "at 65 and over"
    r"\s*(?:[.,;:!?)]|$|(?:the|a|last|in|on|previous|earlier|before|since|among|while|but)\b)")
# a sentence that goes on about the figure of the sentence before: "That's down from sixty-seven in February."
# a change set after a share, in apposition: "57% oppose it, a 9-point increase", "52%, marking a 14-point rise"
APPOSITIVE_CHANGE_ENDS = (" a ", " an ", " up ", " down ")  # what every APPOSITIVE_CHANGE_BEFORE match ends with
APPOSITIVE_CHANGE_BEFORE = re.compile(r"(?:,|\s[—–-])\s+(?:(?:marking|representing|reflecting|which\s+is|that\s+is)"
                                      r"\s+)?(?:an?|up|down)\s+$")  # or "…, a Kyodo survey showed, up 7 points"
ANAPHORIC_START = re.compile(r"\s*(?:that['’]s|that\s+(?:is|was)|it\s+(?:is|was)|it['’]s|this\s+(?:is|was))\b")
CHANGE_WORDS = (
    "rose", "risen", "rising", "rises", "increase", "increased", "increasing", "grown", "grew", "growing", "fell",
    "fallen", "falling", "falls", "dropped", "dropping", "decline", "declined", "declining", "decrease", "decreased",
    "jumped", "surge", "surged", "climbed", "slipped", "gained", "lost", "dipped", "up", "down", "lead", "gap",
    "margin", "ahead", "behind", "lifting", "lifted", "shift", "swing", "narrowed", "widened",
    "fall", "rise", "drop", "grow", "climb",  # "requires emissions to fall 43%": a relative change, not a share
    "drops", "dips", "slips", "climbs", "climbing", "gains", "jumps",  # "Fianna Fáil drops one point"
    "slipping", "dipping", "sliding", "slid", "slumped", "slumping",  # "the Greens slipping a point to 9%"
)
CHANGE_ADVERBS = ("sharply", "slightly", "significantly", "markedly", "just", "only", "almost", "nearly", "about",
                  "around", "a whole")
CHANGE_BEFORE = GatedCue(
    re.compile(r"\b(?:" + trie_pattern(CHANGE_WORDS) + r")(?:\s+(?:"
               + "|".join(a.replace(" ", r"\s+") for a in CHANGE_ADVERBS) + r"))*(?:\s+(?:by|of))?\s+(?:an?\s+)?$"),
    last_words=(*CHANGE_WORDS, *(a.split()[-1] for a in CHANGE_ADVERBS), "by", "of", "a", "an"),
)
# a gap of a point written after it: "Reform UK a point behind Labour", "the Tories a point clear"
GAP_WORD_AFTER = re.compile(r"\s+(?:behind|ahead|clear|adrift)\b")
# hedges between a lead's verb and its level: "the lead shrinks to just one point" is a level, not a fall
LEVEL_HEDGE_TAIL = re.compile(r"(?:\b(?:just|only|a\s+mere|about|around|roughly|nearly|almost|barely)\s+)+$")
COMPARED_AFTER = re.compile(r"\s+(?:more|less|fewer|higher|lower)\s+than\b")  # "a point more than in May": a change
# two levels after a lead word, not a lead: "a poll put her ahead 48% to 47%" (see etl.extract)
LEVEL_PAIR_LEAD_WORDS = frozenset(("ahead", "behind", "lead"))
LEVEL_PAIR_AFTER = re.compile(r"\s+to\s+\d+(?:\.\d+)?\s?(?:%|per\s?cent|percent)")
CHANGE_AFTER = re.compile(
    r"^\s*(?:drop|decline(?!d?s?\s+to\s+[a-z])|fall|rise|increase|jump|lead|gap|swing|turnaround|lift|shift|"
    r"more\s+likely|less\s+likely|higher|lower|ahead(?!\s+of\s+(?:the\s+|this\s+|next\s+)?(?:\w+\s+){0,2}?"
    r"(?:vote|elections?|polls|ballot|referendum|runoff)\b)|behind|up\b|down\b|margin)",
)  # not "41% ahead of the December vote": that is when, not a lead; nor "9% declined to answer": a refusal
DECREASE = re.compile(
    r"\b(?:fell|fallen|falling|falls|dropped|dropping|drop|declined?|declining|decline|decreased?|decrease|"
    r"down(?:wards?)?|lost|dipped|dipping|slipped|slipping|sliding|lower|reduc\w+|minus|worse|drops|dips?|slips|slid|slides?|sank|sinks|slumped|"
    r"slumps|"
    r"tumbled|plunged|shed|lose|loses|losing|narrow(?:ed|ing|s)|shr(?:ank|unk|inks?|inking)|fall\s+of|"
    r"(?:less|fewer)\s+than\s+(?:in|at|last|before|a\s+(?:year|month|week)|the\s+(?:previous|last|prior))\b)\b",
)
# a fall named right after the value: "an 18-point fall in support" (not "18 points in the fall")
FALL_AFTER = re.compile(r"\s*(?:fall|slump|plunge|collapse)s?\b")
REFERENCE_VALUES = r"(?:indicators?|values?|figures?|estimates?|proportions?|percentages?)"
NEAR_WORDS = r"(?:close\s+to|near(?:\s+to)?|around|of\s+about)"
SCORE_LEVEL_AFTER = re.compile(r"\s+to\s+(?:[1-9]\d{2,}|\d{1,3}(?:,\d{3})+)(?![\d%])")  # "to 698", "to 1,045"
GAP_TO = GatedCue(re.compile(r"\b(?:gap|lead|margin|difference)\b[^.;]{0,40}\bto\s+$"), last_words=("to",))
SHARE_POINTS_BEFORE = GatedCue(re.compile(r"\b(?:at|than|score of|rating of|on)\s+(?:just\s+|only\s+)?$"),
                               last_words=("at", "than", "of", "on", "just", "only"))
# "3-point margin of error"; the error for a level of answers: "2.8% for indicators close to 25%"
MARGIN_AFTER = re.compile(r"^\s*(?:margin\s+of\s+(?:sampling\s+)?error|error\s+margin|sampling\s+error|"
                          r"for\s+(?:" + REFERENCE_VALUES + r")\s+(?:" + NEAR_WORDS + r")\s)")
MARGIN_BEFORE = GatedCue(  # up to 40 characters on, a decimal point included ("of between 1.4 and")
    re.compile(r"(?:margin\s+of\s+(?:sampling\s+)?error|error\s+(?:margin|tolerance)|sampling\s+error|statistical\s+error|"
               r"error\s+of\s+the\s+(?:results|sample)|(?:theoretical|maximum)\s+error|margin\s+of\s+plus|"
               r"error\b[^.;]{0,60}\bnot\s+exceed|credib(?:ility|le)\s+interval|±|\+/-|"
               r"plus\s*(?:or|/)\s*minus|\b(?:is|are|be)\s+(?:considered\s+)?accurate\s+to\s+within|\bmoe\b|"
               # a subgroup's own margin: "the margin for the subsample of 402 Republicans is 4.9 points"
               r"\bmargins?\s+(?:of\s+(?:sampling\s+)?error\s+)?(?:for|among|on|in)\s+(?:the\s+|this\s+|that\s+|each\s+)?"
    r"(?:[\w-]+\s+)?sub-?(?:samples?|groups?))"
               r"(?:[^.;]|(?<=\d)\.(?=\d)){0,40}$"),
    keywords=("error", "plus", "±", "+/-", "interval", "accurate", "moe", "margin"),
)
# a margin of error's label right before a number written without a unit: "(MoE 3.5)", "margin of error: ±3.1"
MARGIN_LABEL_BEFORE = GatedCue(re.compile(r"(?:\bmoe|margin\s+of\s+(?:sampling\s+)?error|error\s+(?:margin|tolerance)|"
                                          r"credib(?:ility|le)\s+interval)\s*"  # "a credibility interval of 2.5"
                                          r"(?:[:=]|\bof|\bis|\bwas)?\s*(?:±|\+/-)?\s*$"),
                               keywords=("moe", "error", "interval"))
# A capitalised word right before a number, not opening its sentence nor a title's "Of 500 Voters": a name
# the number belongs to ("Eesti 200", "Kanal 13")
NAME_WORD_BEFORE = re.compile(
    r"(?<=[\w,] )(?!(?:Of|In|By|Among|Some|About|Over|Nearly|Around|Almost|Only|Just|With|From|For|The|And|To|All|"
    r"Than|Total|Exactly|Roughly|Approximately)\b)[A-Z][a-z]+ $")
LIMIT_BEFORE = GatedCue(re.compile(r"(?:not\s+exceed|no\s+more\s+than|not\s+more\s+than)\s*:?\s*$"),  # an error's bound
                        keywords=("exceed", "than"))
SAMPLE_NOUNS = (  # "likely voters", "registered voters": the words before the noun are skipped
    "respondents", "people", "adults", "voters", "electors", "residents", "citizens", "participants", "interviews",
    "households", "businesses", "firms", "companies", "members", "workers", "employees", "parents", "students",
    "consumers", "teenagers", "children", "owners", "users", "responses", "replies", "manufacturers", "retailers",
    "exporters", "employers", "executives", "managers", "landlords", "tenants", "renters", "patients", "doctors",
    "nurses", "teachers", "farmers", "shoppers", "customers", "fans", "supporters", "subscribers",
    "samples",  # "collected 1,080 valid samples" (a lab's "blood samples" are SAMPLE_THINGS)
)
SAMPLE_AFTER = re.compile(  # raw text: a capitalised plural is a people ("1,000 Britons", "1,000 U.S. adults",
    # "1,000 randomly selected phone-owning Nigerians"); the nouns as a trie, as this is tried after many numbers
    r"^\s+(?:[\w.'’-]+\s+){0,3}?(?:" + trie_pattern(SAMPLE_NOUNS) + r"|[A-Z][a-z]+(?:ans|ns|ers|ese|men|s)|"
    r"[A-Z]{2,4}s)\b",  # "4,702 CEOs"
)
SAMPLE_BEFORE = GatedCue(re.compile(
    r"\b(?:poll(?:ed)?|survey(?:ed)?|(?:sub-?)?sample(?:\s+size)?|panel|interviewed|questioned|asked|among|total\s+of|"
    r"canvassed|"
    r"responses\s+from|(?:among|of)\s+whom)"  # a sample within the sample: "…, of whom 1,296 are registered"
    r"(?:\s+of)?\s+(?:some\s+|about\s+|around\s+|nearly\s+|more\s+than\s+|over\s+|almost\s+)?$|\bn\s?=\s?$"
    r"|\bbase\s*:[^.;()\n]{0,40}\(\s*$",  # a table's footnote: "Base: all GB adults (2,094)"
), last_words=(
    "poll", "polled", "survey", "surveyed", "sample", "size", "panel", "interviewed", "questioned", "asked", "among",
    "of",
    "canvassed", "from", "whom", "some", "about", "around", "nearly", "than", "over", "almost", "=", "("))
# a verb of wire and translated copy for asking people, right before their count: "the research heard 2,004 voters",
# "YouGov quizzed 2,196 adults", "the institute consulted 1,500 people" (a sample near a survey cue, whatever the verb)
SAMPLE_VERB_BEFORE = GatedCue(re.compile(
    r"\b(?:heard|quizzed|consulted|reached|sounded\s+out|spoke\s+(?:to|with)|talked\s+(?:to|with)|listened\s+to|polled|"
    r"canvassed|surveyed|interviewed|questioned)\s+(?:some\s+|about\s+|around\s+|nearly\s+|more\s+than\s+|over\s+|"
    r"almost\s+|a\s+total\s+of\s+)?$"), last_words=(
    "heard", "quizzed", "consulted", "reached", "out", "to", "with", "polled", "canvassed", "surveyed", "interviewed",
    "questioned", "some", "about", "around", "nearly", "than", "over", "almost", "of"))
# the sample in brackets after a pollster, its dates perhaps before it: "Gallup Korea (Nov 17-19, 1,001 adults)"
SAMPLE_BRACKET_BEFORE = re.compile(r"\((?:[^()]{0,30}[,;])?\s*$")
# the population a sample stands for, not the sample: "weighted to represent the UK's 5.5 million small businesses"
REPRESENTED_BEFORE = re.compile(r"\brepresent(?:s|ed|ing|ative\s+of)?\s+(?:[\w'’.-]+\s+){0,3}$")
# the second of two samples of one survey, each a count of people: "surveyed 2,214 renters and 509 landlords"
SECOND_SAMPLE_BEFORE = re.compile(
    r"\b(?:poll(?:ed)?|survey(?:ed)?|interviewed|questioned|asked|among|canvassed)(?:\s+of)?\s+"
    r"(?:some\s+|about\s+|around\s+|nearly\s+|more\s+than\s+|over\s+|almost\s+)?(?:\d{1,3}(?:,\d{3})+|\d{2,6})\s+"
    r"(?:[\w-]+\s+)?[a-z]{3,}s\s+and\s+$"
)
SECOND_SAMPLE_AFTER = re.compile(r"^\s+(?:[\w-]+\s+)?[a-z]{3,}s\b(?!\s+of\b)")
# people told as asked by the words after them, whatever the noun: "the 2,300 passengers questioned", "of the 1,106
# parents who replied" (the participle is the survey word of SAMPLE_CONTEXT)
SAMPLE_ASKED_AFTER = re.compile(
    r"^\s+(?:[\w-]+\s+)?[a-z][a-z-]{2,}s\s+(?:(?:separately|also|online)\s+)?(?:questioned|surveyed|polled|interviewed|"
    r"who\s+(?:replied|responded|answered))\b"
    r"(?!\s+by\s+(?:the\s+)?police)")
# "the survey of how roughly 20,000 voted": a count of those who answered, told by the verb after it
SAMPLE_HOW_BEFORE = GatedCue(re.compile(
    r"\b(?:poll|survey|study)\s+of\s+how\s+(?:some\s+|about\s+|around\s+|roughly\s+|approximately\s+|nearly\s+|"
    r"more\s+than\s+|over\s+|almost\s+)?$"), last_words=(
    "how", "some", "about", "around", "roughly", "approximately", "nearly", "than", "over", "almost"))
SAMPLE_HOW_AFTER = re.compile(r"^\s+(?:voted|answered|responded|replied|felt|thought|rated)\b")
# a survey and its sample in one phrase ("a poll of 1,421 registered voters"): a survey even in an article about an
# election, whose results and seats outnumber its survey cues (see etl.extract)
POLL_OF_SAMPLE = re.compile(
    r"\b(?:poll|survey)\s+of\s+(?:some\s+|about\s+|around\s+|nearly\s+|more\s+than\s+|over\s+|almost\s+)?"
    r"\d[\d,]*\s+(?:[\w-]+\s+){0,2}?(?:respondents|people|adults|voters|residents|citizens|households|parents)\b"
    # or polls that put a party at a figure: "pre-election polls had put the Greens at around 20%"
    r"|\b(?:polls?|surveys?)\s+(?:had\s+|have\s+|has\s+)?(?:put|puts|putting|gave|given|give|gives|placed|places)\s+"
    r"(?:[\w'’.-]+\s+){1,3}?(?:at|on)\s+(?:just\s+|only\s+|about\s+|around\s+|roughly\s+|nearly\s+)?\d"
    # or a named poll that showed a figure: "an exit poll by El Financiero had shown her with 58 percent"
    r"|\b(?:poll|survey)\s+(?:by|from|for)\s+(?:[\w'’&.-]+\s+){1,4}?(?:had\s+|has\s+|have\s+)?"
    r"(?:shown|showed|shows|found|finds|put|puts|gave|gives)\s",
)
# what people take part in that is no survey: "60,000 people took part in the protests" (after "took part")
NOT_A_SURVEY_EVENT = (
    r"(?!\s+in\s+(?:the\s+|a\s+|an\s+|this\s+|last\s+)?(?:[\w'’-]+\s+){0,2}?(?:demonstrations?|protests?|"
    r"march(?:es)?|rall(?:y|ies)|strikes?|vigils?|parades?|races?|marathons?|events?|celebrations?|festivals?|"
    r"ceremon(?:y|ies)|elections?|referend(?:um|ums|a)|primar(?:y|ies)|games|matches|tournaments?|riots?|"
    r"fighting|exercises?|challenges?|competitions?|contests?)\b)"
)
# Those asked are not the sample when the sentence says how many answered ("contacted 2,076 people, and 1,200
# of them gave answers", "1,040 households were approached and 622 answered"): the sample is those who answered.
RESPONDED_AFTER = re.compile(  # on folded text, right after a count: "426 and 622 people, respectively, responded"
    r"(?:\s+and\s+\d[\d,]*)?(?:\s+(?:of\s+(?:them|those|whom)|[a-z]+))?(?:\s*,[^.;]{0,30}?,)?\s+"
    r"(?:responded|answered|replied|gave\s+(?:valid\s+|usable\s+)?(?:answers|responses|replies)|"
    r"completed\s+the\s+(?:survey|questionnaire|poll|interview))\b")
CONTACT_WORDS = (r"(?:contacted|approached|called|dialled|dialed|invited|covered|reached|"
                 r"(?:sent|mailed|posted|e-?mailed)\s+to|selected)")
# A word every RESPONDED_AFTER match holds, and one every CONTACT_WORDS match holds: looked for first, as most counts
# have none near them, and a search tried at every position costs more than these `in` tests.
RESPONSE_WORDS = ("responded", "answered", "replied", "gave", "completed")
CONTACT_WORD_LIST = ("contacted", "approached", "called", "dialled", "dialed", "invited", "covered", "reached", "sent",
                     "mailed", "posted", "selected")
CONTACTED_BEFORE = re.compile(  # on folded text up to a count: "contacted 2,076", "covered some 1,040"
    CONTACT_WORDS + r"\s+(?:some\s+|about\s+|around\s+|nearly\s+|more\s+than\s+|over\s+|almost\s+)?"
    # or the second of two: "reached 1,050 households with voters and 2,012 mobile phone users"
    r"(?:\d[\d,]*\s+(?:[\w-]+\s+){1,6}?and\s+)?$")
CONTACTED_AFTER = re.compile(  # on folded text right after a count: "1,040 households were approached"
    r"\s+(?:[\w-]+\s+){0,4}?(?:(?:were|was|had\s+been)\s+)?" + CONTACT_WORDS + r"\b")
CONTACT_WORD = re.compile(r"\b" + CONTACT_WORDS)
# those who answered, named before their count: "sent to 20,000 people, drew valid responses from 11,218"
RESPONSES_FROM_BEFORE = re.compile(
    r"\b(?:responses|replies|answers|questionnaires)\s+(?:came\s+)?(?:from|by)\s+(?:some\s+|about\s+|around\s+|"
    r"nearly\s+|more\s+than\s+|over\s+|almost\s+)?$")
# a response rate, the share of those asked who answered: "valid responses were obtained from 58.8 pct"
RESPONSES_FROM_SHARE_BEFORE = re.compile(
    r"\b(?:responses|replies|answers|questionnaires)\s+(?:(?:were|was)\s+)?(?:obtained\s+|received\s+|returned\s+|"
    r"came\s+|drawn\s+)?from\s+(?:some\s+|about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|just\s+)?$")
# the response rate restating that count: "drew valid responses from 11,218, or 56.1%" (after "or ")
RESPONSE_RATE_BEFORE = re.compile(
    r"\b(?:responses|replies|answers|questionnaires)\s+(?:came\s+)?(?:from|by)\s+[\d,]+(?:\s+[\w-]+){0,2},?\s+or\s+"
    r"(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|just\s+)?$")
# a count after its people, the sum of a survey's national samples: "interviewed people face to face, 26,402 in total"
# a subgroup's count, then its share, near a survey (after "among"): "Among 503 Republicans, 91% back Trump"
SUBGROUP_SHARE_AFTER = re.compile(r"\s+(?:[\w'’.-]+\s+){0,3}?[\w'’.-]+\s*,\s*(?:[a-z]+\s+){0,2}?\d{1,2}(?:\.\d)?\s?"
                                  r"(?:%|per\s?cent|percent)")
# a count of interviews a survey gathered, named by a word polls use for them: "the study collected 1,400 cases",
# "fieldwork yielded 980 completed questionnaires" (near a survey cue; see extract._gathered_count)
GATHERED_BEFORE = re.compile(r"\b(?:gathered|collected|obtained|completed|conducted|carried\s+out|yielded|totall?ed|"
                             r"comprised)\s+(?:some\s+|about\s+|around\s+|nearly\s+|more\s+than\s+|over\s+|"
                             r"almost\s+|a\s+total\s+of\s+)?$")
GATHERED_LAST_WORDS = frozenset(("gathered", "collected", "obtained", "completed", "conducted", "out", "yielded",
                                 "totalled", "totaled", "comprised", "some", "about", "around", "nearly", "than",
                                 "over", "almost", "of"))
GATHERED_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:cases|interviews|questionnaires|responses)\b(?!\s+of\b)")
SAMPLE_TOTAL_AFTER = re.compile(r"^\s+(?:(?:people|respondents|interviews)\s+)?(?:in\s+(?:total|all)|altogether)\b")
ANY_COUNT = re.compile(r"\d(?:[\d,]*\d)?")  # not the comma after "1,217, or 50%"


def responded_count(folded: str, end: int, sentence_end: int) -> bool:
    """Whether the count ending at `end` is of those who answered ("1,200 of them gave answers")."""
    return contains_any(folded[end:sentence_end], RESPONSE_WORDS) and (
        RESPONDED_AFTER.match(folded, end, sentence_end) is not None)


def contacted_count(folded: str, start: int, end: int, sentence_start: int, sentence_end: int) -> bool:
    """Whether the count at folded[start:end] is of those asked, when its sentence goes on to say how many
    answered: then it is not the sample."""
    before = max(sentence_start, start - 100)  # room for a first count: "reached 1,050 households … and 2,012"
    if not ((contains_any(folded[before:start], CONTACT_WORD_LIST) and CONTACTED_BEFORE.search(folded, before, start))
            or (contains_any(folded[end:sentence_end], CONTACT_WORD_LIST)
                and CONTACTED_AFTER.match(folded, end, sentence_end))):
        return False
    return any(responded_count(folded, m.end(), sentence_end) or RESPONSES_FROM_BEFORE.search(
        folded, max(end, m.start() - 50), m.start()) for m in ANY_COUNT.finditer(folded, end, sentence_end))


# what collects answers or entries, or inspects, without polling anyone: "a public consultation drew 3,400 responses",
# "inspectors surveyed 1,200 schools" (searched in a sentence with no survey cue)
NOT_A_POLL_COUNT = GatedCue(
    re.compile(r"\b(?:consultations?|petitions?|submissions|applications|entries|complaints|nominations|inspectors|"
               r"inspections?)\b"),
    keywords=("consultation", "petition", "submission", "application", "entries", "complaint", "nomination", "inspect"),
)
SPACED_THOUSANDS_BEFORE = re.compile(r"(?<![\d.,])\d{1,3}[ \u00a0\u202f]$")  # the "2" of "2 500 people"
THOUSANDS_SPACES = (" ", "\u00a0", "\u202f")


def spaced_thousands_before(text: str) -> bool:
    """bool(SPACED_THOUSANDS_BEFORE.search(text)), searched only where the text ends with a digit and a space
    (or those and a newline, before which `$` matches too): most texts before a number end with a word."""
    tail = text[:-1] if text.endswith("\n") else text
    return tail.endswith(THOUSANDS_SPACES) and tail[-2:-1].isdecimal() and bool(SPACED_THOUSANDS_BEFORE.search(text))


SAMPLE_CONTEXT = re.compile(
    # not "polling stations", "the poll body": an election's, not a survey's
    r"\b(?:poll\w*(?!\s+(?:stations?|booths?|places?|days?|body|panel|officials|staff|workers)\b)|survey\w*|"
    r"interview\w*|questioned|asked|replied|took\s+part" + NOT_A_SURVEY_EVENT + r"|(?:sub-?)?sample\w*|"
    r"respondents|participat\w*" + NOT_A_SURVEY_EVENT + r"|fieldwork|conducted|weighted|responses|"
    r"(?:online|research|opinion)\s+panels?|"
    r"by\s+(?:tele)?phone|face[\s-]to[\s-]face|n\s?=\s?(?=\d)|base(?=\s*:))\b",  # "(n=1200)", "Base: all adults"
)
NEGATIVE_WORDS = (
    "inflation", "gdp", "unemployment", "jobless", "mortgage", "mortgages", "turnout", "killed", "death", "deaths",
    "died", "wounded", "injured", "mortality", "efficacy", "effective", "effectiveness", "discount",
    "discounts", "vat", "tax", "taxes", "tariff", "tariffs", "revenue", "revenues", "profit", "profits", "earnings",
    "sales", "stake", "stock", "stocks", "wage", "wages", "debt", "deficit", "export", "exports", "import", "imports",
    "occupancy", "capacity", "probability", "odds", "humidity", "alcohol", "yield", "yields", "dividend",
    "dividends", "commission", "cents", "dollar", "dollars", "pounds", "euros", "shooting",
    "possession", "accuracy", "career", "season", "efficiency", "conversion", "completion", "ratio", "margins",
    "s&p", "dow", "nasdaq", "ftse", "dax", "nikkei", "asx", "sensex", "nifty", "kospi", "stoxx", "tsx",
    "won", "winning", "garnered", "secured", "captured",
    "savers", "borrowers", "lenders", "coverage", "uptake", "vaccination", "wins", "hryvnia", "zloty", "forint",
    "tenge", "signatures", "attendance", "absence",
    "rouble", "roubles", "ruble", "rubles", "sterling", "lira", "rupee", "peso", "currency", "currencies", "bitcoin",
)
NEGATIVE_PHRASES = (
    r"gross\s+domestic", r"interest\s+rates?", r"base\s+rate", r"bond\s+yields?", r"casualt\w+", r"fatalit\w+",
    r"market\s+share", r"salar\w+", r"pay\s+rise", r"pay\s+growth", r"response\s+rates?",
    r"audience\s+share", r"viewing\s+share", r"basis\s+points?", r"national\s+insurance",
    # a tax set by a government: "raised the Medicare levy by 0.5 percentage points"
    *(rf"{verb}\s+(?:the\s+)?(?:[\w-]+\s+)?(?:levy|levies|tax|taxes|duty|duties|contributions?)\s+by" for verb in (
        r"rais(?:e|es|ed|ing)", r"hik(?:e|es|ed|ing)", r"increas(?:e|es|ed|ing)", r"cut(?:s|ting)?",
        r"lower(?:s|ed|ing)?")),
    r"ended\s+up\s+(?:with|on)",  # an outcome: "the party ended up with 47.7 per cent of the vote"
    r"went\s+on\s+to\s+(?:win|carry|take|lose)",  # "she went on to win the state by 4.5 points": the result
    *(rf"{kind}\s+rates?" for kind in (
        "deposit", "policy", "benchmark", "key", "lending", "refinancing", "repo", "cash", "bank")),
    # a central bank's decision: "would keep cutting rates gradually from the current 4%"
    *(rf"{verb}\s+(?:interest\s+)?rates" for verb in (
        r"cut(?:s|ting)?", r"raise[sd]?", "raising", r"hike[sd]?", "hiking", r"lower(?:s|ed|ing)?", r"hold(?:s|ing)?",
        "held", r"keep(?:s|ing)?", "kept")),
    # a company's share price: "shares in the drinks group fell by 23%"
    r"shares\s+(?:in|of)\s+(?:[\w&'’.-]+\s+){1,4}?(?:rose|fell|tumbled?|plunged?|slumped?|soared?|surged?|jumped|dropped|"
    r"sank|slid|climbed|gained|lost|rallied|declined|dipped|slipped)",
    r"shares\s+(?:rose|fell|tumbled?|plunged?|slumped?|soared?|surged?|jumped|dropped|sank|slid|climbed|gained|lost|"
    r"rallied|declined|dipped|slipped)",
    # a company's share of a market: "its share of the US electric vehicle market slipped to 51%"
    r"market\s+(?:slipped|fell|rose|dropped|grew|climbed|increased|decreased|declined|edged|jumped|shrank|expanded)",
    # a past election's result: "in the 2020 presidential election Sandu got 57.7%"
    r"elections?,?\s+(?:[\w'’-]+\s+){0,3}(?:got|received|obtained|took|scored|garnered)",
    r"economy\s+(?:grew|shrank|contracted|expanded)", r"prices\s+(?:rose|fell|increased)", r"per\s+share",
    # a sector of national accounts: "agriculture contracted 1.8%, while services rose 0.6% and industry 0.2%"
    *(rf"{sector}\s+(?:grew|shrank|contracted|expanded|rose|fell|declined|increased)" for sector in (
        "agriculture", "manufacturing", "construction", "mining", r"services\s+sector", r"industrial\s+production")),
    *(rf"{sector}\s+(?:grew|shrank|contracted|expanded)" for sector in ("industry", "services")),
    # an official measure of output: "figures showed output rising 0.4%" (not "25% expect to raise output")
    r"output\s+(?:ris(?:e|es|en|ing)|rose|gr[eo]w\w*|f[ae]ll\w*|shr[ai]nk\w*|contract\w*|expand\w*|increas\w*|"
    r"decreas\w*|jump\w*|climb\w*|dropp?\w*|slipp?\w*)",
    r"\d+-year\s+(?:high|low)", r"election\s+results?", r"hang\s+seng",
    # a price index's components: "the sharpest annual increase was seen in education, at 74 percent"
    *(rf"{period}\s+(?:price\s+)?(?:increases?|rises?|declines?)" for period in (
        "annual", "monthly", "yearly", "year-on-year", "quarterly")),
    # a projection from counted votes: "the projected national share, based on results in key wards, put Reform on 30%"
    r"based\s+on\s+(?:the\s+)?(?:[\w-]+\s+)?results",
    r"gross\s+margins?", r"operating\s+margins?", r"profit\s+margins?",
    r"dead(?!\s+(?:heat|even|level|tie|cert)\b)",  # not a tie: "a dead heat at 40% each"
    # a player's shooting, not a vaccine shot ("get the new shot, down from 52%"): "shot 45% from the field"
    r"shot(?=\s+(?:just\s+|only\s+|about\s+|nearly\s+)?$)", r"shots?\s+(?:on|at)\s+(?:target|goal)",
    # a place in a result: "the Conservatives finished third on 11.9%"
    r"finish(?:ed|es|ing)?\s+(?:first|second|third|fourth|fifth|last|top|bottom)",
    r"(?<!-)incomes?(?!\s+(?:countries|groups?|brackets?|levels?))",
    r"economy\s+(?:\w+\s+){0,3}(?:grow|grew|shrink|shrank|contract|expand)\w*",  # "is expected to grow 1.1%"
    # rates of loans and savings products: "five-year fixes averaged 4.9%", "fixed deals of 2% or less"
    r"year\s+(?:fixed\s+)?(?:deals?|fix(?:es)?|mortgages?|bonds?|loans?)",
    r"fixed(?:-rate)?\s+(?:deals?|mortgages?|bonds?|loans?)",
    # a price change: "the price of butter is up 18%, and chocolate 11%"
    r"prices?\s+of\s+(?:[\w-]+\s+){1,3}(?:is|are|was|were|has|have)\s+(?:up|down|risen|rose|fallen|fell|jumped|"
    r"increased|climbed|soared)",
)
NEGATIVE_TERMS = r"(?:" + trie_pattern(NEGATIVE_WORDS) + "|" + "|".join(NEGATIVE_PHRASES) + ")"
# The same, grouped by first character (a phrase that starts with a digit is left on its own)
NEGATIVE_TERMS_BY_FIRST_CHAR = "(?:" + "|".join((
    first_char_alternation(
        [(first, trie_pattern([w[1:] for w in NEGATIVE_WORDS if w[0] == first]))
         for first in dict.fromkeys(w[0] for w in NEGATIVE_WORDS)]
        + [split_first_char(p) for p in NEGATIVE_PHRASES if not p.startswith("\\d")]),
    *(p for p in NEGATIVE_PHRASES if p.startswith("\\d")),
)) + ")"
NEGATIVE_REACH = r"\b(?:[^.;]|(?<=\d)\.(?=\d))*$"  # to the number, no clause break but a decimal point
NEGATIVE_AMOUNTS = r"\(\s*(?:\w+\s+)?\d{4},\s*$|[$£€¥]\s?\d[^.;]*$"
NEGATIVE_BEFORE = re.compile(rf"\b{NEGATIVE_TERMS}{NEGATIVE_REACH}|{NEGATIVE_AMOUNTS}")
# NEGATIVE_BEFORE split in two searches that each start with one character class, which `re` skips
# ahead to, instead of trying the `\b` and every branch at each position of the text: its words and
# phrases (grouped by first character) after a non-word character, searched in " " + text so that a
# word at the start is found too (an ASCII class, tested faster, then `(?<=\W)` for the non-ASCII
# characters); and its amounts, which start with "(" or a currency sign.
NEGATIVE_TERM_BEFORE = re.compile(rf"[^a-z0-9_](?<=\W){NEGATIVE_TERMS_BY_FIRST_CHAR}{NEGATIVE_REACH}")
NEGATIVE_AMOUNT_BEFORE = re.compile(r"[($£€¥](?:(?<=\()\s*(?:\w+\s+)?\d{4},\s*$|(?<=[$£€¥])\s?\d[^.;]*$)")
NEGATIVE_AMOUNT_SIGNS = ("(", "$", "£", "€", "¥")


@lru_cache(maxsize=16)
def negative_before(text: str) -> bool:
    """bool(NEGATIVE_BEFORE.search(text)) on folded text, in the two faster searches. The last few
    results are kept: etl.extract tests the text before a figure both to score it and to see whether
    the figures after it are of the same kind."""
    if contains_any(text, NEGATIVE_AMOUNT_SIGNS) and NEGATIVE_AMOUNT_BEFORE.search(text):
        return True
    return bool(NEGATIVE_TERM_BEFORE.search(" " + text))


# a subgroup defined by its income, in a poll's breakdown: "among families earning up to two minimum wages", "among
# those with incomes below £20,000" (its money words name who answered, not what the figure measures)
INCOME_SUBGROUP = re.compile(
    r"\bamong\s+(?:[\w'’-]+\s+){0,4}?(?:with|earn(?:s|ing)?|on|whose|mak(?:e|es|ing)|in|from)\s[^.;]{0,50}\b(?:incomes?|wages?|"
    r"salar(?:y|ies)|earnings)\b(?:\s+(?:[a-z]+\s+){0,3}?[$£€¥]\s?[\d.,]*\d\w*(?:\s+(?:and|to)\s+[$£€¥]\s?[\d.,]*\d\w*)?)?")
MONEY_SIGNS = ("$", "£", "€", "¥", "dollars", "euros", "pounds", "yen", "yuan", "rupees")
MONEY = re.compile(  # an amount of money anywhere in a sentence: "£1.4bn", "40 million euros"
    r"[$£€¥]\s?\d|\b\d+(?:\.\d+)?\s?(?:bn|billion|million|m|trillion)?\s?(?:dollars|euros|pounds|yen|yuan|rupees)\b")
NOT_A_SHARE_WORDS = (
    "inflation", "interest", "stake", "tax", "tariff", "discount", "cut", "reduction", "threshold", "mark", "barrier",
    "hurdle", "quorum",
    "scale", "growth", "target", "forecast", "ceiling", "cap", "limit", "efficacy", "turnout", "unemployment",
    "career", "shooting", "possession", "chance", "chances", "probability", "likelihood",
    "tariffs", "taxes", "discounts",  # "25 per cent tariffs" (a verb's "cuts" is no such plural: "20% cuts back")
)
NOT_A_SHARE_NOUNS = ("efficacy", "effective", "effectiveness", "target", "threshold", "discount", "stake", "interest",
                     "tariff")
NOT_A_SHARE_CHANGES = ("rise", "increase", "hike", "cut", "reduction", "fall", "drop", "jump", "decline")
NOT_A_SHARE_AFTER = re.compile(
    r"^\s*(?:off\b|of\s+(?:gdp|gross\s+domestic\s+product|the\s+(?:[\w'’-]+\s+){0,2}?(?:budget|economy|market)|(?:\w+\s+)?(?:territory|land|area))\b|"
    r"of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:precincts|ballots|votes?\s+counted|polling\s+stations)\b|"
    r"of\s+(?:(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+)?|all\s+(?:[\w'’-]+\s+){0,2}?)(?:electricity|energy|power|waste|emissions|exports|imports|"
    r"output|spending|funding|revenues?|income|costs|capacity|sales|turnover|profits?|price|value)\b|"
    # turnout: "58% of young voters cast a ballot", "61% of the electorate turned out"
    r"of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:voters|electorate)\s+(?:cast\s+(?:a\s+|their\s+)?(?:ballots?|votes?)|"
    r"turned\s+out)\b|"
    r"(?:" + trie_pattern(NOT_A_SHARE_WORDS) + r"|of\s+the\s+votes)\b|"
    # a market share: "a 22% share of the online bookings market", "a 9% market share"
    r"(?:(?:market|audience|viewing)\s+share|share\s+of\s+(?:the\s+|its\s+)?(?:[\w'’-]+\s+){0,3}?(?:market|sector|industry))\b|"
    r"(?:[\w-]+\s+)?(?:" + "|".join(NOT_A_SHARE_NOUNS) + r")\b|"
    r"[\w-]+\s+rate\b(?!\s+(?:the|their|his|her|its|it|him|them|our|this|that|as)\b)|"
    r"(?:confidence|credib(?:le|ility))\s+(?:level|interval)|level\s+of\s+confidence|"
    r"confiden(?:ce|t)\s+that\b|confidence\s*[.,;]|"  # "we can say with 95 percent confidence that …"
    # a response rate: "1,200 of them, or 58 percent, gave answers."
    r",?\s*(?:gave\s+(?:valid\s+)?(?:answers|responses|replies)|responded|replied|answered)\s*(?:[.;]|$)|"
    r"\(\d+-of-\d+\)|"
    # "28% below 2005 levels", "a cut of 62% on 2005 levels"
    r"(?:below|above|under|over|on|from)\s+(?:(?:the|their|its)\s+)?(?:19|20)\d\d\s+levels?\b|"
    r"(?:needed|required)\s+(?:for|to)\b|"  # a threshold: "the 95% needed for herd immunity"
    # a performance measured against its goal: "fell to 74.2%, against a target of 78%"
    r",?\s*(?:against|below|above|short\s+of)\s+(?:an?|the|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:target|goal)\b|"
    # forecasters' consensus: "below the 31.6 percent median estimate in a survey of economists"
    r"(?:median|consensus|mean)\s+(?:estimate|forecast|expectation|projection|prediction)s?\b|"
    r"(?:" + "|".join(NOT_A_SHARE_CHANGES) + r")\s+in\s+(?:the\s+)?(?:\w+\s+)?(?:wages?|prices?|"
    r"costs?|rents?|tax\w*|spending|sales|revenues?|profits?|bills?|fares?|rates?|pay|pensions?|benefits?|output|"
    r"production|exports?|imports?|emissions|earnings)\b)",
)
# What NOT_A_SHARE_AFTER needs at the start of its first and second space-separated tokens
NOT_A_SHARE_FIRST = ("of", "(", "confiden", "credib", "level", *NOT_A_SHARE_WORDS, *NOT_A_SHARE_NOUNS,
                     *NOT_A_SHARE_CHANGES, "responded", "replied",  # "and 45 percent responded.": who answered
                     "market", "audience", "viewing", "share",  # "a 9% market share", "a 41% audience share"
                     "needed", "required", "median", "consensus", "mean", "below", "above", "under", "over", "on",
                     "from", "against", "short")
NOT_A_SHARE_SECOND = (*NOT_A_SHARE_NOUNS, "rate", "gave", "responded", "replied", "answered", "against", "below",
                      "above", "short")


def not_a_share_after(text: str) -> bool:
    """bool(NOT_A_SHARE_AFTER.match(text)), tried only where its first token (or, for "[word] target"
    and "[word] rate", its second) starts as one of its branches must."""
    tokens = text.split(None, 2)
    if (tokens and tokens[0].startswith(NOT_A_SHARE_FIRST)) or (
            len(tokens) > 1 and tokens[1].startswith(NOT_A_SHARE_SECOND)):
        return bool(NOT_A_SHARE_AFTER.match(text))
    return False


# the level of answers a stated sampling error is for, not a result: "does not exceed 3% for indicators close to 50%"
REFERENCE_VALUE_BEFORE = GatedCue(
    re.compile(r"\b(?:" + REFERENCE_VALUES + r")\s+(?:" + NEAR_WORDS + r")\s+$"
               # "plus or minus 3 points for a share of 40%"
               r"|\bfor\s+an?\s+(?:share|proportion|percentage|result|value)\s+of\s+$"),
    keywords=("indicator", "value", "figure", "estimate", "proportion", "percentage", "share", "result"),
    last_words=("to", "near", "around", "about", "of"),
)
NEAR_LAST_WORDS = frozenset(REFERENCE_VALUE_BEFORE.last_words)
# a survey's confidence level, not a result: "with a confidence level of 95%"
CONFIDENCE_LEVEL_BEFORE = GatedCue(
    re.compile(r"\b(?:confidence|credib(?:le|ility))\s+(?:level|interval)\s+(?:of|at|is)\s+(?:the\s+)?$"),
    keywords=("confidence", "credib"),
)
# a vote intention, not a result: "PAS would obtain 33% of the votes" (a share even before "of the votes")
VOTE_INTENTION_BEFORE = GatedCue(
    re.compile(r"\b(?:would|could|might)\s+(?:(?:\w+\s+)?(?:get|obtain|receive|win|gain|take|garner|collect|score|poll)"
               # a run-off's projection: "would beat Mr Roy with 51% of the votes"
               r"|(?:[\w'’.-]+\s+){1,5}?with)\s+(?:only\s+|just\s+|about\s+|around\s+|roughly\s+|nearly\s+|almost\s+)?$"),
    keywords=("would", "could", "might"),
)
THRESHOLD_WORDS = ("over", "above", "below", "under", "exceed", "approach", "reach", "hit", "top", "surpass")
HYPOTHETICAL_BEFORE = GatedCue(
    re.compile(r"\b(?:will|would|could|might|may)\s+(?:be\s+|go\s+|rise\s+|fall\s+)?(?:" + "|".join(THRESHOLD_WORDS)
               + r")\s+$|\b(?:falls?|fell|fallen|dropped|dips?|dipped|slipped|slips|slid|sank|sunk|crossed|passed|"
                 r"rose|risen|climbed|edged|slides?|sliding|sinks|sinking|drops|dropping|falling|slipping|rises|rising|climbs|"
                 r"jumps|jumped|tumbles|tumbled|plunges|plunged|edges)\s+(?:below|under|above)\s+$"),
    last_words=THRESHOLD_WORDS,
)
# what a party must reach, not what a poll found: "needs a swing of 4.5 points to take the seat"
# or the share itself: "parties need 5% of the second vote to enter parliament"
NEEDED_BEFORE = re.compile(r"\bneed(?:s|ed|ing)?\s+(?:only\s+|just\s+)?(?:an?\s+(?:[\w-]+\s+)?"
                           r"(?:swing|lead|margin|majority)\s+of\s+)?(?:(?:about|around|some|roughly|nearly|almost|only|"
                           r"just|at\s+least)\s+)?$")
# a referendum's outcome: "71% of voters backed the plan in a national referendum" (not "voters who backed")
REFERENDUM_OUTCOME_AFTER = re.compile(
    r"\s+of\s+(?:the\s+)?(?:voters|electorate|ballots)\s+(?:voted|supported|backed|approved|rejected|opposed)\b"
    r"[^.;]{0,50}?\bin\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?referendum\b")
# a vote's margin, told by the voters' verb before it: "voters rejected the draft in 2022 by 62%" (folded sentence)
VOTE_MARGIN_BEFORE = re.compile(
    r"\b(?:voters|electorate|citizens)\s+(?:have\s+|had\s+)?(?:twice\s+)?(?:rejected|approved|backed|endorsed|ratified|"
    r"passed|voted\s+(?:down|for|against|through))\b[^;]{0,80}?\bby\s+(?:about\s+|nearly\s+|almost\s+|some\s+|"
    r"just\s+|a\s+margin\s+of\s+)?$")
# a past election's month, named with the election in the article: "February's federal election", "the 23 February
# election" (folded text after the month's name)
ELECTION_AFTER_MONTH = re.compile(r"(?:['’]s|\s+\d{1,2}(?:st|nd|rd|th)?)?\s+(?:[\w-]+\s+){0,2}?elections?\b")
ELECTION_BEFORE_MONTH = re.compile(r"\belections?\s+(?:(?:in|on|of)\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?$")
EARLIER_VALUE_ENDS = ("against ", "compared with ", "compared to ", "versus ", "from ", "from the ")
# the month an earlier value is set in: "against 16.4 percent in February" (folded text after the figure)
IN_MONTH_AFTER = re.compile(r"\s+in\s+(january|february|march|april|may|june|july|august|september|october|november|"
                            r"december)\b(?!['’]s\s+(?:poll|survey))")
# a forecasters' consensus, not a share of respondents: "above the 2.3 percent expected by economists in a poll"
FORECAST_AFTER = re.compile(r"\s+(?:expected|forecast|predicted|estimated|anticipated)\s+by\s+(?:\w+\s+){0,2}?"
                            r"(?:economists|analysts|forecasters|markets|traders)\b")
DEATHS_AFTER = GatedCue(re.compile(r"^[^.;]{0,40}\b(?:perish\w*|died|killed|dead(?!\s+heat)|deaths)\b"),  # not a tie
                        keywords=("perish", "died", "killed", "dead", "deaths"))
OFFICIAL_CUES = (  # each starts with a letter (after any lookbehinds): see `context_cues`
    *(rf"{word}\s+rates?" for word in (
        "unemployment", "inflation", "interest", "jobless", "employment", "participation", "birth", "death",
        "mortality", "crime", "growth", "exchange", "tax", "mortgage", "poverty", "vacancy", "savings")),
    # not an opinion's rate: "the (dis)approval rate fell 3 points to 41 percent"
    r"(?<!approval )(?<!support )(?<!satisfaction )rates?\s+(?:for|of|has|have|was|were|rose|fell)",
    r"consumer\s+price", "gdp", "census",
    r"official\s+(?:results?|count|figures)", r"final\s+results",
    r"(?<!than its )(?<!than the )(?<!above the )(?<!below the )(?<!since the )election\s+results?",
    r"electoral\s+performance", r"votes\s+cast", r"of\s+the\s+votes", "seats", r"share\s+of\s+(?:the\s+)?vote",
    r"in\s+the\s+(?:\w+\s+){0,2}elections?\s+(?:on|in|of)\b", r"at\s+the\s+(?:\w+\s+){0,2}elections?\s+(?:on|in|of)\b",
    r"emerged\s+with", r"tall(?:y|ies)", r"projected\s+(?:national\s+)?share",
    r"labou?r\s+force", r"participation\s+rate", "earnings", "revenue", r"per\s+share",
    r"referendum\s+results?",  # "the 2014 referendum result – 55 per cent for No"
    r"quick\s+counts?",  # an estimate of the result from a sample of polling stations' counts
    r"counted\s+(?:ballots|votes)", r"partial\s+results", r"early\s+(?:results|returns)",
    r"win\s+a\s+majority", r"overall\s+majority", "landslide", "precincts", r"ballots\s+(?:cast|counted)",
    r"won\s+(?:(?=\d)|by|a\s+majority|the\s+(?:election|vote)|the\s+(?:[\w'’-]+\s+){0,2}?(?:race|seat|by-election))",
    r"winning\s+(?=\d)",
    r"carried\s+(?:the\s+)?(?:state|county|district|seat|constituency|riding|province|region)", "imf", "oecd",
    r"world\s+bank", r"central\s+bank", r"office\s+for\s+budget\s+responsibility",
)
OFFICIAL_SENTENCE = re.compile(rf"\b(?:{'|'.join(OFFICIAL_CUES)})\b")
# a source of figures that asks no one, named in a sentence: an official statistics body or official records ("11% of
# adults smoke, according to the ONS", "the census bureau said", "HMRC figures") or a clinical trial ("placebo",
# "side effects"). Surveys of statistics offices carry a survey cue ("the ONS Opinions and Lifestyle Survey found"),
# so it tells against a figure only in a sentence with none (see etl.extract).
NON_SURVEY_SOURCE_TERMS = (  # each starts with a letter: see NON_SURVEY_SOURCE_AFTER_NON_WORD
    r"office\s+for\s+national\s+statistics", "ons", "eurostat", "destatis", "insee", "istat", r"census\s+bureau",
    r"bureau\s+of\s+(?:labou?r\s+)?statistics", r"department\s+of\s+labou?r", r"labou?r\s+department",
    *(rf"{body}statisti(?:cs|cal)\s+(?:office|agency|bureau|authority|institute)"
      for body in (r"national\s+", r"federal\s+", r"central\s+", "")),
    *(rf"{source}\s+(?:figures|statistics|data)" for source in ("official", "government", "departmental", "nhs")),
    r"secretary\s+of\s+state'?s?\s+office", r"election\s+(?:commission|board)",
    r"electoral\s+(?:commission|roll|register)", r"voter\s+rolls?", "hmrc", "irs", r"nhs\s+(?:england|digital)",
    "ukhsa", r"health\s+security\s+agency", r"centers?\s+for\s+disease\s+control", "cdc", r"organi[sz]ers", "placebo",
    r"side[\s-]effects?", r"adverse\s+(?:events?|reactions?)", "census",
    r"ministry\s+of\s+(?:health|finance|economy|labou?r|education|interior|agriculture)",
    r"department\s+(?:for|of)\s+(?:[\w,]+\s+){1,4}?(?:figures|data|statistics)",
    *(rf"{field}\s+ministry" for field in ("health", "finance", "economy", "education", "interior", "agriculture")),
)
NON_SURVEY_SOURCE = GatedCue(
    re.compile(rf"\b(?:{'|'.join(NON_SURVEY_SOURCE_TERMS)})\b"),
    keywords=("statisti", "ons", "eurostat", "destatis", "insee", "istat", "census", "labo", "official", "government",
              "departmental", "nhs", "secretary", "election", "electoral", "voter", "hmrc", "irs", "ukhsa", "security",
              "organi", "disease", "cdc", "placebo",
              "effect", "adverse", "ministry", "department"),
)
# The same search, written to start with one character class (as NEGATIVE_TERM_BEFORE): the character before a
# term, then the terms grouped by first letter, searched in " " + text. `re` skips ahead to the next non-word
# character instead of trying every branch at every word start (see non_survey_source).
NON_SURVEY_SOURCE_AFTER_NON_WORD = re.compile(
    r"[^a-z0-9_](?<=\W)" + first_char_alternation([split_first_char(term) for term in NON_SURVEY_SOURCE_TERMS]) + r"\b")


def non_survey_source(text: str) -> bool:
    """bool(NON_SURVEY_SOURCE.search(text)) on folded text (a sentence), in the faster search."""
    return NON_SURVEY_SOURCE.possible(text) and bool(NON_SURVEY_SOURCE_AFTER_NON_WORD.search(" " + text))


# "(+2)", "(27%, -2)", "from -36 to -44", "a net score of -54", "his rating is -7", "compared with Lee's -14"
SIGNED_BEFORE = re.compile(
    r"(?:\(|\([^()]{0,12}%,|\(\d{1,2}(?:\.\d)?,|\b(?:from|to|net|at|of|is|was|on|score|rating|with|versus|vs\.?)|\w['’]s|"
    r"\b(?:is|was|are|stands?|sits?)\s+now|"  # "his net favourability is now -11"
    r"\bnet(?:\s+[a-z]+)?:)\s*$"  # "Net satisfaction: -23", a table's "Net: -27"
)
# Two figures without a unit ("leads 46-43", "disapprove by 86 to 12", "Labor ahead 52-48"): the lead, split
# or opinion such a pair of poll figures follows, and what makes it no poll result: a vote count ("the Senate
# voted 51-49", "by a vote of 52-48"), a game's score ("beat them 55-45"), an age band ("aged 35-64"). Where
# both come before the pair, the nearer one tells (see etl.extract).
# "trails 48-52", or a split in the question's order ("had the split at 28 to 41"): the lower figure may come first
VERSUS_TRAILING = re.compile(r"\b(?:trail(?:s|ed|ing)?|behind)\b[^.;:,]{0,30}$|\bsplit\s+(?:at|of|was|is)\s+$")
VERSUS_POLL_WORDS = (r"\b(?:leads?|leading|led|ahead|trail(?:s|ed|ing)?|behind|(?:dis)?approve[sd]?|support(?:s|ed)?|"
                     r"oppose[sd]?|favou?r(?:s|ed)?|back(?:s|ed)?|prefer(?:s|red)?|split|divided|margin\s+of|"
                     r"break(?:s|ing)?|broke)\b")
PREFERRED_LEADER = r"(?:better|preferred)\s+(?:prime\s+minister|pm|premier|president|leader|chancellor)\b"
# a preferred leader's split, whose two figures may make up far less than a whole (many name no one)
PREFERRED_LEADER_BEFORE = re.compile(r"\b" + PREFERRED_LEADER + r"[^.;]{0,20}$")
VERSUS_POLL_BEFORE = re.compile(  # right before the pair, in a sentence near a poll with no cue of its own
    VERSUS_POLL_WORDS + r"(?:\s+(?:by|of|at))?(?:\s+(?:just|only|about|around|roughly|nearly|some))?\s+$"
    r"|\b(?:lead|gap|edge|margin|advantage)\s*[,:]\s*$"  # the lead, then its split: "a six-point gap, 49-43"
    # or after the lead in points: "leads by 4 points, 29-25"
    r"|\b(?:leads?|leading|led|ahead|trails?|trailing|behind)\b[^.;:]{0,40}\bpoints?\s*,\s*$"
    # or a lead over a named rival: "leads the Coalition 51-49", "leads Mr Dutton as better prime minister 46-38"
    r"|\b(?:leads?|leading|led|trails?|trailed|trailing)\s+(?:[\w'’.-]+\s+){1,3}?(?:as\s+)?"
    r"(?:(?:better|preferred)\s+(?:prime\s+minister|pm|premier|president|leader|chancellor)\s+)?(?:by\s+)?$"
    # or the one ahead as preferred leader: "Hipkins ahead as preferred PM, 21 to 20"
    r"|\b(?:leads?|leading|ahead|trails?|trailing|behind)\s+as\s+" + PREFERRED_LEADER + r"\s*,?\s*$"
    # or a pair's earlier split: "leads 55-45, a narrowing from 56-44"
    r"|\b\d{1,2}\s?[-–]\s?\d{1,2},?\s+(?:[\w-]+\s+){0,3}?(?:from|compared\s+with|against)\s+$"
)
# a composition, not an answer: "its members account for 62% of US restaurant locations" (unless "of the sample")
ACCOUNT_FOR_BEFORE = re.compile(r"\baccount(?:s|ed|ing)?\s+for\s+(?:[a-z]+\s+){0,2}$")
EMPLOYER_BEFORE = re.compile(r"\bemploy(?:s|ed|ing)?\s+(?:[a-z]+\s+)?$")  # "small firms employ 46% of workers"
VERSUS_POLL_WORD = re.compile(VERSUS_POLL_WORDS)
# a bare number as a change or lead in points ("Smith up 3 in Ohio", "Tories lead by 6 as"): see etl.extract
BARE_CHANGE_VERBS = ("up", "down", "drops", "dropped", "dips", "dipped", "slips", "slipped", "falls", "fell", "loses",
                     "lost", "gains", "gained", "rises", "rose", "climbs", "climbed", "jumps", "jumped", "risen",
                     "fallen", "slumped", "surged")
BARE_CHANGE_BEFORE = re.compile(r"(?:\b(?:" + "|".join(BARE_CHANGE_VERBS) + r")|\b(?:leads?|leading|led|ahead|trails?|"
                                r"trailed|trailing|behind|up|down)\s+by|"  # "lead of 4", "a drop of six"
                                # a lead over a rival, on a question: "leads Poilievre as preferred prime minister by 9"
                                r"\b(?:leads?|leading|trails?|trailing)\s+(?:[\w'’.-]+\s+){1,6}?by|"
                                r"\ban?\s+(?:lead|advantage|edge|drop|fall|rise|gain|decline|increase|swing)\s+of)\s+$")
BARE_CHANGE_LAST_WORDS = frozenset((*BARE_CHANGE_VERBS, "by", "of"))
# a poll's lead on one of its questions, near a survey cue: "Labour leads by 7 on the regional list"
BARE_LEAD_ON = re.compile(r"\b(?:leads?|leading|ahead|trails?|trailing|behind)\s+by\s+$")
BARE_CHANGE_WHERE_OR_LEVEL = (r"|(?:there|nationally|overall|statewide)\b"  # "leads by 6 there among likely voters"
                              r"|\(\s*\d{1,2}(?:\.\d)?\s?(?:%|per\s?cent|percent)\s*\)")  # its level: "down 3 (37%)"
BARE_CHANGE_AFTER = re.compile(r"\s*(?:[.,;:!?)]|$|(?:in|on|as|since|from|among|with|after|against|amid|while)\b"
                               + BARE_CHANGE_WHERE_OR_LEVEL + ")")
BARE_CHANGE_END_AFTER = re.compile(r"\s*(?:[.,;:!?)]|$|(?:as|since|among|amid|while)\b"  # no "in a week" w/o a cue
                                   + BARE_CHANGE_WHERE_OR_LEVEL + ")")
# a lead's or gap's level without its unit, where the words before say it is one (see extract._gap_level): "cut the
# lead to 3", "an advantage of eight", "the gap has narrowed from 10 points to six", "narrowed to four points from nine"
GAP_LEVEL_BEFORE = re.compile(
    r"\b(?:lead|gap|margin|advantage|edge|deficit)\s+(?:of\s+|(?:[^.;:\d]{0,50}\s)?(?:(?:to|from)|"
    r"(?:unchanged|steady|stable|stands?|stood|now|digits|figures)\s+at|(?:to|from)\s+(?:a|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|\d{1,2}(?:\.\d)?)\s+(?:(?:percentage\s+)?points?\s+)?(?:to|from))\s+)"  # "the lead to 4 from 10"
    r"(?:just\s+|only\s+|about\s+|around\s+|nearly\s+|almost\s+)?$"
    r"|\b(?:from|to)\s+(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}(?:\.\d)?)\s+(?:percentage\s+)?"
    r"points?\s+(?:to|from)\s+(?:just\s+|only\s+)?$"
    # or after "is": "the SNP's lead is 8, down from 11" (not a margin's: "the margin of error is 3")
    r"|\b(?:lead|gap|advantage|edge|deficit)\s+(?:[^.;:\d]{0,30}\s)?(?:is|was|remains|stays)\s+(?:now\s+|still\s+)?$")
# a lead's level in points after "at": "Reform's lead stands at 8 points", "the gap between Yes and No is at 4 points"
LEAD_AT_BEFORE = re.compile(r"\b(?:lead|gap|margin|advantage|edge|deficit)\b[^.;:\d%]{0,40}\bat\s+"
                            r"(?:just\s+|only\s+)?$")
# a lead's level after "is": "the gap between them is now just a single point"
LEAD_IS_BEFORE = re.compile(r"\b(?:lead|gap|advantage|edge|deficit|difference)\b[^.;:\d%]{0,40}\b(?:is|was|remains)\s+"
                            r"(?:now\s+|still\s+)?(?:just\s+|only\s+|barely\s+)?$")
GAP_LEVEL_LAST_WORDS = frozenset(("to", "from", "of", "at", "just", "only", "about", "around", "nearly", "almost",
                                  "is", "was", "remains", "stays", "now", "still"))
# a lead earlier in the sentence, whose earlier level follows "down from": "leads by four points, down from nine"
RANGE_START_BEFORE = re.compile(r"\b(?:from|between|aged?|ages)\s+\d{1,3}\s+(?:to|and)\s+$")
# when the earlier level of a lead was, after "down from nine": "a fortnight ago", "last month"
EARLIER_WHEN_AFTER = re.compile(r"\s+(?:(?:a|an|one|two|three|four|five|six)\s+(?:weeks?|fortnight|months?|years?)"
                                r"\s+(?:ago|earlier|before|previously)|last\s+(?:week|month|year|time))\b")
LEAD_WORD = re.compile(r"\b(?:lead(?:s|ing)?|led|gap|margin|advantage|edge|ahead|behind)\b")
# an index's level after its change: "the index rose two points to minus 20", "fell to -24.1" (not a net rating's)
INDEX_LEVEL_AFTER = re.compile(r"\s+to\s+(?:minus\s+|[+\-−–])?\d")
# or its change after its level: "the sub-index rose to -2.3, up 0.5 points"
INDEX_LEVEL_BEFORE = re.compile(r"\bto\s+(?:minus\s+|[+\-−–])?\d+(?:\.\d+)?,\s+(?:up|down)\s+(?:by\s+)?$")
# a signed figure before the wave it is counted from: "on 14 per cent, +5 since June", "-2 on last week"
SIGNED_CHANGE_AFTER = re.compile(r"\s*(?:(?:pts?|points?|pp)\s+)?(?:since|on\s+(?:last|the\s+(?:last|previous))|"
                                 r"compared\s+(?:to|with)|from\s+(?:last|the\s+(?:last|previous)))\b")
# a name right before a signed figure, and what may follow it (see extract._signed_after_name; raw text)
SIGNED_NAME_BEFORE = re.compile(
    r"(?<![\w.])(?!(?:Of|In|By|Among|At|On|The|And|To|With|From|For|Than|Net|Total)\b)[A-Z][\w'’.-]*:?\s$")
SIGNED_END_AFTER = re.compile(r"\s*(?:[.,;)(]|$|(?:in|among|with|on|as|after|while)\b)")
# a signed figure after a possessive ends its clause: "compared with Lee's -14.", not "the team's -14 goal difference"
SIGNED_POSSESSIVE_AFTER = re.compile(r"\s*(?:[.,;)]|$|(?:and|while|but|among|in|on)\b)")
VERSUS_NOT_A_POLL_BEFORE = re.compile(  # not a poll's run-off that "would beat" or "would win"
    r"\b(?<!would\s)(?:senate(?!\s+(?:race|contest|seat)\b)|congress|parliament|lawmakers|legislators|senators|mps|"
    r"jury|jurors|voted|votes?\s+(?:of|was|were|"
    r"is|tally)|ballots?|bill|motion|amendment|passed|confirmed|adopted|carried|won|wins?|winning|beat(?:s|en)?|"
    r"defeat(?:s|ed|ing)?|lost|lose|loses|losing|scored?|scoreline|game|aged?|ages|referendum|elections?|results?)\b"
)
VERSUS_NOT_A_POLL_AFTER = re.compile(
    r"\s*(?:at\s+)?(?:votes?|decision|ruling|verdict|win|victory|defeat|loss|majority|seats?|scoreline|record|results?|"
    r"years?|year-olds?|age|chance|odds|ratio|half-?time|overtime)\b"
)
# a share's change in brackets right after it: "Labour 22 (down 2pts)", "Greens 8 (unch)"
TABLE_FIGURE_AFTER = re.compile(r"\s*(?:%|\((?:no change|unchanged|[+\-−–]\d|(?:0|nc|n/c|=|steady|unch\.?|[-−–—])\)|"
                                r"(?:up|down)\s+(?:\d|(?:a|one|two|three|four|five)\b)))")  # "National 34 (up 2)"
SEATS_AFTER = re.compile(r"\s*\)?\s*(?:\([^()]{0,20}\)\s*)?(?:seats|mps|deputies|councillors)\b")  # 61 (+53) seats
CLAUSE_BREAK = re.compile(r"[,;:(]|\band\b")
AFTER_CLAUSE_BREAK = re.compile(r"[,;()]")
# a share's change in brackets right after it, in percent: "ALP 30.5% (down 0.5%)" is a change in points
# a name and its figure in brackets, after a share in the sentence: "followed by CD&V (11.9) and Open VLD (7.4)"
LABEL_PAREN_BEFORE = re.compile(r"[A-Z][\w&.'’-]*\s*\($")  # raw text
# a net rating's words right before its signed figure (see extract._confidence)
NET_RATING_BEFORE = re.compile(r"\bnet\s+(?:(?:approval|favou?rability|satisfaction|rating|score)\s+)?"
                               r"(?:(?:rating\s+)?(?:of|is|at|was|stands\s+at)\s+)?$")
BRACKETED_CHANGE_BEFORE = re.compile(r"\d\s?(?:%|per\s?cent|percent|pc)\s*\((?:up|down)\s+$")
# a change in percent to a level in percent: "Labour is down 3pc to 19pc" (a change in points, as tabloids write it)
TO_PERCENT_LEVEL_AFTER = re.compile(
    r"\s+to\s+(?:just\s+|only\s+)?\d{1,2}(?:\.\d)?\s?(?:%|pc\b|pct\b|per\s?cent|percent)(?!\s+of\b)")
# "a quarter (24%)", "two thirds - 64.5 percent - do not", "3 in 4 Americans, or 75%,", "six in 10 -- or 61% --"
RESTATED_AFTER = re.compile(
    r"^(?:[^.;()]|(?<=\b[a-z])\.){0,40}?(?:[(,–—-]\s*\d+(?:\.\d+)?\s?(?:%|per\s?cent|percent|pc|pct)\s*[),–—-]|"
    r"(?:,|\s[–—-]{1,2})\s+or\s+(?:about\s+|roughly\s+|nearly\s+|almost\s+|around\s+)?\d+(?:\.\d+)?\s?(?:%|per\s?cent|percent|pc|pct)"
    r"(?![\w.]|,\d))")
RESTATED_BEFORE = re.compile(r"\bor\s+(?:about\s+|roughly\s+|nearly\s+|almost\s+|around\s+)?$")
TABLE_LINE = re.compile(  # raw text
    r"\W*[A-Za-z](?:[^\n\d]{0,60}?\s[—–:-]|[^\n\d:.]{0,30}:)\s*$")  # or a short label and a colon: "- Sweden: 79%"
# A poll table flattened into one line, labels and figures alternating: "Yes 45 No 40 Undecided 15",
# "Labour 41 Conservative 24 Reform 14 Other 21". Its figures add up to a whole (see extract._flat_table_line);
# scores ("Arsenal 2 Chelsea 1") and other number lists do not.
FLAT_TABLE_PAIR = re.compile(  # raw text: a label of up to three words, then its figure
    r"\s*([A-Z][A-Za-z'’&.-]*(?:\s+[A-Za-z][A-Za-z'’&.-]*){0,2})\s+(\d{1,2}(?:\.\d)?)%?(?=\s|$)")
# A row of a poll table written one row a line: a label of up to three words, a separator (tab, "|", ",", ":" or
# spaces), its figure (group 2) and perhaps its change (group 3): "Yes\t48", "No | 44%", "AfD, 21, +1" (raw text)
TABLE_ROW = re.compile(
    r"[ \t]*[A-Z][A-Za-z'’&./-]*(?:[ \t]+[A-Za-z][A-Za-z'’&./-]*){0,2}[ \t]*(?:[|,:][ \t]*|[ \t])[ \t]*"
    r"(\d{1,2}(?:\.\d)?)[ \t]?%?(?:[ \t]*[|,\t]?[ \t]*([+\-−–]\d{1,2}(?:\.\d)?|0|nc|=|\([^()\n]{0,6}\)))?[ \t]*")
# A TABLE_ROW line holds at most 11 whitespace-separated tokens (three words, a separator, the figure, "%", "|", a
# bracketed change of up to four): a line with more is prose, and the match need not be tried
TABLE_ROW_MAX_TOKENS = 12
TABLE_VALUE_END = re.compile(r"\s*(?:\([^()\n]{0,15}\)\s*)?$")  # raw text: the line ends with the figure, "(+2)" aside
TABLE_LINE_ENDS = ("—", "–", ":", "-")  # what a TABLE_LINE match ends with, spaces aside
# the first of two answers written with no unit, as a transcript reads them out: "39 approve, 55 disapprove",
# "thirty-nine approve and fifty-five disapprove" (folded text after the first number; the second is a listed share)
ANSWER_PAIR_AFTER = re.compile(
    rf"\s+{ANSWER_VERBS}\b[^.;]{{0,40}}?(?:,|\band|\bwhile)\s+(?:just\s+|only\s+)?"
    rf"(?:\d{{1,2}}(?:\.\d)?|{WORD_NUM})\s+{ANSWER_VERBS}\b")
LIST_BEFORE = re.compile(r"(?:,|\band|\bwhile|\bwith|\bversus|\bvs\.?|\bcompared\s+(?:with|to)|\bagainst)\s+"
                         r"(?:just\s+|only\s+|another\s+)?$")
LIST_AFTER = re.compile(  # raw text: a lower-case word follows
    r"^\s+(?!(?:years?|months?|weeks?|days?|hours?|minutes?|people|million|billion|thousand|times|seats|"
    r"km|miles|per|percent|points?|countries|states|cities|regions|votes|members|deaths|cases)\b)"
    r"(?:[a-z]+\b|\()",
)
# An item of a list whose unit comes once, at its end ("backed by 13.9, the Centre by 9.8 and … by 4.2 percent"):
# what ends the (folded) text before its figure, and what follows the figure
LIST_LABEL_ENDS = ("by ", "at ", "on ", "with ", ": ", "– ", "— ", " - ")
DENIED_FINDING_BEFORE = re.compile(r"\b(?:did|does|do)\s+not\s+(?:find|show|say|suggest)\s+(?:that\s+)?$")
LIST_ITEM_ENDS = (*LIST_LABEL_ENDS, ", ")  # a bare number after these may be an item of a list with its unit at its end
# between the items of a run of bare numbers: "14, 15 or even 17%"
LIST_RUN_GAP = re.compile(r"(?:,|,?\s+(?P<last>and|or))(?:\s+(?:even|perhaps|maybe|possibly))?\s+")
# a day of a month, alone or as a range's first day: "carried out on 9 and 10 November" (folded text)
DAY_OF_MONTH_AFTER = re.compile(r"\s*(?:(?:and|to|-|–)\s*\d{1,2}(?:st|nd|rd|th)?\s+)?(?:of\s+)?(?:jan(?:uary)?|"
                                r"feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
                                r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b")
LIST_SEPARATOR_AFTER = re.compile(r"\s*(?:[,;]|and\b)")
# A poll's list of parties and their figures, nothing else: "Union 27, AfD 25, SPD 15", "Poll: Union 27, AfD 25 in ARD
# survey" (raw text): an item (a name of one or two capitalised words, its figure) and what may join it to the next
NAME_FIGURE_ITEM = re.compile(
    r"(?<![\w.,'’&/-])([A-Z][\w'’&./-]*(?:\s[A-Z][\w'’&./-]*)?)\s(?:on\s|at\s)?(\d{1,2}(?:\.\d)?)(?![\w%/-]|[.,:]\d)")
# a line's label and colon right before a run of names and figures: "Two-party preferred: ALP 52, Coalition 48"
# (or, after a sentence, a poll's own label: "The poll is out. Headline: National 34, Labour 33"; not "Top of the
# league: Rovers 44, United 39")
RUN_LABEL_BEFORE = re.compile(r"(?:(?:^|\n)[A-Z][\w'’ -]{2,30}|[.!?][ \t]+(?i:headline|topline|top\s+line|party\s+vote|"
                              r"voting\s+intentions?|primary\s+votes?|two-party\s+preferred|preferred\s+pm|"
                              r"the\s+numbers|the\s+figures)(?:\s+[\w'’-]+){0,2}):[ \t]*$")  # raw text
RUN_END_AFTER = re.compile(r"[ \t]*(?:\(|\n|$)")  # what ends a run of names and figures joined by spaces only
# "Labour 21, the Conservatives 18", "Yes 52 / No 48", or a live blog's one-line poll: "Lab 28 Con 24 LD 12"
NAME_FIGURE_JOIN = re.compile(r"\s*(?:\((?:[+\-−–]?[\d.]{1,4}|nc|=|unch\.?)\)\s*)?(?:(?:,|;|and\b|\u2013|-|/|\|)\s*)?"
                              r"(?:the\s+)?")  # "Con 19 (+1) | Lib Dem 12": a flattened table's change between
# A party and its figure in a poll's list, the unit left out ("the Bloc at 8", "the Greens are on 12"): raw text.
# The label is a capitalised word (a name), not a day or a month ("on Thursday at 9"), perhaps with its "party" ("the
# Left party on 10.5").
LIST_ITEM_LABEL = r"\b([A-Z][\w'’.&-]*(?:\s+party)?|others|undecided)(?:,?\s+(?:is|are|was|were|stands?|stood|sits?|" \
                  r"sat|remains?|remained)(?:\s+(?:now|still|currently|both|top|first))?)?\s+(?:at|on)\s+(?:just\s+|only\s+)?"
LIST_ITEM_BEFORE = re.compile(LIST_ITEM_LABEL + "$")
# a poll list's next party, its level after "with": "Forza Italia follows with 8.7", "the Greens come next with 9"
FOLLOWS_WITH_BEFORE = re.compile(r"\b[A-Z][\w'’.&-]*\s+(?:follows?|followed|trails?|trailed|comes?\s+next|came\s+next|"
                                 r"(?:is|are)\s+next|(?:comes?|came|is|are|was)\s+(?:second|third|fourth|fifth))\s+"
                                 r"with\s+$")  # raw text: a name before the verb
# a team's net rating, not a poll's: "finished the season with a net rating of +9.4" (words of a game in its sentence)
NET_RATING_GAME = re.compile(r"\b(?:season|possessions?|games?|playoffs?|league|court|floor|minutes|lineups?|"
                             r"offensive|defensive|half[-\s]?time)\b")
# a party's level right after its name's possessive, in a poll's list: "put the CSU's 41.5 ahead of the Free Voters'
# 11.2" (raw text; see extract._possessive_level), and what may follow such a level
POSSESSIVE_LEVEL = re.compile(r"\b[A-Z][\w&.-]*(?:['’]s|s['’])\s+(\d{1,2}(?:\.\d)?)(?![\w%/-]|[.,]\d)")
POSSESSIVE_LEVEL_AFTER = re.compile(r"\s*(?:[,;.)]|$|[—–-]\s|(?:(?:well|just|narrowly|comfortably|far|slightly)\s+)?"
                                    r"(?:ahead|behind)\b|(?:and|while|with|against|versus|vs|compared|among|but)\b)")
POSSESSIVE_ENDS = ("'s ", "’s ", "s' ", "s’ ")
# a pollster's or poll's verb placing a party, right before its label: "INSA has the SPD at just 14" (raw text)
PLACING_VERB = r"\b(?:has|had|have|puts?|sees|saw|shows?|showed|gives?|gave|places?|placed)\s+"
PLACING_VERB_BEFORE = re.compile(PLACING_VERB + r"(?:the\s+)?$")
# the same verb, then what it places, of any case: "the poll has Labor's primary vote at thirty-four" (raw text)
PLACED_AT_BEFORE = re.compile(PLACING_VERB + r"(?:[\w'’.-]+\s+){1,4}?(?:at|on)\s+(?:just\s+|only\s+)?$")
# a level without its unit after a change or a gap in points, or after a vote's name: "the Coalition slipped a point
# to 27", "Labour six points behind on 21", "Labor's primary vote is steady at 35"
LEVEL_AFTER_GAP_BEFORE = re.compile(
    r"(?:\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}(?:\.\d)?)\s+(?:percentage\s+)?points?\s+"
    r"(?:to|(?:behind|ahead|clear|adrift|down|up)\s+(?:on|at))"
    # or a change without "points" ("Labour are down two at 22", "up 3 to 30"), or no change ("unchanged on 17")
    r"|\b(?:up|down|gain(?:s|ed)?|los(?:es|t)|drop(?:s|ped)|slip(?:s|ped)|climb(?:s|ed)|rises|rose|f[ae]ll(?:s|en)?)\s+"
    r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}(?:\.\d)?)\s+(?:to|at|on)"
    r"|\b(?:unchanged|steady|stable)\s+(?:at|on)"
    r"|\b(?:primary|first[\s-]preference|two[\s-]party(?:[\s-]preferred)?)\s+vote\s+(?:(?:is|was|stands|stood|remains|"
    r"remained|sits|sat)\s+)?(?:steady\s+|unchanged\s+|stable\s+|firm\s+)?(?:at|on))\s+(?:just\s+|only\s+)?$")
# what follows a party's level written without its unit and tells it is a poll's level (raw text): its change ("the
# NDP is at 10, up a point", "Fine Gael 19, down one", "on 24, unchanged"), the past result or wave it is set against
# in percent ("the Left at 11, compared with 8.8% at the election"), or the poll it is in ("was on 29 in the October
# survey", "slumps to 26 in Resolve poll", "falls to 31 in the Times/Opinium Poll", "has slipped to 33, a new YouGov
# poll for Sky suggests")
LEVEL_NOTE_AFTER = re.compile(
    r"(?:\s+(?:nationally|overall|federally)|\s+in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)?(?:,\s+(?:(?:up|down)\s+(?:a|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|\d{1,2}(?:\.\d)?)(?!\s*(?:%|per\s?cent|percent|seats?|degrees?|°|goals?|runs?)|[\d,.]\d)|unchanged\b|steady\b|"
    r"(?:(?:up|down)\s+from|compared\s+(?:with|to)|against|versus)\s+(?:the\s+)?"
    r"\d{1,2}(?:[.,]\d)?\s?(?:%|per\s?cent\b|percent\b))"
    r"|\s+in\s+(?:the\s+|a\s+|its\s+|their\s+|this\s+|last\s+)?(?:[\w'’/&-]+\s+){0,5}?"
    r"(?i:poll|survey|tracker|barometer|monitor)\b"
    r"|\s+as\s+[^.;,:\n]{1,50}?\s(?i:poll|survey)\b"
    r"|,\s+(?:an?|the)\s+(?:new\s+|latest\s+)?(?:[\w'’/&-]+\s+){0,3}?(?:poll|survey)\s+(?:for\s+[^,.;]{1,40}\s+)?"
    r"(?:suggests|shows|showed|finds|found|says|said)\b)")
# the next item of a list whose verb is left out, right after a party's level: "the CDU is at 25, the AfD 24" (raw text)
ELIDED_NEXT_AFTER = re.compile(r"[,;]\s+(?:the\s+)?(?:[A-Z][\w'’.&-]*\s)?[A-Z][\w'’.&-]*\s+\d{1,2}(?:\.\d)?"
                               r"(?![\w%/:-]|[.,]\d|\s*(?:per\s?cent|percent|seats|points|pts)\b)")
# the leader's level before its lead over the next party's level: "…, at 33, ahead of Labour on 18" (raw text)
LEADER_LEVEL_AFTER = re.compile(
    r",\s+(?:well\s+|comfortably\s+|just\s+)?(?:ahead\s+of|followed\s+by|in\s+front\s+of|clear\s+of)\s+"
    r"(?:the\s+)?(?:[\w'’.&/-]+\s+){0,3}?(?:on|at|with)\s+\d{1,2}(?:\.\d)?(?![\d%]|\s*(?:per\s?cent|percent|points?|seats?)\b)")
# two parties at one level, in a list item's label: "Labour and Reform are both on 24" (raw text)
BOTH_AT_BEFORE = re.compile(r"\bare\s+both\s+(?:at|on)\s+$")
# two parties' places in a poll's standings, which make two levels without their unit a poll's list near a survey
# cue: "Reform remains top on 29, ahead of Labour on 22" (folded text)
STANDING_WORDS = re.compile(r"\b(?:ahead\s+of|behind|level\s+with|followed\s+by|trailed\s+by|trailing)\b")
# an index's or a gauge's level, which moves as a poll's share does: "a gauge of conditions was unchanged at 85.6"
INDEX_WORDS = re.compile(r"\b(?:index|indices|indexes|gauge|indicator|pmi|reading)\b")
INDEX_HINTS = ("ind", "gauge", "pmi", "reading")  # one is in every INDEX_WORDS match
# a change verb right before a party's level without its unit: "One Nation has climbed to 15", "slumps to 26"
CHANGED_TO_BEFORE = re.compile(
    r"\b(?:ris(?:es|en)|rose|climb(?:s|ed)|f[ae]ll(?:s|en)?|drop(?:s|ped)|slip(?:s|ped)|slump(?:s|ed)|sunk|sinks?|"
    r"sank|edg(?:es|ed)|jump(?:s|ed)|surg(?:es|ed)|dip(?:s|ped)|recover(?:s|ed)|increas(?:es|ed)|decreas(?:es|ed)|"
    r"gr[eo]wn?|grows|inch(?:es|ed)|tick(?:s|ed)\s+(?:up|down))\s+(?:back\s+|up\s+|down\s+)?to\s+$")
# a party's level at its clause's end after a change verb, its name the clause's subject: "The Tories, which have
# dropped to 11.", "Others have slipped to 9" (raw text)
NAMED_CHANGED_TO_BEFORE = re.compile(
    r"(?:\b[A-Z][\w'’.&-]*|\bothers)(?:,\s+(?:which|who))?\s+(?:has|have|had)\s+(?:now\s+|also\s+)?"
    r"(?:f[ae]llen|dropped|slipped|slumped|sunk|sank|dipped|climbed|risen|rose|edged\s+(?:up|down)|jumped|surged|"
    r"increased|decreased|grown|inched\s+(?:up|down)|ticked\s+(?:up|down))\s+(?:back\s+)?to\s+$")
# the same, its subject a party's support: "Support for Aontú rose to 5." (raw text)
SUPPORT_CHANGED_TO_BEFORE = re.compile(
    r"\b(?:[Ss]upport|[Bb]acking)\s+for\s+(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*)?\s+(?:has\s+|have\s+|had\s+)?"
    r"(?:ris(?:es|en)|rose|climb(?:s|ed)|f[ae]ll(?:s|en)?|drop(?:s|ped)|slip(?:s|ped)|slump(?:s|ed)|sunk|sank|"
    r"edg(?:es|ed)\s+(?:up|down)|jump(?:s|ed)|surg(?:es|ed)|dip(?:s|ped)|increas(?:es|ed)|gr[eo]wn?|grows|"
    r"inch(?:es|ed)\s+(?:up|down)|tick(?:s|ed)\s+(?:up|down))\s+(?:back\s+)?to\s+$")
# a match result or a league's standing: an article about a game, whose points and levels are not a poll's
# ("after Saturday's 2-0 win", "with a game in hand", "on goal difference") (folded text; searched over a whole
# article, so behind its words, most of which a poll's article lacks)
SPORTS_RESULT = GatedCue(
    re.compile(r"\b\d[-–]\d\s+(?:win|draw|defeat|victory|loss|home\s+win|away\s+win)\b|"
               r"\bgames?\s+in\s+hand\b|\bgoal\s+difference\b|\b(?:league|championship)\s+table\b"),
    keywords=("win", "draw", "defeat", "victory", "loss", "hand", "difference", "table"),
)
# a game's result or a team's standing told in one sentence of an article about something else (a poll's article with
# a sports round-up): "beat the Senators 4-2 and sit two points clear", "top of the table", "12 points clear on the
# ladder"
SPORTS_STANDING = re.compile(
    r"\b(?:beat(?:s|en)?|drew|thrashed|edged)\s+(?:[\w.'’-]+\s+){0,4}?\d{1,3}[-–]\d{1,3}\b|"
    r"\btop\s+of\s+the\s+(?:[a-z]+\s+)?(?:table|ladder|standings|premiership|league|division)\b|"
    r"\bon\s+the\s+(?:ladder|log)\b|\bwinning\s+by\s+\d{1,3}\s+points\b|\b(?:half|full|quarter)[-\s]?time\b|"
    # "went three points clear at the top", "adrift at the bottom", "in the title race" (not "at the top of the polls")
    r"\b(?:clear|adrift)\s+at\s+the\s+(?:top|bottom)\b(?!\s+of\s+the\s+(?:polls?|surveys?))|"
    r"\b(?:title|relegation|promotion)\s+(?:race|battle|fight|zone)\b|\bpoints?\s+from\s+safety\b|"
    r"\bin\s+the\s+(?:[a-z]+\s+)?(?:league|premiership|standings|division)\b")  # "behind Celtic in the league"
SPORTS_STANDING_WORDS = ("beat", "drew", "thrashed", "edged", "top", "ladder", "log", "winning", "time",  # one is in
                         "bottom", "title", "relegation", "promotion", "safety", "league", "premiership", "standings",
                         "division")
# every match
# a party's level after a vote won earlier in its sentence, said in the present after a clause break: "Fine Gael,
# which won 20.8% at the election, is down ", "the 11.6% they won in February, and the Left at " (folded text)
LEVEL_AFTER_RESULT = re.compile(
    r"\d[^.;]*,\s+(?:(?P<verb>(?:is|are|stands?|sits?|remains?)\s+(?:now\s+|still\s+|currently\s+)?(?:up|down|on|at)\s+"
    r"(?:a\s+)?)|(?P<label>(?:and\s+)?(?:the\s+)?[\w'’.&-]+(?:\s+[\w'’.&-]+)?\s+(?:is\s+|are\s+)?(?:at|on)\s+))$")
# a party's level after a relative clause telling the vote it won, its subject further back: "The Greens, who took 4.1
# per cent at the last election, are on 6" (folded text)
LEVEL_AFTER_WON_CLAUSE = re.compile(
    r",\s+(?:who|which|that)\s+(?:had\s+)?(?:took|won|got|received|secured|polled|scored)\s+\d{1,2}(?:[.,]\d{1,2})?\s?"
    r"(?:%|per\s?cent|percent)[^.;:]{0,80},\s+(?:is|are)\s+(?:now\s+|still\s+|currently\s+)?(?:at|on)\s+$")
# a party's level after its verb or its place in the standings, the unit left out, as British, Irish and Australian
# write-ups put it: "Labour is on 24", "the SPD now stands at 13.5", "the Greens held on 12", "Alliance third on 16",
# "Sinn Féin remains the most popular party on 24" (raw text; a name or "party" as its subject)
LEVEL_VERB_ITEM_BEFORE = re.compile(
    r"(?:\b[A-Z][\w'’.&-]*|\b(?:party|others))(?:\s+(?:now|still|currently))?(?:\s+(?:is|are|was|were|remains?|remained|"
    r"stands?|stood|sits?|sat|holds?|held|stays?|stayed)(?:\s+(?:now|still|currently|steady|unchanged|level|top|"
    r"first|second|third|fourth|fifth|sixth|bottom))?(?:\s+(?:[\w'’-]+\s+){0,2}?(?:most\s+popular|largest|biggest|"
    r"smallest)\s+party)?|\s+(?:top|first|second|third|fourth|fifth|sixth))\s+(?:at|on)\s+(?:just\s+|only\s+)?$")
# the earlier level of a party's share without its unit, after its present level, told by when it was (folded text):
# "on 20, down from twenty-two the previous week", "rose to 45, up from almost 40 in January", "up from 28 to 31"
EARLIER_LEVEL_BEFORE = re.compile(r"\b(?:(?:up|down)\s+from|was\s+on|were\s+on)\s+(?:almost\s+|nearly\s+|about\s+|"
                                  r"around\s+|just\s+|only\s+)?$")
# the same told by a time named before it: "since the April poll, when it was on 36" (folded text)
EARLIER_WHEN_BEFORE = re.compile(r"\bwhen\s+(?:it|they|he|she)\s+(?:was|were|stood|sat)\s+(?:on|at)\s+"
                                 r"(?:almost\s+|nearly\s+|about\s+|around\s+|just\s+|only\s+)?$")
EARLIER_POLL_BEFORE = re.compile(r"\b(?:poll|survey|wave|edition|(?:last|previous)\s+(?:month|week|quarter|time))"
                                 r"\s*,?\s+when\s+[^,;]*$")  # the time of an earlier poll, not an election's
CLAUSE_END_AFTER = re.compile(r"\s*(?:[,.;)]|$)")
EARLIER_LEVEL_AFTER = re.compile(
    r"\s+(?:(?:in\s+)?the\s+(?:previous|last|prior|preceding)\s+(?:week|fortnight|month|quarter|year|poll|survey|wave)"
    r"|last\s+(?:week|month|time|year|quarter)|(?:a|one|two|three|four|five|six)\s+(?:weeks?|fortnight|months?|years?)\s+"
    r"(?:ago|earlier|before)|in\s+(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)|to\s+\d{1,2}(?:\.\d)?(?![\d%]|\s*(?:per\s?cent|percent|points?|seats?)\b))\s*(?:[,.;)]|$|and\b|while\b|but\b)")
# a present level before its earlier one (folded text): "rose to 45, up from almost 40 in January"
LATER_LEVEL_AFTER = re.compile(r",\s+(?:up|down)\s+from\s+(?:almost\s+|nearly\s+|about\s+|around\s+|just\s+|only\s+)?"
                               r"\d{1,2}(?:\.\d)?(?=" + EARLIER_LEVEL_AFTER.pattern + ")")
# a level and its signed change in brackets after a name: "the Lib Dems (11, +1)" (folded text, after the level)
PAREN_CHANGE_AFTER = re.compile(r",\s*[+\-−–]\d{1,2}(?:\.\d)?\s*\)")
# a vote's level without its unit after its name: "the Coalition's primary vote of 37", "two-party preferred vote is 51"
VOTE_LEVEL_BEFORE = re.compile(r"\b(?:primary|first[\s-]preference|two[\s-]party(?:[\s-]preferred)?)\s+vote\s+"
                               r"(?:of|is|was|(?:is|was)\s+now)\s+(?:just\s+|only\s+)?$")
VOTE_LEVEL_AFTER = re.compile(r"\s*(?:[,;.)]|$|(?:is|was|and|while|but|in|on|for|with|compared)\b)(?!\d)")
# a game's words, which make a lone level without its unit in a sentence with no survey cue a team's, not a party's:
# "Leeds are on 30 after the win" (folded text)
GAME_WORDS = re.compile(r"\b(?:win|victory|defeat|draw|games?|match(?:es)?|season|ladder|goals?|fixtures?|league)\b")
# the plainest level verb, right before "on"/"at": "Labour is on" (a stronger one tells a level: "third on")
PLAIN_LEVEL_VERB_END = re.compile(r"\s(?:is|are|was|were)\s+(?:at|on)\s+(?:just\s+|only\s+)?$")
# what tells a level after the plainest verb is a poll's (folded text): its change or its standing ("…, down one",
# "…, a fall of two on the week", "…, behind the Greens on 17")
PLAIN_LEVEL_NOTE_AFTER = re.compile(
    r",\s+(?:(?:up|down)\s+(?:a|one|two|three|four|five|\d{1,2}(?:\.\d)?)\b|unchanged\b|steady\b|"
    r"an?\s+(?:fall|rise|drop|gain|loss|increase|decrease)\s+of\b|(?:well\s+|just\s+|narrowly\s+)?"
    r"(?:behind|ahead\s+of|level\s+with|clear\s+of|followed\s+by)\b)")
# a party's level set off by commas after its name: "the Greens, on 10, are …" (raw text)
APPOSITIVE_LEVEL_BEFORE = re.compile(r"\b[A-Z][\w'’.&-]*,\s+(?:now\s+|still\s+)?(?:at|on)\s+(?:just\s+|only\s+)?$")
# a level's verb, its subject further back: "The Tories, 12 points adrift of Labour on 18 in May, are now on 17"
LEVEL_VERB_BEFORE = re.compile(r",\s+(?:is|are|was|were|stands?|stood|sits?|sat|remains?)\s+"
                               r"(?:now\s+|still\s+|currently\s+)?(?:at|on)\s+(?:just\s+|only\s+)?$")
# a name and its figure in brackets, a poll's parties written as in a chart: "Reform UK (29) leads Labour (22)"
NAME_PAREN_ITEM = re.compile(r"\b([A-Z][\w&.'’-]*)\s*\((\d{1,2}(?:\.\d)?)\)")
# an item of a list whose verb is left out after its first item: "…, the BSW 4 and the FDP 3" (raw text)
ELIDED_ITEM_BEFORE = re.compile(  # or its "to" kept: "the Union comes to 26 percent, the AfD to 25"
    r"(?:[,;]|\band)\s+(?:and\s+)?(?:the\s+)?(?:[A-Z][\w'’.&-]*\s){0,2}([A-Z][\w'’.&-]*|others)\s+(?:to\s+)?$")
LIST_ITEM_END = r"\s*(?:[,;)]|\.(?!\d)|\b(?:and|while|with|but)\b|$)|\s+[–—]\s"
LIST_ITEM_AFTER = re.compile(LIST_ITEM_END)
LIST_ITEM = re.compile(  # a whole item, to count the items of a sentence
    LIST_ITEM_LABEL + r"\d{1,2}(?:\.\d)?(?![\w%/:-]|\.\d)(?=" + LIST_ITEM_END + ")"
)
# a name of two to five words in title case right before a figure, on or at it: "People Before Profit 3" (raw text)
TITLE_NAME_BEFORE = re.compile(r"\b(?:[A-Z][\w'’&-]*\s+){1,4}[A-Z][\w'’&-]*\s+(?:(?:is|are)\s+)?(?:(?:on|at)\s+)?$")
# a list item that is its own sentence, after a sentence giving shares (a live blog's "Greens on 10."): raw text
LONE_LIST_ITEM = re.compile(r"\s*(?:the\s+)?(?:[A-Z][\w'’.&-]*\s+){0,2}" + LIST_ITEM_LABEL
                            + r"\d{1,2}(?:\.\d)?\s*[.;]?\s*$")
LIST_ITEM_JOIN = re.compile(r"\s*(?:,|;|,?\s+and|,?\s+while)\s+(?:the\s+)?")  # "… at 9 and the Bloc at 6"
CALENDAR_WORDS = frozenset((
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "today", "tonight", "noon", "midnight",
))


# A pollster name is a survey cue only when it cannot name something else in ordinary news:
# statistics offices, universities, newspapers, banks, foundations and think tanks publish polls
# now and then, but are mostly in the news for other things ("a professor at the University of Oxford").
POLLSTER_WORD = re.compile(r"poll|research|opinion|survey|sociolog|barometer|insight|analytic", re.I)
NOT_ONLY_A_POLLSTER = re.compile(
    r"statistic|census|bureau|disease|universit|college|school|shimbun|news|press|bank|foundation|stiftung|institut|"
    r"corporation|council|programme|chamber|confederation|federation|society|fund|house|board|office|"
    r"^(?:ons|cdc|bls|rand|undp|anu|iod|bcc|ndi|iri|gmf|nhk|kyodo|lloyds|demos|edelman|ifo|zew|nfib|cbi|fsb)$|"
    # consultancies that also run surveys: named in many texts that cite none
    r"^(?:deloitte|pwc|pricewaterhousecoopers|mckinsey|kpmg|ey|ernst & young|accenture|bcg|gartner|capgemini|"
    r"manpowergroup|randstad)$|mckinsey &|deloitte |boston consulting",
    re.I,
)
NOT_FRACTION_AFTER = re.compile(
    r"^[-\s]+(?:consecutive|straight|successive|time|term|round|place|wave|world|way|party|person|reading|"
    r"century|generation|largest|biggest|quarter|of\s+a\s+(?:year|century|mile|second|point)|day|night|week|month|"
    r"year|season|game|match|race|stage|lap|leg|edition|anniversary|attempt|dose|booster|child|baby|film|album|"
    r"novel|book|series|floor|goal|victory|win|title|lockdown|strike|referendum|election|debate|session|"
    r"trading|hearing|meeting|summit|inning|half|period|set|semester|tranche|phase|wave|process|budget|shot|trial|"
    r"package|bailout|program(?:me)?|mandate|stint|spell|bill|constitution|(?:super)?majority(?!\s+of\b))\b",
)
# "every third day", "every second year": how often, not one in so many people ("every third person" is a share)
# a fraction of a figure, not of people: "lost more than half of the 9.3 percent they took", "half the 12 percent"
FRACTION_OF_FIGURE_AFTER = re.compile(r"\s+(?:of\s+(?:the\s+|its\s+|their\s+|that\s+)?|(?:the|its|their|that)\s+)"
                                      r"\d[\d.,]*\s?(?:%|per\s?cent|percent|points?)")
# a fraction as a relative change: "down by nearly half", "support fell by a third" (not a share of anyone)
FRACTION_CHANGE_BEFORE = re.compile(
    r"\b(?:down|up|fallen|fell|falls?|dropped|drops?|rose|risen|rises?|cut|cuts|shrunk|shrank|shrinks?|grown|grew|"
    r"grows?|declined|declines?|increased|increases?|decreased|decreases?|slumped|plunged|jumped|soared)\s+by\s+"
    r"(?:nearly\s+|almost\s+|about\s+|roughly\s+|more\s+than\s+|over\s+|around\s+|some\s+|just\s+)?$")
# or after "cut … in": "Labour's lead has been cut in half", "slashed the gap in half"
CUT_IN_FRACTION_BEFORE = re.compile(r"\b(?:cut|cuts|slashed|sliced|chopped)\s+(?:[\w'’-]+\s+){0,3}?in\s+$")
NOT_EVERY_FRACTION_AFTER = re.compile(
    r"^[-\s]+(?:(?:\w+\s+)?(?:second|minute|hour|day|night|week|weekend|month|year|season|time|round|game|match)s?|"
    r"one)\b"
)


@lru_cache(maxsize=1)
def pollster_names() -> frozenset[str]:
    """Lower-cased pollster names and aliases that are survey cues: data/pollsters.csv (when present)
    plus KNOWN_POLLSTERS."""
    names = set()
    try:
        with POLLSTERS_CSV.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                for column, cell in row.items():
                    if column and ("name" in column or "alias" in column) and cell:
                        names.update(n.strip() for n in re.split(r"[|;]", cell) if len(n.strip()) >= 3)
    except OSError:
        pass
    return frozenset(n.lower() for n in (*names, *KNOWN_POLLSTERS)
                     if POLLSTER_WORD.search(n) or not NOT_ONLY_A_POLLSTER.search(n))


# The generic words after a pollster's own first word ("Mainstreet Research", "Abacus Data"), which copy drops.
SHORT_NAME_TAILS = frozenset(["research", "polling", "poll", "data", "strategies", "strategic", "strategy", "group",
                              "insights", "analytics", "opinion", "institute", "college", "market", "consulting",
                              "public", "affairs", "political", "company", "co", "centre", "center", "and", "&", "of"])
NOT_SHORT_NAMES = frozenset(["change", "public", "research", "russian", "all-russian", "pollster", "rating"])
# A pollster's short name owning figures: "Mainstreet's latest provincial numbers (show the NDP at 41%)".
POSSESSED_NUMBERS = r"['’]s\s+(?:[\w-]+\s+){0,3}?(?:numbers|figures)"


@lru_cache(maxsize=1)
def short_pollster_names() -> frozenset[str]:
    """Lower-cased first words of listed names whose other words are generic ("mainstreet" of Mainstreet
    Research): a cue only with the figures they own (POSSESSED_NUMBERS), as alone many are common words."""
    return frozenset(words[0] for name in pollster_names() if len(words := name.split()) > 1 and len(words[0]) >= 4
                     and SHORT_NAME_TAILS.issuperset(words[1:]) and words[0] not in NOT_SHORT_NAMES)


@lru_cache(maxsize=1)
def survey_cue() -> re.Pattern:
    """Survey words plus pollster names and aliases, and short names owning figures."""
    short = trie_pattern(short_pollster_names())
    return re.compile(rf"\b(?:{SURVEY_WORDS}|{trie_pattern(pollster_names())}|(?:{short}){POSSESSED_NUMBERS})(?!\w)")


@lru_cache(maxsize=1)
def context_cues() -> re.Pattern:
    """Survey cues (groups named `survey…`) and official-statistics cues (`official…`) in one scan.

    The same matches as `\\b(?:(?P<survey>survey_cue)|(?P<official>OFFICIAL_SENTENCE))`, found faster:
    cues are grouped by first letter, so at each word start `re` tries only the few that can match
    there (in their original order: survey words, then names, then official cues), and a cue's
    lookbehinds are tested only after its first letters (see etl.textmatch.split_first_char).
    """
    branches = []
    for i, (first, kinds) in enumerate(_cues_by_first_char()):
        parts = []
        if kinds["survey"]:
            parts.append(rf"(?P<survey_{i}>(?:{'|'.join(kinds['survey'])})(?!\w))")
        if kinds["official"]:
            parts.append(rf"(?P<official_{i}>(?:{'|'.join(kinds['official'])})\b)")
        branches.append(re.escape(first) + "(?:" + "|".join(parts) + ")")
    return re.compile(r"\b(?:" + "|".join(branches) + ")")


def _cues_by_first_char() -> list[tuple[str, dict[str, list[str]]]]:
    """(first character, {"survey": the rests of its survey cues and names, "official": of its official
    cues}), each list in its original order. The letters most English words start with go first: `re`
    tries the branches in turn (any order gives the same matches: no two start with the same character)."""
    by_first: dict[str, dict[str, list[str]]] = defaultdict(lambda: {"survey": [], "official": []})
    for cue in SURVEY_CUES:
        first, rest = split_first_char(cue)
        by_first[first]["survey"].append(rest)
    names_by_first = defaultdict(list)
    for name in pollster_names():
        names_by_first[name[0]].append(name[1:])
    for first, rests in names_by_first.items():
        by_first[first]["survey"].append(trie_pattern(rests))
    short_by_first = defaultdict(list)
    for word in short_pollster_names():
        short_by_first[word[0]].append(word[1:])
    for first, rests in short_by_first.items():
        by_first[first]["survey"].append(f"(?:{trie_pattern(rests)}){POSSESSED_NUMBERS}")
    for cue in OFFICIAL_CUES:
        first, rest = split_first_char(cue)
        by_first[first]["official"].append(rest)
    return sorted(by_first.items(), key=_initial_rank)


WORD_INITIALS_BY_FREQUENCY = "taoiswcbphfmdrelngyuvjkqxz"


def _initial_rank(item: tuple[str, object]) -> tuple[int, str]:
    first = item[0]
    return WORD_INITIALS_BY_FREQUENCY.find(first) % (len(WORD_INITIALS_BY_FREQUENCY) + 1), first


@lru_cache(maxsize=1)
def _context_cues_after_non_word() -> re.Pattern | None:
    """Where context_cues() can match, with the character before the cue matched first: a leading
    class lets `re` skip ahead to the next candidate instead of trying every position. The class is
    ASCII (tested much faster than `\\W`): any character but a lower-case letter, digit or "_", so
    with every non-word character it lets through the non-ASCII letters, after which context_cues()
    finds no `\\b`. Right where every cue starts with a word character (so `\\b` before it means a
    non-word character or the text start); None otherwise. Each cue is cut to what all its matches
    start with (see _required_start), and those starts are written as one trie per first character,
    so `re` rejects most words after a letter or two; where a start is found, matching context_cues()
    there decides (and names the group): this finds every place it can match, and a few more."""
    if not all(re.match(r"\w", name) for name in pollster_names()):
        return None
    starts: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for cue in (*SURVEY_CUES, *OFFICIAL_CUES):
        first, rest = split_first_char(cue)
        starts[first].add(_required_start(rest))
    for name in (*pollster_names(), *short_pollster_names()):
        starts[name[0]].add(tuple(map(re.escape, name[1:])))
    branches = [re.escape(first) + _token_trie(seqs) for first, seqs in sorted(starts.items(), key=_initial_rank)]
    return re.compile(r"[^a-z0-9_](?:" + "|".join(branches) + ")")


def _required_start(cue: str) -> tuple[str, ...]:
    """What every match of a regex starts with, as regex tokens: its leading characters written as literals,
    with `\\s+` gaps, up to the first other construct or a quantifier that may drop a character (none at all
    where the regex is an alternation at its top level)."""
    if _has_top_level_alternation(cue):
        return ()
    tokens: list[str] = []
    i = 0
    while i < len(cue):
        if cue.startswith(r"\s+", i):
            tokens.append(r"\s+")
            i += 3
            continue
        if cue[i] == "\\" and cue[i + 1:i + 2] and not cue[i + 1].isalnum():
            char, size = cue[i + 1], 2  # an escaped character: "\\ ", "\\-"
        elif cue[i].isalnum() or cue[i] in " '’&,/-":
            char, size = cue[i], 1
        else:
            break
        quantifier = cue[i + size:i + size + 1]
        if quantifier in ("?", "*", "{"):
            break
        tokens.append(re.escape(char))
        i += size
        if quantifier == "+":
            break
    return tuple(tokens)


def _has_top_level_alternation(pattern: str) -> bool:
    """Whether a "|" outside any group or class splits the regex into alternatives."""
    depth, in_class, i = 0, False, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            return True
        i += 1
    return False


def _token_trie(sequences: set[tuple[str, ...]]) -> str:
    """A regex matching where one of the token sequences does (a sequence that another starts with is enough
    alone: the longer one adds nothing); "" where one is empty."""
    if () in sequences:
        return ""
    by_first: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for seq in sequences:
        by_first[seq[0]].add(seq[1:])
    branches = [first + _token_trie(rests) for first, rests in sorted(by_first.items())]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def context_cue_matches(folded: str) -> list[tuple[int, str]]:
    """(start, group name) of every match of context_cues() in folded text, as its finditer finds them."""
    whole, after_non_word = context_cues(), _context_cues_after_non_word()
    if after_non_word is None:
        return [(m.start(), m.lastgroup) for m in whole.finditer(folded)]
    found, position = [], 0
    if m := whole.match(folded):
        found.append((0, m.lastgroup))
        position = m.end() - 1
    while cue := after_non_word.search(folded, position):
        if m := whole.match(folded, cue.start() + 1):
            found.append((m.start(), m.lastgroup))
            position = m.end() - 1  # a cue may start right where one ends
        else:
            position = cue.start() + 1  # only a cue's start, or a non-ASCII letter or digit before it
    return found


def tells_sports_standing(folded: str, start: int, end: int) -> bool:
    """Whether folded[start:end] tells a game's result or a team's standing (SPORTS_STANDING); its words are looked
    for first, as most sentences have none."""
    return any(folded.find(word, start, end) >= 0 for word in SPORTS_STANDING_WORDS) and (
        SPORTS_STANDING.search(folded, start, end) is not None)


def names_index(folded: str, start: int, end: int) -> bool:
    """Whether folded[start:end] names an index or a gauge (INDEX_WORDS), a word of it looked for first."""
    return any(folded.find(word, start, end) >= 0 for word in INDEX_HINTS) and (
        INDEX_WORDS.search(folded, start, end) is not None)


def other_quantity_before(before: str) -> re.Match | None:
    """The cue of another quantity ending `before` (OTHER_QUANTITY_CUES, searched as one: its group names it), the
    search made of the cues whose words `before` holds (OTHER_QUANTITY_CUE_WORDS): the others cannot match."""
    cue_bits = 0
    for word in OTHER_QUANTITY_CUE_WORD.findall(before):
        cue_bits |= OTHER_QUANTITY_CUE_BITS[word]
    pattern = _other_quantity_pattern(cue_bits)
    return pattern.search(before) if pattern else None


@lru_cache(maxsize=256)  # one per set of the 8 cues
def _other_quantity_pattern(cue_bits: int) -> re.Pattern | None:
    """OTHER_QUANTITY_CUES searched as one, of the cues whose bits are set."""
    names = [name for i, name in enumerate(OTHER_QUANTITY_CUES) if cue_bits >> i & 1]
    return re.compile("|".join(f"(?P<{name}>{OTHER_QUANTITY_CUES[name]})" for name in names)) if names else None
