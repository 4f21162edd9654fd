//! The sample case's court work, added after its contact referrals: a Child Contact
//! Intervention with its CCI report, a Level 2 referral with its report, a Level 3 referral with
//! its welfare-checklist report, and a Level 1 indirect contact log, all signed with the sample
//! keys.

use chrono::{NaiveDate, NaiveDateTime};
use contact_records_core::model::*;
use contact_records_core::Store;

use super::{at, held, level1_log, observed, sample_today, session, sign_as_sample};

/// The referral ids of the court work, in the order made.
pub struct CourtWork {
    pub cci: i64,
    pub level2: i64,
    pub level3: i64,
    pub level1: i64,
}

fn at_time(m: u32, d: u32, h: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, m, d)
        .unwrap()
        .and_hms_opt(h, 0, 0)
        .unwrap()
}

fn own(text: &str) -> ReportEntry {
    ReportEntry {
        text: text.into(),
        ..ReportEntry::default()
    }
}

fn quote(session: u32, speaker: &str, text: &str) -> ReportEntry {
    ReportEntry {
        text: text.into(),
        source: EntrySource::Quote,
        session: Some(session),
        speaker: speaker.into(),
        ..ReportEntry::default()
    }
}

fn seen(session: u32, text: &str) -> ReportEntry {
    ReportEntry {
        text: text.into(),
        source: EntrySource::Observation,
        session: Some(session),
        ..ReportEntry::default()
    }
}

fn section(code: SectionCode, entries: Vec<ReportEntry>) -> ReportSection {
    ReportSection { code, entries }
}

pub struct People {
    pub case_id: i64,
    pub sian: PersonRef,
    pub dylan: PersonRef,
    pub mother: PersonRef,
    pub father: PersonRef,
}

/// A referral of `service` with sessions on `dates` (16:00, one hour, all held) and a finalised
/// Record of Observed Contact for each, signed by the supervisor. Returns the referral id.
fn referral_with_records(
    s: &mut Store,
    p: &People,
    service: Service,
    plan: &str,
    dates: &[&str],
    sent: &str,
) -> i64 {
    let today = sample_today();
    let input = ReferralInput {
        service,
        cci_kinds: if service == Service::ChildContactIntervention {
            vec![CciKind::PrepareChildren, CciKind::ObserveContact]
        } else {
            vec![]
        },
        basis: Basis::FcaRecommendation,
        provider_name: "Tŷ Cyswllt Abertawe".into(),
        provider_address: "Tŷ Cyswllt, 12 Heol y Brenin, Abertawe SA1 1AA".into(),
        provider_naccc_accredited: true,
        provider_email: "atgyfeiriadau@tycyswllt.example.org".into(),
        risk_assessment: "Allegation of verbal abuse by the father towards the mother in 2025, \
            not proven. One incident at supervised contact on 26/09/2026."
            .into(),
        risk_assessed_on: "28/09/2026".into(),
        risk_assessed_by: "Ffion Hughes".into(),
        session_plan: plan.into(),
        planned_sessions: (!dates.is_empty()).then_some(dates.len() as u32),
        remote_assessed_on: String::new(),
        remote_assessed_by: String::new(),
        remote_discussed: String::new(),
        remote_limitations: String::new(),
        remote_feedback: String::new(),
        permitted: if service == Service::Level1IndirectContactSupport {
            vec![p.sian, p.dylan, p.mother, p.father]
        } else {
            vec![p.sian, p.dylan, p.father]
        },
    };
    let id = s
        .create_referral(p.case_id, &input, today)
        .unwrap()
        .referral
        .id;
    s.mark_referral_sent(id, sent, today).unwrap();
    // Sessions are held only on a referral the centre accepted.
    s.update_referral_dates(
        id,
        &ReferralDatesInput {
            received_on: "30/09/2026".into(),
            accepted_on: "01/10/2026".into(),
            started_on: dates.first().map_or(String::new(), |d| (*d).to_string()),
            ..Default::default()
        },
        today,
    )
    .unwrap();
    let (sian_id, dylan_id) = match (p.sian, p.dylan) {
        (PersonRef::Child(a), PersonRef::Child(b)) => (a, b),
        _ => unreachable!(),
    };
    let venue = "Tŷ Cyswllt Abertawe (Swansea Contact Centre)";
    for (i, date) in dates.iter().enumerate() {
        let sid = held(
            s,
            id,
            &session(date, "16:00", 60, SessionStatus::TookPlace, venue),
        );
        s.record_attendance(sid, &at(p.sian, "15:55", "17:00", "Heledd Llŷr"), today)
            .unwrap();
        s.record_attendance(sid, &at(p.dylan, "15:55", "17:00", "Heledd Llŷr"), today)
            .unwrap();
        s.record_attendance(sid, &at(p.father, "15:58", "17:00", ""), today)
            .unwrap();
        let mut content = observed(0, sian_id, dylan_id);
        content.actual_start = "16:00".into();
        content.actual_end = "17:00".into();
        content.summary = format!(
            "Session {} of {} went ahead as planned; warm interaction throughout.",
            i + 1,
            dates.len()
        );
        s.save_record_draft(sid, &content, today).unwrap();
        let day = NaiveDate::parse_from_str(date, "%d/%m/%Y").unwrap();
        s.finalise_record(
            sid,
            &SignerInput {
                name: "Rhys Morgan".into(),
                role: "Contact supervisor".into(),
            },
            day.and_hms_opt(18, 0, 0).unwrap(),
        )
        .unwrap();
    }
    id
}

