/** How a Safety Score is written wherever it is shown with its label. */

/**
 * A score out of ten with one decimal.
 * @example scoreOutOfTen(8.5) // "8.5/10"
 */
export function scoreOutOfTen(score: number): string {
  return `${score.toFixed(1)}/10`;
}

/**
 * A score with its label ("8.5/10 Excellent"), or the label alone for an
 * unscored app (the rubric's words for it, e.g. "Not enough evidence").
 * @example scoreWithLabel({ score: 8.5, label: 'Excellent' }) // "8.5/10 Excellent"
 */
export function scoreWithLabel(s: { score: number | null; label: string }): string {
  return s.score === null ? s.label : `${scoreOutOfTen(s.score)} ${s.label}`;
}
