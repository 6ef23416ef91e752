/** The errors an export throws on purpose. */

/** An export that stopped: names the URL that failed. The previous export is untouched. */
export class ExportError extends Error {
  constructor(
    readonly url: string,
    message: string,
  ) {
    super(`export failed at ${url}: ${message}`);
    this.name = 'ExportError';
  }
}
