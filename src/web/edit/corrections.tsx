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
import { crossOrigin, formErrorPage, frameFor, localeOf, messagePage, refusedCrossOrigin, say, signedIn, signedInPost, type EditContext } from './guard.tsx';
import { Csrf, EditLayout, Notice } from './layout.tsx';
import { CORRECTIONS_PER_READER, countEvent, limited } from './rate-limit.ts';
import { clientIp, readerFormToken, readerFormTokenValid, readerKey } from './session.ts';
import { CORRECTABLE_SECTIONS } from './suggest-link.tsx';
import { isLocale, t, type Locale, type MessageKey, type MessageParams } from '../../i18n/index.ts';
import { localPath } from '../http/locale-paths.ts';

export const LIMITS = { fact: 200, problem: 2000, source: 2000, email: 254, section: 40, app: 100, website: 200, _csrf: 100 } as const;
const OTHER_FACT = 'other';
/** The fewest characters a description of what is wrong may have. */
const PROBLEM_MIN_LENGTH = 10;

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

/** The reader's form for this app and section, in English (the language switcher moves it under each language's prefix). */
function formPath(form: Pick<ReaderForm, 'app' | 'section'>): string {
  return `/edit/corrections/new?app=${encodeURIComponent(form.app)}&section=${sectionOf(form.section)}`;
}

/** The form's fields by their label in the page's language, for an error about one of them. */
function fieldLabels(c: Context): Record<string, string> {
  return {
    app: say(c, 'edit.correction.field.app'),
    section: say(c, 'edit.correction.field.section'),
    fact: say(c, 'edit.correction.field.fact'),
    problem: say(c, 'edit.correction.field.problem'),
    source: say(c, 'edit.correction.field.source'),
    email: say(c, 'edit.correction.field.email'),
  };
}

function noSuchApp(c: Context, ctx: EditContext) {
  return messagePage(c, ctx, undefined, 404, say(c, 'edit.correction.titleShort'), say(c, 'edit.correction.noApp'));
}

async function readerPage(c: Context, ctx: EditContext, form: ReaderForm, status: 200 | 400 = 200, problems: Problems = {}) {
  const app = await appFacts(ctx, form.app);
  if (app === undefined) return noSuchApp(c, ctx);
  const token = await readerFormToken(ctx.cfg);
  const field = (name: keyof ReaderForm) =>
    problems[name] ? (
      <>
        {/* on a line of its own, under the field (not beside a textarea) */}
        <br />
        <span class="field-problem" id={`${name}-problem`}>
          {problems[name]}
        </span>
      </>
    ) : null;
  const described = (name: keyof ReaderForm) => (problems[name] ? `${name}-problem` : undefined);
  const html = await renderHtml(
    <EditLayout frame={await frameFor(c, ctx, undefined, formPath(form))} title={say(c, 'edit.correction.title', { app: app.name })}>
      <h1>{say(c, 'edit.correction.h1', { app: app.name })}</h1>
      <p>{say(c, 'edit.correction.intro')}</p>
      {Object.keys(problems).length > 0 ? <Notice kind="error">{say(c, 'edit.correction.fixBelow')}</Notice> : null}
      <form method="post" action="/edit/corrections/new">
        <input type="hidden" name="_csrf" value={token} />
        <input type="hidden" name="app" value={form.app} />
        <input type="hidden" name="section" value={sectionOf(form.section)} />
        <p>
          <label for="fact">{say(c, 'edit.correction.fact')}</label>
          <br />
          <select id="fact" name="fact" aria-describedby={described('fact')}>
            <option value={OTHER_FACT} selected={form.fact === OTHER_FACT || form.fact === ''}>
              {say(c, 'edit.correction.factOther')}
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
          <label for="problem">{say(c, 'edit.correction.problem')}</label>
          <br />
          <textarea id="problem" name="problem" required maxlength={LIMITS.problem} rows={6} cols={60} aria-describedby={described('problem')}>
            {form.problem}
          </textarea>
          {field('problem')}
        </p>
        <p>
          <label for="source">{say(c, 'edit.correction.source')}</label>
          <br />
          <input id="source" name="source" type="url" required maxlength={LIMITS.source} value={form.source} aria-describedby={described('source')} />
          {field('source')}
        </p>
        <p>
          <label for="email">{say(c, 'edit.correction.email')}</label>
          <br />
          <input id="email" name="email" type="email" maxlength={LIMITS.email} value={form.email} aria-describedby={described('email')} />
          {field('email')}
        </p>
        <div class="visually-hidden" aria-hidden="true">
          <label for="website">{say(c, 'edit.correction.honeypot')}</label>
          <input id="website" name="website" type="text" tabindex={-1} autocomplete="off" value="" />
        </div>
        <p>
          <button type="submit">{say(c, 'edit.correction.send')}</button>
        </p>
      </form>
    </EditLayout>,
  );
  return c.html(html, status);
}

