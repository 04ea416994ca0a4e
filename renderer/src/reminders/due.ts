import type { Race } from '../../../shared/domain/types';

export interface DueInput {
  races: readonly Race[];
  /** Races the member has a pick for. */
  picked: ReadonlySet<string>;
  now: number;
  hours: number;
  /** Keys already reminded. */
  sent: ReadonlySet<string>;
  /** `leagueId/memberId`, the prefix of this member's keys. */
  who: string;
}

export const reminderKey = (who: string, raceId: string) => `${who}/${raceId}`;

/** Pickable races that lock within `hours`, are not locked yet, have no pick and were not reminded. */
export function dueReminders({ races, picked, now, hours, sent, who }: DueInput): Race[] {
  const window = hours * 3_600_000;
  return races.filter((race) => {
    if (!race.pickable || picked.has(race.id) || sent.has(reminderKey(who, race.id))) return false;
    const left = Date.parse(race.startsAt) - now;
    return left > 0 && left <= window;
  });
}
