"""Detection of survey figures: kinds, values, spans, and the numbers that are not survey figures.

All sentences are written for these tests (no corpus text).
"""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from etl import cues
from etl import extract as extract_module
from etl.attribute import attribute_mentions
from etl.extract import OUTPUT_FIELDS, extract_article, find_mentions
from etl.ingest import Article
from etl.sentences import split_sentences
from etl.textmatch import first_char_alternation, last_token, split_first_char, trie_pattern

ROOT = Path(__file__).resolve().parent.parent
POLL_INTRO = "A new Opinium poll of voters was published on Sunday. "


def figures(text: str, min_confidence: float = 0.5) -> list[tuple[str, float, str]]:
    """(kind, value, value_text) of every mention at or above min_confidence, checking spans on the way."""
    result = []
    for m in find_mentions("t", text):
        assert text[m["start"]:m["end"]] == m["value_text"]
        assert m["sentence_start"] <= m["start"] < m["end"] <= m["sentence_end"]
        if m["confidence"] >= min_confidence:
            result.append((m["kind"], m["value"], m["value_text"]))
    return result


def shares(text: str) -> list[float]:
    return [value for kind, value, _ in figures(text) if kind == "share"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Some 46% of voters said they back the plan.", [46]),
    ("Forty-two percent said the country is on the wrong track.", [42]),
    ("Only four per cent think the war will end this year.", [4]),
    ("Almost one in five respondents said they had skipped a meal.", [20]),
    ("Nine out of ten parents want smaller classes, the survey found.", [90]),
    ("Two-thirds of those polled oppose the new tax.", [66.7]),
    ("A majority (56%) want an early election.", [56]),
    ("Almost a fifth of Leave voters (19pc) now regret it.", [19]),
    ("Support rose from 31% to 38% over the year.", [31, 38]),
    ("Between 40 and 45 per cent of members say they will leave.", [40, 45]),
    ("Labour leads the Conservatives by 44% to 28%, with 9% undecided.", [44, 28, 9]),
    ("Yes leads No among decided voters (52/48).", [52, 48]),
    ("Thirty percent back the mayor, 51 oppose him and 19 are unsure.", [30, 51, 19]),
    ("The cabinet's disapproval rate fell 4 points to 44 percent.", [44]),  # an opinion's rate, no official one
])
def test_shares_in_a_poll_article(sentence, expected):
    assert shares(POLL_INTRO + sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The poll found residents disapprove by 81 to 14 of the new car park.", [81, 14]),
    ("Voters in the survey approve 58 to 37 of the mayor's budget.", [58, 37]),
    ("The poll has the Greens ahead 53-47 on a two-party basis.", [53, 47]),
    ("Ms Lee leads 45-41 in the poll, with the rest undecided.", [45, 41]),
    ("The survey shows the senator trails 44-47 among independents.", [44, 47]),
    ("The poll puts the two leaders level (39/39) among women.", [39, 39]),
    ("In the last poll before the election, Ms Ray leads 48-45 in the suburbs.", [48, 45]),
    ("The poll finds those aged 35 to 54 back the plan 60-30.", [60, 30]),
    ("In the poll the Greens' lead narrowed from 56-44 to 53-47 on preferences.", [56, 44, 53, 47]),
])
def test_a_pair_without_a_unit_in_a_poll_sentence_is_two_shares(sentence, expected):
    assert shares(POLL_INTRO + sentence) == expected


def test_a_pair_without_a_unit_after_a_lead_near_a_poll_is_two_shares():
    text = "The Ipsos poll came out on Monday. Mr Hale is ahead 51-49 after preferences."
    assert figures(text) == [("share", 51.0, "51"), ("share", 49.0, "49")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Liberals are at 33%, the Conservatives at 31, the Bloc at 7 and the Greens at 5.", [33, 31, 7, 5]),
    ("It puts Labour on 38%, the Tories on 24 and the Greens are on 11.", [38, 24, 11]),
    ("The survey puts Labour on 38, Reform UK on 27 and the Lib Dems on 12.", [38, 27, 12]),
    ("The survey has Labour on 38 and the Greens on 12.", [38, 12]),
    ("Labour is on 38%, with the Greens on just 9.", [38, 9]),
])
def test_bare_items_of_a_party_list_are_shares(sentence, expected):
    assert shares(POLL_INTRO + sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Labour is on 38%, and the count starts on Thursday at 9.",  # a time, not a party's figure
    "Labour is on 38%, and the Tories on 24 May were at a low.",  # a date, not a party's figure
    "Labour is on 38, the paper says.",  # one item, and no figure of the sentence is a share
])
def test_numbers_beside_a_party_list_are_not_list_items(sentence):
    assert shares(POLL_INTRO + sentence) == ([38] if "%" in sentence else [])


def test_share_value_qualifier_and_unit():
    text = POLL_INTRO + "More than half of Scots said they would vote Yes."
    (m,) = [m for m in find_mentions("t", text) if m["confidence"] >= 0.5]
    assert (m["kind"], m["value"], m["unit"], m["qualifier"]) == ("share", 50.0, "percent", "more_than")


def test_a_figure_with_its_change_in_brackets_in_running_text():
    text = POLL_INTRO + "Labor's primary vote is 33 (+2), the Coalition's is 37 (no change) and One Nation's 6 (-1)."
    found = figures(text)
    assert [f for f in found if f[0] == "share"] == [("share", 33, "33"), ("share", 37, "37"), ("share", 6, "6")]
    assert ("change", -1, "-1") in found


