import type { AgreementContent } from './types.js';

const agreement: AgreementContent = {
  intro:
    'Este Acuerdo establece las condiciones en las que usted utiliza Buttress Roots, una plataforma de comercio B2B transfronterizo. Léalo con atención: al marcar durante el registro la casilla de aceptación junto al enlace de este Acuerdo, usted lo acepta.',
  sections: [
    {
      id: 'a1',
      title: '1. Partes y ámbito de aplicación',
      paragraphs: [
        'El presente Acuerdo de usuario (el «Acuerdo») se celebra entre el operador de Buttress Roots («nosotros», «la plataforma») y toda persona u organización que registre una cuenta («usted», «el usuario»). Se aplica al sitio web, a sus cuatro versiones lingüísticas y a todos los servicios que se ofrecen a través de ellos.',
        'Compradores y proveedores contratan directamente entre sí. La plataforma ofrece las herramientas para buscar productos, comunicarse, celebrar contratos y hacer el seguimiento de los pedidos; salvo que indique expresamente lo contrario, no es parte de los contratos de compraventa entre usuarios.',
      ],
    },
    {
      id: 'a2',
      title: '2. Su cuenta',
      paragraphs: [
        'Para registrarse, usted elige un nombre de cuenta y una contraseña, indica una dirección de correo electrónico válida y la confirma con un código de verificación. La información que facilite debe ser veraz y mantenerse actualizada.',
        'Usted es responsable de todo lo que se haga con su cuenta. Mantenga su contraseña en secreto, no comparta la cuenta e informe de inmediato a Atención al cliente si sospecha que otra persona la está utilizando. En el {{term:personalCenter}} puede consultar sus sesiones activas y cerrarlas.',
        'Se considera que una cuenta registrada en nombre de una empresa actúa en nombre de dicha empresa.',
      ],
    },
    {
      id: 'a3',
      title: '3. Autenticación de proveedor',
      paragraphs: [
        'Para vender en la plataforma, el usuario completa la {{term:supplierAuthentication}} en el {{term:personalCenter}}: envía los datos de la empresa, su licencia comercial y los demás documentos solicitados. La revisión suele tardar de 1 a 3 días hábiles.',
        'Usted garantiza que los documentos son auténticos y están vigentes, y que está autorizado a presentarlos. Podemos denegar o retirar la autenticación si los documentos son falsos, han caducado o están incompletos, y solicitar documentación adicional en cualquier momento.',
      ],
    },
    {
      id: 'a4',
      title: '4. Información de productos y otros contenidos',
      paragraphs: [
        'Los proveedores publican y gestionan por sí mismos la información de sus productos; la plataforma no la revisa antes de mostrarla. Cada proveedor garantiza que la información, las imágenes, los precios y los certificados de sus productos son veraces, exactos y lícitos, y asume plena responsabilidad por ellos.',
        'Los contenidos no deben ser falsos ni engañosos, vulnerar derechos de terceros ni referirse a mercancías cuya venta o exportación esté prohibida. Podemos retirar dichos contenidos y suspender la cuenta correspondiente.',
      ],
    },
    {
      id: 'a5',
      title: '5. Marcas y propiedad intelectual',
      paragraphs: [
        'Los proveedores solo pueden publicar productos de marcas de su propiedad o que estén autorizados a vender, y presentan para su revisión el certificado de registro de la marca o el certificado de autorización de la marca. Cuando vence una autorización de representación, los productos de esa marca se retiran de la venta.',
        'Usted conserva los derechos sobre los contenidos que sube y autoriza a la plataforma a mostrarlos, traducirlos y reproducirlos en la medida necesaria para prestar sus servicios. El nombre, el logotipo, el software y el diseño de la plataforma pertenecen al operador.',
      ],
    },
    {
      id: 'a6',
      title: '6. Pedidos, contratos y facturas',
      paragraphs: [
        'Un pedido solo vincula a las partes después de que el proveedor lo haya completado y confirmado. A continuación, la plataforma genera un contrato a partir de los datos del pedido; ambas partes lo revisan, lo firman, lo sellan y lo suben. Cada parte responde de la exactitud de lo que confirma.',
        'Los proveedores emiten las facturas conforme a la ley; para los pedidos de exportación, la plataforma genera una factura comercial en inglés que el proveedor debe confirmar. La entrega, el pago, la calidad y el servicio posventa se rigen por el contrato entre el comprador y el proveedor.',
      ],
    },
    {
      id: 'a7',
      title: '7. Tarifas',
      paragraphs: [
        'Actualmente, el registro, la autenticación de proveedor y el uso de los servicios de la plataforma son gratuitos. Si introducimos tarifas, las anunciaremos con antelación y solo se le aplicarán una vez que usted las haya aceptado.',
      ],
    },
    {
      id: 'a8',
      title: '8. Privacidad y datos personales',
      paragraphs: [
        'Tratamos los datos personales que nos facilita (como el nombre de cuenta, la dirección de correo electrónico, los datos de la empresa y la información de inicio de sesión) únicamente para prestar y proteger los servicios, cumplir nuestras obligaciones legales y escribirle en el idioma que elija.',
        'Las contraseñas se guardan solo en forma de hash. No vendemos datos personales. Los datos compartidos con un socio comercial para un pedido solo pueden ser utilizados por este para ese pedido. Puede pedirnos que rectifiquemos o eliminemos sus datos, sin perjuicio de los plazos de conservación que exija la ley.',
      ],
    },
    {
      id: 'a9',
      title: '9. Responsabilidad',
      paragraphs: [
        'Trabajamos para que la plataforma esté disponible y sea segura, pero no podemos garantizar que funcione siempre sin interrupciones ni errores. No respondemos de las mercancías, los pagos ni el cumplimiento de los contratos entre usuarios, ni de los daños causados por fuerza mayor, por fallos de red ajenos a nuestro control o por no haber custodiado usted debidamente su contraseña.',
        'Si usted incumple este Acuerdo o la ley, podemos limitar funciones, retirar contenidos o suspender o cerrar la cuenta, y usted responderá de los daños que de ello se deriven.',
      ],
    },
    {
      id: 'a10',
      title: '10. Modificaciones y ley aplicable',
      paragraphs: [
        'Podemos modificar este Acuerdo. Cada versión lleva un número y una fecha; los cambios importantes se anuncian en la plataforma o por correo electrónico antes de su entrada en vigor, y seguir utilizando la plataforma después implica su aceptación.',
        'Este Acuerdo se rige por las leyes de la República Popular China. Las controversias se resolverán en primer lugar mediante negociación amistosa y, en su defecto, ante el tribunal popular competente del lugar en que esté registrado el operador de la plataforma. Las cuatro versiones lingüísticas tienen el mismo significado; en caso de duda, prevalece la versión en chino.',
      ],
    },
    {
      id: 'a11',
      title: '11. Contacto',
      paragraphs: [
        'Si tiene preguntas sobre este Acuerdo, su cuenta o sus datos, llame a Atención al cliente al +86 15010706836 (figura en la parte superior de cada página).',
      ],
    },
  ],
};

export default agreement;
