//! The subcommands.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::CommandFactory;
use clap_complete::Shell;
use newswire::formats::WriteOptions;
use newswire::formats::fidelity::losses_of_all;
use newswire::{Article, Format};

use crate::Outcome;
use crate::args::{Cli, ConvertArgs, FormatsArgs, InspectArgs, ReadingArgs, ValidateArgs};
use crate::batch::{self, Settings, print_record};
use crate::inputs::{self, Input};
use crate::output::{Claims, output_path, remove_leftovers, write_atomically};
use crate::report::{ErrorReport, Record, Status};

/// `newswire convert`: one input without `-o` (or `--stdout`) goes to standard output; otherwise
/// every input becomes files below `-o DIR`.
pub fn convert(args: &ConvertArgs) -> Outcome {
    if !args.to.can_write() {
        eprintln!("newswire: {}", newswire::Error::WriteUnsupported(args.to));
        return Outcome::Usage;
    }
    let single = args.inputs.len() == 1 && !args.inputs.iter().any(|p| p.is_dir());
    let Some(dir) = &args.output else {
        if args.stdout || single {
            return convert_to_stdout(args);
        }
        eprintln!(
            "newswire: several inputs or a directory need an output directory (-o DIR) or --stdout"
        );
        return Outcome::Usage;
    };
    if let Err(e) = std::fs::create_dir_all(dir) {
        eprintln!("newswire: cannot create {}: {e}", dir.display());
        return Outcome::Usage;
    }
    let removed = remove_leftovers(dir);
    if removed > 0 && !args.quiet {
        eprintln!(
            "newswire: removed {removed} temporary files an interrupted run left in {}",
            dir.display()
        );
    }
    let claims = Claims::default();
    let settings = Settings {
        roots: &args.inputs,
        jobs: args.jobs,
        report: args.report.as_deref(),
        quiet: args.quiet,
        verb: "converted",
    };
    batch::run(&settings, |input| {
        convert_to_files(args, dir, &claims, input)
    })
}

/// One input to its output file(s) below `dir`.
fn convert_to_files(args: &ConvertArgs, dir: &Path, claims: &Claims, input: &Input) -> Record {
    let mut record = Record::new(input.name());
    let extension = args.to.output_extension();
    if args.skip_existing && !args.split && output_path(dir, input, extension, None).exists() {
        record.status = Status::Skipped;
        return record;
    }
    let articles = match read_input(input, &args.reading, &mut record) {
        Ok(articles) => articles,
        Err(error) => return record.fail(error),
    };
    if args.reports_losses() {
        record.set_losses(args.to, &losses_of_all(&articles, args.to));
    }
    record.set_placeholder_time(args.to, &articles, &args.write_options());
    let split = args.split || !args.to.holds_several();
    let documents: Vec<(PathBuf, &[Article])> = if split && articles.len() > 1 {
        articles
            .iter()
            .enumerate()
            .map(|(i, article)| {
                (
                    output_path(dir, input, extension, Some(i + 1)),
                    std::slice::from_ref(article),
                )
            })
            .collect()
    } else {
        vec![(
            output_path(dir, input, extension, None),
            articles.as_slice(),
        )]
    };
    if args.skip_existing && documents.iter().all(|(target, _)| target.exists()) {
        record.status = Status::Skipped;
        return record;
    }
    for (target, articles) in documents {
        if !claims.claim(&target) {
            let message = format!("another input of this run writes {}", target.display());
            return record.fail(ErrorReport::message(message));
        }
        let written = newswire::formats::write_with(articles, args.to, &args.write_options())
            .map_err(|e| ErrorReport::of(&e))
            .and_then(|bytes| {
                write_atomically(&target, &bytes, &input.path, args.force, args.sync)
                    .map_err(ErrorReport::message)
            });
        match written {
            Ok(()) => record.outputs.push(target),
            Err(error) => return record.fail(error),
        }
    }
    record
}

/// Reads an input's articles, noting its size, format and warnings in `record`.
fn read_input(
    input: &Input,
    reading: &ReadingArgs,
    record: &mut Record,
) -> Result<Vec<Article>, ErrorReport> {
    let bytes = input.read().map_err(ErrorReport::message)?;
    record.bytes = bytes.len() as u64;
    let path = (!input.is_stdin()).then_some(input.path.as_path());
    let format = match reading.from.format() {
        Some(format) => format,
        None => newswire::detect(&bytes, path).map_err(|e| ErrorReport::of(&e))?,
    };
    record.format = Some(format.to_string());
    let articles = newswire::formats::read_with(&bytes, format, &reading.options())
        .map_err(|e| ErrorReport::of(&e))?;
    record.articles = articles.len();
    record.warnings = warnings_of(&articles);
    Ok(articles)
}

