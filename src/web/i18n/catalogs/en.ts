import base from '../locales/en.json';
import { type Tree, withFeatures } from '../merge.js';

/**
 * English, base and features. Bundled in the entry chunk: it is the fallback language, so always
 * needed; the other three are chunks of their own (see ../index.ts).
 */
export default withFeatures(base, import.meta.glob<Tree>('../features/*/en.json', { eager: true, import: 'default' }));
