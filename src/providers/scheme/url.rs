//! The forms of a delivery URL a provider may have signed.

/// The URL as given, then the forms a provider may have signed instead: with or without the
/// default port (Twilio signs either) and with or without a trailing slash.
pub(crate) fn url_variants(url: Option<&str>, signs_url: bool) -> Vec<Option<String>> {
    let Some(url) = url else {
        return vec![None];
    };
    let mut out = vec![Some(url.to_string())];
    if !signs_url {
        return out;
    }
    let mut push = |u: String| {
        if !out.iter().any(|o| o.as_deref() == Some(u.as_str())) {
            out.push(Some(u));
        }
    };
    if let Some((scheme, rest)) = url.split_once("://") {
        let default_port = if scheme.eq_ignore_ascii_case("https") {
            ":443"
        } else {
            ":80"
        };
        let (host, path) = match rest.find('/') {
            Some(i) => (&rest[..i], &rest[i..]),
            None => (rest, ""),
        };
        match host.strip_suffix(default_port) {
            Some(bare) => push(format!("{scheme}://{bare}{path}")),
            None if !host.contains(':') => push(format!("{scheme}://{host}{default_port}{path}")),
            None => {}
        }
    }
    match url.strip_suffix('/') {
        Some(u) => push(u.to_string()),
        None if !url.contains('?') => push(format!("{url}/")),
        None => {}
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_variants_add_or_drop_the_default_port_and_slash() {
        let v: Vec<_> = url_variants(Some("https://example.com/hook"), true)
            .into_iter()
            .flatten()
            .collect();
        assert_eq!(
            v,
            [
                "https://example.com/hook",
                "https://example.com:443/hook",
                "https://example.com/hook/"
            ]
        );
        let v: Vec<_> = url_variants(Some("http://h:80/x?a=1"), true)
            .into_iter()
            .flatten()
            .collect();
        assert_eq!(v, ["http://h:80/x?a=1", "http://h/x?a=1"]);
    }
}
