/**
 * How each shipped language writes a row that did not finish, was
 * disqualified or did not start, as printed in race reports and fans' tables.
 * Abbreviations (DNF, DSQ, DNS) are listed under English; reports in other
 * languages use them too, and the lookup reads every language at once.
 */
import type { Language } from '../../i18n/languages';
import type { FinishStatus } from '../../domain/types';
import { foldKey } from '../normalize';

/** The statuses a word can name ("finished" is the absence of one). */
export type RetirementStatus = Exclude<FinishStatus, 'finished'>;

export const STATUS_WORDS: Readonly<Record<Language, Readonly<Record<RetirementStatus, readonly string[]>>>> =
  {
    en: {
      dnf: ['DNF', 'Ret', 'Ret.', 'Retired', 'NC', 'Not classified', 'Did not finish'],
      dsq: ['DSQ', 'DQ', 'Disq', 'Disqualified'],
      dns: ['DNS', 'Did not start'],
    },
    es: {
      dnf: ['Abandono', 'Abandonó', 'Retirado', 'Ret.', 'No terminó', 'No finalizó', 'No clasificado'],
      dsq: ['Descalificado', 'Descalificación', 'Desc.'],
      dns: ['No salió', 'No tomó la salida', 'No largó'],
    },
    fr: {
      dnf: ['Abandon', 'Abandonné', 'Ab.', 'Non classé'],
      dsq: ['Disqualifié', 'Disqualification', 'Disq.'],
      dns: ['Non partant', 'Non-partant', 'N’a pas pris le départ'],
    },
    it: {
      dnf: ['Ritirato', 'Ritiro', 'Rit.', 'Non classificato'],
      dsq: ['Squalificato', 'Squalifica', 'Squal.'],
      dns: ['Non partito', 'Non partita'],
    },
    de: {
      dnf: ['Ausgefallen', 'Ausfall', 'Aufgegeben', 'Nicht gewertet', 'Nicht im Ziel'],
      dsq: ['Disqualifiziert', 'Disqualifikation', 'Disq.'],
      dns: ['Nicht gestartet', 'Nicht angetreten'],
    },
    ja: {
      dnf: ['リタイア', 'リタイヤ', '途中棄権'],
      dsq: ['失格'],
      dns: ['出走せず', '不出走', '未出走', '欠場'],
    },
    'pt-BR': {
      dnf: ['Não completou', 'Abandono', 'Abandonou', 'Não terminou', 'Não classificado'],
      dsq: ['Desclassificado', 'Desclassificação', 'Desc.'],
      dns: ['Não largou', 'Não largaram', 'Não partiu'],
    },
  };

let index: Map<string, RetirementStatus> | null = null;
/** Last words of the statuses written in two or more words ("No terminó" → "termino"). */
let tails: Set<string> | null = null;

// Plain ASCII words skip the Unicode normalisation: this runs on a word of every row.
const ASCII = /^[\x20-\x7e]*$/;
const keyOf = (text: string): string => foldKey(ASCII.test(text) ? text : text.normalize('NFKC'));

function statusIndex(): Map<string, RetirementStatus> {
  if (index) return index;
  const map = new Map<string, RetirementStatus>();
  const ends = new Set<string>();
  for (const words of Object.values(STATUS_WORDS)) {
    for (const [status, list] of Object.entries(words) as [RetirementStatus, readonly string[]][]) {
      for (const word of list) {
        const key = keyOf(word);
        map.set(key, status);
        const space = key.lastIndexOf(' ');
        if (space > 0) ends.add(key.slice(space + 1));
      }
    }
  }
  tails = ends;
  index = map;
  return map;
}

/**
 * The status a cell's word names in any shipped language ("Abandono",
 * "disqualifié", "リタイア", "DNF"), accents and case optional; null for
 * anything else. Cheap on times and numbers: this runs on every cell that is not a time.
 */
export function statusOfWord(text: string): RetirementStatus | null {
  if (text.length > 40 || /^[\d\s.:'’"+-]*$/.test(text)) return null;
  return statusIndex().get(keyOf(text)) ?? null;
}

/**
 * A status written at the end of a whitespace row, in one word ("Abandono")
 * or two ("Non partant", "No salió"): the status and how many words it took.
 * One lookup for most rows: the two-word form is tried only after a word
 * that ends such a status.
 */
export function statusOfLastWords(
  beforeLast: string | undefined,
  last: string,
): { status: RetirementStatus; words: 1 | 2 } | null {
  if (last.length > 40) return null;
  const map = statusIndex();
  const lastKey = keyOf(last);
  if (beforeLast !== undefined && tails!.has(lastKey)) {
    const two = map.get(`${keyOf(beforeLast)} ${lastKey}`);
    if (two) return { status: two, words: 2 };
  }
  const one = map.get(lastKey);
  return one ? { status: one, words: 1 } : null;
}
