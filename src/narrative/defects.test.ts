/**
 * The reader-visible defects of issue #11, each re-created from facts shaped
 * like the page where a reader saw it, and pinned.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { buildReviewPage, readableExplanation } from './page.ts';
import { compareApps } from './compare.ts';
import { scoreReview } from '../scoring/score.ts';
import { bundledDataset, reviewWith } from '../../test/support/fixtures.ts';
import type { Review, ReviewInput } from '../domain/review.ts';
import type { ScoredReview } from '../scoring/ranking.ts';
import type { ReviewPage } from './model.ts';

const dataset = bundledDataset();
const bundled: ScoredReview[] = dataset.reviews.map((review) => ({ review, score: scoreReview(review, dataset) }));

function pageOf(review: Review): ReviewPage {
  const app = { review, score: scoreReview(review, dataset) };
  return buildReviewPage(app, [...bundled.filter((o) => o.review.slug !== review.slug), app], dataset);
}

/** Like iMessage: content and groups end-to-end encrypted, backups opt-in with the control offered, readable backups and SMS fallback. */
const imessageLike = (change: (r: ReviewInput) => void = () => {}) =>
  reviewWith((r) => {
    r.name = 'Bubbles';
    r.slug = 'bubbles';
    r.owner = { company: 'Bubble Co.', country: 'US' };
    r.encryption.e2ee.groups = { value: 'default', sources: ['security'] };
    r.encryption.e2ee.backups = { value: 'opt-in', sources: ['security'] };
    r.encryption.atRest = { value: 'provider-keys', sources: ['security'] };
    r.encryption.exceptions = {
      value: [
        { kind: 'sms-fallback', description: 'Messages to people without Bubbles go as SMS.', sources: ['security'] },
        { kind: 'provider-readable-backups', description: 'Backups use a key Bubble Co. holds unless you turn on encrypted backups.', sources: ['security'] },
      ],
      sources: ['security'],
    };
    r.controls['encrypted-backups'] = { value: 'yes', sources: ['help'] };
    change(r);
  });

/** Like Telegram: opt-in end-to-end encryption for one-to-one chats, groups and backups not encrypted, stored with provider keys. */
const telegramLike = () =>
  reviewWith((r) => {
    r.name = 'Wires';
    r.slug = 'wires';
    r.owner = { company: 'Wires Inc.', country: 'AE' };
    r.encryption.e2ee = {
      content: { value: 'opt-in', sources: ['security'] },
      groups: { value: 'none', sources: ['security'] },
      calls: { value: 'default', sources: ['security'] },
      backups: { value: 'none', sources: ['security'] },
    };
    r.encryption.atRest = { value: 'provider-keys', sources: ['security'] };
    r.encryption.protocol = { value: 'MTProto 2.0', sources: ['security'] };
    r.encryption.exceptions = {
      value: [
        { kind: 'opt-in-only', description: 'Only secret chats are end-to-end encrypted.', sources: ['security'] },
        { kind: 'non-e2ee-features', description: 'Cloud chats are stored with keys Wires holds.', sources: ['security'] },
      ],
      sources: ['security'],
    };
    r.sharing.parties = { value: ['advertisers', 'business-partners'], sources: ['policy'] };
    r.controls['encrypted-backups'] = { value: 'no', sources: ['help'] };
  });

const texts = (fs: readonly { text: string }[]) => fs.map((f) => f.text);

describe('one finding per feature', () => {
  const page = pageOf(imessageLike());

  test('backups that exist end-to-end encrypted but are off by default are one concern, not a strength and two concerns', () => {
    const about = [...page.pros, ...page.concerns].filter((f) => /backup/i.test(f.text));
    assert.equal(about.length, 1, texts(about).join(' / '));
    assert.equal(about[0]?.tone, 'bad');
    assert.match(about[0]?.text ?? '', /^End-to-end encrypted backups exist but are off by default/);
    assert.ok(about[0]?.facts.includes('encryption.e2ee.backups') && about[0]?.facts.includes('controls.encrypted-backups'));
  });

  test('no fact is stated under both What’s Good and Concerns', () => {
    for (const pg of [page, pageOf(telegramLike())]) {
      const good = new Set(pg.pros.flatMap((p) => p.facts));
      const both = pg.concerns.flatMap((c) => c.facts).filter((f) => good.has(f));
      assert.deepEqual(both, [], `${pg.name}: ${both.join(', ')}`);
    }
  });

  test('stored data is described as what the fact supports: not the end-to-end encrypted content', () => {
    const all = [...texts(page.concerns), ...texts(page.encryption.facts)].join('\n');
    assert.doesNotMatch(all, /Stored content is encrypted with keys Bubble Co\. holds, so Bubble Co\. can read it/);
    assert.match(texts(page.encryption.facts).join('\n'), /other than end-to-end encrypted messages, is encrypted with keys Bubble Co\. holds/);
  });
});

