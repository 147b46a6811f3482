import type { Role } from '@/contract/common.ts';
import { demoPassword } from '@/lib/demo-data.ts';
import type { Database } from './db/database.ts';
import { users } from './db/schema.ts';
import { demoAccountsInUse, hasDemoHistory } from './seed/seed-demo.ts';

const roleLabels: Record<Role, string> = { coordinator: 'coordinator', department_head: 'department head', council: 'council member', admin: 'admin' };

/**
 * What `npm start` says about accounts once it runs: the demo accounts that still sign in with
 * the demo password (embedded demo database only), or how to create the first account.
 */
export async function accountNotes(db: Database, where: { embedded: boolean; demo: boolean }): Promise<string[]> {
  if (where.embedded && where.demo) {
    const accounts = await demoAccountsInUse(db);
    if (accounts.length > 0) {
      const names = accounts.map((a) => {
        const label = [roleLabels[a.role], a.departmentName].filter(Boolean).join(', ');
        return a.username === a.role ? a.username : `${a.username} (${label})`;
      });
      return [`Demo accounts (password ${demoPassword}): ${names.join(', ')}`];
    }
  }
  if ((await db.$count(users)) > 0) return [];
  const create = 'npm run user -- create --role admin --username NAME';
  return [
    where.embedded
      ? `No accounts yet. Stop the server and create the first admin with: ${create}`
      : `No accounts yet. Create the first admin with: ${create}`,
  ];
}

/**
 * What `npm start` says about the demo history of an embedded demo database: that the figures
 * are made up, and how to start without them.
 */
export async function demoHistoryNotes(db: Database, where: { embedded: boolean; demo: boolean }): Promise<string[]> {
  if (!where.embedded || !where.demo || !(await hasDemoHistory(db))) return [];
  return [
    'Demo history: about 18 months of made-up owners and progress updates (marked "[Demo]"), so that tables and charts are not empty. ' +
      'For a database without it, start with DEMO_HISTORY=false on a new DATA_DIR.',
  ];
}
