"""Number expressions in text → value, exact span and qualifier.

Finds the forms news uses for poll figures: digits and number words ("46%", "Forty-six percent",
"four per cent", "12 pct", "22,4 percent"), ratios ("one in five", "nine out of ten"), fractions ("half", "a third",
"two-thirds", "3/4 of"), ranges and pairs ("2-4%", "between 5% and 8%", "from 57-43 per cent", "(46/43)", "52-48"),
points ("up 5 points", "3pp", "a 10-point lead", "minus 1 point"), signed net ratings ("(+2)", "-42", "-50%"),
and plain counts ("2,000", "1.4 million", "about a thousand").

Public API (stable; other modules may import it):
- `NumberExpr`: value, start, end (offsets into the text passed in), unit, form, qualifier.
  `unit` is "percent" | "points" | "count"; `form` says how it was written ("percent", "points",
  "point_adj" for "10-point", "a_point" for "a (single) point", "ratio", "fraction", "pair" for
  "(46/43)", "versus" for a pair without a unit ("52-48", "86 to 12": unit "count", left to the caller),
  "updown" for "up two", "signed", "bare", "count").
  `qualifier` is "exact" | "approx" | "more_than" | "less_than" | "range".
- `find_numbers(text, start=0, end=None, folded=None) -> list[NumberExpr]`: every expression in
  text[start:end], in text order, spans never overlapping (a range yields one expression per bound).
  Pass `folded=fold(text)` when calling it many times on one text.
- `find_numbers_in(text, spans, folded=None) -> list[list[NumberExpr]]`: the same for each of several
  ordered spans (sentences) in one scan of the text.
- `fold(text) -> str`: text lower-cased with unchanged length, so its offsets are the text's.
- `parse_number(token) -> float | None`: "2,000", "4.5", "twenty-nine", "a thousand", "1.4 million".
- `qualifier_before(text, start) -> str`: the qualifier stated just before an offset ("almost" → approx).
- `NUMBER_WORDS`: the number words recognised (for cheap prefilters).
Everything is regex work (patterns compiled once, some on first use): no per-call imports or slow parsers.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from etl.textmatch import contains_any, last_token, trie_pattern

UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALE_WORDS = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
               "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000,  # Indian English
               "dozen": 12}  # "a dozen points"
FRACTION_WORDS = {
    "half": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4, "fifth": 5,
    "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9,
    "ninths": 9, "tenth": 10, "tenths": 10,
}
# fractions whose word is mostly an ordinal ("a sixth term"): "a sixth" is a share only before "of", a bracket or a verb
# of answering ("a sixth said")
ORDINAL_LIKE_FRACTIONS = ("sixth", "seventh", "eighth", "ninth")
# "every third Ukrainian", "every tenth respondent" (translated press): one in so many, "every second" included
EVERY_FRACTION_WORDS = {"second": 2, **{word: den for word, den in FRACTION_WORDS.items() if den > 2 and
                                        not word.endswith("s")}}
NUMBER_WORDS = frozenset([*UNITS_WORDS, *TENS_WORDS, *SCALE_WORDS, *FRACTION_WORDS])

_UNIT_ALT = "|".join(sorted(UNITS_WORDS, key=len, reverse=True))
_TENS_ALT = "|".join(TENS_WORDS)
WORD_NUM = rf"(?:(?:{_TENS_ALT})(?:[-‐\s](?:one|two|three|four|five|six|seven|eight|nine)\b)?|(?:{_UNIT_ALT}))"
DIGIT_NUM = r"(?:\d{1,2}(?:,\d\d)+,\d{3}(?![\d,])|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"  # 1,52,038: Indian
# who a ratio counts, written between its two numbers ("one voter in five", "one Briton in three", translated copy's
# "one respondent in ten"): people only, so "one game in three" stays a count
RATIO_PEOPLE = (r"(?:respondents?|persons?|people|voters?|adults?|citizens?|residents?|child(?:ren)?|households?|"
                r"famil(?:y|ies)|firms?|compan(?:y|ies)|business(?:es)?|wom[ae]n|m[ae]n|[a-z]+(?:ans?|ons?|ers?|ents?))")
# a decimal read out ("three point one", in transcripts): its digits after "point"
SPOKEN_DECIMAL = r"(?:\spoint(?:\s(?:zero|one|two|three|four|five|six|seven|eight|nine)\b)+)"
NUM = rf"(?:{DIGIT_NUM}|(?<![\w-]){WORD_NUM}\b(?:{SPOKEN_DECIMAL}|\sand\sa\shalf\b)?|a\sdozen\b)"  # "three and a half"

# what a count that could be a year must be followed by to be read as a count: people, up to two words on
YEAR_COUNTED = (r"\s+(?:[\w.'’-]+\s+){0,2}?(?:respondents|people|persons|adults|voters|electors|residents|citizens|"
                r"participants|interviews|households|businesses|firms|companies|members|workers|employees|parents|"
                r"students|consumers|teenagers|children|owners|users|responses|replies|[a-z]+(?:ans|ers|ese|ns|men))\b")
PERCENT_UNIT = (r"(?:\s?%|\s?per\s?cent\b|\s?percent\b|\s?pc\b|\s?pct\b|\s?por\s?ciento\b|\s?pour\s?cent\b|"
                r"\s?prozent\b|\s?procent\b|-per-?cent\b)")  # "45 por ciento", "34,5 pour cent", "26,5 Prozent",
# "21,9 procent": translated wire copy; "48-percent", hyphenated as an adjective is, in copy that uses it as a noun
DIGIT_WORDS = r"(?:zero|one|two|three|four|five|six|seven|eight|nine)"
# not the "point" of a decimal read out ("three point nine"); "Pkt.": German copy
POINTS_UNIT = (rf"(?:\s?%\s?points?\b|\s?percentage[\s-]points?\b|\s?points?\b(?!\s{DIGIT_WORDS}\b)|\s?pts?\b|"
               r"\s?pp(?:ts?)?\b|\s?p\.\s?p\.|\s?pkt\b\.?)")
DASH = r"[-–—‐]"
# what a share's respondents said or did, right after a number read out with no unit: "thirty-nine approve"
ANSWER_VERBS = r"(?:approve|disapprove|agree|disagree|support|oppose|favou?r|say|said|think|want|back)"
POINTS_MARKS = ("point", "pt", "pp", "p.", "pkt")  # what a matched POINTS_UNIT contains and a PERCENT_UNIT does not

# Alternatives are tried left to right at each position; longer, more specific forms come first.
# Matched against lower-cased text (see `fold`) at anchor positions only: every form starts, after
# a character that is neither alphanumeric nor "." or ",", with a digit, a sign or "(" before a digit,
# or one of START_WORDS ("a"/"an" only before a word that can follow it in a form), so one scan for
# those finds every candidate start and few others.
START_WORDS = sorted(NUMBER_WORDS | {"between", "from", "plus", "minus", "a", "an", "up", "down", "every"})
_OTHER_WORDS = [w for w in START_WORDS if w not in ("a", "an")]
_AFTER_ARTICLE = (r"[-\s‐]+(?:hundred|thousand|million|billion|half|third|quarter|fourth|fifth|sixth|seventh|eighth|"
                  r"ninth|tenth|single|dozen|"
                  r"percentage|point)")
ANCHOR_AT = re.compile(  # every branch starts with a literal or a class, which `re` checks cheaply
    r"\d|[(+\-−–](?=\d)|an?(?![a-z])(?=" + _AFTER_ARTICLE + ")|"
    + "|".join(trie_pattern([w for w in _OTHER_WORDS if w[0] == c]) + "(?![a-z])"
               for c in sorted({w[0] for w in _OTHER_WORDS}))
)
# The character before an anchor, scanned for instead of the anchor itself: only non-word characters
# are tried (a class `re` skips ahead to), not every position in the text. The class is written in
# ASCII, which `re` tests faster than `[\W_]`; the non-ASCII letters and digits it lets through are
# dropped by `_anchors`.
ANCHOR_AFTER = re.compile(rf"[^a-zA-Z0-9.,](?={ANCHOR_AT.pattern})")
# The same for a text with non-ASCII characters: a lookbehind drops the non-ASCII letters and digits
# (`[^\W\x00-\x7f]`, the word characters outside ASCII, which `str.isalnum` are) inside `re`, not in a loop.
ANCHOR_AFTER_NON_ASCII = re.compile(rf"[^a-zA-Z0-9.,](?={ANCHOR_AT.pattern})(?<![^\W\x00-\x7f])")
# One regex per form, tried in this order; NUM1 stands for the number a form starts with.
_FORMS = {
    "range": r"""(?P<range>(?:(?P<rkw>between|from)\s+)?
        (?P<r1>NUM1)(?P<ru1>PERCENT_UNIT)?\s*(?P<rsep>DASH|\bto\b|\band\b|\bor\b)\s*
        (?P<r2>NUM)(?P<ru2>POINTS_UNIT|PERCENT_UNIT))""",
    "pair": r"(?P<pair>\((?P<p1>DIGIT_NUM)\s?/\s?(?P<p2>DIGIT_NUM)\))",
    # "3/4 of Ukrainians": a small fraction written with a slash, only before "of" (not a date "3/4/2024", a
    # score or a split "50/50"); whether people follow is etl.extract's to decide
    "slashfrac": r"(?P<slashfrac>(?<![\w.,/:£$€-])(?P<sfn>[1-9])/(?P<sfd>10|[2-9])(?=\s+of\s))",
    "versus": r"""(?P<versus>(?<![\w.,/:£$€-])(?P<v1>\d{1,2}(?:\.\d)?)(?:\s?(?:DASH|/)\s?|\s+to\s+)
        (?P<v2>\d{1,2}(?:\.\d)?)(?![\w%/:°-]|[.,]\d|\s(?:hundred|thousand|million|billion)\b))""",
    # the same pair read out in a transcript: "forty-six to forty-four" (no unit; etl.extract decides)
    "wordversus": r"(?P<wordversus>(?<![\w-])(?P<w1>WORD_NUM)\s+to\s+(?P<w2>WORD_NUM)(?![\w-]|\spoint\b))",
    "count": r"(?P<count>(?<![\w.,])(?:(?:NUM1|an?)(?:\s(?:hundred|thousand|million|billion|lakhs?|crores?)\b)"
             # the rest of a number said in words: "one thousand twenty", "a hundred and fifty"
             r"(?:\s(?:and\s)?WORD_NUM(?:\shundred\b)?(?![\w-]))*"
             r"|half\sa\smillion|\d{1,3}(?:,\d{3})+(?!\d|,\d)|\d{1,2}(?:,\d\d)+,\d{3}(?![\d,])"
             # no separator or a space between thousands ("among 1037 residents", "2 011 respondents"), as
             # translated press writes them, four digits that could be a year only before people ("2016
             # respondents", not "in June 2016." or "the 2022 survey"); not a percent or points ("1500%")
             r"|(?:(?!(?:1[89]\d\d|20\d\d|2100)\b)\d{4,6}|\d{4}(?=YEAR_COUNTED)|\d{1,3}(?:[\u0020\u00a0\u202f]\d{3})+)"
             r"(?![\d%]|[.,]\d|\s?(?:per|pc|pct|points?|pts?|pp)\b)))",
    # "one voter in five", "one Briton in three": the people counted may come between the two numbers
    "ratio": r"""(?P<ratio>(?<![\w.,])(?P<rn>NUM1)[-\s]+(?:RATIO_PEOPLE\s+)?
        (?:in(?:[-\s]+every)?|out[-\s]+of(?:[-\s]+every)?|of[-\s]+every)[-\s]+(?P<rd>DIGIT_NUM|WORD_NUM)\b)""",
    "fraction": r"""(?P<fraction>(?<![\w-])(?:(?P<fn>an?|one|two|three|four|five|six|seven|eight|nine|every)[-\s‐])?
        (?P<fd>half|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|second)\b(?![-‐]))""",
    # not "a point of view", unless a gap: "within a point of Labour"
    "apoint": r"""(?P<apoint>\b(?<=within\s)a(?:\s+single)?\s+(?:percentage\s+)?point\b(?=\s+of\b)
        |(?<!tenths\sof\s)(?<!tenth\sof\s)(?<!half\s)\ba(?:\s+single)?\s+(?:percentage\s+)?point\b
        (?P<aphalf>\s+and\s+a\s+half\b)?(?!\s+(?:of|where|when|in\s+time)\b))""",  # not "two tenths of a point"
    # or before the level it leads to: "down two at 27" (not a time: "up 2 at 5pm", "at 10:30")
    "updown": r"""(?P<updown>(?P<dir>up|down)\s(?P<ud>NUM)(?=\s*[.,;)](?!\d)|\s+(?:on|since|from)\b|\s+to\s+\d
        |\s+at\s+\d{1,2}(?:\.\d)?(?!\d|[:.]\d|\s*(?:[ap]\.?m\b|o['’]clock|hours?|minutes?|seats?|points?|goals?|runs?|degrees?))))""",
    "signedpts": r"(?P<signedpts>(?<!or\s)(?<!/)(?P<sign>plus|minus)\s(?P<sn>NUM)(?P<su>POINTS_UNIT)?)",
    "pointadj": r"(?P<pointadj>(?<![\w.,])(?P<an>NUM1)DASH(?:percentageDASH)?point\b)",
    "measure": r"(?P<measure>(?<![\w.,])(?P<mn>NUM1)(?P<dc>,\d{1,2}(?!\d))?(?P<mu>POINTS_UNIT|PERCENT_UNIT))",
    "signed": r"""(?P<signed>(?<![\w.,/])(?P<sg>[+\-−–])(?P<sv>\d{1,3}(?:\.\d+|,\d(?!\d))?)(?:PERCENT_UNIT)?
        (?![\w%/°]|[.,]\d))""",
    # a number word alone, ending its clause or before where or since when: "Labour drops three as Reform gains",
    # "up from seven a week earlier"
    # (a change only after a change word: etl.extract decides)
    "wordbare": r"""(?P<wordbare>(?<![\w-])(?P<wb>WORD_NUM(?:SPOKEN_DECIMAL)?)(?![\w-])
        (?=\s*[.,;:!?)]|\s+(?:in|on|as|since|from|among|with|after|against|amid|while|and|ANSWER_VERBS)\b
        |\s+(?:a|an|one|two|three|four|five|six)\s+(?:weeks?|fortnight|months?|years?)\s+(?:ago|earlier|before)\b))""",
    # a colon after it only before a space: a headline's list "Labour 24, Reform 29: …", not a time "10:30"
    "bare": r"(?P<bare>(?<![\w.,/:£$€-])(?P<bv>\d{1,3}(?:\.\d+)?)(?![\w%/-]|:(?!\s)|[.,]\d))",
}


def _forms_pattern(first_number: str, forms: tuple[str, ...] = tuple(_FORMS)) -> re.Pattern:
    """The alternation of `forms` (in _FORMS order), each starting with `first_number`."""
    body = "|".join(_FORMS[name] for name in _FORMS if name in forms)
    for name, value in (("YEAR_COUNTED", YEAR_COUNTED), ("NUM1", first_number), ("DIGIT_NUM", DIGIT_NUM),
                        ("WORD_NUM", WORD_NUM), ("NUM", NUM), ("RATIO_PEOPLE", RATIO_PEOPLE),
                        ("PERCENT_UNIT", PERCENT_UNIT), ("POINTS_UNIT", POINTS_UNIT), ("DASH", DASH),
                        ("ANSWER_VERBS", ANSWER_VERBS), ("SPOKEN_DECIMAL", SPOKEN_DECIMAL)):
        body = body.replace(name, value)
    return re.compile(f"(?:{body})", re.VERBOSE)


PATTERN = _forms_pattern(NUM)
# PATTERN is tried at an anchor cut down to the forms that can start there (see _pattern_at): every
# branch parses the number again, so each branch left out is work saved.
# At a digit only these forms can start, and a number only as digits, taken whole (an atomic group):
# in these forms a number is never followed by a digit, "," or ".", which is all that giving back
# digits could leave next. Which of them can follow the digits is decided by _digit_forms.
DIGIT_FORMS = ("range", "slashfrac", "versus", "count", "ratio", "pointadj", "measure", "bare")
PATTERN_AT = {"(": _forms_pattern(DIGIT_NUM, ("pair",))} | dict.fromkeys("+-−–", _forms_pattern(DIGIT_NUM, ("signed",)))
# The forms that can start with each anchor word (see _FORMS): "between 5 and 8%" is only a range,
# "up two" only an up/down figure; no form starts with a scale word ("million").
WORD_FORMS = {
    **dict.fromkeys(("between", "from"), ("range",)), **dict.fromkeys(("up", "down"), ("updown",)),
    **dict.fromkeys(("plus", "minus"), ("signedpts",)),
    **dict.fromkeys(("a", "an"), ("count", "fraction", "apoint", "measure")),  # "measure": "a dozen points"
    "every": ("fraction",),
    **dict.fromkeys(SCALE_WORDS, ()), **dict.fromkeys(FRACTION_WORDS, ("fraction",)), "half": ("count", "fraction"),
    **dict.fromkeys([*UNITS_WORDS, *TENS_WORDS],
                    ("range", "wordversus", "count", "ratio", "fraction", "pointadj", "measure", "wordbare")),
}
WORD_AT = re.compile(r"[a-z]+")
# The digits an anchor starts, the spaces after them and the next character: what can follow a
# number decides which forms can start there (see _digit_forms).
DIGIT_HEAD = re.compile(rf"((?>{DIGIT_NUM}))(\s*)(\S?)")
DASHES = ("-", "–", "—", "‐")

FURTHER_BEFORE = re.compile(r"(?:\ba\s+further|\banother)\s+$")  # "a further quarter say", "another fifth"
FOURTH_AFTER = re.compile(r"\s+of\b|\s*\(")
# what people answered, right after a fraction whose "of respondents" is left out: "a sixth said", "a sixth mentioned"
FRACTION_ANSWER_AFTER = re.compile(rf"\s+(?:also\s+)?(?:{ANSWER_VERBS}|says|thinks|wants|backs|supports|opposes|agreed|"
                                   r"mentioned|named|chose|picked|cited|believe[sd]?|expect(?:s|ed)?)\b")
# tenths of a point, as Spanish and Portuguese copy counts a change ("the PP gains eight tenths", "eight tenths more
# than in September", "two tenths less"): after a change verb, or before "more", "less" or "of a point" (folded text)
TENTHS_CHANGE_BEFORE = re.compile(r"\b(?:gain(?:s|ed)?|los(?:es|t)|ris(?:es|en)|rose|f[ae]ll(?:s|en)?|climb(?:s|ed)?|"
                                  r"drop(?:s|ped)?|add(?:s|ed)?|shed(?:s)?|slip(?:s|ped)?|up|down|by)\s+$")
# "half a point more", "half a percentage point less": a change in points
HALF_POINT_AFTER = re.compile(r"\s+a\s+(?:percentage\s+)?point\b(?:\s+(?P<fewer>less|fewer|lower|down)\b)?")
TENTHS_POINTS_AFTER = re.compile(r"\s+(?:(?P<fewer>less|fewer|lower|down)\b|more\b|higher\b|up\b|"
                                 r"(?:of\s+a\s+)?(?:percentage\s+)?points?\b)")
SEPARATORS = re.compile(r"[,\s]")
SPACES = (" ", "\u00a0", "\u202f")
YEAR_BEFORE = frozenset((  # words before a year: a four-digit number after them is no count of people
    "in", "since", "from", "until", "till", "to", "by", "after", "before", "during", "early", "late", "mid", "year",
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january", "february",
    "march", "april", "june", "july", "august", "september", "october", "november", "december", "spring", "summer",
    "autumn", "fall", "winter", "the", "and", "or", "survey", "poll", "study", "census", "election", "elections",
    "barometer", "report", "budget",
))
# a month before a number ("ran Dec. 2 to Dec. 6 and 38 per cent agreed"): the number is a day, not a share
DAY_OF_MONTH_BEFORE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+$")
HALF_NOT_SHARE = re.compile(  # matched on folded text
    r"\b(?:first|second|last|latter|the|top|bottom|upper|lower|other|and\s+a|one\s+and\s+a)\s+$"
)
QUALIFIER_PHRASES = {  # tried in this order: "does not exceed" is less_than, not more_than
    "less_than": ("less than", "under", "below", "fewer than", "at most", "just under", "up to", "not exceed",
                  "no more than", "lower than"),
    "more_than": ("more than", "over", "above", "at least", "upwards of", "in excess of", "just over", "exceeds",
                  "exceed", "greater than", "higher than"),
    "approx": ("almost", "nearly", "about", "around", "approximately", "roughly", "some", "close to", "circa", "c.",
               "approx.", "approx", "an estimated", "estimated"),
}
QUALIFIER_BEFORE = re.compile(
    r"\b(?:"
    + "|".join(f"(?P<{name}>" + "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases) + ")"
               for name, phrases in QUALIFIER_PHRASES.items())
    + r")\s*$"
)
# Every qualifier ends in one of these words, a whole word: a cheap test that spares most regex searches
# (a set look-up of the last token where it is all letters, see etl.textmatch.last_token).
_QUALIFIER_LAST_WORDS = frozenset(p.split()[-1] for phrases in QUALIFIER_PHRASES.values() for p in phrases)
_QUALIFIER_ENDINGS = tuple(sorted(_QUALIFIER_LAST_WORDS))


class NumberExpr(NamedTuple):
    """A number expression (a tuple: a dozen are made per article, and a tuple is made several times
    faster than a frozen dataclass)."""

    value: float
    start: int
    end: int
    unit: str
    form: str
    qualifier: str = "exact"


NEW_TUPLE = tuple.__new__  # NEW_TUPLE(NumberExpr, fields): all six fields, without NamedTuple's slower Python __new__


def parse_number(token: str) -> float | None:
    """Value of a digit or word number ("2,000", "4.5", "twenty-nine", "a thousand", "1.4 million")."""
    digits = token.replace(",", "")
    if digits.replace(".", "", 1).isdecimal():  # most numbers: digits only, the same value as below
        return float(digits)
    whole, half, scale = token.lower().partition(" and a half")
    if half:  # "three and a half", "two and a half million"
        value, factor = parse_number(whole), parse_number(f"a{scale}") if scale.strip() else 1.0
        return None if value is None or factor is None else (value + 0.5) * factor
    words = token.lower().replace("‐", "-").replace(",", "").split()
    if not words:
        return None
    total, current, decimals = 0.0, None, ""
    for word in words:
        for part in word.split("-"):
            if decimals:  # after "point": one digit a word
                if part not in UNITS_WORDS or UNITS_WORDS[part] > 9:
                    return None
                decimals += str(UNITS_WORDS[part])
            elif part == "point":
                decimals = "."
            elif part == "and":
                continue
            elif part in ("a", "an"):
                current = 1.0
            elif part in SCALE_WORDS:
                current = (current if current is not None else 1.0) * SCALE_WORDS[part]
                if SCALE_WORDS[part] >= 1000:
                    total, current = total + current, None
            elif part in UNITS_WORDS or part in TENS_WORDS:
                current = (current or 0.0) + UNITS_WORDS.get(part, TENS_WORDS.get(part, 0))
            else:
                try:
                    current = (current or 0.0) + float(part)
                except ValueError:
                    return None
    return total + (current or 0.0) + (float(decimals) if len(decimals) > 1 else 0.0)


def qualifier_before(text: str, start: int) -> str:
    """'almost'/'more than'/'less than'… in the 25 characters before a number."""
    before = text[max(0, start - 25):start].lower()
    last = last_token(before)
    if not (last in _QUALIFIER_LAST_WORDS if last.isalpha() else before.rstrip().endswith(_QUALIFIER_ENDINGS)):
        return "exact"
    m = QUALIFIER_BEFORE.search(before)
    return m.lastgroup if m else "exact"


@lru_cache(maxsize=8)
def fold(text: str) -> str:
    """Lower-cased text with the same length, so offsets into it are offsets into `text`.

    Detection and attribution both fold each article: the last few results are kept."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(low_ch if len(low_ch := ch.lower()) == 1 else ch for ch in text)


def find_numbers(text: str, start: int = 0, end: int | None = None, folded: str | None = None) -> list[NumberExpr]:
    """Every number expression in text[start:end], in order, with offsets into `text`.

    `folded` is `fold(text)` when the caller already has it (it saves lower-casing per call).
    """
    return find_numbers_in(text, [(start, len(text) if end is None else end)], folded)[0]


def find_numbers_in(text: str, spans: list[tuple[int, int]], folded: str | None = None) -> list[list[NumberExpr]]:
    """`find_numbers` for each of several ordered, non-overlapping spans (sentences), in one scan."""
    low = fold(text) if folded is None else folded
    found: list[list[NumberExpr]] = [[] for _ in spans]
    if not spans:
        return found
    i, position = 0, 0
    for at in _anchors(low, spans[0][0], spans[-1][1]):
        while at >= spans[i][1]:
            i += 1
        if at < spans[i][0] or at < position:
            continue
        pattern = _pattern_at(low, at, spans[i][1])
        m = pattern.match(low, at, spans[i][1]) if pattern else None
        if m:
            found[i].extend(_expressions(m, text))
            position = m.end()
    return found


def _pattern_at(low: str, at: int, end: int) -> re.Pattern | None:
    """PATTERN cut down to the forms that can start at an anchor (None if none can): the same match
    there, with fewer branches to try, each of which would parse the number again."""
    char = low[at]
    if char.isdecimal():  # isdecimal() is `\d`
        head = DIGIT_HEAD.match(low, at, end)
        number, spaces, following = head.groups()
        long = len(number) >= 4 and number.isdecimal() and (
            following.isalpha() or following == "_" or not _year_range(number))
        mark_then = ""  # what follows a comma or dash right after it: "22,4 percent", "2022, when", "56-year-old"
        if not spaces and following in (",", *DASHES):
            after_mark = low[head.end():min(end, head.end() + 4)]
            mark_then = "digit" if after_mark[:1].isdecimal() else "year" if after_mark == "year" else ""
        four_digits = len(number) >= 4 and number[:4].isdecimal()
        return _digit_pattern("," in number, bool(spaces), following, long, four_digits, mark_then)
    if char in PATTERN_AT:
        return PATTERN_AT[char]
    word = WORD_AT.match(low, at, end)
    return _word_pattern(word.group()) if word else PATTERN


@lru_cache(maxsize=64)
def _word_pattern(word: str) -> re.Pattern | None:
    """The pattern of the forms that can start with an anchor word (WORD_FORMS; PATTERN for any other)."""
    forms = WORD_FORMS.get(word, tuple(_FORMS))
    return _patterns_of(NUM, forms) if forms else None


@lru_cache(maxsize=256)
def _digit_pattern(has_comma: bool, spaced: bool, following: str, long: bool = False, four_digits: bool = False,
                   mark_then: str = "") -> re.Pattern | None:
    """The pattern of the forms that can start at a number (see _digit_forms): one per set of forms."""
    forms = _digit_forms(has_comma, spaced, following, long, four_digits, mark_then)
    return _patterns_of(f"(?>{DIGIT_NUM})", forms) if forms else None


def _digit_forms(has_comma: bool, spaced: bool, following: str, long: bool = False, four_digits: bool = False,
                 mark_then: str = "") -> tuple[str, ...]:
    """The forms that can start at a number written in digits, from what each form needs right after
    it: whether the number has a comma, whether spaces follow it, the next character after them
    ("" at the end), whether it is four digits or more without a separator, whether it starts with four
    digits and, after a comma or dash right after it, whether a digit ("digit") or "year" ("year") follows
    that mark. Each test is a necessary condition only; the form's pattern decides."""
    age = not spaced and following in DASHES and mark_then == "year"  # "the 56-year-old", "a 10-year bond"
    possible = {
        "range": (following in ("%", "p", *DASHES) or (spaced and following in ("t", "a", "o"))) and not age,  # 5-8%
        "slashfrac": following == "/" and not spaced and not has_comma,  # 3/4 of
        "versus": (following in ("/", *DASHES) or (spaced and following == "t")) and not age,  # 52-48, 86 to 12
        "count": has_comma or (spaced and following in ("h", "t", "m", "b", "l", "c"))  # 2,000; 4 million; 1.2 lakh
        or long or (spaced and following.isdecimal()),  # 1037 people, 2 011 people
        "ratio": (following == "-" or (spaced and following in ("i", "o"))) and not age,  # 1 in 5, 9 out of 10
        "pointadj": not spaced and following in DASHES and not age,  # 10-point
        "measure": following in ("%", "p") or (not spaced and (  # 46%, 22,4 percent (not "in 2022, when"), 48-percent
            (following == "," and mark_then == "digit") or (following == "-" and not age))),
        # not 5%, 5km; nor four digits: a bare number has at most three before its decimals ("in 2021.")
        "bare": (spaced or not (following in ("%", "/", "-", "_") or following.isalnum())) and not four_digits,
    }
    return tuple(form for form in DIGIT_FORMS if possible[form])


@lru_cache(maxsize=64)
def _patterns_of(first_number: str, forms: tuple[str, ...]) -> re.Pattern:
    """_forms_pattern, compiled once for each set of forms (compiling is slow)."""
    return _forms_pattern(first_number, forms)


def _anchors(low: str, start: int, end: int) -> list[int]:
    """Offsets in [start, end) where a number form can start (see ANCHOR_AT), each after a character
    that is neither alphanumeric nor "." or ","."""
    found = [0] if start == 0 and ANCHOR_AT.match(low, 0, end) else []
    if low.isascii():  # (most texts: then no character before an anchor can be a letter or digit)
        return found + [m.end() for m in ANCHOR_AFTER.finditer(low, max(start - 1, 0), end)]
    return found + [m.end() for m in ANCHOR_AFTER_NON_ASCII.finditer(low, max(start - 1, 0), end)]


def _expressions(m: re.Match, text: str) -> list[NumberExpr]:
    kind = m.lastgroup
    if kind == "range":
        return _range(m, text)
    if kind == "versus":  # "52-48", "86 to 12": no unit; etl.extract decides what the two figures are
        return [NumberExpr(float(m.group("v1")), m.start("v1"), m.end("v1"), "count", "versus"),
                NumberExpr(float(m.group("v2")), m.start("v2"), m.end("v2"), "count", "versus")]
    if kind == "wordversus":
        first, second = parse_number(m.group("w1")), parse_number(m.group("w2"))
        return [] if first is None or second is None else [
            NumberExpr(first, m.start("w1"), m.end("w1"), "count", "versus"),
            NumberExpr(second, m.start("w2"), m.end("w2"), "count", "versus")]
    if kind == "pair":
        return [
            NumberExpr(float(m.group("p1")), m.start("p1"), m.end("p1"), "percent", "pair"),
            NumberExpr(float(m.group("p2")), m.start("p2"), m.end("p2"), "percent", "pair"),
        ]
    qualifier = qualifier_before(text, m.start())
    if kind == "ratio":
        num, den = parse_number(m.group("rn")), parse_number(m.group("rd"))
        if num is None or not den or not 0 < num < den or den > 1000 or num != int(num):
            return []  # "rated 6.1 out of 10": a score; a share of people counts them whole
        return [NumberExpr(round(100 * num / den, 1), m.start(), m.end(), "percent", "ratio", qualifier)]
    if kind == "slashfrac":
        num, den = int(m.group("sfn")), int(m.group("sfd"))
        return [NumberExpr(round(100 * num / den, 1), m.start(), m.end(), "percent", "fraction", qualifier)
                ] if num < den else []
    if kind == "fraction":
        if m.group("fn") == "every":  # folded text: "every third", "every second"
            den = EVERY_FRACTION_WORDS.get(m.group("fd"))
            return [NumberExpr(round(100 / den, 1), m.start(), m.end(), "percent", "fraction", qualifier)
                    ] if den else []
        if m.group("fd") == "second":
            return []  # "one second": a time, not a share
        if m.group("fd").startswith("fourth") and not FOURTH_AFTER.match(m.string, m.end()):
            return []  # "for a fourth meeting": an ordinal; "a fourth of", "three-fourths (74%)" are shares
        if m.group("fd").startswith(ORDINAL_LIKE_FRACTIONS) and m.group("fn") in ("a", "an") and not (
                FOURTH_AFTER.match(m.string, m.end()) or FRACTION_ANSWER_AFTER.match(m.string, m.end())):
            return []  # "a sixth term", "an eighth straight win": ordinals; "a sixth of", "a sixth said" are shares
        den = FRACTION_WORDS[m.group("fd").lower()]
        if den == 10 and m.group("fn") and (tenths := _tenths_of_a_point(m)) is not None:
            return [tenths]
        if den != 2 and not m.group("fn") and not FURTHER_BEFORE.search(m.string, max(0, m.start() - 12), m.start()):
            return []  # "the third quarter": an ordinal, not a fraction; "a further quarter" is one
        if den == 2 and HALF_NOT_SHARE.search(m.string, max(0, m.start() - 12), m.start()):
            return []
        num = parse_number(m.group("fn") or "a")
        if m.group("fd").lower().endswith("s") == (num == 1) and den != 2:
            return []  # "one thirds" / "two third": not a fraction phrase
        if den == 2 and num != 1:
            return []
        if den == 2 and (half_point := HALF_POINT_AFTER.match(m.string, m.end())):  # "half a point more": a change
            value = -0.5 if half_point.group("fewer") else 0.5
            return [NumberExpr(value, m.start(), half_point.end(), "points", "points", qualifier)]
        return [NumberExpr(round(100 * num / den, 1), m.start(), m.end(), "percent", "fraction", qualifier)]
    if kind == "signedpts":
        value = parse_number(m.group("sn"))
        sign = -1 if m.group("sign").lower() == "minus" else 1
        form = "points" if m.group("su") else "signed"  # "minus 1 point" / a net rating "minus 12"
        return [NumberExpr(sign * value, m.start(), m.end(), "points", form, qualifier)]
    if kind == "apoint":  # "a point and a half more" (translated copy): 1.5 points
        return [NumberExpr(1.5 if m.group("aphalf") else 1.0, m.start(), m.end(), "points", "a_point", qualifier)]
    if kind == "updown":  # "on 12 per cent, up two": points, without the word
        value = parse_number(m.group("ud"))
        sign = -1 if m.group("dir") == "down" else 1
        return [] if value is None else [NumberExpr(sign * value, m.start("ud"), m.end("ud"), "points", "updown")]
    if kind == "pointadj":
        return [NumberExpr(parse_number(m.group("an")), m.start(), m.end(), "points", "point_adj", qualifier)]
    if kind == "count":
        written = m.group()
        if len(written) == 4 and written.isdecimal() and _year_like(text, m.start(), written):
            return []
        if not written.isdecimal() and written[-1].isdecimal() and contains_any(written, SPACES):
            written = SEPARATORS.sub("", written)  # "2 011": digits and spaces
        value = 500_000.0 if written.lower().startswith("half") else parse_number(written)
        return [] if value is None else [NEW_TUPLE(NumberExpr, (value, m.start(), m.end(), "count", "count",
                                                                 qualifier))]
    if kind == "measure":
        value = parse_number(m.group("mn")) if not m.group("dc") else _decimal_comma(m.group("mn"), m.group("dc"))
        if value is None:
            return []
        unit = "points" if contains_any(m.group("mu"), POINTS_MARKS) else "percent"  # folded text
        form = "points" if unit == "points" else "percent"
        return [NEW_TUPLE(NumberExpr, (value, m.start(), m.end(), unit, form, qualifier))]
    if kind == "signed":
        sign = 1 if m.group("sg") == "+" else -1
        value = float(m.group("sv").replace(",", "."))  # "(-5,6)": a decimal comma
        return [NumberExpr(sign * value, m.start(), m.end(), "points", "signed", "exact")]
    if kind == "wordbare":
        return [NumberExpr(parse_number(m.group("wb")), m.start(), m.end(), "count", "bare", qualifier)]
    return [NEW_TUPLE(NumberExpr, (float(m.group("bv")), m.start(), m.end(), "count", "bare", qualifier))]


def _tenths_of_a_point(m: re.Match) -> NumberExpr | None:
    """ "eight tenths more than in September", "gains two tenths": a change in points (negative before "less"),
    not a share; None for a share ("three tenths of voters")."""
    after = TENTHS_POINTS_AFTER.match(m.string, m.end())
    tenths = parse_number(m.group("fn"))
    if tenths is None or (after is None and not TENTHS_CHANGE_BEFORE.search(m.string, max(0, m.start() - 12),
                                                                          m.start())):
        return None
    value = tenths / 10 * (-1 if after is not None and after.group("fewer") else 1)
    return NumberExpr(round(value, 1), m.start(), m.end(), "points", "points")


def _year_range(digits: str) -> bool:
    """Four digits that could be a year (1800-2100): a count only before a word (see _FORMS) and not after
    a word that comes before years (see _year_like)."""
    return len(digits) == 4 and "1800" <= digits <= "2100"


def _year_like(text: str, start: int, digits: str) -> bool:
    """ "in 2019 respondents said", "since 1991 people have", "June 6, 2022 voters", "2020-2021 protests": a
    year, not a count, after a word or a day that comes before years."""
    if not _year_range(digits):
        return False
    before = last_token(text[max(0, start - 12):start]).lower().rstrip(",")
    return before in YEAR_BEFORE or (before.isdecimal() and len(before) <= 2) or before.endswith(("-", "–", "/"))


def _decimal_comma(whole: str, decimals: str) -> float | None:
    """ "22,4 percent" (continental style): 22.4; a comma before one or two digits is no thousands separator.
    None after more than three digits ("in 2019,20 percent"), where the comma ends a clause."""
    return float(f"{whole}.{decimals[1:]}") if whole.isdecimal() and len(whole) <= 3 else None


def _range_after_a_date(m: re.Match, text: str) -> list[NumberExpr]:
    """"Dec. 6 and 38 per cent": a day and a share, not a list of two shares; only the second is a number here
    (the day is the fieldwork's, read by etl.dates)."""
    if m.group("rsep").lower() not in ("and", "or"):
        return []  # "Dec 2 to 6 per cent" is no share at all
    unit = "points" if contains_any(m.group("ru2").lower(), POINTS_MARKS) else "percent"
    return [NumberExpr(parse_number(m.group("r2")), m.start("r2"), m.end(), unit,
                       "percent" if unit == "percent" else "points", qualifier_before(text, m.start("r2")))]


def _range(m: re.Match, text: str) -> list[NumberExpr]:
    low, high = parse_number(m.group("r1")), parse_number(m.group("r2"))
    if low is None or high is None:
        return []
    if not m.group("rkw") and DAY_OF_MONTH_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return _range_after_a_date(m, text)
    unit_text = m.group("ru2").lower()
    unit = "points" if contains_any(unit_text, POINTS_MARKS) else "percent"
    keyword = (m.group("rkw") or "").lower()
    listed = m.group("rsep").lower() in ("and", "or") and keyword != "between"  # "68 and 69%": two figures
    is_range = keyword == "between" or (keyword != "from" and not listed and low < high)
    first_qualifier = "range" if is_range else qualifier_before(text, m.start())
    second_qualifier = "range" if is_range else "exact" if listed else first_qualifier
    first_end = m.end("ru1") if m.group("ru1") else m.end("r1")
    form = "percent" if unit == "percent" else "points"
    return [
        NumberExpr(low, m.start("r1"), first_end, unit, form, first_qualifier),
        NumberExpr(high, m.start("r2"), m.end(), unit, form, second_qualifier),
    ]
