//! Builds the invented sample family through the store's public API: the source of the committed
//! fixture `tests/fixtures/sample-case.json` and of the round-trip tests.
#![allow(dead_code)]

use chrono::NaiveDate;
use contact_records_core::model::*;
use contact_records_core::rules::CalendarKind;
use contact_records_core::Store;

#[path = "support/sample_ceased.rs"]
mod ceased;
#[path = "support/sample_family.rs"]
mod family;
#[path = "support/sample_level1_log.rs"]
mod level1_log;
#[path = "support/sample_observed.rs"]
mod observed;
use observed::observed;
#[path = "support/sample_court_work.rs"]
pub mod court_work;

pub const SAMPLE_CASE_NUMBER: &str = "SA26P00417";

/// The day the sample was "written": every date in it is before this.
pub fn sample_today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

fn session(
    date: &str,
    start: &str,
    minutes: u32,
    status: SessionStatus,
    venue: &str,
) -> SessionInput {
    SessionInput {
        date: date.into(),
        start_time: start.into(),
        duration_minutes: minutes,
        venue: venue.into(),
        supervisor: "Rhys Morgan".into(),
        status,
        cancelled_by: None,
        cancel_reason: String::new(),
    }
}

fn at(person: PersonRef, arrived: &str, departed: &str, brought_by: &str) -> AttendanceInput {
    AttendanceInput {
        person,
        arrived: arrived.into(),
        departed: departed.into(),
        brought_by: brought_by.into(),
        late_reason: String::new(),
    }
}

/// Adds a session to the referral; returns its id (the newest session's).
fn held(s: &mut Store, referral: i64, input: &SessionInput) -> i64 {
    let d = s.add_session(referral, input, sample_today()).unwrap();
    d.sessions
        .iter()
        .max_by_key(|x| x.session.number)
        .unwrap()
        .session
        .id
}

/// Where the sample's sessions are held.
const VENUE: &str = "Tŷ Cyswllt Abertawe (Swansea Contact Centre)";

/// A referral of the sample family, ordered at the FHDRA, to the Swansea centre.
fn referral(
    service: Service,
    provider: &str,
    plan: &str,
    planned: u32,
    permitted: Vec<PersonRef>,
) -> ReferralInput {
    ReferralInput {
        service,
        cci_kinds: vec![],
        basis: Basis::OrderedAtFhdra,
        provider_name: provider.into(),
        provider_address: "Tŷ Cyswllt, 12 Heol y Brenin, Abertawe SA1 1AA".into(),
        provider_naccc_accredited: true,
        provider_email: "atgyfeiriadau@tycyswllt.example.org".into(),
        risk_assessment: "Allegation of verbal abuse by the father towards the mother in 2025, \
        not proven. No current safeguarding concerns about the children."
            .into(),
        risk_assessed_on: "28/08/2026".into(),
        risk_assessed_by: "Ffion Hughes".into(),
        session_plan: plan.into(),
        planned_sessions: Some(planned),
        remote_assessed_on: String::new(),
        remote_assessed_by: String::new(),
        remote_discussed: String::new(),
        remote_limitations: String::new(),
        remote_feedback: String::new(),
        permitted,
    }
}

