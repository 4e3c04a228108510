// A 32-bit checksum for the V8 code cache's entries (compile-cache.ts), taken on every run
// before any of our code is compiled: the zlib that checked them before loaded Node's stream
// modules (~4 ms), and the same sum in plain JavaScript took ~2.5 ms for a search's 200 KB while
// it ran in V8's interpreter. So the sum runs as a 99-byte WebAssembly module (compiled and run
// in ~0.5 ms), and in JavaScript only where WebAssembly is not there (node --jitless).
//
// FNV-1a over the little-endian 32-bit words, then over the bytes left: each step multiplies by
// an odd number, a bijection modulo 2^32, so any one changed word (any one flipped bit or byte)
// always changes the sum; more damage goes unseen one time in 2^32.

const OFFSET_BASIS = 0x811c9dc5;
const PRIME = 16777619;

/**
 * The module, made by hand from this text (its one function is `fnv`: the sum of the first
 * `length` bytes of memory, a multiple of four):
 *   (module (memory (export "memory") 1)
 *     (func (export "fnv") (param $length i32) (result i32) (local $at i32) (local $sum i32)
 *       (local.set $sum (i32.const 0x811c9dc5))
 *       (block $done (loop $next
 *         (br_if $done (i32.ge_u (local.get $at) (local.get $length)))
 *         (local.set $sum (i32.mul (i32.xor (local.get $sum) (i32.load (local.get $at))) (i32.const 16777619)))
 *         (local.set $at (i32.add (local.get $at) (i32.const 4)))
 *         (br $next)))
 *       (local.get $sum)))
 */
const FNV_WASM = "AGFzbQEAAAABBgFgAX8BfwMCAQAFAwEAAQcQAgZtZW1vcnkCAANmbnYAAAo2ATQBAn9BxbvyiHghAgJAA0AgASAATw0BIAIgASgCAHNBk4OACGwhAiABQQRqIQEMAAsLIAIL";
const PAGE_BYTES = 65536;

interface FnvModule {
  memory: WebAssembly.Memory;
  fnv(length: number): number;
}

/** The module once per run; null where WebAssembly cannot run. */
let wasm: FnvModule | null | undefined;

function fnvModule(): FnvModule | null {
  if (wasm === undefined) {
    try {
      wasm = new WebAssembly.Instance(new WebAssembly.Module(Buffer.from(FNV_WASM, "base64"))).exports as unknown as FnvModule;
    } catch {
      wasm = null;
    }
  }
  return wasm;
}

function grown(module: FnvModule, length: number): ArrayBuffer {
  const missing = length - module.memory.buffer.byteLength;
  if (missing > 0) module.memory.grow(Math.ceil(missing / PAGE_BYTES));
  return module.memory.buffer;
}

function wordsInWasm(module: FnvModule, bytes: Uint8Array, length: number): number {
  // Bytes read into checksumArea are where the sum reads them already.
  if (bytes.buffer !== module.memory.buffer || bytes.byteOffset !== 0) new Uint8Array(grown(module, length), 0, length).set(bytes.subarray(0, length));
  return module.fnv(length);
}

/**
 * `length` bytes at the start of the module's memory, for bytes to be read into and summed
 * where they are (checksum32 of them copies nothing: a code cache entry read into a buffer of
 * its own, then copied, touched twice the memory, and fresh memory is most of what reading
 * costs); null where WebAssembly cannot run. Every call gives the same memory, and one that
 * grows it leaves the views given before empty.
 */
export function checksumArea(length: number): Uint8Array | null {
  const module = fnvModule();
  return module ? new Uint8Array(grown(module, length), 0, length) : null;
}

function wordsInJavaScript(bytes: Uint8Array, length: number): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let sum = OFFSET_BASIS | 0;
  for (let at = 0; at < length; at += 4) sum = Math.imul(sum ^ view.getInt32(at, true), PRIME);
  return sum;
}

/** The checksum of `bytes`; `useWasm: false` sums in JavaScript (the tests compare the two). */
export function checksum32(bytes: Uint8Array, useWasm = true): number {
  const length = bytes.length - (bytes.length % 4);
  const module = useWasm ? fnvModule() : null;
  let sum = module ? wordsInWasm(module, bytes, length) : wordsInJavaScript(bytes, length);
  for (let at = length; at < bytes.length; at++) sum = Math.imul(sum ^ bytes[at]!, PRIME);
  return sum >>> 0;
}
