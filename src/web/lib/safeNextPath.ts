import { splitLocalePath } from '../../shared/routes.js';

/**
 * Where to go after logging in: `next` when it is a page of this site (a path under one of our
 * locales), else undefined. Absolute and protocol-relative URLs ("//evil.example",
 * "/\\evil.example", "/\t/evil.example") resolve to another origin and are refused.
 */
export function safeNextPath(raw: string | null | undefined, origin: string): string | undefined {
  if (!raw || !raw.startsWith('/')) return undefined;
  try {
    const url = new URL(raw, origin);
    if (url.origin !== origin || !splitLocalePath(url.pathname).locale) return undefined;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return undefined;
  }
}
