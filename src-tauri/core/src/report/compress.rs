//! Compressing the finished PDF's streams: zlib's default level on flate2's zlib-rs backend.

use lopdf::Object;

/// Deflate level of the page and font streams: zlib's default. lopdf's own `compress` uses
/// level 9, which took a quarter of a final record's whole export for a file 0.3% smaller.
const COMPRESSION_LEVEL: u32 = 6;

/// Compresses every stream that allows it and is not already filtered, as lopdf's `compress`
/// does (a stream that would not get smaller is left as it is), at [`COMPRESSION_LEVEL`].
pub(super) fn compress(pdf: &mut lopdf::Document) {
    use std::io::Write;
    let level = flate2::Compression::new(COMPRESSION_LEVEL);
    for object in pdf.objects.values_mut() {
        let Object::Stream(stream) = object else {
            continue;
        };
        if !stream.allows_compression || stream.dict.get(b"Filter").is_ok() {
            continue;
        }
        let mut encoder =
            flate2::write::ZlibEncoder::new(Vec::with_capacity(stream.content.len() / 2), level);
        let Ok(compressed) = encoder
            .write_all(&stream.content)
            .and_then(|()| encoder.finish())
        else {
            continue;
        };
        if compressed.len() + 19 < stream.content.len() {
            stream.dict.set("Filter", "FlateDecode");
            stream.set_content(compressed);
        }
    }
}
