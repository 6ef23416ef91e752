/** `privacydefend export-data --out DIR`: the published reviews as the dataset's YAML. */
import { resolve } from 'node:path';
import { exportData } from '../../dataset/export-data.ts';
import { openStore } from '../../store/index.ts';
import { DEFAULT_DATA_DIR, parseCommandArgs, storeEnv, storeFlags } from '../config.ts';

const USAGE = `Usage: privacydefend export-data --out DIR [--base DIR] [--db FILE | --database URL]

Writes the latest published revision of every app as DIR/apps/<slug>.yaml, in the
dataset format. An app whose published facts equal its file in the base dataset
(--base, default the bundled data/) keeps that file byte for byte; a changed app
is written in a stable form, so exporting unchanged data twice gives the same bytes.
Export into data/ itself (--out data) to review the editors' work with git diff.
Only apps are written: the rubric, taxonomy, categories and products are edited in git.`;

export async function runExportData(args: string[]): Promise<number> {
  const parsed = parseCommandArgs(args, { ...storeFlags, out: { type: 'string' }, base: { type: 'string' } }, USAGE);
  if (typeof parsed === 'number') return parsed;
  if (parsed.values.out === undefined) {
    console.error(`privacydefend export-data: --out is required\n\n${USAGE}`);
    return 2;
  }
  const store = await openStore(storeEnv(args));
  try {
    const apps = await store.listApps();
    if (apps.length === 0) {
      console.error('privacydefend export-data: the database holds no app; run privacydefend import first');
      return 1;
    }
    const out = resolve(parsed.values.out);
    const result = exportData(apps, out, parsed.values.base ?? DEFAULT_DATA_DIR);
    console.log(
      `Wrote ${apps.length} apps to ${parsed.values.out}/apps: ${result.written.length} changed, ${result.unchanged.length} unchanged (kept byte for byte).`,
    );
    for (const slug of result.written) console.log(`  changed: ${slug}`);
    return 0;
  } finally {
    await store.close();
  }
}