describe('a Telegram-shaped page', () => {
  const page = pageOf(telegramLike());

  test('opt-in encryption, the opt-in exception and provider-held storage are one concern', () => {
    const content = page.concerns.filter((c) => c.id === 'no-e2ee' || c.id === 'opt-in-only' || c.id === 'provider-can-read-stored');
    assert.equal(content.length, 1, texts(page.concerns).join(' / '));
    assert.deepEqual([...(content[0]?.covers ?? [])].sort(), ['opt-in-only', 'provider-can-read-stored']);
  });

  test('no two concerns say the same, and none repeats the "What weakens it" list word for word', () => {
    const list = texts(page.concerns);
    assert.equal(new Set(list).size, list.length);
    const weakens = new Set(texts(page.encryption.exceptions));
    for (const c of list) assert.ok(!weakens.has(c), `"${c}" is printed twice`);
    assert.ok(!page.concerns.some((c) => c.id === 'concerning-parties'), 'who receives data is part of the sharing concern');
  });

  test('groups that are not end-to-end encrypted and the "features outside end-to-end encryption" exception are one concern', () => {
    const groups = page.concerns.filter((c) => c.id === 'no-e2ee-groups' || c.id === 'non-e2ee-features');
    assert.equal(groups.length, 1, texts(page.concerns).join(' / '));
    assert.equal(groups[0]?.text, 'Group conversations and some other features are not end-to-end encrypted');
    assert.deepEqual(groups[0]?.covers, ['non-e2ee-features']);
  });

  test('missing controls read as English, and the backups control joins the backups concern', () => {
    assert.doesNotMatch(texts(page.concerns).join('\n'), /No way to end-to-end encrypted backups/);
    const missing = page.concerns.find((c) => c.id === 'missing-controls');
    assert.ok(!missing || !/backups/.test(missing.text));
    assert.match(
      page.concerns.find((c) => c.id === 'provider-readable-backups')?.text ?? '',
      /Backups are not end-to-end encrypted, and no setting makes them so/,
    );
  });

  test('what end-to-end encryption leaves out is written as a noun phrase, never a garbled clause', () => {
    const withDefault = pageOf(
      imessageLike((r) => {
        r.encryption.exceptions = {
          value: [{ kind: 'opt-in-only', description: 'Secret chats only.', sources: ['security'] }],
          sources: ['security'],
        };
      }),
    );
    const means = texts(withDefault.encryption.whatItMeans).join(' ');
    assert.doesNotMatch(means, /through end-to-end encryption is opt-in/);
    assert.match(means, /does not cover conversations where you have not turned it on/);
  });
});

describe('the short answer', () => {
  test('answers plainly first, from the label and the deciding facts, with no protocol name', () => {
    const r = imessageLike((x) => {
      x.encryption.protocol = { value: 'Bubbles PQ3 (hybrid ECC and Kyber/ML-KEM post-quantum)', sources: ['security'] };
    });
    const first = pageOf(r).shortAnswer[0]?.text ?? '';
    assert.match(first, /^Mostly: your messages are end-to-end encrypted by default, but that does not cover/);
    assert.doesNotMatch(texts(pageOf(r).shortAnswer).join(' '), /PQ3|Kyber|protocol/i);
    assert.match(pageOf(telegramLike()).shortAnswer[0]?.text ?? '', /^Only if you turn on end-to-end encryption/);
  });

  test('the FAQ does not repeat it word for word, and no question is asked twice', () => {
    const r = imessageLike((x) => {
      x.app.minimumAge = { value: 13, sources: ['policy'] };
      x.faq = [{ question: 'Is Bubbles safe for kids?', answer: 'Bubble Co. offers no child accounts.', sources: ['policy'] }];
    });
    const page = pageOf(r);
    const answer = new Set(texts(page.shortAnswer));
    for (const f of page.faq) for (const s of f.answer) assert.ok(!answer.has(s.text), `"${f.question}" repeats "${s.text}"`);
    const questions = page.faq.map((f) => f.question.toLowerCase());
    assert.equal(new Set(questions).size, questions.length, questions.join(' / '));
    assert.ok(page.faq.find((f) => /kids/.test(f.question))?.answer.some((s) => s.text === 'Bubble Co. offers no child accounts.'));
  });
});

