import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { buildReviewPage, matchProducts } from './page.ts';
import { scoreReview } from '../scoring/score.ts';
import { bundledDataset, reviewWith } from '../../test/support/fixtures.ts';
import type { Review } from '../domain/review.ts';
import type { ScoredReview } from '../scoring/ranking.ts';
import type { ReviewPage } from './model.ts';

const dataset = bundledDataset();
const bundled: ScoredReview[] = dataset.reviews.map((review) => ({ review, score: scoreReview(review, dataset) }));

function pageOf(review: Review, others: ScoredReview[] = bundled): ReviewPage {
  const app = { review, score: scoreReview(review, dataset) };
  return buildReviewPage(app, [...others.filter((o) => o.review.slug !== review.slug), app], dataset);
}

/** Every sentence a reader sees on the page, as one string. */
function allText(page: ReviewPage): string {
  return [
    ...page.shortAnswer,
    ...page.dataCollection.intro,
    ...page.dataCollection.whyItMatters,
    ...(page.dataCollection.comparison ? [page.dataCollection.comparison] : []),
    ...page.encryption.facts,
    ...page.encryption.exceptions,
    ...page.encryption.whatItMeans,
    ...page.sharing.facts,
    ...page.pros,
    ...page.concerns,
    ...page.faq.flatMap((f) => [{ text: f.question }, ...f.answer]),
  ]
    .map((s) => s.text)
    .join('\n');
}

/** A review shaped like the reference page's iMessage: closed source, low collection, no sharing, readable backups, SMS fallback. */
const imessageLike = () =>
  reviewWith((r) => {
    r.name = 'Bubbles';
    r.slug = 'bubbles';
    r.app.clientOpenSource = { value: 'no', sources: ['policy'] };
    r.app.audits = { value: [], sources: ['security'] };
    r.app.minimumAge = { unknown: 'not stated' };
    r.app.childrenOffering = { unknown: 'not stated' };
    r.dataCollected = {
      value: [
        { type: 'phone-number', linked: true, tracking: false, purposes: ['app-functionality'] },
        { type: 'email-address', linked: true, tracking: false, purposes: ['app-functionality'] },
        { type: 'device-id', linked: true, tracking: false, purposes: ['app-functionality'] },
      ],
      sources: ['label'],
    };
    r.sharing = {
      thirdParties: { value: 'no', sources: ['policy'] },
      sellsData: { value: false, sources: ['policy'] },
      advertising: { value: 'none', sources: ['policy'] },
      parties: { value: [], sources: ['policy'] },
    };
    r.encryption.e2ee.groups = { value: 'default', sources: ['security'] };
    r.encryption.exceptions = {
      value: [
        { kind: 'sms-fallback', description: 'Messages to non-users go as SMS.', sources: ['security'] },
        { kind: 'provider-readable-backups', description: 'Cloud backups use keys the provider holds unless you opt in.', sources: ['security'] },
      ],
      sources: ['security'],
    };
    r.controversies = [];
  });

