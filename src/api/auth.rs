//! Where the management-API credential comes from: a ready token (flags, then environment, then
//! config), or OAuth2 client credentials for `token` to exchange; a hidden prompt as the last
//! resort on a terminal.

use reqwest::Url;

use super::Spec;
use crate::config::Config;
use crate::error::{Error, Result};
use crate::output::Ui;
use crate::secret::{self, Credential, Flags, Secret};

/// The credential flags as given on the command line (every one optional).
#[derive(Debug, Clone, Default)]
pub struct CredentialFlags {
    pub token_file: Option<std::path::PathBuf>,
    pub token_env: Option<String>,
    pub token: Option<String>,
    pub client_id: Option<String>,
    pub client_secret: Option<String>,
    pub client_secret_file: Option<std::path::PathBuf>,
    pub token_url: Option<String>,
}

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
            crate::output::url(&self.token_url),
            self.id_source,
            self.secret_source
        )
    }
}

/// Decide how to authenticate: explicit client-id flag → token (flags, env, config) → client
/// credentials from env or config → hidden prompt for a token → exit 2 naming every way.
pub fn resolve(spec: &Spec, args: &CredentialFlags, config: &Config, ui: &Ui) -> Result<Credentials> {
    let env = |k: &str| std::env::var_os(k).filter(|v| !v.is_empty());
    let var = |name: &str| secret::env_var(spec.id, name);
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
    let id_from_env = env(&var("client_id")).is_some();
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
        "pass --token-file PATH, --token-env VAR or --token VALUE; or set HOOKCTL_TOKEN or {}; \
         or run `hookctl config set providers.{}.token`",
        var("token"),
        spec.id
    );
    if spec.token_url.is_some() {
        hint.push_str(&format!(
            "; or give OAuth2 client credentials: --client-id/--client-secret-file, \
             {}/{}, or config client_id/client_secret",
            var("client_id"),
            var("client_secret")
        ));
    }
    Err(Error::usage(format!("no API token for {}", spec.name)).with_hint(hint))
}

fn client_credentials(
    spec: &Spec,
    args: &CredentialFlags,
    config: &Config,
    ui: &Ui,
) -> Result<ClientCredentials> {
    let pick = |flag: Option<&str>, flag_name: &str, key: &str| -> Option<(String, String)> {
        if let Some(v) = flag.filter(|v| !v.is_empty()) {
            return Some((v.to_string(), flag_name.to_string()));
        }
        let var = secret::env_var(spec.id, key);
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
            "--client-secret is visible in shell history and `ps`; prefer {}",
            secret::env_var(spec.id, "client_secret")
        ));
    }
    if let Some(w) = args
        .client_secret_file
        .as_deref()
        .and_then(|p| crate::private_file::loose_warning(p, "client secret"))
    {
        ui.warn(w);
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
pub fn token_url(spec: &Spec, args: &CredentialFlags, config: &Config) -> Result<Url> {
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
    let flag = what.replace(' ', "-");
    let key = what.replace(' ', "_");
    let flag = if what == "client secret" {
        format!("{flag}-file PATH")
    } else {
        flag
    };
    Error::usage(format!("no OAuth2 {what} for {}", spec.name)).with_hint(format!(
        "pass --{flag}, set {}, or run `hookctl config set providers.{}.{key}`",
        secret::env_var(spec.id, &key),
        spec.id
    ))
}

/// The OAuth client id for a provider that takes it as a plain header beside the token
/// (Cryptohopper's optional `x-api-app-key`): flag, then environment, then config.
pub fn client_id_header(
    spec: &Spec,
    args: &CredentialFlags,
    config: &Config,
) -> Option<(&'static str, String)> {
    let header = spec.client_id_header?;
    args.client_id
        .clone()
        .or_else(|| std::env::var(secret::env_var(spec.id, "client_id")).ok())
        .or_else(|| config.provider_value(spec.id, "client_id").map(str::to_string))
        .filter(|s| !s.is_empty())
        .map(|id| (header, id))
}
