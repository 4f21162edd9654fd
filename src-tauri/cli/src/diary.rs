//! `diary`: every case's sessions between two dates, and the clashes among them.

use chrono::NaiveDate;
use contact_records_core::model::dates::uk;
use contact_records_core::model::diary::{Clash, ClashKind};
use contact_records_core::{Error, Store};

use crate::output::{print_json, Table};

pub fn run(store: &Store, from: NaiveDate, to: NaiveDate, json: bool) -> Result<(), Error> {
    let diary = store.diary(from, to)?;
    if json {
        return print_json(&diary);
    }
    if diary.sessions.is_empty() {
        println!("No sessions from {} to {}.", uk(from), uk(to));
        return Ok(());
    }
    let mut t = Table::new(&[
        "Date",
        "Time",
        "Court case no.",
        "Session",
        "Venue",
        "Supervisor",
        "Status",
        "Clash",
    ]);
    for s in &diary.sessions {
        t.row(vec![
            uk(s.date),
            format!("{}–{}", s.start_time, s.end_time),
            s.case_number.clone(),
            s.number.to_string(),
            s.venue.clone(),
            s.supervisor.clone(),
            status(s.status).into(),
            if s.clashes_with.is_empty() { "" } else { "yes" }.into(),
        ]);
    }
    print!("{}", t.render());
    if !diary.clashes.is_empty() {
        println!();
        println!("Clashes ({})", diary.clashes.len());
        for c in &diary.clashes {
            println!("  {}", describe(c));
        }
    }
    Ok(())
}

fn status(s: contact_records_core::model::SessionStatus) -> &'static str {
    use contact_records_core::model::SessionStatus::*;
    match s {
        Scheduled => "scheduled",
        TookPlace => "took place",
        Cancelled => "cancelled",
        DidNotAttend => "did not attend",
    }
}

/// "Supervisor Rhys Morgan: CF26P00001 session 2 (08/12/2026 10:00–12:00) and SA26P00002 ..."
fn describe(c: &Clash) -> String {
    let what = match c.kind {
        ClashKind::Supervisor => "Supervisor",
        ClashKind::Venue => "Venue",
        ClashKind::Child => "Child",
    };
    let [a, b] = &c.sessions;
    let side = |x: &contact_records_core::model::diary::ClashSession| {
        format!(
            "{} session {} ({} {}–{})",
            x.case_number,
            x.number,
            uk(x.date),
            x.start_time,
            x.end_time
        )
    };
    format!(
        "{what} {} is in {} and {} at once.",
        c.shared,
        side(a),
        side(b)
    )
}
