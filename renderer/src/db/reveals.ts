/**
 * Blind replays. A replay league plays a finished season whose official
 * results are usually on this computer already (built in, or imported for
 * another league). For the league, a race's result counts — is shown, scored
 * and locks the race's picks for good — only from the moment it is revealed
 * to the league:
 * - automatically, when every member has picked the race;
 * - when someone presses *Reveal the result* (the host, by agreement);
 * - when the result was imported while the league existed (whoever imported
 *   it has seen it).
 * Reveal instants are kept per league in the setting `revealed:<leagueId>`
 * (race id → ISO instant); a reveal is never taken back.
 */
import type { RaceResult } from '../../../shared/domain/types';
import { nowIso } from '../app/clock';
import { BUILT_IN_RESULT_SOURCE } from '../app/builtin-source';
import type { LeagueRecord } from './records';
import type { PodiumDatabase } from './schema';

export type Reveals = Readonly<Record<string, string>>;

export const revealKey = (leagueId: string) => `revealed:${leagueId}`;

export async function readReveals(db: PodiumDatabase, leagueId: string): Promise<Reveals> {
  const row = await db.settings.get(revealKey(leagueId));
  return (row?.value as Reveals | undefined) ?? {};
}

/**
 * When the league first saw a race's result, or null while it is hidden.
 * Normal leagues see every stored result at once (their races lock at the start anyway).
 */
export function revealedAt(
  league: LeagueRecord,
  result: RaceResult | undefined,
  reveals: Reveals,
): string | null {
  if (!result) return null;
  const importedAt = result.source?.importedAt ?? null;
  if (!league.replay) return importedAt ?? league.createdAt;
  const explicit = reveals[result.raceId];
  if (explicit) return explicit;
  // Without a source nobody can tell when it arrived: it counts as seen.
  if (importedAt === null) return league.createdAt;
  // A result the user imported after creating the league was seen at import; a built-in one was not.
  const seenAtImport =
    importedAt !== null &&
    result.source?.fileName !== BUILT_IN_RESULT_SOURCE &&
    importedAt >= league.createdAt;
  return seenAtImport ? importedAt : null;
}

/** Reveals stored results of races to the league now (those already revealed keep their instant). */
export async function revealResults(
  db: PodiumDatabase,
  leagueId: string,
  raceIds: readonly string[],
): Promise<void> {
  await db.transaction('rw', [db.settings], async () => {
    const reveals = { ...(await readReveals(db, leagueId)) };
    const now = nowIso();
    let changed = false;
    for (const raceId of raceIds) {
      if (reveals[raceId]) continue;
      reveals[raceId] = now;
      changed = true;
    }
    if (changed) await db.settings.put({ key: revealKey(leagueId), value: reveals });
  });
}

/**
 * The results as the league has seen them. In a replay league only the revealed
 * ones, each with `storedAt` moved to the later of its own value and the instant
 * the league saw it, so the replay cut-off (a pick made at or after `storedAt`
 * never counts) means "after the league saw the result": a built-in or
 * earlier-imported result that sat hidden on this computer cuts nothing before
 * its reveal. Normal leagues get every result unchanged.
 */
export function resultsSeenBy<R extends RaceResult>(
  league: LeagueRecord,
  results: readonly (R | undefined)[],
  reveals: Reveals,
): R[] {
  const present = results.filter((r): r is R => r !== undefined);
  if (!league.replay) return present;
  return present.flatMap((result) => {
    const seenAt = revealedAt(league, result, reveals);
    if (seenAt === null) return [];
    // A result stored before `storedAt` was recorded (and never revealed by hand) cuts nothing, as before.
    const cut =
      result.storedAt === undefined
        ? reveals[result.raceId]
        : Date.parse(result.storedAt) >= Date.parse(seenAt)
          ? result.storedAt
          : seenAt;
    return [cut === undefined ? result : { ...result, storedAt: cut }];
  });
}
