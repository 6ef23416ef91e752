/**
 * Drafts of a review: edit through the generated form, validated with the same
 * checker as `privacydefend check` (schema, cross-fact rules, claims, page
 * rules, rendered with the site's own view), preview the score before and
 * after, submit; another editor approves (publishing a revision carrying both
 * names and the note) or requests changes with a comment.
 */
import type { Context, Hono } from 'hono';
import type { Child } from '#jsx/jsx-runtime';
import { z } from 'zod';
import { checkReview, findingLine, type Finding } from '../../checks/index.ts';
import { revisionInputOf } from '../../dataset/revision.ts';
import { canonicalJson } from '../../domain/canonical.ts';
import { diffReviews } from '../../domain/diff.ts';
import { Review } from '../../domain/review.ts';
import { dateTimeFormat, numberFormat, t, term, type Locale } from '../../i18n/index.ts';
import { scoreReview, type ScoreResult } from '../../scoring/score.ts';
import { EditingConflictError, type Draft, type Session } from '../../store/index.ts';
import { renderHtml } from '../http/render.ts';
import { renderReviewPage } from '../reviews/render-for-checks.tsx';
import type { SiteSnapshot } from '../site-data.ts';
import { datasetOf, fileOf } from './checking.ts';
import {
  conflictText,
  draftStatusName as statusName,
  frameFor,
  forbidden,
  localeOf,
  messagePage,
  say,
  signedIn,
  signedInPost,
  type EditContext,
} from './guard.tsx';
import { Csrf, EditLayout, Notice } from './layout.tsx';
import { mayApprove } from './policy.ts';
import { assignProblems, reviewFields, ReviewFields, reviewFromForm, rowAction, type FieldProblems } from './review-form.tsx';
import { changedLines, LineChanges, markAsPreview, pageLines, renderPublishedPage } from './preview.tsx';
import { clientIp } from './session.ts';

export interface DraftCheck {
  review: Review | undefined;
  problems: FieldProblems;
  /** The problems that are English whatever the page's language: the review schema's own messages (such as "must not be empty"). */
  english: Set<string>;
  errors: number;
  score: ScoreResult | undefined;
}

/** zod's own messages in German and French (its locales); English is zod's default. */
const ZOD_LOCALES = { de: z.locales.de().localeError, fr: z.locales.fr().localeError };

/**
 * The review schema's verdict on `value`, its messages in `locale`. The
 * locale is this parse's own error map (never zod's global config, which
 * concurrent requests in other languages share); a message the schema
 * itself spells out (a refinement's text) stays English and is listed in
 * `english`.
 */
function parseReview(value: unknown, locale: Locale) {
  const english = new Set<string>();
  if (locale === 'en') return { parsed: Review.safeParse(value), english };
  const localeError = ZOD_LOCALES[locale];
  const localized = new Set<string>();
  const parsed = Review.safeParse(value, {
    error: (issue) => {
      const out = localeError(issue);
      const message = typeof out === 'string' ? out : out?.message;
      if (message !== undefined) localized.add(message);
      return message;
    },
  });
  if (!parsed.success) for (const issue of parsed.error.issues) if (!localized.has(issue.message)) english.add(issue.message);
  return { parsed, english };
}

/**
 * Validates a proposed review: the schema first, then every rule of `check`.
 * Problems are keyed by the dotted path of the field they concern; the
 * schema's messages, the draft page's own and the rules' findings are in
 * `locale`.
 */
export function checkDraft(
  value: unknown,
  slug: string,
  snapshot: SiteSnapshot,
  today: string,
  readProblems: Map<string, string>,
  locale: Locale = 'en',
): DraftCheck {
  const problems: FieldProblems = new Map();
  const add = (path: string, message: string) => problems.set(path, [...(problems.get(path) ?? []), message]);
  for (const [path, message] of readProblems) add(path, message);
  const { parsed, english } = parseReview(value, locale);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) add(issue.path.join('.'), issue.message);
    return { review: undefined, problems, english, errors: problems.size, score: undefined };
  }
  const review = parsed.data;
  if (review.slug !== slug) add('slug', t(locale, 'edit.draft.slugFixed', { slug }));
  const findings: Finding[] = checkReview({ ...review, file: fileOf(slug) }, datasetOf(snapshot), { today, renderPage: renderReviewPage });
  for (const f of findings) add(f.path.replace(/\.value$/, ''), findingLine(f, locale));
  const errors = findings.filter((f) => f.severity === 'error').length + readProblems.size + (review.slug !== slug ? 1 : 0);
  return { review, problems, english, errors, score: scoreReview(review, snapshot.catalog) };
}

