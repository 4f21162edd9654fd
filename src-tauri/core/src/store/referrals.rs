//! The `referrals` and `referral_attendees` tables: creating and editing a referral, sending it,
//! recording its progress, and listing a case's referrals.

use chrono::NaiveDate;
use rusqlite::params;

use super::cases::touch;
use super::referral_checks::verify_referral;
use super::referral_read::{load_referral, person};
use super::sql::{enum_text, iso, opt_iso, parse_enum, parse_opt_date};
use super::{audit::Action, Store, Writer};
use crate::error::{Error, FieldError, Result};
use crate::facade::ReferralDetail;
use crate::model::referral::ReferralFields;
use crate::model::{Referral, ReferralDatesInput, ReferralInput, ReferralStatus, ReferralSummary};
use crate::rules::sending;

/// Refuses people who are not children or adults of this case.
fn check_people_of_case(w: &Writer<'_>, case_id: i64, f: &ReferralFields) -> Result<()> {
    for who in &f.permitted {
        let of_case = match person(w.tx, *who) {
            Ok((c, _, _)) => c == case_id,
            Err(e) if e.code == crate::ErrorCode::NotFound => false,
            Err(e) => return Err(e),
        };
        if !of_case {
            let said = crate::message::Message::new(crate::message_forms::PERMITTED_OF_CASE);
            return Err(Error::invalid(vec![FieldError {
                field: "permitted".into(),
                message: said.english(),
                msg: Some(said),
            }]));
        }
    }
    Ok(())
}

fn write_permitted(w: &Writer<'_>, referral_id: i64, f: &ReferralFields) -> Result<()> {
    w.tx.execute(
        "DELETE FROM referral_attendees WHERE referral_id = ?1",
        [referral_id],
    )?;
    let mut st = w.tx.prepare_cached(
        "INSERT INTO referral_attendees (referral_id, child_id, adult_id) VALUES (?1, ?2, ?3)",
    )?;
    for who in &f.permitted {
        let (child, adult) = who.columns();
        st.execute(params![referral_id, child, adult])?;
    }
    Ok(())
}

fn cci_json(f: &ReferralFields) -> Result<String> {
    Ok(serde_json::to_string(&f.cci_kinds)?)
}

