//! Languages and pages by id: a language cannot be taken for a page, nor an index of one
//! table for another.

/// A language of the site, by its place in site.yaml's list (`Site::languages`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LangId(pub(super) usize);

/// A page of the site in all its languages, by its place in `Site::nodes`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodeId(pub(super) usize);

impl LangId {
    /// Its place in the site's list of languages, for tables kept per language.
    pub fn index(self) -> usize {
        self.0
    }
}

impl NodeId {
    /// Its place in the site's list of pages, for tables kept per page.
    pub fn index(self) -> usize {
        self.0
    }
}

/// Tables kept per language or per page (`paths[lang][node]`, a flag per language) are
/// indexed by the id itself, so that a language cannot be taken for a page.
macro_rules! indexes_vec {
    ($id:ty) => {
        impl<T> std::ops::Index<$id> for Vec<T> {
            type Output = T;
            fn index(&self, id: $id) -> &T {
                &self[id.0]
            }
        }

        impl<T> std::ops::IndexMut<$id> for Vec<T> {
            fn index_mut(&mut self, id: $id) -> &mut T {
                &mut self[id.0]
            }
        }
    };
}

indexes_vec!(LangId);
indexes_vec!(NodeId);
