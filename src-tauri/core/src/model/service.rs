//! The contact services a case can be referred to, and what each one implies: where it happens,
//! whether it is supervised, what the provider reports, and how long it may run (seeds 000-004).

use serde::{Deserialize, Serialize};

/// One of the ten services of the issue. The serde names are stored in the database.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum Service {
    /// Supported contact at a contact centre (Cafcass Cymru Expectation Statement).
    SupportedContact,
    /// Supervised contact at a contact centre (Cafcass Cymru Expectation Statement).
    SupervisedContact,
    /// Remote supervised contact, only after an FCA/FCSW found it suitable (Cafcass Cymru Expectation Statement).
    RemoteSupervisedContact,
    /// Child Contact Intervention (JFCAS, Cafcass; JFCAS: Child contact interventions).
    ChildContactIntervention,
    #[serde(rename = "level1_indirect_contact_support")]
    Level1IndirectContactSupport,
    #[serde(rename = "level1_individual_work_with_children")]
    Level1IndividualWorkWithChildren,
    #[serde(rename = "level1_escorted_contact")]
    Level1EscortedContact,
    /// Level 2: contact intervention, observed and reported (Cafcass: Examples of types of child contact services).
    #[serde(rename = "level2_contact_intervention")]
    Level2ContactIntervention,
    /// Level 3: contact supervision, social-work intervention and report (Cafcass: Examples of types of child contact services).
    #[serde(rename = "level3_contact_supervision")]
    Level3ContactSupervision,
    /// Separated Parents Information Programme (Cafcass: Child Contact Interventions and SPIP).
    Spip,
}

/// The longest a service may run before it ends or is reviewed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case", tag = "unit", content = "count")]
pub enum MaxPeriod {
    Weeks(u32),
    Months(u32),
}

impl Service {
    pub const ALL: [Service; 10] = [
        Service::SupportedContact,
        Service::SupervisedContact,
        Service::RemoteSupervisedContact,
        Service::ChildContactIntervention,
        Service::Level1IndirectContactSupport,
        Service::Level1IndividualWorkWithChildren,
        Service::Level1EscortedContact,
        Service::Level2ContactIntervention,
        Service::Level3ContactSupervision,
        Service::Spip,
    ];

    /// The name people use.
    pub fn label(self) -> &'static str {
        match self {
            Service::SupportedContact => "Supported contact",
            Service::SupervisedContact => "Supervised contact",
            Service::RemoteSupervisedContact => "Remote supervised contact",
            Service::ChildContactIntervention => "Child Contact Intervention",
            Service::Level1IndirectContactSupport => "Level 1 indirect contact support",
            Service::Level1IndividualWorkWithChildren => "Level 1 individual work with children",
            Service::Level1EscortedContact => "Level 1 escorted contact",
            Service::Level2ContactIntervention => {
                "Level 2 contact intervention, observed and reported"
            }
            Service::Level3ContactSupervision => {
                "Level 3 contact supervision, social work intervention and report"
            }
            Service::Spip => "Separated Parents Information Programme (SPIP)",
        }
    }

    /// Contact at a contact centre (or its remote equivalent): the services Cafcass Cymru Expectation Statement limits to
    /// 6 hours per referral and reviews after the initial sessions.
    pub fn is_centre_based(self) -> bool {
        matches!(
            self,
            Service::SupportedContact
                | Service::SupervisedContact
                | Service::RemoteSupervisedContact
        )
    }

    /// Supervised contact, which needs a Record of Observed Contact after each session.
    pub fn is_supervised(self) -> bool {
        matches!(
            self,
            Service::SupervisedContact | Service::RemoteSupervisedContact
        )
    }

    /// Only remote supervised contact needs the FCA/FCSW's suitability assessment (Cafcass Cymru Expectation Statement).
    pub fn needs_remote_assessment(self) -> bool {
        self == Service::RemoteSupervisedContact
    }

    /// The longest the service runs: 12 weeks before review for a CCI (JFCAS: Child contact interventions), the Level 1-3
    /// periods of Cafcass: Examples of types of child contact services; centre-based contact is limited by hours instead, and SPIP is one session.
    pub fn max_period(self) -> Option<MaxPeriod> {
        match self {
            Service::ChildContactIntervention => Some(MaxPeriod::Weeks(12)),
            Service::Level1IndirectContactSupport => Some(MaxPeriod::Months(12)),
            Service::Level1IndividualWorkWithChildren => Some(MaxPeriod::Months(6)),
            Service::Level1EscortedContact => Some(MaxPeriod::Months(3)),
            Service::Level2ContactIntervention | Service::Level3ContactSupervision => {
                Some(MaxPeriod::Months(6))
            }
            Service::SupportedContact
            | Service::SupervisedContact
            | Service::RemoteSupervisedContact
            | Service::Spip => None,
        }
    }

    /// The seed a service's rules come from, for deadline sources.
    pub fn source(self) -> &'static str {
        match self {
            Service::SupportedContact
            | Service::SupervisedContact
            | Service::RemoteSupervisedContact => {
                "Cafcass Cymru Expectation Statement: Child Contact Services"
            }
            Service::ChildContactIntervention => "JFCAS: Child contact interventions",
            Service::Spip => "Cafcass: Child Contact Interventions and the Separated Parents Information Programme",
            _ => "Cafcass: Examples of types of child contact services",
        }
    }
}

