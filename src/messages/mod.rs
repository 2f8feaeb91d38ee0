//! faro's own messages (diagnostics, summaries, the status report, the help) in the writer's
//! language, through Fluent like the site's interface strings. They are part of the binary,
//! not of the site: `en.ftl` and `es.ftl` beside this file.
//!
//! The language is chosen once, by the command line ([`choose`], from `--lang`, `FARO_LANG` or
//! the system locale); a library caller that never chooses gets English. A message missing in
//! Spanish falls back to English; a message missing in both comes out as its id (the tests make
//! that impossible: every id the code uses is in both files).

use std::sync::OnceLock;

pub use fluent_bundle::FluentArgs;
use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;

/// A language faro speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Es,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];

    /// The BCP 47 code, as in an HTML `lang` attribute.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    /// The language of a tag such as `es`, `es-MX` or a locale such as `es_MX.UTF-8`; `None`
    /// for a language faro does not speak (or `C`, `POSIX`).
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "es" => Some(Lang::Es),
            _ => None,
        }
    }

    fn source(self) -> &'static str {
        match self {
            Lang::En => include_str!("en.ftl"),
            Lang::Es => include_str!("es.ftl"),
        }
    }
}

/// The language for this run: `--lang` (from `args`, the process's arguments), then
/// `FARO_LANG`, then the system locale (`LC_ALL`, `LC_MESSAGES`, `LANG`; the first that is set
/// and not empty decides), then English.
pub fn from_environment(args: &[String], env: impl Fn(&str) -> Option<String>) -> Lang {
    let mut flag = None;
    for (i, arg) in args.iter().enumerate() {
        if arg == "--" {
            break;
        }
        if let Some(value) = arg.strip_prefix("--lang=") {
            flag = Some(value.to_string());
        } else if arg == "--lang" {
            flag = args.get(i + 1).cloned();
        }
    }
    let tag = flag.filter(|t| !t.is_empty()).or_else(|| {
        ["FARO_LANG", "LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .find_map(|name| env(name).filter(|v| !v.is_empty()))
    });
    tag.as_deref().and_then(Lang::from_tag).unwrap_or(Lang::En)
}

static CHOSEN: OnceLock<Lang> = OnceLock::new();

/// Sets the language of this process's messages; only the first call counts.
pub fn choose(lang: Lang) {
    let _ = CHOSEN.set(lang);
}

/// The language messages are given in.
pub fn lang() -> Lang {
    CHOSEN.get().copied().unwrap_or(Lang::En)
}

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: Lang) -> &'static Bundle {
    static BUNDLES: [OnceLock<Bundle>; 2] = [OnceLock::new(), OnceLock::new()];
    let slot = match lang {
        Lang::En => &BUNDLES[0],
        Lang::Es => &BUNDLES[1],
    };
    slot.get_or_init(|| {
        let id: unic_langid::LanguageIdentifier =
            lang.code().parse().expect("a valid language code");
        let mut bundle = Bundle::new_concurrent(vec![id]);
        // Terminal text: no Unicode isolation marks around arguments, so paths print cleanly.
        bundle.set_use_isolating(false);
        // The files are part of faro; their test parses them, so this cannot fail in a build
        // that passed its tests.
        let resource = FluentResource::try_new(lang.source().to_string())
            .unwrap_or_else(|(resource, _)| resource);
        let _ = bundle.add_resource(resource);
        bundle
    })
}

/// Message `id` (or `id.attribute`) in `lang`, with `args`; English when `lang` lacks it, the id
/// itself when English does too.
pub fn text_in(lang: Lang, id: &str, args: Option<&FluentArgs>) -> String {
    format_in(lang, id, args)
        .or_else(|| format_in(Lang::En, id, args))
        .unwrap_or_else(|| id.to_string())
}

/// Message `id` in the chosen language; see [`text_in`].
pub fn text(id: &str, args: Option<&FluentArgs>) -> String {
    text_in(lang(), id, args)
}

fn format_in(lang: Lang, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    let bundle = bundle(lang);
    let (name, attribute) = match id.split_once('.') {
        Some((name, attribute)) => (name, Some(attribute)),
        None => (id, None),
    };
    let message = bundle.get_message(name)?;
    let pattern = match attribute {
        Some(attribute) => message.get_attribute(attribute)?.value(),
        None => message.value()?,
    };
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned(),
    )
}

/// What the system said about a file or a socket, in the writer's language. Rust gives the
/// system's words in English whatever the locale, so the kinds a writer meets (a missing
/// file, a permission, a full disk, a port in use) come from the .ftl files; a rarer kind
/// keeps the system's words.
pub fn io_error(error: &std::io::Error) -> String {
    use std::io::ErrorKind;
    let id = match error.kind() {
        ErrorKind::NotFound => "io-not-found",
        ErrorKind::PermissionDenied => "io-permission-denied",
        ErrorKind::AlreadyExists => "io-already-exists",
        ErrorKind::IsADirectory => "io-is-a-folder",
        ErrorKind::NotADirectory => "io-not-a-folder",
        ErrorKind::DirectoryNotEmpty => "io-folder-not-empty",
        ErrorKind::StorageFull => "io-disk-full",
        ErrorKind::ReadOnlyFilesystem => "io-read-only",
        ErrorKind::AddrInUse => "io-address-in-use",
        ErrorKind::AddrNotAvailable => "io-address-not-available",
        _ => return error.to_string(),
    };
    text(id, None)
}

/// A message and the id it came from, for a diagnostic: the id is its stable code in
/// `--format json`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub code: &'static str,
    pub text: String,
}

/// Message `id` in the chosen language, with named arguments: `t!("built", pages = 12)`.
/// Arguments are anything Fluent takes (text, numbers); a path goes in as
/// `path.display().to_string()`.
#[macro_export]
macro_rules! t {
    ($id:expr $(,)?) => {
        $crate::messages::text($id, None)
    };
    ($id:expr, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::messages::FluentArgs::new();
        $(args.set(stringify!($name), $value);)+
        $crate::messages::text($id, Some(&args))
    }};
}

/// [`t!`] for a diagnostic's message: the text and its id, which becomes the diagnostic's code.
/// `msg!("id"; &args)` takes arguments already gathered in a [`FluentArgs`], for a table of
/// kinds that share them.
#[macro_export]
macro_rules! msg {
    ($id:literal; $args:expr) => {
        $crate::messages::Message {
            code: $id,
            text: $crate::messages::text($id, Some($args)),
        }
    };
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::messages::Message {
            code: $id,
            text: $crate::t!($id $(, $name = $value)*),
        }
    };
}

#[cfg(test)]
mod tests;
