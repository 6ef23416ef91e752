/**
 * The review format. These zod schemas are the only definition of a review:
 * the TypeScript types, the validation of data/apps/*.yaml and the published
 * JSON Schema (schema/review.schema.json) are all derived from them.
 *
 * A review is a set of *facts*. A fact is either known, and then it names the
 * sources that establish it, or explicitly unknown, and then it says why.
 * There is no third state: a missing fact is a validation error, never a
 * silent default.
 */
import { z } from 'zod';
import { Entries, Line, List, Text } from './text.ts';

/** An identifier used in data files: lowercase words joined by hyphens. */
export const Id = z
  .string()
  .max(64, 'is longer than 64 characters')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single hyphens (e.g. "facebook-messenger")');

/** A calendar date written YYYY-MM-DD (YAML dates are accepted and normalised). */
export const IsoDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
    .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'is not a real calendar date'),
);

/** A date that may be known only to the month (YYYY-MM) or year (YYYY). */
export const PartialDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : typeof v === 'number' ? String(v) : v),
  z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD'),
);

export const HttpUrl = Line(2048)
  .url('must be an absolute URL')
  .refine((u) => /^https?:\/\//.test(u), 'must be an http(s) URL');

/**
 * The archived copy of a document an editor read instead of the live page: an
 * Open Terms Archive version, a Wayback Machine capture, a ToS;DR copy.
 */
export const ArchivedCopy = z
  .object({
    url: HttpUrl.describe("the archived copy's own address"),
    date: IsoDate.describe('the date of the copy (when the archive recorded the document)'),
  })
  .strict();
export type ArchivedCopy = z.infer<typeof ArchivedCopy>;

/** Where a fact comes from. Sources are declared once per review and referenced by id. */
export const Source = z
  .object({
    url: HttpUrl.describe("the canonical address of the document: the vendor's own URL, not a copy"),
    title: Line(300),
    publisher: Line(200).optional(),
    kind: z
      .enum([
        'privacy-policy',
        'security-documentation',
        'app-store-label',
        'regulator',
        'audit',
        'court',
        'reporting',
        'vendor-statement',
        'expert-review',
        'other',
      ])
      .describe('what kind of document this is; primary sources are preferred'),
    published: PartialDate.optional().describe('when the document was published or last updated, where it says'),
    read: IsoDate.describe('the date an editor read the document'),
    quote: Text(2_000).optional().describe('the passage that establishes the fact, verbatim'),
    archived: ArchivedCopy.optional().describe('the archived copy the editor actually read, when it was not the live page at `url`'),
  })
  .strict();
export type Source = z.infer<typeof Source>;

/** A document the watcher fetches to notice changes (see `privacydefend watch`). */
export const TrackedDocument = z
  .object({
    id: Id.max(64).describe('unique within the review, e.g. "privacy-policy"'),
    kind: z.enum(['privacy-policy', 'terms', 'security', 'store-label', 'other']),
    url: HttpUrl.max(2000).describe("the vendor's own address of the document"),
    selector: Line(200).optional().describe('a CSS selector naming the main text; without it the main text is found automatically'),
  })
  .strict();
export type TrackedDocument = z.infer<typeof TrackedDocument>;

const SourceRefs = List(Id, 20).min(1, 'a known fact must name at least one source');

/**
 * A fact about the app: `{ value, sources }` when known, `{ unknown: "why" }` when not.
 * @example fact(z.boolean()).parse({ value: true, sources: ['signal-privacy'] })
 */
export function fact<T extends z.ZodType>(value: T) {
  return z.union([
    z.object({ value, sources: SourceRefs, note: Text(4_000).optional() }).strict(),
    z.object({ unknown: Text(2_000, 'say why the fact is unknown') }).strict(),
  ]);
}

export type Fact<T> = { value: T; sources: string[]; note?: string | undefined } | { unknown: string };
export type KnownFact<T> = { value: T; sources: string[]; note?: string | undefined };

export function isKnown<T>(f: Fact<T> | undefined): f is KnownFact<T> {
  return f !== undefined && 'value' in f;
}
/** The value of a fact, or undefined when the fact is unknown. */
export function valueOf<T>(f: Fact<T> | undefined): T | undefined {
  return isKnown(f) ? f.value : undefined;
}

export const E2eeMode = z.enum(['default', 'opt-in', 'none', 'not-applicable']);
export type E2eeMode = z.infer<typeof E2eeMode>;

export const Audit = z
  .object({
    by: Line(300),
    date: PartialDate,
    scope: Text(1_000),
    url: HttpUrl,
  })
  .strict();

export const DataItem = z
  .object({
    type: Id.describe('a data type id from data/taxonomy.yaml'),
    linked: z.union([z.boolean(), z.literal('unknown')]).describe('linked to the user\'s identity; "unknown" when the sources don\'t say'),
    tracking: z
      .union([z.boolean(), z.literal('unknown')])
      .describe('used to track the user across other companies\' apps and websites; "unknown" when the sources don\'t say'),
    purposes: List(Id, 20).min(1).describe('purpose ids from data/taxonomy.yaml'),
    sources: List(Id, 20).optional().describe('sources for this item beyond those of the whole list'),
  })
  .strict();
export type DataItem = z.infer<typeof DataItem>;

export const EncryptionException = z
  .object({
    kind: Id.describe('an exception id from data/taxonomy.yaml (e.g. sms-fallback, provider-readable-backups)'),
    description: Text(2_000),
    sources: SourceRefs,
    storedWith: z
      .array(Text(100))
      .min(1)
      .max(10)
      .optional()
      .describe("for readable backups kept by other companies' services, not the app's owner: those services, as the sources name them (Google Drive, iCloud)"),
  })
  .strict();
export type EncryptionException = z.infer<typeof EncryptionException>;

/** A controversy's title and summary written in another language. */
const ControversyText = z.object({ title: Line(200), summary: Text(4_000) }).strict();

export const Controversy = z
  .object({
    id: Id,
    date: PartialDate,
    title: Line(200),
    summary: Text(4_000),
    translations: z
      .object({ de: ControversyText.optional(), fr: ControversyText.optional() })
      .strict()
      .optional()
      .describe('optional: the title and summary in German and French; a page in a language without one shows the English, marked as English'),
    kind: z.enum(['breach', 'fine', 'policy-change', 'disclosure-to-authorities', 'vulnerability', 'lawsuit', 'tracking', 'other']),
    severity: z.enum(['low', 'medium', 'high']),
    status: z.enum(['resolved', 'ongoing']),
    sources: SourceRefs,
  })
  .strict();
export type Controversy = z.infer<typeof Controversy>;

export const FaqEntry = z
  .object({
    question: Line(300),
    answer: Text(4_000),
    sources: SourceRefs,
  })
  .strict();

/**
 * A dated change of who owns an app or what it is: an acquisition, a
 * renaming, a move to another jurisdiction, a spin-off, or its retirement.
 * A retired app is shown as retired on its page and in lists, never as a
 * current recommendation.
 */
export const StatusEvent = z
  .object({
    date: PartialDate.describe('when the change took effect (or was announced, if the summary says so)'),
    kind: z.enum(['acquired', 'renamed', 'jurisdiction-moved', 'spun-off', 'retired']),
    from: Line(200).optional().describe('before: the previous owner, name or country (ISO 3166-1 code for a jurisdiction)'),
    to: Line(200).optional().describe('after: the new owner, name or country (ISO 3166-1 code for a jurisdiction)'),
    summary: Text(2_000).describe('what changed, in a sentence or two'),
    sources: SourceRefs,
  })
  .strict()
  .superRefine((e, ctx) => {
    const needs: Record<string, ('from' | 'to')[]> = {
      acquired: ['to'],
      renamed: ['from', 'to'],
      'jurisdiction-moved': ['from', 'to'],
      'spun-off': ['from'],
      retired: [],
    };
    for (const key of needs[e.kind] ?? [])
      if (!e[key])
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `a "${e.kind}" change must say ${key === 'from' ? 'what it was before' : 'what it became'} (${key})`,
        });
  });
