// Images of saved articles, stored once by the SHA-256 of their bytes and shared between articles.
import { createHash } from 'node:crypto';
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { writeOnce } from '../store/durable-file';

const HASH = /^[0-9a-f]{64}$/;

/** The type of an image from its first bytes; the cache serves nothing it cannot name. */
export function sniffImageType(bytes: Uint8Array): string | null {
  const b = bytes;
  if (b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) return 'image/png';
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46) return 'image/gif';
  const ascii = (from: number, to: number) => String.fromCharCode(...b.subarray(from, to));
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  if (ascii(4, 8) === 'ftyp' && /avi[fs]/.test(ascii(8, 12))) return 'image/avif';
  if (b[0] === 0x42 && b[1] === 0x4d) return 'image/bmp';
  if (b[0] === 0 && b[1] === 0 && b[2] === 1 && b[3] === 0) return 'image/x-icon';
  return null;
}

export class ImageStore {
  constructor(private readonly dir: string) {}

  file(hash: string): string {
    return path.join(this.dir, hash.slice(0, 2), hash);
  }

  async put(bytes: Uint8Array): Promise<string> {
    const hash = createHash('sha256').update(bytes).digest('hex');
    const file = this.file(hash);
    if (!existsSync(file)) await writeOnce(file, bytes);
    return hash;
  }

  async read(hash: string): Promise<{ bytes: Uint8Array; contentType: string } | null> {
    if (!HASH.test(hash)) return null;
    const bytes = await fs.readFile(this.file(hash)).catch(() => null);
    if (!bytes) return null;
    const contentType = sniffImageType(bytes);
    return contentType ? { bytes, contentType } : null;
  }

  async remove(hash: string): Promise<void> {
    if (HASH.test(hash)) await fs.rm(this.file(hash), { force: true });
  }

  /** Total bytes of the cache folder (bodies and images), for the settings screen. */
  static async sizeOf(dir: string): Promise<number> {
    let total = 0;
    const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (entry.isFile()) {
        const stat = await fs.stat(path.join(entry.parentPath, entry.name)).catch(() => null);
        total += stat?.size ?? 0;
      }
    }
    return total;
  }
}
