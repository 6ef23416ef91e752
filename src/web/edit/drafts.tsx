/**
 * Drafts of a review: edit through the generated form, validated with the same
 * checker as `privacydefend check` (schema, cross-fact rules, claims, page
 * rules, rendered with the site's own view), preview the score before and
 * after, submit; another editor approves (publishing a revision carrying both
 * names and the note) or requests changes with a comment.
 */
import type { Context, Hono } from 'hono';
import { checkReview, findingLine, type Finding } from '../../checks/index.ts';
import type { Locale } from '../../i18n/index.ts';
import { localeOfPath } from '../http/locale-paths.ts';
import { revisionInputOf } from '../../dataset/revision.ts';
import { canonicalJson } from '../../domain/canonical.ts';
import { diffReviews } from '../../domain/diff.ts';
import { Review } from '../../domain/review.ts';
import { scoreReview, type ScoreResult } from '../../scoring/score.ts';
import { EditingConflictError, type Draft, type Session } from '../../store/index.ts';
import { renderHtml } from '../http/render.ts';
import { renderReviewPage } from '../reviews/render-for-checks.tsx';
import type { SiteSnapshot } from '../site-data.ts';
import { datasetOf, fileOf } from './checking.ts';
import { frameFor, forbidden, messagePage, signedIn, signedInPost, type EditContext } from './guard.tsx';
import { Csrf, EditLayout, Notice } from './layout.tsx';
import { mayApprove } from './policy.ts';
import { assignProblems, reviewFields, ReviewFields, reviewFromForm, rowAction, type FieldProblems } from './review-form.tsx';
import { changedLines, LineChanges, markAsPreview, pageLines, renderPublishedPage } from './preview.tsx';
import { clientIp } from './session.ts';

export interface DraftCheck {
  review: Review | undefined;
  problems: FieldProblems;
  errors: number;
  score: ScoreResult | undefined;
}

