//! Search everything: the sample case's words found with and without accents, in people, records
//! (finalised and draft), addenda and incidents; the index kept in step with changes, filled for
//! rows older than it, and unreadable in the encrypted file.

use crate::common;

use common::*;
use contact_records_core::bundle::{import_bundle, sample_bundle_json, ImportOptions};
use contact_records_core::model::{SearchResults, SearchSource};
use contact_records_core::store::APPLICATION_ID;
use contact_records_core::Store;

fn with_sample(s: &mut Store) {
    import_bundle(
        s,
        sample_bundle_json(),
        ImportOptions {
            as_new: false,
            trust_new_signers: true,
        },
        today(),
    )
    .unwrap();
}

fn sources(r: &SearchResults) -> Vec<SearchSource> {
    r.cases
        .iter()
        .flat_map(|c| c.hits.iter().map(|h| h.source))
        .collect()
}

fn matched_words(r: &SearchResults) -> Vec<String> {
    r.cases
        .iter()
        .flat_map(|c| &c.hits)
        .flat_map(|h| h.title.iter().chain(&h.passage))
        .filter(|f| f.matched)
        .map(|f| f.text.clone())
        .collect()
}

#[test]
fn the_sample_cases_words_are_found_with_and_without_accents() {
    let mut s = Store::open_in_memory().unwrap();
    with_sample(&mut s);
    for q in ["Sian", "siân", "SIAN LLYR", "Gwyn", "Gŵyn", "gwenllian"] {
        let r = s.search(q).unwrap();
        assert_eq!(r.cases.len(), 1, "{q}");
        assert_eq!(r.cases[0].court_case_number, "SA26P00417", "{q}");
        assert!(!matched_words(&r).is_empty(), "{q}: {r:?}");
    }
    // The passage shows the text as written, accents and all.
    let r = s.search("Gwyn").unwrap();
    assert!(matched_words(&r).iter().any(|w| w == "Gŵyn"), "{r:?}");
    let r = s.search("sian llyr").unwrap();
    assert!(sources(&r).contains(&SearchSource::Child), "{r:?}");
    assert!(matched_words(&r).contains(&"Siân".to_string()), "{r:?}");
}

#[test]
fn records_addenda_incidents_and_referrals_are_searched() {
    let mut s = Store::open_in_memory().unwrap();
    with_sample(&mut s);
    // "bricks" is in the finalised records (as signed) and the draft of session 4.
    let r = s.search("bricks").unwrap();
    let hits = &r.cases[0].hits;
    assert!(
        hits.iter().all(|h| h.source == SearchSource::Record),
        "{r:?}"
    );
    assert!(hits.iter().all(|h| h.session_number.is_some()), "{r:?}");
    assert!(
        r.cases[0].hits.len() + r.cases[0].more_hits as usize >= 4,
        "{r:?}"
    );
    assert!(matched_words(&r).iter().all(|w| w == "bricks"), "{r:?}");

    assert_eq!(
        sources(&s.search("swore").unwrap()),
        [SearchSource::Incident]
    );
    assert_eq!(
        sources(&s.search("Nain").unwrap()),
        [SearchSource::Addendum]
    );
    assert!(sources(&s.search("cyswllt abertawe").unwrap()).contains(&SearchSource::Referral));
    // A word's start finds it; a part of a case number finds the case.
    assert!(!s.search("brick").unwrap().cases.is_empty());
    let r = s.search("00417").unwrap();
    assert_eq!(sources(&r), [SearchSource::Case]);
    assert!(s.search("zzzz").unwrap().cases.is_empty());
    assert!(s.search("  \"*( ").unwrap().cases.is_empty());
}

