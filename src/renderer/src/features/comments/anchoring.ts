// The door to text anchoring (text-anchors.ts): @apache-annotator and the core-js it brings are a
// fifth of the app's script, loaded when an article first has a highlight to show or a selection
// to anchor, not before the first list.
import type { TextAnchor } from '../../../../shared/model';

const load = () => import('./text-anchors');

export async function anchorFromSelection(
  range: Range,
  scope: HTMLElement,
): Promise<TextAnchor | null> {
  return (await load()).anchorFromSelection(range, scope);
}

/** Where the anchor is in the rendered article now; null when the passage is gone (detached). */
export async function locate(anchor: TextAnchor, scope: HTMLElement): Promise<Range | null> {
  return (await load()).locate(anchor, scope);
}
