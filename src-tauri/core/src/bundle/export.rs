//! Export: reads cases through the store's own queries and writes them as a case bundle.

use std::collections::HashMap;
use std::io::Write;
use std::path::Path;

use chrono::{DateTime, NaiveDate, Utc};

use super::format::*;
use crate::error::Result;
use crate::facade::ReferralDetail;
use crate::model::{ContactRecordKind, PersonRef};
use crate::store::{records, Store};

/// The bundle of the given cases, in the order given, with the data file's settings.
pub fn export_cases(store: &Store, case_ids: &[i64], now: DateTime<Utc>) -> Result<CaseBundle> {
    let today = now.date_naive();
    let cases = case_ids
        .iter()
        .map(|&id| export_case(store, id, today))
        .collect::<Result<Vec<_>>>()?;
    let office = store.office_deadlines()?;
    Ok(CaseBundle {
        format: BUNDLE_FORMAT.into(),
        version: BUNDLE_VERSION,
        exported_at: now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        settings: BundleSettings {
            calendar_kind: store.calendar_kind()?,
            session_record_days: Some(office.session_record_days),
            incident_follow_up_days: Some(office.incident_follow_up_days),
            closure_days: store
                .list_closure_days()?
                .into_iter()
                .map(|c| BundleClosureDay {
                    date: c.date,
                    reason: c.reason,
                })
                .collect(),
        },
        signers: signers_of(&cases),
        cases,
    })
}

/// Everyone who signed a record or addendum in `cases`, once each, in the order first met.
fn signers_of(cases: &[BundleCase]) -> Vec<BundleSigner> {
    let mut out: Vec<BundleSigner> = Vec::new();
    let mut add = |d: &crate::model::SignedRecord| {
        if !out.iter().any(|s| s.public_key == d.signer.public_key) {
            out.push(BundleSigner {
                name: d.signer.name.clone(),
                role: d.signer.role.clone(),
                public_key: d.signer.public_key.clone(),
                key_fingerprint: crate::model::signing::key_fingerprint(&d.signer.public_key),
            });
        }
    };
    for c in cases {
        for r in &c.referrals {
            let records = r
                .sessions
                .iter()
                .filter_map(|s| s.record.as_ref())
                .chain(r.supported_record.as_ref());
            for rec in records {
                if let Some(d) = &rec.signed_snapshot {
                    add(d);
                }
                rec.addenda.iter().for_each(|a| add(&a.signed_document));
            }
            if let Some(f) = &r.final_record {
                add(&f.signed_document);
            }
            super::reports::report_documents(r)
                .into_iter()
                .for_each(&mut add);
        }
    }
    out
}

/// The bundle as the pretty JSON written to files (two-space indent, a final newline).
pub fn bundle_to_json(bundle: &CaseBundle) -> Result<String> {
    let mut text = serde_json::to_string_pretty(bundle).map_err(|e| {
        crate::message_storage::internal(format_args!(
            "the bundle could not be written as JSON: {e}"
        ))
    })?;
    text.push('\n');
    Ok(text)
}

