/**
 * Placeholder for "Share & sync" (pick slips, league bundles, synced folder —
 * DESIGN.md §7–8). A later issue fills this component; the League screen
 * already reserves its place.
 */
export function ShareSyncSection() {
  return (
    <section className="panel share-sync" aria-labelledby="share-title">
      <h2 id="share-title">Share &amp; sync</h2>
      <p className="muted">
        Exchanging pick slips and league files with friends on other computers is not available in this
        version.
      </p>
    </section>
  );
}
