"""Attribution on sentences written for these tests: pollster, dates, sponsor, subgroup, sample, statement."""

from __future__ import annotations

import datetime as dt
import re

from etl import attribute as attribute_module
from etl.attribute import ATTRIBUTION_FIELDS, ArticleContext, attribute_mentions
from etl.ingest import Article
from etl.pollsters import default_matcher
from etl.sentences import split_sentences


def attribute(text: str, *values: str, published: str | None = None, title: str | None = None,
              url: str | None = None, outlet: str | None = None) -> list[dict]:
    """Attribute share mentions at the given value texts (each searched after the previous one)."""
    sentences = split_sentences(text)
    mentions, pos = [], 0
    for value_text in values:
        start = text.index(value_text, pos)
        end = start + len(value_text)
        s_start, s_end = next((s, e) for s, e in sentences if s <= start < e)
        number = "".join(c for c in value_text if c.isdigit() or c == ".")
        mentions.append({
            "article_id": "t1", "kind": "share", "value": float(number), "unit": "percent",
            "value_text": value_text, "start": start, "end": end, "sentence_start": s_start,
            "sentence_end": s_end, "qualifier": "exact", "confidence": 0.9,
        })
        pos = end
    article = Article(id="t1", text=text, published=published, title=title, url=url, outlet=outlet)
    return attribute_mentions(article, mentions)


def test_pollster_named_two_sentences_before_carries_over():
    text = ("Opinium interviewed voters across the country last week. Turnout worries were widespread. "
            "Some 41% said they would not vote.")
    (m,) = attribute(text, "41%", published="2023-05-20")
    assert m["pollster"] == "Opinium"


def test_same_poll_refers_to_the_most_recent_pollster():
    text = ("A YouGov poll put the party on 30%. A separate survey by Ipsos found 25% backing the plan. "
            "The same poll found 60% wanted an early election.")
    first, second, third = attribute(text, "30%", "25%", "60%")
    assert first["pollster"] == "YouGov"
    assert second["pollster"] == "Ipsos"
    assert third["pollster"] == "Ipsos"


def test_passing_mention_does_not_replace_the_pollster():
    text = ("The research, carried out by Survation, was released on Monday. A lecturer at the University of "
            "Oxford said the findings were striking. In all, 44% said they trusted local councils.")
    (m,) = attribute(text, "44%")
    assert m["pollster"] == "Survation"


def test_pollster_from_title_then_from_the_pollster_s_own_site():
    (titled,) = attribute("Some 41% of adults approve.", "41%", title="Forsa: support for the coalition slips")
    (own_site,) = attribute("Some 41% of adults approve.", "41%", url="https://news.gallup.com/poll/1/x.aspx")
    (elsewhere,) = attribute("Some 41% of adults approve.", "41%", url="https://example.org/news/1")
    assert titled["pollster"] == "Forsa"
    assert own_site["pollster"] == "Gallup"
    assert elsewhere["pollster"] is None


def test_unknown_pollster_is_kept_as_written():
    (m,) = attribute("A survey by Northfield Analytics found 61% of renters feel insecure.", "61%")
    assert m["pollster"] == "Northfield Analytics"


def test_month_without_year_resolved_against_publication_date():
    text = "The survey was conducted in June. It found 52% opposed the plan."
    (m,) = attribute(text, "52%", published="2022-07-14")
    assert (m["fieldwork_start"], m["fieldwork_end"], m["date_precision"]) == ("2022-06", "2022-06", "month")
    assert m["year_inferred"]  # so linking may still find the year the shares belong to


def test_a_year_the_text_states_is_not_inferred():
    text = "The survey was conducted on June 3-9, 2021. It found 52% opposed the plan."
    (m,) = attribute(text, "52%", published="2022-07-14")
    assert (m["fieldwork_start"], m["year_inferred"]) == ("2021-06-03", False)


def test_december_in_a_january_article_is_the_previous_year():
    (m,) = attribute("A poll carried out in December showed 33% were optimistic.", "33%", published="2023-01-09")
    assert m["fieldwork_start"] == "2022-12"


def test_last_month_and_last_week_are_relative_to_publication():
    (month,) = attribute("The poll, conducted last month, found 47% in favour.", "47%", published="2024-03-02")
    (week,) = attribute("Fieldwork took place last week; 39% backed the strike.", "39%", published="2024-03-05")
    assert month["fieldwork_start"] == "2024-02"
    assert week["fieldwork_start"] == "2024-02"


def test_without_publication_date_a_year_stated_in_the_text_is_used():
    text = "Ministers met in 2021 to discuss it. Polling carried out in May found 58% agreed."
    (m,) = attribute(text, "58%")
    assert m["fieldwork_start"] == "2021-05"


def test_a_weekday_with_a_date_dates_an_undated_article():
    text = ("The talks began in 2021. On Friday, July 8, the minister spoke again. "
            "A poll conducted in June found 43% opposed the deal.")
    (m,) = attribute(text, "43%")
    assert m["fieldwork_start"] == "2022-06"  # 8 July fell on a Friday in 2022, the first such year from 2021


def test_without_any_year_the_fieldwork_stays_unknown():
    (m,) = attribute("Polling carried out in May found 58% agreed.", "58%")
    assert m["fieldwork_start"] is None and m["date_precision"] is None


def test_day_range_gives_start_and_end():
    text = "About 27% backed the treaty. The survey was conducted from March 3 to 9, 2024 among adults."
    (m,) = attribute(text, "27%")
    assert (m["fieldwork_start"], m["fieldwork_end"], m["date_precision"]) == ("2024-03-03", "2024-03-09", "day")


def test_date_next_to_a_value_is_that_value_s_wave():
    text = ("Backing for the scheme fell to 23% in June from 28% in March, according to the survey. "
            "It was conducted from June 6 to 17, 2022.")
    june, march = attribute(text, "23%", "28%", published="2022-07-01")
    assert june["fieldwork_start"] == "2022-06"
    assert march["fieldwork_start"] == "2022-03"


def test_sponsor_named_with_for_and_commissioned_by():
    (observer,) = attribute("A Survation poll for The Observer found 40% backed rejoining.", "40%")
    (trust,) = attribute("The survey, commissioned by the Northfield Trust, found 18% skipped meals.", "18%")
    assert observer["sponsor"] == "The Observer"
    assert observer["pollster"] == "Survation"
    assert trust["sponsor"] == "Northfield Trust"


def test_sponsor_named_after_the_sample_of_a_survey():
    (card,) = attribute("A survey of 2,000 shoppers for Harbourcard found 42% plan to spend less.", "42%")
    assert card["sponsor"] == "Harbourcard"


def test_sponsor_written_in_front_of_the_pollster():
    (slash,) = attribute("The latest Times/YouGov poll puts support at 31%.", "31%")
    (bare,) = attribute("A Guardian Essential poll shows 58% back the target.", "58%")
    assert (slash["sponsor"], slash["pollster"]) == ("Times", "YouGov")
    assert (bare["sponsor"], bare["pollster"]) == ("Guardian", "Essential Research")


def test_subgroup_versus_whole_sample():
    text = "In the Deltapoll survey, 72% of Conservative voters and 55% of Britons backed the cap."
    group, everyone = attribute(text, "72%", "55%")
    assert group["subgroup"] == "Conservative voters"
    assert everyone["subgroup"] is None
    assert everyone["population"] == "Britons"
    assert everyone["geography"] == "GB"


def test_us_and_american_adults_are_the_whole_sample_but_latin_american_adults_a_subgroup():
    text = ("A Marist poll found 41% of U.S. adults, 43% of American adults polled online and "
            "52% of Latin American adults favour a four-day week.")
    us, american, latin = attribute(text, "41%", "43%", "52%")
    assert (us["subgroup"], us["population"]) == (None, "U.S. adults")
    assert american["subgroup"] is None
    assert latin["subgroup"] == "Latin American adults"


def test_sample_size_and_margin_of_error_anywhere_in_the_article():
    text = ("Some 64% of adults want more buses, a Savanta survey shows. "
            "The poll of 2,012 adults has a margin of error of plus or minus 2.2 percentage points.")
    (m,) = attribute(text, "64%")
    assert m["sample_size"] == 2012
    assert m["margin_of_error"] == 2.2


def test_statement_says_what_the_share_said():
    (m,) = attribute("According to Gallup, 38% said they would support a four-day week.", "38%")
    assert "would support a four-day week" in m["statement"]


def test_a_two_party_preferred_sentence_marks_the_question_terms_not_the_statement():
    text = ("Essentials Poll had the Greens on a primary vote of 11%. "
            "After preferences, Labour trails the Liberals 47% to 53% on a two-party preferred basis.")
    primary, labour, liberals = attribute(text, "11%", "47%", "53%", published="2024-03-02")
    assert "two-party-preferred" not in (primary["question_terms"] or "")
    for m in (labour, liberals):
        assert m["question_terms"].endswith("two-party-preferred")
        assert "two-party-preferred" not in (m["statement"] or "")


def test_a_value_compared_from_earlier_this_month_is_an_earlier_wave_of_that_month():
    text = "The Marlow Institute poll found 44% back the levy, up from 41% earlier this month."
    now, before = attribute(text, "44%", "41%", published="2024-05-20")
    assert not now["earlier_wave"]
    assert before["earlier_wave"] and before["fieldwork_start"] == "2024-05"


def test_statement_before_the_value_when_the_value_ends_the_clause():
    (m,) = attribute("The president's approval rating has fallen to 36%, Gallup found.", "36%")
    assert "approval rating has fallen" in m["statement"]


