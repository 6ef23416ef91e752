/** Apps side by side: the Safety Score, each dimension and each criterion, the better value marked in words, and why. */
import { scoreWithLabel } from '../../scoring/score-words.ts';
import { joinList, term, type Locale } from '../../i18n/index.ts';
import { sayer, scoreWithLabelIn } from '../views/words.ts';
import { isUnrated, type AppComparison } from '../../narrative/compare.ts';
import type { Rubric } from '../../domain/rubric.ts';
import type { SiteSnapshot } from '../site-data.ts';
import { Layout, type PageMeta } from '../views/layout.tsx';
import { LevelText, ToneBadge } from '../views/parts.tsx';

function Better(props: { on: boolean; locale: Locale }) {
  if (!props.on) return null;
  return (
    <strong class="better">
      {' '}
      <span aria-hidden="true">✓</span> {sayer(props.locale)('page.compare.better')}
    </strong>
  );
}

/** The apps' names as a title joins them: "Signal vs WhatsApp", "Signal oder WhatsApp", "Signal ou WhatsApp". */
export function comparedNames(locale: Locale, names: readonly string[]): string {
  return locale === 'en' ? names.join(' vs ') : joinList(locale, names, 'disjunction');
}

/** A criterion's label in the page's language (controls are named by their taxonomy term). */
function criterionLabel(locale: Locale, id: string, label: string): string {
  return id.startsWith('control-') ? term(locale, `control.${id.slice('control-'.length)}`, label) : term(locale, `criterion.${id}`, label);
}

