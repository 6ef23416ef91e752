import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IntlMessageFormat } from 'intl-messageformat';
import { catalogues, type MessageKey } from './catalogues.ts';
import { formatNumber, t, tReference, type MessageParams } from './format.ts';
import { LOCALES } from './locales.ts';

interface El {
  type: number;
  value?: unknown;
  options?: Record<string, { value: El[] }>;
}

/** Each placeholder of a message, and the choices of its select elements. */
function shapeOf(message: string, locale: string): Map<string, 'text' | 'number' | string[]> {
  const shape = new Map<string, 'text' | 'number' | string[]>();
  const walk = (els: readonly El[]) => {
    for (const el of els) {
      const name = typeof el.value === 'string' ? el.value : '';
      if (el.type === 1 && !shape.has(name)) shape.set(name, 'text');
      if (el.type === 2 || el.type === 6) shape.set(name, 'number');
      if (el.type === 5) shape.set(name, Object.keys(el.options ?? {}));
      for (const o of Object.values(el.options ?? {})) walk(o.value);
    }
  };
  walk(new IntlMessageFormat(message, locale, undefined, { ignoreTag: true }).getAst() as unknown as El[]);
  return shape;
}

const NUMBERS = [0, 1, 2, 3.5, 21, 1234.5];

test('every catalogue message formats to the same text as intl-messageformat, for numbers, plurals and every select choice', () => {
  let compared = 0;
  for (const locale of LOCALES) {
    for (const [key, message] of Object.entries(catalogues[locale])) {
      const shape = shapeOf(message, locale);
      const variants = Math.max(NUMBERS.length, ...[...shape.values()].map((s) => (Array.isArray(s) ? s.length : 1)));
      for (let i = 0; i < variants; i++) {
        const params: MessageParams = {};
        for (const [name, kind] of shape) {
          if (kind === 'number') params[name] = NUMBERS[i % NUMBERS.length] ?? 0;
          else if (kind === 'text') params[name] = i % 3 === 0 ? '' : `Wert ${i} «${name}»`;
          else params[name] = kind[i % kind.length] ?? 'other';
        }
        assert.equal(t(locale, key as MessageKey, params), tReference(locale, key as MessageKey, params), `${locale} ${key} ${JSON.stringify(params)}`);
        compared++;
      }
    }
  }
  assert.ok(compared > 1000, `only ${compared} formattings compared`);
});

test('a missing parameter still throws, naming it', () => {
  const key = Object.keys(catalogues.en).find((k) => shapeOf(catalogues.en[k as MessageKey], 'en').size > 0) as MessageKey;
  const name = [...shapeOf(catalogues.en[key], 'en').keys()][0] ?? '';
  assert.throws(() => t('en', key, {}), new RegExp(`"${name}" was not provided`));
});

test('numbers are written the same however often they are formatted, -0 and non-integers included', () => {
  for (const locale of LOCALES) {
    for (const n of [8.5, 8.5, -0, 0, -0, 1234.56, 1234.56, Number.NaN]) {
      assert.equal(formatNumber(locale, n), new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n), `${locale} ${n}`);
    }
  }
  assert.equal(formatNumber('de', -0), '-0');
  assert.equal(formatNumber('de', 0), '0');
});