def test_every_field_present_and_input_untouched():
    text = "Around 12% agreed."
    before = {"article_id": "t1", "kind": "share", "value": 12.0, "start": 7, "end": 10,
              "sentence_start": 0, "sentence_end": len(text)}
    snapshot = dict(before)
    (m,) = attribute_mentions(Article(id="t1", text=text), [before])
    assert before == snapshot
    assert all(field in m for field in ATTRIBUTION_FIELDS)
    assert m["pollster"] is None and m["fieldwork_start"] is None and m["sample_size"] is None


def test_undated_article_takes_its_date_from_the_address():
    text = "The survey was conducted in June. It found 52% opposed the plan."
    (slashes,) = attribute(text, "52%", url="https://news.example.com/2022/07/08/poll-story")
    (dashes,) = attribute(text, "52%", url="https://example.com/politics/2022-07-08-poll-story")
    (compact,) = attribute(text, "52%", url="https://example.com/20220708/poll-story-1234567.html")
    (month,) = attribute(text, "52%", url="https://example.com/2023/01/poll-story")
    assert slashes["published"] == dashes["published"] == compact["published"] == "2022-07-08"
    assert slashes["fieldwork_start"] == dashes["fieldwork_start"] == compact["fieldwork_start"] == "2022-06"
    assert month["fieldwork_start"] == "2022-06"  # the latest June before January 2023


def test_an_article_id_in_the_address_is_not_a_date():
    (m,) = attribute("Polling carried out in May found 58% agreed.", "58%", url="https://example.com/news/50255092.html")
    assert m["published"] is None and m["fieldwork_start"] is None


def test_a_year_alone_in_the_address_dates_months_the_text_leaves_without_a_year():
    (m,) = attribute("Polling carried out in May found 58% agreed.", "58%", url="https://example.com/business/2012/")
    assert m["fieldwork_start"] == "2012-05"
    assert m["published"] is None  # a year is not a publication date


def test_a_weekday_dateline_prefers_a_year_the_text_states():
    text = ("Support fell to 23% in June 2022, the pollster said on Friday, July 8. "
            "A separate page lists the best films of 2025.")
    (m,) = attribute(text, "23%")
    assert m["fieldwork_start"] == "2022-06"
    context = ArticleContext(Article(id="t1", text=text))
    assert context.published == dt.date(2022, 7, 8)  # 8 July 2022 was a Friday; 2025's was not


def test_day_ranges_written_between_and_and_after_the_month():
    (between,) = attribute("The poll was conducted between 6 and 17 June; 44% backed the bill.", "44%",
                           published="2022-07-01")
    (after,) = attribute("Pollsters interviewed 900 adults, conducted June 6-17, and 38% agreed.", "38%",
                         published="2022-07-01")
    assert (between["fieldwork_start"], between["fieldwork_end"]) == ("2022-06-06", "2022-06-17")
    assert (after["fieldwork_start"], after["fieldwork_end"]) == ("2022-06-06", "2022-06-17")


def test_this_month_and_earlier_this_year_are_relative_to_publication():
    (month,) = attribute("The survey, carried out this month, found 29% in favour.", "29%", published="2024-05-20")
    (year,) = attribute("Earlier this year a poll conducted by Opinium found 61% agreed.", "61%",
                        published="2024-05-20")
    assert (month["fieldwork_start"], month["date_precision"]) == ("2024-05", "month")
    assert (year["fieldwork_start"], year["date_precision"]) == ("2024", "year")


def test_the_three_months_to_a_month_is_a_quarter():
    text = "The quarterly survey of retailers found 31% expected higher sales in the three months to the end of June."
    (m,) = attribute(text, "31%", published="2019-07-20")
    assert (m["fieldwork_start"], m["fieldwork_end"], m["date_precision"]) == ("2019-04", "2019-06", "month")


def test_a_value_after_a_date_and_when_is_that_date_s():
    text = "Concern has grown since March 2021, when 22% said they worried, the survey found."
    (m,) = attribute(text, "22%", published="2023-06-01")
    assert m["fieldwork_start"] == "2021-03"


def test_two_months_and_two_values_respectively():
    text = "In April and May, approval of the mayor was 35% and 33%, respectively, the poll shows."
    april, may = attribute(text, "35%", "33%", published="2023-06-10")
    assert (april["fieldwork_start"], april["fieldwork_end"]) == ("2023-04", "2023-04")
    assert (may["fieldwork_start"], may["fieldwork_end"]) == ("2023-05", "2023-05")


def test_values_taken_respectively_follow_the_dated_values_before_them():
    text = ("Ipsos found more residents now back the tram extension (61% in May against 57% in February) and "
            "more still want longer opening hours (44% and 40% respectively).")
    may, february, later, earlier = attribute(text, "61%", "57%", "44%", "40%", published="2023-06-10")
    assert (may["fieldwork_start"], february["fieldwork_start"]) == ("2023-05", "2023-02")
    assert (later["fieldwork_start"], later["fieldwork_end"]) == ("2023-05", "2023-05")
    assert (earlier["fieldwork_start"], earlier["fieldwork_end"]) == ("2023-02", "2023-02")

    undated = "Ipsos polled residents on May 3-9, 2023. Men and women back the tram (44% and 40% respectively)."
    men, women = attribute(undated, "44%", "40%", published="2023-06-10")
    assert men["fieldwork_start"] == women["fieldwork_start"] == "2023-05-03"  # no dated values to follow


def test_each_index_is_built_once_per_article_however_many_figures(monkeypatch):
    """Attribution must stay linear in the article's length: the per-article indexes (dates, names,
    sentences) are built once, and each figure only looks them up."""
    paragraph = "A poll by {name} was conducted on May 3-9, 2023. It found {value}% backed the plan.\n"
    names = ["YouGov", "Ipsos", "Opinium", "Survation"]
    text = "".join(paragraph.format(name=names[n % 4], value=10 + n % 80) for n in range(400))
    counts = {"dates": 0, "names": 0, "sentences": 0}
    real_dates, real_sentences = attribute_module.find_dates, attribute_module._sentence_bounds
    real_find = type(default_matcher()).find

    def counting(key, real):
        def wrapper(*args, **kwargs):
            counts[key] += 1
            return real(*args, **kwargs)
        return wrapper

    monkeypatch.setattr(attribute_module, "find_dates", counting("dates", real_dates))
    monkeypatch.setattr(attribute_module, "_sentence_bounds", counting("sentences", real_sentences))
    monkeypatch.setattr(type(default_matcher()), "find",
                        lambda self, t, *rest: counting("names", real_find)(self, t, *rest) if len(t) > 1000
                        else real_find(self, t, *rest))
    values = [f"{10 + n % 80}%" for n in range(400)]
    results = attribute(text, *values)
    assert counts == {"dates": 1, "names": 1, "sentences": 1}
    assert [m["pollster"] for m in results] == [names[n % 4] for n in range(400)]
    assert all(m["fieldwork_start"] == "2023-05-03" for m in results)


def test_each_figure_gets_its_own_clause_group_and_question_terms():
    text = "A Survation poll found 40% of drivers do not want tolls, whereas 32% of cyclists do."
    drivers, cyclists = attribute(text, "40%", "32%")
    assert (drivers["subgroup"], drivers["statement"]) == ("drivers", "do not want tolls")
    assert (cyclists["subgroup"], cyclists["statement"]) == ("cyclists", "want tolls")
    assert "not" not in cyclists["question_terms"].split()


def test_age_bands_are_one_subgroup_however_written():
    text = ("A YouGov poll found 42% of those aged 18 to 24 use the app. "
            "Among 18- to 24-year-olds, 42% use the app, another poll said.")
    first, second = attribute(text, "42%", "42%")
    assert first["subgroup"] == second["subgroup"] == "aged 18-24"


def test_sample_sizes_and_margins_say_what_they_are():
    text = "Some 64% agreed. The YouGov poll of 2,012 adults has a margin of error of 3%."
    mentions = attribute(text, "64%")
    margin = {**mentions[0], "kind": "margin_of_error", "start": text.index("3%"), "end": text.index("3%") + 2}
    (m,) = attribute_mentions(Article(id="t1", text=text), [{k: margin[k] for k in ("article_id", "kind", "value",
                                                                                         "start", "end")}])
    assert (m["statement"], m["question_terms"]) == ("margin of error", "margin_of_error")


def test_a_place_within_the_survey_is_a_subgroup_the_poll_s_own_country_is_not():
    text = "An Ipsos poll of 20 countries found 81% in Spain want lower taxes, against 55% in France."
    spain, france = attribute(text, "81%", "55%")
    assert (spain["subgroup"], france["subgroup"]) == ("Spain", "France")
    assert spain["statement"] == france["statement"] == "want lower taxes"
    (cities,) = attribute("An Ipsos poll of Indians found 65% in cities want lower taxes.", "65%")
    assert cities["subgroup"] == "cities"
    text = "A poll of 1,000 Britons by Ipsos found 62% in Britain want lower taxes."
    (home,) = attribute(text, "62%")
    assert home["subgroup"] is None and home["population"] == "Britons"  # "by Ipsos" names who asked, not whom
    text = ("Some 48% of people back the plan, an Ipsos poll in 20 countries found. The figure rose to 77% among "
            "those in Spain and Italy.")
    _, two = attribute(text, "48%", "77%")
    assert two["subgroup"] == "those in Spain and Italy" and two["statement"] == "back the plan"
    text = "An Ipsos poll of Britons found 48% of adults in Britain back the plan."
    (adults,) = attribute(text, "48%")
    assert adults["subgroup"] is None and adults["population"] == "adults in Britain"


