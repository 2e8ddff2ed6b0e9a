//! Which events go where: `--events` patterns and `--forward-to` routes, both matched on a
//! delivery's provider and event type with shell-style globs (`invoice.*`, `!ping`).

use globset::{Glob, GlobMatcher};

/// One event-type glob, kept with the text it was written as (for the banner and errors).
#[derive(Debug, Clone)]
pub struct Pattern {
    text: String,
    matcher: GlobMatcher,
}

impl Pattern {
    pub fn parse(text: &str) -> Result<Pattern, String> {
        if text.is_empty() {
            return Err("an empty pattern matches no event type".into());
        }
        // Event types use `.` and `:` as separators, never `/`: `*` spans everything.
        let glob = Glob::new(text).map_err(|e| format!("`{text}` is not a glob: {}", e.kind()))?;
        Ok(Pattern {
            text: text.to_string(),
            matcher: glob.compile_matcher(),
        })
    }

    pub fn matches(&self, event_type: &str) -> bool {
        self.matcher.is_match(event_type)
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }
}

/// `--events`: event types to keep (any of the plain patterns, all when there are none) less
/// the `!`-negated ones. An event without a type is kept unless plain patterns were given.
#[derive(Debug, Clone, Default)]
pub struct EventFilter {
    keep: Vec<Pattern>,
    drop: Vec<Pattern>,
}

impl EventFilter {
    pub fn parse(patterns: &[String]) -> Result<EventFilter, String> {
        let mut filter = EventFilter::default();
        for p in patterns {
            match p.strip_prefix('!') {
                Some(negated) => filter.drop.push(Pattern::parse(negated)?),
                None => filter.keep.push(Pattern::parse(p)?),
            }
        }
        Ok(filter)
    }

    pub fn is_empty(&self) -> bool {
        self.keep.is_empty() && self.drop.is_empty()
    }

    /// Whether an event of this type is forwarded (`false`: answered 200 and only recorded).
    pub fn admits(&self, event_type: Option<&str>) -> bool {
        let Some(t) = event_type else {
            return self.keep.is_empty();
        };
        (self.keep.is_empty() || self.keep.iter().any(|p| p.matches(t)))
            && !self.drop.iter().any(|p| p.matches(t))
    }

    /// The patterns as given, for the banner.
    pub fn describe(&self) -> String {
        let keep = self.keep.iter().map(|p| p.as_str().to_string());
        let drop = self.drop.iter().map(|p| format!("!{}", p.as_str()));
        keep.chain(drop).collect::<Vec<_>>().join(", ")
    }
}

/// One `--forward-to [SELECTOR=]URL`: a URL alone is the default route; a selector is
/// `PROVIDER`, `PROVIDER:EVENTS` or `*:EVENTS` (any provider).
#[derive(Debug, Clone)]
pub struct Route {
    pub provider: Option<String>,
    pub events: Option<Pattern>,
    pub url: reqwest::Url,
}

impl Route {
    pub fn parse(text: &str) -> Result<Route, String> {
        let lower = text.to_ascii_lowercase();
        let (selector, url) = if lower.starts_with("http://") || lower.starts_with("https://") {
            (None, text)
        } else {
            match text.split_once('=') {
                Some((sel, url)) => (Some(sel.trim()), url.trim()),
                None => return Err(format!("`{text}` is not an http(s) URL")),
            }
        };
        let url = reqwest::Url::parse(url)
            .ok()
            .filter(|u| matches!(u.scheme(), "http" | "https") && u.host().is_some())
            .ok_or_else(|| format!("`{url}` is not an http(s) URL"))?;
        let (provider, events) = match selector {
            None => (None, None),
            Some("") => return Err(format!("`{text}` has an empty route before `=`")),
            Some(sel) => {
                let (p, e) = match sel.split_once(':') {
                    Some((p, e)) => (p.trim(), Some(e.trim())),
                    None => (sel, None),
                };
                let provider = match p {
                    "" | "*" => None,
                    p => Some(p.to_ascii_lowercase()),
                };
                let events = e.map(Pattern::parse).transpose()?;
                if provider.is_none() && events.is_none() {
                    return Err(format!(
                        "`{sel}` matches everything: give the URL alone for the default route"
                    ));
                }
                (provider, events)
            }
        };
        Ok(Route {
            provider,
            events,
            url,
        })
    }

