//! `--format json`: the report model as is, for machines.

use crate::report::Report;

pub fn render(report: &Report) -> String {
    let mut s = serde_json::to_string_pretty(report).expect("the report model always serializes");
    s.push('\n');
    s
}
