// This area's pages and the tools it adds to role home pages: consent, and the AI pages that use
// its approval pop-up.
import type { ReactNode } from 'react';
import type { TRole } from '../../api';
import { AiAnalyzePage } from './ai-analyze-page';
import { AiProvidersPage } from './ai-providers-page';
import { AskAiPage } from './ask-ai-page';
import { ConsentPage } from './consent-page';

export const CONSENT_PAGES: Readonly<Record<string, () => ReactNode>> = {
  '/consent': ConsentPage,
  '/ai/analyze': AiAnalyzePage,
  '/admin/ai-providers': AiProvidersPage,
  '/clinician/ask-ai': AskAiPage,
};

/** [path, name, what it does] per role, shown under "What you can do". */
export const CONSENT_TOOLS: Readonly<Partial<Record<TRole, Array<[string, string, string]>>>> = {
  patient: [
    ['/consent', 'My consents', 'See who may receive your information, answer sharing requests, revoke consent and download receipts.'],
    ['/ai/analyze', 'Analyze my lab results with AI', 'Pick results and get them explained in plain words, after you agree to what is shared.'],
  ],
  clinician: [['/clinician/ask-ai', 'Ask the AI about a patient', "Ask about a care-team patient's records, within their consent."]],
  admin: [['/admin/ai-providers', 'AI providers', 'Add AI services and record their business associate agreements.']],
  compliance_officer: [['/admin/ai-providers', 'AI providers and BAAs', 'See which AI services may receive PHI and record their agreements.']],
};
