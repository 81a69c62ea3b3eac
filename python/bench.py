"""Reading through Python against the Rust library, on the benchmark inputs (issue #25).

    python python/bench.py DIR     (DIR: the inputs `instructions --dump DIR` writes; see
                                    benches/report.sh, which runs this for BENCHMARKS.md)

For each 1 MB input, in one process and on the same bytes, alternately: the Rust library
reading it (`newswire._read_in_rust`: the articles are read and dropped, no Python object is
made), `newswire.read` (the articles as Python `Article` objects), and `newswire.read` with every
article's `to_dict()` (every field as Python objects). Prints a Markdown table: the median
times and their ratios; the goal is `read` within 1.5x of Rust.
"""

import statistics
import sys
import time
from pathlib import Path

import newswire

# The 1 MB documents of the benchmarks, and the folders of small documents read one at a time.
DOCUMENTS = [
    ("message.xml", "newsml-g2"),
    ("feed.atom", "atom"),
    ("graph.jsonld", "jsonld"),
    ("articles.json", "json"),
    ("stream.iptc", "iptc7901"),
    ("stream.anpa", "anpa1312"),
    ("channel.rss", "rss"),
    ("export.wxr", "wxr"),
    ("web.txt", "text"),
    ("teletype.txt", "text"),
]
FOLDERS = [("nitf", "nitf"), ("ninjs", "ninjs"), ("text", "text")]
ROUNDS = 15
GOAL = 1.5


def timed(run, documents, format):
    start = time.perf_counter()
    for data in documents:
        run(data, format)
    return time.perf_counter() - start


def in_rust(data, format):
    newswire._newswire._read_in_rust(data, format)


def in_python(data, format):
    newswire.read(data, format)


def as_dicts(data, format):
    for article in newswire.read(data, format):
        article.to_dict()


def measure(documents, format):
    """The median seconds of each way over ROUNDS rounds, the ways taking turns."""
    times = {in_rust: [], in_python: [], as_dicts: []}
    for run in times:  # warm-up
        timed(run, documents, format)
    for _ in range(ROUNDS):
        for run, seconds in times.items():
            seconds.append(timed(run, documents, format))
    return [statistics.median(times[run]) for run in (in_rust, in_python, as_dicts)]


def main(folder):
    cases = [(name, [(folder / name).read_bytes()], format) for name, format in DOCUMENTS]
    for name, format in FOLDERS:
        docs = [p.read_bytes() for p in sorted((folder / name).iterdir())]
        cases.append((f"{name}/ ({len(docs)} documents)", docs, format))
    print("| input | format | MB | Rust ms | Python `read` ms | ratio | with `to_dict()` ms | ratio |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    worst = 0.0
    for name, documents, format in cases:
        size = sum(len(d) for d in documents) / 1e6
        rust, python, dicts = measure(documents, format)
        worst = max(worst, python / rust)
        print(
            f"| `{name}` | {format} | {size:.2f} | {rust * 1e3:.1f} | {python * 1e3:.1f} | "
            f"{python / rust:.2f}x | {dicts * 1e3:.1f} | {dicts / rust:.2f}x |"
        )
    print()
    verdict = "met" if worst <= GOAL else "**missed**"
    print(f"Slowest `read` against Rust: {worst:.2f}x (goal: within {GOAL}x): {verdict}.")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(Path(sys.argv[1]))
