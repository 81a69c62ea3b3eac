"""Errors are Python exceptions that say what and where."""

import pytest

import newswire


def test_a_broken_document_names_its_line_and_column():
    broken = b'<?xml version="1.0"?>\n<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/">\n  <itemMeta>\n</newsItem>\n'
    with pytest.raises(newswire.NewswireError) as raised:
        newswire.read(broken, "newsml-g2", name="wire/story.xml")
    error = raised.value
    assert isinstance(error, ValueError)
    assert error.kind == "syntax"
    assert error.format == "newsml-g2"
    assert error.line == 4
    assert error.column is not None
    assert error.name == "wire/story.xml"
    assert str(error).startswith("wire/story.xml: newsml-g2: ")


def test_unknown_names_and_inputs_are_errors():
    with pytest.raises(newswire.NewswireError) as raised:
        newswire.read(b"x", "no-such-format")
    assert raised.value.kind == "unknown_name"
    with pytest.raises(newswire.NewswireError) as raised:
        newswire.detect(b"<foo/>")
    assert raised.value.kind == "unknown_format"
    with pytest.raises(newswire.NewswireError) as raised:
        newswire.write([], "newsml-g2")
    assert raised.value.kind == "no_articles"
    with pytest.raises(newswire.NewswireError) as raised:
        newswire.write([newswire.Article()], "newsml12")
    assert raised.value.kind == "unsupported"
    with pytest.raises(ValueError):
        newswire.read(b"Headline\n\nText.\n", timezone="Mars/Olympus")
    with pytest.raises(ValueError):
        newswire.write([newswire.Article()], "atom", fallback_time="yesterday")
    with pytest.raises(TypeError):
        newswire.read(12)


def test_an_error_in_a_stream_ends_it_with_the_item_s_place():
    good = newswire.write([newswire.Article.from_dict({"headline": "One"})], "json")
    broken = b"[" + good.strip()[1:-1] + b', {"headline": 3}]'
    stream = newswire.read_iter(broken, "json")
    assert next(stream).headline == "One"
    with pytest.raises(newswire.NewswireError) as raised:
        next(stream)
    assert raised.value.offset is not None
    assert list(stream) == []
