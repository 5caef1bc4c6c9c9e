import type { AgreementContent } from './types.js';

const agreement: AgreementContent = {
  intro:
    'This Agreement sets out the terms on which you use Buttress Roots, a cross-border B2B trade platform. Please read it carefully: by ticking {{term:readAndAgree}} when you register, you accept it.',
  sections: [
    {
      id: 'a1',
      title: '1. Parties and scope',
      paragraphs: [
        'This User Agreement (the “Agreement”) is concluded between the operator of Buttress Roots (“we”, “the platform”) and every person or organisation that registers an account (“you”, “the user”). It applies to the website, its four language versions and every service offered through them.',
        'Buyers and suppliers contract with each other directly. The platform provides the tools to find products, communicate, conclude contracts and track orders; unless it expressly says otherwise, it is not a party to the sales contracts between users.',
      ],
    },
    {
      id: 'a2',
      title: '2. Your account',
      paragraphs: [
        'To register, you choose an account name and a password, give a valid email address and confirm it with a verification code. The information you give must be true and kept up to date.',
        'You are responsible for everything done with your account. Keep your password secret, do not share the account, and tell Customer Support at once if you suspect that someone else is using it. You can review and sign out your active sessions in the {{term:personalCenter}}.',
        'An account registered on behalf of a company is deemed to act for that company.',
      ],
    },
    {
      id: 'a3',
      title: '3. Supplier authentication',
      paragraphs: [
        'To sell on the platform, a user completes {{term:supplierAuthentication}} in the {{term:personalCenter}}: it submits the company’s details, its business licence and the other materials requested. The review usually takes 1–3 working days.',
        'You confirm that the materials are genuine and valid and that you are authorised to submit them. We may refuse or withdraw authentication if the materials are false, expired or incomplete, and we may ask for further documents at any time.',
      ],
    },
    {
      id: 'a4',
      title: '4. Product information and other content',
      paragraphs: [
        'Suppliers publish and manage their product information themselves; the platform does not review it before it is shown. Each supplier guarantees that its product information, pictures, prices and certificates are true, accurate and lawful, and bears full responsibility for them.',
        'Content must not be false or misleading, infringe the rights of others, or concern goods whose sale or export is prohibited. We may take such content off the shelf and suspend the account concerned.',
      ],
    },
    {
      id: 'a5',
      title: '5. Brands and intellectual property',
      paragraphs: [
        'Suppliers may publish products only under brands they own or are authorised to sell, and submit the trademark certificate or the brand authorisation certificate for review. When an agency authorisation expires, the products of that brand are taken off the shelf.',
        'You keep the rights to the content you upload and allow the platform to display, translate and reproduce it as far as needed to operate its services. The platform’s name, logo, software and design belong to the operator.',
      ],
    },
    {
      id: 'a6',
      title: '6. Orders, contracts and invoices',
      paragraphs: [
        'An order binds the parties only once the supplier has completed and confirmed it. The platform then generates a contract from the order data; both parties check it, sign, seal and upload it. Each party is responsible for the accuracy of what it confirms.',
        'Suppliers issue invoices as the law requires; for export orders the platform generates an English commercial invoice for the supplier to confirm. Delivery, payment, quality and after-sales service are governed by the contract between the buyer and the supplier.',
      ],
    },
    {
      id: 'a7',
      title: '7. Fees',
      paragraphs: [
        'Registration, supplier authentication and the use of the platform’s services are currently free of charge. If we introduce fees, we will announce them in advance, and they will apply to you only after you have accepted them.',
      ],
    },
    {
      id: 'a8',
      title: '8. Privacy and personal data',
      paragraphs: [
        'We process the personal data you give us (such as your account name, email address, company details and sign-in information) only to provide and secure the services, to meet our legal obligations and to write to you in the language you choose.',
        'Passwords are stored only in hashed form. We do not sell personal data. Details shared with a trading partner for an order may be used by that partner for that order only. You may ask us to correct or delete your data, subject to the retention periods required by law.',
      ],
    },
    {
      id: 'a9',
      title: '9. Liability',
      paragraphs: [
        'We work to keep the platform available and secure but cannot guarantee that it will always run without interruption or error. We are not liable for the goods, payments or performance of contracts between users, nor for losses caused by force majeure, network failures beyond our control or a password you did not keep safe.',
        'If you breach this Agreement or the law, we may restrict features, take content down, or suspend or close the account, and you are liable for the resulting damage.',
      ],
    },
    {
      id: 'a10',
      title: '10. Changes and governing law',
      paragraphs: [
        'We may amend this Agreement. Every version carries a number and a date; material changes are announced on the platform or by email before they take effect, and continuing to use the platform afterwards means that you accept them.',
        'This Agreement is governed by the laws of the People’s Republic of China. Disputes are settled first by friendly negotiation and, failing that, by the competent people’s court at the place where the platform operator is registered. The four language versions have the same meaning; in case of doubt, the Chinese version prevails.',
      ],
    },
    {
      id: 'a11',
      title: '11. Contact',
      paragraphs: [
        'For questions about this Agreement, your account or your data, call Customer Support on +86 15010706836 (shown at the top of every page).',
      ],
    },
  ],
};

export default agreement;
