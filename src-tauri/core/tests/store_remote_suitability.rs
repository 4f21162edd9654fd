//! Remote suitability through the store: what was discussed with the parties, the limitations
//! explained and the feedback arrangements are required once the assessment is dated; a remote
//! session waits for the whole assessment; and a referral assessed before these were asked for
//! says so on its page.

use crate::common;

use common::*;
use contact_records_core::model::*;
use contact_records_core::{ErrorCode, Store};

fn remote_referral(f: &Family) -> ReferralInput {
    referral_input(Service::RemoteSupervisedContact, vec![f.father, f.sian])
}

fn fields_of(e: &contact_records_core::Error) -> Vec<&str> {
    e.fields.iter().map(|f| f.field.as_str()).collect()
}

#[test]
fn a_dated_assessment_without_the_three_answers_is_refused_and_nothing_is_saved() {
    let mut s = Store::open_in_memory().unwrap();
    let f = family(&mut s, "CF1");
    let mut input = remote_referral(&f);
    input.remote_discussed.clear();
    input.remote_limitations.clear();
    input.remote_feedback.clear();
    let e = s.create_referral(f.case_id, &input, today()).unwrap_err();
    assert_eq!(e.code, ErrorCode::Invalid);
    assert_eq!(
        fields_of(&e),
        ["remote_discussed", "remote_limitations", "remote_feedback"]
    );
    assert!(s.list_referrals(f.case_id).unwrap().is_empty());
}

#[test]
fn a_remote_session_waits_for_the_whole_assessment_and_nothing_is_saved_until_then() {
    let mut s = Store::open_in_memory().unwrap();
    let f = family(&mut s, "CF1");
    let mut draft = remote_referral(&f);
    draft.remote_assessed_on.clear();
    draft.remote_discussed.clear();
    draft.remote_limitations.clear();
    draft.remote_feedback.clear();
    let rid = s
        .create_referral(f.case_id, &draft, today())
        .unwrap()
        .referral
        .id;
    let planned = session("25/11/2026", "10:00", 60, SessionStatus::Scheduled);
    let e = s.add_session(rid, &planned, today()).unwrap_err();
    assert_eq!(e.code, ErrorCode::RuleBroken);
    assert!(
        e.message.contains(
            "Complete the assessment on the referral first: its date, who assessed it, what was \
             discussed with the parties, the limitations explained and the feedback arrangements."
        ),
        "{}",
        e.message
    );
    assert!(s.get_referral(rid, today()).unwrap().sessions.is_empty());

    // The date and the name alone are refused by the form, and the referral stays as it was.
    let mut dated = draft.clone();
    dated.remote_assessed_on = "02/11/2026".into();
    let e = s.update_referral(rid, &dated, today()).unwrap_err();
    assert_eq!(
        fields_of(&e),
        ["remote_discussed", "remote_limitations", "remote_feedback"]
    );
    let kept = s.get_referral(rid, today()).unwrap().referral;
    assert_eq!(kept.remote_assessed_on, None);

    // With the three answers the assessment is complete and the session can be planned.
    let full = remote_referral(&f);
    let d = s.update_referral(rid, &full, today()).unwrap();
    assert!(d.referral.remote_discussed.starts_with("Both parents"));
    assert!(d.referral.remote_assessment().is_complete());
    assert_eq!(
        s.add_session(rid, &planned, today())
            .unwrap()
            .sessions
            .len(),
        1
    );
}

#[test]
fn an_assessment_recorded_with_only_a_date_needs_the_three_before_the_next_remote_session() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("data.db");
    let rid = {
        let mut s = create_store(&path);
        let f = family(&mut s, "CF1");
        let input = referral_input(Service::RemoteSupervisedContact, vec![f.father, f.sian]);
        s.create_referral(f.case_id, &input, today())
            .unwrap()
            .referral
            .id
    };
    // As migration 0015 leaves a referral assessed before the three were asked for.
    raw(&path)
        .execute(
            "UPDATE referrals SET remote_discussed = '', remote_limitations = '', \
             remote_feedback = '' WHERE id = ?1",
            [rid],
        )
        .unwrap();
    let mut s = open_store(&path);
    let page = s.get_referral(rid, today()).unwrap();
    assert!(
        page.warnings
            .iter()
            .any(|w| w.contains("Add them to this referral before the next remote session")),
        "{:?}",
        page.warnings
    );
    let planned = session("25/11/2026", "10:00", 60, SessionStatus::Scheduled);
    let e = s.add_session(rid, &planned, today()).unwrap_err();
    assert!(
        e.message.contains("Complete the assessment"),
        "{}",
        e.message
    );
    assert!(s.get_referral(rid, today()).unwrap().sessions.is_empty());
}

#[test]
fn search_finds_the_suitability_answers_and_follows_their_change() {
    let mut s = Store::open_in_memory().unwrap();
    let f = family(&mut s, "CF1");
    let mut input = remote_referral(&f);
    input.remote_discussed = "Both parents agreed to video calls on Teams.".into();
    input.remote_limitations = "Calls are never recorded.".into();
    input.remote_feedback = "A letter to each parent after every call.".into();
    let id = s
        .create_referral(f.case_id, &input, today())
        .unwrap()
        .referral
        .id;
    let found = |s: &Store, word: &str| {
        s.search(word)
            .unwrap()
            .cases
            .iter()
            .flat_map(|c| c.hits.iter())
            .any(|h| h.source == SearchSource::Referral)
    };
    assert!(found(&s, "Teams"), "what was discussed");
    assert!(found(&s, "recorded"), "the limitations explained");
    assert!(found(&s, "letter"), "the feedback arrangements");
    input.remote_feedback = "A phone call to each parent after every session.".into();
    s.update_referral(id, &input, today()).unwrap();
    assert!(!found(&s, "letter"), "the old words leave the index");
    assert!(found(&s, "phone call"));
}
