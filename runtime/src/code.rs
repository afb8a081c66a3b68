//! A catalog's `Code` enum: the trait generated code implements with the catalog's facts,
//! and the lookups every catalog shares.

use crate::extra::ExtraFields;
use crate::facts::{Catalog, CodeFacts, CodeType};
use error_catalog_core::{integer, phf};
use std::fmt;
use std::hash::Hash;

/// What the macro generates for a catalog's `Code` enum: the catalog's facts, one row per
/// code. Everything `Code` does is built on these, here in the runtime.
///
/// An implementation written by hand must hold what generated ones do: `FACTS` lists every
/// code once, in `index()` order, and is not empty.
pub trait CatalogCode: Copy + Eq + Ord + Hash + fmt::Debug + Send + Sync + 'static {
    /// The catalog as a whole.
    const CATALOG: Catalog;
    /// Every code's facts, in catalog order: `FACTS[code.index()].code == code`.
    const FACTS: &'static [CodeFacts<Self>];
    /// The further fields its error responses have (`[wire.fields]`): the catalog's
    /// generated `Extra` struct, or [`NoExtra`](crate::NoExtra).
    type Extra<'a>: ExtraFields<'a>;
    /// The perfect hash of the codes' texts (string catalogs) or numbers (integer ones).
    #[doc(hidden)]
    const LOOKUP: crate::Lookup;

    /// The code's place in catalog order.
    fn index(self) -> usize;

    /// The code's facts.
    fn facts(self) -> &'static CodeFacts<Self> {
        // `index` is in range, and `FACTS` not empty, by construction (see the trait's
        // invariants); the first row stands in otherwise.
        Self::FACTS
            .get(self.index())
            .unwrap_or_else(|| &Self::FACTS[0])
    }

    /// The code the API wrote as `text`, if the catalog has it (an exact match; in an
    /// integer catalog, the canonical decimal form).
    fn parse(text: &str) -> Option<Self> {
        match Self::CATALOG.code_type {
            CodeType::String => find::<Self>(text.as_bytes(), |facts| {
                phf::same_key(facts.text.as_bytes(), text.as_bytes())
            }),
            CodeType::Integer | CodeType::Status => Self::from_u32(integer::parse(text).ok()?),
        }
    }

    /// The code the API sent as the number `number` (integer catalogs), or answered with
    /// as the HTTP status (catalogs keyed by status).
    fn from_u32(number: u32) -> Option<Self> {
        if Self::CATALOG.code_type == CodeType::String {
            return None;
        }
        find::<Self>(&phf::number_key(number), |facts| {
            facts.number == Some(number)
        })
    }
}

/// The code whose facts are `wanted`, found by its key in the perfect hash; by comparing
/// every code if the table is empty (as the macro writes it in the unlikely case it finds
/// no hash, and a hand-written catalog may).
fn find<C: CatalogCode>(key: &[u8], wanted: impl Fn(&CodeFacts<C>) -> bool) -> Option<C> {
    if C::LOOKUP.slots.is_empty() {
        return C::FACTS
            .iter()
            .find(|facts| wanted(facts))
            .map(|facts| facts.code);
    }
    let facts = C::FACTS.get(C::LOOKUP.find(key)?)?;
    wanted(facts).then_some(facts.code)
}
