//! `--format json`: the report model as is, for machines. Written file by
//! file, so a run over thousands of articles holds one report at a time.

use crate::report::{FileReport, Report, Tool};
use std::io::{self, Write};

/// Streams `{"schema", "tool", "files": [...]}` one file at a time, byte for
/// byte what `serde_json::to_string_pretty` gives for the whole report.
#[derive(Default)]
pub struct JsonWriter {
    files: usize,
}

impl JsonWriter {
    pub fn begin(&mut self, out: &mut dyn Write, tool: &Tool) -> io::Result<()> {
        write!(
            out,
            "{{\n  \"schema\": \"{}\",\n  \"tool\": ",
            crate::report::SCHEMA
        )?;
        pretty(out, b"  ", tool)?;
        write!(out, ",\n  \"files\": [")
    }

    pub fn file(&mut self, out: &mut dyn Write, f: &FileReport) -> io::Result<()> {
        let sep = if self.files == 0 { "" } else { "," };
        self.files += 1;
        write!(out, "{}\n    ", sep)?;
        pretty(out, b"    ", f)
    }

    pub fn end(&mut self, out: &mut dyn Write) -> io::Result<()> {
        if self.files == 0 {
            writeln!(out, "]\n}}")
        } else {
            writeln!(out, "\n  ]\n}}")
        }
    }
}

/// `value` as pretty JSON nested at an indentation of `pad`, written straight to
/// the output: a report is about fifteen times the size of its article, and a
/// pretty string plus an indented copy of it doubled a large file's peak memory.
/// Serde writes a pretty report in pieces of a few bytes; the buffer takes them
/// without a dynamic call each (a quarter of `--format json`'s time otherwise).
fn pretty(out: &mut dyn Write, pad: &[u8], value: &impl serde::Serialize) -> io::Result<()> {
    let mut w = io::BufWriter::with_capacity(1 << 16, Indented { out, pad });
    serde_json::to_writer_pretty(&mut w, value)?;
    w.flush()
}

/// Indents every line but the first as it passes through. JSON strings escape
/// their newlines, so every newline byte is a line break of the layout.
struct Indented<'a> {
    out: &'a mut dyn Write,
    pad: &'a [u8],
}

impl Write for Indented<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let mut rest = buf;
        while let Some(k) = memchr::memchr(b'\n', rest) {
            self.out.write_all(&rest[..=k])?;
            self.out.write_all(self.pad)?;
            rest = &rest[k + 1..];
        }
        self.out.write_all(rest)?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

pub fn render(report: &Report) -> String {
    let mut out = Vec::new();
    let mut w = JsonWriter::default();
    let mut write = |out: &mut Vec<u8>| -> io::Result<()> {
        w.begin(out, &report.tool)?;
        for f in &report.files {
            w.file(out, f)?;
        }
        w.end(out)
    };
    write(&mut out).expect("writing to memory cannot fail");
    String::from_utf8(out).expect("JSON is UTF-8")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn streamed_json_equals_the_whole_report_serialized() {
        let engine = crate::Engine::default_engine().unwrap();
        let a = crate::check_text(
            "a.txt",
            // A line break inside a sentence: escaped in the JSON string, never
            // taken for a break of the layout.
            "The mayor said the\nbridge is safe.\n\n“It will hold,” she said.".into(),
            &engine,
        );
        let b = crate::check_text("b.txt", String::new(), &engine);
        for files in [vec![], vec![a.clone()], vec![a, b]] {
            let report = Report::new(files);
            let whole = serde_json::to_string_pretty(&report).unwrap() + "\n";
            assert_eq!(render(&report), whole);
        }
    }
}
