//! The commands' inputs as the window sends them, aimed at the sample case's ids.

use contact_records_core::bundle::{import_bundle, ImportOptions};
use contact_records_core::model::*;
use contact_records_core::{Error, Store};
use serde::de::DeserializeOwned;
use serde_json::{json, Value};

use super::mutate::{mutate_tree, Rng};
use super::targets::{fresh_store, plain_words, today, SAMPLE};
use super::{Outcome, Target};

/// The ids of the sample case, to aim the commands at.
struct Ids {
    case: i64,
    children: Vec<i64>,
    adults: Vec<i64>,
    referrals: Vec<i64>,
    sessions: Vec<i64>,
    records: Vec<i64>,
}

pub struct Commands {
    store: Store,
    ids: Ids,
    seeds: Vec<(&'static str, Value)>,
}

fn sample_store() -> (Store, Ids) {
    let mut store = fresh_store();
    let trusting = ImportOptions {
        as_new: false,
        trust_new_signers: true,
    };
    let summary = import_bundle(&mut store, SAMPLE, trusting, today())
        .unwrap_or_else(|e| panic!("the sample imports: {}", e.message));
    let case = summary.cases[0].case_id;
    let detail = store
        .get_case(case)
        .unwrap_or_else(|e| panic!("{}", e.message));
    let referrals: Vec<i64> = store
        .list_referrals(case)
        .unwrap_or_default()
        .iter()
        .map(|r| r.id)
        .collect();
    let mut sessions = Vec::new();
    for r in &referrals {
        if let Ok(d) = store.get_referral(*r, today()) {
            sessions.extend(d.sessions.iter().map(|s| s.session.id));
        }
    }
    let records = store
        .case_records(case)
        .unwrap_or_default()
        .iter()
        .map(|r| r.record_id)
        .collect();
    let ids = Ids {
        case,
        children: detail.children.iter().map(|c| c.id).collect(),
        adults: detail.adults.iter().map(|a| a.id).collect(),
        referrals,
        sessions,
        records,
    };
    (store, ids)
}

fn seeds(ids: &Ids) -> Vec<(&'static str, Value)> {
    let child = ids.children.first().copied().unwrap_or(1);
    let adult = ids.adults.first().copied().unwrap_or(1);
    vec![
        (
            "create_case",
            json!({"court": "Family Court at Cardiff", "court_case_number": "CF26P00999",
            "cafcass_number": "IRIS-1", "cafcass_system": "iris", "adviser_name": "Ffion Hughes",
            "case_name": "Re: F (a child)", "status": "open", "notes": "Notes"}),
        ),
        (
            "add_child",
            json!({"full_name": "Elis Hughes", "date_of_birth": "01/02/2019",
            "language": "welsh", "needs": ""}),
        ),
        (
            "add_adult",
            json!({"full_name": "Mari Hughes", "role": "mother", "party": "resident",
            "contact_details": "07700 900123", "language": "english"}),
        ),
        (
            "create_referral",
            json!({"service": "supervised_contact", "cci_kinds": [],
            "basis": "ordered_at_fhdra", "provider_name": "Cardiff Centre", "provider_address": "1 Road",
            "provider_naccc_accredited": true, "provider_email": "a@b.org", "risk_assessment": "None",
            "risk_assessed_on": "01/11/2026", "risk_assessed_by": "Rhys", "session_plan": "Weekly",
            "planned_sessions": 6, "remote_assessed_on": "", "remote_assessed_by": "",
            "permitted": [{"child": child}, {"adult": adult}]}),
        ),
        (
            "add_session",
            json!({"date": "21/11/2026", "start_time": "10:00", "duration_minutes": 60,
            "venue": "Cardiff", "supervisor": "Rhys", "status": "scheduled", "cancelled_by": null,
            "cancel_reason": ""}),
        ),
        (
            "record_attendance",
            json!({"person": {"child": child}, "arrived": "10:00",
            "departed": "11:00", "brought_by": "Mother", "late_reason": ""}),
        ),
        (
            "create_incident",
            json!({"referral_id": null, "session_id": null,
            "occurred_on": "20/11/2026", "occurred_time": "10:30", "kind": "abusive",
            "by_whom": "Father", "people_involved": "Both", "what_happened": "Shouting",
            "action_taken": "Ended", "police_told_on": "", "police_told_whom": "",
            "social_services_told_on": "", "social_services_told_whom": "",
            "reported_to_referrer_on": "", "written_followup_sent_on": ""}),
        ),
        (
            "add_closure_day",
            json!({"date": "24/12/2026", "reason": "Training"}),
        ),
        (
            "update_referral_dates",
            json!({"received_on": "01/11/2026", "accepted_on": "",
            "declined_on": "", "started_on": "", "ceased_on": "", "reviewed_on": ""}),
        ),
        (
            "save_record_draft",
            serde_json::to_value(RecordContent {
                summary: "Went well".into(),
                ..Default::default()
            })
            .unwrap_or(Value::Null),
        ),
        (
            "add_addendum",
            json!({"reason": "Typo", "text": "Should read 10:05", "name": "Rhys",
            "role": "Supervisor"}),
        ),
    ]
}

impl Commands {
    pub fn new() -> Self {
        let (store, ids) = sample_store();
        let seeds = seeds(&ids);
        Commands { store, ids, seeds }
    }

