/**
 * Headings → sessions, and which race of a season a table most likely is.
 * Suggestions only: the Results screen shows them and lets the user change them.
 */
import type { Cup, Race, Season, SessionKind } from '../domain/types';
import { foldKey } from './normalize';

/** Session named by a heading ("Qualifying Time Trial" → quali), or null. */
export function sessionOfHeading(text: string): SessionKind | null {
  const key = foldKey(text);
  if (/\bgrand final\b/.test(key)) return 'gf';
  if (/\bqualif|\btime trial\b/.test(key)) return 'quali';
  if (/\bsprint\b/.test(key)) return 'sprint';
  const race = /\brace ?([123])\b/.exec(key);
  if (race) return `race${race[1]}` as SessionKind;
  if (/^(the )?final( race)?( results?)?$/.test(key)) return 'gf';
  return null;
}

/** "Grand Final Results" → "Grand Final"; trailing punctuation removed. */
export function cleanTitle(text: string): string {
  // Titles are short; a CSV "Race" cell may not be, and end-anchored regexes are quadratic on long runs.
  const short = text.trim().slice(0, 200);
  let stripped = short;
  while (stripped !== '' && ' \t:–—-'.includes(stripped[stripped.length - 1]!))
    stripped = stripped.slice(0, -1);
  const word = /\s(results?|classification|standings)$/i.exec(stripped);
  if (word) stripped = stripped.slice(0, word.index).trimEnd();
  return stripped === '' ? short : stripped;
}

/** What a document title ("Gran Turismo World Series 2025 Round 1 - Nations Cup") says. */
export interface TitleFacts {
  year: number | null;
  round: number | 'wf' | null;
  cup: Cup | null;
}

export function readDocumentTitle(text: string | null): TitleFacts {
  if (!text) return { year: null, round: null, cup: null };
  const key = foldKey(text);
  const year = /\b(20\d\d)\b/.exec(key);
  const round = /\bround ?(\d{1,2})\b/.exec(key);
  const wf = /\bworld finals?\b/.test(key);
  const cup: Cup | null = /\bnations?\b/.test(key)
    ? 'nations'
    : /\bmanufacturers?\b/.test(key)
      ? 'manufacturers'
      : null;
  return { year: year ? Number(year[1]) : null, round: wf ? 'wf' : round ? Number(round[1]) : null, cup };
}

/**
 * The race of `season` a table is for, when the document title names the round
 * and the heading names the session. Null when either is unknown or the
 * title's year is another season's.
 */
export function suggestRace(season: Season, facts: TitleFacts, session: SessionKind | null): Race | null {
  if (session === null || facts.round === null) return null;
  if (facts.year !== null && facts.year !== season.year) return null;
  const rounds = season.rounds;
  const round =
    facts.round === 'wf'
      ? rounds.find((r) => r.id.endsWith('-wf'))
      : rounds.find((r) => r.number === facts.round && !r.id.endsWith('-wf'));
  if (!round) return null;
  const cup = facts.cup ?? 'nations';
  return round.races.find((r) => r.cup === cup && r.session === session) ?? null;
}
