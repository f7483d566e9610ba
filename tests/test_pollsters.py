"""data/pollsters.csv structure and the name matcher built from it."""

from __future__ import annotations

import csv
from urllib.parse import urlparse

from etl.pollsters import (
    CAPITALISED_WORD,
    POLLSTERS_CSV,
    PollsterMatcher,
    default_matcher,
    domain_key,
    read_pollsters,
)

ISO_CODES = """
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC
CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD
GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH
KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW
MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC
SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY
UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
"""
ISO_3166_ALPHA2 = frozenset(ISO_CODES.split())


def rows() -> list[dict]:
    with POLLSTERS_CSV.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_csv_has_the_documented_columns_and_enough_rows():
    table = rows()
    assert list(table[0]) == ["name", "aliases", "country", "website"]
    assert len(table) >= 150


def test_names_unique_and_no_alias_claimed_twice():
    claimed: dict[str, str] = {}
    for row in rows():
        for form in [row["name"], *filter(None, row["aliases"].split("|"))]:
            key = form.strip().lower()
            assert key not in claimed, f"{form!r} claimed by {claimed.get(key)!r} and {row['name']!r}"
            claimed[key] = row["name"]


def test_country_codes_are_iso_3166_alpha2():
    bad = [(r["name"], r["country"]) for r in rows() if r["country"] not in ISO_3166_ALPHA2]
    assert not bad


def test_websites_are_well_formed_urls_where_known():
    table = rows()
    unknown = [r["name"] for r in table if not r["website"]]
    assert len(unknown) <= 0.05 * len(table)  # left empty only where the address could not be verified
    for r in table:
        if r["website"]:
            url = urlparse(r["website"])
            assert url.scheme in ("http", "https") and "." in url.netloc and " " not in r["website"], r["name"]


def test_matcher_ignores_case_of_names_but_not_of_acronyms_or_lower_case_words():
    found = default_matcher().find("A Chatham house poll, the KIIS survey, kiis, an essential point.")
    assert [m.pollster.name for m in found] == ["Chatham House", "Kyiv International Institute of Sociology"]


def test_matcher_prefers_the_longest_name_and_joins_punctuated_names():
    text = "Ipsos MORI and Reuters/Ipsos and AP-NORC and Lokniti-CSDS"
    found = default_matcher().find(text)
    assert [(m.pollster.name, text[m.start:m.end]) for m in found] == [
        ("Ipsos MORI", "Ipsos MORI"), ("Ipsos", "Reuters/Ipsos"),
        ("AP-NORC Center for Public Affairs Research", "AP-NORC"), ("Lokniti-CSDS", "Lokniti-CSDS"),
    ]


def test_closest_name_recovers_a_misspelling():
    assert default_matcher().closest("Baltijos Tyrimi").name == "Baltijos Tyrimai"
    assert default_matcher().closest("Completely Unknown Ltd") is None


def test_matcher_is_built_from_any_list():
    pollsters = [p for p in read_pollsters() if p.name == "Forsa"]
    assert [m.pollster.name for m in PollsterMatcher(pollsters).find("Forsa and YouGov")] == ["Forsa"]


def test_domain_key_is_the_distinctive_label_of_an_address():
    assert domain_key("https://news.gallup.com/poll/1") == "gallup"
    assert domain_key("https://www.findoutnow.co.uk/blog/") == "findoutnow"
    assert domain_key("angusreid.org") == "angusreid"
    assert domain_key(None) is None
    assert domain_key("https://ec.europa.eu/eurostat/news") is None  # a host of many bodies names none of them


def test_matcher_finds_names_written_in_capitals_at_any_place_but_not_inside_words():
    text = "YOUGOV FOR THE TIMES: Ipsos-led study; MegaYouGov is no name. (Survation) polled."
    found = default_matcher().find(text)
    assert [(m.pollster.name, text[m.start:m.end]) for m in found] == [
        ("YouGov", "YOUGOV"), ("Ipsos", "Ipsos"), ("Survation", "Survation")]


def test_matcher_accepts_the_capitalised_words_the_caller_already_collected():
    text = "Polling by Opinium and Savanta, not by opinium."
    capitalised = set(CAPITALISED_WORD.findall(text))
    assert default_matcher().find(text, capitalised) == default_matcher().find(text)
    assert [m.pollster.name for m in default_matcher().find(text)] == ["Opinium", "Savanta ComRes"]


def test_matcher_compiles_a_first_word_s_names_only_once_that_word_occurs():
    matcher = PollsterMatcher(read_pollsters())
    assert matcher.compiled == {}
    found = matcher.find("A YouGov poll for the Times.")
    assert [m.pollster.name for m in found] == ["YouGov"]
    written = {word.lower() for word in CAPITALISED_WORD.findall("A YouGov poll for the Times.")}
    assert "yougov" in matcher.compiled and set(matcher.compiled) <= written


