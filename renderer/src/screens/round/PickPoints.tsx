import { useTranslation } from 'react-i18next';
import type { RaceExplanation } from '../../../../shared/scoring';
import { useLeaderboardWords } from '../leaderboard/words';

/** A pick's points with the engine's explanation, one line per slot and bonus. */
export function PickPoints({ explanation, who }: { explanation: RaceExplanation; who: string }) {
  const { t } = useTranslation('round');
  // The same words as the leaderboard's breakdown, from the engine's data.
  const { slotText, bonusText, missedText } = useLeaderboardWords();
  if (explanation.kind === 'noResult') return null;
  if (explanation.kind === 'missed') {
    return (
      <div
        className="pick-points missed"
        aria-label={t('round:points.label', { who, count: explanation.points })}
      >
        <div className="points-total">
          <strong>{explanation.points}</strong> {t('round:points.unit')}
        </div>
        <p className="faint">{missedText(explanation.points, explanation.lowestRule, explanation.joker)}</p>
      </div>
    );
  }
  const { breakdown } = explanation;
  return (
    <div className="pick-points" aria-label={t('round:points.label', { who, count: breakdown.total })}>
      <div className="points-total">
        <strong>{breakdown.total}</strong> {t('round:points.unit')}
      </div>
      <ul className="points-lines">
        {breakdown.slots.map((line) => (
          <li key={line.slot} className={line.points > 0 ? 'scored' : ''}>
            {slotText(line)}
          </li>
        ))}
        {breakdown.bonuses.map((bonus) => (
          <li key={bonus.kind} className="bonus">
            {bonusText(bonus)}
          </li>
        ))}
      </ul>
    </div>
  );
}
