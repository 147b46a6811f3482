import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse, { type Config, desktopConfig } from 'lighthouse';
import { chromiumArgs, chromiumPath } from '../../e2e/support/browser.ts';

export type Preset = 'mobile' | 'desktop';

export type PageLoad = { score: number; lcp: number; tbt: number; cls: number };

const configs: Record<Preset, Config | undefined> = {
  // Lighthouse's default: a mid-range phone, simulated slow 4G and 4× CPU slowdown.
  mobile: undefined,
  desktop: desktopConfig,
};


/** One Chromium for every Lighthouse run; each run opens its own tab and resets the site's storage. */
export function launchLighthouseChrome(): Promise<LaunchedChrome> {
  return launch({ chromePath: chromiumPath, chromeFlags: chromiumArgs, logLevel: 'error' });
}

const numeric = (value: number | undefined | null, what: string) => {
  if (typeof value !== 'number' || Number.isNaN(value)) throw new Error(`Lighthouse gave no ${what}`);
  return value;
};

/** One Lighthouse run, the performance category only. */
export async function measurePageLoad(chrome: LaunchedChrome, url: string, preset: Preset, cookie?: string): Promise<PageLoad> {
  const result = await lighthouse(
    url,
    {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
      ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
    },
    configs[preset],
  );
  const lhr = result?.lhr;
  if (!lhr) throw new Error(`Lighthouse gave no result for ${url}`);
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const audit = (id: string) => numeric(lhr.audits[id]?.numericValue, id);
  return {
    score: Math.round(numeric(lhr.categories.performance?.score, 'performance score') * 100),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
  };
}