def test_latin_american_and_european_pollsters_of_the_qa_round_are_known():
    text = ("Polls by Quaest, AtlasIntel, Enkoll, Invamer, IBRiS, 40dB, Tecne and Verian all agree; "
            "a Genial/Quaest poll, the Atlas Intel tracker.")
    found = [m.pollster.name for m in default_matcher().find(text)]
    assert found == ["Quaest", "AtlasIntel", "Enkoll", "Invamer", "IBRiS", "40dB", "Tecnè", "Verian",
                     "Quaest", "AtlasIntel"]


def test_new_zealand_and_australian_pollsters_of_the_qa_round_are_known():
    text = ("The Talbot Mills poll and a Taxpayers’ Union–Curia poll differ; the Resolve Political Monitor "
            "and Freshwater Strategy agree.")
    found = [m.pollster.name for m in default_matcher().find(text)]
    assert found == ["Talbot Mills Research", "Curia Market Research", "Resolve Strategic", "Freshwater Strategy"]


def test_eastern_european_and_international_pollsters_are_known_by_their_news_names():
    text = ("Surveys by SOCIS, Gradus Research, the Chronicles project, Kantar Emor, Norstat, IMAS, GORBI and "
            "IISEPS; an ECFR study, a Standard Eurobarometer, GLOBSEC Trends and Gallup International.")
    found = [m.pollster.name for m in default_matcher().find(text)]
    assert found == ["SOCIS", "Gradus Research", "Chronicles research project", "Kantar Emor", "Norstat", "IMAS",
                     "GORBI", "IISEPS", "European Council on Foreign Relations", "Eurobarometer", "GLOBSEC",
                     "Gallup International Association"]


def test_new_us_and_uk_pollster_forms_do_not_fall_back_to_shorter_names():
    text = "A Harvard CAPS / Harris poll, a J.L. Partners survey, an IBD/TIPP poll and Selzer & Co. for the paper."
    found = [m.pollster.name for m in default_matcher().find(text)]
    assert found == ["Harvard CAPS/Harris Poll", "JL Partners", "TIPP Insights", "Selzer & Company"]
    assert default_matcher().find("The Chronicles of a quiet town, an essential read.") == []


def test_matcher_reads_a_name_with_a_quoted_word():
    text = 'The Sociological Group "Rating" and the Sociological Group «Rating» polled voters.'
    found = default_matcher().find(text)
    assert [m.pollster.name for m in found] == ["Rating Group", "Rating Group"]


def test_ap_norc_is_its_own_pollster_and_consultancies_are_known_but_no_survey_cue():
    from etl import cues
    text = ("an AP-NORC poll, The Associated Press-NORC Center for Public Affairs Research, a NORC study, "
            "McKinsey's survey and Deloitte's Gen Z Survey")
    assert [m.pollster.name for m in default_matcher().find(text)] == [
        "AP-NORC Center for Public Affairs Research", "AP-NORC Center for Public Affairs Research",
        "NORC at the University of Chicago", "McKinsey & Company", "Deloitte"]
    assert {"deloitte", "mckinsey", "pwc", "kpmg"}.isdisjoint(cues.pollster_names())


def test_a_name_the_list_writes_lower_case_first_is_found_only_as_written():
    found = default_matcher().find("Another poll, by iData, agrees; idata is another word.")
    assert [m.pollster.name for m in found] == ["iData"]


def test_a_lower_case_name_is_found_as_the_list_writes_it():
    found = default_matcher().find("the DeutschlandTrend by infratest dimap; an Infratest dimap poll")
    assert [m.pollster.name for m in found] == ["Infratest dimap", "Infratest dimap", "Infratest dimap"]


def test_business_and_exit_survey_names_written_short_are_found():
    text = "The CBI's trends survey and AP VoteCast, then VoteCast again."
    found = default_matcher().find(text)
    assert [(m.pollster.name, text[m.start:m.end]) for m in found] == [
        ("Confederation of British Industry", "CBI"), ("AP VoteCast", "AP VoteCast"), ("AP VoteCast", "VoteCast"),
    ]


def test_a_brand_and_the_firm_that_runs_it_are_one_pollster_whatever_the_accents():
    """Copy names a poll by its brand ("Newspoll") or by the firm that runs it ("Pyxis Partners"), and writes
    "Léger" for Leger (the firm's own English spelling): one listed pollster each."""
    matcher = default_matcher()
    names = {m.pollster.name for text in ("Pyxis Partners found", "the latest Newspoll", "a Léger poll", "Leger found")
             for m in matcher.find(text)}
    assert names == {"Newspoll", "Leger"}
