/**
 * Merging picks that arrive from other machines (slips, synced folders).
 * Rule (DESIGN.md §7): per (member, race) the newest pick made before that
 * race's lock wins; picks made at or after the lock are refused and listed.
 * Merging is idempotent: the same slip twice changes nothing.
 *
 * Clocks: `madeAt` is stamped by the picker's machine. We assume machine
 * clocks are roughly right (they sync over NTP); the lock compares that stamp
 * with the race start, so a machine whose clock runs late could sneak a pick
 * in. Each refused or accepted pick keeps its stamp so the host can see it.
 */
import type { Pick } from '../domain/types';

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
  /** Entry ids allowed in a podium; when given, picks naming others are refused. */
  entries?: ReadonlySet<string>;
  /** Replay leagues ignore locks. */
  ignoreLocks?: boolean;
  /** Names for messages. */
  raceName?: (raceId: string) => string;
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
  // Oldest first, so that within one slip the newest pick per race ends up accepted.
  const ordered = [...incoming].sort((a, b) => Date.parse(a.madeAt) - Date.parse(b.madeAt));
  for (const pick of ordered) {
    const startsAt = context.raceStarts.get(pick.raceId);
    if (startsAt === undefined) {
      outcome.refused.push({
        pick,
        reason: 'unknown-race',
        message: `${pick.raceId} is not a race of this league's season.`,
      });
      continue;
    }
    if (!context.ignoreLocks && Date.parse(pick.madeAt) >= Date.parse(startsAt)) {
      outcome.refused.push({
        pick,
        reason: 'late',
        message: `Pick for ${name(pick.raceId)} was made at ${pick.madeAt}, after the race started (${startsAt}).`,
      });
      continue;
    }
    if (context.entries && pick.podium.some((entry) => !context.entries!.has(entry))) {
      const unknown = pick.podium.filter((entry) => !context.entries!.has(entry));
      outcome.refused.push({
        pick,
        reason: 'not-in-entry-list',
        message: `Pick for ${name(pick.raceId)} names ${unknown.join(', ')}, not in the entry list.`,
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
