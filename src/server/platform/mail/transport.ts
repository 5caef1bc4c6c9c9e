import nodemailer from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface MailTransport {
  /** "smtp", or "dev-mailbox" when mail is only kept for /dev/mailbox. */
  readonly name: 'smtp' | 'dev-mailbox';
  send(message: MailMessage): Promise<void>;
  close(): void;
}

/** SMTP through a pooled nodemailer transport (one connection reused, not one per message). */
export function createSmtpTransport(smtpUrl: string, from: string): MailTransport {
  const url = new URL(smtpUrl);
  url.searchParams.set('pool', 'true');
  const transporter = nodemailer.createTransport(url.toString());
  return {
    name: 'smtp',
    async send(message) {
      await transporter.sendMail({ from, ...message });
    },
    close: () => transporter.close(),
  };
}

/** No SMTP configured (development): the outbox row itself is the delivered mail. */
export function createDevMailboxTransport(): MailTransport {
  return { name: 'dev-mailbox', send: async () => undefined, close: () => undefined };
}
