/** Every language's catalogue, by locale. */
import type { Catalogue } from './catalogue-type.ts';
import type { Locale } from './locales.ts';
import { en } from './messages/en.ts';
import { de } from './messages/de.ts';
import { fr } from './messages/fr.ts';

export type { MessageKey, Catalogue } from './catalogue-type.ts';

export const catalogues: Record<Locale, Catalogue> = { en, de, fr };
