//! The subcommands.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap_complete::Shell;
use newswire::Split;
use newswire::formats::WriteOptions;
use newswire::formats::fidelity::{losses_of_all, times_without_offset};
use newswire::{Article, Format};

use crate::Outcome;
use crate::args::{ConvertArgs, FormatsArgs, InspectArgs, ManArgs, ReadingArgs, ValidateArgs};
use crate::batch::{self, Settings, print_record};
use crate::escape;
use crate::inputs::{self, Input, Listed, Selection};
use crate::naming::{Roots, output_path};
use crate::output::{Claims, Pending, Protected, Rules, remove_leftovers, write_all};
use crate::report::{ErrorReport, Record, Status};
use crate::signature;
use crate::streamed::{self, Spooled, Target};
use crate::strict;
use crate::validity;

/// `newswire convert`: one input without `-o` (or `--stdout`) goes to standard output; otherwise
/// every input becomes files below `-o DIR`.
pub fn convert(args: &ConvertArgs) -> Outcome {
    if !args.to.can_write() {
        eprintln!("newswire: {}", newswire::Error::WriteUnsupported(args.to));
        return Outcome::Usage;
    }
    let single = args.inputs.len() == 1 && !args.inputs.iter().any(|p| p.is_dir());
    // `-o -` is standard output, as `-` is standard input: never a directory named `-`.
    let to_stdout = args.output.as_deref().is_some_and(|d| d.as_os_str() == "-");
    let Some(dir) = args.output.as_ref().filter(|_| !to_stdout) else {
        if args.stdout || to_stdout || single {
            return convert_to_stdout(args);
        }
        eprintln!(
            "newswire: several inputs or a directory need an output directory (-o DIR) or --stdout"
        );
        return Outcome::Usage;
    };
    if let Err(e) = std::fs::create_dir_all(dir) {
        eprintln!(
            "newswire: cannot create {}: {}",
            escape::path(dir),
            crate::io_error::text(&e)
        );
        return Outcome::Usage;
    }
    if let Some(root) = args
        .inputs
        .iter()
        .find(|root| inputs::is_walked(root) && same_file(root, dir))
    {
        eprintln!(
            "newswire: the output directory {} is the input directory {}: the outputs would be \
             read as inputs; write them elsewhere",
            escape::path(dir),
            escape::path(root)
        );
        return Outcome::Usage;
    }
    let selection = match selection(&args.reading, Some(dir)) {
        Ok(selection) => selection,
        Err(usage) => return usage,
    };
    let removed = remove_leftovers(dir);
    if removed > 0 && !args.quiet {
        eprintln!(
            "newswire: removed {removed} temporary files a killed run left in {}",
            escape::path(dir)
        );
    }
    let job = ConvertJob {
        args,
        dir,
        claims: Claims::default(),
        roots: Roots::new(&args.inputs, &selection),
        protected: Protected::new(&args.inputs),
    };
    let settings = Settings {
        roots: &args.inputs,
        selection: &selection,
        jobs: args.jobs,
        report: args.report.as_deref(),
        force: args.force,
        quiet: args.quiet,
        verbose: args.verbose,
        verb: "converted",
    };
    batch::run(&settings, |input| convert_to_files(&job, input))
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// What converting one input to files needs.
struct ConvertJob<'a> {
    args: &'a ConvertArgs,
    dir: &'a Path,
    claims: Claims,
    roots: Roots<'a>,
    protected: Protected,
}

