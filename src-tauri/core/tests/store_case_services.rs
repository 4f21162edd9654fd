//! The services each case has referrals for, which the register filters by.

use crate::common;

use common::*;
use contact_records_core::model::*;
use contact_records_core::store::case_services::CaseService;
use contact_records_core::Store;

#[test]
fn names_each_cases_services_once() {
    let mut s = Store::open_in_memory().unwrap();
    let (a, b) = (family(&mut s, "CF26P00001"), family(&mut s, "SA26P00002"));
    let _c = family(&mut s, "SA26P00003");
    let people = |f: &Family| vec![f.father, f.sian, f.elis];
    for service in [
        Service::SupervisedContact,
        Service::SupervisedContact,
        Service::SupportedContact,
    ] {
        s.create_referral(a.case_id, &referral_input(service, people(&a)), today())
            .unwrap();
    }
    s.create_referral(
        b.case_id,
        &referral_input(Service::SupportedContact, people(&b)),
        today(),
    )
    .unwrap();

    let got = s.case_services().unwrap();
    let want = |case_id, service| CaseService { case_id, service };
    assert_eq!(got.len(), 3, "{got:?}");
    assert!(got.contains(&want(a.case_id, Service::SupervisedContact)));
    assert!(got.contains(&want(a.case_id, Service::SupportedContact)));
    assert!(got.contains(&want(b.case_id, Service::SupportedContact)));
}
