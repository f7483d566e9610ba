"""Numbers in ordinary news that are not survey figures: none may be extracted at the default confidence.

Most articles cite no poll at all, so a false positive on plain news costs precision everywhere. All
paragraphs are written for these tests (no corpus text).
"""

import pytest

from etl.extract import extract_articles
from etl.ingest import Article

DEFAULT_MIN_CONFIDENCE = 0.5  # the `extract` CLI default

NOT_SURVEY_FIGURES = {
    "age": "The singer, 74, announced on Tuesday that she would retire after a final tour of 30 cities next spring.",
    "years": "The bridge opened in 1932 and was last renovated in 2004, when engineers replaced 40 of its cables.",
    "money": "The council will spend £12.5m on new school buildings, up from £9m last year, officials said.",
    "inflation": "Inflation eased to 3.2% in March from 3.8% in February, the lowest level in two years.",
    "gdp": "The economy grew 0.4% in the second quarter, leaving output 1.9% higher than a year earlier.",
    "unemployment": "Unemployment held at 4.1% last month as employers added 210,000 jobs, the Labor Department said.",
    "interest_rate": "The central bank raised its benchmark rate by 0.25 percentage points to 5.25%, its highest "
                     "level since 2001.",
    "turnout": "Turnout reached 67% across the country, with queues outside many stations well into the evening.",
    "vote_share": "The Liberal candidate won 52% of the vote, ahead of the Green challenger on 31%.",
    "seats": "The ruling party took 48% of the vote and 210 of the 400 seats, short of an outright majority.",
    "election_result": "With 95% of precincts reporting, the incumbent mayor led with 58.3% to 41.7%.",
    "casualties": "At least 23 people were killed and 60 injured when the ferry capsized off the coast, "
                  "and 40% of the passengers remain unaccounted for.",
    "vaccine": "The vaccine was 94% effective at preventing severe illness in the trial, the company said.",
    "discount": "Shoppers can get 40% off winter coats this weekend, while shoes are reduced by up to 25%.",
    "possession": "United had 64% of possession but managed only three shots on target in the first half.",
    "shooting": "She shot 48% from the field and 41% from three-point range over the season.",
    "win_rate": "The coach has won 71% of his matches since taking charge, the best record in the club's history.",
    "market_share": "The company now controls 38% of the smartphone market in Europe, according to analysts.",
    "battery": "The new phone's battery dropped to 20% after six hours of video playback in our tests.",
    "charge": "The car can charge from 10% to 80% in 18 minutes at a fast-charging station, the maker says.",
    "tax_rate": "The top rate of income tax will rise to 45% for earnings above £125,000 from April.",
    "apr": "The card charges an APR of 24.9%, and a 3% fee applies to balance transfers.",
    "exam": "The pass rate for the driving test fell to 46% last year, with 71% of candidates in rural centres "
            "passing first time.",
    "exam_results": "Some 28% of entries were awarded an A or A* this summer, down from 36% two years ago.",
    "weather": "There is a 70% chance of rain on Saturday, and forecasters expect gusts of 60mph along the coast.",
    "shares_fell": "Shares fell 5% in early trading after the retailer cut its profit forecast.",
    "company_results": "Revenue was up 12 per cent to $4.2bn, and operating profit climbed 8%.",
    "statistics_office": "According to the Office for National Statistics, 14% of households had no working adult, "
                         "and 22% of children lived in relative poverty.",
    "census": "The census found that 18% of residents were born abroad, compared with 13% a decade earlier.",
    "clinical_trial": "In the trial, 62% of patients given the drug went into remission, against 35% of those "
                      "on placebo.",
    "reef": "A survey of the reef found that 60% of the corals had bleached, the marine institute reported.",
    "birds": "The annual survey of garden birds recorded a 30% decline in sparrows since 2010.",
    "budget_half": "Half of the budget goes on salaries, and a quarter on maintaining the buildings.",
    "team_third": "The side has lost a third of the team's games this season, and half of its home fixtures.",
    "fraction_land": "Roughly two-thirds of the country is covered by forest, officials said.",
    "occupancy": "Hotel occupancy rose to 85% over the holiday weekend, the tourism board said.",
    "house_prices": "House prices rose 6.5% in the year to June, pushing the average home to £290,000.",
    "salary": "Nurses will receive a 5% pay rise this year, the health secretary said.",
    "energy": "Renewables supplied 47% of the country's electricity last year, a record share.",
    "recycling": "The city now recycles 52% of its household waste, up from 41% in 2015.",
    "crime": "Recorded burglaries fell by 12% in the capital, police figures show.",
    "approval_of_plan": "The planning committee approved the scheme, which will raise the number of homes by 15%.",
    "completion": "About 80% of the new railway line is finished, the transport minister said on Monday.",
    "poll_as_election": "The party won 38% in the 2019 polls and hopes to improve on that when the state goes to "
                        "the polls in May.",
    "assembly_polls": "In the assembly polls, the alliance's vote share rose to 44.5% from 39%, the election "
                      "commission said.",
    "poll_tax": "The poll tax was scrapped in 1991 after riots, and council tax bills rose 4.99% this year.",
    "sports_poll": "The Wildcats, ranked No. 8 in the AP poll, have won 90% of their home games under the coach.",
    "legal_respondents": "The respondents in the case were ordered to pay 30% of the claimant's legal costs.",
    "police_questioned": "Police questioned 14 men after the raid; 60% of the seized goods were counterfeit.",
    "drug_approval": "The regulator gave approval to the drug, which cut the risk of heart attack by 20% in trials.",
    "vote_count": "With 80% of votes counted, the opposition candidate had 54%, according to the electoral commission.",
    "referendum": "Voters rejected the proposal by 56% to 44%, with turnout of 61%.",
    "primary": "She carried 62% of the vote in the primary, winning every county in the state.",
    "stock_index": "The FTSE 100 closed up 1.2%, while the pound slipped 0.3% against the dollar.",
    "site_surveyed": "Engineers surveyed the site last week and found 30% of the foundations were damaged.",
    "growth_forecast": "The IMF expects growth of 2.7% next year, down from a forecast of 3.1% in January.",
    "attendance": "Attendance at the museum was up 18% on last year, with 45% of visitors coming from abroad.",
    "broadband": "Broadband speeds improved by 25%, and 92% of homes can now get a gigabit connection, Ofcom said.",
    "strike_ballot": "Members voted 87% in favour of strike action on a turnout of 58%, the union said.",
    "union_ballot": "In the ballot, 79% of nurses voted to accept the pay offer, the union announced.",
    "school_standard": "Three quarters of pupils met the expected standard in reading, the Department for Education "
                       "said.",
    "engine": "The new engine is 15% more efficient and cuts emissions by 30%, the manufacturer claims.",
    "reservoir": "Reservoir levels stood at 48% of capacity, compared with 75% a year ago.",
    "shareholder_vote": "Some 35% of shareholders voted against the chief executive's pay package at the annual "
                        "meeting.",
    "covid_tests": "Cases rose 12% in a week, and 8% of tests came back positive, health officials said.",
    "poverty_line": "Around 20% of children in the region live below the poverty line, according to government data.",
    "aerial_survey": "An aerial survey showed that 40% of the glacier had melted since 1990.",
    "debt": "Moody's cut the country's rating, citing debt that has reached 110% of output.",
    "tv_share": "The finale drew 9.2 million viewers, a 41% audience share, the broadcaster said.",
    "tennis": "She won 78% of points on her first serve and saved 9 of 11 break points.",
    "mps_vote": "MPs voted 320 to 250 in favour of the bill, a majority of 70.",
    "age_range": "The scheme is open to people aged 18 to 24, and 40% of places are reserved for care leavers.",
    "pollution": "Air pollution fell by a fifth during the lockdown, and nitrogen dioxide levels dropped 35%.",
    "mortgage": "Two-year fixed deals now average 5.9%, and one in five borrowers faces a rise in payments.",
    "labour_force_survey": "The Office for National Statistics' Labour Force Survey showed the employment rate at "
                           "75.4%.",
    "pmi": "The purchasing managers' index rose to 52.1 in June, above the 50 mark that separates growth from "
           "contraction.",
    "gp_lists": "One in three GP practices has closed its list to new patients, the health watchdog said.",
    "population": "About 17% of the population is over 65, and the figure will rise to a quarter by 2040.",
    "video": "The video has 2 million likes, and 85% of viewers watched it to the end, the platform said.",
    "film_rating": "The film has a 92% rating on Rotten Tomatoes and took $150m at the box office.",
    "bookmakers": "Bookmakers give the favourite a 60% chance of winning, with odds of 4-6.",
    "ballots_counted": "Polls closed at 10pm, and by midnight 40% of the ballots had been counted.",
    "party_polled": "The party polled 23% in the 2022 election, its best result since 1990.",
    "seat_changes": "The Liberal Democrats finished with 72 (+64) seats and the SNP with 9 (-39) in the new "
                    "parliament.",
    "stadium": "The club says crowds average 41,200, or 96% of stadium capacity, and it had 61% possession on "
               "Sunday.",
    "petition": "To force a recall vote, organisers need signatures equal to 15 per cent of registered voters.",
}

