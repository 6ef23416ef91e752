/**
 * A minimal Hugo site holding the same synthetic apps: one content file per
 * app (its facts as Markdown sections, sources as a numbered list) and one
 * simple layout, so Hugo builds as many pages from the same data.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { isKnown, type Fact, type Review } from '../src/domain/review.ts';

const CONFIG = `baseURL = "http://localhost/"
title = "PrivacyDefend (Hugo baseline)"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT"]
`;

const SINGLE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Is {{ .Title }} Safe? | PrivacyDefend</title><meta name="description" content="{{ .Summary | plainify | truncate 300 }}">
<link rel="stylesheet" href="/site.css"></head>
<body><header><a href="/">PrivacyDefend</a></header>
<main><article><p>{{ .Params.category }}</p><h1>Is {{ .Title }} Safe?</h1>
<p>Owned by {{ .Params.owner }} • Facts checked {{ .Params.reviewed }}</p>
{{ .Content }}
</article></main><footer><p>This site sets no cookies.</p></footer></body></html>
`;

const LIST = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></body></html>
`;

function known<T>(f: Fact<T>, show: (v: T) => string): string {
  if (isKnown(f)) return show(f.value);
  return 'unknown' in f ? `Unknown: ${f.unknown}` : 'Unknown';
}

/** The review's facts as Markdown, roughly the sections of a review page. */
export function reviewMarkdown(r: Review): string {
  const lines: string[] = ['## Short answer', '', `${r.name} is a ${r.category} app by ${r.owner.company}.`, ''];
  lines.push(`## What data does ${r.name} collect?`, '');
  lines.push(
    known(r.dataCollected, (v) =>
      v === 'nothing'
        ? 'Nothing.'
        : v.map((d) => `- **${d.type}**: ${d.purposes.join(', ')}${d.linked ? ' (linked to you)' : ''}${d.tracking ? ' (tracking)' : ''}`).join('\n'),
    ),
    '',
  );
  lines.push(`## ${r.name} encryption & security`, '');
  for (const [k, f] of Object.entries(r.encryption.e2ee)) lines.push(`- End-to-end encryption of ${k}: ${known(f, String)}`);
  lines.push(
    `- Protocol: ${known(r.encryption.protocol, String)}`,
    `- In transit: ${known(r.encryption.inTransit, String)}`,
    `- At rest: ${known(r.encryption.atRest, String)}`,
  );
  lines.push(
    known(r.encryption.exceptions, (v) => v.map((e) => `- ${e.kind}: ${e.description}`).join('\n')),
    '',
  );
  lines.push(
    `## Does ${r.name} share your data?`,
    '',
    `- Third parties: ${known(r.sharing.thirdParties, String)}`,
    `- Sells data: ${known(r.sharing.sellsData, String)}`,
    `- Advertising: ${known(r.sharing.advertising, String)}`,
    '',
  );
  lines.push('## Controls', '');
  for (const [k, f] of Object.entries(r.controls)) lines.push(`- ${k}: ${known(f, String)}`);
  if (r.controversies.length > 0) {
    lines.push('', `## ${r.name} privacy controversies`, '');
    for (const c of r.controversies) lines.push(`### ${c.date} — ${c.title}`, '', c.summary, '', `${c.kind} • ${c.severity} severity • ${c.status}`, '');
  }
  if (r.faq.length > 0) {
    lines.push('', '## Frequently asked questions', '');
    for (const f of r.faq) lines.push(`**${f.question}**`, '', f.answer, '');
  }
  lines.push('', '## Sources', '');
  Object.values(r.sources).forEach((s, i) =>
    lines.push(
      `${i + 1}. [${s.title}](${s.url})${s.publisher ? `, ${s.publisher}` : ''} (${s.kind}; read ${s.read})${s.quote ? `\n   > ${s.quote.replace(/\n/g, ' ')}` : ''}`,
    ),
  );
  return lines.join('\n');
}

/**
 * Write a Hugo site for `reviews` into `dir`.
 * @example writeHugoSite('/tmp/hugo-site', syntheticReviews(real, 10000, 1));
 */
export function writeHugoSite(dir: string, reviews: readonly Review[]): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'content', 'apps'), { recursive: true });
  mkdirSync(join(dir, 'layouts', '_default'), { recursive: true });
  writeFileSync(join(dir, 'config.toml'), CONFIG);
  writeFileSync(join(dir, 'layouts', '_default', 'single.html'), SINGLE);
  writeFileSync(join(dir, 'layouts', '_default', 'list.html'), LIST);
  for (const r of reviews) {
    const front = stringify({ title: r.name, category: r.category, owner: r.owner.company, reviewed: r.review.reviewed });
    writeFileSync(join(dir, 'content', 'apps', `${r.slug}.md`), `---\n${front}---\n\n${reviewMarkdown(r)}\n`);
  }
}
