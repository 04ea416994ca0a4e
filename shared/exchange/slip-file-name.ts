/**
 * The name of a member's slip file in a shared folder:
 * `<leagueId>--<memberId>.podium-slip.json`. The name is bound to the slip
 * inside it: the desktop app only writes a slip under the name of its own
 * league and member, and readers ignore a file whose content names another
 * member, so nobody can speak for a member through a file of a different name.
 */

/** Fixed suffix of slip files in a shared folder. */
export const SLIP_FILE_SUFFIX = '.podium-slip.json';

const SAFE_PART = /^[A-Za-z0-9_-]{1,60}$/;

/** FNV-1a, enough to keep two ids that sanitise alike apart in a file name. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

function namePart(id: string): string {
  if (SAFE_PART.test(id)) return id;
  const cleaned = id.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 40) || 'x';
  return `${cleaned}-${shortHash(id)}`;
}

export function slipFileName(leagueId: string, memberId: string): string {
  return `${namePart(leagueId)}--${namePart(memberId)}${SLIP_FILE_SUFFIX}`;
}
