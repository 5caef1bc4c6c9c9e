import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/client.js';
import type { FileStore } from './file-store.js';
import { filesRoutes } from './files.routes.js';
import { createFilesService, type FilesService } from './files.service.js';

export interface FilesModuleDeps {
  db: Db;
  /** Where the bytes are kept (local disk in production, a temporary folder in tests). */
  store: FileStore;
  maxBytes: number;
}

/** Uploads and the one authorised way to read a file back; returns the service other modules attach files with. */
export async function registerFilesModule(app: FastifyInstance, deps: FilesModuleDeps): Promise<FilesService> {
  const files = createFilesService(deps);
  await app.register(filesRoutes(files, deps.maxBytes));
  return files;
}
