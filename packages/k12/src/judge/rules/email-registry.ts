/** Who claimed an email: enough to decide whether two claims are one dual-role person. */
export interface EmailOwner {
  readonly file: string;
  readonly row: number;
  /** Role family: Clever `teacher`/`staff`/`student`; OneRoster the user's sorted roles. */
  readonly kind: string;
  /** Normalised full name, to check that a dual-role pair is one person. */
  readonly name: string;
}

/** How a second claim of an email relates to the first. */
export type EmailClaim =
  | { readonly status: 'new' }
  | { readonly status: 'dual-role'; readonly first: EmailOwner }
  | { readonly status: 'duplicate'; readonly first: EmailOwner };

/** Decides whether two owners may share an email (a dual-role pair). */
export type DualRolePolicy = (first: EmailOwner, second: EmailOwner) => boolean;

/** Tracks emails (case-insensitively); each may be claimed once, or twice by a dual-role pair. */
export class EmailRegistry {
  private readonly owners = new Map<string, { first: EmailOwner; claims: number }>();

  constructor(private readonly dualRole: DualRolePolicy) {}

  /** Claims `email` for `owner` and says how that went. */
  claim(email: string, owner: EmailOwner): EmailClaim {
    const key = email.toLowerCase();
    const seen = this.owners.get(key);
    if (!seen) {
      this.owners.set(key, { first: owner, claims: 1 });
      return { status: 'new' };
    }
    seen.claims++;
    const paired = seen.claims === 2 && this.dualRole(seen.first, owner);
    return { status: paired ? 'dual-role' : 'duplicate', first: seen.first };
  }
}
