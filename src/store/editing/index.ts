/** Editing through the web: accounts, sessions, rate limits, the audit log, reader corrections and drafts. */
export type {
  AuditEntry,
  Correction,
  CorrectionStats,
  CorrectionStatus,
  Draft,
  DraftStatus,
  EditingConflict,
  EditingStore,
  NewAuditEntry,
  NewCorrection,
  NewDraft,
  NewUser,
  Role,
  Session,
  User,
  UserCredentials,
} from './model.ts';
export { EditingConflictError, ROLES } from './model.ts';
export { createEditingStore } from './store.ts';
