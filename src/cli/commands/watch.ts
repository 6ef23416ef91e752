import { openStore, type Store } from '../../store/index.ts';
import type { CheckOutcome } from '../../watch/check-document.ts';
import { drainJobQueue, openJobQueue } from '../../watch/job-queue.ts';
import { startWatcher } from '../../watch/scheduler.ts';
import { WATCH_DEFAULTS, watchSettings, type WatchOptions } from '../../watch/settings.ts';
import { runWatchPass } from '../../watch/watch-pass.ts';
import { parseCommandArgs, storeEnv, storeFlags } from '../config.ts';

const USAGE = `Usage: privacydefend watch [--once] [--interval HOURS] [--gap SECONDS] [--timeout SECONDS] [--max-bytes N] [--db FILE | --database URL]

Fetches the documents the reviews declare under documents: when they are due,
stores a new version when the text changed, and queues the facts citing a
changed document (or a quote no longer in it) for re-checking.

  --once            one pass over the due documents, then exit (for cron); exit
                    code 1 when a document could not be checked
  --interval HOURS  hours between checks of one document (default ${WATCH_DEFAULTS.intervalHours})
  --gap SECONDS     seconds between two requests to one host (default ${WATCH_DEFAULTS.hostGapSeconds})
  --timeout SECONDS seconds allowed for one request (default ${WATCH_DEFAULTS.timeoutSeconds})
  --max-bytes N     largest document read (default ${WATCH_DEFAULTS.maxBytes})

With PostgreSQL the checks go through a pg-boss job queue, so several watch
processes share the work. Private and loopback addresses are refused unless
PRIVACYDEFEND_WATCH_ALLOW_PRIVATE=1.`;

function positive(name: string, text: string | undefined, allowZero = false): number | undefined | Error {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isFinite(n) || n < 0 || (!allowZero && n === 0))
    return new Error(`--${name} must be a ${allowZero ? 'number ≥ 0' : 'positive number'}, not "${text}"`);
  return n;
}

export function describeOutcome(o: CheckOutcome): string {
  return `${o.slug}/${o.documentId}: ${o.status}: ${o.message}`;
}

export async function runWatch(args: string[]): Promise<number> {
  const parsed = parseCommandArgs(
    args,
    {
      ...storeFlags,
      once: { type: 'boolean' },
      interval: { type: 'string' },
      gap: { type: 'string' },
      timeout: { type: 'string' },
      'max-bytes': { type: 'string' },
    },
    USAGE,
  );
  if (typeof parsed === 'number') return parsed;
  const values = {
    intervalHours: positive('interval', parsed.values.interval),
    hostGapSeconds: positive('gap', parsed.values.gap, true),
    timeoutSeconds: positive('timeout', parsed.values.timeout),
    maxBytes: positive('max-bytes', parsed.values['max-bytes']),
  };
  const options: WatchOptions = {};
  for (const [name, value] of Object.entries(values)) {
    if (value instanceof Error) {
      console.error(`${value.message}\n\n${USAGE}`);
      return 2;
    }
    if (value !== undefined) options[name as keyof typeof values] = value;
  }
  const settings = watchSettings(options);
  const env = storeEnv(args);
  const store = await openStore(env);
  await store.migrate();
  let failed = 0;
  const report = (o: CheckOutcome) => {
    if (o.status === 'error' || o.status === 'refused') {
      failed++;
      console.error(describeOutcome(o));
    } else console.log(describeOutcome(o));
  };
  const fail = (error: Error) => {
    failed++;
    console.error(`watch: ${error.stack ?? error.message}`);
  };
  if (parsed.values.once) {
    try {
      await runOnce(store, env.databaseUrl, settings, report, fail);
    } finally {
      await store.close();
    }
    return failed === 0 ? 0 : 1;
  }
  const watcher = await startWatcher(store, settings, { databaseUrl: env.databaseUrl, report, fail });
  console.log(`watching documents (${store.dialect}); stop with Ctrl-C`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await watcher.stop();
  await store.close();
  return 0;
}

async function runOnce(
  store: Store,
  databaseUrl: string | undefined,
  settings: ReturnType<typeof watchSettings>,
  report: (o: CheckOutcome) => void,
  fail: (e: Error) => void,
) {
  if (store.dialect === 'postgres' && databaseUrl !== undefined) {
    const boss = await openJobQueue(databaseUrl, fail);
    try {
      await drainJobQueue(store, boss, settings, report, fail);
    } finally {
      await boss.stop({ graceful: false, wait: true });
    }
    return;
  }
  await runWatchPass(store, settings, report);
}
