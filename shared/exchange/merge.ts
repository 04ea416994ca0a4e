/**
 * Merging picks that arrive from other machines (slips, league files, synced
 * folders). A file's own timestamps are claims, so the rule rests on what
 * this machine saw itself:
 *
 * - per (member, race) the newest pick wins, and a pick whose own stamp is at
 *   or after the race start is refused;
 * - a pick that would replace what is stored counts only if it **reached this
 *   machine before the race started** (`receivedAt`, this machine's clock at
 *   import), or a seal code covering exactly that pick was recorded here before
 *   the start (`committedAt`). Otherwise it is *late*: listed apart, not
 *   written, and it counts only if the group accepts it explicitly;
 * - a member whose key is known here signs their picks: a pick without their
 *   valid signature is refused (impostor or edited file); picks of a member
 *   whose key is on this machine are never taken from a file (this machine is
 *   where they are made);
 * - in a replay league a pick made at or after its race's result was stored
 *   never counts, and one that reaches this machine after the result was
 *   stored here is late.
 *
 * Picks identical to (or older than) the stored one are "unchanged" before any
 * of these checks, so re-importing a file full of known picks lists nothing.
 * Merging is idempotent: the same slip twice changes nothing.
 */
import type { Pick, Season } from '../domain/types';
import { verifyPick, type SignedPick } from './signing';

/** Every reason a pick from a file is refused; the renderer words each one. */
export const REFUSED_REASONS = [
  'late',
  'unknown-race',
  'not-in-entry-list',
  'bad-signature',
  'unsigned',
  'own-member',
  'after-result',
  'unknown-member',
] as const;

export type RefusedReason = (typeof REFUSED_REASONS)[number];

/**
 * The data a refusal's sentence uses: the pick's member id and race (its name
 * when the caller gave names, else its id), the file line when known, and the
 * instants compared (ISO strings) or the entries not on the race's list.
 */
export interface RefusedPickParams {
  member: string;
  race: string;
  line?: number;
  madeAt?: string;
  startsAt?: string;
  resultAt?: string;
  entries?: string;
}

export interface RefusedPick {
  pick: SignedPick;
  reason: RefusedReason;
  params: RefusedPickParams;
  /** The refusal in English, for the CLI and logs. */
  message: string;
}

/** A pick written here, with when it reached this machine (absent: not stamped, e.g. on joining). */
export type ReceivedPick = SignedPick & { receivedAt?: string };

/** A pick that arrived after its race's lock (or after its replay result): counts only once accepted. */
export interface LatePick {
  pick: ReceivedPick & { receivedAt: string };
  /** The instant it would have had to arrive before (race start, or the stored result in a replay). */
  deadline: string;
}

export interface MergeOutcome {
  /** Picks to write (new, or newer than the stored one). */
  accepted: ReceivedPick[];
  /** Picks already stored, or older than the stored one. */
  unchanged: SignedPick[];
  refused: RefusedPick[];
  /** Picks that arrived too late to count without the group's consent (newest per member and race). */
  late: LatePick[];
  /** Accepted picks without a signature (files from before signing): counted under the receipt rule only. */
  unsigned: number;
}

/** Who signs for whom, as this machine knows it. */
export interface SignatureContext {
  leagueId: string;
  /** The member's public key as known here (pinned), or undefined for a member who never signed. */
  keyOf(memberId: string): string | undefined;
  /** True for members whose secret key is on this machine. */
  isOwn(memberId: string): boolean;
}

export interface MergeContext {
  /** Start time (UTC ISO) of every pickable race of the league's season. */
  raceStarts: ReadonlyMap<string, string>;
  /** Entry ids allowed in each race's podium (its cup's entry list); when given, picks naming others are refused. */
  entries?: ReadonlyMap<string, ReadonlySet<string>>;
  /** Replay leagues ignore locks. */
  ignoreLocks?: boolean;
  /**
   * When the picks reached this machine (ms, this machine's clock). Absent
   * when joining a league: there is nothing here yet to protect, so the host's
   * file is taken as it is.
   */
  receivedAt?: number;
  /** When a seal code covering exactly this pick was recorded here (ms), if one was. */
  committedAt?: (pick: SignedPick) => number | undefined;
  /** Replay leagues: when each race's result was first stored (ISO). */
  resultStoredAt?: ReadonlyMap<string, string>;
  /** Members of the league after the import; when given, picks of anyone else are refused. */
  members?: ReadonlySet<string>;
  /** Signature checks; absent: none (pure tests of the lock rule). */
  signatures?: SignatureContext;
  /** Names for messages. */
  raceName?: (raceId: string) => string;
  /** Line in the file of the `index`-th incoming pick, for messages. */
  lineOf?: (index: number) => number | undefined;
}

/** The entry list each race of a season draws from: its cup's. */
export function entriesByRace(season: Season): Map<string, ReadonlySet<string>> {
  const byCup = {
    nations: new Set(season.entryLists.nations),
    manufacturers: new Set(season.entryLists.manufacturers),
  };
  return new Map(season.rounds.flatMap((round) => round.races.map((race) => [race.id, byCup[race.cup]])));
}

const key = (pick: Pick) => `${pick.memberId}\u0000${pick.raceId}`;

const content = (pick: Pick) => `${pick.podium.join('\u0000')}\u0000${pick.joker ? 'joker' : ''}`;

/**
 * Newer wins; two different picks with the same stamp are ordered by content,
 * so every machine settles on the same one whatever order files arrive in.
 */
