//! One run of one benchmark case, for callgrind: `benches/instructions.sh` runs this binary
//! under `valgrind --tool=callgrind --toggle-collect=...measure...`, so that only the case's own
//! instructions are counted (not building the inputs), and divides by the case's bytes.
//!
//! `instructions CASE` runs the case once uncounted (a warm-up), once counted, and prints `CASE BYTES`; `instructions --list` prints
//! every case id; `instructions --dump DIR` writes the inputs as files (to look at them, or to
//! run the command line on them). Under `cargo bench` (an argument `--bench`) it only lists the
//! cases.

mod support;

use std::hint::black_box;

/// The function callgrind counts (`--toggle-collect=*measure*`).
#[inline(never)]
fn measure(case: &support::Case<'_>) -> usize {
    black_box((case.run)())
}

fn main() {
    let wanted: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--bench"))
        .collect();
    let inputs = support::Inputs::new();
    let cases = support::cases(&inputs);
    if let [flag, dir] = wanted.as_slice()
        && flag == "--dump"
    {
        if let Err(e) = dump(&inputs, std::path::Path::new(dir)) {
            eprintln!("instructions: cannot write {dir}: {e}");
            std::process::exit(1);
        }
        return;
    }
    let id = |case: &support::Case<'_>| format!("{}/{}", case.group, case.name);
    if wanted.is_empty() || wanted.iter().any(|a| a == "--list") {
        inputs.check();
        for case in &cases {
            println!("{} {}", id(case), case.bytes);
        }
        return;
    }
    for wanted in &wanted {
        match cases.iter().find(|case| id(case) == *wanted) {
            Some(case) => {
                // One run outside `measure` first: tables and automata built once per process
                // (the language detector's, the trailer's phrase lists) are not counted, as the
                // criterion figures, which repeat the case, do not see them either.
                black_box((case.run)());
                let result = measure(case);
                println!("{wanted} {} {result}", case.bytes);
            }
            None => {
                eprintln!("instructions: no case {wanted} (--list lists them)");
                std::process::exit(2);
            }
        }
    }
}

/// Writes every input below `dir`: one file per 1 MB document, a folder per set of small
/// documents, and the single stories.
fn dump(inputs: &support::Inputs, dir: &std::path::Path) -> std::io::Result<()> {
    let files: [(&str, &[u8]); 16] = [
        ("message.xml", inputs.g2.as_bytes()),
        ("item.xml", inputs.g2_one.as_bytes()),
        ("feed.atom", inputs.atom.as_bytes()),
        ("entry.atom", inputs.atom_one.as_bytes()),
        ("one.nitf", inputs.nitf_one.as_bytes()),
        ("web.txt", inputs.text_web.as_bytes()),
        ("teletype.txt", inputs.text_teletype.as_bytes()),
        ("one.txt", inputs.text_one.as_bytes()),
        ("graph.jsonld", &inputs.jsonld),
        ("one.jsonld", &inputs.jsonld_one),
        ("articles.json", &inputs.json),
        ("stream.iptc", &inputs.iptc7901),
        ("one.iptc", &inputs.iptc7901_one),
        ("stream.anpa", &inputs.anpa1312),
        ("channel.rss", &inputs.rss),
        ("export.wxr", &inputs.wxr),
    ];
    std::fs::create_dir_all(dir)?;
    for (name, bytes) in files {
        std::fs::write(dir.join(name), bytes)?;
    }
    std::fs::write(dir.join("one.anpa"), &inputs.anpa1312_one)?;
    for (folder, extension, docs) in [
        (
            "nitf",
            "nitf",
            inputs.nitf.iter().map(String::as_bytes).collect::<Vec<_>>(),
        ),
        (
            "text",
            "txt",
            inputs.text.iter().map(String::as_bytes).collect(),
        ),
        (
            "ninjs",
            "json",
            inputs.ninjs.iter().map(Vec::as_slice).collect(),
        ),
    ] {
        std::fs::create_dir_all(dir.join(folder))?;
        for (i, doc) in docs.iter().enumerate() {
            std::fs::write(dir.join(folder).join(format!("{i:04}.{extension}")), doc)?;
        }
    }
    Ok(())
}
