/** The editing repositories over the store's Kysely connection. Only published data (publishDraft) moves the data version. */
import type { Kysely, Selectable } from 'kysely';
import type { DialectAdapter } from '../dialect.ts';
import type { RevisionInput } from '../model.ts';
import { latestHashes } from '../revisions.ts';
import { appendRevisionIfChanged } from '../save-revision.ts';
import type { Database } from '../schema.ts';
import { writeTransaction } from '../write-transaction.ts';
import {
  EditingConflictError,
  ROLES,
  type AuditEntry,
  type Correction,
  type CorrectionStatus,
  type Draft,
  type DraftStatus,
  type EditingStore,
  type Role,
  type User,
} from './model.ts';
import type { EditCorrectionTable, EditDraftTable, EditingDatabase, EditUserTable } from './schema.ts';

function toRole(text: string): Role {
  const role = ROLES.find((r) => r === text);
  if (role === undefined) throw new Error(`edit_user.role holds "${text}", which is not a role`);
  return role;
}

function toUser(row: Selectable<EditUserTable>): User {
  return {
    id: row.id,
    email: row.email,
    role: toRole(row.role),
    hasPassword: row.password_hash !== null,
    disabledAt: row.disabled_at,
    createdAt: row.created_at,
  };
}

function toCorrection(row: Selectable<EditCorrectionTable>): Correction {
  return {
    id: row.id,
    slug: row.slug,
    section: row.section,
    fact: row.fact,
    problem: row.problem,
    sourceUrl: row.source_url,
    email: row.email,
    status: row.status as CorrectionStatus,
    createdAt: row.created_at,
    handledAt: row.handled_at,
    handledBy: row.handled_by,
    declineReason: row.decline_reason,
    draftId: row.draft_id,
    locale: row.locale,
  };
}

const iso = (d: Date) => d.toISOString();

