//! The fixed texts printed on every report, in Welsh and English (Welsh first when bilingual).

/// The language of a report's fixed texts. Text the user typed is printed once, as typed.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize, specta::Type,
)]
#[serde(rename_all = "snake_case")]
// Named apart from `model::Language` (a person's preference) in the TypeScript bindings.
#[serde(rename = "DocumentLanguage")]
pub enum Language {
    #[default]
    English,
    Welsh,
    /// Welsh first, then English, equal in size and weight (Welsh Language Standards).
    Bilingual,
}

impl Language {
    /// The BCP 47 tag written into the PDF catalogue (`/Lang`).
    pub fn tag(self) -> &'static str {
        match self {
            Language::English => "en-GB",
            Language::Welsh | Language::Bilingual => "cy-GB",
        }
    }
}

/// One fixed text in both languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FixedText {
    pub cy: &'static str,
    pub en: &'static str,
}

impl FixedText {
    /// The text in `lang`; bilingual texts are the Welsh text, a line break, the English text.
    pub fn get(&self, lang: Language) -> String {
        self.joined(lang, "\n")
    }

    /// Like [`FixedText::get`], joining the two languages with `sep` (e.g. " / " for labels).
    pub fn joined(&self, lang: Language, sep: &str) -> String {
        match lang {
            Language::English => self.en.to_string(),
            Language::Welsh => self.cy.to_string(),
            Language::Bilingual => format!("{}{sep}{}", self.cy, self.en),
        }
    }
}

/// The confidentiality line in every footer (FPR 2010 Part 12 Chapter 7, r. 12.73).
pub const CONFIDENTIALITY: FixedText = FixedText {
    cy:
        "Cyfrinachol. Paratowyd y ddogfen hon ar gyfer achos llys teulu. Ni ddylid ei dangos i neb \
         ond y partïon, eu cyfreithwyr a’r llys heb ganiatâd y llys (Rheolau Gweithdrefn Teulu \
         2010, Rhan 12, Pennod 7).",
    en: "Confidential. This document was prepared for family proceedings. It must not be shown to \
         anyone other than the parties, their lawyers and the court without the court’s permission \
         (Family Procedure Rules 2010, Part 12, Chapter 7).",
};

/// What kind of record this is: printed near the top of every record of contact.
pub const NATURE_OF_RECORD: FixedText = FixedText {
    cy: "Cofnod ffeithiol yw hwn o’r hyn a welodd ac a glywodd y goruchwyliwr. Dyfynnir geiriau’r \
         plant a’r oedolion fel y’u dywedwyd. Dim ond lle y’u labelir felly y mae sylwadau’r \
         goruchwyliwr ei hun yn ymddangos.",
    en: "This is a factual record of what the supervisor saw and heard. Children’s and adults’ \
         words are quoted as they were said. The supervisor’s own reflections appear only where \
         they are labelled as such.",
};

/// The marker in the header and the watermark of an unfinalised record.
pub const DRAFT: FixedText = FixedText {
    cy: "DRAFFT",
    en: "DRAFT",
};

/// Said in an empty section, so a reader knows the question was asked.
pub const NOTHING_RECORDED: FixedText = FixedText {
    cy: "Dim wedi’i gofnodi",
    en: "Nothing recorded",
};

/// The heading of a contents list.
pub const CONTENTS: FixedText = FixedText {
    cy: "Cynnwys",
    en: "Contents",
};

const FINGERPRINT: FixedText = FixedText {
    cy: "Ôl bys y cofnod (SHA-256)",
    en: "Record fingerprint (SHA-256)",
};

/// The page number in the footer: "Page 2 of 7", "Tudalen 2 o 7"; bilingual is the Welsh line,
/// a line break, the English line.
pub fn page_x_of_y(lang: Language, page: usize, pages: usize) -> String {
    let cy = format!("Tudalen {page} o {pages}");
    let en = format!("Page {page} of {pages}");
    match lang {
        Language::English => en,
        Language::Welsh => cy,
        Language::Bilingual => format!("{cy}\n{en}"),
    }
}

/// The fingerprint line of a finalised record, in small type in the footer.
pub fn fingerprint_line(lang: Language, fingerprint: &str) -> String {
    format!("{}: {fingerprint}", FINGERPRINT.joined(lang, " / "))
}

/// The separator between the case name and the court case number in the running header.
pub const HEADER_SEPARATOR: &str = " · ";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bilingual_puts_welsh_first() {
        assert_eq!(DRAFT.joined(Language::Bilingual, " / "), "DRAFFT / DRAFT");
        assert_eq!(
            page_x_of_y(Language::Bilingual, 2, 7),
            "Tudalen 2 o 7\nPage 2 of 7"
        );
        assert!(CONFIDENTIALITY
            .get(Language::Bilingual)
            .starts_with("Cyfrinachol."));
    }
}
