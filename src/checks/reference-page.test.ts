/**
 * The reference page (../shared/seed/is-imessage-safe.txt) re-created twice:
 * as a review whose editorial text repeats its claims, and as the HTML it
 * was published as. Each of its defects must be reported by the rule meant for it.
 */
import { renderReviewPage } from '../web/reviews/render-for-checks.tsx';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Review } from '../domain/review.ts';
import { checkRenderedPage, checkReview, hasErrors, type Finding } from './index.ts';
import { bundled, exampleChat, pageContext, TODAY } from './test-fixtures.ts';

/** iMessage's facts as the reference page's own ratings state them: closed source, no sharing, no ads, two exceptions. */
const imessage = () =>
  exampleChat((r) => {
    r.slug = 'imessage-reference';
    r.file = 'apps/imessage-reference.yaml';
    r.name = 'iMessage';
    r.owner = { company: 'Apple', country: 'US' };
    r.app.clientOpenSource = { value: 'no', sources: ['policy'] };
    r.app.audits = { value: [], sources: ['security'] };
    r.dataCollected = { value: [{ type: 'phone-number', linked: true, tracking: false, purposes: ['app-functionality'] }], sources: ['label'] };
    r.sharing = {
      thirdParties: { value: 'no', sources: ['policy'] },
      sellsData: { value: false, sources: ['policy'] },
      advertising: { value: 'none', sources: ['policy'] },
      parties: { value: [], sources: ['policy'] },
    };
    r.encryption.exceptions = {
      value: [
        { kind: 'sms-fallback', description: 'Messages to non-Apple phones go as SMS, which is not encrypted.', sources: ['security'] },
        {
          kind: 'provider-readable-backups',
          description: 'iCloud backups are readable by Apple unless Advanced Data Protection is on.',
          sources: ['security'],
        },
      ],
      sources: ['security'],
    };
    r.review.notes =
      'Open source and audited. The data iMessage collects can be used for personalization, advertising, analytics, and may be shared with third parties. Even the company cannot access your content.';
    r.faq = [
      {
        question: 'What are safer alternatives to iMessage?',
        answer: 'Consider: Signal, WhatsApp, Telegram. See our alternatives section above.',
        sources: ['policy'],
      },
    ];
  });

