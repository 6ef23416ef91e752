/**
 * Errors of the API as RFC 9457 problem details (application/problem+json):
 * what went wrong, where, and for a bad parameter, which one and why. Nothing
 * internal (stack traces, SQL) ever reaches the body.
 */
import { NOT_FOUND_CACHE_CONTROL } from '../http/response-cache.ts';
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { ZodError } from 'zod';

export const PROBLEM_TYPE = 'application/problem+json';

export const InvalidParam = z
  .object({
    name: z.string().describe('the query or path parameter, e.g. "per_page"'),
    reason: z.string().describe('what is wrong with it, in words'),
  })
  .openapi('InvalidParam');

export const Problem = z
  .object({
    type: z.string().describe('a URI naming the kind of problem; its anchor on /api documents it'),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().describe('the request path and query that caused the problem'),
    invalidParams: z.array(InvalidParam).optional().describe('for status 400: every offending parameter and why'),
  })
  .openapi('Problem');
export type Problem = z.infer<typeof Problem>;

/** The kinds of problem the API reports, with their anchor on the reference page. */
export const problemKinds = {
  400: { slug: 'invalid-parameter', title: 'Invalid parameter' },
  404: { slug: 'not-found', title: 'Not found' },
  405: { slug: 'method-not-allowed', title: 'Method not allowed' },
  500: { slug: 'server-error', title: 'Server error' },
} as const;
export type ProblemStatus = keyof typeof problemKinds;

function instanceOf(c: Context): string {
  const url = new URL(c.req.url);
  return `${url.pathname}${url.search}`;
}

/**
 * The problem body for a status; `siteUrl` makes the type URI absolute.
 * @example problemBody(c, 'https://privacydefend.org', 404, 'No app "foo".')
 */
export function problemBody(c: Context, siteUrl: string, status: ProblemStatus, detail: string, invalidParams?: { name: string; reason: string }[]): Problem {
  const kind = problemKinds[status];
  return {
    type: `${siteUrl}/api#problem-${kind.slug}`,
    title: kind.title,
    status,
    detail,
    instance: instanceOf(c),
    ...(invalidParams && invalidParams.length > 0 ? { invalidParams } : {}),
  };
}

/**
 * Reply with a problem (typed for the route's 400/404 responses). A 404 (an
 * unknown app or category) may be kept a minute, as the 404 page is, and the
 * server's response cache keeps it per data version; other problems are never kept.
 */
export function problem<S extends ProblemStatus>(c: Context, siteUrl: string, status: S, detail: string, invalidParams?: { name: string; reason: string }[]) {
  const cacheControl = status === 404 ? NOT_FOUND_CACHE_CONTROL : 'no-store';
  return c.json(problemBody(c, siteUrl, status, detail, invalidParams), status, { 'Content-Type': PROBLEM_TYPE, 'Cache-Control': cacheControl });
}

/** Every zod issue as the parameter it names and why it failed. */
export function invalidParamsOf(error: ZodError): { name: string; reason: string }[] {
  return error.issues.map((issue) => {
    const name = issue.path.map(String).join('.') || 'query';
    const reason = issue.code === 'unrecognized_keys' ? `unknown parameter${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}` : issue.message;
    return { name: issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : name, reason };
  });
}

/**
 * A documented problem response for a route's `responses`.
 * @example responses: { 200: ..., 400: problemResponse('A parameter is invalid.') }
 */
export function problemResponse(description: string) {
  return { description, content: { [PROBLEM_TYPE]: { schema: Problem } } } as const;
}