def test_a_poll_table():
    text = "Latest Newspoll, primary vote:\nLabor — 36 (no change)\nGreens — 12 (+1)\nUndecided — 9%\n"
    found = figures(text)
    assert ("share", 36, "36") in found
    assert ("share", 12, "12") in found
    assert ("change", 1, "+1") in found
    assert ("share", 9, "9%") in found


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Greens are up 5 points since March.", ("change", 5, "5 points")),
    ("Labour opened a 10-point lead in the survey.", ("change", 10, "10-point")),
    ("Trust in the police fell by 3 percentage points.", ("change", -3, "3 percentage points")),
    ("His approval has dropped six points this month.", ("change", -6, "six points")),
    ("The party's net rating is now (-42) in the poll.", ("change", -42, "-42")),
    ("The leader's net satisfaction moved to +2 this week.", ("change", 2, "+2")),
    ("Reform UK is on 12 per cent, up two.", ("change", 2, "two")),
    ("His personal rating is at -38, down from -33.", ("change", -38, "-38")),
    ("The gap between the two parties narrowed to a single percentage point.", ("change", 1,
                                                                                "a single percentage point")),
    ("Backing for the cabinet stood at 31.4%, down 2.3 percentage points from March.",
     ("change", -2.3, "2.3 percentage points")),
    ("Retailers reported a balance of -38% for orders, the weakest since 2020.", ("change", -38, "-38%")),
    ("Her net score among young voters was +7% in the survey.", ("change", 7, "+7%")),
    ("Labour's lead over the Tories is now 5pp.", ("change", 5, "5pp")),
    ("The Tories (27%, -2) trail Labour (44%, +1).", ("change", -2, "-2")),
])
def test_changes_leads_and_net_ratings(sentence, expected):
    assert expected in figures(POLL_INTRO + sentence)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The firm ran a poll of 2,000 adults online.", ("sample_size", 2000, "2,000")),
    ("In all, 804 respondents took part in the survey.", ("sample_size", 804, "804")),
    ("The survey interviewed 1,215 Canadians by phone.", ("sample_size", 1215, "1,215")),
    ("Fieldwork was conducted online among 2,050 UK adults.", ("sample_size", 2050, "2,050")),
    ("The margin of error is ±3.1 points.", ("margin_of_error", 3.1, "3.1 points")),
    ("The sampling error does not exceed 3.6%.", ("margin_of_error", 3.6, "3.6%")),
    ("It has a margin of error of plus or minus 4 percentage points.", ("margin_of_error", 4,
                                                                        "4 percentage points")),
    ("It has a 3.5-point margin of error.", ("margin_of_error", 3.5, "3.5-point")),
    ("The survey has a 3% margin of error.", ("margin_of_error", 3, "3%")),
    ("It has a credibility interval of about 3.5 percentage points.", ("margin_of_error", 3.5,
                                                                      "3.5 percentage points")),
    ("The online poll gathered responses from 3,207 U.S. adults last week.", ("sample_size", 3207, "3,207")),
    ("The broadcaster reached 1,184 people by telephone over the weekend.", ("sample_size", 1184, "1,184")),
])
def test_sample_sizes_and_margins_of_error(sentence, expected):
    assert expected in figures(POLL_INTRO + sentence)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The institute polled 1.200 respondents in late May.", ("sample_size", 1200, "1.200")),
    ("Fieldwork covered 2.034 adults across the country.", ("sample_size", 2034, "2.034")),
    ("Pollsters questioned 12.500 voters by telephone.", ("sample_size", 12500, "12.500")),
])
def test_a_dot_between_thousands_before_people_is_a_sample_size(sentence, expected):
    assert expected in figures(POLL_INTRO + sentence)


def test_a_space_between_thousands_is_read_whole_never_as_its_last_digits():
    found = figures(POLL_INTRO + "A total of 2 500 people took part in the survey.")
    assert found == [("sample_size", 2500, "2 500")]


@pytest.mark.parametrize("sentence", [
    "The index rose to 1.250 points after the poll.",  # no people after it: a decimal, or not a sample
    "The poll asked 1.25 voters per household.",  # two digits after the dot: a decimal
    "About 2.500 people took part in the protest on Sunday.",  # a protest, not a survey sample
])
def test_a_dot_number_without_people_or_three_decimals_is_no_sample_size(sentence):
    assert [f for f in figures(POLL_INTRO + sentence) if f[0] == "sample_size"] == []


@pytest.mark.parametrize("sentence", [
    "The poll's margin of error is between 1.8 and 3.3 percentage points, depending on the question.",
    "Its margin of sampling error ranges from 2.1 to 4.4 points for subgroups.",
])
def test_both_bounds_of_a_margin_of_error_range_are_margins(sentence):
    assert {kind for kind, _, _ in figures(POLL_INTRO + sentence)} == {"margin_of_error"}


@pytest.mark.parametrize("sentence", [
    "The results are accurate to within 3 points at a 95% confidence level.",
    "Figures are shown with a 90 per cent confidence interval.",
    "Estimates carry a 95% credible interval of plus or minus 2.8 points.",
    "The study has a confidence level of 95% and a sampling error of 3 points.",
])
def test_a_confidence_level_is_not_a_share(sentence):
    assert [f for f in figures(POLL_INTRO + sentence) if f[0] == "share"] == []