/// Writes the bundle to `path` atomically: to a temporary file beside it, flushed to disk, then
/// renamed over `path`, so a crash never leaves half a bundle under the real name.
pub fn write_bundle_file(path: &Path, bundle: &CaseBundle) -> Result<()> {
    let text = bundle_to_json(bundle)?;
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "bundle.json".into());
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let failed = |e: std::io::Error| crate::message_storage::write_error(path, &e);
    let written = (|| {
        let _ = std::fs::remove_file(&tmp);
        let mut f = crate::private_files::create_private_file(&tmp)?;
        f.write_all(text.as_bytes())?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if let Err(e) = written {
        let _ = std::fs::remove_file(&tmp);
        return Err(failed(e));
    }
    Ok(())
}

/// Bundle-local names of a case's people: "child-1", "child-2" … and "adult-1" … in the order
/// the case lists them.
pub(crate) struct Refs(HashMap<PersonRef, String>);

impl Refs {
    fn name(&self, who: PersonRef) -> Result<String> {
        self.0.get(&who).cloned().ok_or_else(|| {
            crate::message_storage::storage(crate::message_storage::PERSON_NOT_IN_CASE)
        })
    }
}

fn export_case(store: &Store, case_id: i64, today: NaiveDate) -> Result<BundleCase> {
    let detail = store.get_case(case_id)?;
    let mut refs = HashMap::new();
    let children = detail
        .children
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let r = format!("child-{}", i + 1);
            refs.insert(PersonRef::Child(c.id), r.clone());
            BundleChild {
                reference: r,
                full_name: c.full_name.clone(),
                date_of_birth: c.date_of_birth,
                language: c.language,
                needs: c.needs.clone(),
            }
        })
        .collect();
    let adults = detail
        .adults
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let r = format!("adult-{}", i + 1);
            refs.insert(PersonRef::Adult(a.id), r.clone());
            BundleAdult {
                reference: r,
                full_name: a.full_name.clone(),
                role: a.role,
                party: a.party,
                contact_details: a.contact_details.clone(),
                language: a.language,
            }
        })
        .collect();
    let refs = Refs(refs);

    let mut referral_ids: Vec<i64> = store
        .list_referrals(case_id)?
        .into_iter()
        .map(|r| r.id)
        .collect();
    referral_ids.sort_unstable();
    let mut referrals = Vec::new();
    // referral id -> (position, session id -> number), for the incidents.
    let mut positions: HashMap<i64, (u32, HashMap<i64, u32>)> = HashMap::new();
    for (pos, id) in referral_ids.iter().enumerate() {
        let d = store.get_referral(*id, today)?;
        let numbers = d
            .sessions
            .iter()
            .map(|s| (s.session.id, s.session.number))
            .collect();
        positions.insert(*id, (pos as u32, numbers));
        referrals.push(export_referral(store, &d, &refs)?);
    }

    let mut incidents = store.list_incidents(case_id)?;
    incidents.sort_by_key(|i| i.id);
    let incident_at: HashMap<i64, u32> = incidents
        .iter()
        .enumerate()
        .map(|(k, i)| (i.id, k as u32))
        .collect();
    let sendings =
        super::export_sending::export_sendings(store, case_id, &positions, &incident_at)?;
    let incidents = incidents
        .into_iter()
        .map(|i| {
            let at = i.referral_id.and_then(|r| positions.get(&r));
            BundleIncident {
                referral: at.map(|(pos, _)| *pos),
                session: i
                    .session_id
                    .and_then(|s| at.and_then(|(_, n)| n.get(&s).copied())),
                occurred_on: i.occurred_on,
                occurred_time: i.occurred_time,
                kind: i.kind,
                by_whom: i.by_whom,
                people_involved: i.people_involved,
                what_happened: i.what_happened,
                action_taken: i.action_taken,
                police_told_on: i.police_told_on,
                police_told_whom: i.police_told_whom,
                social_services_told_on: i.social_services_told_on,
                social_services_told_whom: i.social_services_told_whom,
                reported_to_referrer_on: i.reported_to_referrer_on,
                written_followup_sent_on: i.written_followup_sent_on,
            }
        })
        .collect();

    let c = detail.case;
    Ok(BundleCase {
        signed_as_number: store.signed_as_number(c.id)?,
        court_case_number: c.court_case_number,
        case_name: c.case_name,
        court: c.court,
        cafcass_number: c.cafcass_number,
        cafcass_system: c.cafcass_system,
        adviser_name: c.adviser_name,
        status: c.status,
        notes: c.notes,
        children,
        adults,
        referrals,
        incidents,
        sendings,
    })
}

/// The record of a session, or with `session_id` None the supported record of the referral.
fn record_of(
    store: &Store,
    referral_id: i64,
    session_id: Option<i64>,
    refs: &Refs,
) -> Result<Option<BundleRecord>> {
    let conn = store.conn();
    let row = match session_id {
        Some(id) => records::record_of_session(conn, id)?,
        None => records::supported_record_of(conn, referral_id)?,
    };
    row.map(|row| {
        let addenda = records::addenda_of(conn, row.id)?;
        super::records::export_record(&row, &addenda, &refs.0)
    })
    .transpose()
}

