#!/usr/bin/env bash
# Compile-time benchmark of error_catalog!. Four sections, run in this order (all of them
# by default; a subset with SECTIONS, e.g. SECTIONS="check size"):
#
#   check   `cargo check` (default dev profile) of a crate invoking the macro vs the same
#           crate with the expansion pasted in as source, dependencies warm, only the crate
#           rechecked after a `touch` of its src/lib.rs: for the Aerosync catalog, the Plaid
#           catalog and a synthetic 2,000-code x 200-endpoint one. Both crates wrap the code
#           in `pub mod api { ... }`, so neither has dead-code warnings the other lacks.
#   before  only when BEFORE=<git rev> is set: the CLI built at that revision (in a git
#           worktree, removed at the end) expands the same three catalogs; `cargo check` of
#           a crate with that expansion pasted in, against that revision's runtime, vs a
#           crate with this tree's expansion, against this tree's runtime (each in its own
#           workspace): after / before, as a smaller expansion type-checks faster too.
#   cold    a cold `cargo build` (target/ removed before each) of three fresh crates, each
#           with its own lockfile and target: `base` (thiserror, serde, serde_json; a
#           hand-written thiserror enum for Aerosync's accounts errors and a serde_json
#           reader of the error body into it), `with_catalog` (the same plus error-catalog
#           and one `error_catalog!("aerosync.toml")`) and `catalog_only` (error-catalog and
#           the invocation alone).
#   size    generated code per code-in-endpoint: non-blank lines of `error-catalog expand`
#           divided by the number of entries in the catalog's `[endpoints.*] codes` lists
#           (counted from the TOML), for Aerosync, Plaid and synthetic catalogs of growing
#           size (it must stay flat: linear in the total of endpoint sizes).
#
# Timings are taken in interleaved rounds, A B A B ... (RUNS rounds, default 5; COLD_RUNS
# for cold builds, default 3), with `date +%s%N`, and printed as "name min median max" in
# ms. Each comparison prints the ratio of the medians and the min / median / max of the
# per-pair (per-round) ratios A_i / B_i. The run ends with every comparison and its target.
#
#   bash benches/compile-time.sh                  # check, cold and size (before needs BEFORE)
#   RUNS=10 bash benches/compile-time.sh
#   BEFORE=<rev> bash benches/compile-time.sh     # adds after / before, <rev> vs this tree
#   SECTIONS=size bash benches/compile-time.sh    # a subset: any of check before cold size
#   WORK=/tmp/ec-bench bash benches/compile-time.sh   # a work directory to keep (default: mktemp -d)
#
# Needs python3 >= 3.11 (tomllib) and, on a first run, the network for crates.io.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=${WORK:-$(mktemp -d)}
RUNS=${RUNS:-5}
COLD_RUNS=${COLD_RUNS:-3}
SECTIONS=${SECTIONS:-check before cold size}
SECTIONS=" ${SECTIONS//,/ } "
BEFORE=${BEFORE:-}
# The bench crates each build into their own target/ (cold builds remove it); the tree's
# own build keeps the target directory it would use anyway.
ROOT_TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
unset CARGO_TARGET_DIR

for s in $SECTIONS; do
    case $s in
        check | before | cold | size) ;;
        *) echo "unknown section '$s' (expected: check before cold size)" >&2; exit 2 ;;
    esac
done
section() { [[ $SECTIONS == *" $1 "* ]]; }

mkdir -p "$WORK"
SAMPLES=$WORK/samples
LOG=$WORK/log
rm -rf "$SAMPLES" "$WORK/ratios"
mkdir -p "$SAMPLES"
: > "$LOG"
: > "$WORK/ratios"
echo "work directory: $WORK (command output in $LOG)"

# run COMMAND...: runs it with its output in $LOG; on failure shows the end of the log.
run() {
    if ! "$@" >> "$LOG" 2>&1; then
        echo "failed: $*" >&2
        tail -n 40 "$LOG" >&2
        exit 1
    fi
}

if section check || section before || section size; then
    run env CARGO_TARGET_DIR="$ROOT_TARGET" cargo build -q --release \
        --manifest-path "$ROOT/Cargo.toml" -p error-catalog-cli -p error-catalog-synthetic