@pytest.mark.parametrize("sentence", [
    "The 64-year-old minister was born in 1961 and first elected in 1997.",
    "The main share index jumped 250 points after the announcement.",
    "About 45,000 people took part in the protests across the country on Saturday.",
    "The exit poll projects the Liberal Democrats on 61 (+53) seats.",
    "Labour won the seat by a 5-point margin in 2019.",
    "Some 2,300 people participated in a march in the capital.",
    "The home side scored 112 points in the final.",
    "The scheme will cost £4.5bn, or about $5.6 billion, by 2030.",
    "Inflation rose to 4.5% in March, the statistics office said.",
    "The economy grew 0.3% in the first quarter, while GDP per head fell 1.2%.",
    "The unemployment rate stayed at 3.9 percent in September.",
    "The central bank raised interest rates to 5.25% on Thursday.",
    "Turnout was 67% in the 2019 general election.",
    "In the federal election the party won 28.5% of the vote and 120 seats.",
    "At least 30 people were killed and 5% of the village was destroyed.",
    "The vaccine showed 90.4% efficacy in the trial.",
    "Shoppers can get 30% off all coats this weekend.",
    "The striker converted 80% (4-of-5) of his penalties this season.",
    "Her approval rating will exceed 50% if the trend holds.",
    "Backing for the ruling party has slipped below 40% for the first time.",
    "The S&P 500 lost 1.4% and the Dow fell 0.9% on Friday.",
    "The new jab was 76% effective against severe illness.",
    "Hospital admissions rose 18.8% last week.",
    "A ticket now costs $120, a 50% increase on last year.",
    "The plan includes a 6.7% rise in the minimum wage.",
    "The Paris goal requires emissions to fall 43% by 2030.",  # a relative change of a quantity
])
def test_numbers_that_are_not_survey_figures(sentence):
    assert figures(POLL_INTRO + sentence) == []


def test_article_without_a_poll_yields_nothing():
    text = ("Shares in the retailer rose 7% after it reported sales up 4.1 percent to $2.3 billion.\n"
            "The company, founded in 1985, employs 12,000 people in 14 countries and cut prices by 10%.\n"
            "Half of its stores will be refurbished in the second half of the year.")
    assert figures(text, min_confidence=0.5) == []


def test_empty_and_numberless_articles():
    assert find_mentions("e", "") == []
    assert find_mentions("e", "Voters went to the polls on a rainy day.") == []


def test_offsets_survive_odd_line_breaks_and_abbreviations():
    text = "Dr. Smith's U.S. survey,\nreleased on Monday, found\n48% of adults\nsupport the plan."
    (m,) = [m for m in find_mentions("t", text) if m["confidence"] >= 0.5]
    assert text[m["start"]:m["end"]] == "48%"
    assert "48%" in text[m["sentence_start"]:m["sentence_end"]]


def test_split_sentences_keeps_offsets_and_skips_abbreviations():
    text = "Mr. Brown met Dr. Lee in the U.S. on Monday. \"It went well,\" he said! Then 45% agreed.\nNew line here"
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == [
        "Mr. Brown met Dr. Lee in the U.S. on Monday.", "\"It went well,\" he said!", "Then 45% agreed.",
        "New line here"]
    assert split_sentences("  \n \n") == []


def test_a_country_s_initials_end_a_sentence_before_a_word_that_opens_one():
    text = "Support is 41% in the U.S. Another 12% are unsure. The U.S. 10-year yield and U.S. adults are no end."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Support is 41% in the U.S.", "Another 12% are unsure.",
        "The U.S. 10-year yield and U.S. adults are no end."]


def test_split_sentences_gives_a_fresh_list_each_call():
    text = "One poll came out. Another followed."
    split_sentences(text).append((0, 1))
    assert split_sentences(text) == [(0, 18), (19, 36)]


CUE_TEXT = (
    "The polls closed at ten. A YouGov poll and an Ipsos MORI survey, unlike the Geological Survey, found "
    "the unemployment rate rose; in the general election on Thursday the party won by 5 seats. Those asked "
    "about the exit polls and polling stations said the pollsters' election results beat the "
    "consumer price index. Than the election results, the opinion research and favourability ratings mattered."
)


def test_context_cues_find_what_the_plain_alternation_finds():
    """The first-letter grouping is only for speed: same matches, same kinds as the plain pattern."""
    survey = cues.survey_cue().pattern.removeprefix(r"\b")
    official = cues.OFFICIAL_SENTENCE.pattern.removeprefix(r"\b")
    plain = re.compile(rf"\b(?:(?P<survey>{survey})|(?P<official>{official}))")
    text = CUE_TEXT.lower()
    found = [(m.span(), m.lastgroup.split("_")[0]) for m in cues.context_cues().finditer(text)]
    assert found == [(m.span(), m.lastgroup) for m in plain.finditer(text)]
    assert {kind for _, kind in found} == {"survey", "official"}


