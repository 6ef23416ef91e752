/**
 * `privacydefend recheck list|close`: the re-check queue the watcher fills
 * (see README, "Watching documents"). An item closes by itself when the app
 * gets a newer review; `close` closes one without a new revision, for a change
 * that leaves the facts as they are, recording who and why.
 */
import { printable, printableLines } from '../../domain/printable.ts';
import type { AppRow, RecheckItem } from '../../store/index.ts';
import { isOpen } from '../../watch/monitoring.ts';
import { editorName, openCommandStore, parseCommandArgs, RevisionMetaError, revisionNote, storeFlags } from '../config.ts';

const USAGE = `Usage: privacydefend recheck <list|close> [options] [--db FILE | --database URL]

  list [--all] [--app SLUG]
          Lists the open re-check items (facts to re-check because a watched
          document changed), newest first; --all adds the closed ones, with
          who closed them and why.
  close ID --note TEXT [--author NAME]
          Closes item ID without a new revision (e.g. the change left the facts
          as they are). --note says why and is required; the author defaults to
          PRIVACYDEFEND_EDITOR, else "PrivacyDefend". The review page and the
          API stop showing the item.`;

type Status = { open: true } | { open: false; why: string };

/** Whether an item is open, and if not why, given its app's latest revision (none: the app is not in the database). */
export function recheckStatus(item: RecheckItem, latest: Pick<AppRow, 'createdAt' | 'reviewedAt' | 'revision'> | undefined): Status {
  if (item.closed) return { open: false, why: `closed ${item.closed.at} by ${item.closed.by}: ${item.closed.note}` };
  if (latest === undefined || isOpen(item, latest)) return { open: true };
  return { open: false, why: `answered by revision ${latest.revision} (reviewed ${latest.reviewedAt})` };
}

/** One item as the list prints it: a heading line, then indented details. */
export function describeRecheck(item: RecheckItem, status: Status): string {
  const lines = [
    `#${item.id} ${item.slug}/${item.documentId} changed ${item.changedAt}: ${status.open ? 'open' : status.why}`,
    `    facts: ${item.facts.length > 0 ? item.facts.join(', ') : '(none)'}`,
    `    reason: ${item.reason}`,
    ...(item.missingQuotes.length > 0 ? [`    quotes no longer found: ${item.missingQuotes.join(', ')}`] : []),
  ];
  return printableLines(lines.join('\n'));
}

export async function runRecheck(args: string[]): Promise<number> {
  const parsed = parseCommandArgs(
    args,
    { ...storeFlags, all: { type: 'boolean' }, app: { type: 'string' }, note: { type: 'string' }, author: { type: 'string' } },
    USAGE,
    true,
  );
  if (typeof parsed === 'number') return parsed;
  const [sub, ...rest] = parsed.positionals;
  const usageError = (message: string) => {
    console.error(`privacydefend recheck: ${printable(message)}\n\n${USAGE}`);
    return 2;
  };
  if (sub === 'list') {
    if (rest.length > 0) return usageError(`unexpected arguments "${rest.join(' ')}"`);
    if (parsed.values.note !== undefined || parsed.values.author !== undefined) return usageError('--note and --author belong to close');
    return list(args, parsed.values.all ?? false, parsed.values.app);
  }
  if (sub === 'close') {
    if (rest.length !== 1) return usageError('close takes one item id (see recheck list)');
    const text = rest[0] ?? '';
    if (!/^[1-9]\d{0,14}$/.test(text)) return usageError(`the item id must be a whole number ≥ 1, not "${text}"`);
    if (parsed.values.note === undefined || parsed.values.note.trim() === '') return usageError('close needs --note TEXT saying why the item is closed');
    if (parsed.values.all !== undefined || parsed.values.app !== undefined) return usageError('--all and --app belong to list');
    let note: string;
    let author: string;
    try {
      note = revisionNote(parsed.values.note);
      author = editorName(parsed.values.author);
    } catch (err) {
      if (err instanceof RevisionMetaError) return usageError(err.message);
      throw err;
    }
    return close(args, Number(text), { by: author, note });
  }
  return usageError(sub === undefined ? 'missing subcommand (list or close)' : `unknown subcommand "${sub}"`);
}

async function list(args: string[], all: boolean, app: string | undefined): Promise<number> {
  const store = await openCommandStore(args);
  try {
    await store.migrate();
    const latest = new Map((await store.listApps()).map((a) => [a.slug, a]));
    const items = (await store.recheckItems()).filter((i) => app === undefined || i.slug === app);
    const shown = items.map((i) => ({ item: i, status: recheckStatus(i, latest.get(i.slug)) })).filter((x) => all || x.status.open);
    for (const { item, status } of shown) console.log(describeRecheck(item, status));
    const open = shown.filter((x) => x.status.open).length;
    console.log(`${open} open re-check item(s)${all ? `, ${shown.length - open} closed` : ''}${app === undefined ? '' : ` for ${printable(app)}`}`);
    return 0;
  } finally {
    await store.close();
  }
}

async function close(args: string[], id: number, closing: { by: string; note: string }): Promise<number> {
  const store = await openCommandStore(args);
  try {
    await store.migrate();
    const result = await store.closeRecheck(id, closing);
    if (result.ok) {
      console.log(`closed #${id} (${printable(result.item.slug)}/${printable(result.item.documentId)}) as ${printable(closing.by)}`);
      return 0;
    }
    if (result.reason === 'not-found')
      console.error(`privacydefend recheck close: there is no re-check item #${id} (see privacydefend recheck list --all); nothing changed`);
    else
      console.error(
        `privacydefend recheck close: #${id} was already closed ${printable(result.item.closed?.at ?? '')} by ${printable(result.item.closed?.by ?? '')}; nothing changed`,
      );
    return 1;
  } finally {
    await store.close();
  }
}
