import { padBigEndian } from './pad';

const MASK = (1n << 64n) - 1n;

// floor(n^(1/k)) by Newton's method, starting above the root so it only decreases.
function integerRoot(n: bigint, k: bigint): bigint {
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / Number(k)) + 1);
  for (;;) {
    const y = ((k - 1n) * x + n / x ** (k - 1n)) / k;
    if (y >= x) return x;
    x = y;
  }
}

function firstPrimes(count: number): bigint[] {
  const primes: bigint[] = [];
  for (let n = 2; primes.length < count; n++)
    if (primes.every((p) => n % Number(p) !== 0)) primes.push(BigInt(n));
  return primes;
}

// FIPS 180-4 defines the constants as the first 64 bits of the fractional parts of the cube roots
// (K) and square roots (initial values) of primes; deriving them avoids 100 hand-typed literals.
const PRIMES = firstPrimes(80);
const K = PRIMES.map((p) => integerRoot(p << 192n, 3n) & MASK);
const fractionOfSquareRoot = (p: bigint) => integerRoot(p << 128n, 2n) & MASK;
const IV_512 = PRIMES.slice(0, 8).map(fractionOfSquareRoot);
const IV_384 = PRIMES.slice(8, 16).map(fractionOfSquareRoot);

const rotr = (x: bigint, n: bigint) => ((x >> n) | (x << (64n - n))) & MASK;

function digest(bytes: Uint8Array, initial: bigint[], outputWords: number): Uint8Array {
  const padded = padBigEndian(bytes, 128, 16);
  const view = new DataView(padded.buffer);
  const h = initial.slice();
  const w = new Array<bigint>(80);
  for (let block = 0; block < padded.length; block += 128) {
    for (let i = 0; i < 16; i++) w[i] = view.getBigUint64(block + i * 8);
    for (let i = 16; i < 80; i++) {
      const s0 = rotr(w[i - 15], 1n) ^ rotr(w[i - 15], 8n) ^ (w[i - 15] >> 7n);
      const s1 = rotr(w[i - 2], 19n) ^ rotr(w[i - 2], 61n) ^ (w[i - 2] >> 6n);
      w[i] = (w[i - 16] + s0 + w[i - 7] + s1) & MASK;
    }
    let [a, b, c, d, e, f, g, hh] = h;
    for (let i = 0; i < 80; i++) {
      const s1 = rotr(e, 14n) ^ rotr(e, 18n) ^ rotr(e, 41n);
      const ch = (e & f) ^ (~e & MASK & g);
      const t1 = (hh + s1 + ch + K[i] + w[i]) & MASK;
      const s0 = rotr(a, 28n) ^ rotr(a, 34n) ^ rotr(a, 39n);
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (s0 + maj) & MASK;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) & MASK;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) & MASK;
    }
    [a, b, c, d, e, f, g, hh].forEach((value, i) => (h[i] = (h[i] + value) & MASK));
  }
  const out = new DataView(new ArrayBuffer(outputWords * 8));
  for (let i = 0; i < outputWords; i++) out.setBigUint64(i * 8, h[i]);
  return new Uint8Array(out.buffer);
}

/** SHA-512 digest of bytes (FIPS 180-4), as 64 bytes. */
export function sha512(bytes: Uint8Array): Uint8Array {
  return digest(bytes, IV_512, 8);
}

/** SHA-384 digest of bytes (FIPS 180-4), as 48 bytes. */
export function sha384(bytes: Uint8Array): Uint8Array {
  return digest(bytes, IV_384, 6);
}