@pytest.mark.parametrize("text", [
    "support had risen sharply by ", "backing was down ", "it would be above ", "fell below ", "with a ",
    "the margin of error is plus or minus ", "sampling error of ", "a survey of ", "dead heat at ",
    "rates will reach ", " after 12 people died in the floods", " who were killed", " of voters",
    "a credibility interval of about ", "the margin of error is between 1.4 and ", "a confidence level of ",
    "the union is asking for ", "a setup ", "prices went (up ", "they cut", "it would top-", "x/by ", "",
])
def test_gated_cues_find_what_their_patterns_find(text):
    for gated in (cues.CHANGE_BEFORE, cues.HYPOTHETICAL_BEFORE, cues.MARGIN_BEFORE, cues.CONFIDENCE_LEVEL_BEFORE,
                  cues.NOT_A_SHARE_BEFORE):
        assert bool(gated.search(text)) == bool(gated.pattern.search(text))
        assert bool(gated.search(text, last_token(text))) == bool(gated.pattern.search(text))
    assert bool(cues.DEATHS_AFTER.match(text)) == bool(cues.DEATHS_AFTER.pattern.match(text))


def test_a_decimal_point_does_not_end_the_reach_of_a_non_survey_word():
    assert cues.negative_before("inflation was 2.5 percent in may and ")
    assert not cues.negative_before("inflation was high. now ")


def test_first_char_alternation_matches_what_the_plain_alternation_matches():
    branches = ["polls?", "(?<!geological )surveys?", "pollsters?", "seats", "p(?=ost)"]
    grouped = re.compile(r"\b" + first_char_alternation([split_first_char(b) for b in branches]))
    plain = re.compile(r"\b(?:" + "|".join(branches) + ")")
    text = "polls, pollsters; a geological survey, surveys, seats and a post"
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_last_token_is_the_last_whitespace_separated_token():
    assert [last_token(t) for t in ("rose by ", "rose by", " (up ", "", "   ")] == ["by", "by", "(up", "", ""]


def test_trie_pattern_matches_exactly_the_words():
    pattern = re.compile(rf"\b(?:{trie_pattern(['poll', 'polls', 'pollster', 'ipsos', 'ipsos mori'])})\b")
    assert [m.group() for m in pattern.finditer("ipsos mori polls; a pollster; polling; ipsos")] == [
        "ipsos mori", "polls", "pollster", "ipsos"]


def test_extract_article_output_fields():
    article = Article(id="a1", text=POLL_INTRO + "Some 61% of voters said they trust the leader.")
    (citation,) = [c for c in extract_article(article) if c["confidence"] >= 0.5]
    assert set(OUTPUT_FIELDS) - {"survey_id", "question_id", "figure_id"} <= set(citation)
    assert citation["extractor_version"]
    assert 0 <= citation["confidence"] <= 1


def test_extract_article_with_a_threshold_keeps_the_same_citations():
    article = Article(id="a1", text=POLL_INTRO + "Some 61% of voters said they trust the leader. "
                                                 "Inflation rose 3% last year.")
    every = extract_article(article)
    kept = extract_article(article, min_confidence=0.5)
    assert len(kept) == 1 < len(every)
    assert kept == [c for c in every if c["confidence"] >= 0.5]


def test_an_article_with_nothing_to_keep_is_not_attributed(monkeypatch):
    def fail(*args):
        raise AssertionError("attribution ran")

    monkeypatch.setattr(extract_module, "attribute_mentions", fail)
    article = Article(id="a1", text="Inflation rose 3% last year.")
    assert find_mentions("a1", article.text)  # a mention, but a weak one
    assert extract_article(article, min_confidence=0.5) == []


def test_mentions_below_the_threshold_are_not_attributed_but_still_lend_their_words():
    text = "A YouGov poll was out on Monday. In all, 31% of men and 25% of women said they trust the new mayor."
    men, women = find_mentions("t", text)
    every = attribute_mentions(Article(id="t", text=text), [men, women])
    (kept,) = attribute_mentions(Article(id="t", text=text), [men, {**women, "confidence": 0.2}], 0.5)
    assert kept == every[0]
    assert kept["statement"] == "trust the new mayor"  # the words after the 25%


# --- the command line, end to end ---------------------------------------------------------------

def run_cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "etl", "extract", *args], cwd=ROOT, capture_output=True,
                          text=True, input=stdin, timeout=120)


GOOD = {"id": "good", "title": "Poll", "text": POLL_INTRO + "Some 61% of voters said they trust the leader."}


@pytest.fixture
def bad_inputs(tmp_path):
    jsonl = tmp_path / "batch.jsonl"
    jsonl.write_text("\n".join([
        json.dumps(GOOD),
        "{not json",
        json.dumps({"id": "empty", "text": "   "}),
        json.dumps({"id": "huge", "text": "x " * 2_600_000}),
    ]) + "\n", encoding="utf-8")
    undecodable = tmp_path / "latin.txt"
    undecodable.write_bytes("Caf\xe9 poll: 45% said yes".encode("latin-1"))
    bodyless = tmp_path / "empty.html"
    bodyless.write_text("<html><head><title>Nothing</title></head></html>", encoding="utf-8")
    text_file = tmp_path / "story.txt"
    text_file.write_text("Title: A story\nURL: https://example.org/s\n\n" + GOOD["text"], encoding="utf-8")
    return tmp_path, jsonl, undecodable, bodyless, text_file