export function CompareView(props: { rubric: Rubric; comparison: AppComparison; path: string; meta: Omit<PageMeta, 'title' | 'description' | 'path'> }) {
  const { comparison: cmp, rubric } = props;
  const locale = props.meta.locale ?? 'en';
  const say = sayer(locale);
  const names = cmp.apps.map((a) => a.name);
  const nameOf = (slug: string) => cmp.apps.find((a) => a.slug === slug)?.name ?? slug;
  const joined = comparedNames(locale, names);
  const title = say('page.compare.title', { apps: joined });
  return (
    <Layout
      meta={{
        ...props.meta,
        title,
        description: cmp.overall.why,
        path: props.path,
        wide: true,
        breadcrumbs: [
          { name: say('page.crumbs.apps'), path: '/' },
          { name: say('page.compare.crumb'), path: '/compare' },
          { name: joined, path: props.path },
        ],
      }}
    >
      <nav aria-label={say('page.crumbs')} class="crumbs">
        <ol>
          <li>
            <a href="/">{say('page.crumbs.apps')}</a>
          </li>
          <li>
            <a href="/compare">{say('page.compare.crumb')}</a>
          </li>
          <li aria-current="page">{joined}</li>
        </ol>
      </nav>
      <h1>{say('page.compare.h1', { apps: joined })}</h1>
      <p class="lede" id="overall-verdict">
        {cmp.overall.why}
      </p>

      <table class="compare stack">
        <caption id="cmp-score">{say('page.compare.score')}</caption>
        <thead>
          <tr>
            <td></td>
            {cmp.apps.map((a) => (
              <th scope="col">
                <a href={`/apps/${a.slug}`}>{a.name}</a>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{say('page.compare.score')}</th>
            {cmp.apps.map((a) => (
              <td data-label={a.name} class={cmp.overall.better.includes(a.slug) ? 'is-better' : undefined}>
                <ToneBadge rubric={rubric} tone={a.tone} text={locale === 'en' ? scoreWithLabel(a) : scoreWithLabelIn(locale, a)} />
                <Better on={cmp.overall.better.includes(a.slug)} locale={locale} />
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">{say('page.compare.coverage')}</th>
            {cmp.apps.map((a) => (
              <td data-label={a.name}>{say('page.compare.coverageValue', { percent: Math.round(a.coverage * 100) })}</td>
            ))}
          </tr>
          <tr>
            <th scope="row">{say('page.compare.penalty')}</th>
            {cmp.apps.map((a) => (
              <td data-label={a.name}>{a.penalty === 0 ? say('page.compare.penaltyNone') : say('page.compare.penaltyValue', { points: a.penalty })}</td>
            ))}
          </tr>
        </tbody>
      </table>

      {cmp.dimensions.map((d) => {
        const dimension = term(locale, `dimension.${d.id}`, d.name);
        return (
          <section aria-labelledby={`cmp-${d.id}`}>
            <h2 id={`cmp-${d.id}`}>{dimension}</h2>
            <p class="why">{d.why}</p>
            <table class="compare stack">
              <caption class="visually-hidden">{say('page.compare.criteriaCaption', { dimension })}</caption>
              <thead>
                <tr>
                  <th scope="col">{say('page.compare.criterion')}</th>
                  {cmp.apps.map((a) => (
                    <th scope="col">{a.name}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                <tr class="dimension-row">
                  <th scope="row">
                    {say('page.compare.overall', { dimension })}
                    <span class="why">
                      {d.better.length === 0
                        ? say(d.values.some(isUnrated) ? 'page.compare.unrated' : 'page.compare.level')
                        : say('page.compare.higher', {
                            count: d.better.length,
                            apps: joinList(
                              locale,
                              d.better.map((s) => nameOf(s)),
                            ),
                          })}
                    </span>
                  </th>
                  {d.values.map((v) => (
                    <td data-label={nameOf(v.slug)} class={d.better.includes(v.slug) ? 'is-better' : undefined}>
                      <LevelText rubric={rubric} tone={v.tone} level={v.level} score={v.score} locale={locale} />
                      <Better on={d.better.includes(v.slug)} locale={locale} />
                    </td>
                  ))}
                </tr>
                {d.criteria.map((c) => (
                  <tr>
                    <th scope="row">
                      {criterionLabel(locale, c.id, c.label)}
                      <span class="why">{c.why}</span>
                    </th>
                    {c.values.map((v) => (
                      <td data-label={nameOf(v.slug)} class={c.better.includes(v.slug) ? 'is-better' : undefined}>
                        {v.value}
                        <Better on={c.better.includes(v.slug)} locale={locale} />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
      <p class="muted">
        {say('page.compare.footBefore')} <a href="/methodology">{say('page.compare.footLink')}</a>
        {say('page.compare.footAfter')}
      </p>
    </Layout>
  );
}

/** The compare form: pick two to four apps (a GET form that works without JavaScript). */
export function CompareFormView(props: { snapshot: SiteSnapshot; meta: Omit<PageMeta, 'title' | 'description' | 'path'> }) {
  const { snapshot } = props;
  const locale = props.meta.locale ?? 'en';
  const say = sayer(locale);
  const byCategory = snapshot.catalog.categories
    .map((c) => ({ c, apps: snapshot.apps.filter((a) => a.review.category === c.id).sort((a, b) => a.review.name.localeCompare(b.review.name)) }))
    .filter((g) => g.apps.length > 0);
  const select = (n: number) => (
    <p>
      <label for={`app-${n}`}>{n > 2 ? say('page.compare.formAppOptional', { n }) : say('page.compare.formApp', { n })}</label>{' '}
      <select id={`app-${n}`} name="apps" required={n <= 2}>
        <option value="">{say('page.compare.formChoose')}</option>
        {byCategory.map((g) => (
          <optgroup label={term(locale, `category.${g.c.id}.name`, g.c.name)}>
            {g.apps.map((a) => (
              <option value={a.review.slug}>{a.review.name}</option>
            ))}
          </optgroup>
        ))}
      </select>
    </p>
  );
  return (
    <Layout
      meta={{
        ...props.meta,
        title: say('page.compare.formTitle'),
        description: say('page.compare.formDescription'),
        path: '/compare',
        breadcrumbs: [
          { name: say('page.crumbs.apps'), path: '/' },
          { name: say('page.compare.crumb'), path: '/compare' },
        ],
      }}
    >
      <h1>{say('page.compare.formH1')}</h1>
      <form method="get" action="/compare" class="compare-form">
        <fieldset>
          <legend>{say('page.compare.formLegend')}</legend>
          {[1, 2, 3, 4].map(select)}
        </fieldset>
        <p>
          <button type="submit">{say('page.compare.formSubmit')}</button>
        </p>
      </form>
    </Layout>
  );
}
