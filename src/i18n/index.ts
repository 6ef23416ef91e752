/**
 * Languages: the message catalogues (ICU MessageFormat) and the locale's
 * number, date and list formats. Imports nothing else in src/; the narrative,
 * the checks and everything above them may import it.
 */
export { LOCALES, DEFAULT_LOCALE, LOCALE_NAMES, isLocale, type Locale } from './locales.ts';
export { catalogues, type MessageKey, type Catalogue } from './catalogues.ts';
export { t, formatNumber, formatDate, joinList, dateTimeFormat, numberFormat, type MessageParams } from './format.ts';
export { checkCatalogues, placeholders, type CatalogueProblem } from './check.ts';
export { term, terms, missingTerms } from './terms.ts';
