/** The first product on the shelf and its supplier: the pages the audits open (demo data on). */
export async function firstCatalogIds(base: string): Promise<{ product: string; supplier: string }> {
  const res = await fetch(`${base}/api/catalog/products`);
  if (!res.ok) throw new Error(`GET /api/catalog/products: ${res.status}`);
  const page = (await res.json()) as { items: { id: string; supplier: { id: string } }[] };
  const first = page.items[0];
  if (!first) throw new Error('The catalog is empty: start the server with the demo data (DEMO_DATA=true).');
  return { product: first.id, supplier: first.supplier.id };
}

/** The public pages issue 16 audits, by name, with the ids of the first product and supplier. */
export function publicPages(ids: { product: string; supplier: string }): [string, string][] {
  return [
    ['home', '/'],
    ['search', '/search?q=bolt'],
    ['product', `/products/${ids.product}`],
    ['supplier', `/suppliers/${ids.supplier}`],
    ['guide', '/to-be-suppliers'],
    ['register', '/register'],
    ['login', '/login'],
  ];
}
