"""Every format read and written from Python, with the same bytes as the command line."""

import copy

import pytest

import newswire
from conftest import FIXTURES, WRITERS, cli_convert, fixture_files, py_convert

READERS = [f["name"] for f in newswire.formats() if f["reads"]]


def test_formats_lists_every_format_with_what_newswire_does():
    formats = {f["name"]: f for f in newswire.formats()}
    assert formats["newsml-g2"]["reads"] and formats["newsml-g2"]["writes"]
    assert formats["html"] == {
        "name": "html",
        "description": formats["html"]["description"],
        "extensions": ["html", "htm"],
        "reads": False,
        "writes": True,
    }
    assert not formats["newsml12"]["writes"]
    assert len(formats) == 22


def test_every_readable_format_has_a_fixture_read_from_python():
    seen = {}
    for path in fixture_files():
        format = newswire.detect(path.read_bytes(), name=str(path))
        articles = newswire.read(path.read_bytes(), name=str(path))
        assert articles, path
        seen.setdefault(format, 0)
        seen[format] += len(articles)
    assert sorted(seen) == sorted(READERS), f"read: {seen}"


@pytest.mark.parametrize("path", fixture_files(), ids=lambda p: str(p.relative_to(FIXTURES)))
def test_every_fixture_converts_as_the_command_line_converts_it(path):
    for to in WRITERS:
        assert py_convert(path, to) == cli_convert(path, to), f"{path} -> {to}"


def test_read_then_write_is_convert():
    path = FIXTURES / "text" / "it-italpress-seed-shape.txt"
    data = path.read_bytes()
    articles = newswire.read(data)
    for to in ["newsml-g2", "jsonld", "atom", "json"]:
        assert newswire.write(articles, to) == newswire.convert(data, to)


def test_a_str_reads_as_its_utf8_bytes():
    text = (FIXTURES / "text" / "it-italpress-seed-shape.txt").read_text(encoding="utf-8")
    assert newswire.read(text) == newswire.read(text.encode("utf-8"))
    data = text.encode("utf-8")
    assert newswire.read(bytearray(data)) == newswire.read(memoryview(data)) == newswire.read(data)


def test_articles_have_their_fields_as_attributes_and_dicts():
    path = FIXTURES / "json" / "en-every-field.json"
    [article] = newswire.read(path.read_bytes(), "json")
    as_dict = article.to_dict()
    assert article.headline == as_dict["headline"]
    assert article.authors == as_dict["authors"]
    assert article.published == as_dict["published"]
    assert article.editorial_notes == as_dict["ednote"]
    assert isinstance(article.body, list) and article.body
    # The dict is the json form: what the json writer writes for the article.
    import json

    assert as_dict == json.loads(newswire.write([article], "json"))[0]
    assert newswire.Article.from_dict(as_dict) == article
    again = copy.deepcopy(article)
    again.headline = "Changed"
    again.keywords = ["one", "two"]
    assert again != article
    assert again.to_dict()["headline"] == "Changed"
    assert b"<headline>Changed</headline>" in newswire.write([again], "newsml-g2")
    with pytest.raises(ValueError):
        again.urgency = "not a number"
    assert "Changed" in repr(again)


def test_an_empty_article_is_written_with_what_is_derived():
    article = newswire.Article()
    article.headline = "Harbour reopens"
    g2 = newswire.write([article], "newsml-g2", fallback_time="2026-11-29T10:15:00Z")
    assert b"<versionCreated>2026-11-29T10:15:00Z</versionCreated>" in g2


def test_options_reach_the_writers():
    path = FIXTURES / "json" / "en-every-field.json"
    articles = newswire.read(path.read_bytes(), "json")
    v2 = newswire.write(articles, "ninjs", ninjs_version="2.1")
    assert b'"versioncreated"' in v2
    assert b'"versionCreated"' in newswire.write(articles, "ninjs")
