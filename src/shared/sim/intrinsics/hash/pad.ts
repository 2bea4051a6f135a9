/** SHA-family padding: 0x80, zeros, then the bit length big-endian in the last `lengthBytes` bytes. */
export function padBigEndian(
  bytes: Uint8Array,
  blockSize: number,
  lengthBytes: number,
): Uint8Array {
  const length = Math.ceil((bytes.length + 1 + lengthBytes) / blockSize) * blockSize;
  const out = new Uint8Array(length);
  out.set(bytes);
  out[bytes.length] = 0x80;
  const view = new DataView(out.buffer);
  const bits = bytes.length * 8;
  view.setUint32(length - 4, bits >>> 0);
  view.setUint32(length - 8, Math.floor(bits / 2 ** 32));
  return out;
}
