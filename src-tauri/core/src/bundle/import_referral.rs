//! A referral in an import: the referral through the referral form's own checks, its progress
//! (sent, accepted, remote suitability, ceased), its records and reports, and its sessions
//! through the session form's checks (length, the centre's hours, who may attend).

use std::collections::HashMap;

use chrono::NaiveDate;

use super::format::*;
use super::import::{said, Importer};
use super::paths::{field, item};
use crate::error::Result;
use crate::model::session::{MAX_SESSION_MINUTES, MIN_SESSION_MINUTES};
use crate::model::*;
use crate::rules::hours::check_centre_hours;
use crate::store::sql::iso;

impl Importer<'_> {
    /// Adds one referral with its progress and sessions; returns its id and its sessions' ids
    /// by number, for the incidents (None when the referral itself was refused).
    pub(super) fn referral(
        &mut self,
        path: &str,
        case_id: i64,
        r: &BundleReferral,
        refs: &HashMap<String, PersonRef>,
        out: &mut ImportedCase,
    ) -> Result<Option<(i64, HashMap<u32, i64>)>> {
        let mut permitted = Vec::new();
        for (k, p) in r.permitted.iter().enumerate() {
            if let Some(who) = self.person(item(path, "permitted", k), p, refs) {
                permitted.push(who);
            }
        }
        let opt = |d: Option<NaiveDate>| d.map(iso).unwrap_or_default();
        let input = ReferralInput {
            service: r.service,
            cci_kinds: r.cci_kinds.clone(),
            basis: r.basis,
            provider_name: r.provider_name.clone(),
            provider_address: r.provider_address.clone(),
            provider_naccc_accredited: r.provider_naccc_accredited,
            provider_email: r.provider_email.clone(),
            risk_assessment: r.risk_assessment.clone(),
            risk_assessed_on: opt(r.risk_assessed_on),
            risk_assessed_by: r.risk_assessed_by.clone(),
            session_plan: r.session_plan.clone(),
            planned_sessions: r.planned_sessions,
            remote_assessed_on: opt(r.remote_assessed_on),
            remote_assessed_by: r.remote_assessed_by.clone(),
            remote_discussed: r.remote_discussed.clone(),
            remote_limitations: r.remote_limitations.clone(),
            remote_feedback: r.remote_feedback.clone(),
            permitted,
        };
        let res = self.store.create_referral(case_id, &input, self.today);
        let Some(d) = self.step(path, res)? else {
            return Ok(None);
        };
        let id = d.referral.id;
        out.referrals += 1;
        if let Some(sent) = r.sent_on {
            let res = self.store.mark_referral_sent(id, &iso(sent), self.today);
            self.step(path, res)?;
        }
        let dates = ReferralDatesInput {
            received_on: opt(r.received_on),
            accepted_on: opt(r.accepted_on),
            declined_on: opt(r.declined_on),
            started_on: opt(r.started_on),
            ceased_on: opt(r.ceased_on),
            reviewed_on: opt(r.reviewed_on),
        };
        if dates != ReferralDatesInput::default() {
            let res = self.store.update_referral_dates(id, &dates, self.today);
            self.step(path, res)?;
        }
        if let Some(c) = &r.duty_consultation {
            let input = crate::model::DutyConsultationInput {
                consulted_on: iso(c.consulted_on),
                duty_officer: c.duty_officer.clone(),
            };
            let res = self
                .store
                .import_duty_consultation(id, &input, &c.recorded_by, self.today);
            self.step(&field(path, "duty_consultation"), res)?;
        }
        if let Some(a) = &r.pre_contact {
            let input = crate::model::PreContactInput {
                assessed_on: iso(a.assessed_on),
                assessed_by: a.assessed_by.clone(),
                notes: a.notes.clone(),
            };
            let res = self.store.record_pre_contact(id, &input, self.today);
            self.step(&field(path, "pre_contact"), res)?;
        }
        // Before the sessions: a reason recorded then lets sessions past the review be held.
        for (k, o) in r.review_overrides.iter().enumerate() {
            let input = crate::model::ReviewOverrideInput {
                reason: o.reason.clone(),
            };
            let res = self
                .store
                .import_review_override(id, &input, o.decided_on, &o.decided_by);
            self.step(&item(path, "review_overrides", k), res)?;
        }
        let mut sessions = HashMap::new();
        let mut counted = 0u32;
        // Sessions with a problem already reported: the final record citing their records is
        // not blamed again for it.
        let mut reported = Vec::new();
        for (k, s) in r.sessions.iter().enumerate() {
            let at = item(path, "sessions", k);
            let expected = k as u32 + 1;
            if s.number != expected {
                self.note(
                    field(&at, "number"),
                    crate::message::Message::new(crate::message_import_words::SESSION_NUMBER_ORDER)
                        .text("expected", expected.to_string())
                        .text("number", s.number.to_string()),
                );
            }
            // The 6-hour rule checked here as well as in the store, so that the problem points
            // at the length that breaks it. A length out of range is left to the session form,
            // which says what lengths are allowed.
            let in_range =
                (MIN_SESSION_MINUTES..=MAX_SESSION_MINUTES).contains(&s.duration_minutes);
            if in_range {
                if let Err(e) = check_centre_hours(r.service, s.status, s.duration_minutes, counted)
                {
                    self.note(field(&at, "duration_minutes"), said(e.message, e.msg));
                    continue;
                }
            }
            let before = self.problems.len();
            let imported = self.session(&at, id, s, refs, out)?;
            if self.problems.len() > before {
                reported.push(s.number);
            }
            if let Some(session_id) = imported {
                if s.status.counts() {
                    counted = counted.saturating_add(s.duration_minutes);
                }
                sessions.insert(s.number, session_id);
            }
        }
        if let Some(rec) = &r.supported_record {
            let at = field(path, "supported_record");
            self.record(&at, id, None, rec, refs, out)?;
        }
        if let Some(f) = &r.final_record {
            let at = field(path, "final_record");
            if !self
                .signer_keys
                .contains(&f.signed_document.signer.public_key)
            {
                self.note(
                    field(&at, "signed_document"),
                    "the signer's key is not in the bundle's signers list",
                );
            }
            let res = self.store.import_final_observed(
                id,
                &f.signed_document,
                &f.signature_ed25519,
                &f.fingerprint,
                &self.bundle_case_number.clone(),
                self.options.trust_new_signers,
                &reported,
            );
            if self.step(&at, res)?.is_some() {
                out.records += 1;
            }
        }
        if self.report(path, id, r, &reported)? {
            out.reports += 1;
        }
        Ok(Some((id, sessions)))
    }

    fn session(
        &mut self,
        path: &str,
        referral_id: i64,
        s: &BundleSession,
        refs: &HashMap<String, PersonRef>,
        out: &mut ImportedCase,
    ) -> Result<Option<i64>> {
        let input = SessionInput {
            date: iso(s.date),
            start_time: s.start_time.clone(),
            duration_minutes: s.duration_minutes,
            venue: s.venue.clone(),
            supervisor: s.supervisor.clone(),
            status: s.status,
            cancelled_by: s.cancelled_by,
            cancel_reason: s.cancel_reason.clone(),
        };
        let res = self.store.insert_session(referral_id, &input, self.today);
        let Some(session_id) = self.step(path, res)? else {
            return Ok(None);
        };
        out.sessions += 1;
        for (k, a) in s.attendance.iter().enumerate() {
            let at = item(path, "attendance", k);
            let Some(who) = self.person(field(&at, "person"), &a.person, refs) else {
                continue;
            };
            let input = AttendanceInput {
                person: who,
                arrived: a.arrived.clone().unwrap_or_default(),
                departed: a.departed.clone().unwrap_or_default(),
                brought_by: a.brought_by.clone(),
                late_reason: a.late_reason.clone(),
            };
            let res = self.store.put_attendance(session_id, &input);
            if self.step(&at, res)?.is_some() {
                out.attendance += 1;
            }
        }
        if let Some(rec) = &s.record {
            self.record(
                &field(path, "record"),
                referral_id,
                Some(session_id),
                rec,
                refs,
                out,
            )?;
        }
        Ok(Some(session_id))
    }
}
