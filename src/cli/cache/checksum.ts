// A 32-bit checksum for the V8 code cache's entries, in plain JavaScript: the zlib that checked
// them before loaded Node's stream modules, a cost every run paid before it printed anything.
// FNV-1a over 32-bit words: each step multiplies by an odd number, a bijection modulo 2^32, so
// any one changed word (any one flipped bit or byte) always changes the sum; more damage goes
// unseen one time in 2^32. Words are read in the machine's byte order: an entry is read back only
// where it was written (its key names the platform).

const OFFSET_BASIS = 0x811c9dc5;
const PRIME = 16777619;

export function checksum32(bytes: Uint8Array): number {
  // Words are read through an Int32Array, which must start on a multiple of four.
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : new Uint8Array(bytes);
  const wordCount = aligned.length >>> 2;
  const words = new Int32Array(aligned.buffer, aligned.byteOffset, wordCount);
  let sum = OFFSET_BASIS | 0;
  for (let at = 0; at < wordCount; at++) sum = Math.imul(sum ^ words[at]!, PRIME);
  for (let at = wordCount * 4; at < aligned.length; at++) sum = Math.imul(sum ^ aligned[at]!, PRIME);
  return sum >>> 0;
}
