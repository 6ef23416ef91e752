/**
 * Reader corrections: the public form (no account, no cookie, a signed form
 * token, a honeypot, a per-reader rate limit, bounded fields) and the
 * editors' moderation queue, where a correction is accepted (it becomes a
 * draft of the review) or declined with a reason. The reader's email, if
 * given, is deleted when the correction is answered.
 */
import type { Context, Hono } from 'hono';
import { factsOf } from '../../domain/facts.ts';
import { HttpUrl } from '../../domain/review.ts';
import { EditingConflictError, type Correction, type Session } from '../../store/index.ts';
import { renderHtml } from '../http/render.ts';
import { AccountError, normalizeEmail } from './accounts.ts';
import { readForm, FormError } from './form.ts';
import { answerMessage } from './mail.ts';
import { crossOrigin, frameFor, messagePage, signedIn, signedInPost, type EditContext } from './guard.tsx';
import { Csrf, EditLayout, Notice } from './layout.tsx';
import { CORRECTIONS_PER_READER, countEvent, limited } from './rate-limit.ts';
import { clientIp, readerFormToken, readerFormTokenValid, readerKey } from './session.ts';
import { CORRECTABLE_SECTIONS } from './suggest-link.tsx';

export const LIMITS = { fact: 200, problem: 2000, source: 2000, email: 254, section: 40, app: 100, website: 200, _csrf: 100 } as const;
const OTHER_FACT = 'other';

interface ReaderForm {
  app: string;
  section: string;
  fact: string;
  problem: string;
  source: string;
  email: string;
}

type Problems = Partial<Record<keyof ReaderForm, string>>;

function sectionOf(value: string | undefined): string {
  return CORRECTABLE_SECTIONS.find((s) => s === value) ?? 'other';
}

async function appFacts(ctx: EditContext, slug: string): Promise<{ name: string; facts: string[] } | undefined> {
  const rc = await ctx.deps.routeContext();
  const app = rc.snapshot.bySlug.get(slug);
  if (app === undefined) return undefined;
  return { name: app.review.name, facts: factsOf(app.review).map((f) => f.path.join('.')) };
}

async function readerPage(c: Context, ctx: EditContext, form: ReaderForm, status: 200 | 400 = 200, problems: Problems = {}) {
  const app = await appFacts(ctx, form.app);
  if (app === undefined) return messagePage(c, ctx, undefined, 404, 'Suggest a correction', 'There is no review of that app.');
  const token = await readerFormToken(ctx.cfg);
  const field = (name: keyof ReaderForm) =>
    problems[name] ? (
      <span class="field-problem" id={`${name}-problem`}>
        {problems[name]}
      </span>
    ) : null;
  const described = (name: keyof ReaderForm) => (problems[name] ? `${name}-problem` : undefined);
  const html = await renderHtml(
    <EditLayout frame={await frameFor(ctx, undefined)} title={`Suggest a correction to ${app.name}`}>
      <h1>Suggest a correction to the review of {app.name}</h1>
      <p>
        Tell us what is wrong and give a source that shows it: an editor checks every suggestion. No account needed; we set no cookie. If you leave your email,
        it is used only to tell you what we decided, and deleted then.
      </p>
      {Object.keys(problems).length > 0 ? <Notice kind="error">Please fix the problems marked below.</Notice> : null}
      <form method="post" action="/edit/corrections/new">
        <input type="hidden" name="_csrf" value={token} />
        <input type="hidden" name="app" value={form.app} />
        <input type="hidden" name="section" value={sectionOf(form.section)} />
        <p>
          <label for="fact">Which fact is concerned?</label>
          <br />
          <select id="fact" name="fact" aria-describedby={described('fact')}>
            <option value={OTHER_FACT} selected={form.fact === OTHER_FACT || form.fact === ''}>
              Something else / not sure
            </option>
            {app.facts.map((f) => (
              <option value={f} selected={form.fact === f}>
                {f}
              </option>
            ))}
          </select>
          {field('fact')}
        </p>
        <p>
          <label for="problem">What is wrong? (required)</label>
          <br />
          <textarea id="problem" name="problem" required maxlength={LIMITS.problem} rows={6} cols={60} aria-describedby={described('problem')}>
            {form.problem}
          </textarea>
          {field('problem')}
        </p>
        <p>
          <label for="source">A source that shows it: its web address (required)</label>
          <br />
          <input id="source" name="source" type="url" required maxlength={LIMITS.source} value={form.source} aria-describedby={described('source')} />
          {field('source')}
        </p>
        <p>
          <label for="email">Your email, if you want an answer (optional)</label>
          <br />
          <input id="email" name="email" type="email" maxlength={LIMITS.email} value={form.email} aria-describedby={described('email')} />
          {field('email')}
        </p>
        <div class="visually-hidden" aria-hidden="true">
          <label for="website">Leave this empty</label>
          <input id="website" name="website" type="text" tabindex={-1} autocomplete="off" value="" />
        </div>
        <p>
          <button type="submit">Send the correction</button>
        </p>
      </form>
    </EditLayout>,
  );
  return c.html(html, status);
}