function isNewer(pick: Pick, than: Pick): boolean {
  const a = Date.parse(pick.madeAt);
  const b = Date.parse(than.madeAt);
  return a > b || (a === b && content(pick) > content(than));
}

/** Decides, for each incoming pick, whether it replaces what is stored. Pure; the caller writes. */
export function mergePicks(
  stored: readonly Pick[],
  incoming: readonly SignedPick[],
  context: MergeContext,
): MergeOutcome {
  const current = new Map<string, Pick>();
  for (const pick of stored) {
    const previous = current.get(key(pick));
    if (!previous || isNewer(pick, previous)) current.set(key(pick), pick);
  }
  const outcome: MergeOutcome = { accepted: [], unchanged: [], refused: [], late: [], unsigned: 0 };
  const late = new Map<string, LatePick>();
  const name = context.raceName ?? ((raceId: string) => raceId);
  const at = (index: number) => {
    const line = context.lineOf?.(index);
    return line ? `line ${line}: ` : '';
  };
  const refuse = (
    pick: SignedPick,
    index: number,
    reason: RefusedReason,
    message: string,
    extra: Omit<RefusedPickParams, 'member' | 'race' | 'line'> = {},
  ) => {
    const line = context.lineOf?.(index);
    const params: RefusedPickParams = {
      member: pick.memberId,
      race: reason === 'unknown-race' ? pick.raceId : name(pick.raceId),
      ...(line ? { line } : {}),
      ...extra,
    };
    outcome.refused.push({ pick, reason, params, message: `${at(index)}${message}` });
  };
  const storedAt = context.ignoreLocks ? context.resultStoredAt : undefined;
  // Oldest first, so that within one slip the newest pick per race ends up accepted.
  const ordered = incoming
    .map((pick, index) => ({ pick, index }))
    .sort((a, b) => Date.parse(a.pick.madeAt) - Date.parse(b.pick.madeAt));
  for (const { pick, index } of ordered) {
    const startsAt = context.raceStarts.get(pick.raceId);
    if (startsAt === undefined) {
      refuse(pick, index, 'unknown-race', `${pick.raceId} is not a race of this league's season.`);
      continue;
    }
    if (context.members && !context.members.has(pick.memberId)) {
      refuse(pick, index, 'unknown-member', `${pick.memberId} is not a member of this league here.`);
      continue;
    }
    const existing = current.get(key(pick));
    if (existing && !isNewer(pick, existing)) {
      outcome.unchanged.push(pick);
      continue;
    }
    const race = name(pick.raceId);
    if (!context.ignoreLocks && Date.parse(pick.madeAt) >= Date.parse(startsAt)) {
      refuse(
        pick,
        index,
        'late',
        `Pick for ${race} was made at ${pick.madeAt}, after the race started (${startsAt}).`,
        { madeAt: pick.madeAt, startsAt },
      );
      continue;
    }
    const signatures = context.signatures;
    if (signatures?.isOwn(pick.memberId)) {
      refuse(
        pick,
        index,
        'own-member',
        `Pick of ${pick.memberId} for ${race}: this member picks on this computer, so a file cannot change their picks.`,
      );
      continue;
    }
    const publicKey = signatures?.keyOf(pick.memberId);
    if (signatures && publicKey !== undefined) {
      if (pick.sig === undefined) {
        refuse(pick, index, 'unsigned', `Pick of ${pick.memberId} for ${race} is not signed by that member.`);
        continue;
      }
      if (!verifyPick(signatures.leagueId, pick, publicKey)) {
        refuse(
          pick,
          index,
          'bad-signature',
          `Pick of ${pick.memberId} for ${race} does not carry that member's signature: it was made or changed by someone else.`,
        );
        continue;
      }
    }
    const resultAt = storedAt?.get(pick.raceId);
    if (resultAt !== undefined && Date.parse(pick.madeAt) >= Date.parse(resultAt)) {
      refuse(
        pick,
        index,
        'after-result',
        `Pick for ${race} was made at ${pick.madeAt}, after its result was stored (${resultAt}).`,
        { madeAt: pick.madeAt, resultAt },
      );
      continue;
    }
    const entries = context.entries?.get(pick.raceId);
    const unknown = context.entries ? pick.podium.filter((entry) => !entries?.has(entry)) : [];
    if (unknown.length > 0) {
      refuse(
        pick,
        index,
        'not-in-entry-list',
        `Pick for ${race} names ${unknown.join(', ')}, not on that race's entry list.`,
        { entries: unknown.join(', ') },
      );
      continue;
    }
    let received: ReceivedPick = pick;
    if (context.receivedAt !== undefined) {
      const committed = context.committedAt?.(pick);
      const arrival = Math.min(context.receivedAt, committed ?? Infinity);
      const deadline = context.ignoreLocks ? resultAt : startsAt;
      received = { ...pick, receivedAt: new Date(arrival).toISOString() };
      if (deadline !== undefined && arrival >= Date.parse(deadline)) {
        late.set(key(pick), { pick: { ...pick, receivedAt: received.receivedAt! }, deadline });
        continue;
      }
    }
    current.set(key(pick), pick);
    outcome.accepted = outcome.accepted.filter((p) => key(p) !== key(pick));
    outcome.accepted.push(received);
  }
  outcome.late = [...late.values()];
  outcome.unsigned = outcome.accepted.filter((pick) => pick.sig === undefined).length;
  return outcome;
}
