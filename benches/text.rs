//! Reading plain-text wire copy: about 1 MB of invented agency copy, one paragraph per line
//! (web copy) and hard-wrapped at 69 columns with indented paragraphs (teletype copy).
//!
//! `cargo bench --bench text`; the target is 100 MB/s or more.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use newswire::Format;

/// Invented sentence parts, combined by a small deterministic generator.
const SUBJECTS: &[&str] = &[
    "The regional transport authority",
    "City council members",
    "The harbour operator",
    "Officials at the energy ministry",
    "A spokeswoman for the rail company",
    "The national statistics office",
    "Residents of the northern district",
    "The mayor's office",
    "Union representatives",
    "Analysts at a local brokerage",
];
const VERBS: &[&str] = &[
    "said on Tuesday that",
    "announced in a statement that",
    "told reporters that",
    "confirmed late on Monday that",
    "warned that",
    "estimated that",
];
const CLAUSES: &[&str] = &[
    "the new tram line would open to passengers before the end of the year",
    "ferry traffic had grown by 12 percent compared with the same month a year earlier",
    "construction of the second bridge would cost about 240 million euros",
    "night buses would run every twenty minutes between midnight and five in the morning",
    "the tunnel works had fallen three months behind schedule because of flooding",
    "ticket prices would stay unchanged until at least the spring",
    "the electric fleet would double in size by 2027",
    "\"we are carrying more people than ever\", according to the operator",
];
const PLACES: &[&str] = &["ROME", "BERLIN", "MADRID", "LISBON", "OSLO", "ATHENS"];
const SUBHEADS: &[&str] = &[
    "Costs and delays",
    "Reaction from residents",
    "What happens next",
];

/// A tiny linear congruential generator: the same copy on every run.
struct Lcg(u64);

impl Lcg {
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let index = usize::try_from(self.0 >> 33).unwrap_or(0) % items.len();
        items.get(index).copied().unwrap_or_default()
    }
}

/// One paragraph of two or three invented sentences.
fn paragraph(rng: &mut Lcg) -> String {
    let mut text = String::new();
    for i in 0..3 {
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

/// Hard-wraps a paragraph at `width` columns, the first line indented.
fn wrap(paragraph: &str, width: usize, indent: &str, out: &mut String) {
    let mut line = String::from(indent);
    for word in paragraph.split(' ') {
        if line.len() + word.len() + 1 > width && !line.trim().is_empty() {
            out.push_str(&line);
            out.push('\n');
            line.clear();
        }
        if !line.trim().is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    out.push_str(&line);
    out.push('\n');
}

/// About `size` bytes of wire copy: headline, dateline lead, paragraphs with a sub-heading every
/// twelve paragraphs, credit and trailer lines.
fn copy(size: usize, teletype: bool) -> String {
    let mut rng = Lcg(2024);
    let mut out = String::from("URGENT\n\nRegional transport plan approved after long debate\n\n");
    let place = rng.pick(PLACES);
    let lead = format!("{place} (Newswire) - {}", paragraph(&mut rng));
    let mut count = 0;
    let push = |text: &str, out: &mut String| {
        if teletype {
            wrap(text, 69, "   ", out);
        } else {
            out.push_str(text);
            out.push_str("\n\n");
        }
    };
    push(&lead, &mut out);
    while out.len() < size {
        count += 1;
        if count % 12 == 0 {
            if teletype {
                out.push('\n');
            }
            out.push_str(rng.pick(SUBHEADS));
            out.push_str("\n\n");
        }
        let text = paragraph(&mut rng);
        push(&text, &mut out);
    }
    out.push_str("\n(Reporting by Jane Example; Editing by John Sample)\n\n© 2025 Newswire\n");
    out
}

fn read_text(c: &mut Criterion) {
    let mut group = c.benchmark_group("text");
    for (name, teletype) in [("web_1mb", false), ("teletype_1mb", true)] {
        let input = copy(1 << 20, teletype);
        let articles = newswire::read(input.as_bytes(), Format::Text).unwrap_or_default();
        assert!(
            articles.first().is_some_and(|a| a.body.len() > 1000),
            "{name}: the bench copy reads as one long story"
        );
        group.throughput(Throughput::Bytes(input.len() as u64));
        group.bench_function(name, |b| {
            b.iter(|| newswire::read(black_box(input.as_bytes()), Format::Text))
        });
    }
    group.finish();
}

criterion_group!(benches, read_text);
criterion_main!(benches);