def test_a_whole_sample_that_says_not_who_leaves_the_population_to_the_survey():
    (named,) = attribute("A Kantar survey of 1,000 Germans found 40% of respondents back the plan.", "40%")
    (unnamed,) = attribute("A Kantar survey of 1,000 respondents found 40% of those polled back the plan.", "40%")
    (vote,) = attribute("In the Forsa survey the FDP received 4% of the vote.", "4%")
    assert named["population"] == "Germans" and named["subgroup"] is None
    assert unnamed["population"] is None and unnamed["subgroup"] is None
    assert vote["population"] is None and vote["subgroup"] is None


def test_population_is_the_people_named_most_when_no_survey_of_phrase_says():
    (germans,) = attribute("Germans are split on the new bridge. A Northfield poll found 44% back it; Germans in "
                           "the north are keenest and Italians less so.", "44%")
    (danes,) = attribute("Danes are split on the new bridge. A Northfield poll found 44% back it; Danes in the north "
                         "are keenest.", "44%")
    assert germans["population"] == "Germans"
    assert danes["population"] is None  # "Danes" is no plural demonym (DEMONYM_PLURAL): only the country is known
    assert danes["geography"] == "DK"


def test_a_month_leading_its_own_clause_dates_the_value_after_it():
    text = ("A Survation poll conducted in June found 23% back the tunnel. "
            "Support has been falling: back in April it stood at 31%, and in March there were 35% in favour.")
    june, april, march = attribute(text, "23%", "31%", "35%", published="2022-07-10")
    assert june["fieldwork_start"] == "2022-06"
    assert (april["fieldwork_start"], march["fieldwork_start"]) == ("2022-04", "2022-03")


def test_a_pollster_never_takes_the_dates_or_sample_of_a_survey_another_pollster_is_named_in():
    text = ("The Greens are on 14%, according to a Civey survey published on Tuesday. "
            "An Allensbach poll conducted from 3 to 9 May among 1,120 adults found 61% want lower rents.")
    greens, rents = attribute(text, "14%", "61%", published="2024-05-15")
    assert rents["pollster"] == "Institut für Demoskopie Allensbach"
    assert (rents["fieldwork_start"], rents["sample_size"]) == ("2024-05-03", 1120)
    assert greens["pollster"] == "Civey"
    assert (greens["fieldwork_start"], greens["sample_size"]) == (None, None)


def test_a_survey_fact_in_a_sentence_naming_no_pollster_belongs_to_the_poll_before_it():
    text = "A YouGov survey found 44% back the levy. The poll of 2,100 adults was carried out on 2-3 May."
    (levy,) = attribute(text, "44%", published="2024-05-15")
    assert (levy["sample_size"], levy["fieldwork_start"]) == (2100, "2024-05-02")


def test_sponsor_names_keep_their_lower_case_particles():
    (paper,) = attribute("An Elabe poll for Le Courrier du Soir found 52% oppose the reform.", "52%")
    (folha,) = attribute("A Datafolha survey for Folha de S.Paulo shows 36% rate the government well.", "36%")
    assert paper["sponsor"] == "Le Courrier du Soir"
    assert folha["sponsor"] == "Folha de S.Paulo"


def test_sponsor_named_after_the_kind_of_body_it_is():
    (tv,) = attribute("The survey, conducted by Infratest dimap for broadcaster ARD, put the CDU on 30%.", "30%")
    (lrt,) = attribute("The study, commissioned by the public broadcaster LRT, found 70% see a threat.", "70%")
    (group,) = attribute("A poll conducted by Survation on behalf of the campaign group 38 Degrees "
                         "found 64% back public ownership.", "64%")
    assert (tv["sponsor"], tv["pollster"]) == ("ARD", "Infratest dimap")
    assert lrt["sponsor"] == "LRT"
    assert (group["sponsor"], group["pollster"]) == ("38 Degrees", "Survation")


def test_sponsor_written_after_the_pollster_or_after_conducted_for():
    (slash,) = attribute("A YouGov/Times poll put Labour on 41%.", "41%")
    (after,) = attribute("The Forschungsgruppe Wahlen for ZDF put the SPD at 15%.", "15%")
    (conducted,) = attribute("The Newspoll, conducted for The Weekend Herald, shows 47% back the budget.", "47%")
    assert (slash["sponsor"], slash["pollster"]) == ("Times", "YouGov")
    assert (after["sponsor"], after["pollster"]) == ("ZDF", "Forschungsgruppe Wahlen")
    assert (conducted["sponsor"], conducted["pollster"]) == ("The Weekend Herald", "Newspoll")


def test_sponsor_written_as_commissioning_the_pollster():
    text = "The Harbour Trust commissioned Opinium to ask landlords; 58% said rents would rise."
    (rents,) = attribute(text, "58%")
    assert (rents["sponsor"], rents["pollster"]) == ("The Harbour Trust", "Opinium")


def test_a_pollster_named_as_who_paid_is_the_sponsor_not_the_pollster():
    text = "A poll by Rating Group on behalf of the International Republican Institute found 84% trust the army."
    (army,) = attribute(text, "84%")
    assert army["pollster"] == "Rating Group"
    assert army["sponsor"] == "International Republican Institute"


def test_outlet_in_front_of_a_pollster_whose_name_says_poll_is_its_sponsor():
    (m,) = attribute("The latest Guardian Essential poll of 1,150 voters shows 44% back the target.", "44%")
    assert (m["sponsor"], m["pollster"]) == ("Guardian", "Essential Research")


def test_a_sponsor_in_the_value_s_sentence_beats_a_closer_one_in_the_next():
    text = "A SWG poll for La7 put the party at 27.3%. A Norvane poll for the Dire agency had it at 26%."
    (italy,) = attribute(text, "27.3%")
    assert italy["sponsor"] == "La7"


def test_an_unknown_pollster_written_with_its_client_is_split_from_it():
    (channel,) = attribute("A survey by Brightline for Channel Nine found 30% plan to move.", "30%")
    (centre,) = attribute("A survey by the Centre for Civic Studies found 41% distrust parties.", "41%")
    assert (channel["pollster"], channel["sponsor"]) == ("Brightline", "Channel Nine")
    assert centre["pollster"] == "Centre for Civic Studies"


def test_in_a_round_up_a_poll_does_not_take_the_sample_or_margin_of_another():
    text = ("An Opinium poll found 40% want an early election. The survey had a sample of 2,004 adults "
            "and a margin of error of 2 points. A separate Deltapoll survey put the figure at 38%.")
    opinium, deltapoll = attribute(text, "40%", "38%", published="2024-06-10")
    assert (opinium["sample_size"], opinium["margin_of_error"]) == (2004, 2.0)
    assert (deltapoll["sample_size"], deltapoll["margin_of_error"]) == (None, None)


def test_a_pollster_that_said_its_results_owns_the_survey_facts_after_it():
    text = ("A Kyodo News telephone survey put support at 26%. "
            "Approval of the president fell to 21%, Gallup Korea said on Friday. "
            "The survey of 1,001 adults has a margin of error of plus or minus 3.1 percentage points.")
    kyodo, korea = attribute(text, "26%", "21%", published="2024-05-20")
    assert (korea["sample_size"], korea["margin_of_error"]) == (1001, 3.1)
    assert (kyodo["sample_size"], kyodo["margin_of_error"]) == (None, None)


def test_relative_days_date_the_survey_they_describe():
    text = "An Elabe survey carried out last weekend found 61% want a referendum."
    (m,) = attribute(text, "61%", published="2024-03-13")
    assert (m["fieldwork_start"], m["fieldwork_end"]) == ("2024-03-09", "2024-03-10")


def test_a_date_saying_when_a_group_voted_is_not_the_value_s_date():
    text = ("Savanta interviewed 2,045 adults between 7 and 9 June. "
            "Among those who voted Conservative in 2019, 23% now back Reform UK.")
    (m,) = attribute(text, "23%", published="2024-06-16")
    assert m["fieldwork_start"] == "2024-06-07"


def test_a_month_written_as_an_event_s_is_no_fieldwork():
    text = "Some 71% say they will vote in June's election, a Eurobarometer survey found."
    (m,) = attribute(text, "71%", published="2024-04-17")
    assert m["fieldwork_start"] is None


def test_sample_and_margin_written_as_responses_reached_and_credibility_interval():
    text = ("The Ipsos poll gathered responses from 4,411 U.S. adults and has a credibility interval of "
            "about 2 percentage points. Some 38% approve.")
    (ipsos,) = attribute(text, "38%", published="2024-05-22")
    (nhk,) = attribute("NHK reached 1,216 people by telephone; 24% back the cabinet.", "24%")
    assert (ipsos["sample_size"], ipsos["margin_of_error"]) == (4411, 2.0)
    assert nhk["sample_size"] == 1216


def test_a_poll_conducted_on_a_number_of_respondents_has_that_sample():
    (m,) = attribute("The poll was conducted on 1,017 respondents in late January; 22% back the plan.", "22%")
    assert m["sample_size"] == 1017


def test_a_sample_written_with_a_dot_between_thousands():
    (m,) = attribute("The institute polled 1.204 adults in May; 22% back the plan.", "22%")
    assert m["sample_size"] == 1204
    (n,) = attribute("In all, 2.035 respondents took part in the survey; 31% back the plan.", "31%")
    assert n["sample_size"] == 2035