POLL_THEN_OTHER = [
    # (paragraph, the poll figure's value_text, its value)
    ("Inflation rose to 4% in May. A YouGov poll found 61% of voters said the cost of living was their top "
     "concern.", "61%", 61.0),
    ("The Greens won 12% of the vote at the last election. In a new Ipsos survey, 18% of respondents said "
     "they would vote Green.", "18%", 18.0),
    ("Shares in the company fell 7% on Monday. Some 43% of adults surveyed by Gallup said they trust "
     "big technology firms.", "43%", 43.0),
    ("The vaccine was 90% effective in trials. Yet a Pew Research Center poll found 27% of parents said they "
     "would not vaccinate their children.", "27%", 27.0),
    ("Unemployment is at 5.2%. According to a Morning Consult poll, 55% of voters disapprove of the "
     "government's handling of the economy.", "55%", 55.0),
    ("Turnout was 71% in 2019. A Survation poll for the newspaper found 38% of voters back the new leader.",
     "38%", 38.0),
    ("The team won 80% of its matches last season. In a poll of fans, 64% said the manager should stay.",
     "64%", 64.0),
    ("Petrol prices are up 15% this year. A Savanta survey found 49% of drivers said they now use their car "
     "less.", "49%", 49.0),
    ("The singer, 52, sold 2 million records last year. A Deltapoll survey found 33% of Britons said they "
     "had heard of her new album.", "33%", 33.0),
    ("Half of the budget goes on pensions. In a poll by Opinium, 58% of voters said pensions should rise "
     "with inflation.", "58%", 58.0),
]

