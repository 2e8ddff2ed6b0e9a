//! Fresh ids for synthetic events and handshakes: random characters from an alphabet, prefixed
//! ids and version-4 UUIDs, all drawn from one buffered pool of OS randomness.

pub const HEX: &[u8] = b"0123456789abcdef";
pub const ALNUM: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/// Random characters from `alphabet` (ids need not be secret, only unique).
pub fn random_chars(alphabet: &[u8], n: usize) -> String {
    prefixed_random("", alphabet, n)
}

/// `prefix` then `n` random characters from the ASCII `alphabet`, in one allocation (load mode
/// makes a few per event).
pub fn prefixed_random(prefix: &str, alphabet: &[u8], n: usize) -> String {
    let mut bytes = Vec::with_capacity(prefix.len() + n);
    bytes.extend_from_slice(prefix.as_bytes());
    bytes.resize(prefix.len() + n, 0);
    let drawn = &mut bytes[prefix.len()..];
    random_bytes(drawn);
    for b in drawn {
        *b = alphabet[*b as usize % alphabet.len()];
    }
    String::from_utf8(bytes).expect("a str prefix and an ASCII alphabet")
}

/// A version-4 UUID from the same buffered randomness.
pub fn random_uuid() -> uuid::Uuid {
    let mut bytes = [0u8; 16];
    random_bytes(&mut bytes);
    uuid::Builder::from_random_bytes(bytes).into_uuid()
}

/// OS randomness drawn a few KiB at a time: load mode makes several ids per event, and one
/// `getrandom` call each cost more than signing the event.
fn random_bytes(out: &mut [u8]) {
    use std::cell::RefCell;
    const REFILL: usize = 4096;
    thread_local! {
        static POOL: RefCell<(Vec<u8>, usize)> = const { RefCell::new((Vec::new(), 0)) };
    }
    POOL.with_borrow_mut(|(pool, used)| {
        let mut filled = 0;
        while filled < out.len() {
            if *used == pool.len() {
                pool.resize(REFILL, 0);
                getrandom::getrandom(pool).expect("OS randomness is available");
                *used = 0;
            }
            let take = (out.len() - filled).min(pool.len() - *used);
            out[filled..filled + take].copy_from_slice(&pool[*used..*used + take]);
            *used += take;
            filled += take;
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buffered_randomness_gives_distinct_ids_across_refills() {
        // 3,000 UUIDs draw 48,000 bytes: the 4 KiB pool is refilled a dozen times.
        let ids: std::collections::HashSet<_> = (0..3000).map(|_| random_uuid()).collect();
        assert_eq!(ids.len(), 3000);
        assert!(ids.iter().all(|u| u.get_version_num() == 4));
        // A request larger than the pool is served across refills.
        let long = random_chars(b"0123456789abcdef", 10_000);
        assert_eq!(long.len(), 10_000);
        assert!(long.bytes().all(|b| b.is_ascii_hexdigit()));
        assert!(long.bytes().collect::<std::collections::HashSet<_>>().len() == 16);
    }
}
