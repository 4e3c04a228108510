// `medi-cal integrity 12 conduct 2`: a section named with, or after, a code that has none, which
// another code has. The error says whose it is, and its hint gives the command; that command is
// the whole show typed, the reference put in the code that has it, not the reference alone: the
// earlier references were left out. Only the reading of every reference (target/pieces.ts) can give
// it, so the reference in its owner's code is kept with the error, for that to put in place.
import { EthicsError } from "../errors.js";
import type { Reference } from "./ref.js";

export class SectionElsewhere extends EthicsError {
  /**
   * `whose`: the hint's words before the commands ("Conduct is a section of Alaska", "say
   * whose"); `owned`: for each command, the references it shows in place of the one typed, in
   * the code that has the section; `alone`: those commands, of the reference alone; `after`: the
   * hint's words after them.
   */
  constructor(
    message: string,
    readonly whose: string,
    readonly owned: readonly (readonly Reference[])[],
    alone: readonly string[],
    readonly after = "",
  ) {
    super(message, hintOf(whose, alone, after));
    this.name = "SectionElsewhere";
  }

  /** The error with `commands`, each the whole show with the reference in place, in its hint. */
  withCommands(commands: readonly string[]): EthicsError {
    return new EthicsError(this.message, hintOf(this.whose, commands, this.after), this.exitCode);
  }
}

const hintOf = (whose: string, commands: readonly string[], after: string): string => `${whose}: ${commands.join(", ")}${after}`;
