// Optional outside tools (Debian packages CI installs): tests that need one skip with a clear
// message when it is absent, e.g. on a user's machine.
import { spawnSync } from 'node:child_process';

export function hasCommand(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

export const skipUnless = (name: string, pkg: string) =>
  hasCommand(name) ? false : `${name} is not installed (Debian package ${pkg})`;

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
