//! Synthetic catalogs: `codes` codes and `endpoints` endpoints, shaped like real ones
//! (Aerosync's and Plaid's), the same text for the same seed.
//!
//! Each endpoint lists 5 to 30 codes (fewer if the catalog has fewer); about a third of
//! the messages have a placeholder; about one entry in eight overrides the status, the
//! message (with another placeholder) or the description; statuses, retry guidance and
//! wording vary as in the seeds.

use std::fmt::Write as _;

/// A small deterministic generator (splitmix64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % n as u64).unwrap_or(0)
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const STATUSES: &[u16] = &[
    400, 400, 400, 401, 403, 404, 404, 405, 409, 422, 429, 500, 502, 503,
];
const RETRY: &[&str] = &["never", "never", "never", "backoff", "later"];
const THINGS: &[&str] = &[
    "Account",
    "Balance",
    "Job",
    "Transaction",
    "Identity",
    "Token",
    "User",
    "Statement",
    "Transfer",
    "Payee",
];
const PROBLEMS: &[&str] = &[
    "NotFound",
    "Locked",
    "Unavailable",
    "Invalid",
    "Expired",
    "Conflict",
    "Missing",
    "Rejected",
];
const PLACEHOLDERS: &[&str] = &["connectionId", "job_id", "accountId", "transferId"];
const METHODS: &[&str] = &["GET", "GET", "POST", "PATCH", "DELETE"];

/// A catalog of `codes` codes and `endpoints` endpoints, the same for the same `seed`.
pub fn catalog(codes: usize, endpoints: usize, seed: u64) -> String {
    let mut rng = Rng(seed);
    let mut out = String::new();
    let _ = write!(
        out,
        "# A synthetic catalog: {codes} codes, {endpoints} endpoints, seed {seed}. Generated; not committed.\n\n\
         [catalog]\nname = \"synthetic\"\ncode_type = \"string\"\n\n\
         [wire]\ncode = \"/error/code\"\nmessage = \"/error/message\"\n"
    );
    for i in 0..codes {
        let thing = rng.pick(THINGS);
        let problem = rng.pick(PROBLEMS);
        let message = if rng.below(3) == 0 {
            format!(
                "{thing} <{}> {} (case {i}).",
                rng.pick(PLACEHOLDERS),
                problem.to_lowercase()
            )
        } else {
            format!(
                "The {} is {} (case {i}).",
                thing.to_lowercase(),
                problem.to_lowercase()
            )
        };
        let _ = write!(
            out,
            "\n[codes.E-{i:05}]\nname = \"{thing}{problem}{i}\"\nstatus = {}\nmessage = \"{message}\"\n\
             description = \"What happened to the {} in case {i}, and what to do about it.\"\nretry = \"{}\"\n",
            rng.pick(STATUSES),
            thing.to_lowercase(),
            rng.pick(RETRY),
        );
    }
    for e in 0..endpoints {
        let count = (5 + rng.below(26)).min(codes);
        let mut chosen: Vec<usize> = Vec::with_capacity(count);
        while chosen.len() < count {
            let code = rng.below(codes);
            if !chosen.contains(&code) {
                chosen.push(code);
            }
        }
        let _ = write!(
            out,
            "\n[endpoints.call_{e}]\nmethod = \"{}\"\npath = \"/v1/resources_{e}/{{id}}\"\ncodes = [\n",
            rng.pick(METHODS)
        );
        for code in chosen {
            let entry = match rng.below(24) {
                0 => format!(
                    "{{ code = \"E-{code:05}\", status = {} }}",
                    rng.pick(STATUSES)
                ),
                1 => format!(
                    "{{ code = \"E-{code:05}\", message = \"Not here: <{}> (case {code}).\" }}",
                    rng.pick(PLACEHOLDERS)
                ),
                2 => format!(
                    "{{ code = \"E-{code:05}\", description = \"On this endpoint, case {code} means something else.\" }}"
                ),
                _ => format!("\"E-{code:05}\""),
            };
            let _ = writeln!(out, "    {entry},");
        }
        out.push_str("]\n");
    }
    out
}
