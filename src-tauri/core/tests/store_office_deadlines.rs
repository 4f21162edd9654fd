//! The office's own deadlines set in the data file's settings: changing them moves the due dates
//! on every view, a number out of range or not a number is refused with nothing saved, and they
//! travel in bundles into an empty data file.

use crate::common;

use chrono::{TimeZone, Utc};
use common::*;
use contact_records_core::bundle::{export_cases, import_bundle, ImportOptions};
use contact_records_core::model::*;
use contact_records_core::rules::DeadlineKind;
use contact_records_core::{ErrorCode, Store};

/// A supervised session held on Friday 20/11/2026 and an incident on it reported the same day.
fn busy(s: &mut Store) -> i64 {
    let f = family(s, "CF1");
    let (_, sid) = held_session(s, &f, Service::SupervisedContact);
    let mut inc = incident_input(IncidentKind::Threatening, "20/11/2026");
    inc.session_id = Some(sid);
    inc.reported_to_referrer_on = "20/11/2026".into();
    s.create_incident(f.case_id, &inc, today()).unwrap();
    f.case_id
}

fn due(s: &Store, case_id: i64, kind: DeadlineKind) -> chrono::NaiveDate {
    s.case_deadlines(case_id, today())
        .unwrap()
        .into_iter()
        .find(|x| x.kind == kind)
        .unwrap()
        .due
}

fn set(
    s: &mut Store,
    record: &str,
    follow_up: &str,
) -> contact_records_core::Result<OfficeDeadlines> {
    s.set_office_deadlines(&OfficeDeadlinesInput {
        session_record_days: record.into(),
        incident_follow_up_days: follow_up.into(),
    })
}

#[test]
fn changing_the_setting_moves_the_due_dates_everywhere() {
    let mut s = Store::open_in_memory().unwrap();
    let case_id = busy(&mut s);
    assert_eq!(s.office_deadlines().unwrap(), OfficeDeadlines::default());
    let record = DeadlineKind::ObservedContactRecord;
    let follow_up = DeadlineKind::IncidentFollowUp;
    assert_eq!(
        due(&s, case_id, record),
        d(2026, 11, 23),
        "next working day"
    );
    assert_eq!(due(&s, case_id, follow_up), d(2026, 11, 20), "the same day");

    let now = set(&mut s, "3", "2").unwrap();
    assert_eq!(now.session_record_days, 3);
    assert_eq!(due(&s, case_id, record), d(2026, 11, 25));
    assert_eq!(due(&s, case_id, follow_up), d(2026, 11, 24));
    // The dashboard and the list of deadlines count the same way.
    let all = s.deadlines(today()).unwrap();
    let roc = all.iter().find(|x| x.kind == record).unwrap();
    assert_eq!(roc.due, d(2026, 11, 25));
    assert_eq!(roc.source, "Your office's practice (set in Settings)");
    let board = s.dashboard(today()).unwrap();
    assert!(board
        .due_soon
        .iter()
        .any(|x| x.kind == record && x.due == d(2026, 11, 25)));

    set(&mut s, "0", "0").unwrap();
    assert_eq!(due(&s, case_id, record), d(2026, 11, 20));
}

#[test]
fn eleven_minus_one_and_words_are_refused_and_nothing_is_saved() {
    let mut s = Store::open_in_memory().unwrap();
    set(&mut s, "2", "1").unwrap();
    let audit = s.verify().unwrap().audit_entries;
    for (record, follow_up, field) in [
        ("11", "0", "session_record_days"),
        ("-1", "0", "session_record_days"),
        ("1", "two", "incident_follow_up_days"),
        ("1", "", "incident_follow_up_days"),
    ] {
        let e = set(&mut s, record, follow_up).unwrap_err();
        assert_eq!(e.code, ErrorCode::Invalid);
        assert_eq!(e.fields.len(), 1, "{record:?} {follow_up:?}");
        assert_eq!(e.fields[0].field, field);
        assert!(e.fields[0]
            .message
            .ends_with("as a whole number from 0 to 10"));
    }
    let kept = s.office_deadlines().unwrap();
    assert_eq!(
        (kept.session_record_days, kept.incident_follow_up_days),
        (2, 1)
    );
    assert_eq!(s.verify().unwrap().audit_entries, audit, "nothing written");
}

#[test]
fn the_settings_travel_in_bundles_into_an_empty_data_file() {
    let mut s = Store::open_in_memory().unwrap();
    let case_id = busy(&mut s);
    set(&mut s, "4", "3").unwrap();
    let now = Utc.with_ymd_and_hms(2026, 11, 23, 14, 0, 0).unwrap();
    let bundle = export_cases(&s, &[case_id], now).unwrap();
    assert_eq!(bundle.settings.session_record_days, Some(4));
    let mut v = serde_json::to_value(&bundle).unwrap();
    let options = ImportOptions {
        as_new: false,
        trust_new_signers: true,
    };

    let mut empty = Store::open_in_memory().unwrap();
    import_bundle(&mut empty, &v.to_string(), options, today()).unwrap();
    let got = empty.office_deadlines().unwrap();
    assert_eq!(
        (got.session_record_days, got.incident_follow_up_days),
        (4, 3)
    );

    // A bundle without them (written before they existed) leaves the defaults.
    let settings = v["settings"].as_object_mut().unwrap();
    settings.remove("session_record_days");
    settings.remove("incident_follow_up_days");
    let mut older = Store::open_in_memory().unwrap();
    import_bundle(&mut older, &v.to_string(), options, today()).unwrap();
    assert_eq!(
        older.office_deadlines().unwrap(),
        OfficeDeadlines::default()
    );

    // Out of range is refused with its path, and nothing is imported.
    v["settings"]["session_record_days"] = 11.into();
    let mut refused = Store::open_in_memory().unwrap();
    let e = import_bundle(&mut refused, &v.to_string(), options, today()).unwrap_err();
    assert!(
        e.fields
            .iter()
            .any(|f| f.field == "settings.session_record_days"),
        "{e:?}"
    );
    assert_eq!(refused.list_cases("").unwrap().total, 0);
    assert_eq!(
        refused.office_deadlines().unwrap(),
        OfficeDeadlines::default()
    );
}
