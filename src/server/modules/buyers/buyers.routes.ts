import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  addressInputSchema,
  addressListSchema,
  addressSchema,
  buyerProfileResponseSchema,
  deleteQuerySchema,
  invoiceProfileInputSchema,
  invoiceProfileListSchema,
  invoiceProfileSchema,
  saveBuyerProfileRequestSchema,
  updateAddressRequestSchema,
  updateInvoiceProfileRequestSchema,
} from '../../../shared/schemas/buyers.js';
import { signedIn } from '../../platform/access.js';
import type { AddressService, InvoiceProfileService } from './address-book.service.js';
import type { BuyerProfileService } from './buyer-profile.service.js';

const idParams = z.object({ id: z.uuid() });

/**
 * "Buyer information", the address book and invoice profiles (issue 12). Any signed-in account
 * can buy (a supplier too), so access is 'user'; every entry is looked up with the caller's id,
 * so another account's address or profile is 404.
 */
export function buyerRoutes(
  profile: BuyerProfileService,
  addresses: AddressService,
  invoices: InvoiceProfileService,
): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['buyers'];
    const config = { access: 'user' } as const;

    app.get(
      '/api/buyer/profile',
      {
        config,
        schema: {
          tags,
          summary: '"Buyer information", and whether it is complete (an order needs it)',
          response: { 200: buyerProfileResponseSchema },
        },
      },
      async (request) => profile.get(signedIn(request).id),
    );
    app.put(
      '/api/buyer/profile',
      {
        config,
        schema: {
          tags,
          summary: 'Save "Buyer information" (first save without a version, then with the version read)',
          body: saveBuyerProfileRequestSchema,
          response: { 200: buyerProfileResponseSchema },
        },
      },
      async (request) => profile.save(signedIn(request).id, request.body.version, request.body.buyer),
    );

    // ---- Delivery addresses
    const address = z.object({ address: addressSchema });
    app.get(
      '/api/buyer/addresses',
      {
        config,
        schema: { tags, summary: 'My delivery addresses, the default first', response: { 200: addressListSchema } },
      },
      async (request) => ({ addresses: await addresses.list(signedIn(request).id) }),
    );
    app.post(
      '/api/buyer/addresses',
      {
        config,
        schema: {
          tags,
          summary: 'Add a delivery address (the first becomes the default; at most 20)',
          body: addressInputSchema,
          response: { 201: address },
        },
      },
      async (request, reply) =>
        reply.status(201).send({ address: await addresses.create(signedIn(request).id, request.body) }),
    );
    app.put(
      '/api/buyer/addresses/:id',
      {
        config,
        schema: {
          tags,
          summary: 'Edit a delivery address (with the version read)',
          params: idParams,
          body: updateAddressRequestSchema,
          response: { 200: address },
        },
      },
      async (request) => ({
        address: await addresses.update(
          signedIn(request).id,
          request.params.id,
          request.body.version,
          request.body.address,
        ),
      }),
    );
    app.delete(
      '/api/buyer/addresses/:id',
      {
        config,
        schema: {
          tags,
          summary: 'Delete a delivery address (the newest remaining one becomes the default)',
          params: idParams,
          querystring: deleteQuerySchema,
          response: { 200: addressListSchema },
        },
      },
      async (request) => ({
        addresses: await addresses.remove(signedIn(request).id, request.params.id, request.query.version),
      }),
    );
    app.post(
      '/api/buyer/addresses/:id/default',
      {
        config,
        schema: {
          tags,
          summary: 'Make it the default address',
          params: idParams,
          response: { 200: addressListSchema },
        },
      },
      async (request) => ({ addresses: await addresses.setDefault(signedIn(request).id, request.params.id) }),
    );

    // ---- Invoice profiles
    const invoiceProfile = z.object({ profile: invoiceProfileSchema });
    app.get(
      '/api/buyer/invoice-profiles',
      {
        config,
        schema: {
          tags,
          summary: 'My invoice profiles, the default first',
          response: { 200: invoiceProfileListSchema },
        },
      },
      async (request) => ({ profiles: await invoices.list(signedIn(request).id) }),
    );
    app.post(
      '/api/buyer/invoice-profiles',
      {
        config,
        schema: {
          tags,
          summary: 'Add an invoice profile (the first becomes the default; at most 10)',
          body: invoiceProfileInputSchema,
          response: { 201: invoiceProfile },
        },
      },
      async (request, reply) =>
        reply.status(201).send({ profile: await invoices.create(signedIn(request).id, request.body) }),
    );
    app.put(
      '/api/buyer/invoice-profiles/:id',
      {
        config,
        schema: {
          tags,
          summary: 'Edit an invoice profile (with the version read)',
          params: idParams,
          body: updateInvoiceProfileRequestSchema,
          response: { 200: invoiceProfile },
        },
      },
      async (request) => ({
        profile: await invoices.update(
          signedIn(request).id,
          request.params.id,
          request.body.version,
          request.body.profile,
        ),
      }),
    );
    app.delete(
      '/api/buyer/invoice-profiles/:id',
      {
        config,
        schema: {
          tags,
          summary: 'Delete an invoice profile (the newest remaining one becomes the default)',
          params: idParams,
          querystring: deleteQuerySchema,
          response: { 200: invoiceProfileListSchema },
        },
      },
      async (request) => ({
        profiles: await invoices.remove(signedIn(request).id, request.params.id, request.query.version),
      }),
    );
    app.post(
      '/api/buyer/invoice-profiles/:id/default',
      {
        config,
        schema: {
          tags,
          summary: 'Make it the default invoice profile',
          params: idParams,
          response: { 200: invoiceProfileListSchema },
        },
      },
      async (request) => ({ profiles: await invoices.setDefault(signedIn(request).id, request.params.id) }),
    );
  };
}
