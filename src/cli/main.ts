import { loadDataset, DatasetError } from '../dataset/load.ts';
const [cmd, dir = 'data'] = process.argv.slice(2);
if (cmd === 'check') {
  try {
    const d = loadDataset(dir);
    console.log(`${d.reviews.length} reviews OK`);
  } catch (e) {
    if (e instanceof DatasetError) { console.error(e.message); process.exit(1); }
    throw e;
  }
}
