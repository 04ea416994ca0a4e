import { describe, expect, it } from 'vitest';
import { seedBuiltInSeasons } from '../../../renderer/src/app/boot';
import { addMember, createLeague, updateMember } from '../../../renderer/src/db/leagues';
import { createDatabase } from '../../../renderer/src/db/schema';
import { DEFAULT_RULES } from '../../../shared/scoring';

async function freshDb() {
  const db = createDatabase(`names-${Math.random()}`);
  await seedBuiltInSeasons(db);
  return db;
}

describe('names typed into the app', () => {
  it('stores member and league names without bidi overrides or NUL, and ids as slugs', async () => {
    // The failure: "Bob‮gnp.exe" was stored as typed and displayed as "Bobexe.png".
    const db = await freshDb();
    const league = await createLeague(db, {
      name: 'Club\u202e/x\u0000',
      seasonId: 'gtws-2025',
      rules: DEFAULT_RULES,
    });
    expect(league.name).toBe('Club/x');
    expect(league.id).toBe('club-x');
    const bob = await addMember(db, league.id, { name: 'Bob\u202egnp.exe' });
    expect(bob.name).toBe('Bobgnp.exe');
    expect(bob.id).not.toMatch(/[/\\\u202e]/);
    expect((await db.members.get([league.id, bob.id]))?.name).toBe('Bobgnp.exe');
    await updateMember(db, league.id, bob.id, { name: '\u2066Robert\u2069' });
    expect((await db.members.get([league.id, bob.id]))?.name).toBe('Robert');
  });

  it('refuses a name made only of invisible characters', async () => {
    const db = await freshDb();
    const league = await createLeague(db, { name: 'Club', seasonId: 'gtws-2025', rules: DEFAULT_RULES });
    await expect(addMember(db, league.id, { name: '\u202e\u200f' })).rejects.toThrow(
      'Give the member a name.',
    );
  });

  it('treats a name and its copy with an invisible override as the same member', async () => {
    const db = await freshDb();
    const league = await createLeague(db, { name: 'Club', seasonId: 'gtws-2025', rules: DEFAULT_RULES });
    await addMember(db, league.id, { name: 'Ana' });
    await expect(addMember(db, league.id, { name: 'An\u200ea' })).rejects.toThrow('Ana is already a member.');
  });
});