describe('data collection', () => {
  test('a Low rating beside "collects more types than most" explains why both hold', () => {
    const many = reviewWith((r) => {
      r.slug = 'many';
      r.name = 'Many';
      r.dataCollected = {
        value: [
          'user-id',
          'device-id',
          'crash-data',
          'performance-data',
          'other-diagnostic-data',
          'product-interaction',
          'other-usage-data',
          'email-address',
          'name',
          'phone-number',
          'coarse-location',
          'customer-support',
        ].map((type) => ({
          type,
          linked: false,
          tracking: false,
          purposes: ['analytics'],
        })),
        sources: ['label'],
      };
    });
    const page = pageOf(many);
    const level = page.ratings.find((r) => r.dimension === 'dataCollection');
    const comparison = page.dataCollection.comparison?.text ?? '';
    assert.equal(level?.tone, 'good', 'the fixture rates Low');
    assert.match(comparison, /collects more types than most messaging apps, but they weigh little, so it rates Low/);
  });

  test('"Collects a lot of data" beside a rating that is not bad says why both hold', () => {
    const lot = reviewWith((r) => {
      r.slug = 'lot';
      r.name = 'Lot';
      r.dataCollected = {
        value: [
          'health',
          'precise-location',
          'contacts',
          'photos-or-videos',
          'browsing-history',
          'search-history',
          'email-address',
          'name',
          'phone-number',
          'user-id',
        ].map((type) => ({ type, linked: true, tracking: false, purposes: ['app-functionality'] })),
        sources: ['label'],
      };
    });
    const page = pageOf(lot);
    const level = page.ratings.find((r) => r.dimension === 'dataCollection');
    assert.ok(
      page.concerns.some((c) => c.text.startsWith('Collects a lot of data')),
      'the fixture raises the breadth concern',
    );
    assert.notEqual(level?.tone, 'bad', 'the fixture does not rate badly');
    const intro = page.dataCollection.intro.map((s) => s.text).join(' ');
    assert.match(intro, /rating is \S+ although it collects a lot of data: the rating also counts whether any of it is used to track you, and none of it is/);
    // with tracking the plain sentence stays: the rating is then bad or the concern stands on its own
    const tracked = pageOf(
      reviewWith((r) => {
        r.slug = 'tracked';
        r.dataCollected = { value: [{ type: 'user-id', linked: true, tracking: true, purposes: ['advertising'] }], sources: ['label'] };
      }),
    );
    assert.doesNotMatch(tracked.dataCollection.intro.map((s) => s.text).join(' '), /although it collects a lot/);
  });
});

describe('unscored pages and internal ids', () => {
  const thin = reviewWith((r) => {
    r.slug = 'thin';
    r.name = 'Thin';
    for (const key of Object.keys(r.controls)) r.controls[key] = { unknown: 'not documented' };
    r.encryption = {
      inTransit: { unknown: 'x' },
      atRest: { unknown: 'x' },
      e2ee: { content: { unknown: 'x' }, groups: { unknown: 'x' }, calls: { unknown: 'x' }, backups: { unknown: 'x' } },
      protocol: { unknown: 'x' },
      forwardSecrecy: { unknown: 'x' },
      exceptions: { unknown: 'x' },
    };
    r.sharing = { thirdParties: { unknown: 'x' }, sellsData: { unknown: 'x' }, advertising: { unknown: 'x' }, parties: { unknown: 'x' } };
    r.dataCollected = { unknown: 'x' };
    r.app.clientOpenSource = { unknown: 'x' };
    r.app.audits = { unknown: 'x' };
  });

  test('an unscored page never says "only 0% of the facts are sourced"', () => {
    const page = pageOf(thin);
    assert.equal(page.score.value, null);
    const answer = texts(page.shortAnswer).join(' ');
    assert.doesNotMatch(answer, /only 0%/);
    assert.match(answer, /none of the facts our rubric scores/);
  });

  test('the points tables show labels, never taxonomy ids', () => {
    const page = pageOf(imessageLike());
    const values = Object.values(page.explanation.dimensions).flatMap((d) => d.criteria.map((c) => c.value));
    assert.ok(values.some((v) => /SMS fallback/.test(v)));
    for (const v of values) assert.doesNotMatch(v, /\b(?:sms-fallback|provider-readable-backups|business-partners|two-factor|metadata-visible)\b/);
    const raw = scoreReview(imessageLike(), dataset);
    assert.notDeepEqual(readableExplanation(raw, dataset.taxonomy), raw);
  });
});

