/**
 * The one staff/client check the rules share: a role named where only one side fits (our
 * staff teach, answer complaints and fill the team; the client's people are trained). A
 * role that is not defined is references/resolve's concern, so it is never "wrong".
 */
import type { Related } from '../../diagnostics/diagnostic.ts';
import type { Model } from '../../model/model.ts';
import { describeRole, rolesOf, type RoleInfo } from '../../model/roles.ts';

export type Side = RoleInfo['side'];

export interface WrongSide {
  role: RoleInfo;
  /** `"admin" (系统管理员)`, for messages. */
  described: string;
  /** The role's `side` in the organisation, for the diagnostic's related locations. */
  related: Related;
}

/** A checker bound to the model's roles: `wrongSide(id, 'staff')` when `id` must be one of ours. */
export function sideChecker(model: Model): (id: string, expected: Side) => WrongSide | undefined {
  const roles = rolesOf(model);
  return (id, expected) => {
    const role = roles.get(id);
    if (!role || role.side === expected) return undefined;
    return { role, described: describeRole(role), related: { location: role.sideAt, message: `${role.id} is defined with side: ${role.side}` } };
  };
}
