//! `generic`: a scheme described with flags (`--header`, `--algorithm`, `--encoding`,
//! `--prefix`, `--template`).

use super::scheme::*;
use super::scheme_provider::SchemeProvider;
use crate::error::{Error, Result};

/// The scheme the flags describe; what is left out takes the defaults below.
#[derive(Debug, Clone, Default)]
pub struct GenericScheme {
    pub header: Option<String>,
    pub algorithm: Option<Algorithm>,
    pub encoding: Option<Encoding>,
    pub prefix: Option<String>,
    pub template: Option<String>,
}

pub fn build(flags: &GenericScheme) -> Result<SchemeProvider> {
    let header = flags.header.clone().ok_or_else(|| {
        Error::usage("--provider generic needs --header NAME")
            .with_hint("e.g. --header X-Signature --algorithm sha256 --encoding hex --prefix sha256=")
    })?;
    let template = flags.template.clone().unwrap_or_else(|| "{body}".into());
    if !template.contains("{body}") {
        return Err(
            Error::usage(format!("--template `{template}` has no {{body}} placeholder"))
                .with_hint("placeholders are {body}, {timestamp} and {id}, e.g. '{timestamp}.{body}'"),
        );
    }
    let def = SchemeDef {
        signature_header: header,
        format: SignatureFormat::Plain {
            prefix: flags.prefix.clone().unwrap_or_default(),
        },
        template,
        algorithm: flags.algorithm.unwrap_or(Algorithm::Sha256),
        encoding: flags.encoding.unwrap_or(Encoding::Hex),
        key: KeyDecoding::Utf8,
        timestamp: None,
        id_header: None,
        several_signatures: false,
        body_hash_param: None,
        secondary_header: None,
    };
    Ok(SchemeProvider::new(
        "generic",
        "Generic HMAC",
        def,
        super::LazyCatalog::empty("generic"),
    ))
}
