//! Credentials for the management APIs: a ready token (spec §3 order), or OAuth2 client
//! credentials exchanged at the provider's token endpoint. Exchanged tokens are cached in the
//! config directory (mode 0600) and reused until 60 s before they expire, as Novatrade24 asks
//! ("do not call the token endpoint on every API request").

use std::path::PathBuf;
use std::time::Duration;

use reqwest::{Method, Url};
use serde_json::Value;

use super::http::Client;
use super::Spec;
use crate::cli::TokenArgs;
use crate::config::Config;
use crate::error::{Error, Result};
use crate::output::Ui;
use crate::secret::{self, Credential, Flags, Secret};

/// A token is dropped this long before it expires.
const EARLY: i64 = 60;
/// Noones §8: `expires_in` may be absent; assume an hour.
const DEFAULT_LIFETIME: i64 = 3600;

pub enum Credentials {
    Token { token: Secret, source: String },
    Client(ClientCredentials),
}

#[derive(Clone)]
pub struct ClientCredentials {
    pub provider: &'static str,
    pub token_url: Url,
    pub client_id: String,
    pub client_secret: Secret,
    pub id_source: String,
    pub secret_source: String,
}

impl ClientCredentials {
    /// Where the credentials came from, for 401/403 messages.
    pub fn describe(&self) -> String {
        format!(
            "a token exchanged at {} for the client id from {} and the client secret from {}",
            self.token_url, self.id_source, self.secret_source
        )
    }
}

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
        format!("{} {} {}", cc.provider, cc.token_url, cc.client_id)
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
        let now = crate::commands::unix_now();
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
        if let Err(e) = crate::config::write_private(path, &bytes) {
            ui.debug(format!("token not cached: {}", e.message));
        }
    }

    fn forget(&self, cc: &ClientCredentials, ui: &Ui) {
        let Some(path) = &self.path else { return };
        let mut all = self.read();
        if all.remove(&Self::key(cc)).is_some() {
            let bytes = serde_json::to_vec_pretty(&Value::Object(all)).expect("JSON serialises");
            if let Err(e) = crate::config::write_private(path, &bytes) {
                ui.debug(format!("token cache not updated: {}", e.message));
            }
        }
    }
}

/// Decide how to authenticate: explicit client-id flag → token (flags, env, config) → client
/// credentials from env or config → hidden prompt for a token → exit 2 naming every way.
pub fn resolve(spec: &Spec, args: &TokenArgs, config: &Config, ui: &Ui) -> Result<Credentials> {
    let env = |k: &str| std::env::var_os(k).filter(|v| !v.is_empty());
    let upper = spec.id.to_ascii_uppercase();
    let client_id_flag = args.client_id.as_deref();
    if spec.token_url.is_some() && client_id_flag.is_some() {
        return client_credentials(spec, args, config, ui).map(Credentials::Client);
    }
    let flags = Flags {
        file: args.token_file.as_deref(),
        env: args.token_env.as_deref(),
        value: args.token.as_deref(),
    };
    if let Some((token, source)) = secret::find(Credential::Token, flags, spec.id, config, ui, &env)? {
        return Ok(Credentials::Token {
            token,
            source: source.0,
        });
    }
    let id_from_env = env(&format!("HOOKCTL_{upper}_CLIENT_ID")).is_some();
    if spec.token_url.is_some() && (id_from_env || config.provider_value(spec.id, "client_id").is_some()) {
        return client_credentials(spec, args, config, ui).map(Credentials::Client);
    }
    if ui.interactive {
        let value = dialoguer::Password::new()
            .with_prompt(format!("{} API token", spec.name))
            .interact()
            .map_err(|e| Error::usage(format!("could not read the token from the terminal: {e}")))?;
        return Ok(Credentials::Token {
            token: Secret::new(value.into_bytes()),
            source: "the prompt".into(),
        });
    }
    let mut hint = format!(
        "pass --token-file PATH, --token-env VAR or --token VALUE; or set HOOKCTL_TOKEN or HOOKCTL_{upper}_TOKEN; \
         or run `hookctl config set providers.{}.token`",
        spec.id
    );
    if spec.token_url.is_some() {
        hint.push_str(&format!(
            "; or give OAuth2 client credentials: --client-id/--client-secret-file, \
             HOOKCTL_{upper}_CLIENT_ID/HOOKCTL_{upper}_CLIENT_SECRET, or config client_id/client_secret"
        ));
    }
    Err(Error::usage(format!("no API token for {}", spec.name)).with_hint(hint))
}

