// Serves the built web app (web/dist) from the same HTTPS server as the API, under the same
// strict CSP. A small handler over files read once at start, rather than @fastify/static: the
// app is a handful of files, only names found in web/dist are ever served (no path from the URL
// reaches the file system), and every response passes through the security-header hook.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../core/errors';
import type { TApp } from './app';
import { routeNotFound } from './errors';

/** Where `npm run build:web` writes the app. */
export const DEFAULT_WEB_DIST_DIR = path.resolve(import.meta.dirname, '../../web/dist');

/** Hashed build output; safe to cache forever (listed in security-headers.ts as cacheable). */
export const WEB_ASSETS_PREFIX = '/assets/';

// Paths that belong to the API and the server: they keep their own JSON 404s, never index.html.
const SERVER_PATHS = [/^\/api(\/|$)/, /^\/v1(\/|$)/, /^\/docs/, /^\/healthz/];

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

interface WebFile {
  type: string;
  body: Buffer;
  /** Present when compression saves enough to be worth it. */
  gzip: Buffer | undefined;
}

/**
 * Every file of the build by URL path ('/index.html', '/assets/index-abc123.js'), in memory
 * (the app is a few hundred KB), gzipped once here instead of on every request.
 *
 * @example
 *   const files = readWebBuild('web/dist'); // Map { '/index.html' => { type, body, gzip }, … }
 */
export function readWebBuild(distDir: string): Map<string, WebFile> {
  const files = new Map<string, WebFile>();
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(full);
        continue;
      }
      const body = fs.readFileSync(full);
      const type = CONTENT_TYPES[path.extname(entry.name).toLowerCase()] ?? 'application/octet-stream';
      const compressible = /^(text\/|application\/(json|manifest)|image\/svg)/.test(type) && body.length > 1024;
      const gzip = compressible ? gzipSync(body, { level: 9 }) : undefined;
      const urlPath = '/' + path.relative(distDir, full).split(path.sep).join('/');
      files.set(urlPath, { type, body, gzip: gzip && gzip.length < body.length * 0.9 ? gzip : undefined });
    }
  };
  walk(distDir);
  return files;
}

/**
 * Whether an Accept-Encoding header allows gzip ('gzip' or '*' with a quality above zero).
 *
 * @example
 *   acceptsGzip('gzip, deflate, br'); // true
 *   acceptsGzip('gzip;q=0, br');      // false
 */
export function acceptsGzip(header: string | string[] | undefined): boolean {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  return value.split(',').some((item) => {
    const [coding = '', ...params] = item.split(';').map((p) => p.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    return (coding === 'gzip' || coding === '*') && (q === undefined || Number(q.slice(2)) > 0);
  });
}

/**
 * Serves the web app: files of web/dist at their paths, hashed assets with a one-year immutable
 * cache, and index.html (never cached) for every other GET outside the API, so deep links and
 * reloads of app pages work. /api/*, /v1/*, /docs* and /healthz keep their JSON 404s.
 *
 * If web/dist has no index.html (the app was never built), app paths answer 503 with a message
 * saying how to build it, and the API keeps working.
 *
 * @example
 *   await buildApp({ config, logger, deps, registerRoutes: (app) => registerWebApp(app) });
 */
export function registerWebApp(app: TApp, options: { distDir?: string } = {}): void {
  const distDir = options.distDir ?? DEFAULT_WEB_DIST_DIR;
  const built = fs.existsSync(path.join(distDir, 'index.html'));
  const files = built ? readWebBuild(distDir) : new Map<string, WebFile>();
  if (!built) app.log.warn({ distDir }, 'the web app is not built (run `npm run build:web`); app pages answer 503');

  const send = (request: FastifyRequest, reply: FastifyReply, file: WebFile): FastifyReply => {
    reply.type(file.type);
    if (file.gzip) {
      reply.header('vary', 'accept-encoding');
      if (acceptsGzip(request.headers['accept-encoding'])) return reply.header('content-encoding', 'gzip').send(file.gzip);
    }
    return reply.send(file.body);
  };

  // `hide` keeps these out of the OpenAPI document (and so out of its error-schema hook).
  app.get(`${WEB_ASSETS_PREFIX}*`, { schema: { hide: true } }, async (request, reply) => {
    const file = files.get(request.url.split('?')[0]!);
    if (!file) throw routeNotFound();
    reply.header('cache-control', 'public, max-age=31536000, immutable');
    return send(request, reply, file);
  });

  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    const pathname = request.url.split('?')[0]!;
    if (SERVER_PATHS.some((p) => p.test(pathname))) throw routeNotFound();
    const file = files.get(pathname);
    if (file) return send(request, reply, file);
    // A missing file (a path whose last segment has an extension) is a 404, not the app.
    if (/\.[A-Za-z0-9]+$/.test(pathname.slice(pathname.lastIndexOf('/')))) throw routeNotFound();
    const index = files.get('/index.html');
    if (!index) throw new AppError('unavailable', 'The web app has not been built: run `npm run build:web`');
    return send(request, reply, index);
  });
}
