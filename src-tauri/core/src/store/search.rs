//! Search everything: the full-text index of migration 0008 (kept by triggers in the same
//! transaction as every change), queried and grouped by case.

use std::collections::HashMap;

use rusqlite::params;

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

/// The scan: every entry holding the words, the case and its people first, best match first.
/// The same text is what the benchmark's bare side runs (`benches/scale.rs`).
pub const SCAN_SQL: &str =
    // The case itself and its people (source codes 1-3) before words in its papers: a name found
    // is what the user most often looks for. The matches are ranked and cut to the limit first,
    // and only then is each one's `case_id` read: it lives in the index's content table, one
    // seek (and one page decrypted) per entry, which for every match of a common word was most
    // of a search on a file of years.
    "SELECT top.id, entry.case_id
     FROM (SELECT rowid AS id, (rowid % 16) > 3 AS later, rank AS score FROM search_index
           WHERE search_index MATCH ?1 ORDER BY later, score LIMIT ?2) AS top
     JOIN search_index AS entry ON entry.rowid = top.id
     ORDER BY top.later, top.score";

/// The marked title and passage of the entries shown (`?2`, a JSON array of rowids), in one pass
/// over the matches. `+rowid` keeps the rowids from being handed to FTS5 one by one: each such
/// lookup would merge the doclists of every word starting with the prefix typed again.
pub const PASSAGES_SQL: &str = "SELECT search_index.rowid, search_index.source, search_index.source_id,
        search_index.referral_id, search_index.session_id, highlight(search_index, 5, char(2), char(3)),
        snippet(search_index, 6, char(2), char(3), '…', 24), s.number
     FROM search_index LEFT JOIN sessions s ON s.id = search_index.session_id
     WHERE search_index MATCH ?1 AND +search_index.rowid IN (SELECT value FROM json_each(?2))";

/// Entries shown that the words did not match (a case found by its number): title only.
pub const TITLES_SQL: &str =
    "SELECT search_index.rowid, search_index.source, search_index.source_id,
        search_index.referral_id, search_index.session_id, search_index.title, '', s.number
     FROM search_index LEFT JOIN sessions s ON s.id = search_index.session_id
     WHERE search_index.rowid IN (SELECT value FROM json_each(?1))";

/// The number, name and status of the cases shown (`?1`, a JSON array of ids).
pub const CASES_SQL: &str = "SELECT id, court_case_number, case_name, status FROM cases
     WHERE id IN (SELECT value FROM json_each(?1))";

fn json_ids(ids: &[i64]) -> String {
    let list: Vec<String> = ids.iter().map(i64::to_string).collect();
    format!("[{}]", list.join(","))
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
            let mut st = self.conn().prepare_cached(SCAN_SQL)?;
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
        groups.order.truncate(SEARCH_CASE_LIMIT);
        let mut shown: HashMap<i64, SearchCase> = self.search_cases(&groups.order)?;
        let entries: Vec<i64> = groups
            .order
            .iter()
            .filter_map(|id| groups.per_case.get(id))
            .flat_map(|(entries, _)| entries.iter().copied())
            .collect();
        let mut hits = self.search_hits(&entries, expr.as_deref())?;
        let mut cases = Vec::new();
        for case_id in groups.order {
            let (Some((entries, more_hits)), Some(mut case)) =
                (groups.per_case.remove(&case_id), shown.remove(&case_id))
            else {
                continue;
            };
            case.more_hits = more_hits;
            case.hits = entries.iter().filter_map(|e| hits.remove(e)).collect();
            cases.push(case);
        }
        Ok(SearchResults {
            query: text.to_string(),
            cases,
            more_cases,
        })
    }

    fn search_cases(&self, ids: &[i64]) -> Result<HashMap<i64, SearchCase>> {
        let mut st = self.conn().prepare_cached(CASES_SQL)?;
        let rows = st.query_map([json_ids(ids)], |r| {
            Ok(SearchCase {
                case_id: r.get(0)?,
                court_case_number: r.get(1)?,
                case_name: r.get(2)?,
                status: parse_enum(r, 3)?,
                hits: Vec::new(),
                more_hits: 0,
            })
        })?;
        let mut out = HashMap::new();
        for case in rows {
            let case = case?;
            out.insert(case.case_id, case);
        }
        Ok(out)
    }

    /// The entries shown, by rowid, with their titles and passages marked (the passage only
    /// when the words searched for are in the entry's text).
    fn search_hits(&self, entries: &[i64], expr: Option<&str>) -> Result<HashMap<i64, SearchHit>> {
        let mut out = HashMap::new();
        if let Some(expr) = expr {
            let mut st = self.conn().prepare_cached(PASSAGES_SQL)?;
            let rows = st.query_map(params![expr, json_ids(entries)], hit_row)?;
            for row in rows {
                let (entry, hit) = row?;
                out.insert(entry, hit);
            }
        }
        // A case found by its number alone, or an entry the words matched only partly.
        let rest: Vec<i64> = entries
            .iter()
            .copied()
            .filter(|e| !out.contains_key(e))
            .collect();
        if !rest.is_empty() {
            let mut st = self.conn().prepare_cached(TITLES_SQL)?;
            let rows = st.query_map([json_ids(&rest)], hit_row)?;
            for row in rows {
                let (entry, hit) = row?;
                out.insert(entry, hit);
            }
        }
        Ok(out)
    }
}

fn hit_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<(i64, SearchHit)> {
    let source: String = r.get(1)?;
    let source = SearchSource::parse(&source).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            1,
            rusqlite::types::Type::Text,
            format!("unknown search source {source:?}").into(),
        )
    })?;
    let title: String = r.get(5)?;
    let passage: String = r.get(6)?;
    let passage = if passage.contains(OPEN) {
        fragments(&passage)
    } else {
        Vec::new()
    };
    let hit = SearchHit {
        source,
        source_id: r.get(2)?,
        referral_id: r.get(3)?,
        session_id: r.get(4)?,
        session_number: r.get(7)?,
        title: fragments(&title),
        passage,
    };
    Ok((r.get(0)?, hit))
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