describe('the reference page defects cannot happen', () => {
  const page = pageOf(imessageLike());
  const text = allText(page);

  test("#1 a closed-source app is never called open source or audited under What's Good", () => {
    assert.ok(!page.pros.some((p) => /open source|audited/i.test(p.text)), page.pros.map((p) => p.text).join('; '));
    assert.ok(page.concerns.some((c) => c.id === 'closed-source'));
  });

  test('#2 low data collection is a strength, never a concern', () => {
    assert.equal(page.ratings.find((r) => r.dimension === 'dataCollection')?.level, 'Low');
    assert.ok(page.pros.some((p) => p.id === 'low-data-collection'));
    assert.ok(!page.concerns.some((c) => /low data collection|collects little/i.test(c.text)));
    const proIds = new Set(page.pros.map((p) => p.id));
    assert.ok(!page.concerns.some((c) => proIds.has(c.id)), 'no finding on both sides');
  });

  test('#3 the data list is rendered from the facts', () => {
    const listed = page.dataCollection.groups.flatMap((g) => g.items.map((i) => i.label));
    assert.deepEqual(listed.sort(), ['Device ID', 'Email address', 'Phone number']);
  });

  test('#4 no sentence says data may be shared or used for ads when the facts say it is not', () => {
    assert.doesNotMatch(text, /may be shared|(?<!not )shares? your data with third parties|uses your data for .*advertising|used for advertising/i);
    assert.match(text, /does not share your data with third parties/);
  });

  test('#5 "not even the company can" is never said while backups are readable', () => {
    assert.doesNotMatch(text, /not even|cannot access/i);
    assert.match(page.encryption.whatItMeans.map((s) => s.text).join(' '), /cloud backups, whose keys the provider holds/);
  });

  test('#5 ...and is said when nothing recorded weakens default end-to-end encryption', () => {
    const clean = pageOf(
      reviewWith((r) => {
        r.encryption.exceptions = { value: [], sources: ['security'] };
      }),
    );
    assert.match(clean.encryption.whatItMeans[0]?.text ?? '', /not even Example Corp\. can/);
  });

  test('#6 no controversies section without incidents', () => {
    assert.equal(page.controversies.length, 0);
  });

  test('#7 safer alternatives are same-category apps with a higher score, best first', () => {
    const own = page.score.value ?? 10;
    const scores = page.alternatives.map((a) => a.score);
    assert.deepEqual(
      scores,
      [...scores].sort((a, b) => b - a),
    );
    for (const alt of page.alternatives) {
      assert.ok(alt.score > own, `${alt.name} scores ${alt.score}, not above ${own}`);
      assert.equal(dataset.reviews.find((r) => r.slug === alt.slug)?.category, 'messaging');
      assert.ok(alt.reasons.length > 0, 'each alternative says what it does better');
    }
    const faq = page.faq.find((f) => /safer alternatives/.test(f.question));
    for (const name of ['WhatsApp', 'Telegram']) {
      const other = bundled.find((b) => b.review.name === name);
      if (other && (other.score.score ?? 0) <= own) assert.doesNotMatch(faq?.answer[0]?.text ?? '', new RegExp(name));
    }
  });

  test('#8 products appear only for a concern of this app in a category they fit, with the disclosure beside them', () => {
    const concern = (id: string, text = `Concern ${id}: details`) => ({ id, tone: 'bad' as const, text, sources: [], facts: [], covers: [] });
    const source = { url: 'https://vendor.example/about', title: 'About', kind: 'vendor-statement' as const, read: '2026-12-01' };
    const blocker = {
      id: 'blocker',
      name: 'Blocker',
      kind: 'Content blocker',
      url: 'https://blocker.example/',
      affiliate: false,
      blurb: 'Blocks trackers.',
      addresses: ['tracking'],
      categories: ['web-browsers'],
      source,
    };
    const vpn = { ...blocker, id: 'vpn', name: 'VPN', addresses: ['metadata-visible'], categories: ['search-engines'], app: 'some-vpn' };
    const products = [blocker, vpn];
    const at = (category: string, slug = 'an-app', alternatives: string[] = []) => ({ category, slug, alternatives });
    const matched = matchProducts([concern('tracking', 'Uses data to track you: across apps')], products, at('web-browsers'));
    assert.deepEqual(
      matched?.items.map((p) => [p.id, p.addresses, p.concerns]),
      [['blocker', ['tracking'], ['Uses data to track you']]],
      'the product for the concern, naming the concern as the page states it',
    );
    assert.deepEqual(matched?.items[0]?.source, { url: source.url, title: source.title });
    assert.match(matched?.disclosure ?? '', /never affect scores/);
    assert.equal(matchProducts([concern('tracking')], products, at('messaging')), null, 'not in a category it does not fit');
    assert.equal(matchProducts([concern('advertising')], products, at('web-browsers')), null, 'not without a concern it addresses');
    assert.equal(matchProducts([], products, at('web-browsers')), null);
    const covered = { ...concern('provider-readable-backups'), covers: ['metadata-visible'] };
    assert.equal(matchProducts([covered], products, at('search-engines'))?.items[0]?.id, 'vpn', 'a concern folded into another still counts');
    assert.equal(matchProducts([concern('metadata-visible')], products, at('search-engines', 'some-vpn')), null, 'never on its own review');
    assert.equal(
      matchProducts([concern('metadata-visible')], products, at('search-engines', 'x', ['some-vpn'])),
      null,
      'not where it is already a safer alternative',
    );
  });

  test('#15 on the bundled site: iMessage is offered no ad blocker, every product shown fits the page, and there are more than two to choose from', () => {
    const pages = bundled.map((b) => buildReviewPage(b, bundled, dataset));
    const byId = new Map(dataset.products.map((p) => [p.id, p]));
    const imessage = pages.find((p) => p.slug === 'imessage') ?? assert.fail('no iMessage review');
    assert.ok(!(imessage.products?.items ?? []).some((p) => /block/i.test(`${p.kind} ${p.name}`)), 'no content blocker on iMessage');
    const shownAnywhere = new Set<string>();
    for (const page of pages) {
      const ids = new Set(page.concerns.flatMap((c) => [c.id, ...c.covers]));
      for (const item of page.products?.items ?? []) {
        const product = byId.get(item.id) ?? assert.fail(`${item.id} is not in products.yaml`);
        shownAnywhere.add(item.id);
        assert.ok(product.categories.includes(page.category.id), `${item.id} fits ${page.slug}'s category ${page.category.id}`);
        assert.ok(item.addresses.length > 0 && item.addresses.every((a) => ids.has(a)), `${item.id} on ${page.slug} answers one of its concerns`);
        assert.notEqual(product.app, page.slug, `${item.id} is not offered on its own review`);
        assert.ok(!page.alternatives.some((a) => a.slug === product.app), `${item.id} is not also a safer alternative on ${page.slug}`);
      }
    }
    assert.ok(shownAnywhere.size > 2, `more than two products are shown somewhere (shown: ${[...shownAnywhere].join(', ')})`);
    const productsOf = (slug: string) => pages.find((p) => p.slug === slug)?.products?.items.map((i) => i.id) ?? [];
    assert.ok(productsOf('gmail').includes('mailvelope'), 'Gmail, whose email is not end-to-end encrypted, is offered email encryption');
    assert.ok(productsOf('dropbox').includes('cryptomator'), 'Dropbox, whose files are not end-to-end encrypted, is offered file encryption');
  });

  test('#9 "safe for kids?" is not asked without age or children facts, and is answered when they are known', () => {
    assert.ok(!page.faq.some((f) => /kids/.test(f.question)));
    const withAge = pageOf(reviewWith());
    const kids = withAge.faq.find((f) => /kids/.test(f.question));
    assert.match(kids?.answer[0]?.text ?? '', /at least 13/);
    for (const f of withAge.faq) assert.ok(f.answer.length > 0 && f.answer.every((a) => a.text.length > 0), `"${f.question}" has an answer`);
  });

  test('#10 the category comparison is counted from the dataset', () => {
    const sentence = page.dataCollection.comparison?.text ?? '';
    const others = dataset.reviews.filter((r) => r.category === 'messaging' && r.slug !== 'bubbles' && 'value' in r.dataCollected);
    assert.match(sentence, new RegExp(`Of the ${others.length} other messaging apps`));
  });

  test('#11 every fact-based sentence cites a source that the review declares', () => {
    const declared = new Set(page.sources.map((s) => s.id));
    const cited = [...page.encryption.facts, ...page.sharing.facts, ...page.pros, ...page.concerns];
    for (const s of cited) {
      assert.ok(s.sources.length > 0, `"${s.text}" has no source`);
      for (const id of s.sources) assert.ok(declared.has(id), `"${s.text}" cites undeclared ${id}`);
    }
  });
});

