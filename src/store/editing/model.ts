/**
 * What the editing repositories take and return: plain objects. Passwords and
 * session ids never reach the store: callers pass their hashes.
 */
export type Role = 'contributor' | 'editor' | 'admin';
export const ROLES: readonly Role[] = ['contributor', 'editor', 'admin'];

export interface User {
  id: number;
  email: string;
  role: Role;
  /** False until a password is set (through the setup link). */
  hasPassword: boolean;
  disabledAt: string | null;
  createdAt: string;
}

/** A user with the password hash, for the one place that verifies passwords. */
export interface UserCredentials extends User {
  passwordHash: string | null;
}

export interface NewUser {
  email: string;
  role: Role;
  passwordHash?: string | undefined;
  /** For a user without a password: the hash of the one-time setup token and when it expires. */
  setup?: { tokenHash: string; expiresAt: Date } | undefined;
  at: Date;
}

export interface Session {
  idHash: string;
  user: User;
  csrfToken: string;
  createdAt: string;
  lastSeenAt: string;
  ip: string;
}

export interface AuditEntry {
  id: number;
  at: string;
  /** The user's email, "reader" or "cli:<who>". */
  actor: string;
  action: string;
  /** What it was done to ("user:ed@example.org", "correction:3", "app:signal"). */
  subject: string;
  detail: Record<string, unknown>;
  /** The client address, or "cli". */
  ip: string;
}

export type NewAuditEntry = Omit<AuditEntry, 'id' | 'at'> & { at: Date };

export type CorrectionStatus = 'open' | 'accepted' | 'declined';

export interface Correction {
  id: number;
  slug: string;
  section: string;
  fact: string;
  problem: string;
  sourceUrl: string;
  /** Deleted once the correction is answered. */
  email: string | null;
  status: CorrectionStatus;
  createdAt: string;
  handledAt: string | null;
  handledBy: string | null;
  declineReason: string | null;
  draftId: number | null;
  /** The language of the form it was sent from ('en', 'de', 'fr'): the answer to the reader is written in it. */
  locale: string;
}

export type NewCorrection = Pick<Correction, 'slug' | 'section' | 'fact' | 'problem' | 'sourceUrl' | 'email'> & { at: Date; locale?: string };

export interface CorrectionStats {
  open: number;
  /** Median time from a correction's arrival to its answer, in milliseconds; null before the first answer. */
  medianHandlingMs: number | null;
  handled: number;
}

export type DraftStatus = 'editing' | 'submitted' | 'changes-requested' | 'published' | 'withdrawn';

export interface Draft {
  id: number;
  slug: string;
  /** The revision the draft was started from; publishing refuses if the app has moved on. */
  baseRevision: number;
  facts: unknown;
  status: DraftStatus;
  author: User;
  note: string;
  reviewer: User | null;
  reviewComment: string | null;
  publishedRevision: number | null;
  correctionId: number | null;
  createdAt: string;
  updatedAt: string;
}

export interface NewDraft {
  slug: string;
  baseRevision: number;
  facts: unknown;
  authorId: number;
  note: string;
  correctionId?: number | undefined;
  at: Date;
}

/** Which rule an EditingConflictError is about; the editor shows each as its catalogue message `edit.conflict.<code>`, with `params`. */
export type EditingConflict = 'noDraft' | 'userExists' | 'correctionNotOpen' | 'notEditable' | 'wrongStatus' | 'notSubmitted' | 'otherApp' | 'appChanged';

/**
 * Thrown when a write would break a rule the store keeps (a duplicate email, a
 * draft in the wrong state). `message` is English (for the CLI and logs);
 * `code` and `params` let an interface say it in its own language.
 */
export class EditingConflictError extends Error {
  constructor(
    message: string,
    readonly code: EditingConflict,
    readonly params: Readonly<Record<string, string | number | readonly string[]>> = {},
  ) {
    super(message);
    this.name = 'EditingConflictError';
  }
}

/** `Revision` is the store's RevisionInput (a parameter so this file needn't import the Store's model, which imports it). */
export interface EditingStore<Revision = unknown> {
  /** The random secret of this database (created by the migration), shared by every process. */
  secret(): Promise<string>;

  addUser(user: NewUser): Promise<User>;
  listUsers(): Promise<User[]>;
  findUserByEmail(email: string): Promise<UserCredentials | undefined>;
  getUser(id: number): Promise<User | undefined>;
  /** Disables the account and ends all its sessions; false when there is no such user. */
  disableUser(email: string, at: Date): Promise<boolean>;
  /** Sets the password of the user holding this unexpired setup token and spends the token; undefined when none does. */
  useSetupToken(tokenHash: string, passwordHash: string, at: Date): Promise<User | undefined>;

  createSession(session: { idHash: string; userId: number; csrfToken: string; ip: string; at: Date }): Promise<void>;
  /** The session with its user, or undefined when there is none or the user is disabled. */
  getSession(idHash: string): Promise<Session | undefined>;
  touchSession(idHash: string, at: Date): Promise<void>;
  deleteSession(idHash: string): Promise<void>;
  /** Ends every session of a user ("log out everywhere"); returns how many ended. */
  deleteUserSessions(userId: number): Promise<number>;
  /** Removes sessions last seen before `idleBefore` or created before `createdBefore`. */
  pruneSessions(idleBefore: Date, createdBefore: Date): Promise<void>;

  /** Records one event under `key` (a login attempt, a correction) for rate limiting. */
  recordRateEvent(key: string, at: Date): Promise<void>;
  /** Events under `key` since `since`. */
  countRateEvents(key: string, since: Date): Promise<number>;
  /** Forgets events older than `before`. */
  pruneRateEvents(before: Date): Promise<void>;

  /** Appends to the audit log; the database refuses to change or delete an entry. */
  audit(entry: NewAuditEntry): Promise<void>;
  /** The latest entries, newest first. */
  auditLog(limit: number): Promise<AuditEntry[]>;

  addCorrection(correction: NewCorrection): Promise<Correction>;
  getCorrection(id: number): Promise<Correction | undefined>;
  /** Corrections with this status, oldest first. */
  listCorrections(status: CorrectionStatus): Promise<Correction[]>;
  /** Answers an open correction (accepted with its draft, or declined with a reason) and deletes its email. Throws EditingConflictError when it is not open. */
  answerCorrection(
    id: number,
    answer: { status: 'accepted'; draftId: number } | { status: 'declined'; reason: string },
    by: string,
    at: Date,
  ): Promise<Correction>;
  correctionStats(): Promise<CorrectionStats>;

  addDraft(draft: NewDraft): Promise<Draft>;
  getDraft(id: number): Promise<Draft | undefined>;
  /** Drafts not yet published or withdrawn, newest first. */
  openDrafts(): Promise<Draft[]>;
  /** Replaces the facts and note of a draft that is being edited (status editing or changes-requested). */
  updateDraft(id: number, change: { facts: unknown; note: string }, at: Date): Promise<Draft>;
  /** Moves a draft from one status to another, recording the reviewer and comment; throws EditingConflictError when it is not in `from`. */
  moveDraft(
    id: number,
    from: DraftStatus[],
    to: DraftStatus,
    change: { reviewerId?: number; comment?: string; publishedRevision?: number },
    at: Date,
  ): Promise<Draft>;
  /** Publishes: appends the revision (moving the data version) and marks the draft published, in one transaction. */
  publishDraft(
    id: number,
    reviewerId: number,
    revision: Revision,
    meta: { author: string; note: string; at: Date },
  ): Promise<{ draft: Draft; revision: number }>;
}
