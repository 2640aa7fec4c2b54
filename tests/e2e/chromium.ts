// Debian's Chromium, never a downloaded browser, with the flags this machine's closed network needs
// (without the background-networking ones it keeps trying hosts it cannot reach). Shared by the
// Playwright config and the benchmark, so both drive the same browser the same way.
export const chromiumExecutable = process.env.PLAYWRIGHT_CHROMIUM ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
