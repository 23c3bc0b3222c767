/**
 * Times consecutive stages for an `onStage` callback: each `lap` reports the milliseconds since the
 * previous lap (or since `restart`, for a stretch another function timed itself).
 */
export function stageLaps<S extends string>(onStage?: (stage: S, milliseconds: number) => void): { lap(stage: S): void; restart(): void } {
  let mark = performance.now();
  return {
    lap(stage) {
      const now = performance.now();
      onStage?.(stage, now - mark);
      mark = now;
    },
    restart() {
      mark = performance.now();
    },
  };
}