describe('unknown facts on the page', () => {
  test('an unknown data list says so and lists nothing', () => {
    const page = pageOf(
      reviewWith((r) => {
        r.dataCollected = { unknown: 'The label was not published.' };
      }),
    );
    assert.equal(page.dataCollection.groups.length, 0);
    assert.match(page.dataCollection.intro[0]?.text ?? '', /could not verify what data .* collects: The label was not published\./);
    assert.ok(page.unknowns.some((u) => u.path === 'dataCollected'));
    assert.ok(!page.faq.some((f) => /What data does/.test(f.question)));
  });

  test('unknown end-to-end encryption is never presented as protection', () => {
    const page = pageOf(
      reviewWith((r) => {
        r.encryption.e2ee.content = { unknown: 'not documented' };
      }),
    );
    assert.match(page.encryption.whatItMeans[0]?.text ?? '', /assume Example Corp\. can read them/);
    assert.ok(!page.pros.some((p) => p.id === 'e2ee'));
  });
});

describe('source quality on the page', () => {
  test('a source read from an archive carries its archived copy, and a core fact resting only on old documents is listed as stale', () => {
    const review = reviewWith((r) => {
      r.review.reviewed = '2026-11-28';
      for (const s of Object.values(r.sources)) s.published = '2026-01-01';
      const security = r.sources.security;
      if (security) {
        security.published = '2016';
        security.archived = { url: 'https://web.archive.org/web/2016/https://example.org/chat/security', date: '2016-05-01' };
      }
      r.encryption.inTransit = { value: true, sources: ['security'] };
    });
    const page = pageOf(review);
    const security = page.sources.find((s) => s.id === 'security');
    assert.deepEqual(security?.archived, { url: 'https://web.archive.org/web/2016/https://example.org/chat/security', date: '2016-05-01' });
    const stale = page.stale.find((s) => s.path === 'encryption.inTransit');
    assert.deepEqual(stale, { path: 'encryption.inTransit', label: 'Encryption in transit', newest: '2016', limit: '2023-11-28', source: 'security' });
    assert.equal(page.freshnessYears, 3);
    assert.ok(!page.stale.some((s) => s.path === 'sharing.sellsData'), 'a fact citing a 2026 document is not stale');
  });
});