    /// Whether a delivery from this provider, of this event type, takes this route.
    pub fn matches(&self, provider: Option<&str>, event_type: Option<&str>) -> bool {
        let provider_ok = match (&self.provider, provider) {
            (None, _) => true,
            (Some(want), Some(got)) => want.eq_ignore_ascii_case(got),
            (Some(_), None) => false,
        };
        let events_ok = match (&self.events, event_type) {
            (None, _) => true,
            (Some(p), Some(t)) => p.matches(t),
            (Some(_), None) => false,
        };
        provider_ok && events_ok
    }

    /// The selector as written (`stripe:invoice.*`), or `default`.
    pub fn selector(&self) -> String {
        match (&self.provider, &self.events) {
            (None, None) => "default".into(),
            (Some(p), None) => p.clone(),
            (p, Some(e)) => format!("{}:{}", p.as_deref().unwrap_or("*"), e.as_str()),
        }
    }
}

/// The routes a delivery takes, in the order given: the first match only, or every match
/// with `fan_out`. The first one returned is the primary: its answer is the sender's.
pub fn select<'a>(
    routes: &'a [Route],
    provider: Option<&str>,
    event_type: Option<&str>,
    fan_out: bool,
) -> Vec<&'a Route> {
    let matching = routes.iter().filter(|r| r.matches(provider, event_type));
    if fan_out {
        matching.collect()
    } else {
        matching.take(1).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn filter(p: &[&str]) -> EventFilter {
        EventFilter::parse(&p.iter().map(|s| s.to_string()).collect::<Vec<_>>()).unwrap()
    }

    #[test]
    fn filters_keep_plain_patterns_and_drop_negated_ones() {
        let f = filter(&["invoice.*", "!invoice.draft"]);
        assert!(f.admits(Some("invoice.paid")));
        assert!(!f.admits(Some("invoice.draft")));
        assert!(!f.admits(Some("charge.succeeded")));
        assert!(!f.admits(None));
        let f = filter(&["!ping"]);
        assert!(f.admits(Some("push")) && !f.admits(Some("ping")) && f.admits(None));
        assert!(filter(&[]).admits(Some("anything")));
    }

    #[test]
    fn bad_globs_are_refused_with_the_reason() {
        let err = EventFilter::parse(&["invoice.[".into()]).unwrap_err();
        assert!(err.contains("invoice.["), "{err}");
        assert!(EventFilter::parse(&["!".into()]).is_err());
    }

    #[test]
    fn routes_parse_their_selector_and_url() {
        let r = Route::parse("http://127.0.0.1:8080/hooks?a=b").unwrap();
        assert_eq!(r.selector(), "default");
        assert_eq!(r.url.query(), Some("a=b"));
        let r = Route::parse("stripe:invoice.*=http://127.0.0.1:9000/billing").unwrap();
        assert_eq!(r.selector(), "stripe:invoice.*");
        assert!(r.matches(Some("stripe"), Some("invoice.paid")));
        assert!(!r.matches(Some("noko"), Some("invoice.paid")));
        assert!(!r.matches(Some("stripe"), Some("charge.succeeded")));
        let r = Route::parse("*:entry.*=http://h/").unwrap();
        assert!(r.matches(Some("noko"), Some("entry.created")) && r.matches(None, Some("entry.x")));
        let r = Route::parse("noko=http://h/").unwrap();
        assert!(r.matches(Some("noko"), None) && !r.matches(None, None));
        for bad in [
            "ftp://x/",
            "stripe=",
            "=http://h/",
            "*=http://h/",
            "noko",
            "s:[=http://h/",
        ] {
            assert!(Route::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn first_match_wins_unless_fan_out() {
        let routes: Vec<Route> = [
            "stripe:invoice.*=http://billing/",
            "stripe=http://stripe/",
            "http://default/",
        ]
        .iter()
        .map(|r| Route::parse(r).unwrap())
        .collect();
        let hosts = |rs: Vec<&Route>| {
            rs.iter()
                .map(|r| r.url.host_str().unwrap().to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            hosts(select(&routes, Some("stripe"), Some("invoice.paid"), false)),
            ["billing"]
        );
        assert_eq!(
            hosts(select(&routes, Some("stripe"), Some("invoice.paid"), true)),
            ["billing", "stripe", "default"]
        );
        assert_eq!(hosts(select(&routes, Some("noko"), None, false)), ["default"]);
    }
}
