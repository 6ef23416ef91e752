/**
 * The static export's side channel for a page's bytes. The export asks the
 * app for every URL (so each file holds what the server sends) and passes an
 * empty sink as the request's environment; the shared page rendering
 * (route-deps.tsx) then leaves the finished bytes in it and answers with an
 * empty body, so those bytes are not copied into a Response, streamed out of
 * it and hashed for an ETag no file needs. Only the export passes a sink;
 * the server's requests never carry one.
 */
import type { Context } from 'hono';

/** Where a page's bytes are left for the export. */
export interface ExportSink {
  body?: Buffer;
}

/** The environment key the sink is passed under (`app.request(url, undefined, { [EXPORT_SINK]: sink })`). */
export const EXPORT_SINK = 'privacydefendExportSink';

/** The export's sink for this request, if it is the export's request. */
export function exportSinkOf(c: Context): ExportSink | undefined {
  const env = c.env as Record<string, unknown> | undefined;
  const sink = env?.[EXPORT_SINK];
  return typeof sink === 'object' && sink !== null ? (sink as ExportSink) : undefined;
}
