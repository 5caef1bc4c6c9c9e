import type { GuideContent } from './types.js';

const guide: GuideContent = {
  title: '{{term:toBeSuppliers}}',
  intro:
    'This guide explains how to become a supplier on Buttress Roots: registering an account, completing supplier authentication, managing your brands and products, and handling orders, contracts and invoices.',
  sections: [
    {
      id: 's1',
      number: '1',
      title: 'User Registration',
      body: [],
      children: [
        {
          id: 's1-1',
          number: '1.1',
          title: 'Creating an Account',
          body: [
            'To get started, you need to register an account: click {{term:login}}, then click {{term:register}}.',
          ],
        },
        {
          id: 's1-2',
          number: '1.2',
          title: 'Completing the Registration Form',
          body: [
            'On the {{term:register}} page, set your account name and password as prompted, enter your email address, type the verification code correctly and select the check box {{term:readAndAgree}} {{term:userAgreement}}. Your registration is then complete.',
          ],
        },
        {
          id: 's1-3',
          number: '1.3',
          title: 'Logging In',
          body: ['On the {{term:login}} page, enter the user name and password you have just registered to log in.'],
        },
        {
          id: 's1-4',
          number: '1.4',
          title: 'Resetting a Forgotten Password',
          body: [
            'If you forget your password, click {{term:forgotPassword}} on the {{term:login}} page. On the page that opens, enter the email address you provided during registration and click {{term:submit}}. Then reset your password by following the instructions the system sends to that email address.',
          ],
        },
      ],
    },
    {
      id: 's2',
      number: '2',
      title: '{{term:supplierAuthentication}}',
      body: [],
      children: [
        {
          id: 's2-1',
          number: '2.1',
          title: 'Submitting Authentication Materials',
          body: [
            'Enter your account name and password on the {{term:login}} page. Once you are logged in, select {{term:supplierAuthentication}} in your {{term:personalCenter}}, fill in your company details, upload the required materials and click {{term:nextStep}}. After checking that all the information is correct, submit it and wait for the system review, which usually takes 1-3 working days.',
          ],
        },
        {
          id: 's2-2',
          number: '2.2',
          title: 'Authentication Complete',
          body: [
            'Once your authentication has been approved, {{term:supplierAuthentication}} in your {{term:personalCenter}} changes to {{term:supplier}}. Click {{term:supplier}} to upload product information, complete your company information and trade with buyers as normal.',
          ],
        },
      ],
    },
    {
      id: 's3',
      number: '3',
      title: 'Brand Management',
      body: [
        'Before uploading products, you need to have your brands authenticated. In {{term:supplierManagement}}, click {{term:licensedBrands}} and choose {{term:privateBrands}} or {{term:agencyBrands}}, depending on the products you intend to upload.',
      ],
      children: [
        {
          id: 's3-1',
          number: '3.1',
          title: '{{term:privateBrands}}',
          body: [
            'On the {{term:privateBrands}} page, click {{term:newBrand}} and fill in the brand information truthfully. After confirming that the information is correct, submit it and wait for the system review, which usually takes 1-3 working days.',
          ],
        },
        {
          id: 's3-2',
          number: '3.2',
          title: '{{term:agencyBrands}}',
          body: [
            'On the {{term:agencyBrands}} page, click {{term:newAgencyBrand}}, fill in the brand information truthfully and upload the brand authorization certificate. After confirming that the information is correct, submit it and wait for the system review, which usually takes 1-3 working days.',
          ],
        },
      ],
    },
    {
      id: 's4',
      number: '4',
      title: '{{term:productManagement}}',
      body: [
        'Product information consists of text and images. Detailed information helps you receive orders from buyers more easily and efficiently.',
      ],
      children: [
        {
          id: 's4-1',
          number: '4.1',
          title: 'Opening {{term:productManagement}}',
          body: ['On the {{term:productManagement}} page, click {{term:newProducts}} to open the product upload page.'],
        },
        {
          id: 's4-2',
          number: '4.2',
          title: 'Editing Product Information',
          body: [
            'On the {{term:newProduct}} page, enter the basic information of the product according to its characteristics. The platform currently supports four languages: Chinese, English, Russian and Spanish. Product information in Chinese and English is mandatory. If you do not yet have product information in Russian or Spanish, you can upload the English version first and add the remaining language versions later.',
          ],
        },
        {
          id: 's4-3',
          number: '4.3',
          title: 'Submitting Product Information',
          body: [
            'When you have finished editing the product information, click {{term:submit}}. To keep product editing and listing flexible, suppliers manage and review their own product information and are responsible for ensuring that it is authentic and lawful.',
          ],
        },
        {
          id: 's4-4',
          number: '4.4',
          title: 'Listing and Delisting Products',
          body: [
            'All submitted products are shown on the {{term:productManagement}} page. Click {{term:unavailable}}, then confirm in the pop-up window whether to put the product on the shelf. Re-editing or removing a product follows similar steps. Manage all your product information according to the actual situation.',
          ],
        },
      ],
    },
    {
      id: 's5',
      number: '5',
      title: '{{term:orderManagement}}',
      body: [
        'When buyers see your product information, they usually contact you by email or telephone at first; later on, the platform will provide a more convenient communication channel. Once the details have been agreed, the buyer places an order. The buyer and the seller can proceed with the transaction only after the supplier has confirmed the order information.',
      ],
      children: [
        {
          id: 's5-1',
          number: '5.1',
          title: 'Completing Order Information',
          body: [
            'After the buyer submits an order, you receive a reminder by email, and the order appears with the status {{term:waitingForPerfection}} on the {{term:orderManagement}} page. Click {{term:viewDetails}} and, on the page that opens, complete the order information and the product prices.',
          ],
        },
        {
          id: 's5-2',
          number: '5.2',
          title: 'Contract Management',
          body: [
            'The platform automatically generates a contract from the transaction information of the buyer and the seller. On the {{term:orderManagement}} page, you can download and view the contract and complete its information. After confirming it, sign and seal the contract and upload it.',
          ],
        },
        {
          id: 's5-3',
          number: '5.3',
          title: 'Invoice Management',
          body: [],
          children: [
            {
              id: 's5-3-1',
              number: '5.3.1',
              title: 'Domestic Transactions',
              body: [
                'For domestic transactions, if the buyer requires an invoice, you need to issue a corresponding invoice based on the invoice information. For details of the invoice information, see the {{term:invoiceAndContract}} column on the {{term:orderManagement}} page.',
              ],
            },
            {
              id: 's5-3-2',
              number: '5.3.2',
              title: 'Export Trade',
              body: [
                'For export trade, the system automatically generates an English-language invoice. For details of the invoice information, see the {{term:invoiceAndContract}} column on the {{term:orderManagement}} page. Please check that the invoice information is accurate.',
              ],
            },
          ],
        },
        {
          id: 's5-4',
          number: '5.4',
          title: 'Order Status Tracking',
          body: [
            'The execution status of each order is updated as it progresses. To follow the latest status of an order, click {{term:viewDetails}} on the {{term:orderManagement}} page.',
          ],
        },
      ],
    },
  ],
};

export default guide;