/// One input to its output file(s) below `dir`: all of them or none.
fn convert_to_files(job: &ConvertJob<'_>, input: &Input) -> Record {
    let args = job.args;
    let mut record = Record::new(input.name());
    let extension = args.to.output_extension();
    let plain = output_path(job.dir, &input.relative, extension, None);
    // Before --skip-existing: an output that is another input's does not resume this one.
    if let Some(conflict) = job.roots.plain_conflict(input, &plain) {
        return record.fail(ErrorReport::message(conflict));
    }
    if args.skip_existing && exists(&plain) {
        record.status = Status::Skipped;
        return record;
    }
    // Teletype output, several messages in one file, is written whole.
    let streams_out = args.split || !args.to.holds_several() || args.to.writes_in_items();
    if streams_out && let Some((file, from)) = streamed::streamable(input, &args.reading) {
        return convert_streamed(job, input, file, from, record);
    }
    let articles = match read_input(input, &args.reading, &mut record) {
        Ok(articles) => articles,
        Err(error) => return record.fail(error),
    };
    let split = if args.split {
        Split::Always
    } else {
        Split::AsNeeded
    };
    let written = match newswire::write_documents(&articles, args.to, &args.write_options(), split)
    {
        Ok(written) => written,
        Err(e) => return record.fail(ErrorReport::of(&e)),
    };
    if args.reports_losses() {
        record.set_losses(args.to, &losses_of_all(&articles, args.to));
    }
    record.set_left_out(args.to, &written.left_out);
    record.set_placeholder(args.to, written.placeholder);
    record.set_times_without_offset(args.to, times_without_offset(&articles, args.to));
    if args.reading.strict
        && let Some(guess) = strict::placeholder_guess(record.placeholder_time)
        && let Some(message) = strict::failure(&[guess])
    {
        return record.fail(ErrorReport::message(message));
    }
    let split = written.documents.len() > 1;
    let documents: Vec<(PathBuf, Vec<u8>)> = if split {
        let targets = (1..).map(|n| output_path(job.dir, &input.relative, extension, Some(n)));
        targets.zip(written.documents).collect()
    } else {
        vec![plain].into_iter().zip(written.documents).collect()
    };
    for (i, (target, _)) in documents.iter().enumerate() {
        let conflict = if split {
            job.roots.part_conflict(input, i + 1, target)
        } else {
            None
        };
        let conflict = conflict.or_else(|| {
            (!job.claims.claim(target))
                .then(|| format!("another input of this run writes {}", escape::path(target)))
        });
        if let Some(conflict) = conflict {
            return record.fail(ErrorReport::message(conflict));
        }
    }
    // Resuming writes what is missing: the rest of an input a killed run left half done.
    let written: Vec<(PathBuf, Vec<u8>)> = documents
        .into_iter()
        .filter(|(target, _)| !(args.skip_existing && exists(target)))
        .collect();
    if written.is_empty() {
        record.status = Status::Skipped;
        return record;
    }
    let rules = Rules {
        force: args.force,
        sync: args.sync,
    };
    match write_all(&written, &input.path, &job.protected, rules) {
        Ok(outputs) => record.outputs = outputs,
        Err(message) => record.set_failed(ErrorReport::message(message)),
    }
    record
}

/// A big input converted to files article by article ([`streamed`]): one document written item
/// by item, or a file per article (numbered, unless there is one). The outputs are all written
/// or none, as [`convert_to_files`] writes them; an article that cannot be read fails alone.
fn convert_streamed(
    job: &ConvertJob<'_>,
    input: &Input,
    file: std::fs::File,
    from: Format,
    mut record: Record,
) -> Record {
    let args = job.args;
    let options = args.write_options();
    let extension = args.to.output_extension();
    let plain = output_path(job.dir, &input.relative, extension, None);
    let rules = Rules {
        force: args.force,
        sync: args.sync,
    };
    let mut pending = Pending::new(&input.path, &job.protected, rules);
    let target = Some(Target {
        to: args.to,
        options: &options,
        losses: args.reports_losses(),
    });
    let written = if args.to.writes_in_items() && !args.split {
        let mut document = match Spooled::new(args.to, &options) {
            Ok(document) => document,
            Err(message) => return record.fail(ErrorReport::message(message)),
        };
        streamed::read_each(input, file, from, &args.reading, target, &mut record, |a| {
            document.push(a)
        })
        .and_then(|()| {
            if record.articles == 0 {
                return Ok(());
            }
            claim(job, &plain)?;
            pending.add(&plain, |out| document.write_to(out))
        })
    } else {
        // The first article's document waits for a second: alone, it takes the plain name.
        let mut first: Option<Vec<u8>> = None;
        let mut count = 0;
        let part = |n: usize, bytes: &[u8], pending: &mut Pending<'_>| -> Result<(), String> {
            let target = output_path(job.dir, &input.relative, extension, Some(n));
            if let Some(conflict) = job.roots.part_conflict(input, n, &target) {
                return Err(conflict);
            }
            claim(job, &target)?;
            if args.skip_existing && exists(&target) {
                return Ok(());
            }
            pending.add(&target, |out| out.write_all(bytes))
        };
        streamed::read_each(input, file, from, &args.reading, target, &mut record, |a| {
            let one = std::slice::from_ref(a);
            let bytes =
                newswire::formats::write_with(one, args.to, &options).map_err(|e| e.to_string())?;
            let gone = newswire::formats::left_out(one, args.to, &options);
            count += 1;
            match (count, first.take()) {
                (1, _) => first = Some(bytes),
                (n, Some(held)) => {
                    part(1, &held, &mut pending)?;
                    part(n, &bytes, &mut pending)?;
                }
                (n, None) => part(n, &bytes, &mut pending)?,
            }
            Ok(gone.into_iter().next().map(|gone| gone.reason))
        })
        .and_then(|()| match first {
            Some(alone) => {
                claim(job, &plain)?;
                pending.add(&plain, |out| out.write_all(&alone))
            }
            None => Ok(()),
        })
    };
    if let Err(message) = written {
        return record.fail(ErrorReport::message(message));
    }
    if record.articles == 0 {
        return record.fail(ErrorReport::message(
            "no article of the input could be read".to_string(),
        ));
    }
    match pending.persist() {
        Ok(outputs) if outputs.is_empty() => record.status = Status::Skipped,
        Ok(outputs) => record.outputs = outputs,
        Err(message) => record.set_failed(ErrorReport::message(message)),
    }
    record
}