fi
CLI=$ROOT_TARGET/release/error-catalog
SYNTHETIC=$ROOT_TARGET/release/synthetic-catalog

# --- timing -------------------------------------------------------------------------------

# stats FORMAT: reads numbers, one a line, and prints min, median and max with FORMAT.
stats() {
    sort -g | awk -v fmt="$1" '{ a[NR] = $1 }
        END { if (NR == 0) exit 1; m = NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf fmt, a[1], m, a[NR] }'
}

# time_rounds RUNS NAME PREPARE COMMAND [NAME PREPARE COMMAND ...]: RUNS rounds, each running
# every COMMAND in turn (its PREPARE, untimed, just before it); keeps the times of NAME, in
# ms, one a line in the order of the rounds, in $SAMPLES/NAME, and prints
# "NAME min median max" for each.
time_rounds() {
    local runs=$1
    shift
    local i j start end
    for ((j = 1; j <= $#; j += 3)); do
        : > "$SAMPLES/${!j}"
    done
    for ((i = 0; i < runs; i++)); do
        for ((j = 1; j <= $#; j += 3)); do
            local name=${!j} prepare_index=$((j + 1)) command_index=$((j + 2))
            run bash -c "${!prepare_index}"
            start=$(date +%s%N)
            run bash -c "${!command_index}"
            end=$(date +%s%N)
            echo $(((end - start) / 1000000)) >> "$SAMPLES/$name"
        done
    done
    for ((j = 1; j <= $#; j += 3)); do
        echo "${!j} $(stats '%.0f %.0f %.0f' < "$SAMPLES/${!j}")"
    done
}

# median NAME: the median time of NAME, in ms.
median() { stats '%s %s %s' < "$SAMPLES/$1" | awk '{ print $2 }'; }

# compare A B TARGET: prints "A / B:", median(A) / median(B) and the min / median / max of
# the per-round ratios A_i / B_i, checked against "<= TARGET", and keeps the line for the
# summary.
compare() {
    local a=$1 b=$2 target=$3
    local of_medians per_round verdict line
    of_medians=$(awk -v a="$(median "$a")" -v b="$(median "$b")" 'BEGIN { printf "%.2f", a / b }')
    per_round=$(paste -d ' ' "$SAMPLES/$a" "$SAMPLES/$b" | awk '{ print $1 / $2 }' | stats '%.2f %.2f %.2f')
    verdict=$(awk -v r="$of_medians" -v t="$target" 'BEGIN { print (r <= t ? "ok" : "MISSED") }')
    line=$(printf '%-48s %s   per pair min median max: %s   target <= %s: %s' \
        "$a / $b:" "$of_medians" "$per_round" "$target" "$verdict")
    echo "$line" | tee -a "$WORK/ratios"
}

# time_pairs NAME_A PREPARE_A COMMAND_A NAME_B PREPARE_B COMMAND_B [RUNS [TARGET]]: RUNS
# (default $RUNS) interleaved pairs, A B A B ..., then "NAME_A min median max" and
# "NAME_B min median max" (ms) and, with TARGET, the ratios A / B (see compare).
time_pairs() {
    time_rounds "${7:-$RUNS}" "$1" "$2" "$3" "$4" "$5" "$6"
    if [[ -n ${8:-} ]]; then
        compare "$1" "$4" "$8"
    fi
}

# --- crates ---------------------------------------------------------------------------------

# new_workspace DIR MEMBER...: a cargo workspace in DIR with these members (directories).
new_workspace() {
    local dir=$1
    shift
    mkdir -p "$dir"
    {
        printf '[workspace]\nresolver = "3"\nmembers = [\n'
        printf '    "%s",\n' "$@"
        printf ']\n'
    } > "$dir/Cargo.toml"
}

# new_crate DIR RUNTIME CATALOG: a library crate named after DIR, depending on the
# error-catalog runtime at RUNTIME, with CATALOG copied in as catalog.toml.
new_crate() {
    local dir=$1 runtime=$2 catalog=$3
    mkdir -p "$dir/src"
    cp "$catalog" "$dir/catalog.toml"
    cat > "$dir/Cargo.toml" <<EOF
[package]
name = "$(basename "$dir")"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
error-catalog = { path = "$runtime" }
EOF
}

# paste_expansion DIR CLI: DIR/src/lib.rs is `pub mod api { <what CLI expands DIR/catalog.toml to> }`.
paste_expansion() {
    local dir=$1 cli=$2 expansion
    expansion=$(cd "$dir" && "$cli" expand catalog.toml) || return 1
    printf 'pub mod api {\n%s\n}\n' "$expansion" > "$dir/src/lib.rs"
}

# warm WORKSPACE CRATE...: checks the workspace (dependencies built: the lockfile is
# written, crates fetched), then each crate once more after a touch, printing its warnings.
warm() {
    local workspace=$1 crate count
    shift
    run cargo check -q --manifest-path "$workspace/Cargo.toml" --workspace
    for crate in "$@"; do
        touch "$workspace/$crate/src/lib.rs"
        if ! cargo check --offline --message-format short --manifest-path "$workspace/Cargo.toml" \
            -p "$crate" > "$WORK/warm.out" 2>&1; then
            cat "$WORK/warm.out" >&2
            exit 1
        fi
        cat "$WORK/warm.out" >> "$LOG"
        # One line per warning: "path:line:column: warning: ...".
        count=$(grep -Ec '^[^ ]+:[0-9]+:[0-9]+: warning: ' "$WORK/warm.out" || true)
        echo "  $crate: warnings: $count"
    done
}

# check_command WORKSPACE CRATE: the timed command, and its preparation (a touch).
check_command() { printf 'cargo check -q --offline --manifest-path %q -p %q' "$1/Cargo.toml" "$2"; }
touch_command() { printf 'touch %q' "$1/$2/src/lib.rs"; }

CATALOG_NAMES=(aerosync plaid synthetic)
declare -A CATALOG=([aerosync]=$ROOT/catalogs/aerosync.toml [plaid]=$ROOT/catalogs/plaid.toml
    [synthetic]=$WORK/synthetic_2000.toml)
if section check || section before; then
    "$SYNTHETIC" 2000 200 1 > "$WORK/synthetic_2000.toml"
fi

# --- check: the macro vs the same code pasted in ----------------------------------------------

if section check; then
    echo
    echo "== check: cargo check of the crate alone (dev profile, dependencies warm), macro vs pasted"
    members=()
    for name in "${CATALOG_NAMES[@]}"; do
        members+=("${name}_macro" "${name}_pasted")
        for kind in macro pasted; do
            new_crate "$WORK/check/${name}_$kind" "$ROOT/runtime" "${CATALOG[$name]}"
        done
        echo 'pub mod api { error_catalog::error_catalog!("catalog.toml"); }' > "$WORK/check/${name}_macro/src/lib.rs"
        paste_expansion "$WORK/check/${name}_pasted" "$CLI"
    done
    new_workspace "$WORK/check" "${members[@]}"
    warm "$WORK/check" "${members[@]}"
    echo "min median max, ms"
    for name in "${CATALOG_NAMES[@]}"; do
        time_pairs \
            "check_${name}_macro" "$(touch_command "$WORK/check" "${name}_macro")" "$(check_command "$WORK/check" "${name}_macro")" \
            "check_${name}_pasted" "$(touch_command "$WORK/check" "${name}_pasted")" "$(check_command "$WORK/check" "${name}_pasted")" \
            "$RUNS" 1.05
    done
fi

# --- before: this tree's expansion vs the expansion at $BEFORE --------------------------------

remove_worktree() {
    if [[ -e $WORK/before/.git ]]; then
        git -C "$ROOT" worktree remove --force "$WORK/before" || echo "could not remove the worktree $WORK/before" >&2
    fi
}

if section before && [[ -z $BEFORE ]]; then
    echo
    echo "== before: skipped (set BEFORE=<git rev> to compare with that revision's expansion)"
elif section before; then
    echo
    echo "== before: cargo check of the pasted expansion, $BEFORE vs this tree (dev profile, dependencies warm)"
    remove_worktree
    trap remove_worktree EXIT
    run git -C "$ROOT" worktree add --detach "$WORK/before" "$BEFORE"
    run env CARGO_TARGET_DIR="$WORK/before-target" cargo build -q --release \
        --manifest-path "$WORK/before/Cargo.toml" -p error-catalog-cli
    BEFORE_CLI=$WORK/before-target/release/error-catalog
    # The before expansion compiles only against the before runtime, and one workspace cannot
    # hold two error-catalog packages: one workspace each, with the same crate names.
    compared=()
    for name in "${CATALOG_NAMES[@]}"; do
        new_crate "$WORK/before-check/${name}_pasted" "$WORK/before/runtime" "${CATALOG[$name]}"
        new_crate "$WORK/after-check/${name}_pasted" "$ROOT/runtime" "${CATALOG[$name]}"
        if ! (paste_expansion "$WORK/before-check/${name}_pasted" "$BEFORE_CLI") 2>> "$LOG"; then
            echo "  $name: the CLI at $BEFORE cannot expand this catalog (see $LOG); skipped"
            rm -rf "$WORK/before-check/${name}_pasted" "$WORK/after-check/${name}_pasted"
            continue
        fi
        paste_expansion "$WORK/after-check/${name}_pasted" "$CLI"
        compared+=("$name")
    done
    if ((${#compared[@]} > 0)); then
        members=()
        for name in "${compared[@]}"; do
            members+=("${name}_pasted")
            echo "  $name: $(awk 'NF' "$WORK/before-check/${name}_pasted/src/lib.rs" | wc -l) non-blank lines before," \
                "$(awk 'NF' "$WORK/after-check/${name}_pasted/src/lib.rs" | wc -l) after"
        done
        new_workspace "$WORK/before-check" "${members[@]}"
        new_workspace "$WORK/after-check" "${members[@]}"
        echo "before:"
        warm "$WORK/before-check" "${members[@]}"
        echo "after:"
        warm "$WORK/after-check" "${members[@]}"
        echo "min median max, ms"
        for name in "${compared[@]}"; do
            time_pairs \
                "after_${name}" "$(touch_command "$WORK/after-check" "${name}_pasted")" "$(check_command "$WORK/after-check" "${name}_pasted")" \
                "before_${name}" "$(touch_command "$WORK/before-check" "${name}_pasted")" "$(check_command "$WORK/before-check" "${name}_pasted")" \
                "$RUNS" 1.0
        done
    fi
    remove_worktree
    trap - EXIT
fi

# --- cold: a fresh crate's build, with and without error-catalog ------------------------------

if section cold; then
    echo
    echo "== cold: cargo build of a fresh crate (target removed each time)"
    for crate in base with_catalog catalog_only; do
        mkdir -p "$WORK/cold/$crate/src"
    done
    deps='thiserror = "2"
serde = { version = "1", features = ["derive"] }
serde_json = "1"'
    runtime="error-catalog = { path = \"$ROOT/runtime\" }"
    # base: the hand-written enum and the reading of the body that error-catalog generates.
    hand_written=$(cat <<'EOF'
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

/// An Aerosync error body: `{"error": {"code": "AC-102", "message": "User abc not found."}}`.
#[derive(Debug, serde::Deserialize)]
pub struct ErrorBody {
    /// The error.
    pub error: ErrorFields,
}

/// The fields of an Aerosync error.
#[derive(Debug, serde::Deserialize)]
pub struct ErrorFields {
    /// The code, e.g. "AC-102".
    pub code: String,
    /// The message.
    pub message: String,
}

/// Reads an error body of the accounts endpoint: `None` when it is not JSON of that shape
/// or its code is not one the endpoint returns.
pub fn read_accounts_error(body: &[u8]) -> Option<AccountsError> {
    let body: ErrorBody = serde_json::from_slice(body).ok()?;
    Some(match body.error.code.as_str() {
        "AC-100" => AccountsError::InvalidRequest,
        "AC-001" => AccountsError::InvalidToken,
        "AC-102" => AccountsError::UserNotFound {
            connection_id: body
                .error
                .message
                .strip_prefix("User ")
                .and_then(|rest| rest.strip_suffix(" not found."))
                .unwrap_or_default()
                .to_owned(),
        },
        "AC-103" => AccountsError::IncompleteAccountData,
        "AC-104" => AccountsError::BankConnectionIssue,
        _ => return None,
    })
}
EOF
)
    invocation='pub mod aerosync { error_catalog::error_catalog!("aerosync.toml"); }'
    for crate in base with_catalog catalog_only; do
        case $crate in
            base) dependencies=$deps lib=$hand_written ;;
            with_catalog) dependencies="$deps"$'\n'"$runtime" lib="$hand_written"$'\n\n'"$invocation" ;;
            catalog_only) dependencies=$runtime lib=$invocation ;;
        esac
        cat > "$WORK/cold/$crate/Cargo.toml" <<EOF
[package]
name = "$crate"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
$dependencies
EOF
        printf '%s\n' "$lib" > "$WORK/cold/$crate/src/lib.rs"
        if [[ $crate != base ]]; then
            cp "$ROOT/catalogs/aerosync.toml" "$WORK/cold/$crate/aerosync.toml"
        fi
        (cd "$WORK/cold/$crate" && run cargo generate-lockfile -q && run cargo fetch -q)
    done
    cold_build() { printf 'cargo build -q --offline --manifest-path %q' "$WORK/cold/$1/Cargo.toml"; }
    cold_clean() { printf 'rm -rf %q' "$WORK/cold/$1/target"; }
    # One round builds the three crates in turn: the two comparisons with base are each
    # interleaved and paired by round, for COLD_RUNS builds of base instead of twice that.
    echo "min median max, ms"
    time_rounds "$COLD_RUNS" \
        cold_base "$(cold_clean base)" "$(cold_build base)" \
        cold_with_catalog "$(cold_clean with_catalog)" "$(cold_build with_catalog)" \
        cold_catalog_only "$(cold_clean catalog_only)" "$(cold_build catalog_only)"
    compare cold_with_catalog cold_base 1.25
    compare cold_catalog_only cold_base 1.0
fi

# --- size: generated code per code-in-endpoint ------------------------------------------------

# entries CATALOG: the number of entries in the `codes` lists of the catalog's endpoints
# (each a code, or an inline table `{ code = ..., ... }`), read from the TOML.
entries() {
    python3 - "$1" <<'EOF'
import sys, tomllib

with open(sys.argv[1], "rb") as file:
    catalog = tomllib.load(file)
print(sum(len(endpoint.get("codes", [])) for endpoint in catalog.get("endpoints", {}).values()))
EOF
}

# size NAME CATALOG TARGET: prints "NAME lines entries lines/entry" and the target.
size() {
    local name=$1 catalog=$2 target=$3 lines count per_entry verdict
    lines=$(cd "$(dirname "$catalog")" && "$CLI" expand "$(basename "$catalog")" | awk 'NF { n++ } END { print n + 0 }')
    count=$(entries "$catalog")
    read -r per_entry verdict < <(awk -v l="$lines" -v e="$count" -v t="$target" 'BEGIN {
        if (e == 0) { print "n/a MISSED"; exit } r = l / e; printf "%.1f %s\n", r, (r <= t ? "ok" : "MISSED") }')
    printf '%-22s %8d %8d %11s   target <= %s: %s\n' "$name" "$lines" "$count" "$per_entry" "$target" "$verdict"
    printf '%-48s %s   (%d lines / %d entries)   target <= %s: %s\n' \
        "lines per entry, $name:" "$per_entry" "$lines" "$count" "$target" "$verdict" >> "$WORK/ratios"
}

if section size; then
    echo
    echo "== size: non-blank lines of the expansion, entries (codes in endpoints), lines per entry"
    printf '%-22s %8s %8s %11s\n' name lines entries lines/entry
    size aerosync "$ROOT/catalogs/aerosync.toml" 20
    size plaid "$ROOT/catalogs/plaid.toml" 10
    for scale in "250 25" "500 50" "1000 100" "2000 200"; do
        read -r codes endpoints <<< "$scale"
        "$SYNTHETIC" "$codes" "$endpoints" 1 > "$WORK/synthetic_$codes.toml"
        size "synthetic_${codes}x$endpoints" "$WORK/synthetic_$codes.toml" 12
    done
fi

echo
echo "== ratios: A / B, of the medians and per pair (min median max of A_i / B_i), with targets"
cat "$WORK/ratios"
