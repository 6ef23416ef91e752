/** The API's shapes for watched documents, re-check items and document changes (they generate the OpenAPI document). */
import { z } from '@hono/zod-openapi';

export const DocumentStatus = z
  .object({
    id: z.string(),
    kind: z.enum(['privacy-policy', 'terms', 'security', 'store-label', 'other']),
    url: z.string(),
    lastChecked: z.string().nullable().describe('ISO-8601 time of the latest check; null before the first'),
    lastChanged: z.string().nullable().describe('ISO-8601 time the text was last seen to change; null until it first does'),
    status: z
      .enum(['not-checked', 'changed', 'unchanged', 'not-modified', 'error', 'refused'])
      .describe(
        'how the latest check went: a new version (changed), the same text (unchanged, not-modified), or a failure (error; refused by robots.txt or a limit)',
      ),
    error: z.string().nullable().describe('why the latest check failed'),
  })
  .openapi('DocumentStatus');

export const RecheckEntry = z
  .object({
    document: z.string().describe('the id of the document (see `documents`)'),
    changedAt: z.string().describe('ISO-8601 time the change was found'),
    facts: z.array(z.string()).describe('dotted paths of the facts that cite the document'),
    reason: z.string(),
    missingQuotes: z.array(z.string()).describe('ids of the sources whose quote is no longer in the text'),
  })
  .openapi('RecheckEntry');

export const DocumentChangeEntry = z
  .object({
    slug: z.string(),
    name: z.string(),
    document: z.string(),
    kind: z.string(),
    url: z.string().describe('the address fetched'),
    version: z.number().int().describe('the new version, numbered from 1 per document'),
    changedAt: z.string().describe('ISO-8601 time the new version was fetched'),
    httpStatus: z.number().int(),
    hash: z.string().describe('sha256 of the normalised text'),
    facts: z.array(z.string()).describe('facts queued for re-checking because of this change'),
    reason: z.string(),
    diff: z.string().describe('unified diff of the normalised text from the previous version'),
    links: z.object({ app: z.string(), page: z.string() }),
  })
  .openapi('DocumentChangeEntry');
export type DocumentChangeEntry = z.infer<typeof DocumentChangeEntry>;

export const DocumentChangeList = z.object({ data: z.array(DocumentChangeEntry).describe('newest first') }).openapi('DocumentChangeList');
