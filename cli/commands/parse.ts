/**
 * `podium parse <file> [--season <id>] [--race <raceId>] [--json]`.
 * Each table's season and race are detected from the text among the built-in
 * seasons (only `--season` when given); names are matched in the detected season.
 * `--json` gives each table's `cup`; Manufacturers Cup rows carry `teamId`.
 * Exit 0 when the file has no errors (warnings are printed but do not fail),
 * 1 when it has errors, 2 for usage errors. Problems go to stderr, one a line.
 */
import { planResultsBytes, toContractJson, type ResultsPlan } from '../../shared/results';
import { BUILT_IN_SEASONS } from '../../shared/seasons';
import { UsageError } from '../errors';
import { detectionLine } from './detection-words';
import type { Command } from './index';
import { formatIssue, parseArgs, readInputFile, resolveSeasonAndRace } from './results-options';

export const parseCommand: Command = async (args, io) => {
  const { positionals, values, flags } = parseArgs(args, { values: ['season', 'race'], flags: ['json'] });
  if (positionals.length !== 1)
    throw new UsageError(
      'expected exactly one results file: podium parse <file> [--season <id>] [--race <raceId>] [--json]',
    );
  const file = positionals[0]!;
  const { season, race } = resolveSeasonAndRace(values.get('season'), values.get('race'));
  const bytes = await readInputFile((p) => io.readFile(p), file);
  const plan = planResultsBytes(bytes, BUILT_IN_SEASONS, { fileName: file, season, race });
  const { outcome } = plan;
  const detections = plan.tables.map((t) => t.detection);

  io.stdout(
    flags.has('json')
      ? `${JSON.stringify(toContractJson(outcome, detections), null, 2)}\n`
      : renderHuman(plan),
  );
  for (const issue of outcome.issues) io.stderr(`${formatIssue(file, issue)}\n`);
  return outcome.issues.some((i) => i.severity === 'error') ? 1 : 0;
};

/** A readable table per race, for people running the command by hand. */
function renderHuman(plan: ResultsPlan): string {
  const { outcome } = plan;
  const out: string[] = [];
  const count = outcome.races.length;
  out.push(`Format: ${outcome.format ?? 'not recognised'} — ${count} table${count === 1 ? '' : 's'}`);
  outcome.races.forEach((race, k) => {
    out.push('');
    const cup = race.cup === 'manufacturers' ? ' (Manufacturers Cup)' : '';
    out.push(`${race.title ?? '(untitled table)'}${race.session ? ` [${race.session}]` : ''}${cup}`);
    const facts = [race.track, race.laps !== null ? `${race.laps} laps` : null, race.car].filter(
      (x) => x !== null,
    );
    if (facts.length) out.push(`  ${facts.join(' · ')}`);
    out.push(`  Race: ${detectionLine(plan.tables[k]!.detection)}`);
    const teams = race.cup === 'manufacturers';
    const nameOf = (row: (typeof race.rows)[number]) =>
      teams ? [row.team, row.driver].filter((x) => x).join(' — ') : row.driver;
    const nameWidth = Math.max(6, ...race.rows.map((r) => nameOf(r).length));
    for (const row of race.rows) {
      const cells = [
        `P${row.position}`.padStart(4),
        teams ? '' : (row.country ?? '--').padEnd(2),
        nameOf(row).padEnd(nameWidth),
        (row.time ?? '').padStart(10),
        row.points !== null ? `${row.points} pt${row.points === 1 ? '' : 's'}`.padStart(7) : ''.padStart(7),
        row.status !== 'finished' ? row.status.toUpperCase() : '',
        row.match && row.driverId === null ? (teams ? '(unknown team)' : '(unknown driver)') : '',
      ];
      out.push(
        `  ${cells
          .filter((c, k) => k !== 1 || !teams)
          .join('  ')
          .trimEnd()}`,
      );
    }
    if (race.fastestLap) out.push(`  Fastest lap: ${race.fastestLap.driver} ${race.fastestLap.time}`);
  });
  const errors = outcome.issues.filter((i) => i.severity === 'error').length;
  const warnings = outcome.issues.filter((i) => i.severity === 'warning').length;
  out.push('');
  out.push(
    errors + warnings === 0
      ? 'No problems found.'
      : `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} (see above).`,
  );
  return `${out.join('\n')}\n`;
}
