//! The shell's commands through Tauri's mock runtime: the JSON the window sends and receives.

use crate::common;

use common::{app_with, call, with_dialogs};
use contact_records_app::state::AppState;
use contact_records_core::Store;
use serde_json::{json, Value};

fn case_json(number: &str) -> Value {
    json!({
        "court": "Family Court at Cardiff", "court_case_number": number, "cafcass_number": "",
        "cafcass_system": "iris", "adviser_name": "Ffion Hughes", "case_name": "Re: A (a child)",
        "status": "open", "notes": ""
    })
}

#[test]
fn create_a_case_add_people_and_search() {
    let app = app_with(AppState::from_store(Store::open_in_memory().unwrap()));
    let created = call(&app, "create_case", json!({ "input": case_json("CF1") })).unwrap();
    let id = created["case"]["id"].as_i64().unwrap();
    let child = json!({"full_name": "Siân Llŷr", "date_of_birth": "27/03/2019", "language": "welsh", "needs": ""});
    let d = call(&app, "add_child", json!({ "caseId": id, "input": child })).unwrap();
    assert_eq!(d["children"][0]["date_of_birth"], "2019-03-27");
    let adult = json!({"full_name": "Mark Jones", "role": "father", "party": "visiting", "contact_details": "", "language": "english"});
    call(&app, "add_adult", json!({ "caseId": id, "input": adult })).unwrap();
    let list = call(&app, "list_cases", json!({ "query": "sian" })).unwrap();
    assert_eq!(list["total"], 1);
    assert_eq!(list["cases"][0]["children_count"], 1);
}

#[test]
fn a_refused_form_comes_back_as_code_message_and_fields() {
    let app = app_with(AppState::from_store(Store::open_in_memory().unwrap()));
    let mut bad = case_json("");
    bad["case_name"] = json!("");
    let err = call(&app, "create_case", json!({ "input": bad })).unwrap_err();
    assert_eq!(err["code"], "Invalid");
    assert!(err["message"].is_string());
    assert_eq!(err["fields"][0]["field"], "court_case_number");
    assert_eq!(err["fields"][1]["field"], "case_name");
}

#[test]
fn a_data_file_that_failed_to_open_is_reported_not_panicked() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.db");
    std::fs::write(&path, "not a database, just some notes ".repeat(200)).unwrap();
    let app = app_with(AppState::at(path.clone()));
    let status = call(&app, "app_status", json!({})).unwrap();
    assert_eq!(status["phase"], "Unavailable");
    assert_eq!(status["error"]["code"], "ForeignFile");
    assert_eq!(status["db_path"], path.display().to_string());
    let err = call(&app, "unlock", json!({ "passphrase": "any passphrase" })).unwrap_err();
    assert_eq!(err["code"], "ForeignFile");
    let err = call(&app, "list_cases", json!({ "query": "" })).unwrap_err();
    assert_eq!(err["code"], "NeedsUnlock");
}

#[test]
fn an_unknown_case_is_not_found() {
    let app = app_with(AppState::from_store(Store::open_in_memory().unwrap()));
    let err = call(&app, "get_case", json!({ "id": 42 })).unwrap_err();
    assert_eq!(
        err,
        json!({"code": "NotFound", "message": err["message"], "msg": {
            "key": "core.notFound", "params": {"what": {"key": "core.thing.case"}}}})
    );
}

