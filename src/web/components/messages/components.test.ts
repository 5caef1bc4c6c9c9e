import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import i18next from 'i18next';
import { createElement as h, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ConversationDetail, ConversationList as List, Message } from '../../../shared/schemas/messages.js';
import en from '../../i18n/catalogs/en.js';
import { messageKeys } from '../../api/messages.js';
import { Composer } from './Composer.js';
import { ConversationList } from './ConversationList.js';
import { MessageItem } from './MessageItem.js';
import { ThreadHeader } from './ThreadHeader.js';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.use(initReactI18next).init({
    resources: { en: { translation: en } },
    lng: 'en',
    interpolation: { escapeValue: false },
  });
});

/** Renders on /en/messages/:id, as the thread does, with the app's providers. */
function render(element: ReactNode, client = new QueryClient(), path = '/en/messages/c1'): string {
  const page = h(Routes, null, h(Route, { path: '/:lang/messages/:id?', element }));
  const routed = h(MemoryRouter, { initialEntries: [path] }, page);
  const withQuery = h(QueryClientProvider, { client }, routed);
  return renderToStaticMarkup(h(I18nextProvider, { i18n }, withQuery));
}

const base: Message = {
  id: 7,
  conversationId: 'c1',
  senderSide: 'supplier',
  body: 'Привет',
  language: 'ru',
  productCard: null,
  order: null,
  attachments: [],
  createdAt: '2026-03-10T09:05:00Z',
};

describe('MessageItem', () => {
  it('an own message: delivery state as text, and the language it is written in', () => {
    const html = render(
      h(MessageItem, { message: base, side: 'supplier', state: 'read', orderFrom: null, timeZone: 'UTC' }),
    );
    expect(html).toContain('data-mine="true"');
    expect(html).toContain('data-state="read">Read</span>');
    expect(html).toContain('Written in Russian');
    expect(html).toContain('<time dateTime="2026-03-10T09:05:00Z">9:05 AM</time>');
  });

  it('pictures as sized thumbnails opening the full file, PDFs as downloads with their size', () => {
    const message: Message = {
      ...base,
      language: 'en',
      attachments: [
        { fileId: 'f1', name: 'photo.png', contentType: 'image/png', size: 1000, width: 480, height: 360 },
        { fileId: 'f2', name: 'spec.pdf', contentType: 'application/pdf', size: 2_500_000, width: null, height: null },
      ],
    };
    const html = render(h(MessageItem, { message, side: 'buyer', state: null, orderFrom: null }));
    expect(html).toContain('data-mine="false"');
    expect(html).not.toContain('Written in');
    expect(html).toContain('href="/api/conversations/c1/attachments/f1"');
    expect(html).toMatch(/src="\/api\/conversations\/c1\/attachments\/f1\?thumb=1"[^>]*width="240" height="180"/);
    expect(html).toMatch(/download="spec.pdf"[^>]*>Download spec.pdf \(2\.\d MB\)</);
  });

  it('a product card with its price range and, for the buyer, "Place order"; an order card to the buyer side', () => {
    const message: Message = {
      ...base,
      language: 'en',
      productCard: {
        productId: 'p1',
        names: { en: 'Garden shears', 'zh-CN': '园林剪' },
        modelNumber: 'GS-1',
        pictureFileId: null,
        currency: 'USD',
        minPrice: '1.10',
        maxPrice: '1.20',
        unit: 'piece',
        moq: 10,
      },
      order: { id: 'o1', number: 'BR-1' },
    };
    const orderFrom = { supplierId: 's1', supplierName: 'Acme' };
    const html = render(h(MessageItem, { message, side: 'buyer', state: null, orderFrom }));
    expect(html).toContain('Garden shears');
    expect(html).toContain('Model: GS-1');
    expect(html).toMatch(/\$1\.10\s?–\s?\$1\.20/);
    expect(html).toContain('data-testid="message-place-order"');
    expect(html).toContain('href="/en/account/orders/o1"');
    const supplierView = render(h(MessageItem, { message, side: 'supplier', state: 'sent', orderFrom }));
    expect(supplierView).not.toContain('message-place-order');
    expect(supplierView).toContain('href="/en/supplier/orders/o1"');
  });
});

const detail: ConversationDetail = {
  id: 'c1',
  side: 'buyer',
  otherParty: { nameZh: '华东五金', nameEn: 'East China Hardware', supplierId: 's1', country: 'CN' },
  lastMessageId: 7,
  lastMessageAt: '2026-03-10T09:05:00Z',
  lastMessagePreview: 'See you',
  lastMessageMine: true,
  unread: 3,
  productCard: null,
  blocked: false,
  blockedBy: null,
  otherReadId: 0,
  otherDeliveredId: 0,
  myReadId: 4,
  reported: false,
};

describe('the list, the header and the compose area', () => {
  it('lists conversations with the company in the reader language, own previews, unread counts', () => {
    const client = new QueryClient();
    const list: List = { items: [detail], total: 1, page: 1, pageSize: 20, unreadTotal: 3 };
    client.setQueryData(messageKeys.list({}), list);
    const html = render(h(ConversationList, {}), client, '/en/messages');
    expect(html).toContain('East China Hardware');
    expect(html).not.toContain('华东五金');
    expect(html).toContain('You: See you');
    expect(html).toContain('3 unread messages');
    expect(html).toContain('href="/en/messages/c1"');
    expect(html).toContain('aria-pressed="true">All</button>');
  });

  it('the thread header links a supplier to its page and offers Block and Report', () => {
    const html = render(h(ThreadHeader, { conversation: detail, backTo: '/en/messages' }));
    expect(html).toMatch(/<a href="\/en\/suppliers\/s1"[^>]*>East China Hardware<\/a>/);
    expect(html).toContain('data-testid="thread-block">Block</button>');
    expect(html).toContain('data-testid="thread-report">Report</button>');
  });

  it('the compose area: labelled text box, counter at 5,000, Send disabled while empty', () => {
    const html = render(h(Composer, { conversationId: 'c1', pending: null, onSent: () => undefined }));
    expect(html).toMatch(/<label for="([^"]+)text" class="visually-hidden">Your message<\/label><textarea id="\1text"/);
    expect(html).toContain('0 / 5,000 characters');
    expect(html).toMatch(/<button type="submit" class="btn btn-primary" disabled="" data-testid="compose-send">Send/);
  });
});
