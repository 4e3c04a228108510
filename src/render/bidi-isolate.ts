// Text in a script written right to left, set in the left-to-right lines of a page (the handout)
// or a flash card, isolated so that it reads from the right: laid out left to right, an Arabic or
// Hebrew sentence had its full stop, and a closing bracket with a number, at the wrong end
// ("(12 انظر المادة) …." for "… (انظر المادة 12).").

/**
 * Letters of the scripts written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan,
 * Mandaic, their presentation forms, and the historic ones beyond the BMP: U+10800–U+10FFF and
 * U+1E800–U+1EFFF, by their high surrogates).
 */
const RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC\uD802\uD803\uD83A\uD83B]/;

/**
 * Escaped HTML of a text of the data, in a <bdi> where it holds right-to-left letters: the
 * browser takes its direction from its first strong letter, as the page's own words and layout
 * stay left to right. A text without such letters is as it was.
 */
export function isolated(html: string): string {
  return RIGHT_TO_LEFT.test(html) ? `<bdi>${html}</bdi>` : html;
}
