//! The organisation's contacts, and the links that call or write to them.

use serde::Deserialize;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contacts {
    /// The country's emergency number, free from any phone (Mexico: 911), shown first in the
    /// help block: a child in danger now needs it before anything else.
    #[serde(default)]
    pub emergency: Option<String>,
    /// A phone number in international form, e.g. "+52 55 7100 1542".
    #[serde(default)]
    pub phone: Option<String>,
    /// A WhatsApp number in international form, e.g. "+1 202 918 9431".
    #[serde(default)]
    pub whatsapp: Option<String>,
    /// Left empty until the organisation gives one; nothing is shown while it is empty.
    #[serde(default)]
    pub email: Option<String>,
}

/// `tel:` address for a phone number written for people.
pub fn tel_href(number: &str) -> String {
    format!("tel:+{}", digits(number))
}

/// `tel:` address for a short national number such as 911, dialled as it is (no country code).
pub fn short_tel_href(number: &str) -> String {
    format!("tel:{}", digits(number))
}

/// wa.me address for a WhatsApp number written for people.
pub fn whatsapp_href(number: &str) -> String {
    format!("https://wa.me/{}", digits(number))
}

/// A number written for people (spaces, dashes, brackets, a leading `+`) as its digits only.
fn digits(number: &str) -> String {
    number.chars().filter(char::is_ascii_digit).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hrefs_keep_only_digits() {
        assert_eq!(tel_href("+52 55 7100 1542"), "tel:+525571001542");
        assert_eq!(
            whatsapp_href("+1 202 918 9431"),
            "https://wa.me/12029189431"
        );
    }
}
