// The model is untrusted (DESIGN invariant 5): its answer is scanned before anyone sees it.
// Links and images are turned into plain text (nothing is fetched or clickable, so nothing can be
// exfiltrated through a URL), and anything that looks like an identifier but was not in what this
// request sent is withheld: the model can only have invented it or learned it elsewhere, and it
// may be another patient's. Pure.
import type { DeidEngine } from '../deid/deid-engine';

export const LINK_REMOVED = '[link removed]';
export const IMAGE_REMOVED = '[image removed]';
export const IDENTIFIER_WITHHELD = '[identifier withheld]';

/**
 * @example
 *   neutralizeLinks('See [results](https://x.test/a) ![p](https://x.test/p.png)'); // 'See results [image removed]'
 */
export function neutralizeLinks(text: string): string {
  return (
    text
      // Markdown images (inline and reference style), then links: keep the visible words only.
      .replace(/!\[[^\]]*\]\([^)]*\)/g, IMAGE_REMOVED)
      .replace(/!\[[^\]]*\]\[[^\]]*\]/g, IMAGE_REMOVED)
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/^\s*\[[^\]]+\]:\s*\S+.*$/gm, LINK_REMOVED)
      // HTML: images and frames go, anchors keep their words, other tags are dropped.
      .replace(/<\s*(?:img|iframe|object|embed|svg|video|audio|source)\b[^>]*>/gi, IMAGE_REMOVED)
      .replace(/<\s*a\b[^>]*>([\s\S]*?)<\s*\/\s*a\s*>/gi, '$1')
      // Angle-bracket autolinks before other tags (they look like tags), then bare URLs and
      // schemes a renderer might follow.
      .replace(/<\s*(?:https?|ftp|file|data|javascript|vbscript|mailto):[^>]*>/gi, LINK_REMOVED)
      .replace(/<\/?[a-z][^>]*>/gi, '')
      .replace(/\b(?:https?|ftp|file|data|javascript|vbscript|mailto):[^\s<>)"']*/gi, LINK_REMOVED)
      .replace(/\bwww\.[^\s<>)"']+/gi, LINK_REMOVED)
  );
}

const normalize = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Withholds every identifier the engine finds in `text` that does not occur in `sent` (what this
 * request gave the model: the records, the question and, when de-identified, the vault's tokens).
 */
export function withholdForeignIdentifiers(engine: DeidEngine, text: string, sent: string): string {
  const known = normalize(sent);
  const spans = engine.detect(text);
  let out = '';
  let at = 0;
  for (const span of spans) {
    const value = text.slice(span.start, span.end);
    if (known.includes(normalize(value))) continue;
    out += text.slice(at, span.start) + IDENTIFIER_WITHHELD;
    at = span.end;
  }
  return out + text.slice(at);
}

/** Both scans, links first (a URL may carry an identifier). */
export function scanModelOutput(engine: DeidEngine, text: string, sent: string): string {
  return withholdForeignIdentifiers(engine, neutralizeLinks(text), sent);
}

export interface StreamScanner {
  /** Adds streamed text; returns the scanned complete lines it now holds ('' when none). */
  push(delta: string): string;
  /** The scanned rest, at the end of the stream. */
  flush(): string;
}

/**
 * Scans a streamed answer line by line: text is held until its line is complete, so a link or an
 * identifier split across chunks is scanned whole before anything of it is passed on.
 *
 * @example
 *   const scanner = createStreamScanner((line) => scanModelOutput(engine, line, sent));
 *   for await (const chunk of stream) send(scanner.push(chunk.delta));
 *   send(scanner.flush());
 */
export function createStreamScanner(scan: (text: string) => string): StreamScanner {
  let pending = '';
  return {
    push(delta) {
      pending += delta;
      const end = pending.lastIndexOf('\n');
      if (end === -1) return '';
      const complete = pending.slice(0, end + 1);
      pending = pending.slice(end + 1);
      return scan(complete);
    },
    flush() {
      const rest = pending;
      pending = '';
      return rest ? scan(rest) : '';
    },
  };
}