POLL_BESIDE_OTHER_NUMBERS = [  # (paragraph, every figure expected as (kind, value_text, value))
    ("A YouGov poll found 61% of voters back the plan, which would raise the top tax rate to 45%.",
     [("share", "61%", 61.0)]),
    ("Although inflation is running at 6%, an Ipsos poll found 52% of adults said their finances were stable.",
     [("share", "52%", 52.0)]),
    ("Some 58% of those surveyed by Gallup said interest rates of 5% were too high.", [("share", "58%", 58.0)]),
    ("In a Pew survey of 2,000 adults, 44% said the 20% tariff on imports would hurt them.",
     [("sample_size", "2,000", 2000.0), ("share", "44%", 44.0)]),
    ("The company's shares rose 3% after a Morning Consult survey found 71% of customers trusted the brand.",
     [("share", "71%", 71.0)]),
    ("According to a Deltapoll survey, 29% of voters said the unemployment rate of 4.5% was their main worry.",
     [("share", "29%", 29.0)]),
    ("Turnout was just 34%, yet an exit poll showed 55% of those who voted backed the mayor.",
     [("share", "55%", 55.0)]),
    ("A YouGov poll found 48% of voters are gloomy about the economy. Prices in shops are 9% higher than a year "
     "ago. Half of the government's budget now goes on welfare and debt.", [("share", "48%", 48.0)]),
    ("Opinium's poll puts Labour on 41%. The party won 34% at the last election and holds 202 seats. The "
     "minister, 57, has been an MP since 1997.", [("share", "41%", 41.0)]),
    ("A Gallup poll found 60% of Americans approve of the deal. The S&P 500 gained 1.4% on the news. Oil fell 3%.",
     [("share", "60%", 60.0)]),
    ("A new poll by Survation found 44% of Scots back independence. The Scottish economy grew 0.6% last quarter. "
     "Some 70% of the country's electricity comes from wind.", [("share", "44%", 44.0)]),
    ("The Pew survey found 35% of teenagers use the app daily. The company's revenue climbed 22% to $3bn. Its "
     "market share is 40%.", [("share", "35%", 35.0)]),
    ("In a Deltapoll survey, 61% of parents said school meals should be free. Around 22% of pupils currently "
     "qualify, and the scheme costs £1.4bn a year.", [("share", "61%", 61.0)]),
    ("A YouGov poll found 45% of drivers back the new limit. Road deaths fell 6% last year, and 20% of crashes "
     "involve speeding.", [("share", "45%", 45.0)]),
    ("A Redfield poll found the senator ahead by 3 points. He carried the state by 8 points in 2020, winning 53% of "
     "the vote.", [("change", "3 points", 3.0)]),
    ("A YouGov poll found 52% of voters back the plan. Separately, inflation rose to 2.6% in the year to May, "
     "up from 2.3% in April.", [("share", "52%", 52.0)]),
    ("A Redfield poll put the senator 4 points ahead. He won the state by 6.5 points in 2018 but lost it by 0.4 "
     "points in 2022.", [("change", "4 points", 4.0)]),
]

