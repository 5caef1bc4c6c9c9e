import type { GuideContent } from './types.js';

const guide: GuideContent = {
  title: '{{term:toBeSuppliers}}',
  intro:
    'Esta guía explica cómo convertirse en proveedor de Buttress Roots: registrar una cuenta, completar la autenticación de proveedor, gestionar sus marcas y productos, y tramitar pedidos, contratos y facturas.',
  sections: [
    {
      id: 's1',
      number: '1',
      title: 'Registro de usuario',
      body: [],
      children: [
        {
          id: 's1-1',
          number: '1.1',
          title: 'Creación de una cuenta',
          body: [
            'Para empezar, debe registrar una cuenta: haga clic en {{term:login}} y, a continuación, en {{term:register}}.',
          ],
        },
        {
          id: 's1-2',
          number: '1.2',
          title: 'Formulario de registro',
          body: [
            'En la página {{term:register}}, defina su nombre de cuenta y su contraseña según las indicaciones, introduzca su dirección de correo electrónico, escriba correctamente el código de verificación y marque la casilla {{term:readAndAgree}} {{term:userAgreement}}. Con ello, el registro quedará completado.',
          ],
        },
        {
          id: 's1-3',
          number: '1.3',
          title: 'Inicio de sesión',
          body: [
            'En la página {{term:login}}, introduzca el nombre de usuario y la contraseña que acaba de registrar para acceder a su cuenta.',
          ],
        },
        {
          id: 's1-4',
          number: '1.4',
          title: 'Recuperación de la contraseña',
          body: [
            'Si olvida su contraseña, haga clic en {{term:forgotPassword}} en la página {{term:login}}. En la página que se abre, introduzca la dirección de correo electrónico que indicó al registrarse y haga clic en {{term:submit}}. Después, restablezca la contraseña siguiendo las instrucciones que el sistema enviará a esa dirección.',
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
          title: 'Envío de la documentación de autenticación',
          body: [
            'Introduzca su nombre de cuenta y su contraseña en la página {{term:login}}. Una vez iniciada la sesión, seleccione {{term:supplierAuthentication}} en el {{term:personalCenter}}, complete los datos de su empresa, cargue la documentación correspondiente y haga clic en {{term:nextStep}}. Tras comprobar que la información es correcta, envíela y espere la revisión del sistema, que suele tardar 1-3 días hábiles.',
          ],
        },
        {
          id: 's2-2',
          number: '2.2',
          title: 'Autenticación completada',
          body: [
            'Una vez aprobada la autenticación, la opción {{term:supplierAuthentication}} del {{term:personalCenter}} pasará a mostrarse como {{term:supplier}}. Haga clic en {{term:supplier}} para cargar información de productos, completar los datos de su empresa y operar con normalidad con los compradores.',
          ],
        },
      ],
    },
    {
      id: 's3',
      number: '3',
      title: 'Gestión de marcas',
      body: [
        'Antes de cargar productos, los proveedores deben autenticar sus marcas. En {{term:supplierManagement}}, haga clic en {{term:licensedBrands}} y seleccione {{term:privateBrands}} o {{term:agencyBrands}} según los productos que vaya a cargar.',
      ],
      children: [
        {
          id: 's3-1',
          number: '3.1',
          title: '{{term:privateBrands}}',
          body: [
            'En la página {{term:privateBrands}}, haga clic en {{term:newBrand}} y complete la información de la marca con veracidad. Tras comprobar que la información es correcta, envíela y espere la revisión del sistema, que suele tardar 1-3 días hábiles.',
          ],
        },
        {
          id: 's3-2',
          number: '3.2',
          title: '{{term:agencyBrands}}',
          body: [
            'En la página {{term:agencyBrands}}, haga clic en {{term:newAgencyBrand}}, complete la información de la marca con veracidad y cargue el certificado de autorización de la marca. Tras comprobar que la información es correcta, envíela y espere la revisión del sistema, que suele tardar 1-3 días hábiles.',
          ],
        },
      ],
    },
    {
      id: 's4',
      number: '4',
      title: '{{term:productManagement}}',
      body: [
        'La información de un producto se compone de textos e imágenes. Una información detallada ayuda a los proveedores a recibir pedidos de los compradores de forma más cómoda y eficiente.',
      ],
      children: [
        {
          id: 's4-1',
          number: '4.1',
          title: 'Acceso a {{term:productManagement}}',
          body: [
            'En la página {{term:productManagement}}, haga clic en {{term:newProducts}} para acceder a la página de carga de productos.',
          ],
        },
        {
          id: 's4-2',
          number: '4.2',
          title: 'Edición de la información del producto',
          body: [
            'En la página {{term:newProduct}}, cargue la información básica del producto de acuerdo con sus características. Actualmente, la plataforma ofrece cuatro versiones lingüísticas: chino, inglés, ruso y español. La información del producto en chino y en inglés es obligatoria. Si aún no dispone de la información en ruso o en español, puede cargar primero la versión en inglés y completar las demás versiones más adelante.',
          ],
        },
        {
          id: 's4-3',
          number: '4.3',
          title: 'Envío de la información del producto',
          body: [
            'Cuando termine de editar la información del producto, haga clic en {{term:submit}}. Para ofrecer mayor flexibilidad en la edición y publicación de productos, la gestión y revisión de la información corresponde a los propios proveedores, que deben garantizar su veracidad y legalidad.',
          ],
        },
        {
          id: 's4-4',
          number: '4.4',
          title: 'Publicación y retirada de productos',
          body: [
            'Todos los productos enviados se muestran en la página {{term:productManagement}}. Haga clic en {{term:unavailable}} y confirme en la ventana emergente si desea publicar el producto. Para volver a editar o retirar un producto, los pasos son similares. Gestione toda la información de sus productos según la situación real.',
          ],
        },
      ],
    },
    {
      id: 's5',
      number: '5',
      title: '{{term:orderManagement}}',
      body: [
        'Cuando los compradores ven la información de los productos de un proveedor, en una primera fase suelen consultarle por correo electrónico o por teléfono; más adelante, la plataforma ofrecerá un canal de comunicación más cómodo. Una vez aclarados los detalles, el comprador realiza el pedido. Comprador y vendedor solo pueden continuar con la transacción después de que el proveedor confirme la información del pedido.',
      ],
      children: [
        {
          id: 's5-1',
          number: '5.1',
          title: 'Cumplimentación de la información del pedido',
          body: [
            'Cuando el comprador envía un pedido, usted recibe un aviso por correo electrónico y el pedido aparece con el estado {{term:waitingForPerfection}} en la página {{term:orderManagement}}. Haga clic en {{term:viewDetails}} y, en la página que se abre, complete la información del pedido y los precios de los productos.',
          ],
        },
        {
          id: 's5-2',
          number: '5.2',
          title: 'Gestión de contratos',
          body: [
            'La plataforma genera automáticamente un contrato a partir de la información de la transacción entre comprador y vendedor. En la página {{term:orderManagement}}, puede descargar y consultar el contrato y completar sus datos. Tras confirmarlo, fírmelo, séllelo y cárguelo en la plataforma.',
          ],
        },
        {
          id: 's5-3',
          number: '5.3',
          title: 'Gestión de facturas',
          body: [],
          children: [
            {
              id: 's5-3-1',
              number: '5.3.1',
              title: 'Operaciones nacionales',
              body: [
                'En las operaciones nacionales, si el comprador necesita factura, el proveedor debe emitir la factura correspondiente según los datos de facturación. Para más detalles sobre estos datos, consulte la sección {{term:invoiceAndContract}} de la página {{term:orderManagement}}.',
              ],
            },
            {
              id: 's5-3-2',
              number: '5.3.2',
              title: 'Comercio de exportación',
              body: [
                'En el comercio de exportación, el sistema genera automáticamente una factura en inglés. Para más detalles sobre los datos de la factura, consulte la sección {{term:invoiceAndContract}} de la página {{term:orderManagement}}. El proveedor debe verificar que los datos de la factura sean correctos.',
              ],
            },
          ],
        },
        {
          id: 's5-4',
          number: '5.4',
          title: 'Seguimiento del estado del pedido',
          body: [
            'El estado de ejecución del pedido se actualiza a medida que avanza. Para seguir su progreso más reciente, haga clic en {{term:viewDetails}} en la página {{term:orderManagement}}.',
          ],
        },
      ],
    },
  ],
};

export default guide;
