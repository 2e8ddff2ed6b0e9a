//! The clock. Timestamped schemes refuse deliveries outside a tolerance (five minutes for
//! Stripe, Slack and Standard Webhooks), so a local clock that is off makes valid signatures
//! look stale. Compared with the `Date` header (RFC 9110 §6.6.1) of the APIs the config names.

use std::time::{Duration, SystemTime};

use super::{Finding, Status};

/// Off by this much: most timestamped schemes already refuse.
const FAILS_AT: Duration = Duration::from_secs(300);
/// Off by this much: the tightest tolerances start to bite.
const WARNS_AT: Duration = Duration::from_secs(30);

/// Seconds the local clock is ahead of the server's `Date` (negative: behind).
pub fn skew(date_header: &str, now: SystemTime) -> Option<i64> {
    let server = httpdate::parse_http_date(date_header.trim()).ok()?;
    Some(match now.duration_since(server) {
        Ok(ahead) => ahead.as_secs() as i64,
        Err(behind) => -(behind.duration().as_secs() as i64),
    })
}

/// The finding for a measured skew against `what`.
pub fn judge(what: &str, skew: i64) -> Finding {
    let off = Duration::from_secs(skew.unsigned_abs());
    let side = if skew >= 0 { "ahead of" } else { "behind" };
    let detail = format!("local clock is {}s {side} {what}", skew.unsigned_abs());
    let status = if off >= FAILS_AT {
        Status::Fail
    } else if off >= WARNS_AT {
        Status::Warn
    } else {
        Status::Ok
    };
    let f = Finding::new("clock", status, detail);
    if status == Status::Ok {
        f
    } else {
        f.hint("timestamped schemes (Stripe, Slack, Standard Webhooks: 5 min) will call valid signatures stale; sync the clock (e.g. `timedatectl set-ntp true`)")
    }
}

/// Ask each URL for its `Date` and judge the first answer.
pub fn check(targets: &[(String, String)], offline: bool) -> Finding {
    if offline {
        return Finding::new("clock", Status::Skip, "not compared (--offline)");
    }
    if targets.is_empty() {
        return Finding::new(
            "clock",
            Status::Skip,
            "no base_url configured to compare the clock with",
        )
        .hint("compare `date -u` with a time source you trust");
    }
    let client = match reqwest::Client::builder()
        .timeout(Duration::from_secs(5))
        .redirect(reqwest::redirect::Policy::none())
        .build()
    {
        Ok(c) => c,
        Err(e) => return Finding::new("clock", Status::Warn, format!("cannot build an HTTP client: {e}")),
    };
    let mut last_error = String::new();
    for (id, url) in targets {
        let answer = crate::runtime::block_on(async {
            let resp = client.head(url).send().await?;
            Ok::<_, reqwest::Error>(
                resp.headers()
                    .get("date")
                    .and_then(|d| d.to_str().ok())
                    .map(str::to_string),
            )
        });
        match answer {
            Ok(Ok(Some(date))) => {
                if let Some(s) = skew(&date, SystemTime::now()) {
                    return judge(&format!("{id}'s API ({url})"), s);
                }
                last_error = format!("{url} sent a Date header that is not an HTTP date");
            }
            Ok(Ok(None)) => last_error = format!("{url} sent no Date header"),
            Ok(Err(e)) => {
                last_error = format!(
                    "{url}: {}",
                    crate::net_error::describe(&e, crate::net_error::Detail::Innermost)
                )
            }
            Err(e) => last_error = e.message,
        }
    }
    Finding::new("clock", Status::Warn, format!("not compared: {last_error}"))
        .hint("--offline skips network checks")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skew_is_signed_and_judged_by_the_common_tolerance() {
        let server = httpdate::parse_http_date("Tue, 01 Dec 2026 12:00:00 GMT").unwrap();
        let date = "Tue, 01 Dec 2026 12:00:00 GMT";
        assert_eq!(skew(date, server + Duration::from_secs(400)), Some(400));
        assert_eq!(skew(date, server - Duration::from_secs(40)), Some(-40));
        assert_eq!(skew("yesterday", server), None);
        assert_eq!(judge("x", 400).status, Status::Fail);
        assert_eq!(judge("x", -40).status, Status::Warn);
        assert!(judge("x", -40).detail.contains("40s behind"));
        assert_eq!(judge("x", 2).status, Status::Ok);
    }
}
