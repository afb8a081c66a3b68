//! Further fields of error responses (`[wire.fields]`): Stripe's `decline_code`, Twilio's
//! `more_info`, a request id in a header. The macro generates one `Extra` struct per
//! catalog, typed as the catalog declares; reading and rendering fill and read it through
//! [`ExtraFields`], by index, in one pass with the code and message.

use std::borrow::Cow;
use std::fmt;

/// One declared field: its name, where it is, its type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Field {
    /// The name, as the `Extra` struct's field has it.
    pub name: &'static str,
    /// Where it is read from and written to.
    pub source: FieldSource,
    /// Its type.
    pub kind: FieldKind,
    /// Whether every error body has it: a plain field, not an `Option`, and a body without
    /// it is not one of the catalog's errors.
    pub required: bool,
}

impl Field {
    /// A field at a JSON pointer into the body.
    pub const fn body(name: &'static str, pointer: &'static str, kind: FieldKind) -> Self {
        Self {
            name,
            source: FieldSource::Body(pointer),
            kind,
            required: false,
        }
    }

    /// A field in a response header.
    pub const fn header(name: &'static str, header: &'static str, kind: FieldKind) -> Self {
        Self {
            name,
            source: FieldSource::Header(header),
            kind,
            required: false,
        }
    }

    /// Every error body has it.
    #[must_use]
    pub const fn required(mut self) -> Self {
        self.required = true;
        self
    }
}

/// Where a field is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FieldSource {
    /// At a JSON pointer into the body: `/error/decline_code`.
    Body(&'static str),
    /// In a response header: `Request-Id`.
    Header(&'static str),
}

/// A field's type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FieldKind {
    /// A string: `Cow<str>`.
    String,
    /// An integer: `i64`.
    Integer,
    /// A boolean.
    Boolean,
}

impl FieldKind {
    /// The type's name, for messages.
    pub(crate) const fn describe(self) -> &'static str {
        match self {
            Self::String => "a string",
            Self::Integer => "an integer",
            Self::Boolean => "a boolean",
        }
    }
}

/// A field's value.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum FieldValue<'a> {
    /// A string, borrowed from the response where it can be.
    String(Cow<'a, str>),
    /// An integer.
    Integer(i64),
    /// A boolean.
    Boolean(bool),
}

impl<'a> FieldValue<'a> {
    /// A string field's value, borrowed.
    pub fn text(text: &'a str) -> Self {
        Self::String(Cow::Borrowed(text))
    }

    /// The value's type.
    pub fn kind(&self) -> FieldKind {
        match self {
            Self::String(_) => FieldKind::String,
            Self::Integer(_) => FieldKind::Integer,
            Self::Boolean(_) => FieldKind::Boolean,
        }
    }

    /// The same value, owning its text.
    pub fn into_owned(self) -> FieldValue<'static> {
        match self {
            Self::String(text) => FieldValue::String(Cow::Owned(text.into_owned())),
            Self::Integer(n) => FieldValue::Integer(n),
            Self::Boolean(b) => FieldValue::Boolean(b),
        }
    }
}

impl fmt::Display for FieldValue<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::String(text) => f.write_str(text),
            Self::Integer(n) => write!(f, "{n}"),
            Self::Boolean(b) => write!(f, "{b}"),
        }
    }
}

/// A catalog's further fields, as one struct: what the macro generates as `Extra<'a>`
/// from `[wire.fields]`, and [`NoExtra`] for a catalog that declares none.
///
/// Fields are addressed by their index in [`FIELDS`](Self::FIELDS).
pub trait ExtraFields<'a>: Clone + fmt::Debug + Default + PartialEq + Eq + Send + Sync {
    /// The declared fields, in the catalog's order.
    const FIELDS: &'static [Field];

    /// Sets field `index` to `value`. A value of another type than the field's is ignored
    /// (the reader only hands over values of the right type).
    fn set(&mut self, index: usize, value: FieldValue<'a>);

    /// Field `index`'s value; `None` for an optional field that has none.
    fn get(&self, index: usize) -> Option<FieldValue<'_>>;
}

/// The further fields of a catalog that declares none.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct NoExtra;

impl ExtraFields<'_> for NoExtra {
    const FIELDS: &'static [Field] = &[];

    fn set(&mut self, _: usize, _: FieldValue<'_>) {}

    fn get(&self, _: usize) -> Option<FieldValue<'_>> {
        None
    }
}

/// The same fields, owning their text.
pub(crate) fn into_owned<'a, X, Y>(extra: &X) -> Y
where
    X: ExtraFields<'a>,
    Y: ExtraFields<'static>,
{
    let mut owned = Y::default();
    for index in 0..X::FIELDS.len() {
        if let Some(value) = extra.get(index) {
            owned.set(index, value.into_owned());
        }
    }
    owned
}
