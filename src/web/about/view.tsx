/** The about and disclosure page: who reviews, how the site is paid for, and the data licence. */
import type { CorrectionStats } from '../../store/index.ts';
import type { SiteSnapshot } from '../site-data.ts';
import { Layout, type PageMeta } from '../views/layout.tsx';

/** "3 hours", "2 days": a handling time as a reader would say it. */
function roughDuration(ms: number): string {
  const hours = ms / 3_600_000;
  if (hours < 1) return `${Math.max(1, Math.round(ms / 60_000))} minute(s)`;
  if (hours < 48) return `${Math.round(hours)} hour(s)`;
  return `${Math.round(hours / 24)} days`;
}

export function AboutView(props: { snapshot: SiteSnapshot; meta: Omit<PageMeta, 'title' | 'description' | 'path'>; corrections?: CorrectionStats }) {
  const { snapshot } = props;
  const reviewers = [...new Set(snapshot.apps.map((a) => a.review.review.reviewer))].sort();
  const products = snapshot.catalog.products;
  const affiliates = products.filter((p) => p.affiliate).length;
  return (
    <Layout
      meta={{
        ...props.meta,
        title: 'About PrivacyDefend: who we are, how we are funded, and our data licence',
        description: 'Who reviews apps for PrivacyDefend, how the site is funded, why products never affect scores, and the licence of the data.',
        path: '/about',
        breadcrumbs: [
          { name: 'Apps', path: '/' },
          { name: 'About', path: '/about' },
        ],
      }}
    >
      <h1>About PrivacyDefend</h1>
      <p class="lede">
        PrivacyDefend answers one question about the apps people use every day: is it safe for your privacy? Each answer is computed from facts we can source,
        by a <a href="/methodology">published rubric</a>.
      </p>

      <section aria-labelledby="who">
        <h2 id="who">Who reviews the apps</h2>
        <p>
          Reviews are researched and written by {reviewers.join(', ')}. A reviewer records facts, each with the documents that establish it (privacy policies,
          security documentation, app-store privacy labels, audits, regulators' decisions, reporting), or marks a fact unknown and says why. The reviewer never
          writes the score or the verdict: those are computed from the facts, so they can't drift from them.
        </p>
        <p>
          Every change to a review is kept as a revision, with who made it, why, and how the score moved: see the history at the foot of each review, or the{' '}
          <a href="/feed.xml">feed of review updates</a>.
        </p>
      </section>

      <section aria-labelledby="funding">
        <h2 id="funding">How the site is funded</h2>
        <p>
          Some review pages recommend privacy products (such as a VPN or a password manager) where they address a concern found in the review.{' '}
          {affiliates === 0
            ? 'At present none of these links earns us anything.'
            : `${affiliates} of the ${products.length} products we may recommend are affiliate links: if you buy through one, we may earn a commission at no cost to you.`}{' '}
          Affiliate links are marked, and the disclosure is printed beside them.
        </p>
        <p>The site shows no advertising, sets no cookies, and loads nothing from third parties.</p>
      </section>

      <section aria-labelledby="independence">
        <h2 id="independence">Products never affect scores</h2>
        <p>
          Scores are computed only from an app's facts and the rubric. No company can pay for a review, a score, a ranking or a place among the alternatives,
          and whether a product earns us a commission plays no part in any rating, in which apps are listed as safer alternatives, or in their order.
        </p>
      </section>

      <section aria-labelledby="licence">
        <h2 id="licence">The data is open</h2>
        <p>
          The dataset (every review's facts and sources, the rubric and the categories) is published under the{' '}
          <a href="https://creativecommons.org/licenses/by/4.0/" rel="license noopener">
            Creative Commons Attribution 4.0 (CC BY 4.0)
          </a>{' '}
          licence: reuse it freely, naming PrivacyDefend as the source. The site's code is free software (AGPL-3.0-or-later).
        </p>
        <p>
          Found a fact that is wrong or out of date? Use the "Suggest a correction" link beside any section of a review, with a source, and an editor will check
          it: accepted corrections are listed in each review's history.
        </p>
        {props.corrections ? (
          <p data-corrections>
            Open corrections: {props.corrections.open}.{' '}
            {props.corrections.medianHandlingMs === null
              ? 'None has been answered yet.'
              : `Median time to answer one: ${roughDuration(props.corrections.medianHandlingMs)} (over ${props.corrections.handled} answered).`}
          </p>
        ) : null}
      </section>
    </Layout>
  );
}
