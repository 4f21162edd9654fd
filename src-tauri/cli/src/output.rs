//! Printing: aligned text tables for people, JSON for scripts.

use contact_records_core::Error;
use serde::Serialize;

/// Lets a closed pipe end the program quietly, as it ends `cat` or `grep`:
/// `contact-records cases | head -1` must not panic when `head` stops reading. Rust ignores
/// SIGPIPE at startup, which turns every later `println!` into a panic on a closed pipe.
pub fn end_quietly_on_closed_pipe() {
    #[cfg(unix)]
    // SAFETY: called first thing in `main`, before any other thread exists; SIG_DFL is the
    // default disposition every Unix program starts with.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

pub fn print_json<T: Serialize>(value: &T) -> Result<(), Error> {
    let text = serde_json::to_string_pretty(value)
        .map_err(|e| Error::storage(format!("Could not write JSON: {e}")))?;
    println!("{text}");
    Ok(())
}

pub struct Table {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl Table {
    pub fn new(header: &[&str]) -> Table {
        Table {
            header: header.iter().map(|h| h.to_string()).collect(),
            rows: Vec::new(),
        }
    }

    pub fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells);
    }

    /// Columns padded to their widest cell (counted in characters, so Welsh letters line up).
    pub fn render(&self) -> String {
        let mut widths: Vec<usize> = self.header.iter().map(|h| h.chars().count()).collect();
        for r in &self.rows {
            for (w, c) in widths.iter_mut().zip(r) {
                *w = (*w).max(c.chars().count());
            }
        }
        let line = |cells: &[String]| {
            let mut s = cells
                .iter()
                .zip(&widths)
                .map(|(c, w)| format!("{c}{}", " ".repeat(w - c.chars().count())))
                .collect::<Vec<_>>()
                .join("  ");
            s.truncate(s.trim_end().len());
            s.push('\n');
            s
        };
        let mut out = line(&self.header);
        for r in &self.rows {
            out.push_str(&line(r));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_align_by_characters() {
        let mut t = Table::new(&["Name", "N"]);
        t.row(vec!["Siân Llŷr".into(), "2".into()]);
        t.row(vec!["Al".into(), "10".into()]);
        assert_eq!(t.render(), "Name       N\nSiân Llŷr  2\nAl         10\n");
    }
}
