//! A small deterministic generator (SplitMix64): the same seed makes the same invented file on
//! every machine, with no crate to pin.

pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x5DEE_CE66_D1CE_4E5B)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in 0..n (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    pub fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from[self.below(from.len())]
    }

    /// `n` distinct picks joined by spaces, for a longer text.
    pub fn sentences(&mut self, from: &[&str], n: usize) -> String {
        let start = self.below(from.len());
        (0..n.min(from.len()))
            .map(|k| from[(start + k) % from.len()])
            .collect::<Vec<_>>()
            .join(" ")
    }
}