describe('stored content out of the provider’s reach, while backups sit with other companies’ services (WhatsApp, 2026-12-01)', () => {
  /** Like WhatsApp: stored content end-to-end, backups opt-in with the control offered, kept in Google Drive or iCloud. */
  const whatsappLike = (storedWith?: string[]) =>
    reviewWith((r) => {
      r.name = 'Chatter';
      r.slug = 'chatter';
      r.owner = { company: 'Chatter LLC', country: 'US' };
      r.encryption.e2ee.backups = { value: 'opt-in', sources: ['security'] };
      r.encryption.atRest = { value: 'end-to-end', sources: ['security'] };
      r.encryption.exceptions = {
        value: [
          {
            kind: 'provider-readable-backups',
            description: 'Backups in Google Drive or iCloud are secured by those services.',
            sources: ['security'],
            ...(storedWith ? { storedWith } : {}),
          },
        ],
        sources: ['security'],
      };
      r.controls['encrypted-backups'] = { value: 'yes', sources: ['help'] };
    });
  const pageIn = (review: Review, locale: 'en' | 'de' | 'fr') => {
    const app = { review, score: scoreReview(review, dataset) };
    return buildReviewPage(app, [...bundled, app], dataset, locale);
  };

  test('the strength and the encryption section leave backups out instead of saying "keys only you hold" next to readable backups', () => {
    for (const review of [whatsappLike(), whatsappLike(['Google Drive', 'iCloud'])]) {
      const page = pageOf(review);
      const all = [...texts(page.pros), ...texts(page.encryption.facts)].join('\n');
      assert.doesNotMatch(all, /^(?:Stored|stored) (?:content|data) is encrypted with keys only you hold/m);
      assert.ok(texts(page.pros).includes('Apart from backups, stored content is encrypted with keys only you hold'), texts(page.pros).join(' / '));
      assert.ok(texts(page.encryption.facts).includes('Apart from backups, stored content is encrypted with keys only you hold.'), all);
    }
  });

  test('backups kept by other services are said to be protected by those services, not readable by the owner', () => {
    const concern = (review: Review, locale: 'en' | 'de' | 'fr') =>
      pageIn(review, locale).concerns.find((c) => c.id === 'provider-readable-backups')?.text ?? '';
    const elsewhere = whatsappLike(['Google Drive', 'iCloud']);
    assert.equal(
      concern(elsewhere, 'en'),
      'End-to-end encrypted backups exist but are off by default: until you turn them on, your backups are protected only by the service that stores them (Google Drive or iCloud)',
    );
    assert.doesNotMatch(concern(elsewhere, 'en'), /Chatter LLC can read/);
    assert.match(concern(elsewhere, 'de'), /nur der Dienst, der sie speichert \(Google Drive oder iCloud\)$/);
    assert.match(concern(elsewhere, 'fr'), /que par le service qui les stocke \(Google Drive ou iCloud\)$/);
    // without storedWith the owner holds them, as for iMessage
    assert.match(concern(whatsappLike(), 'en'), /until you turn them on, Chatter LLC can read your backups$/);
  });

  test('nothing else on the page says the provider holds the keys of backups kept by other services (WhatsApp, Viber, 2026-12-02)', () => {
    const elsewhere = whatsappLike(['Google Drive', 'iCloud']);
    const gaps = {
      en: 'cloud backups in Google Drive or iCloud',
      de: 'Cloud-Backups in Google Drive oder iCloud',
      fr: 'les sauvegardes stockées sur Google Drive ou iCloud',
    };
    const labels = {
      en: 'Cloud backups protected only by the storage service',
      de: 'Cloud-Backups nur mit dem Schutz des Speicherdienstes',
      fr: 'Sauvegardes dans le cloud protégées par le seul service de stockage',
    };
    for (const locale of ['en', 'de', 'fr'] as const) {
      const page = pageIn(elsewhere, locale);
      const answer = texts(page.shortAnswer).join(' ');
      assert.ok(answer.includes(gaps[locale]), answer);
      assert.ok(texts(page.encryption.whatItMeans).join(' ').includes(gaps[locale]));
      assert.ok(
        texts(page.encryption.exceptions).some((t) => t.startsWith(labels[locale])),
        texts(page.encryption.exceptions).join(' / '),
      );
      const table = Object.values(page.explanation.dimensions)
        .flatMap((d) => d.criteria.map((c) => c.value))
        .join(' / ');
      assert.ok(table.toLowerCase().includes(labels[locale].toLowerCase()), table);
      const all = [answer, ...texts(page.encryption.whatItMeans), ...texts(page.encryption.exceptions), table].join('\n');
      assert.doesNotMatch(
        all,
        /provider holds|provider can read|Schlüsseln des Anbieters|der Anbieter lesen kann|lisibles par le fournisseur|fournisseur détient/,
      );
    }
    // the compare page writes the app's values with the same label
    const signal = bundled.find((a) => a.review.slug === 'signal');
    assert.ok(signal, 'the bundled data has Signal');
    for (const locale of ['en', 'de', 'fr'] as const) {
      const cmp = compareApps([{ review: elsewhere, score: scoreReview(elsewhere, dataset) }, signal], { locale, taxonomy: dataset.taxonomy });
      const values = cmp.dimensions.flatMap((d) => d.criteria.map((c) => c.values[0]?.value ?? '')).join(' / ');
      assert.ok(values.toLowerCase().includes(labels[locale].toLowerCase()), values);
      assert.doesNotMatch(values, /provider can read|der Anbieter lesen kann|lisibles par le fournisseur/);
    }
    // without storedWith the page still says the provider holds the keys
    const own = pageIn(whatsappLike(), 'en');
    assert.ok(texts(own.shortAnswer).join(' ').includes('cloud backups, whose keys the provider holds'));
    assert.ok(texts(own.encryption.exceptions).some((t) => t.startsWith('Cloud backups the provider can read')));
  });
});

