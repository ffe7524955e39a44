//! Errors that reach the user. Each names the file and, where there is one,
//! the position; the CLI maps every one of them to exit code 2.

use std::fmt;
use std::path::PathBuf;

#[derive(Debug)]
pub enum Error {
    /// A file could not be read (missing, unreadable, a directory).
    Read { path: PathBuf, reason: String },
    /// The file is not valid UTF-8; `offset` is the first bad byte.
    Utf8 { path: PathBuf, offset: usize },
    /// A rule file is malformed; line and column are 1-based when known.
    Rule {
        path: String,
        line: Option<usize>,
        column: Option<usize>,
        message: String,
    },
    /// Writing an output file failed.
    Write { path: PathBuf, reason: String },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Read { path, reason } => {
                write!(f, "{}: cannot read: {}", path.display(), reason)
            }
            Error::Utf8 { path, offset } => write!(
                f,
                "{}: not valid UTF-8 (first bad byte at offset {})",
                path.display(),
                offset
            ),
            Error::Rule {
                path,
                line,
                column,
                message,
            } => match (line, column) {
                (Some(l), Some(c)) => write!(f, "{}:{}:{}: {}", path, l, c, message),
                (Some(l), None) => write!(f, "{}:{}: {}", path, l, message),
                _ => write!(f, "{}: {}", path, message),
            },
            Error::Write { path, reason } => {
                write!(f, "{}: cannot write: {}", path.display(), reason)
            }
        }
    }
}

impl std::error::Error for Error {}
