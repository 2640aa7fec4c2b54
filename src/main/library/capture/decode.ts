// Bytes to text, honouring the character set the way browsers do: byte-order mark, then the HTTP
// header, then <meta charset> / the XML declaration in the first bytes, then UTF-8.

const ALIASES: Record<string, string> = {
  'x-sjis': 'shift_jis',
  sjis: 'shift_jis',
  'x-gbk': 'gbk',
  gb2312: 'gbk',
  latin1: 'windows-1252',
  'iso-8859-1': 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
};

function supported(label: string | null | undefined): string | null {
  if (!label) return null;
  const name = ALIASES[label.trim().toLowerCase()] ?? label.trim().toLowerCase();
  try {
    return new TextDecoder(name).encoding;
  } catch {
    return null;
  }
}

export function charsetFromContentType(contentType: string | null): string | null {
  const match = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  return supported(match?.[1]);
}

function bomCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 4096));
  const meta =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  return supported(meta?.[1]);
}

/** Which character set a document is in. */
export function detectCharset(bytes: Uint8Array, contentType: string | null): string {
  return (
    bomCharset(bytes) ?? charsetFromContentType(contentType) ?? declaredCharset(bytes) ?? 'utf-8'
  );
}

// Node's TextDecoder decodes windows-1252 as ISO-8859-1, leaving 0x80–0x9F as control
// characters; these are the characters Windows (and every browser) puts there.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export function decodeBytes(bytes: Uint8Array, charset: string): string {
  const text = new TextDecoder(charset).decode(bytes);
  if (charset !== 'windows-1252') return text;
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}

export function decodeDocument(bytes: Uint8Array, contentType: string | null): string {
  // A BOM is not part of the text (TextDecoder drops it for UTF-8 and UTF-16).
  return decodeBytes(bytes, detectCharset(bytes, contentType));
}
