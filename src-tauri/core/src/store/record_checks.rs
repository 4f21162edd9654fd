//! What a record must hold before it can be finalised, each missing thing named in plain words
//! as a field problem, so the form can list them all at once rather than one per attempt.

use chrono::NaiveTime;

use crate::error::{Problems, Result};
use crate::message::{msg, Message};
use crate::message_labels::by_english;
use crate::model::case::short;
use crate::model::dates::parse_uk_date;
use crate::model::limits::check_record_content;
use crate::model::times::parse_time;
use crate::model::{
    Attendance, PersonRef, RecordContent, Referral, Session, SessionDetail, SessionStatus,
    SignerInput,
};

fn required(p: &mut Problems, field: &str, text: &str, message: &str) {
    if text.trim().is_empty() {
        match by_english(message) {
            Some(m) => p.say(field, Message::new(m)),
            None => p.add(field, message),
        }
    }
}

pub(crate) fn check_signer(p: &mut Problems, signer: &SignerInput) {
    required(
        p,
        "signer.name",
        &signer.name,
        "Enter your name to sign the record",
    );
    required(
        p,
        "signer.role",
        &signer.role,
        "Enter your role to sign the record",
    );
    short(p, "signer.name", signer.name.trim(), "Your name");
    short(p, "signer.role", signer.role.trim(), "Your role");
}

fn time_field(p: &mut Problems, field: &str, text: &str, what: &str) -> Option<NaiveTime> {
    let started = what == "started";
    match parse_time(text) {
        Ok(t) => Some(t),
        Err(_) if text.trim().is_empty() => {
            let m = if started {
                msg::ENTER_ACTUAL_START
            } else {
                msg::ENTER_ACTUAL_END
            };
            p.say(field, Message::new(m));
            None
        }
        Err(_) => {
            let m = if started {
                msg::ACTUAL_START_FORMAT
            } else {
                msg::ACTUAL_END_FORMAT
            };
            p.say(field, Message::new(m));
            None
        }
    }
}

fn stored_time(text: &Option<String>) -> Option<NaiveTime> {
    text.as_deref().and_then(|t| parse_time(t).ok())
}

/// Everyone recorded as present has an arrival and a departure, the departure after the arrival,
/// and nobody arrives after the session ended or leaves after it ended (people may arrive
/// before it starts: a child is often handed over early).
fn check_attendance(
    p: &mut Problems,
    attendance: &[Attendance],
    start: Option<NaiveTime>,
    end: Option<NaiveTime>,
) {
    let present: Vec<_> = attendance
        .iter()
        .filter(|a| a.arrived.is_some() || a.departed.is_some())
        .collect();
    if present.is_empty() {
        p.say(
            "attendance",
            Message::new(crate::message_records::WHO_ATTENDED),
        );
    }
    for a in present {
        let who = &a.full_name;
        let (arrived, departed) = (stored_time(&a.arrived), stored_time(&a.departed));
        if arrived.is_none() {
            p.say(
                "attendance",
                Message::new(crate::message_records::ENTER_ARRIVED).text("name", who),
            );
        }
        if departed.is_none() {
            p.say(
                "attendance",
                Message::new(crate::message_records::ENTER_LEFT).text("name", who),
            );
        }
        if let (Some(a), Some(d)) = (arrived, departed) {
            if d <= a {
                p.say(
                    "attendance",
                    Message::new(crate::message_records::LEFT_BEFORE_ARRIVED).text("name", who),
                );
            }
        }
        if let (Some(a), Some(end)) = (arrived, end) {
            if a > end {
                p.say(
                    "attendance",
                    Message::new(crate::message_records::ARRIVED_AFTER_END).text("name", who),
                );
            }
        }
        if let Some(d) = departed {
            if end.is_some_and(|end| d > end) {
                p.say(
                    "attendance",
                    Message::new(crate::message_records::LEFT_AFTER_END).text("name", who),
                );
            }
            if start.is_some_and(|start| d < start) {
                p.say(
                    "attendance",
                    Message::new(crate::message_records::LEFT_BEFORE_START).text("name", who),
                );
            }
        }
    }
}