/// Claims `target` for this input: an error when another input of this run writes it.
fn claim(job: &ConvertJob<'_>, target: &Path) -> Result<(), String> {
    if job.claims.claim(target) {
        Ok(())
    } else {
        Err(format!(
            "another input of this run writes {}",
            escape::path(target)
        ))
    }
}

fn exists(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok()
}

/// Reads an input's articles, noting its size, format and warnings in `record`. Files that are
/// certainly not news are refused, and with `--strict` so is an input read by guessing.
fn read_input(
    input: &Input,
    reading: &ReadingArgs,
    record: &mut Record,
) -> Result<Vec<Article>, ErrorReport> {
    let mut options = reading.options();
    // The file's name: a photo's rendition links to it.
    if !input.is_stdin() {
        options.source_name = input
            .path
            .file_name()
            .map(|name| name.to_string_lossy().into_owned());
    }
    let bytes = input.read(options.limits.input_bytes)?;
    record.bytes = bytes.len() as u64;
    if let Some(refusal) = signature::refusal(&bytes) {
        return Err(ErrorReport::message(refusal));
    }
    let path = (!input.is_stdin()).then_some(input.path.as_path());
    let given = reading.from.format();
    let read = newswire::read_input(&bytes, given, path, &options).map_err(|e| {
        // A format was found when the reading itself failed: the report names it.
        record.format = e.format().map(|f| f.to_string());
        ErrorReport::of(&e)
    })?;
    let (format, articles) = (read.from, read.articles);
    record.format = Some(format.to_string());
    record.articles = articles.len();
    record.warnings = warnings_of(&articles);
    if reading.strict {
        let guesses = strict::reading_guesses(&articles, format, given.is_some(), path);
        if let Some(message) = strict::failure(&guesses) {
            return Err(ErrorReport::message(message));
        }
    }
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
    let selection = match selection(&args.reading, None) {
        Ok(selection) => selection,
        Err(usage) => return usage,
    };
    let options = args.write_options();
    let finish = |record: &mut Record, read: &[Article]| {
        if record.status == Status::Ok {
            if args.reports_losses() {
                record.set_losses(args.to, &losses_of_all(read, args.to));
            }
            let placeholder = newswire::placeholder(read, args.to, &options);
            record.set_placeholder(args.to, placeholder);
            record.set_times_without_offset(args.to, times_without_offset(read, args.to));
            if args.reading.strict
                && let Some(guess) = strict::placeholder_guess(record.placeholder_time)
                && let Some(message) = strict::failure(&[guess])
            {
                record.set_failed(ErrorReport::message(message));
            }
        }
    };
    let stdout = StdoutDocument {
        to: args.to,
        options: &options,
        losses: Some(args.reports_losses()),
    };
    stdout.write(&args.inputs, &args.reading, &selection, finish, |record| {
        print_record(record, args.quiet, true);
    })
}

/// One document of every input's articles on standard output.
struct StdoutDocument<'a> {
    to: Format,
    options: &'a WriteOptions,
    /// For `convert`, whether records say what `to` loses; `None` for `inspect`, whose records
    /// say nothing of it.
    losses: Option<bool>,
}

