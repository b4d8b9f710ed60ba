//! `multipart/form-data` bodies for uploads, as Discord wants them.
//!
//! The JSON body goes in a part named `payload_json` (`application/json`) and the
//! files in parts `files[0]`, `files[1]`, … with their file names. The body is
//! built in memory so the [`HttpClient`](crate::HttpClient) seam stays a plain
//! bytes-in, bytes-out call, and so a retry can send it again.

use bytes::{BufMut, Bytes, BytesMut};

/// One file to upload.
#[derive(Clone, PartialEq, Eq)]
pub struct Attachment {
    filename: String,
    content_type: Option<String>,
    data: Bytes,
}

impl Attachment {
    /// A file with the given name and contents.
    pub fn new(filename: impl Into<String>, data: impl Into<Bytes>) -> Self {
        Self {
            filename: filename.into(),
            content_type: None,
            data: data.into(),
        }
    }

    /// Sets the part's content type (default `application/octet-stream`).
    #[must_use]
    pub fn content_type(mut self, content_type: impl Into<String>) -> Self {
        self.content_type = Some(content_type.into());
        self
    }

    /// The file name.
    pub fn filename(&self) -> &str {
        &self.filename
    }

    /// The contents.
    pub fn data(&self) -> &Bytes {
        &self.data
    }
}

impl std::fmt::Debug for Attachment {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Attachment")
            .field("filename", &self.filename)
            .field("content_type", &self.content_type)
            .field("len", &self.data.len())
            .finish()
    }
}

/// An encoded body and its `Content-Type` header value.
pub(crate) struct Multipart {
    pub(crate) content_type: String,
    pub(crate) body: Bytes,
}

/// Encodes `payload_json` (when there is a JSON body) and the files.
pub(crate) fn encode(payload_json: Option<&[u8]>, files: &[Attachment]) -> Multipart {
    // 128 random bits: a boundary that also occurs inside a file is not a practical concern.
    let boundary = format!("ovend-{:032x}", rand::random::<u128>());
    let mut body = BytesMut::new();
    if let Some(json) = payload_json {
        part_header(
            &mut body,
            &boundary,
            "payload_json",
            None,
            Some("application/json"),
        );
        body.put_slice(json);
        body.put_slice(b"\r\n");
    }
    for (index, file) in files.iter().enumerate() {
        let name = format!("files[{index}]");
        let content_type = file
            .content_type
            .as_deref()
            .unwrap_or("application/octet-stream");
        part_header(
            &mut body,
            &boundary,
            &name,
            Some(&file.filename),
            Some(content_type),
        );
        body.put_slice(&file.data);
        body.put_slice(b"\r\n");
    }
    body.put_slice(format!("--{boundary}--\r\n").as_bytes());
    Multipart {
        content_type: format!("multipart/form-data; boundary={boundary}"),
        body: body.freeze(),
    }
}

fn part_header(
    body: &mut BytesMut,
    boundary: &str,
    name: &str,
    filename: Option<&str>,
    content_type: Option<&str>,
) {
    let mut header = format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"");
    if let Some(filename) = filename {
        header.push_str(&format!("; filename=\"{}\"", escape(filename)));
    }
    header.push_str("\r\n");
    if let Some(content_type) = content_type {
        header.push_str(&format!(
            "Content-Type: {}\r\n",
            strip_newlines(content_type)
        ));
    }
    header.push_str("\r\n");
    body.put_slice(header.as_bytes());
}

/// Escapes a file name for a quoted header parameter, as browsers do (WHATWG):
/// `"` and line breaks are percent-encoded so a name cannot end the header.
fn escape(filename: &str) -> String {
    filename
        .replace('"', "%22")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn strip_newlines(value: &str) -> String {
    value.chars().filter(|c| *c != '\r' && *c != '\n').collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_are_named_as_discord_wants() {
        let files = [
            Attachment::new("a.txt", "hello").content_type("text/plain"),
            Attachment::new("b\"\r\n.bin", vec![0u8, 1, 2]),
        ];
        let encoded = encode(Some(br#"{"content":"hi"}"#), &files);
        let boundary = encoded
            .content_type
            .strip_prefix("multipart/form-data; boundary=")
            .unwrap();
        let text = String::from_utf8_lossy(&encoded.body);
        assert!(text.starts_with(&format!("--{boundary}\r\nContent-Disposition: form-data; name=\"payload_json\"\r\nContent-Type: application/json\r\n\r\n{{\"content\":\"hi\"}}\r\n")));
        assert!(text.contains(
            "name=\"files[0]\"; filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\nhello\r\n"
        ));
        assert!(text.contains("name=\"files[1]\"; filename=\"b%22%0D%0A.bin\"\r\nContent-Type: application/octet-stream"));
        assert!(text.ends_with(&format!("--{boundary}--\r\n")));
    }

    #[test]
    fn files_without_json() {
        let encoded = encode(None, &[Attachment::new("x", "y")]);
        assert!(!String::from_utf8_lossy(&encoded.body).contains("payload_json"));
    }
}
