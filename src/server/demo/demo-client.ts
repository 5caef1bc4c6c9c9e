import type { FastifyInstance, InjectOptions } from 'fastify';
import { totpCodeAt, totpStep } from '../modules/accounts/totp.js';
import type { DEMO_ACCOUNTS } from './demo-accounts.js';
import { multipart, pdf } from './sample-files.js';

export type DemoAccount = (typeof DEMO_ACCOUNTS)[keyof typeof DEMO_ACCOUNTS];

/** Calls the app as a same-origin browser would (the CSRF guard wants our Origin), for the demo data. */
export class DemoClient {
  constructor(private readonly app: FastifyInstance) {}

  private async call<T>(options: InjectOptions & { cookie?: string }): Promise<{ body: T; cookie?: string }> {
    const { cookie, ...request } = options;
    const res = await this.app.inject({
      ...request,
      headers: { origin: 'http://localhost', ...(cookie ? { cookie } : {}), ...request.headers },
    });
    if (res.statusCode >= 300)
      throw new Error(`demo data: ${options.method} ${options.url} → ${res.statusCode} ${res.body}`);
    const setCookie = res.cookies.find((c) => c.name === 'br_session');
    return { body: res.json<T>(), cookie: setCookie ? `br_session=${setCookie.value}` : undefined };
  }

  async send<T = unknown>(
    cookie: string,
    method: 'POST' | 'PUT',
    url: string,
    payload: object,
    headers: Record<string, string> = {},
  ): Promise<T> {
    return (await this.call<T>({ method, url, payload, cookie, headers })).body;
  }

  async get<T = unknown>(cookie: string, url: string): Promise<T> {
    return (await this.call<T>({ method: 'GET', url, cookie })).body;
  }

  async login(account: DemoAccount): Promise<string> {
    const { cookie } = await this.call({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: account.accountName, password: account.password, remember: true },
    });
    if (!cookie) throw new Error(`demo data: no session for ${account.accountName}`);
    return cookie;
  }

  /** Both login steps, with the code the seed's authenticator shows now. */
  async loginWithTotp(account: DemoAccount, secret: string): Promise<string> {
    const { body } = await this.call<{ secondFactor?: { token: string } }>({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: account.accountName, password: account.password },
    });
    if (!body.secondFactor) throw new Error(`demo data: no second step for ${account.accountName}`);
    const code = totpCodeAt(secret, totpStep(new Date()));
    const { cookie } = await this.call({
      method: 'POST',
      url: '/api/auth/login/second-factor',
      payload: { token: body.secondFactor.token, code },
    });
    if (!cookie) throw new Error(`demo data: no session for ${account.accountName}`);
    return cookie;
  }

  async upload(cookie: string, purpose: string, fileName: string, data: Buffer): Promise<string> {
    const body = multipart(fileName, data);
    const { body: answer } = await this.call<{ file: { id: string } }>({
      method: 'POST',
      url: `/api/files?purpose=${purpose}`,
      headers: { 'content-type': body.contentType },
      payload: body.payload,
      cookie,
    });
    return answer.file.id;
  }

  /** Guide 2.1: company details, the business licence, "Submit". */
  async apply(cookie: string, company: object): Promise<{ id: string; version: number }> {
    type Answer = { application: { id: string; version: number } };
    const saved = await this.send<Answer>(cookie, 'PUT', '/api/supplier-application', { company });
    const licence = await this.upload(cookie, 'supplier_material', '营业执照.pdf', pdf({ text: 'Business licence' }));
    const withLicence = await this.send<Answer>(cookie, 'POST', '/api/supplier-application/materials', {
      version: saved.application.version,
      type: 'business_licence',
      fileId: licence,
    });
    const submitted = await this.send<Answer>(cookie, 'POST', '/api/supplier-application/submit', {
      version: withLicence.application.version,
    });
    return submitted.application;
  }

  /** Guide 3: a brand with its certificate (and authorization for an agency brand), approved by staff. */
  async brand(staff: string, supplier: string, input: Record<string, unknown>): Promise<string> {
    const certificateFileId = await this.upload(
      supplier,
      'brand_certificate',
      '商标注册证.pdf',
      pdf({ text: 'Trademark' }),
    );
    const authorization =
      input.kind === 'agency'
        ? { authorizationFileId: await this.upload(supplier, 'brand_certificate', 'authorization.pdf', pdf()) }
        : {};
    const { brand } = await this.send<{ brand: { id: string; version: number } }>(
      supplier,
      'POST',
      '/api/supplier/brands',
      {
        ...input,
        certificateFileId,
        ...authorization,
      },
    );
    await this.send(staff, 'POST', `/api/admin/brands/${brand.id}/approve`, { version: brand.version });
    return brand.id;
  }
}
