//! From a record's document (model/signed.rs) to the plain report data the PDFs are drawn from.
//! A finalised record is printed from its signed document only; a draft from the document built
//! live. Labels ("Father (visiting)", "Child, 7", the service) are made here, so the signed
//! document holds codes and data only.

use chrono::{NaiveDate, NaiveTime};

use super::record_data::*;
use super::record_texts::Bi;
use super::strings::Language;
use crate::model::signed::*;
use crate::model::times::{minutes_of_day, parse_time};
use crate::model::{AdultRole, CafcassSystem, CancelledBy, Party, RecordSource, SessionStatus};

fn time(text: &str) -> Option<NaiveTime> {
    parse_time(text).ok()
}

fn system_label(s: CafcassSystem) -> &'static str {
    match s {
        CafcassSystem::Iris => "Cafcass Cymru (IRIS)",
        CafcassSystem::Ecms => "Cafcass (ECMS)",
    }
}

/// A label made from the document's codes, in the record's language ("Cymraeg / English" when
/// bilingual, Welsh first).
fn label(lang: Language, cy: &str, en: &str) -> String {
    Bi::new(cy, en).joined(lang, " / ")
}

fn service_label(service: crate::model::Service, lang: Language) -> String {
    use crate::model::Service as S;
    let cy = match service {
        S::SupportedContact => "Cyswllt â chymorth",
        S::SupervisedContact => "Cyswllt dan oruchwyliaeth",
        S::RemoteSupervisedContact => "Cyswllt o bell dan oruchwyliaeth",
        S::ChildContactIntervention => "Ymyriad Cyswllt Plant",
        S::Level1IndirectContactSupport => "Lefel 1: cymorth cyswllt anuniongyrchol",
        S::Level1IndividualWorkWithChildren => "Lefel 1: gwaith unigol gyda phlant",
        S::Level1EscortedContact => "Lefel 1: cyswllt gyda hebryngwr",
        S::Level2ContactIntervention => "Lefel 2: ymyriad cyswllt, gydag arsylwi ac adroddiad",
        S::Level3ContactSupervision => {
            "Lefel 3: goruchwylio cyswllt gydag adroddiad gwaith cymdeithasol"
        }
        S::Spip => "Rhaglen Wybodaeth i Rieni sy’n Gwahanu (SPIP)",
    };
    label(lang, cy, service.label())
}

/// The front of a record: from the document's case and referral parts.
pub fn header(doc: &SignedRecord, supervisor: &str, lang: Language) -> RecordHeader {
    let r = doc.referral.as_ref();
    RecordHeader {
        case_name: doc.case.case_name.clone(),
        court: doc.case.court.clone(),
        court_case_number: doc.case.court_case_number.clone(),
        cafcass_number: doc.case.cafcass_number.clone(),
        cafcass_system: system_label(doc.case.cafcass_system).into(),
        referring_adviser: doc.case.adviser_name.clone(),
        referring_adviser_role: None,
        provider: r.map(|r| r.provider_name.clone()).unwrap_or_default(),
        service: r
            .map(|r| service_label(r.service, lang))
            .unwrap_or_default(),
        referral_sent: r.and_then(|r| r.sent_on),
        referral_accepted: r.and_then(|r| r.accepted_on),
        contact_started: r.and_then(|r| r.started_on),
        contact_ceased: r.and_then(|r| r.ceased_on),
        supervisor: supervisor.into(),
        remote_assessment: r.and_then(|r| r.remote_assessment.clone()),
    }
}

fn age_on(born: NaiveDate, on: NaiveDate) -> u32 {
    on.years_since(born).unwrap_or(0)
}

fn adult_role(role: AdultRole, party: Party, lang: Language) -> String {
    let (rc, re) = match role {
        AdultRole::Mother => ("Mam", "Mother"),
        AdultRole::Father => ("Tad", "Father"),
        AdultRole::Grandparent => ("Nain neu daid", "Grandparent"),
        AdultRole::OtherRelative => ("Perthynas arall", "Other relative"),
        AdultRole::Other => ("Oedolyn arall", "Other adult"),
    };
    let (pc, pe) = match party {
        Party::Resident => ("preswyl", "resident"),
        Party::Visiting => ("sy’n ymweld", "visiting"),
    };
    label(lang, &format!("{rc} ({pc})"), &format!("{re} ({pe})"))
}

