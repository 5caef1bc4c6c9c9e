// No imports: the browser journeys read these too.
// Each password obeys the password rules (src/shared/schemas/password-rules.ts): no account name or email part in it.

/** The demo accounts, printed at start-up (development only; never in production). */
export const DEMO_ACCOUNTS = {
  staff: { accountName: 'demo_staff', email: 'staff@demo.buttressroots.local', password: 'Banyan-Lantern-Demo-2026' },
  supplier: {
    accountName: 'demo_supplier',
    email: 'supplier@demo.buttressroots.local',
    password: 'Banyan-Harbour-Demo-2026',
  },
  applicant: {
    accountName: 'demo_applicant',
    email: 'applicant@demo.buttressroots.local',
    password: 'Banyan-Compass-Demo-2026',
  },
  buyer: { accountName: 'demo_buyer', email: 'buyer@demo.buttressroots.local', password: 'Banyan-Meadow-Demo-2026' },
} as const;
