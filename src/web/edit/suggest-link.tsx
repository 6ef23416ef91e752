/** The "Suggest a correction" link beside a section of a review page: a plain link to the reader's form, no script. */

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

export function SuggestCorrection(props: { slug: string; section: (typeof CORRECTABLE_SECTIONS)[number] }) {
  return (
    <p class="suggest-correction">
      <a href={`/edit/corrections/new?app=${encodeURIComponent(props.slug)}&section=${props.section}`} rel="nofollow">
        Suggest a correction
      </a>
    </p>
  );
}
