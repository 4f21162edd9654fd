//! `generate`: invented cases of every service go into a new file through the import's checks,
//! the same seed makes the same cases, some records are signed with addenda, and search finds them.

use crate::common;

use common::today;
use contact_records_core::generate::generate;
use contact_records_core::Store;

fn numbers(s: &Store) -> Vec<String> {
    let mut n: Vec<String> = s
        .list_every_case("")
        .unwrap()
        .cases
        .into_iter()
        .map(|c| c.court_case_number)
        .collect();
    n.sort();
    n
}

#[test]
fn invented_cases_are_complete_marked_and_the_same_for_the_same_seed() {
    let mut a = Store::open_in_memory().unwrap();
    let made = generate(&mut a, 12, 7, today()).unwrap();
    assert_eq!(made.cases, 12);
    assert_eq!(made.referrals, 24);
    // Six sessions a referral, but two for the one SPIP referral (cases 10 and 20 would be more).
    assert_eq!(made.sessions, 12 * 6 + 11 * 6 + 2);
    assert_eq!(made.records, 72);
    assert_eq!(made.finalised, 24);
    assert_eq!(made.addenda, 8);
    assert_eq!(made.incidents, 3);
    let list = numbers(&a);
    assert_eq!(list.len(), 12);
    assert!(list.iter().all(|n| n.starts_with("INV-")), "{list:?}");
    let case = a.get_case(1).unwrap();
    assert!(case.case.notes.contains("Invented"), "{}", case.case.notes);
    // Every service is used by some referral.
    let mut services = std::collections::BTreeSet::new();
    for c in a.list_every_case("").unwrap().cases {
        for r in a.list_referrals(c.id).unwrap() {
            services.insert(format!("{:?}", r.service));
        }
    }
    assert_eq!(services.len(), 10, "{services:?}");

    let mut b = Store::open_in_memory().unwrap();
    generate(&mut b, 12, 7, today()).unwrap();
    assert_eq!(numbers(&b), list);
    let mut c = Store::open_in_memory().unwrap();
    generate(&mut c, 12, 8, today()).unwrap();
    assert_ne!(numbers(&c), list);

    // The signed records verify, and search finds words of their text.
    assert!(a.verify().unwrap().tampered.is_empty());
    assert!(!a.search("tower bricks").unwrap().cases.is_empty());
    assert!(!a.search("INV").unwrap().cases.is_empty());
    // Only into an empty file.
    assert!(generate(&mut a, 1, 7, today()).is_err());
}

#[test]
fn split_into_bundles_the_cases_are_the_same_and_each_bundle_is_small() {
    use contact_records_core::generate::{invented_bundle, invented_bundles};
    let (whole, made) = invented_bundle(7, 3, today());
    let (parts, made_in_parts) = invented_bundles(7, 3, today(), 3);
    assert_eq!(made, made_in_parts);
    assert_eq!(parts.len(), 3);
    let cases = |json: &str| -> Vec<serde_json::Value> {
        let v: serde_json::Value = serde_json::from_str(json).unwrap();
        v["cases"].as_array().unwrap().clone()
    };
    let joined: Vec<_> = parts.iter().flat_map(|p| cases(p)).collect();
    assert_eq!(joined, cases(&whole));
    // 500 cases, the size generate imports at a time, stay far under the 50 MB a bundle may be.
    let (big, _) = invented_bundles(500, 3, today(), 500);
    assert!(big[0].len() < 20_000_000, "{} bytes", big[0].len());
}