fn export_referral(store: &Store, d: &ReferralDetail, refs: &Refs) -> Result<BundleReferral> {
    let r = &d.referral;
    let permitted = r
        .permitted
        .iter()
        .map(|p| refs.name(*p))
        .collect::<Result<_>>()?;
    let mut sessions: Vec<_> = d.sessions.iter().collect();
    sessions.sort_by_key(|s| s.session.number);
    let sessions = sessions
        .into_iter()
        .map(|sd| {
            let s = &sd.session;
            let attendance = sd
                .attendance
                .iter()
                .map(|a| {
                    Ok(BundleAttendance {
                        person: refs.name(a.person)?,
                        arrived: a.arrived.clone(),
                        departed: a.departed.clone(),
                        brought_by: a.brought_by.clone(),
                        late_reason: a.late_reason.clone(),
                    })
                })
                .collect::<Result<_>>()?;
            Ok(BundleSession {
                number: s.number,
                date: s.date,
                start_time: s.start_time.clone(),
                duration_minutes: s.duration_minutes,
                venue: s.venue.clone(),
                supervisor: s.supervisor.clone(),
                status: s.status,
                cancelled_by: s.cancelled_by,
                cancel_reason: s.cancel_reason.clone(),
                attendance,
                record: if is_supported(r.service) {
                    None
                } else {
                    record_of(store, r.id, Some(s.id), refs)?
                },
            })
        })
        .collect::<Result<_>>()?;
    Ok(BundleReferral {
        service: r.service,
        cci_kinds: r.cci_kinds.clone(),
        basis: r.basis,
        provider_name: r.provider_name.clone(),
        provider_address: r.provider_address.clone(),
        provider_naccc_accredited: r.provider_naccc_accredited,
        provider_email: r.provider_email.clone(),
        risk_assessment: r.risk_assessment.clone(),
        risk_assessed_on: r.risk_assessed_on,
        risk_assessed_by: r.risk_assessed_by.clone(),
        session_plan: r.session_plan.clone(),
        planned_sessions: r.planned_sessions,
        remote_assessed_on: r.remote_assessed_on,
        remote_assessed_by: r.remote_assessed_by.clone(),
        remote_discussed: r.remote_discussed.clone(),
        remote_limitations: r.remote_limitations.clone(),
        remote_feedback: r.remote_feedback.clone(),
        permitted,
        sent_on: r.sent_on,
        received_on: r.dates.received_on,
        accepted_on: r.dates.accepted_on,
        declined_on: r.dates.declined_on,
        started_on: r.dates.started_on,
        ceased_on: r.dates.ceased_on,
        reviewed_on: r.dates.reviewed_on,
        sessions,
        supported_record: if is_supported(r.service) {
            record_of(store, r.id, None, refs)?
        } else {
            None
        },
        final_record: store
            .final_record_text(r.id)?
            .map(|t| -> Result<BundleFinalRecord> {
                Ok(BundleFinalRecord {
                    signed_document: serde_json::from_str(&t.canonical).map_err(|_| {
                        crate::message_storage::storage(
                            crate::message_storage::SIGNED_RECORD_UNREADABLE,
                        )
                    })?,
                    fingerprint: crate::model::signing::fingerprint(&t.canonical),
                    signature_ed25519: t.signature,
                })
            })
            .transpose()?,
        report: super::reports::export_report(store, r.id)?,
        review_overrides: store
            .review_overrides(r.id)?
            .into_iter()
            .map(|o| super::format::BundleReviewOverride {
                reason: o.reason,
                decided_on: o.decided_on,
                decided_by: o.decided_by,
            })
            .collect(),
        pre_contact: store
            .pre_contact(r.id)?
            .map(|a| super::format::BundlePreContact {
                assessed_on: a.assessed_on,
                assessed_by: a.assessed_by,
                notes: a.notes,
            }),
        duty_consultation: store.duty_consultation(r.id)?.map(|c| {
            super::format::BundleDutyConsultation {
                consulted_on: c.consulted_on,
                duty_officer: c.duty_officer,
                recorded_by: c.recorded_by,
            }
        }),
    })
}

fn is_supported(service: crate::model::Service) -> bool {
    ContactRecordKind::for_service(service) == Ok(ContactRecordKind::Supported)
}