function validate(form: ReaderForm, facts: string[]): { problems: Problems; email: string | null } {
  const problems: Problems = {};
  if (form.fact !== OTHER_FACT && !facts.includes(form.fact)) problems.fact = 'choose a fact from the list';
  if (form.problem.trim().length < 10) problems.problem = 'say in a sentence or two what is wrong (at least 10 characters)';
  if (!HttpUrl.safeParse(form.source.trim()).success) problems.source = 'must be a web address starting with http:// or https://';
  let email: string | null = null;
  if (form.email.trim() !== '') {
    try {
      email = normalizeEmail(form.email);
    } catch (error) {
      if (!(error instanceof AccountError)) throw error;
      problems.email = 'is not an email address (or leave it empty)';
    }
  }
  return { problems, email };
}

function CorrectionItem(props: { correction: Correction; session: Session; canMail: boolean }) {
  const c = props.correction;
  return (
    <article class="correction" aria-labelledby={`correction-${c.id}`}>
      <h2 id={`correction-${c.id}`}>
        #{c.id}: <a href={`/apps/${c.slug}`}>{c.slug}</a>, section {c.section}, fact {c.fact}
      </h2>
      <p>Received {c.createdAt}.</p>
      <blockquote>{c.problem}</blockquote>
      <p>
        Source:{' '}
        <a href={c.sourceUrl} rel="nofollow noopener noreferrer">
          {c.sourceUrl}
        </a>
      </p>
      {c.email ? (
        props.canMail ? (
          <p data-answer>
            The reader asked for an answer at {c.email}: your decision (and a reason for declining) is emailed there, then the address is deleted.
          </p>
        ) : (
          <p data-answer>
            The reader asked for an answer at {c.email}, but no answer can be sent: no mail server is configured (SMTP_URL). The address is deleted when you
            answer here.
          </p>
        )
      ) : null}
      <form method="post" action={`/edit/corrections/${c.id}/accept`}>
        <Csrf session={props.session} />
        <button type="submit">Accept: start a draft</button>
      </form>
      <form method="post" action={`/edit/corrections/${c.id}/decline`}>
        <Csrf session={props.session} />
        <label for={`reason-${c.id}`}>Reason for declining</label>
        <br />
        <textarea id={`reason-${c.id}`} name="reason" required maxlength={1000} rows={2} cols={60}></textarea>
        <br />
        <button type="submit">Decline</button>
      </form>
    </article>
  );
}

async function queuePage(ctx: EditContext, session: Session, notice?: { kind: 'ok' | 'error'; text: string }) {
  const open = await ctx.cfg.store.editing.listCorrections('open');
  return renderHtml(
    <EditLayout frame={await frameFor(ctx, session)} title="Reader corrections">
      <h1>Reader corrections</h1>
      {notice ? <Notice kind={notice.kind}>{notice.text}</Notice> : null}
      <p>{open.length === 0 ? 'No open corrections.' : `${open.length} open, oldest first.`}</p>
      {open.map((c) => (
        <CorrectionItem correction={c} session={session} canMail={ctx.cfg.mailer !== undefined} />
      ))}
    </EditLayout>,
  );
}

/**
 * Emails the reader the answer when they left an address (already deleted
 * from the store by then: it is used for this message only), and records in
 * the audit log whether it went; the address itself is never logged.
 * Returns a sentence for the editor.
 */
