//! Which format: the names of the formats newswire knows, and nothing of what each does. Errors
//! and the parsing machinery name a format through it; what each format is (its names,
//! extensions, reader and writer) is its descriptor in the registry (`formats`).

/// Declares [`Format`] as written below and counts its variants (`Format::COUNT`), so that the
/// registry can be checked against them when compiling: a variant without a descriptor fails
/// the build.
macro_rules! counted_enum {
    ($(#[$attr:meta])* pub enum $enum:ident { $($(#[$doc:meta])* $variant:ident,)* }) => {
        $(#[$attr])*
        pub enum $enum {
            $($(#[$doc])* $variant,)*
        }

        impl $enum {
            /// How many variants there are.
            pub(crate) const COUNT: usize = [$($enum::$variant),*].len();
        }
    };
}

counted_enum! {
    /// A news format newswire knows about. [`Format::can_read`] and [`Format::can_write`] say what
    /// this version does with it.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum Format {
        /// Plain-text wire copy: headline, byline, dateline, paragraphs, trailers.
        Text,
        /// newswire's own JSON: the serde form of [`Article`](crate::Article), a JSON array of
        /// articles.
        Json,
        /// IPTC NewsML-G2 2.35: a `newsItem`, or a `newsMessage` for several.
        NewsmlG2,
        /// schema.org `NewsArticle` in JSON-LD.
        JsonLd,
        /// Atom 1.0 (RFC 4287): an entry, or a feed for several.
        Atom,
        /// IPTC NITF 3.x.
        Nitf,
        /// IPTC NewsML 1.2.
        Newsml12,
        /// The AP Media API's JSON: a content item, or a feed or search page of them.
        ApMedia,
        /// Reuters Connect API items (GraphQL JSON).
        ReutersApi,
        /// Superdesk items (its archive and content API JSON).
        Superdesk,
        /// IPTC ninjs (JSON).
        Ninjs,
        /// RSS 2.0.
        Rss,
        /// WordPress exports (WXR, RSS 2.0 with the `wp:` namespace), for WordPress's importer.
        Wxr,
        /// IPTC 7901 teletype messages.
        Iptc7901,
        /// ANPA-1312 teletype messages.
        Anpa1312,
        /// AAP's ZCZC-framed wire text (`ZCZC` ... `NNNN`, marked header lines).
        Zczc,
        /// E-mailed copy: an RFC 5322 message with MIME parts (read only).
        Email,
        /// Ritzau's own news XML (`RBNews`).
        Ritzau,
        /// NTB's press releases from Solita (`release`).
        Solita,
        /// A JPEG photo's IPTC IIM, XMP and EXIF metadata: a picture item (read only).
        Photo,
        /// A Google News sitemap: a `urlset` with one `url` and `news:news` per article that
        /// has an address (write only).
        NewsSitemap,
        /// An HTML5 article page with the schema.org JSON-LD (write only).
        Html,
    }
}
