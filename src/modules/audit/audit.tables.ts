// Tables owned by the audit module (filled in with its migration 0003-audit).
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the module's migration
export interface AuditTables {}
