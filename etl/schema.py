"""The package contract: every table, its fields and the check rules, in plain Python.

Kept free of pandas and pandera so the dashboard can read the column lists without loading the
validation stack; `etl.package` turns this spec into pandera schemas, datapackage.json and the README.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ID_PATTERN = r"^[0-9a-f]{16}$"
SHA256_PATTERN = r"^[0-9a-f]{64}$"
DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
CHECK_RULES = {
    "conflicting_citations": "Two articles cite values for one figure that cannot be the same number: a value "
                             "stands for half a unit of its last written digit (\"5%\" = 4.5 to 5.5), and no value "
                             "of one article falls within a value of the other. Severity warning.",
    "differs_from_published": "A citation whose value, allowing for its rounding, is not the value the pollster "
                              "published (\"5%\" agrees with a published 4.6, \"4%\" does not). Severity error.",
    "sum_over_100": "The answer options that articles cite for one question (same survey, question and "
                    "subgroup; answer options are known from the pollster's publication) add up to more than 100 "
                    "plus half a point per option. Severity warning.",
    "share_out_of_range": "A share of respondents below 0 or above 100%. Severity error.",
    "change_disagrees": "A stated change (\"up 5 points\") differs by more than 1.5 points from the difference "
                        "between this wave's value and the previous wave's value of the same question. "
                        "Severity warning.",
    "implausible_margin_of_error": "The stated margin of error is below 0.75 or above 2 times 98/√n, the margin "
                                   "of a simple random sample of the stated size n. Severity warning.",
    "unattributed": "A figure whose survey has no known pollster or no fieldwork date. Severity info.",
}
CHECK_NAMES = tuple(CHECK_RULES)


@dataclass(frozen=True)
class Field:
    name: str
    type: str  # frictionless type: string | integer | number
    description: str
    required: bool = False
    enum: tuple[str, ...] | None = None
    minimum: float | None = None
    maximum: float | None = None
    pattern: str | None = None
    references: str | None = None  # "table.field" foreign key


@dataclass(frozen=True)
class Table:
    name: str
    title: str
    description: str
    fields: tuple[Field, ...] = field(default_factory=tuple)

    @property
    def key(self) -> str:
        return self.fields[0].name

    @property
    def columns(self) -> list[str]:
        return [f.name for f in self.fields]


def _id(name: str, what: str, references: str | None = None, required: bool = True) -> Field:
    return Field(name, "string", what, required=required, pattern=ID_PATTERN, references=references)


TABLES: dict[str, Table] = {t.name: t for t in (
    Table("sources", "Sources", "One row per news article that was read. No article text is published: the "
          "hash identifies the exact text that citation offsets refer to.", (
        _id("source_id", "Content hash of the article's URL and text hash (several articles may share a URL)."),
        Field("url", "string", "Address of the article as given in the input."),
        Field("outlet", "string", "Publication that ran the article."),
        Field("title", "string", "Headline of the article."),
        Field("published", "string", "Publication date of the article (ISO 8601).", pattern=DATE_PATTERN),
        Field("retrieved", "string", "Date the article text was retrieved, when the input says (ISO 8601).",
              pattern=DATE_PATTERN),
        Field("text_sha256", "string", "SHA-256 of the article text (UTF-8) that char offsets refer to.",
              required=True, pattern=SHA256_PATTERN),
    )),
    Table("surveys", "Surveys", "One row per survey wave. Metadata come from the pollster's own publication "
          "when known (basis primary), otherwise from what the citing articles say (most common value).", (
        _id("survey_id", "Content hash of the survey wave's natural key (pollster and fieldwork period; for a "
            "survey known only from the pollster's publication, that publication's wave)."),
        Field("pollster", "string", "Organisation that ran the survey."),
        Field("sponsor", "string", "Organisation that commissioned or paid for the survey."),
        Field("population", "string", "Who was asked, as stated."),
        Field("geography", "string", "Country surveyed (ISO 3166 code)."),
        Field("fieldwork_start", "string", "First day of fieldwork (YYYY-MM-DD, or YYYY-MM / YYYY when only "
              "the month or year is known).", pattern=DATE_PATTERN),
        Field("fieldwork_end", "string", "Last day of fieldwork, same format as fieldwork_start.",
              pattern=DATE_PATTERN),
        Field("date_precision", "string", "Precision of the fieldwork dates.", enum=("day", "month", "year")),
        Field("sample_size", "integer", "Number of respondents.", minimum=1),
        Field("mode", "string", "How respondents were reached (online, phone, face-to-face…); \"exit poll\" for a poll "
              "of voters leaving polling stations."),
        Field("margin_of_error", "number", "Stated margin of error, ± percentage points.", minimum=0),
        Field("primary_url", "string", "Where the pollster published the results."),
        Field("basis", "string", "Where the metadata come from: the pollster's publication or the articles.",
              required=True, enum=("primary", "article")),
    )),
    Table("figures", "Figures", "One row per survey × question × answer × subgroup: the number a pollster "
          "reported, which several articles may cite with different values.", (
        _id("figure_id", "Content hash of survey, question and subgroup (never of the value)."),
        _id("survey_id", "The survey wave this figure comes from.", references="surveys.survey_id"),
        _id("question_id", "Shared by the same question and answer asked in different waves: a series."),
        Field("question", "string", "Short statement of what was asked or what the share said or did."),
        Field("answer", "string", "Answer option, when the pollster's publication names it."),
        Field("cited_as", "string", "How the citing articles word the figure, when question and answer are the "
              "pollster's own words (value_basis primary); empty when question already is the articles' wording."),
        Field("subgroup", "string", "Part of the sample the figure is about; 'all' for the whole sample.",
              required=True),
        Field("value", "number", "The pollster's published value when known, else empty."),
        Field("unit", "string", "Unit of value and of the citations' values.", required=True,
              enum=("percent", "points", "respondents")),
        Field("value_basis", "string", "primary: value published by the pollster; citations: all citing "
              "articles agree within rounding; unresolved: citing articles disagree.", required=True,
              enum=("primary", "citations", "unresolved")),
    )),
    Table("citations", "Citations", "One row per mention of a survey figure in an article.", (
        _id("citation_id", "Content hash of source, character offsets and kind."),
        _id("source_id", "The article that states the figure.", references="sources.source_id"),
        _id("figure_id", "The figure the article cites.", references="figures.figure_id"),
        Field("kind", "string", "share of respondents, change in points, sample size or margin of error.",
              required=True, enum=("share", "change", "sample_size", "margin_of_error")),
        Field("value_cited", "number", "The value as the article states it, as a number.", required=True),
        Field("value_text", "string", "The value exactly as written in the article.", required=True),
        Field("char_start", "integer", "Offset of value_text in the article text (0-based, inclusive).",
              required=True, minimum=0),
        Field("char_end", "integer", "Offset just after value_text in the article text.", required=True,
              minimum=0),
        Field("qualifier", "string", "How the article qualifies the value.",
              enum=("exact", "approx", "more_than", "less_than", "range")),
        Field("confidence", "number", "Extractor's confidence that this is a survey figure (0-1).",
              minimum=0, maximum=1),
        Field("extractor_version", "string", "Version of the extractor that found the citation."),
        Field("terms", "string", "The content words of the article's statement of the figure as the linker compares "
              "them (stemmed, synonyms folded, sorted; never its sentence), so a draft can be matched on how each "
              "outlet words the figure."),
    )),
    Table("checks", "Checks", "One row per finding an editor should look at.", (
        _id("check_id", "Content hash of the check name and the ids it is about."),
        Field("check", "string", "Name of the check that fired.", required=True, enum=CHECK_NAMES),
        Field("severity", "string", "error: a number is wrong; warning: probably wrong; info: incomplete.",
              required=True, enum=("error", "warning", "info")),
        _id("figure_id", "The figure concerned, if any.", references="figures.figure_id", required=False),
        _id("survey_id", "The survey concerned, if any.", references="surveys.survey_id", required=False),
        _id("citation_id", "The citation concerned, if any.", references="citations.citation_id", required=False),
        Field("message", "string", "What is wrong, in a sentence an editor understands.", required=True),
    )),
)}