def test_a_dot_number_without_people_after_it_is_no_sample():
    (m,) = attribute("The survey of 1.204 found little change; 22% back the plan.", "22%")
    assert m["sample_size"] is None
    (n,) = attribute("The poll asked 1.2045 adults; 22% back the plan.", "22%")
    assert n["sample_size"] is None


def test_part_of_a_number_written_with_a_space_is_no_sample():
    (m,) = attribute("A total of 2 500 people took part in the survey; 22% back the plan.", "22%")
    assert m["sample_size"] is None


def test_people_taking_part_in_protests_are_no_sample():
    text = ("A Focus poll found 31% would not vote. Some 45,000 people took part in the protests across the "
            "country, and about 2,300 participated in a march in the capital.")
    (m,) = attribute(text, "31%")
    assert m["sample_size"] is None


def test_several_outlets_paying_together_are_one_sponsor():
    text = "The exit poll conducted by Ipsos for the BBC, ITV News and Sky News gave Labour 36% of the vote."
    (m,) = attribute(text, "36%")
    assert (m["sponsor"], m["pollster"]) == ("BBC, ITV News and Sky News", "Ipsos")


def test_sample_and_margin_written_as_interviews_with_sampled_sampling_error_and_error_margin():
    (interviews,) = attribute("The poll is based on interviews with 1,500 adults; 40% agree.", "40%")
    (sampled,) = attribute("Pollsters sampled 2,000 voters and found 33% undecided.", "33%")
    (sampling,) = attribute("The Ipsos poll has a sampling error of 2.5 percentage points; 28% agree.", "28%")
    (error_margin,) = attribute("The Ipsos poll has an error margin of 3.1%; 19% agree.", "19%")
    (before,) = attribute("Some 44% agree, according to the Ipsos survey with a 3-point margin of error.", "44%")
    assert (interviews["sample_size"], sampled["sample_size"]) == (1500, 2000)
    assert (sampling["margin_of_error"], error_margin["margin_of_error"], before["margin_of_error"]) == (2.5, 3.1, 3.0)


def test_the_pollster_itself_is_no_sponsor():
    text = "The climate survey, commissioned by the United Nations Development Programme, found 64% see an emergency."
    (m,) = attribute(text, "64%")
    assert (m["pollster"], m["sponsor"]) == ("UNDP", None)


def test_a_clause_break_is_a_dash_a_semicolon_respectively_or_a_dated_value():
    breaks_clause = attribute_module._breaks_clause
    assert breaks_clause(" and, two weeks later – after the vote, ")
    assert breaks_clause(" in the spring; the council then ")
    assert breaks_clause(" and 41% respectively, while ")
    assert breaks_clause(" against 35 per cent in May, and ")
    assert not breaks_clause(" among voters aged 18-24 who said ")  # a hyphen between words is no break
    assert not breaks_clause(" the irrespectively worded item and ")  # "respectively" only as a word
    assert not breaks_clause(" 35 per cent, then ")  # a value with no period after it


def test_figures_after_one_date_each_read_its_lead_once():
    text = "Compared with March 2022, support rose: 45% agreed and 38% disagreed."
    context = ArticleContext(Article(id="t1", text=text, published="2023-07-01"))
    spans = [(text.index(v), text.index(v) + 3) for v in ("45%", "38%")]
    found = [context.fieldwork_for(start, end, 0, len(text), None, spans) for start, end in spans]
    assert [f.start for f in found] == [None, None]  # the compared date is no fieldwork of either
    assert len(context.other_dates) == 1  # one date before both values: its lead was read once


def test_a_sample_described_by_several_words_or_covered_sizes_its_survey():
    text = ("Some 64% of Ghanaians said fuel prices were their main worry, NOIPolls found. The poll involved "
            "telephone interviews of 1,000 randomly selected phone-owning Ghanaians aged 18 and above.")
    (m,) = attribute(text, "64%")
    assert (m["pollster"], m["sample_size"]) == ("NOIPolls", 1000)
    text = "The CVoter survey, covering 12,430 respondents in every state, put the ruling party at 41%."
    (m,) = attribute(text, "41%")
    assert m["sample_size"] == 12430


def test_the_arab_barometer_is_a_known_pollster():
    text = "In Jordan, 41% said their economic situation was good, according to the Arab Barometer."
    (m,) = attribute(text, "41%")
    assert m["pollster"] == "Arab Barometer"


def test_a_health_agency_survey_is_attributed_to_the_agency():
    text = "Four in 10 high school students (40%) felt sad, according to the CDC's Youth Risk Behavior Survey."
    (m,) = attribute(text, "40%")
    assert m["pollster"] == "Centers for Disease Control and Prevention"


def test_a_sample_of_electors_or_students_sizes_its_survey():
    text = ("Some 48% said the country was heading the wrong way. Roy Morgan surveyed a cross-section of "
            "1,697 Australian electors.")
    (m,) = attribute(text, "48%")
    assert m["sample_size"] == 1697
    (m,) = attribute("Some 40% felt sad. The survey included responses from 20,103 students.", "40%")
    assert m["sample_size"] == 20103



def attribute_with_samples(text: str, samples: tuple[str, ...], *values: str) -> list[dict]:
    """Attribute the shares at `values`, with the counts at `samples` detected as sample sizes (as etl.extract
    finds them), published 2025-03-10."""
    sentences = split_sentences(text)
    mentions = []
    for kind, value_text in [*(("sample_size", s) for s in samples), *(("share", v) for v in values)]:
        start = re.search(rf"(?<![\d,]){re.escape(value_text)}(?![\d,])", text).start()  # not 1,500's 500
        s_start, s_end = next((s, e) for s, e in sentences if s <= start < e)
        mentions.append({
            "article_id": "t1", "kind": kind, "value": float(value_text.strip("%").replace(",", "")),
            "unit": "percent" if kind == "share" else "people", "value_text": value_text, "start": start,
            "end": start + len(value_text), "sentence_start": s_start, "sentence_end": s_end, "qualifier": "exact",
            "confidence": 0.9,
        })
    mentions.sort(key=lambda m: m["start"])
    out = attribute_mentions(Article(id="t1", text=text, published="2025-03-10"), mentions)
    return [m for m in out if m["kind"] == "share"]


def test_a_trackers_nightly_count_is_not_its_sample():
    text = ("The Harbour Research daily tracking poll, a 1,500 rolling sample of likely voters, interviews "
            "500 voters each night. It has the mayor on 46% and her challenger on 41%.")
    mayor, challenger = attribute_with_samples(text, ("1,500", "500"), "46%", "41%")
    assert mayor["sample_size"] == challenger["sample_size"] == 1500


def test_a_part_of_the_sample_is_not_its_size_when_the_total_is_written():
    text = ("The Harbour Research survey questioned 900 people in total, 750 Jewish and 150 Arab respondents. "
            "It found 61% support the new bridge.")
    (m,) = attribute_with_samples(text, ("900", "150"), "61%")
    assert m["sample_size"] == 900


def test_a_nightly_count_stays_the_sample_when_no_other_is_written():
    text = "The Harbour Research tracker interviews 500 voters each night. It has the mayor on 46%."
    (m,) = attribute_with_samples(text, ("500",), "46%")
    assert m["sample_size"] == 500


def test_a_value_of_last_june_is_the_latest_june_before_the_article():
    text = ("Backing for the tram extension has slipped to 61%, from 66% last June, according to a Survation "
            "poll conducted between 1 and 12 March 2024.")
    now, before = attribute(text, "61%", "66%", published="2024-03-25")
    assert now["fieldwork_start"] == "2024-03-01"
    assert (before["fieldwork_start"], before["date_precision"]) == ("2023-06", "month")


def test_last_june_counts_back_from_the_survey_date_in_an_undated_article():
    text = ("Backing for the tram extension has slipped to 61%, from 66% last June, according to a Survation "
            "poll conducted between 1 and 12 March 2024.")
    _, before = attribute(text, "61%", "66%")
    assert before["fieldwork_start"] == "2023-06"


def test_an_undated_value_down_from_is_no_value_of_the_survey_dates():
    text = "Trust in the council stands at 40%, down from 45%, a Survation poll conducted on 3-5 May 2024 found."
    now, before = attribute(text, "40%", "45%", published="2024-05-09")
    assert now["fieldwork_start"] == "2024-05-03"
    assert before["fieldwork_start"] is None


def test_a_value_a_year_ago_is_dated_a_year_before_publication():
    text = "A Survation poll found 32% would accept the plan, up from only 10% a year ago and 20% six months ago."
    now, year_ago, half_year_ago = attribute(text, "32%", "10%", "20%", published="2024-06-12")
    assert (year_ago["fieldwork_start"], year_ago["date_precision"]) == ("2023-06", "month")
    assert half_year_ago["fieldwork_start"] == "2023-12"
    assert not now["earlier_wave"] and not year_ago["earlier_wave"]


def test_a_value_of_an_earlier_time_in_an_undated_article_is_marked_earlier():
    text = "A Survation poll found 32% would accept the plan, up from 19% at the end of last year and 10% a year ago."
    now, end_of_last_year, year_ago = attribute(text, "32%", "19%", "10%")
    assert end_of_last_year["fieldwork_start"] is None and end_of_last_year["earlier_wave"]
    assert year_ago["fieldwork_start"] is None and year_ago["earlier_wave"]
    assert not now["earlier_wave"]


def test_a_month_without_any_year_is_kept_for_linking():
    text = "Only 5% of drivers back the toll, a Survation poll shows. Back in April it stood at 6%."
    now, april = attribute(text, "5%", "6%")
    assert april["fieldwork_start"] is None and april["fieldwork_month"] == 4
    assert now["fieldwork_month"] is None


