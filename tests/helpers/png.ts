/** Reads a PNG's size from its header, and fails on anything that is not a PNG. */
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const buffer = Buffer.from(bytes);
  if (!buffer.subarray(0, 8).equals(SIGNATURE) || buffer.toString('latin1', 12, 16) !== 'IHDR') {
    throw new Error('Not a PNG file.');
  }
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}
