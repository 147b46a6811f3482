import type { Context } from 'hono';
import type { measureAuditActions } from '@/contract/audit.ts';
import type { Database } from '../db/database.ts';
import { auditLog } from '../db/schema.ts';
import type { AppEnv } from '../lib/app-types.ts';
import { clientAddress } from './client-address.ts';

type Writer = Pick<Database, 'insert'>;

/** Accepted writes on a measure or its activities: the trail GET /api/v1/audit?measure= shows. */
export type MeasureAuditAction = (typeof measureAuditActions)[number];

export type AuditEntry = {
  action: AuditAction;
  actor?: { id: string | null; username: string } | null;
  target?: { type: 'user' | 'department' | 'session' | 'measure' | 'person'; id: string | null };
  /** What changed, as { field: { from, to } }, or what was refused and why. Never a password, hash, session id or token. */
  details?: Record<string, unknown>;
  address?: string | null;
  /** When it happened, if not now: the demo history is written after the fact. */
  at?: Date;
};

export type AuditAction =
  | 'session.login'
  | 'session.login_failed'
  | 'session.login_throttled'
  | 'session.logout'
  | 'request.refused'
  | 'user.created'
  | 'user.updated'
  | 'user.password_reset'
  | 'department.created'
  | 'department.updated'
  | 'person.created'
  | MeasureAuditAction;

/** Appends one entry; pass the transaction of the change it records, so that both happen or neither. */
export async function writeAudit(db: Writer, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    action: entry.action,
    actorUserId: entry.actor?.id ?? null,
    actorUsername: entry.actor?.username ?? null,
    targetType: entry.target?.type ?? null,
    targetId: entry.target?.id ?? null,
    details: entry.details ?? {},
    address: entry.address ?? null,
    ...(entry.at && { at: entry.at }),
  });
}

/** The signed-in user and the address of a request, as an audit entry names them. */
export function auditContext(c: Context<AppEnv>): Pick<AuditEntry, 'actor' | 'address'> {
  const user = c.var.session?.user;
  return { actor: user ? { id: user.id, username: user.username } : null, address: clientAddress(c, c.var.auth.trustProxy) };
}

/**
 * Records a refused request (401, 403, 429). The refusal stands even if the audit cannot be
 * written: the error goes to the log, and the caller still gets its answer.
 */
export async function auditRefusal(c: Context<AppEnv>, status: number, code: string): Promise<void> {
  try {
    await writeAudit(c.var.db, {
      action: 'request.refused',
      ...auditContext(c),
      details: { method: c.req.method, path: c.req.path, status, code },
    });
  } catch (error) {
    c.var.logger.error(`Could not record a refused request (${c.req.method} ${c.req.path}) in the audit log`, error);
  }
}
