import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageContradictedClaim } from './page-contradicted-claim.ts';
import { htmlContext, pageContext } from '../test-fixtures.ts';

const claims = (body: string) => pageContradictedClaim.check(htmlContext(body)).map((i) => i.message);

test('the rendered page claims nothing its facts contradict', () => {
  assert.deepEqual(pageContradictedClaim.check(pageContext()), []);
});

test('"cannot access your content" with provider-readable backups is reported', () => {
  assert.match(claims('<p>Even the company cannot access your content.</p>').join(), /"provider-cannot-read" claim/);
});

test('"does not share ... with third parties" while sharing is "yes" is reported', () => {
  assert.match(claims('<p>Example Corp. does not share your data with third parties.</p>').join(), /"no-sharing" claim/);
});

test("a source quotation is not the page's claim", () => {
  assert.deepEqual(claims('<ol class="sources"><li>Policy<blockquote>We never share your data with third parties.</blockquote></li></ol>'), []);
});
