import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { RefusedPick, RefusedReason } from '../../../shared/exchange/merge';
import { formatDateTime } from '../lib/format';

type Params = Record<string, string | number>;

/** One sentence per refusal reason, with literal keys so the catalogue check sees every one. */
const WORDING: Record<RefusedReason, (t: TFunction, p: Params) => string> = {
  late: (t, p) => t('sharing:refusedPick.late', p),
  'unknown-race': (t, p) => t('sharing:refusedPick.unknown-race', p),
  'not-in-entry-list': (t, p) => t('sharing:refusedPick.not-in-entry-list', p),
  'bad-signature': (t, p) => t('sharing:refusedPick.bad-signature', p),
  unsigned: (t, p) => t('sharing:refusedPick.unsigned', p),
  'own-member': (t, p) => t('sharing:refusedPick.own-member', p),
  'after-result': (t, p) => t('sharing:refusedPick.after-result', p),
  'unknown-member': (t, p) => t('sharing:refusedPick.unknown-member', p),
};

/** A refused pick in the active language, from its reason and params (instants in local time). */
export function refusedPickText(t: TFunction, refused: Pick<RefusedPick, 'reason' | 'params'>): string {
  const { line, ...rest } = refused.params;
  const params: Params = { ...rest };
  for (const key of ['madeAt', 'startsAt', 'resultAt'] as const) {
    const iso = rest[key];
    if (iso !== undefined) params[key] = formatDateTime(iso);
  }
  const sentence = WORDING[refused.reason](t, params);
  return line === undefined ? sentence : t('sharing:refusedPick.atLine', { line, sentence });
}

/** `refusedPickText` bound to the sharing catalogue, for components. */
export function useRefusedPickText(): (refused: Pick<RefusedPick, 'reason' | 'params'>) => string {
  const { t } = useTranslation('sharing');
  return (refused) => refusedPickText(t, refused);
}
