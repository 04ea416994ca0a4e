import { PreviewActions } from '../components/PreviewActions';
import { useState } from 'react';
import { db } from '../db';
import { platform } from '../platform';
import { parseSlip, serializeSlip } from '../../../shared/exchange';
import type { Season } from '../../../shared/domain/types';
import type { MemberRecord } from '../db/records';
import {
  buildSlip,
  importSlip,
  previewSlip,
  sealPicks,
  type SlipImportPreview,
  type SlipKeyStatus,
} from './slip-io';
import type { TFunction } from 'i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { isSealCode, type SealCheck } from '../../../shared/exchange';
import { formatDateTime } from '../lib/format';
import { nowIso } from '../app/clock';
import { addSealCode } from './trust-store';
import { LatePicksPanel } from './LatePicks';
import { PreviewTrustNotes } from './PreviewTrustNotes';
import { useTranslation } from 'react-i18next';
import { useToast } from '../components/Toasts';
import { useNow } from '../hooks/useNow';
import { ErrorList } from './ErrorList';
import { useRefusedPickText } from './refused-pick-text';
import { chooseAndRead, useFileAction } from './useFileAction';

/** The shape of a seal code, as the input's hint (the same in every language). */
const SEAL_CODE_SHAPE = 'ABCD-1234-EFGH-5678-JKMN-9012-PQRS';

