/** The page for a URL whose query we can't read: it names the parameter and says what would work (the parser's reason stays in English, marked so). */
import { Layout, type PageMeta } from './layout.tsx';
import { sayer } from './words.ts';

export function BadRequestView(props: { path: string; parameter: string; message: string; meta: Omit<PageMeta, 'title' | 'description' | 'path'> }) {
  const locale = props.meta.locale ?? 'en';
  const say = sayer(locale);
  return (
    <Layout
      meta={{
        ...props.meta,
        title: say('page.badRequest.title'),
        description: say('page.badRequest.description'),
        path: props.path,
        noindex: true,
      }}
    >
      <h1>{say('page.badRequest.h1')}</h1>
      <p id="bad-parameter">
        {say('page.badRequest.before')} <code>{props.parameter}</code> {say('page.badRequest.middle')}{' '}
        <span lang={locale === 'en' ? undefined : 'en'}>{props.message}</span>.
      </p>
      <p>
        {say('page.badRequest.backBefore')} <a href={props.path}>{props.path}</a> {say('page.badRequest.backMiddle')}{' '}
        <a href="/">{say('page.badRequest.backLink')}</a>.
      </p>
    </Layout>
  );
}
