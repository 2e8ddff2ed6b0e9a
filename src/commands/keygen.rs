//! `hookctl keygen ed25519 --out FILE`: a key pair for local Ed25519 test deliveries.

use std::io::Write;

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use ed25519_dalek::pkcs8::EncodePrivateKey;
use ed25519_dalek::SigningKey;

use crate::cli::{Format, KeygenArgs};
use crate::error::{Error, Result};
use crate::output::{self, Ui};

pub fn run(args: &KeygenArgs, ui: &Ui) -> Result<()> {
    let mut seed = [0u8; 32];
    getrandom::getrandom(&mut seed).map_err(|e| Error::network(format!("no OS randomness: {e}")))?;
    let key = SigningKey::from_bytes(&seed);
    // PKCS#8 v1 (no embedded public key): OpenSSL 3.0 cannot read the v2 form.
    let pem = ed25519_dalek::pkcs8::KeypairBytes {
        secret_key: key.to_bytes(),
        public_key: None,
    }
    .to_pkcs8_pem(Default::default())
    .map_err(|e| Error::usage(format!("cannot encode the key: {e}")))?;
    write_private(&args.out, pem.as_bytes(), args.force)?;
    let public = B64.encode(key.verifying_key().as_bytes());
    match args.output {
        Format::Json => output::json(
            &serde_json::json!({"private_key_file": args.out.display().to_string(), "public_key": public}),
            false,
        ),
        Format::Pretty => {
            ui.status(format!("Wrote private key to {} (mode 0600)", args.out.display()));
            output::data_line(&public);
            ui.status(format!(
                "Configure the receiver with this public key, then sign with:\n  hookctl sign --provider noones --scheme ed25519 --private-key {} --url URL --file body.json",
                args.out.display()
            ));
        }
    }
    Ok(())
}

/// Create the file with mode 0600 from the start, so the key is never readable by others.
fn write_private(path: &std::path::Path, bytes: &[u8], force: bool) -> Result<()> {
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true);
    if force {
        opts.create(true).truncate(true);
    } else {
        opts.create_new(true);
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    let mut file = opts.open(path).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            Error::usage(format!("{} already exists", path.display())).with_hint("pass --force to replace it")
        } else {
            Error::file(path, "write private key", &e)
        }
    })?;
    file.write_all(bytes)
        .map_err(|e| Error::file(path, "write private key", &e))?;
    Ok(())
}
