//! The one place clap's structs become domain values: everything below `commands` takes these
//! and never sees the command line's types.

use crate::cli;
use crate::error::Result;
use crate::keys::KeyFlags;
use crate::listen::ListenOutput;
use crate::output::ColorMode;
use crate::payload;
use crate::providers::scheme::{Algorithm, Encoding};
use crate::providers::{GenericScheme, SigningScheme};
use crate::providers::{Key, Provider, Variant};
use crate::secret;
use crate::Context;

/// A command's key and secret flags, converted once: how every command that signs or verifies
/// finds its key.
pub struct KeyChoice {
    pub flags: KeyFlags,
    secrets: Vec<secret::Given>,
}

impl KeyChoice {
    pub fn new(key: &cli::KeyArgs, secret: &cli::SecretArgs) -> Self {
        KeyChoice {
            flags: key.into(),
            secrets: given(secret),
        }
    }

    /// Secret flags only (`replay --resign` takes no key files).
    pub fn secret_only(secret: &cli::SecretArgs) -> Self {
        KeyChoice {
            flags: KeyFlags::default(),
            secrets: given(secret),
        }
    }

    /// The scheme variant the key flags ask for.
    pub fn variant(&self) -> Variant {
        crate::keys::variant(&self.flags)
    }

    /// The key `provider` needs for `variant`, from the flags, the environment, the config or
    /// a prompt.
    pub fn resolve(
        &self,
        provider: &dyn Provider,
        variant: &Variant,
        signing: bool,
        ctx: &Context,
    ) -> Result<Key> {
        crate::keys::resolve(
            provider,
            variant,
            signing,
            &self.secrets,
            &self.flags,
            &ctx.config,
            &ctx.ui,
        )
    }
}

impl From<cli::ColorChoice> for ColorMode {
    fn from(choice: cli::ColorChoice) -> Self {
        match choice {
            cli::ColorChoice::Auto => ColorMode::Auto,
            cli::ColorChoice::Always => ColorMode::Always,
            cli::ColorChoice::Never => ColorMode::Never,
        }
    }
}

impl From<cli::SchemeChoice> for SigningScheme {
    fn from(choice: cli::SchemeChoice) -> Self {
        match choice {
            cli::SchemeChoice::Hmac => SigningScheme::Hmac,
            cli::SchemeChoice::Ed25519 => SigningScheme::Ed25519,
        }
    }
}

impl From<cli::AlgorithmChoice> for Algorithm {
    fn from(choice: cli::AlgorithmChoice) -> Self {
        match choice {
            cli::AlgorithmChoice::Sha1 => Algorithm::Sha1,
            cli::AlgorithmChoice::Sha256 => Algorithm::Sha256,
            cli::AlgorithmChoice::Sha512 => Algorithm::Sha512,
        }
    }
}

impl From<cli::EncodingChoice> for Encoding {
    fn from(choice: cli::EncodingChoice) -> Self {
        match choice {
            cli::EncodingChoice::Hex => Encoding::Hex,
            cli::EncodingChoice::Base64 => Encoding::Base64,
        }
    }
}

impl From<cli::ListenOutput> for ListenOutput {
    fn from(choice: cli::ListenOutput) -> Self {
        match choice {
            cli::ListenOutput::Compact => ListenOutput::Compact,
            cli::ListenOutput::Pretty => ListenOutput::Pretty,
            cli::ListenOutput::Json => ListenOutput::Json,
            cli::ListenOutput::Raw => ListenOutput::Raw,
            cli::ListenOutput::Quiet => ListenOutput::Quiet,
        }
    }
}

impl From<&cli::GenericArgs> for GenericScheme {
    fn from(args: &cli::GenericArgs) -> Self {
        GenericScheme {
            header: args.header.clone(),
            algorithm: args.algorithm.map(Algorithm::from),
            encoding: args.encoding.map(Encoding::from),
            prefix: args.prefix.clone(),
            template: args.template.clone(),
        }
    }
}

impl From<&cli::KeyArgs> for KeyFlags {
    fn from(args: &cli::KeyArgs) -> Self {
        KeyFlags {
            scheme: args.scheme.map(SigningScheme::from),
            private_key: args.private_key.clone(),
            public_key: args.public_key.clone(),
            signed_url: args.signed_url.clone(),
        }
    }
}

