import type { RouteConfig, RouteHandler } from '@hono/zod-openapi';
import type { SessionUser } from '@/contract/session.ts';
import type { ScryptParams } from '../auth/password.ts';
import type { Database, DatabaseKind } from '../db/database.ts';
import type { AnswerCache } from './answer-cache.ts';
import type { Logger } from './logger.ts';

export type AuthSettings = {
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  /** Take the client's address and scheme from X-Forwarded-For and X-Forwarded-Proto. */
  trustProxy: boolean;
  /**
   * The scrypt parameters for new hashes and for the verification an unknown username spends.
   * The server always runs with currentParams; only the test harness passes cheaper ones.
   */
  passwordParams?: ScryptParams;
};

/** The session a request was made in, once a guard has checked it. */
export type CurrentSession = { idHash: string; csrfToken: string; user: SessionUser };

export type AppEnv = {
  Variables: {
    db: Database;
    databaseKind: DatabaseKind;
    auth: AuthSettings;
    /** The time now; tests move it on instead of waiting. */
    clock: () => Date;
    logger: Logger;
    /** This app's kept answers of the big reads, until the data changes. */
    answers: AnswerCache;
    session?: CurrentSession;
  };
};

export type AppRouteHandler<R extends RouteConfig> = RouteHandler<R, AppEnv>;
