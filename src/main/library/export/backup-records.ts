import { z } from 'zod';
import { Article } from '../../../shared/model';
import type { Settings } from '../../../shared/api';

/** Articles from older backups may lack newer fields; fill them rather than refuse the file. */
export const ArticleSchemaLoose = Article.extend({
  // The app only ever saves web addresses (or none, for files); "Open original" opens this.
  url: z
    .string()
    .regex(/^https?:\/\//i, 'is not an http(s) address')
    .nullable(),
  archived: z.boolean().default(false),
  progress: z.number().default(0),
  lang: z.string().nullable().default(null),
  dir: z.enum(['ltr', 'rtl']).nullable().default(null),
});

export type BackupRecord =
  | { type: 'article'; article: unknown; html: string; text: string }
  | { type: 'comment'; comment: unknown }
  | { type: 'entity-note'; note: unknown }
  | { type: 'image'; hash: string; base64: string }
  | { type: 'entity-corrections'; corrections: unknown }
  | { type: 'settings'; settings: Settings };
