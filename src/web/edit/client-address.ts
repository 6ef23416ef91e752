/**
 * Which address a request comes from, for the editor's rate limits and audit
 * log. By default it is the socket's: X-Forwarded-For can be sent by anyone.
 * Behind a reverse proxy, TRUST_PROXY names the proxies whose
 * X-Forwarded-For is believed: `loopback`, and/or addresses and CIDR ranges
 * (`10.0.0.0/8, 2001:db8::/32`). The client is then the right-most address
 * of the header that is not itself a trusted proxy.
 */
import { BlockList, isIP } from 'node:net';
import type { Context } from 'hono';

/** TRUST_PROXY can't be read; the message says which entry and why. */
export class ProxyConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProxyConfigError';
  }
}

/** Which peers' X-Forwarded-For to believe. */
export interface ProxyTrust {
  /** What was configured, in words ("none", "loopback, 10.0.0.0/8"). */
  description: string;
  trusts(address: string): boolean;
}

export const TRUST_NONE: ProxyTrust = { description: 'none', trusts: () => false };

/** An IPv4 address written as IPv6 (::ffff:127.0.0.1) as plain IPv4. */
function plain(address: string): string {
  const m = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return m?.[1] ?? address;
}

/**
 * Reads TRUST_PROXY: empty, `none` or `false` trusts no proxy.
 * @example parseTrustProxy('loopback, 10.0.0.0/8').trusts('10.1.2.3') // true
 */
export function parseTrustProxy(text: string | undefined): ProxyTrust {
  const entries = (text ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e !== '');
  if (entries.length === 0 || (entries.length === 1 && /^(none|false|0)$/i.test(entries[0] ?? ''))) return TRUST_NONE;
  const list = new BlockList();
  for (const entry of entries) {
    if (entry === 'loopback') {
      list.addSubnet('127.0.0.0', 8, 'ipv4');
      list.addAddress('::1', 'ipv6');
      continue;
    }
    const [address = '', prefixText, extra] = entry.split('/');
    const family = isIP(address);
    if (family === 0 || extra !== undefined)
      throw new ProxyConfigError(`TRUST_PROXY: "${entry}" is not loopback, an IP address or a CIDR range such as 10.0.0.0/8`);
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (prefixText === undefined) {
      list.addAddress(address, type);
      continue;
    }
    const prefix = Number(prefixText);
    if (!/^\d{1,3}$/.test(prefixText) || prefix > (family === 4 ? 32 : 128))
      throw new ProxyConfigError(`TRUST_PROXY: "${entry}" has a prefix length that is not 0-${family === 4 ? 32 : 128}`);
    list.addSubnet(address, prefix, type);
  }
  return {
    description: entries.join(', '),
    trusts(address) {
      const a = plain(address);
      const family = isIP(a);
      return family !== 0 && list.check(a, family === 4 ? 'ipv4' : 'ipv6');
    },
  };
}

/**
 * The client's address: the socket's, or, when the socket is a trusted
 * proxy, the right-most untrusted address of X-Forwarded-For (one that
 * isn't an IP address ends the walk: the proxy before it is not trusted).
 * @example clientAddress('127.0.0.1', '203.0.113.9, 127.0.0.1', parseTrustProxy('loopback')) // '203.0.113.9'
 */
export function clientAddress(socket: string, forwardedFor: string | undefined, trust: ProxyTrust): string {
  if (!trust.trusts(socket) || forwardedFor === undefined) return plain(socket);
  const hops = forwardedFor
    .split(',')
    .map((h) => h.trim())
    .filter((h) => h !== '');
  let client = plain(socket);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = plain(hops[i] ?? '');
    if (isIP(hop) === 0) break;
    client = hop;
    if (!trust.trusts(hop)) break;
  }
  return client;
}

/** The socket's address (@hono/node-server puts the request in c.env.incoming), or "unknown". */
export function socketAddress(c: Context): string {
  const env: unknown = c.env;
  if (typeof env === 'object' && env !== null && 'incoming' in env) {
    const incoming = env.incoming as { socket?: { remoteAddress?: string } } | undefined;
    const address = incoming?.socket?.remoteAddress;
    if (typeof address === 'string' && address !== '') return address;
  }
  return 'unknown';
}

const resolved = new WeakMap<Context, string>();

/** Decides the client address of each /edit request once, for clientIp to read. */
export function rememberClientAddress(c: Context, trust: ProxyTrust): void {
  resolved.set(c, clientAddress(socketAddress(c), c.req.header('x-forwarded-for'), trust));
}

/** The client address decided for this request (the socket's when none was). */
export function rememberedClientAddress(c: Context): string {
  return resolved.get(c) ?? plain(socketAddress(c));
}
