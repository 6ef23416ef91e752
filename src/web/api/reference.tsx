/**
 * The API reference page (/api), rendered on the server from the OpenAPI
 * document: every endpoint with its parameters and responses, the problem
 * types, and the schemas. No scripts, no third-party assets.
 */
import { z } from 'zod';
import { Layout, type PageMeta } from '../views/layout.tsx';
import { problemKinds } from './problem.ts';
import { DATA_LICENCE, DOWNLOAD_PATHS } from '../downloads/files.ts';
import type { Child, JSX } from '#jsx/jsx-runtime';
import type { Locale, MessageKey } from '../../i18n/index.ts';
import { hasMessage, sayById, sayer } from '../views/words.ts';

const SchemaNode: z.ZodType<SchemaNode> = z.lazy(() =>
  z.looseObject({
    $ref: z.string().optional(),
    type: z.union([z.string(), z.array(z.string())]).optional(),
    enum: z.array(z.unknown()).optional(),
    description: z.string().optional(),
    items: SchemaNode.optional(),
    anyOf: z.array(SchemaNode).optional(),
    properties: z.record(z.string(), SchemaNode).optional(),
    required: z.array(z.string()).optional(),
    example: z.unknown().optional(),
    default: z.unknown().optional(),
  }),
);
interface SchemaNode {
  $ref?: string | undefined;
  type?: string | string[] | undefined;
  enum?: unknown[] | undefined;
  description?: string | undefined;
  items?: SchemaNode | undefined;
  anyOf?: SchemaNode[] | undefined;
  properties?: Record<string, SchemaNode> | undefined;
  required?: string[] | undefined;
  example?: unknown;
  default?: unknown;
}

const Parameter = z.looseObject({
  name: z.string(),
  in: z.string(),
  required: z.boolean().optional(),
  description: z.string().optional(),
  schema: SchemaNode.optional(),
});
const Response = z.looseObject({ description: z.string(), content: z.record(z.string(), z.looseObject({ schema: SchemaNode.optional() })).optional() });
const Operation = z.looseObject({
  summary: z.string().optional(),
  description: z.string().optional(),
  parameters: z.array(Parameter).optional(),
  responses: z.record(z.string(), Response),
});
/** The parts of an OpenAPI 3.1 document the page shows. */
export const ReferenceDocument = z.looseObject({
  info: z.looseObject({ title: z.string(), version: z.string(), description: z.string().optional() }),
  servers: z.array(z.looseObject({ url: z.string() })).optional(),
  paths: z.record(z.string(), z.record(z.string(), Operation)),
  components: z.looseObject({ schemas: z.record(z.string(), SchemaNode).optional() }).optional(),
});
export type ReferenceDocument = z.infer<typeof ReferenceDocument>;

/** A schema's type as the page writes it: the words in the page's language, the type names and values as code. */
function TypeText(props: { s: SchemaNode | undefined; locale: Locale }): JSX.Element | null {
  const { s, locale } = props;
  if (!s) return null;
  const say = sayer(locale);
  const joined = (parts: JSX.Element[], word: string) =>
    parts.map((p, i) =>
      i === 0 ? (
        p
      ) : (
        <>
          {` ${word} `}
          {p}
        </>
      ),
    );
  if (s.$ref) return <code>{s.$ref.split('/').pop() ?? s.$ref}</code>;
  if (s.enum)
    return (
      <>
        {say('api.page.oneOf')}{' '}
        {s.enum.map((v, i) => (
          <>
            {i === 0 ? '' : ', '}
            <code>{String(v)}</code>
          </>
        ))}
      </>
    );
  if (s.anyOf)
    return (
      <>
        {joined(
          s.anyOf.map((x) => <TypeText s={x} locale={locale} />),
          say('api.page.or'),
        )}
      </>
    );
  if (s.type === 'array')
    return (
      <>
        {say('api.page.arrayOf')} <TypeText s={s.items} locale={locale} />
      </>
    );
  if (Array.isArray(s.type))
    return (
      <>
        {joined(
          s.type.map((x) => <code>{x}</code>),
          say('api.page.or'),
        )}
      </>
    );
  return <code>{s.type ?? 'any'}</code>;
}

