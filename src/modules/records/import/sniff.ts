// Pure: what a file really is, from its first bytes, whatever the request header says.

export const UPLOAD_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'text/plain'] as const;
export type TUploadType = (typeof UPLOAD_TYPES)[number];

export const UPLOAD_EXTENSIONS: Record<TUploadType, string> = { 'application/pdf': 'pdf', 'image/png': 'png', 'image/jpeg': 'jpg', 'text/plain': 'txt' };

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * The allowed type these bytes are, or undefined: PDF (`%PDF-`), PNG (8-byte signature), JPEG
 * (FF D8 FF), or plain text (valid UTF-8 without control characters other than tab, line breaks
 * and form feed). HTML, SVG, scripts and archives are none of these.
 *
 * @example
 *   sniffUploadType(Buffer.from('%PDF-1.7\n...')); // 'application/pdf'
 */
export function sniffUploadType(bytes: Uint8Array): TUploadType | undefined {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (b.length >= 8 && b.subarray(0, 8).equals(PNG)) return 'image/png';
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b.length > 0 && isPlainText(b)) return 'text/plain';
  return undefined;
}

function isPlainText(b: Buffer): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(b);
  } catch {
    return false;
  }
  // Control characters (NUL, escape, …) mark binary data; markup is refused so a text upload can
  // never be served as a page, even by a client that ignores nosniff.
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f) return false;
  }
  return !/^\s*<(?:!doctype|html|svg|script|\?xml)/i.test(text);
}

/** The media type of a Content-Type header without parameters, lower-cased. */
export function baseMediaType(header: string | undefined): string {
  return (header ?? '').split(';')[0]!.trim().toLowerCase();
}
