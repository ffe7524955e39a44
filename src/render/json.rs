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
/// The formatter writes the nesting's indentation itself, line break and all
/// in one piece, rather than a filter indenting every line as it passes (which
/// searched the output for line breaks and copied it once more, a third of
/// `--format json`'s serialisation).
fn pretty(out: &mut dyn Write, pad: &[u8], value: &impl serde::Serialize) -> io::Result<()> {
    let mut w = io::BufWriter::with_capacity(1 << 16, out);
    let mut ser = serde_json::Serializer::with_formatter(&mut w, Nested::new(pad));
    value.serialize(&mut ser)?;
    w.flush()
}

/// `serde_json::ser::PrettyFormatter` with two spaces a level, for a value that
/// starts at an indentation of `pad`: the same bytes `to_writer_pretty` gives
/// with `pad` put after every line break.
struct Nested {
    /// A line break, `pad`, and two spaces for each of `MAX_LEVELS` levels: a
    /// line break and the indentation of a level are a prefix of it.
    lead: Vec<u8>,
    pad: usize,
    level: usize,
    has_value: bool,
}

const MAX_LEVELS: usize = 32;

impl Nested {
    fn new(pad: &[u8]) -> Self {
        let mut lead = Vec::with_capacity(1 + pad.len() + 2 * MAX_LEVELS);
        lead.push(b'\n');
        lead.extend_from_slice(pad);
        lead.resize(1 + pad.len() + 2 * MAX_LEVELS, b' ');
        Nested {
            lead,
            pad: pad.len(),
            level: 0,
            has_value: false,
        }
    }

    /// A line break and the indentation of the current level.
    fn new_line<W: ?Sized + Write>(&self, w: &mut W) -> io::Result<()> {
        let n = 1 + self.pad + 2 * self.level;
        if let Some(lead) = self.lead.get(..n) {
            return w.write_all(lead);
        }
        // Deeper than any report nests: the longest lead, then the rest.
        w.write_all(&self.lead)?;
        for _ in MAX_LEVELS..self.level {
            w.write_all(b"  ")?;
        }
        Ok(())
    }

    fn begin<W: ?Sized + Write>(&mut self, w: &mut W, open: &[u8]) -> io::Result<()> {
        self.level += 1;
        self.has_value = false;
        w.write_all(open)
    }

    fn end<W: ?Sized + Write>(&mut self, w: &mut W, close: &[u8]) -> io::Result<()> {
        self.level -= 1;
        if self.has_value {
            self.new_line(w)?;
        }
        w.write_all(close)
    }

    fn item<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        if !first {
            w.write_all(b",")?;
        }
        self.new_line(w)
    }
}

impl serde_json::ser::Formatter for Nested {
    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.begin(w, b"[")
    }
    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.end(w, b"]")
    }
    fn begin_array_value<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.item(w, first)
    }
    fn end_array_value<W: ?Sized + Write>(&mut self, _w: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.begin(w, b"{")
    }
    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.end(w, b"}")
    }
    fn begin_object_key<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.item(w, first)
    }
    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        w.write_all(b": ")
    }
    fn end_object_value<W: ?Sized + Write>(&mut self, _w: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
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

    #[test]
    fn nested_formatter_equals_pretty_json_with_the_pad_after_each_line_break() {
        // Deeper than the formatter's precomputed indentation, and shallow.
        let mut deep = serde_json::json!({"a": [1, {"b": "x\ny"}], "e": [], "o": {}});
        for i in 0..40 {
            deep = serde_json::json!({ "level": i, "v": [deep, null] });
        }
        for value in [serde_json::json!([]), serde_json::json!("s"), deep] {
            for pad in [&b""[..], b"    "] {
                let mut out = Vec::new();
                pretty(&mut out, pad, &value).unwrap();
                let want = serde_json::to_string_pretty(&value)
                    .unwrap()
                    .replace('\n', &format!("\n{}", std::str::from_utf8(pad).unwrap()));
                assert_eq!(String::from_utf8(out).unwrap(), want);
            }
        }
    }
}
