import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db';
import { readOwnerMember } from '../db/owner';

/** Live "you" of a league (see db/owner.ts): undefined while loading, null when not chosen. */
export function useOwnerMember(leagueId: string | null | undefined): string | null | undefined {
  return useLiveQuery(async () => (leagueId ? readOwnerMember(db, leagueId) : null), [leagueId]);
}
