/**
 * The season a league file is scored against when it names a built-in
 * season but also carries its own copy (a pasted line-up, an edited start).
 * Anyone can edit a file, so the copy may only make the built-in data
 * stricter or fuller, never looser:
 * - a built-in race keeps its built-in data and starts at the earlier of the
 *   two times (a start moved later would reopen a played race's picks);
 *   races and rounds the copy adds are kept as the copy has them;
 * - drivers and teams are the built-in ones plus any the copy adds;
 * - entry lists are the copy's when it has them (line-ups published after
 *   the app shipped), the built-in ones otherwise.
 */
import type { Season } from '../domain/types';

const earlier = (a: string, b: string | undefined) =>
  b !== undefined && Date.parse(b) < Date.parse(a) ? b : a;

export function trustBuiltInSeason(builtIn: Season, copy: Season): Season {
  const copyRaces = new Map(copy.rounds.flatMap((round) => round.races.map((race) => [race.id, race])));
  const known = <T extends { id: string }>(base: readonly T[], extra: readonly T[]) => {
    const ids = new Set(base.map((item) => item.id));
    return [...base, ...extra.filter((item) => !ids.has(item.id))];
  };
  const builtInRounds = new Set(builtIn.rounds.map((round) => round.id));
  return {
    ...builtIn,
    rounds: [
      ...builtIn.rounds.map((round) => ({
        ...round,
        races: known(
          round.races.map((race) => ({
            ...race,
            startsAt: earlier(race.startsAt, copyRaces.get(race.id)?.startsAt),
          })),
          copy.rounds.find((r) => r.id === round.id)?.races ?? [],
        ),
      })),
      // Rounds the copy adds (an event announced after the app shipped) are the copy's.
      ...copy.rounds.filter((round) => !builtInRounds.has(round.id)),
    ],
    drivers: known(builtIn.drivers, copy.drivers),
    teams: known(builtIn.teams, copy.teams),
    entryLists: {
      nations: copy.entryLists.nations.length > 0 ? copy.entryLists.nations : builtIn.entryLists.nations,
      manufacturers:
        copy.entryLists.manufacturers.length > 0
          ? copy.entryLists.manufacturers
          : builtIn.entryLists.manufacturers,
    },
  };
}