/// A case with one child and one adult, a supervised referral sent for them, and a session a
/// week ago that took place with both attending. Returns (case id, referral id, session id).
fn family_with_session(app: &tauri::App<tauri::test::MockRuntime>) -> (i64, i64, i64) {
    let case = call(
        app,
        "create_case",
        json!({ "input": case_json("CF26P00001") }),
    )
    .unwrap();
    let case_id = case["case"]["id"].as_i64().unwrap();
    let child = json!({"full_name": "Siân Llŷr", "date_of_birth": "27/03/2019", "language": "welsh", "needs": ""});
    let d = call(
        app,
        "add_child",
        json!({ "caseId": case_id, "input": child }),
    )
    .unwrap();
    let child_id = d["children"][0]["id"].as_i64().unwrap();
    let adult = json!({"full_name": "Gwenllïan ap Dafydd", "role": "mother", "party": "visiting", "contact_details": "", "language": "welsh"});
    let d = call(
        app,
        "add_adult",
        json!({ "caseId": case_id, "input": adult }),
    )
    .unwrap();
    let adult_id = d["adults"][0]["id"].as_i64().unwrap();
    let ago = |days: i64| {
        (chrono::Local::now().date_naive() - chrono::Duration::days(days))
            .format("%d/%m/%Y")
            .to_string()
    };
    let referral = json!({
        "service": "supervised_contact", "cci_kinds": [], "basis": "ordered_at_fhdra",
        "provider_name": "Canolfan Gyswllt Caerdydd", "provider_address": "", "provider_naccc_accredited": true,
        "provider_email": "", "risk_assessment": "No current issues.", "risk_assessed_on": ago(30),
        "risk_assessed_by": "Ffion Hughes, FCA", "session_plan": "Three sessions of 2 hours.",
        "planned_sessions": 3, "remote_assessed_on": "", "remote_assessed_by": "",
        "permitted": [{"kind": "child", "id": child_id}, {"kind": "adult", "id": adult_id}]
    });
    let r = call(
        app,
        "create_referral",
        json!({ "caseId": case_id, "input": referral }),
    )
    .unwrap();
    let referral_id = r["referral"]["id"].as_i64().unwrap();
    call(
        app,
        "mark_referral_sent",
        json!({ "id": referral_id, "sentOn": ago(20) }),
    )
    .unwrap();
    // Sessions are held only on a referral the centre accepted.
    call(
        app,
        "update_referral_dates",
        json!({ "id": referral_id, "input": {
            "received_on": ago(19), "accepted_on": ago(18), "declined_on": "",
            "started_on": "", "ceased_on": "", "reviewed_on": ""
        } }),
    )
    .unwrap();
    let session = json!({
        "date": ago(7), "start_time": "10:00", "duration_minutes": 120, "venue": "Room 2",
        "supervisor": "Rhys Price", "status": "took_place", "cancelled_by": null, "cancel_reason": ""
    });
    let r = call(
        app,
        "add_session",
        json!({ "referralId": referral_id, "input": session }),
    )
    .unwrap();
    let session_id = r["sessions"][0]["session"]["id"].as_i64().unwrap();
    for (kind, id, arrived) in [("child", child_id, "09:55"), ("adult", adult_id, "09:50")] {
        let a = json!({"person": {"kind": kind, "id": id}, "arrived": arrived, "departed": "12:00", "brought_by": "", "late_reason": ""});
        call(
            app,
            "record_attendance",
            json!({ "sessionId": session_id, "input": a }),
        )
        .unwrap();
    }
    (case_id, referral_id, session_id)
}

#[test]
fn a_record_is_drafted_finalised_amended_and_exported() {
    let exports = tempfile::tempdir().unwrap();
    let app = app_with(with_dialogs(exports.path(), None));
    let (_, _, session_id) = family_with_session(&app);

    let empty = call(
        &app,
        "get_session_record",
        json!({ "sessionId": session_id }),
    )
    .unwrap();
    assert_eq!(empty["status"], "none");
    let mut content = empty["content"].clone();
    content["summary"] = json!("Siân played with her mother throughout.");
    let saved = call(
        &app,
        "save_record_draft",
        json!({ "sessionId": session_id, "content": content }),
    )
    .unwrap();
    assert!(saved["saved_at"].is_string());

    let signer = json!({"name": "Rhys Price", "role": "Contact supervisor"});
    let refused = call(
        &app,
        "finalise_record",
        json!({ "sessionId": session_id, "signer": signer }),
    )
    .unwrap_err();
    assert_eq!(refused["code"], "Invalid");
    assert!(
        refused["fields"].as_array().unwrap().len() >= 3,
        "{refused}"
    );

    let child_id = empty["context"]["children"][0]["id"].clone();
    for (field, text) in [
        ("actual_start", "10:00"),
        ("actual_end", "12:00"),
        ("aim_and_requirements", "Observe the relationship."),
        ("arrival_and_greeting", "Siân ran to her mother."),
        ("adult_engagement", "Warm and playful."),
        ("ending_and_handover", "Ended on time."),
    ] {
        content[field] = json!(text);
    }
    content["children"] = json!([{"child_id": child_id, "observations": "Relaxed.", "quotes": ["Can we come again?"]}]);
    call(
        &app,
        "save_record_draft",
        json!({ "sessionId": session_id, "content": content }),
    )
    .unwrap();
    let done = call(
        &app,
        "finalise_record",
        json!({ "sessionId": session_id, "signer": signer }),
    )
    .unwrap();
    assert_eq!(done["status"], "final");
    assert_eq!(done["fingerprint"].as_str().unwrap().len(), 64);

    let again = call(
        &app,
        "save_record_draft",
        json!({ "sessionId": session_id, "content": content }),
    )
    .unwrap_err();
    assert_eq!(again["code"], "Finalised");

    let record_id = done["record_id"].as_i64().unwrap();
    let addendum = json!({"reason": "Wrong room", "text": "Room 3, not room 2.", "name": "Rhys Price", "role": "Contact supervisor"});
    let amended = call(
        &app,
        "add_addendum",
        json!({ "recordId": record_id, "input": addendum }),
    )
    .unwrap();
    assert_eq!(amended["addenda"].as_array().unwrap().len(), 1);
    let history = call(&app, "record_history", json!({ "recordId": record_id })).unwrap();
    assert!(history.as_array().unwrap().len() >= 3, "{history}");

    let request = json!({"kind": "observed_session", "session_id": session_id});
    // Siân asked for Welsh: the case's documents default to bilingual, named in Welsh.
    let lang = call(&app, "report_language", json!({ "request": request })).unwrap();
    assert_eq!(lang, json!("bilingual"));
    let out = call(&app, "export_report", json!({ "request": request })).unwrap();
    let path = out["path"].as_str().unwrap();
    assert!(
        path.contains("Cofnod-o-Gyswllt-a-Arsylwyd_CF26P00001_"),
        "{path}"
    );
    let chosen = json!({ "request": request, "language": "english" });
    let out = call(&app, "export_report", chosen).unwrap();
    let path = out["path"].as_str().unwrap();
    assert!(
        path.contains("Record-of-Observed-Contact_CF26P00001_"),
        "{path}"
    );
    let bytes = std::fs::read(path).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    assert!(out["pages"].as_u64().unwrap() >= 1);
}

