/**
 * Merging picks that arrive from other machines (slips, synced folders).
 * Rule: per (member, race) the newest pick made before that
 * race's lock wins; picks made at or after the lock are refused and listed.
 * Merging is idempotent: the same slip twice changes nothing.
 *
 * Clocks: `madeAt` is stamped by the picker's machine. We assume machine
 * clocks are roughly right (they sync over NTP); the lock compares that stamp
 * with the race start, so a machine whose clock runs late could sneak a pick
 * in. Each refused or accepted pick keeps its stamp so the host can see it.
 */
import type { Pick, Season } from '../domain/types';

export type RefusedReason = 'late' | 'unknown-race' | 'not-in-entry-list';

export interface RefusedPick {
  pick: Pick;
  reason: RefusedReason;
  message: string;
}

export interface MergeOutcome {
  /** Picks to write (new, or newer than the stored one). */
  accepted: Pick[];
  /** Picks already stored, or older than the stored one. */
  unchanged: Pick[];
  refused: RefusedPick[];
}

export interface MergeContext {
  /** Start time (UTC ISO) of every pickable race of the league's season. */
  raceStarts: ReadonlyMap<string, string>;
  /** Entry ids allowed in each race's podium (its cup's entry list); when given, picks naming others are refused. */
  entries?: ReadonlyMap<string, ReadonlySet<string>>;
  /** Replay leagues ignore locks. */
  ignoreLocks?: boolean;
  /** Names for messages. */
  raceName?: (raceId: string) => string;
  /** Line in the file of the `index`-th incoming pick, for messages. */
  lineOf?: (index: number) => number | undefined;
}

/** The entry list each race of a season draws from: its cup's. */
export function entriesByRace(season: Season): Map<string, ReadonlySet<string>> {
  const byCup = {
    nations: new Set(season.entryLists.nations),
    manufacturers: new Set(season.entryLists.manufacturers),
  };
  return new Map(season.rounds.flatMap((round) => round.races.map((race) => [race.id, byCup[race.cup]])));
}

const key = (pick: Pick) => `${pick.memberId}\u0000${pick.raceId}`;

const content = (pick: Pick) => `${pick.podium.join('\u0000')}\u0000${pick.joker ? 'joker' : ''}`;

/**
 * Newer wins; two different picks with the same stamp are ordered by content,
 * so every machine settles on the same one whatever order files arrive in.
 */
function isNewer(pick: Pick, than: Pick): boolean {
  const a = Date.parse(pick.madeAt);
  const b = Date.parse(than.madeAt);
  return a > b || (a === b && content(pick) > content(than));
}

/** Decides, for each incoming pick, whether it replaces what is stored. Pure; the caller writes. */
export function mergePicks(
  stored: readonly Pick[],
  incoming: readonly Pick[],
  context: MergeContext,
): MergeOutcome {
  const current = new Map<string, Pick>();
  for (const pick of stored) {
    const previous = current.get(key(pick));
    if (!previous || isNewer(pick, previous)) current.set(key(pick), pick);
  }
  const outcome: MergeOutcome = { accepted: [], unchanged: [], refused: [] };
  const name = context.raceName ?? ((raceId: string) => raceId);
  const at = (index: number) => {
    const line = context.lineOf?.(index);
    return line ? `line ${line}: ` : '';
  };
  // Oldest first, so that within one slip the newest pick per race ends up accepted.
  const ordered = incoming
    .map((pick, index) => ({ pick, index }))
    .sort((a, b) => Date.parse(a.pick.madeAt) - Date.parse(b.pick.madeAt));
  for (const { pick, index } of ordered) {
    const startsAt = context.raceStarts.get(pick.raceId);
    if (startsAt === undefined) {
      outcome.refused.push({
        pick,
        reason: 'unknown-race',
        message: `${at(index)}${pick.raceId} is not a race of this league's season.`,
      });
      continue;
    }
    if (!context.ignoreLocks && Date.parse(pick.madeAt) >= Date.parse(startsAt)) {
      outcome.refused.push({
        pick,
        reason: 'late',
        message: `${at(index)}Pick for ${name(pick.raceId)} was made at ${pick.madeAt}, after the race started (${startsAt}).`,
      });
      continue;
    }
    const entries = context.entries?.get(pick.raceId);
    const unknown = context.entries ? pick.podium.filter((entry) => !entries?.has(entry)) : [];
    if (unknown.length > 0) {
      outcome.refused.push({
        pick,
        reason: 'not-in-entry-list',
        message: `${at(index)}Pick for ${name(pick.raceId)} names ${unknown.join(', ')}, not on that race's entry list.`,
      });
      continue;
    }
    const existing = current.get(key(pick));
    if (existing && !isNewer(pick, existing)) {
      outcome.unchanged.push(pick);
      continue;
    }
    current.set(key(pick), pick);
    outcome.accepted = outcome.accepted.filter((p) => key(p) !== key(pick));
    outcome.accepted.push(pick);
  }
  return outcome;
}
