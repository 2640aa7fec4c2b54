/** Words per minute used for reading-time estimates. */
export const READING_WPM = 230;

export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / READING_WPM));
}
