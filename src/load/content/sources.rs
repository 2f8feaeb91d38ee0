//! `sources:`, where a page's facts come from.

use serde::{Deserialize, Deserializer, Serialize};

use super::Date;

/// `sources:` is either a list of sources or `none:` with the reason the page needs none.
#[derive(Debug, Clone, Serialize)]
pub enum SourceList {
    Cited(Vec<Source>),
    NoneNeeded { none: String },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NoSources {
    none: String,
}

/// By hand rather than `#[serde(untagged)]`, so that a mistake inside one source (a missing
/// `checked:`, a misspelt key) is reported at its own line instead of as "matched no variant".
impl<'de> Deserialize<'de> for SourceList {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = SourceList;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a list of sources (`- title: …`), or `none:` with the reason")
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                seq: A,
            ) -> Result<SourceList, A::Error> {
                Vec::deserialize(serde::de::value::SeqAccessDeserializer::new(seq))
                    .map(SourceList::Cited)
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                map: A,
            ) -> Result<SourceList, A::Error> {
                NoSources::deserialize(serde::de::value::MapAccessDeserializer::new(map))
                    .map(|n| SourceList::NoneNeeded { none: n.none })
            }
        }
        d.deserialize_any(Visitor)
    }
}

impl SourceList {
    pub fn cited(&self) -> &[Source] {
        match self {
            SourceList::Cited(list) => list,
            SourceList::NoneNeeded { .. } => &[],
        }
    }
}

/// One place a page's facts come from: a public page, or a law and its article.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub title: String,
    #[serde(default)]
    pub url: Option<String>,
    /// The law's article(s), e.g. `artículo 18`.
    #[serde(default)]
    pub law: Option<String>,
    /// The day a person last read the source.
    pub checked: Date,
}