function validate(c: Context, form: ReaderForm, facts: string[]): { problems: Problems; email: string | null } {
  const problems: Problems = {};
  if (form.fact !== OTHER_FACT && !facts.includes(form.fact)) problems.fact = say(c, 'edit.correction.bad.fact');
  if (form.problem.trim().length < PROBLEM_MIN_LENGTH) problems.problem = say(c, 'edit.correction.bad.problem', { min: PROBLEM_MIN_LENGTH });
  if (!HttpUrl.safeParse(form.source.trim()).success) problems.source = say(c, 'edit.correction.bad.source');
  let email: string | null = null;
  if (form.email.trim() !== '') {
    try {
      email = normalizeEmail(form.email);
    } catch (error) {
      if (!(error instanceof AccountError)) throw error;
      problems.email = say(c, 'edit.correction.bad.email');
    }
  }
  return { problems, email };
}

function CorrectionItem(props: { correction: Correction; session: Session; canMail: boolean; locale: Locale }) {
  const c = props.correction;
  const say = (key: MessageKey, params?: MessageParams) => t(props.locale, key, params);
  return (
    <article class="correction" aria-labelledby={`correction-${c.id}`}>
      <h2 id={`correction-${c.id}`}>
        #{c.id}: <a href={`/apps/${c.slug}`}>{c.slug}</a>
        {say('edit.queue.where', { section: c.section, fact: c.fact })}
      </h2>
      <p>{say('edit.queue.received', { date: c.createdAt })}</p>
      {/* the reader's own words, in the language of the form they used */}
      <blockquote lang={c.locale}>{c.problem}</blockquote>
      <p>
        {say('edit.queue.source')}{' '}
        <a href={c.sourceUrl} rel="nofollow noopener noreferrer">
          {c.sourceUrl}
        </a>
      </p>
      {c.email ? (
        props.canMail ? (
          <p data-answer>{say('edit.queue.answerMail', { email: c.email })}</p>
        ) : (
          <p data-answer>{say('edit.queue.answerNoMail', { email: c.email })}</p>
        )
      ) : null}
      <form method="post" action={`/edit/corrections/${c.id}/accept`}>
        <Csrf session={props.session} />
        <button type="submit">{say('edit.queue.accept')}</button>
      </form>
      <form method="post" action={`/edit/corrections/${c.id}/decline`}>
        <Csrf session={props.session} />
        <label for={`reason-${c.id}`}>{say('edit.queue.reason')}</label>
        <br />
        <textarea id={`reason-${c.id}`} name="reason" required maxlength={1000} rows={2} cols={60}></textarea>
        <br />
        <button type="submit">{say('edit.queue.decline')}</button>
      </form>
    </article>
  );
}