export type StatusEvent = z.infer<typeof StatusEvent>;

/**
 * One of the app's own settings, named as the vendor's help page names it,
 * that carries out a piece of "How to protect yourself" advice: iMessage's
 * "Advanced Data Protection" for turning on end-to-end encrypted backups,
 * Telegram's "Secret Chats" for end-to-end encrypted conversations.
 */
export const AppSetting = z
  .object({
    advice: Id.describe('the advice id in data/taxonomy.yaml that this setting carries out (e.g. turn-on-encrypted-backups)'),
    name: Line(200).describe('the setting or feature as the vendor names it, e.g. "Advanced Data Protection"'),
    kind: z
      .enum(['switch', 'feature'])
      .optional()
      .describe('"switch" (the default): a setting you turn on once; "feature": something you choose each time, like Telegram\'s Secret Chats'),
    where: Line(300).optional().describe('where to find it, as the vendor\'s help page says, e.g. "Settings > Privacy > Phone Number"'),
    sources: SourceRefs.describe("the vendor's help page (or other document) that names the setting"),
  })
  .strict();
export type AppSetting = z.infer<typeof AppSetting>;

/**
 * The app stores an app is officially offered in, and the hosts each store's
 * pages live on: a store link must be an address on its store's host (a
 * mistyped or look-alike address is refused), for a platform that store serves.
 */
