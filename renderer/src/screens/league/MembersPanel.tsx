import { useTranslation } from 'react-i18next';
import { useLeagueEditErrorText } from './input-error-text';
import { useState, type FormEvent } from 'react';
import { NameCheck } from '../../components/NameCheck';
import { ConfirmButton } from '../../components/ConfirmButton';
import { useToast } from '../../components/Toasts';
import { db } from '../../db';
import { addMember, MEMBER_COLORS, removeMember, setActiveMember, updateMember } from '../../db/leagues';
import type { LeagueRecord, MemberRecord } from '../../db/records';

function MemberRow({ member, active }: { member: MemberRecord; active: boolean }) {
  const { t } = useTranslation('league');
  const errorText = useLeagueEditErrorText();
  const notify = useToast();
  const [name, setName] = useState(member.name);
  const save = async (changes: { name?: string; color?: string }) => {
    try {
      await updateMember(db, member.leagueId, member.id, changes);
    } catch (e) {
      notify(errorText(e), 'error');
      setName(member.name);
    }
  };
  return (
    <li className="member-row">
      <input
        type="color"
        aria-label={t('league:members.colourOf', { name: member.name })}
        value={member.color ?? '#888888'}
        onChange={(e) => void save({ color: e.target.value })}
      />
      <input
        aria-label={t('league:members.nameOf', { name: member.name })}
        value={name}
        maxLength={40}
        onChange={(e) => setName(e.target.value)}
        onBlur={() => name !== member.name && void save({ name })}
        onKeyDown={(e) => {
          if (e.key === 'Enter') e.currentTarget.blur();
          if (e.key === 'Escape') setName(member.name);
        }}
      />
      {active ? (
        <span className="badge accent">{t('league:members.picking')}</span>
      ) : (
        <button
          type="button"
          className="small"
          onClick={() => void setActiveMember(db, member.id, member.leagueId)}
        >
          {t('league:members.pickAs', { name: member.name })}
        </button>
      )}
      <ConfirmButton
        className="small danger"
        ariaLabel={t('league:members.removeLabel', { name: member.name })}
        question={t('league:members.removeQuestion', { name: member.name })}
        confirmLabel={t('league:members.remove')}
        onConfirm={async () => {
          await removeMember(db, member.leagueId, member.id);
          notify(t('league:members.removed', { name: member.name }), 'info');
        }}
      >
        {t('league:members.remove')}
      </ConfirmButton>
    </li>
  );
}

/** Members of the league: add, rename, recolour, remove, choose who is picking. */
export function MembersPanel({
  league,
  members,
  activeId,
}: {
  league: LeagueRecord;
  members: MemberRecord[];
  activeId: string | null;
}) {
  const { t } = useTranslation('league');
  const errorText = useLeagueEditErrorText();
  const notify = useToast();
  const [name, setName] = useState('');
  const [color, setColor] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const nextColor = color ?? MEMBER_COLORS[members.length % MEMBER_COLORS.length]!;
  const add = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const member = await addMember(db, league.id, { name, color: nextColor });
      notify(t('league:members.joined', { name: member.name, league: league.name }));
      setName('');
      setColor(null);
      setError(null);
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <section className="panel" aria-labelledby="members-title">
      <div className="panel-header">
        <h2 id="members-title">{t('league:members.title')}</h2>
        <span className="muted">{t('league:members.count', { count: members.length })}</span>
      </div>
      {members.length === 0 ? (
        <p className="muted">{t('league:members.empty')}</p>
      ) : (
        <ul className="member-list">
          {members.map((m) => (
            <MemberRow key={`${m.id}-${m.name}`} member={m} active={m.id === activeId} />
          ))}
        </ul>
      )}
      <form className="row add-member" onSubmit={(e) => void add(e)}>
        <input
          type="color"
          aria-label={t('league:members.newColour')}
          value={nextColor}
          onChange={(e) => setColor(e.target.value)}
        />
        <input
          aria-label={t('league:members.newName')}
          placeholder={t('league:members.namePlaceholder')}
          value={name}
          maxLength={40}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" className="primary" disabled={!name.trim()}>
          {t('league:members.add')}
        </button>
      </form>
      <NameCheck name={name} />
      {error && (
        <p className="notice error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
