/**
 * The organisation's roles by id, for rules that care which side a role is on: we train
 * and report to the client's people (`client`), and only our own staff (`staff`) can
 * teach, maintain, answer complaints or be on the team.
 */
import type { SourceRef } from '../diagnostics/diagnostic.ts';
import type { Role } from '../schema/index.ts';
import type { Model } from './model.ts';

export interface RoleInfo {
  id: string;
  side: Role['side'];
  /** The Chinese name, the one a bid prints. */
  name: string;
  /** The role's `side` value in the organisation file. */
  sideAt: SourceRef;
}

/** Roles by id; empty without an organisation. The first definition of an id wins. */
export function rolesOf(model: Model): Map<string, RoleInfo> {
  const roles = new Map<string, RoleInfo>();
  const org = model.organisation;
  org?.data.roles.forEach((r, i) => {
    if (roles.has(r.id)) return;
    roles.set(r.id, { id: r.id, side: r.side, name: typeof r.name === 'string' ? r.name : r.name.zh, sideAt: org.locate(['roles', i, 'side']) });
  });
  return roles;
}

/** `"admin" (系统管理员)`, for messages. */
export const describeRole = (r: RoleInfo) => `"${r.id}" (${r.name})`;