export const STORES = {
  'app-store': { hosts: ['apps.apple.com'], platforms: ['ios', 'macos', 'watchos'] },
  'google-play': { hosts: ['play.google.com'], platforms: ['android'] },
  'f-droid': { hosts: ['f-droid.org'], platforms: ['android'] },
  'microsoft-store': { hosts: ['apps.microsoft.com'], platforms: ['windows'] },
  flathub: { hosts: ['flathub.org'], platforms: ['linux'] },
  snapcraft: { hosts: ['snapcraft.io'], platforms: ['linux'] },
} as const;
export type StoreId = keyof typeof STORES;
export const Platform = z.enum(['ios', 'android', 'macos', 'windows', 'linux', 'web', 'watchos', 'other']);

/**
 * An official link to the app in an app store. Its sources show the address
 * is the vendor's own listing: the vendor's download page linking to it, or
 * the store page itself (which names the developer). Never a guessed store id.
 */
export const StoreLink = z
  .object({
    store: z.enum(Object.keys(STORES) as [StoreId, ...StoreId[]]).describe('the store: app-store, google-play, f-droid, microsoft-store, flathub or snapcraft'),
    platform: Platform.describe("the platform this listing installs on (one of the review's platforms)"),
    url: HttpUrl.describe("the listing's address in that store"),
    sources: SourceRefs.describe("the vendor's download page that links to this listing, or the store page itself"),
  })
  .strict()
  .superRefine((s, ctx) => {
    const store = STORES[s.store];
    let host = '';
    try {
      host = new URL(s.url).hostname.toLowerCase();
    } catch {
      return; // HttpUrl reports the malformed address
    }
    if (!(store.hosts as readonly string[]).includes(host))
      ctx.addIssue({ code: 'custom', path: ['url'], message: `is on ${host}, not on ${store.hosts.join(' or ')}, where ${s.store} listings are` });
    if (!(store.platforms as readonly string[]).includes(s.platform))
      ctx.addIssue({
        code: 'custom',
        path: ['platform'],
        message: `"${s.platform}" is not a platform ${s.store} serves (it serves ${store.platforms.join(', ')})`,
      });
  });
export type StoreLink = z.infer<typeof StoreLink>;

export const AccountRequirement = z.enum(['nothing', 'email', 'phone-number', 'email-or-phone-number', 'platform-account', 'username']);

