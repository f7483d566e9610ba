"""The vocabulary of survey figures: regular expressions for the words around a number.

Unless marked "raw text", a pattern is matched against `etl.numbers.fold(text)` (lower-cased, same
offsets) without re.IGNORECASE, which is several times slower in Python's `re`. Patterns named
*_BEFORE end with `$` and are searched in the text just before a number; *_AFTER start with `^` and
are matched on the text just after it.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

from etl.textmatch import trie_pattern

POLLSTERS_CSV = Path(__file__).resolve().parent.parent / "data" / "pollsters.csv"

KNOWN_POLLSTERS = (  # unambiguous names only: "Harris" or "Essential" alone would match ordinary news
    "YouGov", "Ipsos", "Gallup", "Pew", "Morning Consult", "Survation", "Opinium", "Savanta", "ComRes", "Redfield",
    "Deltapoll", "Kantar", "Populus", "Panelbase", "Techne", "Forsa", "Infratest", "Emnid", "INSA", "Allensbach",
    "Forschungsgruppe Wahlen", "Ifop", "Elabe", "Quinnipiac", "Marist", "Rasmussen", "SSRS", "NORC", "Angus Reid",
    "Leger", "Léger", "Nanos", "Newspoll", "Roy Morgan", "KIIS", "Levada", "Datafolha", "Lokniti", "CSDS",
    "Eurobarometer",
)
SURVEY_WORDS = (  # election-day and agency senses ("polls closed", "Geological Survey") are left out
    r"(?<!to the )polls?(?!\s+(?:closed|closes?|opened|opens?|closing|opening)\b)|polled|"
    r"polling(?!\s+(?:stations?|day|booths?|places?|centres?|centers?|districts?|officers?|staff|cards?)\b)|"
    r"pollsters?|(?<!geological )(?<!ordnance )surveys?|surveyed|respondents?|questioned|interviewed|"
    r"canvass\w*|focus groups?|opinion research|barometer|voting intentions?|approval ratings?|"
    r"favou?rability|net (?:rating|approval|satisfaction)|those asked|when asked|were asked|asked whether|"
    r"sample of|exit polls?"
)
OPINION_AFTER = re.compile(
    r"^[^.;,!?]{0,60}?\b(?:said|say|says|saying|think|thinks|thought|believe[sd]?|support(?:s|ed)?|oppose[sd]?|"
    r"approve[sd]?|disapprove[sd]?|agree[sd]?|disagree[sd]?|want(?:s|ed)?|favou?r(?:s|ed)?|back(?:s|ed)?|"
    r"prefer(?:s|red)?|expect(?:s|ed)?|feel|feels|felt|consider(?:s|ed)?|would|intend(?:s|ed)?|trust(?:s|ed)?|"
    r"reported|stated|answered|responded|chose|named|cited|rated|view(?:s|ed)?|plan(?:s|ned)?|"
    r"worried|concerned|satisfied|dissatisfied|confident|optimistic|pessimistic|likely to|unsure|undecided)\b"
    r"|^\)?\s*(?:of\s+(?:all\s+|the\s+|those\s+|\w+\s+)?(?:respondents|those|people|voters|adults|participants|"
    r"public|population|electorate|residents|citizens|members|workers|employees|parents|students|women|men|"
    r"households|businesses|firms|companies|owners|users|consumers|customers|supporters|"
    r"[a-z]+(?:ans|ns|ese|ers|ists|ites|ics|oles|ons|ats|ents)|under-\d+s|over-\d+s)\b)"
    r"|^\s*of\s+(?:the\s+)?(?:sample|those\s+(?:polled|surveyed|asked|questioned))",
)
CHANGE_BEFORE = re.compile(
    r"\b(?:rose|risen|rising|rises|increased?|increasing|grown|grew|growing|fell|fallen|falling|falls|"
    r"dropped|dropping|declined?|declining|decreased?|jumped|surged?|climbed|slipped|gained|lost|dipped|"
    r"up|down|lead|gap|margin|ahead|behind|lifting|lifted|shift|swing|narrowed|widened)"
    r"(?:\s+(?:sharply|slightly|significantly|markedly|just|only|almost|nearly|about|around|a\s+whole))*"
    r"(?:\s+(?:by|of))?\s+(?:an?\s+)?$",
)
CHANGE_AFTER = re.compile(
    r"^\s*(?:drop|decline|fall|rise|increase|jump|lead|gap|swing|turnaround|lift|shift|more\s+likely|"
    r"less\s+likely|higher|lower|ahead|behind|up\b|down\b|margin)",
)
DECREASE = re.compile(
    r"\b(?:fell|fallen|falling|falls|dropped|dropping|drop|declined?|declining|decline|decreased?|decrease|"
    r"down|lost|dipped|slipped|lower|reduc\w+|minus|worse)\b",
)
GAP_TO = re.compile(r"\b(?:gap|lead|margin|difference)\b[^.;]{0,40}\bto\s+$")
SHARE_POINTS_BEFORE = re.compile(r"\b(?:at|than|score of|rating of|on)\s+(?:just\s+|only\s+)?$")
MARGIN_BEFORE = re.compile(
    r"(?:margin\s+of\s+(?:sampling\s+)?error|error\s+margin|sampling\s+error|statistical\s+error|"
    r"error\s+of\s+the\s+results|margin\s+of\s+plus|±|\+/-|plus\s+or\s+minus)[^.;]{0,40}$",
)
SAMPLE_AFTER = re.compile(  # raw text: a capitalised plural is a people ("1,000 Britons")
    r"^\s+(?:\w+\s+){0,2}?(?:respondents|people|adults|voters|residents|citizens|participants|interviews|"
    r"households|businesses|firms|companies|members|workers|employees|parents|students|consumers|teenagers|"
    r"children|owners|users|responses|replies|likely\s+voters|registered\s+voters|[A-Z][a-z]+(?:ans|ns|ers|ese|s))\b",
)
SAMPLE_BEFORE = re.compile(
    r"\b(?:poll(?:ed)?|survey(?:ed)?|sample|panel|interviewed|questioned|asked|among|total\s+of|canvassed)"
    r"(?:\s+of)?\s+(?:some\s+|about\s+|around\s+|nearly\s+|more\s+than\s+|over\s+|almost\s+)?$|\bn\s?=\s?$",
)
SAMPLE_CONTEXT = re.compile(
    r"\b(?:poll\w*|survey\w*|interview\w*|questioned|asked|took\s+part|sample\w*|respondents|participat\w*|"
    r"fieldwork|conducted|weighted)\b",
)
NEGATIVE_BEFORE = re.compile(
    r"\b(?:inflation|gdp|gross\s+domestic|unemployment|jobless|interest\s+rates?|base\s+rate|mortgages?|"
    r"bond\s+yields?|turnout|casualt\w+|killed|deaths?|died|dead|wounded|injured|fatalit\w+|mortality|"
    r"efficacy|effective(?:ness)?|discounts?|vat|tax(?:es)?|tariffs?|revenues?|profits?|earnings|sales|"
    r"market\s+share|stake|stocks?|shares\s+(?:rose|fell)|wages?|salar\w+|pay\s+rise|debt|deficit|"
    r"exports?|imports?|occupancy|capacity|probability|odds|humidity|alcohol|yields?|dividends?|"
    r"commission|economy\s+(?:grew|shrank|contracted|expanded)|prices\s+(?:rose|fell|increased)|cents|"
    r"per\s+share|dollars?|pounds|euros|shooting|shot|shots|possession|accuracy|career|season|"
    r"efficiency|conversion|completion|\d+-year\s+(?:high|low)|election\s+results?|ratio|margins|"
    r"s&p|dow|nasdaq|ftse|dax|nikkei|hang\s+seng|won|winning|garnered|secured|captured|(?<!-)incomes?(?!\s+(?:countries|groups?|brackets?|levels?))|economy\s+(?:\w+\s+){0,2}(?:grow|grew|shrink|shrank|"
    r"contract|expand)\w*)\b[^.;]*$"
    r"|\(\s*(?:\w+\s+)?\d{4},\s*$|[$£€¥]\s?\d[^.;]*$",
)
NOT_A_SHARE_AFTER = re.compile(
    r"^\s*(?:off\b|of\s+(?:gdp|the\s+(?:budget|economy|market)|(?:\w+\s+)?(?:territory|land|area))\b|"
    r"of\s+(?:the\s+)?(?:precincts|ballots|votes\s+counted|polling\s+stations)\b|"
    r"(?:inflation|interest|stake|tax|tariff|discount|cut|reduction|threshold|mark|barrier|scale|growth|target|"
    r"forecast|ceiling|cap|limit|efficacy|turnout|unemployment|of\s+the\s+votes|career|shooting)\b|"
    r"(?:[\w-]+\s+)?(?:efficacy|effective|effectiveness|target|threshold|discount|stake|interest|tariff)\b|"
    r"[\w-]+\s+rate\b|"
    r"\(\d+-of-\d+\)|"
    r"(?:rise|increase|hike|cut|reduction|fall|drop|jump|decline)\s+in\s+(?:the\s+)?(?:\w+\s+)?(?:wages?|prices?|"
    r"costs?|rents?|tax\w*|spending|sales|revenues?|profits?|bills?|fares?|rates?|pay|pensions?|benefits?|output|"
    r"production|exports?|imports?|emissions|earnings)\b)",
)
HYPOTHETICAL_BEFORE = re.compile(
    r"\b(?:will|would|could|might|may)\s+(?:be\s+|go\s+|rise\s+|fall\s+)?(?:over|above|below|under|exceed|"
    r"approach|reach|hit|top|surpass)\s+$|\b(?:falls?|fell|dropped|dips?|crossed|passed)\s+(?:below|under|above)\s+$",
)
DEATHS_AFTER = re.compile(r"^[^.;]{0,40}\b(?:perish\w*|died|killed|dead|deaths)\b")
OFFICIAL_SENTENCE = re.compile(
    r"\b(?:(?:unemployment|inflation|interest|jobless|employment|participation|birth|death|mortality|crime|"
    r"growth|exchange|tax|mortgage|poverty|vacancy|savings)\s+rates?|rates?\s+(?:for|of|has|have|was|were|rose|fell)|"
    r"consumer\s+price|gdp|census|official\s+(?:results?|count|figures)|final\s+results|"
    r"(?<!than its )(?<!than the )(?<!above the )(?<!below the )(?<!since the )election\s+results?|"
    r"electoral\s+performance|votes\s+cast|of\s+the\s+votes|seats|"
    r"share\s+of\s+(?:the\s+)?vote|(?:in|at)\s+the\s+(?:\w+\s+){0,2}elections?\s+(?:on|in|of)\b|"
    r"emerged\s+with|labou?r\s+force|participation\s+rate|earnings|revenue|per\s+share|"
    r"win\s+a\s+majority|overall\s+majority|landslide|precincts|ballots\s+(?:cast|counted)|"
    r"won\s+(?:(?=\d)|by|a\s+majority|the\s+(?:election|vote|race|seat))|imf|oecd|world\s+bank|"
    r"central\s+bank|office\s+for\s+budget\s+responsibility)\b",
)
SIGNED_BEFORE = re.compile(  # "(+2)", "from -36 to -44", "a net score of -54", "his rating is -7"
    r"(?:\(|\b(?:from|to|net|at|of|is|was|on|score|rating))\s*$"
)
TABLE_FIGURE_AFTER = re.compile(r"\s*(?:%|\((?:no change|unchanged|[+\-−–]\d))")
CLAUSE_BREAK = re.compile(r"[,;:(]|\band\b")
RESTATED_AFTER = re.compile(r"^[^.;()]{0,40}?[(,]\s*\d+(?:\.\d+)?\s?(?:%|per\s?cent|percent)\s*[),]")
RESTATED_BEFORE = re.compile(r"\bor\s+(?:about\s+|roughly\s+|nearly\s+|almost\s+|around\s+)?$")
TABLE_LINE = re.compile(  # raw text
    r"\W*[A-Za-z][^\n\d]{0,60}?\s[—–:-]\s*$")
LIST_BEFORE = re.compile(r"(?:,|\band|\bwhile|\bwith|\bversus|\bvs\.?|\bcompared\s+(?:with|to)|\bagainst)\s+"
                         r"(?:just\s+|only\s+|another\s+)?$")
LIST_AFTER = re.compile(  # raw text: a lower-case word follows
    r"^\s+(?!(?:years?|months?|weeks?|days?|hours?|minutes?|people|million|billion|thousand|times|seats|"
    r"km|miles|per|percent|points?|countries|states|cities|regions|votes|members|deaths|cases)\b)"
    r"(?:[a-z]+\b|\()",
)
OF_PHRASE = re.compile(  # raw text, for attribution hints
    r"^\s*(of\s+(?:the\s+|those\s+|all\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,5}?)(?=\s+(?:said|say|says|think|believe|"
    r"are|were|who|would|want|support|back|oppose|approve|agree|have|had|do|did|expect|feel|plan|is|was|will|"
    r"favou?r|in|polled|surveyed|asked)\b|[,.;:)]|$)",
    re.I,
)
CLAUSE_END = re.compile(r"[,;.!?)]|\s(?:while|whereas|but|compared|and\s+\d)\b")


# A pollster name is a survey cue only when it cannot name something else in ordinary news:
# statistics offices, universities, newspapers, banks, foundations and think tanks publish polls
# now and then, but are mostly in the news for other things ("a professor at the University of Oxford").
POLLSTER_WORD = re.compile(r"poll|research|opinion|survey|sociolog|barometer|insight|analytic", re.I)
NOT_ONLY_A_POLLSTER = re.compile(
    r"statistic|census|bureau|universit|college|school|shimbun|news|press|bank|foundation|stiftung|institut|"
    r"corporation|council|programme|chamber|confederation|federation|society|fund|house|board|office|"
    r"^(?:ons|bls|rand|undp|anu|iod|bcc|ndi|iri|gmf|nhk|kyodo|lloyds|demos|edelman|ifo|zew|nfib|cbi|fsb)$",
    re.I,
)
NOT_FRACTION_AFTER = re.compile(
    r"^[-\s]+(?:consecutive|straight|successive|time|term|round|place|wave|world|way|party|person|reading|"
    r"century|generation|largest|biggest|quarter|of\s+a\s+(?:year|century|mile|second|point))\b",
)


@lru_cache(maxsize=1)
def survey_cue() -> re.Pattern:
    """Survey words plus pollster names and aliases from data/pollsters.csv (when present)."""
    names = set()
    try:
        with POLLSTERS_CSV.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                for column, cell in row.items():
                    if column and ("name" in column or "alias" in column) and cell:
                        names.update(n.strip() for n in re.split(r"[|;]", cell) if len(n.strip()) >= 3)
    except OSError:
        pass
    names = {n.lower() for n in (*names, *KNOWN_POLLSTERS)
             if POLLSTER_WORD.search(n) or not NOT_ONLY_A_POLLSTER.search(n)}
    return re.compile(rf"\b(?:{SURVEY_WORDS}|{trie_pattern(names)})(?!\w)")


@lru_cache(maxsize=1)
def context_cues() -> re.Pattern:
    """Survey cues (group `survey`) and official-statistics cues (group `official`) in one scan.

    Every cue starts with a letter: `(?=\\w)` rejects the word ends that `\\b` also stops at, before
    the long alternation is tried there.
    """
    survey = survey_cue().pattern.removeprefix(r"\b")
    official = OFFICIAL_SENTENCE.pattern.removeprefix(r"\b")
    return re.compile(rf"\b(?=\w)(?:(?P<survey>{survey})|(?P<official>{official}))")
