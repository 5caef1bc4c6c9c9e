import { defineMachine } from './machine.js';

/** Products (guide 4.3–4.4): no platform review; the supplier puts them on and off the shelf. */
export const PRODUCT_STATES = ['draft', 'on_shelf', 'off_shelf'] as const;
export type ProductState = (typeof PRODUCT_STATES)[number];
export type ProductEvent = 'put_on_shelf' | 'take_off_shelf';

export const productMachine = defineMachine<ProductState, ProductEvent>(PRODUCT_STATES, {
  put_on_shelf: { from: ['draft', 'off_shelf'], to: 'on_shelf' },
  take_off_shelf: { from: ['on_shelf'], to: 'off_shelf' },
});