/** A score as the draft page shows it: "8.5/10 Excellent" ("8,5/10 Ausgezeichnet"), or why there is none. */
function scoreText(locale: Locale, s: ScoreResult | undefined): string {
  if (s === undefined) return t(locale, 'edit.draft.notComputed');
  if (s.score === null) return t(locale, 'edit.draft.unscored');
  const score = numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(s.score);
  return t(locale, 'edit.draft.score', { score, label: term(locale, `label.${s.label}`, s.label) });
}

/**
 * `text` with `slot` (an element: a link, a name marked as English) in place
 * of the last occurrence of `marker`, the text the message was given for it.
 */
function slotted(text: string, marker: string, slot: Child): Child {
  const i = text.lastIndexOf(marker);
  if (i < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, i)}
      {slot}
      {text.slice(i + marker.length)}
    </>
  );
}

/** Stands for an element inside a message: a character no message or name contains. */
const SLOT = '\u2063';

/** What changed, fact by fact, and which sources came and went. */
function FactChanges(props: { diff: ReturnType<typeof diffReviews>; locale: Locale }) {
  const { diff, locale } = props;
  if (diff.facts.length === 0 && diff.sourcesAdded.length === 0 && diff.sourcesRemoved.length === 0) return <p>{t(locale, 'edit.diff.none')}</p>;
  const none = t(locale, 'edit.diff.empty');
  return (
    <ul data-diff>
      {diff.facts.map((f) => (
        <li>{t(locale, 'edit.diff.fact', { path: f.path, before: f.before ?? none, after: f.after ?? none })}</li>
      ))}
      {diff.sourcesAdded.map((s) => (
        <li>{t(locale, 'edit.diff.sourceAdded', { id: s })}</li>
      ))}
      {diff.sourcesRemoved.map((s) => (
        <li>{t(locale, 'edit.diff.sourceRemoved', { id: s })}</li>
      ))}
    </ul>
  );
}

