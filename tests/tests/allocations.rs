//! Reading an error allocates nothing unless the variant has placeholder fields to own.
//! A counting allocator (per thread, so parallel tests don't disturb each other) measures it.

#![allow(
    unsafe_code,
    reason = "a GlobalAlloc that counts, and forwards to the system allocator"
)]

use error_catalog_tests::aerosync::{AccountsError, WidgetError};
use error_catalog_tests::plaid::ConnectAddError;
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

// SAFETY: every call forwards to `System` unchanged; counting touches only a thread-local.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.with(|n| n.set(n.get() + 1));
        // SAFETY: the caller's contract is passed on as is.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: as above.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.with(|n| n.set(n.get() + 1));
        // SAFETY: as above.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn allocations<T>(f: impl FnOnce() -> T) -> (usize, T) {
    let before = ALLOCATIONS.with(Cell::get);
    let value = f();
    (ALLOCATIONS.with(Cell::get) - before, value)
}

#[test]
fn a_response_without_placeholders_is_read_without_allocating() {
    let body = br#"{"error": {"code": "AC-104", "message": "We are having issues connecting to your bank."}}"#;
    let (count, received) =
        allocations(|| AccountsError::from_response(400, body).map(|r| r.error));
    assert_eq!(received, Ok(AccountsError::BankConnectionIssue));
    assert_eq!(count, 0);

    let body = br#"{"code": 1200, "message": "invalid credentials", "resolve": "The username or password provided were not correct."}"#;
    let (count, received) =
        allocations(|| ConnectAddError::from_response(402, body).map(|r| r.error));
    assert_eq!(received, Ok(ConnectAddError::InvalidCredentials));
    assert_eq!(count, 0);
}

#[test]
fn a_placeholder_costs_one_allocation_for_its_field() {
    let body = br#"{"error": {"code": "AC-102", "message": "User conn_9 not found."}}"#;
    let (count, received) =
        allocations(|| AccountsError::from_response(404, body).map(|r| r.error));
    assert_eq!(
        received,
        Ok(AccountsError::UserNotFound {
            connection_id: "conn_9".into()
        })
    );
    assert_eq!(count, 1);
}

#[test]
fn a_widget_string_without_placeholders_is_parsed_without_allocating() {
    let text = "POLLING_TIMEOUT | Code: AR-100 | Message: No response received from the user within the expected time frame. Please try again later.";
    let (count, parsed) = allocations(|| text.parse::<WidgetError>());
    assert_eq!(parsed, Ok(WidgetError::PollingTimeout));
    assert_eq!(count, 0);
}
