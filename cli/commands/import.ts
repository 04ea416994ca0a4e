/**
 * `podium import <league-file> <results-file> --race <raceId>`:
 * parses the results against the league's season, then adds or replaces that
 * race's result in the bundle. The bundle is written atomically (temporary
 * file + rename) after the previous version is kept as `<league-file>.bak`.
 * Any error — in the bundle, or in the table for the race — leaves the file
 * untouched (exit 1).
 */
import path from 'node:path';
import type { RaceResult } from '../../shared/domain/types';
import { sha256Hex } from '../../shared/hash/sha256';
import { bundleSeason, parseLeagueBundle, serializeLeagueBundle } from '../../shared/league';
import { parseResultsBytes, toRaceResult, type ParsedRace, type ParseOutcome } from '../../shared/results';
import { findRace } from '../../shared/seasons';
import { InputError, UsageError } from '../errors';
import type { Command } from './index';
import { formatFileProblem, formatIssue, parseArgs, readInputFile } from './results-options';

export const importCommand: Command = async (args, io) => {
  const { positionals, values } = parseArgs(args, { values: ['race'], flags: [] });
  const raceId = values.get('race');
  if (positionals.length !== 2 || raceId === undefined) {
    throw new UsageError('usage: podium import <league-file> <results-file> --race <raceId>');
  }
  const [leagueFile, resultsFile] = positionals as [string, string];

  const read = parseLeagueBundle(await readInputFile((p) => io.readFile(p), leagueFile));
  if (!read.ok) throw new InputError(read.problems.map((p) => formatFileProblem(leagueFile, p)));
  const bundle = read.value;
  const season = bundleSeason(bundle);
  if (!season)
    throw new InputError([`${leagueFile}: the league's season "${bundle.league.seasonId}" is not known.`]);
  const race = findRace(season, raceId);
  if (!race) throw new UsageError(`race "${raceId}" is not in the league's season ${season.id}`);

  const bytes = await readInputFile((p) => io.readFile(p), resultsFile);
  const outcome = parseResultsBytes(bytes, { fileName: resultsFile, season, race });
  const index = pickTable(outcome, race.id, race.session);
  if (index === null) {
    const found = outcome.races.map((r) => r.title ?? 'untitled').join(', ');
    throw new InputError([
      ...outcome.issues.filter((i) => i.severity === 'error').map((i) => formatIssue(resultsFile, i)),
      `${resultsFile}: no table for ${race.name} (${race.id}) was found${found ? ` (tables: ${found})` : ''}.`,
    ]);
  }
  const table = outcome.races[index]!;
  const issues = issuesOfTable(outcome, index);
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length > 0) throw new InputError(errors.map((i) => formatIssue(resultsFile, i)));

  const converted = toRaceResult(table, race.id, {
    source: {
      fileName: path.basename(resultsFile),
      sha256: sha256Hex(bytes),
      importedAt: new Date().toISOString(),
    },
  });
  if (!converted.ok) {
    throw new InputError(
      converted.unmatched.map(
        (row) => `${resultsFile}:${row.line}: error: "${row.driver}" is not in the entry list.`,
      ),
    );
  }
  const replaced = bundle.results.some((r) => r.raceId === race.id);
  const results: RaceResult[] = replaced
    ? bundle.results.map((r) => (r.raceId === race.id ? converted.result : r))
    : [...bundle.results, converted.result];
  const text = serializeLeagueBundle({ ...bundle, results });
  // The written bundle must read back; otherwise keep the old file and say why.
  const check = parseLeagueBundle(text);
  if (!check.ok) throw new InputError(check.problems.map((p) => `${leagueFile}: after import: ${p}`));

  await io.copyFile(leagueFile, `${leagueFile}.bak`);
  await io.writeFileAtomic(leagueFile, text);

  for (const issue of issues) io.stderr(`${formatIssue(resultsFile, issue)}\n`);
  io.stdout(
    `${replaced ? 'Replaced' : 'Added'} the result of ${race.name} (${race.id}): ${table.rows.length} rows, winner ${winner(table)}.\n` +
      `Previous league file kept as ${leagueFile}.bak\n`,
  );
  return 0;
};

/** The table for the race: named for it, else the one of its session, else the only one. */
function pickTable(outcome: ParseOutcome, raceId: string, session: string): number | null {
  const byId = outcome.races.findIndex((r) => r.suggestedRaceId === raceId);
  if (byId >= 0) return byId;
  const bySession = outcome.races.flatMap((r, i) => (r.session === session ? [i] : []));
  if (bySession.length === 1) return bySession[0]!;
  return outcome.races.length === 1 ? 0 : null;
}

/** Issues on the lines of that table (up to the next table), plus file-level ones before any table. */
function issuesOfTable(outcome: ParseOutcome, index: number) {
  const start = outcome.races[index]!.line;
  const end = outcome.races[index + 1]?.line ?? Infinity;
  const firstTable = outcome.races[0]?.line ?? Infinity;
  const lastLine = Math.max(
    ...outcome.races[index]!.rows.map((r) => r.line),
    outcome.races[index]!.fastestLap?.line ?? 0,
  );
  return outcome.issues.filter(
    (i) =>
      (i.line >= start && i.line < end) || i.line < firstTable || (i.line >= start && i.line <= lastLine),
  );
}

function winner(table: ParsedRace): string {
  const first = [...table.rows].sort((a, b) => a.position - b.position)[0];
  return first ? first.driver : 'none';
}
