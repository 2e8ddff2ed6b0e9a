//! `--tls-cert/--tls-key`: rustls (ring) behind tokio-rustls, the same TLS stack the senders use.

use std::io;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll};

use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use tokio::io::{AsyncRead, ReadBuf};
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
                rustls::Error::InconsistentKeys(_) => {
                    "the key does not belong to the certificate".to_string()
                }
                other => other.to_string(),
            };
            Error::usage(format!("cannot use --tls-cert with --tls-key: {why}")).with_hint(
                "pass the key the certificate was issued for (the first certificate in --tls-cert)",
            )
        })?;
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(TlsAcceptor::from(Arc::new(config)))
}

/// The socket as the TLS handshake reads it: a client that sends an alert (such as
/// `close_notify`) before the handshake is done has given up on it, so after that alert the
/// handshake sees the end of the stream and fails at once, instead of waiting out its timeout
/// on a client that keeps the connection open. Transparent once `done` is set.
pub struct HandshakeWatch<S> {
    inner: S,
    done: Arc<AtomicBool>,
    /// Bytes of the current record's 5-byte header seen so far, and the header itself.
    header: [u8; 5],
    header_len: usize,
    /// Bytes of the current record's body still to come.
    body_left: usize,
    alerted: bool,
}

/// TLS record content type of an alert (RFC 8446 §5.1, RFC 5246 §6.2.1).
const ALERT: u8 = 21;

impl<S> HandshakeWatch<S> {
    pub fn new(inner: S) -> (HandshakeWatch<S>, Arc<AtomicBool>) {
        let done = Arc::new(AtomicBool::new(false));
        let watch = HandshakeWatch {
            inner,
            done: done.clone(),
            header: [0; 5],
            header_len: 0,
            body_left: 0,
            alerted: false,
        };
        (watch, done)
    }

    /// Follow record boundaries through bytes the handshake read.
    fn observe(&mut self, mut bytes: &[u8]) {
        while !bytes.is_empty() {
            if self.body_left > 0 {
                let n = self.body_left.min(bytes.len());
                self.body_left -= n;
                bytes = &bytes[n..];
                continue;
            }
            let n = (5 - self.header_len).min(bytes.len());
            self.header[self.header_len..self.header_len + n].copy_from_slice(&bytes[..n]);
            self.header_len += n;
            bytes = &bytes[n..];
            if self.header_len == 5 {
                self.alerted |= self.header[0] == ALERT;
                self.body_left = u16::from_be_bytes([self.header[3], self.header[4]]) as usize;
                self.header_len = 0;
            }
        }
    }
}

impl<S: AsyncRead + Unpin> AsyncRead for HandshakeWatch<S> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let this = &mut *self;
        if this.done.load(Ordering::Relaxed) {
            return Pin::new(&mut this.inner).poll_read(cx, buf);
        }
        if this.alerted && this.body_left == 0 {
            return Poll::Ready(Ok(()));
        }
        let before = buf.filled().len();
        let polled = Pin::new(&mut this.inner).poll_read(cx, buf);
        if let Poll::Ready(Ok(())) = polled {
            this.observe(&buf.filled()[before..]);
        }
        polled
    }
}

super::conn::write_through!(HandshakeWatch);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_alert_record_is_seen_across_split_reads() {
        let (mut w, _) = HandshakeWatch::new(());
        // A handshake record of 3 bytes, then an alert header split over two reads.
        w.observe(&[22, 3, 1, 0, 3, 1, 2]);
        assert!(!w.alerted);
        w.observe(&[3, 21, 3]);
        assert!(!w.alerted);
        w.observe(&[3, 0, 2, 1, 0]);
        assert!(w.alerted && w.body_left == 0);
    }
}