def test_a_month_right_after_another_number_is_that_numbers_date():
    text = ("Survation's confidence index is down to 44 from 38 in March while the toll has an 8% approval "
            "in the poll conducted on 3-5 April 2024.")
    (m,) = attribute(text, "8%", published="2024-04-09")
    assert m["fieldwork_start"] == "2024-04-03"


def test_a_survey_run_by_a_researcher_is_the_survey_of_the_pollster_the_article_names():
    text = ("Support for the toll has fallen to 12%. This comes from a survey run by Marta Kowalczyk on March 11. "
            "An earlier poll conducted by Survation from January 20 to February 8 put it at 19%.")
    now, earlier = attribute(text, "12%", "19%", published="2024-03-20")
    assert now["pollster"] == earlier["pollster"] == "Survation"
    assert now["fieldwork_start"] == "2024-03-11"
    assert earlier["fieldwork_start"] == "2024-01-20"


def test_a_name_with_an_organisation_word_is_a_pollster_of_its_own():
    text = "A survey run by Northfield Analytics found 12% back the toll. Survation had found 19% in May."
    (m,) = attribute(text, "12%", published="2024-06-20")
    assert m["pollster"] == "Northfield Analytics"


def test_an_outlet_written_before_poll_is_its_sponsor():
    text = "An Observer poll put the Greens on 11%. The Tribune's poll rating of the mayor fell to 30%."
    (greens,) = attribute(text, "11%", published="2024-05-13")
    assert greens["sponsor"] == "Observer" and greens["pollster"] is None
    sponsors = [name for _, name in ArticleContext(Article(id="t1", text=text)).sponsors]
    assert sponsors == ["Observer"]  # a "poll rating" is no poll paid for


def test_a_date_in_a_sentence_naming_the_pollster_dates_its_survey():
    text = ("The Coalition was 8 points higher in August 2019, at the first poll after that election. "
            "Newspoll, 4 June 2023. The Greens are on 12%.")
    (m,) = attribute(text, "12%")
    assert m["fieldwork_start"] == "2023-06-04"


def test_a_researcher_is_no_known_pollster_s_when_the_article_names_two():
    text = ("Support for the toll is 12%, in a survey run by Marta Kowalczyk on March 11. "
            "Survation put it at 19% and YouGov at 15%.")
    (m,) = attribute(text, "12%", published="2024-03-20")
    assert m["pollster"] == "Marta Kowalczyk"


def test_a_relative_date_leading_the_first_value_of_an_undated_story_is_no_earlier_wave():
    text = "Last month, 45% of drivers backed the toll, a Survation poll found."
    (m,) = attribute(text, "45%")
    assert not m["earlier_wave"]


def test_a_value_some_months_earlier_is_dated_back_from_publication():
    text = "A Survation poll found 45% back the toll, against 38% six months earlier."
    _, before = attribute(text, "45%", "38%", published="2024-06-12")
    assert before["fieldwork_start"] == "2023-12"


def test_a_month_leading_an_earlier_value_does_not_date_the_rest_of_the_article():
    text = ("The poll was run by the Kyiv International Institute of Sociology (KIIS) from 4 to 12 March. "
            "In January, 70% of respondents said they trusted the mayor. "
            "Now 58% trust him and 31% do not.")
    old, now, distrust = attribute(text, "70%", "58%", "31%", published="2024-03-20")
    assert old["fieldwork_start"] == "2024-01"
    assert now["fieldwork_start"] == distrust["fieldwork_start"] == "2024-03-04"


def test_an_earlier_value_restated_as_a_level_takes_its_own_date():
    text = ("A Vilmorus survey of 1,000 residents ran on 6-14 April. The mayor is rated well by 44 per cent. "
            "That is lower than in February, when the figure was 51 per cent. "
            "A year earlier, the rating stood at 57 per cent.")
    now, feb, year_before = attribute(text, "44 per cent", "51 per cent", "57 per cent", published="2024-04-25")
    assert now["fieldwork_start"] == "2024-04-06"
    assert feb["fieldwork_start"] == "2024-02"
    assert year_before["fieldwork_start"] == "2023-04"


def test_numeric_fieldwork_dates_election_dates_and_spans_asked_about():
    text = ("The Demoscope survey was carried out from 02.10.2023 to 09.10.2023 among 1,200 adults. "
            "The ruling party would take 38% in the November 19 elections, and the opposition 24%. "
            "Some 30% said life got worse over the past year, while 11% saw an improvement.")
    found = attribute(text, "38%", "24%", "30%", "11%", published="2023-10-20")
    assert {m["fieldwork_start"] for m in found} == {"2023-10-02"}


def test_a_barometer_presented_by_an_unlisted_institute_names_its_pollster():
    text = ("Some 41% would vote yes, according to the Public Opinion Barometer presented by the Centre for "
            "Civic Studies.\n\nTurnout intentions were lower.")
    (m,) = attribute(text, "41%")
    assert m["pollster"] == "Centre for Civic Studies"


def test_a_month_leading_a_value_still_dates_a_survey_that_has_no_other_date():
    text = "In late March, 64% of respondents told the Levada Center they back talks. Only 28% oppose them."
    _, other = attribute(text, "64%", "28%", published="2024-04-04")
    assert other["fieldwork_start"] == "2024-03"


def test_a_wire_dateline_is_no_fieldwork():
    text = ("KYIV, Mar 4 (Interfax) - Some 64% of Ukrainians trust the army, a SOCIS poll shows. "
            "The survey ran on February 20-27.")
    (m,) = attribute(text, "64%", published="2024-03-04")
    assert m["fieldwork_start"] == "2024-02-20"


def test_an_earlier_value_dated_through_the_previous_survey():
    text = ("An IRI poll conducted from 10 to 30 March 2024 found 71% back the plan, compared with 64% in the "
            "previous survey in October.")
    now, before = attribute(text, "71%", "64%", published="2024-04-20")
    assert (now["fieldwork_start"], before["fieldwork_start"]) == ("2024-03-10", "2023-10")


def test_a_later_election_year_in_the_sentence_does_not_date_the_poll():
    text = ("A Razumkov Centre poll conducted at the end of November found 58% against holding elections in 2025, "
            "and 24% in favour.")
    against, favour = attribute(text, "58%", "24%", published="2025-01-15")
    assert against["fieldwork_start"] == favour["fieldwork_start"] == "2024-11"


def test_a_headline_naming_the_sponsor_gives_the_figure_to_the_pollster_it_paid():
    text = ("NDI poll: 72% of Armenians want closer ties with the EU\n\n"
            "The survey, carried out by CRRC for the National Democratic Institute, found that 72% want closer ties.")
    headline, body = attribute(text, "72%", "72%", published="2024-05-02")
    assert (headline["pollster"], headline["sponsor"]) == (body["pollster"], body["sponsor"]) == (
        "CRRC", "National Democratic Institute")
    text = ("NDI poll: 72% of Armenians want closer ties with the EU\n\n"
            "The survey was carried out by CRRC for the US-based NDI. It found that 72% want closer ties.")
    headline, body = attribute(text, "72%", "72%", published="2024-05-02")
    assert headline["pollster"] == body["pollster"] == "CRRC"  # the sponsor as written names the same institute


def test_a_month_after_points_from_is_the_earlier_wave_not_the_survey():
    text = ("The Ipsos poll ran from Nov. 12 to 17. Only 31% of respondents approved of his handling of prices, "
            "while his rating on jobs slipped four points from October to 35%. Some 80% of his own party approve.")
    prices, jobs, party = attribute(text, "31%", "35%", "80%", published="2025-11-18")
    assert prices["fieldwork_start"] == jobs["fieldwork_start"] == party["fieldwork_start"] == "2025-11-12"


def test_a_date_of_an_earlier_value_does_not_lead_the_next_clause():
    text = ("The Harbour poll was conducted from July 1 to 20, 2025. Backing stood at 44 per cent, up from "
            "41 per cent in the March edition of the survey, while the rival bloc is on 38 per cent.")
    now, march, rival = attribute(text, "44 per cent", "41 per cent", "38 per cent", published="2025-08-01")
    assert march["fieldwork_start"] == "2025-03"
    assert rival["fieldwork_start"] == now["fieldwork_start"] == "2025-07-01"


def test_an_earlier_value_after_to_x_from_and_a_period_asked_about_are_not_dated_as_the_survey():
    text = ("YouGov questioned 2,010 adults on 3 and 4 March. Backing among renters dropped to 25% from 33%. "
            "Some 34% of students said their finances had got worse over the past year, compared with 17% of adults.")
    now, before, students, adults = attribute(text, "25%", "33%", "34%", "17%", published="2026-03-10")
    assert now["fieldwork_start"] == students["fieldwork_start"] == adults["fieldwork_start"] == "2026-03-03"
    assert before["fieldwork_start"] is None


def test_a_month_after_in_our_dates_the_earlier_value():
    text = ("The CBS News poll was conducted February 4-6, 2026. Some 62% call the economy bad, up from 55% in our "
            "December poll.")
    now, december = attribute(text, "62%", "55%", published="2026-02-08")
    assert (now["fieldwork_start"], december["fieldwork_start"]) == ("2026-02-04", "2025-12")


def test_a_year_after_in_early_or_late_dates_its_value():
    text = ("The survey ran from July 16 to 31, 2024. Some 78% of firms use AI, up from 72% in early 2024 and "
            "55% in late 2023.")
    now, early, late = attribute(text, "78%", "72%", "55%", published="2025-03-20")
    assert (now["fieldwork_start"], early["fieldwork_start"][:4], late["fieldwork_start"][:4]) == (
        "2024-07-16", "2024", "2023")


