//! Integration tests: every test runs the real `hookctl` binary.

mod support;

mod completions;
mod replay;
mod send_test;
mod sign_verify;