impl StdoutDocument<'_> {
    /// Writes every article of every input. In a format that writes its items one at a time,
    /// the articles are written as they are read, and a big input is read article by article
    /// ([`streamed`]); in the others, the document is written when complete. `finish` completes
    /// each input read whole's record (it may fail it: its articles are then left out), and
    /// `print` says it.
    fn write(
        &self,
        roots: &[PathBuf],
        reading: &ReadingArgs,
        selection: &Selection,
        mut finish: impl FnMut(&mut Record, &[Article]),
        print: impl Fn(&Record),
    ) -> Outcome {
        if !self.to.writes_in_items() {
            let (articles, failed) = read_all(roots, reading, selection, |record, read| {
                finish(record, read);
                print(record);
            });
            return document_to_stdout(&articles, self.to, self.options, failed);
        }
        let mut document = match Spooled::new(self.to, self.options) {
            Ok(document) => document,
            Err(message) => {
                eprintln!("newswire: {}", escape::text(&message));
                return Outcome::SomeFailed;
            }
        };
        let mut failed = false;
        for listed in inputs::expand(roots, selection) {
            let record = match listed {
                Listed::Input(input) => {
                    let mut record = Record::new(input.name());
                    let pushed = match streamed::streamable(&input, reading) {
                        Some((file, from)) => {
                            let target = self.losses.map(|losses| Target {
                                to: self.to,
                                options: self.options,
                                losses,
                            });
                            streamed::read_each(
                                &input,
                                file,
                                from,
                                reading,
                                target,
                                &mut record,
                                |a| document.push(a),
                            )
                        }
                        None => {
                            let read = match read_input(&input, reading, &mut record) {
                                Ok(read) => read,
                                Err(error) => {
                                    record.set_failed(error);
                                    Vec::new()
                                }
                            };
                            finish(&mut record, &read);
                            if record.status == Status::Failed {
                                Ok(())
                            } else {
                                read.iter().enumerate().try_for_each(|(i, a)| {
                                    if let Some(reason) = document.push(a)? {
                                        record.add_left_out(self.to, i + 1, reason);
                                    }
                                    Ok(())
                                })
                            }
                        }
                    };
                    if let Err(message) = pushed {
                        record.set_failed(ErrorReport::message(message));
                    }
                    record
                }
                Listed::Passed { path, reason } => Record::skipped(path, reason),
                Listed::Error { path, message } => {
                    Record::new(path).fail(ErrorReport::message(message))
                }
            };
            print(&record);
            failed |= record.status == Status::Failed || !record.article_errors.is_empty();
        }
        let mut stdout = std::io::stdout().lock();
        if let Err(e) = document.write_to(&mut stdout).and_then(|()| stdout.flush()) {
            eprintln!(
                "newswire: cannot write to standard output: {}",
                crate::io_error::text(&e)
            );
            return Outcome::SomeFailed;
        }
        if failed {
            Outcome::SomeFailed
        } else {
            Outcome::Success
        }
    }
}

/// Every article of every input, in order; each input's record and articles go to `on_input`,
/// which may fail the input (its articles are then left out).
fn read_all(
    roots: &[PathBuf],
    reading: &ReadingArgs,
    selection: &Selection,
    mut on_input: impl FnMut(&mut Record, &[Article]),
) -> (Vec<Article>, bool) {
    let mut articles = Vec::new();
    let mut failed = false;
    for listed in inputs::expand(roots, selection) {
        let (mut record, read) = match listed {
            Listed::Input(input) => {
                let mut record = Record::new(input.name());
                match read_input(&input, reading, &mut record) {
                    Ok(read) => (record, read),
                    Err(error) => (record.fail(error), Vec::new()),
                }
            }
            Listed::Passed { path, reason } => (Record::skipped(path, reason), Vec::new()),
            Listed::Error { path, message } => (
                Record::new(path).fail(ErrorReport::message(message)),
                Vec::new(),
            ),
        };
        on_input(&mut record, &read);
        if record.status == Status::Failed {
            failed = true;
        } else {
            articles.extend(read);
        }
    }
    (articles, failed)
}

