//! The fixed texts of the reports to court: the welfare checklist word for word, and headings
//! that follow the number of children.

use super::court_texts::*;
use super::strings::Language;
use crate::model::SectionCode;

#[test]
fn the_checklist_is_the_statutes_words_lettered_a_to_g() {
    let letters: String = WELFARE_CHECKLIST.iter().map(|i| i.letter).collect();
    assert_eq!(letters, "abcdefg");
    assert_eq!(
        WELFARE_CHECKLIST[0].en,
        "the ascertainable wishes and feelings of the child concerned (considered in the light \
         of his age and understanding)"
    );
    assert_eq!(
        WELFARE_CHECKLIST[6].en,
        "the range of powers available to the court under this Act in the proceedings in question"
    );
    let heading = checklist_heading(&WELFARE_CHECKLIST[1]).get(Language::Bilingual);
    assert_eq!(
        heading,
        "(b) ei anghenion corfforol, emosiynol ac addysgol\n(b) his physical, emotional and \
         educational needs"
    );
}

#[test]
fn the_views_heading_follows_the_number_of_children() {
    assert_eq!(section(SectionCode::ChildViews, 1).en, "The child’s views");
    assert_eq!(
        section(SectionCode::ChildViews, 2).en,
        "The children’s views"
    );
    assert_eq!(section(SectionCode::ChildViews, 2).cy, "Barn y plant");
    assert_eq!(
        section(SectionCode::Harm, 2).en,
        "any harm which he has suffered or is at risk of suffering"
    );
}
