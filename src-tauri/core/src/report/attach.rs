//! Signed documents embedded in a PDF as attachments (`/EmbeddedFiles`), and read back out.
//!
//! Each signed document travels as two JSON files: `NAME.json`, exactly the canonical (RFC 8785)
//! bytes that were signed, and `NAME.sig.json`, `{"fingerprint", "key_fingerprint",
//! "public_key", "signature_ed25519", "signer"}`. Anyone can check a PDF with their own tools:
//! extract the attachments (e.g. `pdfdetach -saveall`), and verify the Ed25519 signature over the
//! bytes of `NAME.json` with the public key.

use lopdf::{dictionary, Document, Object, Stream, StringFormat};
use serde::{Deserialize, Serialize};

use super::document::Attachment;
use crate::error::Result;
use crate::model::signing::{fingerprint, key_fingerprint};
use crate::model::{RecordSource, SignedRecord, SignedText};

/// The `NAME.sig.json` beside each embedded document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AttachedSignature {
    pub signer: String,
    pub public_key: String,
    pub key_fingerprint: String,
    /// SHA-256 of `NAME.json`, as printed on the pages.
    pub fingerprint: String,
    pub signature_ed25519: String,
}

/// One signed document read back from a PDF.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attached {
    pub name: String,
    pub canonical: String,
    pub signature: Option<AttachedSignature>,
}

/// The signed documents of the sources, with the file names they are embedded under.
pub fn signed_files(sources: &[&RecordSource]) -> Vec<(String, SignedText)> {
    let mut out = Vec::new();
    for src in sources {
        let Some(signed) = &src.signed else { continue };
        let d = &src.document;
        let base = match &d.session {
            Some(s) => format!("record-{}-session-{}", d.case.court_case_number, s.number),
            None => format!("record-{}-{}", d.case.court_case_number, kind_name(d)),
        };
        let base: String = base
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '-' {
                    c
                } else {
                    '-'
                }
            })
            .collect();
        out.push((base.clone(), signed.clone()));
        for (i, a) in src.addenda.iter().enumerate() {
            out.push((format!("{base}-addendum-{}", i + 1), a.clone()));
        }
    }
    out
}

fn kind_name(d: &SignedRecord) -> &'static str {
    match d.kind {
        crate::model::DocumentKind::Supported => "supported",
        crate::model::DocumentKind::FinalObserved => "final",
        crate::model::DocumentKind::Report => "report",
        _ => "record",
    }
}

/// The files to embed for the signed documents: `NAME.json` and `NAME.sig.json` for each, in
/// name order (a name tree's keys are in order).
pub fn attachments(files: &[(String, SignedText)]) -> Result<Vec<Attachment>> {
    let mut out = Vec::with_capacity(files.len() * 2);
    for (base, t) in files {
        let doc_key = serde_json::from_str::<SignedRecord>(&t.canonical)
            .map(|d| d.signer)
            .unwrap_or_default();
        let sig = AttachedSignature {
            signer: doc_key.name,
            key_fingerprint: key_fingerprint(&doc_key.public_key),
            public_key: doc_key.public_key,
            fingerprint: fingerprint(&t.canonical),
            signature_ed25519: t.signature.clone(),
        };
        out.push(Attachment {
            name: format!("{base}.json"),
            bytes: t.canonical.as_bytes().to_vec(),
        });
        out.push(Attachment {
            name: format!("{base}.sig.json"),
            bytes: serde_json::to_vec_pretty(&sig)?,
        });
    }
    out.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(out)
}

