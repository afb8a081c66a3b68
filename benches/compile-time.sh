#!/usr/bin/env bash
# Compile-time benchmark of error_catalog!. Prints, side by side in one run:
#
#   1. `cargo check` of a crate invoking the macro vs the same crate with the expansion
#      pasted in as source (dependencies warm, only the crate rechecked), for the Aerosync
#      catalog, the Plaid catalog and a synthetic 2,000-code x 200-endpoint one;
#   2. a cold `cargo build` of a fresh crate that adds error-catalog and invokes the macro
#      on aerosync.toml vs a fresh crate that adds thiserror and derives one error enum;
#   3. the size of the generated code: lines per code-in-endpoint, for synthetic catalogs
#      of growing size (it must stay flat: linear in the total of endpoint sizes).
#
# Times are min / median / max over RUNS runs (default 5; 3 for cold builds), taken with
# hyperfine when it is installed and with a plain loop otherwise. Ratios use medians.
#
#   bash benches/compile-time.sh            # everything
#   RUNS=10 bash benches/compile-time.sh
#
# It needs the network only for crates.io (thiserror, and error-catalog's dependencies).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=${WORK:-$(mktemp -d)}
RUNS=${RUNS:-5}
COLD_RUNS=${COLD_RUNS:-3}
echo "work directory: $WORK"

cargo build -q --release --manifest-path "$ROOT/Cargo.toml" -p error-catalog-cli -p error-catalog-synthetic
CLI="$ROOT/target/release/error-catalog"
SYNTHETIC="$ROOT/target/release/synthetic-catalog"

# --- timing -------------------------------------------------------------------------------

# time_ms NAME PREPARE COMMAND: runs COMMAND $RUNS times (PREPARE before each), prints
# "NAME min median max" in milliseconds and appends it to $WORK/times.
time_ms() {
    local name=$1 prepare=$2 command=$3 runs=${4:-$RUNS}
    local line
    if command -v hyperfine > /dev/null; then
        hyperfine -N --style none --runs "$runs" --prepare "$prepare" --export-csv "$WORK/h.csv" "$command" > /dev/null 2>&1 \
            || hyperfine --style none --runs "$runs" --prepare "$prepare" --export-csv "$WORK/h.csv" "$command" > /dev/null
        # command,mean,stddev,median,user,system,min,max (seconds)
        line=$(awk -F, -v n="$name" 'NR == 2 { printf "%s %.0f %.0f %.0f\n", n, $7 * 1000, $4 * 1000, $8 * 1000 }' "$WORK/h.csv")
    else
        local samples=()
        for _ in $(seq "$runs"); do
            bash -c "$prepare"
            local start end
            start=$(date +%s%N)
            bash -c "$command" > /dev/null
            end=$(date +%s%N)
            samples+=($(( (end - start) / 1000000 )))
        done
        line=$(printf '%s\n' "${samples[@]}" | sort -n | awk -v n="$name" '{ a[NR] = $1 } END { printf "%s %d %d %d\n", n, a[1], a[int((NR + 1) / 2)], a[NR] }')
    fi
    echo "$line" | tee -a "$WORK/times"
}

median() { awk -v n="$1" '$1 == n { print $3 }' "$WORK/times" | tail -n 1; }
ratio() { awk -v a="$(median "$1")" -v b="$(median "$2")" 'BEGIN { printf "%.2f", a / b }'; }

# --- 1. the macro vs the same code pasted in ------------------------------------------------

mkdir -p "$WORK/check"
cat > "$WORK/check/Cargo.toml" <<EOF
[workspace]
resolver = "3"
members = ["*_macro", "*_pasted"]
EOF

