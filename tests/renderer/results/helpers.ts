import { readFileSync } from 'node:fs';
import { seedBuiltInSeasons } from '../../../renderer/src/app/boot';
import { addMember, createLeague } from '../../../renderer/src/db/leagues';
import type { ImportPlan } from '../../../renderer/src/db/imports';
import { createDatabase, type PodiumDatabase } from '../../../renderer/src/db/schema';
import { readSeason } from '../../../renderer/src/db/seasons';
import { createPreview, evaluate, type Preview } from '../../../renderer/src/screens/results/preview-model';
import { sha256Hex } from '../../../shared/hash/sha256';
import type { Season } from '../../../shared/domain/types';
import { planResultsText } from '../../../shared/results';
import { BUILT_IN_SEASONS } from '../../../shared/seasons';
import { DEFAULT_RULES } from '../../../shared/scoring';

export const OFFICIAL = readFileSync('tests/fixtures/results/2025-r1-london-nations-official.txt', 'utf8');
export const PIPE = readFileSync(
  'tests/fixtures/results/2025-r1-london-nations-grand-final-pipe.txt',
  'utf8',
);
export const R1_GF = 'gtws-2025-r1-nations-gf';
export const R1_SPRINT = 'gtws-2025-r1-nations-sprint';
export const R1_QUALI = 'gtws-2025-r1-nations-quali';

/** A fresh database with the built-in seasons; with `league`, a league on 2025 with two members. */
export async function freshDb(options: { league?: boolean } = {}): Promise<{
  db: PodiumDatabase;
  season: Season;
  leagueId: string | null;
}> {
  const db = createDatabase(`results-test-${Math.random()}`);
  await db.open();
  await seedBuiltInSeasons(db);
  let leagueId: string | null = null;
  if (options.league) {
    const league = await createLeague(db, { name: 'Friends', seasonId: 'gtws-2025', rules: DEFAULT_RULES });
    await addMember(db, league.id, { name: 'Alex' });
    await addMember(db, league.id, { name: 'Bea' });
    leagueId = league.id;
  }
  return { db, season: (await readSeason(db, 'gtws-2025'))!, leagueId };
}

/** The preview the screen would show for a text in `season`, as the user first sees it. */
export function previewOf(
  season: Season,
  text: string,
  fileName = 'results.txt',
  fallbackRoundId = 'gtws-2025-r1',
): Preview {
  const plan = planResultsText(text, BUILT_IN_SEASONS, { fileName, season });
  return createPreview(
    season,
    { fileName, bytes: new TextEncoder().encode(text), sha256: sha256Hex(new TextEncoder().encode(text)) },
    plan,
    fallbackRoundId,
  );
}

/** The plan of a preview that has no blockers. */
export function planOf(season: Season, preview: Preview): ImportPlan {
  const { plan, blockers } = evaluate(preview, season);
  if (!plan) throw new Error(`blocked: ${JSON.stringify(blockers)}`);
  return plan;
}