fn supervisor() -> SignerInput {
    SignerInput {
        name: "Rhys Morgan".into(),
        role: "Contact supervisor".into(),
    }
}

pub fn build_court_work(s: &mut Store, p: &People) -> CourtWork {
    sign_as_sample(s, "Rhys Morgan", "Contact supervisor");

    // A Child Contact Intervention: the children prepared, then three observed sessions.
    let cci = referral_with_records(
        s,
        p,
        Service::ChildContactIntervention,
        "Preparation with the children, then three observed sessions after school.",
        &["06/10/2026", "13/10/2026", "20/10/2026"],
        "29/09/2026",
    );
    let body = ReportBody {
        work_done: vec![CciKind::PrepareChildren, CciKind::ObserveContact],
        sections: vec![
            section(
                SectionCode::WorkDone,
                vec![own(
                    "I met Siân and Dylan at home before the first session to explain what \
                     would happen at the centre.",
                )],
            ),
            section(
                SectionCode::HowContactWent,
                vec![
                    seen(
                        1,
                        "Siân ran to her father and hugged him; Dylan stayed close to his \
                         mother at first.",
                    ),
                    quote(2, "Dylan, 4", "Again! Again!"),
                    seen(
                        3,
                        "Mr Thompson followed Dylan's lead and brought a snack for each child.",
                    ),
                ],
            ),
            section(
                SectionCode::ChildViews,
                vec![quote(1, "Siân, 7", "Dadi, ti'n dod wythnos nesa?")],
            ),
            section(
                SectionCode::Parents,
                vec![own(
                    "Mr Thompson arrived on time for every session. Ms Llŷr brought the \
                     children each week and supported them at handover.",
                )],
            ),
            section(
                SectionCode::Recommendations,
                vec![own(
                    "Contact has gone well across three sessions; I recommend it moves to an \
                     arrangement the parents make themselves, with a review after three months.",
                )],
            ),
        ],
        recommendations: vec![Recommendation::IndependentArrangement],
        ..ReportBody::default()
    };
    s.save_report(cci, &body).unwrap();
    s.finalise_report(cci, &supervisor(), at_time(11, 3, 15))
        .unwrap();

    // Level 2: observed and reported contact, two sessions, then a summary report.
    let level2 = referral_with_records(
        s,
        p,
        Service::Level2ContactIntervention,
        "Two observed sessions after school, then a report.",
        &["07/10/2026", "14/10/2026"],
        "29/09/2026",
    );
    let body = ReportBody {
        sections: vec![
            section(
                SectionCode::Summary,
                vec![own(
                    "Two sessions were observed. Both went ahead as planned and the children \
                     were at ease with their father.",
                )],
            ),
            section(
                SectionCode::HowContactWent,
                vec![seen(
                    1,
                    "Siân was relaxed and chatty, moving between Welsh and English.",
                )],
            ),
            section(
                SectionCode::ChildViews,
                vec![quote(2, "Siân, 7", "Dadi, ti'n dod wythnos nesa?")],
            ),
            section(
                SectionCode::Recommendations,
                vec![own(
                    "Direct contact, supported at the centre for a further month.",
                )],
            ),
        ],
        recommendations: vec![Recommendation::DirectContact],
        ..ReportBody::default()
    };
    s.save_report(level2, &body).unwrap();
    s.finalise_report(level2, &supervisor(), at_time(11, 4, 15))
        .unwrap();

    // Level 3: supervision and social work intervention, reported on the welfare checklist.
    let level3 = referral_with_records(
        s,
        p,
        Service::Level3ContactSupervision,
        "Two supervised sessions with social work assessment, then a full report.",
        &["08/10/2026", "15/10/2026"],
        "29/09/2026",
    );
    let checklist = |code, text: &str| section(code, vec![own(text)]);
    let body = ReportBody {
        sections: vec![
            section(
                SectionCode::WishesAndFeelings,
                vec![
                    quote(1, "Siân, 7", "Dadi, ti'n dod wythnos nesa?"),
                    own("Siân wants to keep seeing her father every week."),
                ],
            ),
            checklist(
                SectionCode::Needs,
                "Siân is Welsh-speaking and does well at school; Dylan needs routine.",
            ),
            checklist(
                SectionCode::EffectOfChange,
                "A move to unsupervised contact would be a small change for Siân, larger for \
                 Dylan.",
            ),
            checklist(
                SectionCode::Characteristics,
                "Siân is 7 and Dylan 4; the family is bilingual.",
            ),
            section(
                SectionCode::Harm,
                vec![ReportEntry {
                    text: "Mr Thompson swore at the supervisor when reminded not to discuss the \
                           case; the children saw it."
                        .into(),
                    source: EntrySource::Incident,
                    date: NaiveDate::from_ymd_opt(2026, 9, 26),
                    ..ReportEntry::default()
                }],
            ),
            checklist(
                SectionCode::Capability,
                "Both parents meet the children's everyday needs.",
            ),
            checklist(
                SectionCode::RangeOfPowers,
                "A child arrangements order for contact, with or without conditions.",
            ),
            checklist(
                SectionCode::Viability,
                "The father's proposal of alternate weekends is viable after a period of \
                 supported contact.",
            ),
            checklist(
                SectionCode::Recommendations,
                "Supported contact for two months, then alternate weekends.",
            ),
        ],
        recommendations: vec![Recommendation::DirectContact],
        papers_read: vec![EvidenceItem {
            date: NaiveDate::from_ymd_opt(2026, 9, 1),
            text: "The court order of 01/09/2026 and the safeguarding letter.".into(),
        }],
        people_spoken_to: vec![EvidenceItem {
            date: NaiveDate::from_ymd_opt(2026, 10, 9),
            text: "Siân's class teacher, Ysgol Gymraeg Lôn Las.".into(),
        }],
        meetings: vec![EvidenceItem {
            date: NaiveDate::from_ymd_opt(2026, 10, 16),
            text: "Meeting with both parents separately at the centre.".into(),
        }],
        ..ReportBody::default()
    };
    s.save_report(level3, &body).unwrap();
    s.finalise_report(level3, &supervisor(), at_time(11, 5, 15))
        .unwrap();

    // Level 1: indirect contact support, a log of each letter and card passed on.
    sign_as_sample(s, "Catrin Pŵel", "Centre coordinator");
    let level1 = referral_with_records(
        s,
        p,
        Service::Level1IndirectContactSupport,
        "Letters and cards from the father passed on through the centre.",
        &[],
        "29/09/2026",
    );
    let body = level1_log::level1_log();
    s.save_report(level1, &body).unwrap();
    s.finalise_report(
        level1,
        &SignerInput {
            name: "Catrin Pŵel".into(),
            role: "Centre coordinator".into(),
        },
        at_time(11, 6, 11),
    )
    .unwrap();
    CourtWork {
        cci,
        level2,
        level3,
        level1,
    }
}
