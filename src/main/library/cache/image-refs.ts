// How many articles use each cached image, so deleting an article removes only images no other
// article shows.
import type { Low } from 'lowdb';
import type { ImageStore } from './images';

export interface ImageRefsFile {
  version: number;
  refs: Record<string, number>;
}

const IMAGE_REF = /bs-image:([0-9a-f]{64})/g;

export function imagesIn(html: string): string[] {
  return [...new Set([...html.matchAll(IMAGE_REF)].map((m) => m[1]))];
}

export class ImageRefs {
  constructor(
    private readonly db: Low<ImageRefsFile>,
    private readonly images: ImageStore,
  ) {}

  async add(hashes: string[]): Promise<void> {
    if (hashes.length === 0) return;
    for (const h of hashes) this.db.data.refs[h] = (this.db.data.refs[h] ?? 0) + 1;
    await this.db.write();
  }

  async release(hashes: string[]): Promise<void> {
    if (hashes.length === 0) return;
    const unused = new Set<string>();
    for (const h of hashes) {
      const left = (this.db.data.refs[h] ?? 1) - 1;
      if (left > 0) this.db.data.refs[h] = left;
      else {
        delete this.db.data.refs[h];
        unused.add(h);
      }
    }
    await this.db.write();
    for (const h of unused) await this.images.remove(h);
  }
}
