import { z } from 'zod';

export const HealthStatus = z
  .object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) })
  .meta({ id: 'HealthStatus' });
export type HealthStatus = z.infer<typeof HealthStatus>;
