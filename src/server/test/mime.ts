/**
 * Just enough MIME (RFC 2045–2047) to read the messages the platform sends through a test
 * SMTP server: unfolded headers, encoded-word subjects, multipart bodies and the
 * quoted-printable / base64 transfer encodings. Not a general-purpose parser.
 */

export interface MimeEntity {
  /** Header names lower-cased, values unfolded (not decoded). */
  headers: Map<string, string>;
  /** The raw body, still in its transfer encoding. */
  body: string;
}

export interface ParsedMail {
  headers: Map<string, string>;
  subject: string;
  /** The text/plain part, decoded to a string. */
  text: string;
  /** The text/html part, decoded, when there is one. */
  html: string | undefined;
}

export function parseEntity(raw: string): MimeEntity {
  const normalized = raw.replace(/\r\n/g, '\n');
  const end = normalized.indexOf('\n\n');
  const head = end === -1 ? normalized : normalized.slice(0, end);
  const body = end === -1 ? '' : normalized.slice(end + 2);
  const headers = new Map<string, string>();
  // Unfold: a line starting with white space continues the previous header.
  for (const line of head.replace(/\n[ \t]+/g, ' ').split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

/** "multipart/alternative; boundary=\"x\"" → { type: 'multipart/alternative', params: { boundary: 'x' } } */
export function headerValue(value: string | undefined): { type: string; params: Record<string, string> } {
  const [type = '', ...rest] = (value ?? '').split(';');
  const params: Record<string, string> = {};
  for (const param of rest) {
    const eq = param.indexOf('=');
    if (eq === -1) continue;
    params[param.slice(0, eq).trim().toLowerCase()] = param
      .slice(eq + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1');
  }
  return { type: type.trim().toLowerCase(), params };
}

export function decodeQuotedPrintable(text: string): Buffer {
  const joined = text.replace(/[ \t]+$/gm, '').replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const hex = joined.slice(i + 1, i + 3);
    if (joined[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(joined.charCodeAt(i));
    }
  }
  return Buffer.from(bytes);
}

export function decodeTransfer(body: string, encoding: string | undefined): Buffer {
  switch ((encoding ?? '7bit').toLowerCase()) {
    case 'quoted-printable':
      return decodeQuotedPrintable(body);
    case 'base64':
      return Buffer.from(body.replace(/\s+/g, ''), 'base64');
    default:
      return Buffer.from(body, 'utf8');
  }
}

/** RFC 2047 encoded words ("=?UTF-8?Q?...?=", "=?UTF-8?B?...?="); white space between words is dropped. */
export function decodeEncodedWords(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_, charset: string, kind: string, text: string) => {
      const bytes =
        kind.toUpperCase() === 'B' ? Buffer.from(text, 'base64') : decodeQuotedPrintable(text.replace(/_/g, '=20'));
      return new TextDecoder(charset.toLowerCase()).decode(bytes);
    });
}

function decodeText(entity: MimeEntity): string {
  const charset = headerValue(entity.headers.get('content-type')).params.charset ?? 'utf-8';
  const bytes = decodeTransfer(entity.body, entity.headers.get('content-transfer-encoding'));
  return new TextDecoder(charset.toLowerCase()).decode(bytes);
}

/** The leaf parts of an entity, depth first. */
export function leafParts(entity: MimeEntity): MimeEntity[] {
  const { type, params } = headerValue(entity.headers.get('content-type') ?? 'text/plain');
  if (!type.startsWith('multipart/') || !params.boundary) return [entity];
  const delimiter = `--${params.boundary}`;
  const sections = entity.body.split(
    new RegExp(`^${delimiter.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:--)?[ \t]*$`, 'm'),
  );
  // sections[0] is the preamble, the last one the epilogue.
  return sections
    .slice(1, -1)
    .map((section) => parseEntity(section.replace(/^\n/, '')))
    .flatMap(leafParts);
}

export function parseMail(raw: string): ParsedMail {
  const root = parseEntity(raw);
  const parts = leafParts(root);
  const find = (type: string) =>
    parts.find((p) => headerValue(p.headers.get('content-type') ?? 'text/plain').type === type);
  const text = find('text/plain');
  const html = find('text/html');
  if (!text) throw new Error('the message has no text/plain part');
  return {
    headers: root.headers,
    subject: decodeEncodedWords(root.headers.get('subject') ?? ''),
    text: decodeText(text),
    html: html ? decodeText(html) : undefined,
  };
}
