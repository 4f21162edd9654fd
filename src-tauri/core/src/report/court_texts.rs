//! The fixed texts of the adviser's reports to court and the Level 1 logs, in Welsh and English.
//! The welfare checklist headings are the words of the Children Act 1989, s1(3)(a)-(g); the Act
//! has no Welsh text, so the Welsh headings are a translation and a Welsh-only report quotes the
//! statute's English words under each.

use super::record_texts::Bi;
use super::strings::FixedText;
use crate::model::{CciKind, CourtReportKind, Recommendation, SectionCode, Service};

macro_rules! fixed {
    ($($(#[$doc:meta])* $name:ident: $cy:literal, $en:literal;)*) => {
        $($(#[$doc])* pub const $name: FixedText = FixedText { cy: $cy, en: $en };)*
    };
}

fixed! {
    CCI_TITLE: "Adroddiad i’r llys: Ymyriad Cyswllt Plant",
        "Report to the court: Child Contact Intervention";
    LEVEL2_TITLE: "Adroddiad Lefel 2: ymyriad cyswllt, wedi’i arsylwi a’i adrodd",
        "Level 2 report: contact intervention, observed and reported";
    WELFARE_TITLE: "Adroddiad Lefel 3: y rhestr wirio lles",
        "Level 3 report: the welfare checklist";
    LOG_TITLE: "Log cyswllt Lefel 1", "Level 1 contact log";
    LOG_INDIRECT: "Cymorth cyswllt anuniongyrchol", "Indirect contact support";
    LOG_INDIVIDUAL: "Gwaith unigol gyda phlant", "Individual work with children";
    LOG_ESCORTED: "Cyswllt dan hebrwng", "Escorted contact";

    AUTHOR: "Awdur", "Author";
    CHILDREN: "Plant", "Children";
    REPORT_DATE: "Dyddiad yr adroddiad", "Date of the report";
    LOG_PERIOD: "Cyfnod y log", "Period of the log";
    ENTRIES: "Cofnodion yn y log", "Entries in the log";

    WORK_DONE: "Y gwaith a wnaed", "Work done";
    SESSIONS: "Sesiynau", "Sessions";
    HOW_CONTACT_WENT: "Sut aeth y cyswllt", "How contact went";
    CHILD_VIEWS: "Barn y plentyn", "The child’s views";
    CHILDREN_VIEWS: "Barn y plant", "The children’s views";
    PARENTS: "Y rhieni", "The parents";
    RECOMMENDATIONS: "Argymhellion", "Recommendations";
    SUMMARY: "Crynodeb", "Summary";
    EVIDENCE: "Y dystiolaeth", "The evidence";
    PAPERS_READ: "Papurau a ddarllenwyd", "Papers read";
    PEOPLE_SPOKEN_TO: "Pobl y siaradwyd â hwy", "People spoken to";
    MEETINGS_HELD: "Cyfarfodydd a gynhaliwyd", "Meetings held";
    CHECKLIST: "Y rhestr wirio lles (Deddf Plant 1989, adran 1(3))",
        "The welfare checklist (Children Act 1989, section 1(3))";
    STATUTE_WORDS: "Geiriau’r Ddeddf (yn Saesneg yn unig)",
        "The words of the Act";
    VIABILITY: "Hyfywedd y cynigion", "Viability of the proposals";
    THE_LOG: "Y log", "The log";

    SESSION_COL: "Sesiwn", "Session";
    DATE_COL: "Dyddiad", "Date";
    TIME_COL: "Amser", "Time";
    LENGTH_COL: "Hyd", "Length";
    STATUS_COL: "Statws", "Status";
    TOOK_PLACE: "Cynhaliwyd", "Took place";
    CANCELLED: "Canslwyd", "Cancelled";
    NOT_ATTENDED: "Ni fynychwyd", "Not attended";
    SCHEDULED: "Wedi’i drefnu", "Scheduled";

    COMMUNICATION: "Cyfathrebiad", "Communication";
    CONTACT: "Cyswllt", "Contact";
    RECEIVED: "Derbyniwyd", "Received";
    CHECKED: "Gwiriwyd", "Checked";
    DELIVERED: "Danfonwyd", "Delivered";
    WITHHELD: "Ataliwyd", "Withheld";
    WHY_WITHHELD: "Pam yr ataliwyd", "Why withheld";
    NOT_YET_PASSED_ON: "Heb ei drosglwyddo eto", "Not yet passed on";
    CHILD_RESPONSE: "Ymateb y plentyn", "The child’s response";
    PARENTS_RESPONSE: "Ymateb y rhieni", "The parents’ response";

    INCIDENT_CITE: "Digwyddiad", "Incident";

    /// What a report is: printed on the cover.
    REPORT_NATURE: "Mae’r adroddiad hwn yn dwyn ynghyd y gwaith a wnaed yn ystod yr atgyfeiriad. \
        Daw pob dyfyniad a phob arsylwad o gofnod sesiwn wedi’i lofnodi, a enwir wrth ei rif a’i \
        ddyddiad. Dyfynnir geiriau’r plant a’r oedolion fel y’u dywedwyd.",
        "This report draws together the work done during the referral. Each quotation and \
        observation comes from a signed session record, named by its number and date. \
        Children’s and adults’ words are quoted as they were said.";
    LOG_NATURE: "Log wedi’i ddyddio yw hwn o bob cyswllt a chyfathrebiad yn ystod yr \
        atgyfeiriad, yn y drefn y digwyddon nhw, gydag ymatebion y plentyn a’r rhieni.",
        "This is a dated log of each contact and communication during the referral, in the \
        order they happened, with the child’s and the parents’ responses.";
    REPORT_DRAFT_NOTICE: "Drafft yw’r adroddiad hwn. Nid yw wedi’i lofnodi ac ni ddylid dibynnu \
        arno fel yr adroddiad terfynol.",
        "This report is a draft. It has not been signed and must not be relied on as the final \
        report.";
}

/// The title of a report; a log's title names its service.
pub fn title(kind: CourtReportKind) -> FixedText {
    match kind {
        CourtReportKind::Cci => CCI_TITLE,
        CourtReportKind::Level2 => LEVEL2_TITLE,
        CourtReportKind::Welfare => WELFARE_TITLE,
        CourtReportKind::ContactLog => LOG_TITLE,
    }
}

/// The kind of Level 1 work a log records.
pub fn log_service(service: Service) -> FixedText {
    match service {
        Service::Level1IndividualWorkWithChildren => LOG_INDIVIDUAL,
        Service::Level1EscortedContact => LOG_ESCORTED,
        _ => LOG_INDIRECT,
    }
}

/// The heading of a section; `children` is how many children the report is about.
pub fn section(code: SectionCode, children: usize) -> FixedText {
    match code {
        SectionCode::WorkDone => WORK_DONE,
        SectionCode::HowContactWent => HOW_CONTACT_WENT,
        SectionCode::ChildViews if children > 1 => CHILDREN_VIEWS,
        SectionCode::ChildViews => CHILD_VIEWS,
        SectionCode::Parents => PARENTS,
        SectionCode::Recommendations => RECOMMENDATIONS,
        SectionCode::Summary => SUMMARY,
        SectionCode::Viability => VIABILITY,
        other => checklist(other).map_or(SUMMARY, |c| FixedText { cy: c.cy, en: c.en }),
    }
}

/// A welfare checklist item: its letter, the statute's words, and a Welsh translation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChecklistItem {
    pub letter: char,
    pub en: &'static str,
    pub cy: &'static str,
}

/// The Children Act 1989, s1(3)(a)-(g), word for word.
pub const WELFARE_CHECKLIST: [ChecklistItem; 7] = [
    ChecklistItem {
        letter: 'a',
        en: "the ascertainable wishes and feelings of the child concerned (considered in the \
             light of his age and understanding)",
        cy: "dymuniadau a theimladau canfyddadwy’r plentyn dan sylw (wedi’u hystyried yng \
             ngoleuni ei oedran a’i ddealltwriaeth)",
    },
    ChecklistItem {
        letter: 'b',
        en: "his physical, emotional and educational needs",
        cy: "ei anghenion corfforol, emosiynol ac addysgol",
    },
    ChecklistItem {
        letter: 'c',
        en: "the likely effect on him of any change in his circumstances",
        cy: "effaith debygol unrhyw newid yn ei amgylchiadau arno",
    },
    ChecklistItem {
        letter: 'd',
        en: "his age, sex, background and any characteristics of his which the court considers \
             relevant",
        cy: "ei oedran, ei ryw, ei gefndir ac unrhyw nodweddion sydd ganddo y mae’r llys yn eu \
             hystyried yn berthnasol",
    },
    ChecklistItem {
        letter: 'e',
        en: "any harm which he has suffered or is at risk of suffering",
        cy: "unrhyw niwed y mae wedi’i ddioddef neu y mae mewn perygl o’i ddioddef",
    },
    ChecklistItem {
        letter: 'f',
        en: "how capable each of his parents, and any other person in relation to whom the court \
             considers the question to be relevant, is of meeting his needs",
        cy: "pa mor abl yw pob un o’i rieni, ac unrhyw berson arall y mae’r llys o’r farn bod y \
             cwestiwn yn berthnasol mewn perthynas ag ef, i ddiwallu ei anghenion",
    },
    ChecklistItem {
        letter: 'g',
        en: "the range of powers available to the court under this Act in the proceedings in \
             question",
        cy: "yr ystod o bwerau sydd ar gael i’r llys o dan y Ddeddf hon yn yr achos dan sylw",
    },
];

/// The checklist item a section is, if it is one.
pub fn checklist(code: SectionCode) -> Option<ChecklistItem> {
    let i = match code {
        SectionCode::WishesAndFeelings => 0,
        SectionCode::Needs => 1,
        SectionCode::EffectOfChange => 2,
        SectionCode::Characteristics => 3,
        SectionCode::Harm => 4,
        SectionCode::Capability => 5,
        SectionCode::RangeOfPowers => 6,
        _ => return None,
    };
    Some(WELFARE_CHECKLIST[i])
}

/// "(a) the ascertainable wishes …", in each language.
pub fn checklist_heading(item: &ChecklistItem) -> Bi {
    Bi::new(
        format!("({}) {}", item.letter, item.cy),
        format!("({}) {}", item.letter, item.en),
    )
}

/// "Children Act 1989, s1(3)(a)": where the words come from.
pub fn statute_citation(item: &ChecklistItem) -> Bi {
    Bi::new(
        format!("Deddf Plant 1989, a. 1(3)({})", item.letter),
        format!("Children Act 1989, s1(3)({})", item.letter),
    )
}

pub fn work_kind(k: CciKind) -> FixedText {
    match k {
        CciKind::PrepareChildren => FixedText {
            cy: "Gwaith gyda phlant i’w paratoi ar gyfer cyswllt",
            en: "Work with children to prepare for contact",
        },
        CciKind::PrepareParents => FixedText {
            cy: "Gwaith gyda rhieni i’w paratoi ar gyfer cyswllt",
            en: "Work with parents to prepare for contact",
        },
        CciKind::ObserveContact => FixedText {
            cy: "Ymyrryd mewn cyswllt a’i arsylwi",
            en: "Intervention and observation of contact",
        },
        CciKind::SustainContact => FixedText {
            cy: "Cynnal cyswllt",
            en: "Sustaining contact",
        },
        CciKind::IndirectContact => FixedText {
            cy: "Cyswllt anuniongyrchol",
            en: "Indirect contact",
        },
        CciKind::ResolveAdultDisputes => FixedText {
            cy: "Helpu oedolion i drafod a datrys anghydfodau",
            en: "Helping adults negotiate and resolve disputes",
        },
    }
}

pub fn recommendation(r: Recommendation) -> FixedText {
    match r {
        Recommendation::FurtherIntervention => FixedText {
            cy: "Rhagor o ymyrraeth",
            en: "Further intervention",
        },
        Recommendation::IndirectContact => FixedText {
            cy: "Cyswllt anuniongyrchol",
            en: "Indirect contact",
        },
        Recommendation::DirectContact => FixedText {
            cy: "Cyswllt uniongyrchol",
            en: "Direct contact",
        },
        Recommendation::IndependentArrangement => FixedText {
            cy: "Symud at drefniant annibynnol",
            en: "Moving to an independent arrangement",
        },
        Recommendation::NoContact => FixedText {
            cy: "Dim cyswllt",
            en: "No contact",
        },
    }
}

/// A citation of a session: "Session 2, 14/03/2026".
pub fn session_cite(number: u32, date: &str) -> Bi {
    Bi::new(
        format!("Sesiwn {number}, {date}"),
        format!("Session {number}, {date}"),
    )
}

/// "4 of 4 sessions took place" style totals for the Sessions section.
pub fn sessions_total(held: usize, listed: usize) -> Bi {
    Bi::new(
        format!("Cynhaliwyd {held} o’r {listed} sesiwn"),
        format!("{held} of {listed} sessions took place"),
    )
}

/// "Addendum 1 to the report".
pub fn report_addendum_title(n: usize) -> Bi {
    Bi::new(
        format!("Ychwanegiad {n} i’r adroddiad"),
        format!("Addendum {n} to the report"),
    )
}
