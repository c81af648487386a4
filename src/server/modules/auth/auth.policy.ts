// What the UI may offer each actor: `me.can`, one capability per screen, each backed by one action
// of the permission matrix (src/contracts/permissions.ts). Every route checks again through its own
// module policy, which reads the same matrix, so the UI cannot drift from the server.
import { CAPABILITIES, type Capabilities, type Capability } from '../../../contracts/permissions.js';
import { type Coverage, holds } from '../../http/access.js';

export function capabilities(actor: Coverage): Capabilities {
  const can = {} as Capabilities;
  for (const [name, action] of Object.entries(CAPABILITIES) as Array<[Capability, (typeof CAPABILITIES)[Capability]]>) {
    can[name] = holds(actor, action);
  }
  return can;
}
