//! The PDF text layout: blocks of mutated text (long words, Welsh letters) laid out in pages.

use contact_records_core::report::{
    layout, wrap, Block, Column, Document, FontStyle, Fonts, Level, Table,
};
use serde_json::{json, Value};

use super::mutate::{string, Rng};
use super::{Outcome, Target};

pub struct Layout {
    fonts: Fonts,
}

impl Layout {
    pub fn new() -> Self {
        Layout {
            fonts: Fonts::load().unwrap_or_else(|e| panic!("fonts: {e}")),
        }
    }
}

fn text(rng: &mut Rng) -> String {
    let mut s = string(rng);
    // Long words with no break, and text made of the font's own letters, wrap differently.
    if rng.chance(3) {
        s.push_str(&"Llanfairpwllgwyngyll".repeat(rng.below(30)));
    }
    if rng.chance(3) {
        s.push_str(&"ŵ ŷ a b\n".repeat(rng.below(50)));
    }
    s
}

impl Target for Layout {
    fn name(&self) -> &'static str {
        "layout"
    }

    fn make(&mut self, rng: &mut Rng) -> String {
        let blocks: Vec<Value> = (0..rng.below(12))
            .map(|_| match rng.below(7) {
                0 => json!({"h": text(rng), "level": rng.below(3)}),
                1 | 2 => json!({"p": text(rng)}),
                3 => json!({"q": text(rng), "by": text(rng)}),
                4 => json!({"kv": [[text(rng), text(rng)], [text(rng), text(rng)]]}),
                5 => json!({"table": [text(rng), text(rng)], "shares": [rng.below(5), rng.below(5)],
                    "rows": (0..rng.below(40)).map(|_| vec![text(rng), text(rng), text(rng)]).collect::<Vec<_>>()}),
                _ => json!({"space": rng.below(2000)}),
            })
            .collect();
        let size = *rng.pick(&[0.0, 0.1, 6.0, 11.0, 72.0, 500.0]);
        let max = *rng.pick(&[0.0, 1.0, 20.0, 160.0, 480.0, 10_000.0]);
        json!({"blocks": blocks, "wrap": {"text": text(rng), "size": size, "max": max}}).to_string()
    }

    fn run(&mut self, input: &str) -> Outcome {
        let v: Value = serde_json::from_str(input).map_err(|e| e.to_string())?;
        let s = |v: &Value| v.as_str().unwrap_or_default().to_string();
        let w = &v["wrap"];
        let size = w["size"].as_f64().unwrap_or(11.0) as f32;
        let max = w["max"].as_f64().unwrap_or(160.0) as f32;
        let lines = wrap(&self.fonts, FontStyle::Regular, size, &s(&w["text"]), max);
        let chars: usize = lines.iter().map(|l| l.text.chars().count()).sum();
        if chars > 4 * s(&w["text"]).chars().count() + 16 {
            return Err(format!(
                "wrap made {chars} characters of {}",
                s(&w["text"]).len()
            ));
        }
        let mut doc = Document::default();
        for b in v["blocks"].as_array().into_iter().flatten() {
            let block = if let Some(h) = b.get("h") {
                let level = [Level::One, Level::Two, Level::Three]
                    [b["level"].as_u64().unwrap_or(0) as usize % 3];
                Block::heading(level, s(h))
            } else if let Some(p) = b.get("p") {
                Block::paragraph(s(p))
            } else if let Some(q) = b.get("q") {
                Block::quote(b["by"].as_str(), s(q))
            } else if let Some(kv) = b.get("kv") {
                Block::key_values(
                    kv.as_array()
                        .into_iter()
                        .flatten()
                        .map(|r| (s(&r[0]), s(&r[1]))),
                )
            } else if let Some(h) = b.get("table") {
                let shares = &b["shares"];
                Block::Table(Table {
                    columns: vec![
                        Column {
                            header: s(&h[0]),
                            share: shares[0].as_f64().unwrap_or(1.0) as f32,
                        },
                        Column {
                            header: s(&h[1]),
                            share: shares[1].as_f64().unwrap_or(1.0) as f32,
                        },
                    ],
                    rows: b["rows"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .map(|r| r.as_array().into_iter().flatten().map(s).collect())
                        .collect(),
                })
            } else {
                Block::Spacer(b["space"].as_f64().unwrap_or(0.0) as f32)
            };
            doc.blocks.push(block);
        }
        // A glyph the font lacks is refused in words; anything else must lay out.
        match layout(&doc) {
            Ok(laid) if laid.pages.is_empty() => Err("no pages".into()),
            Ok(laid) if laid.pages.len() > 5_000 => Err(format!("{} pages", laid.pages.len())),
            _ => Ok(()),
        }
    }

    fn reset(&mut self) {}
}