POLL_ARTICLE_OTHER_SHARES = [  # a poll paragraph, then a share of things, a pay claim or a cut: only the poll figure
    "The rail workers' union is holding out for a 9% rise in pay this year.",
    "The union wants 7% for next year and has threatened further strikes.",
    "Nurses are asking for 11% to make up for years of pay restraint.",
    "Ministers have offered 4.5%, which the union called an insult.",
    "The operator cut 12% of its workforce last spring.",
    "The bank is shedding 15% of its staff in a cost-saving drive.",
    "The group employs 9,000 people, about 55% of them based outside Europe.",
    "Roughly 40% of them work in warehouses.",
    "On the first day of the strike, 25% of trains were cancelled.",
    "Nearly 35% of flights out of the airport were delayed.",
    "Some 20% of buses did not run on Monday.",
    "Average attendance is 41,200, or 96% of stadium capacity.",
    "The home side had 58% possession in the first half.",
    "Around 4% of the adult population is diabetic, according to health officials.",
    "Nearly 12% of the population was born abroad.",
    "A fifth of the working-age population is now self-employed.",
]
POLL_PARAGRAPH = "A YouGov poll found 52% of voters support the strike. "
POLL_ARTICLE_UNITLESS_PAIRS = [  # two figures without a unit near a poll, that are no split of its respondents
    "The Senate voted 52-48 to confirm the judge, days after the poll.",
    "The poll came as the chamber passed the bill by a vote of 61 to 38.",
    "Leave won the referendum 52-48, and the poll suggests little has changed.",
    "In the poll, adults aged 35-64 were asked about their pensions.",
    "The survey ran from 2019-2024 and asked about the strike.",
    "United beat City 3-1 on Saturday, and the poll of fans came out on Sunday.",
    "The poll was published after a 5-4 ruling by the justices.",
    "The survey was held on 12-14 March and 22 to 28 April.",
    "The poll followed the 51-49 vote on the budget in the upper house.",
    "The poll gives the challenger a 50/50 chance of an upset.",
    "Ranked No. 4 in the AP poll, the Tigers took a 41-37 halftime lead.",
    "It passed 55-45 in the chamber a day after the poll.",
]