def test_cli_reports_each_bad_input_and_extracts_the_rest(bad_inputs):
    folder, jsonl, undecodable, bodyless, text_file = bad_inputs
    result = run_cli(str(jsonl), str(undecodable), str(bodyless), str(text_file), str(folder / "missing.jsonl"))
    assert result.returncode == 2
    errors = result.stderr.splitlines()
    assert any(f"{jsonl}:2:" in line and "malformed JSON" in line for line in errors)
    assert any(f"{jsonl}:3:" in line and "no text" in line for line in errors)
    assert any(f"{jsonl}:4:" in line and "characters" in line for line in errors)
    assert any(str(undecodable) in line and "UTF-8" in line for line in errors)
    assert any(str(bodyless) in line and "no article text" in line for line in errors)
    assert any("missing.jsonl" in line and "no such file" in line for line in errors)
    assert "Traceback" not in result.stderr
    citations = [json.loads(line) for line in result.stdout.splitlines()]
    assert {c["article_id"] for c in citations} == {"good", "story"}
    assert all(c["value"] == 61 and c["kind"] == "share" for c in citations)
    assert list(citations[0]) == list(OUTPUT_FIELDS)


def test_cli_reads_an_html_page_without_its_comments(tmp_path):
    page = tmp_path / "story.html"
    page.write_text(
        "<!doctype html><html><head><meta charset='utf-8'><title>Trust poll</title></head><body>"
        "<nav><a href='/'>Home</a></nav><article><h1>Trust poll</h1>"
        f"<p>{GOOD['text']}</p><p>The survey of 2,000 adults was carried out online last week, the company said "
        "in a statement on its website.</p></article>"
        "<div class='comments'><p>Comment: I think 99% of this is nonsense, and 80% of polls are wrong.</p></div>"
        "<footer>Example News</footer></body></html>", encoding="utf-8")
    result = run_cli(str(page))
    assert result.returncode == 0, result.stderr
    found = [(c["kind"], c["value"]) for c in map(json.loads, result.stdout.splitlines())]
    assert found == [("share", 61), ("sample_size", 2000)]


def test_cli_exit_zero_csv_and_min_confidence(tmp_path):
    path = tmp_path / "ok.jsonl"
    path.write_text(json.dumps(GOOD) + "\n", encoding="utf-8")
    result = run_cli(str(path), "--format", "csv")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split(",") == list(OUTPUT_FIELDS)
    assert len(lines) == 2 and "61%" in lines[1]
    assert run_cli(str(path), "--min-confidence", "1.01").stdout == ""


def test_cli_jobs_give_the_same_output(tmp_path):
    path = tmp_path / "many.jsonl"
    path.write_text("".join(json.dumps({**GOOD, "id": f"a{i}"}) + "\n" for i in range(40)), encoding="utf-8")
    one, two = run_cli(str(path)), run_cli(str(path), "--jobs", "2")
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout and len(one.stdout.splitlines()) == 40


def test_cli_survives_a_closed_pipe(tmp_path):
    path = tmp_path / "many.jsonl"
    path.write_text("".join(json.dumps({**GOOD, "id": f"a{i}"}) + "\n" for i in range(3000)), encoding="utf-8")
    pipeline = subprocess.run(
        f"{sys.executable} -m etl extract {path} | head -n 1", shell=True, cwd=ROOT, capture_output=True,
        text=True, timeout=300)
    assert len(pipeline.stdout.splitlines()) == 1
    assert "Traceback" not in pipeline.stderr and "BrokenPipe" not in pipeline.stderr


@pytest.mark.parametrize(("text", "is_cue"), [
    ("a survey of 2,000 adults", True), ("they surveyed 500 voters", True), ("a survey of land owners", True),
    ("those questioned said", True), ("respondents said", True),
    ("a survey of the reef found", False), ("a bird survey counted", False), ("engineers surveyed the site", False),
    ("police questioned 14 men", False), ("14 men were questioned by police", False),
    ("the respondents in the case", False), ("in the assembly polls", False),
])
def test_survey_cues_leave_out_field_legal_police_and_election_senses(text, is_cue):
    assert bool(cues.survey_cue().search(text)) is is_cue
    match = cues.context_cues().search(text)
    assert bool(match and match.lastgroup.startswith("survey")) is is_cue


def test_polled_with_a_percentage_is_an_election_result_not_a_poll():
    assert not cues.survey_cue().search("the party polled 23% in the election")
    assert cues.survey_cue().search("the firm polled 1,000 adults")


@pytest.mark.parametrize("after", [" of Americans", " of Britons", " of Germans", " of Belarusians", " of Democrats",
                                   " of registered voters", " of first-time buyers", " of economists",
                                   " of those polled"])
def test_a_share_of_people_is_recognised(after):
    assert cues.OPINION_AFTER.match(after.lower())  # matched on folded (lower-case) text


@pytest.mark.parametrize("after", [" of trains were cancelled", " of containers were lost", " of its staff",
                                   " of them are based abroad", " of flights left late"])
def test_a_share_of_things_is_not_taken_for_a_share_of_people(after):
    assert not cues.OPINION_AFTER.match(after)
    assert cues.OF_NON_PEOPLE_AFTER.match(after)


@pytest.mark.parametrize("before", ["the union is asking for ", "ministers offered ", "the bank cut ",
                                    "it is shedding about ", "nurses want "])
def test_pay_claims_offers_and_cuts_are_not_shares(before):
    assert cues.NOT_A_SHARE_BEFORE.search(before)


