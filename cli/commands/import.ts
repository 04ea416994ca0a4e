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
import { planResultsBytes, toRaceResult, type ParsedRace } from '../../shared/results';
import { findRace } from '../../shared/seasons';
import { leagueCups } from '../../shared/scoring';
import { CUP_NAMES } from '../../shared/league/entry-keys';
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
  const plan = planResultsBytes(bytes, [season], { fileName: resultsFile, season, race });
  const { outcome } = plan;
  const index = plan.tables.findIndex((t) => t.detection.raceId === race.id);
  if (index === -1) {
    const found = outcome.races.map((r) => r.title ?? 'untitled').join(', ');
    throw new InputError([
      ...outcome.issues.filter((i) => i.severity === 'error').map((i) => formatIssue(resultsFile, i)),
      `${resultsFile}: no table for ${race.name} (${race.id}) was found${found ? ` (tables: ${found})` : ''}.`,
    ]);
  }
  const table = outcome.races[index]!;
  // The table's own issues and those about the file as a whole; other tables do not matter here.
  const issues = [...plan.fileIssues, ...plan.tables[index]!.issues].sort((a, b) => a.line - b.line);
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
  if (!check.ok) throw new InputError(check.problems.map((p) => `${leagueFile}: after import: ${p.message}`));

  await io.copyFile(leagueFile, `${leagueFile}.bak`);
  await io.writeFileAtomic(leagueFile, text);

  for (const issue of issues) io.stderr(`${formatIssue(resultsFile, issue)}\n`);
  if (!leagueCups(bundle.league.rules).includes(race.cup))
    io.stderr(
      `${leagueFile}: note: the league does not play the ${CUP_NAMES[race.cup]}; the result is kept but scores nothing.\n`,
    );
  io.stdout(
    `${replaced ? 'Replaced' : 'Added'} the result of ${race.name} (${race.id}): ${table.rows.length} rows, winner ${winner(table)}.\n` +
      `Previous league file kept as ${leagueFile}.bak\n`,
  );
  return 0;
};

function winner(table: ParsedRace): string {
  const first = [...table.rows].sort((a, b) => a.position - b.position)[0];
  return first ? first.driver : 'none';
}
