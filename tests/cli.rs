//! The command line's contract: exit codes, errors naming what went wrong,
//! and outputs that never leave a half-written file.

use assert_cmd::Command;

fn whosaid() -> Command {
    Command::cargo_bin("whosaid").unwrap()
}

#[test]
fn no_files_is_a_usage_error() {
    let out = whosaid().arg("check").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("Usage"));
}

#[test]
fn unknown_format_is_a_usage_error() {
    let out = whosaid()
        .args([
            "check",
            "fixtures/000_cf4754b5362d07c1.txt",
            "--format",
            "xml",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn unwritable_output_is_exit_2_and_names_the_path() {
    let out = whosaid()
        .args([
            "check",
            "fixtures/000_cf4754b5362d07c1.txt",
            "-o",
            "/nonexistent-dir/report.json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent-dir/report.json"));
}

#[test]
fn output_to_a_device_is_written_in_place_not_replaced() {
    // Through a link in a temporary folder: were the device replaced, only
    // the link would be, never /dev/null itself.
    let dir = tempfile::tempdir().unwrap();
    let sink = dir.path().join("sink");
    std::os::unix::fs::symlink("/dev/null", &sink).unwrap();
    let out = whosaid()
        .args(["check", "fixtures/000_cf4754b5362d07c1.txt", "-o"])
        .arg(&sink)
        .output()
        .unwrap();
    assert!(out.status.code().is_some_and(|c| c != 2), "{out:?}");
    let link = std::fs::symlink_metadata(&sink).unwrap();
    assert!(link.file_type().is_symlink(), "the link was replaced");
    let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(leftovers.len(), 1, "{leftovers:?}");
}

#[test]
fn a_bad_file_among_good_ones_still_reports_the_good_ones() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.txt");
    std::fs::write(&bad, b"caf\xe9").unwrap();
    let out = whosaid()
        .args(["check", "fixtures/000_cf4754b5362d07c1.txt"])
        .arg(&bad)
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("bad.txt") && err.contains("offset 3"),
        "{}",
        err
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["files"].as_array().unwrap().len(), 1);
}

#[test]
fn articles_are_never_modified() {
    let dir = tempfile::tempdir().unwrap();
    let art = dir.path().join("a.txt");
    let body = "Officials said the road would reopen.\r\n\r\n“Soon,” she said.";
    std::fs::write(&art, body).unwrap();
    let out = whosaid()
        .arg("check")
        .arg(&art)
        .arg("-o")
        .arg(dir.path().join("r.txt"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(std::fs::read_to_string(&art).unwrap(), body);
}

#[test]
fn rules_test_passes_on_the_default_pack() {
    let out = whosaid().args(["rules", "test"]).output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("0 example failures"));
}

#[test]
fn a_broken_rule_file_is_exit_2_with_path_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    // Line 3, column 5: a field the schema does not know.
    std::fs::write(
        dir.path().join("house.yaml"),
        "cues:\n  - id: house.slammed\n    descripton: typo\n",
    )
    .unwrap();
    let out = whosaid()
        .args(["check", "fixtures/000_cf4754b5362d07c1.txt", "--rules"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("house.yaml:3:5:"), "{}", err);
    assert!(err.contains("descripton"), "{}", err);
}

#[test]
fn a_bad_regex_names_the_rule_and_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let yaml = "hedges:\n  - id: house.bad\n    description: broken\n    pattern: 'seems (to'\n    examples:\n      fires: [\"x\"]\n";
    std::fs::write(dir.path().join("bad.yaml"), yaml).unwrap();
    let out = whosaid()
        .args(["rules", "test"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("bad.yaml:4:") && err.contains("house.bad"),
        "{}",
        err
    );
}

#[test]
fn a_broken_config_file_names_its_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("whosaid.yaml");
    std::fs::write(&cfg, "disable: [standards]\nrulez: [house]\n").unwrap();
    let out = whosaid()
        .args(["check", "fixtures/000_cf4754b5362d07c1.txt", "--config"])
        .arg(&cfg)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("whosaid.yaml:2:1: unknown field `rulez`"),
        "{}",
        err
    );
}

/// A content repository is checked by naming its folder: every article below
/// it, in path order, hidden folders and other files left out.
#[test]
fn a_directory_is_checked_article_by_article() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::create_dir_all(root.join("posts/2026")).unwrap();
    std::fs::create_dir_all(root.join(".git")).unwrap();
    let article = "The mayor said the depot would close.\n";
    std::fs::write(root.join("posts/2026/b.md"), article).unwrap();
    std::fs::write(root.join("posts/a.txt"), article).unwrap();
    std::fs::write(root.join(".git/c.md"), article).unwrap();
    std::fs::write(root.join("logo.png"), [0u8, 159, 146, 150]).unwrap();
    let out = whosaid()
        .args(["check", "--format", "json", "--fail-on", "never"])
        .arg(root)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let paths: Vec<String> = report["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let p = f["document"]["path"].as_str().unwrap();
            p.strip_prefix(root.to_str().unwrap())
                .unwrap()
                .replace('\\', "/")
        })
        .collect();
    assert_eq!(paths, ["/posts/2026/b.md", "/posts/a.txt"]);
    // A folder that cannot be read is an input error, not a panic.
    let out = whosaid()
        .args(["check", "no/such/folder/"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}
