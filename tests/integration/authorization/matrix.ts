// Every server action and every staff page, with who may use it. The test fails when an action or a
// page exists without an entry here, so a new one cannot ship without saying who may call it.
import type { Actor, MatrixContext } from "./actors";

type Allowed = Record<Actor, boolean>;

const STAFF_ONLY: Allowed = { anonymous: false, otherDeskVolunteer: true, volunteer: true, olp: true, admin: true };
const OLP_AND_ADMIN: Allowed = { anonymous: false, otherDeskVolunteer: false, volunteer: false, olp: true, admin: true };
const ADMIN_ONLY: Allowed = { anonymous: false, otherDeskVolunteer: false, volunteer: false, olp: false, admin: true };

export interface ActionEntry {
  /** "<file>#<export>", the file relative to the project root. */
  id: string;
  /** Public actions say why they need no role; they are not called with each actor. */
  public?: string;
  allowed?: Allowed;
  /** The arguments to call the action with, as a form would. */
  args?: (ctx: MatrixContext) => Promise<unknown[]>;
}

export interface PageEntry {
  /** The page file relative to the project root. */
  file: string;
  allowed: Allowed;
  params?: (ctx: MatrixContext) => Promise<Record<string, string>>;
}

const form = (fields: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) data.append(name, item);
  }
  return data;
};
void form;

export const ACTIONS: ActionEntry[] = [
  { id: "app/(citizen)/accesso/actions.ts#signInAction", public: "the sign-in form itself" },
  { id: "components/staff/sign-out-action.ts#signOutAction", public: "ends whatever session there is" },
  { id: "components/layout/language-actions.ts#setLanguage", public: "stores the visitor's language" },
];

export const PAGES: PageEntry[] = [
  { file: "app/(volunteer)/sportello/page.tsx", allowed: STAFF_ONLY },
  { file: "app/(olp)/supervisione/page.tsx", allowed: OLP_AND_ADMIN },
];

void ADMIN_ONLY;
