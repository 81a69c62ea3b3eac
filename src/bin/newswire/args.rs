//! The command line, declared with clap.

use std::path::{Path, PathBuf};

use clap::{Args, Parser, Subcommand};
use clap_complete::Shell;
use newswire::Format;
use newswire::formats::{InputEncoding, NinjsVersion, ReadOptions, Tz, WriteOptions};
use newswire::model::Timestamp;

use crate::inputs::Selection;

/// Convert news content between the formats news agencies exchange (the formats the about
/// text lists come from the library's registry: [`command`]).
#[derive(Debug, Parser)]
#[command(name = "newswire", version, about, long_about = None, after_long_help = EXIT_STATUS)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

impl Command {
    /// The inputs the command was given; none means standard input when it is a pipe or a file
    /// (as `cat story.txt | newswire inspect`), and is a usage error at a terminal.
    pub fn default_to_stdin(&mut self) -> Result<(), clap::Error> {
        let inputs = match self {
            Command::Convert(args) => &mut args.inputs,
            Command::Inspect(args) => &mut args.inputs,
            Command::Validate(args) => &mut args.inputs,
            _ => return Ok(()),
        };
        if inputs.is_empty() {
            if std::io::IsTerminal::is_terminal(&std::io::stdin()) {
                return Err(command().error(
                    clap::error::ErrorKind::MissingRequiredArgument,
                    "no input: name files or directories, `-` for standard input, or pipe one in",
                ));
            }
            inputs.push(PathBuf::from("-"));
        }
        Ok(())
    }
}

/// The command line, its about text naming every format read and written, as the registry
/// has them: help, the manual page and the completions all come from it.
pub fn command() -> clap::Command {
    use clap::CommandFactory;
    let names = |keep: fn(Format) -> bool| {
        Format::ALL
            .into_iter()
            .filter(|format| keep(*format))
            .map(Format::name)
            .collect::<Vec<_>>()
            .join(", ")
    };
    Cli::command().about(format!(
        "Converts news content between the formats news agencies exchange, through one typed article model. Reads {}; writes {}",
        names(Format::can_read),
        names(Format::can_write)
    ))
}

/// The exit codes every command that reads inputs ends with (help and manual pages).
const EXIT_STATUS: &str = "Exit status:
  0    every input was read (and written)
  1    at least one input failed; the others were read (and written)
  2    the command line cannot be carried out as given
  130  interrupted (SIGINT or SIGTERM); no output is left half-written";

const CONVERT_AFTER: &str = "Examples:
  newswire convert --to newsml-g2 story.txt                 one input, to standard output
  newswire convert --to atom -o out/ wire/                  a tree, mirrored below out/
  newswire convert --to jsonld --skip-existing --report run.jsonl -o out/ wire/
                                                            resume a run, one report line per input
  cat story.txt | newswire convert --from text --to nitf    standard input

Exit status:
  0    every input was read and written
  1    at least one input failed; the others were read and written
  2    the command line cannot be carried out as given
  130  interrupted (SIGINT or SIGTERM); no output is left half-written";

const INSPECT_AFTER: &str = "Examples:
  newswire inspect story.txt                   the articles as newswire JSON
  newswire inspect --encoding koi8-r tass.txt  read in the encoding given";

const VALIDATE_AFTER: &str = "What is checked, for each input:
  - it reads: the format is known (given, or detected) and the reader takes it;
  - the parts its format's official schema requires and newswire reads are there
    (NewsML-G2: guid, version, provider, versionCreated; NewsML 1.2: the identifier,
    FirstCreated, ThisRevisionCreated; Atom: id, title, updated, an author; ninjs: uri):
    an input without one is invalid and fails;
  - what a consumer may reject is a warning: an article without a headline, a text
    without a body, an article without any time; with --strict these fail too, as do
    the guesses (the format told from the content alone, the encoding guessed).

