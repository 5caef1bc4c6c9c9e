import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MessageText } from './MessageText.js';

const render = (body: string) => renderToStaticMarkup(createElement(MessageText, { body }));

describe('MessageText', () => {
  it('renders markup in a message as escaped text, never as elements', () => {
    const html = render('<img src=x onerror=alert(1)><script>alert(1)</script><a href="javascript:alert(1)">x</a>');
    expect(html).not.toMatch(/<img|<script|<a /);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;a href=&quot;javascript:alert(1)&quot;&gt;');
  });

  it('links only http(s) URLs, in a new tab without opener or referrer', () => {
    const html = render('javascript:alert(1) and https://example.com/a?b=1&c=2');
    expect(html.match(/<a /g)).toHaveLength(1);
    expect(html).toContain(
      '<a href="https://example.com/a?b=1&amp;c=2" target="_blank" rel="noopener noreferrer nofollow ugc">https://example.com/a?b=1&amp;c=2</a>',
    );
    expect(html).toContain('javascript:alert(1) and ');
  });
});
