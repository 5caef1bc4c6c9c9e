import { linkify } from '../../lib/linkify.js';

/**
 * A message's text: plain text (line breaks kept by CSS), http(s) links clickable. React escapes
 * every part; no HTML is ever parsed (src/web/lib/linkify.ts decides what is a link).
 */
export function MessageText({ body }: { body: string }) {
  return (
    <p className="message-text" data-testid="message-text">
      {linkify(body).map((part, i) =>
        part.kind === 'link' ? (
          <a key={i} href={part.href} target="_blank" rel="noopener noreferrer nofollow ugc">
            {part.text}
          </a>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </p>
  );
}