/** What the preview says about the key a slip is signed with. */
function keyText(t: TFunction, key: SlipKeyStatus, name: string): string {
  switch (key) {
    case 'verified':
      return t('sharing:slip.key.verified', { name });
    case 'new-key':
      return t('sharing:slip.key.new-key', { name });
    case 'unsigned':
      return t('sharing:slip.key.unsigned', { name });
    case 'wrong-key':
      return t('sharing:slip.key.wrong-key', { name });
  }
}

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
  const { t } = useTranslation('sharing');
  const refusalText = useRefusedPickText();
  const notify = useToast();
  const now = useNow(60_000);
  const { busy, errors, setErrors, run } = useFileAction();
  const [seal, setSeal] = useState<{ code: string; round: string } | null>(null);
  const [preview, setPreview] = useState<SlipImportPreview | null>(null);
  const [code, setCode] = useState('');
  const [friendCode, setFriendCode] = useState({ memberId: '', code: '' });
  const [recorded, setRecorded] = useState<string | null>(null);
  const others = useLiveQuery(
    () =>
      db.members
        .where('leagueId')
        .equals(leagueId)
        .sortBy('createdAt')
        .then((members) => members.filter((m) => m.id !== member?.id)),
    [leagueId, member?.id],
  );
  const open = replay ? null : openRound(season, now);

  const recordCode = () =>
    run(async () => {
      setRecorded(null);
      const who = others?.find((m) => m.id === friendCode.memberId);
      if (!who) throw new Error(t('sharing:slip.record.chooseMember'));
      if (!isSealCode(friendCode.code)) throw new Error(t('sharing:slip.record.invalid'));
      const recordedAt = nowIso();
      await addSealCode(db, leagueId, { memberId: who.id, code: friendCode.code, recordedAt });
      setRecorded(t('sharing:slip.record.done', { name: who.name, date: formatDateTime(recordedAt) }));
      setFriendCode({ memberId: who.id, code: '' });
    });

  const exportSlip = () =>
    run(async () => {
      if (!member) throw new Error(t('sharing:slip.noMember'));
      const slip = await buildSlip(db, leagueId, member.id);
      const saved = await platform.saveTextFile(
        `${leagueId}-${member.id}.podium-slip.json`,
        serializeSlip(slip),
        ['json'],
      );
      if (!saved.ok) return setErrors(saved.problems);
      if (saved.value) notify(t('sharing:slip.saved', { count: slip.picks.length, path: saved.value }));
    });

  const makeSeal = () =>
    run(async () => {
      if (!member || !open) return;
      setSeal({ code: await sealPicks(db, leagueId, member.id, open.raceIds), round: open.round.name });
    });

  const chooseSlip = () =>
    run(async () => {
      setPreview(null);
      const chosen = await chooseAndRead(t('sharing:slip.importDialog'), parseSlip);
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
      notify(t('sharing:slip.imported', { count, name: preview.slip.member.name }));
      setPreview(null);
      setCode('');
    });

  return (
    <section className="panel" aria-labelledby="slips-title">
      <h2 id="slips-title">{t('sharing:slip.title')}</h2>
      <p className="muted">{t('sharing:slip.help')}</p>
      <div className="row">
        <button type="button" onClick={() => void exportSlip()} disabled={busy || !member}>
          {member ? t('sharing:slip.exportOf', { name: member.name }) : t('sharing:slip.exportMine')}
        </button>
        <button type="button" onClick={() => void chooseSlip()} disabled={busy}>
          {t('sharing:slip.import')}
        </button>
        {open && member && (
          <button type="button" onClick={() => void makeSeal()} disabled={busy}>
            {t('sharing:slip.seal', { name: member.name, round: open.round.name })}
          </button>
        )}
      </div>
      {seal && (
        <div className="notice ok" role="status">
          <p>
            {t('sharing:slip.sealCode', { round: seal.round })}{' '}
            <strong className="seal-code">{seal.code}</strong>
          </p>
          <p className="faint">{t('sharing:slip.sealHelp')}</p>
        </div>
      )}
      {others && others.length > 0 && (
        <form
          className="field-row"
          aria-labelledby="record-code-title"
          onSubmit={(event) => {
            event.preventDefault();
            void recordCode();
          }}
        >
          <h3 id="record-code-title">{t('sharing:slip.record.title')}</h3>
          <p className="faint">{t('sharing:slip.record.help')}</p>
          <div className="row">
            <label htmlFor="record-code-member">{t('sharing:slip.record.member')}</label>
            <select
              id="record-code-member"
              value={friendCode.memberId}
              onChange={(event) => setFriendCode({ ...friendCode, memberId: event.target.value })}
            >
              <option value="">—</option>
              {others.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
            <label htmlFor="record-code-value">{t('sharing:slip.record.code')}</label>
            <input
              id="record-code-value"
              value={friendCode.code}
              placeholder={SEAL_CODE_SHAPE}
              size={38}
              autoComplete="off"
              onChange={(event) => setFriendCode({ ...friendCode, code: event.target.value })}
            />
            <button type="submit" disabled={busy}>
              {t('sharing:slip.record.submit')}
            </button>
          </div>
          {recorded && (
            <p className="notice ok" role="status">
              {recorded}
            </p>
          )}
        </form>
      )}
      <ErrorList errors={errors} title={t('sharing:slip.cannotImport')} />
      {preview && (
        <div className="notice" role="dialog" aria-labelledby="slip-preview-title">
          <h3 id="slip-preview-title">
            {t('sharing:slip.previewTitle', { name: preview.slip.member.name })}
            {preview.newMember && ` ${t('sharing:slip.newMember')}`}
          </h3>
          <div className="field">
            <label htmlFor="seal-code">{t('sharing:slip.codeLabel')}</label>
            <input
              id="seal-code"
              value={code}
              placeholder={SEAL_CODE_SHAPE}
              onChange={(event) => recheck(event.target.value)}
              autoComplete="off"
            />
          </div>
          {preview.seal?.status === 'match' && <p className="badge ok">{t('sharing:slip.sealMatches')}</p>}
          {preview.seal && preview.seal.status !== 'match' && (
            <p className={`notice ${preview.seal.status === 'mismatch' ? 'error' : 'warn'}`} role="alert">
              {sealProblemText(t, preview.seal)}
            </p>
          )}
          <p
            className={`notice ${preview.key === 'wrong-key' ? 'error' : preview.key === 'verified' ? 'ok' : 'warn'}`}
          >
            {keyText(t, preview.key, preview.slip.member.name)}
          </p>
          <p>
            {t('sharing:slip.merge', {
              count: preview.merge.accepted.length,
              unchanged: preview.merge.unchanged.length,
            })}
          </p>
          <PreviewTrustNotes merge={preview.merge} />
          <ErrorList
            tone="warn"
            title={t('sharing:picksRefused', { count: preview.merge.refused.length })}
            errors={preview.merge.refused.map(refusalText)}
          />
          <PreviewActions
            onConfirm={() => void confirm()}
            onCancel={() => setPreview(null)}
            busy={busy}
            disabled={preview.seal?.status === 'mismatch'}
          >
            {t('sharing:slip.importPicks', { count: preview.merge.accepted.length })}
          </PreviewActions>
        </div>
      )}
      <LatePicksPanel leagueId={leagueId} season={season} />
    </section>
  );
}

/** Why a seal code does not prove the slip, in the active language. */
function sealProblemText(t: TFunction, seal: Exclude<SealCheck, { status: 'match' }>): string {
  switch (seal.status) {
    case 'too-short':
      return t('sharing:sealProblem.too-short', { ...seal.params });
    case 'no-seal':
      return t('sharing:sealProblem.no-seal', { ...seal.params });
    case 'empty':
      return t('sharing:sealProblem.empty', { ...seal.params });
    case 'mismatch':
      return t('sharing:sealProblem.mismatch', { ...seal.params });
  }
}
