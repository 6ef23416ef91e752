/** The editing tables as Kysely sees them (migration 0004_editing). Timestamps are ISO-8601 text. */
import type { Generated } from 'kysely';
import type { Database } from '../schema.ts';

export interface EditSecretTable {
  id: number;
  secret: string;
}

export interface EditUserTable {
  id: Generated<number>;
  email: string;
  role: string;
  password_hash: string | null;
  setup_token_hash: string | null;
  setup_expires_at: string | null;
  disabled_at: string | null;
  created_at: string;
}

export interface EditSessionTable {
  /** sha256 of the session id: the id itself is only ever in the user's cookie. */
  id_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  ip: string;
}

export interface EditRateEventTable {
  id: Generated<number>;
  key: string;
  at: string;
}

export interface EditAuditTable {
  id: Generated<number>;
  at: string;
  actor: string;
  action: string;
  subject: string;
  /** JSON text. */
  detail: string;
  ip: string;
}

export interface EditCorrectionTable {
  id: Generated<number>;
  slug: string;
  section: string;
  fact: string;
  problem: string;
  source_url: string;
  email: string | null;
  status: string;
  created_at: string;
  handled_at: string | null;
  handled_by: string | null;
  decline_reason: string | null;
  draft_id: number | null;
  /** The language of the form it was sent from (migration 0009). */
  locale: Generated<string>;
}

export interface EditDraftTable {
  id: Generated<number>;
  slug: string;
  base_revision: number;
  /** JSON text of the proposed review object. */
  facts: string;
  status: string;
  author_id: number;
  note: string;
  reviewer_id: number | null;
  review_comment: string | null;
  published_revision: number | null;
  correction_id: number | null;
  created_at: string;
  updated_at: string;
}

export interface EditingDatabase extends Database {
  edit_secret: EditSecretTable;
  edit_user: EditUserTable;
  edit_session: EditSessionTable;
  edit_rate_event: EditRateEventTable;
  edit_audit: EditAuditTable;
  edit_correction: EditCorrectionTable;
  edit_draft: EditDraftTable;
}
