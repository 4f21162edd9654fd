//! The pieces the three records share: UK formats for dates and times, the cover rows, sections
//! that say "Nothing recorded" when empty, incidents, signatures and addenda, metadata.

use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, Utc};

use super::document::{Block, DocumentMeta, Level, RunningHeader};
use super::font::{FontStyle, Fonts};
use super::record_data::{Addendum, AdviserRole, IncidentSummary, RecordHeader, Signature};
use super::record_texts::{self as t, Bi};
use super::strings::{FixedText, Language, NOTHING_RECORDED};
use super::style::Style;

/// 23/11/2026.
pub fn date(d: NaiveDate) -> String {
    crate::model::dates::uk(d)
}

/// 14:05 (24-hour clock).
pub fn time(t: NaiveTime) -> String {
    t.format("%H:%M").to_string()
}

/// 23/11/2026 14:05.
pub fn date_time(dt: NaiveDateTime) -> String {
    format!("{} {}", date(dt.date()), time(dt.time()))
}

/// "10:00–11:00", one end alone when the other is missing, "–" when both are.
pub fn time_range(start: Option<NaiveTime>, end: Option<NaiveTime>) -> String {
    match (start, end) {
        (Some(s), Some(e)) => format!("{}–{}", time(s), time(e)),
        (Some(s), None) => format!("{}–", time(s)),
        (None, Some(e)) => format!("–{}", time(e)),
        (None, None) => "–".to_string(),
    }
}

/// A time in a table cell; a dash when there is none (the person did not come, say).
pub fn time_or_dash(t: Option<NaiveTime>) -> String {
    t.map_or_else(|| "–".to_string(), time)
}

/// Writes the fixed texts of one record in its language.
pub struct Composer {
    pub lang: Language,
    /// Measures bilingual labels and values; without it they are always stacked.
    fonts: Option<Fonts>,
}

/// Room for a label and for a value in label / value rows (the engine's default geometry, less
/// the gutter between them). A text measured too wide here only costs an extra line.
fn key_value_room() -> (f32, f32) {
    let style = Style::default();
    let width = style.text_width();
    let label = style.label_share * width;
    (label - 10.0, width - label)
}

impl Composer {
    pub fn new(lang: Language) -> Self {
        Composer {
            lang,
            fonts: Fonts::load().ok(),
        }
    }

    /// A fixed text; bilingual is the Welsh line above the English line.
    pub fn fixed(&self, text: FixedText) -> String {
        text.get(self.lang)
    }

    pub fn bi(&self, text: &Bi) -> String {
        text.get(self.lang)
    }

    /// Bilingual text on one line ("Llys / Court") when it fits `width`, as bilingual forms
    /// set short labels; otherwise Welsh above English, never one language broken into the other.
    fn fit(&self, text: &Bi, font: FontStyle, width: f32) -> String {
        let one_line = text.joined(self.lang, " / ");
        let fits = self
            .fonts
            .as_ref()
            .is_some_and(|f| f.width(font, &one_line, 12.0) <= width);
        if fits {
            one_line
        } else {
            text.get(self.lang)
        }
    }

    /// A label of a label / value row.
    pub fn label(&self, text: FixedText) -> String {
        self.fit(&text.into(), FontStyle::Bold, key_value_room().0)
    }

    /// A fixed value of a label / value row ("Session 3 of 6").
    pub fn value(&self, text: &Bi) -> String {
        self.fit(text, FontStyle::Regular, key_value_room().1)
    }

    /// A bookmarked heading: "3 Arrival and greeting" (bilingual: each language on its line,
    /// the number on both so either can be read alone).
    pub fn section(&self, level: Level, number: Option<usize>, title: FixedText) -> Block {
        let numbered = |s: &str| match number {
            Some(n) => format!("{n} {s}"),
            None => s.to_string(),
        };
        let text = Bi::new(numbered(title.cy), numbered(title.en));
        Block::heading(level, self.bi(&text))
    }

    /// What was typed, or "Nothing recorded" so a reader knows the question was asked.
    pub fn text_or_nothing(&self, text: &str) -> Block {
        if text.trim().is_empty() {
            self.nothing()
        } else {
            Block::paragraph(text)
        }
    }

    pub fn nothing(&self) -> Block {
        Block::paragraph(NOTHING_RECORDED.get(self.lang))
    }

