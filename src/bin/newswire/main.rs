//! `newswire`: the command-line tool. Argument parsing, files, parallelism, progress and
//! reports; every format decision is the library's.
//!
//! Exit codes: 0 every input converted (or skipped as asked), 1 some input failed (each failure
//! is on stderr and in the report, and the other inputs are still converted) or the report
//! could not be written, 2 usage error, 130 interrupted (SIGINT or SIGTERM; no partial output
//! file is left behind).

mod args;
mod batch;
mod commands;
mod escape;
mod inputs;
mod interrupt;
mod io_error;
mod naming;
mod output;
mod owner;
mod report;
mod signature;
mod streamed;
mod strict;
mod validity;

use std::process::ExitCode;

use clap::FromArgMatches;

use args::{Cli, Command};

fn main() -> ExitCode {
    let mut cli = match Cli::from_arg_matches(&args::command().get_matches()) {
        Ok(cli) => cli,
        Err(error) => error.exit(),
    };
    if let Err(error) = cli.command.default_to_stdin() {
        error.exit();
    }
    let outcome = match cli.command {
        Command::Convert(options) => commands::convert(&options),
        Command::Inspect(options) => commands::inspect(&options),
        Command::Validate(options) => commands::validate(&options),
        Command::Formats(options) => commands::formats(&options),
        Command::Completions { shell } => commands::completions(shell),
        Command::Man(options) => commands::man(&options),
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
    /// Stopped by SIGINT or SIGTERM.
    Interrupted = 130,
}
