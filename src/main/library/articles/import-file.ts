// Reading a local file into a document: the checks that keep bad input out of the library.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { decodeBytes } from '../capture/decode';
import { BroadsheetError } from '../errors';
import type { ParsedDocument } from '../parsed';
import { parseMarkdownDocument, parseTextDocument } from './text-document';

export const FILE_EXTENSIONS = ['.html', '.htm', '.txt', '.md'] as const;
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export interface FileParsers {
  sanitize: (html: string) => string;
  parseHtml: (html: string, fileName: string) => ParsedDocument;
}

/** Decode file bytes as text, or refuse them: NUL bytes and control characters mean binary. */
export function decodeTextFile(bytes: Uint8Array, name: string): string {
  let control = 0;
  const sample = bytes.subarray(0, 64 * 1024);
  for (const byte of sample) {
    if (byte === 0) throw new BroadsheetError('not-text', `${name} is not a text file.`);
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  if (control > sample.length * 0.02)
    throw new BroadsheetError('not-text', `${name} is not a text file.`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: older editors on Windows wrote windows-1252.
    return decodeBytes(bytes, 'windows-1252');
  }
}

function checkExtension(name: string): string {
  const ext = path.extname(name).toLowerCase();
  if (!(FILE_EXTENSIONS as readonly string[]).includes(ext)) {
    throw new BroadsheetError(
      'unsupported',
      `${name}: unsupported file type${ext ? ` ${ext}` : ''}; Broadsheet adds ${FILE_EXTENSIONS.join(', ')} files.`,
    );
  }
  return ext;
}

/** Parse file content that is already in memory (drag and drop in the UI, or a read file). */
export function parseFileContent(
  name: string,
  bytes: Uint8Array,
  parsers: FileParsers,
): ParsedDocument {
  const ext = checkExtension(name);
  if (bytes.length === 0) throw new BroadsheetError('empty', `${name} is empty.`);
  if (bytes.length > MAX_FILE_BYTES) {
    throw new BroadsheetError(
      'too-large',
      `${name} is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB.`,
    );
  }
  const content = decodeTextFile(bytes, name);
  if (!content.trim()) throw new BroadsheetError('empty', `${name} has no text.`);
  const doc =
    ext === '.txt'
      ? parseTextDocument(content, name)
      : ext === '.md'
        ? parseMarkdownDocument(content, name, parsers.sanitize)
        : parsers.parseHtml(content, name);
  if (!doc.text.trim()) throw new BroadsheetError('empty', `${name} has no readable text.`);
  return doc;
}

export async function readArticleFile(
  filePath: string,
  parsers: FileParsers,
): Promise<ParsedDocument> {
  const name = path.basename(filePath);
  let stat;
  try {
    stat = await fs.stat(filePath);
  } catch {
    throw new BroadsheetError('not-found', `No such file: ${filePath}`);
  }
  if (stat.isDirectory())
    throw new BroadsheetError('unsupported', `${filePath} is a folder, not a file.`);
  // Check the name before reading, so a huge unsupported file is refused without reading it.
  checkExtension(name);
  if (stat.size > MAX_FILE_BYTES) {
    throw new BroadsheetError(
      'too-large',
      `${name} is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB.`,
    );
  }
  return parseFileContent(name, await fs.readFile(filePath), parsers);
}
