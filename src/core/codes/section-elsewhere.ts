// `medi-cal integrity 12 conduct 2`: a section named with, or after, a code that has none, which
// another code has. The error says whose it is, and its hint gives the command; that command is
// the whole show typed, the reference put in the code that has it, not the reference alone: the
// earlier references were left out. Only the reading of every reference (target/pieces.ts) can give
// it, so the reference in its owner's code is kept with the error, for that to put in place.
import { EthicsError } from "../errors.js";
import type { Reference } from "./ref.js";

export class SectionElsewhere extends EthicsError {
  /**
   * `whose`: the hint's words before the command ("Conduct is a section of Alaska"); `owned`:
   * the reference in the code that has the section; `alone`: its own command.
   */
  constructor(
    message: string,
    readonly whose: string,
    readonly owned: Reference,
    alone: string,
  ) {
    super(message, `${whose}: ${alone}`);
    this.name = "SectionElsewhere";
  }

  /** The error with `command`, the whole show with the reference in place, in its hint. */
  withCommand(command: string): EthicsError {
    return new EthicsError(this.message, `${this.whose}: ${command}`, this.exitCode);
  }
}
