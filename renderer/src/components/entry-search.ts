import { foldName as fold } from '../../../shared/common/fold';
import type { Driver } from '../../../shared/domain/types';
import { countryName } from './Flag';

/** Entries matching a query by name, alias, country (code or name) or PSN ID; names starting with it first. */
export function searchEntries(entries: readonly Driver[], query: string): Driver[] {
  const q = fold(query.trim());
  if (!q) return [...entries];
  const scored: { entry: Driver; score: number }[] = [];
  for (const entry of entries) {
    const name = fold(entry.name);
    const words = name.split(/\s+/);
    let score = -1;
    if (name.startsWith(q) || words.some((w) => w.startsWith(q))) score = 0;
    else if (name.includes(q) || entry.aliases.some((a) => fold(a).includes(q))) score = 1;
    else if (entry.psnIds.some((p) => fold(p).includes(q))) score = 2;
    else if (fold(entry.country) === q || fold(countryName(entry.country)).includes(q)) score = 3;
    if (score >= 0) scored.push({ entry, score });
  }
  return scored.sort((a, b) => a.score - b.score).map((s) => s.entry);
}
