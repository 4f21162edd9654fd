//! The sample's second block of supervised contact with the father: one session held, the next
//! missed (he did not come), then contact ceased and the final record was signed.

use chrono::NaiveDate;
use contact_records_core::model::*;
use contact_records_core::Store;

use super::{at, held, observed, referral, sample_today, session, sign_as_sample, VENUE};

/// Adds the block to the case; `people` are Siân, Dylan and their father. Returns the referral
/// and its two sessions.
pub fn build_ceased_block(
    s: &mut Store,
    case_id: i64,
    [sian, dylan, father]: [PersonRef; 3],
    signer: &SignerInput,
) -> (i64, Vec<i64>) {
    let today = sample_today();
    let (PersonRef::Child(sian_id), PersonRef::Child(dylan_id)) = (sian, dylan) else {
        unreachable!("Siân and Dylan are children")
    };
    // A second block of supervised contact with the father: one session held, the next missed
    // (he did not come), then contact ceased and the final record was signed.
    sign_as_sample(s, "Rhys Morgan", "Contact supervisor");
    let fin = s
        .create_referral(
            case_id,
            &referral(
                Service::SupervisedContact,
                "Tŷ Cyswllt Abertawe",
                "Two further one-hour supervised sessions on Saturday mornings.",
                2,
                vec![sian, dylan, father],
            ),
            today,
        )
        .unwrap()
        .referral
        .id;
    s.mark_referral_sent(fin, "27/10/2026", today).unwrap();
    // Accepted before its sessions are recorded as held.
    s.update_referral_dates(
        fin,
        &ReferralDatesInput {
            received_on: "28/10/2026".into(),
            accepted_on: "30/10/2026".into(),
            started_on: "07/11/2026".into(),
            ceased_on: "16/11/2026".into(),
            ..Default::default()
        },
        today,
    )
    .unwrap();
    let mut ceased_sessions = Vec::new();
    for (date, status) in [
        ("07/11/2026", SessionStatus::TookPlace),
        ("14/11/2026", SessionStatus::DidNotAttend),
    ] {
        let id = held(s, fin, &session(date, "10:00", 60, status, VENUE));
        ceased_sessions.push(id);
        if status == SessionStatus::TookPlace {
            s.record_attendance(id, &at(sian, "09:55", "11:00", "Heledd Llŷr"), today)
                .unwrap();
            s.record_attendance(id, &at(dylan, "09:55", "11:00", "Heledd Llŷr"), today)
                .unwrap();
            s.record_attendance(id, &at(father, "10:00", "11:00", ""), today)
                .unwrap();
        } else {
            let mut absent = at(father, "", "", "");
            absent.late_reason = "Did not come and sent no message.".into();
            s.record_attendance(id, &absent, today).unwrap();
        }
    }
    s.save_record_draft(ceased_sessions[0], &observed(2, sian_id, dylan_id), today)
        .unwrap();
    let at_time = |d: u32, h: u32| {
        NaiveDate::from_ymd_opt(2026, 11, d)
            .unwrap()
            .and_hms_opt(h, 0, 0)
            .unwrap()
    };
    s.finalise_record(ceased_sessions[0], signer, at_time(7, 16))
        .unwrap();
    s.finalise_final_record(fin, signer, at_time(20, 10))
        .unwrap();
    (fin, ceased_sessions)
}
