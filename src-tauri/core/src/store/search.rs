//! Search everything: the full-text index of migration 0008 (kept by triggers in the same
//! transaction as every change), queried and grouped by case.

use std::collections::HashMap;

use rusqlite::{params, OptionalExtension};

use super::sql::parse_enum;
use super::Store;
use crate::error::Result;
use crate::model::{Fragment, SearchCase, SearchHit, SearchResults, SearchSource};
use crate::text::like_anywhere;

/// At most this many cases are listed; more means the search should be narrowed.
pub const SEARCH_CASE_LIMIT: usize = 50;
/// At most this many matches are shown under each case.
pub const SEARCH_HITS_PER_CASE: usize = 5;
/// Matches read in rank order before grouping: enough to fill the cases listed.
const MATCH_SCAN_LIMIT: u32 = 5_000;
/// Words of the query used; the rest are ignored.
const MAX_WORDS: usize = 12;

// Marks around matched words in snippet() and highlight(): control characters nobody types.
const OPEN: char = '\u{2}';
const CLOSE: char = '\u{3}';

/// The FTS5 query for what was typed: every word, as the start of a word, all required.
/// Punctuation separates words (as the index's tokenizer does), so nothing typed can be FTS5
/// syntax. `None` when there is no word at all.
pub fn match_expression(text: &str) -> Option<String> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(MAX_WORDS)
        .map(|w| format!("\"{w}\"*"))
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// Splits text marked with OPEN/CLOSE into plain and matched pieces.
fn fragments(marked: &str) -> Vec<Fragment> {
    let mut out = Vec::new();
    let mut matched = false;
    let mut text = String::new();
    for c in marked.chars() {
        if c == OPEN || c == CLOSE {
            if !text.is_empty() {
                out.push(Fragment {
                    text: std::mem::take(&mut text),
                    matched,
                });
            }
            matched = c == OPEN;
        } else {
            text.push(c);
        }
    }
    if !text.is_empty() {
        out.push(Fragment { text, matched });
    }
    out
}

struct Found {
    entry: i64,
    case_id: i64,
}

/// Matches grouped by case, cases in the order of their best match.
#[derive(Default)]
struct Groups {
    order: Vec<i64>,
    /// Each case's first entries, and how many more it has.
    per_case: HashMap<i64, (Vec<i64>, u32)>,
}

impl Groups {
    fn add(&mut self, f: Found) {
        let order = &mut self.order;
        let group = self.per_case.entry(f.case_id).or_insert_with(|| {
            order.push(f.case_id);
            (Vec::new(), 0)
        });
        // A case found by its number is found again by the words of its number.
        if group.0.contains(&f.entry) {
            return;
        }
        if group.0.len() < SEARCH_HITS_PER_CASE {
            group.0.push(f.entry);
        } else {
            group.1 += 1;
        }
    }
}

