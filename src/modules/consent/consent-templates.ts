// The authorization forms Custos publishes for each organization on first use: one for AI
// services, one for sharing with another organization. Written in plain language (about US
// grade 8: short sentences, everyday words) and holding every element of 45 CFR 164.508(c).
// Published versions never change (a database trigger refuses it); editing the text here and
// bumping TEMPLATE_VERSIONS publishes a new version that supersedes the old one, while grants
// keep pointing at the version the patient signed.
import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';
import type { TTemplateContent } from './consent.types';
import type { TRecipientKind } from './consent.tables';

export const TEMPLATE_KEYS = ['ai-analysis', 'third-party-sharing'] as const;
export type TTemplateKey = (typeof TEMPLATE_KEYS)[number];

/** The current version of each form; raise it when its text changes. */
export const TEMPLATE_VERSIONS: Record<TTemplateKey, number> = { 'ai-analysis': 1, 'third-party-sharing': 1 };

const COMMON = {
  signature: 'You sign by typing your full name. We record the date and time you signed. A parent, guardian or other legal representative who signs for you must say so.',
  revocation:
    'You can take back (revoke) this permission at any time. Go to "My consents" and choose "Revoke", or write to our privacy office. It takes effect right away for anything not yet shared. It cannot undo sharing that already happened.',
  conditioning:
    'Signing is your choice. Your treatment, payment, enrollment in a health plan and eligibility for benefits do not depend on whether you sign.',
  redisclosure:
    'Once your information is shared, the person or company that gets it may share it again. Then federal privacy law (HIPAA) may no longer protect it.',
  modes:
    '"Ask me each time" means we show you exactly what would be shared and wait for you to say "I agree" before anything leaves. "Always allow" means we share what this form covers without asking again until it ends or you revoke it.',
};

/** The text of each form for one organization (its name is the discloser). */
export function templateContent(key: TTemplateKey, organizationName: string): TTemplateContent {
  if (key === 'ai-analysis') {
    return {
      title: 'Permission to share my health information with an AI service',
      summary: `This form lets ${organizationName} send some of your health information to an AI service you choose, so it can help explain your results or answer your questions.`,
      information: 'Only the kinds of information you check below, and only the records needed for each request.',
      categories: ['lab_results', 'vital_signs', 'conditions', 'medications', 'allergies', 'immunizations', 'procedures', 'encounters', 'clinical_notes', 'demographics'],
      discloser: `${organizationName} shares the information.`,
      recipient: 'The AI service named on this form. We tell you if it has signed a Business Associate Agreement with us, which means it must protect your information like we do.',
      purposeText: 'To answer the questions you or your care team ask, such as explaining lab results in plain words or summarizing your records.',
      purposes: ['patient_request', 'treatment'],
      expiry: 'This permission ends on the date you pick below (at most one year from today), or sooner if you revoke it.',
      maxDays: 366,
      ...COMMON,
    };
  }
  return {
    title: 'Permission to share my health information with another organization',
    summary: `This form lets ${organizationName} send some of your health information to a person or organization you name.`,
    information: 'Only the kinds of information you check below.',
    categories: ['demographics', 'lab_results', 'vital_signs', 'conditions', 'medications', 'allergies', 'immunizations', 'procedures', 'encounters', 'clinical_notes', 'billing'],
    discloser: `${organizationName} shares the information.`,
    recipient: 'The person or organization named on this form.',
    purposeText: 'For the reason you choose below, for example because you asked us to send it.',
    purposes: ['patient_request', 'research'],
    expiry: 'This permission ends on the date you pick below (at most one year from today), or sooner if you revoke it.',
    maxDays: 366,
    ...COMMON,
  };
}

export const TEMPLATE_RECIPIENT_KIND: Record<TTemplateKey, TRecipientKind> = { 'ai-analysis': 'ai_provider', 'third-party-sharing': 'third_party' };

/** SHA-256 (hex) over the canonical JSON of a template's content: what a receipt names. */
export function templateContentHash(content: TTemplateContent): string {
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}
