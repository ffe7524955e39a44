//! Output formats, one file each. Each takes the finished report and writes
//! it; none of them looks at the article again.

pub mod json;
pub mod text;