# --- fast paths: each must give what the plain regex gives ------------------------------------------
def test_context_cue_matches_are_the_finditer_matches_of_context_cues():
    """The scan that starts at non-word characters finds the same cues, also one right after another."""
    texts = [CUE_TEXT.lower(), "polls poll-polling pollsters", "yougovpoll; survey.survey (those asked)gdp",
             "survey", " census", "the exit polls and the polling stations", "ésurvey; épolls, “polls” é survey"]
    for text in texts:
        expected = [(m.start(), m.lastgroup) for m in cues.context_cues().finditer(text)]
        assert cues.context_cue_matches(text) == expected
    assert cues.context_cue_matches("survey") == [(0, cues.context_cues().match("survey").lastgroup)]


@pytest.mark.parametrize("before", [
    "the income tax ", "a syntax of ", "taxes rose by ", "interest rates of ", "interest of ", "base rate of ",
    "per share of ", "per cent and ", "a 10-year high of ", "the casualties: ", "salaries grew ", "won by ",
    "wonder if ", "gross domestic product fell ", "(survey 2021, ", "$3 and ", "the s&p rose ", "of those asked, ",
    "middle-income countries ", "low-incomes at ", "economy has been growing at ", "hang seng down ",
    "election results show ", "the election saw ", "pay rise of ", "they pay ",
    "inflation at ", "gdp; then ", "(2021, ", "x-income of ", "post-2020-year high of ", "_tax of ", "étax of ",
    "’tax of ", "deaths.5 and ", "£", "rates (survey 2019,  ",
])
def test_negative_before_gate_agrees_with_the_pattern(before):
    assert cues.negative_before(before) is bool(cues.NEGATIVE_BEFORE.search(before))


@pytest.mark.parametrize("money", ["costs 40 million euros", "costs £1.4bn", "costs $300"])
def test_a_sentence_about_money_without_a_poll_cue_lowers_confidence(money):
    """The money test runs once per sentence, behind a test for currency signs and words."""
    def confidence(text: str) -> float:
        return next(m["confidence"] for m in find_mentions("t", text) if m["value_text"] == "40%")

    plain = confidence("Some 40% of voters back the scheme, which is large.")
    assert confidence(f"Some 40% of voters back the scheme, which {money}.") == pytest.approx(plain - 0.3)


@pytest.mark.parametrize("after", [
    " off the bill", " of gdp", " of the votes cast", " inflation", " a year target", " growth target",
    " interest rate", " mortgage rate was", " (13-of-23)", " rise in rents", " cut", " of voters", " said so",
    "", "  ", " the effectiveness", " tariffs", " of its exports", " jump in the polls", " reduction in pay",
])
def test_not_a_share_after_gate_agrees_with_the_pattern(after):
    assert cues.not_a_share_after(after) is bool(cues.NOT_A_SHARE_AFTER.match(after))


@pytest.mark.parametrize("before", ["tax of ", "inflation of ", "per share, ", "syntax ", "wages,"])
def test_negative_gate_finds_a_word_at_the_start_or_cut_short(before):
    assert cues.negative_before(before) is bool(cues.NEGATIVE_BEFORE.search(before))


def test_cue_lookbehinds_still_apply_after_the_first_letters():
    text = ("the assembly polls and by-polls, a bird survey and the ordnance survey; detectives interviewed him "
            "and police questioned her; a poll, a survey, 40 interviewed, those questioned")
    found = [text[start:start + 12] for start, kind in cues.context_cue_matches(text) if kind.startswith("survey")]
    assert found == ["poll, a surv", "survey, 40 i", "interviewed,", "questioned"]


def test_a_run_of_line_breaks_is_one_boundary():
    text = "First line.\n\n\nSecond one\n \nThird  "
    assert [text[s:e] for s, e in split_sentences(text)] == ["First line.", "Second one", "Third"]


# --- QA round 3: polls from Asia, Africa and Oceania, indexes and net ratings ---------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Her net satisfaction rating fell to +14 from +29 in June.", [("change", 14.0, "+14"), ("change", 29.0, "+29")]),
    ("The governor's net rating dropped to plus 8 this month.", [("change", 8.0, "plus 8")]),
])
def test_a_level_written_with_its_plus_sign_is_not_turned_into_a_fall(sentence, expected):
    assert figures(POLL_INTRO + sentence) == expected