fn attendance(s: &DocSession, lang: Language) -> Vec<AttendanceRow> {
    s.attendance
        .iter()
        .map(|a| AttendanceRow {
            person: a.person.full_name().to_string(),
            role: match &a.person {
                DocPerson::Child { date_of_birth, .. } => {
                    let age = age_on(*date_of_birth, s.date);
                    label(
                        lang,
                        &format!("Plentyn, {age} oed"),
                        &format!("Child, {age}"),
                    )
                }
                DocPerson::Adult { role, party, .. } => adult_role(*role, *party, lang),
            },
            arrived: a.arrived.as_deref().and_then(time),
            left: a.departed.as_deref().and_then(time),
            brought_by: a.brought_by.clone(),
            notes: a.late_reason.clone(),
        })
        .collect()
}

/// The scheduled start and end of a session (the end capped at 23:59).
fn scheduled(s: &DocSession) -> (Option<NaiveTime>, Option<NaiveTime>) {
    let start = time(&s.start_time);
    let end = start.and_then(|t| {
        let m = (minutes_of_day(t) + s.duration_minutes).min(23 * 60 + 59);
        NaiveTime::from_hms_opt(m / 60, m % 60, 0)
    });
    (start, end)
}

/// An incident as the records tell it: who was told, and when.
pub fn incident(i: &DocIncident, lang: Language) -> IncidentSummary {
    let mut told = Vec::new();
    let mut first: Option<NaiveDate> = None;
    let mut note = |who: String, on: Option<NaiveDate>| {
        if let Some(on) = on {
            told.push(who);
            first = Some(first.map_or(on, |f: NaiveDate| f.min(on)));
        }
    };
    let police = label(lang, "Yr heddlu", "Police");
    note(
        format!("{police}: {}", i.police_told_whom),
        i.police_told_on,
    );
    let social = label(lang, "Gwasanaethau cymdeithasol", "Social services");
    note(
        format!("{social}: {}", i.social_services_told_whom),
        i.social_services_told_on,
    );
    note(
        label(lang, "Yr atgyfeiriwr", "The referrer"),
        i.reported_to_referrer_on,
    );
    let at = i
        .occurred_time
        .as_deref()
        .and_then(time)
        .unwrap_or_default();
    IncidentSummary {
        when: i.occurred_on.and_time(at),
        session_number: i.session_number,
        what_happened: i.what_happened.clone(),
        action_taken: i.action_taken.clone(),
        reported_to: told.join("; "),
        reported_on: first,
        written_follow_up_sent: i.written_followup_sent_on,
    }
}

fn signature_of(doc: &SignedRecord) -> Option<Signature> {
    Some(Signature {
        name: doc.signer.name.clone(),
        role: doc.signer.role.clone(),
        signed_at: doc.signed_at_time()?,
        key_fingerprint: Some(crate::model::signing::key_fingerprint(
            &doc.signer.public_key,
        )),
    })
}

/// The addenda of a record, from their signed documents (unreadable ones are left out: `verify`
/// names them).
pub(crate) fn addenda(list: &[SignedText]) -> Vec<Addendum> {
    list.iter()
        .filter_map(|t| serde_json::from_str::<SignedRecord>(&t.canonical).ok())
        .filter_map(|d| {
            let a = d.addendum.as_ref()?;
            Some(Addendum {
                signed_at: d.signed_at_time()?,
                name: d.signer.name.clone(),
                role: d.signer.role.clone(),
                reason: a.reason.clone(),
                text: a.text.clone(),
            })
        })
        .collect()
}

