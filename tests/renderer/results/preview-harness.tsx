import { useState } from 'react';
import type { ImportPlan } from '../../../renderer/src/db/imports';
import { PreviewPanel } from '../../../renderer/src/screens/results/PreviewPanel';
import type { Preview } from '../../../renderer/src/screens/results/preview-model';
import type { Season } from '../../../shared/domain/types';

/** The preview panel on one season, keeping the user's changes as the Results screen does. */
export function PreviewHarness({
  season,
  initial,
  onConfirm = () => {},
}: {
  season: Season;
  initial: Preview;
  onConfirm?: (plan: ImportPlan) => void;
}) {
  const [preview, setPreview] = useState(initial);
  return (
    <PreviewPanel
      season={season}
      seasons={[season]}
      activeSeasonId={season.id}
      stored={new Map()}
      onSeason={() => {}}
      preview={preview}
      committing={false}
      commitError={null}
      onChange={(change) => setPreview(change)}
      onConfirm={onConfirm}
      onCancel={() => {}}
    />
  );
}
