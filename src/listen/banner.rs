//! The ready banner: the first line `Listening on URL` (scripts read it), then what a person
//! needs to act on: who can be verified and with which secret's source (never its value), where
//! events go and are recorded, a command that sends a test event, and how to stop.

use std::net::IpAddr;
use std::path::Path;

use super::Shared;

/// The banner's lines (the first one exactly `Listening on URL`) and its warnings.
pub struct Banner {
    pub first: String,
    pub rest: Vec<String>,
    pub warnings: Vec<String>,
}

pub fn build(shared: &Shared, base: &str, record: Option<&Path>, host: &str) -> Banner {
    let url = format!("{base}{}", shared.path);
    let mut rest = Vec::new();
    let ids: Vec<String> = match &shared.provider {
        Some(p) => vec![p.id().to_string()],
        None => shared.providers.ids(),
    };
    let sources = shared.keyring.sources(ids.iter().map(String::as_str));
    rest.push(match &shared.provider {
        Some(p) => format!("  provider: {}", p.id()),
        None => "  provider: auto (told by each request's signature header)".to_string(),
    });
    for (id, from) in &sources {
        rest.push(format!("  secret: {id} from {from}"));
    }
    if let Some(fwd) = &shared.forwarder {
        let mode = if shared.fan_out {
            "every match"
        } else {
            "first match"
        };
        rest.push(format!("  forwarding ({mode}):"));
        for r in fwd.routes() {
            rest.push(format!(
                "    {} → {}",
                r.selector(),
                crate::send::client::shown(&r.url)
            ));
        }
    }
    if !shared.events.is_empty() {
        rest.push(format!(
            "  events: {} (the rest are answered 200 and recorded, not forwarded)",
            shared.events.describe()
        ));
    }
    if let Some(path) = record {
        rest.push(format!("  recording to {}", path.display()));
    }
    let first_provider = shared.provider.as_ref().map(|p| p.id().to_string()).or_else(|| {
        sources
            .iter()
            .map(|(id, _)| id.clone())
            .find(|id| ids.contains(id))
    });
    if let Some(p) = first_provider {
        rest.push(format!("  try: hookctl send-test {url} -p {p}"));
    }
    rest.push("  Ctrl-C to stop".to_string());

    let mut warnings = Vec::new();
    if sources.is_empty() && shared.provider.is_none() {
        warnings.push(
            "no secret is configured: every signed delivery will be answered 401; pass \
             --secret-for PROVIDER=@FILE or set HOOKCTL_<PROVIDER>_SECRET"
                .to_string(),
        );
    }
    if !is_loopback(host) {
        warnings.push(format!(
            "--host {host} is not a loopback address: anyone who can reach this machine can post to the listener"
        ));
    }
    Banner {
        first: format!("Listening on {url}"),
        rest,
        warnings,
    }
}

/// `127.0.0.1`, `::1`, `localhost`: reachable from this machine only.
fn is_loopback(host: &str) -> bool {
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    match bare.parse::<IpAddr>() {
        Ok(ip) => ip.is_loopback(),
        Err(_) => bare.eq_ignore_ascii_case("localhost"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_hosts_are_told_apart() {
        for h in ["127.0.0.1", "127.1.2.3", "::1", "[::1]", "localhost"] {
            assert!(is_loopback(h), "{h}");
        }
        for h in ["0.0.0.0", "::", "192.168.1.4", "example.com"] {
            assert!(!is_loopback(h), "{h}");
        }
    }
}
