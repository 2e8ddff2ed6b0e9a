//! Integration tests: every test runs the real `hookctl` binary.

mod support;

mod breadth;
mod catalog;
mod completions;
mod ed25519;
mod replay;
mod send_test;
mod sign_verify;
