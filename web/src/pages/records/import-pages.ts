// This area's pages and the tools it adds to role home pages: uploading a lab result.
import type { ReactNode } from 'react';
import type { TRole } from '../../api';
import { UploadLabResultPage } from './upload-lab-result';

export const IMPORT_PAGES: Readonly<Record<string, () => ReactNode>> = {
  '/records/upload': UploadLabResultPage,
};

/** [path, name, what it does] per role, shown under "What you can do". */
export const IMPORT_TOOLS: Readonly<Partial<Record<TRole, Array<[string, string, string]>>>> = {
  patient: [['/records/upload', 'Upload a lab result', 'Add a lab report or another document (PDF, image or text) to your health record.']],
};
