// Medians and 95th percentiles of timing samples, and a timer that collects them.

export interface Spread {
  n: number;
  p50: number;
  p95: number;
}

export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export function spread(samples: readonly number[]): Spread {
  return { n: samples.length, p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

/** Time `run` once per input, one after another; returns the milliseconds of each. */
export async function timeEach<T>(
  inputs: readonly T[],
  run: (input: T) => unknown,
): Promise<number[]> {
  const times: number[] = [];
  for (const input of inputs) {
    const started = performance.now();
    await run(input);
    times.push(performance.now() - started);
  }
  return times;
}
