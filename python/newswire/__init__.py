"""newswire: news content between the formats news agencies exchange.

Reads plain-text wire copy, IPTC 7901, ANPA-1312, NITF, NewsML 1.2, NewsML-G2, ninjs, RSS, Atom,
WordPress exports, schema.org JSON-LD and more into one typed article model, and writes NewsML-G2,
JSON-LD, Atom, NITF, ninjs, RSS, HTML pages and news sitemaps from it. The parsing is newswire's
Rust library; the interpreter is released while it runs.

    >>> import newswire
    >>> [article] = newswire.read(b"Rates held\\n\\nROME (ANSA) - The bank held rates.\\n")
    >>> article.headline
    'Rates held'
    >>> newswire.write([article], "newsml-g2")[:38]
    b'<?xml version="1.0" encoding="UTF-8"?>'
"""

from newswire._newswire import (
    Article,
    ArticleIterator,
    NewswireError,
    __version__,
    convert,
    detect,
    formats,
    read,
    read_iter,
    write,
)

__all__ = [
    "Article",
    "ArticleIterator",
    "NewswireError",
    "__version__",
    "convert",
    "detect",
    "formats",
    "read",
    "read_iter",
    "write",
]
