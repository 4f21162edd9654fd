//! Records of contact through the store: drafts and finalising with its completeness check, and
//! the builders the other record tests share (store_records_final.rs, store_records_supported.rs).

use crate::common;

use chrono::{NaiveDateTime, NaiveTime};
use common::*;
use contact_records_core::model::*;
use contact_records_core::{ErrorCode, Store};

pub(crate) fn now() -> NaiveDateTime {
    today().and_time(NaiveTime::from_hms_opt(16, 30, 0).unwrap())
}

pub(crate) fn signer() -> SignerInput {
    SignerInput {
        name: "Rhys Morgan".into(),
        role: "Contact supervisor".into(),
    }
}

/// A sent supervised referral naming the father and Siân, with one session that took place on
/// 20/11/2026 10:00-11:00 and both recorded present. Returns (family, referral, session).
pub(crate) fn observed_case(s: &mut Store) -> (Family, i64, i64) {
    let f = family(s, "CF24P00123");
    let input = referral_input(Service::SupervisedContact, vec![f.father, f.sian]);
    let rid = s
        .create_referral(f.case_id, &input, today())
        .unwrap()
        .referral
        .id;
    s.mark_referral_sent(rid, "06/11/2026", today()).unwrap();
    accept(s, rid);
    let sid = s
        .add_session(
            rid,
            &session("20/11/2026", "10:00", 60, SessionStatus::TookPlace),
            today(),
        )
        .unwrap()
        .sessions[0]
        .session
        .id;
    s.record_attendance(sid, &present(f.sian, "09:55", "11:00"), today())
        .unwrap();
    s.record_attendance(sid, &present(f.father, "10:00", "11:00"), today())
        .unwrap();
    (f, rid, sid)
}

pub(crate) fn child_id(p: PersonRef) -> i64 {
    match p {
        PersonRef::Child(id) => id,
        PersonRef::Adult(_) => panic!("not a child"),
    }
}

pub(crate) fn full_content(f: &Family) -> RecordContent {
    RecordContent {
        actual_start: "10:00".into(),
        actual_end: "11:00".into(),
        aim_and_requirements: "AIMTEXT Observe play.".into(),
        arrival_and_greeting: "ARRIVALTEXT Siân ran to her father.".into(),
        adult_engagement: "ENGAGEMENTTEXT Warm and patient; ŵ ŷ typed here.".into(),
        children: vec![ChildNotes {
            child_id: child_id(f.sian),
            observations: "SIANOBS Siân laughed often.".into(),
            quotes: vec!["Dw i eisiau aros gyda Dad.".into()],
        }],
        ending_and_handover: "ENDINGTEXT Calm goodbye.".into(),
        summary: "SUMMARYTEXT A warm session.".into(),
        ..RecordContent::default()
    }
}

/// Opens a store on a temporary file, so a raw connection can reach the same database.
pub(crate) fn file_store() -> (tempfile::TempDir, std::path::PathBuf, Store) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("data.db");
    let s = create_store(&path);
    (dir, path, s)
}

pub(crate) fn finalised(s: &mut Store) -> (Family, i64, i64, i64) {
    let (f, rid, sid) = observed_case(s);
    s.save_record_draft(sid, &full_content(&f), today())
        .unwrap();
    let v = s.finalise_record(sid, &signer(), now()).unwrap();
    (f, rid, sid, v.record_id.unwrap())
}

