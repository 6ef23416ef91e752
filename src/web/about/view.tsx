/** The about and disclosure page: who reviews, how the site is paid for, and the data licence. */
import type { CorrectionStats } from '../../store/index.ts';
import type { SiteSnapshot } from '../site-data.ts';
import { feedPath } from '../http/locale-paths.ts';
import { Layout, type PageMeta } from '../views/layout.tsx';
import { joinList } from '../../i18n/index.ts';
import { sayer } from '../views/words.ts';

/** "3 hours", "2 Tage": a handling time as a reader of the page's language would say it. */
function roughDuration(ms: number, say: ReturnType<typeof sayer>): string {
  const hours = ms / 3_600_000;
  if (hours < 1) return say('page.about.minutes', { count: Math.max(1, Math.round(ms / 60_000)) });
  if (hours < 48) return say('page.about.hours', { count: Math.round(hours) });
  return say('page.about.days', { count: Math.round(hours / 24) });
}

export function AboutView(props: { snapshot: SiteSnapshot; meta: Omit<PageMeta, 'title' | 'description' | 'path'>; corrections?: CorrectionStats }) {
  const { snapshot } = props;
  const locale = props.meta.locale ?? 'en';
  const say = sayer(locale);
  const reviewers = [...new Set(snapshot.apps.map((a) => a.review.review.reviewer))].sort();
  const products = snapshot.catalog.products;
  const affiliates = products.filter((p) => p.affiliate).length;
  return (
    <Layout
      meta={{
        ...props.meta,
        title: say('page.about.title'),
        description: say('page.about.description'),
        path: '/about',
        breadcrumbs: [
          { name: say('page.crumbs.apps'), path: '/' },
          { name: say('page.about.crumb'), path: '/about' },
        ],
      }}
    >
      <h1>{say('page.about.h1')}</h1>
      <p class="lede">
        {say('page.about.ledeBefore')} <a href="/methodology">{say('page.about.ledeLink')}</a>.
      </p>

      <section aria-labelledby="who">
        <h2 id="who">{say('page.about.who')}</h2>
        <p>{say('page.about.whoText', { reviewers: joinList(locale, reviewers) })}</p>
        <p>
          {say('page.about.historyBefore')} <a href={feedPath(locale)}>{say('page.about.historyLink')}</a>.
        </p>
      </section>

      <section aria-labelledby="funding">
        <h2 id="funding">{say('page.about.funding')}</h2>
        <p>
          {say('page.about.fundingText')}{' '}
          {affiliates === 0 ? say('page.about.noAffiliates') : say('page.about.affiliates', { count: affiliates, total: products.length })}{' '}
          {say('page.about.marked')}
        </p>
        <p>{say('page.about.noAds')}</p>
      </section>

      <section aria-labelledby="independence">
        <h2 id="independence">{say('page.about.independence')}</h2>
        <p>{say('page.about.independenceText')}</p>
      </section>

      <section aria-labelledby="licence">
        <h2 id="licence">{say('page.about.licence')}</h2>
        <p>
          {say('page.about.licenceBefore')}{' '}
          <a href="https://creativecommons.org/licenses/by/4.0/" rel="license noopener">
            {say('page.about.licenceName')}
          </a>
          {say('page.about.licenceAfter')}
        </p>
        <p>{say('page.about.corrections')}</p>
        {props.corrections ? (
          <p data-corrections>
            {say('page.about.openCorrections', { count: props.corrections.open })}{' '}
            {props.corrections.medianHandlingMs === null
              ? say('page.about.noneAnswered')
              : say('page.about.median', { duration: roughDuration(props.corrections.medianHandlingMs, say), handled: props.corrections.handled })}
          </p>
        ) : null}
      </section>
    </Layout>
  );
}