// The reference page's text in our page's markup (its sections carry the stable
// data-section ids our pages have), so the page rules judge its words.
const REFERENCE_HTML = `<!DOCTYPE html><html lang="en"><head><title>Is iMessage Safe?</title></head><body><main>
<article>
<p>Messaging</p><h1>Is iMessage Safe?</h1><p>Owned by Apple • Last updated January 2026</p>
<section data-section="short-answer"><h2>Short Answer</h2><p>iMessage is highly secure with strong end-to-end encryption for Apple-to-Apple communication. However, iCloud backups can compromise this security, and SMS fallback is unencrypted.</p></section>
<section data-section="score"><h2>PrivacyDefend Safety Score</h2><p>8.5/10 Excellent</p>
<ul><li>Data Collection: Low</li><li>Encryption: Strong</li><li>Third-Party Sharing: No</li><li>Privacy Controls: Good</li></ul></section>
<section data-section="data-collection"><h2>What Data Does iMessage Collect?</h2>
<p>iMessage has low data collection practices. Here's what they collect:</p>
<p>This level of data collection is minimal for apps in the messaging category.</p>
<h3>Why This Matters</h3>
<p>The data iMessage collects can be used for personalization, advertising, analytics, and may be shared with third parties. Understanding what's collected helps you make informed privacy decisions.</p></section>
<section data-section="encryption"><h2>iMessage Encryption &amp; Security</h2><p>Encryption Level: Strong</p>
<p>End-to-end encrypted by default for iMessage (blue bubbles). SMS fallback (green bubbles) is not encrypted.</p>
<h3>What This Means For You</h3><p>Your data is well-protected with end-to-end encryption. Even the company cannot access your content.</p></section>
<section data-section="sharing"><h2>Does iMessage Share Your Data?</h2><p>Third-Party Sharing: No</p><p>Apple does not share iMessage data with third parties or use it for advertising.</p></section>
<section data-section="good" class="pros"><h2>What's Good</h2><ul><li>Strong encryption</li><li>Good privacy controls</li><li>Open source and audited</li></ul></section>
<section data-section="concerns" class="concerns"><h2>Concerns</h2><ul><li>Low data collection</li></ul></section>
<section data-section="controversies"><h2>iMessage Privacy Controversies</h2><p>iMessage has faced scrutiny for the following privacy and security concerns:</p>
<p>These incidents highlight the importance of understanding iMessage's privacy practices before use.</p></section>
<section data-section="alternatives"><h2>Safer Alternatives to iMessage</h2><p>Looking for more privacy-focused options? Consider these alternatives:</p></section>
<section data-section="products" class="products"><h2>Recommended Privacy Products</h2><p>Enhance your privacy when using iMessage with these tools:</p>
<p class="disclosure">As an Amazon Associate, we earn from qualifying purchases. This helps support our privacy research.</p></section>
<section data-section="faq"><h2>Frequently Asked Questions</h2><dl>
<dt data-question="safe">Is iMessage safe to use in 2026?</dt><dd>iMessage is highly secure with strong end-to-end encryption for Apple-to-Apple communication. However, iCloud backups can compromise this security, and SMS fallback is unencrypted.</dd>
<dt>What data does iMessage collect about me?</dt><dd>iMessage collects: phone number, email, device info, limited metadata. This is considered low data collection.</dd>
<dt>Does iMessage sell my personal data?</dt><dd>Apple does not share iMessage data with third parties or use it for advertising.</dd>
<dt>Is iMessage safe for kids?</dt>
<dt data-question="alternatives">What are safer alternatives to iMessage?</dt><dd>Consider: Signal, WhatsApp, Telegram. See our alternatives section above.</dd>
</dl></section>
<p>Last updated: January 2026 • Review by PrivacyDefend Research Team</p>
</article></main></body></html>`;

function referencePageFindings(): Finding[] {
  const base = pageContext(imessage());
  const apps = [
    { slug: 'imessage-reference', name: 'iMessage', category: 'messaging', score: 8.5 },
    { slug: 'signal', name: 'Signal', category: 'messaging', score: 9.5 },
    { slug: 'whatsapp', name: 'WhatsApp', category: 'messaging', score: 6 },
    { slug: 'telegram', name: 'Telegram', category: 'messaging', score: 4 },
  ];
  const page = { ...base.page, score: { ...base.page.score, value: 8.5 } };
  return checkRenderedPage({
    file: 'apps/imessage-reference.yaml',
    review: base.review,
    page,
    html: REFERENCE_HTML,
    taxonomy: base.taxonomy,
    apps,
    categories: base.categories,
  });
}

const by = (findings: Finding[], rule: string, pattern: RegExp) => findings.filter((f) => f.rule === rule && pattern.test(`${f.path} ${f.message}`));

test('the reference page as HTML is rejected', () => {
  assert.ok(hasErrors(referencePageFindings()));
});

test('reference HTML, defect 1: "Open source and audited" about a closed-source, unaudited app', () => {
  const f = referencePageFindings();
  assert.equal(by(f, 'page-contradicted-claim', /"Open source and audited" is a "open-source" claim/).length, 1);
  assert.equal(by(f, 'page-contradicted-claim', /"Open source and audited" is a "audited" claim/).length, 1);
});

test('reference HTML, defect 2: "Low data collection" under Concerns', () => {
  assert.equal(by(referencePageFindings(), 'page-finding-side', /"Low data collection" is listed as a concern/).length, 1);
});

test('reference HTML, defect 3: "Here\'s what they collect:" followed by nothing', () => {
  assert.equal(by(referencePageFindings(), 'page-dangling-intro', /"Here's what they collect:"/).length, 1);
});

