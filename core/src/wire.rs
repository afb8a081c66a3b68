//! The limits of what the runtime reads from an error body, which the macro checks a
//! catalog against: the reader keeps its state in fixed-size sets, so that reading a body
//! allocates nothing.

/// The most further fields a catalog declares (`[wire.fields]`): the reader marks the ones
/// it has received in one machine word.
pub const MAX_FIELDS: usize = 24;

/// The most object keys the body's JSON pointers lead through, all together: the size of
/// the reader's layout, which is built at compile time.
pub const MAX_KEYS: usize = 64;