def test_an_undated_exit_poll_ran_in_the_month_of_its_report():
    text = ("Polls have closed. The exit poll for the state broadcaster puts the Centre Party on 27% and the "
            "Greens on 11%. A separate survey of 1,000 adults found 40% of voters want a coalition.")
    exit_centre, exit_greens, other = attribute(text, "27%", "11%", "40%", published="2026-03-02")
    assert exit_centre["fieldwork_start"] == exit_greens["fieldwork_start"] == "2026-03"
    assert other["fieldwork_start"] is None


def test_an_unlisted_pollster_named_after_the_sample():
    (fans,) = attribute("A survey of 3,200 season-ticket holders by the Northfield Fans' Association found 61% "
                        "oppose the new kick-off times.", "61%")
    assert fans["pollster"] == "Northfield Fans' Association"


def test_an_unknown_pollster_whose_name_starts_with_a_number():
    text = ("Some 55% back the plan, according to a telephone survey by 42 Research Group commissioned by the "
            "Daily Post.")
    (m,) = attribute(text, "55%", published="2025-05-02")
    assert (m["pollster"], m["sponsor"]) == ("42 Research Group", "Daily Post")


def test_the_past_year_leading_a_share_is_the_span_asked_about_not_the_fieldwork():
    text = "In the past year, 30% of renters said they had moved home, a Kantar survey carried out in March found."
    (m,) = attribute(text, "30%", published="2025-05-20")
    assert m["fieldwork_start"] == "2025-03"


def test_a_press_release_dateline_in_title_case_is_no_fieldwork():
    text = ("Oslo, 12 May 2025 – Some 48% of Norwegians are worried about housing costs, "
            "the Respons Analyse poll shows. The survey ran on 2-6 May.")
    (m,) = attribute(text, "48%", published="2025-05-12")
    assert m["fieldwork_start"] == "2025-05-02"


def test_the_fieldwork_agency_runs_the_survey_its_publisher_paid_for():
    text = ("A study released on Monday by the Baltic Democracy Fund shows that 48% of Latvians back the reform. "
            "Fewer than a third oppose it. The fieldwork was done in March by the Riga firm Kvantis Lab, which "
            "interviewed 1,010 adults.")
    (m,) = attribute(text, "48%", published="2024-04-10")
    assert (m["pollster"], m["sponsor"]) == ("Kvantis Lab", "Baltic Democracy Fund")


def test_conducted_for_the_publisher_by_an_agency_names_the_agency():
    text = ("According to the Harbour Institute's poll, conducted for the think tank by Meridiano in May, "
            "61% of respondents favour a new port.")
    (m,) = attribute(text, "61%", published="2024-06-02")
    assert m["pollster"] == "Meridiano"


def test_a_survey_then_a_comma_then_conducted_by_names_an_unlisted_pollster():
    text = "The survey, conducted in June by Orbita Research on behalf of the network, found 27% trust banks."
    (m,) = attribute(text, "27%", published="2024-07-01")
    assert m["pollster"] == "Orbita Research"


def test_an_unlisted_acronym_before_poll_is_the_pollster_and_named_again_elsewhere():
    text = ("Mayor at 36%, KORVA survey shows\n\nThe latest KORVA poll found that 36% approve of the mayor. "
            "KORVA said 58% want early elections.")
    title, first, second = attribute(text, "36%", "36%", "58%", published="2024-03-03")
    assert title["pollster"] == first["pollster"] == second["pollster"] == "KORVA"
    assert first["sponsor"] is None


def test_an_outlet_written_before_poll_stays_the_sponsor_where_a_pollster_is_named():
    text = "An Observer poll by Opinium found 44% oppose the plan. A CNX poll put it at 40%."
    first, second = attribute(text, "44%", "40%", published="2024-03-03")
    assert (first["pollster"], first["sponsor"]) == ("Opinium", "Observer")
    assert second["pollster"] != "CNX"


def test_a_hyphenated_pollster_before_a_poll_someone_commissioned():
    text = ("Another poll, by Quaest, put the party at 30%. The ALFA-Research poll commissioned by the "
            "Civic Forum gave it 33%.")
    first, second = attribute(text, "30%", "33%", published="2024-03-03")
    assert first["pollster"] == "Quaest"
    assert (second["pollster"], second["sponsor"]) == ("ALFA-Research", "Civic Forum")


def test_a_poll_from_an_institute_with_a_possessive_name():
    text = "Support stands at 47%, in a new poll from Fairview College's Institute of Public Opinion."
    (m,) = attribute(text, "47%", published="2024-03-03")
    assert m["pollster"] == "Fairview College Institute of Public Opinion"


def test_a_newspaper_that_published_a_named_pollster_s_poll_is_not_its_pollster():
    text = "Only 22% approve, according to a Datafolha poll published by Folha de S.Paulo. Another 40% disapprove."
    first, second = attribute(text, "22%", "40%", published="2024-03-03")
    assert first["pollster"] == second["pollster"] == "Datafolha"


def test_a_name_ending_in_poll_reports_its_figures():
    text = "Pressure grew after Suanpak Poll reported that 52% of respondents favour a snap election."
    (m,) = attribute(text, "52%", published="2024-03-03")
    assert m["pollster"] == "Suanpak Poll"


def test_an_association_s_annual_survey_is_its_own():
    text = "In the Riverside Tenants' Union's annual survey of 3,000 renters, 64% said rents rose this year."
    (m,) = attribute(text, "64%", published="2024-05-01")
    assert m["pollster"] == "Riverside Tenants' Union"


def test_a_person_s_poll_names_no_pollster():
    text = "In Mark Dolan's survey of listeners, 64% said rents rose this year."
    (m,) = attribute(text, "64%", published="2024-05-01")
    assert m["pollster"] is None


def test_the_week_a_poll_found_something_is_not_its_fieldwork():
    text = "Nearly 57% of voters approve of the mayor, the Opinium poll found this week."
    (m,) = attribute(text, "57%", published="2024-11-07")
    assert m["pollster"] == "Opinium"
    assert m["fieldwork_start"] is None


def test_an_acronym_that_found_something_in_a_poll_ran_it():
    text = "Most Slovenes (58%) back the bill, KORVA found in a poll for TV Adria."
    (m,) = attribute(text, "58%", published="2024-05-01")
    assert (m["pollster"], m["sponsor"]) == ("KORVA", "TV Adria")


def test_a_sentence_starting_with_fieldwork_names_the_agency():
    text = ("According to the latest Eurobarometer, 52% of Europeans trust the EU. Fieldwork for the survey was "
            "carried out by Verian in March.")
    (m,) = attribute(text, "52%", published="2024-04-20")
    assert (m["pollster"], m["sponsor"]) == ("Verian", "Eurobarometer")


def test_a_range_across_new_year_ends_in_the_publication_s_year():
    text = "The Westbrook poll, conducted between December 29 and January 4, found 37% want lower fares."
    (m,) = attribute(text, "37%", published="2026-01-09")
    assert (m["fieldwork_start"], m["fieldwork_end"]) == ("2025-12-29", "2026-01-04")


def test_a_release_date_is_no_fieldwork_even_with_its_weekday_or_leading_the_value():
    text = ("The Harlow Research report, issued on 3 March, found that 44% of renters had moved twice. "
            "Fieldwork took place in February.")
    (m,) = attribute(text, "44%", published="2024-03-08")
    assert m["fieldwork_start"] == "2024-02"
    text = ("The Harlow Research survey, published on Tuesday 5 March, also found 31% had been evicted. "
            "Harlow Research interviewed renters from 12 to 16 February.")
    (m,) = attribute(text, "31%", published="2024-03-08")
    assert (m["fieldwork_start"], m["fieldwork_end"]) == ("2024-02-12", "2024-02-16")
    text = "In a Harlow Research poll released Oct. 9, 52% said rents were unfair. The poll was conducted Oct. 1-4."
    (m,) = attribute(text, "52%", published="2024-10-12")
    assert (m["fieldwork_start"], m["fieldwork_end"]) == ("2024-10-01", "2024-10-04")


def test_last_year_in_an_undated_story_is_the_year_before_the_dated_survey_s():
    text = ("A Harlow Research poll, carried out on 2 and 3 May 2025, found 48% of renters feel secure. "
            "The figure was 41% in last year's survey.")
    first, second = attribute(text, "48%", "41%")
    assert (first["fieldwork_start"], first["fieldwork_end"]) == ("2025-05-02", "2025-05-03")
    assert (second["fieldwork_start"], second["year_inferred"]) == ("2024", True)


def test_a_value_in_a_named_earlier_poll_takes_that_poll_s_month():
    text = ("A Harlow Research poll shows 40% of renters back the cap, compared with 33% in a poll by the same "
            "firm in May. Harlow Research interviewed 900 renters on June 11 and 12.")
    now, before = attribute(text, "40%", "33%", published="2024-06-20")
    assert (now["fieldwork_start"], before["fieldwork_start"]) == ("2024-06-11", "2024-05")


def test_a_headline_month_takes_the_body_s_precise_fieldwork():
    text = ("May poll: 61% back the tram\n\nThe Harlow Research survey, conducted 27 April - 2 May, "
            "questioned 800 residents.")
    (m,) = attribute(text, "61%", published="2024-05-10")
    assert (m["fieldwork_start"], m["fieldwork_end"]) == ("2024-04-27", "2024-05-02")


