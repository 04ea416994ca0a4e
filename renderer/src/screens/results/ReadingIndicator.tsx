function sizeText(chars: number): string {
  if (chars < 1024) return `${chars} characters`;
  if (chars < 1024 * 1024) return `${(chars / 1024).toFixed(0)} KB`;
  return `${(chars / 1024 / 1024).toFixed(1)} MB`;
}

/** Shown while a file is parsed (in a worker, so the animation keeps running on big files). */
export function ReadingIndicator({ fileName, size }: { fileName: string; size: number }) {
  const label = `Reading “${fileName}” (${sizeText(size)})…`;
  return (
    <section className="panel rs-reading" aria-busy="true" aria-live="polite">
      <p>{label}</p>
      <div className="rs-progress" role="progressbar" aria-label={label}>
        <div className="rs-progress-bar" />
      </div>
    </section>
  );
}
