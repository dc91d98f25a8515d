//! Document bodies as they go to Meilisearch: NDJSON, plain or
//! gzip-compressed (`--compress`). A reindex compresses while it builds a
//! batch, so it only ever holds the compressed bytes; other pushes compress
//! a finished body when it is large enough to gain.

use std::io::Write;

use bytes::Bytes;
use flate2::Compression;
use flate2::write::GzEncoder;

use super::document::{OrderDocument, TooLarge, append_ndjson};

/// Below this, a body goes plain: compressing a few documents saves less
/// time than it costs (and writers push one order at a time).
pub(crate) const COMPRESS_FROM: usize = 64 * 1024;

/// gzip level 1: five to six times smaller for order documents, at about
/// 150 MB/s of one core; higher levels gain a few percent for several
/// times the CPU.
const LEVEL: Compression = Compression::fast();

/// A request body of NDJSON documents.
#[derive(Debug, Clone)]
pub(crate) enum Body {
    Plain(Bytes),
    /// Sent with `Content-Encoding: gzip`.
    Gzip(Bytes),
}

impl Body {
    pub(crate) fn bytes(&self) -> &Bytes {
        match self {
            Body::Plain(bytes) | Body::Gzip(bytes) => bytes,
        }
    }
}

/// gzip-compresses a finished NDJSON body.
pub(crate) fn gzip(ndjson: &[u8]) -> Bytes {
    let mut encoder = GzEncoder::new(Vec::with_capacity(ndjson.len() / 4), LEVEL);
    // Writing to a Vec cannot fail.
    let _ = encoder.write_all(ndjson);
    Bytes::from(encoder.finish().unwrap_or_default())
}

/// A batch of documents being built, compressed on the way when asked.
pub(crate) struct Batch {
    /// The uncompressed size so far: what Meilisearch counts against its
    /// payload limit (it limits the decompressed body).
    ndjson_len: usize,
    documents: u64,
    sink: Sink,
}

enum Sink {
    Plain(Vec<u8>),
    /// Each document is written to `line` first (so one that turns out too
    /// large never reaches the stream), then compressed.
    Gzip {
        encoder: GzEncoder<Vec<u8>>,
        line: Vec<u8>,
    },
}

impl Batch {
    pub(crate) fn new(compress: bool) -> Self {
        let sink = if compress {
            Sink::Gzip {
                encoder: GzEncoder::new(Vec::with_capacity(1 << 20), LEVEL),
                line: Vec::with_capacity(1 << 16),
            }
        } else {
            Sink::Plain(Vec::with_capacity(1 << 20))
        };
        Batch { ndjson_len: 0, documents: 0, sink }
    }

    /// Appends one document; a document over the size limit is refused and
    /// leaves the batch as it was.
    pub(crate) fn push(&mut self, document: OrderDocument) -> Result<(), TooLarge> {
        match &mut self.sink {
            Sink::Plain(body) => {
                let before = body.len();
                append_ndjson(body, document)?;
                self.ndjson_len += body.len() - before;
            }
            Sink::Gzip { encoder, line } => {
                line.clear();
                append_ndjson(line, document)?;
                let _ = encoder.write_all(line);
                self.ndjson_len += line.len();
                // A huge document's buffer is not kept for the next one.
                if line.capacity() > 1 << 20 {
                    *line = Vec::with_capacity(1 << 16);
                }
            }
        }
        self.documents += 1;
        Ok(())
    }

    pub(crate) fn documents(&self) -> u64 {
        self.documents
    }

    /// The NDJSON size so far, before compression.
    pub(crate) fn ndjson_len(&self) -> usize {
        self.ndjson_len
    }

    /// The body to send.
    pub(crate) fn finish(self) -> Body {
        match self.sink {
            Sink::Plain(body) => Body::Plain(Bytes::from(body)),
            Sink::Gzip { encoder, .. } => {
                Body::Gzip(Bytes::from(encoder.finish().unwrap_or_default()))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use super::*;

    fn document(id: i64) -> OrderDocument {
        let at = time::OffsetDateTime::from_unix_timestamp(1_795_564_800).unwrap();
        OrderDocument::versioned(
            crate::model::Order {
                id,
                external_ref: None,
                customer_email: format!("customer{}@example.com", id % 37),
                state: crate::domain::OrderState::Created,
                total_price: "12.50".parse().unwrap(),
                created_at: at,
                updated_at: at,
                closed_at: None,
                items: Vec::new(),
            },
            0,
        )
    }

    fn gunzip(bytes: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(bytes).read_to_end(&mut out).unwrap();
        out
    }

    #[test]
    fn a_compressed_batch_holds_the_same_ndjson_as_a_plain_one() {
        let (mut plain, mut gzip) = (Batch::new(false), Batch::new(true));
        for id in 1..=500 {
            plain.push(document(id)).unwrap();
            gzip.push(document(id)).unwrap();
        }
        assert_eq!((plain.documents(), gzip.documents()), (500, 500));
        assert_eq!(plain.ndjson_len(), gzip.ndjson_len());
        let (Body::Plain(plain), Body::Gzip(gzip)) = (plain.finish(), gzip.finish()) else {
            panic!("wrong kinds of body");
        };
        assert_eq!(gunzip(&gzip), plain.to_vec());
        assert!(gzip.len() * 5 < plain.len(), "{} vs {}", gzip.len(), plain.len());
        assert_eq!(gunzip(&super::gzip(&plain)), plain.to_vec());
    }
}
