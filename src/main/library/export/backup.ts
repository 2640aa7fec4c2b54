// Full backup and restore. The file is one JSON document with one record per line, so that it can
// be written and read a record at a time however large the library is.
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { ArticleSchemaLoose, type BackupRecord } from './backup-records';
import { z } from 'zod';
import { CommentSchema, EntityNote, type Article, type Comment } from '../../../shared/model';
import type { Library } from '../library';
import { sanitizeArticleHtml } from '../capture/sanitize';
import { BroadsheetError } from '../errors';
import { EntityCorrectionsSchema, type EntityCorrections } from '../entities/corrections';

export const BACKUP_FORMAT = 'broadsheet-backup';
export const BACKUP_VERSION = 1;

export interface BackupSummary {
  articles: number;
  comments: number;
  images: number;
  entityNotes: number;
  entityCorrections: number;
  skipped: number;
}

const emptySummary = (): BackupSummary => ({
  articles: 0,
  comments: 0,
  images: 0,
  entityNotes: 0,
  entityCorrections: 0,
  skipped: 0,
});

/** A note as a backup carries it, bounded as a note written in the app is (api.ts). */
const BackupNote = EntityNote.extend({
  id: z.string().min(1).max(100),
  entityId: z.string().min(1).max(300),
  body: z.string().trim().min(1).max(100_000),
});

const IMAGE_REF = /bs-image:([0-9a-f]{64})/g;

export async function writeBackup(library: Library, file: string): Promise<BackupSummary> {
  const out = createWriteStream(file, { encoding: 'utf8' });
  const write = async (line: string): Promise<void> => {
    if (!out.write(line)) await once(out, 'drain');
  };
  const summary = emptySummary();
  const header = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date().toISOString(),
  };
  await write(`${JSON.stringify(header).slice(0, -1)},"records":[\n`);
  let first = true;
  const record = async (r: BackupRecord): Promise<void> => {
    await write(`${first ? '' : ',\n'}${JSON.stringify(r)}`);
    first = false;
  };
  const images = new Set<string>();
  for (const article of library.articles.all()) {
    const html = await library.bodies.html(article.id);
    for (const match of html.matchAll(IMAGE_REF)) images.add(match[1]);
    await record({ type: 'article', article, html, text: await library.bodies.text(article.id) });
    summary.articles++;
    for (const comment of library.comments.forArticle(article.id)) {
      await record({ type: 'comment', comment });
      summary.comments++;
    }
  }
  for (const hash of images) {
    const image = await library.images.read(hash);
    if (!image) continue;
    await record({ type: 'image', hash, base64: Buffer.from(image.bytes).toString('base64') });
    summary.images++;
  }
  for (const note of library.entityNotes.all()) {
    await record({ type: 'entity-note', note });
    summary.entityNotes++;
  }
  await record({
    type: 'entity-corrections',
    corrections: library.entities.correctionsForBackup(),
  });
  await record({ type: 'settings', settings: library.settings() });
  await write('\n]}\n');
  out.end();
  await once(out, 'finish');
  return summary;
}

/** Restore a backup into this library: articles and comments it already has are skipped. */
export async function readBackup(library: Library, file: string): Promise<BackupSummary> {
  library.assertWritable();
  const summary = emptySummary();
  const lines = createInterface({
    input: createReadStream(file, { encoding: 'utf8' }),
    crlfDelay: Infinity,
  });
  let lineNo = 0;
  // Index and comment writes are batched: one durable write per batch, not per record.
  let articles: Article[] = [];
  // Ids only: 100k bodies' text held until the end of a restore would be gigabytes.
  const pendingEntities: string[] = [];
  const comments: Comment[] = [];
  const notes: EntityNote[] = [];
  let corrections: EntityCorrections | null = null;
  const flushArticles = async (): Promise<void> => {
    await library.articles.putMany(articles);
    for (const a of articles) library.events.emitEvent({ type: 'article-changed', id: a.id });
    articles = [];
  };
  for await (const raw of lines) {
    lineNo++;
    const line = raw.replace(/^,/, '').replace(/,$/, '').trim();
    if (lineNo === 1) {
      if (!line.includes(`"format":"${BACKUP_FORMAT}"`)) {
        throw new BroadsheetError('unsupported', `${file} is not a Broadsheet backup.`);
      }
      continue;
    }
    if (!line || line === ']}') continue;
    let r: BackupRecord;
    try {
      r = JSON.parse(line) as BackupRecord;
    } catch {
      throw new BroadsheetError('invalid-input', `${file} is damaged at line ${lineNo}.`);
    }
    // Every record is checked: a backup file is outside input like any other.
    const checked = <T>(schema: z.ZodType<T>, value: unknown): T => {
      const result = schema.safeParse(value);
      if (result.success) return result.data;
      const issue = result.error.issues[0];
      throw new BroadsheetError(
        'invalid-input',
        `${file} is damaged at line ${lineNo}: ${issue.path.join('.')} ${issue.message}`,
      );
    };
    if (r.type === 'article') {
      const article = checked(ArticleSchemaLoose, r.article);
      if (library.articles.get(article.id)) summary.skipped++;
      else {
        // A backup is outside input like a web page: its HTML is sanitised again before storage.
        const html = sanitizeArticleHtml(checked(z.string(), r.html));
        const text = checked(z.string(), r.text);
        await library.bodies.put(article.id, { html, text });
        articles.push(article);
        // Entities are not in the backup: they are extracted again, corrections applied.
        pendingEntities.push(article.id);
        summary.articles++;
        if (articles.length >= 500) await flushArticles();
      }
    } else if (r.type === 'comment') {
      comments.push(checked(CommentSchema, r.comment));
    } else if (r.type === 'entity-corrections') {
      corrections = checked(EntityCorrectionsSchema, r.corrections);
    } else if (r.type === 'entity-note') {
      notes.push(checked(BackupNote, r.note));
    } else if (r.type === 'image') {
      await library.images.put(Buffer.from(r.base64, 'base64'));
      summary.images++;
    }
  }
  if (lineNo === 0) throw new BroadsheetError('empty', `${file} is empty.`);
  await flushArticles();
  const restored = await library.comments.restoreFromBackup(comments);
  summary.comments = restored;
  summary.skipped += comments.length - restored;
  // Corrections first, so the articles' entities are extracted again with them applied.
  if (corrections)
    summary.entityCorrections = await library.entities.restoreCorrections(corrections);
  for (const id of pendingEntities) library.entities.schedule(id, null);
  // Notes are kept by entity id, so they show once their entity has been extracted again.
  summary.entityNotes = await library.entityNotes.restoreFromBackup(notes);
  summary.skipped += notes.length - summary.entityNotes;
  return summary;
}
