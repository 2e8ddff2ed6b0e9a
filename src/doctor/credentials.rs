//! Which providers hookctl can sign and verify for, and where each secret or API token comes
//! from (named, never shown); and whether the user's own schemes load.

use super::{Finding, Status};
use crate::config::Config;
use crate::output::Ui;
use crate::providers::builtins;
use crate::providers::registry::GENERIC;
use crate::providers::spec::{parse_table, Origin};
use crate::secret::{self, Credential, Flags};

type Env<'a> = &'a dyn Fn(&str) -> Option<std::ffi::OsString>;

/// One finding per provider that has a credential; one warning when none has a secret.
pub fn found(config: &Config, user_ids: &[String], api_ids: &[&str], env: Env<'_>) -> Vec<Finding> {
    // Never prompt and never warn: doctor only looks.
    let ui = Ui {
        quiet: true,
        verbose: false,
        color: false,
        interactive: false,
    };
    let mut out = Vec::new();
    let ids = builtins()
        .iter()
        .map(|p| p.id().to_string())
        .chain(user_ids.iter().cloned());
    let mut any_secret = false;
    for id in ids {
        // The global HOOKCTL_SECRET would answer for every provider; it is reported once below.
        let specific = |k: &str| if k == "HOOKCTL_SECRET" { None } else { env(k) };
        if let Ok(Some((_, source))) =
            secret::find(Credential::Secret, Flags::default(), &id, config, &ui, &specific)
        {
            any_secret = true;
            out.push(Finding::new(
                format!("secret.{id}"),
                Status::Ok,
                format!("{id}: secret from {}", source.0),
            ));
        }
    }
    if env("HOOKCTL_SECRET").is_some_and(|v| !v.is_empty()) {
        any_secret = true;
        out.push(Finding::new(
            "secret.global",
            Status::Ok,
            "$HOOKCTL_SECRET is set: it signs and verifies for every provider without its own secret",
        ));
    }
    if !any_secret {
        out.push(
            Finding::new(
                "secret.none",
                Status::Warn,
                "no provider has a secret: sign, verify and listen will ask for one",
            )
            .hint("hookctl config set providers.<id>.secret, or export HOOKCTL_<ID>_SECRET"),
        );
    }
    for id in api_ids {
        let specific = |k: &str| if k == "HOOKCTL_TOKEN" { None } else { env(k) };
        if let Ok(Some((_, source))) =
            secret::find(Credential::Token, Flags::default(), id, config, &ui, &specific)
        {
            out.push(Finding::new(
                format!("token.{id}"),
                Status::Ok,
                format!("{id}: API token from {}", source.0),
            ));
        }
    }
    out
}

/// Each `[schemes.<name>]` of the config on its own, so every broken one is named with its
/// field, not only the first.
pub fn user_schemes(config: &Config) -> (Vec<Finding>, Vec<String>) {
    let mut out = Vec::new();
    let mut loaded = Vec::new();
    let Some(schemes) = config.doc.get("schemes") else {
        return (out, loaded);
    };
    let Some(schemes) = schemes.as_table() else {
        out.push(Finding::new(
            "scheme",
            Status::Fail,
            "config `schemes` is not a table of [schemes.<name>] sections",
        ));
        return (out, loaded);
    };
    for (id, value) in schemes {
        let id_check = format!("scheme.{id}");
        if builtins().iter().any(|p| p.id() == id) || id == GENERIC {
            out.push(
                Finding::new(
                    id_check,
                    Status::Fail,
                    format!("config scheme `{id}` has the name of a built-in provider"),
                )
                .hint("give your scheme another name"),
            );
            continue;
        }
        let one: toml::Table = [(id.clone(), value.clone())].into_iter().collect();
        let built = parse_table(&one).and_then(|specs| {
            specs
                .iter()
                .try_for_each(|(id, spec)| spec.build(id, Origin::User).map(|_| ()))
        });
        match built {
            Ok(()) => {
                loaded.push(id.clone());
                out.push(Finding::new(id_check, Status::Ok, format!("scheme `{id}` loads")));
            }
            Err(e) => {
                let mut f = Finding::new(id_check, Status::Fail, e.message.clone());
                f.hint = e.hint.or(Some(
                    "README, \"Your own scheme, as data\", lists the fields".into(),
                ));
                out.push(f);
            }
        }
    }
    (out, loaded)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_broken_scheme_is_named_and_a_good_one_loads() {
        let config = Config::from_toml(
            "[schemes.good]\nsignature_header = \"X-Good\"\n\
             [schemes.bad1]\nsignature_header = \"X-Bad\"\nalgorithm = \"md5\"\n\
             [schemes.bad2]\nsignature_header = \"X-Bad2\"\ntemplate = \"{nope}\"\n",
        )
        .unwrap();
        let (findings, loaded) = user_schemes(&config);
        assert_eq!(loaded, ["good"]);
        let failed: Vec<_> = findings
            .iter()
            .filter(|f| f.status == Status::Fail)
            .map(|f| f.id.as_str())
            .collect();
        assert_eq!(failed, ["scheme.bad1", "scheme.bad2"]);
    }

    #[test]
    fn sources_are_named_and_values_never_appear() {
        let config = Config::from_toml("[providers.noko]\nsecret = \"cfg-secret-value\"\n").unwrap();
        let env = |k: &str| (k == "HOOKCTL_STRIPE_SECRET").then(|| "env-secret-value".into());
        let findings = found(&config, &[], &[], &env);
        let text = format!("{findings:?}");
        assert!(
            !text.contains("cfg-secret-value") && !text.contains("env-secret-value"),
            "{text}"
        );
        assert!(findings.iter().any(|f| f.id == "secret.noko"), "{text}");
        assert!(
            findings
                .iter()
                .any(|f| f.id == "secret.stripe" && f.detail.contains("HOOKCTL_STRIPE_SECRET")),
            "{text}"
        );
        assert!(!findings.iter().any(|f| f.id == "secret.none"));
        let none = found(&Config::default(), &[], &[], &|_| None);
        assert!(none
            .iter()
            .any(|f| f.id == "secret.none" && f.status == Status::Warn));
    }
}
