import base from '../locales/zh-CN.json';
import { type Tree, withFeatures } from '../merge.js';

/** Chinese, base and features. A chunk of its own, fetched only when the app is shown in Chinese. */
export default withFeatures(
  base,
  import.meta.glob<Tree>('../features/*/zh-CN.json', { eager: true, import: 'default' }),
);
