/** The median of a run's figures (the upper one of an even count; NaN for none), what every bench prints. */
export function median(xs: readonly number[]): number {
  if (!xs.length) return NaN;
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
}
