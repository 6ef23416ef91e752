/** Who may do what in the editor. One place decides it; routes ask. */
import type { Role } from '../../store/index.ts';

export type Action = 'propose' | 'review' | 'moderate' | 'manage-users';

const ALLOWED: Record<Role, readonly Action[]> = {
  contributor: ['propose'],
  editor: ['propose', 'review', 'moderate'],
  admin: ['propose', 'review', 'moderate', 'manage-users'],
};

/**
 * Whether a role may take an action. Approving one's own change is refused separately (see mayApprove).
 * @example can('contributor', 'review') // false
 */
export function can(role: Role, action: Action): boolean {
  return ALLOWED[role].includes(action);
}

/** An editor may approve a change only when it is someone else's. */
export function mayApprove(reviewer: { id: number; role: Role }, author: { id: number }): boolean {
  return can(reviewer.role, 'review') && reviewer.id !== author.id;
}
