//! Invented stories, the same on every run: a small linear congruential generator picks
//! headline parts, places, authors, subjects and sentences from fixed lists. The text carries
//! what real copy carries: non-ASCII names and places, `&`, `<` and quotes, numbers, currency.

/// A tiny linear congruential generator: the same sequence on every run and every machine.
pub struct Lcg(pub u64);

impl Lcg {
    /// The next number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        usize::try_from(self.0 >> 33).unwrap_or(0) % n.max(1)
    }

    /// One of `items`.
    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        let index = self.below(items.len());
        items.get(index).copied().unwrap_or_default()
    }
}

pub const SUBJECTS: &[&str] = &[
    "The regional transport authority",
    "City council members",
    "The harbour operator",
    "Officials at the energy ministry",
    "A spokeswoman for the rail company",
    "The national statistics office",
    "Residents of the northern district",
    "The mayor's office",
    "Union representatives",
    "Analysts at Smith & Sons, a local brokerage,",
];

pub const VERBS: &[&str] = &[
    "said on Tuesday that",
    "announced in a statement that",
    "told reporters that",
    "confirmed late on Monday that",
    "warned that",
    "estimated that",
];

pub const CLAUSES: &[&str] = &[
    "the new tram line would open to passengers before the end of the year",
    "ferry traffic had grown by 12 percent compared with the same month a year earlier",
    "construction of the second bridge would cost about €240 million",
    "night buses would run every twenty minutes between midnight and five in the morning",
    "the tunnel works had fallen three months behind schedule because of flooding",
    "ticket prices would stay unchanged until at least the spring",
    "the electric fleet would double in size by 2027",
    "“we are carrying more people than ever”, according to the operator",
    "delays on the coastal line stayed < 5 minutes on most days",
    "the café owners near the station – about 40 of them – backed the plan",
];

/// City, country, IPTC-style geo code.
pub const PLACES: &[(&str, &str)] = &[
    ("LISBON", "Portugal"),
    ("KRAKÓW", "Poland"),
    ("ZÜRICH", "Switzerland"),
    ("MÁLAGA", "Spain"),
    ("OSLO", "Norway"),
    ("ATHENS", "Greece"),
    ("SÃO PAULO", "Brazil"),
    ("GDAŃSK", "Poland"),
];

pub const AUTHORS: &[&str] = &[
    "Zoë Müller",
    "João Araújo",
    "Łukasz Wójcik",
    "Jane Example",
    "Ingrid Sørensen",
    "Aylin Çelik",
    "John Sample",
];

/// IPTC Media Topic code and name.
pub const TOPICS: &[(&str, &str)] = &[
    ("20000763", "public transport"),
    ("20000574", "road transport"),
    ("04000000", "economy, business and finance"),
    ("20000249", "energy and resource"),
    ("11000000", "politics"),
    ("20000568", "transport accident and incident"),
];

pub const KEYWORDS: &[&str] = &["trams", "ferries", "budget", "bridges", "buses", "strikes"];

pub const HEADS: &[&str] = &[
    "approves tram plan after long debate",
    "opens second bridge to traffic",
    "doubles night bus service",
    "freezes ticket prices until spring",
    "delays tunnel works after flooding",
    "orders 40 electric buses",
];

pub const SUBHEADS: &[&str] = &[
    "Costs and delays",
    "Reaction from residents",
    "What happens next",
];

/// One invented story.
pub struct Story {
    pub number: usize,
    pub city: &'static str,
    pub country: &'static str,
    pub headline: String,
    pub subheadline: String,
    pub summary: String,
    pub authors: Vec<&'static str>,
    pub topics: Vec<(&'static str, &'static str)>,
    pub keywords: Vec<&'static str>,
    /// RFC 3339, and the NITF `norm` form of the same time.
    pub time: String,
    pub norm: String,
    pub day: String,
    pub urgency: usize,
    /// Paragraphs; a `None` is a sub-heading's place, the text being in `subheads`.
    pub paragraphs: Vec<String>,
    /// Index of the paragraph a sub-heading stands before, and its text.
    pub subhead: Option<(usize, &'static str)>,
}

impl Story {
    /// The dateline as agencies print it at the head of the lead.
    pub fn dateline(&self) -> String {
        format!("{}, {} (Newswire) -", self.city, self.day)
    }

    /// The city as a place name (`Kraków`), not in capitals.
    pub fn place(&self) -> String {
        let mut out = String::new();
        for (i, word) in self.city.split(' ').enumerate() {
            if i > 0 {
                out.push(' ');
            }
            let mut chars = word.chars();
            if let Some(first) = chars.next() {
                out.push(first);
                out.extend(chars.flat_map(char::to_lowercase));
            }
        }
        out
    }

    pub fn slug(&self) -> String {
        format!("EU-TRANSPORT-{}", self.number)
    }
}

/// One paragraph of two or three invented sentences.
pub fn paragraph(rng: &mut Lcg) -> String {
    let mut text = String::new();
    let sentences = 2 + rng.below(2);
    for i in 0..sentences {
        if i > 0 {
            text.push(' ');
        }
        text.push_str(rng.pick(SUBJECTS));
        text.push(' ');
        text.push_str(rng.pick(VERBS));
        text.push(' ');
        text.push_str(rng.pick(CLAUSES));
        text.push('.');
    }
    text
}

/// Story number `number`, with `paragraphs` body paragraphs.
pub fn story(number: usize, paragraphs: usize) -> Story {
    let mut rng = Lcg(0x5eed_0000 + number as u64);
    let (city, country) = PLACES
        .get(rng.below(PLACES.len()))
        .copied()
        .unwrap_or(("LISBON", "Portugal"));
    let mut story = Story {
        number,
        city,
        country,
        headline: String::new(),
        subheadline: String::new(),
        summary: String::new(),
        authors: Vec::new(),
        topics: Vec::new(),
        keywords: Vec::new(),
        time: String::new(),
        norm: String::new(),
        day: String::new(),
        urgency: 1 + rng.below(8),
        paragraphs: Vec::new(),
        subhead: None,
    };
    story.headline = format!("{} {}", story.place(), rng.pick(HEADS));
    story.subheadline = format!("{} {}", rng.pick(SUBJECTS), rng.pick(VERBS))
        .trim_end_matches(" that")
        .to_string();
    story.summary = paragraph(&mut rng);
    story.authors.push(rng.pick(AUTHORS));
    let second = rng.pick(AUTHORS);
    if rng.below(3) == 0 && !story.authors.contains(&second) {
        story.authors.push(second);
    }
    for _ in 0..2 + rng.below(2) {
        if let Some(&topic) = TOPICS.get(rng.below(TOPICS.len())) {
            story.topics.push(topic);
        }
    }
    story.keywords.push(rng.pick(KEYWORDS));
    let day = 1 + number % 28;
    let (hour, minute) = (6 + number % 14, (number * 7) % 60);
    story.time = format!("2025-03-{day:02}T{hour:02}:{minute:02}:00+01:00");
    story.norm = format!("202503{day:02}T{hour:02}{minute:02}00+0100");
    story.day = format!("March {day}");
    for _ in 0..paragraphs {
        story.paragraphs.push(paragraph(&mut rng));
    }
    if paragraphs > 4 {
        story.subhead = Some((paragraphs / 2, rng.pick(SUBHEADS)));
    }
    story
}

/// XML character data and attribute values: `&`, `<`, `>` and `"` escaped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}
