//! What the tests share: [`Faro`], which runs the real binary with any subcommand on a site
//! folder; fixture sites copied into temporary folders; and snapshots of a folder to compare
//! before and after a command.

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

pub const FARO: &str = env!("CARGO_BIN_EXE_faro");
/// A command on a test site takes milliseconds to seconds; this only stops a hang from hanging
/// the suite.
pub const TIMEOUT: Duration = Duration::from_secs(120);

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A folder for what the tests of one run make once and share (a folder built once, a warm
/// cache): `target/tmp/testsuite-<pid>`. A run removes the folders of earlier runs whose
/// process is gone; the folder of a run stays until then, for a look after a failure.
pub fn run_dir() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
        let ours = tmp.join(format!("testsuite-{}", std::process::id()));
        for entry in fs::read_dir(tmp).into_iter().flatten().flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let Some(pid) = name.strip_prefix("testsuite-") else {
                continue;
            };
            let gone = !Path::new("/proc").join(pid).exists();
            if gone || entry.path() == ours {
                let _ = fs::remove_dir_all(entry.path());
            }
        }
        fs::create_dir_all(&ours).unwrap();
        ours
    })
}

/// `faro` with a subcommand and its arguments, optionally on a site folder:
///
/// ```ignore
/// let run = Faro::new(["build", "--drafts"]).root(site.path()).run();
/// assert_eq!(run.code, Some(0), "{}", run.stderr);
/// ```
///
/// With a root, the command gets `--root <site>` after its own arguments and runs with the site
/// as its current directory, as a writer runs it from inside the site's folder.
///
/// faro speaks the language of `FARO_LANG`, then of the system locale: every command here
/// runs with `FARO_LANG=en`, so the machine's locale never changes a test's result, unless the
/// test sets another with [`Faro::env`].
pub struct Faro {
    args: Vec<OsString>,
    root: Option<PathBuf>,
    timeout: Duration,
    env: Vec<(OsString, OsString)>,
}

/// What a finished command did.
pub struct Run {
    /// `None` when the process was ended by a signal.
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

impl Faro {
    pub fn new<I, S>(args: I) -> Faro
    where
        I: IntoIterator<Item = S>,
        S: Into<OsString>,
    {
        Faro {
            args: args.into_iter().map(Into::into).collect(),
            root: None,
            timeout: TIMEOUT,
            env: vec![("FARO_LANG".into(), "en".into())],
        }
    }

    /// `faro build` on `site`.
    pub fn build(site: &Path) -> Faro {
        Faro::new(["build"]).root(site)
    }

    /// A longer limit, for a command that is slow on purpose (a large site from a cold cache,
    /// on a machine that may be busy).
    pub fn timeout(mut self, limit: Duration) -> Faro {
        self.timeout = limit;
        self
    }

    /// An environment variable for the command (`FARO_LANG`, `LANG`, …); an empty value
    /// removes the variable.
    pub fn env(mut self, name: impl Into<OsString>, value: impl Into<OsString>) -> Faro {
        let name = name.into();
        self.env.retain(|(n, _)| *n != name);
        self.env.push((name, value.into()));
        self
    }

    pub fn root(mut self, site: &Path) -> Faro {
        self.root = Some(site.to_path_buf());
        self
    }

    pub fn args<I, S>(mut self, args: I) -> Faro
    where
        I: IntoIterator<Item = S>,
        S: Into<OsString>,
    {
        self.args.extend(args.into_iter().map(Into::into));
        self
    }

    /// The command, to start it and manage the process by hand (a server, a build to kill).
    pub fn command(&self) -> Command {
        let mut command = Command::new(FARO);
        command.args(&self.args).stdin(Stdio::null());
        for (name, value) in &self.env {
            if value.is_empty() {
                command.env_remove(name);
            } else {
                command.env(name, value);
            }
        }
        if let Some(root) = &self.root {
            command.arg("--root").arg(root).current_dir(root);
        }
        command
    }

    /// Runs the command to its end; an error when it cannot start or outlives the timeout.
    pub fn try_run(&self) -> Result<Run, String> {
        // Output goes to files outside the site, so it is not part of any snapshot of it, and
        // a command that prints a lot cannot block on a full pipe.
        let logs = tempfile::TempDir::new().unwrap();
        let (out_path, err_path) = (logs.path().join("stdout"), logs.path().join("stderr"));
        let mut child = self
            .command()
            .stdout(fs::File::create(&out_path).unwrap())
            .stderr(fs::File::create(&err_path).unwrap())
            .spawn()
            .map_err(|e| format!("cannot start {FARO}: {e}"))?;
        let started = Instant::now();
        let status = loop {
            if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
                break status;
            }
            if started.elapsed() > self.timeout {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!(
                    "faro did not finish within {} s",
                    self.timeout.as_secs()
                ));
            }
            std::thread::sleep(Duration::from_millis(10));
        };
        Ok(Run {
            code: status.code(),
            stdout: String::from_utf8_lossy(&fs::read(&out_path).unwrap()).into_owned(),
            stderr: String::from_utf8_lossy(&fs::read(&err_path).unwrap()).into_owned(),
        })
    }

    /// Runs the command to its end; panics when it cannot start or outlives the timeout.
    pub fn run(&self) -> Run {
        self.try_run().unwrap_or_else(|e| panic!("{e}"))
    }
}