async function answerReader(
  c: Context,
  ctx: EditContext,
  session: Session,
  correction: Correction,
  decision: { status: 'accepted' } | { status: 'declined'; reason: string },
): Promise<string> {
  const { cfg } = ctx;
  const to = correction.email;
  if (to === null) return '';
  const entry = (action: string, detail: Record<string, unknown>) =>
    cfg.store.editing.audit({ at: cfg.now(), actor: session.user.email, action, subject: `correction:${correction.id}`, detail, ip: clientIp(c) });
  if (cfg.mailer === undefined) {
    await entry('correction.answer-not-sent', { reason: 'no mail server is configured (SMTP_URL)' });
    return " No answer could be emailed (no mail server is configured); the reader's address is deleted.";
  }
  const rc = await ctx.deps.routeContext();
  const app = rc.snapshot.bySlug.get(correction.slug)?.review.name ?? correction.slug;
  try {
    await cfg.mailer.send(answerMessage({ to, app, reviewUrl: `${ctx.deps.siteUrl}/apps/${correction.slug}`, received: correction.createdAt, decision }));
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split(to).join('(the address)').slice(0, 300);
    await entry('correction.answer-failed', { server: cfg.mailer.server, error: reason });
    return ` The answer could not be emailed (${reason}); the reader's address is deleted all the same.`;
  }
  await entry('correction.answer-sent', { server: cfg.mailer.server, decision: decision.status });
  return ' The reader was emailed the answer, and their address deleted.';
}

function correctionId(c: Context): number | undefined {
  const id = Number(c.req.param('id'));
  return Number.isSafeInteger(id) && id > 0 ? id : undefined;
}