describe('what the concerns count says what the data section says (Viber, 2026-12-02)', () => {
  test('"N of them linked to your identity" counts the types linked to you, not those that only track you', () => {
    const review = reviewWith((r) => {
      r.slug = 'trackers';
      r.name = 'Trackers';
      r.dataCollected = {
        value: [
          ...['health', 'precise-location', 'contacts', 'photos-or-videos', 'browsing-history', 'search-history', 'email-address', 'name', 'phone-number'].map(
            (type) => ({ type, linked: true, tracking: false, purposes: ['app-functionality'] }),
          ),
          // an advertising ID the policy calls 'not attributable to you': tracks you, not known to be linked
          { type: 'device-id', linked: 'unknown' as const, tracking: true, purposes: ['third-party-advertising'] },
        ],
        sources: ['label'],
      };
    });
    const page = pageOf(review);
    const lot = page.concerns.find((c) => c.text.startsWith('Collects a lot of data'))?.text ?? '';
    assert.equal(lot, 'Collects a lot of data about you (10 data types, 9 of them linked to your identity)');
    assert.match(texts(page.dataCollection.intro).join(' '), /10 types of data, 9 of them linked to your identity/);
  });
});

describe('features outside end-to-end encryption, for an app whose groups are end-to-end encrypted (Viber, 2026-12-02)', () => {
  test('the concern does not give groups as an example beside "group conversations are end-to-end encrypted"', () => {
    const review = reviewWith((r) => {
      r.encryption.e2ee.groups = { value: 'default', sources: ['security'] };
      r.encryption.exceptions = {
        value: [{ kind: 'non-e2ee-features', description: 'Chats with bots are not end-to-end encrypted.', sources: ['security'] }],
        sources: ['security'],
      };
    });
    for (const locale of ['en', 'de', 'fr'] as const) {
      const page = buildReviewPage({ review, score: scoreReview(review, dataset) }, bundled, dataset, locale);
      const concern = page.concerns.find((c) => c.id === 'non-e2ee-features')?.text ?? '';
      assert.notEqual(concern, '', `${locale}: the fixture raises the concern`);
      assert.doesNotMatch(concern, /groups|Gruppen|groupes|links previews/, `${locale}: ${concern}`);
    }
    assert.equal(
      pageOf(review).concerns.find((c) => c.id === 'non-e2ee-features')?.text,
      'Features outside end-to-end encryption: some features (e.g. channels, link previews, cloud sync) are not end-to-end encrypted',
    );
  });
});

