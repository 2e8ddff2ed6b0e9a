//! OAuth2 client credentials exchanged at the provider's token endpoint. Exchanged tokens are
//! cached in the config directory (mode 0600) and reused until 60 s before they expire, as
//! Novatrade24 asks ("do not call the token endpoint on every API request").

use std::path::PathBuf;
use std::time::Duration;

use reqwest::Method;
use serde_json::Value;

use super::auth::ClientCredentials;
use super::error_body::snippet;
use super::transport::Transport;
use crate::error::{Error, Result};
use crate::output::Ui;
use crate::secret::Secret;

/// A token is dropped this long before it expires.
const EARLY: i64 = 60;
/// `expires_in` is only RECOMMENDED in a token response (RFC 6749 §5.1); assume an hour.
const DEFAULT_LIFETIME: i64 = 3600;

/// Where exchanged tokens are kept between runs.
#[derive(Debug, Clone)]
pub struct TokenCache {
    pub path: Option<PathBuf>,
}

impl TokenCache {
    /// `token-cache.json` beside the config file.
    pub fn beside(config_path: Option<&std::path::Path>) -> Self {
        TokenCache {
            path: config_path
                .and_then(|p| p.parent())
                .map(|d| d.join("token-cache.json")),
        }
    }

    fn key(cc: &ClientCredentials) -> String {
        format!(
            "{} {} {}",
            cc.provider,
            crate::output::url(&cc.token_url),
            cc.client_id
        )
    }

    fn read(&self) -> serde_json::Map<String, Value> {
        self.path
            .as_ref()
            .and_then(|p| std::fs::read(p).ok())
            .and_then(|b| serde_json::from_slice::<Value>(&b).ok())
            .and_then(|v| v.as_object().cloned())
            .unwrap_or_default()
    }

    fn lookup(&self, cc: &ClientCredentials, now: i64) -> Option<Secret> {
        let all = self.read();
        let entry = all.get(&Self::key(cc))?;
        let expires = entry.get("expires_at")?.as_i64()?;
        let token = entry.get("access_token")?.as_str()?;
        (now < expires - EARLY).then(|| Secret::new(token.as_bytes()))
    }

    fn store(&self, cc: &ClientCredentials, token: &str, expires_at: i64, ui: &Ui) {
        let Some(path) = &self.path else { return };
        let mut all = self.read();
        let now = crate::clock::unix_now();
        // Drop what has expired, so the file does not grow without end.
        all.retain(|_, v| {
            v.get("expires_at")
                .and_then(Value::as_i64)
                .is_some_and(|e| e > now)
        });
        all.insert(
            Self::key(cc),
            serde_json::json!({"access_token": token, "expires_at": expires_at}),
        );
        let bytes = serde_json::to_vec_pretty(&Value::Object(all)).expect("JSON serialises");
        if let Err(e) = write(path, &bytes) {
            ui.debug(format!("token not cached: {}", e.message));
        }
    }

    fn forget(&self, cc: &ClientCredentials, ui: &Ui) {
        let Some(path) = &self.path else { return };
        let mut all = self.read();
        if all.remove(&Self::key(cc)).is_some() {
            let bytes = serde_json::to_vec_pretty(&Value::Object(all)).expect("JSON serialises");
            if let Err(e) = write(path, &bytes) {
                ui.debug(format!("token cache not updated: {}", e.message));
            }
        }
    }
}

/// The cache holds live bearer tokens: a private file, like the config beside it.
fn write(path: &std::path::Path, bytes: &[u8]) -> Result<()> {
    if let Some(dir) = path.parent() {
        crate::private_file::ensure_private_dir(dir)?;
    }
    crate::private_file::write(path, bytes, crate::private_file::Existing::Replace, "token cache")?;
    Ok(())
}

/// A token for these client credentials: from the cache, else from the token endpoint.
pub async fn fetch(
    transport: &mut Transport,
    cc: &ClientCredentials,
    cache: &TokenCache,
    fresh: bool,
) -> Result<Secret> {
    let now = crate::clock::unix_now();
    if fresh {
        cache.forget(cc, &transport.ui);
    } else if let Some(t) = cache.lookup(cc, now) {
        transport.ui.debug("using the cached access token");
        return Ok(t);
    }
    let secret = String::from_utf8_lossy(cc.client_secret.expose()).into_owned();
    let form = [
        ("grant_type", "client_credentials"),
        ("client_id", cc.client_id.as_str()),
        ("client_secret", secret.as_str()),
    ];
    let resp = transport
        .execute(&Method::POST, &cc.token_url, |b| b.form(&form))
        .await?;
    let body: Option<Value> = serde_json::from_slice(&resp.body).ok();
    if !(200..300).contains(&resp.status) {
        let detail = body
            .as_ref()
            .map(|v| {
                let e = super::text(v.get("error"));
                let d = super::text(v.get("error_description"));
                [e, d]
                    .into_iter()
                    .filter(|s| !s.is_empty())
                    .collect::<Vec<_>>()
                    .join(": ")
            })
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| snippet(&resp.body));
        let err = format!(
            "token exchange at {} answered {}: {}",
            crate::output::url(&cc.token_url),
            resp.status,
            crate::output::sanitize(&detail, false)
        );
        let hint = format!(
            "the client id came from {} and the client secret from {}; check them (and --token-url)",
            cc.id_source, cc.secret_source
        );
        return Err(if resp.status >= 500 {
            Error::network(err)
        } else {
            Error::check(err)
        }
        .with_hint(hint));
    }
    let body = body.ok_or_else(|| {
        Error::check(format!(
            "token exchange at {} answered with a body that is not JSON",
            crate::output::url(&cc.token_url)
        ))
    })?;
    let access = body
        .get("access_token")
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
        .ok_or_else(|| {
            Error::check(format!(
                "token exchange at {} returned no access_token",
                crate::output::url(&cc.token_url)
            ))
        })?;
    let lifetime = body
        .get("expires_in")
        .and_then(|v| v.as_i64().or_else(|| v.as_str().and_then(|s| s.parse().ok())))
        .unwrap_or(DEFAULT_LIFETIME);
    let expires_at = now + lifetime;
    if lifetime > EARLY {
        cache.store(cc, access, expires_at, &transport.ui);
    }
    transport.ui.debug(format!(
        "fetched an access token valid for {}",
        humantime::format_duration(Duration::from_secs(lifetime.max(0) as u64))
    ));
    Ok(Secret::new(access.as_bytes()))
}
