/**
 * A draft as it would be published: the review page rendered by the site's
 * own review view from the draft's facts (among the other published apps),
 * and the sentences of the page that the draft changes, before and after.
 */
import { diffArrays } from 'diff';
import { parse } from 'parse5';
import type { Review } from '../../domain/review.ts';
import { t, type Locale } from '../../i18n/index.ts';
import { compareApps, type AppComparison } from '../../narrative/compare.ts';
import { buildReviewPage } from '../../narrative/page.ts';
import { lastUpdated, reviewHistory } from '../../narrative/revisions.ts';
import type { ScoredReview } from '../../scoring/ranking.ts';
import { scoreReview } from '../../scoring/score.ts';
import type { RevisionRow } from '../../store/index.ts';
import type { RouteContext } from '../http/route-deps.tsx';
import { renderHtml } from '../http/render.ts';
import { ReviewView } from '../reviews/view.tsx';

/**
 * The review page of `review` as the site would serve it once published, in
 * `locale` (as /apps/<slug>, /de/apps/<slug> or /fr/apps/<slug>; its links are
 * written English, and the editor's answer moves them under its prefix): the
 * other apps as they are now, the app's real revision history.
 */
export async function renderPublishedPage(rc: RouteContext, review: Review, revisions: readonly RevisionRow[], locale: Locale = 'en'): Promise<string> {
  const { snapshot } = rc;
  const scored: ScoredReview = { review, score: scoreReview(review, snapshot.catalog) };
  const all = [...snapshot.apps.filter((a) => a.review.slug !== review.slug), scored];
  const page = buildReviewPage(scored, all, snapshot.catalog, locale);
  const tradeoffs = new Map<string, AppComparison>();
  for (const alt of page.alternatives) {
    const other = all.find((a) => a.review.slug === alt.slug);
    if (other) tradeoffs.set(alt.slug, compareApps([scored, other], { locale, taxonomy: snapshot.catalog.taxonomy }));
  }
  return renderHtml(
    <ReviewView
      page={page}
      history={reviewHistory(revisions, snapshot.catalog.taxonomy, locale)}
      updated={lastUpdated(review.review.reviewed, revisions)}
      tradeoffs={tradeoffs}
      meta={{ ...rc.meta, locale }}
    />,
  );
}

interface Node {
  nodeName: string;
  tagName?: string;
  value?: string;
  childNodes?: Node[];
  attrs?: { name: string; value: string }[];
}

const BLOCKS = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'dd', 'tr', 'caption', 'figcaption', 'blockquote', 'summary']);

const textOf = (n: Node): string => (n.nodeName === '#text' ? (n.value ?? '') : (n.childNodes ?? []).map(textOf).join(''));
const hasBlock = (n: Node): boolean => (n.childNodes ?? []).some((c) => BLOCKS.has(c.nodeName) || hasBlock(c));

/**
 * The lines a reader sees in the page's main content: the text of every
 * innermost block (paragraph, list item, heading, table row), whitespace
 * collapsed; the "Suggest a correction" links (in the page's `locale`) left out.
 */
export function pageLines(html: string, locale: Locale = 'en'): string[] {
  const suggest = t(locale, 'ui.review.suggest');
  const lines: string[] = [];
  const walk = (n: Node, inMain: boolean) => {
    const main = inMain || n.nodeName === 'main';
    if (main && BLOCKS.has(n.nodeName) && !hasBlock(n)) {
      // A table row reads as its cells, apart.
      const text =
        n.nodeName === 'tr'
          ? (n.childNodes ?? [])
              .map(textOf)
              .filter((t) => t.trim() !== '')
              .join(' | ')
          : textOf(n);
      const line = text.replace(/\s+/g, ' ').trim();
      if (line !== '' && line !== suggest) lines.push(line);
      return;
    }
    for (const c of n.childNodes ?? []) walk(c, main);
  };
  walk(parse(html) as unknown as Node, false);
  return lines;
}

export interface LineChange {
  kind: 'removed' | 'added';
  text: string;
}

/**
 * The lines that differ between two renderings of a page, in page order.
 * @example changedLines(['a', 'b'], ['a', 'c']) // [{ kind: 'removed', text: 'b' }, { kind: 'added', text: 'c' }]
 */
export function changedLines(before: string[], after: string[]): LineChange[] {
  const out: LineChange[] = [];
  for (const part of diffArrays(before, after)) {
    if (part.removed) for (const text of part.value) out.push({ kind: 'removed', text });
    else if (part.added) for (const text of part.value) out.push({ kind: 'added', text });
  }
  return out;
}

/** The changed lines as a list: what the page says now, and what it will say. */
export function LineChanges(props: { changes: LineChange[]; locale?: Locale }) {
  const locale = props.locale ?? 'en';
  if (props.changes.length === 0) return <p>{t(locale, 'edit.preview.noLineChanges')}</p>;
  return (
    <ul class="line-changes" data-line-changes>
      {props.changes.map((ch) =>
        ch.kind === 'removed' ? (
          <li data-change="removed">
            <del>
              <span class="visually-hidden">{t(locale, 'edit.preview.now')} </span>
              {ch.text}
            </del>
          </li>
        ) : (
          <li data-change="added">
            <ins>
              <span class="visually-hidden">{t(locale, 'edit.preview.after')} </span>
              {ch.text}
            </ins>
          </li>
        ),
      )}
    </ul>
  );
}

/** Shows a rendered page as a preview: a notice at the top of its main content, and no index. */
export function markAsPreview(html: string, notice: string): string {
  return html.replace(/<main([^>]*)>/, (m) => `${m}${notice}`).replace('<head>', '<head><meta name="robots" content="noindex"/>');
}
