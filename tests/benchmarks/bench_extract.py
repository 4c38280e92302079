"""Throughput of the whole pipeline (read, decode, clean, extract) over a generated corpus.

Builds a corpus of at least 20 MB of articles by varying the bundled sample and a statistical
communiqué (numbers, order of paragraphs, encodings, HTML or plain text), then prints one figure
per line as ``name: value unit``. Goal: at least 2,000,000 characters/s on one core.
Characters are those of the decoded input files (markup included); ``*_clean_text`` figures count
the article text left after cleaning.

    python tests/benchmarks/bench_extract.py [--mb 20] [--jobs N]
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from viewer.core.batch import default_jobs, process_file, run_batch  # noqa: E402
from viewer.core.categories import categorize  # noqa: E402
from viewer.core.figures import find_figures  # noqa: E402
from viewer.core.naming import noun_after, relative_name, strip_lead  # noqa: E402
from viewer.core.normalize import normalize  # noqa: E402
from viewer.core.reader import read_document  # noqa: E402

# Naming results are cached by their words; the corpus repeats its sentences with other numbers,
# so one run also clears them before every article, as if each were worded anew.
NAMING_CACHES = (strip_lead, noun_after, relative_name, categorize)

COMMUNIQUE = """2023年,全市实现地区生产总值5432.1亿元,按不变价格计算,比上年增长5.6%。其中,第一产业增加值321.5亿元,增长3.2%;第二产业增加值2100.3亿元,增长6.1%。
全年城镇新增就业5.6万人,城镇调查失业率为5.1%。年末全市常住人口552.3万人,比上年末增加3.1万人。
全年一般公共预算收入412.6亿元,同比增长8.2%,其中税收收入305.4亿元,下降2.1%。全年规模以上工业增加值同比增长7.5%。
年末全市共有高新技术企业2156家,科技型中小企业3200多家。全年专利授权量2.3万件,其中发明专利授权4567件。
全年接待国内外游客5600万人次,实现旅游总收入680亿元。年末全市拥有各类医疗卫生机构2345个,卫生技术人员4.5万人。"""

NUMBER_RE = re.compile(r"\d+(?:\.\d+)?")


def _vary_numbers(text: str, rng: random.Random) -> str:
    def replace(match: re.Match) -> str:
        number = match.group(0)
        if len(number) == 4 and number.startswith("20"):
            return str(rng.randint(2015, 2024))  # a year stays a year
        value = float(number) * rng.uniform(0.5, 1.5)
        return f"{value:.{len(number.split('.')[1]) if '.' in number else 0}f}"

    return NUMBER_RE.sub(replace, text)


def build_corpus(folder: Path, megabytes: float, seed: int = 7) -> dict[str, int]:
    """Write varied articles to ``folder``; return each path with its number of characters."""
    rng = random.Random(seed)
    sample_html = (ROOT / "data" / "000_b8a99ac8d333fe78.txt").read_text(encoding="utf-8")
    paragraphs = [p for p in COMMUNIQUE.split("\n") if p]
    corpus: dict[str, int] = {}
    total_bytes, index = 0, 0
    while total_bytes < megabytes * 1_000_000:
        if index % 2 == 0:
            text, suffix, encoding = _vary_numbers(sample_html, rng), ".html", "utf-8"
        else:
            rng.shuffle(paragraphs)
            body = "\n".join(_vary_numbers(p, rng) for p in paragraphs * rng.randint(2, 6))
            text, suffix = f"【标题】某市国民经济和社会发展统计公报\n【日期】2024-03-{rng.randint(10, 28)}\n{body}\n", ".txt"
            encoding = "gb18030" if index % 4 == 1 else "utf-8"
        path = folder / f"article_{index:05d}{suffix}"
        data = text.encode(encoding)
        path.write_bytes(data)
        corpus[str(path)] = len(text)
        total_bytes += len(data)
        index += 1
    return corpus


def _timed(function) -> float:
    started = time.perf_counter()
    function()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=20.0, help="corpus size in megabytes (default 20)")
    parser.add_argument("--jobs", type=int, default=default_jobs(), help="processes for the all-cores run")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        corpus = build_corpus(Path(folder), args.mb)
        paths, characters = list(corpus), sum(corpus.values())
        rows = 0

        def one_core() -> None:
            nonlocal rows
            rows = sum(len(process_file(p).rows) for p in paths)

        single = _timed(one_core)

        def one_core_fresh_wording() -> None:
            for path in paths:
                for cache in NAMING_CACHES:
                    cache.cache_clear()
                process_file(path)

        fresh = _timed(one_core_fresh_wording)
        read_only = _timed(lambda: [read_document(p) for p in paths])
        # The floor under the rules: every figure found, none yet named, dated or given its place and rate.
        figures_only = _timed(lambda: [find_figures(normalize(read_document(p).text)) for p in paths])
        # The two kinds of article apart: saved web pages, and dense communiqué text.
        by_kind = {}
        for kind, suffix in (("web_page", ".html"), ("communique_text", ".txt")):
            subset = [p for p in paths if p.endswith(suffix)]
            clean_chars = sum(len(read_document(p).text) for p in subset)
            seconds = _timed(lambda s=subset: [process_file(p) for p in s])
            by_kind[kind] = (sum(corpus[p] for p in subset), clean_chars, seconds)
        parallel = _timed(lambda: sum(len(r.rows) for r in run_batch(paths, jobs=args.jobs)))
    peak_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"corpus_articles: {len(paths)} articles")
    print(f"corpus_characters: {characters} chars")
    print(f"indicators: {rows} rows")
    print(f"one_core_throughput: {characters / single:,.0f} chars/s")
    print(f"one_core_articles: {len(paths) / single:,.1f} articles/s")
    print(f"one_core_fresh_wording_throughput: {characters / fresh:,.0f} chars/s")
    print(f"reading_only_throughput: {characters / read_only:,.0f} chars/s")
    print(f"reading_and_finding_figures_throughput: {characters / figures_only:,.0f} chars/s")
    for kind, (input_chars, clean_chars, seconds) in by_kind.items():
        print(f"one_core_{kind}: {input_chars / seconds:,.0f} chars/s")
        print(f"one_core_{kind}_clean_text: {clean_chars / seconds:,.0f} chars/s")
    print(f"all_cores_throughput: {characters / parallel:,.0f} chars/s")
    print(f"all_cores_articles: {len(paths) / parallel:,.1f} articles/s")
    print(f"all_cores_jobs: {args.jobs} processes")
    print(f"peak_memory: {peak_self:,.0f} MB")  # the main process; each worker extracts one file at a time


if __name__ == "__main__":
    main()