#[test]
fn a_fifth_held_session_goes_ahead_once_a_reason_is_recorded() {
    let app = app_with(AppState::from_store(Store::open_in_memory().unwrap()));
    let (_, referral_id, _) = family_with_session(&app);
    let held = |days_ago: i64| {
        let date = (chrono::Local::now().date_naive() - chrono::Duration::days(days_ago))
            .format("%d/%m/%Y")
            .to_string();
        json!({ "referralId": referral_id, "input": {
            "date": date, "start_time": "14:00", "duration_minutes": 60, "venue": "Room 2",
            "supervisor": "Rhys Price", "status": "took_place", "cancelled_by": null,
            "cancel_reason": ""
        } })
    };
    for days_ago in [6, 5, 4] {
        call(&app, "add_session", held(days_ago)).unwrap();
    }
    let err = call(&app, "add_session", held(3)).unwrap_err();
    assert_eq!(err["code"], "RuleBroken");
    assert_eq!(err["msg"]["key"], "core.rules.reviewFirst");
    assert_eq!(err["msg"]["params"]["number"]["text"], "5");

    let err = call(
        &app,
        "record_review_override",
        json!({ "referralId": referral_id, "input": { "reason": "" } }),
    )
    .unwrap_err();
    assert_eq!(err["code"], "Invalid");
    assert_eq!(err["fields"][0]["field"], "reason");

    let d = call(
        &app,
        "record_review_override",
        json!({ "referralId": referral_id, "input": { "reason": "Review booked for next week." } }),
    )
    .unwrap();
    assert_eq!(
        d["review_overrides"][0]["reason"],
        "Review booked for next week."
    );
    let d = call(&app, "add_session", held(3)).unwrap();
    assert_eq!(d["sessions"].as_array().unwrap().len(), 5);
}

#[test]
fn a_court_ordered_referral_is_flagged_until_the_duty_consultation_is_recorded() {
    let app = app_with(AppState::from_store(Store::open_in_memory().unwrap()));
    let (_, referral_id, _) = family_with_session(&app);
    let d = call(&app, "get_referral", json!({ "id": referral_id })).unwrap();
    assert_eq!(d["practice_manager_flag"], true);
    let err = call(
        &app,
        "record_duty_consultation",
        json!({ "referralId": referral_id, "input": { "consulted_on": "", "duty_officer": "" } }),
    )
    .unwrap_err();
    assert_eq!(err["code"], "Invalid");
    assert_eq!(err["fields"].as_array().unwrap().len(), 2);
    let on = chrono::Local::now()
        .date_naive()
        .format("%d/%m/%Y")
        .to_string();
    let d = call(
        &app,
        "record_duty_consultation",
        json!({ "referralId": referral_id, "input": { "consulted_on": on, "duty_officer": "Rhian Evans" } }),
    )
    .unwrap();
    assert_eq!(d["practice_manager_flag"], false);
    assert_eq!(d["duty_consultation"]["duty_officer"], "Rhian Evans");
}
