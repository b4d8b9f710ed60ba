//! Which bot a limiter counts for. Discord's limits are per bot, so two bots on
//! one prefix must never share a window or a bucket; and the token itself must
//! never reach Redis.
//!
//! A bot token's first dot-separated segment is the bot's user id, in decimal,
//! in base64: that id names the bot (every token of one bot, old or new, shares
//! its limits, as at Discord). A token not shaped that way is named by a stable
//! digest of it, from which it cannot be read back.

use super::keys::fnv1a;

/// The namespace of the bot whose token this is (`Bot ` may lead).
pub(super) fn of_token(token: &str) -> String {
    let token = token.trim();
    let token = token.strip_prefix("Bot ").unwrap_or(token).trim();
    match user_id(token) {
        Some(id) => of_id(id),
        None => format!("t{:016x}", fnv1a(token.as_bytes())),
    }
}

/// The namespace of the bot with user id `id`.
pub(super) fn of_id(id: u64) -> String {
    id.to_string()
}

/// The user id in a bot token's first segment.
fn user_id(token: &str) -> Option<u64> {
    let (first, _) = token.split_once('.')?;
    let digits = decode_base64(first)?;
    let plain = !digits.is_empty() && digits.len() <= 20 && digits.iter().all(u8::is_ascii_digit);
    if !plain {
        return None;
    }
    std::str::from_utf8(&digits).ok()?.parse().ok()
}

/// Base64 in the standard or URL-safe alphabet, padding optional.
fn decode_base64(text: &str) -> Option<Vec<u8>> {
    let text = text.trim_end_matches('=');
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for byte in text.bytes() {
        acc = (acc << 6) | u32::from(sextet(byte)?);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    // Six bits left over cannot end a byte: the text was cut.
    (bits < 6).then_some(out)
}

fn sextet(byte: u8) -> Option<u8> {
    Some(match byte {
        b'A'..=b'Z' => byte - b'A',
        b'a'..=b'z' => byte - b'a' + 26,
        b'0'..=b'9' => byte - b'0' + 52,
        b'+' | b'-' => 62,
        b'/' | b'_' => 63,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A token shaped as Discord's: base64 of the id, a timestamp, an HMAC.
    const TOKEN: &str = "ODA4MTk0NzY3MjM4NDM1ODQx.YBz1Tw.c2VjcmV0LXBhcnQtb2YtdGhlLXRva2Vu";

    #[test]
    fn a_bot_token_names_its_bot_by_user_id() {
        assert_eq!(of_token(TOKEN), "808194767238435841");
        assert_eq!(of_token(&format!("Bot {TOKEN}")), of_token(TOKEN));
        assert_eq!(of_token(TOKEN), of_id(808_194_767_238_435_841));
        // Padded, and the URL-safe alphabet.
        assert_eq!(decode_base64("MTI=").unwrap(), b"12");
        assert_eq!(decode_base64("-_8").unwrap(), [0xfb, 0xff]);
    }

    #[test]
    fn any_other_token_is_named_by_a_digest_never_by_itself() {
        for token in ["not-a-token", "bm90IGFuIGlk.x.y", "A.b.c", "", "ÿÿ.x"] {
            let name = of_token(token);
            assert!(name.starts_with('t') && name.len() == 17, "{token}: {name}");
            assert_eq!(name, of_token(token), "stable");
        }
        assert_ne!(of_token("one-secret"), of_token("another-secret"));
        assert!(!of_token("s3cret.x.y").contains("s3cret"));
    }
}
