//! Integration tests: every test runs the real `hookctl` binary.

mod support;

mod completions;
mod listen;
mod sign_verify;