/// `newswire inspect`: every article of every input, as one JSON array, written as the
/// articles are read (an input over [`streamed::STREAM_ABOVE`] is read article by article when
/// its format allows).
pub fn inspect(args: &InspectArgs) -> Outcome {
    let selection = match selection(&args.reading, None) {
        Ok(selection) => selection,
        Err(usage) => return usage,
    };
    let options = WriteOptions::default();
    let stdout = StdoutDocument {
        to: Format::Json,
        options: &options,
        losses: None,
    };
    stdout.write(
        &args.inputs,
        &args.reading,
        &selection,
        |_, _| {},
        |record| {
            if record.error.is_some() || !record.article_errors.is_empty() {
                print_record(record, true, true);
            }
        },
    )
}

/// `newswire validate`: reads every input and reports errors and warnings; writes nothing.
pub fn validate(args: &ValidateArgs) -> Outcome {
    let selection = match selection(&args.reading, None) {
        Ok(selection) => selection,
        Err(usage) => return usage,
    };
    let settings = Settings {
        roots: &args.inputs,
        selection: &selection,
        jobs: args.jobs,
        report: args.report.as_deref(),
        force: args.force,
        quiet: args.quiet,
        verbose: true,
        verb: "valid",
    };
    batch::run(&settings, |input| {
        let mut record = Record::new(input.name());
        let articles = match read_input(input, &args.reading, &mut record) {
            Ok(articles) => articles,
            Err(error) => return record.fail(error),
        };
        let format = record
            .format
            .as_deref()
            .and_then(|f| f.parse::<Format>().ok());
        let found = validity::problems(format, &articles);
        if let Some(message) = validity::failure(&found, args.reading.strict) {
            return record.fail(ErrorReport::message(message));
        }
        record.warnings.extend(found.doubtful);
        record
    })
}

/// `newswire formats`: the registry as a table, or with `--fields` the fidelity table.
pub fn formats(args: &FormatsArgs) -> Outcome {
    if args.fields {
        print!("{}", newswire::formats::fidelity::table_markdown());
        return Outcome::Success;
    }
    // The name column fits the longest name (`reuters-api`).
    let width = Format::ALL
        .iter()
        .map(|format| format.name().len())
        .max()
        .unwrap_or(0)
        .max(10);
    println!(
        "{:<width$} {:<5} {:<6} {:<14} description",
        "format", "read", "write", "extensions"
    );
    for format in Format::ALL {
        let yes_no = |b: bool| if b { "yes" } else { "-" };
        println!(
            "{:<width$} {:<5} {:<6} {:<14} {}",
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
    let mut command = crate::args::command();
    clap_complete::generate(shell, &mut command, "newswire", &mut std::io::stdout());
    Outcome::Success
}

/// `newswire man`: newswire's manual page (roff) or a command's on standard output, or every
/// page written to a directory (`--out-dir`).
pub fn man(args: &ManArgs) -> Outcome {
    let mut command = crate::args::command().disable_help_subcommand(true);
    // Built, so that each command's page is named for it (`newswire-convert`).
    command.build();
    if let Some(dir) = &args.out_dir {
        return match clap_mangen::generate_to(command, dir) {
            Ok(()) => Outcome::Success,
            Err(e) => {
                eprintln!(
                    "newswire: cannot write the manual pages to {}: {}",
                    escape::path(dir),
                    crate::io_error::text(&e)
                );
                Outcome::SomeFailed
            }
        };
    }
    let page = match &args.command {
        None => command,
        Some(name) => match command.find_subcommand(name) {
            Some(sub) => sub.clone(),
            None => {
                eprintln!(
                    "newswire: no command {name:?} (convert, inspect, validate, formats, completions, man)"
                );
                return Outcome::Usage;
            }
        },
    };
    let mut roff = Vec::new();
    match clap_mangen::Man::new(page).render(&mut roff) {
        Ok(()) => match write_stdout(&roff) {
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
            eprintln!("newswire: {}", escape::text(&message));
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
        .map_err(|e| {
            format!(
                "cannot write to standard output: {}",
                crate::io_error::text(&e)
            )
        })
}

/// The inputs' selection (`output` the directory written to, which is never read), or the
/// usage error it is, said on standard error.
fn selection(reading: &ReadingArgs, output: Option<&Path>) -> Result<Selection, Outcome> {
    reading.selection(output).map_err(|message| {
        eprintln!("newswire: {message}");
        Outcome::Usage
    })
}
