/**
 * `podium season --list` and `podium season <id> [--json]`: the seasons the
 * app ships, checked without the UI. `--json` prints the season file object
 * `{ format: "podium-season", version, season }` with statuses, the teams and
 * both cups' races, and the official results (`season.results[]`; a
 * Manufacturers Cup row names its team `teamId`). An unknown id is a usage error
 * (exit 2): the valid ids are those `--list` prints.
 */
import type { Season } from '../../shared/domain/types';
import { BUILT_IN_SEASONS, getBuiltInSeason, serializeSeasonFile } from '../../shared/seasons';
import { UsageError } from '../errors';
import type { CliIo, Command } from './index';

const USAGE = 'Usage: podium season --list | podium season <id> [--json]';

interface Args {
  list: boolean;
  id: string | undefined;
  json: boolean;
}

function parseArgs(args: string[]): Args {
  const out: Args = { list: false, id: undefined, json: false };
  for (const arg of args) {
    if (arg === '--list') out.list = true;
    else if (arg === '--json') out.json = true;
    else if (arg.startsWith('-')) throw new UsageError(`unknown option "${arg}". ${USAGE}`);
    else if (out.id === undefined) out.id = arg;
    else throw new UsageError(`unexpected argument "${arg}". ${USAGE}`);
  }
  if (out.list === (out.id !== undefined)) throw new UsageError(`give --list or one season id. ${USAGE}`);
  return out;
}

function roundLine(round: Season['rounds'][number]): string {
  const when =
    round.date === undefined ? 'no date yet' : round.date + (round.endDate ? `…${round.endDate}` : '');
  const status =
    round.status === 'cancelled' ? ' [cancelled]' : round.status === 'tba' ? ' [to be announced]' : '';
  const place = [round.venue, round.city].filter((p) => p !== '').join(', ');
  return `  ${round.id}  ${round.name}${place ? ` (${place})` : ''}  ${when}${status}`;
}

/** A readable summary: rounds with statuses, pickable races, results and the line-up. */
function seasonText(season: Season): string {
  const lines = [`${season.id}  ${season.name}`];
  for (const round of season.rounds) {
    lines.push(roundLine(round));
    for (const race of round.races) {
      const result = season.results?.find((r) => r.raceId === race.id);
      const known = result
        ? result.partial
          ? `result: first ${result.classification.length} known`
          : 'result: full'
        : '';
      lines.push(`    ${race.id}${race.pickable ? '  pickable' : ''}${known ? `  ${known}` : ''}`);
    }
  }
  const pending = season.entryLists.pending ?? [];
  lines.push(
    pending.includes('nations') && season.entryLists.nations.length === 0
      ? 'Nations Cup line-up: not known yet'
      : `Nations Cup line-up: ${season.entryLists.nations.length} drivers`,
    pending.includes('manufacturers') && season.entryLists.manufacturers.length === 0
      ? 'Manufacturers Cup line-up: not known yet'
      : `Manufacturers Cup line-up: ${season.entryLists.manufacturers.length} teams`,
  );
  for (const champion of season.champions ?? []) {
    const name =
      champion.cup === 'nations'
        ? season.drivers.find((d) => d.id === champion.entryId)?.name
        : season.teams.find((t) => t.id === champion.entryId)?.name;
    lines.push(
      `${champion.cup === 'nations' ? 'Nations Cup' : 'Manufacturers Cup'} champion: ${name ?? champion.entryId}`,
    );
  }
  return lines.join('\n') + '\n';
}

export const seasonCommand: Command = async (args: string[], io: CliIo) => {
  const { list, id, json } = parseArgs(args);
  if (list) {
    if (json)
      io.stdout(
        JSON.stringify(BUILT_IN_SEASONS.map((s) => ({ id: s.id, name: s.name, year: s.year }))) + '\n',
      );
    else for (const season of BUILT_IN_SEASONS) io.stdout(`${season.id}  ${season.name}\n`);
    return 0;
  }
  const season = getBuiltInSeason(id!);
  if (!season)
    throw new UsageError(`unknown season "${id}". Known: ${BUILT_IN_SEASONS.map((s) => s.id).join(', ')}.`);
  io.stdout(json ? serializeSeasonFile(season) : seasonText(season));
  return 0;
};
