// Tables of the sharing module (migration 0012-sharing). Only the sharing repository queries them.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface SharingTables {}