def extracted(text: str) -> list[dict]:
    return extract_articles([Article(id="n", text=text)], min_confidence=DEFAULT_MIN_CONFIDENCE)


@pytest.mark.parametrize("text", NOT_SURVEY_FIGURES.values(), ids=NOT_SURVEY_FIGURES.keys())
def test_ordinary_news_numbers_are_not_survey_figures(text):
    assert [(c["kind"], c["value_text"]) for c in extracted(text)] == []


@pytest.mark.parametrize(("text", "value_text", "value"), POLL_THEN_OTHER, ids=[p[1] for p in POLL_THEN_OTHER])
def test_only_the_poll_figure_is_extracted_next_to_other_numbers(text, value_text, value):
    shares = [(c["kind"], c["value_text"], c["value"]) for c in extracted(text)]
    assert shares == [("share", value_text, value)]


@pytest.mark.parametrize(("text", "expected"), POLL_BESIDE_OTHER_NUMBERS,
                         ids=[str(i) for i in range(len(POLL_BESIDE_OTHER_NUMBERS))])
def test_poll_figures_are_told_from_numbers_in_the_same_paragraph(text, expected):
    assert [(c["kind"], c["value_text"], c["value"]) for c in extracted(text)] == expected


@pytest.mark.parametrize("other", POLL_ARTICLE_OTHER_SHARES,
                         ids=[str(i) for i in range(len(POLL_ARTICLE_OTHER_SHARES))])
def test_shares_of_things_and_pay_claims_in_a_poll_article_are_not_poll_figures(other):
    figures = [(c["kind"], c["value_text"]) for c in extracted(POLL_PARAGRAPH + other)]
    assert figures == [("share", "52%")]


@pytest.mark.parametrize("other", POLL_ARTICLE_UNITLESS_PAIRS,
                         ids=[str(i) for i in range(len(POLL_ARTICLE_UNITLESS_PAIRS))])
def test_votes_scores_ages_and_dates_as_unitless_pairs_are_not_poll_figures(other):
    figures = [(c["kind"], c["value_text"]) for c in extracted(POLL_PARAGRAPH + other)]
    assert figures == [("share", "52%")]


@pytest.mark.parametrize("sentence", [
    "Some 41% of the population is against the new tax.",
    "Half of the population is worried about prices.",
    "About 30% of the population are now in favour of rejoining.",
    "Some 35% of the population has no confidence in the police.",
])
def test_an_attitude_of_a_population_in_a_poll_article_is_still_a_poll_figure(sentence):
    figures = [(c["kind"], c["value"]) for c in extracted(POLL_PARAGRAPH + sentence)]
    assert len(figures) == 2 and figures[1][0] == "share"


@pytest.mark.parametrize("group", ["Americans", "Britons", "Germans", "Belarusians", "Democrats", "parents",
                                   "first-time buyers", "economists"])
def test_a_share_of_a_people_group_in_a_poll_article_is_still_a_poll_figure(group):
    text = f"A YouGov poll was published on Monday. Across the country, 38% of {group} are now on the list."
    assert [(c["kind"], c["value_text"]) for c in extracted(text)] == [("share", "38%")]


POLL_ARTICLE_OFFICIAL_AND_MARKET_FIGURES = [  # beside a poll: official statistics, turnout, loan rates, prices, sales
    "About 12.3 per cent of adults smoke, according to the Office for National Statistics.",
    "Some 7.1% of people aged 16 and over vape every day, the ONS said.",
    "The Census Bureau reported that 11.1% of Americans lived in poverty last year.",
    "Around 27% of adults are obese, official figures show.",
    "Only 54% of young voters cast a ballot in the last election.",
    "Some 63% of the electorate turned out in the referendum.",
    "Three-year deals averaged 4.72 per cent this week.",
    "About 1.2 million homeowners will roll off fixed deals of 1.5% or less.",
    "Savers can now get 4.3% on instant-access accounts.",
    "The price of coffee is up 21%, and tea 9 per cent.",
    "Own-label ranges now account for 48% of sales.",
    "Electric cars took 19% of sales last month.",
    "Gross margin improved by 0.4 percentage points, according to Kantar.",
    "Buyers now need a deposit worth 16% of the property price, the lender said.",
    "About 41% of eligible voters in the county are registered Democrats, the secretary of state's office said.",
    "Some 39% of retired people pay income tax, according to HMRC.",
    "Blood pressure fell in the trial, and 14.2% of participants stopped early because of side effects.",
    "About 8% of the population has type 2 diabetes.",
]


