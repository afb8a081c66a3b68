//! A minimal perfect hash for a catalog's codes, built at expansion time, so `Code::parse`
//! costs one hash, two table reads and one comparison whatever the catalog's size (rustc
//! compiles a `match` on strings into one comparison per arm).
//!
//! A catalog of up to [`DIRECT`] codes gets a seed under which every key hashes straight to
//! a slot of its own. A larger one uses hash and displace: every key hashes to a bucket;
//! each bucket has a pilot, found when building, that sends its keys to free slots. A slot
//! holds the key's index. [`Table::find`] returns a candidate index, which the caller
//! confirms by comparing the key.

/// The tables of a built hash, as generated code writes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Table<'a> {
    /// Chosen (counting from 0) so that no two keys share a full hash.
    pub seed: u64,
    /// One pilot per bucket; none if every key hashes straight to its slot.
    pub pilots: &'a [u32],
    /// Index + 1 of the key in each slot; 0 for an empty slot.
    pub slots: &'a [u32],
}

impl Table<'_> {
    /// The index of the only key that can equal `key`, if any.
    #[must_use]
    #[inline]
    pub fn find(&self, key: &[u8]) -> Option<usize> {
        let hash = hash(self.seed, key);
        let at = if self.pilots.is_empty() {
            reduce(hash, self.slots.len())
        } else {
            let pilot = *self.pilots.get(reduce(hash >> 32, self.pilots.len()))?;
            slot(hash, pilot, self.slots.len())
        };
        let slot = *self.slots.get(at)?;
        usize::try_from(slot.checked_sub(1)?).ok()
    }
}

/// A built table, owned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Built {
    /// See [`Table::seed`].
    pub seed: u64,
    /// See [`Table::pilots`].
    pub pilots: Vec<u32>,
    /// See [`Table::slots`].
    pub slots: Vec<u32>,
}

impl Built {
    /// The table to look keys up in.
    #[must_use]
    pub fn table(&self) -> Table<'_> {
        Table {
            seed: self.seed,
            pilots: &self.pilots,
            slots: &self.slots,
        }
    }
}

/// The most keys a table without pilots is built for: beyond it, a seed that sends every
/// key to a slot of its own is too rare to search for.
pub const DIRECT: usize = 32;

/// Builds a table for `keys`, which must be distinct. `None` if no seed separates them (two
/// equal keys; for distinct keys, vanishingly unlikely over 64 seeds), or there are more
/// than `u32::MAX` keys.
#[must_use]
pub fn build(keys: &[&[u8]]) -> Option<Built> {
    u32::try_from(keys.len()).ok()?;
    if keys.len() <= DIRECT
        && let Some(built) = (0..100_000).find_map(|seed| try_direct(keys, seed))
    {
        return Some(built);
    }
    // About four keys a bucket, and a fifth of the slots left free: pilots are found in a
    // few tries each, and the tables stay small.
    let buckets = keys.len() / 4 + 1;
    let slots = keys.len() + keys.len() / 4 + 1;
    (0..64u64).find_map(|seed| try_build(keys, seed, buckets, slots))
}

/// A table whose keys all hash straight to distinct slots under `seed`, if they do: four
/// slots a key, so about one seed in ten (twenty keys) to one in fifty (32 keys) does.
fn try_direct(keys: &[&[u8]], seed: u64) -> Option<Built> {
    let mut slots = vec![0u32; keys.len() * 4];
    for (index, key) in keys.iter().enumerate() {
        let slot = slots.get_mut(reduce(hash(seed, key), keys.len() * 4))?;
        if *slot != 0 {
            return None;
        }
        *slot = u32::try_from(index + 1).ok()?;
    }
    Some(Built {
        seed,
        pilots: Vec::new(),
        slots,
    })
}

fn try_build(keys: &[&[u8]], seed: u64, buckets: usize, slots: usize) -> Option<Built> {
    let hashes: Vec<u64> = keys.iter().map(|key| hash(seed, key)).collect();
    let mut sorted = hashes.clone();
    sorted.sort_unstable();
    if sorted.windows(2).any(|pair| pair[0] == pair[1]) {
        return None;
    }
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); buckets];
    for (index, &h) in hashes.iter().enumerate() {
        members[reduce(h >> 32, buckets)].push(index);
    }
    // Fullest buckets first, while most slots are free.
    let mut order: Vec<usize> = (0..buckets).collect();
    order.sort_by_key(|&b| (std::cmp::Reverse(members[b].len()), b));
    let mut pilots = vec![0u32; buckets];
    let mut table = vec![0u32; slots];
    let mut taken = Vec::new();
    for bucket in order {
        if members[bucket].is_empty() {
            break;
        }
        let pilot = (0..1_000_000u32).find(|&pilot| {
            taken.clear();
            members[bucket].iter().all(|&index| {
                let s = slot(hashes[index], pilot, slots);
                let free = table[s] == 0 && !taken.contains(&s);
                taken.push(s);
                free
            })
        })?;
        pilots[bucket] = pilot;
        for &index in &members[bucket] {
            table[slot(hashes[index], pilot, slots)] = u32::try_from(index + 1).ok()?;
        }
    }
    Some(Built {
        seed,
        pilots,
        slots: table,
    })
}

/// The key of an integer code: its number's bytes, little-endian. (A string code's key is
/// its text.)
#[must_use]
pub const fn number_key(number: u32) -> [u8; 4] {
    number.to_le_bytes()
}