async function queuePage(c: Context, ctx: EditContext, session: Session, notice?: { kind: 'ok' | 'error'; text: string }) {
  const open = await ctx.cfg.store.editing.listCorrections('open');
  return renderHtml(
    <EditLayout frame={await frameFor(c, ctx, session, '/edit/corrections')} title={say(c, 'edit.queue.title')}>
      <h1>{say(c, 'edit.queue.title')}</h1>
      {notice ? <Notice kind={notice.kind}>{notice.text}</Notice> : null}
      <p>{open.length === 0 ? say(c, 'edit.queue.none') : say(c, 'edit.queue.count', { count: open.length })}</p>
      {open.map((item) => (
        <CorrectionItem correction={item} session={session} canMail={ctx.cfg.mailer !== undefined} locale={localeOf(c)} />
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
    return ` ${say(c, 'edit.queue.mail.notConfigured')}`;
  }
  const rc = await ctx.deps.routeContext();
  const app = rc.snapshot.bySlug.get(correction.slug)?.review.name ?? correction.slug;
  try {
    const locale: Locale = isLocale(correction.locale) ? correction.locale : 'en';
    const reviewUrl = `${ctx.deps.siteUrl}${localPath(locale, `/apps/${correction.slug}`)}`;
    await cfg.mailer.send(answerMessage({ locale, to, app, reviewUrl, received: correction.createdAt, decision }));
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split(to).join('(the address)').slice(0, 300);
    await entry('correction.answer-failed', { server: cfg.mailer.server, error: reason });
    return ` ${say(c, 'edit.queue.mail.failed', { reason })}`;
  }
  await entry('correction.answer-sent', { server: cfg.mailer.server, decision: decision.status });
  return ` ${say(c, 'edit.queue.mail.sent')}`;
}

function correctionId(c: Context): number | undefined {
  const id = Number(c.req.param('id'));
  return Number.isSafeInteger(id) && id > 0 ? id : undefined;
}

export function registerCorrections(app: Hono, ctx: EditContext): void {
  const { cfg } = ctx;
  const noSuchCorrection = (c: Context, session: Session) => messagePage(c, ctx, session, 404, say(c, 'edit.queue.title'), say(c, 'edit.queue.noSuch'));

  app.get('/edit/corrections/new', async (c) => {
    const slug = (c.req.query('app') ?? '').slice(0, LIMITS.app);
    return readerPage(c, ctx, { app: slug, section: c.req.query('section') ?? 'other', fact: OTHER_FACT, problem: '', source: '', email: '' });
  });

  app.post('/edit/corrections/new', async function suggestCorrection(c) {
    if (crossOrigin(c)) return refusedCrossOrigin(c, ctx);
    let fields: Record<string, string>;
    try {
      fields = await readForm(c, LIMITS);
    } catch (error) {
      if (error instanceof FormError) return formErrorPage(c, ctx, undefined, error, fieldLabels(c), say(c, 'edit.correction.refused'));
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
      return messagePage(c, ctx, undefined, 403, say(c, 'edit.expired.title'), say(c, 'edit.correction.expired'));
    const app = await appFacts(ctx, form.app);
    if (app === undefined) return noSuchApp(c, ctx);
    const now = cfg.now();
    const reader = `reader:${await readerKey(c, cfg)}`;
    if (await limited(cfg.store, `correction:${reader}`, CORRECTIONS_PER_READER, now)) {
      c.header('Retry-After', '3600');
      return messagePage(c, ctx, undefined, 429, say(c, 'edit.correction.tooMany.title'), say(c, 'edit.correction.tooMany'));
    }
    await countEvent(cfg.store, `correction:${reader}`, now);
    // A filled honeypot is a bot: answer as if accepted and keep nothing.
    if ((fields.website ?? '') !== '') return c.redirect(`/edit/corrections/thanks?app=${encodeURIComponent(form.app)}`, 303);
    const { problems, email } = validate(c, form, app.facts);
    if (Object.keys(problems).length > 0) return readerPage(c, ctx, form, 400, problems);
    const correction = await cfg.store.editing.addCorrection({
      slug: form.app,
      section: form.section,
      fact: form.fact,
      problem: form.problem.trim(),
      sourceUrl: form.source.trim(),
      email,
      at: now,
      locale: localeOf(c),
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
      <EditLayout frame={await frameFor(c, ctx, undefined)} title={say(c, 'edit.thanks.title')}>
        <h1>{say(c, 'edit.thanks.title')}</h1>
        <p>{say(c, 'edit.thanks.text')}</p>
        {known ? (
          <p>
            <a href={`/apps/${slug}`}>{say(c, 'edit.thanks.back')}</a>
          </p>
        ) : null}
      </EditLayout>,
    );
    return c.html(html);
  });

  app.get(
    '/edit/corrections',
    signedIn(ctx, 'moderate', async (c, session) => c.html(await queuePage(c, ctx, session))),
  );

  app.post(
    '/edit/corrections/:id/decline',
    signedInPost(ctx, 'moderate', { reason: 1000 }, async (c, session, form) => {
      const id = correctionId(c);
      const reason = (form.reason ?? '').trim();
      if (id === undefined) return noSuchCorrection(c, session);
      if (reason === '') return c.html(await queuePage(c, ctx, session, { kind: 'error', text: say(c, 'edit.queue.needReason', { id: String(id) }) }), 400);
      const correction = await cfg.store.editing.getCorrection(id);
      if (correction === undefined) return noSuchCorrection(c, session);
      try {
        await cfg.store.editing.answerCorrection(id, { status: 'declined', reason }, session.user.email, cfg.now());
      } catch (error) {
        if (error instanceof EditingConflictError)
          return messagePage(c, ctx, session, 409, say(c, 'edit.queue.title'), say(c, 'edit.queue.answered', { id: String(id) }));
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
      return c.html(await queuePage(c, ctx, session, { kind: 'ok', text: `${say(c, 'edit.queue.declined', { id: String(id) })}${answered}` }));
    }),
  );

  app.post(
    '/edit/corrections/:id/accept',
    signedInPost(ctx, 'moderate', {}, async (c, session) => {
      const id = correctionId(c);
      const correction = id === undefined ? undefined : await cfg.store.editing.getCorrection(id);
      if (correction === undefined || id === undefined) return noSuchCorrection(c, session);
      if (correction.status !== 'open') return messagePage(c, ctx, session, 409, say(c, 'edit.queue.title'), say(c, 'edit.queue.answered', { id: String(id) }));
      const current = await cfg.store.getApp(correction.slug);
      if (current === undefined) return messagePage(c, ctx, session, 409, say(c, 'edit.queue.title'), say(c, 'edit.queue.appGone', { slug: correction.slug }));
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
          return messagePage(c, ctx, session, 409, say(c, 'edit.queue.title'), say(c, 'edit.queue.answered', { id: String(id) }));
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
        await queuePage(c, ctx, session, {
          kind: 'ok',
          text: `${say(c, 'edit.queue.accepted', { id: String(id), draft: String(draft.id), slug: correction.slug })}${answered}`,
        }),
      );
    }),
  );
}
