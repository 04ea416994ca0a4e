import { leagueCups } from '../../../shared/scoring/rules';
import { clock } from '../app/clock';
import { i18n } from '../i18n/setup';
import type { PodiumDatabase } from '../db/schema';
import { dueReminders, reminderKey } from './due';

export interface Reminder {
  title: string;
  body: string;
}

/**
 * Finds the active member's races that lock soon without a pick, marks them
 * as reminded (so a restart or a second window does not notify again) and
 * returns what to show, in the chosen language. Replay leagues have no locks
 * and get no reminders.
 */
export async function collectReminders(db: PodiumDatabase): Promise<Reminder[]> {
  const found = await db.transaction(
    'rw',
    [db.settings, db.leagues, db.members, db.races, db.picks],
    async () => {
      const setting = async (key: string) => (await db.settings.get(key))?.value;
      const hours = await setting('reminderHours');
      if (typeof hours !== 'number' || hours <= 0) return null;
      const leagues = await db.leagues.orderBy('id').toArray();
      const leagueId = await setting('activeLeagueId');
      const league = leagues.find((l) => l.id === leagueId) ?? leagues[0];
      if (!league || league.replay) return null;
      const members = await db.members.where('leagueId').equals(league.id).sortBy('createdAt');
      const memberId = await setting('activeMemberId');
      const member = members.find((m) => m.id === memberId) ?? members[0];
      if (!member) return null;
      const cups = leagueCups(league.rules);
      const races = (await db.races.where('seasonId').equals(league.seasonId).toArray()).filter((race) =>
        cups.includes(race.cup),
      );
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
      if (due.length === 0) return null;
      for (const race of due) sent.add(reminderKey(who, race.id));
      await db.settings.put({ key: 'remindersSent', value: [...sent] });
      return { member: member.name, league: league.name, races: due.map((r) => r.name), hours };
    },
  );
  if (!found) return [];
  // Worded after the transaction: loading a catalogue is not a database step and would end it early.
  await i18n.loadNamespaces('round');
  return [
    {
      title: i18n.t('round:reminder.title', { name: found.member }),
      body: i18n.t('round:reminder.body', {
        league: found.league,
        races: found.races.join(', '),
        count: found.hours,
      }),
    },
  ];
}