describe('default end-to-end encryption whose exceptions are unknown (FaceTime, 2026-12-02)', () => {
  test('the page says it could not check whether anything weakens it, not "what weakens it", in every language', () => {
    const review = reviewWith((r) => {
      r.encryption.e2ee.content = { value: 'default', sources: ['security'] };
      r.encryption.exceptions = { unknown: 'The sources we read do not say.' };
    });
    for (const locale of ['en', 'de', 'fr'] as const) {
      const page = buildReviewPage({ review, score: scoreReview(review, dataset) }, bundled, dataset, locale);
      const said = [...texts(page.shortAnswer), ...texts(page.encryption.whatItMeans)].join(' ');
      assert.match(said, /whether anything weakens|ob etwas (diesen Schutz|sie) schwächt|si quelque chose (affaiblit|l’affaiblit)/, `${locale}: ${said}`);
      assert.doesNotMatch(said, /verify what weakens|prüfen, was (diesen Schutz|sie) schwächt|vérifier ce qui/, `${locale}: ${said}`);
    }
  });
});

describe('forward secrecy says what it protects (Telegram, Gmail, VPNs, 2026-12-02)', () => {
  const withFs = (category: string, content: 'default' | 'opt-in' | 'none' | 'not-applicable') =>
    reviewWith((r) => {
      r.category = category;
      r.encryption.forwardSecrecy = { value: true, sources: ['security'] };
      r.encryption.e2ee.content = { value: content, sources: ['security'] };
    });
  const fsSentence = (review: Review, locale: 'en' | 'de' | 'fr' = 'en') => {
    const page = buildReviewPage({ review, score: scoreReview(review, dataset) }, bundled, dataset, locale);
    return texts(page.encryption.facts).filter((t) => /forward secrecy|Forward Secrecy|confidentialité persistante/i.test(t));
  };

  test('only default end-to-end encrypted content is said to stay unreadable, and it is named', () => {
    assert.deepEqual(fsSentence(withFs('messaging', 'default')), [
      'It uses forward secrecy: if a key is stolen, your messages from before the theft stay unreadable.',
    ]);
    assert.deepEqual(fsSentence(withFs('video-calls', 'default')), [
      'It uses forward secrecy: if a key is stolen, your calls from before the theft stay unreadable.',
    ]);
  });

  test('opt-in end-to-end encryption, connections only, and apps without content encryption say less', () => {
    assert.match(fsSentence(withFs('messaging', 'opt-in'))[0] ?? '', /^Its end-to-end encryption, where you turn it on, uses forward secrecy/);
    assert.match(fsSentence(withFs('email', 'none'))[0] ?? '', /^Its connections use forward secrecy/);
    assert.deepEqual(fsSentence(withFs('vpn', 'not-applicable')), ['It uses forward secrecy.']);
    for (const review of [withFs('messaging', 'opt-in'), withFs('email', 'none'), withFs('vpn', 'not-applicable')])
      for (const locale of ['en', 'de', 'fr'] as const)
        for (const t of fsSentence(review, locale)) assert.doesNotMatch(t, /messages|Nachrichten|{|}/, `${locale}: ${t}`);
  });

  test('the strength it earns claims no more than "Uses forward secrecy", in every language', () => {
    for (const locale of ['en', 'de', 'fr'] as const) {
      const review = withFs('email', 'none');
      const page = buildReviewPage({ review, score: scoreReview(review, dataset) }, bundled, dataset, locale);
      const pro = page.pros.find((p) => p.id === 'forward-secrecy')?.text ?? '';
      assert.notEqual(pro, '', `${locale}: the fixture earns the strength`);
      assert.doesNotMatch(pro, /messages|Nachrichten|stolen|gestohlen|volée/, `${locale}: ${pro}`);
    }
  });
});
