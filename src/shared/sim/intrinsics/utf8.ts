/** UTF-8 bytes of a string (TextEncoder exists in every runtime shared code runs in). */
export function utf8Encode(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** Decodes UTF-8 bytes; `fatal` makes invalid sequences throw instead of becoming U+FFFD. */
export function utf8Decode(bytes: Uint8Array, fatal = false): string {
  return new TextDecoder('utf-8', { fatal }).decode(bytes);
}