/** Text with `backticked` names (fields, parameters, values) written as code, and so is the JSON value null where a description names it bare. */
function Prose(props: { text: string }) {
  return (
    <>
      {props.text
        .replace(/(^|[^`\w])null(?![`\w])/g, '$1`null`')
        .split(/`([^`]+)`/)
        .map((part, i) => (i % 2 === 1 ? <code>{part}</code> : part))}
    </>
  );
}

/** A table of the reference: its caption, if any, a header row naming the columns, and its rows. */
function ReferenceTable(props: { caption?: string; columns: string[]; children: Child }) {
  return (
    <table class="reference">
      {props.caption === undefined ? null : <caption>{props.caption}</caption>}
      <thead>
        <tr>
          {props.columns.map((name) => (
            <th scope="col">{name}</th>
          ))}
        </tr>
      </thead>
      <tbody>{props.children}</tbody>
    </table>
  );
}

const anchorOf = (method: string, path: string) =>
  `${method}-${path
    .replace(/[{}]/g, '')
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/^-|-$/g, '')}`;

/**
 * The catalogue key of a text of the OpenAPI document: `api.op.<anchor>.summary|description`, `api.param.<anchor>.<name>`,
 * `api.response.<anchor>.<status>`, `api.schema.<name>`, `api.field.<schema>.<field>` (src/i18n/messages/api/).
 */
export const referenceKeys = {
  op: (method: string, path: string, part: 'summary' | 'description') => `api.op.${anchorOf(method, path)}.${part}`,
  param: (method: string, path: string, name: string) => `api.param.${anchorOf(method, path)}.${name}`,
  response: (method: string, path: string, status: string) => `api.response.${anchorOf(method, path)}.${status}`,
  schema: (name: string) => `api.schema.${name}`,
  field: (schema: string, field: string) => `api.field.${schema}.${field}`,
};

/**
 * Every text of the document the page shows, with its catalogue key (what the reference test holds the English catalogue to).
 * @example referenceTexts(doc)[0] // { key: 'api.op.get-apps.summary', text: 'List apps' }
 */
export function referenceTexts(doc: ReferenceDocument): { key: string; text: string }[] {
  const out: { key: string; text: string }[] = [];
  for (const [path, methods] of Object.entries(doc.paths))
    for (const [method, op] of Object.entries(methods)) {
      if (op.summary) out.push({ key: referenceKeys.op(method, path, 'summary'), text: op.summary });
      if (op.description) out.push({ key: referenceKeys.op(method, path, 'description'), text: op.description });
      for (const p of op.parameters ?? []) {
        const text = p.description ?? p.schema?.description;
        if (text) out.push({ key: referenceKeys.param(method, path, p.name), text });
      }
      for (const [status, r] of Object.entries(op.responses)) out.push({ key: referenceKeys.response(method, path, status), text: r.description });
    }
  for (const [name, schema] of Object.entries(doc.components?.schemas ?? {})) {
    if (schema.description) out.push({ key: referenceKeys.schema(name), text: schema.description });
    for (const [field, s] of Object.entries(schema.properties ?? {}))
      if (s.description) out.push({ key: referenceKeys.field(name, field), text: s.description });
  }
  return out;
}

/** The API reference page. @example <ApiReferenceView doc={ReferenceDocument.parse(openApiDocument(api, siteUrl))} meta={ctx.meta} /> */
export function ApiReferenceView(props: { doc: ReferenceDocument; meta: Omit<PageMeta, 'title' | 'description' | 'path'> }) {
  const { doc } = props;
  const locale = props.meta.locale ?? 'en';
  const say = sayer(locale);
  /** A text of the document in the page's language: the English as the document has it, else the catalogue's translation, else the English marked as such. */
  const DocText = (p: { k: string; text: string }) => {
    if (locale === 'en') return <Prose text={p.text} />;
    if (hasMessage(p.k)) return <Prose text={sayById(locale, p.k, p.text)} />;
    return (
      <span lang="en">
        <Prose text={p.text} />
      </span>
    );
  };
  const where = (place: string) => (place === 'query' || place === 'path' ? say(`api.page.in.${place}`) : place);
  const server = doc.servers?.[0]?.url ?? '/api/v1';
  const operations = Object.entries(doc.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op })));
  const schemas = Object.entries(doc.components?.schemas ?? {});
  const problemText: Record<string, MessageKey> = {
    '400': 'api.page.problem.400',
    '404': 'api.page.problem.404',
    '405': 'api.page.problem.405',
  };
  return (
    <Layout
      meta={{
        ...props.meta,
        title: say('api.page.title'),
        description: say('api.page.description'),
        path: '/api',
      }}
    >
      <h1>{say('api.page.h1')}</h1>
      <p class="lede">
        {say('api.page.ledeBefore')} <code>{server}</code>
        {say('api.page.ledeLicence')} <a href={DATA_LICENCE.url}>{DATA_LICENCE.name}</a>
        {say('api.page.ledeDownloadBefore')} <a href={DOWNLOAD_PATHS.page}>{say('api.page.ledeDownload')}</a>.
      </p>
      <p>
        {say('api.page.machineBefore')} <a href="/api/v1/openapi.json">OpenAPI 3.1</a> {say('api.page.machineAfter', { version: doc.info.version })}
      </p>

      <h2 id="conventions">{say('api.page.conventions')}</h2>
      <ul>
        <li>
          <Prose text={say('api.page.convention.names')} />
        </li>
        <li>
          <Prose text={say('api.page.convention.etag')} />
        </li>
        <li>
          <Prose text={say('api.page.convention.cors')} />
        </li>
        <li>
          <Prose text={say('api.page.convention.paging')} />
        </li>
        <li>
          <Prose text={say('api.page.convention.facts')} />
        </li>
      </ul>

      <h2 id="endpoints">{say('api.page.endpoints')}</h2>
      <ul>
        {operations.map(({ path, method, op }) => (
          <li>
            <a href={`#${anchorOf(method, path)}`}>
              <code>
                {method.toUpperCase()} {path}
              </code>
            </a>
            {op.summary ? (
              <>
                {' — '}
                <DocText k={referenceKeys.op(method, path, 'summary')} text={op.summary} />
              </>
            ) : null}
          </li>
        ))}
      </ul>

      {operations.map(({ path, method, op }) => (
        <section id={anchorOf(method, path)}>
          <h3>
            <code>
              {method.toUpperCase()} {path}
            </code>
          </h3>
          {op.description ? (
            <p>
              <DocText k={referenceKeys.op(method, path, 'description')} text={op.description} />
            </p>
          ) : null}
          {op.parameters && op.parameters.length > 0 ? (
            <ReferenceTable
              caption={say('api.page.parameters')}
              columns={[say('api.page.name'), say('api.page.in'), say('api.page.type'), say('api.page.descriptionColumn')]}
            >
              {op.parameters.map((p) => {
                const text = p.description ?? p.schema?.description;
                return (
                  <tr>
                    <td>
                      <code>{p.name}</code>
                      {p.required ? ` ${say('api.page.required')}` : ''}
                    </td>
                    <td class="in">{where(p.in)}</td>
                    <td class="type">
                      <TypeText s={p.schema} locale={locale} />
                    </td>
                    <td>{text ? <DocText k={referenceKeys.param(method, path, p.name)} text={text} /> : ''}</td>
                  </tr>
                );
              })}
            </ReferenceTable>
          ) : null}
          <ReferenceTable caption={say('api.page.responses')} columns={[say('api.page.status'), say('api.page.body'), say('api.page.meaning')]}>
            {Object.entries(op.responses).map(([status, r]) => (
              <tr>
                <td>{status}</td>
                <td>
                  {Object.entries(r.content ?? {}).map(([type, media]) => (
                    <>
                      <code>{type}</code> <TypeText s={media.schema} locale={locale} />
                    </>
                  ))}
                </td>
                <td>
                  <DocText k={referenceKeys.response(method, path, status)} text={r.description} />
                </td>
              </tr>
            ))}
          </ReferenceTable>
          {path.includes('{') ? null : (
            <p>
              {say('api.page.tryIt')} <a href={`/api/v1${path}`}>{`/api/v1${path}`}</a>
            </p>
          )}
        </section>
      ))}

      <h2 id="errors">{say('api.page.errors')}</h2>
      <p>
        {say('api.page.errorsBefore')} <a href="https://www.rfc-editor.org/rfc/rfc9457">RFC 9457</a> <Prose text={say('api.page.errorsAfter')} />
      </p>
      <dl>
        {Object.entries(problemKinds).map(([status, kind]) => (
          <>
            <dt id={`problem-${kind.slug}`}>
              {/* the problem's title is the English `title` of the JSON body */}
              {status} {locale === 'en' ? kind.title : <span lang="en">{kind.title}</span>}
            </dt>
            <dd>
              <Prose text={say(problemText[status] ?? 'api.page.problem.500')} />
            </dd>
          </>
        ))}
      </dl>

      <h2 id="schemas">{say('api.page.schemas')}</h2>
      {schemas.map(([name, schema]) => (
        <section id={`schema-${name}`}>
          <h3>{name}</h3>
          {schema.description ? (
            <p>
              <DocText k={referenceKeys.schema(name)} text={schema.description} />
            </p>
          ) : null}
          {schema.properties ? (
            <ReferenceTable columns={[say('api.page.field'), say('api.page.type'), say('api.page.descriptionColumn')]}>
              {Object.entries(schema.properties).map(([field, s]) => (
                <tr>
                  <td>
                    <code>{field}</code>
                    {schema.required?.includes(field) ? '' : ` ${say('api.page.optional')}`}
                  </td>
                  <td class="type">
                    <TypeText s={s} locale={locale} />
                  </td>
                  <td>{s.description ? <DocText k={referenceKeys.field(name, field)} text={s.description} /> : ''}</td>
                </tr>
              ))}
            </ReferenceTable>
          ) : (
            <p>
              <TypeText s={schema} locale={locale} />
            </p>
          )}
        </section>
      ))}
    </Layout>
  );
}
