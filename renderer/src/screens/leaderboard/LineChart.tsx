/** A small SVG line chart: drawn by hand because two charts do not justify a chart library. */

export interface Series {
  id: string;
  name: string;
  color: string;
  values: number[];
  /** Drawn thicker (the selected or active member). */
  emphasis?: boolean;
}

interface LineChartProps {
  title: string;
  /** Spoken summary of the chart (it is an image to assistive tech). */
  summary: string;
  labels: string[];
  series: Series[];
  /** Rank charts: 1 at the top, integer steps. */
  invert?: boolean;
}

const W = 640;
const H = 280;
const PAD = { left: 44, right: 16, top: 14, bottom: 30 };

function niceTicks(max: number, count = 5): number[] {
  if (max <= 0) return [0];
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((f) => f * magnitude).find((s) => s >= raw) ?? raw;
  const ticks: number[] = [];
  for (let v = 0; v <= max + step / 2; v += step) ticks.push(Math.round(v * 100) / 100);
  return ticks;
}

export function LineChart({ title, summary, labels, series, invert = false }: LineChartProps) {
  const all = series.flatMap((s) => s.values);
  const maxValue = Math.max(1, ...all);
  const ticks = invert
    ? niceTicks(maxValue, Math.min(5, maxValue))
        .map((t) => Math.max(1, Math.round(t)))
        .filter((t, i, list) => list.indexOf(t) === i)
    : niceTicks(maxValue);
  const top = invert ? 1 : 0;
  const yMax = invert ? Math.max(2, maxValue) : Math.max(...ticks, 1);
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (labels.length <= 1 ? plotW / 2 : (i / (labels.length - 1)) * plotW);
  const y = (v: number) =>
    invert
      ? PAD.top + ((v - top) / (yMax - top)) * plotH
      : PAD.top + plotH - ((v - top) / (yMax - top)) * plotH;

  return (
    <figure className="lb-chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${title}. ${summary}`}>
        {ticks.map((t) => (
          <g key={t}>
            <line className="lb-grid" x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} />
            <text className="lb-tick" x={PAD.left - 8} y={y(t) + 4} textAnchor="end">
              {t}
            </text>
          </g>
        ))}
        {labels.map((label, i) => (
          <text key={label} className="lb-tick" x={x(i)} y={H - 8} textAnchor="middle">
            {label}
          </text>
        ))}
        {series.map((s) => (
          <g key={s.id} className={s.emphasis ? 'lb-series emphasis' : 'lb-series'}>
            <polyline
              fill="none"
              stroke={s.color}
              strokeWidth={s.emphasis ? 3.5 : 2}
              strokeLinejoin="round"
              points={s.values.map((v, i) => `${x(i)},${y(v)}`).join(' ')}
            />
            {s.values.map((v, i) => (
              <circle key={i} cx={x(i)} cy={y(v)} r={s.emphasis ? 4.5 : 3} fill={s.color}>
                <title>{`${s.name}: ${v} (${labels[i]})`}</title>
              </circle>
            ))}
          </g>
        ))}
      </svg>
    </figure>
  );
}