@pytest.mark.parametrize("other", POLL_ARTICLE_OFFICIAL_AND_MARKET_FIGURES,
                         ids=[str(i) for i in range(len(POLL_ARTICLE_OFFICIAL_AND_MARKET_FIGURES))])
def test_official_statistics_turnout_rates_and_prices_beside_a_poll_are_not_poll_figures(other):
    text = POLL_PARAGRAPH + "The survey interviewed 2,050 adults. " + other  # two survey cues: a strong poll article
    figures = [(c["kind"], c["value_text"]) for c in extracted(text)]
    assert figures == [("share", "52%"), ("sample_size", "2,050")]


@pytest.mark.parametrize(("sentence", "value_text"), [
    ("The ONS Opinions and Lifestyle Survey found 41% of adults had cut back on heating.", "41%"),
    ("In the census bureau's household pulse survey, 36% of adults said they struggled to pay bills.", "36%"),
    ("The ONS said 29% of adults reported feeling lonely some of the time.", "29%"),
])
def test_a_statistics_office_survey_figure_is_still_extracted(sentence, value_text):
    text = "The statistics office interviewed 3,100 adults in its latest survey. " + sentence
    assert ("share", value_text) in [(c["kind"], c["value_text"]) for c in extracted(text)]


def test_a_poll_of_a_stated_sample_counts_in_an_article_full_of_election_results():
    text = ("The governor won 53.1% of the vote in 2022 and her party holds 61 of the 100 seats. Turnout was 58%, "
            "and the election results were certified in December. A Marist poll of 1,210 registered voters found "
            "46% approve of her handling of the budget.")
    assert [(c["kind"], c["value_text"]) for c in extracted(text)] == [("sample_size", "1,210"), ("share", "46%")]


POLL_ARTICLE_MARKET_SPORT_AND_RECORD_FIGURES = [  # beside a strong poll: odds, price and pay changes, share prices,
    # a player's points, polling errors, ordinals, strike and admission records, ballots and tallies
    "Money markets see a 45% chance of a rate cut in June, up from 20% last week.",
    "Betting exchanges put her chances at 62%, the highest since the campaign began.",
    "Firms expect to raise their prices by 4.1% over the coming year.",
    "Landlords have put up rents by an average of 6% since January.",
    "Regular pay growth slowed to 5.2% from 5.6% in the previous quarter.",
    "\"Growth is slowing,\" said one economist, adding that the Bank would keep cutting rates from the current 4%.",
    "Shares in the software maker tumbled 18% after the warning.",
    "The rouble has weakened by about 12% against the dollar this year.",
    "The guard finished with 28 points, 9 rebounds and 7 assists.",
    "He added 19 points on 7-of-12 shooting.",
    "The visitors made 14 of 30 three-point attempts (46.7%).",
    "The minister unveiled a five-point plan for the railways.",
    "The final polls overstated the Labour lead by about three points.",
    "Last time the polling average was off by roughly two points.",
    "Unions have called a fifth day of strikes for Thursday.",
    "The ministry said 19% of teachers had walked out on Tuesday.",
    "Around 30 per cent of staff were on strike at the refinery.",
    "Some 85% of applicants were placed at their first-choice school.",
    "The ministry said 11% of civil servants stopped work, compared with 26% in January.",
    "Some 61% of returned mail ballots came from registered Democrats.",
    "Her vote share was down four points on 2021 in early tallies.",
    "Uptake stayed below the government's target of 80%.",
    "Some 68% of pupils achieved a pass in both subjects.",
    "About 92% of hospital beds were occupied over the weekend.",
    "The projected national share, based on results in 1,200 wards, put the Greens on 14%.",
    "Only 69% of care home residents had a booster this autumn, UK Health Security Agency data show.",
    "The quarterback completed 68% of his passes for 301 yards.",
    "The visitors were 4-of-13 on third down (31%).",
    "About 55% of the marchers were students, according to the organisers.",
    "Its key rate now stands at 4.5%, the highest in the region.",
    "The average error on the Tory share was 4.1 points, the largest since 1970.",
    "Few final polls had the lead within two points of the actual result.",
    "Only one in four final polls had the lead right.",
    "Today only 2% of the people they dial complete an interview.",
    "About 81% of over-65s are now fully vaccinated, health officials said.",
    "Some 64% of adults had received a first dose, according to the Centers for Disease Control.",
]


