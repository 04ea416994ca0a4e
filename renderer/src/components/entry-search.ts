import { foldName as fold } from '../../../shared/common/fold';
import { countryName } from './Flag';

/** A team member as the picker shows and searches them. */
export interface EntryDriver {
  name: string;
  /** ISO 3166-1 alpha-2, when known. */
  country?: string;
  psnIds: readonly string[];
  aliases: readonly string[];
}

/**
 * What a podium slot can hold: a driver (Nations Cup) or a team with its
 * drivers (Manufacturers Cup). A season's `Driver` is an entry as it is.
 */
export interface PickerEntry {
  id: string;
  name: string;
  /** ISO 3166-1 alpha-2 of a driver; empty for a team. */
  country: string;
  psnIds: readonly string[];
  aliases: readonly string[];
  /** A team's drivers; absent for a driver. */
  drivers?: readonly EntryDriver[];
}

/** Whether a query starts the text or one of its words (both folded). */
function startsWord(text: string, q: string): boolean {
  return text.startsWith(q) || text.split(/\s+/).some((w) => w.startsWith(q));
}

/**
 * How well an entry matches a folded query, lower is better, -1 for no match:
 * its own name, then an alias or a team driver's name, then a PSN ID (its own
 * or a team driver's), then a country.
 */
function matchScore(entry: PickerEntry, q: string): number {
  const name = fold(entry.name);
  if (startsWord(name, q)) return 0;
  const drivers = entry.drivers ?? [];
  const otherNames = [...entry.aliases, ...drivers.flatMap((d) => [d.name, ...d.aliases])].map(fold);
  if (name.includes(q) || otherNames.some((n) => n.includes(q))) return 1;
  const psnIds = [...entry.psnIds, ...drivers.flatMap((d) => d.psnIds)];
  if (psnIds.some((p) => fold(p).includes(q))) return 2;
  if (entry.country && (fold(entry.country) === q || fold(countryName(entry.country)).includes(q))) return 3;
  return -1;
}

/**
 * Entries matching a query by name, alias, team driver, PSN ID or country;
 * names starting with it first. Any entry type that extends
 * {@link PickerEntry} comes back as it went in.
 */
export function searchEntries<E extends PickerEntry>(entries: readonly E[], query: string): E[] {
  const q = fold(query.trim());
  if (!q) return [...entries];
  const scored: { entry: E; score: number }[] = [];
  for (const entry of entries) {
    const score = matchScore(entry, q);
    if (score >= 0) scored.push({ entry, score });
  }
  return scored.sort((a, b) => a.score - b.score).map((s) => s.entry);
}

/** What the picker's option shows beside the name: a team's drivers, else a driver's PSN ID or country. */
export function entryMeta(entry: PickerEntry): string {
  if (entry.drivers) return entry.drivers.map((d) => d.name).join(', ');
  return entry.psnIds[entry.psnIds.length - 1] ?? countryName(entry.country);
}

/** Whether the entries are Manufacturers Cup teams (the words say "team" instead of "driver"). */
export function areTeams(entries: readonly PickerEntry[]): boolean {
  return entries.length > 0 && entries.every((e) => e.drivers !== undefined);
}
