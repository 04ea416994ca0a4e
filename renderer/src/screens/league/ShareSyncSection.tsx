import { useTranslation } from 'react-i18next';
import type { LeagueRecord, MemberRecord } from '../../db/records';
import { useSeason } from '../../hooks/useSeason';
import { LeagueFilePanel } from '../../sharing/LeagueFilePanel';
import { PickSlipPanel } from '../../sharing/PickSlipPanel';
import { FolderSyncPanel } from '../../sharing/folder-sync';

/**
 * "Share & sync": the league file (join / update), pick slips
 * with seal codes, and the synced folder of the desktop app.
 */
export function ShareSyncSection({
  league,
  member,
}: {
  league: LeagueRecord | null;
  member: MemberRecord | null;
}) {
  // The panels' namespaces load with the section, so a refused file's list never suspends the screen.
  const { t } = useTranslation(['league', 'sharing', 'files']);
  const season = useSeason(league?.seasonId);
  return (
    <section className="share-sync" aria-labelledby="share-title">
      <h2 id="share-title" className="section-title">
        {t('league:shareSync')}
      </h2>
      <div className="grid">
        <LeagueFilePanel leagueId={league?.id ?? null} />
        {league && season && (
          <PickSlipPanel
            leagueId={league.id}
            season={season}
            member={member}
            replay={league.replay === true}
          />
        )}
        {league && <FolderSyncPanel leagueId={league.id} />}
      </div>
    </section>
  );
}
