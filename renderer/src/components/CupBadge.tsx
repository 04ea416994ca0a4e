import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Cup, Race } from '../../../shared/domain/types';
import { cupName } from '../i18n/terms';
import './cup-badge.css';

/**
 * The cup of a race, as a badge. Both cups run a "Grand Final" on the same
 * day, so a Manufacturers Cup race always says which cup it is.
 */
export function CupBadge({ cup }: { cup: Cup }) {
  const { t } = useTranslation('picker');
  return <span className={`badge cup-badge cup-${cup}`}>{cupName(t, cup)}</span>;
}

/** Whether a race needs its cup named next to it: always for the Manufacturers Cup, else when the league has both cups. */
export function namesCup(race: Pick<Race, 'cup'>, cups: readonly Cup[]): boolean {
  return race.cup === 'manufacturers' || cups.length > 1;
}

/** "Grand Final · Manufacturers Cup" for a Manufacturers Cup race, the race name alone for a Nations Cup race. */
export function raceTitle(t: TFunction, race: Pick<Race, 'cup' | 'name'>): string {
  return race.cup === 'manufacturers' ? `${race.name} · ${cupName(t, race.cup)}` : race.name;
}