impl MaxPeriod {
    /// "12 weeks", "3 months".
    pub fn describe(self) -> String {
        match self {
            MaxPeriod::Weeks(n) => format!("{n} weeks"),
            MaxPeriod::Months(n) => format!("{n} months"),
        }
    }
}

/// The kinds of work a Child Contact Intervention can include (JFCAS: Child contact interventions).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum CciKind {
    PrepareChildren,
    PrepareParents,
    ObserveContact,
    SustainContact,
    IndirectContact,
    ResolveAdultDisputes,
}

impl CciKind {
    pub fn label(self) -> &'static str {
        match self {
            CciKind::PrepareChildren => "Work with children to prepare for contact",
            CciKind::PrepareParents => "Work with parents to prepare for contact",
            CciKind::ObserveContact => "Intervention and observation of contact",
            CciKind::SustainContact => "Sustaining contact",
            CciKind::IndirectContact => "Indirect contact",
            CciKind::ResolveAdultDisputes => "Helping adults negotiate and resolve disputes",
        }
    }
}

/// Why the referral is made, which decides who funds it (Cafcass Cymru Expectation Statement).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// Ordered at the FHDRA after consulting the duty FCA/FCSW, agreed by both parties.
    OrderedAtFhdra,
    /// An FCA/FCSW report recommendation, or active and ongoing involvement.
    FcaRecommendation,
    /// The parties refer themselves and pay.
    SelfReferral,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::sql::enum_text;

    #[test]
    fn only_the_three_centre_services_are_centre_based() {
        let centre: Vec<_> = Service::ALL
            .into_iter()
            .filter(|s| s.is_centre_based())
            .collect();
        assert_eq!(
            centre,
            [
                Service::SupportedContact,
                Service::SupervisedContact,
                Service::RemoteSupervisedContact
            ]
        );
    }

    #[test]
    fn periods_follow_seeds_000_and_003() {
        use MaxPeriod::*;
        let p = |s: Service| s.max_period();
        assert_eq!(p(Service::ChildContactIntervention), Some(Weeks(12)));
        assert_eq!(p(Service::Level1IndirectContactSupport), Some(Months(12)));
        assert_eq!(
            p(Service::Level1IndividualWorkWithChildren),
            Some(Months(6))
        );
        assert_eq!(p(Service::Level1EscortedContact), Some(Months(3)));
        assert_eq!(p(Service::Level2ContactIntervention), Some(Months(6)));
        assert_eq!(p(Service::Level3ContactSupervision), Some(Months(6)));
        assert_eq!(p(Service::SupervisedContact), None);
        assert_eq!(p(Service::Spip), None);
    }

    #[test]
    fn stored_names_match_the_migrations_check() {
        let sql = include_str!("../../migrations/0002_referrals_sessions_incidents.sql");
        for s in Service::ALL {
            assert!(sql.contains(&format!("'{}'", enum_text(&s))), "{s:?}");
        }
    }
}
