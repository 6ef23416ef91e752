import type { en } from './messages/en.ts';

/** A message key of the catalogues: the keys of the English (source) catalogue. */
export type MessageKey = keyof typeof en;
/** A translated catalogue: every key of the English one (the compiler and src/i18n/check.ts both hold it to that). */
export type Catalogue = Record<MessageKey, string>;
