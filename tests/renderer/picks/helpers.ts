import { afterEach } from 'vitest';
import { clock } from '../../../renderer/src/app/clock';
import { seedBuiltInSeasons } from '../../../renderer/src/app/boot';
import { createDatabase, type PodiumDatabase } from '../../../renderer/src/db/schema';
import { addMember, createLeague } from '../../../renderer/src/db/leagues';
import { DEFAULT_RULES, type ScoringRules } from '../../../shared/scoring';

const realNow = clock.now;

/** Moves the app clock to an instant; restored after each test. */
export function setNow(iso: string): void {
  const ms = Date.parse(iso);
  clock.now = () => ms;
}

afterEach(() => {
  clock.now = realNow;
});

/** A fresh database with the built-in seasons, one league on 2025 and two members. */
export async function freshLeague(
  options: { rules?: Partial<ScoringRules>; replay?: boolean; seasonId?: string } = {},
): Promise<{ db: PodiumDatabase; leagueId: string }> {
  const db = createDatabase(`picks-test-${Math.random()}`);
  await db.open();
  await seedBuiltInSeasons(db);
  const league = await createLeague(db, {
    name: 'Friends',
    seasonId: options.seasonId ?? 'gtws-2025',
    rules: { ...DEFAULT_RULES, ...options.rules },
    replay: options.replay,
  });
  await addMember(db, league.id, { name: 'Alex' });
  await addMember(db, league.id, { name: 'Bea' });
  return { db, leagueId: league.id };
}

export const R1_GF = 'gtws-2025-r1-nations-gf';
export const R2_GF = 'gtws-2025-r2-nations-gf';
/** R1 Grand Final starts 2025-06-07T15:00:00Z in the built-in data. */
export const BEFORE_R1 = '2025-06-01T12:00:00Z';
export const AFTER_R1 = '2025-06-07T15:00:00Z';
