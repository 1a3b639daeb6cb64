// This area's pages and the tools it adds to role home pages: sharing with third parties.
import type { ReactNode } from 'react';
import type { TRole } from '../../api';
import { SharePage } from './share-page';
import { ThirdPartiesPage } from './third-parties-page';

export const SHARING_PAGES: Readonly<Record<string, () => ReactNode>> = {
  '/admin/third-parties': ThirdPartiesPage,
  '/clinician/share': SharePage,
};

/** [path, name, what it does] per role, shown under "What you can do". */
export const SHARING_TOOLS: Readonly<Partial<Record<TRole, Array<[string, string, string]>>>> = {
  admin: [['/admin/third-parties', 'Third parties', 'Register the people and organizations patients’ records may be shared with.']],
  clinician: [['/clinician/share', 'Share with a third party', "Send a care-team patient's records to a registered recipient, within their permission."]],
  compliance_officer: [['/clinician/share', 'Share as required by law', 'Disclose records without authorization where 45 CFR 164.512 allows, with a written reason.']],
};