async function draftPage(
  c: Context,
  ctx: EditContext,
  session: Session,
  draft: Draft,
  opts: { status?: 200 | 400 | 409; notice?: string; fields?: Record<string, string> } = {},
) {
  const locale = localeOf(c);
  const rc = await ctx.deps.routeContext();
  const current = rc.snapshot.bySlug.get(draft.slug);
  const proposed = opts.fields
    ? reviewFromForm(opts.fields, draft.facts, locale)
    : { value: draft.facts, problems: new Map<string, string>(), added: undefined };
  const check = checkDraft(proposed.value, draft.slug, rc.snapshot, ctx.cfg.now().toISOString().slice(0, 10), proposed.problems, locale);
  const form = reviewFields(proposed.value);
  // A row just added is empty on purpose: its problems wait for the next save.
  const { added } = proposed;
  const shown = new Map([...check.problems].filter(([p]) => added === undefined || (p !== added && !p.startsWith(`${added}.`))));
  const problems = assignProblems(form, shown);
  const general = problems.get('') ?? [];
  const revisions = await ctx.cfg.store.history(draft.slug);
  const lineChanges =
    check.review === undefined || current === undefined
      ? []
      : changedLines(
          pageLines(await renderPublishedPage(rc, current.review, revisions, locale), locale),
          pageLines(await renderPublishedPage(rc, check.review, revisions, locale), locale),
        );
  const editable = draft.author.id === session.user.id && (draft.status === 'editing' || draft.status === 'changes-requested');
  const reviewable = draft.status === 'submitted' && mayApprove(session.user, draft.author);
  const sourceIds = Object.keys((proposed.value as { sources?: object } | undefined)?.sources ?? {});
  const title = say(c, 'edit.draft.title', { id: String(draft.id), app: draft.slug });
  const save = say(c, 'edit.draft.save');
  const html = await renderHtml(
    <EditLayout frame={await frameFor(c, ctx, session, `/edit/drafts/${draft.id}`)} title={title}>
      <h1>{slotted(title, draft.slug, <a href={`/apps/${draft.slug}`}>{draft.slug}</a>)}</h1>
      <p>
        <a href={`/edit/apps/${draft.slug}/history`}>{say(c, 'edit.draft.historyLink', { app: draft.slug })}</a>
      </p>
      {opts.notice ? <Notice kind={opts.status && opts.status !== 200 ? 'error' : 'ok'}>{opts.notice}</Notice> : null}
      <p>
        {slotted(
          say(c, 'edit.draft.status', { status: SLOT, email: draft.author.email, revision: draft.baseRevision }),
          SLOT,
          <strong data-status={draft.status}>{statusName(locale, draft.status)}</strong>,
        )}
        {draft.reviewComment ? ` ${say(c, 'edit.draft.reviewerComment')} ${draft.reviewComment}` : ''}
      </p>
      <section aria-labelledby="preview">
        <h2 id="preview">{say(c, 'edit.draft.preview')}</h2>
        <p data-score-before>{say(c, 'edit.draft.scoreNow', { score: scoreText(locale, current?.score) })}</p>
        <p data-score-after>{say(c, 'edit.draft.scoreAfter', { score: scoreText(locale, check.score) })}</p>
        <p data-problems>{check.errors === 0 ? say(c, 'edit.draft.checksPass') : say(c, 'edit.draft.problemCount', { count: check.errors })}</p>
        {check.review === undefined ? (
          <p>{say(c, 'edit.draft.notReview')}</p>
        ) : (
          <>
            <p>
              <a href={`/edit/drafts/${draft.id}/preview`}>{say(c, 'edit.draft.wholePage')}</a>
              {opts.fields ? ` ${say(c, 'edit.draft.asSaved')}` : ''}
            </p>
            <h3>{say(c, 'edit.draft.changedFacts')}</h3>
            <FactChanges diff={diffReviews(current?.review, check.review)} locale={locale} />
            <h3>{say(c, 'edit.draft.changedLines')}</h3>
            <LineChanges changes={lineChanges} locale={locale} />
          </>
        )}
      </section>
      {reviewable ? (
        <section aria-labelledby="decide">
          <h2 id="decide">{say(c, 'edit.draft.decide')}</h2>
          <form method="post" action={`/edit/drafts/${draft.id}/approve`}>
            <Csrf session={session} />
            <button type="submit">{say(c, 'edit.draft.approve')}</button>
          </form>
          <form method="post" action={`/edit/drafts/${draft.id}/request-changes`}>
            <Csrf session={session} />
            <label for="comment">{say(c, 'edit.draft.whatToChange')}</label>
            <br />
            <textarea id="comment" name="comment" required maxlength={2000} rows={3} cols={60}></textarea>
            <br />
            <button type="submit">{say(c, 'edit.draft.requestChanges')}</button>
          </form>
        </section>
      ) : null}
      {editable ? (
        <section aria-labelledby="edit">
          <h2 id="edit">{say(c, 'edit.draft.edit')}</h2>
          <form method="post" action={`/edit/drafts/${draft.id}`}>
            <Csrf session={session} />
            {/* The first submit button of the form is the one Enter presses: saving, not adding a row. */}
            <p>
              <button type="submit">{save}</button>
            </p>
            <p>
              <label for="note">{say(c, 'edit.draft.note')}</label>
              <br />
              <textarea id="note" name="_note" required maxlength={2000} rows={2} cols={80}>
                {opts.fields?._note ?? draft.note}
              </textarea>
            </p>
            <datalist id="source-ids">
              {sourceIds.map((s) => (
                <option value={s}></option>
              ))}
            </datalist>
            {general.length > 0 ? (
              <ul class="field-problem" id="problem-page">
                {general.map((m) => (check.english.has(m) && locale !== 'en' ? <li lang="en">{m}</li> : <li>{m}</li>))}
              </ul>
            ) : null}
            <ReviewFields node={form} review={proposed.value} problems={problems} locale={locale} english={check.english} />
            <p>
              <button type="submit">{save}</button>
            </p>
          </form>
          <form method="post" action={`/edit/drafts/${draft.id}/submit`}>
            <Csrf session={session} />
            <button type="submit">{say(c, 'edit.draft.submit')}</button>
          </form>
        </section>
      ) : null}
    </EditLayout>,
  );
  return c.html(html, opts.status ?? 200);
}

