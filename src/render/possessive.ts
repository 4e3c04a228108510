// "Riverside's concepts", "Peer Providers' concepts": a name ending in s takes the apostrophe
// alone, as a plural does and as AP style writes any name so ending ("Providers's" read as a slip).

/** `name` with the possessive ending it takes. */
export function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}'` : `${name}'s`;
}
