//! A catalog's wire layout: the tree of object keys its JSON pointers lead through, computed
//! once per catalog at compile time from the pointers ([`Layout::of_catalog`]).
//! Reading a body then matches each key against the few keys of the object it is in,
//! without splitting a pointer at run time.

use crate::CatalogCode;
use crate::extra::{ExtraFields, Field, FieldSource};
use crate::wire::Wire;
use std::marker::PhantomData;

/// The most keys a layout holds. A catalog the macro accepts has no more (it checks); a
/// hand-written one with more fails to compile with this limit named.
const MAX_KEYS: usize = error_catalog_core::wire::MAX_KEYS;

/// What a slot of the layout is: the code, the message, the description, then each
/// declared field in order.
pub(crate) const CODE: u8 = 0;
pub(crate) const MESSAGE: u8 = 1;
pub(crate) const DESCRIPTION: u8 = 2;
pub(crate) const FIRST_FIELD: u8 = 3;

/// No node, or no slot.
const NONE: u8 = u8::MAX;

/// One object key on the way to a value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Key {
    /// The reference token, still escaped (`a~1b`).
    pub token: &'static str,
    /// Whether the token has an escape, so it is compared unescaped.
    pub escaped: bool,
    /// The object it is a key of (0 is the body).
    pub node: u8,
    /// The object its value is, if pointers go on through it.
    pub child: u8,
    /// The slot its value fills, if a pointer ends here.
    pub slot: u8,
}

impl Key {
    const EMPTY: Self = Self {
        token: "",
        escaped: false,
        node: NONE,
        child: NONE,
        slot: NONE,
    };

    /// The slot this key's value fills, if any.
    pub(crate) fn slot(&self) -> Option<u8> {
        (self.slot != NONE).then_some(self.slot)
    }

    /// The object this key's value is, if pointers go on through it.
    pub(crate) fn child(&self) -> Option<u8> {
        (self.child != NONE).then_some(self.child)
    }
}

/// The keys of a catalog's wire layout.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Layout {
    keys: [Key; MAX_KEYS],
    len: usize,
    nodes: u8,
}

/// Catalog `C`'s layout, as a constant: evaluated once per catalog, when it compiles.
struct LayoutOf<C>(PhantomData<C>);

impl<C: CatalogCode> LayoutOf<C> {
    const LAYOUT: &'static Layout = &Layout::of(
        &C::CATALOG.wire,
        <C::Extra<'static> as ExtraFields<'static>>::FIELDS,
    );
}