    /// A fixed passage; bilingual is two paragraphs, Welsh first.
    pub fn passage(&self, text: FixedText) -> Vec<Block> {
        match self.lang {
            Language::Bilingual => vec![Block::paragraph(text.cy), Block::paragraph(text.en)],
            lang => vec![Block::paragraph(text.get(lang))],
        }
    }

    pub fn row(&self, label: FixedText, value: impl Into<String>) -> (String, String) {
        (self.label(label), value.into())
    }

    fn adviser(&self, h: &RecordHeader) -> String {
        let role = h.referring_adviser_role.map(|r| match r {
            AdviserRole::Fca => t::FCA,
            AdviserRole::Fcsw => t::FCSW,
        });
        match role {
            Some(role) if !h.referring_adviser.trim().is_empty() => {
                format!("{}\n{}", h.referring_adviser, self.value(&role.into()))
            }
            _ => h.referring_adviser.clone(),
        }
    }

    /// The case, court, numbers, referrer, provider and service. `person`: the supervisor's
    /// or the coordinator's label.
    pub fn cover_rows(&self, h: &RecordHeader, person: FixedText) -> Vec<(String, String)> {
        let number = if h.cafcass_number.trim().is_empty() || h.cafcass_system.trim().is_empty() {
            h.cafcass_number.clone()
        } else {
            format!("{} ({})", h.cafcass_number, h.cafcass_system)
        };
        [
            (t::CASE, h.case_name.clone()),
            (t::COURT, h.court.clone()),
            (t::COURT_CASE_NUMBER, h.court_case_number.clone()),
            (t::CAFCASS_NUMBER, number),
            (t::REFERRING_ADVISER, self.adviser(h)),
            (t::PROVIDER, h.provider.clone()),
            (t::SERVICE, h.service.clone()),
            (person, h.supervisor.clone()),
        ]
        .into_iter()
        .map(|(label, value)| self.row(label, self.or_not_recorded(&value)))
        .collect()
    }

    /// What was typed, or "Not recorded" where a value was left empty, so a reader never meets a
    /// blank beside a label.
    pub fn or_not_recorded(&self, text: &str) -> String {
        if text.trim().is_empty() {
            self.value(&t::NOT_RECORDED.into())
        } else {
            text.to_string()
        }
    }

    /// Remote supervised contact: the FCA/FCSW's assessment that it is suitable, headed at
    /// `level`, its three answers under the level below; nothing for other services.
    pub fn remote_assessment(&self, h: &RecordHeader, level: Level, sub: Level) -> Vec<Block> {
        let Some(a) = &h.remote_assessment else {
            return Vec::new();
        };
        let mut blocks = vec![
            self.section(level, None, t::REMOTE_ASSESSED),
            Block::KeyValues(vec![
                self.row(t::REMOTE_ASSESSED_ON, date(a.assessed_on)),
                self.row(t::REMOTE_ASSESSED_BY, a.assessed_by.as_str()),
            ]),
        ];
        for (title, text) in [
            (t::REMOTE_DISCUSSED, &a.discussed),
            (t::REMOTE_LIMITATIONS, &a.limitations),
            (t::REMOTE_FEEDBACK, &a.feedback),
        ] {
            blocks.push(self.section(sub, None, title));
            blocks.push(self.text_or_nothing(text));
        }
        blocks.push(Block::Spacer(6.0));
        blocks
    }

    /// The referral dates that are known; `ceased` adds the date contact ceased.
    pub fn referral_rows(&self, h: &RecordHeader, ceased: bool) -> Vec<(String, String)> {
        let mut dates = vec![
            (t::REFERRAL_SENT, h.referral_sent),
            (t::REFERRAL_ACCEPTED, h.referral_accepted),
            (t::CONTACT_STARTED, h.contact_started),
        ];
        if ceased {
            dates.push((t::CONTACT_CEASED, h.contact_ceased));
        }
        dates
            .into_iter()
            .filter_map(|(label, d)| d.map(|d| self.row(label, date(d))))
            .collect()
    }

    /// Name, role, and when the record was finalised; the fingerprint when given.
    pub fn signature(&self, sig: &Signature, fingerprint: Option<&str>) -> Block {
        let mut rows = vec![
            self.row(t::NAME, sig.name.as_str()),
            self.row(t::ROLE, sig.role.as_str()),
            self.row(t::FINALISED_AT, date_time(sig.signed_at)),
        ];
        if let Some(key) = &sig.key_fingerprint {
            rows.push(self.row(t::SIGNING_KEY, key.as_str()));
        }
        if let Some(fp) = fingerprint {
            rows.push(self.row(t::FINGERPRINT, fp));
        }
        Block::KeyValues(rows)
    }

