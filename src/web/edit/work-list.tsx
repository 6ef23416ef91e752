/**
 * The work list at /edit: every app with something open — a stale review,
 * a re-check the document watcher queued, a reader correction, a draft, a
 * failing check — filterable by kind and category, server-rendered, with counts.
 */
import type { Context } from 'hono';
import { findingLineAt, type Finding } from '../../checks/index.ts';
import type { Correction, Draft, Session } from '../../store/index.ts';
import { renderHtml } from '../http/render.ts';
import type { SiteSnapshot } from '../site-data.ts';
import { currentFindings } from './checking.ts';
import { term, type Locale, type MessageKey } from '../../i18n/index.ts';
import { frameFor, localeOf, messagePage, say, type EditContext } from './guard.tsx';
import { Csrf, EditLayout } from './layout.tsx';
import { can } from './policy.ts';

export const WORK_KINDS = ['stale', 'recheck', 'correction', 'draft', 'check'] as const;
export type WorkKind = (typeof WORK_KINDS)[number];

/** Each kind's name in the catalogue. */
const KIND_NAMES: Record<WorkKind, MessageKey> = {
  stale: 'edit.work.kind.stale',
  recheck: 'edit.work.kind.recheck',
  correction: 'edit.work.kind.correction',
  draft: 'edit.work.kind.draft',
  check: 'edit.work.kind.check',
};

/** The rules that say a review's evidence is old (the rubric's staleness threshold, the review date). */
const STALE_RULES = new Set(['core-fact-stale', 'review-stale', 'review-expired']);

export interface WorkItem {
  kind: WorkKind;
  text: string;
  href?: string | undefined;
  /** The text is in the page's language (a check finding); the others are as written, in English. */
  translated?: boolean | undefined;
}

export interface WorkApp {
  slug: string;
  name: string;
  category: string;
  items: WorkItem[];
}

export interface WorkInput {
  snapshot: SiteSnapshot;
  findings: Map<string, Finding[]>;
  corrections: Correction[];
  drafts: Draft[];
  /** The language the check findings are written in (default English). */
  locale?: Locale | undefined;
}

/**
 * Every app with at least one open item, the apps with most items first.
 * @example buildWorkList({ snapshot, findings, corrections, drafts }).filter((a) => a.category === 'messaging')
 */
export function buildWorkList(input: WorkInput): WorkApp[] {
  const out: WorkApp[] = [];
  for (const app of input.snapshot.apps) {
    const { slug } = app.review;
    const items: WorkItem[] = [];
    for (const f of input.findings.get(slug) ?? [])
      items.push({ kind: STALE_RULES.has(f.rule) ? 'stale' : 'check', text: findingLineAt(f, input.locale ?? 'en'), translated: f.say !== undefined });
    for (const r of input.snapshot.monitoring(slug)?.recheck ?? [])
      items.push({
        kind: 'recheck',
        text: `${r.title} changed on ${r.changedAt.slice(0, 10)}: ${r.reason} (facts: ${r.facts.join(', ') || 'none named'})`,
        href: r.url,
      });
    for (const c of input.corrections.filter((x) => x.slug === slug))
      items.push({ kind: 'correction', text: `#${c.id} on ${c.fact} (${c.section}), received ${c.createdAt.slice(0, 10)}`, href: '/edit/corrections' });
    for (const d of input.drafts.filter((x) => x.slug === slug))
      items.push({
        kind: 'draft',
        text: `#${d.id} by ${d.author.email}: ${d.status === 'submitted' ? 'awaiting review' : d.status}${d.note ? `. ${d.note}` : ''}`,
        href: `/edit/drafts/${d.id}`,
      });
    if (items.length > 0) out.push({ slug, name: app.review.name, category: app.review.category, items });
  }
  return out.sort((a, b) => b.items.length - a.items.length || a.name.localeCompare(b.name));
}

export interface WorkFilter {
  kind: WorkKind | undefined;
  category: string | undefined;
}

/** A filter value that is not one of its parameter's values: the parameter, and what is wrong as a catalogue message with its parameters. */
export interface WorkFilterProblem {
  parameter: string;
  key: MessageKey;
  params: { values: string; value: string };
}

/** Reads ?kind= and ?category=; an unknown value is a problem naming the parameter. */
export function readWorkFilter(query: Record<string, string | undefined>, categories: readonly string[]): WorkFilter | WorkFilterProblem {
  const kindText = query.kind ?? '';
  const categoryText = query.category ?? '';
  const kind = WORK_KINDS.find((k) => k === kindText);
  if (kindText !== '' && kindText !== 'all' && kind === undefined)
    return { parameter: 'kind', key: 'edit.work.badKind', params: { values: ['all', ...WORK_KINDS].join(', '), value: kindText.slice(0, 40) } };
  if (categoryText !== '' && categoryText !== 'all' && !categories.includes(categoryText))
    return { parameter: 'category', key: 'edit.work.badCategory', params: { values: categories.join(', '), value: categoryText.slice(0, 40) } };
  return { kind, category: categoryText === '' || categoryText === 'all' ? undefined : categoryText };
}

