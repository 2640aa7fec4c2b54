import { parseHttpUrl } from './fetch';

/** The form of an address used to recognise the same article saved twice. */
export function normaliseArticleUrl(input: string): string {
  const url = parseHttpUrl(input);
  for (const key of [...url.searchParams.keys()]) {
    if (/^(utm_|fbclid$|gclid$|mc_cid$|mc_eid$)/.test(key)) url.searchParams.delete(key);
  }
  url.hostname = url.hostname.toLowerCase();
  return url.href;
}
