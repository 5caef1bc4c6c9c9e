/**
 * What the server wrote into the HTML shell (src/server/platform/web-app.ts, `#br-boot`): facts the
 * first paint needs before any API call answers, so the header is drawn at its final size. Absent
 * under the Vite dev server (it serves the shell itself): every field is then undefined.
 */
export interface BootFacts {
  supportPhone?: string;
  /** A valid session came with the page request; a hint for the header, not an authorization. */
  signedIn?: boolean;
}

let cached: BootFacts | undefined;

export function bootFacts(): BootFacts {
  if (cached) return cached;
  cached = {};
  if (typeof document === 'undefined') return cached;
  const text = document.getElementById('br-boot')?.textContent;
  if (!text) return cached;
  try {
    const value = JSON.parse(text) as Record<string, unknown>;
    cached = {
      supportPhone: typeof value.supportPhone === 'string' ? value.supportPhone : undefined,
      signedIn: typeof value.signedIn === 'boolean' ? value.signedIn : undefined,
    };
  } catch {
    // A malformed block only loses the head start: the header fills in from the API as before.
  }
  return cached;
}
