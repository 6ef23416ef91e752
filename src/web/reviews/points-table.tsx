/**
 * "How this score was calculated": every criterion's points, with totals a
 * reader can add up. Points are shown to two decimals, rounded so that the
 * rows of a table sum exactly to its total, and the dimensions' totals to
 * the score before controversies.
 */
import type { Child } from '#jsx/jsx-runtime';
import type { ReviewPage } from '../../narrative/model.ts';
import { t, type Locale, type MessageKey, type MessageParams } from '../../i18n/index.ts';
import { dataDate } from './dates.ts';

/**
 * Round `values` to `decimals` so that they add up to `total` rounded the same
 * way (largest remainder first), never moving a value by a whole step or more.
 * @example roundToSum([0.333, 0.333, 0.334], 2) // [0.33, 0.33, 0.34]
 */
export function roundToSum(values: readonly number[], decimals = 2, total = values.reduce((s, v) => s + v, 0)): number[] {
  const f = 10 ** decimals;
  const target = Math.round(total * f + 1e-9);
  const floors = values.map((v) => Math.floor(v * f + 1e-9));
  let missing = target - floors.reduce((s, v) => s + v, 0);
  const order = values.map((v, i) => ({ i, rest: v * f - (floors[i] ?? 0) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  const out = [...floors];
  for (let k = 0; missing > 0 && k < order.length; k++, missing--) {
    const o = order[k];
    if (o) out[o.i] = (out[o.i] ?? 0) + 1;
  }
  return out.map((v) => v / f);
}

export function PointsTables(props: { page: ReviewPage; cite: (ids: readonly string[]) => Child; locale?: Locale }) {
  const locale = props.locale ?? 'en';
  const say = (key: MessageKey, params?: MessageParams) => t(locale, key, params);
  const of = (earned: number, possible: number) => say('ui.points.of', { earned, possible });
  /** Free text from the data (controversy titles) inside a page in another language. */
  const titleLang = (id: string) => {
    const c = props.page.controversies.find((x) => x.id === id);
    return { title: c?.title, lang: c ? (c.titleLang === locale ? undefined : c.titleLang) : locale === 'en' ? undefined : 'en' };
  };
  const result = props.page.explanation;
  const dims = Object.values(result.dimensions);
  const earned = dims.map((d) => d.criteria.reduce((s, c) => s + c.points, 0));
  const possible = dims.map((d) => d.criteria.reduce((s, c) => s + c.maxPoints, 0));
  const dimEarned = roundToSum(earned);
  const dimPossible = roundToSum(possible);
  const totalEarned = dimEarned.reduce((s, v) => s + v, 0);
  const totalPossible = dimPossible.reduce((s, v) => s + v, 0);
  const penalty = result.penalty.total;
  const rescaled = Math.abs(totalPossible - 10) > 0.005;
  const before = totalPossible === 0 ? 0 : (totalEarned * 10) / totalPossible;
  return (
    <>
      <p>{say('ui.points.intro')}</p>
      {dims.map((d, di) => {
        const rows = roundToSum(
          d.criteria.map((c) => c.points),
          2,
          dimEarned[di],
        );
        const maxRows = roundToSum(
          d.criteria.map((c) => c.maxPoints),
          2,
          dimPossible[di],
        );
        return (
          <table class="explain stack" id={`points-${d.id}`}>
            <caption>
              {d.score === null || d.tone === 'none'
                ? say('ui.points.captionUnscored', { name: d.name, level: d.level })
                : say('ui.points.caption', { name: d.name, score: d.score, level: d.level })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{say('ui.points.criterion')}</th>
                <th scope="col">{say('ui.points.fact')}</th>
                <th scope="col">{say('ui.points.points')}</th>
              </tr>
            </thead>
            <tbody>
              {d.criteria.map((c, i) => (
                <tr>
                  <th scope="row">{c.label}</th>
                  <td data-label={say('ui.points.fact')}>
                    {c.value}
                    {props.cite(c.sources)}
                  </td>
                  <td data-label={say('ui.points.points')}>
                    {c.status === 'not-applicable' ? say('ui.points.notApplicable') : of(rows[i] ?? 0, maxRows[i] ?? 0)}
                    {c.status === 'unknown' ? ` ${say('ui.points.unknown')}` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr class="total">
                <th scope="row">{say('ui.points.total')}</th>
                <td data-label={say('ui.points.subScore')}>
                  {d.score === null || d.tone === 'none' ? say('ui.review.noSubScore') : say('ui.points.score', { score: d.score })}
                </td>
                <td data-label={say('ui.points.points')}>{of(dimEarned[di] ?? 0, dimPossible[di] ?? 0)}</td>
              </tr>
            </tfoot>
          </table>
        );
      })}
      <table class="explain stack" id="points-total">
        <caption>{say('ui.points.sum')}</caption>
        <thead>
          <tr>
            <th scope="col">{say('ui.points.part')}</th>
            <th scope="col">{say('ui.points.points')}</th>
          </tr>
        </thead>
        <tbody>
          {dims.map((d, di) => (
            <tr>
              <th scope="row">
                <a href={`#points-${d.id}`}>{d.name}</a>
              </th>
              <td data-label={say('ui.points.points')}>{of(dimEarned[di] ?? 0, dimPossible[di] ?? 0)}</td>
            </tr>
          ))}
          <tr class="total">
            <th scope="row">{say('ui.points.allRatings')}</th>
            <td data-label={say('ui.points.points')}>
              {rescaled ? say('ui.points.ofRescaled', { earned: totalEarned, possible: totalPossible, before }) : of(totalEarned, totalPossible)}
            </td>
          </tr>
          <tr>
            <th scope="row">{say('ui.points.controversies')}</th>
            <td data-label={say('ui.points.points')}>
              {penalty === 0 ? say('ui.points.noPenalty') : say('ui.points.penalty', { points: penalty })}
              {result.penalty.capped ? ` ${say('ui.points.capped')}` : ''}
              {result.penalty.lines.length > 0 ? (
                <ul>
                  {result.penalty.lines.map((l) => {
                    const local = titleLang(l.controversy);
                    return (
                      <li>
                        <span lang={local.lang}>{local.title ?? l.title}</span> {say('ui.points.line', { date: dataDate(l.date, locale), points: l.points })}
                        {props.cite(l.sources)}
                      </li>
                    );
                  })}
                </ul>
              ) : null}
            </td>
          </tr>
        </tbody>
        <tfoot>
          <tr class="total">
            <th scope="row">{say('ui.points.safetyScore')}</th>
            <td data-label={say('ui.points.points')}>
              {result.score === null
                ? say('ui.points.notGiven', { percent: Math.round(result.coverage * 100) })
                : say('ui.points.shownAs', { exact: Math.max(0, before - penalty), score: result.score })}
            </td>
          </tr>
        </tfoot>
      </table>
    </>
  );
}
