//! The look of every report in one place: A4 geometry, type sizes, spacing and the two colours.

/// Points per millimetre.
pub const MM: f32 = 72.0 / 25.4;

/// An RGB colour, each channel 0.0 to 1.0.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Colour {
    pub r: f32,
    pub g: f32,
    pub b: f32,
}

impl Colour {
    pub const BLACK: Colour = Colour {
        r: 0.0,
        g: 0.0,
        b: 0.0,
    };
    /// The one muted colour of rules (header, footer, tables, quotes).
    pub const RULE: Colour = Colour {
        r: 0.50,
        g: 0.54,
        b: 0.58,
    };
    /// The draft watermark: a light tint of the rule colour that prints under the text.
    pub const WATERMARK: Colour = Colour {
        r: 0.91,
        g: 0.92,
        b: 0.935,
    };
}

/// A text style: size in points and line height as a multiple of the size.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TextStyle {
    pub size: f32,
    pub line_height: f32,
}

impl TextStyle {
    /// The height of one line in points.
    pub fn leading(&self) -> f32 {
        self.size * self.line_height
    }
}

/// Page geometry and type; `Style::default()` is the court standard (REPORTS.md).
#[derive(Debug, Clone, PartialEq)]
pub struct Style {
    pub page_width: f32,
    pub page_height: f32,
    /// The binding edge.
    pub margin_left: f32,
    pub margin_right: f32,
    /// From the top edge to the top of the running header.
    pub header_top: f32,
    /// From the bottom edge to the bottom of the footer.
    pub footer_bottom: f32,
    /// Between the header rule and the first line of the body.
    pub header_gap: f32,
    /// Between the last line of the body and the footer rule.
    pub footer_gap: f32,
    pub body: TextStyle,
    pub headings: [TextStyle; 3],
    /// Space above headings of level 1, 2, 3 (dropped at the top of a page).
    pub heading_space_before: [f32; 3],
    pub heading_space_after: [f32; 3],
    pub paragraph_space: f32,
    pub header_text: TextStyle,
    pub footer_text: TextStyle,
    pub fingerprint_text: TextStyle,
    pub quote_indent: f32,
    pub cell_padding_x: f32,
    pub cell_padding_y: f32,
    pub rule_thin: f32,
    pub rule_strong: f32,
    pub quote_rule: f32,
    /// Share of the text width taken by the labels of key/value rows.
    pub label_share: f32,
    /// Width of the page-number column of a contents list.
    pub contents_number_width: f32,
}

impl Default for Style {
    fn default() -> Self {
        let body = TextStyle {
            size: 12.0,
            line_height: 1.4,
        };
        Style {
            page_width: 210.0 * MM,
            page_height: 297.0 * MM,
            margin_left: 25.0 * MM,
            margin_right: 20.0 * MM,
            header_top: 12.0 * MM,
            footer_bottom: 12.0 * MM,
            header_gap: 16.0,
            footer_gap: 14.0,
            body,
            headings: [
                TextStyle {
                    size: 16.0,
                    line_height: 1.25,
                },
                TextStyle {
                    size: 14.0,
                    line_height: 1.3,
                },
                body,
            ],
            heading_space_before: [18.0, 14.0, 10.0],
            heading_space_after: [6.0, 4.0, 2.0],
            paragraph_space: 8.0,
            header_text: TextStyle {
                size: 9.0,
                line_height: 1.3,
            },
            footer_text: TextStyle {
                size: 8.0,
                line_height: 1.3,
            },
            fingerprint_text: TextStyle {
                size: 7.0,
                line_height: 1.3,
            },
            quote_indent: 18.0,
            cell_padding_x: 4.0,
            cell_padding_y: 3.5,
            rule_thin: 0.4,
            rule_strong: 0.8,
            quote_rule: 1.5,
            label_share: 0.37,
            contents_number_width: 40.0,
        }
    }
}

impl Style {
    pub fn text_left(&self) -> f32 {
        self.margin_left
    }

    pub fn text_right(&self) -> f32 {
        self.page_width - self.margin_right
    }

    pub fn text_width(&self) -> f32 {
        self.text_right() - self.text_left()
    }
}
