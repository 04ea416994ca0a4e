/**
 * Names people type or receive in files (members, leagues, drivers) and the
 * ids made from them. A name is shown everywhere and written into files
 * friends exchange, so characters that change how the text around them is
 * displayed are removed: bidirectional overrides and isolates can make
 * "Bob\u202Egnp.exe" display as "Bobexe.png", NUL and other control
 * characters break file names and terminals. Look-alike letters from other
 * scripts in one word ("Аlice" with a Cyrillic А) are kept — real names mix
 * scripts across words — but reported so the screen can warn.
 */
import * as z from 'zod';

/**
 * Removed from names: C0 and C1 controls (NUL included) and DEL; the bidi
 * embeddings, overrides and isolates (U+202A–202E, U+2066–2069), the marks
 * U+200E/U+200F and the Arabic letter mark U+061C; zero-width space and
 * byte-order mark (U+200B, U+FEFF). Zero-width joiners stay: scripts and
 * emoji need them.
 */
const INVISIBLE_OR_CONTROL =
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** The form a name is stored in: controls removed, NFC, runs of white space as one space, trimmed. */
export function cleanName(raw: string): string {
  return raw.normalize('NFC').replace(INVISIBLE_OR_CONTROL, '').replace(/\s+/gu, ' ').trim();
}

/** True when cleaning would change the name beyond white space at its ends. */
export function hadHiddenCharacters(raw: string): boolean {
  return cleanName(raw) !== raw.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** Scripts whose letters are easily mistaken for each other. */
const CONFUSABLE_SCRIPTS: ReadonlyArray<readonly [string, RegExp]> = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
];

/**
 * Words of the name that mix letters of Latin, Cyrillic and Greek — the
 * classic look-alike spoof ("Pаul" with a Cyrillic а). Empty when none.
 */
export function mixedScriptWords(name: string): string[] {
  return name.split(/[\s\-_.]+/u).filter((word) => {
    const scripts = new Set<string>();
    for (const char of word) {
      for (const [script, test] of CONFUSABLE_SCRIPTS) if (test.test(char)) scripts.add(script);
    }
    return scripts.size > 1;
  });
}

/**
 * Characters an id may never hold: path separators (ids become file names
 * and URL parts), white space, controls and the invisible characters above.
 */
// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const UNSAFE_IN_ID = /[/\\\s\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/u;

/** An id read from a file: non-empty, no separators, spaces or control characters, not `.` or `..`. */
export function isSafeId(id: string): boolean {
  return id.length > 0 && !UNSAFE_IN_ID.test(id) && id !== '.' && id !== '..';
}

export const UNSAFE_ID_MESSAGE =
  'must not contain slashes, spaces or control characters (ids are letters, digits and dashes)';

/** Schema of an id in a file. */
export const idSchema = z
  .string()
  .min(1, 'must not be empty')
  .max(200)
  .refine(isSafeId, { message: UNSAFE_ID_MESSAGE, params: { check: 'safe-id' } });

/** Schema of a display name in a file: cleaned, then checked non-empty and at most `max` characters. */
export function nameSchema(max: number) {
  return z.string().transform(cleanName).pipe(z.string().min(1, 'must not be empty').max(max));
}
