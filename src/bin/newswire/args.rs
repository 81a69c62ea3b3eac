//! The command line, declared with clap.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};
use newswire::Format;

/// Convert news content between agency formats: plain-text wire copy, NewsML-G2, schema.org
/// JSON-LD, Atom and newswire's JSON.
#[derive(Debug, Parser)]
#[command(name = "newswire", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Convert inputs to another format (one input without -o: to stdout)
    Convert(ConvertArgs),
    /// Print the articles read from the inputs as newswire JSON
    Inspect(InspectArgs),
    /// List the formats, what newswire does with each, and their file extensions
    Formats(FormatsArgs),
}

#[derive(Debug, Args)]
pub struct ConvertArgs {
    /// Input format; `auto` detects it per file from the content, then the extension
    #[arg(long, short = 'f', default_value = "auto", value_parser = parse_from)]
    pub from: InputFormat,
    /// Output format (`newswire formats` lists them)
    #[arg(long, short = 't', value_parser = parse_format)]
    pub to: Format,
    /// Write one file per input into this directory, named <input stem>.<format extension>
    #[arg(long, short = 'o', value_name = "DIR")]
    pub output: Option<PathBuf>,
    /// Replace output files that already exist
    #[arg(long)]
    pub force: bool,
    /// Do not print reader warnings and what the output format drops
    #[arg(long, short = 'q')]
    pub quiet: bool,
    /// Input files; `-` reads standard input
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
}

#[derive(Debug, Args)]
pub struct FormatsArgs {
    /// Print the fidelity table instead: which model fields each format keeps
    #[arg(long)]
    pub fields: bool,
}

#[derive(Debug, Args)]
pub struct InspectArgs {
    /// Input format; `auto` detects it per file
    #[arg(long, short = 'f', default_value = "auto", value_parser = parse_from)]
    pub from: InputFormat,
    /// Input files; `-` reads standard input
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
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

fn parse_format(name: &str) -> Result<Format, String> {
    name.parse::<Format>().map_err(|e| e.to_string())
}

fn parse_from(name: &str) -> Result<InputFormat, String> {
    if name.eq_ignore_ascii_case("auto") {
        Ok(InputFormat::Auto)
    } else {
        parse_format(name).map(InputFormat::Given)
    }
}