/**
 * Validates a proposed review: the schema first, then every rule of `check`.
 * Problems are keyed by the dotted path of the field they concern; the rules' findings are written in `locale`.
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
  const parsed = Review.safeParse(value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) add(issue.path.join('.'), issue.message);
    return { review: undefined, problems, errors: problems.size, score: undefined };
  }
  const review = parsed.data;
  if (review.slug !== slug) add('slug', `must stay "${slug}" (a draft edits one app)`);
  const findings: Finding[] = checkReview({ ...review, file: fileOf(slug) }, datasetOf(snapshot), { today, renderPage: renderReviewPage });
  for (const f of findings) add(f.path.replace(/\.value$/, ''), findingLine(f, locale));
  const errors = findings.filter((f) => f.severity === 'error').length + readProblems.size + (review.slug !== slug ? 1 : 0);
  return { review, problems, errors, score: scoreReview(review, snapshot.catalog) };
}

const scoreText = (s: ScoreResult | undefined) =>
  s === undefined ? 'not computed' : s.score === null ? 'not scored (too little evidence)' : `${s.score.toFixed(1)}/10 ${s.label}`;

/** What changed, fact by fact, and which sources came and went. */
function FactChanges(props: { diff: ReturnType<typeof diffReviews> }) {
  const { diff } = props;
  if (diff.facts.length === 0 && diff.sourcesAdded.length === 0 && diff.sourcesRemoved.length === 0) return <p>No fact changed.</p>;
  return (
    <ul data-diff>
      {diff.facts.map((f) => (
        <li>
          {f.path}: {f.before ?? '(none)'} → {f.after ?? '(none)'}
        </li>
      ))}
      {diff.sourcesAdded.map((s) => (
        <li>source added: {s}</li>
      ))}
      {diff.sourcesRemoved.map((s) => (
        <li>source removed: {s}</li>
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
  const rc = await ctx.deps.routeContext();
  const current = rc.snapshot.bySlug.get(draft.slug);
  const proposed = opts.fields ? reviewFromForm(opts.fields, draft.facts) : { value: draft.facts, problems: new Map<string, string>(), added: undefined };
  const check = checkDraft(proposed.value, draft.slug, rc.snapshot, ctx.cfg.now().toISOString().slice(0, 10), proposed.problems, localeOfPath(c.req.path));
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
      : changedLines(pageLines(await renderPublishedPage(rc, current.review, revisions)), pageLines(await renderPublishedPage(rc, check.review, revisions)));
  const editable = draft.author.id === session.user.id && (draft.status === 'editing' || draft.status === 'changes-requested');
  const reviewable = draft.status === 'submitted' && mayApprove(session.user, draft.author);
  const sourceIds = Object.keys((proposed.value as { sources?: object } | undefined)?.sources ?? {});
  const html = await renderHtml(
    <EditLayout frame={await frameFor(c, ctx, session, `/edit/drafts/${draft.id}`)} title={`Draft #${draft.id} of ${draft.slug}`}>
      <h1>
        Draft #{draft.id} of <a href={`/apps/${draft.slug}`}>{draft.slug}</a>
      </h1>
      <p>
        <a href={`/edit/apps/${draft.slug}/history`}>Revision history of {draft.slug}</a>
      </p>
      {opts.notice ? <Notice kind={opts.status && opts.status !== 200 ? 'error' : 'ok'}>{opts.notice}</Notice> : null}
      <p>
        Status: <strong data-status>{draft.status}</strong>. Started by {draft.author.email} from revision {draft.baseRevision}.
        {draft.reviewComment ? ` Reviewer's comment: ${draft.reviewComment}` : ''}
      </p>
      <section aria-labelledby="preview">
        <h2 id="preview">Preview</h2>
        <p data-score-before>Score now: {scoreText(current?.score)}</p>
        <p data-score-after>Score with this draft: {scoreText(check.score)}</p>
        <p data-problems>{check.errors === 0 ? 'The checks pass.' : `${check.errors} problem(s) must be fixed before this draft can be submitted.`}</p>
        {check.review === undefined ? (
          <p>The draft does not fit the review format yet, so neither the page nor its changes can be shown: fix the problems marked below.</p>
        ) : (
          <>
            <p>
              <a href={`/edit/drafts/${draft.id}/preview`}>The whole page as it would be published</a>
              {opts.fields ? ' (as last saved)' : ''}
            </p>
            <h3>Changed facts</h3>
            <FactChanges diff={diffReviews(current?.review, check.review)} />
            <h3>Changed sentences of the page</h3>
            <LineChanges changes={lineChanges} />
          </>
        )}
      </section>
      {reviewable ? (
        <section aria-labelledby="decide">
          <h2 id="decide">Review this draft</h2>
          <form method="post" action={`/edit/drafts/${draft.id}/approve`}>
            <Csrf session={session} />
            <button type="submit">Approve and publish</button>
          </form>
          <form method="post" action={`/edit/drafts/${draft.id}/request-changes`}>
            <Csrf session={session} />
            <label for="comment">What needs to change</label>
            <br />
            <textarea id="comment" name="comment" required maxlength={2000} rows={3} cols={60}></textarea>
            <br />
            <button type="submit">Request changes</button>
          </form>
        </section>
      ) : null}
      {editable ? (
        <section aria-labelledby="edit">
          <h2 id="edit">Edit</h2>
          <form method="post" action={`/edit/drafts/${draft.id}`}>
            <Csrf session={session} />
            {/* The first submit button of the form is the one Enter presses: saving, not adding a row. */}
            <p>
              <button type="submit">Save and check</button>
            </p>
            <p>
              <label for="note">What this change does and why (shown in the review's history)</label>
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
                {general.map((m) => (
                  <li>{m}</li>
                ))}
              </ul>
            ) : null}
            <ReviewFields node={form} review={proposed.value} problems={problems} />
            <p>
              <button type="submit">Save and check</button>
            </p>
          </form>
          <form method="post" action={`/edit/drafts/${draft.id}/submit`}>
            <Csrf session={session} />
            <button type="submit">Submit for review</button>
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
    if (draft === undefined) return messagePage(c, ctx, session, 404, 'Drafts', 'There is no such draft.');
    try {
      return await fn(draft);
    } catch (error) {
      if (error instanceof EditingConflictError) return messagePage(c, ctx, session, 409, 'Drafts', error.message);
      throw error;
    }
  }

  app.post(
    '/edit/drafts/new',
    signedInPost(ctx, 'propose', { app: 100, revision: 12 }, async (c, session, form) => {
      const current = await store.getApp(form.app ?? '');
      if (current === undefined) return messagePage(c, ctx, session, 404, 'Drafts', 'There is no such app.');
      // Reverting starts a draft holding an older revision's facts; it is reviewed and published like any change, as a new revision.
      const from = form.revision === undefined ? current : (await store.history(current.slug)).find((r) => String(r.revision) === form.revision);
      if (from === undefined) return messagePage(c, ctx, session, 404, 'Drafts', `"${current.slug}" has no revision ${form.revision}.`);
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
      if (history.length === 0) return messagePage(c, ctx, session, 404, 'History', 'There is no such app.');
      const slug = history[0]?.slug ?? '';
      const latest = history.at(-1)?.revision;
      const html = await renderHtml(
        <EditLayout frame={await frameFor(c, ctx, session)} title={`History of ${slug}`}>
          <h1>
            History of <a href={`/apps/${slug}`}>{slug}</a>
          </h1>
          <ol reversed>
            {[...history].reverse().map((r) => {
              const previous = history.find((p) => p.revision === r.revision - 1);
              const diff = diffReviews(previous?.facts as object | undefined, r.facts as object);
              return (
                <li data-revision={String(r.revision)}>
                  <p>
                    Revision {r.revision}, {r.createdAt}, by {r.author}: {r.note} (score {r.score === null ? 'none' : r.score.toFixed(1)})
                  </p>
                  {previous ? <FactChanges diff={diff} /> : null}
                  {r.revision !== latest ? (
                    <form method="post" action="/edit/drafts/new">
                      <Csrf session={session} />
                      <input type="hidden" name="app" value={slug} />
                      <input type="hidden" name="revision" value={String(r.revision)} />
                      <button type="submit">Revert to this revision (as a new draft)</button>
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
        const check = checkDraft(draft.facts, draft.slug, rc.snapshot, cfg.now().toISOString().slice(0, 10), new Map());
        if (check.review === undefined)
          return messagePage(
            c,
            ctx,
            session,
            409,
            'Preview',
            `Draft #${draft.id} does not fit the review format yet: fix the problems on the draft's page first.`,
          );
        const html = await renderPublishedPage(rc, check.review, await store.history(draft.slug));
        const notice = String(
          await renderHtml(
            <p class="notice notice-ok preview-notice" role="status">
              Preview of draft #{draft.id} of {draft.slug} ({draft.status}): not published. <a href={`/edit/drafts/${draft.id}`}>Back to the draft</a>
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
            notice: 'add' in action ? 'A row was added below; fill it in and save.' : 'The row was removed; save to keep the change.',
          });
        const { value } = reviewFromForm(fields, draft.facts);
        const saved = await store.editing.updateDraft(draft.id, { facts: value, note: (fields._note ?? '').trim() }, cfg.now());
        await audit(c, session, 'draft.save', saved);
        const rc = await ctx.deps.routeContext();
        const check = checkDraft(value, draft.slug, rc.snapshot, cfg.now().toISOString().slice(0, 10), reviewFromForm(fields, draft.facts).problems);
        return draftPage(c, ctx, session, saved, {
          fields,
          status: check.errors === 0 ? 200 : 400,
          notice: check.errors === 0 ? 'Saved; the checks pass.' : 'Saved, with problems: each is shown beside its field.',
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
        if (check.errors > 0) return draftPage(c, ctx, session, draft, { status: 400, notice: 'Fix the problems before submitting.' });
        if (draft.note === '')
          return draftPage(c, ctx, session, draft, { status: 400, notice: 'Say what the change does and why (the note) before submitting.' });
        const current = rc.snapshot.bySlug.get(draft.slug)?.review;
        if (current !== undefined && check.review !== undefined && canonicalJson(current) === canonicalJson(check.review))
          return draftPage(c, ctx, session, draft, { status: 400, notice: 'This draft changes nothing yet: there is nothing to submit.' });
        const moved = await store.editing.moveDraft(draft.id, ['editing', 'changes-requested'], 'submitted', {}, cfg.now());
        await audit(c, session, 'draft.submit', moved);
        return draftPage(c, ctx, session, moved, { notice: 'Submitted: another editor will review it.' });
      }),
    ),
  );

  app.post(
    '/edit/drafts/:id/request-changes',
    signedInPost(ctx, 'review', { comment: 2000 }, (c, session, form) =>
      withDraft(c, session, async (draft) => {
        if (!mayApprove(session.user, draft.author)) return messagePage(c, ctx, session, 403, 'Not allowed', 'No one reviews their own change.');
        const comment = (form.comment ?? '').trim();
        if (comment === '') return draftPage(c, ctx, session, draft, { status: 400, notice: 'Say what needs to change.' });
        const moved = await store.editing.moveDraft(draft.id, ['submitted'], 'changes-requested', { reviewerId: session.user.id, comment }, cfg.now());
        await audit(c, session, 'draft.request-changes', moved, { comment });
        return draftPage(c, ctx, session, moved, { notice: 'Changes requested.' });
      }),
    ),
  );

  app.post(
    '/edit/drafts/:id/approve',
    signedInPost(ctx, 'review', {}, (c, session) =>
      withDraft(c, session, async (draft) => {
        if (!mayApprove(session.user, draft.author)) return messagePage(c, ctx, session, 403, 'Not allowed', 'No one approves their own change.');
        const rc = await ctx.deps.routeContext();
        const check = checkDraft(draft.facts, draft.slug, rc.snapshot, cfg.now().toISOString().slice(0, 10), new Map());
        if (check.review === undefined || check.score === undefined || check.errors > 0)
          return draftPage(c, ctx, session, draft, { status: 409, notice: 'The draft no longer passes the checks.' });
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
        return draftPage(c, ctx, session, published, { notice: `Published as revision ${revision} of ${draft.slug}.` });
      }),
    ),
  );
}
