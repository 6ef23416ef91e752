/** The six heading elements, h1 to h6: one list for every set of tag names the page readers keep. */
export const HEADING_TAGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const;
