import { describe, expect, it } from 'vitest';
import { savePick } from '../../../renderer/src/db/picks';
import { lockMembers, PinError, setPin, unlockMember } from '../../../renderer/src/db/pins';
import { buildSlip, sealPicks } from '../../../renderer/src/sharing/slip-io';
import { buildLeagueBundle } from '../../../renderer/src/sharing/league-bundle-io';
import { AFTER_R1, BEFORE_R1, freshLeague, R1_GF, setNow } from './helpers';

const P1: [string, string, string] = ['jose-serrano', 'pol-urra', 'valerio-gallo'];
const P2: [string, string, string] = ['kaj-de-bruin', 'pol-urra', 'valerio-gallo'];

describe(
  "a PIN-protected member's picks do not leave the computer through files",
  { timeout: 30_000 },
  () => {
    it('refuses their slip and seal to anyone else, and leaves their open picks out of the league file', async () => {
      const { db, leagueId } = await freshLeague();
      setNow(BEFORE_R1);
      await setPin(db, leagueId, 'alex', '4711');
      await savePick(db, { leagueId, memberId: 'alex', raceId: R1_GF }, P1);
      lockMembers(db, leagueId);
      await savePick(db, { leagueId, memberId: 'bea', raceId: R1_GF }, P2);

      await expect(buildSlip(db, leagueId, 'alex')).rejects.toThrow(PinError);
      await expect(sealPicks(db, leagueId, 'alex', [R1_GF])).rejects.toThrow(PinError);
      const bundle = await buildLeagueBundle(db, leagueId);
      expect(bundle.picks.map((p) => p.memberId)).toEqual(['bea']);

      // Alex, unlocked, exports his own slip; after the lock the league file carries his pick too.
      await unlockMember(db, leagueId, 'alex', '4711');
      expect((await buildSlip(db, leagueId, 'alex')).picks.map((p) => p.podium)).toEqual([P1]);
      lockMembers(db, leagueId);
      setNow(AFTER_R1);
      expect((await buildLeagueBundle(db, leagueId)).picks.map((p) => p.memberId).sort()).toEqual([
        'alex',
        'bea',
      ]);
    });
  },
);
