/**
 * The one name folding of the project: what makes "Sørensen" and "sorensen",
 * "Łukasz" and "lukasz", "Strauß" and "strauss" the same name — in the entry
 * picker's search, in the result parser's driver matching and in slugs (ids).
 * Only Latin letters are folded: look-alike letters of other scripts (a
 * Cyrillic "а") stay different, so they never match a driver by accident.
 */

/** Letters that Unicode decomposition does not split into a base letter plus a mark. */
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};
const SPECIAL_RE = /[ßæœøłđðþı]/g;
const MARKS_RE = /\p{M}+/gu;

/** Lower case without accents or marks, special Latin letters spelled out; nothing else changes. */
export function foldName(text: string): string {
  return (
    text
      .toLowerCase()
      // NFD splits "é" into "e" + a combining accent, which the next step drops.
      .normalize('NFD')
      .replace(MARKS_RE, '')
      .replace(SPECIAL_RE, (letter) => SPECIAL_LETTERS[letter] ?? letter)
  );
}
