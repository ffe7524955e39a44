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
        let tool = serde_json::to_string_pretty(tool).map_err(io::Error::other)?;
        write!(
            out,
            "{{\n  \"schema\": \"{}\",\n  \"tool\": {},\n  \"files\": [",
            crate::report::SCHEMA,
            indent(&tool, 2)
        )
    }

    pub fn file(&mut self, out: &mut dyn Write, f: &FileReport) -> io::Result<()> {
        let body = serde_json::to_string_pretty(f).map_err(io::Error::other)?;
        let sep = if self.files == 0 { "" } else { "," };
        self.files += 1;
        write!(out, "{}\n    {}", sep, indent(&body, 4))
    }

    pub fn end(&mut self, out: &mut dyn Write) -> io::Result<()> {
        if self.files == 0 {
            writeln!(out, "]\n}}")
        } else {
            writeln!(out, "\n  ]\n}}")
        }
    }
}

/// Indent every line but the first by `n` spaces.
fn indent(s: &str, n: usize) -> String {
    let pad = " ".repeat(n);
    s.replace('\n', &format!("\n{}", pad))
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
            "The mayor said the bridge is safe.\n\n“It will hold,” she said.".into(),
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
