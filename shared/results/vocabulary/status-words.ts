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

function statusIndex(): Map<string, RetirementStatus> {
  if (index) return index;
  const map = new Map<string, RetirementStatus>();
  for (const words of Object.values(STATUS_WORDS)) {
    for (const [status, list] of Object.entries(words) as [RetirementStatus, readonly string[]][]) {
      for (const word of list) map.set(foldKey(word.normalize('NFKC')), status);
    }
  }
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
  return statusIndex().get(foldKey(text.normalize('NFKC'))) ?? null;
}
