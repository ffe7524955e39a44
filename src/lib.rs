//! whosaid: source attribution and claim provenance for news articles.
//!
//! Data flows one way: [`document`] loads the text and its furniture,
//! [`segment`] finds paragraphs, sentences and quotations, [`rules`] holds the
//! compiled rule pack, [`attribute`] ties claims to sources, [`dispute`] links
//! claims that sources contest, [`report`] builds the one report model, and
//! [`render`] turns it into text or JSON.

pub mod attribute;
pub mod dispute;
pub mod document;
pub mod error;
pub mod examples;
pub mod phrases;
pub mod render;
pub mod report;
pub mod rules;
pub mod segment;
pub mod span;

use std::path::Path;

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
    let analysis = attribute::attribute(&doc.text, &seg, engine, &scan);
    let disputes = dispute::find_disputes(&doc.text, &seg, engine, &scan, &analysis);
    report::build(doc, &seg, &analysis, &disputes, engine)
}

/// Check one article on disk.
pub fn check_path(path: &Path, engine: &Engine) -> Result<FileReport, Error> {
    let doc = document::load(path)?;
    Ok(check_document(&doc, engine))
}

/// Write `contents` to `path` atomically: a temporary file beside it, then a rename.
pub fn write_atomic(path: &Path, contents: &[u8]) -> Result<(), Error> {
    use std::io::Write;
    let err = |e: std::io::Error| Error::Write {
        path: path.to_path_buf(),
        reason: e.to_string(),
    };
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "report".into());
    let tmp = dir.join(format!(".{}.whosaid-{}.tmp", name, std::process::id()));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(contents)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result.map_err(err)
}
