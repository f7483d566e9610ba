"""Benchmark the whole build (ingest → extract → link → checks → package) on synthetic corpora.

The corpora are generated from templates written here: survey waves of many pollsters, each cited by
several outlets in varied number styles ("41%", "41 per cent", "forty-one percent", "one in five",
"up 3 points"), sometimes rounded differently or misquoted, mixed with non-survey text (money, ages,
dates, weather) and articles with no survey at all. Each size is built in its own child process, so
its time and peak memory (ru_maxrss) are its own. Prints seconds, articles/s, the CPU seconds of that
process (on a shared machine wall time includes waiting for a core; --jobs workers' are not counted),
peak memory and the seconds per stage as etl.build books them: ingest (reading), extract, bookkeeping
(ids and rows of what was extracted), link, tables, checks, package.
Growth is linear when seconds per 1,000 articles stay flat across sizes.

    .venv/bin/python bench/build.py                      # 10,000 and 50,000 articles
    .venv/bin/python bench/build.py --sizes 1000 5000    # a quick run
    .venv/bin/python bench/build.py --jobs 2             # process pool for extraction
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"

POLLSTERS = ["YouGov", "Ipsos", "Gallup", "Pew Research Center", "Survation", "Opinium", "Savanta", "Deltapoll",
             "Redfield & Wilton Strategies", "Kantar", "Quinnipiac University", "Morning Consult", "Léger",
             "Angus Reid Institute", "Nanos Research", "Essential Research", "Resolve Strategic", "Infratest dimap",
             "Forsa", "Elabe", "Ifop", "Datafolha", "Kyiv International Institute of Sociology", "Levada Center"]
OUTLETS = ["The Daily Ledger", "Morning Courier", "Evening Standard-Bearer", "Northern Gazette", "Capital Wire",
           "Harbour Times", "Metro Observer", "Valley Post", "Coastal Record", "Weekly Tribune", "City Dispatch",
           "Riverside Herald"]
POPULATIONS = [("adults", "GB"), ("voters", "US"), ("Canadians", "CA"), ("Australians", "AU"), ("Germans", "DE"),
               ("French adults", "FR"), ("Ukrainians", "UA"), ("Brazilians", "BR"), ("Londoners", "GB")]
QUESTIONS = [
    ("support the new high-speed rail line", "oppose it"),
    ("approve of the way the government is handling the economy", "disapprove"),
    ("think the country is heading in the right direction", "say it is on the wrong track"),
    ("back a ban on single-use plastics", "are against a ban"),
    ("trust the national broadcaster", "do not trust it"),
    ("would vote to stay in the trade bloc", "would vote to leave"),
    ("are worried about the cost of living", "are not worried"),
    ("favour a four-day working week", "prefer five days"),
    ("say climate change is a serious threat", "say it is not"),
    ("support sending more military aid", "want aid reduced"),
]
SUBGROUPS = ["Conservative voters", "Labour voters", "young people aged 18 to 24", "women", "over-65s"]
WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
         10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen", 15: "fifteen", 16: "sixteen",
         17: "seventeen", 18: "eighteen", 19: "nineteen", 20: "twenty", 30: "thirty", 40: "forty", 50: "fifty",
         60: "sixty", 70: "seventy", 80: "eighty", 90: "ninety"}
FRACTIONS = {20: "one in five", 25: "a quarter", 33: "a third", 50: "half", 67: "two-thirds", 75: "three-quarters"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
FILLER = [
    "The minister is expected to announce the budget on {day} {month}, with £{money} million earmarked for roads.",
    "Temperatures reached {small} degrees in the capital on Tuesday, forecasters said.",
    "The {age}-year-old councillor has served in the post since {year}.",
    "Shares in the company rose {small}.{small} per cent after the results were published.",
    "Inflation stood at {small}.{small} per cent in {month}, according to official statistics.",
    "The stadium, which holds {money},000 people, is due to reopen in {year}.",
    "Critics say the plan, first floated in {year}, has already cost more than ${money} million.",
    "Local elections are scheduled for {day} {month} {year}.",
]


def number_words(n: int) -> str:
    if n in WORDS:
        return WORDS[n]
    return f"{WORDS[n // 10 * 10]}-{WORDS[n % 10]}"


def styled(value: float, rng: random.Random) -> str:
    """One way a newspaper might write a share."""
    n = round(value)
    style = rng.random()
    if style < 0.40:
        return f"{n}%"
    if style < 0.60:
        return f"{n} per cent"
    if style < 0.72:
        return f"{n} percent"
    if style < 0.82:
        return f"{value:.1f}%"
    if style < 0.92 and 1 <= n <= 99:
        return f"{number_words(n)} per cent"
    for share, words in FRACTIONS.items():
        if abs(share - value) < 1.5:
            return words
    return f"{n}%"


def make_waves(rng: random.Random, count: int) -> list[dict]:
    waves = []
    for i in range(count):
        population, country = rng.choice(POPULATIONS)
        year, month = 2019 + i % 6, rng.randrange(12)
        questions = rng.sample(QUESTIONS, 3)
        shares = []
        for statement, counter in questions:
            yes = round(rng.uniform(8, 70), 1)
            no = round(rng.uniform(5, 100 - yes - 3), 1)
            shares.append((statement, counter, yes, no))
        size = rng.choice([1000, 1024, 1500, 2003, 800, 1200, 2500])
        waves.append({"pollster": POLLSTERS[i % len(POLLSTERS)], "population": population, "country": country,
                      "year": year, "month": month, "start": rng.randrange(1, 20), "shares": shares,
                      "size": size, "moe": round(98 / size ** 0.5, 1), "change": rng.randrange(1, 9)})
    return waves


def survey_article(i: int, wave: dict, rng: random.Random) -> dict:
    month = MONTHS[wave["month"]]
    sentences = [f"A new {wave['pollster']} poll of {wave['size']:,} {wave['population']}, carried out between "
                 f"{wave['start']} and {wave['start'] + 6} {month} {wave['year']}, paints a mixed picture."]
    for statement, counter, yes, no in rng.sample(wave["shares"], rng.randint(1, 3)):
        cited = yes if rng.random() > 0.05 else yes + rng.choice([-2, 2])  # the odd misquote
        sentences.append(f"According to the survey, {styled(cited, rng)} of {wave['population']} {statement}, "
                         f"while {styled(no, rng)} {counter}.")
        if rng.random() < 0.3:
            group = rng.choice(SUBGROUPS)
            sentences.append(f"Among {group}, the figure rises to {styled(min(yes + 12, 95), rng)}.")
        if rng.random() < 0.2:
            sentences.append(f"That is up {number_words(wave['change'])} points on the previous survey.")
    if rng.random() < 0.5:
        sentences.append(f"The margin of error is plus or minus {wave['moe']} percentage points.")
    return _article(i, sentences, rng, wave["year"])


def other_article(i: int, rng: random.Random) -> dict:
    lead = "Council officials confirmed the changes at a meeting on Monday."
    return _article(i, [lead], rng, rng.randrange(2019, 2025))


def _article(i: int, sentences: list[str], rng: random.Random, year: int) -> dict:
    fill = {"day": rng.randrange(1, 28), "month": rng.choice(MONTHS), "year": rng.randrange(2010, 2026),
            "money": rng.randrange(2, 900), "small": rng.randrange(1, 40), "age": rng.randrange(30, 80)}
    rest = sentences[1:] + [t.format(**fill) for t in rng.sample(FILLER, rng.randint(4, 8))]
    rng.shuffle(rest)
    body = [sentences[0], *rest, *(t.format(**fill) for t in rng.sample(FILLER, rng.randint(2, 5)))]
    paragraphs = [" ".join(body[k:k + 2]) for k in range(0, len(body), 2)]
    outlet = rng.choice(OUTLETS)
    slug = outlet.lower().replace(" ", "-").replace("'", "")
    return {"id": f"synth-{i}", "url": f"https://{slug}.example/news/{i}", "outlet": outlet,
            "title": f"Poll round-up {i}", "published": f"{year}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 28):02d}",
            "text": "\n\n".join(paragraphs)}


def write_corpus(path: Path, count: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    waves = make_waves(rng, max(20, count // 25))  # ~25 articles per survey wave
    with path.open("w", encoding="utf-8") as out:
        for i in range(count):
            article = other_article(i, rng) if rng.random() < 0.15 else survey_article(i, rng.choice(waves), rng)
            out.write(json.dumps(article, ensure_ascii=False) + "\n")


def child(corpus: Path, out: Path, jobs: int) -> None:
    """Run one build in this process and print its figures as JSON (the parent adds peak memory)."""
    sys.path.insert(0, str(ROOT))
    from etl.build import build

    timings: dict[str, float] = {}
    started, cpu_started = time.perf_counter(), time.process_time()
    result, _errors = build([corpus], out, rebuild=True, jobs=jobs, timings=timings)
    print(json.dumps({"seconds": time.perf_counter() - started, "cpu_seconds": time.process_time() - cpu_started,
                      "stages": timings, "rows": {name: len(df) for name, df in result.items()}}))


def measure(size: int, jobs: int) -> dict:
    OUT.mkdir(parents=True, exist_ok=True)
    corpus = OUT / f"synthetic-{size}.jsonl"
    if not corpus.exists():
        write_corpus(corpus, size)
    proc = subprocess.Popen([sys.executable, __file__, "--child", str(corpus), str(OUT / f"package-{size}"),
                             str(jobs)], stdout=subprocess.PIPE, text=True)
    output = proc.stdout.read()
    _pid, status, usage = os.wait4(proc.pid, 0)
    if status != 0:
        raise SystemExit(f"build of {size} articles failed (status {status})")
    figures = json.loads(output.strip().splitlines()[-1])
    return {**figures, "size": size, "peak_mb": usage.ru_maxrss / 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 50_000], metavar="N")
    parser.add_argument("--jobs", type=int, default=1, metavar="N", help="extraction worker processes")
    parser.add_argument("--child", nargs=3, metavar=("CORPUS", "OUT", "JOBS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(Path(args.child[0]), Path(args.child[1]), int(args.child[2]))
        return
    print(f"{'articles':>9} {'seconds':>8} {'art/s':>7} {'s/1000':>7} {'cpu s':>7} {'peak MB':>8}  stages (s)")
    for size in args.sizes:
        r = measure(size, args.jobs)
        stages = " ".join(f"{k} {v:.1f}" for k, v in r["stages"].items())
        print(f"{size:>9,} {r['seconds']:>8.1f} {size / r['seconds']:>7.0f} {1000 * r['seconds'] / size:>7.2f} "
              f"{r['cpu_seconds']:>7.1f} {r['peak_mb']:>8.0f}  {stages}  rows {r['rows']}", flush=True)


if __name__ == "__main__":
    main()
