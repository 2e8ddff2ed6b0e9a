//! Headers that belong to one connection rather than to the message (RFC 9110 §7.6.1,
//! "Connection"; RFC 9112 §6 for the framing ones). One list, two uses: a sender leaves the
//! framing ones to its HTTP stack, a forwarder drops them all.

/// Written by the HTTP stack itself for each request: a sender never copies them.
const FRAMING: &[&str] = &["host", "content-length", "transfer-encoding", "connection"];

/// The rest of the hop: meaningful only between the provider and the listener.
const CONNECTION_ONLY: &[&str] = &[
    "keep-alive",
    "proxy-connection",
    "te",
    "trailer",
    "upgrade",
    // The listener already answered any 100-continue; the app gets the whole body at once.
    "expect",
];

fn listed(list: &[&str], name: &str) -> bool {
    list.iter().any(|h| name.eq_ignore_ascii_case(h))
}

/// Whether a sender must leave this header to its HTTP stack (`send-test`, `replay`).
pub fn is_framing(name: &str) -> bool {
    listed(FRAMING, name)
}

/// Whether a forwarder must drop this header: it described the hop, not the delivery.
pub fn is_hop_by_hop(name: &str) -> bool {
    listed(FRAMING, name) || listed(CONNECTION_ONLY, name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn framing_is_a_part_of_the_hop_and_case_does_not_matter() {
        assert!(is_framing("Content-Length") && is_hop_by_hop("Content-Length"));
        assert!(!is_framing("Upgrade") && is_hop_by_hop("UPGRADE"));
        assert!(!is_hop_by_hop("X-Noko-Signature"));
    }
}