@pytest.mark.parametrize("other", POLL_ARTICLE_MARKET_SPORT_AND_RECORD_FIGURES,
                         ids=[str(i) for i in range(len(POLL_ARTICLE_MARKET_SPORT_AND_RECORD_FIGURES))])
def test_odds_price_changes_points_scored_and_records_beside_a_poll_are_not_poll_figures(other):
    text = POLL_PARAGRAPH + "The survey interviewed 2,050 adults. " + other
    assert [(c["kind"], c["value_text"]) for c in extracted(text)] == [("share", "52%"), ("sample_size", "2,050")]


def test_an_earlier_value_of_a_poll_figure_is_still_a_poll_figure():
    text = "A YouGov poll found 44% of voters back the plan, up from 39% in May."
    assert [(c["kind"], c["value_text"]) for c in extracted(text)] == [("share", "44%"), ("share", "39%")]
    text = "A YouGov poll puts Labour on 30%, down from 33% in the previous poll."
    assert [(c["kind"], c["value_text"]) for c in extracted(text)] == [("share", "30%"), ("share", "33%")]


def test_a_net_balance_of_a_business_survey_is_a_share():
    text = "House prices slipped. A net balance of 27% of surveyors reported a fall in buyer demand in March."
    assert [(c["kind"], c["value"]) for c in extracted(text)] == [("share", 27.0)]


def test_a_panel_of_manufacturers_is_a_sample():
    text = "Factory output fell again. The survey is based on responses from around 3,100 manufacturers."
    assert [(c["kind"], c["value"]) for c in extracted(text)] == [("sample_size", 3100.0)]


def test_a_past_election_result_after_a_poll_figure_is_not_one():
    text = POLL_PARAGRAPH + "The party was on 26%, down from 29.5% at the last election."
    assert [(c["kind"], c["value_text"]) for c in extracted(text)] == [("share", "52%"), ("share", "26%")]


def test_council_polls_are_elections():
    text = "Labour lost ground in the council polls on Thursday. Its candidates took 22% in the wards counted so far."
    assert extracted(text) == []


def test_an_exit_poll_share_of_the_votes_is_a_poll_figure():
    text = ("The exit poll was broadcast at 8pm, and a second exit poll followed an hour later. "
            "According to the exit poll by the national broadcaster, the ruling party received 43.5 percent of the "
            "votes. With 60 percent of ballots counted, the commission put it on 47.1 percent of the votes.")
    assert [(c["kind"], c["value_text"]) for c in extracted(text)] == [("share", "43.5 percent")]


def test_what_census_respondents_said_is_no_poll_figure():
    text = ("The census found that the number of Catholics fell sharply, according to the statistics office. "
            "Sikhs made up 0.9% of the population, while 2.1% said they were Buddhist.")
    assert extracted(text) == []


RATE_POLL_INTRO = ("A Leger survey of 1,500 adults was published on Sunday. Some 61% of voters back the plan, the poll "
                   "found. The survey was carried out online. ")


def test_a_central_bank_policy_rate_in_a_poll_article_is_not_a_share():
    text = RATE_POLL_INTRO + "The Reserve Bank has cut its policy rate three times this year, to 3.75 per cent."
    assert [(c["kind"], c["value_text"]) for c in extracted(text)] == [("sample_size", "1,500"), ("share", "61%")]