/// Runs a future to its end on a runtime of its own: for the tests that ask a router
/// (`faro serve`'s, `faro edit`'s) without a server.
pub fn block_on<F: std::future::Future>(future: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(future)
}

/// Copies the tree at `from` into `to`, leaving out top-level files named in `skip`.
pub fn copy_dir(from: &Path, to: &Path, skip: &[&str]) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name();
        if skip.iter().any(|s| name == *s) {
            continue;
        }
        let (src, dst) = (entry.path(), to.join(&name));
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&src, &dst, &[]);
        } else {
            fs::copy(&src, &dst).unwrap();
        }
    }
}

#[derive(Debug, PartialEq, Eq)]
pub enum Entry {
    Dir,
    File(Vec<u8>),
    Symlink(PathBuf),
    Unreadable,
}

/// Every path under `root` (symlinks not followed), with file contents.
pub fn snapshot(root: &Path) -> BTreeMap<PathBuf, Entry> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<PathBuf, Entry>) {
        let Ok(entries) = fs::read_dir(dir) else {
            return;
        };
        for entry in entries.filter_map(Result::ok) {
            let path = entry.path();
            let rel = path.strip_prefix(root).unwrap().to_path_buf();
            let Ok(meta) = fs::symlink_metadata(&path) else {
                continue;
            };
            if meta.file_type().is_symlink() {
                out.insert(
                    rel,
                    Entry::Symlink(fs::read_link(&path).unwrap_or_default()),
                );
            } else if meta.is_dir() {
                out.insert(rel, Entry::Dir);
                walk(root, &path, out);
            } else {
                out.insert(rel, fs::read(&path).map_or(Entry::Unreadable, Entry::File));
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(root, root, &mut out);
    out
}

/// A fixture copied into a temporary folder, with the repository's default theme, the
/// repository's Spanish and English interface strings where the fixture declares those
/// languages and brings no strings of its own (so fixtures keep up with the theme's keys), and
/// a warm `.faro-cache/` (see [`warm_cache`]): its build compresses only what the test changed.
pub fn fixture(name: &str) -> tempfile::TempDir {
    let dir = fixture_cold(name);
    copy_dir(warm_cache(), &dir.path().join(".faro-cache"), &[]);
    dir
}

/// [`fixture`] with nothing in `.faro-cache/`, as on a writer's first build: every text file
/// is compressed anew.
pub fn fixture_cold(name: &str) -> tempfile::TempDir {
    let dir = tempfile::TempDir::new().unwrap();
    copy_dir(&repo().join("tests/fixtures").join(name), dir.path(), &[]);
    copy_dir(&repo().join("themes"), &dir.path().join("themes"), &[]);
    let config = fs::read_to_string(dir.path().join("site.yaml")).unwrap();
    fs::create_dir_all(dir.path().join("translations")).unwrap();
    for code in ["es", "en"] {
        let target = dir.path().join(format!("translations/{code}.ftl"));
        if config.contains(&format!("code: {code}\n")) && !target.exists() {
            fs::copy(repo().join(format!("translations/{code}.ftl")), target).unwrap();
        }
    }
    dir
}

/// A fixture, and a change made to it before it is built.
type WarmSite = (&'static str, fn(&Path));

/// The sites the warm cache is filled from: the fixtures as they are, and the publishing
/// tests' multilingual site (with an updates section, without and with an address).
const WARM_SITES: &[WarmSite] = &[
    ("multilingual", |_| {}),
    ("rtl", |_| {}),
    ("multilingual", |site| {
        crate::publish::add_updates(site, None)
    }),
    ("multilingual", |site| {
        crate::publish::add_updates(site, Some(crate::publish::BASE_URL))
    }),
];

/// The caches of `.faro-cache/` (compressed files, finished pages), filled once per run by
/// building each of [`WARM_SITES`] from empty: brotli at quality 11 is the slow part of a
/// build, and most tests build one of these sites with a change or two. Both caches are keyed
/// by content, so one folder holds them all; each fixture gets a copy of its own (a build
/// prunes what it did not use, and a test may damage its files).
pub fn warm_cache() -> &'static Path {
    static CACHE: OnceLock<PathBuf> = OnceLock::new();
    CACHE.get_or_init(|| {
        let cache = run_dir().join("warm-cache");
        for (name, change) in WARM_SITES {
            let site = fixture_cold(name);
            change(site.path());
            let run = Faro::build(site.path()).run();
            assert_eq!(run.code, Some(0), "{name} builds:\n{}", run.stderr);
            copy_dir(&site.path().join(".faro-cache"), &cache, &[]);
        }
        cache
    })
}

/// Runs git in `dir` with a test identity, and panics with what git said if it fails: for the
/// tests that need a site's history (fuzzy entries, stale interface strings).
pub fn git(dir: &Path, args: &[&str]) {
    let out = Command::new("git")
        .args(["-c", "user.name=Test", "-c", "user.email=test@example.org"])
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .expect("git runs");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Every file under `root`, recursively, sorted.
pub fn all_files(root: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(root).unwrap().filter_map(Result::ok) {
        let path = entry.path();
        if path.is_dir() {
            files.extend(all_files(&path));
        } else {
            files.push(path);
        }
    }
    files.sort();
    files
}