    fn id_for(&self, command: &str, rng: &mut Rng) -> i64 {
        if rng.chance(10) {
            return *rng.pick(&[0, -1, i64::MAX, i64::MIN, 999_999]);
        }
        let pool = match command {
            "add_child" | "add_adult" | "create_referral" | "create_incident" | "create_case" => {
                vec![self.ids.case]
            }
            "add_session" | "update_referral_dates" => self.ids.referrals.clone(),
            "record_attendance" | "save_record_draft" => self.ids.sessions.clone(),
            "add_addendum" => self.ids.records.clone(),
            _ => vec![self.ids.case],
        };
        pool.get(rng.below(pool.len())).copied().unwrap_or(1)
    }
}

fn args<T: DeserializeOwned>(v: &Value) -> Option<T> {
    serde_json::from_value(v.clone()).ok()
}

/// Calls one command with its input. `None` when the input would not deserialize (the window
/// would be refused by Tauri before any of our code ran).
fn call(s: &mut Store, command: &str, id: i64, v: &Value) -> Option<Result<(), Error>> {
    let t = today();
    Some(match command {
        "create_case" => s.create_case(&args(v)?).map(drop),
        "add_child" => s.add_child(id, &args(v)?, t).map(drop),
        "add_adult" => s.add_adult(id, &args(v)?).map(drop),
        "create_referral" => s.create_referral(id, &args(v)?, t).map(drop),
        "add_session" => s.add_session(id, &args(v)?, t).map(drop),
        "record_attendance" => s.record_attendance(id, &args(v)?, t).map(drop),
        "create_incident" => s.create_incident(id, &args(v)?, t).map(drop),
        "add_closure_day" => s.add_closure_day(&args(v)?).map(drop),
        "update_referral_dates" => s.update_referral_dates(id, &args(v)?, t).map(drop),
        "save_record_draft" => s.save_record_draft(id, &args(v)?, t).map(drop),
        "add_addendum" => {
            let now = t.and_hms_opt(16, 30, 0).unwrap_or_default();
            s.add_addendum(id, &args(v)?, now).map(drop)
        }
        _ => return None,
    })
}

/// Marks the end of a command run inside a batch that is always rolled back.
const ROLLBACK: &str = "fuzz: roll back";

impl Target for Commands {
    fn name(&self) -> &'static str {
        "commands"
    }

    fn make(&mut self, rng: &mut Rng) -> String {
        let (command, seed) = rng.pick(&self.seeds).clone();
        let mut v = seed;
        mutate_tree(rng, &mut v);
        let id = self.id_for(command, rng);
        json!({"command": command, "id": id, "args": v}).to_string()
    }

    fn run(&mut self, input: &str) -> Outcome {
        let v: Value = serde_json::from_str(input).map_err(|e| e.to_string())?;
        let command = v["command"].as_str().unwrap_or_default().to_string();
        let id = v["id"].as_i64().unwrap_or(0);
        let mut outcome = None;
        // Every command runs inside a batch that is then rolled back, so the store stays as the
        // sample left it and each input meets the same data.
        let r = self.store.all_or_nothing(|s| {
            outcome = call(s, &command, id, &v["args"]);
            Err::<(), _>(Error::rule(ROLLBACK))
        });
        match r {
            Err(e) if e.message == ROLLBACK => {}
            other => return Err(format!("the batch did not roll back: {other:?}")),
        }
        match outcome {
            None | Some(Ok(())) => Ok(()),
            Some(Err(e)) => plain_words(&e),
        }
    }

    fn reset(&mut self) {
        let (store, ids) = sample_store();
        self.store = store;
        self.ids = ids;
    }
}
