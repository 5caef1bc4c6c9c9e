import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  addMaterialRequestSchema,
  applicationResponseSchema,
  applicationSchema,
  publicSupplierSchema,
  saveApplicationRequestSchema,
  supplierProfileInputSchema,
  supplierProfileSchema,
  versionRequestSchema,
} from '../../../shared/schemas/suppliers.js';
import { rowVersion } from '../../../shared/schemas/numbers.js';
import { signedIn } from '../../platform/access.js';
import type { ApplicationService } from './application.service.js';
import type { ProfileService } from './profile.service.js';

const application = z.object({ application: applicationSchema });

/** "Supplier Authentication" (any signed-in user), the supplier center and public supplier pages. */
export function supplierRoutes(applications: ApplicationService, profiles: ProfileService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['supplier authentication'];
    app.get(
      '/api/supplier-application',
      {
        config: { access: 'user' },
        schema: {
          tags,
          summary: 'My application (null before the first save)',
          response: { 200: applicationResponseSchema },
        },
      },
      async (request) => ({ application: await applications.get(signedIn(request).id) }),
    );
    app.put(
      '/api/supplier-application',
      {
        config: { access: 'user' },
        schema: {
          tags,
          summary: 'Save the draft company details',
          body: saveApplicationRequestSchema,
          response: { 200: application },
        },
      },
      async (request) => ({ application: await applications.save(signedIn(request).id, request.body) }),
    );
    app.post(
      '/api/supplier-application/materials',
      {
        config: { access: 'user' },
        schema: {
          tags,
          summary: 'Attach an uploaded material',
          body: addMaterialRequestSchema,
          response: { 200: application },
        },
      },
      async (request) => ({ application: await applications.addMaterial(signedIn(request).id, request.body) }),
    );
    app.delete(
      '/api/supplier-application/materials/:id',
      {
        config: { access: 'user' },
        schema: {
          tags,
          summary: 'Remove a material',
          params: z.object({ id: z.uuid() }),
          querystring: z.object({ version: z.coerce.number().pipe(rowVersion) }),
          response: { 200: application },
        },
      },
      async (request) => ({
        application: await applications.removeMaterial(signedIn(request).id, request.params.id, request.query.version),
      }),
    );
    app.post(
      '/api/supplier-application/submit',
      {
        config: { access: 'user' },
        schema: { tags, summary: 'Submit for review', body: versionRequestSchema, response: { 200: application } },
      },
      async (request) => ({ application: await applications.submit(signedIn(request).id, request.body.version) }),
    );

    const centerTags = ['supplier center'];
    app.get(
      '/api/supplier/profile',
      {
        config: { access: 'supplier' },
        schema: {
          tags: centerTags,
          summary: 'My corporate information',
          response: { 200: z.object({ profile: supplierProfileSchema }) },
        },
      },
      async (request) => ({ profile: await profiles.mine(signedIn(request).id) }),
    );
    app.put(
      '/api/supplier/profile',
      {
        config: { access: 'supplier' },
        schema: {
          tags: centerTags,
          summary: 'Furnish corporate information',
          body: supplierProfileInputSchema,
          response: { 200: z.object({ profile: supplierProfileSchema }) },
        },
      },
      async (request) => ({ profile: await profiles.update(signedIn(request).id, request.body) }),
    );

    app.get(
      '/api/suppliers/:id',
      {
        config: { access: 'public' },
        schema: {
          tags: ['catalog'],
          summary: 'Public supplier page',
          params: z.object({ id: z.uuid() }),
          response: { 200: z.object({ supplier: publicSupplierSchema }) },
        },
      },
      async (request) => ({ supplier: await profiles.publicPage(request.params.id, request.locale) }),
    );
  };
}
