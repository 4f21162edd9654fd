//! The invented cases as a case bundle (version 2), built from the seed.

use chrono::{Datelike, Duration, NaiveDate};
use serde_json::{json, Value};

use super::rng::Rng;
use super::words::*;
use super::Generated;

/// Every service, so the second referral of the cases goes round them all.
const SERVICES: &[&str] = &[
    "supported_contact",
    "supervised_contact",
    "remote_supervised_contact",
    "child_contact_intervention",
    "level1_indirect_contact_support",
    "level1_individual_work_with_children",
    "level1_escorted_contact",
    "level2_contact_intervention",
    "level3_contact_supervision",
    "spip",
];
const INCIDENT_KINDS: &[&str] = &["violent", "threatening", "abusive"];
const SESSIONS: i64 = 6;

/// The bundle's text and what it holds (records signed later are counted by the caller).
pub fn invented_bundle(cases: u32, seed: u64, today: NaiveDate) -> (String, Generated) {
    let (mut bundles, made) = invented_bundles(cases, seed, today, cases.max(1) as usize);
    (bundles.pop().unwrap_or_default(), made)
}

/// The same cases as [`invented_bundle`], split into bundles of at most `per_bundle` cases, so
/// that each stays under the size a bundle may have (a 5,000-case bundle would be about 85 MB).
pub fn invented_bundles(
    cases: u32,
    seed: u64,
    today: NaiveDate,
    per_bundle: usize,
) -> (Vec<String>, Generated) {
    let mut rng = Rng::new(seed);
    let mut made = Generated::default();
    let list: Vec<Value> = (0..cases)
        .map(|i| case(&mut rng, i, seed, today, &mut made))
        .collect();
    let bundles = list
        .chunks(per_bundle.max(1))
        .map(|chunk| {
            json!({
                "format": "contact-records/case-bundle",
                "version": 2,
                "exported_at": format!("{}T09:00:00Z", today),
                "settings": {"calendar_kind": "england_wales", "closure_days": []},
                "cases": chunk,
                "signers": [],
            })
            .to_string()
        })
        .collect();
    (bundles, made)
}

