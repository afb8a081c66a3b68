//! `synthetic-catalog CODES ENDPOINTS [SEED]`: prints a synthetic catalog.

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let number = |i: usize, default: Option<u64>| args.get(i).map_or(default, |a| a.parse().ok());
    let (Some(codes), Some(endpoints), Some(seed)) =
        (number(0, None), number(1, None), number(2, Some(1)))
    else {
        eprintln!("usage: synthetic-catalog CODES ENDPOINTS [SEED]");
        return ExitCode::from(2);
    };
    let (Ok(codes), Ok(endpoints)) = (usize::try_from(codes), usize::try_from(endpoints)) else {
        return ExitCode::from(2);
    };
    print!(
        "{}",
        error_catalog_synthetic::catalog(codes, endpoints, seed)
    );
    ExitCode::SUCCESS
}