export const Review = z
  .object({
    slug: Id,
    name: Line(100),
    aliases: List(Line(100), 20).default([]),
    category: Id.describe('a category id from data/categories.yaml'),
    owner: z
      .object({
        company: Line(200),
        country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code such as "US"'),
        parent: Line(200).optional(),
      })
      .strict(),
    platforms: List(Platform, 8).min(1),
    website: HttpUrl,
    privacyPolicyUrls: List(HttpUrl, 10).min(1),
    sourceCode: HttpUrl.optional().describe("the app's published source code repository, the vendor's own (only where a cited source shows it)"),
    stores: List(StoreLink, 20)
      .optional()
      .describe("the app's official app-store listings, one per store and platform, each sourced to the vendor's download page or the listing itself"),
    documents: List(TrackedDocument, 50).optional().describe('documents to watch for changes; sources with the same URL are re-checked when one changes'),

    app: z
      .object({
        clientOpenSource: fact(z.enum(['yes', 'partial', 'no'])),
        serverOpenSource: fact(z.enum(['yes', 'partial', 'no', 'not-applicable'])),
        audits: fact(List(Audit, 50)),
        accountRequires: fact(AccountRequirement),
        minimumAge: fact(z.number().int().min(0).max(21)),
        childrenOffering: fact(Line(1_000)).describe('what the app offers for children, e.g. parental controls'),
      })
      .strict(),

    dataCollected: fact(z.union([z.literal('nothing'), List(DataItem, 100).min(1)])).describe(
      'what the app collects; "nothing" is a claim that must be sourced like any other',
    ),

    encryption: z
      .object({
        inTransit: fact(z.boolean()),
        atRest: fact(z.enum(['end-to-end', 'provider-keys', 'none', 'not-applicable'])),
        e2ee: z
          .object({
            content: fact(E2eeMode).describe('the main content: one-to-one chats, emails, files, notes, passwords...'),
            groups: fact(E2eeMode),
            calls: fact(E2eeMode),
            backups: fact(E2eeMode),
          })
          .strict(),
        protocol: fact(Line(1_000)),
        forwardSecrecy: fact(z.union([z.boolean(), z.literal('not-applicable')])),
        exceptions: fact(List(EncryptionException, 50)).describe('what weakens the protection; an empty list is a claim too'),
      })
      .strict(),

    sharing: z
      .object({
        thirdParties: fact(z.enum(['no', 'service-providers-only', 'yes'])),
        sellsData: fact(z.boolean()),
        advertising: fact(z.enum(['none', 'first-party', 'third-party'])),
        parties: fact(List(Id, 50)).describe('party kind ids from data/taxonomy.yaml'),
      })
      .strict(),

    controls: Entries(Id, fact(z.enum(['yes', 'partial', 'no'])), 100).describe('privacy control ids from data/taxonomy.yaml'),
    settings: List(AppSetting, 50)
      .optional()
      .describe('the app\'s own settings that carry out protect advice, each sourced to the vendor\'s help page (see "How to protect yourself")'),

    history: List(StatusEvent, 50)
      .optional()
      .describe('dated changes of ownership and status: acquisitions, renamings, moves of jurisdiction, spin-offs, retirement'),
    controversies: List(Controversy, 100).default([]),
    faq: List(FaqEntry, 50).default([]).describe('editor-written questions, each sourced'),

    review: z
      .object({
        reviewed: IsoDate,
        reviewer: Line(100),
        notes: Text(4_000).optional(),
      })
      .strict(),

    sources: Entries(Id, Source, 200),
  })
  .strict();

export type ReviewInput = z.input<typeof Review>;
export type Review = z.infer<typeof Review>;

/**
 * Whether the app uses any collected data to track you: true when a data type
 * is, false when none is (or it collects nothing), undefined when the list or
 * any flag is unknown and none is known to track.
 * @example tracksYou(review.dataCollected) // false
 */
export function tracksYou(collected: Review['dataCollected']): boolean | undefined {
  if (!isKnown(collected)) return undefined;
  if (collected.value === 'nothing') return false;
  if (collected.value.some((i) => i.tracking === true)) return true;
  return collected.value.some((i) => i.tracking === 'unknown') ? undefined : false;
}

/**
 * The app's retirement, when its history records one (the latest, if several).
 * @example retirementOf(review)?.date // "2025-05"
 */
export function retirementOf(review: Pick<Review, 'history'>): StatusEvent | undefined {
  return [...(review.history ?? [])].filter((e) => e.kind === 'retired').sort((a, b) => b.date.localeCompare(a.date))[0];
}
