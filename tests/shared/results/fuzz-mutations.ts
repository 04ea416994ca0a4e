/**
 * Seeded mutations of the result fixtures for the parser fuzz test (vitest,
 * 2,000+ cases) and `node scripts/fuzz-parsers.mjs` (100,000 cases). Pure and
 * deterministic: a failing case is reproduced from its seed and index.
 */
import { parseResultsBytes, parseResultsText, type ParseOutcome } from '../../../shared/results';
import type { Season } from '../../../shared/domain/types';

/** mulberry32: tiny, fast, good enough to pick mutations. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LOOK_ALIKES: Record<string, string> = {
  a: 'а',
  e: 'е',
  o: 'о',
  p: 'р',
  c: 'с',
  S: 'Ѕ',
  J: 'Ј',
  '1': '１',
  "'": '’',
  '.': '․',
  ' ': '\u00a0',
};
const HUGE = [
  '99999999999999999999',
  '1e308',
  '-1',
  '9007199254740993',
  "999999'59.999",
  '+99999999999.999',
  'NaN',
  '0',
];
const JSON_NASTY = ['"__proto__"', '"constructor"', '"prototype"', '"toString"', '"hasOwnProperty"'];

export interface FuzzCase {
  kind: 'text' | 'bytes';
  text?: string;
  bytes?: Uint8Array;
  description: string;
}

/** One mutated input derived from `base` texts. */
export function makeCase(rand: () => number, bases: readonly string[]): FuzzCase {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  let text = pick(bases);
  const steps: string[] = [];
  const count = 1 + Math.floor(rand() * 4);
  for (let s = 0; s < count; s++) {
    const lines = text.split('\n');
    const i = Math.floor(rand() * lines.length);
    const op = Math.floor(rand() * 12);
    switch (op) {
      case 0:
        lines.splice(i, 1 + Math.floor(rand() * 5));
        steps.push('cut lines');
        break;
      case 1:
        lines.splice(i, 0, ...lines.slice(i, i + 1 + Math.floor(rand() * 4)));
        steps.push('duplicate lines');
        break;
      case 2:
        for (let k = lines.length - 1; k > 0; k--) {
          if (rand() < 0.3) {
            const j = Math.floor(rand() * (k + 1));
            [lines[k], lines[j]] = [lines[j]!, lines[k]!];
          }
        }
        steps.push('shuffle lines');
        break;
      case 3: {
        const line = lines[i] ?? '';
        const at = Math.floor(rand() * (line.length + 1));
        lines[i] = line.slice(0, at) + String.fromCharCode(Math.floor(rand() * 0x10000)) + line.slice(at);
        steps.push('random char');
        break;
      }
      case 4:
        lines[i] = (lines[i] ?? '').replace(/\d+/, pick(HUGE));
        steps.push('huge number');
        break;
      case 5:
        lines[i] = [...(lines[i] ?? '')].map((c) => (rand() < 0.3 ? (LOOK_ALIKES[c] ?? c) : c)).join('');
        steps.push('look-alikes');
        break;
      case 6:
        lines[i] = (lines[i] ?? '').slice(0, Math.floor(rand() * (lines[i] ?? '').length));
        steps.push('truncate line');
        break;
      case 7:
        lines[i] = (lines[i] ?? '').replace(/\s+/g, pick(['\t', '  ', ' | ', ',', ';']));
        steps.push('change separators');
        break;
      case 8:
        lines[i] = (lines[i] ?? '').replace(/"[a-zA-Z]+"(?=\s*:)/, pick(JSON_NASTY));
        steps.push('nasty json key');
        break;
      case 9:
        lines.splice(
          i,
          0,
          pick([
            'Rank Country / Driver Time Points',
            'Rank | Country / Driver | Time |',
            '---|---|',
            'Fastest Lap:',
            'Track: 99999 Laps',
            'Car:',
            'DNF',
            '{',
            '"races": [',
            '',
          ]),
        );
        steps.push('insert structure');
        break;
      case 10:
        text = lines.join(pick(['\r\n', '\r', '\n']));
        steps.push('line endings');
        continue;
      default:
        lines[i] = (lines[i] ?? '').split('').reverse().join('');
        steps.push('reverse line');
    }
    text = lines.join('\n');
  }
  if (rand() < 0.25) {
    const bytes = new TextEncoder().encode(text);
    const out = new Uint8Array(bytes.length + 8);
    out.set(bytes);
    const flips = 1 + Math.floor(rand() * 8);
    for (let f = 0; f < flips; f++) out[Math.floor(rand() * out.length)] = Math.floor(rand() * 256);
    const prefix =
      rand() < 0.2
        ? pick([
            [0xef, 0xbb, 0xbf],
            [0xff, 0xfe],
            [0xfe, 0xff],
            [0, 0, 0xfe, 0xff],
          ])
        : [];
    return {
      kind: 'bytes',
      bytes: new Uint8Array([...prefix, ...out]),
      description: [...steps, 'random bytes'].join(', '),
    };
  }
  return { kind: 'text', text, description: steps.join(', ') };
}

/** What every outcome must satisfy; returns a description of the violation or null. */
export function checkOutcome(outcome: ParseOutcome): string | null {
  const severities = new Set(['error', 'warning', 'info']);
  for (const issue of outcome.issues) {
    if (!severities.has(issue.severity)) return `bad severity ${issue.severity}`;
    if (!Number.isInteger(issue.line) || issue.line < 1)
      return `issue without a line number: ${issue.message}`;
    if (typeof issue.message !== 'string' || issue.message.length === 0) return 'empty message';
    if (issue.message.startsWith('Internal error')) return issue.message;
  }
  const refused = outcome.format === null || outcome.races.length === 0;
  if (refused && !outcome.issues.some((i) => i.severity === 'error'))
    return 'rejected without an error issue';
  for (const race of outcome.races) {
    for (const row of race.rows) {
      if (!Number.isInteger(row.line) || row.line < 1) return 'row without a line';
      if (!Number.isSafeInteger(row.position) || row.position < 1) return `bad position ${row.position}`;
      if (row.timeMs !== null && !Number.isSafeInteger(row.timeMs)) return `bad timeMs ${row.timeMs}`;
    }
  }
  if (({} as Record<string, unknown>).polluted !== undefined) return 'prototype polluted';
  return null;
}

/** Runs `count` cases from `seed`; returns the failures (with a reproducible index). */
export function runFuzz(
  seed: number,
  count: number,
  bases: readonly string[],
  season: Season | undefined,
): { index: number; description: string; problem: string }[] {
  const rand = prng(seed);
  const failures: { index: number; description: string; problem: string }[] = [];
  for (let index = 0; index < count; index++) {
    const c = makeCase(rand, bases);
    const options = season && rand() < 0.5 ? { season } : {};
    let problem: string | null;
    try {
      const outcome =
        c.kind === 'bytes' ? parseResultsBytes(c.bytes!, options) : parseResultsText(c.text!, options);
      problem = checkOutcome(outcome);
    } catch (error) {
      problem = `threw: ${error instanceof Error ? error.stack : String(error)}`;
    }
    if (problem) failures.push({ index, description: c.description, problem });
  }
  return failures;
}
