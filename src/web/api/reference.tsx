/**
 * The API reference page (/api), rendered on the server from the OpenAPI
 * document: every endpoint with its parameters and responses, the problem
 * types, and the schemas. No scripts, no third-party assets.
 */
import { z } from 'zod';
import { Layout, type PageMeta } from '../views/layout.tsx';
import { problemKinds } from './problem.ts';
import { DATA_LICENCE, DOWNLOAD_PATHS } from '../downloads/files.ts';

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

/** A schema's type in a few words, e.g. "array of AppSummary", "one of: score, name". */
export function typeInWords(s: SchemaNode | undefined): string {
  if (!s) return '';
  if (s.$ref) return s.$ref.split('/').pop() ?? s.$ref;
  if (s.enum) return `one of: ${s.enum.map(String).join(', ')}`;
  if (s.anyOf) return s.anyOf.map(typeInWords).join(' or ');
  if (s.type === 'array') return `array of ${typeInWords(s.items)}`;
  if (Array.isArray(s.type)) return s.type.join(' or ');
  return s.type ?? 'any';
}

const anchorOf = (method: string, path: string) =>
  `${method}-${path
    .replace(/[{}]/g, '')
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/^-|-$/g, '')}`;

/** The API reference page. @example <ApiReferenceView doc={ReferenceDocument.parse(openApiDocument(api, siteUrl))} meta={ctx.meta} /> */
export function ApiReferenceView(props: { doc: ReferenceDocument; meta: Omit<PageMeta, 'title' | 'description' | 'path'> }) {
  const { doc } = props;
  const server = doc.servers?.[0]?.url ?? '/api/v1';
  const operations = Object.entries(doc.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op })));
  const schemas = Object.entries(doc.components?.schemas ?? {});
  return (
    <Layout
      meta={{
        ...props.meta,
        title: 'Open data API | PrivacyDefend',
        description: 'The PrivacyDefend API: every rating, fact and source as JSON, free to reuse under CC BY 4.0.',
        path: '/api',
      }}
    >
      <h1>Open data API</h1>
      <p class="lede">
        Every review, rating, fact and source on this site as JSON, read-only, at <code>{server}</code>. The data is licensed{' '}
        <a href={DATA_LICENCE.url}>{DATA_LICENCE.name}</a>; you can also <a href={DOWNLOAD_PATHS.page}>download the whole dataset</a>.
      </p>
      <p>
        The machine-readable description is <a href="/api/v1/openapi.json">OpenAPI 3.1</a> (version {doc.info.version}).
      </p>

      <h2 id="conventions">Conventions</h2>
      <ul>
        <li>JSON field names are camelCase, as in the review format; query parameters are snake_case.</li>
        <li>
          Every response carries an <code>ETag</code>: send it back in <code>If-None-Match</code> and you get <code>304 Not Modified</code> while the data is
          unchanged.
        </li>
        <li>
          Any origin may read the API (<code>Access-Control-Allow-Origin: *</code>). No key, no cookies.
        </li>
        <li>
          Lists are paged: <code>page</code> and <code>per_page</code>, or the <code>cursor</code> from <code>nextCursor</code>; <code>total</code> counts every
          match and <code>links.next</code> is the next page (null on the last).
        </li>
        <li>A fact is either known, with the ids of its sources, or unknown with the reason. Unknown facts earn no points and never match a yes/no filter.</li>
      </ul>

      <h2 id="endpoints">Endpoints</h2>
      <ul>
        {operations.map(({ path, method, op }) => (
          <li>
            <a href={`#${anchorOf(method, path)}`}>
              <code>
                {method.toUpperCase()} {path}
              </code>
            </a>
            {op.summary ? ` — ${op.summary}` : ''}
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
          {op.description ? <p>{op.description}</p> : null}
          {op.parameters && op.parameters.length > 0 ? (
            <table>
              <caption>Parameters</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">In</th>
                  <th scope="col">Type</th>
                  <th scope="col">Description</th>
                </tr>
              </thead>
              <tbody>
                {op.parameters.map((p) => (
                  <tr>
                    <td>
                      <code>{p.name}</code>
                      {p.required ? ' (required)' : ''}
                    </td>
                    <td>{p.in}</td>
                    <td>{typeInWords(p.schema)}</td>
                    <td>{p.description ?? p.schema?.description ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          <table>
            <caption>Responses</caption>
            <thead>
              <tr>
                <th scope="col">Status</th>
                <th scope="col">Body</th>
                <th scope="col">Meaning</th>
              </tr>
            </thead>
            <tbody>
              {Object.entries(op.responses).map(([status, r]) => (
                <tr>
                  <td>{status}</td>
                  <td>
                    {Object.entries(r.content ?? {}).map(([type, media]) => (
                      <>
                        <code>{type}</code> {typeInWords(media.schema)}
                      </>
                    ))}
                  </td>
                  <td>{r.description}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {path.includes('{') ? null : (
            <p>
              Try it: <a href={`/api/v1${path}`}>{`/api/v1${path}`}</a>
            </p>
          )}
        </section>
      ))}

      <h2 id="errors">Errors</h2>
      <p>
        Errors are <a href="https://www.rfc-editor.org/rfc/rfc9457">RFC 9457</a> problem details (<code>application/problem+json</code>) with <code>type</code>,{' '}
        <code>title</code>, <code>status</code>, <code>detail</code> and <code>instance</code>; a 400 also lists each offending parameter in{' '}
        <code>invalidParams</code> (<code>name</code> and <code>reason</code>). They never contain internals.
      </p>
      <dl>
        {Object.entries(problemKinds).map(([status, kind]) => (
          <>
            <dt id={`problem-${kind.slug}`}>
              {status} {kind.title}
            </dt>
            <dd>
              {status === '400'
                ? 'A query or path parameter is missing, unknown or invalid; nothing was looked up.'
                : status === '404'
                  ? 'No app, category or endpoint at this address.'
                  : status === '405'
                    ? 'The API is read-only: only GET (and HEAD) are answered.'
                    : 'Something failed on our side; it has been logged.'}
            </dd>
          </>
        ))}
      </dl>

      <h2 id="schemas">Schemas</h2>
      {schemas.map(([name, schema]) => (
        <section id={`schema-${name}`}>
          <h3>{name}</h3>
          {schema.description ? <p>{schema.description}</p> : null}
          {schema.properties ? (
            <table>
              <thead>
                <tr>
                  <th scope="col">Field</th>
                  <th scope="col">Type</th>
                  <th scope="col">Description</th>
                </tr>
              </thead>
              <tbody>
                {Object.entries(schema.properties).map(([field, s]) => (
                  <tr>
                    <td>
                      <code>{field}</code>
                      {schema.required?.includes(field) ? '' : ' (optional)'}
                    </td>
                    <td>{typeInWords(s)}</td>
                    <td>{s.description ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p>{typeInWords(schema)}</p>
          )}
        </section>
      ))}
    </Layout>
  );
}
