//! Integration tests: every test runs the real `hookctl` binary.

mod support;

mod completions;
mod sign_verify;
