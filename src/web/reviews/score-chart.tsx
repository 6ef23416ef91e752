/** The Safety Score over a review's revisions as a small inline SVG: no script, with a text alternative. */
import type { HistoryEntry } from '../../narrative/revisions.ts';
import { longDate } from '../views/format.ts';
import { t, type Locale } from '../../i18n/index.ts';

const W = 320;
const H = 120;
const PAD = { left: 28, right: 10, top: 10, bottom: 20 };

export function ScoreChart(props: { name: string; history: readonly HistoryEntry[]; locale?: Locale }) {
  const locale = props.locale ?? 'en';
  const points = [...props.history].reverse().filter((h): h is HistoryEntry & { score: number } => h.score !== null);
  if (points.length === 0) return null;
  // One revision is a value, not a trend: say it instead of drawing a lone dot.
  if (points.length === 1) {
    const only = points[0];
    return only ? (
      <p class="score-chart-single">
        {t(locale, 'history.chart.single', { score: t(locale, 'history.score', { score: only.score }), date: longDate(only.createdAt, locale) })}
      </p>
    ) : null;
  }
  const x = (i: number) => (points.length === 1 ? (PAD.left + W - PAD.right) / 2 : PAD.left + (i * (W - PAD.left - PAD.right)) / (points.length - 1));
  const y = (s: number) => PAD.top + ((10 - s) * (H - PAD.top - PAD.bottom)) / 10;
  const alt = t(locale, 'history.chart.alt', {
    name: props.name,
    points: points.map((p) => t(locale, 'history.chart.point', { score: p.score, date: longDate(p.createdAt, locale) })).join(', '),
  });
  return (
    <figure class="score-chart">
      <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label={alt} focusable="false">
        <title>{alt}</title>
        {[0, 5, 10].map((s) => (
          <>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(s)} y2={y(s)} class="grid" />
            <text x={PAD.left - 6} y={y(s) + 4} text-anchor="end" class="axis">
              {s}
            </text>
          </>
        ))}
        {points.length > 1 ? <polyline points={points.map((p, i) => `${x(i).toFixed(1)},${y(p.score).toFixed(1)}`).join(' ')} class="line" /> : null}
        {points.map((p, i) => (
          <circle cx={x(i).toFixed(1)} cy={y(p.score).toFixed(1)} r="4" class="dot" />
        ))}
      </svg>
      <figcaption>{t(locale, 'history.chart.caption')}</figcaption>
    </figure>
  );
}