def test_a_headline_figure_takes_the_pollster_written_as_running_a_poll_with_an_ampersand():
    text = ("Greens rise to 11%\n\nThe Greens are on 11% in the latest Ipsos B&A poll, conducted in "
            "early March. A Red C poll conducted last week put them on 9%.")
    (first,) = attribute(text, "11%", published="2024-04-20")
    assert (first["pollster"], first["fieldwork_start"]) == ("Ipsos B&A", "2024-03")


def test_from_a_named_poll_s_month_to_now_dates_each_value_apart():
    text = ("Backing has grown from 29% in a Harlow Research poll in February to 47% now, according to the "
            "latest Harlow Research survey, carried out on 9 and 10 May.")
    before, now = attribute(text, "29%", "47%", published="2024-05-15")
    assert (before["fieldwork_start"], now["fieldwork_start"], now["fieldwork_end"]) == (
        "2024-02", "2024-05-09", "2024-05-10")


def test_a_year_s_edition_of_a_survey_dates_its_value():
    text = ("Harlow Research interviewed 900 renters on May 9-10; 47% feel secure. "
            "In the 2021 edition it was 35%.")
    now, then = attribute(text, "47%", "35%", published="2024-05-15")
    assert (now["fieldwork_start"], then["fieldwork_start"]) == ("2024-05-09", "2021")


def test_another_survey_does_not_borrow_the_dates_of_the_poll_before_it():
    text = ("Harlow Research found 52% of renters back rent caps in a poll conducted 4-6 March. "
            "Another survey, by the Tenants Forum, found 61% want longer leases.")
    first, second = attribute(text, "52%", "61%", published="2024-03-20")
    assert (first["fieldwork_start"], second["fieldwork_start"]) == ("2024-03-04", None)


def test_a_year_a_value_is_compared_with_is_not_the_year_of_the_fieldwork():
    text = "The Harlow Research poll, conducted Sept. 8-12, found 40% of renters worse off than in 2021."
    (m,) = attribute(text, "40%", published="2024-09-30")
    assert (m["fieldwork_start"], m["fieldwork_end"]) == ("2024-09-08", "2024-09-12")
    text = "The Harlow Research poll, conducted Sept. 8-12, found 40% of those who moved in 2021 regret it."
    (m,) = attribute(text, "40%", published="2024-09-30")
    assert m["fieldwork_start"] == "2024-09-08"


def test_a_headline_figure_takes_the_survey_of_the_body_figure_it_repeats():
    text = ("58% want a tram line, poll finds\n\nAbout 44% of commuters drive to work, according to an Ipsos "
            "survey conducted 3-9 April. A separate poll by Savanta, carried out on 15 and 16 April, found 58% "
            "want a tram line.")
    headline, *_ = attribute(text, "58%", published="2024-04-25")
    assert (headline["pollster"], headline["fieldwork_start"]) == ("Savanta ComRes", "2024-04-15")


def test_this_year_in_an_undated_story_needs_a_dated_survey_not_history():
    text = ("Harlow Research has tracked renters since 2013. This year, 45% of renters say they feel secure, "
            "the survey found.")
    (m,) = attribute(text, "45%")
    assert m["fieldwork_start"] is None


def test_a_known_name_inside_a_longer_name_is_that_longer_name():
    text = "Backing for the dam reached 57%, a poll by the Moldovan Public Opinion Foundation found."
    (inside,) = attribute(text, "57%")
    (bare,) = attribute("Backing for the war reached 57%, the Public Opinion Foundation found.", "57%")
    (followed,) = attribute("The Pew Charitable Trusts found that 48% of anglers back the quota.", "48%")
    assert inside["pollster"] == "Moldovan Public Opinion Foundation"
    assert bare["pollster"] == "FOM"
    assert followed["pollster"] == "Pew Charitable Trusts"


def test_a_name_that_polled_a_number_of_people_is_the_pollster():
    text = "Brightline Insight questioned 1,400 commuters in June. Of them, 38% said trains were late weekly."
    (m,) = attribute(text, "38%")
    assert m["pollster"] == "Brightline Insight"
    (m,) = attribute("Researchers polled 900 nurses. Some 44% planned to leave.", "44%")
    assert m["pollster"] is None  # a plain subject is no organisation


def test_a_research_organisation_opening_a_sentence_that_found_a_number_is_its_pollster():
    text = ("An Abacus Data poll found 41% of Canadians back the budget. Meanwhile, Northgate Research Group "
            "found that 36 per cent of Canadians think the country is on track.")
    first, second = attribute(text, "41%", "36 per cent")
    assert (first["pollster"], second["pollster"]) == ("Abacus Data", "Northgate Research Group")
    text = "An Abacus Data poll found 41% of Canadians back the budget. The study found that 36 per cent agree."
    assert attribute(text, "36 per cent")[0]["pollster"] == "Abacus Data"


def test_a_survey_by_a_kind_of_firm_takes_the_name_after_the_kind():
    (hays,) = attribute("A survey by recruiter Copperfield of 900 employers found 44% plan pay rises.", "44%")
    (kantar,) = attribute("A survey by market researcher Tillbury found that 28% of shoppers cut back.", "28%")
    assert (hays["pollster"], kantar["pollster"]) == ("Copperfield", "Tillbury")


def test_a_body_surveying_by_itself_or_with_its_kind_written_before_its_name():
    (surveyed,) = attribute("Of 500 growers surveyed by the BGA in April, 66% expected losses.", "66%")
    (kind,) = attribute("A survey of members by trade body CafeAlliance found 29% had cut staff.", "29%")
    (body,) = attribute("Some 61% of bakers expect dearer flour, a National Bakers Association survey shows.", "61%")
    assert (surveyed["pollster"], kind["pollster"], body["pollster"]) == (
        "BGA", "CafeAlliance", "National Bakers Association")


def test_a_person_running_a_named_poll_gives_the_poll_s_name():
    text = "The party fell to 12 percent in a Stemwijzer.nl poll by Anneke van Dijk published on Monday."
    (m,) = attribute(text, "12 percent")
    assert m["pollster"] == "Stemwijzer.nl"


def test_a_survey_published_by_one_body_and_conducted_by_another_is_the_agency_s():
    text = "Only 31 per cent of Ghanaians trust courts, according to an Afrobarometer survey conducted by CDD-Ghana."
    (m,) = attribute(text, "31 per cent")
    assert (m["pollster"], m["sponsor"]) == ("Ghana Center for Democratic Development", "Afrobarometer")  # listed


def test_a_pollster_s_own_release_names_it_as_the_outlet():
    text = "In our latest survey, 44% of Canadians approve of the government."
    (m,) = attribute(text, "44%", url="https://example.org/release/9", outlet="Abacus Data")
    assert m["pollster"] == "Abacus Data"
    (m,) = attribute(text, "44%", url="https://example.org/release/9", outlet="The Daily Courier")
    assert m["pollster"] is None


def test_a_body_polling_through_an_agency_names_the_agency_as_pollster():
    text = ("Only 33 per cent of renters feel secure, according to a survey by the Tenancy Forum. "
            "The Tenancy Forum polled 1,050 renters through Harbourview Research.")
    (m,) = attribute(text, "33 per cent")
    assert (m["pollster"], m["sponsor"]) == ("Harbourview Research", "Tenancy Forum")


def test_a_body_reporting_a_share_of_its_members_ran_that_survey():
    text = "Meanwhile the Guild of Master Glaziers said 47% of its members had raised prices."
    (m,) = attribute(text, "47%")
    assert m["pollster"] == "Guild of Master Glaziers"


def test_the_exit_poll_named_again_is_the_one_a_firm_ran_not_the_last_poll_named():
    text = ("An exit poll by Epinion for DR gave the Liberals 24%. The final Voxmeter poll, taken on Saturday, had "
            "them on 21%. In the exit poll, 38% of voters named health care as their main issue.")
    first, final, named_again = attribute(text, "24%", "21%", "38%", published="2026-06-04")
    assert (first["pollster"], final["pollster"], named_again["pollster"]) == ("Epinion", "Voxmeter", "Epinion")


def test_an_undated_exit_poll_released_as_polling_stations_closed_ran_in_the_month_of_publication():
    text = "An exit poll by Epinion, released as polling stations closed at 8pm, put the Liberals on 24%."
    (m,) = attribute(text, "24%", published="2026-06-04")
    assert m["fieldwork_start"] == "2026-06"


def test_an_index_s_earlier_value_dates_no_survey():
    text = ("The sentiment index fell to 12.4 points in August from 41.8 in July, the institute's survey of 172 "
            "analysts showed. Some 34.3% of the analysts expect the economy to worsen.")
    (m,) = attribute(text, "34.3%", published="2026-08-18")
    assert m["fieldwork_start"] == "2026-08"


def test_a_report_that_came_out_this_week_is_dated_by_its_release_not_its_fieldwork():
    text = "The Afrobarometer report that came out this week shows 79% say the country is heading the wrong way."
    (m,) = attribute(text, "79%", published="2025-09-12")
    assert m["fieldwork_start"] is None
    (ran,) = attribute("The Afrobarometer survey carried out this week shows 79% say so.", "79%",
                       published="2025-09-12")
    assert ran["fieldwork_start"] == "2025-09"


def test_an_unknown_word_before_poll_is_kept_as_the_poll_s_name_not_its_pollster():
    text = "A new Vantagepoint poll shows that 59 percent would keep the country in the alliance."
    (m,) = attribute(text, "59 percent", published="2026-10-22")
    assert m["pollster"] is None
    assert m["poll_name"] == "Vantagepoint"
    (named,) = attribute("A YouGov poll shows that 59 percent would stay.", "59 percent")
    assert named["pollster"] == "YouGov" and named["poll_name"] is None