test('every unscored bundled app explains its gap on its page: which facts are unknown and why, and how much is known', () => {
  const unscored = bundled.filter((a) => a.score.score === null);
  assert.ok(unscored.length > 0);
  for (const a of unscored) {
    const page = buildReviewPage(a, bundled, dataset);
    const unknownPaths = new Set(page.unknowns.map((u) => u.path));
    for (const criterion of Object.values(a.score.dimensions).flatMap((d) => d.criteria)) {
      if (criterion.status !== 'unknown') continue;
      assert.ok(
        criterion.facts.some((f) => [...unknownPaths].some((p) => p === f || p.startsWith(`${f}.`) || f.startsWith(`${p}.`))),
        `${a.review.slug}: the unknown criterion "${criterion.label}" (${criterion.facts.join(', ')}) is not listed under "What we couldn't verify"`,
      );
    }
    for (const u of page.unknowns) assert.ok(u.why.trim().length > 10, `${a.review.slug}: ${u.path} gives no reason`);
    assert.match(
      page.shortAnswer.map((s) => s.text).join(' '),
      /^We cannot say yet: the sources we read establish (only \d+%|none) of the facts/,
      a.review.slug,
    );
  }
});

test('a finding that opens with a company name written in lower case keeps it ("nordvpn S.A.", not "Nordvpn S.A.")', () => {
  const review = reviewWith((r) => {
    r.owner.company = 'nordvpn S.A.';
    r.sharing.advertising = { value: 'first-party', sources: [Object.keys(r.sources)[0] ?? ''] };
  });
  for (const locale of ['en', 'de', 'fr'] as const) {
    const app = { review, score: scoreReview(review, dataset) };
    const page = buildReviewPage(app, [app], dataset, locale);
    const texts = [...page.pros, ...page.concerns].map((f) => f.text);
    assert.ok(
      texts.some((t) => t.startsWith('nordvpn S.A. ')),
      `${locale}: ${texts.join(' | ')}`,
    );
    assert.deepEqual(
      texts.filter((t) => t.startsWith('Nordvpn')),
      [],
    );
  }
});

test('a FAQ answer that quotes a finding opening with the company name keeps the name as written ("Proton AG", not "proton AG")', () => {
  const lowered: string[] = [];
  let quoted = 0;
  for (const app of bundled) {
    const company = app.review.owner.company;
    const small = company.charAt(0).toLowerCase() + company.slice(1);
    if (small === company) continue;
    for (const locale of ['en', 'de', 'fr'] as const) {
      const page = buildReviewPage(app, bundled, dataset, locale);
      const safe =
        page.faq
          .find((q) => q.id === 'safe')
          ?.answer.map((s) => s.text)
          .join(' ') ?? '';
      if (safe.includes(`${small} `)) lowered.push(`${locale} ${app.review.slug}: ${safe}`);
      if (safe.includes(`: ${company} `)) quoted++;
    }
  }
  assert.deepEqual(lowered, []);
  assert.ok(quoted > 0, 'some bundled FAQ answer quotes a finding that opens with the company name');
});
