import { byTag, elements, textOf } from '../html.ts';
import type { Issue, PageRule } from '../model.ts';
import { says } from '../say.ts';

const PLACEHOLDER = /\b(?:undefined|null|NaN)\b|\[object Object\]/g;

/**
 * Leaked programming values are the sign of a template fed missing data. A value written as code
 * (`<code>null</code>` on the API reference, which documents the JSON value) is meant, not leaked.
 */
export const pagePlaceholderText: PageRule = {
  id: 'page-placeholder-text',
  severity: 'error',
  scope: 'page',
  everyPage: true,
  description: 'no literal "undefined", "null", "NaN" or "[object Object]" in the visible text or title (outside code)',
  check({ document }) {
    const issues: Issue[] = [];
    const body = elements(document, byTag('body'))[0];
    const title = elements(document, byTag('title'))[0];
    const texts: [string, string][] = [
      ['title', title ? textOf(title) : ''],
      ['body', body ? textOf(body, (el) => el.tagName === 'code') : ''],
    ];
    for (const [where, text] of texts) {
      for (const m of text.matchAll(PLACEHOLDER)) {
        const around = text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40);
        issues.push({ path: where, ...says('check.pagePlaceholderText', { placeholder: m[0], around }) });
      }
    }
    return issues;
  },
};
