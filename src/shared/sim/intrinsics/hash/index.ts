import { expectArg, intrinsicFailure } from '../failure';
import { utf8Encode } from '../utf8';
import { md5 } from './md5';
import { sha1 } from './sha1';
import { sha256 } from './sha256';
import { sha384, sha512 } from './sha512';

const ALGORITHMS: Record<string, (bytes: Uint8Array) => Uint8Array> = {
  MD5: md5,
  'SHA-1': sha1,
  'SHA-256': sha256,
  'SHA-384': sha384,
  'SHA-512': sha512,
};
/** AWS limits States.Hash input to 10,000 characters. */
const MAX_INPUT = 10_000;

/** States.Hash(data, algorithm): the lowercase hex digest of the data's UTF-8 text (JSON if not a string). */
export function statesHash(args: unknown[]): string {
  const fn = 'States.Hash';
  // Observed on AWS: data that is not a string is hashed as its JSON text (123 → "123").
  const text = typeof args[0] === 'string' ? args[0] : JSON.stringify(args[0]);
  const algorithm = expectArg<string>(fn, args, 1, 'string');
  const hash = ALGORITHMS[algorithm];
  if (!hash) {
    throw intrinsicFailure(
      fn,
      `unknown algorithm '${algorithm}'; use one of ${Object.keys(ALGORITHMS).join(', ')}`,
    );
  }
  if (text.length > MAX_INPUT)
    throw intrinsicFailure(fn, `the input is longer than ${MAX_INPUT} characters`);
  return toHex(hash(utf8Encode(text)));
}

/** Lowercase hexadecimal of bytes. */
export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += byte.toString(16).padStart(2, '0');
  return out;
}

export { md5, sha1, sha256, sha384, sha512 };