/** The apps and items the filter keeps, with the count of each kind among the apps of the chosen category. */
export function filterWorkList(list: WorkApp[], filter: WorkFilter): { apps: WorkApp[]; counts: Record<WorkKind, number> } {
  const inCategory = filter.category === undefined ? list : list.filter((a) => a.category === filter.category);
  const counts = Object.fromEntries(WORK_KINDS.map((k) => [k, 0])) as Record<WorkKind, number>;
  for (const a of inCategory) for (const i of a.items) counts[i.kind]++;
  const apps =
    filter.kind === undefined
      ? inCategory
      : inCategory.map((a) => ({ ...a, items: a.items.filter((i) => i.kind === filter.kind) })).filter((a) => a.items.length > 0);
  return { apps, counts };
}

export async function workListPage(c: Context, ctx: EditContext, session: Session): Promise<Response> {
  const { store } = ctx.cfg;
  const rc = await ctx.deps.routeContext();
  const { snapshot } = rc;
  const categories = snapshot.catalog.categories.map((cat) => cat.id);
  const filter = readWorkFilter({ kind: c.req.query('kind'), category: c.req.query('category') }, categories);
  if ('parameter' in filter)
    return messagePage(
      c,
      ctx,
      session,
      400,
      say(c, 'edit.work.title'),
      say(c, 'edit.work.badFilter', { parameter: filter.parameter, message: say(c, filter.key, filter.params) }),
    );
  const moderator = can(session.user.role, 'moderate');
  const [drafts, corrections] = await Promise.all([store.editing.openDrafts(), store.editing.listCorrections('open')]);
  const locale = localeOf(c);
  const list = buildWorkList({ snapshot, findings: currentFindings(snapshot, ctx.cfg.now().toISOString().slice(0, 10)), corrections, drafts, locale });
  const { apps, counts } = filterWorkList(list, filter);
  const total = apps.reduce((n, a) => n + a.items.length, 0);
  const categoryName = new Map(snapshot.catalog.categories.map((cat) => [cat.id, term(locale, `category.${cat.id}.name`, cat.name)]));
  const html = await renderHtml(
    <EditLayout frame={await frameFor(c, ctx, session)} title={say(c, 'edit.work.title')}>
      <h1>{say(c, 'edit.work.title')}</h1>
      <form method="get" action="/edit" class="work-filter">
        <p>
          <label for="kind">{say(c, 'edit.work.kindLabel')}</label>{' '}
          <select id="kind" name="kind">
            <option value="all" selected={filter.kind === undefined}>
              {say(c, 'edit.work.everything', { count: WORK_KINDS.reduce((n, k) => n + counts[k], 0) })}
            </option>
            {WORK_KINDS.map((k) => (
              <option value={k} selected={filter.kind === k}>
                {say(c, KIND_NAMES[k])} ({counts[k]})
              </option>
            ))}
          </select>{' '}
          <label for="category">{say(c, 'edit.work.categoryLabel')}</label>{' '}
          <select id="category" name="category">
            <option value="all" selected={filter.category === undefined}>
              {say(c, 'edit.work.allCategories')}
            </option>
            {snapshot.catalog.categories.map((cat) => (
              <option value={cat.id} selected={filter.category === cat.id}>
                {categoryName.get(cat.id)}
              </option>
            ))}
          </select>{' '}
          <button type="submit">{say(c, 'edit.work.filter')}</button>
        </p>
      </form>
      <ul class="work-counts" data-counts>
        {WORK_KINDS.map((k) => (
          <li data-kind={k}>
            <a href={`/edit?kind=${k}${filter.category ? `&category=${filter.category}` : ''}`}>{say(c, KIND_NAMES[k])}</a>: {counts[k]}
          </li>
        ))}
      </ul>
      {moderator && counts.correction > 0 ? (
        <p>
          <a href="/edit/corrections">{say(c, 'edit.work.openCorrections', { count: counts.correction })}</a>
        </p>
      ) : null}
      <h2>{say(c, 'edit.work.propose')}</h2>
      <form method="post" action="/edit/drafts/new">
        <Csrf session={session} />
        <label for="app">{say(c, 'edit.work.app')}</label>{' '}
        <select id="app" name="app">
          {snapshot.apps.map((a) => (
            <option value={a.review.slug}>{a.review.name}</option>
          ))}
        </select>{' '}
        <button type="submit">{say(c, 'edit.work.startDraft')}</button>
      </form>
      <h2 id="open-items">{say(c, 'edit.work.openItems', { total, apps: apps.length })}</h2>
      {apps.length === 0 ? <p>{say(c, filter.kind || filter.category ? 'edit.work.nothingFiltered' : 'edit.work.nothing')}</p> : null}
      {apps.map((a) => (
        <section class="work-app" data-app={a.slug} aria-labelledby={`work-${a.slug}`}>
          <h3 id={`work-${a.slug}`}>
            <a href={`/apps/${a.slug}`}>{a.name}</a> <small>({categoryName.get(a.category) ?? a.category})</small>
          </h3>
          <ul>
            {a.items.map((i) => (
              <li data-kind={i.kind}>
                <strong>{say(c, KIND_NAMES[i.kind])}</strong>:{' '}
                {/* check findings in the page's language; document titles and editors' notes as written (in English) */}
                <span lang={i.translated ? undefined : 'en'}>{i.href ? <a href={i.href}>{i.text}</a> : i.text}</span>
              </li>
            ))}
          </ul>
          <form method="post" action="/edit/drafts/new">
            <Csrf session={session} />
            <input type="hidden" name="app" value={a.slug} />
            <button type="submit" aria-label={say(c, 'edit.work.startDraftOf', { app: a.name })}>
              {say(c, 'edit.work.startDraft')}
            </button>
          </form>
        </section>
      ))}
    </EditLayout>,
  );
  return c.html(html);
}