/// One session's Record of Observed Contact from its document.
pub fn observed(src: &RecordSource, lang: Language) -> (RecordHeader, ObservedSession) {
    let doc = &src.document;
    let empty = DocContent::default();
    let c = doc.content.as_ref().unwrap_or(&empty);
    let session = doc.session.clone().unwrap_or_else(|| DocSession {
        number: 0,
        date: NaiveDate::default(),
        start_time: String::new(),
        duration_minutes: 0,
        venue: String::new(),
        supervisor: String::new(),
        status: SessionStatus::Scheduled,
        cancelled_by: None,
        cancel_reason: String::new(),
        attendance: Vec::new(),
    });
    let (scheduled_start, scheduled_end) = scheduled(&session);
    let remote = doc
        .referral
        .as_ref()
        .is_some_and(|r| r.service == crate::model::Service::RemoteSupervisedContact);
    let signed = src.signed.as_ref();
    let observed = ObservedSession {
        number: session.number,
        of_planned: doc.referral.as_ref().and_then(|r| r.planned_sessions),
        date: session.date,
        scheduled_start,
        scheduled_end,
        actual_start: time(&c.actual_start),
        actual_end: time(&c.actual_end),
        venue: session.venue.clone(),
        remote,
        attendance: attendance(&session, lang),
        aim_and_requirements: c.aim_and_requirements.clone(),
        arrival_and_greeting: c.arrival_and_greeting.clone(),
        adult_engagement: c.adult_engagement.clone(),
        children: c
            .children
            .iter()
            .map(|n| ChildResponse {
                child_name: n.full_name.clone(),
                child_age: Some(age_on(n.date_of_birth, session.date)),
                observations: n.observations.clone(),
                quotes: n.quotes.clone(),
            })
            .collect(),
        physical_contact_gifts_food_photos_phones: c
            .physical_contact_gifts_food_photos_phones
            .clone(),
        conversation_about_case: c.conversation_about_case.clone(),
        interventions: c
            .interventions
            .iter()
            .map(|i| Intervention {
                time: time(&i.time),
                what: i.what.clone(),
                why: i.why.clone(),
                response: i.response.clone(),
            })
            .collect(),
        concerns_and_safeguarding: c.concerns_and_safeguarding.clone(),
        incidents: doc.incidents.iter().map(|i| incident(i, lang)).collect(),
        ending_and_handover: c.ending_and_handover.clone(),
        summary: c.summary.clone(),
        worker_reflections: c.worker_reflections.clone(),
        signature: signed.and_then(|_| signature_of(doc)),
        addenda: addenda(&src.addenda),
        fingerprint: signed.map(|t| crate::model::signing::fingerprint(&t.canonical)),
    };
    (header(doc, &session.supervisor, lang), observed)
}

fn cancelled_by(by: Option<CancelledBy>, lang: Language) -> String {
    let (cy, en) = match by {
        Some(CancelledBy::ResidentParty) => ("y parti preswyl", "the resident party"),
        Some(CancelledBy::VisitingParty) => ("y parti sy’n ymweld", "the visiting party"),
        Some(CancelledBy::Provider) => ("y ganolfan", "the centre"),
        Some(CancelledBy::Referrer) => ("yr atgyfeiriwr", "the referrer"),
        Some(CancelledBy::Other) | None => ("rhywun arall", "someone else"),
    };
    label(lang, cy, en)
}

/// Who did not come to a missed session: the people with no arrival time, or "" when unknown.
fn did_not_come(s: &DocSession) -> String {
    s.attendance
        .iter()
        .filter(|a| a.arrived.is_none())
        .map(|a| a.person.full_name().to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Every session of a whole-referral document as the monitoring information reports it.
pub fn supported_sessions(doc: &SignedRecord, lang: Language) -> Vec<SupportedSession> {
    doc.sessions
        .iter()
        .filter(|s| s.status != SessionStatus::Scheduled)
        .map(|s| {
            let (scheduled_start, scheduled_end) = scheduled(s);
            SupportedSession {
                number: s.number,
                date: s.date,
                scheduled_start,
                scheduled_end,
                status: match s.status {
                    SessionStatus::Cancelled => SupportedStatus::Cancelled {
                        by: cancelled_by(s.cancelled_by, lang),
                    },
                    SessionStatus::DidNotAttend => SupportedStatus::DidNotAttend {
                        who: did_not_come(s),
                    },
                    _ => SupportedStatus::Attended,
                },
                attendance: attendance(s, lang),
            }
        })
        .collect()
}

/// The signature and fingerprint of a signed whole-referral record.
pub fn signed_parts(
    doc: &SignedRecord,
    signed: Option<&SignedText>,
) -> (Option<Signature>, Option<String>) {
    match signed {
        Some(t) => (
            signature_of(doc),
            Some(crate::model::signing::fingerprint(&t.canonical)),
        ),
        None => (None, None),
    }
}
