#!/usr/bin/env node
// Builds the web app (web/ -> web/dist) when web/dist is missing or older than any of its sources.
// `npm start` runs this before the server, so when nothing changed it only compares file times
// and prints nothing.
//
//   node scripts/build-web.mjs           build if stale
//   node scripts/build-web.mjs --force   build anyway
//
// Also importable: `await ensureWebBuilt()` (the browser tests use it). Parallel callers (test
// files run two at a time) take turns through a lock file, so one builds and the others reuse it.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
export const webDir = path.join(root, 'web');
export const webDistDir = path.join(webDir, 'dist');
const SOURCES = ['src', 'public', 'index.html', 'vite.config.ts'].map((p) => path.join(webDir, p));
const LOCK = path.join(root, 'node_modules', '.custos-web-build.lock');

function newestMtime(target) {
  let stat;
  try {
    stat = fs.statSync(target);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs; // a deleted file changes its folder's time
  for (const entry of fs.readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

/** True when web/dist/index.html exists and is newer than every source file. */
export function isWebBuildFresh() {
  let built;
  try {
    built = fs.statSync(path.join(webDistDir, 'index.html')).mtimeMs;
  } catch {
    return false;
  }
  return SOURCES.every((s) => newestMtime(s) <= built);
}

function pidAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

async function withLock(fn) {
  for (;;) {
    try {
      fs.writeFileSync(LOCK, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      const holder = Number(fs.readFileSync(LOCK, 'utf8').trim() || 0);
      // A lock left by a process that died is taken over; a live holder is waited for.
      if (!holder || !pidAlive(holder)) fs.rmSync(LOCK, { force: true });
      else await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(LOCK, { force: true });
  }
}

/**
 * Builds web/dist unless it is fresh. Resolves with what happened and how long the build took.
 *
 * @example
 *   const { built, seconds } = await ensureWebBuilt();
 */
export async function ensureWebBuilt({ force = false, quiet = false } = {}) {
  if (!force && isWebBuildFresh()) return { built: false, seconds: 0 };
  return withLock(async () => {
    if (!force && isWebBuildFresh()) return { built: false, seconds: 0 }; // built while we waited
    const started = performance.now();
    const { build } = await import('vite');
    await build({ root: webDir, configFile: path.join(webDir, 'vite.config.ts'), logLevel: 'warn' });
    const seconds = (performance.now() - started) / 1000;
    if (!quiet) console.log(`Built the web app into web/dist in ${seconds.toFixed(1)} s`);
    return { built: true, seconds };
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    await ensureWebBuilt({ force: process.argv.includes('--force') });
  } catch (error) {
    console.error(`Building the web app failed: ${error.message}`);
    process.exit(1);
  }
}
