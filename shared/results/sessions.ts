/**
 * Headings → sessions, and which race of a season a table most likely is.
 * Suggestions only: the Results screen shows them and lets the user change them.
 */
import type { Cup, Race, Season, SessionKind } from '../domain/types';
import { foldKey } from './normalize';
import { readTitleWords, sessionOfLocalizedHeading } from './vocabulary';

/**
 * Session named by a heading in any shipped language ("Qualifying Time Trial"
 * → quali, "Carrera al sprint" → sprint, "グランドファイナル" → gf), or null.
 */
export function sessionOfHeading(text: string): SessionKind | null {
  return sessionOfEnglishHeading(text) ?? sessionOfLocalizedHeading(text);
}

// English report wording beyond the vocabulary's phrases ("Qualifying Time Trial", "Final Race Results").
function sessionOfEnglishHeading(text: string): SessionKind | null {
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
  const year = /(?:^|\D)(20\d\d)(?:\D|$)/.exec(text.normalize('NFKC'));
  const words = readTitleWords(text);
  return {
    year: year ? Number(year[1]) : null,
    round: words.worldFinals ? 'wf' : words.round,
    cup: words.cup,
  };
}

/**
 * The race of `season` a table is for, when the document title names the round
 * and the heading names the session; the cup is the title's, or the table's
 * (`tableCup`) when its rows are teams. Null when either is unknown or the
 * title's year is another season's.
 */
export function suggestRace(
  season: Season,
  facts: TitleFacts,
  session: SessionKind | null,
  tableCup: Cup = 'nations',
): Race | null {
  if (session === null || facts.round === null) return null;
  if (facts.year !== null && facts.year !== season.year) return null;
  const rounds = season.rounds;
  const round =
    facts.round === 'wf'
      ? rounds.find((r) => r.id.endsWith('-wf'))
      : rounds.find((r) => r.number === facts.round && !r.id.endsWith('-wf'));
  if (!round) return null;
  // A table of teams is a Manufacturers Cup table whatever the title says.
  const cup = tableCup === 'manufacturers' ? tableCup : (facts.cup ?? tableCup);
  return round.races.find((r) => r.cup === cup && r.session === session) ?? null;
}
