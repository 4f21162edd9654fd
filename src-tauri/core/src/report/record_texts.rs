//! The fixed texts of the records of contact (titles, labels, section headings, notes), in Welsh
//! and English; `strings.rs` holds the ones every report shares (footer, draft, contents).

use super::strings::{FixedText, Language};

/// A fixed text with a value in it ("Session 3 of 6"), in both languages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bi {
    pub cy: String,
    pub en: String,
}

impl Bi {
    pub fn new(cy: impl Into<String>, en: impl Into<String>) -> Self {
        Bi {
            cy: cy.into(),
            en: en.into(),
        }
    }

    /// The text in `lang`; bilingual is the Welsh line, a line break, the English line.
    pub fn get(&self, lang: Language) -> String {
        self.joined(lang, "\n")
    }

    pub fn joined(&self, lang: Language, sep: &str) -> String {
        match lang {
            Language::English => self.en.clone(),
            Language::Welsh => self.cy.clone(),
            Language::Bilingual => format!("{}{sep}{}", self.cy, self.en),
        }
    }
}

macro_rules! fixed {
    ($($(#[$doc:meta])* $name:ident: $cy:literal, $en:literal;)*) => {
        $($(#[$doc])* pub const $name: FixedText = FixedText { cy: $cy, en: $en };)*
        /// Every fixed text above, so tests can check a Welsh record holds none of the English.
        pub const ALL: &[FixedText] = &[$($name),*];
    };
}

fixed! {
    OBSERVED_TITLE: "Cofnod o Gyswllt a Arsylwyd", "Record of Observed Contact";
    SUPPORTED_TITLE: "Cofnod o Gyswllt â Chymorth", "Record of Supported Contact";
    FINAL_SUBTITLE: "Cofnod terfynol: pob sesiwn o’r atgyfeiriad",
        "Final record: every session of the referral";

    CASE: "Achos", "Case";
    COURT: "Llys", "Court";
    COURT_CASE_NUMBER: "Rhif achos y llys", "Court case number";
    CAFCASS_NUMBER: "Rhif Cafcass", "Cafcass number";
    REFERRING_ADVISER: "Atgyfeiriwyd gan", "Referring FCA/FCSW";
    FCA: "Cynghorydd Llys Teulu", "Family Court Adviser";
    FCSW: "Gweithiwr Cymdeithasol Llys Teulu", "Family Court Social Worker";
    PROVIDER: "Darparwr / canolfan", "Provider / centre";
    SERVICE: "Gwasanaeth", "Service";
    SUPERVISOR: "Goruchwyliwr", "Supervisor";
    COORDINATOR: "Cydlynydd", "Coordinator";
    REFERRAL_SENT: "Anfon yr atgyfeiriad", "Referral sent";
    REFERRAL_ACCEPTED: "Derbyn yr atgyfeiriad", "Referral accepted";
    CONTACT_STARTED: "Dechrau’r cyswllt", "Contact started";
    CONTACT_CEASED: "Daeth y cyswllt i ben", "Date contact ceased";
    SESSION: "Sesiwn", "Session";
    DATE: "Dyddiad", "Date";
    SCHEDULED_TIME: "Amser a drefnwyd", "Scheduled time";
    ACTUAL_TIME: "Amser gwirioneddol", "Actual time";
    VENUE: "Lleoliad", "Venue";
    REMOTE_PLATFORM: "Platfform o bell", "Remote platform";
    /// The FCA/FCSW's assessment of remote supervised contact, printed with its answers.
    REMOTE_ASSESSED: "Asesiad bod cyswllt o bell yn addas", "Remote contact assessed as suitable";
    REMOTE_ASSESSED_ON: "Dyddiad yr asesiad", "Date assessed";
    REMOTE_ASSESSED_BY: "Wedi’i asesu gan", "Assessed by";
    REMOTE_DISCUSSED: "Yr hyn a drafodwyd â’r partïon", "What was discussed with the parties";
    REMOTE_LIMITATIONS: "Y cyfyngiadau a esboniwyd", "The limitations explained";
    REMOTE_FEEDBACK: "Y trefniadau adborth", "The feedback arrangements";
    SESSIONS_HELD: "Sesiynau a gynhaliwyd", "Sessions held";
    HOURS_USED: "Oriau a ddefnyddiwyd", "Hours used";
    NOT_RECORDED: "Heb ei gofnodi", "Not recorded";

    /// The sections of the Record of Observed Contact, numbered 1 to 11 in this order.
    ATTENDANCE: "Presenoldeb", "Attendance";
    AIM: "Nod y sesiwn a gofynion yr atgyfeiriwr",
        "Aim of the session and the referrer’s requirements";
    ARRIVAL: "Cyrraedd a chyfarch", "Arrival and greeting";
    ENGAGEMENT: "Ymgysylltiad yr oedolyn", "The adult’s engagement";
    CHILD_RESPONSES: "Ymatebion y plentyn", "The child’s responses";
    PHYSICAL: "Cyswllt corfforol, anrhegion, bwyd, ffotograffau a ffonau",
        "Physical contact, gifts, food, photographs and phones";
    CONVERSATION: "Sgwrsio am yr achos neu’r rhiant arall",
        "Conversation about the case or the other parent";
    INTERVENTIONS: "Ymyriadau", "Interventions";
    CONCERNS: "Pryderon a diogelu", "Concerns and safeguarding";
    ENDING: "Diwedd y sesiwn a throsglwyddo’r plentyn", "Ending and handover";
    SUMMARY: "Crynodeb", "Summary";
    REFLECTIONS: "Myfyrdodau’r gweithiwr", "Worker’s reflections";
    REFLECTIONS_NOTE: "Barn y goruchwyliwr ei hun, nid arsylwadau",
        "The supervisor’s own views, not observations";
    LATENESS: "Cyrraedd yn hwyr ac absenoldeb", "Lateness and non-attendance";
    INCIDENTS_LINKED: "Digwyddiadau a adroddwyd", "Incidents reported";

    PERSON: "Person", "Person";
    ROLE: "Rôl", "Role";
    ARRIVED: "Cyrraedd", "Arrived";
    LEFT: "Gadael", "Left";
    BROUGHT_BY: "Daeth gyda", "Brought by";
    TIME: "Amser", "Time";
    WHAT_SUPERVISOR_DID: "Beth wnaeth y goruchwyliwr", "What the supervisor did";
    WHY: "Pam", "Why";
    ADULT_RESPONSE: "Ymateb yr oedolyn", "How the adult responded";
    STATUS: "Statws", "Status";
    ATTENDANCE_TIMES: "Cyrraedd–gadael, person", "Arrived–left, person";
    NOT_PRESENT: "Ddim yn bresennol", "Not present";

    INCIDENTS: "Digwyddiadau", "Incidents";
    WHEN: "Pryd", "When";
    WHAT_HAPPENED: "Beth ddigwyddodd", "What happened";
    ACTION_TAKEN: "Camau a gymerwyd", "Action taken";
    REPORTED_TO: "Rhoddwyd gwybod i", "Reported to";
    REPORTED_AT: "Dyddiad rhoi gwybod", "Date reported";
    FOLLOW_UP: "Dilyniant ysgrifenedig", "Written follow-up";
    NOT_YET_SENT: "Heb ei anfon eto", "Not yet sent";

    SIGNATURE: "Llofnod", "Signature";
    NAME: "Enw", "Name";
    FINALISED_AT: "Cwblhawyd ar", "Finalised on";
    FINGERPRINT: "Ôl bys y cofnod", "Record fingerprint";
    SIGNING_KEY: "Allwedd llofnodi", "Signing key";
    DRAFT_NOTICE: "Drafft yw’r cofnod hwn. Nid yw wedi’i lofnodi ac ni ddylid dibynnu arno fel y \
        cofnod terfynol.",
        "This record is a draft. It has not been signed and must not be relied on as the final \
        record.";
    ADDENDA: "Ychwanegiadau", "Addenda";
    SESSIONS_NOT_HELD: "Sesiynau na chynhaliwyd", "Sessions not held";
    FINAL_SIGNATURE: "Llofnod y cofnod terfynol", "Signature of the final record";
    REASON: "Rheswm", "Reason";
    SIGNED_BY: "Llofnodwyd gan", "Signed by";
    DATE_AND_TIME: "Dyddiad ac amser", "Date and time";

    /// What the Record of Supported Contact is, and is not.
    SUPPORTED_NATURE: "Gwybodaeth fonitro yn unig yw’r cofnod hwn: dyddiadau ac amseroedd y \
        sesiynau a phwy a ddaeth iddynt. Nid yw canolfan gyswllt â chymorth yn arsylwi nac yn \
        adrodd ar yr hyn sy’n digwydd mewn sesiwn oni bai bod plentyn neu berson arall mewn perygl.",
        "This record gives monitoring information only: the dates and times of the sessions and \
        who attended them. A supported contact centre does not observe or report on what happens \
        in a session unless a child or another person is at risk.";
    SESSIONS_AND_ATTENDANCE: "Sesiynau a phresenoldeb", "Sessions and attendance";
    TOTALS: "Cyfansymiau", "Totals";
    RISK_INCIDENTS: "Digwyddiadau lle cododd risg", "Incidents where a risk arose";
    END_OF_CONTACT: "Diwedd y cyswllt", "End of contact";
    SESSIONS_OFFERED: "Sesiynau a gynigiwyd", "Sessions offered";
    SESSIONS_ATTENDED: "Sesiynau a fynychwyd", "Sessions attended";
    SESSIONS_MISSED: "Sesiynau a gollwyd", "Sessions missed";
    ATTENDED: "Wedi dod", "Attended";
}

/// "Session 3 of 6", or "Session 3" when the number planned is not known.
pub fn session_of(number: u32, of: Option<u32>) -> Bi {
    match of {
        Some(of) => Bi::new(
            format!("Sesiwn {number} o {of}"),
            format!("Session {number} of {of}"),
        ),
        None => Bi::new(format!("Sesiwn {number}"), format!("Session {number}")),
    }
}

/// Sessions held of those planned: "6 of 6 planned"; just the number when none were planned.
pub fn held_of(held: usize, planned: Option<u32>) -> Bi {
    match planned {
        Some(p) => Bi::new(
            format!("{held} o’r {p} a gynlluniwyd"),
            format!("{held} of {p} planned"),
        ),
        None => Bi::new(held.to_string(), held.to_string()),
    }
}

/// The heading of one session in the final record: "Session 3: 17/11/2026".
pub fn session_heading(number: u32, date: &str) -> Bi {
    Bi::new(
        format!("Sesiwn {number}: {date}"),
        format!("Session {number}: {date}"),
    )
}

/// A child's subsection: "Elis, aged 7"; bilingual "Elis, 7 oed / aged 7" (the name once).
pub fn child_heading(name: &str, age: Option<u32>, lang: Language) -> String {
    match age {
        Some(age) => format!(
            "{name}, {}",
            Bi::new(format!("{age} oed"), format!("aged {age}")).joined(lang, " / ")
        ),
        None => name.to_string(),
    }
}

/// The attribution of a quote: "Elis, 7:" (names and numbers need no translation).
pub fn attribution(name: &str, age: Option<u32>) -> String {
    match age {
        Some(age) => format!("{name}, {age}:"),
        None => format!("{name}:"),
    }
}

pub fn incident_title(n: usize) -> Bi {
    Bi::new(format!("Digwyddiad {n}"), format!("Incident {n}"))
}

/// In a session of the final record: the incident is told in full at the end.
pub fn incident_see_below(n: usize, when: &str) -> Bi {
    Bi::new(
        format!("Digwyddiad {n} ({when}): gweler “Digwyddiadau” ar ddiwedd y cofnod hwn."),
        format!("Incident {n} ({when}): see “Incidents” at the end of this record."),
    )
}

pub fn addendum_title(n: usize, session: Option<u32>) -> Bi {
    match session {
        Some(s) => Bi::new(
            format!("Ychwanegiad {n} at sesiwn {s}"),
            format!("Addendum {n} to session {s}"),
        ),
        None => Bi::new(format!("Ychwanegiad {n}"), format!("Addendum {n}")),
    }
}

pub fn sent_on(date: &str) -> Bi {
    Bi::new(format!("Anfonwyd {date}"), format!("Sent {date}"))
}

/// A duration: "1 h 30 min", "45 min", "2 h"; in Welsh "1 awr 30 mun".
pub fn duration(minutes: u32) -> Bi {
    let (h, m) = (minutes / 60, minutes % 60);
    let part = |hour: &str, min: &str| match (h, m) {
        (0, m) => format!("{m} {min}"),
        (h, 0) => format!("{h} {hour}"),
        (h, m) => format!("{h} {hour} {m} {min}"),
    };
    Bi::new(part("awr", "mun"), part("h", "min"))
}

/// Hours used of the referral's allowance: "4 h 30 min of 6 h".
pub fn hours_of(used_minutes: u32, allowance_minutes: u32) -> Bi {
    let used = duration(used_minutes);
    let all = duration(allowance_minutes);
    Bi::new(
        format!("{} o {}", used.cy, all.cy),
        format!("{} of {}", used.en, all.en),
    )
}

/// Sessions missed with the reasons: "2 (cancelled: 1; did not attend: 1)".
pub fn missed(total: usize, cancelled: usize, absent: usize) -> Bi {
    if total == 0 {
        return Bi::new("0", "0");
    }
    Bi::new(
        format!("{total} (wedi’u canslo: {cancelled}; heb ddod: {absent})"),
        format!("{total} (cancelled: {cancelled}; did not attend: {absent})"),
    )
}

/// A fixed phrase and what was typed, the typed part printed once (bilingual: Welsh line,
/// English line, then the typed text).
fn phrase_with(cy: &str, en: &str, typed: &str, bracket: bool, lang: Language) -> String {
    let typed = typed.trim();
    let typed = if bracket {
        format!("({typed})")
    } else {
        typed.to_string()
    };
    match lang {
        Language::English => format!("{en} {typed}"),
        Language::Welsh => format!("{cy} {typed}"),
        Language::Bilingual => format!("{cy}\n{en}\n{typed}"),
    }
}

/// "Cancelled by the father"; "Cancelled" when nobody is named.
pub fn cancelled_by(by: &str, lang: Language) -> String {
    if by.trim().is_empty() {
        return Bi::new("Canslwyd", "Cancelled").get(lang);
    }
    phrase_with("Canslwyd gan", "Cancelled by", by, false, lang)
}

/// "Did not attend (the father)"; without a name when nobody is named.
pub fn did_not_attend(who: &str, lang: Language) -> String {
    if who.trim().is_empty() {
        return Bi::new("Heb ddod", "Did not attend").get(lang);
    }
    phrase_with("Heb ddod", "Did not attend", who, true, lang)
}

impl From<FixedText> for Bi {
    fn from(t: FixedText) -> Self {
        Bi::new(t.cy, t.en)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_naturally() {
        assert_eq!(duration(90).en, "1 h 30 min");
        assert_eq!(duration(270).en, "4 h 30 min");
        assert_eq!(duration(45).en, "45 min");
        assert_eq!(duration(120).en, "2 h");
        assert_eq!(duration(0).en, "0 min");
        assert_eq!(duration(90).cy, "1 awr 30 mun");
        assert_eq!(hours_of(270, 360).en, "4 h 30 min of 6 h");
    }

    #[test]
    fn composed_texts_put_welsh_first() {
        assert_eq!(
            session_of(3, Some(6)).get(Language::Bilingual),
            "Sesiwn 3 o 6\nSession 3 of 6"
        );
        assert_eq!(session_of(3, None).get(Language::English), "Session 3");
        assert_eq!(
            child_heading("Elis", Some(7), Language::Bilingual),
            "Elis, 7 oed / aged 7"
        );
        assert_eq!(attribution("Elis", Some(7)), "Elis, 7:");
        assert_eq!(cancelled_by(" ", Language::English), "Cancelled");
        assert_eq!(
            did_not_attend("Owain", Language::Bilingual),
            "Heb ddod\nDid not attend\n(Owain)"
        );
        assert_eq!(
            cancelled_by("the father", Language::Welsh),
            "Canslwyd gan the father"
        );
    }
}
