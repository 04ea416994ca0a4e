import { describe, expect, it } from 'vitest';
import { dueReminders } from '../../../renderer/src/reminders/due';
import { collectReminders } from '../../../renderer/src/reminders/check';
import { savePick } from '../../../renderer/src/db/picks';
import { BUILT_IN_SEASONS } from '../../../shared/seasons';
import { freshLeague, R1_GF, setNow } from './helpers';

// The races of a Nations Cup league (the reminder check keeps the league's cups).
const races = BUILT_IN_SEASONS.find((s) => s.id === 'gtws-2025')!
  .rounds.flatMap((r) => r.races)
  .filter((race) => race.cup === 'nations');

describe('pick reminders', { timeout: 20_000 }, () => {
  it('are due for unpicked, unlocked pickable races within the chosen hours, once', () => {
    const base = { races, now: Date.parse('2025-06-07T05:00:00Z'), hours: 12, who: 'l/m' };
    expect(dueReminders({ ...base, picked: new Set(), sent: new Set() }).map((r) => r.id)).toEqual([R1_GF]);
    expect(dueReminders({ ...base, picked: new Set([R1_GF]), sent: new Set() })).toEqual([]);
    expect(dueReminders({ ...base, picked: new Set(), sent: new Set([`l/m/${R1_GF}`]) })).toEqual([]);
    expect(dueReminders({ ...base, hours: 6, picked: new Set(), sent: new Set() })).toEqual([]);
    expect(
      dueReminders({ ...base, now: Date.parse('2025-06-07T15:00:00Z'), picked: new Set(), sent: new Set() }),
    ).toEqual([]);
  });

  it('collects a reminder for the active member only once and not when reminders are off', async () => {
    const { db, leagueId } = await freshLeague();
    setNow('2025-06-07T05:00:00Z');
    expect(await collectReminders(db)).toEqual([]);
    await db.settings.put({ key: 'reminderHours', value: 12 });
    const first = await collectReminders(db);
    expect(first).toHaveLength(1);
    expect(first[0]!.title).toBe('Alex: picks lock soon');
    expect(first[0]!.body).toContain('Grand Final');
    expect(await collectReminders(db)).toEqual([]);
    // Bea picked already: switching to her gives nothing.
    await savePick(db, { leagueId, memberId: 'bea', raceId: R1_GF }, [
      'jose-serrano',
      'pol-urra',
      'valerio-gallo',
    ]);
    await db.settings.put({ key: 'activeMemberId', value: 'bea' });
    expect(await collectReminders(db)).toEqual([]);
  });
});
