import base from '../locales/ru.json';
import { type Tree, withFeatures } from '../merge.js';

/** Russian, base and features. A chunk of its own, fetched only when the app is shown in Russian. */
export default withFeatures(base, import.meta.glob<Tree>('../features/*/ru.json', { eager: true, import: 'default' }));
