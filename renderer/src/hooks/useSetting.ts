import { useCallback } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db';

/** Keys of the settings table and their value types. */
export interface Settings {
  activeLeagueId: string | null;
  activeMemberId: string | null;
  demoOffered: boolean;
  /** Hours before a lock to remind the active member of races without picks; null = reminders off. */
  reminderHours: number | null;
  /** Reminders already shown, as `leagueId/memberId/raceId`, so none is shown twice. */
  remindersSent: string[];
  /** Ids of the leagues created by the demo, so removing the demo removes exactly those. */
  demoLeagueIds: string[];
}

export async function readSetting<K extends keyof Settings>(key: K): Promise<Settings[K] | undefined> {
  const row = await db.settings.get(key);
  return row?.value as Settings[K] | undefined;
}

export async function writeSetting<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void> {
  await db.settings.put({ key, value });
}

/**
 * A live setting: `[value, setValue, loaded]`. `loaded` is false until the
 * first read completes, so screens can tell "not set" from "not read yet".
 */
export function useSetting<K extends keyof Settings>(
  key: K,
): [Settings[K] | undefined, (value: Settings[K]) => Promise<void>, boolean] {
  const row = useLiveQuery(async () => (await db.settings.get(key)) ?? null, [key]);
  const set = useCallback((value: Settings[K]) => writeSetting(key, value), [key]);
  return [row?.value as Settings[K] | undefined, set, row !== undefined];
}
