/**
 * The frame of every /edit page: the site's stylesheet, no index, who is
 * signed in, and the page's language (English at /edit, German at /de/edit,
 * French at /fr/edit), with a language switcher to the same page in the others.
 */
import type { Child } from '#jsx/jsx-runtime';
import { raw } from 'hono/html';
import { t, type Locale, type MessageKey, type MessageParams } from '../../i18n/index.ts';
import type { Session } from '../../store/index.ts';
import { LanguageSwitcher } from '../views/layout.tsx';
import { can } from './policy.ts';

export interface EditFrame {
  stylesheet: string;
  session: Session | undefined;
  /** The page's language, from its path. */
  locale: Locale;
  /** The English path (with its query) the language switcher leads to in each language; none when the page can't be asked for again by a link (the answer to a form). */
  switcher: string | undefined;
}

export function EditLayout(props: { frame: EditFrame; title: string; children: Child }) {
  const { session, locale } = props.frame;
  const say = (key: MessageKey, params?: MessageParams) => t(locale, key, params);
  return (
    <>
      {raw('<!DOCTYPE html>')}
      <html lang={locale}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="robots" content="noindex" />
          <title>{say('edit.title', { title: props.title })}</title>
          <link rel="stylesheet" href={props.frame.stylesheet} />
          <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        </head>
        <body>
          <header class="site-header">
            <div class="wrap">
              <a class="brand" href="/">
                PrivacyDefend
              </a>
              <nav aria-label={say('edit.nav.region')}>
                <ul>
                  {session ? (
                    <>
                      <li>
                        <a href="/edit">{say('edit.nav.work')}</a>
                      </li>
                      {can(session.user.role, 'moderate') ? (
                        <li>
                          <a href="/edit/corrections">{say('edit.nav.corrections')}</a>
                        </li>
                      ) : null}
                      {can(session.user.role, 'manage-users') ? (
                        <>
                          <li>
                            <a href="/edit/users">{say('edit.nav.users')}</a>
                          </li>
                          <li>
                            <a href="/edit/audit">{say('edit.nav.audit')}</a>
                          </li>
                        </>
                      ) : null}
                    </>
                  ) : null}
                </ul>
              </nav>
              {props.frame.switcher === undefined ? null : <LanguageSwitcher path={props.frame.switcher} locale={locale} />}
            </div>
          </header>
          <main id="main" class="wrap edit-form">
            {session ? (
              <div class="edit-whoami">
                <p>{say('edit.whoami', { email: session.user.email, role: say('edit.role', { role: session.user.role }) })}</p>
                <form method="post" action="/edit/logout">
                  <input type="hidden" name="_csrf" value={session.csrfToken} />
                  <button type="submit">{say('edit.signOut')}</button>
                </form>
                <form method="post" action="/edit/logout-everywhere">
                  <input type="hidden" name="_csrf" value={session.csrfToken} />
                  <button type="submit">{say('edit.signOutEverywhere')}</button>
                </form>
              </div>
            ) : null}
            {props.children}
          </main>
        </body>
      </html>
    </>
  );
}

/** The hidden CSRF field of a signed-in form. */
export function Csrf(props: { session: Session }) {
  return <input type="hidden" name="_csrf" value={props.session.csrfToken} />;
}

/** A message box: errors are announced to screen readers. */
export function Notice(props: { kind: 'error' | 'ok'; children: Child }) {
  return (
    <p class={`notice notice-${props.kind}`} role={props.kind === 'error' ? 'alert' : 'status'}>
      {props.children}
    </p>
  );
}
