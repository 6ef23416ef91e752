/** The review page ("Is <app> safe?"): renders a ReviewPage model, computes nothing. */
import type { Child } from '#jsx/jsx-runtime';
import { SuggestCorrection } from '../edit/suggest-link.tsx';
import type { Finding, ReviewPage, Sentence } from '../../narrative/model.ts';
import { Layout, type PageMeta } from '../views/layout.tsx';
import { monthYear, longDate } from '../views/format.ts';
import { numberFormat, t, type Locale, type MessageKey, type MessageParams } from '../../i18n/index.ts';
import type { HistoryEntry } from '../../narrative/revisions.ts';
import { ScoreChart } from './score-chart.tsx';
import type { AppComparison } from '../../narrative/compare.ts';
import { PointsTables } from './points-table.tsx';
import { Alternatives } from './alternatives.tsx';
import { dataDate } from './dates.ts';
import { hasMessage, inSentenceFor } from '../../narrative/messages.ts';

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

function Cite(props: { ids: readonly string[]; numbers: Map<string, number>; locale?: Locale }) {
  const ns = props.ids.map((id) => props.numbers.get(id)).filter((n): n is number => n !== undefined);
  if (ns.length === 0) return null;
  return (
    <sup class="cite">
      {ns.map((n, i) => (
        <>
          {i > 0 ? ',' : ''}
          <a href={`#source-${n}`} aria-label={t(props.locale ?? 'en', 'ui.review.source', { n })} tabindex={-1}>
            {n}
          </a>
        </>
      ))}
    </sup>
  );
}

/**
 * A sentence's text with the pieces quoted from the data in another language
 * (Sentence.foreign) marked with their lang, each at its first place in the text.
 */
function Marked(props: { text: string; foreign?: Sentence['foreign'] }) {
  const parts: (string | { text: string; lang: string })[] = [];
  let rest = props.text;
  for (const piece of props.foreign ?? []) {
    const at = rest.indexOf(piece.text);
    if (at < 0) continue;
    parts.push(rest.slice(0, at), piece);
    rest = rest.slice(at + piece.text.length);
  }
  parts.push(rest);
  return <>{parts.map((p) => (typeof p === 'string' ? p : <span lang={p.lang}>{p.text}</span>))}</>;
}

function Sentences(props: { items: readonly Sentence[]; numbers: Map<string, number>; locale?: Locale }) {
  return (
    <>
      {props.items.map((s, i) => (
        <>
          {i > 0 ? ' ' : ''}
          {s.lang && s.lang !== (props.locale ?? 'en') ? <span lang={s.lang}>{s.text}</span> : <Marked text={s.text} foreign={s.foreign} />}
          <Cite ids={s.sources} numbers={props.numbers} locale={props.locale} />
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
  locale?: Locale;
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
            <Marked text={f.text} foreign={f.foreign} />
            <Cite ids={f.sources} numbers={props.numbers} locale={props.locale} />
          </li>
        ))}
      </ul>
      <SuggestCorrection slug={props.page.slug} section={props.section} locale={props.locale} />
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
  watchos: 'watchOS',
};

/** How the app stores' names read (proper names, the same in every language). */
const STORE_NAMES: Record<string, string> = {
  'app-store': 'App Store',
  'google-play': 'Google Play',
  'f-droid': 'F-Droid',
  'microsoft-store': 'Microsoft Store',
  flathub: 'Flathub',
  snapcraft: 'Snap Store',
};

/** The anchor of a data-label group: "Data linked to you" → "data-linked-to-you". */
function groupId(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Structured data: the review as a schema.org Review with its rating, and the FAQ as FAQPage. */
export function reviewJsonLd(page: ReviewPage, url: string, updated: string, locale: Locale = 'en'): object[] {
  const ld: object[] = [];
  const review: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'Review',
    name: t(locale, 'ui.review.h1', { name: page.name }),
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
      { '@type': 'ListItem', position: 1, name: t(locale, 'ui.review.apps'), item: `${url.replace(/\/apps\/.*$/, '')}/` },
      { '@type': 'ListItem', position: 2, name: page.category.name, item: `${url.replace(/\/apps\/.*$/, '')}/categories/${page.category.id}` },
      { '@type': 'ListItem', position: 3, name: page.name, item: url },
    ],
  });
  return ld;
}

