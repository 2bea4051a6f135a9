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
  const bytes = base64ToBytes(text);
  if (!bytes) throw intrinsicFailure(fn, `the input is not valid base64: ${text}`);
  try {
    return utf8Decode(bytes, true);
  } catch {
    throw intrinsicFailure(fn, 'the decoded bytes are not valid UTF-8 text');
  }
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

/** Decodes standard base64 (padding optional); null when the text is not base64. */
export function base64ToBytes(text: string): Uint8Array | null {
  const clean = text.replace(/=+$/, '');
  if (clean.length % 4 === 1 || text.length - clean.length > 2) return null;
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const ch of clean) {
    const value = DECODE[ch];
    if (value === undefined) return null;
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((buffer >> bits) & 0xff);
    }
  }
  return Uint8Array.from(out);
}
