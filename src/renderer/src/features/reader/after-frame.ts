/** Longest wait: a hidden window draws no frames, and what waits here must still happen. */
const AT_MOST_MS = 250;

/**
 * Resolves once the next frame has been produced (a task queued from an animation frame runs
 * after its paint), so work started then does not compete with the frame a person waits for.
 */
export function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const latest = setTimeout(resolve, AT_MOST_MS);
    requestAnimationFrame(() => setTimeout(() => (clearTimeout(latest), resolve())));
  });
}
