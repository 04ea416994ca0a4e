import { PreviewActions } from '../components/PreviewActions';
import { useState } from 'react';
import { db } from '../db';
import { platform } from '../platform';
import { parseSlip, serializeSlip } from '../../../shared/exchange';
import type { Season } from '../../../shared/domain/types';
import type { MemberRecord } from '../db/records';
import { buildSlip, importSlip, previewSlip, sealPicks, type SlipImportPreview } from './slip-io';
import { countOf } from '../lib/format';
import { useToast } from '../components/Toasts';
import { useNow } from '../hooks/useNow';
import { ErrorList } from './ErrorList';
import { chooseAndRead, useFileAction } from './useFileAction';

/** Races of the next round that are still open: what a seal covers. */
function openRound(season: Season, now: number) {
  for (const round of season.rounds) {
    const open = round.races.filter((race) => race.pickable && Date.parse(race.startsAt) > now);
    if (open.length) return { round, raceIds: open.map((race) => race.id) };
  }
  return null;
}

/** Exchange picks between friends' machines with slip files, optionally sealed. */
export function PickSlipPanel({
  leagueId,
  season,
  member,
  replay,
}: {
  leagueId: string;
  season: Season;
  member: MemberRecord | null;
  replay: boolean;
}) {
  const notify = useToast();
  const now = useNow(60_000);
  const { busy, errors, setErrors, run } = useFileAction();
  const [seal, setSeal] = useState<{ code: string; round: string } | null>(null);
  const [preview, setPreview] = useState<SlipImportPreview | null>(null);
  const [code, setCode] = useState('');
  const open = replay ? null : openRound(season, now);

  const exportSlip = () =>
    run(async () => {
      if (!member) throw new Error('Choose who is picking first.');
      const slip = await buildSlip(db, leagueId, member.id);
      const saved = await platform.saveTextFile(
        `${leagueId}-${member.id}.podium-slip.json`,
        serializeSlip(slip),
        ['json'],
      );
      if (!saved.ok) return setErrors(saved.problems);
      if (saved.value) notify(`${countOf(slip.picks.length, 'pick')} saved to ${saved.value}.`);
    });

  const makeSeal = () =>
    run(async () => {
      if (!member || !open) return;
      setSeal({ code: await sealPicks(db, leagueId, member.id, open.raceIds), round: open.round.name });
    });

  const chooseSlip = () =>
    run(async () => {
      setPreview(null);
      const chosen = await chooseAndRead('Import a pick slip', parseSlip);
      if (chosen) setPreview(await previewSlip(db, leagueId, chosen.value, code));
    });

  const recheck = (value: string) => {
    setCode(value);
    // The preview already holds the parsed slip: only the seal check changes.
    if (preview) void previewSlip(db, leagueId, preview.slip, value).then(setPreview);
  };

  const confirm = () =>
    run(async () => {
      if (!preview) return;
      const count = await importSlip(db, leagueId, preview);
      notify(`${countOf(count, 'pick')} of ${preview.slip.member.name} imported.`);
      setPreview(null);
      setCode('');
    });

  return (
    <section className="panel" aria-labelledby="slips-title">
      <h2 id="slips-title">Pick slips</h2>
      <p className="muted">
        Playing on different computers? Each member exports their picks as a slip and sends it to the others.
        A pick made after its race started is refused; importing a slip twice changes nothing.
      </p>
      <div className="row">
        <button type="button" onClick={() => void exportSlip()} disabled={busy || !member}>
          Export {member ? `${member.name}'s` : 'my'} picks…
        </button>
        <button type="button" onClick={() => void chooseSlip()} disabled={busy}>
          Import a slip…
        </button>
        {open && member && (
          <button type="button" onClick={() => void makeSeal()} disabled={busy}>
            Seal {member.name}&apos;s picks for {open.round.name}
          </button>
        )}
      </div>
      {seal && (
        <div className="notice ok" role="status">
          <p>
            Seal code for {seal.round}: <strong className="seal-code">{seal.code}</strong>
          </p>
          <p className="faint">
            Post this code in your group chat now. After the races start, export your slip: importing it
            checks the picks against this code. Changing a pick after sealing breaks the seal, so seal again
            if you change.
          </p>
        </div>
      )}
      <ErrorList errors={errors} title="This slip cannot be imported" />
      {preview && (
        <div className="notice" role="dialog" aria-labelledby="slip-preview-title">
          <h3 id="slip-preview-title">
            Picks of {preview.slip.member.name}
            {preview.newMember && ' (new member)'}
          </h3>
          <div className="field">
            <label htmlFor="seal-code">Seal code they shared (optional)</label>
            <input
              id="seal-code"
              value={code}
              placeholder="ABCDE-12345"
              onChange={(event) => recheck(event.target.value)}
              autoComplete="off"
            />
          </div>
          {preview.seal?.status === 'match' && (
            <p className="badge ok">Seal matches: picks unchanged since sealing</p>
          )}
          {preview.seal && preview.seal.status !== 'match' && (
            <p className={`notice ${preview.seal.status === 'mismatch' ? 'error' : 'warn'}`} role="alert">
              {preview.seal.message}
            </p>
          )}
          <p>
            {countOf(preview.merge.accepted.length, 'new or newer pick')}, {preview.merge.unchanged.length}{' '}
            already here.
          </p>
          <ErrorList
            tone="warn"
            title={`${countOf(preview.merge.refused.length, 'pick')} refused`}
            errors={preview.merge.refused.map((r) => r.message)}
          />
          <PreviewActions
            onConfirm={() => void confirm()}
            onCancel={() => setPreview(null)}
            busy={busy}
            disabled={preview.seal?.status === 'mismatch'}
          >
            Import {countOf(preview.merge.accepted.length, 'pick')}
          </PreviewActions>
        </div>
      )}
    </section>
  );
}
