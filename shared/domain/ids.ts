/**
 * Identifier helpers (DESIGN.md §3). Ids are stable, human-readable slugs so
 * that files exchanged between friends stay readable and diffable.
 */

/** Letters that Unicode decomposition does not split into a base letter plus accent. */
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

/**
 * Slug of a display name, used for driver, team and member ids:
 * lower case, accents stripped, every run of other characters becomes one `-`.
 * `slugify("José Serrano") === "jose-serrano"`, `slugify("Kaj de Bruin") === "kaj-de-bruin"`.
 */
export function slugify(name: string): string {
  return (
    name
      .toLowerCase()
      // NFD splits "é" into "e" + combining accent, which the next step drops.
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .replace(/[ßæœøłđðþı]/g, (letter) => SPECIAL_LETTERS[letter] ?? letter)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
  );
}

/** Race id convention: `<roundId>-<cup>-<session>`. */
export function raceId(roundId: string, cup: string, session: string): string {
  return `${roundId}-${cup}-${session}`;
}
