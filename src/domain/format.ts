/**
 * Versions of the review format. Every stored revision records the version
 * its facts were written in; when the format changes, bump
 * REVIEW_FORMAT_VERSION and add the step that turns a revision of the
 * version before into one of the new version, so old revisions stay readable.
 */

/**
 * The version of the review format this code writes.
 * - 1: the first.
 * - 2: adds `history` (dated changes of ownership and status) and `settings`
 *   (the app's own settings behind protect advice), both optional.
 * - 3: adds `stores` (the app's official app-store listings), optional.
 */
export const REVIEW_FORMAT_VERSION = 3;

/** Turns the facts of a revision written in format `from` into format `from + 1`. */
export type FormatUpgrade = (facts: unknown) => unknown;

/**
 * `upgrades[n]` upgrades format n to n + 1. Versions 2 and 3 only added
 * optional fields, so an older revision is already a valid newer one; the step
 * exists so that a program knows it can read them, and an older program
 * refuses a newer revision with "upgrade the program" rather than a
 * schema error about an unknown field.
 */
const upgrades: Readonly<Record<number, FormatUpgrade>> = {
  1: (facts) => facts,
  2: (facts) => facts,
};

/**
 * The facts of a stored revision in the current format, or a reason they can't be read.
 * @example upgradeFacts(row.facts, row.formatVersion)
 */
export function upgradeFacts(facts: unknown, formatVersion: number): { ok: true; facts: unknown } | { ok: false; reason: string } {
  if (!Number.isInteger(formatVersion) || formatVersion < 1) return { ok: false, reason: `format version ${formatVersion} is not a version` };
  if (formatVersion > REVIEW_FORMAT_VERSION) {
    return { ok: false, reason: `written in review format ${formatVersion}, newer than this program's ${REVIEW_FORMAT_VERSION}: upgrade the program` };
  }
  let out = facts;
  for (let v = formatVersion; v < REVIEW_FORMAT_VERSION; v++) {
    const upgrade = upgrades[v];
    if (!upgrade) return { ok: false, reason: `no upgrade from review format ${v} to ${v + 1}` };
    out = upgrade(out);
  }
  return { ok: true, facts: out };
}
