import base from '../locales/es.json';
import { type Tree, withFeatures } from '../merge.js';

/** Spanish, base and features. A chunk of its own, fetched only when the app is shown in Spanish. */
export default withFeatures(base, import.meta.glob<Tree>('../features/*/es.json', { eager: true, import: 'default' }));
