import { expectArg, intrinsicFailure } from './failure';
import { utf8Decode, utf8Encode } from './utf8';

/** AWS limits Base64Encode/Decode input to 10,000 characters. */
const MAX_INPUT = 10_000;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DECODE: Record<string, number> = Object.fromEntries([...ALPHABET].map((ch, i) => [ch, i]));

/** States.Base64Encode(text): the base64 of its UTF-8 bytes. */
export function base64Encode(args: unknown[]): string {
  const fn = 'States.Base64Encode';
  const text = expectArg<string>(fn, args, 0, 'string');
  if (text.length > MAX_INPUT)
    throw intrinsicFailure(fn, `the input is longer than ${MAX_INPUT} characters`);
  return bytesToBase64(utf8Encode(text));
}

/** States.Base64Decode(base64): the UTF-8 text it encodes. */
export function base64Decode(args: unknown[]): string {
  const fn = 'States.Base64Decode';
  const text = expectArg<string>(fn, args, 0, 'string');
  if (text.length > MAX_INPUT)
    throw intrinsicFailure(fn, `the input is longer than ${MAX_INPUT} characters`);
  // AWS decodes leniently (recorded: '!!!invalid!!!', 'abc' and ' YWJjZA== ' all decode), and
  // bytes that are not UTF-8 become U+FFFD as in Java's new String(bytes, UTF_8).
  return utf8Decode(lenientBase64ToBytes(text));
}

/** Standard base64 with padding. */
export function bytesToBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63];
    out += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? ALPHABET[n & 63] : '=';
  }
  return out;
}

/**
 * Decodes base64 the forgiving way (like Apache Commons Codec): characters outside the alphabet
 * are skipped, the URL-safe `-` and `_` count as `+` and `/`, the first `=` ends the data, and a
 * final partial group yields the whole bytes it holds.
 */
export function lenientBase64ToBytes(text: string): Uint8Array {
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const ch of text) {
    if (ch === '=') break;
    const value = DECODE[ch] ?? (ch === '-' ? 62 : ch === '_' ? 63 : undefined);
    if (value === undefined) continue;
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((buffer >> bits) & 0xff);
    }
  }
  return Uint8Array.from(out);
}
