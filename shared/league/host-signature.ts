/**
 * The host's signature on a league file, and the list of league-level
 * changes a file makes. A league's name, rules and members (names, keys)
 * change only through a league file signed by the league's host: the key that
 * signed the first signed file this machine took (or the key this machine
 * made when it created the league). Every change is listed by name, whether
 * it is applied or refused.
 */
import type { Member } from '../domain/types';
import { canonicalJson, signText, verifyText, type SigningKey } from '../exchange/signing';
import type { BundleLeague, LeagueBundle } from './bundle';

/** `host` block of a league file: who signed the league's name, rules and members. */
export interface BundleHost {
  publicKey: string;
  signature: string;
}

/**
 * The signed text: the league (id, name, season, rules, replay…) and its
 * members (ids, names, colours, public keys), with sorted keys so it does not
 * depend on the order fields were written in.
 */
export function hostSigningText(bundle: Pick<LeagueBundle, 'league' | 'members'>): string {
  return `podium-league-v1\n${canonicalJson({ league: bundle.league, members: bundle.members })}`;
}

export function signLeague(bundle: Pick<LeagueBundle, 'league' | 'members'>, key: SigningKey): BundleHost {
  return { publicKey: key.publicKey, signature: signText(hostSigningText(bundle), key) };
}

/** True when the bundle carries a valid host signature by `publicKey` (any key when omitted). */
export function hostSignatureValid(bundle: LeagueBundle, publicKey?: string): boolean {
  const host = bundle.host;
  if (!host || (publicKey !== undefined && host.publicKey !== publicKey)) return false;
  return verifyText(hostSigningText(bundle), host.signature, host.publicKey);
}

/** One league-level change a file makes, named for the preview. */
export type LeagueChange =
  | { kind: 'league-name'; from: string; to: string }
  | { kind: 'rule'; field: string; from: string; to: string }
  | { kind: 'member-added'; memberId: string; name: string }
  | { kind: 'member-name'; memberId: string; from: string; to: string }
  | { kind: 'member-key'; memberId: string; name: string; change: 'new' | 'replaced' }
  | { kind: 'host-key'; change: 'new' | 'replaced' };

/** A change and whether the import applies it (only a file signed by the league's host may). */
export type ListedChange = LeagueChange & { applied: boolean };

/** The league as it is on this machine now. */
export interface LeagueHere {
  league: Pick<BundleLeague, 'name' | 'rules'> & { hostKey?: string };
  members: readonly Member[];
}

const shown = (value: unknown) => (value === undefined ? '—' : canonicalJson(value));

/**
 * Every league-level difference between the league here and the file. Changes
 * apply when the file is signed by the league's host; a league that has no
 * host yet (made before signatures) takes the first valid host signature it
 * sees, which is listed as a change too. Without a valid host signature
 * nothing league-level changes, except adding a member who is not here yet
 * in a league that has no host (older files). A member's key, once known
 * here, is never replaced by a file.
 */
export function listLeagueChanges(here: LeagueHere, bundle: LeagueBundle): ListedChange[] {
  const pinned = here.league.hostKey;
  const signedByHost = hostSignatureValid(bundle, pinned);
  const changes: ListedChange[] = [];
  if (bundle.host && bundle.host.publicKey !== pinned && hostSignatureValid(bundle)) {
    changes.push({ kind: 'host-key', change: pinned ? 'replaced' : 'new', applied: !pinned });
  }
  const applies = signedByHost;
  if (here.league.name !== bundle.league.name)
    changes.push({ kind: 'league-name', from: here.league.name, to: bundle.league.name, applied: applies });
  const before = here.league.rules as unknown as Record<string, unknown>;
  const after = bundle.league.rules as unknown as Record<string, unknown>;
  for (const field of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
    if (shown(before[field]) !== shown(after[field]))
      changes.push({
        kind: 'rule',
        field,
        from: shown(before[field]),
        to: shown(after[field]),
        applied: applies,
      });
  }
  const members = new Map(here.members.map((m) => [m.id, m]));
  for (const member of bundle.members) {
    const known = members.get(member.id);
    if (!known) {
      changes.push({
        kind: 'member-added',
        memberId: member.id,
        name: member.name,
        applied: applies || pinned === undefined,
      });
      continue;
    }
    if (known.name !== member.name)
      changes.push({
        kind: 'member-name',
        memberId: member.id,
        from: known.name,
        to: member.name,
        applied: applies,
      });
    if (member.publicKey && known.publicKey !== member.publicKey)
      changes.push({
        kind: 'member-key',
        memberId: member.id,
        name: known.name,
        change: known.publicKey ? 'replaced' : 'new',
        applied: applies && !known.publicKey,
      });
  }
  return changes;
}
