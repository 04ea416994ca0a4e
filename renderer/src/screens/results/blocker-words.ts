/** Why an import cannot go ahead yet (preview-model's blockers), in the active language. */
import { useCallback } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Blocker, TableRef } from './preview-model';

function tableText(t: TFunction, table: TableRef): string {
  return table.title
    ? t('results:blocker.tableTitled', { number: table.number, title: table.title, line: table.line })
    : t('results:blocker.table', { number: table.number, line: table.line });
}

export function blockerText(t: TFunction, blocker: Blocker): string {
  switch (blocker.code) {
    case 'no-table':
      return t('results:blocker.noTable');
    case 'choose-race':
      return t('results:blocker.chooseRace', { table: tableText(t, blocker.table) });
    case 'same-race':
      return t('results:blocker.sameRace', {
        first: tableText(t, blocker.first),
        second: tableText(t, blocker.second),
        race: blocker.race,
      });
    case 'same-driver':
      return t('results:blocker.sameDriver', {
        driver: blocker.driver,
        line: blocker.line,
        other: blocker.other,
        otherLine: blocker.otherLine,
      });
    case 'unresolved':
      return t('results:blocker.unresolved', {
        rows: blocker.rows.map((row) => t('results:blocker.unresolvedRow', row)).join(', '),
      });
    case 'file-errors':
      return t('results:blocker.fileErrors', { count: blocker.count, lines: blocker.lines.join(', ') });
    case 'all-skipped':
      return t('results:blocker.allSkipped');
  }
}

/** `blockerText` bound to the active language (loads the results catalogue). */
export function useBlockerText(): (blocker: Blocker) => string {
  const { t } = useTranslation('results');
  return useCallback((blocker) => blockerText(t, blocker), [t]);
}
