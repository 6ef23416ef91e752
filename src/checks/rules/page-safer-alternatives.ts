import { attr, byTag, elements, nextSiblings, questionsWithId, sectionContent, sectionsWithId, sectionTitle, textOf, type HtmlElement } from '../html.ts';
import type { AppSummary, Issue, PageRule } from '../model.ts';
import { say, says } from '../say.ts';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A word as both names and running text are compared: case and surrounding punctuation dropped. */
function wordKey(word: string): string {
  let key = wordKeys.get(word);
  if (key === undefined) {
    key = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase();
    if (wordKeys.size >= WORD_KEYS_KEPT) wordKeys.clear();
    wordKeys.set(word, key);
  }
  return key;
}

/** Each word's key, worked out once: the pages of a dataset are written with the same few thousand words. */
const wordKeys = new Map<string, string>();
const WORD_KEYS_KEPT = 50_000;

interface AppIndex {
  bySlug: Map<string, AppSummary>;
  /** Apps by the first word of their name, longest names first. */
  byFirstWord: Map<string, AppSummary[]>;
}

const indexes = new WeakMap<readonly AppSummary[], AppIndex>();
/** Built once per list of apps: a dataset has many pages, and each page would otherwise try every name. */
function indexOf(apps: readonly AppSummary[]): AppIndex {
  let index = indexes.get(apps);
  if (index) return index;
  const byFirstWord = new Map<string, AppSummary[]>();
  for (const app of [...apps].sort((a, b) => b.name.length - a.name.length)) {
    const key = wordKey(app.name.split(/\s+/)[0] ?? '');
    byFirstWord.set(key, [...(byFirstWord.get(key) ?? []), app]);
  }
  index = { bySlug: new Map(apps.map((a) => [a.slug, a])), byFirstWord };
  indexes.set(apps, index);
  return index;
}

/** The pattern of an app's name as a whole word, made once per name (test() is given lastIndex 0 each time, replace() starts from 0 itself). */
function namePattern(appName: string): RegExp {
  let pattern = namePatterns.get(appName);
  if (!pattern) {
    pattern = new RegExp(`(?<![\\w-])${escape(appName)}(?![\\w-])`, 'g');
    if (namePatterns.size >= WORD_KEYS_KEPT) namePatterns.clear();
    namePatterns.set(appName, pattern);
  }
  return pattern;
}
const namePatterns = new Map<string, RegExp>();

/** Apps an element offers: linked ones by slug, then named ones by name. */
function offeredIn(els: readonly HtmlElement[], apps: readonly AppSummary[], self: string): AppSummary[] {
  const found = new Map<string, AppSummary>();
  const { bySlug, byFirstWord } = indexOf(apps);
  for (const a of els.flatMap((el) => elements(el, byTag('a')))) {
    const m = /^\/apps\/([^/?#]+)/.exec(attr(a, 'href') ?? '');
    const slug = m?.[1];
    if (slug === undefined || slug === self) continue;
    found.set(slug, bySlug.get(slug) ?? { slug, name: slug, category: '', score: null });
  }
  let text = els.map((el) => textOf(el)).join(' ');
  // Only apps whose name's first word is in the text can be named in it; longest names
  // first, each blanked once found, so "Facebook" is not found inside "Facebook Messenger".
  const words = new Set(text.split(/\s+/).map(wordKey));
  const candidates = [...words].flatMap((w) => byFirstWord.get(w) ?? []).sort((a, b) => b.name.length - a.name.length);
  for (const app of candidates) {
    const name = namePattern(app.name);
    name.lastIndex = 0;
    if (!name.test(text)) continue;
    text = text.replace(name, ' ');
    if (app.slug !== self && !found.has(app.slug)) found.set(app.slug, app);
  }
  return [...found.values()];
}

/** An alternative is offered as safer: it must be, by the same measure, in the same category. */
export const pageSaferAlternatives: PageRule = {
  id: 'page-safer-alternatives',
  severity: 'error',
  scope: 'page',
  description: 'every app offered as a safer alternative (section or FAQ) exists, is in the same category and scores higher',
  check({ review, page, document, apps }) {
    const issues: Issue[] = [];
    const own = page.score.value;
    const places: [string, HtmlElement[]][] = sectionsWithId(document, 'alternatives').map((s) => [`"${sectionTitle(s)}"`, sectionContent(s)]);
    // The generated question carries its id; an editor's own question (from the
    // data, so in the data's language) is judged by its words.
    const editorial = questionsWithId(document, 'editorial').filter((dt) => /alternative/i.test(textOf(dt)));
    for (const dt of [...questionsWithId(document, 'alternatives'), ...editorial]) {
      const dd = nextSiblings(dt)[0];
      if (dd?.tagName === 'dd') places.push([`FAQ "${textOf(dt)}"`, [dd]]);
    }
    const reported = new Set<string>();
    for (const [where, els] of places) {
      for (const alt of offeredIn(els, apps, review.slug)) {
        const key = `${where}|${alt.slug}`;
        if (reported.has(key)) continue;
        reported.add(key);
        if (alt.category === '') issues.push({ path: where, ...says('check.pageAlternatives.noReview', { slug: alt.slug }) });
        else if (alt.category !== review.category)
          issues.push({
            path: where,
            ...says('check.pageAlternatives.otherCategory', { alternative: alt.name, altCategory: alt.category, category: review.category }),
          });
        else if (own === null) issues.push({ path: where, ...says('check.pageAlternatives.unscored', { alternative: alt.name, name: review.name }) });
        else if (alt.score === null || alt.score <= own)
          issues.push({
            path: where,
            ...says('check.pageAlternatives.notHigher', {
              alternative: alt.name,
              altScore: alt.score === null ? say('check.pageAlternatives.notScored') : say('check.score', { score: alt.score }),
              name: review.name,
              score: say('check.score', { score: own }),
            }),
          });
      }
    }
    return issues;
  },
};
