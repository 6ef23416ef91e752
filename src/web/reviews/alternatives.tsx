/**
 * Safer alternatives with their trade-offs: for each, both apps named side
 * by side on every rating, and the criteria where each one is the better.
 */
import type { AppComparison } from '../../narrative/compare.ts';
import type { ReviewPage } from '../../narrative/model.ts';
import { t, type Locale, type MessageKey, type MessageParams } from '../../i18n/index.ts';

function nameOf(cmp: AppComparison, slug: string): string {
  return cmp.apps.find((a) => a.slug === slug)?.name ?? slug;
}

export function Alternatives(props: { page: ReviewPage; tradeoffs: ReadonlyMap<string, AppComparison>; locale?: Locale }) {
  const { page } = props;
  const say = (key: MessageKey, params?: MessageParams) => t(props.locale ?? 'en', key, params);
  /** French sets a narrow no-break space before a semicolon. */
  const semicolon = props.locale === 'fr' ? '\u202f; ' : '; ';
  return (
    <ul class="alternatives">
      {page.alternatives.map((a) => {
        const cmp = props.tradeoffs.get(a.slug);
        const altWins = cmp ? cmp.dimensions.flatMap((d) => d.criteria.filter((c) => c.better.length === 1 && c.better[0] === a.slug)) : [];
        const appWins = cmp ? cmp.dimensions.flatMap((d) => d.criteria.filter((c) => c.better.length === 1 && c.better[0] === page.slug)) : [];
        return (
          <li class="alternative">
            <h3>
              <a href={`/apps/${a.slug}`}>{a.name}</a> — {say('ui.alt.score', { score: a.score, label: a.label })}
            </h3>
            {cmp ? (
              <table class="stack alt-table">
                <caption class="visually-hidden">{say('ui.alt.ratings', { app: page.name, alt: a.name })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{say('ui.alt.rating')}</th>
                    <th scope="col">{page.name}</th>
                    <th scope="col">{a.name}</th>
                  </tr>
                </thead>
                <tbody>
                  {cmp.dimensions.map((d) => (
                    <tr>
                      <th scope="row">{d.name}</th>
                      {[page.slug, a.slug].map((slug) => {
                        const v = d.values.find((x) => x.slug === slug);
                        const better = d.better.length === 1 && d.better[0] === slug;
                        return (
                          <td data-label={nameOf(cmp, slug)} class={better ? 'is-better' : undefined}>
                            {v ? (v.score === null || v.tone === 'none' ? v.level : say('ui.alt.level', { level: v.level, score: v.score })) : ''}
                            {better ? (
                              <strong class="better">
                                {' '}
                                <span aria-hidden="true">✓</span> {say('ui.alt.better')}
                              </strong>
                            ) : null}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
            {cmp ? (
              <table class="stack tradeoffs">
                <caption class="visually-hidden">{say('ui.alt.tradeoffs', { app: page.name, alt: a.name })}</caption>
                <tbody>
                  <tr>
                    <th scope="row">{say('ui.alt.where', { name: a.name })}</th>
                    <td>{altWins.length > 0 ? altWins.map((c) => c.label).join(semicolon) : say('ui.alt.nowhere')}</td>
                  </tr>
                  <tr>
                    <th scope="row">{say('ui.alt.where', { name: page.name })}</th>
                    <td>{appWins.length > 0 ? appWins.map((c) => c.label).join(semicolon) : say('ui.alt.nowhere')}</td>
                  </tr>
                </tbody>
              </table>
            ) : a.reasons.length > 0 ? (
              <ul>
                {a.reasons.map((r) => (
                  <li>{r}</li>
                ))}
              </ul>
            ) : null}
            <p>
              <a href={`/compare/${page.slug}-vs-${a.slug}`} class="compare-link">
                {say('ui.alt.compare', { app: page.name, alt: a.name })}
              </a>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
