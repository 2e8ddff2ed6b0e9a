//! What the command relies on in every [`Spec`]: a value list wherever `unsupported` lets the
//! flag that needs it through, and one way for each credential.

use super::*;

fn lets_through(spec: &Spec, action: Action) -> bool {
    (spec.unsupported)(&action).is_none()
}

#[test]
fn ids_are_unique_and_found() {
    for s in ALL {
        assert!(
            std::ptr::eq(spec(s.id).expect("listed spec is found"), *s),
            "{}",
            s.id
        );
        assert_eq!(ALL.iter().filter(|o| o.id == s.id).count(), 1, "{}", s.id);
    }
    assert!(spec("stripe").is_none());
}

#[test]
fn every_accepted_filter_has_its_values() {
    for s in ALL {
        let list = Action::List {
            state: Some("enabled".into()),
            name: None,
        };
        assert_eq!(
            lets_through(s, list),
            !s.list_states.is_empty(),
            "{} list --state",
            s.id
        );
        let update = Action::Update {
            id: "x".into(),
            change: Change {
                status: Some("ACTIVE".into()),
                ..Change::default()
            },
        };
        assert_eq!(
            lets_through(s, update),
            !s.endpoint_statuses.is_empty(),
            "{} update --status",
            s.id
        );
        let deliveries = Action::Deliveries {
            id: "x".into(),
            status: None,
            since: None,
        };
        assert_eq!(
            lets_through(s, deliveries),
            !s.delivery_statuses.is_empty(),
            "{} deliveries --status",
            s.id
        );
    }
}

#[test]
fn values_are_in_the_case_the_command_compares() {
    for s in ALL {
        assert!(
            s.list_states.iter().all(|v| *v == v.to_ascii_lowercase()),
            "{}",
            s.id
        );
        for v in s.endpoint_statuses.iter().chain(s.delivery_statuses) {
            assert_eq!(*v, v.to_ascii_uppercase(), "{}", s.id);
        }
    }
}

#[test]
fn a_client_id_header_is_only_for_providers_without_the_grant() {
    for s in ALL {
        assert!(
            s.client_id_header.is_none() || s.token_url.is_none(),
            "{} has both a token endpoint and a client-id header",
            s.id
        );
    }
}

#[test]
fn rotation_by_recreate_issues_a_new_secret() {
    for s in ALL {
        if s.rotation == Rotation::Recreate {
            assert!(
                lets_through(s, Action::RotateSecret { id: "x".into() }),
                "{}",
                s.id
            );
            assert_eq!(s.signing_secret, SigningSecret::PerEndpoint, "{}", s.id);
        }
    }
}
