//! faro: a static site generator for multilingual, plain-language rights information that is
//! read on cheap phones and printed by shelters.
//!
//! The pipeline, one module per stage:
//! `load` (site.yaml, content, translations, theme) → `resolve` (pages per language, fallbacks,
//! links, menus) → `render` (Markdown, Tera, Fluent) → `write` (minify, swap into public/).
//! `build` runs them in order; every stage reports into one [`diagnostics::Diagnostics`].

pub mod build;
pub mod check;
pub mod diagnostics;
mod digest;
pub mod editor;
#[cfg(feature = "fuzzing")]
#[doc(hidden)]
pub mod fuzzing;
mod git;
mod load;
mod markup;
pub mod messages;
pub mod new;
pub mod po;
#[cfg(test)]
mod properties;
mod render;
mod resolve;
pub mod serve;
pub mod status;
mod urls;
mod write;
pub mod zim;
