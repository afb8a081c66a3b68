//! Which HTTP statuses an error can have.

use std::ops::RangeInclusive;

/// Client and server errors: 400 to 599.
pub const ERROR_STATUSES: RangeInclusive<u16> = 400..=599;

/// Whether `status` is an error status.
pub fn is_error_status(status: i64) -> bool {
    u16::try_from(status).is_ok_and(|s| ERROR_STATUSES.contains(&s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_400_to_599_are_error_statuses() {
        assert!(is_error_status(400) && is_error_status(599));
        assert!(!is_error_status(399) && !is_error_status(600) && !is_error_status(-404));
        assert!(
            !is_error_status(65_936),
            "404 + 65,536 must not wrap around"
        );
    }
}