def test_up_a_number_to_a_share_is_a_change_and_a_share():
    assert figures(POLL_INTRO + "The Greens are up one to 14 per cent, Labour down two to 30%.") == [
        ("change", 1.0, "one"), ("share", 14.0, "14 per cent"), ("change", -2.0, "two"), ("share", 30.0, "30%")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Resolve poll came out on Monday. After preferences, the Greens lead the Liberals 53-47, unchanged since May.",
     [("share", 53.0, "53"), ("share", 47.0, "47")]),
    ("The Resolve poll came out on Monday. Ms Ray leads Mr Cole as preferred premier 44-35.",
     [("share", 44.0, "44"), ("share", 35.0, "35")]),
    ("The Resolve poll came out on Monday. The home side led the Lions 55-45 at half-time.", []),
])
def test_a_pair_after_a_lead_over_a_named_rival_near_a_poll(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("sentence", [
    "We can say with 95 percent confidence that the results are within 3 points.",
    "The pollster is 95 per cent confident that its figures hold.",
])
def test_a_stated_level_of_confidence_is_not_a_share(sentence):
    assert [f for f in figures(POLL_INTRO + sentence) if f[0] == "share"] == []


def test_a_response_rate_is_not_a_share_of_respondents():
    text = POLL_INTRO + "The firm phoned 2,000 people, and 1,150 of them, or 57.5 percent, gave answers."
    assert [f for f in figures(text) if f[0] == "share"] == []
    answered = POLL_INTRO + "Asked about it, 57 percent responded that they agree."
    assert ("share", 57.0, "57 percent") in figures(answered)


def test_a_sample_of_people_described_by_several_words():
    text = POLL_INTRO + "It ran phone interviews of 1,000 randomly selected phone-owning Kenyans aged 18 and over."
    assert ("sample_size", 1000.0, "1,000") in figures(text)


def test_a_share_of_people_is_an_answer_despite_a_non_survey_word_before_it():
    text = POLL_INTRO + "The share of households expecting higher unemployment next year fell to 29%, the survey found."
    assert figures(text) == [("share", 29.0, "29%")]
    # without the share of people, the word still makes an official figure of it
    assert figures(POLL_INTRO + "Unemployment fell to 4.1% in June, the statistics office said.") == []


def test_a_change_in_percent_in_brackets_after_a_share_is_a_change_in_points():
    text = ("The Resolve poll came out on Monday. Primary support: Labor 33% (up 1%), Greens 12% (down 0.5%), "
            "others 9% (unchanged).")
    assert figures(text) == [("share", 33.0, "33%"), ("change", 1.0, "1%"), ("share", 12.0, "12%"),
                             ("change", -0.5, "0.5%"), ("share", 9.0, "9%")]


def test_an_answer_mentioned_by_a_share_is_a_share_despite_a_non_survey_word():
    text = ("The Ipsos poll came out on Monday. Prices were the top worry. Unemployment was mentioned by 21 per cent, "
            "while corruption came third at 9 per cent.")
    assert figures(text) == [("share", 21.0, "21 per cent"), ("share", 9.0, "9 per cent")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("It was conducted with a cross-section of 1,697 Australian electors.", [("sample_size", 1697.0, "1,697")]),
    ("An opinion poll of 1.2 lakh voters puts the ruling party ahead.", [("sample_size", 120000.0, "1.2 lakh")]),
    ("The state has 9.7 crore voters and 1.6 lakh polling stations.", []),  # counts, not a sample
    ("The country has 33 million voters and 160,000 polling stations, the poll body said.", []),
])
def test_samples_of_electors_and_in_lakhs_but_not_an_electorate(sentence, expected):
    assert [f for f in figures(POLL_INTRO + sentence) if f[0] == "sample_size"] == expected


@pytest.mark.parametrize("sentence", [
    "The survey covered 1,204 adults. The maximum size of the error with a probability of 95% does not exceed 2.9%.",
    "The survey covered 1,204 adults. Error of representativeness with a confidence probability of 0.95: "
    "no more than 2.9%.",
    "The survey covered 1,204 adults. The theoretical error of the sample does not exceed 2.9%.",
])
def test_margin_of_error_in_translated_methodology_notes(sentence):
    assert ("margin_of_error", 2.9, "2.9%") in figures(sentence)


def test_a_share_ahead_of_a_vote_is_no_lead():
    assert figures("Pollster: the ruling party at 44 percent ahead of the March vote") == [
        ("share", 44.0, "44 percent")]


def test_a_number_in_a_party_name_is_no_sample():
    found = figures("In the Norstat survey of 2,000 people, Reform, Eesti 200 and the Greens are backed by "
                    "31 percent of respondents.")
    assert [(kind, value) for kind, value, _ in found] == [("sample_size", 2000.0), ("share", 31.0)]


def test_currency_moves_beside_a_poll_are_not_shares():
    text = ("A Levada poll of 1,600 people found 52% back talks. Over the month, the ruble weakened by 9%, "
            "the central bank said.")
    assert shares(text) == [52.0]


def test_a_change_less_than_an_earlier_wave_is_negative():
    text = "A CBOS survey found 4.5% back the idea. This is 1.5 p.p. less than in the previous wave."
    assert ("change", -1.5, "1.5 p.p.") in figures(text)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Support for the Greens drops one point to 11 per cent.",
     [("change", -1.0, "one point"), ("share", 11.0, "11 per cent")]),
    ("Approval stood at 44 per cent, a dip of three percentage points.",
     [("share", 44.0, "44 per cent"), ("change", -3.0, "three percentage points")]),
    ("The Greens opened a six-point lead as the Liberals slumped to 20 per cent.",
     [("change", 6.0, "six-point"), ("share", 20.0, "20 per cent")]),
    ("Backing for the levy is 38%, a fall of four percentage points since spring.",
     [("share", 38.0, "38%"), ("change", -4.0, "four percentage points")]),
    ("Backing for the levy is 38%, an 11-point fall since spring.",
     [("share", 38.0, "38%"), ("change", -11.0, "11-point")]),
    ("Backing for the levy stood 11 points up in the fall.", [("change", 11.0, "11 points")]),
])
def test_present_tense_and_noun_decreases_give_the_sign_but_not_to_a_lead(sentence, expected):
    assert figures(POLL_INTRO + sentence) == expected


def test_a_point_after_climbing_is_a_change():
    text = POLL_INTRO + "It showed the Greens climbing a point to 13 per cent."
    assert figures(text) == [("change", 1.0, "a point"), ("share", 13.0, "13 per cent")]


