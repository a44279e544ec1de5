/** The weighted sums behind the summary's two linear models (word clues and unit features). */

/** Σ weight × value over the names of `weights`; `values` gives every one of them. */
export function weightedSum<K extends string>(weights: Readonly<Record<K, number>>, values: Readonly<Record<K, number>>): number {
  let sum = 0;
  for (const k in weights) sum += weights[k] * values[k];
  return sum;
}
