/**
 * Whether an If-None-Match header names the current ETag. If-None-Match compares weakly
 * (RFC 9110, 13.1.2), so a W/ prefix a proxy may have added still matches.
 */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(etag));
}
