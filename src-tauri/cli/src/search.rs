//! `search`: every case whose number, people, referrals, records or incidents hold the words,
//! grouped by case, with the matching passage (matched words in [brackets]).

use contact_records_core::model::{Fragment, SearchHit, SearchSource};
use contact_records_core::{Error, Store};

use crate::output::print_json;

pub fn run(store: &Store, text: &str, json: bool) -> Result<(), Error> {
    let results = store.search(text)?;
    if json {
        return print_json(&results);
    }
    if results.cases.is_empty() {
        println!("Nothing found for \"{}\".", text.trim());
        return Ok(());
    }
    for case in &results.cases {
        println!("{}  {}", case.court_case_number, case.case_name);
        for hit in &case.hits {
            let title = marked(&hit.title);
            let head = match title.is_empty() {
                true => label(hit),
                false => format!("{}: {title}", label(hit)),
            };
            println!("  {head}");
            if !hit.passage.is_empty() {
                println!("    {}", marked(&hit.passage).replace('\n', " / "));
            }
        }
        if case.more_hits > 0 {
            println!("  and {} more in this case", case.more_hits);
        }
        println!();
    }
    if results.more_cases {
        println!(
            "More cases match than the {} shown: add a word to narrow the search.",
            results.cases.len()
        );
    }
    Ok(())
}

fn label(hit: &SearchHit) -> String {
    let session = |what: &str| match hit.session_number {
        Some(n) => format!("{what}, session {n}"),
        None => what.to_string(),
    };
    match hit.source {
        SearchSource::Case => "Case".into(),
        SearchSource::Child => "Child".into(),
        SearchSource::Adult => "Adult".into(),
        SearchSource::Referral => "Referral".into(),
        SearchSource::Record => session("Record"),
        SearchSource::Addendum => session("Addendum"),
        SearchSource::Incident => session("Incident"),
    }
}

fn marked(fragments: &[Fragment]) -> String {
    fragments
        .iter()
        .map(|f| match f.matched {
            true => format!("[{}]", f.text),
            false => f.text.clone(),
        })
        .collect()
}
