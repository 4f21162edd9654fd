//! The log of sending as the CLI shows it: under a case (`show`) and beside the deadline each
//! entry concerns (`deadlines --json`).

use contact_records_core::model::dates::uk;
use contact_records_core::model::{
    ContactRecordKind, Recipient, SendMethod, Sending, SentItemKind,
};
use contact_records_core::rules::{Deadline, DeadlineKind};
use contact_records_core::{Error, Store};
use serde::Serialize;

use crate::output::Table;

/// A deadline with the sendings of what it asks to send.
#[derive(Serialize)]
pub struct DeadlineWithSendings {
    #[serde(flatten)]
    pub deadline: Deadline,
    pub sendings: Vec<Sending>,
}

/// The sendings logged for the thing a deadline asks to send (none for other deadlines).
pub fn for_deadline(store: &Store, d: &Deadline) -> Result<Vec<Sending>, Error> {
    let item = match (d.kind, d.referral_id, d.session_id, d.incident_id) {
        (DeadlineKind::ObservedContactRecord, _, Some(sid), _) => {
            Some((SentItemKind::SessionRecord, sid))
        }
        (DeadlineKind::FinalRecord, Some(rid), _, _) => {
            let service = store.referral(rid)?.service;
            let kind = match ContactRecordKind::of_service(service) {
                Some(ContactRecordKind::Supported) => SentItemKind::SupportedRecord,
                _ => SentItemKind::FinalRecord,
            };
            Some((kind, rid))
        }
        (DeadlineKind::IncidentFollowUp, _, _, Some(iid)) => {
            Some((SentItemKind::IncidentFollowUp, iid))
        }
        _ => None,
    };
    match item {
        Some((kind, id)) => store.sendings_of(kind, id),
        None => Ok(Vec::new()),
    }
}

fn recipient(s: &Sending) -> String {
    let who = match s.recipient {
        Recipient::Referrer => "the referring FCA/FCSW",
        Recipient::Court => "the court",
        Recipient::Party => "a party",
    };
    if s.recipient_name.is_empty() {
        who.to_string()
    } else {
        format!("{who} ({})", s.recipient_name)
    }
}

fn method(m: SendMethod) -> &'static str {
    match m {
        SendMethod::SecureEmail => "secure email",
        SendMethod::Post => "post",
        SendMethod::CourtPortal => "court portal",
    }
}

/// The case's log of sending as a table, or a line saying nothing is logged.
pub fn print(sendings: &[Sending]) {
    if sendings.is_empty() {
        println!("Nothing is recorded as sent.");
        return;
    }
    println!("Sent");
    let mut t = Table::new(&["Date", "What", "To", "How"]);
    for s in sendings {
        t.row(vec![
            uk(s.sent_on),
            s.item_kind.label().to_string(),
            recipient(s),
            method(s.method).to_string(),
        ]);
    }
    print!("{}", t.render());
}
