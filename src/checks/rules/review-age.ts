/** How long ago a review's facts were checked, in whole months. */

/**
 * Whole months from `from` to `to` (both YYYY-MM-DD); a month is complete on the same day of the month.
 * @example monthsBetween('2025-11-28', '2026-11-28') // 12
 */
export function monthsBetween(from: string, to: string): number {
  const [fy = 0, fm = 0, fd = 0] = from.split('-').map(Number);
  const [ty = 0, tm = 0, td = 0] = to.split('-').map(Number);
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}
