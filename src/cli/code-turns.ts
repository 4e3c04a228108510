// A loop over many users' codes that lets them go as it goes. A cached user's code is held
// weakly (cache/user-codes.ts), but a weakly held object once used is kept until the event
// loop's turn ends (a loop of awaits alone never ends it): a loop over a thousand codes in one
// turn holds all of them (hundreds of megabytes). This one gives the loop a turn every few codes.

/** Codes between turns of the event loop. */
const BLOCK = 16;

/** A turn of the event loop, after which the codes used so far can go. */
export const letUsedCodesGo = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export async function eachCode<T>(codes: readonly T[], visit: (code: T) => void): Promise<void> {
  for (const [at, code] of codes.entries()) {
    if (at > 0 && at % BLOCK === 0) await letUsedCodesGo();
    visit(code);
  }
}
