//! whosaid: source attribution and claim provenance for news articles.
//!
//! Data flows one way: [`document`] loads the text and its furniture,
//! [`segment`] finds paragraphs, sentences and quotations, [`rules`] holds the
//! compiled rule pack, [`attribute`] ties claims to sources, [`dispute`] links
//! claims that sources contest, [`findings`] runs the finding rules (what an
//! editor should look at) over all of that, [`report`] builds the one report
//! model, and [`render`] turns it into text or JSON.

pub mod attribute;
pub mod config;
pub mod dispute;
pub mod document;
pub mod error;
pub mod examples;
pub mod explain;
pub mod findings;
pub mod phrases;
pub mod render;
pub mod report;
pub mod rules;
pub mod segment;
pub mod span;

use std::path::{Path, PathBuf};

pub use error::Error;
pub use report::{FileReport, Report};
pub use rules::{Engine, Pack, Severity};

/// Check one article held in memory.
pub fn check_text(path: &str, text: String, engine: &Engine) -> FileReport {
    let doc = document::Document::parse(path, text);
    check_document(&doc, engine)
}

pub fn check_document(doc: &document::Document, engine: &Engine) -> FileReport {
    let body: Vec<_> = doc.body().map(|b| b.range.clone()).collect();
    let seg = segment::segment(&doc.text, &body, engine);
    let scan = attribute::Scan::run(engine, &doc.text);
    let analysis = attribute::attribute(&doc.text, &seg, engine, &scan, doc.headline.clone());
    let disputes = dispute::find_disputes(&doc.text, &seg, engine, &scan, &analysis);
    report::build(doc, &seg, &scan, &analysis, &disputes, engine)
}

/// Check one article on disk.
pub fn check_path(path: &Path, engine: &Engine) -> Result<FileReport, Error> {
    let doc = document::load(path)?;
    Ok(check_document(&doc, engine))
}

/// An output file that appears whole or not at all: written to a temporary
/// file beside the target, renamed over it on `commit`, removed if dropped
/// uncommitted (an error part-way leaves the old file untouched).
///
/// A target that exists and is no regular file or folder (`/dev/null`,
/// `/dev/stdout`, a named pipe) is a stream, not a file to replace: it is
/// written in place. Renamed over, `/dev/null` would become a regular file
/// holding the report, for every program on the machine.
pub struct AtomicFile {
    path: PathBuf,
    /// The temporary file, or `None` when writing a stream in place.
    tmp: Option<PathBuf>,
    file: Option<std::io::BufWriter<std::fs::File>>,
}

impl AtomicFile {
    pub fn create(path: &Path) -> Result<AtomicFile, Error> {
        let write_err = |e: std::io::Error| Error::Write {
            path: path.to_path_buf(),
            reason: e.to_string(),
        };
        if std::fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir()) {
            let file = std::fs::OpenOptions::new()
                .write(true)
                .open(path)
                .map_err(write_err)?;
            return Ok(AtomicFile {
                path: path.to_path_buf(),
                tmp: None,
                file: Some(std::io::BufWriter::new(file)),
            });
        }
        let dir = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "report".into());
        let tmp = dir.join(format!(".{}.whosaid-{}.tmp", name, std::process::id()));
        let file = std::fs::File::create(&tmp).map_err(write_err)?;
        Ok(AtomicFile {
            path: path.to_path_buf(),
            tmp: Some(tmp),
            file: Some(std::io::BufWriter::new(file)),
        })
    }

    pub fn commit(mut self) -> Result<(), Error> {
        let err = |e: std::io::Error| Error::Write {
            path: self.path.clone(),
            reason: e.to_string(),
        };
        let file = self.file.take().expect("committed once");
        let file = file.into_inner().map_err(|e| err(e.into_error()))?;
        let Some(tmp) = &self.tmp else {
            return Ok(());
        };
        file.sync_all().map_err(err)?;
        std::fs::rename(tmp, &self.path).map_err(err)
    }
}

impl std::io::Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.file.as_mut().expect("open until committed").write(buf)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.file.as_mut().expect("open until committed").flush()
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        if self.file.take().is_some()
            && let Some(tmp) = &self.tmp
        {
            let _ = std::fs::remove_file(tmp);
        }
    }
}
