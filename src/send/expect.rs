//! `--expect`: which statuses count as success (`200`, `2xx`, `200,204`, `4xx`).

use crate::error::{Error, Result};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expect {
    text: String,
    /// Inclusive ranges: `2xx` is 200..=299, `204` is 204..=204.
    ranges: Vec<(u16, u16)>,
}

impl Expect {
    pub fn parse(text: &str) -> Result<Expect> {
        let bad = || {
            Error::usage(format!("--expect `{text}` is not a status"))
                .with_hint("use a code (200), a class (2xx, 4xx) or a comma-separated list (200,204)")
        };
        let mut ranges = Vec::new();
        for part in text.split(',').map(str::trim) {
            let lower = part.to_ascii_lowercase();
            let range = match lower.as_bytes() {
                [d @ b'1'..=b'5', b'x', b'x'] => {
                    let base = u16::from(d - b'0') * 100;
                    (base, base + 99)
                }
                _ => match lower.parse::<u16>() {
                    Ok(code) if (100..=599).contains(&code) => (code, code),
                    _ => return Err(bad()),
                },
            };
            ranges.push(range);
        }
        Ok(Expect {
            text: text.trim().to_string(),
            ranges,
        })
    }

    pub fn matches(&self, status: u16) -> bool {
        self.ranges.iter().any(|(lo, hi)| (*lo..=*hi).contains(&status))
    }
}

impl std::fmt::Display for Expect {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_codes_and_lists() {
        let e = Expect::parse("2xx").unwrap();
        assert!(e.matches(200) && e.matches(299) && !e.matches(300) && !e.matches(199));
        let e = Expect::parse("200, 4XX").unwrap();
        assert!(e.matches(200) && e.matches(404) && !e.matches(201));
        assert!(Expect::parse("6xx").is_err());
        assert!(Expect::parse("abc").is_err());
        assert!(Expect::parse("").is_err());
        assert!(Expect::parse("99").is_err());
    }
}
