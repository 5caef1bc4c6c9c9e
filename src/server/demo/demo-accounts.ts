// No imports: the browser journeys read these too.

/** The demo accounts, printed at start-up (development only; never in production). */
export const DEMO_ACCOUNTS = {
  staff: { accountName: 'demo_staff', email: 'staff@demo.buttressroots.local', password: 'Banyan-Staff-Demo-2026' },
  supplier: {
    accountName: 'demo_supplier',
    email: 'supplier@demo.buttressroots.local',
    password: 'Banyan-Supplier-Demo-2026',
  },
  applicant: {
    accountName: 'demo_applicant',
    email: 'applicant@demo.buttressroots.local',
    password: 'Banyan-Applicant-Demo-2026',
  },
} as const;
