//! `--tls-cert/--tls-key`: rustls (ring) behind tokio-rustls, the same TLS stack the senders use.

use std::sync::Arc;

use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use tokio_rustls::TlsAcceptor;

use crate::error::{Error, Result};

/// Build the acceptor from PEM bytes: a certificate chain and a PKCS#8, RSA (PKCS#1) or SEC1 key.
pub fn acceptor(cert_pem: &[u8], key_pem: &[u8]) -> Result<TlsAcceptor> {
    let chain: Vec<CertificateDer<'static>> = CertificateDer::pem_slice_iter(cert_pem)
        .collect::<std::result::Result<_, _>>()
        .map_err(|e| {
            Error::usage(format!("--tls-cert is not a readable PEM certificate chain: {e}"))
                .with_hint("pass the certificate (chain) as PEM: -----BEGIN CERTIFICATE-----")
        })?;
    if chain.is_empty() {
        return Err(Error::usage("--tls-cert holds no PEM certificate")
            .with_hint("pass the certificate (chain) as PEM: -----BEGIN CERTIFICATE-----"));
    }
    let key = PrivateKeyDer::from_pem_slice(key_pem).map_err(|e| {
        Error::usage(format!("--tls-key holds no usable private key ({e})")).with_hint(
            "pass an unencrypted PEM key (PKCS#8, RSA or EC); decrypt one with \
             `openssl pkey -in key.pem -out plain.pem`",
        )
    })?;
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| Error::usage(format!("cannot set up TLS: {e}")))?
        .with_no_client_auth()
        .with_single_cert(chain, key)
        .map_err(|e| {
            let why = match e {
                rustls::Error::InconsistentKeys(_) => "the key does not belong to the certificate".to_string(),
                other => other.to_string(),
            };
            Error::usage(format!("cannot use --tls-cert with --tls-key: {why}"))
                .with_hint("pass the key the certificate was issued for (the first certificate in --tls-cert)")
        })?;
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(TlsAcceptor::from(Arc::new(config)))
}
