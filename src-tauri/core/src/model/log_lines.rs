//! The Level 1 log from the session records: each communication written in a record (a letter,
//! card or call, dated as typed) becomes a line of the log once.

use std::collections::HashSet;

use chrono::NaiveDate;

use super::court_report::{LogEntry, LogEntryKind};
use super::dates::parse_uk_date;
use super::record::CommunicationNotes;

/// The communications as new log lines, leaving out any the log already has (same day, same
/// words) or that come twice, and any without a real date.
pub fn communications_to_log(
    communications: &[CommunicationNotes],
    log: &[LogEntry],
) -> Vec<LogEntry> {
    let mut have: HashSet<(NaiveDate, &str)> =
        log.iter().map(|l| (l.date, l.what.trim())).collect();
    let mut out = Vec::new();
    for c in communications {
        let Ok(date) = parse_uk_date(&c.date) else {
            continue;
        };
        let what = c.what.trim();
        if !have.insert((date, what)) {
            continue;
        }
        out.push(LogEntry {
            kind: LogEntryKind::Communication,
            date,
            what: what.to_string(),
            child_response: c.child_response.clone(),
            parents_response: c.parents_response.clone(),
            ..LogEntry::default()
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn said(date: &str, what: &str) -> CommunicationNotes {
        CommunicationNotes {
            date: date.into(),
            what: what.into(),
            child_response: "Drew a picture".into(),
            parents_response: String::new(),
        }
    }

    #[test]
    fn each_communication_once_with_a_real_date() {
        let written = [
            said("02/10/2026", "Letter to Siân"),
            said("31/02/2026", "No such day"),
            said("", "No date"),
            said("2/10/2026", " Letter to Siân "),
            said("2026-10-09", "Card to Siân"),
        ];
        let first = communications_to_log(&written, &[]);
        let lines: Vec<_> = first.iter().map(|l| (l.date, l.what.as_str())).collect();
        let day = |d| NaiveDate::from_ymd_opt(2026, 10, d).unwrap();
        assert_eq!(
            lines,
            [(day(2), "Letter to Siân"), (day(9), "Card to Siân")]
        );
        assert_eq!(first[0].kind, LogEntryKind::Communication);
        assert_eq!(first[0].child_response, "Drew a picture");
        assert_eq!(first[0].delivered_on, None);
        // Taken again, with the log now holding them: nothing new.
        assert_eq!(communications_to_log(&written, &first), []);
    }
}