    /// The signature section: the block when signed, otherwise the draft notice (never a
    /// signature block on a draft).
    pub fn signature_section(
        &self,
        level: Level,
        number: Option<usize>,
        sig: Option<&Signature>,
        fingerprint: Option<&str>,
    ) -> Vec<Block> {
        let mut blocks = vec![self.section(level, number, t::SIGNATURE)];
        match sig {
            Some(sig) => blocks.push(self.signature(sig, fingerprint)),
            None => blocks.extend(self.passage(t::DRAFT_NOTICE)),
        }
        blocks
    }

    /// One incident as label / value rows.
    pub fn incident(&self, i: &IncidentSummary) -> Block {
        let mut rows = vec![self.row(t::WHEN, date_time(i.when))];
        if let Some(n) = i.session_number {
            rows.push(self.row(t::SESSION, n.to_string()));
        }
        rows.push(self.row(t::WHAT_HAPPENED, self.or_not_recorded(&i.what_happened)));
        rows.push(self.row(t::ACTION_TAKEN, self.or_not_recorded(&i.action_taken)));
        rows.push(self.row(t::REPORTED_TO, self.or_not_recorded(&i.reported_to)));
        let reported_on = i
            .reported_on
            .map_or_else(|| self.value(&t::NOT_RECORDED.into()), date);
        rows.push(self.row(t::REPORTED_AT, reported_on));
        let follow_up = match i.written_follow_up_sent {
            Some(d) => self.value(&t::sent_on(&date(d))),
            None => self.value(&t::NOT_YET_SENT.into()),
        };
        rows.push(self.row(t::FOLLOW_UP, follow_up));
        Block::KeyValues(rows)
    }

    /// Numbered incidents under headings of `level` (not bookmarked below level two, so the
    /// outline stays one entry per section and session), or "Nothing recorded".
    pub fn incidents(&self, level: Level, incidents: &[IncidentSummary]) -> Vec<Block> {
        if incidents.is_empty() {
            return vec![self.nothing()];
        }
        let mut blocks = Vec::new();
        for (n, i) in incidents.iter().enumerate() {
            blocks.push(Block::Heading {
                level,
                text: self.bi(&t::incident_title(n + 1)),
                bookmark: level < Level::Three,
            });
            blocks.push(self.incident(i));
        }
        blocks
    }

    /// Addenda, each dated and signed with its reason, then its text.
    pub fn addenda<'a>(
        &self,
        level: Level,
        addenda: impl IntoIterator<Item = (Option<u32>, &'a Addendum)>,
    ) -> Vec<Block> {
        let mut blocks = Vec::new();
        for (n, (session, a)) in addenda.into_iter().enumerate() {
            blocks.push(Block::Heading {
                level,
                text: self.bi(&t::addendum_title(n + 1, session)),
                bookmark: level < Level::Three,
            });
            blocks.push(Block::KeyValues(vec![
                self.row(t::DATE_AND_TIME, date_time(a.signed_at)),
                self.row(t::SIGNED_BY, format!("{}, {}", a.name, a.role)),
                self.row(t::REASON, a.reason.as_str()),
            ]));
            blocks.push(self.text_or_nothing(&a.text));
        }
        blocks
    }

    /// Case name and number at the left, the record's title at the right of every page.
    pub fn running_header(&self, h: &RecordHeader, title: FixedText) -> RunningHeader {
        RunningHeader {
            case_name: h.case_name.clone(),
            case_number: h.court_case_number.clone(),
            record_title: self.fixed(title),
        }
    }

    /// The PDF's document information: title, author, subject (case and number), keywords.
    pub fn meta(
        &self,
        h: &RecordHeader,
        title: String,
        author: &str,
        created: DateTime<Utc>,
    ) -> DocumentMeta {
        let subject = [h.case_name.trim(), h.court_case_number.trim()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", ");
        DocumentMeta {
            title: title.replace('\n', " / "),
            author: author.to_string(),
            subject,
            keywords: [h.court_case_number.as_str(), h.court.as_str()]
                .into_iter()
                .filter(|k| !k.trim().is_empty())
                .map(str::to_string)
                .collect(),
            created,
            attachments: Vec::new(),
        }
    }
}
