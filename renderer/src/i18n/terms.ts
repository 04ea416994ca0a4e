import type { TFunction } from 'i18next';
import type { Cup, FinishStatus, SessionKind } from '../../../shared/domain/types';

/*
 * The sport's words in the active language, from the codes shared/ returns.
 * Each code maps to a literal key (never a built key), so the catalogue test
 * sees every key these use.
 */

/** "Grand Final", "Gran Final", "グランドファイナル"… */
export function sessionName(t: TFunction, session: SessionKind): string {
  switch (session) {
    case 'quali':
      return t('common:session.quali');
    case 'sprint':
      return t('common:session.sprint');
    case 'race1':
      return t('common:session.race1');
    case 'race2':
      return t('common:session.race2');
    case 'race3':
      return t('common:session.race3');
    case 'gf':
      return t('common:session.gf');
  }
}

export function cupName(t: TFunction, cup: Cup): string {
  return cup === 'nations' ? t('common:cup.nations') : t('common:cup.manufacturers');
}

/** "Did not finish", "Abandono", "Ritirato", "リタイア"… */
export function finishStatusName(t: TFunction, status: FinishStatus): string {
  switch (status) {
    case 'finished':
      return t('common:status.finished');
    case 'dnf':
      return t('common:status.dnf');
    case 'dsq':
      return t('common:status.dsq');
    case 'dns':
      return t('common:status.dns');
  }
}

export type SportTerm = 'pole' | 'joker' | 'fastestLap' | 'podium';

/** "Joker" → "Comodín", "Jolly", "ジョーカー", "Curinga"… */
export function sportTerm(t: TFunction, term: SportTerm): string {
  switch (term) {
    case 'pole':
      return t('common:term.pole');
    case 'joker':
      return t('common:term.joker');
    case 'fastestLap':
      return t('common:term.fastestLap');
    case 'podium':
      return t('common:term.podium');
  }
}
