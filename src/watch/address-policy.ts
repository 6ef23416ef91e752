/**
 * Which network addresses the watcher may connect to: public ones only,
 * unless PRIVACYDEFEND_WATCH_ALLOW_PRIVATE=1. The check runs on the address
 * a hostname resolved to, at connect time, so a public name that resolves to
 * a private address (or changes to one) is refused too.
 */
import { BlockList, isIP } from 'node:net';

const blocked = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  blocked.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['2001:db8::', 32],
  ['64:ff9b::', 96],
] as const) {
  blocked.addSubnet(net, prefix, 'ipv6');
}

/**
 * True for loopback, private, link-local, carrier-grade NAT, multicast,
 * documentation and other non-public addresses (IPv4-mapped IPv6 included).
 * @example isPrivateAddress('10.1.2.3') // true
 */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return blocked.check(address, 'ipv4');
  if (family === 6) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    if (mapped?.[1] !== undefined) return blocked.check(mapped[1], 'ipv4');
    return blocked.check(address, 'ipv6');
  }
  throw new TypeError(`isPrivateAddress: "${address}" is not an IP address`);
}

/** Whether PRIVACYDEFEND_WATCH_ALLOW_PRIVATE=1 lets the watcher reach private and loopback addresses. */
export function privateAddressesAllowed(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.PRIVACYDEFEND_WATCH_ALLOW_PRIVATE === '1';
}