fn day(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

fn case(rng: &mut Rng, i: u32, seed: u64, today: NaiveDate, made: &mut Generated) -> Value {
    let (prefix, court) = COURTS[rng.below(COURTS.len())];
    let family = rng.pick(FAMILY_NAMES);
    let father_family = rng.pick(FAMILY_NAMES);
    let children_count = 1 + rng.below(2);
    let children: Vec<Value> = (0..children_count)
        .map(|k| {
            let year = today.year() - 3 - rng.below(11) as i32;
            let dob = NaiveDate::from_ymd_opt(year, 1 + rng.below(12) as u32, 1 + rng.below(28) as u32)
                .unwrap_or(today);
            json!({
                "ref": format!("child-{}", k + 1),
                "full_name": format!("{} {}", rng.pick(FIRST_NAMES), family),
                "date_of_birth": day(dob),
                "language": if rng.below(2) == 0 { "welsh" } else { "english" },
                "needs": if k == 0 { "Welsh-speaking; likes to bring a favourite toy." } else { "" },
            })
        })
        .collect();
    let father = format!("{} {}", rng.pick(ADULT_FIRST_NAMES), father_family);
    let mut adults = vec![
        json!({"ref": "adult-1", "full_name": format!("{} {}", rng.pick(ADULT_FIRST_NAMES), family),
               "role": "mother", "party": "resident", "contact_details": "07700 900000",
               "language": "welsh"}),
        json!({"ref": "adult-2", "full_name": father, "role": "father", "party": "visiting",
               "contact_details": "invented@example.org", "language": "english"}),
    ];
    if i.is_multiple_of(4) {
        adults.push(json!({"ref": "adult-3",
            "full_name": format!("{} {}", rng.pick(ADULT_FIRST_NAMES), family),
            "role": "grandparent", "party": "visiting", "contact_details": "", "language": "welsh"}));
    }
    let kids: Vec<String> = (0..children_count)
        .map(|k| format!("child-{}", k + 1))
        .collect();
    // Sessions from about two years ago to two months ago, so every month has some.
    let start = today - Duration::days(60 + rng.below(700) as i64);
    let centre = rng.pick(CENTRES);
    let supervisor = rng.pick(SUPERVISORS);
    let first = referral(
        rng,
        "supervised_contact",
        start,
        centre,
        supervisor,
        &kids,
        true,
        made,
    );
    let second_start = start + Duration::days(3);
    let service = SERVICES[i as usize % SERVICES.len()];
    let second = referral(
        rng,
        service,
        second_start,
        centre,
        supervisor,
        &kids,
        false,
        made,
    );
    let mut incidents = Vec::new();
    if i.is_multiple_of(5) {
        let on = start + Duration::days(7);
        incidents.push(json!({
            "referral": 0, "session": 2, "occurred_on": day(on), "occurred_time": "10:30",
            "kind": INCIDENT_KINDS[rng.below(INCIDENT_KINDS.len())],
            "by_whom": father, "people_involved": format!("{father}; {supervisor} (supervisor)"),
            "what_happened": rng.pick(INCIDENTS),
            "action_taken": "The supervisor intervened and the session ended early.",
            "police_told_on": null, "police_told_whom": "",
            "social_services_told_on": null, "social_services_told_whom": "",
            "reported_to_referrer_on": day(on + Duration::days(1)),
            "written_followup_sent_on": day(on + Duration::days(2)),
        }));
        made.incidents += 1;
    }
    made.cases += 1;
    made.referrals += 2;
    json!({
        "court_case_number": format!("INV-{prefix}{:02}P{:05}", start.year() % 100, i + 1),
        "signed_as_number": null,
        "case_name": format!("Re: {} (invented)", family),
        "court": court,
        "cafcass_number": format!("INV-{}", 100_000 + i),
        "cafcass_system": if i.is_multiple_of(2) { "iris" } else { "ecms" },
        "adviser_name": rng.pick(SUPERVISORS),
        "status": if i % 3 == 2 { "closed" } else { "open" },
        "notes": format!("Invented case for training and measuring, made by `contact-records generate` (seed {seed}). Not a real family."),
        "children": children,
        "adults": adults,
        "referrals": [first, second],
        "incidents": incidents,
    })
}

#[allow(clippy::too_many_arguments)]
fn referral(
    rng: &mut Rng,
    service: &str,
    start: NaiveDate,
    centre: &str,
    supervisor: &str,
    kids: &[String],
    records: bool,
    made: &mut Generated,
) -> Value {
    let spip = service == "spip";
    let mut permitted: Vec<String> = if spip { vec![] } else { kids.to_vec() };
    permitted.extend(if spip {
        vec!["adult-1".into(), "adult-2".into()]
    } else {
        vec!["adult-2".to_string()]
    });
    let count = if spip { 2 } else { SESSIONS };
    let sessions: Vec<Value> = (0..count)
        .map(|n| {
            let date = start + Duration::days(7 * n);
            let (time, minutes, attendance) = if spip {
                let who = format!("adult-{}", n + 1);
                ("09:30", 240, vec![json!({"person": who, "arrived": "09:30", "departed": "13:30", "brought_by": "", "late_reason": ""})])
            } else {
                let mut a: Vec<Value> = kids
                    .iter()
                    .map(|k| json!({"person": k, "arrived": "09:55", "departed": "11:00", "brought_by": "Mother", "late_reason": ""}))
                    .collect();
                a.push(json!({"person": "adult-2", "arrived": "10:00", "departed": "11:00", "brought_by": "", "late_reason": ""}));
                ("10:00", 60, a)
            };
            made.sessions += 1;
            let record = if records {
                made.records += 1;
                record(rng, n + 1, kids)
            } else {
                Value::Null
            };
            json!({
                "number": n + 1, "date": day(date), "start_time": time, "duration_minutes": minutes,
                "venue": centre, "supervisor": supervisor, "status": "took_place",
                "cancelled_by": null, "cancel_reason": "", "attendance": attendance, "record": record,
            })
        })
        .collect();
    let remote = service == "remote_supervised_contact";
    json!({
        "service": service,
        "cci_kinds": if service == "child_contact_intervention" { json!(["observe_contact"]) } else { json!([]) },
        "basis": "ordered_at_fhdra",
        "provider_name": centre,
        "provider_address": format!("{centre}, 1 Heol yr Ysgol"),
        "provider_naccc_accredited": true,
        "provider_email": "referrals@centre.example.org",
        "risk_assessment": "Allegation of verbal abuse between the parents, not proven. No current safeguarding concerns about the children.",
        "risk_assessed_on": day(start - Duration::days(20)),
        "risk_assessed_by": supervisor,
        "session_plan": "Weekly sessions at the centre, then a review.",
        "planned_sessions": count,
        "remote_assessed_on": if remote { json!(day(start - Duration::days(10))) } else { Value::Null },
        "remote_assessed_by": if remote { supervisor } else { "" },
        "remote_discussed": if remote { "Both parents, by telephone: how the video calls will run and who joins them." } else { "" },
        "remote_limitations": if remote { "The supervisor can end a call but cannot step in as at a centre; the calls are not recorded." } else { "" },
        "remote_feedback": if remote { "The supervisor emails both parents after each call; concerns go to the FCA the same day." } else { "" },
        "permitted": permitted,
        "sent_on": day(start - Duration::days(14)),
        "received_on": day(start - Duration::days(13)),
        "accepted_on": day(start - Duration::days(7)),
        "declined_on": null,
        "started_on": day(start),
        "ceased_on": null,
        // Reviewed after the 4th weekly session, as the rules ask before the 5th is held.
        "reviewed_on": if spip { Value::Null } else { json!(day(start + Duration::days(22))) },
        "sessions": sessions,
        "supported_record": null,
        // Supported contact holds no session before the centre's pre-contact assessment.
        "pre_contact": if service == "supported_contact" {
            json!({"assessed_on": day(start - Duration::days(3)), "assessed_by": supervisor,
                   "notes": "No risk to any party found."})
        } else {
            Value::Null
        },
    })
}

/// A draft Record of Observed Contact of one to two kilobytes.
fn record(rng: &mut Rng, number: i64, kids: &[String]) -> Value {
    let children: Vec<Value> = kids
        .iter()
        .map(|k| json!({"child": k, "observations": rng.sentences(OBSERVATIONS, 2), "quotes": ["Can we come again next week?"]}))
        .collect();
    json!({
        "kind": "observed",
        "status": "draft",
        "content": {
            "actual_start": "10:00",
            "actual_end": "11:00",
            "aim_and_requirements": "To observe the quality of the visiting parent's time with the children; the referrer asks that any talk of the court case is noted.",
            "arrival_and_greeting": rng.sentences(ARRIVALS, 2),
            "adult_engagement": rng.sentences(ENGAGEMENT, 3),
            "children": children,
            "physical_contact_gifts_food_photos_phones": "Hugs on arrival and leaving. Fruit brought. No photographs; phones stayed in the lockers.",
            "conversation_about_case": "None.",
            "interventions": [],
            "concerns_and_safeguarding": "None.",
            "ending_and_handover": rng.pick(ENDINGS),
            "summary": format!("Session {number} went ahead as planned. {}", rng.pick(ENGAGEMENT)),
            "worker_reflections": "",
            "communications": [],
        },
        "signature": null,
        "signed_snapshot": null,
        "fingerprint": null,
        "signature_ed25519": null,
        "addenda": [],
    })
}
