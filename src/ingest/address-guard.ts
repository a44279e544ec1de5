/**
 * Refuses private, loopback and other non-public addresses, so a feed or a redirect cannot make
 * the ingester read a service on the machine or the network it runs in (server-side request
 * forgery). The ranges are data (`blocked-ranges.json`, from IANA's special-purpose registries).
 */
import { BlockList, isIP } from 'node:net';
import { lookup } from 'node:dns/promises';
import { createRequire } from 'node:module';

const ranges = createRequire(import.meta.url)('./blocked-ranges.json') as { ipv4: string[]; ipv6: string[] };

const blocked = new BlockList();
for (const r of ranges.ipv4) {
  const [net, bits] = r.split('/');
  blocked.addSubnet(net, Number(bits), 'ipv4');
}
for (const r of ranges.ipv6) {
  const [net, bits] = r.split('/');
  blocked.addSubnet(net, Number(bits), 'ipv6');
}

/** True when an IP address (v4 or v6, IPv4-mapped v6 included) is not a public one. */
export function isBlockedAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  if (family === 6) {
    // ::ffff:127.0.0.1 reaches the IPv4 address it maps.
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    if (mapped) return blocked.check(mapped[1], 'ipv4');
    return blocked.check(address, 'ipv6');
  }
  return blocked.check(address, 'ipv4');
}

/**
 * Resolve a host name and refuse it when any of its addresses is not public (nor in `allowed`).
 * @returns the reason for refusing, or undefined when every address is public.
 */
export async function checkHost(hostname: string, allowed: readonly string[] = []): Promise<string | undefined> {
  const host = hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = (await lookup(host, { all: true })).map((a) => a.address);
    } catch (e) {
      return `the host ${host} could not be resolved (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`;
    }
  }
  const bad = addresses.find((a) => isBlockedAddress(a) && !allowed.includes(a));
  if (!bad) return undefined;
  return `${bad === host ? `${host} is` : `${host} resolves to ${bad},`} a private or loopback address (use --allow-local to allow it)`;
}
