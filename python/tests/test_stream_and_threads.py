"""A big document read article by article, and several threads converting at once."""

from concurrent.futures import ThreadPoolExecutor

import pytest

import newswire
from conftest import FIXTURES, fixture_files


def big_message(tmp_path, count):
    """A NewsML-G2 newsMessage of `count` articles, each a numbered copy of a fixture story."""
    [story] = newswire.read((FIXTURES / "text" / "it-italpress-seed-shape.txt").read_bytes())
    articles = []
    for n in range(count):
        article = story.__copy__()
        article.id = f"urn:newswire:test:{n}"
        article.headline = f"Story {n}"
        articles.append(article)
    path = tmp_path / "message.xml"
    path.write_bytes(newswire.write(articles, "newsml-g2", fallback_time="2026-11-29T10:15:00Z"))
    return path


def test_read_iter_gives_a_big_message_s_articles_in_order(tmp_path):
    path = big_message(tmp_path, 3000)
    assert path.stat().st_size > 5_000_000
    seen = 0
    for n, article in enumerate(newswire.read_iter(path)):
        assert article.id == f"urn:newswire:test:{n}"
        assert article.headline == f"Story {n}"
        seen += 1
    assert seen == 3000
    # The same articles as reading the whole, from a path or from bytes.
    whole = newswire.read(path.read_bytes())
    assert list(newswire.read_iter(str(path), "newsml-g2")) == whole
    assert list(newswire.read_iter(path.read_bytes())) == whole


def test_read_iter_reads_formats_that_are_not_streamed_whole():
    path = FIXTURES / "text" / "it-italpress-seed-shape.txt"
    assert list(newswire.read_iter(path)) == newswire.read(path.read_bytes(), name=str(path))


def test_threads_converting_at_once_give_what_one_thread_gives():
    files = fixture_files()
    jobs = [(path, to) for path in files for to in ["newsml-g2", "jsonld", "atom", "ninjs"]]

    def convert(job):
        path, to = job
        try:
            return newswire.convert(path.read_bytes(), to, name=str(path))
        except newswire.NewswireError as error:
            return str(error)

    alone = [convert(job) for job in jobs]
    with ThreadPoolExecutor(max_workers=8) as pool:
        for _ in range(3):
            assert list(pool.map(convert, jobs)) == alone


@pytest.mark.parametrize("call", ["read", "convert", "_read_in_rust"])
def test_the_interpreter_runs_other_threads_while_newswire_parses(tmp_path, call):
    """A thread counting in Python goes on while another reads a big message: newswire releases
    the interpreter while it parses (holding it, the counter would stand still)."""
    import threading
    import time

    data = big_message(tmp_path, 3000).read_bytes()
    count = [0]
    stop = threading.Event()

    def counter():
        while not stop.is_set():
            count[0] += 1

    def counted(run):
        before = count[0]
        start = time.perf_counter()
        run()
        return count[0] - before, time.perf_counter() - start

    thread = threading.Thread(target=counter)
    thread.start()
    try:
        runs = {
            "read": lambda: newswire.read(data, "newsml-g2"),
            "convert": lambda: newswire.convert(data, "jsonld", format="newsml-g2"),
            "_read_in_rust": lambda: newswire._newswire._read_in_rust(data, "newsml-g2"),
        }
        during_read, read_seconds = counted(runs[call])
        during_sleep, sleep_seconds = counted(lambda: time.sleep(read_seconds))
    finally:
        stop.set()
        thread.join()
    rate_reading = during_read / read_seconds
    rate_sleeping = during_sleep / sleep_seconds
    assert read_seconds > 0.02
    assert rate_reading > 0.25 * rate_sleeping, (during_read, read_seconds, during_sleep)
