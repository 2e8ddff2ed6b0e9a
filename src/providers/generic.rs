//! `generic`: a scheme described with flags (`--header`, `--algorithm`, `--encoding`,
//! `--prefix`, `--template`).

use super::scheme::*;
use super::scheme_provider::SchemeProvider;
use crate::cli::{AlgorithmChoice, EncodingChoice, GenericArgs};
use crate::error::{Error, Result};

pub fn from_args(args: &GenericArgs) -> Result<SchemeProvider> {
    let header = args.header.clone().ok_or_else(|| {
        Error::usage("--provider generic needs --header NAME")
            .with_hint("e.g. --header X-Signature --algorithm sha256 --encoding hex --prefix sha256=")
    })?;
    let template = args.template.clone().unwrap_or_else(|| "{body}".into());
    if !template.contains("{body}") {
        return Err(
            Error::usage(format!("--template `{template}` has no {{body}} placeholder"))
                .with_hint("placeholders are {body}, {timestamp} and {id}, e.g. '{timestamp}.{body}'"),
        );
    }
    let def = SchemeDef {
        signature_header: header,
        format: SignatureFormat::Plain {
            prefix: args.prefix.clone().unwrap_or_default(),
        },
        template,
        algorithm: match args.algorithm.unwrap_or(AlgorithmChoice::Sha256) {
            AlgorithmChoice::Sha1 => Algorithm::Sha1,
            AlgorithmChoice::Sha256 => Algorithm::Sha256,
            AlgorithmChoice::Sha512 => Algorithm::Sha512,
        },
        encoding: match args.encoding.unwrap_or(EncodingChoice::Hex) {
            EncodingChoice::Hex => Encoding::Hex,
            EncodingChoice::Base64 => Encoding::Base64,
        },
        key: KeyDecoding::Utf8,
        timestamp: None,
        id_header: None,
    };
    Ok(SchemeProvider::new(
        "generic",
        "Generic HMAC",
        def,
        super::LazyCatalog::empty("generic"),
    ))
}
