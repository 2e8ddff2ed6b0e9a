//! Integration tests: every test runs the real `hookctl` binary.

mod support;

mod catalog;
mod completions;
mod ed25519;
mod sign_verify;
