// No DOM here: the unit tests compare it with the server's list.
/** Plain-language names of the data categories (the server's DATA_CATEGORY_LABELS). */
export const CATEGORY_LABELS: Record<string, string> = {
  demographics: 'Your name, birth date and contact details',
  lab_results: 'Lab results',
  vital_signs: 'Vital signs (blood pressure, pulse, weight, …)',
  conditions: 'Diagnoses and health problems',
  medications: 'Medications and supplies',
  allergies: 'Allergies',
  immunizations: 'Immunizations',
  procedures: 'Procedures, imaging and medical devices',
  encounters: 'Visits, hospital stays and care teams',
  clinical_notes: 'Clinical notes and uploaded documents',
  billing: 'Insurance and billing',
  healthcare_adjacent: 'Data from wearables and home devices',
};
