//! The two encodings servers send: brotli, and gzip for the browsers without it.

use std::io::{Read, Write};

use crate::load::config::BEST_BROTLI_QUALITY as BEST_QUALITY;

#[derive(Clone, Copy)]
pub(super) enum Encoding {
    /// At a quality from 0 to 11 (site.yaml's `compression: brotli_quality`).
    Brotli(u32),
    Gzip,
}

impl Encoding {
    pub(super) fn ext(self) -> &'static str {
        match self {
            Encoding::Brotli(_) => "br",
            Encoding::Gzip => "gz",
        }
    }

    /// How the cache names this encoding's entries: brotli's quality is part of the name, so
    /// that a change of setting compresses anew instead of reusing the other setting's bytes.
    /// Quality 11, the default, keeps the plain name the cache has always used.
    pub(super) fn cache_ext(self) -> String {
        match self {
            Encoding::Brotli(quality) if quality != BEST_QUALITY => format!("br{quality}"),
            _ => self.ext().to_string(),
        }
    }

    pub(super) fn compress(self, bytes: &[u8]) -> Vec<u8> {
        let mut out = Vec::with_capacity(bytes.len() / 3 + 64);
        match self {
            Encoding::Brotli(quality) => {
                let params = brotli_params(quality, bytes.len(), bytes.len());
                brotli::BrotliCompress(&mut &bytes[..], &mut out, &params)
                    .expect("brotli from memory into memory cannot fail");
            }
            Encoding::Gzip => {
                // GzEncoder's default header has no file name and a zero time, so the same
                // bytes always give the same .gz.
                let mut encoder =
                    flate2::write::GzEncoder::new(&mut out, flate2::Compression::best());
                encoder
                    .write_all(bytes)
                    .and_then(|()| encoder.finish().map(|_| ()))
                    .expect("gzip from memory into memory cannot fail");
            }
        }
        out
    }

    /// Whether `compressed` is one complete stream that decompresses to exactly `original`.
    /// Both decoders stop at the end of their stream and ignore bytes after it, so the check
    /// that the whole input was consumed is done here.
    pub(super) fn decodes_to(self, compressed: &[u8], original: &[u8]) -> bool {
        match self {
            Encoding::Brotli(_) => brotli_decodes_to(compressed, original, None),
            Encoding::Gzip => {
                // Limited to one byte more than the original, for the same reason.
                let mut decoder =
                    flate2::bufread::GzDecoder::new(compressed).take(original.len() as u64 + 1);
                let mut decoded = Vec::with_capacity(original.len() + 1);
                decoder.read_to_end(&mut decoded).is_ok()
                    && decoded == original
                    && decoder.into_inner().into_inner().is_empty()
            }
        }
    }
}

/// brotli's settings for `len` bytes of text at `quality`, with a window of `span` bytes (the
/// text, and a dictionary before it if there is one). A window no larger than that gives the
/// same output, and keeps the encoder's memory (megabytes at the largest window) small; it
/// never grows past 4 MiB.
///
/// Below quality 10 the window is at least 128 KiB: with a smaller one brotli picks hash
/// tables made for small windows whose setup costs more than the compression itself (11 ms
/// instead of 0.4 ms for a 14 KB page at quality 5, and slightly larger output).
pub(super) fn brotli_params(
    quality: u32,
    span: usize,
    len: usize,
) -> brotli::enc::BrotliEncoderParams {
    let smallest_window = if quality < 10 { 17 } else { 10 };
    brotli::enc::BrotliEncoderParams {
        quality: quality.min(BEST_QUALITY) as i32,
        lgwin: (usize::BITS - span.max(1).leading_zeros()).clamp(smallest_window, 22) as i32,
        mode: brotli::enc::backward_references::BrotliEncoderMode::BROTLI_MODE_TEXT,
        size_hint: len,
        ..Default::default()
    }
}

/// Whether `compressed` is one complete brotli stream that decompresses to exactly `original`,
/// with `dictionary`, if given, as the text before it.
pub(super) fn brotli_decodes_to(
    compressed: &[u8],
    original: &[u8],
    dictionary: Option<&[u8]>,
) -> bool {
    use brotli::enc::StandardAlloc;
    let alloc = StandardAlloc::default;
    let mut state = match dictionary {
        Some(dictionary) => brotli::BrotliState::new_with_custom_dictionary(
            alloc(),
            alloc(),
            alloc(),
            dictionary.to_vec().into(),
        ),
        None => brotli::BrotliState::new(alloc(), alloc(), alloc()),
    };
    // One byte of room more than the original: a stream that decodes to more than it shows
    // up as a length mismatch instead of hiding behind a full buffer.
    let mut decoded = vec![0; original.len() + 1];
    let (mut available_in, mut input_offset) = (compressed.len(), 0);
    let (mut available_out, mut output_offset, mut total_out) = (decoded.len(), 0, 0);
    let result = brotli::BrotliDecompressStream(
        &mut available_in,
        &mut input_offset,
        compressed,
        &mut available_out,
        &mut output_offset,
        &mut decoded,
        &mut total_out,
        &mut state,
    );
    matches!(result, brotli::BrotliResult::ResultSuccess)
        && available_in == 0
        && decoded[..output_offset] == *original
}
