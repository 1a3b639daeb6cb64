// This area's pages and the tools it adds to role home pages: sharing with third parties.
import type { ReactNode } from 'react';
import type { TRole } from '../../api';

export const SHARING_PAGES: Readonly<Record<string, () => ReactNode>> = {};

/** [path, name, what it does] per role, shown under "What you can do". */
export const SHARING_TOOLS: Readonly<Partial<Record<TRole, Array<[string, string, string]>>>> = {};