/// Adds the files to a PDF being written as `/EmbeddedFiles`, stored uncompressed; nothing is
/// added when there are none.
pub(super) fn embed(
    doc: &mut Document,
    files: &[Attachment],
) -> std::result::Result<(), lopdf::Error> {
    if files.is_empty() {
        return Ok(());
    }
    let mut names = Vec::with_capacity(files.len() * 2);
    for file in files {
        let mut stream = Stream::new(
            dictionary! {
                "Type" => "EmbeddedFile",
                "Subtype" => "application/json",
                "Params" => dictionary! { "Size" => file.bytes.len() as i64 },
            },
            file.bytes.clone(),
        );
        stream.allows_compression = false;
        let stream_id = doc.add_object(stream);
        let name = file.name.as_bytes().to_vec();
        let spec = dictionary! {
            "Type" => "Filespec",
            "F" => Object::String(name.clone(), StringFormat::Literal),
            "UF" => Object::String(name.clone(), StringFormat::Literal),
            "EF" => dictionary! { "F" => stream_id },
            "AFRelationship" => "Source",
        };
        let spec_id = doc.add_object(spec);
        names.push(Object::String(name, StringFormat::Literal));
        names.push(spec_id.into());
    }
    doc.catalog_mut()?.set(
        "Names",
        dictionary! { "EmbeddedFiles" => dictionary! { "Names" => names } },
    );
    Ok(())
}

/// The largest attachment or page text read back, against a hostile PDF.
const READ_LIMIT: usize = 50 * 1024 * 1024;

/// The signed documents embedded in a PDF, in name order.
pub fn attached(doc: &Document) -> Vec<Attached> {
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    let tree = doc
        .catalog()
        .ok()
        .and_then(|c| c.get(b"Names").ok())
        .and_then(|o| doc.dereference(o).ok())
        .and_then(|(_, o)| o.as_dict().ok())
        .and_then(|n| n.get(b"EmbeddedFiles").ok())
        .and_then(|o| doc.dereference(o).ok())
        .and_then(|(_, o)| o.as_dict().ok())
        .and_then(|t| t.get(b"Names").ok())
        .and_then(|o| doc.dereference(o).ok())
        .and_then(|(_, o)| o.as_array().ok());
    for pair in tree.map(|a| a.chunks(2)).into_iter().flatten() {
        let [key, spec] = pair else { continue };
        let Ok(name) = key
            .as_str()
            .map(|b| String::from_utf8_lossy(b).into_owned())
        else {
            continue;
        };
        let bytes = doc
            .dereference(spec)
            .ok()
            .and_then(|(_, o)| o.as_dict().ok())
            .and_then(|d| d.get(b"EF").ok())
            .and_then(|o| doc.dereference(o).ok())
            .and_then(|(_, o)| o.as_dict().ok())
            .and_then(|ef| ef.get(b"F").ok())
            .and_then(|o| doc.dereference(o).ok())
            .and_then(|(_, o)| o.as_stream().ok())
            .and_then(|s| {
                if s.dict.get(b"Filter").is_ok() {
                    s.decompressed_content_with_limit(READ_LIMIT).ok()
                } else {
                    Some(s.content.clone())
                }
            });
        if let Some(bytes) = bytes {
            files.push((name, bytes));
        }
    }
    let mut out = Vec::new();
    for (name, bytes) in &files {
        let Some(base) = name.strip_suffix(".json").filter(|b| !b.ends_with(".sig")) else {
            continue;
        };
        let sig_name = format!("{base}.sig.json");
        let signature = files
            .iter()
            .find(|(n, _)| *n == sig_name)
            .and_then(|(_, b)| serde_json::from_slice(b).ok());
        out.push(Attached {
            name: name.clone(),
            canonical: String::from_utf8_lossy(bytes).into_owned(),
            signature,
        });
    }
    out
}

/// The text of every page, for finding the fingerprints printed on them.
pub fn page_text(doc: &Document) -> String {
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    pages
        .iter()
        .filter_map(|p| doc.extract_text_with_limit(&[*p], READ_LIMIT).ok())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every 64-hex-digit fingerprint in `text` (a fingerprint wrapped over lines is joined).
pub fn printed_fingerprints(text: &str) -> Vec<String> {
    let hex: String = text
        .chars()
        .map(|c| {
            if c.is_ascii_hexdigit() {
                c.to_ascii_lowercase()
            } else if c.is_whitespace() {
                '\u{0}'
            } else {
                ' '
            }
        })
        .collect();
    // Whitespace inside a run (a line break in the footer) joins; anything else splits.
    let joined: String = hex.replace('\u{0}', "");
    joined
        .split(' ')
        .filter(|run| run.len() == 64)
        .map(str::to_string)
        .collect()
}
