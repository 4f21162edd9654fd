//! How the case register scales: opening, listing and searching a data file holding years of work
//! (5,000 cases, each with two children and two adults).

use std::hint::black_box;

use chrono::NaiveDate;
use contact_records_core::model::*;
use contact_records_core::store::Key;
use contact_records_core::Store;
use criterion::{criterion_group, criterion_main, Criterion};

const CASES: usize = 5_000;

fn seed(store: &mut Store) {
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap_or_default();
    let first = [
        "Siân",
        "Elis",
        "Gwenllïan",
        "Osian",
        "Ffion",
        "Dylan",
        "Mali",
        "Tomos",
    ];
    let last = [
        "Llŷr",
        "Jones",
        "ap Dafydd",
        "Hughes",
        "Williams",
        "Evans",
        "Davies",
    ];
    for i in 0..CASES {
        let name = |k: usize| {
            format!(
                "{} {}",
                first[(i + k) % first.len()],
                last[(i * 7 + k) % last.len()]
            )
        };
        let id = store
            .create_case(&CaseInput {
                court: "Family Court at Cardiff".into(),
                court_case_number: format!("CF{:02}P{:05}", 20 + i % 7, i),
                cafcass_number: format!("{}", 100_000 + i),
                cafcass_system: CafcassSystem::Iris,
                adviser_name: name(9),
                case_name: format!("Re: {} (children)", name(0)),
                status: if i % 3 == 0 {
                    CaseStatus::Closed
                } else {
                    CaseStatus::Open
                },
                notes: String::new(),
            })
            .map(|d| d.case.id)
            .unwrap_or_default();
        for k in 0..2 {
            let child = ChildInput {
                full_name: name(k),
                date_of_birth: format!("{:02}/{:02}/{}", 1 + i % 28, 1 + k % 12, 2012 + i % 12),
                language: Language::Welsh,
                needs: String::new(),
            };
            let _ = store.add_child(id, &child, today);
            let adult = AdultInput {
                full_name: name(k + 3),
                role: if k == 0 {
                    AdultRole::Mother
                } else {
                    AdultRole::Father
                },
                party: if k == 0 {
                    Party::Resident
                } else {
                    Party::Visiting
                },
                contact_details: String::new(),
                language: Language::English,
            };
            let _ = store.add_adult(id, &adult);
        }
    }
}

fn register(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("temp dir: {e}"));
    let path = dir.path().join("bench.db");
    let key = Key::passphrase("correct horse battery staple");
    let recovery = {
        let mut store = Store::create(&path, &key).unwrap_or_else(|e| panic!("{e}"));
        seed(&mut store);
        store
            .recovery_key("correct horse battery staple")
            .unwrap_or_else(|e| panic!("{e}"))
            .as_key()
    };
    let store = Store::open(&path, &key).unwrap_or_else(|e| panic!("{e}"));

    // The difference between these two is the key derivation (PBKDF2, 256,000 rounds): the
    // recovery key is the derived key itself.
    c.bench_function("open a 5,000-case data file with the passphrase", |b| {
        b.iter(|| black_box(Store::open(&path, &key).map(|_| ())))
    });
    c.bench_function("open a 5,000-case data file with the recovery key", |b| {
        b.iter(|| black_box(Store::open(&path, &recovery).map(|_| ())))
    });
    c.bench_function("list the register (first 200 of 5,000)", |b| {
        b.iter(|| black_box(store.list_cases("")))
    });
    c.bench_function("search by a child's name, accents ignored", |b| {
        b.iter(|| black_box(store.list_cases("gwenllian ap")))
    });
    c.bench_function("search by court case number", |b| {
        b.iter(|| black_box(store.list_cases("CF23P04321")))
    });
    c.bench_function("search with no match", |b| {
        b.iter(|| black_box(store.list_cases("zzzz")))
    });
    c.bench_function("open one case with its people", |b| {
        b.iter(|| black_box(store.get_case(2_500)))
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30);
    targets = register
}
criterion_main!(benches);
