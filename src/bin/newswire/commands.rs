//! The subcommands.

use std::io::Write;
use std::path::Path;

use newswire::formats::fidelity::Loss;
use newswire::{Article, Format};

use crate::Outcome;
use crate::args::{ConvertArgs, FormatsArgs, InspectArgs};
use crate::input::{display_name, read_input};
use crate::output::{output_path, write_atomically};

/// `newswire convert`: each input to one output (stdout for a single input without `-o`).
pub fn convert(args: &ConvertArgs) -> Outcome {
    if args.output.is_none() && args.inputs.len() > 1 {
        eprintln!("newswire: several inputs need an output directory (-o DIR)");
        return Outcome::Usage;
    }
    if !args.to.can_write() {
        eprintln!("newswire: {}", newswire::Error::WriteUnsupported(args.to));
        return Outcome::Usage;
    }
    if let Some(dir) = &args.output
        && let Err(e) = std::fs::create_dir_all(dir)
    {
        eprintln!("newswire: cannot create {}: {e}", dir.display());
        return Outcome::Usage;
    }
    let mut failed = 0;
    for input in &args.inputs {
        if let Err(message) = convert_one(args, input) {
            eprintln!("newswire: {}: {message}", display_name(input));
            failed += 1;
        }
    }
    if failed > 0 {
        Outcome::SomeFailed
    } else {
        Outcome::Success
    }
}

fn convert_one(args: &ConvertArgs, input: &Path) -> Result<(), String> {
    let bytes = read_input(input)?;
    let conversion = newswire::convert(&bytes, args.from.format(), args.to, Some(input))
        .map_err(|e| e.to_string())?;
    if !args.quiet {
        report_warnings(input, &conversion.articles);
        report_losses(input, args.to, &conversion.losses);
    }
    match &args.output {
        Some(dir) => {
            let target = output_path(dir, input, args.to.output_extension());
            write_atomically(&target, &conversion.output, input, args.force)
        }
        None => write_stdout(&conversion.output),
    }
}

/// `newswire inspect`: every article of every input, as one JSON array.
pub fn inspect(args: &InspectArgs) -> Outcome {
    let mut articles = Vec::new();
    let mut failed = 0;
    for input in &args.inputs {
        match read_articles(input, args.from.format()) {
            Ok(mut read) => articles.append(&mut read),
            Err(message) => {
                eprintln!("newswire: {}: {message}", display_name(input));
                failed += 1;
            }
        }
    }
    if !articles.is_empty() {
        let written = newswire::write(&articles, Format::Json)
            .map_err(|e| e.to_string())
            .and_then(|json| write_stdout(&json));
        if let Err(message) = written {
            eprintln!("newswire: {message}");
            return Outcome::SomeFailed;
        }
    }
    if failed > 0 {
        Outcome::SomeFailed
    } else {
        Outcome::Success
    }
}

fn read_articles(input: &Path, from: Option<Format>) -> Result<Vec<Article>, String> {
    let bytes = read_input(input)?;
    let format = match from {
        Some(format) => format,
        None => newswire::detect(&bytes, Some(input)).map_err(|e| e.to_string())?,
    };
    newswire::read(&bytes, format).map_err(|e| e.to_string())
}

/// `newswire formats`: the registry as a table, or with `--fields` the fidelity table.
pub fn formats(args: &FormatsArgs) -> Outcome {
    if args.fields {
        print!("{}", newswire::formats::fidelity::table_markdown());
        return Outcome::Success;
    }
    println!(
        "{:<10} {:<5} {:<6} {:<14} description",
        "format", "read", "write", "extensions"
    );
    for format in Format::ALL {
        let yes_no = |b: bool| if b { "yes" } else { "-" };
        println!(
            "{:<10} {:<5} {:<6} {:<14} {}",
            format.name(),
            yes_no(format.can_read()),
            yes_no(format.can_write()),
            format.extensions().join(", "),
            format.description()
        );
    }
    Outcome::Success
}

fn report_warnings(input: &Path, articles: &[Article]) {
    for (i, article) in articles.iter().enumerate() {
        for warning in &article.warnings {
            let which = if articles.len() > 1 {
                format!(" (article {})", i + 1)
            } else {
                String::new()
            };
            eprintln!(
                "newswire: {}{which}: warning: {warning}",
                display_name(input)
            );
        }
    }
}

/// `story.txt -> atom: dropped dateline.text, credit; partly kept authors (roles are lost)`.
fn report_losses(input: &Path, to: Format, losses: &[Loss]) {
    if losses.is_empty() {
        return;
    }
    let dropped: Vec<String> = losses
        .iter()
        .filter(|loss| loss.partial.is_none())
        .map(|loss| loss.field.to_string())
        .collect();
    let partly: Vec<String> = losses
        .iter()
        .filter_map(|loss| Some(format!("{} ({})", loss.field, loss.partial?)))
        .collect();
    let mut parts = Vec::new();
    if !dropped.is_empty() {
        parts.push(format!("dropped {}", dropped.join(", ")));
    }
    if !partly.is_empty() {
        parts.push(format!("partly kept {}", partly.join(", ")));
    }
    eprintln!(
        "newswire: {} -> {to}: {}",
        display_name(input),
        parts.join("; ")
    );
}

fn write_stdout(bytes: &[u8]) -> Result<(), String> {
    let mut stdout = std::io::stdout().lock();
    stdout
        .write_all(bytes)
        .and_then(|()| stdout.flush())
        .map_err(|e| format!("cannot write to standard output: {e}"))
}
