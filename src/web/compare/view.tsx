/** Apps side by side: the Safety Score, each dimension and each criterion, the better value marked in words, and why. */
import { scoreWithLabel } from '../../scoring/score-words.ts';
import type { AppComparison } from '../../narrative/compare.ts';
import type { Rubric } from '../../domain/rubric.ts';
import type { SiteSnapshot } from '../site-data.ts';
import { Layout, type PageMeta } from '../views/layout.tsx';
import { LevelText, ToneBadge } from '../views/parts.tsx';

function Better(props: { on: boolean }) {
  if (!props.on) return null;
  return (
    <strong class="better">
      {' '}
      <span aria-hidden="true">✓</span> Better
    </strong>
  );
}

export function CompareView(props: { rubric: Rubric; comparison: AppComparison; path: string; meta: Omit<PageMeta, 'title' | 'description' | 'path'> }) {
  const { comparison: cmp, rubric } = props;
  const names = cmp.apps.map((a) => a.name);
  const nameOf = (slug: string) => cmp.apps.find((a) => a.slug === slug)?.name ?? slug;
  const title = `${names.join(' vs ')}: which is more private? | PrivacyDefend`;
  return (
    <Layout
      meta={{
        ...props.meta,
        title,
        description: cmp.overall.why,
        path: props.path,
        wide: true,
        breadcrumbs: [
          { name: 'Apps', path: '/' },
          { name: 'Compare', path: '/compare' },
          { name: names.join(' vs '), path: props.path },
        ],
      }}
    >
      <nav aria-label="Breadcrumb" class="crumbs">
        <ol>
          <li>
            <a href="/">Apps</a>
          </li>
          <li>
            <a href="/compare">Compare</a>
          </li>
          <li aria-current="page">{names.join(' vs ')}</li>
        </ol>
      </nav>
      <h1>{names.join(' vs ')}: which is more private?</h1>
      <p class="lede" id="overall-verdict">
        {cmp.overall.why}
      </p>

      <table class="compare stack">
        <caption id="cmp-score">Safety Score</caption>
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
            <th scope="row">Safety Score</th>
            {cmp.apps.map((a) => (
              <td data-label={a.name} class={cmp.overall.better.includes(a.slug) ? 'is-better' : undefined}>
                <ToneBadge rubric={rubric} tone={a.tone} text={scoreWithLabel(a)} />
                <Better on={cmp.overall.better.includes(a.slug)} />
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">Facts known</th>
            {cmp.apps.map((a) => (
              <td data-label={a.name}>{Math.round(a.coverage * 100)}%</td>
            ))}
          </tr>
          <tr>
            <th scope="row">Controversy penalty</th>
            {cmp.apps.map((a) => (
              <td data-label={a.name}>{a.penalty === 0 ? 'none' : `−${a.penalty}`}</td>
            ))}
          </tr>
        </tbody>
      </table>

      {cmp.dimensions.map((d) => (
        <section aria-labelledby={`cmp-${d.id}`}>
          <h2 id={`cmp-${d.id}`}>{d.name}</h2>
          <p class="why">{d.why}</p>
          <table class="compare stack">
            <caption class="visually-hidden">{d.name}, criterion by criterion</caption>
            <thead>
              <tr>
                <th scope="col">Criterion</th>
                {cmp.apps.map((a) => (
                  <th scope="col">{a.name}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr class="dimension-row">
                <th scope="row">
                  {d.name} overall
                  <span class="why">
                    {d.better.length === 0 ? 'Level' : `${d.better.map((s) => nameOf(s)).join(', ')} rate${d.better.length === 1 ? 's' : ''} higher`}
                  </span>
                </th>
                {d.values.map((v) => (
                  <td data-label={nameOf(v.slug)} class={d.better.includes(v.slug) ? 'is-better' : undefined}>
                    <LevelText rubric={rubric} tone={v.tone} level={v.level} score={v.score} />
                    <Better on={d.better.includes(v.slug)} />
                  </td>
                ))}
              </tr>
              {d.criteria.map((c) => (
                <tr>
                  <th scope="row">
                    {c.label}
                    <span class="why">{c.why}</span>
                  </th>
                  {c.values.map((v) => (
                    <td data-label={nameOf(v.slug)} class={c.better.includes(v.slug) ? 'is-better' : undefined}>
                      {v.value}
                      <Better on={c.better.includes(v.slug)} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      <p class="muted">
        Values come from each app's sourced facts (see each review for the sources); how they score is on the <a href="/methodology">methodology</a> page.
        Unknown facts never make an app the better one.
      </p>
    </Layout>
  );
}

/** The compare form: pick two to four apps (a GET form that works without JavaScript). */
export function CompareFormView(props: { snapshot: SiteSnapshot; meta: Omit<PageMeta, 'title' | 'description' | 'path'> }) {
  const { snapshot } = props;
  const byCategory = snapshot.catalog.categories
    .map((c) => ({ c, apps: snapshot.apps.filter((a) => a.review.category === c.id).sort((a, b) => a.review.name.localeCompare(b.review.name)) }))
    .filter((g) => g.apps.length > 0);
  const select = (n: number) => (
    <p>
      <label for={`app-${n}`}>
        App {n}
        {n > 2 ? ' (optional)' : ''}
      </label>{' '}
      <select id={`app-${n}`} name="apps" required={n <= 2}>
        <option value="">Choose an app</option>
        {byCategory.map((g) => (
          <optgroup label={g.c.name}>
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
        title: 'Compare apps side by side | PrivacyDefend',
        description: 'Compare the privacy of two to four apps: Safety Score, each rating and each underlying fact.',
        path: '/compare',
        breadcrumbs: [
          { name: 'Apps', path: '/' },
          { name: 'Compare', path: '/compare' },
        ],
      }}
    >
      <h1>Compare apps</h1>
      <form method="get" action="/compare" class="compare-form">
        <fieldset>
          <legend>Choose two to four apps</legend>
          {[1, 2, 3, 4].map(select)}
        </fieldset>
        <p>
          <button type="submit">Compare</button>
        </p>
      </form>
    </Layout>
  );
}
