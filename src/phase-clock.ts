/**
 * Milliseconds per phase of an import, added up (`npm run bench` prints the breakdown). Phases are
 * named by what they do, so that a reader of the bench output needs no code to follow it.
 */
export type PhaseClock = Map<string, number>;

function add(clock: PhaseClock, phase: string, since: number): void {
  clock.set(phase, (clock.get(phase) ?? 0) + performance.now() - since);
}

export async function timed<T>(clock: PhaseClock | undefined, phase: string, work: () => Promise<T>): Promise<T> {
  if (!clock) return work();
  const t = performance.now();
  try {
    return await work();
  } finally {
    add(clock, phase, t);
  }
}

export function timedSync<T>(clock: PhaseClock | undefined, phase: string, work: () => T): T {
  if (!clock) return work();
  const t = performance.now();
  try {
    return work();
  } finally {
    add(clock, phase, t);
  }
}
