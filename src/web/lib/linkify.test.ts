import { describe, expect, it } from 'vitest';
import { linkify, safeHref } from './linkify.js';

describe('linkify', () => {
  it('makes http and https URLs links and keeps the rest as text', () => {
    expect(linkify('See https://example.com/a?b=1 and http://x.example.')).toEqual([
      { kind: 'text', text: 'See ' },
      { kind: 'link', text: 'https://example.com/a?b=1', href: 'https://example.com/a?b=1' },
      { kind: 'text', text: ' and ' },
      { kind: 'link', text: 'http://x.example', href: 'http://x.example/' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('never links javascript:, data: or other schemes', () => {
    for (const body of [
      'javascript:alert(1)',
      'click javascript://example.com/%0Aalert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1) ftp://example.com/file',
    ]) {
      expect(linkify(body)).toEqual([{ kind: 'text', text: body }]);
    }
  });

  it('leaves HTML as text: a link stops at markup, and markup is never a part of its own', () => {
    const body = '<a href="javascript:alert(1)">x</a><img src=x onerror=alert(1)> https://ok.example/<b>';
    const parts = linkify(body);
    expect(parts.filter((p) => p.kind === 'link')).toEqual([
      { kind: 'link', text: 'https://ok.example/', href: 'https://ok.example/' },
    ]);
    expect(parts.map((p) => p.text).join('')).toBe(body);
  });

  it('keeps sentence punctuation out and balanced brackets in', () => {
    expect(linkify('(https://a.example/x), https://w.example/Foo_(bar).')).toEqual([
      { kind: 'text', text: '(' },
      { kind: 'link', text: 'https://a.example/x', href: 'https://a.example/x' },
      { kind: 'text', text: '), ' },
      { kind: 'link', text: 'https://w.example/Foo_(bar)', href: 'https://w.example/Foo_(bar)' },
      { kind: 'text', text: '.' },
    ]);
    expect(linkify('看这里https://b.example/p。')).toEqual([
      { kind: 'text', text: '看这里' },
      { kind: 'link', text: 'https://b.example/p', href: 'https://b.example/p' },
      { kind: 'text', text: '。' },
    ]);
  });

  it('keeps line breaks and plain text as they are', () => {
    expect(linkify('one\ntwo')).toEqual([{ kind: 'text', text: 'one\ntwo' }]);
    expect(linkify('')).toEqual([]);
  });

  it('safeHref accepts only well-formed http(s) URLs', () => {
    expect(safeHref('https://example.com')).toBe('https://example.com/');
    expect(safeHref('HTTPS://EXAMPLE.com/A')).toBe('https://example.com/A');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('http://')).toBeNull();
  });
});
