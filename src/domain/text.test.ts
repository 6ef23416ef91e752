import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import { Entries, Line, List, Text } from './text.ts';
import { Review } from './review.ts';

const messages = (r: { success: boolean; error?: z.ZodError }) => r.error?.issues.map((i) => i.message) ?? [];

describe('text and list limits', () => {
  test('a line longer than its limit is refused with its length and the limit', () => {
    assert.deepEqual(messages(Line(5).safeParse('abcdefgh')), ['is 8 characters long; at most 5 are allowed']);
    assert.equal(Line(5).safeParse('abcde').success, true);
  });

  test('a line refuses every control character, tab included, naming it and where it is', () => {
    assert.deepEqual(messages(Line(50).safeParse('ab\u001b[31m')), [
      'contains the control character U+001B at character 3; this field is one line, without control characters',
    ]);
    assert.match(messages(Line(50).safeParse('a\tb'))[0] ?? '', /U\+0009 at character 2/);
    assert.match(messages(Line(50).safeParse('a\nb'))[0] ?? '', /U\+000A/);
    assert.match(messages(Line(50).safeParse('a\u009bb'))[0] ?? '', /U\+009B/);
  });

  test('multi-line text allows newline and tab but no other control character', () => {
    assert.equal(Text(50).safeParse('Line one.\n\tLine two.').success, true);
    assert.match(messages(Text(50).safeParse('ab\u0000c'))[0] ?? '', /U\+0000 at character 3; only newline and tab are allowed/);
    assert.match(messages(Text(50).safeParse('a\rb'))[0] ?? '', /U\+000D/);
    assert.match(messages(Text(50).safeParse('a\uFFFEb'))[0] ?? '', /U\+FFFE/);
  });

  test('an unpaired surrogate is refused, a character outside the BMP is not', () => {
    assert.match(messages(Line(50).safeParse('a\uD800b'))[0] ?? '', /U\+D800/);
    assert.equal(Line(50).safeParse('a😀b').success, true);
  });

  test('empty text is refused with the message the field asks for', () => {
    assert.deepEqual(messages(Text(5, 'say why').safeParse('')), ['say why']);
  });

  test('lists and mappings longer than their limit are refused', () => {
    assert.deepEqual(messages(List(z.number(), 2).safeParse([1, 2, 3])), ['has 3 entries; at most 2 are allowed']);
    assert.deepEqual(messages(Entries(z.string(), z.number(), 1).safeParse({ a: 1, b: 2 })), ['has 2 entries; at most 1 are allowed']);
  });

  test('a 50 MB source quote is refused by the review schema, naming the quote', () => {
    const result = Review.shape.sources.safeParse({
      s: { url: 'https://example.org/', title: 'T', kind: 'other', read: '2026-12-01', quote: 'x'.repeat(50_000_000) },
    });
    assert.equal(result.success, false);
    assert.deepEqual(result.error?.issues[0]?.path, ['s', 'quote']);
    assert.equal(result.error?.issues[0]?.message, 'is 50,000,000 characters long; at most 2,000 are allowed');
  });

  test('a URL with a control character is refused before it is parsed', () => {
    const result = Review.shape.website.safeParse('https://exa\u0000mple.org/');
    assert.match(result.error?.issues[0]?.message ?? '', /U\+0000/);
  });
});