Examples:
  newswire validate --strict wire/             fail the inputs read only by guessing
  newswire validate --report problems.jsonl wire/";

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Convert files or directories to another format
    #[command(after_long_help = CONVERT_AFTER)]
    Convert(ConvertArgs),
    /// Print the articles read from the inputs as newswire JSON
    #[command(after_long_help = format!("{INSPECT_AFTER}\n\n{EXIT_STATUS}"))]
    Inspect(InspectArgs),
    /// Read the inputs and report what a consumer would reject, without writing anything
    #[command(after_long_help = format!("{VALIDATE_AFTER}\n\n{EXIT_STATUS}"))]
    Validate(ValidateArgs),
    /// List the formats, what newswire does with each, and their file extensions
    Formats(FormatsArgs),
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell)
    Completions {
        /// The shell
        shell: Shell,
    },
    /// Print a manual page (roff): newswire's, or a command's; or write them all to a directory
    Man(ManArgs),
}

#[derive(Debug, Args)]
pub struct ManArgs {
    /// The command whose page is printed (convert, inspect, validate, formats, completions,
    /// man); without it, newswire's own page
    #[arg(value_name = "COMMAND")]
    pub command: Option<String>,
    /// Write every page (newswire.1, newswire-convert.1, ...) to this directory instead
    #[arg(long, value_name = "DIR", conflicts_with = "command")]
    pub out_dir: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ConvertArgs {
    #[command(flatten)]
    pub reading: ReadingArgs,
    /// Output format (`newswire formats` lists them)
    #[arg(long, short = 't', value_parser = parse_format)]
    pub to: Format,
    /// The ninjs version written with `--to ninjs`: 3.1, 3.0, 2.2, 2.1 or 2.0
    #[arg(long, value_name = "VERSION", default_value = "3.1", value_parser = parse_ninjs_version)]
    pub ninjs_version: NinjsVersion,
    /// When articles that have no time at all were sent (RFC 3339 with an offset, e.g.
    /// 2026-11-29T10:15:00Z), written as their version time in every format; without it, the
    /// formats that require a time (NewsML-G2, Atom, ANPA-1312) get a placeholder
    /// (1970-01-01T00:00:00Z), and the conversion says so
    #[arg(long, value_name = "TIME", value_parser = parse_fallback_time)]
    pub fallback_time: Option<Timestamp>,
    /// The provider (publisher) named for articles that name none: the publication name a
    /// news sitemap lists articles under, JSON-LD's publisher, NewsML-G2's provider. Articles
    /// that name their provider keep it
    #[arg(long, value_name = "NAME")]
    pub provider: Option<String>,
    /// Output directory: each input becomes <input file name>.<extension> there (story.txt ->
    /// story.txt.xml: the whole name is kept, so that inputs that differ only in their extension
    /// never share an output), mirroring the tree below an input directory, which never walks
    /// into DIR. An output name two inputs would share goes to the one named earlier on the
    /// command line. `-o -` is standard output (as --stdout)
    #[arg(long, short = 'o', value_name = "DIR", conflicts_with = "stdout")]
    pub output: Option<PathBuf>,
    /// Write every article of every input as one document on standard output
    #[arg(long)]
    pub stdout: bool,
    /// One output file per article, <file name>-<n>.<extension> (feed.rss-2.nitf), instead of
    /// one per input (text, NITF and ninjs hold one article: they always split)
    #[arg(long)]
    pub split: bool,
    /// Replace output files (and the report) that already exist
    #[arg(long, conflicts_with = "skip_existing")]
    pub force: bool,
    /// Leave inputs whose outputs all exist, to resume a run; an input with some of its outputs
    /// gets the missing ones, and one that failed is tried again
    #[arg(long)]
    pub skip_existing: bool,
    /// Flush every output to disk before it takes its name, so that it survives a power loss
    /// too (slower; a killed or interrupted run never leaves a partial file either way)
    #[arg(long)]
    pub sync: bool,
    /// Parallel jobs (default, and 0: all cores)
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<u16>,
    /// Write one JSON line per input (status, error, outputs, warnings) to this file, each as
    /// soon as the input is done; an existing file is replaced only with --force
    #[arg(long, value_name = "FILE.jsonl")]
    pub report: Option<PathBuf>,
    /// Do not print reader warnings, what the output format drops and the articles it leaves
    /// out
    #[arg(long, short = 'q')]
    pub quiet: bool,
    /// Print what the output format drops of each input on a line of its own; without it, a
    /// run over a directory or more than 10 inputs prints one line per distinct loss, with the
    /// number of inputs that had it (the report always has each input's)
    #[arg(long, short = 'v', conflicts_with = "quiet")]
    pub verbose: bool,
    /// Input files or directories (read recursively); `-` reads standard input, as does no input
    /// when standard input is not a terminal (a pipe)
    #[arg(value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
}

#[derive(Debug, Args)]
pub struct InspectArgs {
    #[command(flatten)]
    pub reading: ReadingArgs,
    /// Input files or directories; `-` reads standard input, as does no input when standard
    /// input is not a terminal (a pipe)
    #[arg(value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ValidateArgs {
    #[command(flatten)]
    pub reading: ReadingArgs,
    /// Print only the inputs that fail, not the warnings
    #[arg(long, short = 'q')]
    pub quiet: bool,
    /// Parallel jobs (default, and 0: all cores)
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<u16>,
    /// Write one JSON line per input to this file
    #[arg(long, value_name = "FILE.jsonl")]
    pub report: Option<PathBuf>,
    /// Replace the report file if it exists
    #[arg(long)]
    pub force: bool,
    /// Input files or directories; `-` reads standard input, as does no input when standard
    /// input is not a terminal (a pipe)
    #[arg(value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
}

#[derive(Debug, Args)]
pub struct FormatsArgs {
    /// Print the fidelity table instead: which model fields each format keeps
    #[arg(long)]
    pub fields: bool,
}

/// How inputs are read: shared by `convert`, `inspect` and `validate`.
#[derive(Debug, Args)]
pub struct ReadingArgs {
    /// Input format; `auto` detects it per file from the content, then the extension
    #[arg(long, short = 'f', default_value = "auto", value_parser = parse_from)]
    pub from: InputFormat,
    /// The language of the content (a BCP 47 tag: `de-CH`, `en`, `sr-Latn`), for inputs that do
    /// not declare one: used instead of detecting it
    #[arg(long, value_name = "TAG", value_parser = parse_language)]
    pub language: Option<String>,
    /// The provider's time zone (IANA: Europe/Brussels, America/New_York), for inputs that give
    /// times without an offset: each gets the zone's offset at that time. Without it such times
    /// stay without one: Atom and ninjs cannot write them (the loss is reported), NewsML-G2,
    /// NITF and JSON-LD write them as given
    #[arg(long, value_name = "ZONE", value_parser = parse_time_zone)]
    pub timezone: Option<Tz>,
    /// The inputs' character encoding (a WHATWG Encoding Standard name: utf-8, windows-1252,
    /// latin1, koi8-r, iso-8859-2, shift_jis, gb18030, utf-16le, ...): used instead of what an
    /// input declares or what its bytes suggest
    #[arg(long, value_name = "NAME", value_parser = parse_encoding)]
    pub encoding: Option<InputEncoding>,
    /// Fail an input that can be read only by guessing: its format told from the content alone
    /// (no --from, and its extension does not name the format), its encoding guessed, an
    /// article without a headline, a placeholder time written
    #[arg(long)]
    pub strict: bool,
    /// In directories, read exactly the files matching this glob (below the directory:
    /// 'wire/*.dat', '*' for all); repeatable. Without it, the files with an extension some
    /// format claims (`newswire formats`). Files named directly are always read
    #[arg(long, value_name = "GLOB")]
    pub include: Vec<String>,
    /// In directories, leave out the files matching this glob; repeatable, and wins over
    /// --include
    #[arg(long, value_name = "GLOB")]
    pub exclude: Vec<String>,
}

impl ReadingArgs {
    pub fn options(&self) -> ReadOptions {
        let mut options = ReadOptions::default();
        options.language = self.language.clone();
        options.time_zone = self.timezone;
        options.encoding = self.encoding;
        options
    }

