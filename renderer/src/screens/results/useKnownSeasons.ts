import { useLiveQuery } from 'dexie-react-hooks';
import type { Season } from '../../../../shared/domain/types';
import { db } from '../../db';
import { readSeason } from '../../db/seasons';

/** Every season in the database, reassembled, oldest first: result files are detected among all of them. */
export function useKnownSeasons(): Season[] | undefined {
  return useLiveQuery(async () => {
    const rows = await db.seasons.orderBy('year').toArray();
    const seasons = await Promise.all(rows.map((row) => readSeason(db, row.id)));
    return seasons.filter((s): s is Season => s !== undefined);
  }, []);
}
