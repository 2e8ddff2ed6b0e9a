//! Integration tests: every test runs the real `hookctl` binary.

mod support;

mod breadth;
mod catalog;
mod completions;
mod ed25519;
mod sign_verify;
