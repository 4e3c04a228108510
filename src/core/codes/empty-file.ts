// A code file with nothing in it: most often one a shell's `>` made or emptied
// (`ethics --data my-codes list > my-codes/new.yaml`, which is refused, leaving it so).
// It holds no code to misread, so a run over its folder skips it with a warning naming it,
// rather than failing every later run; `ethics validate` still reports it as a problem.

/** The problem the loader reports for a file that holds no YAML document, or only null. */
export const EMPTY_FILE_MESSAGE = "the file is empty; expected a code (id, title, sections, …)";

/** Whether a file's problems say only that it is empty (the cache's records keep the message). */
export function holdsNoCode(problems: readonly { message: string }[]): boolean {
  return problems.length === 1 && problems[0]!.message === EMPTY_FILE_MESSAGE;
}
