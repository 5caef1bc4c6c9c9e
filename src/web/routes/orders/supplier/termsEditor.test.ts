import { describe, expect, it } from 'vitest';
import { initialTermsState, termsEditorReducer, type TermsEditorState, unsavedFields } from './termsEditor.js';
import { toTermsValues, type TermsValues } from './termsForm.js';
import { testOrder } from './testOrder.js';

const base = toTermsValues(testOrder(), '2026-12-06', () => 'proposal');
const edit = (state: TermsEditorState, field: Parameters<typeof termsEditorReducer>[1] & { type: 'edit' }) =>
  termsEditorReducer(state, field);
const server = (patch: Partial<TermsValues>): TermsValues => ({ ...base, ...patch });

describe('termsEditorReducer: late answers never erase what was typed since', () => {
  it('a save answer takes the server’s values for what was sent, and keeps a field typed after sending', () => {
    let state = initialTermsState(base, 1);
    state = edit(state, { type: 'edit', field: 'lines.0.unitPrice', value: '11.8' });
    const sentAt = state.seq; // Save clicked
    state = edit(state, { type: 'edit', field: 'packaging', value: 'Export cartons' }); // typed while saving
    state = termsEditorReducer(state, {
      type: 'adopt',
      saved: server({ unitPrices: ['11.80', '1.2345'], packaging: '' }),
      version: 2,
      sentAt,
    });
    expect(state.version).toBe(2);
    expect(state.values.unitPrices[0]).toBe('11.80'); // the server's (normalised) saved value
    expect(state.values.packaging).toBe('Export cartons'); // typed meanwhile: kept
    expect(unsavedFields(state)).toEqual(['packaging']);
  });

  it('a field edited again after sending keeps the newer text even though the server saved the older one', () => {
    let state = initialTermsState(base, 1);
    state = edit(state, { type: 'edit', field: 'namedPlace', value: 'Shang' });
    const sentAt = state.seq;
    state = edit(state, { type: 'edit', field: 'namedPlace', value: 'Shanghai' });
    state = termsEditorReducer(state, { type: 'adopt', saved: server({ namedPlace: 'Shang' }), version: 2, sentAt });
    expect(state.values.namedPlace).toBe('Shanghai');
  });

  it('an answer for an older or the same version than shown changes nothing', () => {
    let state = initialTermsState(base, 3);
    state = edit(state, { type: 'edit', field: 'discount', value: '5' });
    const late = termsEditorReducer(state, {
      type: 'adopt',
      saved: server({ discount: '9.00' }),
      version: 2,
      sentAt: 0,
    });
    expect(late).toBe(state);
    const same = termsEditorReducer(state, { type: 'adopt', saved: server({ discount: '9.00' }), version: 3 });
    expect(same).toBe(state);
  });

  it('a newer version from elsewhere (conflict reload, other tab) keeps every unsaved change and takes the rest', () => {
    let state = initialTermsState(base, 1);
    state = edit(state, { type: 'edit', field: 'lines.1.unitPrice', value: '1.30' });
    state = edit(state, { type: 'edit', field: 'supplierNote', value: 'Samples first' });
    state = termsEditorReducer(state, {
      type: 'adopt',
      saved: server({ shippingCost: '120.00', supplierNote: 'From the other tab' }),
      version: 2,
    });
    expect(state.values.unitPrices[1]).toBe('1.30');
    expect(state.values.supplierNote).toBe('Samples first');
    expect(state.values.shippingCost).toBe('120.00');
    expect(state.saved.shippingCost).toBe('120.00');
    expect(state.version).toBe(2);
  });

  it('an edit that changes nothing is not an edit', () => {
    const state = initialTermsState(base, 1);
    expect(edit(state, { type: 'edit', field: 'currency', value: 'USD' })).toBe(state);
  });
});
