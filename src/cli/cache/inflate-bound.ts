// How large an entry's JSON may be, from what it was made from. Every entry is made from users'
// code files whose sizes the reader knows before reading it (a code's entry from one file; an
// index run from its files; the index, the folder's record and the library views from all of
// them), besides the build's own data, which is the same for every entry. So a reader gives
// inflate a bound of its own for each entry: a forged entry of a few hundred KB made to inflate
// to hundreds of MiB stops at what its files could have made, and is a miss like any damage. A
// ratio to the entry's deflated bytes cannot do this: real entries of repetitive codes deflate
// a hundredfold, and deflate reaches a thousandfold.

/** What an entry was made from (its users' files and their bytes), and how much each may make. */
export interface MadeFrom {
  files: number;
  bytes: number;
  /** What one byte of them may make at most. */
  perByte: number;
  /** What the entry may hold besides: its own framing, or the build's codes. */
  slack: number;
}

/**
 * The bound's terms, from the largest entries of each kind against their inputs, each several
 * times over (measured over the built-in codes as users' ones, 100 and
 * 1,000 copies of Medi-Cal, 1,000 reworded, and odd files: tiny, 3,000 one-word standards,
 * CJK and emoji text, 12,000 distinct words, 5,000 lines that are each a problem).
 * TEXT_PER_BYTE: what a code's words make (its normalized code, its index part, its share of
 * the index and the views): at most 1.35 times its bytes for real codes, 2.7 for the odd ones;
 * an escape can make three bytes of JSON of one of YAML (\L is \u2028). ANY_PER_BYTE: what a
 * file may make besides, its problems (8.6 times the file whose every line is a problem):
 * allowed for one file's entry, not for a record of many (filesRecord).
 * PER_FILE: what every file adds whatever its size (a row of a view: ~8 KB at most measured).
 * BUILTIN_SLACK: the build's own codes in the index and the views (0.5 MB at most measured).
 */
const TEXT_PER_BYTE = 4;
const ANY_PER_BYTE = 16;
const PER_FILE = 16 * 1024;
const FILE_SLACK = 64 * 1024;
const BUILTIN_SLACK = 2 * 1024 * 1024;

/** The most any entry may inflate to, whatever it was made from. */
export const MAX_INFLATED_BYTES = 256 * 1024 * 1024;

/** The most an entry made from `madeFrom` may inflate to. */
export function inflatedBound(madeFrom: MadeFrom): number {
  return Math.min(madeFrom.slack + PER_FILE * madeFrom.files + madeFrom.perByte * madeFrom.bytes, MAX_INFLATED_BYTES);
}

/** Files' count and bytes (a size below zero, as a file that could not be stat'ed records it, counts none). */
function counted(sizes: Iterable<number>): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const size of sizes) {
    files++;
    bytes += Math.max(0, size);
  }
  return { files, bytes };
}

/** What one file of `bytes` bytes makes: its code or its problems, and its index part. */
export const oneFile = (bytes: number): MadeFrom => ({ ...counted([bytes]), perByte: ANY_PER_BYTE, slack: FILE_SLACK });

/**
 * What a record of files makes (each file's size with its path's bytes): their stat data, and
 * their names or their problems. Held to what text makes: a folder's record holds problems only
 * of files in ETHICS_DATA that are skipped, validate's of the files it checks, and only a folder
 * whose files are mostly lines that are each a problem makes more (a miss: its files are read
 * again at each run, as without a cache). The records of a thousand codes are then held to
 * ~120 MB, not to the outer limit.
 */
export const filesRecord = (sizes: Iterable<number>): MadeFrom => ({ ...counted(sizes), perByte: TEXT_PER_BYTE, slack: FILE_SLACK });

/** What usable codes of these files' sizes make with the build's codes: index parts, the index, library views. */
export const codesText = (sizes: Iterable<number>): MadeFrom => ({ ...counted(sizes), perByte: TEXT_PER_BYTE, slack: BUILTIN_SLACK });
