import path from 'node:path';
import { z } from 'zod';
import { AppError } from './core/errors';

/**
 * All settings of Custos, read once from the environment at start. Anything missing or wrong
 * fails here with a message naming the variable and what to do; nothing secret has a default.
 */
export const ZConfig = z
  .object({
    env: z.enum(['development', 'production', 'test']).default('development'),
    dataDir: z.string().min(1).default('./data'),
    host: z.string().min(1).default('0.0.0.0'),
    port: z.coerce.number().int().min(1).max(65535).default(8443),
    databaseUrl: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
      .optional(),
    keyProvider: z.enum(['local', 'pkcs11']).default('local'),
    /** Path of the local key file; default <dataDir>/custos-kek.json. */
    keyFile: z.string().optional(),
    masterPassphrase: z.string().min(12, 'must be at least 12 characters').optional(),
    pkcs11Module: z.string().optional(),
    pkcs11TokenLabel: z.string().optional(),
    pkcs11Pin: z.string().optional(),
    tlsCertFile: z.string().optional(),
    tlsKeyFile: z.string().optional(),
    auditCheckpointFile: z.string().optional(),
    /** Shred list outside the database; default <dataDir>/shred-list.jsonl. */
    shredListFile: z.string().optional(),
    auditCheckpointEveryEntries: z.coerce.number().int().min(1).default(1000),
    auditCheckpointEveryMs: z.coerce.number().int().min(50).max(1000).default(1000),
    logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** SMTP server for outgoing mail (smtp:// or smtps://, credentials in the URL); unset: mail stays in the outbox for admins. */
    smtpUrl: z
      .string()
      .regex(/^smtps?:\/\/[^\s]+$/, 'must be an smtp:// or smtps:// URL')
      .optional(),
    mailFrom: z.string().min(3).max(200).default('Custos <no-reply@localhost>'),
    /** Largest file a person may upload (records/import uploads), bytes; default 10 MiB. */
    maxUploadBytes: z.coerce.number().int().min(1024).max(256 * 1024 * 1024).default(10 * 1024 * 1024),
    /** Base of links in mails (verification, invitations, resets); default https://localhost:<port>. */
    publicUrl: z
      .string()
      .regex(/^https:\/\/[^\s/?#]+(\/[^\s?#]*)?$/, 'must be an https:// URL without query or fragment')
      .optional(),
  })
  .superRefine((c, ctx) => {
    if (c.keyProvider === 'pkcs11') {
      for (const [key, env] of [
        ['pkcs11Module', 'CUSTOS_PKCS11_MODULE'],
        ['pkcs11TokenLabel', 'CUSTOS_PKCS11_TOKEN'],
        ['pkcs11Pin', 'CUSTOS_PKCS11_PIN'],
      ] as const) {
        if (!c[key]) ctx.addIssue({ code: 'custom', path: [key], message: `${env} is required when CUSTOS_KEY_PROVIDER=pkcs11` });
      }
    }
    if (Boolean(c.tlsCertFile) !== Boolean(c.tlsKeyFile)) {
      ctx.addIssue({ code: 'custom', path: ['tlsCertFile'], message: 'set both CUSTOS_TLS_CERT and CUSTOS_TLS_KEY, or neither' });
    }
    if (c.env === 'production') {
      if (!c.tlsCertFile) {
        ctx.addIssue({ code: 'custom', path: ['tlsCertFile'], message: 'production mode needs a CA-issued certificate: set CUSTOS_TLS_CERT and CUSTOS_TLS_KEY (self-signed certificates are refused)' });
      }
      if (c.keyProvider === 'local' && !c.masterPassphrase) {
        ctx.addIssue({ code: 'custom', path: ['masterPassphrase'], message: 'production mode refuses an unsealed local key file: set CUSTOS_MASTER_PASSPHRASE or use CUSTOS_KEY_PROVIDER=pkcs11' });
      }
    }
  });

export type TConfig = z.infer<typeof ZConfig> & {
  dataDir: string;
  keyFile: string;
  auditCheckpointFile: string;
  shredListFile: string;
  publicUrl: string;
  engine: 'pglite' | 'postgres';
};

/** Environment variable -> config key. The only place that names them. */
export const ENV_VARS = {
  CUSTOS_ENV: 'env',
  CUSTOS_DATA_DIR: 'dataDir',
  CUSTOS_HOST: 'host',
  CUSTOS_PORT: 'port',
  DATABASE_URL: 'databaseUrl',
  CUSTOS_KEY_PROVIDER: 'keyProvider',
  CUSTOS_KEY_FILE: 'keyFile',
  CUSTOS_MASTER_PASSPHRASE: 'masterPassphrase',
  CUSTOS_PKCS11_MODULE: 'pkcs11Module',
  CUSTOS_PKCS11_TOKEN: 'pkcs11TokenLabel',
  CUSTOS_PKCS11_PIN: 'pkcs11Pin',
  CUSTOS_TLS_CERT: 'tlsCertFile',
  CUSTOS_TLS_KEY: 'tlsKeyFile',
  CUSTOS_AUDIT_CHECKPOINT_FILE: 'auditCheckpointFile',
  CUSTOS_SHRED_LIST_FILE: 'shredListFile',
  CUSTOS_AUDIT_CHECKPOINT_EVERY: 'auditCheckpointEveryEntries',
  CUSTOS_AUDIT_CHECKPOINT_MS: 'auditCheckpointEveryMs',
  CUSTOS_LOG_LEVEL: 'logLevel',
  CUSTOS_SMTP_URL: 'smtpUrl',
  CUSTOS_MAIL_FROM: 'mailFrom',
  CUSTOS_PUBLIC_URL: 'publicUrl',
  CUSTOS_MAX_UPLOAD_BYTES: 'maxUploadBytes',
} as const;

const KEY_TO_ENV = Object.fromEntries(Object.entries(ENV_VARS).map(([env, key]) => [key, env])) as Record<string, string>;

/**
 * Parses settings from an environment (default: process.env). Throws AppError('config_invalid')
 * whose message lists every problem by variable name.
 *
 * @example
 *   const config = loadConfig({ CUSTOS_PORT: '9443' });
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): TConfig {
  const raw: Record<string, string> = {};
  for (const [name, key] of Object.entries(ENV_VARS)) {
    const value = env[name];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const parsed = ZConfig.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const key = String(issue.path[0] ?? '');
      // Never echo the value: it may be a secret.
      return `  ${KEY_TO_ENV[key] ?? key}: ${issue.message}`;
    });
    throw new AppError('config_invalid', `Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  const dataDir = path.resolve(c.dataDir);
  return {
    ...c,
    dataDir,
    keyFile: path.resolve(c.keyFile ?? path.join(dataDir, 'custos-kek.json')),
    auditCheckpointFile: path.resolve(c.auditCheckpointFile ?? path.join(dataDir, 'audit-checkpoints.jsonl')),
    shredListFile: path.resolve(c.shredListFile ?? path.join(dataDir, 'shred-list.jsonl')),
    publicUrl: (c.publicUrl ?? `https://localhost:${c.port}`).replace(/\/+$/, ''),
    engine: c.databaseUrl ? 'postgres' : 'pglite',
  };
}
