import type { Issue, ReviewRule } from '../model.ts';
import { says } from '../say.ts';

/** Walk every string of a value with its path. */
function strings(v: unknown, path: (string | number)[], out: { path: (string | number)[]; text: string }[]): void {
  if (typeof v === 'string') out.push({ path, text: v });
  else if (Array.isArray(v)) v.forEach((x, i) => strings(x, [...path, i], out));
  else if (typeof v === 'object' && v !== null) for (const [k, x] of Object.entries(v)) strings(x, [...path, k], out);
}

/** A quote, FAQ answer, reason or note of spaces says nothing, and renders as an empty line. */
export const blankText: ReviewRule = {
  id: 'blank-text',
  severity: 'error',
  scope: 'review',
  description: 'no text in a review (quotes, FAQ questions and answers, unknown reasons, notes, descriptions) is empty or only whitespace',
  check({ review }) {
    const found: { path: (string | number)[]; text: string }[] = [];
    const { file: _file, ...fields } = review as typeof review & { file?: string };
    strings(fields, [], found);
    return found.filter((s) => s.text.trim() === '').map((s): Issue => ({ path: s.path, ...says('check.blankText') }));
  },
};
