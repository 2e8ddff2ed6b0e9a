use std::process::ExitCode;

fn main() -> ExitCode {
    hookctl::run()
}
