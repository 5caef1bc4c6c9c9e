import type { Config } from './config.js';
import type { PublishedDemoAccount } from './demo/demo-banner.js';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '::1', 'localhost']);

/**
 * A development server reachable from the network shows demo accounts with published passwords
 * (and a mailbox, though that answers this machine only): say so loudly, in the log and the banner.
 */
export function exposureWarning(config: Config): string | undefined {
  if (config.isProduction || LOOPBACK_HOSTS.has(config.host) || config.host.startsWith('127.')) return undefined;
  const bar = '!'.repeat(78);
  return [
    bar,
    `  WARNING: this ${config.NODE_ENV} server listens on ${config.host}, reachable from your network.`,
    '  Demo accounts have published passwords; /dev/mailbox (every reset and sign-up mail)',
    '  still answers this machine only. Unset HOST to listen on 127.0.0.1 again.',
    bar,
  ].join('\n');
}

export interface BannerFacts {
  config: Config;
  url: string;
  database: string;
  demo?: { created: boolean; accounts: PublishedDemoAccount[] };
  /** No admin exists yet: the one-time link that creates the first one. */
  setupLink?: string;
}

/** What main.ts prints once listening. */
export function startupBanner({ config, url, database, demo, setupLink }: BannerFacts): string {
  const mail = config.SMTP_URL ? 'SMTP' : `kept at ${url}/dev/mailbox (no SMTP_URL; this machine only)`;
  const lines = [`\n  Buttress Roots is running at ${url}/`, `  database: ${database}`, `  mail: ${mail}\n`];
  const warning = exposureWarning(config);
  if (warning) lines.push(`${warning}\n`);
  if (demo && demo.accounts.length > 0) {
    lines.push(`  demo accounts${demo.created ? ' (just created)' : ''}:`);
    for (const a of demo.accounts) lines.push(`    ${a.role.padEnd(9)} ${a.accountName} / ${a.password}`);
    lines.push('');
  }
  if (setupLink) {
    lines.push(
      '  No administrator yet. Create the first one here (one use, valid 1 hour;',
      `  ${config.PUBLIC_URL ? 'through PUBLIC_URL' : 'from this machine only'}; restart for a new link):`,
      `    ${setupLink}`,
      '',
    );
  }
  return lines.join('\n');
}