impl Store {
    /// Cases whose number, name, people, referrals, records (drafts as typed, finalised records as
    /// signed), addenda or incidents hold every word of `text` (accents and case ignored; each
    /// word may be the start of a longer one), best match first, grouped by case.
    pub fn search(&self, text: &str) -> Result<SearchResults> {
        let mut groups = Groups::default();
        // A case number is one word to the index, so a part of one ("00417") is looked up here.
        let number: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        if number.chars().any(|c| c.is_ascii_digit()) {
            let mut st = self.conn().prepare_cached(
                "SELECT id FROM cases WHERE court_case_number_key LIKE ?1 ESCAPE '\\'
                 ORDER BY status = 'closed', updated_at DESC LIMIT ?2",
            )?;
            let ids = st
                .query_map(params![like_anywhere(&number), MATCH_SCAN_LIMIT], |r| {
                    r.get::<_, i64>(0)
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            for id in ids {
                groups.add(Found {
                    entry: id * 16 + 1,
                    case_id: id,
                });
            }
        }
        let expr = match_expression(text);
        if let Some(expr) = &expr {
            let mut st = self.conn().prepare_cached(
                // The case itself and its people (source codes 1-3) before words in its papers:
                // a name found is what the user most often looks for.
                "SELECT rowid, case_id FROM search_index WHERE search_index MATCH ?1
                 ORDER BY (rowid % 16) > 3, rank LIMIT ?2",
            )?;
            let rows = st.query_map(params![expr, MATCH_SCAN_LIMIT], |r| {
                Ok(Found {
                    entry: r.get(0)?,
                    case_id: r.get(1)?,
                })
            })?;
            for f in rows {
                groups.add(f?);
            }
        }
        let more_cases = groups.order.len() > SEARCH_CASE_LIMIT;
        let mut cases = Vec::new();
        for case_id in groups.order.into_iter().take(SEARCH_CASE_LIMIT) {
            let Some((entries, more_hits)) = groups.per_case.remove(&case_id) else {
                continue;
            };
            let Some(mut case) = self.search_case(case_id, more_hits)? else {
                continue;
            };
            for entry in entries {
                if let Some(hit) = self.search_hit(entry, expr.as_deref())? {
                    case.hits.push(hit);
                }
            }
            cases.push(case);
        }
        Ok(SearchResults {
            query: text.to_string(),
            cases,
            more_cases,
        })
    }

    fn search_case(&self, case_id: i64, more_hits: u32) -> Result<Option<SearchCase>> {
        let mut st = self.conn().prepare_cached(
            "SELECT court_case_number, case_name, status FROM cases WHERE id = ?1",
        )?;
        Ok(st
            .query_row([case_id], |r| {
                Ok(SearchCase {
                    case_id,
                    court_case_number: r.get(0)?,
                    case_name: r.get(1)?,
                    status: parse_enum(r, 2)?,
                    hits: Vec::new(),
                    more_hits,
                })
            })
            .optional()?)
    }

    /// One index entry with its title and passage marked (the passage only when the words
    /// searched for are in the entry's text).
    fn search_hit(&self, entry: i64, expr: Option<&str>) -> Result<Option<SearchHit>> {
        let conn = self.conn();
        let row = match expr {
            Some(expr) => conn
                .prepare_cached(
                    "SELECT source, source_id, referral_id, session_id,
                        highlight(search_index, 5, char(2), char(3)),
                        snippet(search_index, 6, char(2), char(3), '…', 24)
                 FROM search_index WHERE search_index MATCH ?1 AND rowid = ?2",
                )?
                .query_row(params![expr, entry], hit_row)
                .optional()?,
            None => None,
        };
        // A case found by its number alone, or an entry the words matched only partly.
        let row = match row {
            Some(row) => Some(row),
            None => conn
                .prepare_cached(
                    "SELECT source, source_id, referral_id, session_id, title, ''
                     FROM search_index WHERE rowid = ?1",
                )?
                .query_row([entry], hit_row)
                .optional()?,
        };
        let Some(mut hit) = row else { return Ok(None) };
        if let Some(session) = hit.session_id {
            hit.session_number = conn
                .prepare_cached("SELECT number FROM sessions WHERE id = ?1")?
                .query_row([session], |r| r.get(0))
                .optional()?;
        }
        Ok(Some(hit))
    }
}

fn hit_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<SearchHit> {
    let source: String = r.get(0)?;
    let source = SearchSource::parse(&source).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            0,
            rusqlite::types::Type::Text,
            format!("unknown search source {source:?}").into(),
        )
    })?;
    let title: String = r.get(4)?;
    let passage: String = r.get(5)?;
    let passage = if passage.contains(OPEN) {
        fragments(&passage)
    } else {
        Vec::new()
    };
    Ok(SearchHit {
        source,
        source_id: r.get(1)?,
        referral_id: r.get(2)?,
        session_id: r.get(3)?,
        session_number: None,
        title: fragments(&title),
        passage,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_is_typed_becomes_prefix_words_and_never_fts_syntax() {
        assert_eq!(
            match_expression("Siân  Llŷr").as_deref(),
            Some("\"Siân\"* \"Llŷr\"*")
        );
        assert_eq!(
            match_expression("\"a\" OR b*: NEAR(").as_deref(),
            Some("\"a\"* \"OR\"* \"b\"* \"NEAR\"*")
        );
        assert_eq!(match_expression(" -*\" "), None);
    }

    #[test]
    fn marked_text_splits_into_pieces() {
        let f = fragments("a \u{2}Siân\u{3} b");
        assert_eq!(
            f,
            vec![
                Fragment {
                    text: "a ".into(),
                    matched: false
                },
                Fragment {
                    text: "Siân".into(),
                    matched: true
                },
                Fragment {
                    text: " b".into(),
                    matched: false
                },
            ]
        );
    }
}
