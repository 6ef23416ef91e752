/** The review page ("Is <app> safe?"): renders a ReviewPage model, computes nothing. */
import type { ReviewPage, Sentence } from '../../narrative/model.ts';
import type { RevisionRow } from '../../store/index.ts';
import { Layout, type PageMeta } from '../views/layout.tsx';
import { monthYear, longDate } from '../views/format.ts';
import type { Taxonomy } from '../../domain/catalog.ts';
import { reviewHistory } from '../../narrative/revisions.ts';
import { ScoreChart } from './score-chart.tsx';

export interface ReviewViewProps {
  page: ReviewPage;
  history: RevisionRow[];
  updated: string;
  /** Names the facts in the "what changed" lists; without it they are named by their path. */
  taxonomy?: Taxonomy;
  meta: Omit<PageMeta, 'title' | 'description' | 'path' | 'jsonLd'>;
}

function citeNumbers(page: ReviewPage): Map<string, number> {
  return new Map(page.sources.map((s, i) => [s.id, i + 1]));
}

function Cite(props: { ids: readonly string[]; numbers: Map<string, number> }) {
  const ns = props.ids.map((id) => props.numbers.get(id)).filter((n): n is number => n !== undefined);
  if (ns.length === 0) return null;
  return (
    <sup class="cite">
      {ns.map((n, i) => (
        <>
          {i > 0 ? ',' : ''}
          <a href={`#source-${n}`} aria-label={`Source ${n}`}>
            {n}
          </a>
        </>
      ))}
    </sup>
  );
}

function Sentences(props: { items: readonly Sentence[]; numbers: Map<string, number> }) {
  return (
    <>
      {props.items.map((s, i) => (
        <>
          {i > 0 ? ' ' : ''}
          {s.text}
          <Cite ids={s.sources} numbers={props.numbers} />
        </>
      ))}
    </>
  );
}

function Badge(props: { tone: string; icon: string; text: string }) {
  return (
    <span class={`badge tone-${props.tone}`}>
      <span aria-hidden="true" class="icon">
        {props.icon}
      </span>{' '}
      {props.text}
    </span>
  );
}

/** Structured data: the review as a schema.org Review with its rating, and the FAQ as FAQPage. */
export function reviewJsonLd(page: ReviewPage, url: string, updated: string): object[] {
  const ld: object[] = [];
  const review: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'Review',
    name: `Is ${page.name} safe?`,
    url,
    datePublished: page.reviewed,
    dateModified: updated.slice(0, 10),
    author: { '@type': 'Organization', name: 'PrivacyDefend' },
    itemReviewed: {
      '@type': 'SoftwareApplication',
      name: page.name,
      applicationCategory: page.category.name,
      author: { '@type': 'Organization', name: page.owner },
    },
    reviewBody: page.shortAnswer.map((s) => s.text).join(' '),
  };
  if (page.score.value !== null) review.reviewRating = { '@type': 'Rating', ratingValue: page.score.value, bestRating: 10, worstRating: 0 };
  ld.push(review);
  if (page.faq.length > 0) {
    ld.push({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      mainEntity: page.faq.map((f) => ({
        '@type': 'Question',
        name: f.question,
        acceptedAnswer: { '@type': 'Answer', text: f.answer.map((s) => s.text).join(' ') },
      })),
    });
  }
  ld.push({
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: [
      { '@type': 'ListItem', position: 1, name: 'Apps', item: `${url.replace(/\/apps\/.*$/, '')}/` },
      { '@type': 'ListItem', position: 2, name: page.category.name, item: `${url.replace(/\/apps\/.*$/, '')}/categories/${page.category.id}` },
      { '@type': 'ListItem', position: 3, name: page.name, item: url },
    ],
  });
  return ld;
}

