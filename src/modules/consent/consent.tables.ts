// Tables of this module (placeholder until its migration creates some).
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ConsentTables {}
