/**
 * "How this score was calculated": every criterion's points, with totals a
 * reader can add up. Points are shown to two decimals, rounded so that the
 * rows of a table sum exactly to its total, and the dimensions' totals to
 * the score before controversies.
 */
import type { Child } from 'hono/jsx';
import type { ReviewPage } from '../../narrative/model.ts';

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

const two = (x: number) => x.toFixed(2);

export function PointsTables(props: { page: ReviewPage; cite: (ids: readonly string[]) => Child }) {
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
      <p>
        Each criterion can earn a share of the 10 points of the Safety Score; the table of each rating lists what it earned. A rating's sub-score is its points
        out of what it could earn, on a scale of 10.
      </p>
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
            <caption>{d.score === null || d.tone === 'none' ? `${d.name}: ${d.level}` : `${d.name}: ${d.score}/10, ${d.level}`}</caption>
            <thead>
              <tr>
                <th scope="col">Criterion</th>
                <th scope="col">Fact</th>
                <th scope="col">Points</th>
              </tr>
            </thead>
            <tbody>
              {d.criteria.map((c, i) => (
                <tr>
                  <th scope="row">{c.label}</th>
                  <td data-label="Fact">
                    {c.value}
                    {props.cite(c.sources)}
                  </td>
                  <td data-label="Points">
                    {c.status === 'not-applicable' ? 'not applicable' : `${two(rows[i] ?? 0)} of ${two(maxRows[i] ?? 0)}`}
                    {c.status === 'unknown' ? ' (unknown: earns nothing)' : ''}
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr class="total">
                <th scope="row">Total</th>
                <td data-label="Sub-score">{d.score === null || d.tone === 'none' ? 'no sub-score' : `${d.score}/10`}</td>
                <td data-label="Points">
                  {two(dimEarned[di] ?? 0)} of {two(dimPossible[di] ?? 0)}
                </td>
              </tr>
            </tfoot>
          </table>
        );
      })}
      <table class="explain stack" id="points-total">
        <caption>The Safety Score, added up</caption>
        <thead>
          <tr>
            <th scope="col">Part</th>
            <th scope="col">Points</th>
          </tr>
        </thead>
        <tbody>
          {dims.map((d, di) => (
            <tr>
              <th scope="row">
                <a href={`#points-${d.id}`}>{d.name}</a>
              </th>
              <td data-label="Points">
                {two(dimEarned[di] ?? 0)} of {two(dimPossible[di] ?? 0)}
              </td>
            </tr>
          ))}
          <tr class="total">
            <th scope="row">All ratings</th>
            <td data-label="Points">
              {two(totalEarned)} of {two(totalPossible)}
              {rescaled ? `, which is ${two(before)} out of 10 (only ${two(totalPossible)} points apply to this app)` : ''}
            </td>
          </tr>
          <tr>
            <th scope="row">Controversies</th>
            <td data-label="Points">
              {penalty === 0 ? 'none' : `−${two(penalty)}`}
              {result.penalty.capped ? ' (the most the rubric allows)' : ''}
              {result.penalty.lines.length > 0 ? (
                <ul>
                  {result.penalty.lines.map((l) => (
                    <li>
                      {l.title} ({l.date}, −{two(l.points)}){props.cite(l.sources)}
                    </li>
                  ))}
                </ul>
              ) : null}
            </td>
          </tr>
        </tbody>
        <tfoot>
          <tr class="total">
            <th scope="row">Safety Score</th>
            <td data-label="Points">
              {result.score === null
                ? `not given: only ${Math.round(result.coverage * 100)}% of the facts are known, below the rubric's minimum`
                : `${two(Math.max(0, before - penalty))}, shown as ${result.score.toFixed(1)}/10`}
            </td>
          </tr>
        </tfoot>
      </table>
    </>
  );
}