impl Layout {
    /// Catalog `C`'s layout.
    pub(crate) fn of_catalog<C: CatalogCode>() -> &'static Self {
        LayoutOf::<C>::LAYOUT
    }

    /// The layout of `wire`'s code, message and description pointers and of the body
    /// fields among `fields`. A pointer that is not one (no leading `/`) is left out; one
    /// that ends where another goes on, or at the same place, keeps the first.
    ///
    /// # Panics
    ///
    /// At compile time, where it is evaluated: with more than [`MAX_KEYS`] keys.
    #[must_use]
    pub(crate) const fn of(wire: &Wire, fields: &[Field]) -> Self {
        let mut layout = Self {
            keys: [Key::EMPTY; MAX_KEYS],
            len: 0,
            nodes: 1,
        };
        if let Some(code) = wire.code {
            layout.add(code, CODE);
        }
        layout.add(wire.message, MESSAGE);
        if let Some(description) = wire.description {
            layout.add(description, DESCRIPTION);
        }
        // Slots are `u8`s; fields beyond what one holds are left out (the catalog allows 24).
        let mut i = 0;
        let mut slot = FIRST_FIELD;
        while i < fields.len() && slot < NONE {
            if let FieldSource::Body(pointer) = fields[i].source {
                layout.add(pointer, slot);
            }
            i += 1;
            slot += 1;
        }
        layout
    }

    /// The keys of object `node`.
    pub(crate) fn keys_of(&self, node: u8) -> impl Iterator<Item = &Key> {
        self.keys[..self.len]
            .iter()
            .filter(move |key| key.node == node)
    }

    /// Adds the keys of `pointer`, its last one filling `slot`.
    const fn add(&mut self, pointer: &'static str, slot: u8) {
        let bytes = pointer.as_bytes();
        if bytes.is_empty() || bytes[0] != b'/' {
            return;
        }
        let mut node = 0;
        let mut start = 1;
        loop {
            let mut end = start;
            while end < bytes.len() && bytes[end] != b'/' {
                end += 1;
            }
            let token = pointer.split_at(end).0.split_at(start).1;
            let last = end == bytes.len();
            let index = self.find_or_add(node, token);
            let key = &mut self.keys[index];
            if key.slot != NONE {
                // A pointer already ends here: this one is the same or lies inside it.
                return;
            }
            if last {
                if key.child == NONE {
                    key.slot = slot;
                }
                return;
            }
            if key.child == NONE {
                key.child = self.nodes;
                self.nodes += 1;
            }
            node = self.keys[index].child;
            start = end + 1;
        }
    }

    /// The key `token` of object `node`, added if it is new.
    const fn find_or_add(&mut self, node: u8, token: &'static str) -> usize {
        let mut i = 0;
        while i < self.len {
            if self.keys[i].node == node && same(self.keys[i].token, token) {
                return i;
            }
            i += 1;
        }
        assert!(
            self.len < MAX_KEYS,
            "a catalog's wire layout has more than 64 keys"
        );
        let mut escaped = false;
        let mut j = 0;
        while j < token.len() {
            escaped |= token.as_bytes()[j] == b'~';
            j += 1;
        }
        self.keys[self.len] = Key {
            token,
            escaped,
            node,
            child: NONE,
            slot: NONE,
        };
        self.len += 1;
        self.len - 1
    }
}

/// `a == b`, at compile time.
const fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extra::FieldKind;

    fn keys(layout: &Layout) -> Vec<(&'static str, u8, Option<u8>, Option<u8>)> {
        layout.keys[..layout.len]
            .iter()
            .map(|k| (k.token, k.node, k.child(), k.slot()))
            .collect()
    }

    #[test]
    fn pointers_become_a_tree_of_keys_with_shared_prefixes_once() {
        const FIELDS: &[Field] = &[
            Field::body("kind", "/error/type", FieldKind::String),
            Field::header("id", "Request-Id", FieldKind::String),
            Field::body("a", "/a~1b", FieldKind::Integer),
        ];
        const LAYOUT: Layout = Layout::of(&Wire::at("/error/code", "/error/message"), FIELDS);
        assert_eq!(
            keys(&LAYOUT),
            [
                ("error", 0, Some(1), None),
                ("code", 1, None, Some(CODE)),
                ("message", 1, None, Some(MESSAGE)),
                ("type", 1, None, Some(FIRST_FIELD)),
                ("a~1b", 0, None, Some(FIRST_FIELD + 2)),
            ]
        );
        assert!(LAYOUT.keys[4].escaped);
        assert_eq!(LAYOUT.keys_of(1).count(), 3);
    }

    #[test]
    fn overlapping_pointers_keep_the_first_and_non_pointers_are_left_out() {
        let layout = Layout::of(&Wire::at("/e", "/e/m").description("d"), &[]);
        assert_eq!(keys(&layout), [("e", 0, None, Some(CODE))]);
        let layout = Layout::of(&Wire::at("/e/c", "/e"), &[]);
        assert_eq!(
            keys(&layout),
            [("e", 0, Some(1), None), ("c", 1, None, Some(CODE))]
        );
        let status_keyed = Layout::of(&Wire::keyed_by_status("/message"), &[]);
        assert_eq!(keys(&status_keyed), [("message", 0, None, Some(MESSAGE))]);
    }
}
