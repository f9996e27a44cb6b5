import type { ColumnSpec } from '../../plan/index.js';
import { permuteIndex } from '../semantic/index.js';
import { cell, type CellBuilder } from './cell-env.js';
import { IPV4_HOSTS, IPV4_NETWORKS, ipv4Host, ipv4Network, MAC_ADDRESSES, macAddress } from './network-address.js';
import { xmlDocument } from './xml-document.js';

type NetworkKind = Extract<ColumnSpec, { generator: 'network' }>['kind'];

const FORMS: Record<NetworkKind, readonly [span: number, form: (index: number) => string]> = {
  inet: [IPV4_HOSTS, ipv4Host],
  cidr: [IPV4_NETWORKS, ipv4Network],
  macaddr: [MAC_ADDRESSES, macAddress],
};

/** Network addresses from a keyed permutation of the row: distinct rows get distinct addresses. */
export const networkCell: CellBuilder = (env) => {
  const [span, form] = FORMS[(env.spec as Extract<ColumnSpec, { generator: 'network' }>).kind];
  return cell((ctx) => form(permuteIndex(ctx.row % span, span, env.key)), 'string');
};

/** A small XML document naming the row (1-based), so unique by construction. */
export const xmlCell: CellBuilder = (env) => cell((ctx) => xmlDocument(ctx.rngFor(env.key), ctx.row + 1), 'string');
