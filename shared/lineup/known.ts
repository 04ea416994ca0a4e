/**
 * The drivers the app knows across every season. A driver id is the same
 * person in every season (`jose-serrano` in 2024 and 2025), so the seasons'
 * driver lists fold into one list of people: the newest season gives the
 * name and country, every PSN ID and spelling ever seen is kept.
 */
import type { Driver, Season } from '../domain/types';

/** A person as known across seasons. */
export interface KnownDriver extends Driver {
  /** Seasons that list this driver, oldest first. */
  seasonIds: string[];
}

function union(first: readonly string[], second: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const item of [...first, ...second]) {
    const key = item.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      out.push(item);
    }
  }
  return out;
}

/** Every driver of every season, one entry per id; newest season's PSN IDs first. */
export function knownDrivers(seasons: readonly Season[]): KnownDriver[] {
  const byId = new Map<string, KnownDriver>();
  const ordered = [...seasons].sort((a, b) => a.year - b.year || a.id.localeCompare(b.id));
  for (const season of ordered) {
    for (const driver of season.drivers) {
      const before = byId.get(driver.id);
      if (!before) {
        byId.set(driver.id, {
          ...driver,
          psnIds: [...driver.psnIds],
          aliases: [...driver.aliases],
          seasonIds: [season.id],
        });
        continue;
      }
      const oldName = before.name !== driver.name ? [before.name] : [];
      byId.set(driver.id, {
        id: driver.id,
        name: driver.name,
        country: driver.country,
        psnIds: union(driver.psnIds, before.psnIds),
        aliases: union(driver.aliases, [...before.aliases, ...oldName]).filter((a) => a !== driver.name),
        seasonIds: [...before.seasonIds, season.id],
      });
    }
  }
  return [...byId.values()];
}