    /// The files directory walks take; `output` (the `-o` directory, created) is never walked.
    pub fn selection(&self, output: Option<&Path>) -> Result<Selection, String> {
        Selection::new(&self.include, &self.exclude, output)
    }
}

/// `--from`: a format, or detection per input.
#[derive(Debug, Clone, Copy)]
pub enum InputFormat {
    Auto,
    Given(Format),
}

impl InputFormat {
    pub fn format(self) -> Option<Format> {
        match self {
            InputFormat::Auto => None,
            InputFormat::Given(format) => Some(format),
        }
    }
}

/// `--language`: a well-formed BCP 47 tag (RFC 5646), checked by oxilangtag; a tag written with
/// underscores (`en_US`, as locales are) is refused with the tag it means.
fn parse_language(tag: &str) -> Result<String, String> {
    let tag = tag.trim();
    match oxilangtag::LanguageTag::parse(tag) {
        Ok(tag) => Ok(tag.into_inner().to_string()),
        Err(error) => {
            let hint = if tag.contains('_')
                && oxilangtag::LanguageTag::parse(tag.replace('_', "-").as_str()).is_ok()
            {
                format!(
                    "; BCP 47 joins subtags with hyphens: {}",
                    tag.replace('_', "-")
                )
            } else {
                String::new()
            };
            Err(format!(
                "{tag:?} is not a BCP 47 language tag (de, en-GB, sr-Latn): {error}{hint}"
            ))
        }
    }
}

fn parse_encoding(name: &str) -> Result<InputEncoding, String> {
    name.parse::<InputEncoding>().map_err(|e| e.to_string())
}

fn parse_format(name: &str) -> Result<Format, String> {
    name.parse::<Format>().map_err(|e| e.to_string())
}

fn parse_fallback_time(text: &str) -> Result<Timestamp, String> {
    match Timestamp::parse(text) {
        Some(time) if time.offset().is_some() => Ok(time),
        Some(_) => Err(format!("{text:?} has no offset; add one (Z, +01:00, ...)")),
        None => Err(format!("{text:?} is not a time (2026-11-29T10:15:00Z)")),
    }
}

fn parse_time_zone(name: &str) -> Result<Tz, String> {
    name.parse::<Tz>().map_err(|_| {
        format!("{name:?} is not an IANA time zone (Europe/Brussels, America/New_York, UTC)")
    })
}

fn parse_ninjs_version(version: &str) -> Result<NinjsVersion, String> {
    version.parse::<NinjsVersion>().map_err(|e| e.to_string())
}

impl ConvertArgs {
    /// Whether anyone sees what the target drops: stderr unless `--quiet`, or the `--report`
    /// file. The loss report can cost a fifth of a conversion (a write and a read of the
    /// articles in the target format), so a quiet run without a report skips it.
    pub fn reports_losses(&self) -> bool {
        !self.quiet || self.report.is_some()
    }

    /// What the writers are told: the ninjs version, the fallback time and provider.
    pub fn write_options(&self) -> WriteOptions {
        let mut options = WriteOptions::default();
        options.ninjs_version = self.ninjs_version;
        options.fallback_time = self.fallback_time;
        options.fallback_provider = self.provider.clone();
        options
    }
}

fn parse_from(name: &str) -> Result<InputFormat, String> {
    if name.eq_ignore_ascii_case("auto") {
        Ok(InputFormat::Auto)
    } else {
        parse_format(name).map(InputFormat::Given)
    }
}
