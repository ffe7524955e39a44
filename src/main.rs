//! The whosaid command line: parses flags and calls the library.

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use std::process::ExitCode;
use whosaid::{Engine, Pack, Report, Severity, render};

#[derive(Parser)]
#[command(
    name = "whosaid",
    version,
    about = "Audit news articles for source attribution and claim provenance"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Text,
    Json,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum FailOn {
    Error,
    Warning,
    Info,
    Never,
}

#[derive(Subcommand)]
enum Command {
    /// Report who said what in one or more articles.
    Check {
        /// Articles to check (UTF-8 text).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
        /// Write the report to FILE (atomically) instead of standard output.
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<PathBuf>,
        /// Exit with 1 when a finding of this severity or worse is reported.
        #[arg(long, value_enum, default_value = "error")]
        fail_on: FailOn,
        /// Add a rule pack (a folder of YAML files) on top of the default one.
        #[arg(long = "rules", value_name = "DIR")]
        rules: Vec<PathBuf>,
    },
    /// Work with rule packs.
    Rules {
        #[command(subcommand)]
        command: RulesCommand,
    },
}

#[derive(Subcommand)]
enum RulesCommand {
    /// Run every rule's examples; exit 1 on any failure.
    Test {
        /// Extra packs (folders of YAML files) to load on top of the default one.
        packs: Vec<PathBuf>,
    },
}

fn engine(extra: &[PathBuf]) -> Result<Engine, whosaid::Error> {
    let mut pack = Pack::default_pack()?;
    for dir in extra {
        pack.add_dir(dir)?;
    }
    pack.compile()
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Check {
            files,
            format,
            output,
            fail_on,
            rules,
        } => {
            let engine = match engine(&rules) {
                Ok(e) => e,
                Err(e) => {
                    eprintln!("whosaid: {}", e);
                    return ExitCode::from(2);
                }
            };
            let mut reports = Vec::new();
            let mut input_error = false;
            for f in &files {
                match whosaid::check_path(f, &engine) {
                    Ok(r) => reports.push(r),
                    Err(e) => {
                        eprintln!("whosaid: {}", e);
                        input_error = true;
                    }
                }
            }
            let worst = reports.iter().filter_map(|r| r.worst()).max();
            let report = Report::new(reports);
            let rendered = match format {
                Format::Text => render::text::render(&report),
                Format::Json => render::json::render(&report),
            };
            match &output {
                Some(path) => {
                    if let Err(e) = whosaid::write_atomic(path, rendered.as_bytes()) {
                        eprintln!("whosaid: {}", e);
                        return ExitCode::from(2);
                    }
                }
                None => {
                    use std::io::Write;
                    let mut out = std::io::stdout().lock();
                    if out
                        .write_all(rendered.as_bytes())
                        .and_then(|_| out.flush())
                        .is_err()
                    {
                        // A closed pipe (`| head`) is not an error worth a panic.
                        return ExitCode::from(if input_error { 2 } else { 0 });
                    }
                }
            }
            if input_error {
                return ExitCode::from(2);
            }
            let threshold = match fail_on {
                FailOn::Error => Some(Severity::Error),
                FailOn::Warning => Some(Severity::Warning),
                FailOn::Info => Some(Severity::Info),
                FailOn::Never => None,
            };
            match (threshold, worst) {
                (Some(t), Some(w)) if w >= t => ExitCode::from(1),
                _ => ExitCode::SUCCESS,
            }
        }
        Command::Rules {
            command: RulesCommand::Test { packs },
        } => {
            let engine = match engine(&packs) {
                Ok(e) => e,
                Err(e) => {
                    eprintln!("whosaid: {}", e);
                    return ExitCode::from(2);
                }
            };
            let failures = whosaid::examples::check_all(&engine);
            for f in &failures {
                println!("FAIL {}", f);
            }
            let total = engine.cues.len()
                + engine.sources.len()
                + engine.outlets.len()
                + engine.hedges.len()
                + engine.disputes.len()
                + engine.findings.len()
                + engine.lexicon_rules.len();
            println!(
                "{} rules checked, {} example failures",
                total,
                failures.len()
            );
            if failures.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            }
        }
    }
}
