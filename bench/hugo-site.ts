/**
 * A Hugo site holding the same synthetic apps and the pages built from them
 * that the export builds as HTML: in English, German and French (Hugo's
 * multilingual mode, one content folder per language), each app's review
 * page (its facts as Markdown sections, sources as a numbered list), each
 * comparison page the export writes (the two apps' rendered sections side by side),
 * each category's page listing its apps (a Hugo taxonomy), and the list of
 * all apps. The words of the frame come from Hugo's i18n files; the body of a
 * German or French page is the same English Markdown (there is no translated
 * text to give Hugo), so those pages are as long as the English ones. Not
 * built by Hugo: the API's JSON files, badges, feeds, sitemap, search index
 * and downloads, and no .gz/.br copies (the export writes all of these).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { isKnown, type Fact, type Review } from '../src/domain/review.ts';

export const HUGO_LANGUAGES = ['en', 'de', 'fr'] as const;

const CONFIG = `baseURL = "http://localhost/"
title = "PrivacyDefend (Hugo baseline)"
defaultContentLanguage = "en"
defaultContentLanguageInSubdir = false
disableKinds = ["RSS", "sitemap", "robotsTXT"]
[taxonomies]
  category = "categories"
[languages]
  [languages.en]
    contentDir = "content/en"
    languageName = "English"
    weight = 1
  [languages.de]
    contentDir = "content/de"
    languageName = "Deutsch"
    weight = 2
  [languages.fr]
    contentDir = "content/fr"
    languageName = "Français"
    weight = 3
`;

const I18N: Record<(typeof HUGO_LANGUAGES)[number], string> = {
  en: 'isSafe = "Is {{ .Title }} safe?"\nownedBy = "Owned by"\nchecked = "Facts checked"\nnoCookies = "This site sets no cookies."\nversus = "compared"\n',
  de: 'isSafe = "Ist {{ .Title }} sicher?"\nownedBy = "Gehört zu"\nchecked = "Fakten geprüft am"\nnoCookies = "Diese Website setzt keine Cookies."\nversus = "im Vergleich"\n',
  fr: 'isSafe = "{{ .Title }} est-il sûr ?"\nownedBy = "Appartient à"\nchecked = "Faits vérifiés le"\nnoCookies = "Ce site ne dépose aucun cookie."\nversus = "comparés"\n',
};

const HEAD = `<!DOCTYPE html>
<html lang="{{ .Site.Language.Lang }}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ i18n "isSafe" . }} | PrivacyDefend</title><meta name="description" content="{{ .Summary | plainify | truncate 300 }}">
<link rel="canonical" href="{{ .Permalink }}">{{ range .Translations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .Permalink }}">{{ end }}
<link rel="stylesheet" href="/site.css"></head>
<body><header><a href="{{ .Site.Home.RelPermalink }}">PrivacyDefend</a> {{ range .Translations }}<a href="{{ .RelPermalink }}">{{ .Language.LanguageName }}</a> {{ end }}</header>
`;
const FOOT = `<footer><p>{{ i18n "noCookies" }}</p></footer></body></html>
`;

const SINGLE = `${HEAD}<main><article><p>{{ range .GetTerms "categories" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }}</p><h1>{{ i18n "isSafe" . }}</h1>
<p>{{ i18n "ownedBy" }} {{ .Params.owner }} • {{ i18n "checked" }} {{ .Params.reviewed }}</p>
{{ .Content }}
</article></main>${FOOT}`;

// The two apps' own rendered sections, side by side (Hugo renders each app's Markdown once and reuses it here).
const COMPARE = `${HEAD}<main><article><h1>{{ .Title }} ({{ i18n "versus" }})</h1>
{{ range slice .Params.a .Params.b }}{{ with site.GetPage (printf "/apps/%s" .) }}<section><h2>{{ .Title }}</h2><p>{{ i18n "ownedBy" }} {{ .Params.owner }}</p>{{ .Content }}</section>{{ end }}{{ end }}
</article></main>${FOOT}`;

const LIST = `${HEAD}<main><h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Params.owner }}</li>{{ end }}</ul></main>${FOOT}`;

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
 * Write a Hugo site for `reviews` into `dir`, with a comparison page for each
 * pair of slugs in `pairs` (the export's /compare/<a>-vs-<b> pages).
 * @example writeHugoSite('/tmp/hugo-site', syntheticReviews(real, 10000, 1), [['a', 'b']]);
 */
export function writeHugoSite(dir: string, reviews: readonly Review[], pairs: readonly (readonly [string, string])[] = []): void {
  rmSync(dir, { recursive: true, force: true });
  for (const sub of ['layouts/_default', 'layouts/compare', 'i18n']) mkdirSync(join(dir, sub), { recursive: true });
  writeFileSync(join(dir, 'config.toml'), CONFIG);
  writeFileSync(join(dir, 'layouts', '_default', 'single.html'), SINGLE);
  writeFileSync(join(dir, 'layouts', '_default', 'list.html'), LIST);
  writeFileSync(join(dir, 'layouts', 'compare', 'single.html'), COMPARE);
  const markdown = new Map(reviews.map((r) => [r.slug, reviewMarkdown(r)]));
  const bySlug = new Map(reviews.map((r) => [r.slug, r]));
  for (const lang of HUGO_LANGUAGES) {
    writeFileSync(join(dir, 'i18n', `${lang}.toml`), I18N[lang]);
    const content = join(dir, 'content', lang);
    mkdirSync(join(content, 'apps'), { recursive: true });
    mkdirSync(join(content, 'compare'), { recursive: true });
    for (const r of reviews) {
      const front = stringify({ title: r.name, categories: [r.category], owner: r.owner.company, reviewed: r.review.reviewed });
      writeFileSync(join(content, 'apps', `${r.slug}.md`), `---\n${front}---\n\n${markdown.get(r.slug)}\n`);
    }
    for (const [a, b] of pairs) {
      const ra = bySlug.get(a);
      const rb = bySlug.get(b);
      if (!ra || !rb) continue;
      const front = stringify({ title: `${ra.name} vs ${rb.name}`, a, b });
      writeFileSync(join(content, 'compare', `${a}-vs-${b}.md`), `---\n${front}---\n`);
    }
  }
}
