/**
 * `podium standings <league-file> [--json]`: the leaderboard of
 * a league bundle, as an aligned table or as JSON for scripts.
 */
import { bundleSeason, parseLeagueBundle } from '../../shared/league';
import { bundleStandings } from '../../shared/league';
import { leagueCups, type Standings, type StandingsRow } from '../../shared/scoring';
import type { Cup } from '../../shared/domain/types';
import { InputError, UsageError } from '../errors';
import { fileProblemsJson, formatFileProblem, readInputFile } from './results-options';
import type { Command } from './index';

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

/** The row fields of the `--json` document, in this order. */
const JSON_ROW_KEYS = [
  'rank',
  'memberId',
  'name',
  'points',
  'exact',
  'perfectPodiums',
  'winners',
  'byRace',
  'byCup',
] as const satisfies readonly (keyof StandingsRow)[];

/** The `--json` document scripts read: exactly these keys, rows in rank order. */
export function standingsJson(leagueId: string, standings: Standings): unknown {
  return {
    leagueId,
    rules: standings.rules,
    standings: standings.rows.map((row) => Object.fromEntries(JSON_ROW_KEYS.map((key) => [key, row[key]]))),
  };
}

const CUP_COLUMN: Record<Cup, string> = { nations: 'Nations', manufacturers: 'Manufacturers' };
const CUP_NAME: Record<Cup, string> = { nations: 'Nations Cup', manufacturers: 'Manufacturers Cup' };

/**
 * Right-aligned numbers, left-aligned names; a shared rank is shown on every
 * tied line. A league playing both cups gets a column of points per cup.
 */
export function standingsTable(standings: Standings): string {
  const cups = leagueCups(standings.rules);
  const split = cups.length > 1 ? cups : [];
  const header = [
    'Rank',
    'Member',
    'Points',
    ...split.map((cup) => CUP_COLUMN[cup]),
    'Exact',
    'Perfect',
    'Winners',
  ];
  const lines = standings.rows.map((r) => [
    String(r.rank),
    r.name,
    String(r.points),
    ...split.map((cup) => String(r.byCup[cup] ?? 0)),
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
  const parsed = parseLeagueBundle(await readInputFile((p) => io.readFile(p), file));
  if (!parsed.ok)
    throw new InputError(
      parsed.problems.map((problem) => formatFileProblem(file, problem)),
      json ? fileProblemsJson(file, parsed.problems) : undefined,
    );
  const bundle = parsed.value;
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
  const cups = rules.cups ? leagueCups(rules).map((cup) => CUP_NAME[cup]) : [];
  io.stdout(`Rules: ${rules.preset}${options.length ? `, ${options.join(', ')}` : ''}`);
  if (cups.length > 0) io.stdout(`; ${cups.join(' + ')}`);
  io.stdout(
    `; ${standings.gradedRaceIds.length} race(s) graded, ${standings.remainingRaceIds.length} to go\n\n`,
  );
  io.stdout(standingsTable(standings) + '\n');
  return 0;
};
