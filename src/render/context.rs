//! What the templates see: the values a page, its dates, the site, its contacts, its
//! translations and its menu are given to Tera as.

use serde::Serialize;

use super::{markdown, trust};
use crate::load::config;

#[derive(Serialize)]
pub(super) struct PageContext<'a> {
    pub(super) title: &'a str,
    pub(super) description: &'a str,
    pub(super) summary: &'a [String],
    /// Updated and reviewed dates, and the sources.
    pub(super) trust: trust::Trust<'a>,
    pub(super) date: Option<DateContext>,
    pub(super) content: String,
    pub(super) headings: Vec<markdown::Heading>,
    /// The language of the text (differs from the reader's on a fallback page), as its BCP 47
    /// tag.
    pub(super) lang: &'a str,
    pub(super) dir: &'a str,
    pub(super) language_name: &'a str,
    pub(super) kind: &'a str,
    pub(super) fallback: bool,
    pub(super) draft_translation: bool,
    pub(super) stale: bool,
    /// The same page in the source language, for draft and stale notices.
    pub(super) source_url: String,
    pub(super) source_lang: &'a str,
    /// Where the page lives online (absolute when base_url is set), printed on paper.
    pub(super) address: String,
    pub(super) source_language_name: &'a str,
    pub(super) children: Vec<NavItem<'a>>,
    pub(super) audio: Option<AudioContext>,
    pub(super) terms: &'a [crate::load::content::Term],
}

/// What a page left at an old address says: where its page is now, by its title (in the
/// reader's language when the page has it), or that the page is gone.
#[derive(Serialize)]
pub(super) struct RedirectContext<'a> {
    /// Relative, from the old address.
    pub(super) url: String,
    /// `None` when the page is gone and the link leads to the home page.
    pub(super) title: Option<&'a str>,
    /// The language of the title (differs from the reader's on a fallback page).
    pub(super) lang: &'a str,
    pub(super) dir: &'a str,
}

#[derive(Serialize)]
pub(super) struct AudioContext {
    pub(super) url: String,
    /// The words "Listen to this page (1.2 MB)" in the reader's language.
    pub(super) label: String,
}

#[derive(Serialize)]
pub(crate) struct DateContext {
    pub(super) iso: String,
    pub(super) long: String,
}

#[derive(Serialize)]
pub(super) struct SiteContext<'a> {
    pub(super) title: &'a str,
    pub(super) base_url: Option<&'a str>,
    pub(super) chooser_url: String,
    pub(super) quick_exit_url: Option<&'a str>,
}

#[derive(Serialize)]
pub(super) struct ContactsContext {
    pub(super) emergency: Option<String>,
    pub(super) emergency_href: Option<String>,
    pub(super) phone: Option<String>,
    pub(super) phone_href: Option<String>,
    pub(super) whatsapp: Option<String>,
    pub(super) whatsapp_href: Option<String>,
    pub(super) email: Option<String>,
}

impl ContactsContext {
    pub(super) fn new(contacts: &config::Contacts) -> Self {
        let present = |v: &Option<String>| {
            v.as_ref()
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
        };
        let phone = present(&contacts.phone);
        let whatsapp = present(&contacts.whatsapp);
        let emergency = present(&contacts.emergency);
        ContactsContext {
            emergency_href: emergency.as_deref().map(config::short_tel_href),
            emergency,
            phone_href: phone.as_deref().map(config::tel_href),
            whatsapp_href: whatsapp.as_deref().map(config::whatsapp_href),
            phone,
            whatsapp,
            email: present(&contacts.email),
        }
    }
}

#[derive(Serialize)]
pub(super) struct TranslationLink<'a> {
    pub(super) code: &'a str,
    /// For `lang` and `hreflang`: `pt-BR` where the code is `pt`.
    pub(super) tag: &'a str,
    pub(super) name: &'a str,
    /// The site's name in that language, when site.yaml gives one.
    pub(super) site_title: Option<&'a str>,
    pub(super) dir: &'a str,
    pub(super) url: String,
    pub(super) absolute: Option<String>,
    pub(super) current: bool,
    /// Whether the page is written in this language (rather than shown through a fallback).
    pub(super) own_text: bool,
}

#[derive(Serialize)]
pub(super) struct NavItem<'a> {
    pub(super) title: &'a str,
    /// Relative to the page; the current page's own entry is `nav_current` in the context.
    pub(super) url: String,
    pub(super) lang: &'a str,
    pub(super) children: Vec<NavItem<'a>>,
}
