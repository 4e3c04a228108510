// Entry point and the one error boundary: commands throw, this prints and sets the exit code.
import { CommanderError } from "commander";
import { EXIT_USAGE, isEthicsError } from "../core/errors.js";
import { writeErr, writeOut } from "./output.js";
import { buildProgram } from "./program.js";

/** A bug, not bad input: still no stack trace unless asked for. */
const EXIT_INTERNAL = 3;

function report(message: string, hint?: string): void {
  writeErr(`ethics: ${message}\n${hint ? `hint: ${hint}\n` : ""}`);
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram(argv);
  for (const command of [program, ...program.commands]) {
    command.exitOverride();
    command.configureOutput({
      writeOut,
      writeErr,
      outputError: (text, write) => write(`ethics: ${text.replace(/^error: /, "")}`),
    });
  }
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : EXIT_USAGE;
    if (isEthicsError(error)) {
      report(error.message, error.hint);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    report(`internal error: ${message}`, "this is a bug in ethics; run with ETHICS_DEBUG=1 for details");
    if (process.env.ETHICS_DEBUG) console.error(error);
    return EXIT_INTERNAL;
  }
}

void main(process.argv).then((code) => {
  process.exitCode = code;
});
