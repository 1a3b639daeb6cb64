// `npm run bench -- identity`: the costs that matter for sign-in and for every PHI access.
// Blocklist build time and memory, blocklist lookups/s, full password checks/s, argon2id
// hashes/s with the production parameters, TOTP verifications/s, and decide() calls/s.
import { randomBytes } from 'node:crypto';
import { faker } from '@faker-js/faker';
import type { Actor } from '../src/modules/access/access.types';
import { careTeamFromAssignments } from '../src/modules/access/care-team';
import { decide } from '../src/modules/access/policy';
import { createPasswordBlocklist } from '../src/modules/identity/password-blocklist';
import { createPasswordHasher, DEFAULT_ARGON2_PARAMS } from '../src/modules/identity/password-hash';
import { checkPassword, passwordContext } from '../src/modules/identity/password-policy';
import { generateTotpCode, generateTotpSecret, verifyTotp } from '../src/modules/identity/totp';

function rate(label: string, ops: number, ms: number): void {
  console.log(`${label.padEnd(52)} ${Math.round((ops / ms) * 1000).toLocaleString('en-US').padStart(12)} /s   (${ops} in ${ms.toFixed(0)} ms)`);
}

function timeSync(ops: number, fn: (i: number) => unknown): number {
  const start = performance.now();
  for (let i = 0; i < ops; i++) fn(i);
  return performance.now() - start;
}

export async function run(): Promise<void> {
  faker.seed(1);
  global.gc?.();
  const heapBefore = process.memoryUsage();
  const blocklist = createPasswordBlocklist();
  const buildStart = performance.now();
  const size = blocklist.size();
  const buildMs = performance.now() - buildStart;
  global.gc?.();
  const heapAfter = process.memoryUsage();
  console.log(`blocklist: ${size.toLocaleString('en-US')} distinct entries, built in ${buildMs.toFixed(0)} ms`);
  const mib = (bytes: number) => (bytes / 1048576).toFixed(1);
  const retained = heapAfter.heapUsed + heapAfter.arrayBuffers - heapBefore.heapUsed - heapBefore.arrayBuffers;
  console.log(
    `blocklist memory: ${mib(size * 8)} MiB of hashes; ` +
      (global.gc
        ? `heap+buffers +${mib(retained)} MiB after GC (includes one-time V8 overhead), RSS +${mib(heapAfter.rss - heapBefore.rss)} MiB`
        : 'run `node --expose-gc --import tsx bench/run.ts identity` for retained-memory figures'),
  );

  const listed = ['password', 'sunshine', 'iloveyou', 'qwerty123', 'dragon'];
  const random = Array.from({ length: 1000 }, () => randomBytes(9).toString('base64'));
  rate('blocklist lookups (listed)', 1_000_000, timeSync(1_000_000, (i) => blocklist.has(listed[i % listed.length]!)));
  rate('blocklist lookups (not listed)', 1_000_000, timeSync(1_000_000, (i) => blocklist.has(random[i % random.length]!)));

  const context = passwordContext({ email: 'quill.morrow@example.org', name: 'Quill Morrow', dateOfBirth: '1990-11-02' });
  const candidates = Array.from({ length: 200 }, () => faker.word.words(4));
  rate('checkPassword (full policy, with context)', 50_000, timeSync(50_000, (i) => checkPassword(candidates[i % 200]!, { blocklist, context })));

  const hasher = createPasswordHasher();
  const { memoryCost, timeCost, parallelism } = DEFAULT_ARGON2_PARAMS;
  await hasher.hash('warm-up password');
  const n = 20;
  let start = performance.now();
  for (let i = 0; i < n; i++) await hasher.hash(candidates[i]!);
  rate(`argon2id hash m=${memoryCost} KiB t=${timeCost} p=${parallelism} (sequential)`, n, performance.now() - start);
  start = performance.now();
  await Promise.all(Array.from({ length: n }, (_, i) => hasher.hash(candidates[i]!)));
  rate(`argon2id hash (${n} concurrent, libuv pool)`, n, performance.now() - start);
  const stored = await hasher.hash(candidates[0]!);
  start = performance.now();
  for (let i = 0; i < n; i++) await hasher.verify(stored, candidates[i]!);
  rate('argon2id verify (sequential)', n, performance.now() - start);
  start = performance.now();
  for (let i = 0; i < n; i++) await hasher.verifyUnknownAccount(candidates[i]!);
  rate('dummy verify for unknown accounts (sequential)', n, performance.now() - start);

  const secret = generateTotpSecret();
  const now = new Date();
  const code = generateTotpCode(secret, now);
  rate('TOTP verify (3 steps computed)', 20_000, timeSync(20_000, () => verifyTotp({ secret, code, now })));

  const org = faker.string.uuid();
  const patients = Array.from({ length: 1000 }, () => faker.string.uuid());
  const actor: Actor = {
    userId: faker.string.uuid(),
    organizationId: org,
    role: 'clinician',
    purpose: 'treatment',
    careTeam: careTeamFromAssignments({ teams: ['t1'], assignments: patients.slice(0, 500).map((patientId) => ({ careTeamId: 't1', patientId })) }),
    grants: [],
  };
  const resources = patients.map((patientId) => ({ kind: 'record', organizationId: org, patientId, resourceType: 'Observation' }) as const);
  let allowed = 0;
  const ms = timeSync(1_000_000, (i) => {
    if (decide(actor, 'record.read', resources[i % 1000]!, now).effect === 'allow') allowed++;
  });
  rate(`decide() record.read, clinician (${((allowed / 1_000_000) * 100).toFixed(0)}% allowed)`, 1_000_000, ms);
  const tokenActor: Actor = {
    ...actor,
    token: { tokenId: 'tok', organizationId: org, userId: actor.userId, scope: { resourceTypes: ['Observation'], subject: { kind: 'care_team', careTeamId: 't1' }, access: 'read', purpose: 'treatment' }, expiresAt: new Date(now.getTime() + 3_600_000), revokedAt: null },
  };
  rate('decide() record.read through an access token', 1_000_000, timeSync(1_000_000, (i) => decide(tokenActor, 'record.read', resources[i % 1000]!, now)));
}
