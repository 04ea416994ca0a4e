/**
 * Database-level lock: a pick for a race that has started is refused by the
 * database itself, whatever code path tries to write it (a screen, the
 * console, a future import). The UI also disables the picker, but that is a
 * convenience; this is the rule.
 *
 * Implemented as a Dexie DBCore middleware because table hooks cannot read
 * other tables when the caller's transaction only covers `picks`: here we
 * widen every read-write transaction that touches `picks` to also cover
 * `races`, `leagues`, `results` and `settings` (reveals), then read them in the same transaction.
 */
import {
  Dexie,
  type DBCore,
  type DBCoreMutateRequest,
  type DBCoreTable,
  type DBCoreTransaction,
  type Middleware,
} from 'dexie';
import { clock } from '../app/clock';
import type { LeagueRecord, PickRecord, RaceRecord, ResultRecord, SettingRecord } from './records';
import { revealedAt, revealKey, type Reveals } from './reveals';

/** Thrown (as a rejection) when a pick for a started race is written. */
export class LockedRaceError extends Error {
  override readonly name = 'LockedRaceError';
  constructor(
    readonly raceId: string,
    readonly startsAt: string,
  ) {
    super(`Picks for ${raceId} are locked: the race started at ${startsAt}.`);
  }
}

/** Thrown when a pick names a league or race the database does not have. */
export class UnknownPickTargetError extends Error {
  override readonly name = 'UnknownPickTargetError';
}

/**
 * A race is locked from its start instant on. In a replay league the start
 * is long past, so a race locks for good the moment its result reaches the
 * league (`resultStored`: stored and revealed to the league, see
 * db/reveals.ts): nobody picks with the answer in hand.
 */
export function isLocked(
  startsAt: string,
  now: number,
  replay: boolean | undefined,
  resultStored = false,
): boolean {
  return replay ? resultStored : now >= Date.parse(startsAt);
}

const exempt = new WeakSet<object>();

/**
 * Lets the current read-write transaction write picks of started races. Only
 * for verified bulk paths (backup restore, friends' pick slips whose `madeAt`
 * is checked against the start) — never for the picker. Call it inside
 * `db.transaction('rw', …)`.
 */
export function allowLockedPickWrites(): void {
  const trans = Dexie.currentTransaction?.idbtrans as object | undefined;
  if (!trans) throw new Error('allowLockedPickWrites() must be called inside a read-write transaction.');
  exempt.add(trans);
}

async function assertWritable(down: DBCore, trans: DBCoreTransaction, values: readonly unknown[]) {
  const picks = values as Partial<PickRecord>[];
  // One read per distinct race and league, not per pick: a bulk write of 100,000
  // picks touches a few dozen races.
  const raceIds = [...new Set(picks.map((pick) => pick.raceId))];
  const leagueIds = [...new Set(picks.map((pick) => pick.leagueId))];
  const [races, leagues, results, reveals] = (await Promise.all([
    down.table('races').getMany({ trans, keys: raceIds }),
    down.table('leagues').getMany({ trans, keys: leagueIds }),
    down.table('results').getMany({ trans, keys: raceIds }),
    down.table('settings').getMany({ trans, keys: leagueIds.map((id) => revealKey(String(id))) }),
  ])) as [
    (RaceRecord | undefined)[],
    (LeagueRecord | undefined)[],
    (ResultRecord | undefined)[],
    (SettingRecord | undefined)[],
  ];
  const raceById = new Map(raceIds.map((id, i) => [id, races[i]]));
  const resultById = new Map(raceIds.map((id, i) => [id, results[i]]));
  const revealsOf = new Map(leagueIds.map((id, i) => [id, (reveals[i]?.value ?? {}) as Reveals]));
  const leagueById = new Map(leagueIds.map((id, i) => [id, leagues[i]]));
  const now = clock.now();
  for (const pick of picks) {
    const race = raceById.get(pick.raceId);
    const league = leagueById.get(pick.leagueId);
    if (!race) throw new UnknownPickTargetError(`Unknown race "${String(pick.raceId)}".`);
    if (!league) throw new UnknownPickTargetError(`Unknown league "${String(pick.leagueId)}".`);
    const seen = revealedAt(league, resultById.get(race.id), revealsOf.get(league.id) ?? {}) !== null;
    if (isLocked(race.startsAt, now, league.replay, seen)) throw new LockedRaceError(race.id, race.startsAt);
  }
}

function guardPicks(down: DBCore, table: DBCoreTable): DBCoreTable {
  return {
    ...table,
    async mutate(req: DBCoreMutateRequest) {
      // Deletes stay allowed: removing a member or a league must remove their old picks too.
      // Clearing a pick through the app is checked in db/picks.ts.
      if ((req.type === 'add' || req.type === 'put') && !exempt.has(req.trans))
        await assertWritable(down, req.trans, req.values);
      return table.mutate(req);
    },
  };
}

export const lockGuard: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'podium-pick-lock-guard',
  create(down) {
    return {
      ...down,
      transaction(stores, mode, options) {
        const widened =
          mode === 'readwrite' && stores.includes('picks')
            ? [...new Set([...stores, 'races', 'leagues', 'results', 'settings'])]
            : stores;
        return down.transaction(widened, mode, options);
      },
      table(name) {
        const table = down.table(name);
        return name === 'picks' ? guardPicks(down, table) : table;
      },
    };
  },
};
