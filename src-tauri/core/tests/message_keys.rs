//! A record refused at finalising lists what it still needs, each problem with a message key
//! (so the UI can say it in Welsh) and the same English text as before.

use crate::common;

use chrono::NaiveTime;
use common::*;
use contact_records_core::model::*;
use contact_records_core::{ErrorCode, Store};

#[test]
fn what_a_record_still_needs_carries_keys() {
    let mut s = Store::open_in_memory().unwrap();
    let f = family(&mut s, "CF24P00123");
    let input = referral_input(Service::SupervisedContact, vec![f.sian]);
    let rid = s
        .create_referral(f.case_id, &input, today())
        .unwrap()
        .referral
        .id;
    common::accept(&mut s, rid);
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
    s.record_attendance(sid, &present(f.sian, "10:00", "11:00"), today())
        .unwrap();
    let signer = SignerInput {
        name: String::new(),
        role: String::new(),
    };
    let now = today().and_time(NaiveTime::from_hms_opt(16, 0, 0).unwrap());
    let e = s.finalise_record(sid, &signer, now).unwrap_err();
    assert_eq!(e.code, ErrorCode::Invalid);
    let keys: Vec<&str> = e
        .fields
        .iter()
        .map(|f| f.msg.as_ref().map_or("", |m| m.key.as_str()))
        .collect();
    for key in [
        "core.record.enterActualStart",
        "core.required.aim",
        "core.required.arrival",
        "core.record.observationsOf",
        "core.required.summary",
        "core.required.signerName",
    ] {
        assert!(keys.contains(&key), "{key} missing from {keys:?}");
    }
    assert!(
        e.fields.iter().all(|f| f.msg.is_some()),
        "a problem without a key: {:?}",
        e.fields.iter().find(|f| f.msg.is_none())
    );
    let observations = e
        .fields
        .iter()
        .find(|f| f.message.starts_with("Write your observations"))
        .unwrap();
    assert_eq!(observations.message, "Write your observations of Siân Llŷr");
}