/// The listener's keyring from the secret flags and `--secret-for` (each checked to name a
/// known provider): what `listen` and `inspect` re-sign and verify with.
pub fn keyring(
    secret: &cli::SecretArgs,
    secret_for: &[String],
    key_flags: &KeyFlags,
    ctx: &Context,
) -> Result<crate::listen::keyring::Keyring> {
    use crate::listen::keyring;
    let secret_for = secret_for
        .iter()
        .map(|s| {
            let parsed = keyring::parse_secret_for(s).map_err(|e| {
                crate::error::Error::usage(format!("--secret-for {e}"))
                    .with_hint("write --secret-for noko=@path/to/secret or --secret-for noko=env:NOKO_SECRET")
            })?;
            ctx.providers.require(&parsed.provider)?;
            Ok(parsed)
        })
        .collect::<Result<Vec<_>>>()?;
    keyring::Keyring::new(&given(secret), &secret_for, key_flags, &ctx.config, &ctx.ui)
}

/// The secret flags in the order given.
pub fn given(args: &cli::SecretArgs) -> Vec<secret::Given> {
    args.given
        .iter()
        .map(|flag| match flag {
            cli::SecretFlag::File(p) => secret::Given::File(p.clone()),
            cli::SecretFlag::Env(v) => secret::Given::Env(v.clone()),
            cli::SecretFlag::Value(v) => secret::Given::Value(v.clone()),
        })
        .collect()
}

impl<'a> From<&'a cli::PayloadArgs> for payload::Flags<'a> {
    fn from(args: &'a cli::PayloadArgs) -> Self {
        payload::Flags {
            data: args.data.as_deref().map(std::ffi::OsStr::as_encoded_bytes),
            file: args.file.as_deref(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::ValueEnum;

    /// Every value a user may type maps to the domain value of the same name.
    fn same_names<C: ValueEnum + std::fmt::Debug, D: From<C> + std::fmt::Debug>() {
        for choice in C::value_variants() {
            let domain: D = choice.clone().into();
            assert_eq!(format!("{choice:?}"), format!("{domain:?}"));
        }
    }

    #[test]
    fn choices_map_to_the_domain_value_of_the_same_name() {
        same_names::<cli::ColorChoice, ColorMode>();
        same_names::<cli::SchemeChoice, SigningScheme>();
        same_names::<cli::AlgorithmChoice, Algorithm>();
        same_names::<cli::EncodingChoice, Encoding>();
        same_names::<cli::ListenOutput, ListenOutput>();
    }

    #[test]
    fn flags_carry_over_unchanged() {
        let key = cli::KeyArgs {
            scheme: Some(cli::SchemeChoice::Ed25519),
            private_key: Some("key.pem".into()),
            public_key: Some("whpk_x".into()),
            signed_url: Some("https://example.com/hook".into()),
        };
        let flags = KeyFlags::from(&key);
        assert_eq!(flags.scheme, Some(SigningScheme::Ed25519));
        assert_eq!(
            flags.private_key.as_deref(),
            Some(std::path::Path::new("key.pem"))
        );
        assert_eq!(flags.public_key.as_deref(), Some("whpk_x"));
        assert_eq!(flags.signed_url.as_deref(), Some("https://example.com/hook"));

        let generic = GenericScheme::from(&cli::GenericArgs {
            header: Some("X-Sig".into()),
            algorithm: Some(cli::AlgorithmChoice::Sha512),
            encoding: None,
            prefix: Some("sha512=".into()),
            template: Some("{timestamp}.{body}".into()),
        });
        assert_eq!(generic.header.as_deref(), Some("X-Sig"));
        assert_eq!(generic.algorithm, Some(Algorithm::Sha512));
        assert_eq!(generic.encoding, None);
        assert_eq!(generic.prefix.as_deref(), Some("sha512="));
        assert_eq!(generic.template.as_deref(), Some("{timestamp}.{body}"));

        let secret = cli::SecretArgs {
            given: vec![
                cli::SecretFlag::Value("v".into()),
                cli::SecretFlag::File("s.txt".into()),
                cli::SecretFlag::Env("MINE".into()),
            ],
        };
        assert_eq!(
            given(&secret),
            [
                secret::Given::Value("v".into()),
                secret::Given::File("s.txt".into()),
                secret::Given::Env("MINE".into())
            ]
        );

        let payload = cli::PayloadArgs {
            data: Some("{}".into()),
            file: Some("-".into()),
        };
        let flags = payload::Flags::from(&payload);
        assert_eq!(
            (flags.data, flags.file),
            (Some(&b"{}"[..]), Some(std::path::Path::new("-")))
        );
    }
}