/// The invented sample signers' key pairs (tests/fixtures/sample-signers.json): published on
/// purpose, so never trusted by default.
pub fn sample_secret_key(name: &str) -> String {
    let text = include_str!("../../../tests/fixtures/sample-signers.json");
    let v: serde_json::Value = serde_json::from_str(text).unwrap();
    v["signers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == name)
        .map(|s| s["secret_key"].as_str().unwrap().to_string())
        .unwrap()
}

/// Signs from now on as the sample signer `name` with their published sample key.
pub fn sign_as_sample(s: &mut Store, name: &str, role: &str) {
    let input = SignerInput {
        name: name.into(),
        role: role.into(),
    };
    s.use_signing_key(&input, &sample_secret_key(name)).unwrap();
}

/// The people of the sample case, by their store ids.
pub struct Sample {
    pub case_id: i64,
    pub supervised: i64,
    pub supported: i64,
    /// Session ids of the supervised referral, in number order.
    pub supervised_sessions: Vec<i64>,
    pub supported_sessions: Vec<i64>,
    /// The second supervised referral: one session held, one missed, a signed final record.
    pub ceased: i64,
    pub ceased_sessions: Vec<i64>,
    /// The court work added after the contact referrals: CCI, Level 2, Level 3, Level 1.
    pub court: court_work::CourtWork,
}

/// The Llŷr-Thompson family: Siân (7) and Dylan (4) live with their mother Heledd Llŷr; their
/// father Mark Thompson sees them at supervised contact, their grandmother Gwenllïan Gŵyn at
/// supported contact, which has ceased.
pub fn build_sample(s: &mut Store) -> Sample {
    let today = sample_today();
    s.set_calendar_kind(CalendarKind::EnglandWales).unwrap();
    s.add_closure_day(&ClosureDayInput {
        date: "24/12/2026".into(),
        reason: "Swyddfa ar gau / Office closed".into(),
    })
    .unwrap();
    let (case_id, [sian, dylan, mother, father, nain]) = family::build_family(s);

    let venue = VENUE;

    // Supervised contact with the father: four one-hour sessions on Saturdays.
    let sup = s
        .create_referral(
            case_id,
            &referral(
                Service::SupervisedContact,
                "Tŷ Cyswllt Abertawe",
                "Four one-hour supervised sessions on Saturday mornings, then review.",
                4,
                vec![sian, dylan, father],
            ),
            today,
        )
        .unwrap()
        .referral
        .id;
    s.mark_referral_sent(sup, "01/09/2026", today).unwrap();
    s.update_referral_dates(
        sup,
        &ReferralDatesInput {
            received_on: "02/09/2026".into(),
            accepted_on: "08/09/2026".into(),
            started_on: "19/09/2026".into(),
            ..Default::default()
        },
        today,
    )
    .unwrap();
    let mut supervised_sessions = Vec::new();
    for date in ["19/09/2026", "26/09/2026", "03/10/2026", "10/10/2026"] {
        let id = held(
            s,
            sup,
            &session(date, "10:00", 60, SessionStatus::TookPlace, venue),
        );
        supervised_sessions.push(id);
        s.record_attendance(id, &at(sian, "09:55", "11:00", "Heledd Llŷr"), today)
            .unwrap();
        s.record_attendance(id, &at(dylan, "09:55", "11:00", "Heledd Llŷr"), today)
            .unwrap();
        let mut f = at(father, "10:05", "11:00", "");
        if date == "26/09/2026" {
            f.arrived = "10:20".into();
            f.late_reason = "Said the bus from Llanelli was late.".into();
        }
        s.record_attendance(id, &f, today).unwrap();
    }
    s.create_incident(
        case_id,
        &IncidentInput {
            referral_id: Some(sup),
            session_id: Some(supervised_sessions[1]),
            occurred_on: "26/09/2026".into(),
            occurred_time: "10:45".into(),
            kind: IncidentKind::Abusive,
            by_whom: "Mark Thompson".into(),
            people_involved: "Mark Thompson; Rhys Morgan (supervisor)".into(),
            what_happened: "Raised his voice and swore at the supervisor when reminded not to \
                discuss the court case in front of the children."
                .into(),
            action_taken: "Supervisor intervened; the session continued calmly after five minutes."
                .into(),
            police_told_on: String::new(),
            police_told_whom: String::new(),
            social_services_told_on: String::new(),
            social_services_told_whom: String::new(),
            reported_to_referrer_on: "28/09/2026".into(),
            written_followup_sent_on: "29/09/2026".into(),
        },
        today,
    )
    .unwrap();

    // Supported contact with the grandmother: three sessions, one cancelled, then ceased.
    let spt = s
        .create_referral(
            case_id,
            &referral(
                Service::SupportedContact,
                "Tŷ Cyswllt Abertawe",
                "Three supported sessions of one and a half hours.",
                3,
                vec![sian, dylan, mother, nain],
            ),
            today,
        )
        .unwrap()
        .referral
        .id;
    s.mark_referral_sent(spt, "01/10/2026", today).unwrap();
    s.update_referral_dates(
        spt,
        &ReferralDatesInput {
            received_on: "02/10/2026".into(),
            accepted_on: "06/10/2026".into(),
            started_on: "17/10/2026".into(),
            ..Default::default()
        },
        today,
    )
    .unwrap();
    // The centre's pre-contact assessment comes before the first supported session.
    s.record_pre_contact(
        spt,
        &PreContactInput {
            assessed_on: "13/10/2026".into(),
            assessed_by: "Eleri Prys, coordinator".into(),
            notes: "Met Mrs Gŵyn and the children's mother separately. No risk to any party found."
                .into(),
        },
        today,
    )
    .unwrap();
    let mut supported_sessions = Vec::new();
    for (date, status) in [
        ("17/10/2026", SessionStatus::TookPlace),
        ("24/10/2026", SessionStatus::Cancelled),
        ("31/10/2026", SessionStatus::TookPlace),
    ] {
        let mut input = session(date, "14:00", 90, status, venue);
        if status == SessionStatus::Cancelled {
            input.cancelled_by = Some(CancelledBy::VisitingParty);
            input.cancel_reason = "Mrs Gŵyn was unwell.".into();
        }
        let id = held(s, spt, &input);
        supported_sessions.push(id);
        if status == SessionStatus::TookPlace {
            s.record_attendance(id, &at(sian, "13:55", "15:30", "Heledd Llŷr"), today)
                .unwrap();
            s.record_attendance(id, &at(dylan, "13:55", "15:30", "Heledd Llŷr"), today)
                .unwrap();
            s.record_attendance(id, &at(mother, "13:55", "14:05", ""), today)
                .unwrap();
            s.record_attendance(id, &at(nain, "13:50", "15:30", ""), today)
                .unwrap();
        }
    }
    s.update_referral_dates(
        spt,
        &ReferralDatesInput {
            received_on: "02/10/2026".into(),
            accepted_on: "06/10/2026".into(),
            started_on: "17/10/2026".into(),
            ceased_on: "31/10/2026".into(),
            ..Default::default()
        },
        today,
    )
    .unwrap();
    // Records of Observed Contact: the first three finalised (the first with an addendum), the
    // fourth still a draft; and the Record of Supported Contact, finalised after contact ceased.
    let signer = SignerInput {
        name: "Rhys Morgan".into(),
        role: "Contact supervisor".into(),
    };
    sign_as_sample(s, "Rhys Morgan", "Contact supervisor");
    let (sian_id, dylan_id) = match (sian, dylan) {
        (PersonRef::Child(a), PersonRef::Child(b)) => (a, b),
        _ => unreachable!(),
    };
    for (i, session_id) in supervised_sessions.iter().enumerate() {
        s.save_record_draft(*session_id, &observed(i, sian_id, dylan_id), today)
            .unwrap();
        if i == 3 {
            continue;
        }
        let signed_at = NaiveDate::from_ymd_opt(2026, 9, 19 + 7 * i as u32)
            .unwrap_or(today)
            .and_hms_opt(16, 30, 0)
            .unwrap();
        let signed_at = if i == 2 {
            NaiveDate::from_ymd_opt(2026, 10, 3)
                .unwrap()
                .and_hms_opt(16, 30, 0)
                .unwrap()
        } else {
            signed_at
        };
        let view = s.finalise_record(*session_id, &signer, signed_at).unwrap();
        if i == 0 {
            s.add_addendum(
                view.record_id.unwrap(),
                &AddendumInput {
                    reason: "Correction of a name".into(),
                    text: "In the summary, \"Nain\" refers to Gwenllïan Gŵyn, the children's \
                        grandmother, who was not present."
                        .into(),
                    name: "Rhys Morgan".into(),
                    role: "Contact supervisor".into(),
                },
                NaiveDate::from_ymd_opt(2026, 9, 22)
                    .unwrap()
                    .and_hms_opt(9, 15, 0)
                    .unwrap(),
            )
            .unwrap();
        }
    }
    sign_as_sample(s, "Catrin Pŵel", "Centre coordinator");
    s.finalise_supported_record(
        spt,
        &SignerInput {
            name: "Catrin Pŵel".into(),
            role: "Centre coordinator".into(),
        },
        NaiveDate::from_ymd_opt(2026, 11, 2)
            .unwrap()
            .and_hms_opt(11, 0, 0)
            .unwrap(),
    )
    .unwrap();

    let (fin, ceased_sessions) =
        ceased::build_ceased_block(s, case_id, [sian, dylan, father], &signer);
    let court = court_work::build_court_work(
        s,
        &court_work::People {
            case_id,
            sian,
            dylan,
            mother,
            father,
        },
    );
    Sample {
        court,
        case_id,
        supervised: sup,
        supported: spt,
        supervised_sessions,
        supported_sessions,
        ceased: fin,
        ceased_sessions,
    }
}
