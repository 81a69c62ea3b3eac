"""Type stubs of newswire's native module (python/src/), which the `newswire` package re-exports."""

import os
from typing import Any, Iterator, Optional, TypedDict, Union

__version__: str

Data = Union[bytes, bytearray, memoryview, str]
"""An input: its bytes, or a str (read as UTF-8)."""

Json = Any
"""A value of the `json` form: str, int, float, bool, None, or a list or dict of them."""

class FormatInfo(TypedDict):
    name: str
    description: str
    extensions: list[str]
    reads: bool
    writes: bool

class NewswireError(ValueError):
    """An input newswire cannot read, or a write it cannot make."""

    kind: str
    """syntax, invalid, limit, unsupported, unknown_format, unknown_name, no_articles, in_article."""
    format: Optional[str]
    line: Optional[int]
    """From 1, when the error has a line and column."""
    column: Optional[int]
    offset: Optional[int]
    """A byte from 0, when the error has a byte offset."""
    name: Optional[str]
    """The input's name, when one was given."""

class Article:
    """One article of the model; each field is an attribute in its `json` form."""

    id: Optional[str]
    version: Optional[int]
    kind: str
    language: Optional[str]
    title: Optional[str]
    headline: Optional[str]
    subheadline: Optional[str]
    headlines: list[dict[str, Json]]
    slugline: Optional[str]
    keywords: list[str]
    subjects: list[dict[str, Json]]
    genres: list[dict[str, Json]]
    services: list[dict[str, Json]]
    sections: list[dict[str, Json]]
    byline: Optional[str]
    authors: list[dict[str, Json]]
    dateline: Optional[dict[str, Json]]
    credit: Optional[str]
    provider: Optional[dict[str, Json]]
    sources: list[dict[str, Json]]
    rights: dict[str, Json]
    priority: Optional[int]
    urgency: Optional[int]
    pub_status: str
    embargo: Optional[str]
    """RFC 3339, as are the other times."""
    created: Optional[str]
    modified: Optional[str]
    published: Optional[str]
    editorial_notes: list[dict[str, Json]]
    description: Optional[str]
    descriptions: list[dict[str, Json]]
    body: list[dict[str, Json]]
    word_count: Optional[int]
    links: list[dict[str, Json]]
    associations: list[dict[str, Json]]
    extensions: dict[str, Json]
    warnings: list[dict[str, Json]]

    def __init__(self) -> None: ...
    def to_dict(self) -> dict[str, Json]:
        """The article in the `json` form."""
    @staticmethod
    def from_dict(value: dict[str, Json]) -> "Article":
        """An article from the `json` form."""
    def __eq__(self, other: object) -> bool: ...
    def __copy__(self) -> "Article": ...
    def __deepcopy__(self, memo: Any) -> "Article": ...

class ArticleIterator(Iterator[Article]):
    def __iter__(self) -> "ArticleIterator": ...
    def __next__(self) -> Article: ...

def read(
    data: Data,
    format: Optional[str] = None,
    language: Optional[str] = None,
    *,
    name: Optional[str] = None,
    timezone: Optional[str] = None,
    encoding: Optional[str] = None,
) -> list[Article]:
    """Every article of `data`, read as `format` or as detected (content, then `name`)."""

def read_iter(
    source: Union[str, "os.PathLike[str]", bytes],
    format: Optional[str] = None,
    language: Optional[str] = None,
    *,
    name: Optional[str] = None,
    timezone: Optional[str] = None,
    encoding: Optional[str] = None,
) -> ArticleIterator:
    """The articles of a document (a path or bytes) one at a time."""

def write(
    articles: list[Article],
    format: str,
    *,
    ninjs_version: Optional[str] = None,
    fallback_time: Optional[str] = None,
    provider: Optional[str] = None,
) -> bytes:
    """The articles as one document of `format`."""

def convert(
    data: Data,
    to: str,
    *,
    format: Optional[str] = None,
    name: Optional[str] = None,
    language: Optional[str] = None,
    timezone: Optional[str] = None,
    encoding: Optional[str] = None,
    ninjs_version: Optional[str] = None,
    fallback_time: Optional[str] = None,
    provider: Optional[str] = None,
) -> bytes:
    """`data` converted to `to`: what `newswire convert --to TO --stdout` writes."""

def detect(data: Data, name: Optional[str] = None) -> str:
    """The name of `data`'s format."""

def formats() -> list[FormatInfo]:
    """Every format newswire knows."""

def _read_in_rust(data: bytes, format: str) -> int:
    """For the benchmark: the article count, read in Rust alone."""
