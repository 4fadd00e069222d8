/** Small helpers for the benchmark report. */
export function percentile(sortedMs: number[], p: number): number {
  if (sortedMs.length === 0) return NaN;
  const index = Math.min(sortedMs.length - 1, Math.ceil((p / 100) * sortedMs.length) - 1);
  return sortedMs[Math.max(0, index)]!;
}

export function timeEach<T>(items: T[], work: (item: T) => unknown): { totalMs: number; sortedMs: number[] } {
  const durations: number[] = [];
  const start = process.hrtime.bigint();
  for (const item of items) {
    const before = process.hrtime.bigint();
    work(item);
    durations.push(Number(process.hrtime.bigint() - before) / 1e6);
  }
  const totalMs = Number(process.hrtime.bigint() - start) / 1e6;
  return { totalMs, sortedMs: durations.sort((a, b) => a - b) };
}

export const format = (value: number, digits = 2) => value.toFixed(digits);
