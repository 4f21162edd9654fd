//! The app's record of what it exported for each case, and where to.

use crate::common;

use std::path::Path;

use common::*;
use contact_records_core::model::*;
use contact_records_core::store::exports::ExportKind;
use contact_records_core::{ErrorCode, Store};

#[test]
fn records_each_export_against_its_case_newest_first_with_an_audit_entry() {
    let mut s = Store::open_in_memory().unwrap();
    let (a, b) = (family(&mut s, "CF26P00001"), family(&mut s, "SA26P00002"));
    let referral = s
        .create_referral(
            a.case_id,
            &referral_input(Service::SupervisedContact, vec![a.father, a.sian, a.elis]),
            today(),
        )
        .unwrap()
        .referral
        .id;
    let session = s
        .add_session(
            referral,
            &session("08/12/2026", "10:00", 60, SessionStatus::Scheduled),
            today(),
        )
        .unwrap();
    let session_id = session.sessions.last().map(|x| x.session.id).unwrap();
    assert_eq!(s.case_of_session(session_id).unwrap(), a.case_id);
    assert_eq!(s.case_of_referral(referral).unwrap(), a.case_id);

    let first = s
        .record_export(
            a.case_id,
            ExportKind::ObservedSession,
            Path::new("/home/x/Session 1.pdf"),
        )
        .unwrap();
    let second = s
        .record_export(
            a.case_id,
            ExportKind::Bundle,
            Path::new("/home/x/Case-bundle.json"),
        )
        .unwrap();
    assert_eq!(first.file_name, "Session 1.pdf");
    assert_eq!(first.path, "/home/x/Session 1.pdf");
    assert_eq!(first.actor, "test");

    let listed = s.case_exports(a.case_id).unwrap();
    assert_eq!(
        listed.iter().map(|e| e.id).collect::<Vec<_>>(),
        [second.id, first.id]
    );
    assert!(s.case_exports(b.case_id).unwrap().is_empty());
    assert_eq!(s.export_entry(first.id).unwrap(), first);
    assert_eq!(s.export_entry(9999).unwrap_err().code, ErrorCode::NotFound);
    assert_eq!(
        s.case_of_session(9999).unwrap_err().code,
        ErrorCode::NotFound
    );

    let audited = s.history("exports", first.id).unwrap();
    assert_eq!(audited.len(), 1);
    assert_eq!(audited[0].action, "insert");
    assert!(s.verify_audit_chain().is_ok());
}