fn client_credentials(spec: &Spec, args: &TokenArgs, config: &Config, ui: &Ui) -> Result<ClientCredentials> {
    let upper = spec.id.to_ascii_uppercase();
    let pick = |flag: Option<&str>, flag_name: &str, key: &str| -> Option<(String, String)> {
        if let Some(v) = flag.filter(|v| !v.is_empty()) {
            return Some((v.to_string(), flag_name.to_string()));
        }
        let var = format!("HOOKCTL_{upper}_{}", key.to_ascii_uppercase());
        if let Some(v) = std::env::var(&var).ok().filter(|v| !v.is_empty()) {
            return Some((v, format!("${var}")));
        }
        config
            .provider_value(spec.id, key)
            .map(|v| (v.to_string(), format!("config [providers.{}] {key}", spec.id)))
    };
    let (client_id, id_source) = pick(args.client_id.as_deref(), "--client-id", "client_id")
        .ok_or_else(|| missing_client("client id", spec))?;
    if args.client_secret.is_some() {
        ui.warn(format!(
            "--client-secret is visible in shell history and `ps`; prefer HOOKCTL_{upper}_CLIENT_SECRET"
        ));
    }
    let from_file = match &args.client_secret_file {
        Some(path) => Some((
            String::from_utf8(crate::secret::read_file(path, "client secret")?.expose().to_vec()).map_err(
                |_| Error::usage(format!("client secret file {} is not UTF-8 text", path.display())),
            )?,
            format!("--client-secret-file {}", path.display()),
        )),
        None => None,
    };
    let (client_secret, secret_source) =
        match from_file.or_else(|| pick(args.client_secret.as_deref(), "--client-secret", "client_secret")) {
            Some(found) => found,
            None if ui.interactive => {
                let v = dialoguer::Password::new()
                    .with_prompt(format!("{} client secret", spec.name))
                    .interact()
                    .map_err(|e| Error::usage(format!("could not read the client secret: {e}")))?;
                (v, "the prompt".into())
            }
            None => return Err(missing_client("client secret", spec)),
        };
    let token_url = token_url(spec, args, config)?;
    Ok(ClientCredentials {
        provider: spec.id,
        token_url,
        client_id,
        client_secret: Secret::new(client_secret.into_bytes()),
        id_source,
        secret_source,
    })
}

/// `--token-url` → config `token_url` → the provider's documented endpoint. Never derived from
/// the API base URL: the providers run their token endpoints on other hosts.
pub fn token_url(spec: &Spec, args: &TokenArgs, config: &Config) -> Result<Url> {
    let (text, origin) = match (&args.token_url, config.provider_value(spec.id, "token_url")) {
        (Some(u), _) => (u.as_str(), "--token-url".to_string()),
        (None, Some(u)) => (u, format!("config [providers.{}] token_url", spec.id)),
        (None, None) => (
            spec.token_url.unwrap_or_default(),
            "the documented default".into(),
        ),
    };
    let url = Url::parse(text).map_err(|e| {
        Error::usage(format!("token URL `{text}` (from {origin}) is not a URL: {e}"))
            .with_hint("give a full URL such as https://auth.example.com/oauth2/token")
    })?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(Error::usage(format!("token URL `{text}` is not http(s)")));
    }
    Ok(url)
}

fn missing_client(what: &str, spec: &Spec) -> Error {
    let upper = spec.id.to_ascii_uppercase();
    let flag = what.replace(' ', "-");
    let key = what.replace(' ', "_");
    let flag = if what == "client secret" {
        format!("{flag}-file PATH")
    } else {
        flag
    };
    Error::usage(format!("no OAuth2 {what} for {}", spec.name)).with_hint(format!(
        "pass --{flag}, set HOOKCTL_{upper}_{}, or run `hookctl config set providers.{}.{key}`",
        key.to_ascii_uppercase(),
        spec.id
    ))
}

/// A token for these client credentials: from the cache, else from the token endpoint.
pub async fn token(
    client: &mut Client,
    cc: &ClientCredentials,
    cache: &TokenCache,
    fresh: bool,
) -> Result<Secret> {
    let now = crate::commands::unix_now();
    if fresh {
        cache.forget(cc, &client.ui);
    } else if let Some(t) = cache.lookup(cc, now) {
        client.ui.debug("using the cached access token");
        return Ok(t);
    }
    let secret = String::from_utf8_lossy(cc.client_secret.expose()).into_owned();
    let form = [
        ("grant_type", "client_credentials"),
        ("client_id", cc.client_id.as_str()),
        ("client_secret", secret.as_str()),
    ];
    let resp = client
        .execute(&Method::POST, &cc.token_url, false, |b| b.form(&form))
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
            .unwrap_or_else(|| super::http::snippet(&resp.body));
        let err = format!(
            "token exchange at {} answered {}: {}",
            cc.token_url,
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
            cc.token_url
        ))
    })?;
    let access = body
        .get("access_token")
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
        .ok_or_else(|| {
            Error::check(format!(
                "token exchange at {} returned no access_token",
                cc.token_url
            ))
        })?;
    let lifetime = body
        .get("expires_in")
        .and_then(|v| v.as_i64().or_else(|| v.as_str().and_then(|s| s.parse().ok())))
        .unwrap_or(DEFAULT_LIFETIME);
    let expires_at = now + lifetime;
    if lifetime > EARLY {
        cache.store(cc, access, expires_at, &client.ui);
    }
    client.ui.debug(format!(
        "fetched an access token valid for {}",
        humantime::format_duration(Duration::from_secs(lifetime.max(0) as u64))
    ));
    Ok(Secret::new(access.as_bytes()))
}