export function ReviewView(props: ReviewViewProps) {
  const { page } = props;
  const n = citeNumbers(page);
  const path = `/apps/${page.slug}`;
  const title = `Is ${page.name} Safe? Privacy review and Safety Score | PrivacyDefend`;
  const description = page.shortAnswer
    .map((s) => s.text)
    .join(' ')
    .slice(0, 300);
  const history = reviewHistory(props.history, props.taxonomy ?? { dataTypes: [], purposes: [], parties: [], exceptions: [], controls: [] });
  const meta: PageMeta = {
    ...props.meta,
    title,
    description,
    path,
    ogType: 'article',
    jsonLd: reviewJsonLd(page, `${props.meta.siteUrl}${path}`, props.updated),
  };
  const dc = page.dataCollection;
  return (
    <Layout meta={meta}>
      <article class="review" aria-labelledby="review-title">
        <nav aria-label="Breadcrumb" class="crumbs">
          <ol>
            <li>
              <a href="/">Apps</a>
            </li>
            <li>
              <a href={`/categories/${page.category.id}`}>{page.category.name}</a>
            </li>
            <li aria-current="page">{page.name}</li>
          </ol>
        </nav>
        <p class="category">{page.category.name}</p>
        <h1 id="review-title">Is {page.name} Safe?</h1>
        <p class="byline">
          Owned by {page.owner} • Last updated <time datetime={props.updated}>{monthYear(props.updated)}</time>
        </p>

        <section data-section="short-answer" class="short-answer" aria-labelledby="short-answer">
          <h2 id="short-answer">Short answer</h2>
          <p>
            <Sentences items={page.shortAnswer} numbers={n} />
          </p>
        </section>

        <section data-section="score" class="score" aria-labelledby="score-heading">
          <h2 id="score-heading">PrivacyDefend Safety Score</h2>
          {page.score.value === null ? (
            <p class="score-value">
              <Badge tone="none" icon={page.score.icon} text={page.score.label} />
            </p>
          ) : (
            <p class="score-value">
              <span class="number">{page.score.value.toFixed(1)}</span>
              <span class="outof">/10</span> <Badge tone={page.score.tone} icon={page.score.icon} text={page.score.label} />
            </p>
          )}
          <p class="coverage">
            Based on {Math.round(page.score.coverage * 100)}% of the facts the rubric asks for, with{' '}
            <a href="/methodology">rubric {page.score.rubricVersion}</a>.
          </p>
          <ul class="ratings">
            {page.ratings.map((r) => (
              <li class={`rating tone-${r.tone}`}>
                <span class="rating-name">{r.name}</span>
                <span class="rating-level">
                  <span aria-hidden="true" class="icon">
                    {r.icon}
                  </span>{' '}
                  {r.level}
                  <span class="visually-hidden"> ({r.toneWords})</span>
                </span>
              </li>
            ))}
          </ul>
        </section>

        <section data-section="data-collection" aria-labelledby="data-heading">
          <h2 id="data-heading">What Data Does {page.name} Collect?</h2>
          <p>
            <Sentences items={dc.intro} numbers={n} />
          </p>
          {dc.groups.map((g) => (
            <div class="data-group">
              <h3>{g.title}</h3>
              <p class="muted">{g.description}</p>
              <ul>
                {g.items.map((item) => (
                  <li>
                    <strong>{item.label}</strong>: {item.purposes.join(', ')}
                    <Cite ids={item.sources} numbers={n} />
                  </li>
                ))}
              </ul>
            </div>
          ))}
          {dc.comparison ? (
            <p>
              <Sentences items={[dc.comparison]} numbers={n} />
            </p>
          ) : null}
          {dc.whyItMatters.length > 0 ? (
            <>
              <h3>Why this matters</h3>
              <p>
                <Sentences items={dc.whyItMatters} numbers={n} />
              </p>
            </>
          ) : null}
        </section>

        <section data-section="encryption" aria-labelledby="encryption-heading">
          <h2 id="encryption-heading">{page.name} Encryption &amp; Security</h2>
          <p>
            <strong>Encryption level:</strong> {page.encryption.level}
          </p>
          {page.encryption.facts.length > 0 ? (
            <ul>
              {page.encryption.facts.map((s) => (
                <li>
                  <Sentences items={[s]} numbers={n} />
                </li>
              ))}
            </ul>
          ) : null}
          {page.encryption.exceptions.length > 0 ? (
            <>
              <h3>What weakens it</h3>
              <ul>
                {page.encryption.exceptions.map((s) => (
                  <li>
                    <Sentences items={[s]} numbers={n} />
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {page.encryption.whatItMeans.length > 0 ? (
            <>
              <h3>What this means for you</h3>
              <p>
                <Sentences items={page.encryption.whatItMeans} numbers={n} />
              </p>
            </>
          ) : null}
        </section>

        <section data-section="sharing" aria-labelledby="sharing-heading">
          <h2 id="sharing-heading">Does {page.name} Share Your Data?</h2>
          <p>
            <strong>Third-party sharing:</strong> {page.sharing.level}
          </p>
          {page.sharing.facts.length > 0 ? (
            <p>
              <Sentences items={page.sharing.facts} numbers={n} />
            </p>
          ) : null}
        </section>

        {page.pros.length > 0 || page.concerns.length > 0 ? (
          <div class="findings">
            {page.pros.length > 0 ? (
              <section data-section="good" aria-labelledby="good-heading" class="pros">
                <h2 id="good-heading">What's Good</h2>
                <ul>
                  {page.pros.map((f) => (
                    <li>
                      <span aria-hidden="true" class="icon">
                        ✓
                      </span>{' '}
                      {f.text}
                      <Cite ids={f.sources} numbers={n} />
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
            {page.concerns.length > 0 ? (
              <section data-section="concerns" aria-labelledby="concerns-heading" class="concerns">
                <h2 id="concerns-heading">Concerns</h2>
                <ul>
                  {page.concerns.map((f) => (
                    <li>
                      <span aria-hidden="true" class="icon">
                        ✗
                      </span>{' '}
                      {f.text}
                      <Cite ids={f.sources} numbers={n} />
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
          </div>
        ) : null}

        {page.protect.length > 0 ? (
          <section data-section="protect" aria-labelledby="protect-heading">
            <h2 id="protect-heading">How to Protect Yourself on {page.name}</h2>
            <ul>
              {page.protect.map((s) => (
                <li>
                  <Sentences items={[s]} numbers={n} />
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        {page.controversies.length > 0 ? (
          <section data-section="controversies" aria-labelledby="controversies-heading">
            <h2 id="controversies-heading">{page.name} Privacy Controversies</h2>
            <ol class="controversies">
              {page.controversies.map((c) => (
                <li>
                  <h3>
                    <time datetime={c.date}>{c.date}</time> — {c.title}
                  </h3>
                  <p>
                    {c.summary}
                    <Cite ids={c.sources} numbers={n} />
                  </p>
                  <p class="muted">
                    {c.kind.replace(/-/g, ' ')} • {c.severity} severity • {c.status}
                  </p>
                </li>
              ))}
            </ol>
          </section>
        ) : null}

        {page.alternatives.length > 0 ? (
          <section data-section="alternatives" aria-labelledby="alternatives-heading">
            <h2 id="alternatives-heading">Safer Alternatives to {page.name}</h2>
            <ul class="alternatives">
              {page.alternatives.map((a) => (
                <li>
                  <a href={`/apps/${a.slug}`}>{a.name}</a> — {a.score.toFixed(1)}/10 ({a.label}){' '}
                  <a href={`/compare/${page.slug}-vs-${a.slug}`} class="compare-link">
                    Compare {page.name} with {a.name}
                  </a>
                  {a.reasons.length > 0 ? (
                    <ul>
                      {a.reasons.map((r) => (
                        <li>{r}</li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        {page.products ? (
          <section data-section="products" aria-labelledby="products-heading" class="products">
            <h2 id="products-heading">Recommended Privacy Products</h2>
            <p class="disclosure">{page.products.disclosure}</p>
            <ul>
              {page.products.items.map((p) => (
                <li>
                  <a href={p.url} rel="sponsored nofollow noopener">
                    {p.name}
                  </a>{' '}
                  ({p.kind}): {p.blurb}
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        {page.faq.length > 0 ? (
          <section data-section="faq" aria-labelledby="faq-heading">
            <h2 id="faq-heading">Frequently Asked Questions</h2>
            <dl class="faq">
              {page.faq.map((f) => (
                <>
                  <dt data-question={f.id}>{f.question}</dt>
                  <dd>
                    <Sentences items={f.answer} numbers={n} />
                  </dd>
                </>
              ))}
            </dl>
          </section>
        ) : null}

        <section data-section="explanation" aria-labelledby="how-heading">
          <h2 id="how-heading">How this score was calculated</h2>
          <details>
            <summary>Every point gained or lost, with the fact behind it</summary>
            {Object.values(page.explanation.dimensions).map((d) => (
              <table class="explain">
                <caption>
                  {d.name}: {d.score === null || d.tone === 'none' ? d.level : `${d.score}/10, ${d.level}`}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Criterion</th>
                    <th scope="col">Fact</th>
                    <th scope="col">Points</th>
                  </tr>
                </thead>
                <tbody>
                  {d.criteria.map((c) => (
                    <tr>
                      <th scope="row">{c.label}</th>
                      <td>
                        {c.value}
                        <Cite ids={c.sources} numbers={n} />
                      </td>
                      <td>{c.status === 'not-applicable' ? '—' : `${c.points.toFixed(2)} of ${c.maxPoints.toFixed(2)}`}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ))}
            {page.explanation.penalty.lines.length > 0 ? (
              <p>
                Controversies take off {page.explanation.penalty.total.toFixed(2)} points
                {page.explanation.penalty.capped ? ' (the most the rubric allows)' : ''}:{' '}
                {page.explanation.penalty.lines.map((l, i) => (
                  <>
                    {i > 0 ? '; ' : ''}
                    {l.title} ({l.date}, −{l.points.toFixed(2)})
                    <Cite ids={l.sources} numbers={n} />
                  </>
                ))}
                .
              </p>
            ) : null}
          </details>
        </section>

        {page.unknowns.length > 0 ? (
          <section data-section="unknown" aria-labelledby="unknown-heading">
            <h2 id="unknown-heading">What we couldn't verify</h2>
            <p class="muted">Unknown facts earn no points: they can only lower a score.</p>
            <ul>
              {page.unknowns.map((u) => (
                <li>
                  <strong>{u.label}</strong>: {u.why}
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        <section data-section="history" aria-labelledby="history-heading">
          <h2 id="history-heading">Review history</h2>
          <ScoreChart name={page.name} history={history} />
          <ol class="history" reversed>
            {history.map((h) => (
              <li id={`revision-${h.revision}`}>
                <time datetime={h.createdAt}>{longDate(h.createdAt)}</time>: {h.movement} (rubric {h.rubricVersion}) — {h.note}
                {h.changes.length > 0 ? (
                  <details class="what-changed">
                    <summary>What changed ({h.changes.length})</summary>
                    <ul>
                      {h.changes.map((line) => (
                        <li>{line}</li>
                      ))}
                    </ul>
                  </details>
                ) : null}
              </li>
            ))}
          </ol>
        </section>

        <section data-section="sources" aria-labelledby="sources-heading">
          <h2 id="sources-heading">Sources</h2>
          <ol class="sources">
            {page.sources.map((s, i) => (
              <li id={`source-${i + 1}`}>
                <a href={s.url} rel="nofollow noopener">
                  {s.title}
                </a>
                {s.publisher ? `, ${s.publisher}` : ''} ({s.kind.replace(/-/g, ' ')}
                {s.published ? `, ${s.published}` : ''}; read {s.read}){s.quote ? <blockquote>{s.quote}</blockquote> : null}
              </li>
            ))}
          </ol>
        </section>

        <p class="reviewed">
          Last updated: <time datetime={props.updated}>{monthYear(props.updated)}</time> • Facts checked{' '}
          <time datetime={page.reviewed}>{longDate(page.reviewed)}</time> • Review by {page.reviewer}
        </p>
      </article>
    </Layout>
  );
}