"$SYNTHETIC" 2000 200 1 > "$WORK/synthetic.toml"
catalogs=(aerosync "$ROOT/catalogs/aerosync.toml" plaid "$ROOT/catalogs/plaid.toml" synthetic "$WORK/synthetic.toml")
for ((i = 0; i < ${#catalogs[@]}; i += 2)); do
    name=${catalogs[i]}
    for kind in macro pasted; do
        dir="$WORK/check/${name}_$kind"
        mkdir -p "$dir/src"
        cp "${catalogs[i + 1]}" "$dir/catalog.toml"
        cat > "$dir/Cargo.toml" <<EOF
[package]
name = "${name}_$kind"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
error-catalog = { path = "$ROOT/runtime" }
EOF
    done
    echo 'mod api { error_catalog::error_catalog!("catalog.toml"); }' > "$WORK/check/${name}_macro/src/lib.rs"
    expansion=$(cd "$WORK/check/${name}_pasted" && "$CLI" expand catalog.toml)
    printf 'mod api {\n%s\n}\n' "$expansion" > "$WORK/check/${name}_pasted/src/lib.rs"
done

# The same crates with proc-macros built optimized (`[profile.dev.build-override]
# opt-level = 3`, as sqlx recommends for its macros): the macro then runs at release speed.
cp -r "$WORK/check" "$WORK/check_opt"
printf '\n[profile.dev.build-override]\nopt-level = 3\n' >> "$WORK/check_opt/Cargo.toml"

for profile in check check_opt; do
    echo
    echo "== cargo check, the crate alone (dependencies warm), $profile: min median max, ms"
    (cd "$WORK/$profile" && cargo check -q --workspace 2> /dev/null)
    for ((i = 0; i < ${#catalogs[@]}; i += 2)); do
        name=${catalogs[i]}
        for kind in macro pasted; do
            time_ms "${profile}_${name}_$kind" "touch $WORK/$profile/${name}_$kind/src/lib.rs" \
                "cargo check -q --manifest-path $WORK/$profile/Cargo.toml -p ${name}_$kind"
        done
    done
done

# --- 2. cold build: error-catalog vs thiserror ----------------------------------------------

mkdir -p "$WORK/cold/with_catalog/src" "$WORK/cold/with_thiserror/src"
cp "$ROOT/catalogs/aerosync.toml" "$WORK/cold/with_catalog/aerosync.toml"
cat > "$WORK/cold/with_catalog/Cargo.toml" <<EOF
[package]
name = "with_catalog"
version = "0.0.0"
edition = "2024"

[dependencies]
error-catalog = { path = "$ROOT/runtime" }
EOF
echo 'mod aerosync { error_catalog::error_catalog!("aerosync.toml"); }
pub use aerosync::AccountsError;' > "$WORK/cold/with_catalog/src/lib.rs"
cat > "$WORK/cold/with_thiserror/Cargo.toml" <<EOF
[package]
name = "with_thiserror"
version = "0.0.0"
edition = "2024"

[dependencies]
thiserror = "2"
EOF
cat > "$WORK/cold/with_thiserror/src/lib.rs" <<'EOF'
/// Aerosync's accounts errors, by hand.
#[derive(Debug, thiserror::Error)]
pub enum AccountsError {
    #[error("Required attributes are missing or not in a valid format.")]
    InvalidRequest,
    #[error("Invalid API key and secret.")]
    InvalidToken,
    #[error("User {connection_id} not found.")]
    UserNotFound { connection_id: String },
    #[error("The FI failed to send account number, routing number, or balance.")]
    IncompleteAccountData,
    #[error("We are having issues connecting to your bank.")]
    BankConnectionIssue,
}
EOF
for crate in with_catalog with_thiserror; do
    (cd "$WORK/cold/$crate" && cargo generate-lockfile -q && cargo fetch -q)
done

echo
echo "== cold cargo build of a fresh crate: min median max, ms"
for crate in with_catalog with_thiserror; do
    time_ms "cold_$crate" "rm -rf $WORK/cold/$crate/target" \
        "cargo build -q --manifest-path $WORK/cold/$crate/Cargo.toml" "$COLD_RUNS"
done

# --- 3. generated code size ---------------------------------------------------------------

echo
echo "== generated code: lines, entries (codes in endpoints), lines per entry"
size() {
    local name=$1 catalog=$2
    local expansion lines entries
    expansion=$(cd "$(dirname "$catalog")" && "$CLI" expand "$(basename "$catalog")")
    lines=$(printf '%s\n' "$expansion" | wc -l)
    # The elements of every endpoint's `CODES` array.
    entries=$(printf '%s\n' "$expansion" | awk '/pub const CODES/ { inside = 1 } inside { n += gsub(/Code::/, "&") } inside && /\];/ { inside = 0 } END { print n }')
    awk -v n="$name" -v l="$lines" -v e="$entries" 'BEGIN { printf "%-22s %7d lines %6d entries %6.1f lines/entry\n", n, l, e, l / e }'
}
size aerosync "$ROOT/catalogs/aerosync.toml"
size plaid "$ROOT/catalogs/plaid.toml"
for scale in "250 25" "500 50" "1000 100" "2000 200"; do
    set -- $scale
    "$SYNTHETIC" "$1" "$2" 1 > "$WORK/synthetic_$1.toml"
    size "synthetic_${1}x$2" "$WORK/synthetic_$1.toml"
done

echo
echo "== ratios (medians)"
for name in aerosync plaid synthetic; do
    echo "check, macro / pasted, $name: $(ratio "check_${name}_macro" "check_${name}_pasted") (target <= 1.05);" \
        "with optimized proc-macros: $(ratio "check_opt_${name}_macro" "check_opt_${name}_pasted")"
done
echo "cold build, error-catalog / thiserror: $(ratio cold_with_catalog cold_with_thiserror) (target <= 1.5)"