#[test]
fn reading_a_record_creates_nothing_and_a_draft_is_saved_and_read_back() {
    let mut s = Store::open_in_memory().unwrap();
    let (f, _, sid) = observed_case(&mut s);
    let v = s.record_for_session(sid, today()).unwrap();
    assert_eq!(v.status, RecordStatus::NotStarted);
    assert_eq!(v.kind, ContactRecordKind::Observed);
    assert_eq!(v.record_id, None);
    let ctx = &v.context;
    assert_eq!(ctx.court_case_number, "CF24P00123");
    assert_eq!(ctx.session.as_ref().unwrap().scheduled_end, "11:00");
    assert_eq!(ctx.children.len(), 1);
    assert_eq!(ctx.children[0].name, "Siân Llŷr");
    assert_eq!(ctx.children[0].age, 7);
    assert_eq!(ctx.attendance.len(), 2);
    let saved = s
        .save_record_draft(sid, &full_content(&f), today())
        .unwrap();
    assert_eq!(saved.revision, 1);
    let again = s
        .save_record_draft(sid, &full_content(&f), today())
        .unwrap();
    assert_eq!(again.revision, 2);
    assert_eq!(again.record_id, saved.record_id);
    let v = s.record_for_session(sid, today()).unwrap();
    assert_eq!(v.status, RecordStatus::Draft);
    assert_eq!(v.content, full_content(&f));
    // Autosave every second: only the first save is in the audit log (5-minute throttle).
    let h = s.record_history(saved.record_id).unwrap();
    assert_eq!(h.len(), 1);
    assert_eq!(h[0].action, "insert");
}

#[test]
fn a_draft_over_one_megabyte_is_refused() {
    let mut s = Store::open_in_memory().unwrap();
    let (_, _, sid) = observed_case(&mut s);
    let content = RecordContent {
        summary: "x".repeat(1_000_001),
        ..Default::default()
    };
    let e = s.save_record_draft(sid, &content, today()).unwrap_err();
    assert_eq!(e.code, ErrorCode::Invalid);
}

#[test]
fn finalising_lists_every_missing_section() {
    let mut s = Store::open_in_memory().unwrap();
    let (_, _, sid) = observed_case(&mut s);
    let content = RecordContent {
        actual_start: "10:00".into(),
        actual_end: "09:30".into(),
        summary: "SUMMARY".into(),
        ..Default::default()
    };
    s.save_record_draft(sid, &content, today()).unwrap();
    let e = s
        .finalise_record(
            sid,
            &SignerInput {
                name: " ".into(),
                role: String::new(),
            },
            now(),
        )
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::Invalid);
    let msgs: Vec<_> = e.fields.iter().map(|f| f.message.as_str()).collect();
    assert_eq!(
        msgs,
        [
            "The session's actual end must be after its actual start",
            "Write the aim of the session and any observation requirements",
            "Describe the arrival and greeting",
            "Describe the adult's engagement with the child",
            "Write your observations of Siân Llŷr",
            "Describe the ending and handover",
            "Enter your name to sign the record",
            "Enter your role to sign the record",
        ]
    );
    assert_eq!(
        s.record_for_session(sid, today()).unwrap().status,
        RecordStatus::Draft
    );
}

#[test]
fn finalising_needs_departure_times_and_a_session_that_took_place() {
    let mut s = Store::open_in_memory().unwrap();
    let (f, rid, _) = observed_case(&mut s);
    let sid = s
        .add_session(
            rid,
            &session("21/11/2026", "10:00", 60, SessionStatus::TookPlace),
            today(),
        )
        .unwrap()
        .sessions[1]
        .session
        .id;
    s.record_attendance(sid, &present(f.sian, "10:00", ""), today())
        .unwrap();
    s.save_record_draft(sid, &full_content(&f), today())
        .unwrap();
    let e = s.finalise_record(sid, &signer(), now()).unwrap_err();
    let msgs: Vec<_> = e.fields.iter().map(|f| f.message.as_str()).collect();
    assert_eq!(msgs, ["Enter the time Siân Llŷr left"]);
    s.record_attendance(sid, &present(f.sian, "10:00", "11:00"), today())
        .unwrap();
    let early_end = RecordContent {
        actual_end: "10:30".into(),
        ..full_content(&f)
    };
    s.save_record_draft(sid, &early_end, today()).unwrap();
    let e = s.finalise_record(sid, &signer(), now()).unwrap_err();
    assert_eq!(
        e.fields[0].message,
        "Siân Llŷr is recorded as leaving after the session ended"
    );

    let scheduled = s
        .add_session(
            rid,
            &session("05/12/2026", "10:00", 60, SessionStatus::Scheduled),
            today(),
        )
        .unwrap()
        .sessions[2]
        .session
        .id;
    let e = s.finalise_record(scheduled, &signer(), now()).unwrap_err();
    assert_eq!(
        e.fields[0].message,
        "Mark the session as having taken place before finalising its record"
    );
}
