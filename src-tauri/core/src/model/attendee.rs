//! A reference to one person of a case (a child or an adult), as named on a referral or recorded
//! at a session.

use serde::{Deserialize, Serialize};

use super::person::AdultRole;

/// One child or one adult of the case, by id: `{"kind": "child", "id": 3}`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, specta::Type,
)]
#[serde(rename_all = "snake_case", tag = "kind", content = "id")]
pub enum PersonRef {
    Child(i64),
    Adult(i64),
}

impl PersonRef {
    /// The (child_id, adult_id) pair stored in a row, exactly one of them set.
    pub fn columns(self) -> (Option<i64>, Option<i64>) {
        match self {
            PersonRef::Child(id) => (Some(id), None),
            PersonRef::Adult(id) => (None, Some(id)),
        }
    }

    /// Reads the pair back; `None` when the row breaks the one-of-two rule (a damaged row).
    pub fn from_columns(child_id: Option<i64>, adult_id: Option<i64>) -> Option<PersonRef> {
        match (child_id, adult_id) {
            (Some(c), None) => Some(PersonRef::Child(c)),
            (None, Some(a)) => Some(PersonRef::Adult(a)),
            _ => None,
        }
    }
}

/// A person named on a referral, with what the screens and messages need to name them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct NamedPerson {
    pub person: PersonRef,
    pub full_name: String,
    /// "child", "mother", "father", "grandparent", "other relative", "other adult".
    pub description: String,
}

/// How a person is described beside their name: "child", or the adult's role.
pub fn describe(role: Option<AdultRole>) -> &'static str {
    match role {
        None => "child",
        Some(AdultRole::Mother) => "mother",
        Some(AdultRole::Father) => "father",
        Some(AdultRole::Grandparent) => "grandparent",
        Some(AdultRole::OtherRelative) => "other relative",
        Some(AdultRole::Other) => "other adult",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serialises_with_kind_and_id() {
        assert_eq!(
            serde_json::to_value(PersonRef::Adult(7)).unwrap(),
            serde_json::json!({"kind": "adult", "id": 7})
        );
    }

    #[test]
    fn columns_round_trip_and_refuse_both_or_neither() {
        for p in [PersonRef::Child(1), PersonRef::Adult(2)] {
            let (c, a) = p.columns();
            assert_eq!(PersonRef::from_columns(c, a), Some(p));
        }
        assert_eq!(PersonRef::from_columns(Some(1), Some(2)), None);
        assert_eq!(PersonRef::from_columns(None, None), None);
    }
}
