// Tables owned by the crypto module (filled in with its migration 0002-crypto).
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the module's migration
export interface CryptoTables {}
