import type { TypedResponse } from 'hono';

/**
 * A kept JSON answer (AnswerCache) as the typed 200 its route declares: the body is the JSON the
 * same handler built from `T` earlier, which the route's types cannot see through a byte buffer.
 */
export const cachedJson = <T>(response: Response) => response as unknown as TypedResponse<T, 200, 'json'>;
