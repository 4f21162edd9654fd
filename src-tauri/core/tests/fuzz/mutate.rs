//! The generator and the mutations: random values that are known to break parsers and checks
//! (impossible dates, numbers at and past their limits, hidden characters, huge strings), and
//! changes to a JSON tree (replace, delete, duplicate, reorder) or to its text.

use serde_json::{Map, Number, Value};

/// xorshift64*: small, fast, and a seed replays a run.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next_u64() % n as u64) as usize
        }
    }
    pub fn chance(&mut self, one_in: usize) -> bool {
        self.below(one_in) == 0
    }
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Strings that have broken, or could break, a parser or a check.
const NASTY: &[&str] = &[
    "",
    " ",
    "2026-02-30",
    "2026-13-01",
    "2026-00-10",
    "0000-01-01",
    "9999-12-31",
    "+275760-09-13",
    "-0001-01-01",
    "2026-1-1",
    "23/11/2026",
    "31/02/2026",
    "29/02/2024",
    "00/00/0000",
    "99/99/99999999999",
    "25:00",
    "23:60",
    "23:59",
    "-1:30",
    "9.05",
    "24:00",
    "child-1",
    "child-2",
    "adult-1",
    "adult-2",
    "adult-3",
    "SA26P00417",
    "sa26 p00417",
    "SA26P\u{200B}00417",
    "Ann\u{202E}eB",
    "A\u{0}B",
    "\u{FEFF}",
    "\u{2066}x\u{2069}",
    "w\u{0302}",
    "\u{1F600}",
    "\u{10FFFF}",
    "\u{FFFD}",
    "\\",
    "\"",
    "%_%",
    "'; DROP TABLE cases; --",
    "\n\n\n",
    "\t",
    "Ŵŷ Ẁ",
    "日本語",
    "السلام",
    "took_place",
    "scheduled",
    "cancelled",
    "did_not_attend",
    "final",
    "draft",
    "observed",
    "supported",
];

/// A random string: a nasty one, a long run, or random characters from every plane.
pub fn string(rng: &mut Rng) -> String {
    match rng.below(6) {
        0 | 1 => rng.pick(NASTY).to_string(),
        2 => {
            let c = char::from_u32(rng.below(0x3000) as u32).unwrap_or('x');
            std::iter::repeat_n(c, *rng.pick(&[199, 200, 201, 2_000, 20_001, 100_000])).collect()
        }
        _ => {
            let n = rng.below(40);
            (0..n)
                .map(|_| {
                    let cp = match rng.below(4) {
                        0 => rng.below(0x80),
                        1 => rng.below(0x800),
                        2 => 0x2000 + rng.below(0x100),
                        _ => rng.below(0x11_0000),
                    };
                    char::from_u32(cp as u32).unwrap_or('\u{FFFD}')
                })
                .collect()
        }
    }
}

/// A random JSON value, mostly a scalar.
pub fn value(rng: &mut Rng, depth: usize) -> Value {
    match rng.below(if depth > 3 { 8 } else { 10 }) {
        0 => Value::Null,
        1 => Value::Bool(rng.chance(2)),
        2 => {
            let n: i128 = *rng.pick(&[
                0,
                1,
                -1,
                14,
                15,
                16,
                59,
                60,
                360,
                361,
                719,
                720,
                721,
                1_440,
                i128::from(u32::MAX),
                i128::from(u32::MAX) + 1,
                i128::from(i64::MAX),
                i128::from(i64::MIN),
                i128::from(u64::MAX),
            ]);
            if let Ok(u) = u64::try_from(n) {
                Value::Number(u.into())
            } else {
                Value::Number(Number::from(i64::try_from(n).unwrap_or(i64::MIN)))
            }
        }
        3 => Number::from_f64(*rng.pick(&[0.5, -0.0, 1e308, -1e308, 60.0, 1.5e10]))
            .map_or(Value::Null, Value::Number),
        4..=7 => Value::String(string(rng)),
        8 => Value::Array((0..rng.below(4)).map(|_| value(rng, depth + 1)).collect()),
        _ => {
            let mut m = Map::new();
            for _ in 0..rng.below(3) {
                m.insert(string(rng), value(rng, depth + 1));
            }
            Value::Object(m)
        }
    }
}

/// Every node of the tree by path (object keys and array indices).
fn nodes(v: &Value, path: &mut Vec<PathStep>, out: &mut Vec<Vec<PathStep>>) {
    out.push(path.clone());
    match v {
        Value::Object(m) => {
            for (k, child) in m {
                path.push(PathStep::Key(k.clone()));
                nodes(child, path, out);
                path.pop();
            }
        }
        Value::Array(a) => {
            for (i, child) in a.iter().enumerate() {
                path.push(PathStep::Index(i));
                nodes(child, path, out);
                path.pop();
            }
        }
        _ => {}
    }
}

#[derive(Clone)]
enum PathStep {
    Key(String),
    Index(usize),
}

fn at<'v>(v: &'v mut Value, path: &[PathStep]) -> Option<&'v mut Value> {
    path.iter().try_fold(v, |v, step| match step {
        PathStep::Key(k) => v.get_mut(k.as_str()),
        PathStep::Index(i) => v.get_mut(*i),
    })
}

/// One to four changes to the tree.
pub fn mutate_tree(rng: &mut Rng, root: &mut Value) {
    for _ in 0..=rng.below(4) {
        let mut all = Vec::new();
        nodes(root, &mut Vec::new(), &mut all);
        let path = rng.pick(&all).clone();
        let Some(node) = at(root, &path) else {
            continue;
        };
        match rng.below(7) {
            0..=2 => *node = value(rng, 0),
            3 => {
                if let Value::Object(m) = node {
                    let keys: Vec<String> = m.keys().cloned().collect();
                    if !keys.is_empty() {
                        let k = rng.pick(&keys).clone();
                        m.remove(&k);
                    }
                }
            }
            4 => {
                if let Value::Array(a) = node {
                    if !a.is_empty() {
                        let item = a[rng.below(a.len())].clone();
                        let times = *rng.pick(&[1, 2, 60]);
                        for _ in 0..times {
                            a.push(item.clone());
                        }
                    }
                }
            }
            5 => {
                if let Value::Array(a) = node {
                    if a.len() > 1 {
                        let (i, j) = (rng.below(a.len()), rng.below(a.len()));
                        a.swap(i, j);
                    } else {
                        a.clear();
                    }
                }
            }
            _ => {
                if let Value::Object(m) = node {
                    m.insert(string(rng), value(rng, 0));
                }
            }
        }
    }
}

/// Changes to the text itself: a cut, a flipped byte, a byte inserted.
pub fn mutate_text(rng: &mut Rng, text: &mut Vec<u8>) {
    if text.is_empty() {
        return;
    }
    match rng.below(3) {
        0 => {
            let cut = rng.below(text.len());
            text.truncate(cut);
        }
        1 => {
            let i = rng.below(text.len());
            text[i] ^= 1 << rng.below(8);
        }
        _ => {
            let i = rng.below(text.len());
            text.insert(i, *rng.pick(b"{}[],:\"\\0-e.\x00\xff"));
        }
    }
}
