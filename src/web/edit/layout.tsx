/** The frame of every /edit page: the site's stylesheet, no index, and who is signed in. */
import type { Child } from 'hono/jsx';
import { raw } from 'hono/html';
import type { Session } from '../../store/index.ts';
import { can } from './policy.ts';

export interface EditFrame {
  stylesheet: string;
  session: Session | undefined;
}

export function EditLayout(props: { frame: EditFrame; title: string; children: Child }) {
  const { session } = props.frame;
  return (
    <>
      {raw('<!DOCTYPE html>')}
      <html lang="en">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="robots" content="noindex" />
          <title>{`${props.title} · PrivacyDefend editor`}</title>
          <link rel="stylesheet" href={props.frame.stylesheet} />
          <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        </head>
        <body>
          <header class="site-header">
            <div class="wrap">
              <a class="brand" href="/">
                PrivacyDefend
              </a>
              <nav aria-label="Editor">
                <ul>
                  {session ? (
                    <>
                      <li>
                        <a href="/edit">Work list</a>
                      </li>
                      {can(session.user.role, 'moderate') ? (
                        <li>
                          <a href="/edit/corrections">Corrections</a>
                        </li>
                      ) : null}
                      {can(session.user.role, 'manage-users') ? (
                        <>
                          <li>
                            <a href="/edit/users">Accounts</a>
                          </li>
                          <li>
                            <a href="/edit/audit">Audit log</a>
                          </li>
                        </>
                      ) : null}
                    </>
                  ) : null}
                </ul>
              </nav>
            </div>
          </header>
          <main id="main" class="wrap edit-form">
            {session ? (
              <div class="edit-whoami">
                <p>
                  Signed in as {session.user.email} ({session.user.role}).
                </p>
                <form method="post" action="/edit/logout">
                  <input type="hidden" name="_csrf" value={session.csrfToken} />
                  <button type="submit">Sign out</button>
                </form>
                <form method="post" action="/edit/logout-everywhere">
                  <input type="hidden" name="_csrf" value={session.csrfToken} />
                  <button type="submit">Sign out everywhere</button>
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