def test_the_share_who_answered_a_survey_is_not_a_result():
    text = POLL_PARAGRAPH + "Of the 3,000 members invited to take part, 41 percent responded."
    assert [(c["kind"], c["value_text"]) for c in extracted(text)] == [("share", "52%")]


def test_a_share_against_after_a_share_in_favour_is_a_result_despite_a_tax_word():
    text = RATE_POLL_INTRO + ("Asked about the plan to cut the fuel tax, 52 percent were in favour and 41 percent "
                              "against.")
    assert [c["value_text"] for c in extracted(text) if c["kind"] == "share"] == ["61%", "52 percent", "41 percent"]


def test_a_currency_falling_against_the_dollar_is_no_share():
    assert extracted("The peso fell 4% against the dollar on Monday, its sharpest drop in a year.") == []


@pytest.mark.parametrize("other", [
    "The company holds a 22% share of the online reservations market.",
    "Its app now has a 9 per cent market share.",
    "The association's members account for 62% of U.S. restaurant locations.",
])
def test_market_shares_and_compositions_beside_a_poll_are_not_poll_figures(other):
    poll = "A survey of 500 restaurant owners by a trade body found that 31% expect to cut hours. "
    assert [c["value_text"] for c in extracted(poll + other)] == ["500", "31%"]


def test_a_group_accounting_for_a_share_of_the_sample_is_still_a_poll_figure():
    text = "A survey of 1,000 voters was published on Monday. Undecided voters account for 7% of the sample."
    assert "7%" in [c["value_text"] for c in extracted(text)]


def test_a_party_line_accounting_for_a_vote_share_is_still_a_poll_figure():
    """Only a composition ("account for 62% of locations") is no answer; a poll's last party line is one."""
    text = ("The Harbour Poll for the Gazette puts the Greens on 9 per cent. "
            "Independents and smaller parties account for 12 per cent.")
    assert "12 per cent" in [c["value_text"] for c in extracted(text)]


@pytest.mark.parametrize("ordinal", ["the index rose for a third session", "the bill passed a third reading",
                                     "talks went into a second half", "the league's third period"])
def test_an_ordinal_fraction_word_before_a_session_or_reading_is_no_share(ordinal):
    values = [c["value_text"] for c in extracted(f"A new Ipsos poll found 44% back the deal. Meanwhile {ordinal}.")]
    assert values == ["44%"]


def test_a_question_put_to_respondents_makes_its_answers_poll_figures_despite_economic_words():
    text = ("A new Kantar poll was published on Tuesday. Asked about raising the aid budget to 0.7 percent of GDP, "
            "41 percent said they were in favour and 35 percent were opposed.")
    assert [c["value_text"] for c in extracted(text)] == ["41 percent", "35 percent"]


def test_an_answer_in_brackets_after_ahead_of_is_a_share_and_quorums_and_baselines_are_not():
    text = ("The Pulse barometer was published on Friday. Crime is the top worry for 29% of respondents, "
            "ahead of unemployment (17%). Only 41% said they would vote, well short of the 50 per cent quorum. "
            "Emissions were 21% below 1990 levels, the ministry said.")
    assert [c["value_text"] for c in extracted(text)] == ["29%", "17%", "41%"]


def test_a_bank_s_benchmark_rate_beside_a_poll_is_no_share():
    text = ("A Quaest poll found 44% back the government. The central bank kept its benchmark Selic rate at 10.5% "
            "and kept the benchmark interest rate of its neighbour in view.")
    assert [c["value_text"] for c in extracted(text)] == ["44%"]


def test_sectors_of_national_accounts_beside_a_poll_are_no_shares():
    text = ("A new Ipec poll found 45% approve. Manufacturing contracted 2.1% in the quarter, while services "
            "rose 0.4% and industry 0.3%.")
    assert [c["value_text"] for c in extracted(text)] == ["45%"]
