/**
 * Pure view helpers of the leaderboard: rank labels, movement, pick
 * visibility. Kept apart from the components so tests can check them
 * without rendering.
 */
import type { Race } from '../../../../shared/domain/types';
import type { Standings, StandingsRow } from '../../../../shared/scoring';
import { formatNumber } from '../../lib/format';

/** "1", or "=2" when the rank is shared with a neighbour. */
export function rankLabel(rows: readonly StandingsRow[], index: number): string {
  const row = rows[index]!;
  const tied = rows[index - 1]?.rank === row.rank || rows[index + 1]?.rank === row.rank;
  return tied ? `=${row.rank}` : String(row.rank);
}

/** Whether each rank of a table is shared (faster than {@link rankLabel} for 1,000 rows). */
export function sharedRanks(rows: readonly StandingsRow[]): Set<number> {
  const seen = new Set<number>();
  const shared = new Set<number>();
  for (const row of rows) {
    if (seen.has(row.rank)) shared.add(row.rank);
    seen.add(row.rank);
  }
  return shared;
}

/** Places gained since the previous table (positive = up); null when there is nothing to compare. */
export function movementOf(previous: Map<string, number> | null, row: StandingsRow): number | null {
  if (!previous) return null;
  const before = previous.get(row.memberId);
  return before === undefined ? null : before - row.rank;
}

export function rankMap(standings: Standings | null): Map<string, number> | null {
  return standings ? new Map(standings.rows.map((row) => [row.memberId, row.rank])) : null;
}

/** Arrow text, direction and size of a movement (the spoken text is worded by `useLeaderboardWords`). */
export function movementText(move: number | null): {
  text: string;
  places: number;
  kind: 'up' | 'down' | 'same';
} {
  if (move === null || move === 0) return { text: '–', places: 0, kind: 'same' };
  if (move > 0) return { text: `▲${move}`, places: move, kind: 'up' };
  return { text: `▼${-move}`, places: -move, kind: 'down' };
}

/**
 * Whether everyone's picks for a race may be shown. Live leagues: from the
 * start (the lock). Replay leagues ignore locks, so a race opens once it has
 * a result.
 */
export function picksRevealed(
  race: Race,
  options: { replay: boolean; hasResult: boolean; now: number },
): boolean {
  if (options.hasResult) return true;
  if (options.replay) return false;
  return options.now >= Date.parse(race.startsAt);
}

/** Points as text in the app's language: integers plain, halves kept (the missed-race rule can average). */
export function formatPoints(points: number): string {
  const decimals = Number.isInteger(points) ? 0 : 1;
  return formatNumber(points, {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: false,
  });
}