/// The hash of `key`: eight bytes at a time, each mixed in with a multiplication.
#[must_use]
#[inline]
pub fn hash(seed: u64, key: &[u8]) -> u64 {
    const K: u64 = 0x9FB2_1C65_1E98_DF25;
    let seed = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ 0x5851_F42D_4C95_7F2D;
    let mut h = seed ^ (key.len() as u64).wrapping_mul(K);
    let mut chunks = key.chunks_exact(8);
    for chunk in &mut chunks {
        h = mix(h ^ read(chunk, 0, 8));
    }
    mix(h ^ tail(chunks.remainder()))
}

/// Whether two keys are equal: for keys of up to eight bytes (most codes), one word
/// compared, without a call to `memcmp`.
#[must_use]
#[inline]
pub fn same_key(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len()
        && match a.len() {
            8 => read(a, 0, 8) == read(b, 0, 8),
            0..8 => tail(a) == tail(b),
            _ => a == b,
        }
}

/// The last 0 to 7 bytes as one word, read as two overlapping halves (codes are short,
/// and a copy into a buffer costs more than the rest of the hash).
#[inline]
fn tail(bytes: &[u8]) -> u64 {
    let n = bytes.len();
    match n {
        4.. => read(bytes, 0, 4) | read(bytes, n - 4, 4) << ((n - 4) * 8),
        2.. => read(bytes, 0, 2) | read(bytes, n - 2, 2) << ((n - 2) * 8),
        1 => read(bytes, 0, 1),
        0 => 0,
    }
}

/// `len` (1, 2, 4 or 8) bytes of `bytes` from `at`, little-endian; 0 past the end.
#[inline]
fn read(bytes: &[u8], at: usize, len: usize) -> u64 {
    let part = bytes.get(at..at + len).unwrap_or_default();
    match len {
        8 => <[u8; 8]>::try_from(part).map_or(0, u64::from_le_bytes),
        4 => <[u8; 4]>::try_from(part).map_or(0, |w| u32::from_le_bytes(w).into()),
        2 => <[u8; 2]>::try_from(part).map_or(0, |w| u16::from_le_bytes(w).into()),
        _ => part.first().map_or(0, |&b| b.into()),
    }
}

#[inline]
fn mix(h: u64) -> u64 {
    let h = (h ^ (h >> 32)).wrapping_mul(0xD6E8_FEB8_6659_FD93);
    h ^ (h >> 32)
}

/// `value` (32 bits) scaled into `0..n`, without a division.
#[inline]
fn reduce(value: u64, n: usize) -> usize {
    let scaled = (value & 0xFFFF_FFFF) * (n as u64);
    usize::try_from(scaled >> 32).unwrap_or(0)
}

#[inline]
fn slot(hash: u64, pilot: u32, slots: usize) -> usize {
    reduce(
        mix(hash ^ u64::from(pilot).wrapping_mul(0x9E37_79B9_7F4A_7C15)),
        slots,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(n: usize) -> Vec<String> {
        (0..n).map(|i| format!("E-{i:05}")).collect()
    }

    fn bytes(keys: &[String]) -> Vec<&[u8]> {
        keys.iter().map(String::as_bytes).collect()
    }

    #[test]
    fn every_key_finds_its_own_index() {
        for n in [1, 2, 3, 20, 62, 2000] {
            let keys = keys(n);
            let bytes = bytes(&keys);
            let built = build(&bytes).unwrap();
            assert_eq!(built.pilots.is_empty(), n <= DIRECT, "{n}");
            assert!(built.slots.len() <= n * 4, "{n}");
            for (index, key) in bytes.iter().enumerate() {
                assert_eq!(built.table().find(key), Some(index), "{n}");
            }
        }
    }

    #[test]
    fn other_keys_find_at_most_a_candidate_to_compare() {
        let keys = keys(20);
        let bytes = bytes(&keys);
        let built = build(&bytes).unwrap();
        for other in ["", "E-0000", "E-000000", "AC-102", "\u{0}"] {
            if let Some(index) = built.table().find(other.as_bytes()) {
                assert_ne!(bytes[index], other.as_bytes());
            }
        }
        let empty = Table {
            seed: 0,
            pilots: &[],
            slots: &[],
        };
        assert_eq!(empty.find(b"x"), None);
    }

    #[test]
    fn keys_are_the_same_only_byte_for_byte() {
        let keys = [
            "",
            "A",
            "AB",
            "ABC",
            "AC-102",
            "AC-1020",
            "AC-10200",
            "AC-102000X",
        ];
        for a in keys {
            for b in keys {
                assert_eq!(same_key(a.as_bytes(), b.as_bytes()), a == b, "{a:?} {b:?}");
            }
        }
        assert!(!same_key(b"AC-102", b"AC-103"));
        assert!(!same_key(b"AC-1a2", b"AC-1b2"));
        assert!(!same_key(b"12345678", b"12345679"));
        assert!(!same_key(b"123456789", b"123456780"));
    }

    #[test]
    fn equal_keys_cannot_be_separated() {
        assert_eq!(build(&[b"a", b"a"]), None);
    }

    #[test]
    fn building_is_deterministic() {
        let keys = keys(100);
        let bytes = bytes(&keys);
        assert_eq!(build(&bytes), build(&bytes));
    }
}