function idParam(c: Context): number | undefined {
  const id = Number(c.req.param('id'));
  return Number.isSafeInteger(id) && id > 0 ? id : undefined;
}

export function registerDrafts(app: Hono, ctx: EditContext): void {
  const { cfg } = ctx;
  const store = cfg.store;
  const audit = (c: Context, session: Session, action: string, draft: Draft, detail: Record<string, unknown> = {}) =>
    store.editing.audit({
      at: cfg.now(),
      actor: session.user.email,
      action,
      subject: `draft:${draft.id}`,
      detail: { app: draft.slug, ...detail },
      ip: clientIp(c),
    });

  async function withDraft(c: Context, session: Session, fn: (draft: Draft) => Promise<Response>): Promise<Response> {
    const id = idParam(c);
    const draft = id === undefined ? undefined : await store.editing.getDraft(id);
    if (draft === undefined) return messagePage(c, ctx, session, 404, say(c, 'edit.drafts.title'), say(c, 'edit.draft.noSuch'));
    try {
      return await fn(draft);
    } catch (error) {
      if (error instanceof EditingConflictError) return messagePage(c, ctx, session, 409, say(c, 'edit.drafts.title'), conflictText(c, error));
      throw error;
    }
  }

  app.post(
    '/edit/drafts/new',
    signedInPost(ctx, 'propose', { app: 100, revision: 12 }, async (c, session, form) => {
      const current = await store.getApp(form.app ?? '');
      if (current === undefined) return messagePage(c, ctx, session, 404, say(c, 'edit.drafts.title'), say(c, 'edit.draft.noApp'));
      // Reverting starts a draft holding an older revision's facts; it is reviewed and published like any change, as a new revision.
      const from = form.revision === undefined ? current : (await store.history(current.slug)).find((r) => String(r.revision) === form.revision);
      if (from === undefined)
        return messagePage(
          c,
          ctx,
          session,
          404,
          say(c, 'edit.drafts.title'),
          say(c, 'edit.draft.noRevision', { app: current.slug, revision: form.revision ?? '' }),
        );
      // The note is published in the review's history, which is English data: it stays English in every language of the editor.
      const note = from === current ? '' : `Revert to revision ${from.revision}`;
      const draft = await store.editing.addDraft({
        slug: current.slug,
        baseRevision: current.revision,
        facts: from.facts,
        authorId: session.user.id,
        note,
        at: cfg.now(),
      });
      await audit(c, session, from === current ? 'draft.start' : 'draft.revert', draft, { from: from.revision });
      return c.redirect(`/edit/drafts/${draft.id}`, 303);
    }),
  );

  app.get(
    '/edit/apps/:slug/history',
    signedIn(ctx, undefined, async (c, session) => {
      const history = await store.history(c.req.param('slug') ?? '');
      if (history.length === 0) return messagePage(c, ctx, session, 404, say(c, 'edit.history.h'), say(c, 'edit.draft.noApp'));
      const locale = localeOf(c);
      const slug = history[0]?.slug ?? '';
      const latest = history.at(-1)?.revision;
      const title = say(c, 'edit.history.title', { app: slug });
      const when = (iso: string) =>
        locale === 'en' ? iso : `${dateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(iso))} UTC`;
      const score = (n: number | null) =>
        n === null
          ? say(c, 'edit.history.noScore')
          : say(c, 'edit.history.score', { score: numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n) });
      const html = await renderHtml(
        <EditLayout frame={await frameFor(c, ctx, session)} title={title}>
          <h1>{slotted(title, slug, <a href={`/apps/${slug}`}>{slug}</a>)}</h1>
          <ol reversed>
            {[...history].reverse().map((r) => {
              const previous = history.find((p) => p.revision === r.revision - 1);
              const diff = diffReviews(previous?.facts as object | undefined, r.facts as object);
              return (
                <li data-revision={String(r.revision)}>
                  <p>
                    {/* the author line ("… (approved by …)") and the note are the revision's data, written in English */}
                    {slotted(
                      say(c, 'edit.history.revision', { revision: r.revision, date: when(r.createdAt), author: SLOT }),
                      SLOT,
                      <span lang="en">{r.author}</span>,
                    )}{' '}
                    <span lang="en">{r.note}</span> {score(r.score)}
                  </p>
                  {previous ? <FactChanges diff={diff} locale={locale} /> : null}
                  {r.revision !== latest ? (
                    <form method="post" action="/edit/drafts/new">
                      <Csrf session={session} />
                      <input type="hidden" name="app" value={slug} />
                      <input type="hidden" name="revision" value={String(r.revision)} />
                      <button type="submit">{say(c, 'edit.history.revert')}</button>
                    </form>
                  ) : null}
                </li>
              );
            })}
          </ol>
        </EditLayout>,
      );
      return c.html(html);
    }),
  );

  app.get(
    '/edit/drafts/:id',
    signedIn(ctx, undefined, (c, session) => withDraft(c, session, (draft) => draftPage(c, ctx, session, draft))),
  );

  app.get(
    '/edit/drafts/:id/preview',
    signedIn(ctx, undefined, (c, session) =>
      withDraft(c, session, async (draft) => {
        const rc = await ctx.deps.routeContext();
        const locale = localeOf(c);
        const check = checkDraft(draft.facts, draft.slug, rc.snapshot, cfg.now().toISOString().slice(0, 10), new Map(), locale);
        if (check.review === undefined)
          return messagePage(c, ctx, session, 409, say(c, 'edit.preview.title'), say(c, 'edit.preview.notReview', { id: String(draft.id) }));
        // The page in the editor's language, as /de/apps/<slug> or /fr/apps/<slug> would show it once published.
        const html = await renderPublishedPage(rc, check.review, await store.history(draft.slug), locale);
        const notice = String(
          await renderHtml(
            <p class="notice notice-ok preview-notice" role="status">
              {say(c, 'edit.preview.notice', { id: String(draft.id), app: draft.slug, status: statusName(locale, draft.status) })}{' '}
              <a href={`/edit/drafts/${draft.id}`}>{say(c, 'edit.preview.back')}</a>
            </p>,
          ),
        );
        return c.html(markAsPreview(html, notice));
      }),
    ),
  );

  app.post(
    '/edit/drafts/:id',
    signedInPost(ctx, 'propose', { '*': 20_000, _note: 2000, _action: 300 }, (c, session, fields) =>
      withDraft(c, session, async (draft) => {
        if (draft.author.id !== session.user.id) return forbidden(c, ctx, session);
        const action = rowAction(fields);
        // Adding or removing a row re-renders the form from what was typed; the next save keeps it.
        if (action !== undefined)
          return draftPage(c, ctx, session, draft, {
            fields,
            notice: say(c, 'add' in action ? 'edit.draft.rowAdded' : 'edit.draft.rowRemoved'),
          });
        const locale = localeOf(c);
        const read = reviewFromForm(fields, draft.facts, locale);
        const { value } = read;
        const saved = await store.editing.updateDraft(draft.id, { facts: value, note: (fields._note ?? '').trim() }, cfg.now());
        await audit(c, session, 'draft.save', saved);
        const rc = await ctx.deps.routeContext();
        const check = checkDraft(value, draft.slug, rc.snapshot, cfg.now().toISOString().slice(0, 10), read.problems, locale);
        return draftPage(c, ctx, session, saved, {
          fields,
          status: check.errors === 0 ? 200 : 400,
          notice: say(c, check.errors === 0 ? 'edit.draft.saved' : 'edit.draft.savedWithProblems'),
        });
      }),
    ),
  );

  app.post(
    '/edit/drafts/:id/submit',
    signedInPost(ctx, 'propose', {}, (c, session) =>
      withDraft(c, session, async (draft) => {
        if (draft.author.id !== session.user.id) return forbidden(c, ctx, session);
        const rc = await ctx.deps.routeContext();
        const check = checkDraft(draft.facts, draft.slug, rc.snapshot, cfg.now().toISOString().slice(0, 10), new Map());
        if (check.errors > 0) return draftPage(c, ctx, session, draft, { status: 400, notice: say(c, 'edit.draft.fixFirst') });
        if (draft.note === '') return draftPage(c, ctx, session, draft, { status: 400, notice: say(c, 'edit.draft.noteFirst') });
        const current = rc.snapshot.bySlug.get(draft.slug)?.review;
        if (current !== undefined && check.review !== undefined && canonicalJson(current) === canonicalJson(check.review))
          return draftPage(c, ctx, session, draft, { status: 400, notice: say(c, 'edit.draft.changesNothing') });
        const moved = await store.editing.moveDraft(draft.id, ['editing', 'changes-requested'], 'submitted', {}, cfg.now());
        await audit(c, session, 'draft.submit', moved);
        return draftPage(c, ctx, session, moved, { notice: say(c, 'edit.draft.submitted') });
      }),
    ),
  );

  app.post(
    '/edit/drafts/:id/request-changes',
    signedInPost(ctx, 'review', { comment: 2000 }, (c, session, form) =>
      withDraft(c, session, async (draft) => {
        if (!mayApprove(session.user, draft.author))
          return messagePage(c, ctx, session, 403, say(c, 'edit.forbidden.title'), say(c, 'edit.draft.noSelfReview'));
        const comment = (form.comment ?? '').trim();
        if (comment === '') return draftPage(c, ctx, session, draft, { status: 400, notice: say(c, 'edit.draft.needComment') });
        const moved = await store.editing.moveDraft(draft.id, ['submitted'], 'changes-requested', { reviewerId: session.user.id, comment }, cfg.now());
        await audit(c, session, 'draft.request-changes', moved, { comment });
        return draftPage(c, ctx, session, moved, { notice: say(c, 'edit.draft.changesRequested') });
      }),
    ),
  );

  app.post(
    '/edit/drafts/:id/approve',
    signedInPost(ctx, 'review', {}, (c, session) =>
      withDraft(c, session, async (draft) => {
        if (!mayApprove(session.user, draft.author))
          return messagePage(c, ctx, session, 403, say(c, 'edit.forbidden.title'), say(c, 'edit.draft.noSelfApprove'));
        const rc = await ctx.deps.routeContext();
        const check = checkDraft(draft.facts, draft.slug, rc.snapshot, cfg.now().toISOString().slice(0, 10), new Map());
        if (check.review === undefined || check.score === undefined || check.errors > 0)
          return draftPage(c, ctx, session, draft, { status: 409, notice: say(c, 'edit.draft.noLongerPasses') });
        const { draft: published, revision } = await store.editing.publishDraft(draft.id, session.user.id, revisionInputOf(check.review, check.score), {
          author: `${draft.author.email} (approved by ${session.user.email})`,
          note: draft.note,
          at: cfg.now(),
        });
        await audit(c, session, 'draft.publish', published, { revision });
        if (draft.correctionId !== null)
          await store.editing.audit({
            at: cfg.now(),
            actor: session.user.email,
            action: 'correction.published',
            subject: `correction:${draft.correctionId}`,
            detail: { revision },
            ip: clientIp(c),
          });
        return draftPage(c, ctx, session, published, { notice: say(c, 'edit.draft.published', { revision, app: draft.slug }) });
      }),
    ),
  );
}
