//! `whosaid.yaml`: the project's configuration, for CI on a content
//! repository. Found in the current folder, or named with `--config`.
//!
//! ```yaml
//! rules: [house-rules]      # packs to add (folders, relative to this file)
//! disable: [standards]      # packs to switch off
//! fail_on: warning          # default for --fail-on
//! ```

use crate::error::Error;
use crate::rules::Pack;
use serde::Deserialize;
use std::path::{Path, PathBuf};

pub const FILE_NAME: &str = "whosaid.yaml";

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    #[serde(default)]
    pub rules: Vec<PathBuf>,
    #[serde(default)]
    pub disable: Vec<String>,
    #[serde(default)]
    pub fail_on: Option<FailOn>,
    /// The folder the file is in; `rules` are relative to it.
    #[serde(skip)]
    pub base: PathBuf,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FailOn {
    Error,
    Warning,
    Info,
    Never,
}

impl Config {
    pub fn load(path: &Path) -> Result<Config, Error> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::Read {
            path: path.to_path_buf(),
            reason: e.to_string(),
        })?;
        let mut c: Config = if text.trim().is_empty() {
            Config::default()
        } else {
            serde_yaml::from_str(&text)
                .map_err(|e| crate::rules::yaml_error(&path.display().to_string(), e))?
        };
        c.base = path.parent().map(Path::to_path_buf).unwrap_or_default();
        Ok(c)
    }

    /// `whosaid.yaml` in the current folder, if there is one.
    pub fn discover() -> Result<Option<Config>, Error> {
        let p = Path::new(FILE_NAME);
        if p.is_file() {
            Config::load(p).map(Some)
        } else {
            Ok(None)
        }
    }
}

/// The rule set for a run: the embedded packs, the config's packs, then the
/// command line's; packs switched off by either are left out.
pub fn assemble(
    config: Option<&Config>,
    extra: &[PathBuf],
    disable: &[String],
) -> Result<Pack, Error> {
    let mut pack = Pack::default_pack()?;
    if let Some(c) = config {
        for dir in &c.rules {
            pack.add_dir(&c.base.join(dir))?;
        }
        for name in &c.disable {
            pack.disable(name);
        }
    }
    for dir in extra {
        pack.add_dir(dir)?;
    }
    for name in disable {
        pack.disable(name);
    }
    Ok(pack)
}
