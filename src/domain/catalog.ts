/**
 * The shared vocabularies a review refers to: data types, purposes, party kinds,
 * encryption exceptions, privacy controls (data/taxonomy.yaml), categories
 * (data/categories.yaml) and privacy products (data/products.yaml).
 */
import { z } from 'zod';
import { HttpUrl, Id, Source } from './review.ts';
import { Line, List, Text } from './text.ts';

export const DataType = z
  .object({
    id: Id,
    label: Line(200),
    group: Line(200).describe('Apple\'s App Privacy category, e.g. "Contact Info"'),
    apple: Line(200).describe("the data type's name in Apple's App Privacy labels"),
    google: Line(200).describe("the nearest data type in Google Play's Data safety section"),
    sensitivity: z.number().int().min(1).max(3).describe('1 = routine (crash logs), 3 = sensitive (location, contacts, health)'),
  })
  .strict();

export const Labelled = z.object({ id: Id, label: Line(200), description: Text(2_000).optional() }).strict();

export const ExceptionKind = z
  .object({
    id: Id,
    label: Line(200),
    description: Text(2_000),
    breaksProviderCannotRead: z.boolean().describe('whether, where it applies, the provider (or a network) can read content'),
  })
  .strict();

export const Control = z
  .object({
    id: Id,
    label: Line(200),
    categories: z.union([z.literal('all'), List(Id, 200).min(1)]).describe('the categories where this control applies'),
    weight: z.number().positive(),
  })
  .strict();

export const PartyKind = z
  .object({
    id: Id,
    label: Line(200),
    concern: z.boolean().describe('whether sharing with this kind of party is a privacy concern'),
  })
  .strict();

/** A setting or habit that reduces a concern, offered only when a fact of the app shows it is available. */
export const Advice = z
  .object({
    id: Id,
    concerns: z.array(Id).min(1).describe('the concern ids (concernIds in src/narrative/findings.ts) this advice reduces'),
    when: z
      .object({
        fact: z.string().min(1).describe('a fact path such as controls.encrypted-backups or encryption.e2ee.content'),
        in: z.array(z.string().min(1)).min(1).describe("the fact's values (as text) that make the advice possible"),
      })
      .strict(),
    text: z.string().min(1).describe('what to do, with {name} for the app name'),
  })
  .strict();
export type Advice = z.infer<typeof Advice>;

export const Taxonomy = z
  .object({
    dataTypes: List(DataType, 500).min(1),
    purposes: List(Labelled, 500).min(1),
    parties: List(PartyKind, 500).min(1),
    exceptions: List(ExceptionKind, 500).min(1),
    controls: List(Control, 500).min(1),
    advice: List(Advice, 500).optional().describe('"How to protect yourself": settings and habits, each tied to the concerns it reduces'),
  })
  .strict();
export type Taxonomy = z.infer<typeof Taxonomy>;

/** A category's description written in another language. */
const CategoryText = z.object({ description: Text(2_000) }).strict();

export const Category = z
  .object({
    id: Id,
    name: Line(100),
    plural: Line(100).describe('how the text names apps of this kind: "messaging apps"'),
    contentNoun: Line(100).describe('what "content" is for this category: "messages", "emails", "files"'),
    description: Text(2_000),
    translations: z
      .object({ de: CategoryText.optional(), fr: CategoryText.optional() })
      .strict()
      .optional()
      .describe('optional: the description in German and French; a page in a language without one shows the English, marked as English'),
    e2eeApplies: z.object({ content: z.boolean(), groups: z.boolean(), calls: z.boolean(), backups: z.boolean() }).strict(),
  })
  .strict();
export type Category = z.infer<typeof Category>;

export const Product = z
  .object({
    id: Id,
    name: Line(100),
    kind: Line(100),
    url: HttpUrl,
    affiliate: z.boolean().describe('whether the link earns PrivacyDefend a commission'),
    blurb: Text(2_000),
    addresses: List(Id, 50)
      .min(1)
      .describe('the concern ids this product helps with (concernIds in src/narrative/findings.ts lists them; the product-concerns rule checks them)'),
    categories: List(Id, 50)
      .min(1)
      .describe(
        'the categories (data/categories.yaml) of the apps it helps with: a concern is addressed only in these (an ad blocker does nothing for a messaging app)',
      ),
    app: Id.optional().describe(
      'the slug of its own review, when PrivacyDefend reviews it: never offered on that page, nor where that review is already a safer alternative',
    ),
    source: Source.describe("the vendor's own page that establishes the blurb (never an affiliate or SEO page)"),
  })
  .strict();
export type Product = z.infer<typeof Product>;

export const Categories = z.object({ categories: List(Category, 200).min(1) }).strict();
export const Products = z.object({ products: List(Product, 500) }).strict();

/**
 * What privacy experts say of an app, recorded to calibrate the rubric: apps
 * that experts recommend must outscore apps they warn about (a golden test).
 */
export const ExpertVerdict = z
  .object({
    app: Id.describe('the slug of a review'),
    verdict: z.enum(['recommended', 'warning']),
    by: z
      .enum(['privacy-guides', 'eff-secure-messaging-scorecard', 'mozilla-privacy-not-included', 'regulator'])
      .describe(
        'who gave the verdict; "regulator" is a data protection or consumer authority\'s decision against the app (a fine, an order, a ban), recorded as a warning',
      ),
    url: HttpUrl,
    title: Line(300),
    read: z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)),
    quote: Text(2_000).optional(),
  })
  .strict();
export type ExpertVerdict = z.infer<typeof ExpertVerdict>;
export const Calibration = z.object({ verdicts: List(ExpertVerdict, 1_000) }).strict();
