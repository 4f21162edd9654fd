//! The case register against an in-memory store: create, edit, search, audit.

use crate::common;

use common::*;
use contact_records_core::model::*;
use contact_records_core::{ErrorCode, Store};

#[test]
fn create_case_with_people_and_list_it() {
    let mut s = Store::open_in_memory().unwrap();
    let d = s
        .create_case(&case_input("CF24P00123", "Re: A and B (children)"))
        .unwrap();
    s.add_child(d.case.id, &child("Siân Llŷr", "27/03/2019"), today())
        .unwrap();
    s.add_child(d.case.id, &child("Elis Jones", "02/09/2021"), today())
        .unwrap();
    s.add_adult(
        d.case.id,
        &adult("Gwenllïan ap Dafydd", AdultRole::Mother, Party::Resident),
    )
    .unwrap();
    let d = s
        .add_adult(
            d.case.id,
            &adult("Mark Jones", AdultRole::Father, Party::Visiting),
        )
        .unwrap();
    assert_eq!(d.children.len(), 2);
    assert_eq!(d.children[0].full_name, "Siân Llŷr", "oldest child first");
    assert_eq!(d.adults[1].role, AdultRole::Father);

    let list = s.list_cases("").unwrap();
    assert_eq!(list.total, 1);
    assert_eq!(list.cases[0].children_count, 2);
    assert_eq!(list.cases[0].case_name, "Re: A and B (children)");
}

#[test]
fn search_finds_by_number_or_any_persons_name_ignoring_accents() {
    let mut s = Store::open_in_memory().unwrap();
    let a = s
        .create_case(&case_input("CF24P00123", "Re: A (a child)"))
        .unwrap()
        .case
        .id;
    let b = s
        .create_case(&case_input("SA25P00999", "Re: B (a child)"))
        .unwrap()
        .case
        .id;
    s.add_child(a, &child("Siân Llŷr", "27/03/2019"), today())
        .unwrap();
    s.add_adult(b, &adult("Mark Jones", AdultRole::Father, Party::Visiting))
        .unwrap();

    let ids = |q: &str| -> Vec<i64> {
        s.list_cases(q)
            .unwrap()
            .cases
            .iter()
            .map(|c| c.id)
            .collect()
    };
    assert_eq!(ids("sian"), [a]);
    assert_eq!(ids("LLŶR"), [a]);
    assert_eq!(ids("jones"), [b]);
    assert_eq!(ids("sa25p"), [b]);
    assert_eq!(ids("sa25 p00999"), Vec::<i64>::new());
    assert_eq!(ids("SA25P00999"), [b]);
    assert_eq!(ids("%"), Vec::<i64>::new(), "wildcards are literal");
    assert_eq!(ids("").len(), 2);
}

#[test]
fn duplicate_court_case_number_is_refused_on_its_field() {
    let mut s = Store::open_in_memory().unwrap();
    s.create_case(&case_input("CF24P00123", "Re: A")).unwrap();
    let e = s
        .create_case(&case_input("cf24p00123", "Re: B"))
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::Invalid);
    assert_eq!(e.fields[0].field, "court_case_number");
    assert!(e.fields[0].message.contains("already exists"));
    assert_eq!(s.list_cases("").unwrap().total, 1, "nothing half-saved");
}

#[test]
fn editing_a_case_keeps_its_own_number_and_refuses_anothers() {
    let mut s = Store::open_in_memory().unwrap();
    let a = s.create_case(&case_input("CF1", "Re: A")).unwrap().case.id;
    s.create_case(&case_input("CF2", "Re: B")).unwrap();
    let mut edit = case_input("CF1", "Re: A and C (children)");
    edit.status = CaseStatus::Closed;
    let d = s.update_case(a, &edit).unwrap();
    assert_eq!(d.case.case_name, "Re: A and C (children)");
    assert_eq!(d.case.status, CaseStatus::Closed);
    let e = s.update_case(a, &case_input("CF2", "Re: A")).unwrap_err();
    assert_eq!(e.fields[0].field, "court_case_number");
}

#[test]
fn invalid_child_changes_nothing() {
    let mut s = Store::open_in_memory().unwrap();
    let a = s.create_case(&case_input("CF1", "Re: A")).unwrap().case.id;
    let before = s.history("cases", a).unwrap().len();
    let e = s
        .add_child(a, &child("", "31/02/2020"), today())
        .unwrap_err();
    assert_eq!(e.fields.len(), 2);
    assert!(s.get_case(a).unwrap().children.is_empty());
    assert_eq!(s.history("cases", a).unwrap().len(), before);
}

#[test]
fn adding_a_person_to_a_missing_case_is_not_found() {
    let mut s = Store::open_in_memory().unwrap();
    let e = s
        .add_child(999, &child("Elis", "01/01/2020"), today())
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::NotFound);
}

#[test]
fn people_can_be_edited_and_removed() {
    let mut s = Store::open_in_memory().unwrap();
    let a = s.create_case(&case_input("CF1", "Re: A")).unwrap().case.id;
    let d = s
        .add_child(a, &child("Elis", "01/01/2020"), today())
        .unwrap();
    let cid = d.children[0].id;
    let d = s
        .update_child(cid, &child("Elis Wyn", "01/01/2020"), today())
        .unwrap();
    assert_eq!(d.children[0].full_name, "Elis Wyn");
    let d = s
        .add_adult(a, &adult("Mam", AdultRole::Mother, Party::Resident))
        .unwrap();
    let aid = d.adults[0].id;
    let d = s
        .update_adult(aid, &adult("Mari", AdultRole::Mother, Party::Resident))
        .unwrap();
    assert_eq!(d.adults[0].full_name, "Mari");
    let d = s.remove_child(cid).unwrap();
    assert!(d.children.is_empty());
    let d = s.remove_adult(aid).unwrap();
    assert!(d.adults.is_empty());
    assert_eq!(s.history("children", cid).unwrap().len(), 3);
}

#[test]
fn every_change_is_audited_in_a_verifiable_chain() {
    let mut s = Store::open_in_memory().unwrap();
    s.set_actor("ffion");
    let a = s.create_case(&case_input("CF1", "Re: A")).unwrap().case.id;
    s.update_case(a, &case_input("CF1", "Re: A and B")).unwrap();
    let h = s.history("cases", a).unwrap();
    assert_eq!(h.len(), 2);
    assert_eq!(h[0].action, "insert");
    assert_eq!(h[1].actor, "ffion");
    assert!(h[1].before_json.as_deref().unwrap().contains("\"Re: A\""));
    assert!(h[1].after_json.as_deref().unwrap().contains("Re: A and B"));
    let report = s.verify_audit_chain().unwrap();
    assert_eq!(report.entries, 2);
    assert_eq!(report.first_broken, None);
}

#[test]
fn welsh_text_is_stored_composed() {
    let mut s = Store::open_in_memory().unwrap();
    let a = s.create_case(&case_input("CF1", "Re: A")).unwrap().case.id;
    let d = s
        .add_child(a, &child("Llyr Dafydd Gw\u{0302}yn", "01/01/2020"), today())
        .unwrap();
    assert_eq!(d.children[0].full_name, "Llyr Dafydd Gŵyn");
}