def test_rate_as_a_verb_is_an_opinion_not_a_rate():
    text = POLL_INTRO + "Two in five voters rate the council as poor, while 12% rate it as good."
    assert shares(text) == [40.0, 12.0]
    assert shares(POLL_INTRO + "It found a 4% jobless rate among graduates.") == []


def test_the_next_answer_of_a_ranking_in_brackets_is_a_share_despite_a_non_survey_word():
    text = POLL_INTRO + "Housing was named by 31 per cent of voters, followed by inflation (24 per cent)."
    assert shares(text) == [31.0, 24.0]


def test_the_earlier_value_of_a_share_is_a_share_despite_a_non_survey_word_but_not_after_a_statistic():
    text = POLL_INTRO + "Some 33% of farmers say the tariff has hurt them, up from 21% in March."
    assert shares(text) == [33.0, 21.0]
    assert shares("Inflation reached 4.1% in May, up from 3.6% in April.") == []


def test_a_poll_table_line_with_no_change_written_as_zero():
    text = "The latest Newspoll, published on Sunday night:\nPrimary vote\nGRN 13 (0)\nALP 34 (+1)"
    assert shares(text) == [13.0, 34.0]


def test_a_past_election_result_after_a_comma_and_a_threshold_headline_are_not_shares():
    text = ("A new Ipsos poll puts the ruling party on 41%. At the 2019 general election, the party received "
            "47.6% of the vote.")
    assert shares(text) == [41.0]
    assert shares("Premier's party slides below 30% in new Ipsos poll") == []


def test_a_sample_size_written_with_indian_digit_grouping():
    text = POLL_INTRO + "The tracker covered 1,36,410 respondents in all states."
    assert [f for f in figures(text) if f[0] == "sample_size"] == [("sample_size", 136410.0, "1,36,410")]


def test_a_net_rating_written_negative_in_words_is_negative():
    text = POLL_INTRO + "His net popularity was negative 5 percentage points, while trust rose 2 percentage points."
    assert figures(text) == [("change", -5.0, "5 percentage points"), ("change", 2.0, "2 percentage points")]


def test_party_figures_with_no_change_written_nc_and_a_sample_of_acronym_plurals():
    text = POLL_INTRO + "The figures are: Reform 30 (+1), Labour 22 (nc), Conservatives 17 (-1)."
    assert shares(text) == [30.0, 22.0, 17.0]
    text = "The survey found 45% of the 4,702 CEOs surveyed expect lower profits."
    assert [f for f in figures(text) if f[0] == "sample_size"] == [("sample_size", 4702.0, "4,702")]


def test_a_forecast_expected_by_economists_is_not_a_share():
    text = ("Core prices rose 1.8 percent, above the 1.5 percent expected by economists in a Bloomberg poll. "
            "A separate survey found 44 percent of shoppers expect prices to keep rising.")
    assert shares(text) == [44.0]


def test_a_referendum_outcome_beside_a_poll_is_not_a_share():
    text = ("A Norstat poll found 58% of islanders back the new ferry link. In 2019, 64% of voters approved "
            "the bridge plan in a local referendum. The 2011 referendum result - 61 per cent for Yes - is "
            "long forgotten. The mayor's party ended up with 41 per cent of the vote.")
    assert shares(text) == [58.0]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Liberal Democrats are on 13 per cent, +4 since May.", ("change", 4.0, "+4")),
    ("Reform sits on 27%, −3 on last week.", ("change", -3.0, "−3")),
    ("The survey gives the Greens a lead of 5.", ("change", 5.0, "5")),
    ("About 38 por ciento of those asked backed the reform.", ("share", 38.0, "38 por ciento")),
])
def test_changes_and_shares_in_less_common_forms(sentence, expected):
    assert expected in figures(POLL_INTRO + sentence)


def test_a_signed_number_without_a_base_wave_is_still_no_change():
    assert [f for f in figures(POLL_INTRO + "The club finished the season on 61 points, +12 goal difference.")
            if f[0] == "change"] == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Net approval: −17 (−2 on January).", ("change", -17.0, "−17")),
    ("The Greens are ahead by 9 on the list vote.", ("change", 9.0, "9")),
    ("The Greens are ahead by nine on the list vote.", ("change", 9.0, "nine")),
])
def test_net_ratings_after_a_colon_and_leads_on_a_question(sentence, expected):
    assert expected in figures(POLL_INTRO + sentence)


@pytest.mark.parametrize("sentence", [
    "Small firms employ 38% of private-sector staff.",
    "Some 88% of A&E patients were seen within four hours in May.",
    "The party needs a swing of 3.5 points to gain the seat.",
    "The party would need a lead of 6.",
])
def test_compositions_records_and_targets_are_no_poll_figures(sentence):
    assert figures(POLL_INTRO + sentence) == []


def test_two_party_preferred_written_2pp_is_no_change_of_two_points():
    """Australian copy abbreviates two-party preferred as "2PP"; lower-case "2pp" stays two percentage points."""
    text = ("The latest Newspoll has Labor ahead 55-45 on a 2PP basis, and Labor's 2PP vote is unchanged. "
            "Labor's primary vote is up 2pp to 33 per cent.")
    found = {(kind, value_text) for kind, _, value_text in figures(text, min_confidence=0.0)}
    assert ("change", "2PP") not in found
    assert ("change", "2pp") in found and ("share", "33 per cent") in found
