/**
 * Where to go after signing in: a path of this app, never another site. `next` comes from the
 * address bar, so anyone can write it: "//evil.example" or "/\evil.example" would leave the app.
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  try {
    const base = 'http://app.invalid';
    const url = new URL(next, base);
    if (url.origin !== base || url.pathname === '/login') return '/';
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return '/';
  }
}

/** The login page, remembering where the user wanted to go. */
export function loginPath(next: string): string {
  const target = safeNextPath(next);
  return target === '/' ? '/login' : `/login?${new URLSearchParams({ next: target }).toString()}`;
}
