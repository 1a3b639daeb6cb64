// This area's pages (the patient's record and rights, the clinician's patients and chart) and the
// tools it adds to role home pages.
import type { ReactNode } from 'react';
import type { TRole } from '../../api';
import { AccessLogPage } from './access-log';
import { ClinicianChartPage, ClinicianPatientsPage } from './clinician';
import { DeleteAccountPage } from './delete-account';
import { DownloadPage } from './download';
import { MyRecordPage } from './my-record';
import { PatientRightsOversightPage, RetentionPage } from './oversight';

export const RIGHTS_PAGES: Readonly<Record<string, () => ReactNode>> = {
  '/records': MyRecordPage,
  '/records/access-log': AccessLogPage,
  '/records/download': DownloadPage,
  '/records/delete': DeleteAccountPage,
  '/clinician/patients': ClinicianPatientsPage,
  '/clinician/chart': ClinicianChartPage,
  '/compliance/patient-rights': PatientRightsOversightPage,
  '/admin/retention': RetentionPage,
};

/** [path, name, what it does] per role, shown under "What you can do". */
export const RIGHTS_TOOLS: Readonly<Partial<Record<TRole, Array<[string, string, string]>>>> = {
  patient: [
    ['/records', 'My health record', 'Your results, conditions, medications and documents; ask for a correction.'],
    ['/records/access-log', 'Who saw my data', 'Everyone who opened your record, and what was shared outside your care.'],
    ['/records/download', 'Download my data', 'All your records in one file, in the standard FHIR format.'],
    ['/records/delete', 'Delete my account', 'Ask for your account and records to be deleted.'],
  ],
  clinician: [['/clinician/patients', 'My patients', 'The patients of your care teams and their charts, with correction requests to decide.']],
  compliance_officer: [['/compliance/patient-rights', 'Corrections and legal holds', 'Follow correction requests; keep a patient’s records from deletion during a legal matter.']],
  admin: [['/admin/retention', 'Record retention', 'How long records are kept before a deletion request can be carried out.']],
};
