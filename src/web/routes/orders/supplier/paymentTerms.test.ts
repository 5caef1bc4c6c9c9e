import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../../../i18n/features/order-supplier/en.json';
import zh from '../../../i18n/features/order-supplier/zh-CN.json';
import { formatPercent } from '../../../lib/format.js';
import { followProposal, type Proposal, proposePaymentTerms } from './paymentTerms.js';

const i18n = i18next.createInstance();
await i18n.init({
  lng: 'en',
  resources: { en: { translation: en }, 'zh-CN': { translation: zh } },
  interpolation: { escapeValue: false },
});

/** As the form shows a proposal: the catalog's text with the percentages written by Intl. */
function text(proposal: Proposal | null, lng: 'en' | 'zh-CN' = 'en'): string {
  if (!proposal) return '';
  return i18n.t(proposal.key, {
    lng,
    deposit: formatPercent(lng, (proposal.deposit ?? 0) / 100),
    balance: formatPercent(lng, (proposal.balance ?? 0) / 100),
  });
}

describe('proposePaymentTerms', () => {
  it('proposes the usual terms from the method and the deposit', () => {
    expect(text(proposePaymentTerms('tt', '30'))).toBe('30% T/T deposit, 70% balance before shipment');
    expect(text(proposePaymentTerms('tt', '30'), 'zh-CN')).toBe('30% T/T 定金，70% 尾款发货前付清');
    expect(text(proposePaymentTerms('tt', '0'))).toBe('100% T/T before shipment');
    expect(text(proposePaymentTerms('tt', '100'))).toBe('100% T/T in advance');
    expect(text(proposePaymentTerms('lc_sight', ''))).toBe('100% by irrevocable L/C at sight');
    expect(text(proposePaymentTerms('lc_sight', '20'))).toBe('20% T/T deposit, 80% by irrevocable L/C at sight');
    expect(text(proposePaymentTerms('dp', ''))).toBe('Documents against payment (D/P) at sight');
  });

  it('proposes nothing for "other" or no method, and ignores a deposit that is not a percentage', () => {
    expect(proposePaymentTerms('other', '30')).toBeNull();
    expect(proposePaymentTerms('', '30')).toBeNull();
    expect(proposePaymentTerms('tt', '130')).toEqual({ key: 'orderSupplier.proposal.full.tt' });
    expect(proposePaymentTerms('tt', '3x')).toEqual({ key: 'orderSupplier.proposal.full.tt' });
    expect(proposePaymentTerms('tt', '３０')).toMatchObject({ deposit: 30, balance: 70 });
  });

  it('every proposal key exists in the catalog', () => {
    for (const method of ['tt', 'lc_sight', 'lc_usance', 'dp', 'da', 'open_account'] as const) {
      for (const deposit of ['0', '30', '100']) {
        const proposal = proposePaymentTerms(method, deposit);
        expect(proposal && i18n.exists(proposal.key), `${method} ${deposit}`).toBe(true);
      }
    }
  });
});

describe('followProposal', () => {
  it('follows the proposal while the text is empty or still the previous proposal', () => {
    expect(followProposal('', 'a', 'b')).toBe('b');
    expect(followProposal('a ', 'a', 'b')).toBe('b');
  });

  it('keeps what the supplier wrote', () => {
    expect(followProposal('40% deposit, rest against B/L copy', 'a', 'b')).toBe('40% deposit, rest against B/L copy');
  });
});
