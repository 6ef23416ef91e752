import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { contrastRatio, DARK_BACKGROUNDS, darkSchemeColour, MIN_CONTRAST } from './stylesheet.ts';

const rubric = parse(readFileSync(new URL('../../../data/rubric.yaml', import.meta.url), 'utf8')) as { tones: Record<string, { colour: string }> };
const css = readFileSync(new URL('./site.css', import.meta.url), 'utf8');

test('contrast ratios follow WCAG: black on white is 21:1, a colour on itself 1:1', () => {
  assert.equal(Math.round(contrastRatio('#000000', '#ffffff')), 21);
  assert.equal(contrastRatio('#9a6700', '#9a6700'), 1);
});

test("every rubric tone, lightened for the dark scheme, reaches AA contrast on every dark background and keeps the rubric's colour in light", () => {
  for (const [tone, t] of Object.entries(rubric.tones)) {
    const dark = darkSchemeColour(t.colour);
    for (const bg of DARK_BACKGROUNDS) assert.ok(contrastRatio(dark, bg) >= MIN_CONTRAST, `${tone} ${dark} on ${bg}: ${contrastRatio(dark, bg).toFixed(2)}`);
    assert.ok(contrastRatio(t.colour, '#ffffff') >= MIN_CONTRAST, `${tone} ${t.colour} on white`);
    assert.ok(contrastRatio(t.colour, '#f6f8fa') >= MIN_CONTRAST, `${tone} ${t.colour} on the light panel`);
  }
});

test("the dark scheme's backgrounds are the ones site.css declares", () => {
  const dark = css.slice(css.indexOf('@media (prefers-color-scheme: dark)'));
  for (const bg of DARK_BACKGROUNDS) assert.ok(dark.includes(bg), `${bg} in the dark scheme`);
});

test('the site text colours reach AA contrast on their backgrounds in both schemes', () => {
  const light = { ink: '#1f2328', muted: '#57606a', link: '#0550ae', good: '#1a7f37', bad: '#cf222e' };
  const dark = { ink: '#e6edf3', muted: '#9da7b3', link: '#6cb6ff', good: '#57c46a', bad: '#ff8182' };
  for (const [name, c] of Object.entries(light)) for (const bg of ['#ffffff', '#f6f8fa']) assert.ok(contrastRatio(c, bg) >= MIN_CONTRAST, `light ${name} on ${bg}`);
  for (const [name, c] of Object.entries(dark)) for (const bg of DARK_BACKGROUNDS) assert.ok(contrastRatio(c, bg) >= MIN_CONTRAST, `dark ${name} on ${bg}`);
  for (const c of [...Object.values(light), ...Object.values(dark)]) assert.ok(css.includes(c), `${c} is declared in site.css`);
  assert.ok(contrastRatio('#0d1117', '#6cb6ff') >= MIN_CONTRAST, 'dark button text on the link colour');
});
