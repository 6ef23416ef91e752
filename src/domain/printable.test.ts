import { test } from 'node:test';
import assert from 'node:assert/strict';
import { printable, printableLines } from './printable.ts';

test('control characters, C1 controls and bidi overrides are written as escapes', () => {
  assert.equal(printable('a\u001b[2Jb'), 'a\\x1b[2Jb');
  assert.equal(printable('one\ntwo\r\tthree'), 'one\\ntwo\\r\\tthree');
  assert.equal(printable('x\u009by\u0000'), 'x\\x9by\\x00');
  assert.equal(printable('evil\u202Etxt.yaml'), 'evil\\u202etxt.yaml');
  assert.equal(printable('lone\uD800'), 'lone\\ud800');
});

test('ordinary text, accents and emoji are left alone', () => {
  assert.equal(printable('apps/café-😀.yaml: "x"'), 'apps/café-😀.yaml: "x"');
});

test('printableLines keeps the newlines between lines and escapes the rest', () => {
  assert.equal(printableLines('a\u001b\nb'), 'a\\x1b\nb');
});
