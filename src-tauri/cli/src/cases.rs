//! `cases`: the register as a table or JSON.

use contact_records_core::model::CaseStatus;
use contact_records_core::{Error, Store};

use crate::output::{print_json, Table};

/// Every matching case: the command line does not page (the app does).
pub fn list(store: &Store, search: &str, json: bool) -> Result<(), Error> {
    let list = store.list_every_case(search)?;
    if json {
        return print_json(&list);
    }
    if list.cases.is_empty() {
        println!("No cases.");
        return Ok(());
    }
    let mut t = Table::new(&[
        "Court case no.",
        "Case name",
        "Court",
        "Adviser",
        "Children",
        "Status",
    ]);
    for c in &list.cases {
        t.row(vec![
            c.court_case_number.clone(),
            c.case_name.clone(),
            c.court.clone(),
            c.adviser_name.clone(),
            c.children_count.to_string(),
            match c.status {
                CaseStatus::Open => "open".into(),
                CaseStatus::Closed => "closed".into(),
            },
        ]);
    }
    print!("{}", t.render());
    Ok(())
}
