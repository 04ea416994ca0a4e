/**
 * Parse budgets: a 12-row official table ≤ 1 ms median and within 5× of a
 * minimal split parse that builds the same row objects; the first parse in a
 * fresh process ≤ 5 ms (this file run again as a child that parses once); a generated
 * 100,000-row CSV ≤ 1 s and within 2× of papaparse alone. Samples alternate
 * with their baseline; medians.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseResultsText } from '../../shared/results';
import { getBuiltInSeason } from '../../shared/seasons';
import Papa from 'papaparse';
import { alternatingMedians, report } from './report';

const season = getBuiltInSeason('gtws-2025')!;
const official = readFileSync(
  path.resolve('tests/fixtures/results/2025-r1-london-nations-official.txt'),
  'utf8',
);
// The Grand Final section alone: heading, Car/Track, header and 12 rows.
const twelveRows = official.slice(official.indexOf('Grand Final'));

/** Milliseconds of `44'25.829`, `+00.287` or `+1'02.003` (the gap form is relative). */
function timeMs(text: string): number {
  const m = /^\+?(?:(\d+)')?(\d+)\.(\d{3})$/.exec(text);
  return m ? Number(m[1] ?? 0) * 60_000 + Number(m[2]) * 1000 + Number(m[3]) : NaN;
}

/**
 * Baseline: a minimal split parse that still builds the same row objects as
 * the parser (position, country, driver, time, time and gap in ms, points,
 * status), with no format detection, validation, matching or messages.
 */
function baselineTable(text: string) {
  const rows = [];
  let line = 0;
  let leaderMs = 0;
  for (const raw of text.split('\n')) {
    line++;
    const cells = raw.trim().split(/\s+/);
    const position = Number(cells[0]);
    if (!Number.isInteger(position) || position < 1) continue;
    const last = cells[cells.length - 1]!;
    const points = /^\d+$/.test(last) && cells.length > 4 ? Number(last) : null;
    const time = cells[cells.length - (points === null ? 1 : 2)]!;
    const ms = timeMs(time);
    const gap = time.startsWith('+');
    if (!gap) leaderMs = ms;
    const countryText = cells[1]!;
    rows.push({
      position,
      country: countryText.slice(0, 2).toUpperCase(),
      driver: cells.slice(2, cells.length - (points === null ? 1 : 2)).join(' '),
      driverId: null,
      time,
      timeMs: gap ? leaderMs + ms : ms,
      gapMs: gap ? ms : 0,
      points,
      status: 'finished',
      line,
      countryText,
      gap: null,
      match: null,
    });
  }
  return rows;
}

/** A long CSV like a big online qualifier: unique drivers, countries of several words, gaps growing. */
function csvOf(rows: number): string {
  const countries = [
    'Spain',
    'Japan',
    'Italy',
    'New Zealand',
    'United States',
    'Brazil',
    'Netherlands',
    'Hong Kong',
  ];
  const out = ['Position,Country,Driver,Time,Points'];
  for (let i = 1; i <= rows; i++) {
    const gap = i * 37;
    const time =
      i === 1
        ? "44'25.829"
        : `+${Math.floor(gap / 60000)}'${String(Math.floor((gap % 60000) / 1000)).padStart(2, '0')}.${String(gap % 1000).padStart(3, '0')}`;
    out.push(`${i},${countries[i % countries.length]},Driver ${i} Name,${time},${i <= 6 ? 7 - i : ''}`);
  }
  return out.join('\n');
}

// ---- the first parse in a fresh process: this bench run again as a child ----------------
const FIRST_PARSE = 'PODIUM_BENCH_FIRST_PARSE';
if (process.env[FIRST_PARSE]) {
  // Modules are loaded; what is timed is the first call, cold (no JIT, lazy tables unbuilt),
  // then the baseline's first call in the same process.
  let start = performance.now();
  parseResultsText(twelveRows, { season });
  const parse = performance.now() - start;
  start = performance.now();
  baselineTable(twelveRows);
  const base = performance.now() - start;
  console.log(JSON.stringify({ parse, base }));
  process.exit(0);
}
const firsts = Array.from({ length: 7 }, () => {
  const child = spawnSync(process.execPath, [process.argv[1]!], {
    env: { ...process.env, [FIRST_PARSE]: '1' },
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(`first-parse child failed: ${child.stderr}`);
  return JSON.parse(child.stdout) as { parse: number; base: number };
});
const firstMedian = (key: 'parse' | 'base') =>
  firsts.map((run) => run[key]).sort((a, b) => a - b)[Math.floor(firsts.length / 2)]!;
report({
  bench: 'parse',
  metric: 'official 12-row table, first parse in a fresh process',
  value: Number(firstMedian('parse').toFixed(2)),
  unit: 'ms',
  budget: 5,
  kind: 'max',
  baseline: Number(firstMedian('base').toFixed(2)),
  baselineIs: 'minimal split parse, its first call in the same process',
  note: `median of ${firsts.length} processes (modules already loaded); wall time`,
});

// Samples alternate with their baseline; medians. No GC between the 12-row runs (they are tiny).
const [table, tableBase] = alternatingMedians(
  [() => parseResultsText(twelveRows, { season }), () => baselineTable(twelveRows)],
  2000,
  200,
  false,
);
const check = parseResultsText(twelveRows, { season });
if (baselineTable(twelveRows).length !== check.races[0]?.rows.length)
  throw new Error('the 12-row baseline must build as many rows as the parser');
const tableMs = table!.wallMs;
report({
  bench: 'parse',
  metric: 'official 12-row table, median parse (with season matching)',
  value: Number(tableMs.toFixed(4)),
  unit: 'ms',
  budget: 1,
  kind: 'max',
  baseline: Number(tableBase!.wallMs.toFixed(4)),
  baselineIs: 'minimal split parse building the same row objects',
  note: `${check.races[0]?.rows.length ?? 0} rows, ${check.issues.length} issues`,
});
report({
  bench: 'parse',
  metric: '12-row table: parse time / minimal split parse time',
  value: Math.round((tableMs / tableBase!.wallMs) * 10) / 10,
  unit: 'x',
  budget: 5,
  kind: 'max',
});

const csv = csvOf(100_000);
const papaOnly = () => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
const [csvRun, csvBase] = alternatingMedians([() => parseResultsText(csv), papaOnly], 5, 1);
const csvCheck = parseResultsText(csv);
if (papaOnly().length !== csvCheck.races[0]?.rows.length)
  throw new Error('papaparse and the parser must read as many CSV rows');
report({
  bench: 'parse',
  metric: 'generated 100,000-row CSV, median parse (format, times, countries, validation)',
  value: Math.round(csvRun!.wallMs),
  unit: 'ms',
  budget: 1000,
  kind: 'max',
  baseline: Math.round(csvBase!.wallMs),
  baselineIs: 'papaparse alone (header rows as objects)',
  note: `${csvCheck.races[0]?.rows.length ?? 0} rows, ${csvCheck.issues.length} issues, ${(csv.length / 1024 / 1024).toFixed(1)} MB; wall time`,
});
report({
  bench: 'parse',
  metric: '100,000-row CSV: parse time / papaparse alone',
  value: Math.round((csvRun!.wallMs / csvBase!.wallMs) * 10) / 10,
  unit: 'x',
  budget: 2,
  kind: 'max',
});
