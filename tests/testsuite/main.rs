//! faro's integration tests, in one binary (one link, one run): the real `faro` binary on
//! fixture sites, the broken sites of tests/invalid/, the development server, and the
//! repository's own content.
//!
//! Run one module, or one test, by its path:
//!
//! ```text
//! cargo test --test testsuite serve::
//! cargo test --test testsuite invalid_sites::config_missing
//! ```

mod harness;

mod addresses;
mod build;
mod crash;
mod editor;
mod fuzz_regressions;
mod invalid_sites;
mod messages;
mod publish;
mod raw_html;
mod repository_site;
mod serve;
mod translators;
mod trust;
mod writers;
mod zim;