def test_a_later_sentence_s_comparison_month_does_not_date_the_figures_before_it():
    text = ("Harlan has 48% support among likely voters to Ostrowski's 45% in the Quinnipiac poll. "
            "In August, Quinnipiac had the race tied at 46%.")
    current, rival, earlier = attribute(text, "48%", "45%", "46%", published="2025-10-01")
    assert current["fieldwork_start"] is None and rival["fieldwork_start"] is None
    assert earlier["fieldwork_start"] == "2025-08"
    (after,) = attribute("In August, Quinnipiac polled 1,200 voters. Harlan had 48%.", "48%",
                         published="2025-10-01")
    assert after["fieldwork_start"] == "2025-08"


def test_a_poll_at_the_weekend_without_a_fieldwork_word_is_dated_by_its_release_not_its_fieldwork():
    text = "Her MPs are restless after a poll for the Observer at the weekend put the party on 17 per cent."
    (released,) = attribute(text, "17 per cent", published="2025-06-02")
    assert released["fieldwork_start"] is None
    (polled,) = attribute("Voters polled over the weekend put the party on 17 per cent.", "17 per cent",
                          published="2025-06-02")
    assert (polled["fieldwork_start"], polled["fieldwork_end"]) == ("2025-05-31", "2025-06-01")


def test_a_fortnight_ago_dates_the_earlier_value():
    _, before = attribute("Reform is on 32%, up from 31% a fortnight ago.", "32%", "31%", published="2025-06-01")
    assert before["fieldwork_start"] == "2025-05"


def test_a_date_s_possessive_dates_the_value_after_it():
    text = ("Approval dipped to 64 percent in the monthly poll, down two points from last month's 66 percent. "
            "The survey was conducted from Dec. 5 to 7.")
    now, before = attribute(text, "64 percent", "66 percent", published="2025-12-09")
    assert now["fieldwork_start"] == "2025-12-05"
    assert before["fieldwork_start"] == "2025-11"


def test_a_share_a_change_verb_comes_from_is_no_reading_of_the_dated_poll():
    text = ("Support for the ferry levy fell from 44% to 38% in the Harbour Research poll taken May 3-7, "
            "while 51% opposed it.")
    earlier, now, other = attribute(text, "44%", "38%", "51%", published="2023-05-10")
    assert earlier["fieldwork_start"] is None
    assert now["fieldwork_start"] == "2023-05-03"
    assert other["fieldwork_start"] == "2023-05-03"


def test_a_date_a_change_is_counted_from_is_not_the_fieldwork():
    text = ("The survey was carried out between 9 and 11 April. Labour is on 27%, down four on last month, "
            "and the Greens are on 11%.")
    first, second = attribute(text, "27%", "11%", published="2026-04-14")
    assert first["fieldwork_start"] == "2026-04-09"
    assert second["fieldwork_start"] == "2026-04-09"


def test_a_value_dated_by_when_it_was_last_asked_takes_that_month():
    text = "The poll was conducted last week. That is up from 29 per cent when we last asked in February."
    (m,) = attribute(text, "29 per cent", published="2026-11-02")
    assert m["fieldwork_start"] == "2026-02"


def test_last_weekday_and_this_past_weekend_count_back_from_publication():
    (thursday,) = attribute("The survey, conducted last Thursday, found 44% backed the plan.", "44%",
                            published="2026-04-15")
    (weekend,) = attribute("The survey, carried out this past weekend, found 44% backed the plan.", "44%",
                           published="2026-04-15")
    assert (thursday["fieldwork_start"], thursday["fieldwork_end"]) == ("2026-04-09", "2026-04-09")
    assert (weekend["fieldwork_start"], weekend["fieldwork_end"]) == ("2026-04-11", "2026-04-12")


def test_a_sentence_opening_on_another_poll_takes_that_poll_s_name():
    text = ("Labour leads on 31%, according to a Deltapoll survey published on Sunday. "
            "A Daily Planet poll released the same week put Labour on 28%. "
            "The Harbour barometer, in contrast, gives Labour 35%. "
            "The Daily Planet poll was mentioned by the minister, who said 40% was within reach.")
    first, second, third, fourth = attribute(text, "31%", "28%", "35%", "40%")
    assert first["pollster"] == "Deltapoll"
    assert second["pollster"] == "Daily Planet"
    assert third["pollster"] == "Harbour"
    assert fourth["pollster"] == "Daily Planet"


def test_an_outlet_poll_without_contrast_or_another_pollster_stays_a_poll_name():
    text = "The Daily Planet poll found 28% backing the plan."
    (m,) = attribute(text, "28%")
    assert m["pollster"] is None
    assert m["poll_name"] == "Daily Planet"


def test_a_party_that_polled_a_share_is_no_pollster():
    text = "In the latest Opinium survey, the Greens polled 9% and Reform 27%. Plaid polled 4% in Wales."
    first, second, third = attribute(text, "9%", "27%", "4%")
    assert [first["pollster"], second["pollster"], third["pollster"]] == ["Opinium"] * 3


def test_pollsters_named_jointly_give_their_figures_one_name():
    text = ("Reform is on 27%, in a poll conducted by Opinium and Deltapoll for a Sunday paper. "
            "Labour is on 24%. Opinium and Deltapoll found 19% for the Conservatives.")
    first, second, third = attribute(text, "27%", "24%", "19%")
    assert [first["pollster"], second["pollster"], third["pollster"]] == ["Opinium"] * 3


def test_the_broadcaster_s_monthly_poll_is_named_for_its_pollster():
    text = "In ARD's latest DeutschlandTrend, 21% backed the coalition."
    (m,) = attribute(text, "21%")
    assert m["pollster"] == "Infratest dimap"


def test_an_outlet_owning_a_named_poll_is_its_sponsor():
    text = ("ZDF's Politbarometer put the Union at 29%. In ARD's most recent DeutschlandTrend, 22% backed the AfD. "
            "The NRF-Opinium survey found 44% of shoppers cutting back.")
    first, second, third = attribute(text, "29%", "22%", "44%")
    assert (first["pollster"], first["sponsor"]) == ("Forschungsgruppe Wahlen", "ZDF")
    assert (second["pollster"], second["sponsor"]) == ("Infratest dimap", "ARD")
    assert (third["pollster"], third["sponsor"]) == ("Opinium", "NRF")


def test_a_poll_s_name_run_by_its_own_pollster_is_no_publisher():
    text = "The ARD-DeutschlandTrend survey, carried out by Infratest dimap, found 26% for the AfD."
    (m,) = attribute(text, "26%")
    assert (m["pollster"], m["sponsor"]) == ("Infratest dimap", "ARD")


def test_a_pollster_described_by_its_home_town_is_named_without_it():
    text = ("Most renters want a cap, according to a survey conducted by Tacoma-based Rainier Opinion Research. "
            "It found 58% in favour. Rainier Opinion Research interviewed 700 renters statewide by phone and online "
            "between Sept. 3 and 9.")
    (m,) = attribute(text, "58%", published="2026-09-20")
    assert m["pollster"] == "Rainier Opinion Research"
    assert (m["fieldwork_start"], m["fieldwork_end"]) == ("2026-09-03", "2026-09-09")  # dated by its later sentence


def test_a_listed_name_shortened_after_its_full_form_is_that_pollster():
    text = ("The Gallup Korea figures came out on Friday. Gallup had the president at 47 percent. "
            "A separate Realmeter survey had him at 45 percent.")
    gallup, realmeter = attribute(text, "47 percent", "45 percent", published="2026-05-02")
    assert gallup["pollster"] == "Gallup Korea" and realmeter["pollster"] == "Realmeter"


def test_a_short_name_two_longer_listed_names_extend_stays_as_written():
    text = ("Gallup Korea and Gallup Pakistan both asked about trade. Gallup found 40 percent worried.")
    (m,) = attribute(text, "40 percent", published="2026-05-02")
    assert m["pollster"] == "Gallup"


def test_a_sentence_opening_on_an_earlier_time_gives_an_earlier_wave_s_values():
    text = ("Opinium's latest poll, taken on March 10 and 11, puts the Greens on 18%. "
            "A week earlier, Opinium had the Greens on 15%.")
    now, before = attribute(text, "18%", "15%", published="2026-03-13")
    assert now["fieldwork_start"] == "2026-03-10" and not now["earlier_wave"]
    assert before["earlier_wave"] and before["fieldwork_start"] == "2026-03"


def test_a_participle_opening_a_sentence_is_no_pollster():
    text = "Having questioned 3,000 shoppers, the Retail Pulse survey by Ipsos found 41% cutting back."
    (m,) = attribute(text, "41%", published="2026-05-02")
    assert m["pollster"] == "Ipsos"


def test_a_pollster_that_measured_a_race_runs_the_figures_after_it():
    text = ("Opinium's survey for the Observer put Labour on 30%. Survation measured a closer race in its own poll. "
            "Among all adults, 29% backed Labour.")
    _, later = attribute(text, "30%", "29%", published="2026-05-02")
    assert later["pollster"] == "Survation"


def test_a_vote_basis_in_another_clause_is_not_the_value_s():
    text = ("The latest Newspoll had the Liberals on 31% and the Greens on 12%, with Labor ahead 55-45 on a "
            "two-party-preferred basis.")
    liberals, labor = attribute(text, "31%", "55", published="2026-03-02")
    assert "two-party-preferred" not in (liberals["question_terms"] or "")
    assert "two-party-preferred" in labor["question_terms"]
