/**
 * Parse budgets of DESIGN.md §9: a 12-row official table ≤ 1 ms median and a
 * generated 100,000-row CSV ≤ 1 s, each next to a straightforward baseline
 * measured in the same run (split on whitespace/commas, regex times, no
 * validation or matching) so the cost of the full pipeline is visible.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseResultsText } from '../../shared/results';
import { getBuiltInSeason } from '../../shared/seasons';
import { medianMs, report } from './report';

const season = getBuiltInSeason('gtws-2025')!;
const official = readFileSync(
  path.resolve('tests/fixtures/results/2025-r1-london-nations-official.txt'),
  'utf8',
);
// The Grand Final section alone: heading, Car/Track, header and 12 rows.
const twelveRows = official.slice(official.indexOf('Grand Final'));

/** Baseline: what a quick script would do — split lines and fields, regex the time. */
function baselineParse(text: string, separator: RegExp): number {
  let rows = 0;
  for (const line of text.split('\n')) {
    const cells = line.trim().split(separator);
    if (!/^\d+$/.test(cells[0] ?? '')) continue;
    const time = /(\+)?(?:(\d+)')?(\d+)\.(\d{3})/.exec(line);
    if (time) rows += Number(time[3]) * 1000 + Number(time[4]) > -1 ? 1 : 0;
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

// Warm up the JIT and the country index before timing.
for (let i = 0; i < 200; i++) parseResultsText(twelveRows, { season });

const tableMs = medianMs(() => parseResultsText(twelveRows, { season }), 2000);
const tableBaseline = medianMs(() => baselineParse(twelveRows, /\s+/), 2000);
const check = parseResultsText(twelveRows, { season });
report({
  bench: 'parse',
  metric: 'official 12-row table, median parse (with season matching)',
  value: Number(tableMs.toFixed(4)),
  unit: 'ms',
  budget: 1,
  kind: 'max',
  baseline: Number(tableBaseline.toFixed(4)),
  note: `${check.races[0]?.rows.length ?? 0} rows, ${check.issues.length} issues`,
});

const csv = csvOf(100_000);
parseResultsText(csv); // warm-up
const csvMs = medianMs(() => parseResultsText(csv), 5);
const csvBaseline = medianMs(() => baselineParse(csv, /,/), 5);
const csvCheck = parseResultsText(csv);
report({
  bench: 'parse',
  metric: 'generated 100,000-row CSV, median parse (format, times, countries, validation)',
  value: Math.round(csvMs),
  unit: 'ms',
  budget: 1000,
  kind: 'max',
  baseline: Math.round(csvBaseline),
  note: `${csvCheck.races[0]?.rows.length ?? 0} rows, ${csvCheck.issues.length} issues, ${(csv.length / 1024 / 1024).toFixed(1)} MB`,
});