test('reference HTML, defect 4: advertising and third-party sharing sentence on a page whose facts say neither', () => {
  const f = referencePageFindings();
  assert.equal(by(f, 'page-contradicted-claim', /The data iMessage collects.* is a "advertising" claim, but sharing.advertising is "none"/).length, 1);
  assert.equal(by(f, 'page-contradicted-claim', /The data iMessage collects.* is a "sharing" claim, but sharing.thirdParties is "no"/).length, 1);
});

test('reference HTML, defect 5: "Even the company cannot access your content" with cloud backups and SMS fallback', () => {
  assert.equal(
    by(
      referencePageFindings(),
      'page-contradicted-claim',
      /"Even the company cannot access your content\." is a "provider-cannot-read" claim.*sms-fallback, provider-readable-backups/,
    ).length,
    1,
  );
});

test('reference HTML, defect 6: a Controversies heading and intro with no incident', () => {
  assert.equal(by(referencePageFindings(), 'page-empty-section', /Controversies.*lists nothing/).length, 1);
});

test('reference HTML, defect 7: WhatsApp and Telegram offered as safer than a higher-scoring app', () => {
  const f = by(referencePageFindings(), 'page-safer-alternatives', /FAQ "What are safer alternatives to iMessage\?"/);
  assert.deepEqual(
    f.map((x) => /offers (\w+)/.exec(x.message)?.[1]),
    ['WhatsApp', 'Telegram'],
  );
});

test('reference HTML, defect 8: an empty products block with its affiliate disclosure', () => {
  assert.equal(by(referencePageFindings(), 'page-products', /affiliate disclosure but no product/).length, 1);
});

test('reference HTML, defect 9: "Is iMessage safe for kids?" with no answer', () => {
  assert.equal(by(referencePageFindings(), 'page-faq-unanswered', /Is iMessage safe for kids\?/).length, 1);
});

test('reference HTML, an empty Safer Alternatives section is reported', () => {
  assert.equal(by(referencePageFindings(), 'page-empty-section', /Safer Alternatives to iMessage/).length, 1);
});

function reviewFindings(): Finding[] {
  return checkReview(imessage(), bundled(), { today: TODAY, renderPage: renderReviewPage });
}

test('the reference page as a review is rejected', () => {
  assert.ok(hasErrors(reviewFindings()));
});

test('reference review: "Open source and audited" in notes of a closed-source, unaudited app', () => {
  const f = reviewFindings();
  assert.equal(by(f, 'editorial-claims', /review\.notes "Open source and audited\." is a "open-source" claim/).length, 1);
  assert.equal(by(f, 'editorial-claims', /review\.notes "Open source and audited\." is a "audited" claim/).length, 1);
});

test('reference review: an advertising and sharing sentence while sharing is "no" and advertising "none"', () => {
  const f = reviewFindings();
  assert.equal(by(f, 'editorial-claims', /is a "advertising" claim/).length, 1);
  assert.equal(by(f, 'editorial-claims', /is a "sharing" claim/).length, 1);
});

test('reference review: "Even the company cannot access your content" with recorded exceptions', () => {
  assert.equal(by(reviewFindings(), 'editorial-claims', /is a "provider-cannot-read" claim/).length, 1);
});

test('reference review: its FAQ offers WhatsApp and Telegram, which score lower, as safer', () => {
  const offered = by(reviewFindings(), 'page-safer-alternatives', /FAQ/).map((x) => /offers (\w+)/.exec(x.message)?.[1]);
  assert.deepEqual(offered.sort(), ['Telegram', 'WhatsApp']);
});

test('reference review: an unanswered FAQ cannot even be written (the schema requires an answer)', () => {
  const { file: _file, ...review } = imessage();
  const input = { ...review, faq: [{ question: 'Is iMessage safe for kids?', answer: '', sources: ['policy'] }] };
  const parsed = Review.safeParse(input);
  assert.equal(parsed.success, false);
});
