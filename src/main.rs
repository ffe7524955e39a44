//! The whosaid command line: parses flags and calls the library.

use clap::{Parser, Subcommand, ValueEnum};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use whosaid::{Engine, Report, Severity, render};

/// Small allocations are most of what a check allocates (see Cargo.toml).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
        /// Articles to check (UTF-8 text, Markdown or HTML); a directory means
        /// every .txt, .md, .markdown, .html and .htm file below it.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
        /// Write the report to FILE (atomically) instead of standard output.
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<PathBuf>,
        /// Exit with 1 when a finding of this severity or worse is reported
        /// [default: error, or `fail_on` in whosaid.yaml].
        #[arg(long, value_enum)]
        fail_on: Option<FailOn>,
        #[command(flatten)]
        packs: PackArgs,
    },
    /// Work with rule packs.
    Rules {
        #[command(subcommand)]
        command: RulesCommand,
    },
    /// Explain a rule: what it does, why it matters, examples, how to switch it off.
    Explain {
        rule: String,
        #[command(flatten)]
        packs: PackArgs,
    },
}

#[derive(Subcommand)]
enum RulesCommand {
    /// Run every rule's examples; exit 1 on any failure.
    Test {
        /// Extra packs (folders of YAML files) to load on top of the embedded ones.
        dirs: Vec<PathBuf>,
        #[command(flatten)]
        packs: PackArgs,
    },
    /// List the active rules: id, kind, severity, pack, description.
    List {
        #[command(flatten)]
        packs: PackArgs,
    },
}

/// Which rule packs a run uses.
#[derive(clap::Args, Clone, Default)]
struct PackArgs {
    /// Add a rule pack (a folder of YAML files) on top of the embedded ones.
    #[arg(long = "rules", value_name = "DIR")]
    rules: Vec<PathBuf>,
    /// Switch a pack off whole (for example `standards`).
    #[arg(long = "disable-pack", value_name = "PACK")]
    disable: Vec<String>,
    /// Read configuration from FILE instead of ./whosaid.yaml.
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
}

impl PackArgs {
    fn config(&self) -> Result<Option<whosaid::config::Config>, whosaid::Error> {
        match &self.config {
            Some(p) => whosaid::config::Config::load(p).map(Some),
            None => whosaid::config::Config::discover(),
        }
    }

    fn engine(
        &self,
        extra: &[PathBuf],
    ) -> Result<(Engine, Option<whosaid::config::Config>), whosaid::Error> {
        let config = self.config()?;
        let mut dirs = self.rules.clone();
        dirs.extend(extra.iter().cloned());
        let pack = whosaid::config::assemble(config.as_ref(), &dirs, &self.disable)?;
        Ok((pack.compile()?, config))
    }
}

/// Where the report goes: standard output, or a file that appears only when complete.
enum Sink {
    Stdout(std::io::BufWriter<std::io::StdoutLock<'static>>),
    File(whosaid::AtomicFile),
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            Sink::Stdout(w) => w.write(buf),
            Sink::File(w) => w.write(buf),
        }
    }
    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Sink::Stdout(w) => w.flush(),
            Sink::File(w) => w.flush(),
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Check {
            files,
            format,
            output,
            fail_on,
            packs,
        } => {
            let files = match whosaid::document::article_paths(&files) {
                Ok(f) => f,
                Err(e) => {
                    eprintln!("whosaid: {}", e);
                    return ExitCode::from(2);
                }
            };
            let (engine, config) = match packs.engine(&[]) {
                Ok(e) => e,
                Err(e) => {
                    eprintln!("whosaid: {}", e);
                    return ExitCode::from(2);
                }
            };
            // The engine lives until the process exits, which frees it whole:
            // dropping its automata, tables and rules one allocation at a
            // time cost 1M instructions, 2% of checking one article.
            let engine = std::mem::ManuallyDrop::new(engine);
            // Reports are rendered as each file is checked, so memory stays flat over a corpus.
            let mut sink = match &output {
                Some(path) => match whosaid::AtomicFile::create(path) {
                    Ok(f) => Sink::File(f),
                    Err(e) => {
                        eprintln!("whosaid: {}", e);
                        return ExitCode::from(2);
                    }
                },
                None => Sink::Stdout(std::io::BufWriter::new(std::io::stdout().lock())),
            };
            let mut json = render::json::JsonWriter::default();
            let mut text = render::text::TextWriter::default();
            let tool = Report::new(Vec::new()).tool;
            let mut input_error = false;
            let mut worst: Option<Severity> = None;
            let mut written = (|| -> std::io::Result<()> {
                if let Format::Json = format {
                    json.begin(&mut sink, &tool)?;
                }
                for f in &files {
                    match whosaid::check_path(f, &engine) {
                        Ok(r) => {
                            worst = worst.max(r.worst());
                            match format {
                                Format::Text => text.file(&mut sink, &r)?,
                                Format::Json => json.file(&mut sink, &r)?,
                            }
                        }
                        Err(e) => {
                            eprintln!("whosaid: {}", e);
                            input_error = true;
                        }
                    }
                }
                if let Format::Json = format {
                    json.end(&mut sink)?;
                }
                sink.flush()
            })();
            if written.is_ok()
                && let Sink::File(f) = sink
            {
                // Only a finished report replaces the file; the temporary one is renamed.
                written = f.commit().map_err(std::io::Error::other);
            }
            if let Err(e) = written
                && output.is_some()
            {
                eprintln!(
                    "whosaid: {}: cannot write: {}",
                    output.as_ref().unwrap().display(),
                    e
                );
                return ExitCode::from(2);
            }
            // A closed pipe (`| head`) ends the output; it is no error of the articles.
            if input_error {
                return ExitCode::from(2);
            }
            let fail_on = fail_on.unwrap_or(match config.and_then(|c| c.fail_on) {
                Some(whosaid::config::FailOn::Warning) => FailOn::Warning,
                Some(whosaid::config::FailOn::Info) => FailOn::Info,
                Some(whosaid::config::FailOn::Never) => FailOn::Never,
                _ => FailOn::Error,
            });
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
            command: RulesCommand::Test { dirs, packs },
        } => {
            let engine = match packs.engine(&dirs) {
                Ok((e, _)) => e,
                Err(e) => {
                    eprintln!("whosaid: {}", e);
                    return ExitCode::from(2);
                }
            };
            let failures = whosaid::examples::check_all(&engine);
            for f in &failures {
                println!("FAIL {}", f);
            }
            let total = engine.rule_info.len();
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
        Command::Rules {
            command: RulesCommand::List { packs },
        } => match packs.engine(&[]) {
            Ok((engine, _)) => {
                print!("{}", whosaid::explain::list(&engine));
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("whosaid: {}", e);
                ExitCode::from(2)
            }
        },
        Command::Explain { rule, packs } => match packs.engine(&[]) {
            Ok((engine, _)) => match whosaid::explain::explain(&engine, &rule) {
                Some(text) => {
                    print!("{}", text);
                    ExitCode::SUCCESS
                }
                None => {
                    eprintln!(
                        "whosaid: no rule `{}`; `whosaid rules list` shows them all",
                        rule
                    );
                    ExitCode::from(2)
                }
            },
            Err(e) => {
                eprintln!("whosaid: {}", e);
                ExitCode::from(2)
            }
        },
    }
}