export function registerCorrections(app: Hono, ctx: EditContext): void {
  const { cfg } = ctx;

  app.get('/edit/corrections/new', async (c) => {
    const slug = (c.req.query('app') ?? '').slice(0, LIMITS.app);
    return readerPage(c, ctx, { app: slug, section: c.req.query('section') ?? 'other', fact: OTHER_FACT, problem: '', source: '', email: '' });
  });

  app.post('/edit/corrections/new', async function suggestCorrection(c) {
    if (crossOrigin(c)) return messagePage(c, ctx, undefined, 403, 'Refused', 'This form was sent from another site.');
    let fields: Record<string, string>;
    try {
      fields = await readForm(c, LIMITS);
    } catch (error) {
      if (error instanceof FormError) return messagePage(c, ctx, undefined, 400, 'Correction refused', error.message);
      throw error;
    }
    const form: ReaderForm = {
      app: fields.app ?? '',
      section: sectionOf(fields.section),
      fact: fields.fact ?? OTHER_FACT,
      problem: fields.problem ?? '',
      source: fields.source ?? '',
      email: fields.email ?? '',
    };
    if (!(await readerFormTokenValid(cfg, fields._csrf)))
      return messagePage(
        c,
        ctx,
        undefined,
        403,
        'Form expired',
        'This form is out of date or was not sent from this site: go back, reload the page and send it again.',
      );
    const app = await appFacts(ctx, form.app);
    if (app === undefined) return messagePage(c, ctx, undefined, 404, 'Suggest a correction', 'There is no review of that app.');
    const now = cfg.now();
    const reader = `reader:${await readerKey(c, cfg)}`;
    if (await limited(cfg.store, `correction:${reader}`, CORRECTIONS_PER_READER, now)) {
      c.header('Retry-After', '3600');
      return messagePage(
        c,
        ctx,
        undefined,
        429,
        'Too many corrections',
        'You have sent several corrections in the last hour; please wait an hour before sending more.',
      );
    }
    await countEvent(cfg.store, `correction:${reader}`, now);
    // A filled honeypot is a bot: answer as if accepted and keep nothing.
    if ((fields.website ?? '') !== '') return c.redirect(`/edit/corrections/thanks?app=${encodeURIComponent(form.app)}`, 303);
    const { problems, email } = validate(form, app.facts);
    if (Object.keys(problems).length > 0) return readerPage(c, ctx, form, 400, problems);
    const correction = await cfg.store.editing.addCorrection({
      slug: form.app,
      section: form.section,
      fact: form.fact,
      problem: form.problem.trim(),
      sourceUrl: form.source.trim(),
      email,
      at: now,
    });
    await cfg.store.editing.audit({
      at: now,
      actor: 'reader',
      action: 'correction.add',
      subject: `correction:${correction.id}`,
      detail: { app: form.app },
      ip: reader,
    });
    return c.redirect(`/edit/corrections/thanks?app=${encodeURIComponent(form.app)}`, 303);
  });

  app.get('/edit/corrections/thanks', async (c) => {
    const slug = c.req.query('app') ?? '';
    const known = (await appFacts(ctx, slug)) !== undefined;
    const html = await renderHtml(
      <EditLayout frame={await frameFor(ctx, undefined)} title="Thank you">
        <h1>Thank you</h1>
        <p>An editor will check your correction against its source.</p>
        {known ? (
          <p>
            <a href={`/apps/${slug}`}>Back to the review</a>
          </p>
        ) : null}
      </EditLayout>,
    );
    return c.html(html);
  });

  app.get(
    '/edit/corrections',
    signedIn(ctx, 'moderate', async (c, session) => c.html(await queuePage(ctx, session))),
  );

  app.post(
    '/edit/corrections/:id/decline',
    signedInPost(ctx, 'moderate', { reason: 1000 }, async (c, session, form) => {
      const id = correctionId(c);
      const reason = (form.reason ?? '').trim();
      if (id === undefined) return messagePage(c, ctx, session, 404, 'Reader corrections', 'There is no such correction.');
      if (reason === '') return c.html(await queuePage(ctx, session, { kind: 'error', text: `Correction #${id}: say why it is declined.` }), 400);
      const correction = await cfg.store.editing.getCorrection(id);
      if (correction === undefined) return messagePage(c, ctx, session, 404, 'Reader corrections', 'There is no such correction.');
      try {
        await cfg.store.editing.answerCorrection(id, { status: 'declined', reason }, session.user.email, cfg.now());
      } catch (error) {
        if (error instanceof EditingConflictError) return messagePage(c, ctx, session, 409, 'Reader corrections', error.message);
        throw error;
      }
      await cfg.store.editing.audit({
        at: cfg.now(),
        actor: session.user.email,
        action: 'correction.decline',
        subject: `correction:${id}`,
        detail: { reason },
        ip: clientIp(c),
      });
      const answered = await answerReader(c, ctx, session, correction, { status: 'declined', reason });
      return c.html(await queuePage(ctx, session, { kind: 'ok', text: `Correction #${id} declined.${answered}` }));
    }),
  );

  app.post(
    '/edit/corrections/:id/accept',
    signedInPost(ctx, 'moderate', {}, async (c, session) => {
      const id = correctionId(c);
      const correction = id === undefined ? undefined : await cfg.store.editing.getCorrection(id);
      if (correction === undefined || id === undefined) return messagePage(c, ctx, session, 404, 'Reader corrections', 'There is no such correction.');
      if (correction.status !== 'open') return messagePage(c, ctx, session, 409, 'Reader corrections', `Correction #${id} was already answered.`);
      const current = await cfg.store.getApp(correction.slug);
      if (current === undefined) return messagePage(c, ctx, session, 409, 'Reader corrections', `The app "${correction.slug}" no longer exists.`);
      const now = cfg.now();
      const draft = await cfg.store.editing.addDraft({
        slug: correction.slug,
        baseRevision: current.revision,
        facts: current.facts,
        authorId: session.user.id,
        note: `Reader correction #${id} (${correction.fact}): ${correction.problem.slice(0, 300)} Source: ${correction.sourceUrl}`,
        correctionId: id,
        at: now,
      });
      try {
        await cfg.store.editing.answerCorrection(id, { status: 'accepted', draftId: draft.id }, session.user.email, now);
      } catch (error) {
        if (error instanceof EditingConflictError) {
          await cfg.store.editing.moveDraft(draft.id, ['editing'], 'withdrawn', {}, now);
          return messagePage(c, ctx, session, 409, 'Reader corrections', error.message);
        }
        throw error;
      }
      await cfg.store.editing.audit({
        at: now,
        actor: session.user.email,
        action: 'correction.accept',
        subject: `correction:${id}`,
        detail: { draft: draft.id, app: correction.slug },
        ip: clientIp(c),
      });
      const answered = await answerReader(c, ctx, session, correction, { status: 'accepted' });
      return c.html(
        await queuePage(ctx, session, { kind: 'ok', text: `Correction #${id} accepted: draft #${draft.id} of ${correction.slug} is open.${answered}` }),
      );
    }),
  );
}