impl Store {
    /// A new draft referral for a case.
    pub fn create_referral(
        &mut self,
        case_id: i64,
        input: &ReferralInput,
        today: NaiveDate,
    ) -> Result<ReferralDetail> {
        let f = input.checked(today)?;
        let id = self.write(|w| {
            touch(w, case_id)?;
            check_people_of_case(w, case_id, &f)?;
            w.tx.execute(
                "INSERT INTO referrals (case_id, service, cci_kinds, basis, provider_name,
                    provider_address, provider_naccc_accredited, provider_email, risk_assessment,
                    risk_assessed_on, risk_assessed_by, session_plan, planned_sessions,
                    remote_assessed_on, remote_assessed_by, created_at, updated_at,
                    remote_discussed, remote_limitations, remote_feedback)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?16,
                    ?17, ?18, ?19)",
                params![
                    case_id,
                    enum_text(&f.service),
                    cci_json(&f)?,
                    enum_text(&f.basis),
                    f.provider_name,
                    f.provider_address,
                    f.provider_naccc_accredited,
                    f.provider_email,
                    f.risk_assessment,
                    opt_iso(f.risk_assessed_on),
                    f.risk_assessed_by,
                    f.session_plan,
                    f.planned_sessions,
                    opt_iso(f.remote_assessed_on),
                    f.remote_assessed_by,
                    w.now,
                    f.remote_discussed,
                    f.remote_limitations,
                    f.remote_feedback,
                ],
            )?;
            let id = w.tx.last_insert_rowid();
            write_permitted(w, id, &f)?;
            verify_referral(w, id)?;
            w.audit(
                "referrals",
                id,
                Action::Insert,
                None,
                Some(&load_referral(w.tx, id)?),
            )?;
            Ok(id)
        })?;
        self.get_referral(id, today)
    }

    /// Edits a referral. Every rule is checked again against its sessions, so a change of service
    /// or of the people named can never leave the referral breaking one.
    pub fn update_referral(
        &mut self,
        id: i64,
        input: &ReferralInput,
        today: NaiveDate,
    ) -> Result<ReferralDetail> {
        let f = input.checked(today)?;
        self.write(|w| {
            let before = load_referral(w.tx, id)?;
            check_people_of_case(w, before.case_id, &f)?;
            w.tx.execute(
                "UPDATE referrals SET service = ?2, cci_kinds = ?3, basis = ?4, provider_name = ?5,
                    provider_address = ?6, provider_naccc_accredited = ?7, provider_email = ?8,
                    risk_assessment = ?9, risk_assessed_on = ?10, risk_assessed_by = ?11,
                    session_plan = ?12, planned_sessions = ?13, remote_assessed_on = ?14,
                    remote_assessed_by = ?15, updated_at = ?16, remote_discussed = ?17,
                    remote_limitations = ?18, remote_feedback = ?19
                 WHERE id = ?1",
                params![
                    id,
                    enum_text(&f.service),
                    cci_json(&f)?,
                    enum_text(&f.basis),
                    f.provider_name,
                    f.provider_address,
                    f.provider_naccc_accredited,
                    f.provider_email,
                    f.risk_assessment,
                    opt_iso(f.risk_assessed_on),
                    f.risk_assessed_by,
                    f.session_plan,
                    f.planned_sessions,
                    opt_iso(f.remote_assessed_on),
                    f.remote_assessed_by,
                    w.now,
                    f.remote_discussed,
                    f.remote_limitations,
                    f.remote_feedback,
                ],
            )?;
            write_permitted(w, id, &f)?;
            let after = load_referral(w.tx, id)?;
            sending::still_complete(&after)?;
            verify_referral(w, id)?;
            touch(w, before.case_id)?;
            w.audit("referrals", id, Action::Update, Some(&before), Some(&after))
        })?;
        self.get_referral(id, today)
    }

    /// Records the referral as sent on `sent_on` (UK text), once it states everything Cafcass Cymru Expectation Statement
    /// requires; otherwise refuses, listing what is missing. Sending again corrects the date.
    pub fn mark_referral_sent(
        &mut self,
        id: i64,
        sent_on: &str,
        today: NaiveDate,
    ) -> Result<ReferralDetail> {
        let mut p = crate::error::Problems::default();
        let date = crate::model::fields::required_date(
            &mut p,
            "sent_on",
            sent_on,
            "the date the referral was sent",
            Some(today),
        );
        p.into_result()?;
        let date = date.unwrap_or(today);
        self.write(|w| {
            let before = load_referral(w.tx, id)?;
            sending::ready_to_send(&before)?;
            let d = &before.dates;
            let earliest_answer = [d.received_on, d.accepted_on, d.declined_on]
                .into_iter()
                .flatten()
                .min();
            if let Some(later) = earliest_answer {
                if date > later {
                    let said =
                        crate::message::Message::new(crate::message_forms::SENT_BEFORE_ANSWER)
                            .text("date", crate::model::dates::uk(later));
                    return Err(Error::invalid(vec![FieldError {
                        field: "sent_on".into(),
                        message: said.english(),
                        msg: Some(said),
                    }]));
                }
            }
            w.tx.execute(
                "UPDATE referrals SET sent_on = ?2, updated_at = ?3 WHERE id = ?1",
                params![id, iso(date), w.now],
            )?;
            touch(w, before.case_id)?;
            let after = load_referral(w.tx, id)?;
            w.audit("referrals", id, Action::Update, Some(&before), Some(&after))
        })?;
        self.get_referral(id, today)
    }

    /// Records the provider's receipt and answer, the start and end of contact, and the review.
    pub fn update_referral_dates(
        &mut self,
        id: i64,
        input: &ReferralDatesInput,
        today: NaiveDate,
    ) -> Result<ReferralDetail> {
        self.write(|w| {
            let before = load_referral(w.tx, id)?;
            let d = input.checked(before.sent_on, today)?;
            w.tx.execute(
                "UPDATE referrals SET received_on = ?2, accepted_on = ?3, declined_on = ?4,
                    started_on = ?5, ceased_on = ?6, reviewed_on = ?7, updated_at = ?8
                 WHERE id = ?1",
                params![
                    id,
                    opt_iso(d.received_on),
                    opt_iso(d.accepted_on),
                    opt_iso(d.declined_on),
                    opt_iso(d.started_on),
                    opt_iso(d.ceased_on),
                    opt_iso(d.reviewed_on),
                    w.now
                ],
            )?;
            verify_referral(w, id)?;
            touch(w, before.case_id)?;
            let after = load_referral(w.tx, id)?;
            w.audit("referrals", id, Action::Update, Some(&before), Some(&after))
        })?;
        self.get_referral(id, today)
    }

    /// A case's referrals, newest first, with their session counts and hours in one query.
    pub fn list_referrals(&self, case_id: i64) -> Result<Vec<ReferralSummary>> {
        self.case_row(case_id)?;
        let mut st = self.conn().prepare_cached(
            "SELECT r.id, r.service, r.provider_name, r.sent_on, r.accepted_on, r.declined_on,
                    r.started_on, r.ceased_on,
                    count(s.id), coalesce(sum(s.duration_minutes), 0)
             FROM referrals r
             LEFT JOIN sessions s ON s.referral_id = r.id AND s.status <> 'cancelled'
             WHERE r.case_id = ?1
             GROUP BY r.id
             ORDER BY r.created_at DESC, r.id DESC",
        )?;
        let rows = st.query_map([case_id], |r| {
            let sent_on = parse_opt_date(r, 3)?;
            let dates = crate::model::ReferralDates {
                accepted_on: parse_opt_date(r, 4)?,
                declined_on: parse_opt_date(r, 5)?,
                started_on: parse_opt_date(r, 6)?,
                ceased_on: parse_opt_date(r, 7)?,
                ..Default::default()
            };
            Ok(ReferralSummary {
                id: r.get(0)?,
                service: parse_enum(r, 1)?,
                provider_name: r.get(2)?,
                status: ReferralStatus::from_dates(&dates, sent_on),
                sent_on,
                sessions: r.get(8)?,
                minutes: r.get(9)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The referral row alone, for callers that do not need the whole page.
    pub fn referral(&self, id: i64) -> Result<Referral> {
        load_referral(self.conn(), id)
    }
}
