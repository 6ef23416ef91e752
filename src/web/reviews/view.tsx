/** The review page ("Is <app> safe?"): renders a ReviewPage model, computes nothing. */
import { SuggestCorrection } from '../edit/suggest-link.tsx';
import type { Finding, ReviewPage, Sentence } from '../../narrative/model.ts';
import { Layout, type PageMeta } from '../views/layout.tsx';
import { monthYear, longDate } from '../views/format.ts';
import type { HistoryEntry } from '../../narrative/revisions.ts';
import { ScoreChart } from './score-chart.tsx';
import type { AppComparison } from '../../narrative/compare.ts';
import { PointsTables } from './points-table.tsx';
import { Alternatives } from './alternatives.tsx';

export interface ReviewViewProps {
  page: ReviewPage;
  /** The review's history as readers see it, newest first (narrative/revisions: reviewHistory). */
  history: HistoryEntry[];
  /** YYYY-MM-DD: the review's own date, or the last revision that changed facts (see lastUpdated). */
  updated: string;
  /** Open re-check items: a watched document changed since the review. */
  rechecks?: readonly { title: string; url: string; changedAt: string }[];
  /** Each safer alternative compared with this app, by the alternative's slug (the trade-offs shown beside it). */
  tradeoffs?: ReadonlyMap<string, AppComparison>;
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
          <a href={`#source-${n}`} aria-label={`Source ${n}`} tabindex={-1}>
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

/** What's Good or Concerns: one list of findings, each with its mark and its sources (nothing shown when empty). */
function FindingList(props: {
  page: ReviewPage;
  numbers: Map<string, number>;
  section: 'good' | 'concerns';
  heading: string;
  icon: string;
  items: readonly Finding[];
}) {
  if (props.items.length === 0) return null;
  const id = `${props.section}-heading`;
  return (
    <section data-section={props.section} aria-labelledby={id} class={props.section === 'good' ? 'pros' : 'concerns'}>
      <h2 id={id}>{props.heading}</h2>
      <ul>
        {props.items.map((f) => (
          <li>
            <span aria-hidden="true" class="icon">
              {props.icon}
            </span>{' '}
            {f.text}
            <Cite ids={f.sources} numbers={props.numbers} />
          </li>
        ))}
      </ul>
      <SuggestCorrection slug={props.page.slug} section={props.section} />
    </section>
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

/** Where each rating's tile leads: its section of the page, or its rows of the points table. */
const RATING_TARGET: Record<string, string> = { dataCollection: 'data-heading', encryption: 'encryption-heading', sharing: 'sharing-heading' };

/** How the data's platform ids read. */
const PLATFORM_NAMES: Record<string, string> = {
  ios: 'iOS',
  android: 'Android',
  macos: 'macOS',
  windows: 'Windows',
  linux: 'Linux',
  web: 'the web',
  watchos: 'watchOS',
  other: 'other platforms',
};

/** The anchor of a data-label group: "Data linked to you" → "data-linked-to-you". */
function groupId(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
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
  const history = props.history;
  const meta: PageMeta = {
    ...props.meta,
    title,
    description,
    path,
    ogType: 'article',
    jsonLd: reviewJsonLd(page, `${props.meta.siteUrl}${path}`, props.updated),
  };
  const dc = page.dataCollection;
  const labelCounts = dc.groups.filter((g) => g.items.length > 0).map((g) => ({ id: groupId(g.title), title: g.title, count: g.items.length }));
  const toc = [
    { id: 'data-heading', label: 'Data collected', on: true },
    { id: 'encryption-heading', label: 'Encryption', on: true },
    { id: 'sharing-heading', label: 'Sharing', on: true },
    { id: 'good-heading', label: "What's good", on: page.pros.length > 0 },
    { id: 'concerns-heading', label: 'Concerns', on: page.concerns.length > 0 },
    { id: 'controversies-heading', label: 'Controversies', on: page.controversies.length > 0 },
    { id: 'ownership-heading', label: 'Ownership and status', on: page.status.length > 0 },
    { id: 'alternatives-heading', label: 'Alternatives', on: page.alternatives.length > 0 },
    { id: 'faq-heading', label: 'FAQ', on: page.faq.length > 0 },
    { id: 'how-heading', label: 'How the score was calculated', on: true },
    { id: 'unknown-heading', label: "What we couldn't verify", on: page.unknowns.length > 0 },
    { id: 'history-heading', label: 'History', on: true },
    { id: 'sources-heading', label: `Sources (${page.sources.length})`, on: page.sources.length > 0 },
  ].filter((t) => t.on);
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
        <ul class="official" aria-label="Official links and the scope of this review">
          <li>
            <a href={page.links.website} rel="noopener">
              {page.name}'s website
            </a>
          </li>
          {page.links.privacyPolicies.map((url, i) => (
            <li>
              <a href={url} rel="noopener">
                Privacy policy{page.links.privacyPolicies.length > 1 ? ` ${i + 1}` : ''}
              </a>
            </li>
          ))}
          {page.links.sourceCode ? (
            <li>
              <a href={page.links.sourceCode} rel="noopener">
                Source code
              </a>
            </li>
          ) : null}
          <li>Reviewed for {page.platforms.map((p) => PLATFORM_NAMES[p] ?? p).join(', ')}</li>
          <li>
            Reviewed by {page.reviewer}, facts checked <time datetime={page.reviewed}>{longDate(page.reviewed)}</time>
          </li>
        </ul>
        {page.retired ? (
          <section data-section="retired" class="retired-notice" aria-labelledby="retired-heading">
            <h2 id="retired-heading">Retired</h2>
            <SuggestCorrection slug={page.slug} section="retired" />
            <p role="status">
              {page.retired.text}
              <Cite ids={page.retired.sources} numbers={n} />
            </p>
          </section>
        ) : null}
        {(props.rechecks ?? []).map((r) => (
          <p class="recheck-notice" role="status">
            <a href={r.url} rel="nofollow noopener">
              {r.title}
            </a>{' '}
            changed on <time datetime={r.changedAt}>{longDate(r.changedAt)}</time> — this review is being re-checked.
          </p>
        ))}

        <div class="summary">
          <section data-section="short-answer" class="short-answer" aria-labelledby="short-answer">
            <h2 id="short-answer">Short answer</h2>
            <p>
              <Sentences items={page.shortAnswer} numbers={n} />
            </p>
            <SuggestCorrection slug={page.slug} section="short-answer" />
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
              <a href="/methodology">rubric {page.score.rubricVersion}</a>. <a href="#how-heading">How it was calculated</a>.
            </p>
            <ul class="ratings">
              {page.ratings.map((r) => (
                <li class={`rating tone-${r.tone}`}>
                  <a href={`#${RATING_TARGET[r.dimension] ?? `points-${r.dimension}`}`} class="rating-link">
                    <span class="rating-name">{r.name}</span>
                    <span class="rating-level">
                      <span aria-hidden="true" class="icon">
                        {r.icon}
                      </span>{' '}
                      {r.level}
                      <span class="visually-hidden"> ({r.toneWords})</span>
                    </span>
                    <span class="rating-score">{r.score === null || r.tone === 'none' ? 'no sub-score' : `${r.score.toFixed(1)}/10`}</span>
                  </a>
                </li>
              ))}
            </ul>
            {labelCounts.length > 0 ? (
              <ul class="label-counts" aria-label="What the app collects, as privacy labels count it">
                {labelCounts.map((g) => (
                  <li>
                    <a href={`#${g.id}`}>
                      <span class="count">{g.count}</span> {g.count === 1 ? 'data type' : 'data types'}: {g.title.replace(/^Data /, '').replace(/^that /, '')}
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
            {page.concerns[0] ? (
              <p class="top-concern">
                <strong>Top concern:</strong> {page.concerns[0].text} <a href="#concerns-heading">All concerns ({page.concerns.length})</a>
              </p>
            ) : null}
            {page.topProtect ? (
              <p class="top-protect">
                <strong>Most worth doing:</strong> {page.topProtect.text}
                <Cite ids={page.topProtect.sources} numbers={n} /> <a href="#protect-heading">All steps ({page.protect.length})</a>
              </p>
            ) : null}
            <SuggestCorrection slug={page.slug} section="score" />
          </section>
        </div>

        <nav class="toc" aria-labelledby="toc-heading">
          <h2 id="toc-heading">On this page</h2>
          <ol>
            {toc.map((t) => (
              <li>
                <a href={`#${t.id}`}>{t.label}</a>
              </li>
            ))}
          </ol>
        </nav>

        <section data-section="data-collection" aria-labelledby="data-heading">
          <h2 id="data-heading">What Data Does {page.name} Collect?</h2>
          <p>
            <Sentences items={dc.intro} numbers={n} />
          </p>
          {dc.groups.map((g) => (
            <div class="data-group">
              <h3 id={groupId(g.title)}>{g.title}</h3>
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
          <SuggestCorrection slug={page.slug} section="data-collection" />
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
          <SuggestCorrection slug={page.slug} section="encryption" />
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
          <SuggestCorrection slug={page.slug} section="sharing" />
        </section>

        {page.pros.length > 0 || page.concerns.length > 0 ? (
          <div class="findings">
            <FindingList page={page} numbers={n} section="good" heading="What's Good" icon="✓" items={page.pros} />
            <FindingList page={page} numbers={n} section="concerns" heading="Concerns" icon="✗" items={page.concerns} />
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
            <SuggestCorrection slug={page.slug} section="protect" />
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
            <SuggestCorrection slug={page.slug} section="controversies" />
          </section>
        ) : null}

        {page.status.length > 0 ? (
          <section data-section="ownership" aria-labelledby="ownership-heading">
            <h2 id="ownership-heading">{page.name} Ownership and Status</h2>
            <SuggestCorrection slug={page.slug} section="ownership" />
            <ol class="ownership">
              {page.status.map((c) => (
                <li>
                  <p>
                    <time datetime={c.date}>{c.date}</time> — {c.text} {c.summary}
                    <Cite ids={c.sources} numbers={n} />
                  </p>
                </li>
              ))}
            </ol>
          </section>
        ) : null}

        {page.alternatives.length > 0 ? (
          <section data-section="alternatives" aria-labelledby="alternatives-heading">
            <h2 id="alternatives-heading">Safer Alternatives to {page.name}</h2>
            <Alternatives page={page} tradeoffs={props.tradeoffs ?? new Map()} />
            <SuggestCorrection slug={page.slug} section="alternatives" />
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
                  ({p.kind}): {p.blurb}{' '}
                  <span class="muted">
                    For: {p.concerns.join('; ')}. Source:{' '}
                    <a href={p.source.url} rel="sponsored nofollow noopener">
                      {p.source.title}
                    </a>
                  </span>
                </li>
              ))}
            </ul>
            <SuggestCorrection slug={page.slug} section="products" />
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
            <SuggestCorrection slug={page.slug} section="faq" />
          </section>
        ) : null}

        <section data-section="explanation" aria-labelledby="how-heading">
          <h2 id="how-heading">How this score was calculated</h2>
          <PointsTables page={page} cite={(ids) => <Cite ids={ids} numbers={n} />} />
          <SuggestCorrection slug={page.slug} section="explanation" />
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
            <SuggestCorrection slug={page.slug} section="unknown" />
          </section>
        ) : null}

        {page.stale.length > 0 ? (
          <section data-section="stale" aria-labelledby="stale-heading" class="stale">
            <h2 id="stale-heading">Evidence that may be out of date</h2>
            <p class="muted">
              These facts rest only on documents more than {page.freshnessYears} years older than this review; the app may have changed since.
            </p>
            <ul>
              {page.stale.map((s) => (
                <li>
                  <strong>{s.label}</strong>: stale, the newest source is dated {s.newest}
                  <Cite ids={[s.source]} numbers={n} /> (older than {longDate(s.limit)})
                </li>
              ))}
            </ul>
            <SuggestCorrection slug={page.slug} section="stale" />
          </section>
        ) : null}

        <section data-section="history" aria-labelledby="history-heading">
          <h2 id="history-heading">Review history</h2>
          <ScoreChart name={page.name} history={history} />
          <ol class="history" reversed>
            {history.map((h) => (
              <li id={`revision-${h.revision}`}>
                <time datetime={h.createdAt}>{longDate(h.createdAt)}</time>: {h.movement} (rubric {h.rubricVersion}){h.note === undefined ? '' : ` — ${h.note}`}
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
          <SuggestCorrection slug={page.slug} section="history" />
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
                {s.published ? `, ${s.published}` : ''}; {s.archived ? 'archived copy, ' : ''}read {s.read})
                {s.archived ? (
                  <>
                    {' '}
                    <a href={s.archived.url} rel="nofollow noopener" class="archived">
                      archived copy of {s.archived.date}
                    </a>
                  </>
                ) : null}
                {s.quote ? <blockquote>{s.quote}</blockquote> : null}
              </li>
            ))}
          </ol>
          <SuggestCorrection slug={page.slug} section="sources" />
        </section>

        <p class="reviewed">
          Last updated: <time datetime={props.updated}>{monthYear(props.updated)}</time> • Facts checked{' '}
          <time datetime={page.reviewed}>{longDate(page.reviewed)}</time> • Review by {page.reviewer}
        </p>
      </article>
    </Layout>
  );
}
