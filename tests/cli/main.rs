//! Integration tests: every test runs the real `hookctl` binary.

mod support;

mod adyen;
mod bounded;
mod braintree;
mod breadth;
mod catalog;
mod certificates;
mod completions;
mod config;
mod config_edit;
mod contentful;
mod doctor;
mod ed25519;
mod handshakes;
mod hygraph;
mod inputs;
mod inspect;
mod jwt;
mod listen;
mod listen_daily;
mod listen_hostile;
mod listen_record;
mod load_mode;
mod man_page;
mod output_modes;
mod pipes;
mod plivo;
mod private_files;
mod probe;
mod readme;
mod redaction;
mod registry;
mod replay;
mod rotation;
mod round_trip;
mod send_test;
mod sign_verify;
mod verify_inputs;
mod webhooks_cryptohopper;
mod webhooks_noko;
mod webhooks_noones;
mod webhooks_novatrade24;
#[cfg(unix)]
mod webhooks_prompts;