/// A Record of Observed Contact: the session took place, its times and attendance are whole, and
/// every section the court expects is written, with one entry per child present.
pub(crate) fn check_observed(
    session: &Session,
    attendance: &[Attendance],
    content: &RecordContent,
    signer: &SignerInput,
) -> Result<()> {
    let mut p = Problems::default();
    if session.status != SessionStatus::TookPlace {
        p.say("session", Message::new(msg::MARK_TOOK_PLACE));
    }
    let start = time_field(&mut p, "actual_start", &content.actual_start, "started");
    let end = time_field(&mut p, "actual_end", &content.actual_end, "ended");
    // Attendance is checked against the session's times only when those are themselves right.
    let (start, end) = match (start, end) {
        (Some(s), Some(e)) if e <= s => {
            p.say("actual_end", Message::new(msg::END_AFTER_START));
            (None, None)
        }
        times => times,
    };
    check_attendance(&mut p, attendance, start, end);
    for (field, text, message) in [
        (
            "aim_and_requirements",
            &content.aim_and_requirements,
            "Write the aim of the session and any observation requirements",
        ),
        (
            "arrival_and_greeting",
            &content.arrival_and_greeting,
            "Describe the arrival and greeting",
        ),
        (
            "adult_engagement",
            &content.adult_engagement,
            "Describe the adult's engagement with the child",
        ),
    ] {
        required(&mut p, field, text, message);
    }
    for a in attendance.iter().filter(|a| a.arrived.is_some()) {
        if let PersonRef::Child(id) = a.person {
            let entry = content.children.iter().position(|c| c.child_id == id);
            let written =
                entry.is_some_and(|i| !content.children[i].observations.trim().is_empty());
            if !written {
                // The JSON path of the child's box when the form has one, so the error links to it.
                let field = entry.map_or("children".to_string(), |i| {
                    format!("children[{i}].observations")
                });
                let m = Message::new(msg::OBSERVATIONS_OF).text("name", a.full_name.as_str());
                p.say(field, m);
            }
        }
    }
    required(
        &mut p,
        "ending_and_handover",
        &content.ending_and_handover,
        "Describe the ending and handover",
    );
    required(&mut p, "summary", &content.summary, "Write the summary");
    check_signer(&mut p, signer);
    check_record_content(&mut p, content);
    p.into_result()
}

/// A communications log: at least one communication, each with its date and what it was.
pub(crate) fn check_communications(content: &RecordContent, signer: &SignerInput) -> Result<()> {
    let mut p = Problems::default();
    if content.communications.is_empty() {
        p.say(
            "communications",
            Message::new(crate::message_records::AT_LEAST_ONE_COMMUNICATION),
        );
    }
    for (i, c) in content.communications.iter().enumerate() {
        let n = i + 1;
        if parse_uk_date(&c.date).is_err() {
            p.say(
                format!("communications[{i}].date"),
                Message::new(crate::message_records::COMMUNICATION_DATE)
                    .text("number", n.to_string()),
            );
        }
        if c.what.trim().is_empty() {
            p.say(
                format!("communications[{i}].what"),
                Message::new(crate::message_records::COMMUNICATION_WHAT)
                    .text("number", n.to_string()),
            );
        }
    }
    check_signer(&mut p, signer);
    check_record_content(&mut p, content);
    p.into_result()
}

/// A Record of Supported Contact: contact has ceased, no session is still only scheduled, and
/// every session that took place has each attendee's arrival and departure.
pub(crate) fn check_supported(
    referral: &Referral,
    sessions: &[SessionDetail],
    signer: &SignerInput,
) -> Result<()> {
    let mut p = Problems::default();
    if referral.dates.ceased_on.is_none() {
        p.say(
            "contact_ceased",
            Message::new(crate::message_records::CEASED_FIRST),
        );
    }
    for d in sessions {
        let s = &d.session;
        let said = |m| {
            Message::new(m)
                .text("number", s.number.to_string())
                .text("date", crate::model::dates::uk(s.date))
        };
        match s.status {
            SessionStatus::Scheduled => {
                p.say("sessions", said(crate::message_records::SAY_WHETHER))
            }
            SessionStatus::TookPlace => {
                if d.attendance.is_empty() {
                    p.say(
                        "sessions",
                        said(crate::message_records::WHO_ATTENDED_SESSION),
                    );
                }
                for a in &d.attendance {
                    if a.arrived.is_none() || a.departed.is_none() {
                        p.say(
                            "sessions",
                            said(crate::message_records::ARRIVED_AND_LEFT)
                                .text("name", &a.full_name),
                        );
                    }
                }
            }
            SessionStatus::Cancelled | SessionStatus::DidNotAttend => {}
        }
    }
    check_signer(&mut p, signer);
    p.into_result()
}
