//! `show CASE_NO`: one case with its people, referrals (sessions and record status), incidents and
//! deadlines, as text for people or JSON for scripts.

use chrono::NaiveDate;
use contact_records_core::facade::ReferralDetail;
use contact_records_core::model::dates::uk;
use contact_records_core::model::times::duration_text;
use contact_records_core::model::{
    CaseDetail, ContactRecordKind, Incident, Language, RecordStatus, Sending, SessionStatus,
};
use contact_records_core::rules::Deadline;
use contact_records_core::{Error, Store};
use serde::Serialize;

use crate::output::{print_json, Table};

#[derive(Serialize)]
struct Shown {
    #[serde(flatten)]
    case: CaseDetail,
    referrals: Vec<ShownReferral>,
    incidents: Vec<Incident>,
    deadlines: Vec<Deadline>,
    /// The case's log of sending, oldest first.
    sendings: Vec<Sending>,
}

#[derive(Serialize)]
struct ShownReferral {
    #[serde(flatten)]
    detail: ReferralDetail,
    /// The record of each session, by session number (observed and communications records).
    session_records: Vec<SessionRecord>,
    /// Supported contact: the Record of Supported Contact.
    supported_record: Option<RecordStatus>,
}

#[derive(Serialize)]
struct SessionRecord {
    number: u32,
    record: Option<RecordStatus>,
}

/// The case with this court case number, or "not found" naming the number.
pub fn find_case(store: &Store, number: &str) -> Result<i64, Error> {
    store.find_case_by_number(number)?.ok_or_else(|| {
        Error::new(
            contact_records_core::ErrorCode::NotFound,
            format!(
                "No case has court case number {number}. List the cases with: contact-records cases"
            ),
        )
    })
}

pub fn run(store: &Store, number: &str, today: NaiveDate, json: bool) -> Result<(), Error> {
    let id = find_case(store, number)?;
    let case = store.get_case(id)?;
    let mut ids: Vec<i64> = store.list_referrals(id)?.iter().map(|r| r.id).collect();
    ids.sort_unstable();
    let mut referrals = Vec::new();
    for rid in ids {
        let detail = store.get_referral(rid, today)?;
        let kind = ContactRecordKind::for_service(detail.referral.service).ok();
        let supported = kind == Some(ContactRecordKind::Supported);
        let session_records = detail
            .sessions
            .iter()
            .map(|s| SessionRecord {
                number: s.session.number,
                record: (kind.is_some() && !supported)
                    .then(|| store.record_for_session(s.session.id, today).ok())
                    .flatten()
                    .map(|v| v.status),
            })
            .collect();
        let supported_record = supported
            .then(|| store.supported_record_for_referral(rid, today).ok())
            .flatten()
            .map(|v| v.status);
        referrals.push(ShownReferral {
            detail,
            session_records,
            supported_record,
        });
    }
    let mut incidents = store.list_incidents(id)?;
    incidents.sort_by_key(|i| (i.occurred_on, i.id));
    let shown = Shown {
        case,
        referrals,
        incidents,
        deadlines: store.case_deadlines(id, today)?,
        sendings: store.case_sendings(id)?,
    };
    if json {
        return print_json(&shown);
    }
    print_text(&shown);
    Ok(())
}

fn status_word(s: Option<RecordStatus>) -> &'static str {
    match s {
        None | Some(RecordStatus::NotStarted) => "not started",
        Some(RecordStatus::Draft) => "draft",
        Some(RecordStatus::Final) => "final",
    }
}

fn lang(l: Language) -> &'static str {
    match l {
        Language::English => "English",
        Language::Welsh => "Welsh",
    }
}

fn print_text(s: &Shown) {
    let c = &s.case.case;
    println!("{}  {}", c.court_case_number, c.case_name);
    println!("Court: {}", c.court);
    println!(
        "Cafcass number: {}  Adviser: {}  Status: {}",
        c.cafcass_number,
        c.adviser_name,
        serde_json::to_value(c.status)
            .ok()
            .and_then(|v| v.as_str().map(String::from))
            .unwrap_or_default()
    );
    println!();
    let mut people = Table::new(&["Person", "Who", "Born", "Language"]);
    for ch in &s.case.children {
        people.row(vec![
            ch.full_name.clone(),
            "child".into(),
            uk(ch.date_of_birth),
            lang(ch.language).into(),
        ]);
    }
    for a in &s.case.adults {
        let role = contact_records_core::model::attendee::describe(Some(a.role));
        let party = match a.party {
            contact_records_core::model::Party::Resident => "resident",
            contact_records_core::model::Party::Visiting => "visiting",
        };
        people.row(vec![
            a.full_name.clone(),
            format!("{role}, {party}"),
            String::new(),
            lang(a.language).into(),
        ]);
    }
    print!("{}", people.render());
    for (i, r) in s.referrals.iter().enumerate() {
        let d = &r.detail;
        println!();
        println!(
            "Referral {}: {} at {} ({})",
            i + 1,
            d.referral.service.label(),
            d.referral.provider_name,
            serde_json::to_value(d.referral.status)
                .ok()
                .and_then(|v| v.as_str().map(String::from))
                .unwrap_or_default()
        );
        let names: Vec<&str> = d
            .permitted_people
            .iter()
            .map(|p| p.full_name.as_str())
            .collect();
        println!("  May attend: {}", names.join(", "));
        if let Some(st) = r.supported_record {
            println!("  Record of Supported Contact: {}", status_word(Some(st)));
        }
        if d.sessions.is_empty() {
            println!("  No sessions yet.");
            continue;
        }
        let mut t = Table::new(&["  No.", "Date", "Start", "Length", "Status", "Record"]);
        for sd in &d.sessions {
            let ss = &sd.session;
            let record = r
                .session_records
                .iter()
                .find(|x| x.number == ss.number)
                .and_then(|x| x.record);
            t.row(vec![
                format!("  {}", ss.number),
                uk(ss.date),
                ss.start_time.clone(),
                duration_text(ss.duration_minutes),
                match ss.status {
                    SessionStatus::Scheduled => "scheduled",
                    SessionStatus::TookPlace => "took place",
                    SessionStatus::Cancelled => "cancelled",
                    SessionStatus::DidNotAttend => "did not attend",
                }
                .into(),
                if r.supported_record.is_some() {
                    "-".into()
                } else {
                    status_word(record).into()
                },
            ]);
        }
        print!("{}", t.render());
    }
    println!();
    if s.incidents.is_empty() {
        println!("No incidents.");
    } else {
        println!("Incidents");
        let mut t = Table::new(&["Date", "What", "By whom"]);
        for i in &s.incidents {
            t.row(vec![
                uk(i.occurred_on),
                i.kind.label().into(),
                i.by_whom.clone(),
            ]);
        }
        print!("{}", t.render());
    }
    println!();
    crate::sent::print(&s.sendings);
    println!();
    let open: Vec<&Deadline> = s.deadlines.iter().filter(|d| !d.done).collect();
    if open.is_empty() {
        println!("Nothing is due.");
    } else {
        println!("Deadlines");
        let mut t = Table::new(&["Due", "What to do"]);
        for d in open {
            t.row(vec![uk(d.due), d.what.clone()]);
        }
        print!("{}", t.render());
    }
}
