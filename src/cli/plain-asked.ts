// --plain, or ETHICS_PLAIN set once (in a shell's profile) for every run, as NO_COLOR turns
// colour off: one who reads with a screen reader needs it in every command, and an alias
// reaches neither scripts nor the commands a hint gives to paste, which start `ethics …`.
/**
 * Whether the run is to be plain: `--plain`, or ETHICS_PLAIN set and not empty, "0" or "false"
 * (as FORCE_COLOR reads them), so that `ETHICS_PLAIN=0 ethics topics` draws the table for one
 * run without unsetting it.
 */
export function plainAsked(flag: boolean | undefined, env: NodeJS.ProcessEnv): boolean {
  if (flag === true) return true;
  const value = env.ETHICS_PLAIN?.trim().toLowerCase();
  return value !== undefined && value !== "" && value !== "0" && value !== "false";
}

/**
 * Whether this run is plain, read from its words and environment: for what is written before
 * (or without) its options parsed, a usage error's message and --help among them.
 */
export function runIsPlain(args: readonly string[] = process.argv.slice(2), env: NodeJS.ProcessEnv = process.env): boolean {
  const end = args.indexOf("--");
  return plainAsked((end < 0 ? args : args.slice(0, end)).includes("--plain") || undefined, env);
}
