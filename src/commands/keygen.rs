//! `hookctl keygen ed25519|p256 --out FILE`: a key pair for local asymmetric test deliveries.

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use ed25519_dalek::pkcs8::EncodePrivateKey;

use crate::cli::{Format, KeyType, KeygenArgs};
use crate::error::{Error, Result};
use crate::output::{self, Ui};
use crate::private_file::{self, Existing};

pub fn run(args: &KeygenArgs, ui: &Ui) -> Result<()> {
    if args.out.as_os_str() == "-" {
        // A private key on stdout ends up in scrollback, logs and pipes nobody meant to keep.
        return Err(
            Error::usage("--out - would print the private key; keygen writes it to a file")
                .with_hint("name a file, e.g. --out key.pem (created with mode 0600)"),
        );
    }
    let mut seed = [0u8; 32];
    getrandom::getrandom(&mut seed).map_err(|e| Error::network(format!("no OS randomness: {e}")))?;
    let encode_err = |e: &dyn std::fmt::Display| Error::usage(format!("cannot encode the key: {e}"));
    let (pem, public, example) = match args.kind {
        KeyType::Ed25519 => {
            let key = ed25519_dalek::SigningKey::from_bytes(&seed);
            // PKCS#8 v1 (no embedded public key): OpenSSL 3.0 cannot read the v2 form.
            let pem = ed25519_dalek::pkcs8::KeypairBytes {
                secret_key: key.to_bytes(),
                public_key: None,
            }
            .to_pkcs8_pem(Default::default())
            .map_err(|e| encode_err(&e))?;
            let public = B64.encode(key.verifying_key().as_bytes());
            (
                pem.to_string(),
                public,
                "--provider noones --scheme ed25519 --url URL",
            )
        }
        KeyType::P256 => {
            use p256::pkcs8::{EncodePrivateKey as _, EncodePublicKey as _};
            let key = p256::ecdsa::SigningKey::from_bytes(&seed.into())
                .map_err(|_| Error::usage("random bytes did not form a P-256 key; run again"))?;
            let pem = key.to_pkcs8_pem(Default::default()).map_err(|e| encode_err(&e))?;
            let der = key
                .verifying_key()
                .to_public_key_der()
                .map_err(|e| encode_err(&e))?;
            (pem.to_string(), B64.encode(der.as_bytes()), "--provider sendgrid")
        }
    };
    let existing = if args.force {
        Existing::Replace
    } else {
        Existing::Refuse
    };
    private_file::write(&args.out, pem.as_bytes(), existing, "private key")?;
    match args.output {
        Format::Json => output::json(
            &serde_json::json!({"private_key_file": args.out.display().to_string(), "public_key": public}),
            false,
        ),
        Format::Pretty => {
            ui.status(format!("Wrote private key to {} (mode 0600)", args.out.display()));
            output::data_line(&public);
            ui.status(format!(
                "Configure the receiver with this public key, then sign with:\n  hookctl sign {example} --private-key {} --file body.json",
                args.out.display()
            ));
        }
    }
    Ok(())
}
