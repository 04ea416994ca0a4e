/**
 * `podium standings <league-file> [--json]` (DESIGN.md §6): the leaderboard of
 * a league bundle, as an aligned table or as JSON for scripts.
 */
import { bundleSeason, parseLeagueBundle } from '../../shared/league';
import { bundleStandings } from '../../shared/league';
import type { Standings } from '../../shared/scoring';
import { InputError, UsageError } from '../errors';
import type { CliIo, Command } from './index';

interface Args {
  file: string;
  json: boolean;
}

function parseArgs(args: string[]): Args {
  let file: string | undefined;
  let json = false;
  for (const arg of args) {
    if (arg === '--json') json = true;
    else if (arg.startsWith('-'))
      throw new UsageError(`unknown option "${arg}". Usage: podium standings <league-file> [--json]`);
    else if (file === undefined) file = arg;
    else throw new UsageError(`unexpected argument "${arg}". Usage: podium standings <league-file> [--json]`);
  }
  if (file === undefined)
    throw new UsageError('missing <league-file>. Usage: podium standings <league-file> [--json]');
  return { file, json };
}

async function readText(io: CliIo, file: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(file);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    // Size and file-type refusals carry their own complete message.
    if (code === 'EFBIG' || code === 'ENOTREG') throw new InputError([(error as Error).message]);
    throw new InputError([`${file}: cannot read the file${typeof code === 'string' ? ` (${code})` : ''}.`]);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError([`${file}: the file is not UTF-8 text.`]);
  }
}

/** The `--json` document of §6: exactly these keys, rows in rank order. */
export function standingsJson(leagueId: string, standings: Standings): unknown {
  return {
    leagueId,
    rules: standings.rules,
    standings: standings.rows.map((row) => ({
      rank: row.rank,
      memberId: row.memberId,
      name: row.name,
      points: row.points,
      exact: row.exact,
      perfectPodiums: row.perfectPodiums,
      winners: row.winners,
      byRace: row.byRace,
    })),
  };
}

/** Right-aligned numbers, left-aligned names; a shared rank is shown on every tied line. */
export function standingsTable(standings: Standings): string {
  const header = ['Rank', 'Member', 'Points', 'Exact', 'Perfect', 'Winners'];
  const lines = standings.rows.map((r) => [
    String(r.rank),
    r.name,
    String(r.points),
    String(r.exact),
    String(r.perfectPodiums),
    String(r.winners),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 1 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [format(header), ...lines.map(format)].join('\n');
}

export const standingsCommand: Command = async (args, io) => {
  const { file, json } = parseArgs(args);
  const parsed = parseLeagueBundle(await readText(io, file));
  if (!parsed.ok) throw new InputError(parsed.errors.map((message) => `${file}: ${message}`));
  const bundle = parsed.bundle;
  const standings = bundleStandings(bundle);
  if (json) {
    io.stdout(JSON.stringify(standingsJson(bundle.league.id, standings), null, 2) + '\n');
    return 0;
  }
  const season = bundleSeason(bundle);
  const rules = bundle.league.rules;
  const options = [
    rules.joker ? 'joker' : '',
    rules.uniqueBonus ? 'unique bonus' : '',
    rules.dropWorst > 0 ? `drop worst ${rules.dropWorst}` : '',
    rules.missedRace === 'lowest' ? 'missed race = lowest' : '',
  ].filter(Boolean);
  io.stdout(`${bundle.league.name} — ${season?.name ?? bundle.league.seasonId}\n`);
  io.stdout(`Rules: ${rules.preset}${options.length ? `, ${options.join(', ')}` : ''}`);
  io.stdout(
    `; ${standings.gradedRaceIds.length} race(s) graded, ${standings.remainingRaceIds.length} to go\n\n`,
  );
  io.stdout(standingsTable(standings) + '\n');
  return 0;
};
