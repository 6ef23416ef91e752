/** The "Suggest a correction" link beside a section of a review page: a plain link to the reader's form, no script. */
import { isLocale, t, type Locale } from '../../i18n/index.ts';

/** Sections a reader may point a correction at (the data-section ids of the review page). */
export const CORRECTABLE_SECTIONS = [
  'short-answer',
  'score',
  'data-collection',
  'encryption',
  'sharing',
  'good',
  'concerns',
  'protect',
  'controversies',
  'ownership',
  'retired',
  'alternatives',
  'products',
  'faq',
  'explanation',
  'unknown',
  'stale',
  'history',
  'sources',
] as const;

/**
 * The link in the review page's language. It is written as an English path;
 * a German or French page has it moved under its prefix when rendered
 * (locale-paths.ts), so it leads to the form in the page's language.
 */
export function SuggestCorrection(props: { slug: string; section: (typeof CORRECTABLE_SECTIONS)[number]; locale?: Locale }) {
  return (
    <p class="suggest-correction">
      <a href={`/edit/corrections/new?app=${encodeURIComponent(props.slug)}&section=${props.section}`} rel="nofollow">
        {t(props.locale ?? 'en', 'ui.review.suggest')}
      </a>
    </p>
  );
}

/** Where a static copy of the site sends its "Suggest a correction" links: an editing server's form, or an email address. */
export type CorrectionTarget = { server: string } | { mailto: string } | undefined;

/** --corrections (CORRECTIONS_URL) can't be used; the message says why. */
export class CorrectionTargetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CorrectionTargetError';
  }
}

/**
 * Reads a correction target: the origin of a server running the editor
 * (`https://edit.example.org`) or `mailto:corrections@example.org`; empty is none.
 * @example correctionTarget('mailto:fix@example.org') // { mailto: 'fix@example.org' }
 */
export function correctionTarget(text: string | undefined): CorrectionTarget {
  const value = (text ?? '').trim();
  if (value === '') return undefined;
  const mail = /^mailto:([^\s@<>"'?&]+@[^\s@<>"'?&]+\.[^\s@<>"'?&.]+)$/i.exec(value);
  if (mail?.[1]) return { mailto: mail[1] };
  const origin = value.replace(/\/+$/, '');
  if (/^https?:\/\/[^/\s"'<>]+$/.test(origin)) return { server: origin };
  throw new CorrectionTargetError(
    `the corrections target must be the origin of a server running the editor (https://edit.example.org) or mailto:address, not "${value.slice(0, 200)}"`,
  );
}

/** How the paragraph SuggestCorrection renders starts: a page without it has nothing exportCorrectionLinks changes. */
export const CORRECTION_PARAGRAPH_OPENING = '<p class="suggest-correction">';

/** The paragraph SuggestCorrection renders (whatever its wording), and the form address inside it. */
const PARAGRAPH = new RegExp(`${CORRECTION_PARAGRAPH_OPENING}[\\s\\S]*?</p>`, 'g');
const FORM_HREF = /href="(\/(?:de|fr))?\/edit\/corrections\/new\?app=([a-z0-9-]*)&amp;section=([a-z-]+)"/;

/**
 * A page's correction links for a copy of the site where no editor runs (the
 * static export): pointed at the editing server, turned into mailto links, or
 * (no target) left out, since /edit/corrections/new would not exist there.
 * @example exportCorrectionLinks(html, { server: 'https://edit.example.org' })
 */
export function exportCorrectionLinks(html: string, target: CorrectionTarget): string {
  return html.replace(PARAGRAPH, (paragraph) => {
    const m = FORM_HREF.exec(paragraph);
    if (!m) return paragraph;
    if (target === undefined) return '';
    const [, prefix = '', slug = '', section = ''] = m;
    const language = prefix.slice(1);
    const locale: Locale = isLocale(language) ? language : 'en';
    const subject = t(locale, 'edit.mailto.subject', { app: slug, section });
    const body = `${t(locale, 'edit.mailto.body')}\n\n`;
    const href =
      'server' in target
        ? `${target.server}${prefix}/edit/corrections/new?app=${slug}&amp;section=${section}`
        : `mailto:${target.mailto}?subject=${encodeURIComponent(subject)}&amp;body=${encodeURIComponent(body)}`;
    return paragraph.replace(FORM_HREF, `href="${href}"`);
  });
}
