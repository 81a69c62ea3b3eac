//! `newswire`: the command-line tool. Argument parsing, files and reporting only; every format
//! decision is the library's.
//!
//! Exit codes: 0 every input converted, 1 some input failed (each failure is on stderr and the
//! other inputs are still converted), 2 usage error.

mod args;
mod commands;
mod input;
mod output;

use std::process::ExitCode;

use clap::Parser;

use args::{Cli, Command};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let outcome = match cli.command {
        Command::Convert(options) => commands::convert(&options),
        Command::Inspect(options) => commands::inspect(&options),
        Command::Formats(options) => commands::formats(&options),
    };
    ExitCode::from(outcome as u8)
}

/// How a command ended, as the process exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    /// Everything worked.
    Success = 0,
    /// At least one input failed; the others were processed.
    SomeFailed = 1,
    /// The command line cannot be carried out as given.
    Usage = 2,
}
