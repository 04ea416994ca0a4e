/**
 * Names of the settings rows that trust-store.ts keeps per league, apart
 * from it so that code deleting a league does not load the signing code.
 */
export const prefix = (leagueId: string) => `trust:${leagueId}:`;
export const memberKeyKey = (leagueId: string, memberId: string) => `${prefix(leagueId)}key:${memberId}`;
export const hostSecretKey = (leagueId: string) => `${prefix(leagueId)}host`;
export const hostPublicKey = (leagueId: string) => `${prefix(leagueId)}host-key`;
export const joinedKey = (leagueId: string) => `${prefix(leagueId)}joined`;
export const lateKey = (leagueId: string) => `${prefix(leagueId)}late`;
export const codesKey = (leagueId: string) => `${prefix(leagueId)}codes`;

/** Settings rows of a league that go with it when it is deleted (keys stay: a member keeps their identity). */
export const leagueTrustRowsToDelete = (leagueId: string) => [lateKey(leagueId), codesKey(leagueId)];
