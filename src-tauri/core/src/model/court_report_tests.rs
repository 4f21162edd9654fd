use super::*;

fn entry(text: &str) -> ReportEntry {
    ReportEntry {
        text: text.into(),
        ..ReportEntry::default()
    }
}

#[test]
fn each_service_with_a_report_names_its_kind() {
    assert_eq!(
        CourtReportKind::for_service(Service::ChildContactIntervention),
        Some(CourtReportKind::Cci)
    );
    assert_eq!(
        CourtReportKind::for_service(Service::Level3ContactSupervision),
        Some(CourtReportKind::Welfare)
    );
    assert_eq!(
        CourtReportKind::for_service(Service::Level1IndirectContactSupport),
        Some(CourtReportKind::ContactLog)
    );
    assert_eq!(
        CourtReportKind::for_service(Service::SupervisedContact),
        None
    );
}

#[test]
fn the_welfare_report_has_every_checklist_item_in_statute_order() {
    let s = CourtReportKind::Welfare.sections();
    assert_eq!(
        &s[..7],
        &[
            SectionCode::WishesAndFeelings,
            SectionCode::Needs,
            SectionCode::EffectOfChange,
            SectionCode::Characteristics,
            SectionCode::Harm,
            SectionCode::Capability,
            SectionCode::RangeOfPowers,
        ]
    );
}

#[test]
fn a_draft_refuses_foreign_and_repeated_sections() {
    let body = ReportBody {
        sections: vec![
            ReportSection {
                code: SectionCode::Harm,
                entries: vec![entry("x")],
            },
            ReportSection {
                code: SectionCode::Parents,
                entries: vec![],
            },
            ReportSection {
                code: SectionCode::Parents,
                entries: vec![],
            },
        ],
        ..ReportBody::default()
    };
    let problems = body.check_draft(CourtReportKind::Cci);
    let fields: Vec<_> = problems.iter().map(|p| p.field.as_str()).collect();
    assert_eq!(fields, ["sections[0]", "sections[2]"]);
}

#[test]
fn a_withheld_communication_says_why_and_is_not_also_delivered() {
    let d = |day| NaiveDate::from_ymd_opt(2026, 3, day).unwrap();
    let body = ReportBody {
        log: vec![LogEntry {
            date: d(10),
            what: "Card".into(),
            delivered_on: Some(d(12)),
            withheld_on: Some(d(9)),
            ..LogEntry::default()
        }],
        ..ReportBody::default()
    };
    let messages: Vec<_> = body
        .check_draft(CourtReportKind::ContactLog)
        .into_iter()
        .map(|p| p.message)
        .collect();
    assert_eq!(messages.len(), 3, "{messages:?}");
    assert!(messages[1].contains("say why"));
}

#[test]
fn signing_needs_work_done_and_a_recommendation() {
    let fields: Vec<_> = ReportBody::default()
        .check_final(CourtReportKind::Cci)
        .into_iter()
        .map(|p| p.field)
        .collect();
    assert_eq!(fields, ["work_done", "recommendations"]);
    assert_eq!(
        ReportBody::default()
            .check_final(CourtReportKind::ContactLog)
            .len(),
        1
    );
}