export function ReviewView(props: ReviewViewProps) {
  const { page } = props;
  const locale = props.meta.locale ?? 'en';
  const say = (key: MessageKey, params?: MessageParams) => t(locale, key, params);
  /** The catalogue's words for a key made from a data value (a source kind, a controversy's severity), or the value itself. */
  const sayValue = (key: string, value: string) => (hasMessage(key) ? say(key) : value);
  /**
   * A finding or step after a run-in label ("Principal point faible :"): French
   * writes it small after the colon, unless it opens with a name (the company's,
   * or English free text marked as such); English and German keep the capital.
   */
  const afterColon = (s: Pick<Sentence, 'text' | 'foreign'>) =>
    locale !== 'fr' || s.text.startsWith(`${page.owner.replace(/ \(.*\)$/, '')} `) || (s.foreign ?? []).some((p) => s.text.startsWith(p.text))
      ? s.text
      : inSentenceFor('fr', s.text);
  /** Free text from the data (in English) inside a page in another language. */
  const dataLang = locale === 'en' ? undefined : 'en';
  const n = citeNumbers(page);
  const path = `/apps/${page.slug}`;
  const title = say('ui.review.title', { name: page.name });
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
    jsonLd: reviewJsonLd(page, `${props.meta.siteUrl}${path}`, props.updated, locale),
  };
  const dc = page.dataCollection;
  const labelCounts = dc.groups.filter((g) => g.items.length > 0).map((g) => ({ id: groupId(g.title), title: g.title, count: g.items.length }));
  const toc = [
    { id: 'data-heading', label: say('ui.review.toc.data'), on: true },
    { id: 'encryption-heading', label: say('ui.review.toc.encryption'), on: true },
    { id: 'sharing-heading', label: say('ui.review.toc.sharing'), on: true },
    { id: 'good-heading', label: say('ui.review.toc.good'), on: page.pros.length > 0 },
    { id: 'concerns-heading', label: say('ui.review.toc.concerns'), on: page.concerns.length > 0 },
    { id: 'controversies-heading', label: say('ui.review.toc.controversies'), on: page.controversies.length > 0 },
    { id: 'ownership-heading', label: say('ui.review.toc.ownership'), on: page.status.length > 0 },
    { id: 'alternatives-heading', label: say('ui.review.toc.alternatives'), on: page.alternatives.length > 0 },
    { id: 'faq-heading', label: say('ui.review.toc.faq'), on: page.faq.length > 0 },
    { id: 'how-heading', label: say('ui.review.toc.how'), on: true },
    { id: 'unknown-heading', label: say('ui.review.toc.unknown'), on: page.unknowns.length > 0 },
    { id: 'history-heading', label: say('ui.review.toc.history'), on: true },
    { id: 'sources-heading', label: say('ui.review.toc.sources', { count: page.sources.length }), on: page.sources.length > 0 },
  ].filter((t) => t.on);
  return (
    <Layout meta={meta}>
      <article class="review" aria-labelledby="review-title">
        <nav aria-label={say('ui.review.breadcrumb')} class="crumbs">
          <ol>
            <li>
              <a href="/">{say('ui.review.apps')}</a>
            </li>
            <li>
              <a href={`/categories/${page.category.id}`}>{page.category.name}</a>
            </li>
            <li aria-current="page">{page.name}</li>
          </ol>
        </nav>
        <p class="category">{page.category.name}</p>
        <h1 id="review-title">{say('ui.review.h1', { name: page.name })}</h1>
        <p class="byline">
          {say('ui.review.owned', { owner: page.owner })} • {say('ui.review.lastUpdated')}{' '}
          <time datetime={props.updated}>{monthYear(props.updated, locale)}</time>
        </p>
        <ul class="official" aria-label={say('ui.review.official')}>
          <li>
            <a href={page.links.website} rel="noopener">
              {say('ui.review.website', { name: page.name })}
            </a>
          </li>
          {page.links.privacyPolicies.map((url, i) => (
            <li>
              <a href={url} rel="noopener">
                {say('ui.review.privacyPolicy')}
                {page.links.privacyPolicies.length > 1 ? ` ${i + 1}` : ''}
              </a>
            </li>
          ))}
          {page.links.sourceCode ? (
            <li>
              <a href={page.links.sourceCode} rel="noopener">
                {say('ui.review.sourceCode')}
              </a>
            </li>
          ) : null}
          {page.links.stores.map((s) => (
            <li>
              <a href={s.url} rel="noopener">
                {say('ui.review.store', { store: STORE_NAMES[s.store] ?? s.store, platform: PLATFORM_NAMES[s.platform] ?? s.platform })}
              </a>
            </li>
          ))}
          <li>
            {say('ui.review.platforms', {
              platforms: page.platforms
                .map((p) => (p === 'web' ? say('ui.review.platform.web') : p === 'other' ? say('ui.review.platform.other') : (PLATFORM_NAMES[p] ?? p)))
                .join(', '),
            })}
          </li>
          <li>
            {say('ui.review.reviewedBy', { reviewer: page.reviewer })} <time datetime={page.reviewed}>{longDate(page.reviewed, locale)}</time>
          </li>
        </ul>
        {page.retired ? (
          <section data-section="retired" class="retired-notice" aria-labelledby="retired-heading">
            <h2 id="retired-heading">{say('ui.review.retired')}</h2>
            <p role="status">
              {page.retired.text}
              <Cite ids={page.retired.sources} numbers={n} locale={locale} />
            </p>
            <SuggestCorrection slug={page.slug} section="retired" locale={locale} />
          </section>
        ) : null}
        {(props.rechecks ?? []).map((r) => (
          <p class="recheck-notice" role="status">
            <a href={r.url} rel="nofollow noopener">
              {r.title}
            </a>{' '}
            {around(say('ui.review.recheck', { date: DATE_SLOT }), <time datetime={r.changedAt}>{longDate(r.changedAt, locale)}</time>)}
          </p>
        ))}

        <div class="summary">
          <section data-section="short-answer" class="short-answer" aria-labelledby="short-answer">
            <h2 id="short-answer">{say('ui.review.shortAnswer')}</h2>
            <p>
              <Sentences items={page.shortAnswer} numbers={n} locale={locale} />
            </p>
            <SuggestCorrection slug={page.slug} section="short-answer" locale={locale} />
          </section>

          <section data-section="score" class="score" aria-labelledby="score-heading">
            <h2 id="score-heading">{say('ui.review.scoreHeading')}</h2>
            {page.score.value === null ? (
              <p class="score-value">
                <Badge tone="none" icon={page.score.icon} text={page.score.label} />
              </p>
            ) : (
              <p class="score-value">
                <span class="number">
                  {locale === 'en'
                    ? page.score.value.toFixed(1)
                    : numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(page.score.value)}
                </span>
                <span class="outof">/10</span> <Badge tone={page.score.tone} icon={page.score.icon} text={page.score.label} />
              </p>
            )}
            <p class="coverage">
              {say('ui.review.coverage', { percent: Math.round(page.score.coverage * 100) })}{' '}
              <a href="/methodology">{say('ui.review.rubric', { version: page.score.rubricVersion })}</a>. <a href="#how-heading">{say('ui.review.how')}</a>.
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
                    <span class="rating-score">
                      {r.score === null || r.tone === 'none'
                        ? say('ui.review.noSubScore')
                        : `${locale === 'en' ? r.score.toFixed(1) : numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(r.score)}/10`}
                    </span>
                  </a>
                </li>
              ))}
            </ul>
            {labelCounts.length > 0 ? (
              <ul class="label-counts" aria-label={say('ui.review.labelCounts')}>
                {labelCounts.map((g) => (
                  <li>
                    <a href={`#${g.id}`}>
                      <span class="count">{g.count}</span> {say('ui.review.dataTypes', { count: g.count })}
                      {say('ui.review.colon')} {locale === 'en' ? g.title.replace(/^Data /, '').replace(/^that /, '') : g.title}
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
            {page.concerns[0] ? (
              <p class="top-concern">
                <strong>{say('ui.review.topConcern')}</strong> <Marked text={afterColon(page.concerns[0])} foreign={page.concerns[0].foreign} />{' '}
                <a href="#concerns-heading">{say('ui.review.allConcerns', { count: page.concerns.length })}</a>
              </p>
            ) : null}
            {page.topProtect ? (
              <p class="top-protect">
                <strong>{say('ui.review.mostWorth')}</strong> <Marked text={afterColon(page.topProtect)} foreign={page.topProtect.foreign} />
                <Cite ids={page.topProtect.sources} numbers={n} locale={locale} />{' '}
                <a href="#protect-heading">{say('ui.review.allSteps', { count: page.protect.length })}</a>
              </p>
            ) : null}
            <SuggestCorrection slug={page.slug} section="score" locale={locale} />
          </section>
        </div>

        <nav class="toc" aria-labelledby="toc-heading">
          <h2 id="toc-heading">{say('ui.review.toc')}</h2>
          <ol>
            {toc.map((t) => (
              <li>
                <a href={`#${t.id}`}>{t.label}</a>
              </li>
            ))}
          </ol>
        </nav>

        <section data-section="data-collection" aria-labelledby="data-heading">
          <h2 id="data-heading">{say('ui.review.data', { name: page.name })}</h2>
          <p>
            <Sentences items={dc.intro} numbers={n} locale={locale} />
          </p>
          {dc.groups.map((g) => (
            <div class="data-group">
              <h3 id={groupId(g.title)}>{g.title}</h3>
              <p class="muted">{g.description}</p>
              <ul>
                {g.items.map((item) => (
                  <li>
                    <strong>{item.label}</strong>
                    {say('ui.review.colon')} {item.purposes.join(', ')}
                    <Cite ids={item.sources} numbers={n} locale={locale} />
                  </li>
                ))}
              </ul>
            </div>
          ))}
          {dc.comparison ? (
            <p>
              <Sentences items={[dc.comparison]} numbers={n} locale={locale} />
            </p>
          ) : null}
          {dc.whyItMatters.length > 0 ? (
            <>
              <h3>{say('ui.review.why')}</h3>
              <p>
                <Sentences items={dc.whyItMatters} numbers={n} locale={locale} />
              </p>
            </>
          ) : null}
          <SuggestCorrection slug={page.slug} section="data-collection" locale={locale} />
        </section>

        <section data-section="encryption" aria-labelledby="encryption-heading">
          <h2 id="encryption-heading">{say('ui.review.encryption', { name: page.name })}</h2>
          <p>
            <strong>{say('ui.review.encryptionLevel')}</strong> {page.encryption.level}
          </p>
          {page.encryption.facts.length > 0 ? (
            <ul>
              {page.encryption.facts.map((s) => (
                <li>
                  <Sentences items={[s]} numbers={n} locale={locale} />
                </li>
              ))}
            </ul>
          ) : null}
          {page.encryption.exceptions.length > 0 ? (
            <>
              <h3>{say('ui.review.weakens')}</h3>
              <ul>
                {page.encryption.exceptions.map((s) => (
                  <li>
                    <Sentences items={[s]} numbers={n} locale={locale} />
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {page.encryption.whatItMeans.length > 0 ? (
            <>
              <h3>{say('ui.review.means')}</h3>
              <p>
                <Sentences items={page.encryption.whatItMeans} numbers={n} locale={locale} />
              </p>
            </>
          ) : null}
          <SuggestCorrection slug={page.slug} section="encryption" locale={locale} />
        </section>

        <section data-section="sharing" aria-labelledby="sharing-heading">
          <h2 id="sharing-heading">{say('ui.review.sharing', { name: page.name })}</h2>
          <p>
            <strong>{say('ui.review.sharingLevel')}</strong> {page.sharing.level}
          </p>
          {page.sharing.facts.length > 0 ? (
            <p>
              <Sentences items={page.sharing.facts} numbers={n} locale={locale} />
            </p>
          ) : null}
          <SuggestCorrection slug={page.slug} section="sharing" locale={locale} />
        </section>

        {page.pros.length > 0 || page.concerns.length > 0 ? (
          <div class="findings">
            <FindingList page={page} numbers={n} section="good" heading={say('ui.review.good')} icon="✓" items={page.pros} locale={locale} />
            <FindingList page={page} numbers={n} section="concerns" heading={say('ui.review.concerns')} icon="✗" items={page.concerns} locale={locale} />
          </div>
        ) : null}

        {page.protect.length > 0 ? (
          <section data-section="protect" aria-labelledby="protect-heading">
            <h2 id="protect-heading">{say('ui.review.protect', { name: page.name })}</h2>
            <ul>
              {page.protect.map((s) => (
                <li>
                  <Sentences items={[s]} numbers={n} locale={locale} />
                </li>
              ))}
            </ul>
            <SuggestCorrection slug={page.slug} section="protect" locale={locale} />
          </section>
        ) : null}

        {page.controversies.length > 0 ? (
          <section data-section="controversies" aria-labelledby="controversies-heading">
            <h2 id="controversies-heading">{say('ui.review.controversies', { name: page.name })}</h2>
            <ol class="controversies">
              {page.controversies.map((c) => (
                <li>
                  <h3>
                    <time datetime={c.date}>{dataDate(c.date, locale)}</time> — <span lang={c.titleLang === locale ? undefined : c.titleLang}>{c.title}</span>
                  </h3>
                  <p>
                    <span lang={c.summaryLang === locale ? undefined : c.summaryLang}>{c.summary}</span>
                    <Cite ids={c.sources} numbers={n} locale={locale} />
                  </p>
                  <p class="muted">
                    {say('controversy.meta', {
                      kind: sayValue(`controversy.kind.${c.kind}`, c.kind),
                      severity: sayValue(`controversy.severity.${c.severity}`, c.severity),
                      status: sayValue(`controversy.status.${c.status}`, c.status),
                    })}
                  </p>
                </li>
              ))}
            </ol>
            <SuggestCorrection slug={page.slug} section="controversies" locale={locale} />
          </section>
        ) : null}

        {page.status.length > 0 ? (
          <section data-section="ownership" aria-labelledby="ownership-heading">
            <h2 id="ownership-heading">{say('ui.review.ownership', { name: page.name })}</h2>
            <ol class="ownership">
              {page.status.map((c) => (
                <li>
                  <p>
                    <time datetime={c.date}>{dataDate(c.date, locale)}</time> — {c.text} <span lang={dataLang}>{c.summary}</span>
                    <Cite ids={c.sources} numbers={n} locale={locale} />
                  </p>
                </li>
              ))}
            </ol>
            <SuggestCorrection slug={page.slug} section="ownership" locale={locale} />
          </section>
        ) : null}

        {page.alternatives.length > 0 ? (
          <section data-section="alternatives" aria-labelledby="alternatives-heading">
            <h2 id="alternatives-heading">{say('ui.review.alternatives', { name: page.name })}</h2>
            <Alternatives page={page} tradeoffs={props.tradeoffs ?? new Map()} locale={locale} />
            <SuggestCorrection slug={page.slug} section="alternatives" locale={locale} />
          </section>
        ) : null}

        {page.products ? (
          <section data-section="products" aria-labelledby="products-heading" class="products">
            <h2 id="products-heading">{say('ui.review.products')}</h2>
            <p class="disclosure">{page.products.disclosure}</p>
            <ul>
              {page.products.items.map((p) => (
                <li>
                  <a href={p.url} rel="sponsored nofollow noopener">
                    {p.name}
                  </a>{' '}
                  (<span lang={dataLang}>{p.kind}</span>): <span lang={dataLang}>{p.blurb}</span>{' '}
                  <span class="muted">
                    {say('ui.review.productFor', { concerns: p.concerns.join(locale === 'fr' ? '\u202f; ' : '; ') })}{' '}
                    <a href={p.source.url} rel="sponsored nofollow noopener" lang={dataLang}>
                      {p.source.title}
                    </a>
                  </span>
                </li>
              ))}
            </ul>
            <SuggestCorrection slug={page.slug} section="products" locale={locale} />
          </section>
        ) : null}

        {page.faq.length > 0 ? (
          <section data-section="faq" aria-labelledby="faq-heading">
            <h2 id="faq-heading">{say('ui.review.faq')}</h2>
            <dl class="faq">
              {page.faq.map((f) => (
                <>
                  <dt data-question={f.id} lang={f.id === 'editorial' ? dataLang : undefined}>
                    {f.question}
                  </dt>
                  <dd>
                    <Sentences items={f.answer} numbers={n} locale={locale} />
                  </dd>
                </>
              ))}
            </dl>
            <SuggestCorrection slug={page.slug} section="faq" locale={locale} />
          </section>
        ) : null}

        <section data-section="explanation" aria-labelledby="how-heading">
          <h2 id="how-heading">{say('ui.review.howHeading')}</h2>
          <PointsTables page={page} cite={(ids) => <Cite ids={ids} numbers={n} locale={locale} />} locale={locale} />
          <SuggestCorrection slug={page.slug} section="explanation" locale={locale} />
        </section>

        {page.unknowns.length > 0 ? (
          <section data-section="unknown" aria-labelledby="unknown-heading">
            <h2 id="unknown-heading">{say('ui.review.toc.unknown')}</h2>
            <p class="muted">{say('ui.review.unknownNote')}</p>
            <ul>
              {page.unknowns.map((u) => (
                <li>
                  <strong>{u.label}</strong>
                  {say('ui.review.colon')} <span lang={dataLang}>{u.why}</span>
                </li>
              ))}
            </ul>
            <SuggestCorrection slug={page.slug} section="unknown" locale={locale} />
          </section>
        ) : null}

        {page.stale.length > 0 ? (
          <section data-section="stale" aria-labelledby="stale-heading" class="stale">
            <h2 id="stale-heading">{say('ui.review.stale')}</h2>
            <p class="muted">{say('ui.review.staleNote', { years: page.freshnessYears ?? 0 })}</p>
            <ul>
              {page.stale.map((s) => (
                <li>
                  <strong>{s.label}</strong>
                  {say('ui.review.colon')} {say('ui.review.staleItem', { date: dataDate(s.newest, locale) })}
                  <Cite ids={[s.source]} numbers={n} locale={locale} /> {say('ui.review.staleLimit', { date: longDate(s.limit, locale) })}
                </li>
              ))}
            </ul>
            <SuggestCorrection slug={page.slug} section="stale" locale={locale} />
          </section>
        ) : null}

        <section data-section="history" aria-labelledby="history-heading">
          <h2 id="history-heading">{say('ui.review.history')}</h2>
          <ScoreChart name={page.name} history={history} locale={locale} />
          <ol class="history" reversed>
            {history.map((h) => (
              <li id={`revision-${h.revision}`}>
                <time datetime={h.createdAt}>{longDate(h.createdAt, locale)}</time>
                {say('ui.review.colon')} {h.movement} {say('history.rubric', { version: h.rubricVersion })}
                {h.note === undefined ? (
                  ''
                ) : (
                  <>
                    {' — '}
                    <span lang={dataLang}>{h.note}</span>
                  </>
                )}
                {h.changes.length > 0 ? (
                  <details class="what-changed">
                    <summary>{say('ui.review.whatChanged', { count: h.changes.length })}</summary>
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
          <SuggestCorrection slug={page.slug} section="history" locale={locale} />
        </section>

        <section data-section="sources" aria-labelledby="sources-heading">
          <h2 id="sources-heading">{say('ui.review.sources')}</h2>
          <ol class="sources">
            {page.sources.map((s, i) => (
              <li id={`source-${i + 1}`}>
                <a href={s.url} rel="nofollow noopener" lang={dataLang}>
                  {s.title}
                </a>
                {s.publisher ? `, ${s.publisher}` : ''}{' '}
                {say('ui.review.sourceDetails', {
                  kind: `${sayValue(`source.kind.${s.kind}`, s.kind)}${s.published ? `, ${dataDate(s.published, locale)}` : ''}`,
                  read: `${s.archived ? say('ui.review.archivedCopy') : ''}${say('ui.review.read', { date: dataDate(s.read, locale) })}`,
                })}
                {s.archived ? (
                  <>
                    {' '}
                    <a href={s.archived.url} rel="nofollow noopener" class="archived">
                      {say('ui.review.archivedOf', { date: dataDate(s.archived.date, locale) })}
                    </a>
                  </>
                ) : null}
                {s.quote ? <blockquote lang={dataLang}>{s.quote}</blockquote> : null}
              </li>
            ))}
          </ol>
          <SuggestCorrection slug={page.slug} section="sources" locale={locale} />
        </section>

        <p class="reviewed">
          {say('ui.review.footerUpdated')} <time datetime={props.updated}>{monthYear(props.updated, locale)}</time> • {say('ui.review.footerChecked')}{' '}
          <time datetime={page.reviewed}>{longDate(page.reviewed, locale)}</time> • {say('ui.review.footerBy', { reviewer: page.reviewer })}
        </p>
      </article>
    </Layout>
  );
}

/** Stands for the date inside a catalogue sentence, so the date can be a <time> element in any language's word order. */
const DATE_SLOT = '\u0000';

/** The sentence with the element where its DATE_SLOT stands. */
function around(sentence: string, element: Child) {
  const [before = '', after = ''] = sentence.split(DATE_SLOT);
  return (
    <>
      {before}
      {element}
      {after}
    </>
  );
}