fn warnings_of(articles: &[Article]) -> Vec<String> {
    articles
        .iter()
        .enumerate()
        .flat_map(|(i, article)| {
            article.warnings.iter().map(move |warning| {
                if articles.len() > 1 {
                    format!("article {}: {warning}", i + 1)
                } else {
                    warning.to_string()
                }
            })
        })
        .collect()
}

/// All the articles of all the inputs as one document on standard output. The document is
/// written only when complete; failed inputs are reported and left out.
fn convert_to_stdout(args: &ConvertArgs) -> Outcome {
    let (articles, failed) = read_all(&args.inputs, &args.reading, |mut record, read| {
        if args.reports_losses() {
            record.set_losses(args.to, &losses_of_all(read, args.to));
        }
        record.set_placeholder_time(args.to, read, &args.write_options());
        print_record(&record, args.quiet);
    });
    document_to_stdout(&articles, args.to, &args.write_options(), failed)
}

/// Every article of every input, in order; each input's record and articles go to `on_input`.
fn read_all(
    roots: &[PathBuf],
    reading: &ReadingArgs,
    mut on_input: impl FnMut(Record, &[Article]),
) -> (Vec<Article>, bool) {
    let mut articles = Vec::new();
    let mut failed = false;
    for listed in inputs::expand(roots) {
        let (record, read) = match listed {
            Ok(input) => {
                let mut record = Record::new(input.name());
                match read_input(&input, reading, &mut record) {
                    Ok(read) => (record, read),
                    Err(error) => (record.fail(error), Vec::new()),
                }
            }
            Err(listing) => (
                Record::new(listing.path.display().to_string())
                    .fail(ErrorReport::message(listing.message)),
                Vec::new(),
            ),
        };
        failed |= record.status == Status::Failed;
        on_input(record, &read);
        articles.extend(read);
    }
    (articles, failed)
}

/// `newswire inspect`: every article of every input, as one JSON array.
pub fn inspect(args: &InspectArgs) -> Outcome {
    let (articles, failed) = read_all(&args.inputs, &args.reading, |record, _| {
        if let Some(error) = &record.error {
            eprintln!("newswire: {}: {}", record.path, error.message);
        }
    });
    document_to_stdout(&articles, Format::Json, &WriteOptions::default(), failed)
}

/// `newswire validate`: reads every input and reports errors and warnings; writes nothing.
pub fn validate(args: &ValidateArgs) -> Outcome {
    let settings = Settings {
        roots: &args.inputs,
        jobs: args.jobs,
        report: args.report.as_deref(),
        quiet: false,
        verb: "valid",
    };
    batch::run(&settings, |input| {
        let mut record = Record::new(input.name());
        match read_input(input, &args.reading, &mut record) {
            Ok(_) => record,
            Err(error) => record.fail(error),
        }
    })
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

/// `newswire completions SHELL`: the completion script on standard output.
pub fn completions(shell: Shell) -> Outcome {
    let mut command = Cli::command();
    clap_complete::generate(shell, &mut command, "newswire", &mut std::io::stdout());
    Outcome::Success
}

/// `newswire man`: the manual page (roff) on standard output.
pub fn man() -> Outcome {
    let mut page = Vec::new();
    match clap_mangen::Man::new(Cli::command()).render(&mut page) {
        Ok(()) => match write_stdout(&page) {
            Ok(()) => Outcome::Success,
            Err(message) => {
                eprintln!("newswire: {message}");
                Outcome::SomeFailed
            }
        },
        Err(e) => {
            eprintln!("newswire: cannot render the manual page: {e}");
            Outcome::SomeFailed
        }
    }
}

/// Writes `articles` as one document on standard output (nothing when none was read), and
/// says how the command ended.
fn document_to_stdout(
    articles: &[Article],
    format: Format,
    options: &WriteOptions,
    some_failed: bool,
) -> Outcome {
    if !articles.is_empty() {
        let written = newswire::formats::write_with(articles, format, options)
            .map_err(|e| {
                // The library cannot know that the CLI splits into files; say how.
                if articles.len() > 1 && !format.holds_several() {
                    format!("{e} (with -o DIR, each article becomes a file of its own)")
                } else {
                    e.to_string()
                }
            })
            .and_then(|bytes| write_stdout(&bytes));
        if let Err(message) = written {
            eprintln!("newswire: {message}");
            return Outcome::SomeFailed;
        }
    }
    if some_failed {
        Outcome::SomeFailed
    } else {
        Outcome::Success
    }
}

fn write_stdout(bytes: &[u8]) -> Result<(), String> {
    let mut stdout = std::io::stdout().lock();
    stdout
        .write_all(bytes)
        .and_then(|()| stdout.flush())
        .map_err(|e| format!("cannot write to standard output: {e}"))
}
