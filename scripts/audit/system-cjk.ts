import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import nodePath from 'node:path';

/**
 * --system-cjk: the browser sees an installed CJK font, as every phone has (PingFang SC, Noto Sans
 * CJK SC…) and Debian's Chromium here does not: Noto Sans SC from @expo-google-fonts, added through
 * a fontconfig file of our own under Android's family name, Noto Sans CJK SC. Shows what a Chinese page costs where the web font is not needed.
 */
export function systemCjkEnv(): Record<string, string> {
  const dir = mkdtempSync(nodePath.join(os.tmpdir(), 'audit-fonts-'));
  mkdirSync(nodePath.join(dir, 'fonts'));
  copyFileSync(
    'node_modules/@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
    nodePath.join(dir, 'fonts', 'NotoSansSC-Regular.ttf'),
  );
  const conf = nodePath.join(dir, 'fonts.conf');
  writeFileSync(
    conf,
    `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>` +
      `<include ignore_missing="yes">/etc/fonts/fonts.conf</include><dir>${dir}/fonts</dir>` +
      // Under Android's name: "Noto Sans SC" is the web font's own family, which shadows it.
      `<match target="scan"><test name="family"><string>Noto Sans SC</string></test>` +
      `<edit name="family" mode="assign" binding="same"><string>Noto Sans CJK SC</string></edit></match>` +
      `<cachedir>${dir}/cache</cachedir></fontconfig>`,
  );
  return { ...(process.env as Record<string, string>), FONTCONFIG_FILE: conf };
}
