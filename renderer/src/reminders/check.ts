import { clock } from '../app/clock';
import type { PodiumDatabase } from '../db/schema';
import { dueReminders, reminderKey } from './due';

export interface Reminder {
  title: string;
  body: string;
}

/**
 * Finds the active member's races that lock soon without a pick, marks them
 * as reminded (so a restart or a second window does not notify again) and
 * returns what to show. Replay leagues have no locks and get no reminders.
 */
export async function collectReminders(db: PodiumDatabase): Promise<Reminder[]> {
  return db.transaction('rw', [db.settings, db.leagues, db.members, db.races, db.picks], async () => {
    const setting = async (key: string) => (await db.settings.get(key))?.value;
    const hours = await setting('reminderHours');
    if (typeof hours !== 'number' || hours <= 0) return [];
    const leagues = await db.leagues.orderBy('id').toArray();
    const leagueId = await setting('activeLeagueId');
    const league = leagues.find((l) => l.id === leagueId) ?? leagues[0];
    if (!league || league.replay) return [];
    const members = await db.members.where('leagueId').equals(league.id).sortBy('createdAt');
    const memberId = await setting('activeMemberId');
    const member = members.find((m) => m.id === memberId) ?? members[0];
    if (!member) return [];
    const races = await db.races.where('seasonId').equals(league.seasonId).toArray();
    const picks = await db.picks.where('[leagueId+memberId]').equals([league.id, member.id]).toArray();
    const sentValue = await setting('remindersSent');
    const sent = new Set(Array.isArray(sentValue) ? (sentValue as string[]) : []);
    const who = `${league.id}/${member.id}`;
    const due = dueReminders({
      races,
      picked: new Set(picks.map((p) => p.raceId)),
      now: clock.now(),
      hours,
      sent,
      who,
    });
    if (due.length === 0) return [];
    for (const race of due) sent.add(reminderKey(who, race.id));
    await db.settings.put({ key: 'remindersSent', value: [...sent] });
    const names = due.map((r) => r.name).join(', ');
    return [
      {
        title: `${member.name}: picks lock soon`,
        body: `${league.name}: no podium picked yet for ${names}. Picks lock within ${hours} hour${hours === 1 ? '' : 's'}.`,
      },
    ];
  });
}
