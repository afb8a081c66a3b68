use std::fmt;

/// Whether retrying the same request can help.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Retry {
    /// Retrying the same request cannot help: fix the request, or have the user act.
    Never,
    /// A transient failure: retry with exponential backoff.
    Backoff,
    /// Unavailable for a while (a job running, maintenance, a timeout): try again later.
    Later,
}

impl Retry {
    /// Every value, in the catalog's order of spellings.
    pub const ALL: [Self; 3] = [Self::Never, Self::Backoff, Self::Later];

    /// The catalog's spelling: `never`, `backoff` or `later`.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Never => "never",
            Self::Backoff => "backoff",
            Self::Later => "later",
        }
    }

    /// From the catalog's spelling.
    #[must_use]
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|retry| retry.as_str() == name)
    }
}

impl fmt::Display for Retry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_round_trip_and_nothing_else_is_a_retry() {
        for retry in Retry::ALL {
            assert_eq!(Retry::from_name(retry.as_str()), Some(retry));
        }
        assert_eq!(Retry::from_name("Never"), None);
        assert_eq!(Retry::from_name("sometimes"), None);
    }
}
