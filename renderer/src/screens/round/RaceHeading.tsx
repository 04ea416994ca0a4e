import type { Race } from '../../../../shared/domain/types';
import { CupBadge } from '../../components/CupBadge';
import { RaceFacts } from './RaceFacts';

/** A race card's title and facts; the cup badge is shown where races of both cups sit together. */
export function RaceHeading({ race, id, showCup }: { race: Race; id?: string; showCup: boolean }) {
  return (
    <div>
      <h3 id={id}>
        {race.name}
        {showCup && (
          <>
            {' '}
            <CupBadge cup={race.cup} />
          </>
        )}
      </h3>
      <RaceFacts race={race} />
    </div>
  );
}