#[test]
fn the_index_follows_every_change_in_the_same_transaction() {
    let mut s = Store::open_in_memory().unwrap();
    let f = family(&mut s, "CF24P00123");
    assert_eq!(s.search("Elis").unwrap().cases.len(), 1);
    let elis = s.get_case(f.case_id).unwrap().children[1].clone();
    assert_eq!(elis.full_name, "Elis Jones");
    s.update_child(elis.id, &child("Owain Jones", "02/09/2021"), today())
        .unwrap();
    assert!(s.search("Elis").unwrap().cases.is_empty());
    assert_eq!(s.search("Owain").unwrap().cases.len(), 1);
    // A refused batch leaves nothing in the index.
    let refused = s.all_or_nothing(|s| {
        s.create_case(&case_input("CF24P00999", "Re: Zebedee (a child)"))?;
        Err::<(), _>(contact_records_core::Error::rule("give up"))
    });
    assert!(refused.is_err());
    assert!(s.search("Zebedee").unwrap().cases.is_empty());
}

#[test]
fn rows_older_than_the_index_are_found_after_the_upgrade_and_the_file_shows_no_word() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    {
        let c = raw(&path);
        c.execute_batch(include_str!("../migrations/0001_cases_people_audit.sql"))
            .unwrap();
        c.execute_batch(
            "INSERT INTO cases (id, court, court_case_number, court_case_number_key,
                cafcass_number, cafcass_system, adviser_name, case_name, status, notes,
                search_key, created_at, updated_at)
             VALUES (1, 'Family Court at Cardiff', 'CF24P00123', 'CF24P00123', 'IRIS-1', 'iris',
                'Ffion Hughes', 'Re: A (a child)', 'open', '', 'cf24p00123 re: a (a child)',
                '2026-01-05T09:00:00.000Z', '2026-01-05T09:00:00.000Z');
             INSERT INTO children (case_id, full_name, date_of_birth, language, needs, search_key)
             VALUES (1, 'Siân Llŷr', '2019-03-27', 'welsh', 'Xylophonist', 'sian llyr');",
        )
        .unwrap();
        c.pragma_update(None, "application_id", APPLICATION_ID)
            .unwrap();
        c.pragma_update(None, "user_version", 1).unwrap();
    }
    let mut s = open_store(&path);
    assert_eq!(s.search("sian").unwrap().cases.len(), 1);
    assert_eq!(s.search("xylophonist").unwrap().cases.len(), 1);
    with_sample(&mut s);
    assert_eq!(s.search("Thompson").unwrap().cases.len(), 1);
    drop(s);
    // The index stores words folded ("thompson", "xylophonist"): none may be read from the file.
    let bytes = std::fs::read(&path).unwrap();
    for word in [
        "thompson",
        "xylophonist",
        "gwenllian",
        "cyswllt",
        "Thompson",
    ] {
        assert!(
            !bytes.windows(word.len()).any(|w| w == word.as_bytes()),
            "{word} is readable in the data file"
        );
    }
}

#[test]
fn a_records_passage_holds_its_words_not_its_times_dates_or_references() {
    let mut s = Store::open_in_memory().unwrap();
    with_sample(&mut s);
    // "warm" is in the summary of the sample's first observed record, which begins "10:00 11:00".
    let r = s.search("warm").unwrap();
    let passages: Vec<String> = r
        .cases
        .iter()
        .flat_map(|c| &c.hits)
        .filter(|h| h.source == SearchSource::Record)
        .map(|h| h.passage.iter().map(|f| f.text.as_str()).collect())
        .collect();
    assert!(!passages.is_empty(), "{r:?}");
    for p in &passages {
        assert!(p.to_lowercase().contains("warm"), "{p}");
        for noise in ["10:00", "11:00", "child-", "adult-", "2026-"] {
            assert!(!p.contains(noise), "{noise} in the passage {p:?}");
        }
    }
    // A time alone finds no record.
    let times = s.search("10:00").unwrap();
    assert!(
        !times
            .cases
            .iter()
            .flat_map(|c| &c.hits)
            .any(|h| h.source == SearchSource::Record),
        "{times:?}"
    );
}
