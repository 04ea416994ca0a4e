/**
 * Identifier helpers. Ids are stable, human-readable slugs so that files
 * exchanged between friends stay readable and diffable.
 */
import { foldName } from '../common/fold';

/**
 * Slug of a display name, used for driver, team and member ids:
 * lower case, accents stripped, every run of other characters becomes one `-`.
 * `slugify("José Serrano") === "jose-serrano"`, `slugify("Kaj de Bruin") === "kaj-de-bruin"`.
 */
export function slugify(name: string): string {
  return foldName(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Race id convention: `<roundId>-<cup>-<session>`. */
export function raceId(roundId: string, cup: string, session: string): string {
  return `${roundId}-${cup}-${session}`;
}