/** Median of a non-empty list of numbers. */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export function createEditingStore(base: Kysely<Database>, dialect: DialectAdapter): EditingStore<RevisionInput> {
  const db = base.withTables<Omit<EditingDatabase, keyof Database>>();

  async function userById(id: number): Promise<User | undefined> {
    const row = await db.selectFrom('edit_user').selectAll().where('id', '=', id).executeTakeFirst();
    return row === undefined ? undefined : toUser(row);
  }

  async function toDraft(row: Selectable<EditDraftTable>): Promise<Draft> {
    const author = await userById(row.author_id);
    if (author === undefined) throw new Error(`draft ${row.id} names author ${row.author_id}, who does not exist`);
    const reviewer = row.reviewer_id === null ? null : ((await userById(row.reviewer_id)) ?? null);
    return {
      id: row.id,
      slug: row.slug,
      baseRevision: row.base_revision,
      facts: JSON.parse(row.facts),
      status: row.status as DraftStatus,
      author,
      note: row.note,
      reviewer,
      reviewComment: row.review_comment,
      publishedRevision: row.published_revision,
      correctionId: row.correction_id,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }

  async function draftOrThrow(id: number): Promise<Draft> {
    const row = await db.selectFrom('edit_draft').selectAll().where('id', '=', id).executeTakeFirst();
    if (row === undefined) throw new EditingConflictError(`there is no draft ${id}`, 'noDraft', { id });
    return toDraft(row);
  }

  return {
    async secret() {
      const row = await db.selectFrom('edit_secret').select('secret').where('id', '=', 1).executeTakeFirstOrThrow();
      return row.secret;
    },

    async addUser(user) {
      const existing = await db.selectFrom('edit_user').select('id').where('email', '=', user.email).executeTakeFirst();
      if (existing !== undefined) throw new EditingConflictError(`a user with the email ${user.email} already exists`, 'userExists', { email: user.email });
      const row = await db
        .insertInto('edit_user')
        .values({
          email: user.email,
          role: user.role,
          password_hash: user.passwordHash ?? null,
          setup_token_hash: user.setup?.tokenHash ?? null,
          setup_expires_at: user.setup === undefined ? null : iso(user.setup.expiresAt),
          disabled_at: null,
          created_at: iso(user.at),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toUser(row);
    },

    async listUsers() {
      const rows = await db.selectFrom('edit_user').selectAll().orderBy('email').execute();
      return rows.map(toUser);
    },

    async findUserByEmail(email) {
      const row = await db.selectFrom('edit_user').selectAll().where('email', '=', email).executeTakeFirst();
      return row === undefined ? undefined : { ...toUser(row), passwordHash: row.password_hash };
    },

    getUser: userById,

    async disableUser(email, at) {
      return db.transaction().execute(async (trx) => {
        const row = await trx.selectFrom('edit_user').select('id').where('email', '=', email).executeTakeFirst();
        if (row === undefined) return false;
        await trx
          .updateTable('edit_user')
          .set({ disabled_at: iso(at), setup_token_hash: null, setup_expires_at: null })
          .where('id', '=', row.id)
          .execute();
        await trx.deleteFrom('edit_session').where('user_id', '=', row.id).execute();
        return true;
      });
    },

    async useSetupToken(tokenHash, passwordHash, at) {
      const row = await db
        .updateTable('edit_user')
        .set({ password_hash: passwordHash, setup_token_hash: null, setup_expires_at: null })
        .where('setup_token_hash', '=', tokenHash)
        .where('setup_expires_at', '>', iso(at))
        .where('disabled_at', 'is', null)
        .returningAll()
        .executeTakeFirst();
      return row === undefined ? undefined : toUser(row);
    },

    async createSession(s) {
      await db
        .insertInto('edit_session')
        .values({ id_hash: s.idHash, user_id: s.userId, csrf_token: s.csrfToken, ip: s.ip, created_at: iso(s.at), last_seen_at: iso(s.at) })
        .execute();
    },

    async getSession(idHash) {
      const row = await db.selectFrom('edit_session').selectAll().where('id_hash', '=', idHash).executeTakeFirst();
      if (row === undefined) return undefined;
      const user = await userById(row.user_id);
      if (user === undefined || user.disabledAt !== null) return undefined;
      return { idHash: row.id_hash, user, csrfToken: row.csrf_token, createdAt: row.created_at, lastSeenAt: row.last_seen_at, ip: row.ip };
    },

    async touchSession(idHash, at) {
      await db
        .updateTable('edit_session')
        .set({ last_seen_at: iso(at) })
        .where('id_hash', '=', idHash)
        .execute();
    },

    async deleteSession(idHash) {
      await db.deleteFrom('edit_session').where('id_hash', '=', idHash).execute();
    },

    async deleteUserSessions(userId) {
      const result = await db.deleteFrom('edit_session').where('user_id', '=', userId).executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    async pruneSessions(idleBefore, createdBefore) {
      await db
        .deleteFrom('edit_session')
        .where((eb) => eb.or([eb('last_seen_at', '<', iso(idleBefore)), eb('created_at', '<', iso(createdBefore))]))
        .execute();
    },

    async recordRateEvent(key, at) {
      await db
        .insertInto('edit_rate_event')
        .values({ key, at: iso(at) })
        .execute();
    },

    async countRateEvents(key, since) {
      const row = await db
        .selectFrom('edit_rate_event')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where('key', '=', key)
        .where('at', '>=', iso(since))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    async pruneRateEvents(before) {
      await db.deleteFrom('edit_rate_event').where('at', '<', iso(before)).execute();
    },

    async audit(entry) {
      await db
        .insertInto('edit_audit')
        .values({ at: iso(entry.at), actor: entry.actor, action: entry.action, subject: entry.subject, detail: JSON.stringify(entry.detail), ip: entry.ip })
        .execute();
    },

    async auditLog(limit) {
      const rows = await db.selectFrom('edit_audit').selectAll().orderBy('id', 'desc').limit(limit).execute();
      return rows.map(
        (r): AuditEntry => ({
          id: r.id,
          at: r.at,
          actor: r.actor,
          action: r.action,
          subject: r.subject,
          detail: JSON.parse(r.detail) as Record<string, unknown>,
          ip: r.ip,
        }),
      );
    },

    async addCorrection(c) {
      const row = await db
        .insertInto('edit_correction')
        .values({
          slug: c.slug,
          section: c.section,
          fact: c.fact,
          problem: c.problem,
          source_url: c.sourceUrl,
          email: c.email,
          status: 'open',
          created_at: iso(c.at),
          handled_at: null,
          handled_by: null,
          decline_reason: null,
          draft_id: null,
          locale: c.locale ?? 'en',
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toCorrection(row);
    },

    async getCorrection(id) {
      const row = await db.selectFrom('edit_correction').selectAll().where('id', '=', id).executeTakeFirst();
      return row === undefined ? undefined : toCorrection(row);
    },

    async listCorrections(status) {
      const rows = await db.selectFrom('edit_correction').selectAll().where('status', '=', status).orderBy('created_at').orderBy('id').execute();
      return rows.map(toCorrection);
    },

    async answerCorrection(id, answer, by, at) {
      const row = await db
        .updateTable('edit_correction')
        .set({
          status: answer.status,
          handled_at: iso(at),
          handled_by: by,
          email: null,
          decline_reason: answer.status === 'declined' ? answer.reason : null,
          draft_id: answer.status === 'accepted' ? answer.draftId : null,
        })
        .where('id', '=', id)
        .where('status', '=', 'open')
        .returningAll()
        .executeTakeFirst();
      if (row === undefined)
        throw new EditingConflictError(`correction ${id} is not open (it does not exist or was already answered)`, 'correctionNotOpen', { id });
      return toCorrection(row);
    },

    async correctionStats() {
      const open = await db
        .selectFrom('edit_correction')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where('status', '=', 'open')
        .executeTakeFirstOrThrow();
      const handled = await db.selectFrom('edit_correction').select(['created_at', 'handled_at']).where('handled_at', 'is not', null).execute();
      const durations = handled.map((r) => Date.parse(r.handled_at ?? '') - Date.parse(r.created_at)).filter((ms) => Number.isFinite(ms));
      return { open: Number(open.n), handled: durations.length, medianHandlingMs: durations.length === 0 ? null : median(durations) };
    },

    async addDraft(d) {
      const row = await db
        .insertInto('edit_draft')
        .values({
          slug: d.slug,
          base_revision: d.baseRevision,
          facts: JSON.stringify(d.facts),
          status: 'editing',
          author_id: d.authorId,
          note: d.note,
          reviewer_id: null,
          review_comment: null,
          published_revision: null,
          correction_id: d.correctionId ?? null,
          created_at: iso(d.at),
          updated_at: iso(d.at),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toDraft(row);
    },

    async getDraft(id) {
      const row = await db.selectFrom('edit_draft').selectAll().where('id', '=', id).executeTakeFirst();
      return row === undefined ? undefined : toDraft(row);
    },

    async openDrafts() {
      const rows = await db
        .selectFrom('edit_draft')
        .selectAll()
        .where('status', 'in', ['editing', 'submitted', 'changes-requested'])
        .orderBy('id', 'desc')
        .execute();
      return Promise.all(rows.map(toDraft));
    },

    async updateDraft(id, change, at) {
      const row = await db
        .updateTable('edit_draft')
        .set({ facts: JSON.stringify(change.facts), note: change.note, updated_at: iso(at) })
        .where('id', '=', id)
        .where('status', 'in', ['editing', 'changes-requested'])
        .returningAll()
        .executeTakeFirst();
      if (row === undefined) throw new EditingConflictError(`draft ${id} can't be edited now (it is submitted, published or withdrawn)`, 'notEditable', { id });
      return toDraft(row);
    },

    async moveDraft(id, from, to, change, at) {
      const row = await db
        .updateTable('edit_draft')
        .set({
          status: to,
          updated_at: iso(at),
          ...(change.reviewerId === undefined ? {} : { reviewer_id: change.reviewerId }),
          ...(change.comment === undefined ? {} : { review_comment: change.comment }),
          ...(change.publishedRevision === undefined ? {} : { published_revision: change.publishedRevision }),
        })
        .where('id', '=', id)
        .where('status', 'in', from)
        .returningAll()
        .executeTakeFirst();
      if (row === undefined) throw new EditingConflictError(`draft ${id} is not ${from.join(' or ')}`, 'wrongStatus', { id, from });
      return toDraft(row);
    },

    async publishDraft(id, reviewerId, revision, meta) {
      const published = await writeTransaction(base, dialect, `Publishing draft ${id} of "${revision.slug}"`, async function publishing(trx) {
        const t = trx.withTables<Omit<EditingDatabase, keyof Database>>();
        const draft = await t.selectFrom('edit_draft').selectAll().where('id', '=', id).executeTakeFirst();
        if (draft === undefined || draft.status !== 'submitted')
          throw new EditingConflictError(`draft ${id} is not submitted for review`, 'notSubmitted', { id });
        if (draft.slug !== revision.slug)
          throw new EditingConflictError(`draft ${id} is of "${draft.slug}", not "${revision.slug}"`, 'otherApp', {
            id,
            app: draft.slug,
            other: revision.slug,
          });
        const latest = (await latestHashes(trx, revision.slug)).get(revision.slug);
        if ((latest?.revision ?? 0) !== draft.base_revision)
          throw new EditingConflictError(
            `"${revision.slug}" has changed since draft ${id} was started (revision ${draft.base_revision}, now ${latest?.revision ?? 0}); start a new draft from the current review`,
            'appChanged',
            { id, app: revision.slug, base: draft.base_revision, latest: latest?.revision ?? 0 },
          );
        const saved = await appendRevisionIfChanged(trx, revision, meta, latest);
        await t
          .updateTable('edit_draft')
          .set({ status: 'published', reviewer_id: reviewerId, published_revision: saved.revision, updated_at: iso(meta.at) })
          .where('id', '=', id)
          .execute();
        return { result: saved.revision, changed: saved.created };
      });
      return { draft: await draftOrThrow(id), revision: published };
    },
  };
}
