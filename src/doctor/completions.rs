//! Whether the completion script for the user's shell is where that shell looks, and current.

use std::path::PathBuf;

use super::{Finding, Status};

/// The places `shell` loads hookctl's completions from, most personal first.
pub fn places(shell: &str, env: &dyn Fn(&str) -> Option<String>) -> Vec<PathBuf> {
    let home = env("HOME").map(PathBuf::from);
    let data = env("XDG_DATA_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| home.as_ref().map(|h| h.join(".local/share")));
    let config = env("XDG_CONFIG_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| home.as_ref().map(|h| h.join(".config")));
    let mut out = Vec::new();
    match shell {
        // bash-completion loads `completions/<command>` on demand from these folders.
        "bash" => {
            out.extend(data.map(|d| d.join("bash-completion/completions/hookctl")));
            for dir in [
                "/usr/local/share/bash-completion/completions",
                "/usr/share/bash-completion/completions",
                "/etc/bash_completion.d",
            ] {
                out.push(PathBuf::from(dir).join("hookctl"));
            }
        }
        // zsh autoloads `_hookctl` from any folder of $fpath.
        "zsh" => {
            for dir in env("FPATH")
                .unwrap_or_default()
                .split(':')
                .filter(|d| !d.is_empty())
            {
                out.push(PathBuf::from(dir).join("_hookctl"));
            }
            for dir in [
                "/usr/local/share/zsh/site-functions",
                "/usr/share/zsh/site-functions",
            ] {
                out.push(PathBuf::from(dir).join("_hookctl"));
            }
        }
        "fish" => {
            out.extend(config.map(|c| c.join("fish/completions/hookctl.fish")));
            out.push(PathBuf::from("/usr/share/fish/vendor_completions.d/hookctl.fish"));
        }
        _ => {}
    }
    out
}

/// `current`: the script this build prints (`hookctl completions SHELL`).
pub fn check(
    shell: Option<&str>,
    env: &dyn Fn(&str) -> Option<String>,
    current: &dyn Fn(&str) -> Option<Vec<u8>>,
) -> Finding {
    let Some(shell) = shell else {
        return Finding::new("completions", Status::Skip, "no $SHELL to check completions for");
    };
    let found = places(shell, env);
    if found.is_empty() {
        return Finding::new(
            "completions",
            Status::Skip,
            format!("completions for {shell} are not checked"),
        )
        .hint(format!(
            "`hookctl completions --help` lists the shells; {shell} may load them from its own profile"
        ));
    }
    let install = match shell {
        "bash" => "hookctl completions bash > ~/.local/share/bash-completion/completions/hookctl",
        "zsh" => "hookctl completions zsh > \"${fpath[1]}/_hookctl\"",
        _ => "hookctl completions fish > ~/.config/fish/completions/hookctl.fish",
    };
    match found.iter().find(|p| p.is_file()) {
        None => Finding::new(
            "completions",
            Status::Warn,
            format!("no {shell} completions installed"),
        )
        .hint(install),
        Some(path) => {
            let stale = current(shell).is_some_and(|want| std::fs::read(path).is_ok_and(|have| have != want));
            if stale {
                Finding::new(
                    "completions",
                    Status::Warn,
                    format!("{} is from another hookctl version", path.display()),
                )
                .hint(install)
            } else {
                Finding::new(
                    "completions",
                    Status::Ok,
                    format!("{shell} completions at {}", path.display()),
                )
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn installed_current_and_stale_scripts_are_told_apart() {
        let dir = tempfile::tempdir().unwrap();
        let home = dir.path().to_str().unwrap().to_string();
        let env = |k: &str| (k == "HOME").then(|| home.clone());
        let want = |_: &str| Some(b"complete -F _hookctl hookctl\n".to_vec());
        assert_eq!(check(Some("fish"), &env, &want).status, Status::Warn);
        let script = dir.path().join(".config/fish/completions/hookctl.fish");
        std::fs::create_dir_all(script.parent().unwrap()).unwrap();
        std::fs::write(&script, "complete -F _hookctl hookctl\n").unwrap();
        assert_eq!(check(Some("fish"), &env, &want).status, Status::Ok);
        std::fs::write(&script, "old\n").unwrap();
        let stale = check(Some("fish"), &env, &want);
        assert_eq!(stale.status, Status::Warn);
        assert!(
            stale.detail.contains("another hookctl version"),
            "{}",
            stale.detail
        );
    }
}
