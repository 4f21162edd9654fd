//! `deadlines`: what is due across the open cases, as a table grouped like the dashboard, or JSON.

use chrono::NaiveDate;
use contact_records_core::model::dates::uk;
use contact_records_core::rules::Deadline;
use contact_records_core::{Error, Store};

use crate::output::{print_json, Table};

pub fn list(store: &Store, today: NaiveDate, json: bool) -> Result<(), Error> {
    let deadlines = store.deadlines(today)?;
    if json {
        let mut out = Vec::with_capacity(deadlines.len());
        for d in deadlines {
            let sendings = crate::sent::for_deadline(store, &d)?;
            out.push(crate::sent::DeadlineWithSendings {
                deadline: d,
                sendings,
            });
        }
        return print_json(&out);
    }
    if deadlines.is_empty() {
        println!("Nothing is due.");
        return Ok(());
    }
    let dash = contact_records_core::rules::deadlines::dashboard(deadlines.clone(), today);
    for (title, group) in [
        ("Overdue", &dash.overdue),
        ("Due today", &dash.due_today),
        ("Due in the next 7 days", &dash.due_soon),
    ] {
        if !group.is_empty() {
            println!("{title} ({})", group.len());
            print!("{}", table(group).render());
            println!();
        }
    }
    let later = deadlines.len() - dash.overdue.len() - dash.due_today.len() - dash.due_soon.len();
    if later > 0 {
        println!("{later} more due later; use --json to see every deadline.");
    }
    Ok(())
}

fn table(group: &[Deadline]) -> Table {
    let mut t = Table::new(&["Due", "Court case no.", "Case name", "What to do"]);
    for d in group {
        t.row(vec![
            uk(d.due),
            d.case_number.clone(),
            d.case_name.clone(),
            d.what.clone(),
        ]);
    }
    t
}
