/**
 * Session headings of race reports in every shipped language ("Sprint Race",
 * "Carrera al sprint", "Course sprint", "Grande finale", "グランドファイナル",
 * "Rennen 1", "レース1"…) → session codes.
 */
import type { Language } from '../../i18n/languages';
import type { SessionKind } from '../../domain/types';
import { foldKey, SPACELESS_SCRIPT as SPACELESS } from '../normalize';

/**
 * Phrases naming a session. `#` stands for the race number (1–3). A phrase
 * marked `whole` names the session only when it is the whole heading (apart
 * from words like "results"): "Final" alone is the Grand Final, while
 * "Clasificación final" is a final standings table.
 */
export interface HeadingPhrase {
  session: SessionKind | 'race#';
  phrase: string;
  whole?: boolean;
}

export const SESSION_HEADINGS: Readonly<Record<Language, readonly HeadingPhrase[]>> = {
  en: [
    { session: 'sprint', phrase: 'Sprint' },
    { session: 'race#', phrase: 'Race #' },
    { session: 'gf', phrase: 'Grand Final' },
    { session: 'quali', phrase: 'Qualifying' },
    { session: 'quali', phrase: 'Qualification' },
    { session: 'quali', phrase: 'Time Trial' },
    { session: 'gf', phrase: 'Final', whole: true },
  ],
  es: [
    { session: 'sprint', phrase: 'Carrera al sprint' },
    { session: 'race#', phrase: 'Carrera #' },
    { session: 'gf', phrase: 'Gran Final' },
    { session: 'quali', phrase: 'Contrarreloj' },
    { session: 'quali', phrase: 'Clasificatoria' },
    { session: 'quali', phrase: 'Sesión de clasificación' },
    { session: 'gf', phrase: 'Final', whole: true },
  ],
  fr: [
    { session: 'sprint', phrase: 'Course sprint' },
    { session: 'race#', phrase: 'Course #' },
    { session: 'gf', phrase: 'Grande finale' },
    { session: 'quali', phrase: 'Qualifications' },
    { session: 'quali', phrase: 'Qualification' },
    { session: 'quali', phrase: 'Contre-la-montre' },
    { session: 'gf', phrase: 'Finale', whole: true },
  ],
  it: [
    { session: 'sprint', phrase: 'Gara sprint' },
    { session: 'race#', phrase: 'Gara #' },
    { session: 'gf', phrase: 'Gran Finale' },
    { session: 'quali', phrase: 'Qualifiche' },
    { session: 'quali', phrase: 'Qualifica' },
    { session: 'quali', phrase: 'Cronometro' },
    { session: 'gf', phrase: 'Finale', whole: true },
  ],
  de: [
    { session: 'sprint', phrase: 'Sprintrennen' },
    { session: 'race#', phrase: 'Rennen #' },
    { session: 'race#', phrase: '#. Rennen' },
    { session: 'race#', phrase: 'Lauf #' },
    { session: 'gf', phrase: 'Großes Finale' },
    { session: 'quali', phrase: 'Qualifikation' },
    { session: 'quali', phrase: 'Zeitfahren' },
    { session: 'quali', phrase: 'Zeittraining' },
    { session: 'gf', phrase: 'Finale', whole: true },
  ],
  ja: [
    { session: 'sprint', phrase: 'スプリントレース' },
    { session: 'sprint', phrase: 'スプリント' },
    { session: 'race#', phrase: 'レース#' },
    { session: 'race#', phrase: '第#レース' },
    { session: 'gf', phrase: 'グランドファイナル' },
    { session: 'quali', phrase: '予選' },
    { session: 'quali', phrase: 'タイムトライアル' },
    { session: 'gf', phrase: '決勝', whole: true },
  ],
  'pt-BR': [
    { session: 'sprint', phrase: 'Corrida sprint' },
    { session: 'race#', phrase: 'Corrida #' },
    { session: 'gf', phrase: 'Grande Final' },
    { session: 'quali', phrase: 'Tomada de tempo' },
    { session: 'quali', phrase: 'Qualificação' },
    { session: 'quali', phrase: 'Classificatória' },
    { session: 'gf', phrase: 'Final', whole: true },
  ],
};

/** Words around a heading that do not change which session it names ("Results of the …"). */
const FILLER = new Set(
  [
    'the',
    'results',
    'result',
    'race',
    'resultados',
    'resultado',
    'de',
    'la',
    'el',
    'del',
    'resultats',
    'le',
    'des',
    'du',
    'risultati',
    'risultato',
    'della',
    'di',
    'ergebnisse',
    'ergebnis',
    'das',
    'der',
    'die',
    'do',
    'da',
    '結果',
    'リザルト',
    'の',
  ].map((word) => foldKey(word)),
);

interface Matcher {
  session: HeadingPhrase['session'];
  whole: boolean;
  pattern: RegExp;
}

const fold = (text: string) => foldKey(text.normalize('NFKC'));

let matchers: Matcher[] | null = null;

function build(): Matcher[] {
  if (matchers) return matchers;
  // Specific phrases of every language first, "whole heading" ones last, so that
  // "Grand Final" wins over "Final" and "Gara sprint" over a bare "Gara".
  const phrases = Object.values(SESSION_HEADINGS).flat();
  const ordered = [...phrases.filter((p) => !p.whole), ...phrases.filter((p) => p.whole)];
  matchers = ordered.map(({ session, phrase, whole }) => {
    const body = fold(phrase)
      .split('#')
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join(' ?([123])');
    // Japanese and Chinese write words without spaces: their phrases match anywhere.
    const edge = SPACELESS.test(phrase) ? '' : '(?:^| )';
    const end = SPACELESS.test(phrase) ? '' : '(?= |$)';
    return { session, whole: whole === true, pattern: new RegExp(`${edge}${body}${end}`) };
  });
  return matchers;
}

/**
 * The session a heading names in any shipped language, or null: "Sprint Race",
 * "Carrera al sprint", "Résultats de la Grande finale", "Gara 2", "レース１",
 * "Finale" (whole heading) … Accents, case and full-width digits are optional.
 */
export function sessionOfLocalizedHeading(text: string): SessionKind | null {
  if (text.length > 200) return null;
  const key = fold(text);
  if (!key) return null;
  const core = key
    .split(' ')
    .filter((word) => !FILLER.has(word))
    .join(' ');
  for (const { session, whole, pattern } of build()) {
    const match = pattern.exec(whole ? core : key);
    if (!match || (whole && match[0].trim() !== core)) continue;
    return session === 'race#' ? (`race${match[1]}` as SessionKind) : session;
  }
  return null;
}
