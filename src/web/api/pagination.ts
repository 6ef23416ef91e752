/**
 * Pages of a list: by page number or by an opaque cursor, with the total and
 * the links to the next and previous pages. Pure.
 */
import { z } from '@hono/zod-openapi';

export const PageLinks = z
  .object({
    self: z.string(),
    first: z.string(),
    last: z.string(),
    next: z.string().nullable().describe('the next page, or null on the last page'),
    prev: z.string().nullable(),
  })
  .openapi('PageLinks');

export const PageInfo = z
  .object({
    total: z.number().int().describe('items matching the filters, across all pages'),
    page: z.number().int(),
    perPage: z.number().int(),
    pages: z.number().int(),
    nextCursor: z.string().nullable().describe('pass as `cursor` to get the next page'),
    links: PageLinks,
  })
  .openapi('PageInfo');
export type PageInfo = z.infer<typeof PageInfo>;

/** The cursor of the item at `offset`: opaque to clients, stable while the data doesn't change. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

/** The offset a cursor stands for, or undefined when it is not one of ours. */
export function decodeCursor(cursor: string): number | undefined {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const m = /^o:(\d{1,9})$/.exec(text);
  return m?.[1] === undefined ? undefined : Number(m[1]);
}

/**
 * One page of `items`; `url(params)` builds a link with the page's parameters replaced.
 * @example paginate(apps, { offset: 0, perPage: 20 }, (p) => `/api/v1/apps?${p}`)
 */
export function paginate<T>(
  items: readonly T[],
  at: { offset: number; perPage: number },
  link: (params: Record<string, string | null>) => string,
): { items: T[]; info: PageInfo } {
  const { offset, perPage } = at;
  const total = items.length;
  const pages = Math.max(1, Math.ceil(total / perPage));
  const page = Math.floor(offset / perPage) + 1;
  const nextOffset = offset + perPage < total ? offset + perPage : null;
  const nextCursor = nextOffset === null ? null : encodeCursor(nextOffset);
  const byPage = (n: number) => link({ page: String(n), cursor: null });
  return {
    items: items.slice(offset, offset + perPage),
    info: {
      total,
      page,
      perPage,
      pages,
      nextCursor,
      links: {
        self: offset % perPage === 0 ? byPage(page) : link({ page: null, cursor: encodeCursor(offset) }),
        first: byPage(1),
        last: byPage(pages),
        next: nextCursor === null ? null : offset % perPage === 0 ? byPage(page + 1) : link({ page: null, cursor: nextCursor }),
        prev: offset === 0 ? null : offset % perPage === 0 ? byPage(page - 1) : link({ page: null, cursor: encodeCursor(Math.max(0, offset - perPage)) }),
      },
    },
  };
}
