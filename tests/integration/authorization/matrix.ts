// Every server action and every staff page, with who may use it. The test fails when an action or a
// page exists without an entry here, so a new one cannot ship without saying who may call it.
import type { Actor, MatrixContext } from "./actors";

type Allowed = Record<Actor, boolean>;

const STAFF_ONLY: Allowed = { anonymous: false, otherDeskVolunteer: true, volunteer: true, olp: true, admin: true };
const OLP_AND_ADMIN: Allowed = { anonymous: false, otherDeskVolunteer: false, volunteer: false, olp: true, admin: true };
/** Staff who work at desk 138935: its volunteers, its OLP, and administrators. */
const DESK_STAFF: Allowed = { anonymous: false, otherDeskVolunteer: false, volunteer: true, olp: true, admin: true };
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
let created = 0;

/** A complaint about desk 138935, received now, to open and handle. */
async function newComplaint(ctx: MatrixContext): Promise<string> {
  const now = new Date();
  const complaint = await ctx.db.complaint.create({
    data: { kind: "COMPLAINT", sedeId: ctx.deskId, text: "Messaggio di prova della matrice.", receivedAt: now, dueAt: new Date(now.getTime() + 30 * 86_400_000) },
  });
  return complaint.id;
}

/** A session of the Cremona project (desk 138935's), today, to record attendance at. */
async function newTrainingSession(ctx: MatrixContext): Promise<string> {
  const project = await ctx.db.project.findFirstOrThrow({ where: { sedi: { some: { sedeId: ctx.deskId } } } });
  const day = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
  const session = await ctx.db.trainingSession.create({ data: { projectId: project.id, kind: "GENERAL", title: "Matrice", day, startMinute: 540, minutes: 120 } });
  return session.id;
}

export const ACTIONS: ActionEntry[] = [
  { id: "app/(citizen)/accesso/actions.ts#signInAction", public: "the sign-in form itself" },
  { id: "components/staff/sign-out-action.ts#signOutAction", public: "ends whatever session there is" },
  { id: "components/layout/language-actions.ts#setLanguage", public: "stores the visitor's language" },
  {
    id: "app/(citizen)/accesso/password-dimenticata/actions.ts#requestPasswordResetAction",
    public: "staff who forgot their password are not signed in; rate-limited, same answer for every address",
  },
  { id: "app/(citizen)/accesso/nuova-password/actions.ts#setPasswordAction", public: "authorized by the one-time token it carries" },
  { id: "app/(citizen)/prenota/actions.ts#bookingAction", public: "citizens book without an account; rate-limited per client address" },
  {
    id: "app/(citizen)/prenotazione/actions.ts#lookupBookingAction",
    public: "citizens prove a booking is theirs with its code and e-mail together; rate-limited, one answer for every mismatch",
  },
  {
    id: "app/(citizen)/prenotazione/actions.ts#rescheduleBookingAction",
    public: "acts only on the booking named by the signed cookie that booking or look-up set (tested in manage-booking tests)",
  },
  {
    id: "app/(citizen)/prenotazione/actions.ts#cancelBookingAction",
    public: "acts only on the booking named by the signed cookie that booking or look-up set (tested in manage-booking tests)",
  },
  { id: "app/(citizen)/prenotazione/actions.ts#forgetBookingAction", public: "clears this browser's booking cookie only" },
  {
    id: "app/(citizen)/valuta/actions.ts#openQuestionnaireAction",
    public: "citizens answer without an account; the unguessable code is the key, tries rate-limited per client address",
  },
  {
    id: "app/(citizen)/valuta/actions.ts#answerQuestionnaireAction",
    public: "acts only on the contact its code opens, once (PostgreSQL's key); rate-limited per client address",
  },
  { id: "app/(citizen)/reclami/actions.ts#fileComplaintAction", public: "citizens write without an account; rate-limited per client address" },
  {
    id: "app/(citizen)/reclami/actions.ts#complaintStatusAction",
    public: "the reference and the e-mail together prove the complaint is theirs; rate-limited, one answer for every mismatch",
  },
  {
    id: "app/(olp)/supervisione/personale/actions.ts#createUserAction",
    allowed: OLP_AND_ADMIN,
    args: async (ctx) => [
      null,
      form({ name: "Nuovo Volontario", email: `nuovo-${++created}@sportello.demo`, role: "VOLUNTEER", sedeIds: [ctx.deskId] }),
    ],
  },
  {
    id: "app/(olp)/supervisione/personale/actions.ts#updateUserAction",
    allowed: OLP_AND_ADMIN,
    args: async (ctx) => [null, form({ userId: await ctx.newVolunteer(), name: "Nome Cambiato", role: "VOLUNTEER", sedeIds: [ctx.deskId] })],
  },
  {
    id: "app/(olp)/supervisione/personale/actions.ts#setActiveAction",
    allowed: OLP_AND_ADMIN,
    args: async (ctx) => [form({ userId: await ctx.newVolunteer(), active: "false" })],
  },
  {
    id: "app/(olp)/supervisione/personale/actions.ts#sendPasswordLinkAction",
    allowed: OLP_AND_ADMIN,
    args: async (ctx) => [form({ userId: await ctx.newVolunteer() })],
  },
  ...(
    [
      ["checkInAction", { code: "AAAA-BBBB-CCCC-DDDD" }],
      ["walkInAction", { serviceCode: "PIN_PUK", name: "" }],
      ["openWorkstationAction", { workstationId: "" }],
      ["closeWorkstationAction", {}],
      ["callNextAction", {}],
      ["markNoShowAction", { appointmentId: "" }],
      ["startVisitAction", { visitId: "" }],
      ["outcomeAction", { visitId: "", outcome: "" }],
    ] as const
  ).map(([name, fields]): ActionEntry => ({
    id: `app/(volunteer)/sportello/[scuCode]/actions.ts#${name}`,
    allowed: DESK_STAFF,
    args: async () => [null, form({ scuCode: "138935", ...fields })],
  })),
  { id: "app/(volunteer)/sportello/[scuCode]/actions.ts#recordStepAction", allowed: DESK_STAFF, args: async () => ["138935", {}] },
  {
    id: "app/(volunteer)/sportello/[scuCode]/actions.ts#showFeedbackCodeAction",
    allowed: DESK_STAFF,
    args: async () => [null, form({ scuCode: "138935", visitId: "00000000-0000-4000-8000-000000000000" })],
  },
  // Complaints: the OLP of the complaint's desk and administrators (another desk's OLP: refused, in feedback.test.ts).
  ...(
    [
      ["startComplaintAction", {}],
      ["answerComplaintAction", { answer: "Risposta della matrice di prova." }],
      ["closeComplaintAction", { reason: "Chiuso dalla matrice" }],
    ] as const
  ).map(([name, fields]): ActionEntry => ({
    id: `app/(olp)/supervisione/reclami/actions.ts#${name}`,
    allowed: OLP_AND_ADMIN,
    args: async (ctx) => [null, form({ complaintId: await newComplaint(ctx), ...fields })],
  })),
  // A timesheet is one's own: every signed-in member of staff acts on their own days only.
  { id: "app/(volunteer)/sportello/ore/actions.ts#saveDayAction", allowed: STAFF_ONLY, args: async () => [null, form({ day: "2020-01-01", kind: "PERMIT" })] },
  { id: "app/(volunteer)/sportello/ore/actions.ts#deleteDayAction", allowed: STAFF_ONLY, args: async () => [null, form({ day: "2020-01-01" })] },
  { id: "app/(volunteer)/sportello/ore/actions.ts#submitWeekAction", allowed: STAFF_ONLY, args: async () => [null, form({ weekStart: "2020-01-06" })] },
  {
    id: "app/(olp)/supervisione/ore/actions.ts#reviewWeekAction",
    allowed: OLP_AND_ADMIN,
    args: async (ctx) => [null, form({ userId: await ctx.newVolunteer(), weekStart: "2020-01-06", decision: "approve" })],
  },
  // Training: the OLP of the project's desks (another OLP's session: 403, in training.test.ts) and administrators.
  {
    id: "app/(olp)/supervisione/formazione/actions.ts#createSessionAction",
    allowed: OLP_AND_ADMIN,
    args: async (ctx) => {
      const project = await ctx.db.project.findFirstOrThrow({ where: { sedi: { some: { sedeId: ctx.deskId } } } });
      return [null, form({ projectId: project.id, kind: "GENERAL", title: "Matrice", day: "2026-11-02", start: "09:00", minutes: "120", place: "" })];
    },
  },
  {
    id: "app/(olp)/supervisione/formazione/actions.ts#recordAttendanceAction",
    allowed: OLP_AND_ADMIN,
    args: async (ctx) => [null, form({ sessionId: await newTrainingSession(ctx) })],
  },
  // Editing and deleting a session: as recording its attendance (another OLP's volunteers: refused, in
  // training-edit-register.test.ts). The forms are incomplete on purpose: nothing changes.
  {
    id: "app/(olp)/supervisione/formazione/actions.ts#editSessionAction",
    allowed: OLP_AND_ADMIN,
    args: async (ctx) => [null, form({ sessionId: await newTrainingSession(ctx), title: "" })],
  },
  {
    id: "app/(olp)/supervisione/formazione/actions.ts#deleteSessionAction",
    allowed: OLP_AND_ADMIN,
    args: async (ctx) => [null, form({ sessionId: await newTrainingSession(ctx), attendances: "99" })],
  },
  // Desk administration: the desk's OLP and administrators (another OLP's desk: refused, in desk-admin.test.ts).
  // The forms are incomplete on purpose: authorization answers before validation, and nothing changes.
  ...(
    [
      ["closureAction", { fromDay: "2020-01-01", toDay: "2020-01-02", reasonIt: "" }],
      ["deleteClosureAction", { closureId: "00000000-0000-4000-8000-000000000000" }],
      ["addOpeningIntervalAction", { weekday: "1", opens: "", closes: "" }],
      ["removeOpeningIntervalAction", { intervalId: "00000000-0000-4000-8000-000000000000" }],
      ["saveDeskServiceAction", { serviceId: "00000000-0000-4000-8000-000000000000", capacity: "0", slotMinutes: "0" }],
      ["addWorkstationAction", { name: "" }],
      ["renameWorkstationAction", { workstationId: "00000000-0000-4000-8000-000000000000", name: "" }],
      ["setWorkstationActiveAction", { workstationId: "00000000-0000-4000-8000-000000000000", active: "false" }],
      ["saveDeskDetailsAction", { name: "", street: "", city: "" }],
    ] as const
  ).map(([name, fields]): ActionEntry => ({
    id: `app/(olp)/supervisione/sportelli/[scuCode]/gestione/actions.ts#${name}`,
    allowed: OLP_AND_ADMIN,
    args: async () => [null, form({ scuCode: "138935", ...fields })],
  })),
  // Creating a desk: administrators only (an OLP may not, docs/desk-admin.md). The form is incomplete on purpose.
  { id: "app/(olp)/supervisione/sportelli/nuovo/actions.ts#createDeskAction", allowed: ADMIN_ONLY, args: async () => [null, form({ scuCode: "", name: "" })] },
  ...(
    [
      ["editStepAction", { stepId: "00000000-0000-4000-8000-000000000000", labelIt: "x", labelEn: "x" }],
      ["addStepAction", { serviceCode: "NOPE", labelIt: "", labelEn: "" }],
      ["moveStepAction", { stepId: "00000000-0000-4000-8000-000000000000", direction: "up" }],
      ["setStepActiveAction", { stepId: "00000000-0000-4000-8000-000000000000", active: "false" }],
    ] as const
  ).map(([name, fields]): ActionEntry => ({
    id: `app/(olp)/supervisione/procedure/actions.ts#${name}`,
    allowed: OLP_AND_ADMIN,
    args: async () => [null, form(fields)],
  })),  // Preview of an upload with no file: an administrator is told to choose one; nobody else gets that far.
  { id: "app/(olp)/supervisione/mappe-servizi/importa/actions.ts#importServiceMapsAction", allowed: ADMIN_ONLY, args: async () => [null, form({ intent: "preview" })] },
];

export const PAGES: PageEntry[] = [
  { file: "app/(volunteer)/sportello/page.tsx", allowed: STAFF_ONLY },
  { file: "app/(volunteer)/sportello/[scuCode]/page.tsx", allowed: DESK_STAFF, params: async () => ({ scuCode: "138935" }) },
  {
    file: "app/(volunteer)/sportello/[scuCode]/contatto/[visitId]/page.tsx",
    allowed: DESK_STAFF,
    params: async () => ({ scuCode: "138935", visitId: "00000000-0000-4000-8000-000000000000" }),
  },
  { file: "app/(olp)/supervisione/page.tsx", allowed: OLP_AND_ADMIN },
  { file: "app/(olp)/supervisione/personale/page.tsx", allowed: OLP_AND_ADMIN },
  { file: "app/(olp)/supervisione/personale/nuovo/page.tsx", allowed: OLP_AND_ADMIN },
  {
    file: "app/(olp)/supervisione/personale/[userId]/page.tsx",
    allowed: OLP_AND_ADMIN,
    params: async (ctx) => ({ userId: await ctx.newVolunteer() }),
  },
  { file: "app/(olp)/supervisione/posta/page.tsx", allowed: ADMIN_ONLY },
  // Desk figures and activity review: the desk's OLP and administrators (another OLP's desk: 403, in desk-figures.test.ts).
  { file: "app/(olp)/supervisione/sportelli/[scuCode]/page.tsx", allowed: OLP_AND_ADMIN, params: async () => ({ scuCode: "138935" }) },
  { file: "app/(olp)/supervisione/sportelli/[scuCode]/attivita/page.tsx", allowed: OLP_AND_ADMIN, params: async () => ({ scuCode: "138935" }) },
  { file: "app/(olp)/supervisione/sportelli/[scuCode]/opinioni/page.tsx", allowed: OLP_AND_ADMIN, params: async () => ({ scuCode: "138935" }) },
  {
    file: "app/(olp)/supervisione/sportelli/[scuCode]/attivita/[userId]/page.tsx",
    allowed: OLP_AND_ADMIN,
    params: async (ctx) => ({ scuCode: "138935", userId: await ctx.newVolunteer() }),
  },
  { file: "app/(olp)/supervisione/sportelli/[scuCode]/gestione/page.tsx", allowed: OLP_AND_ADMIN, params: async () => ({ scuCode: "138935" }) },
  { file: "app/(olp)/supervisione/sportelli/nuovo/page.tsx", allowed: ADMIN_ONLY },
  { file: "app/(olp)/supervisione/sportelli/[scuCode]/reclami/page.tsx", allowed: OLP_AND_ADMIN, params: async () => ({ scuCode: "138935" }) },
  { file: "app/(olp)/supervisione/reclami/page.tsx", allowed: OLP_AND_ADMIN },
  { file: "app/(olp)/supervisione/reclami/[complaintId]/page.tsx", allowed: OLP_AND_ADMIN, params: async (ctx) => ({ complaintId: await newComplaint(ctx) }) },
  { file: "app/(volunteer)/sportello/ore/page.tsx", allowed: STAFF_ONLY },
  { file: "app/(volunteer)/sportello/ore/giorno/page.tsx", allowed: STAFF_ONLY },
  { file: "app/(volunteer)/sportello/ore/mese/page.tsx", allowed: STAFF_ONLY },
  { file: "app/(olp)/supervisione/ore/page.tsx", allowed: OLP_AND_ADMIN },
  { file: "app/(olp)/supervisione/procedure/page.tsx", allowed: OLP_AND_ADMIN },
  { file: "app/(olp)/supervisione/procedure/[serviceCode]/page.tsx", allowed: OLP_AND_ADMIN, params: async () => ({ serviceCode: "PIN_PUK" }) },
  {
    file: "app/(olp)/supervisione/ore/[userId]/page.tsx",
    allowed: OLP_AND_ADMIN,
    params: async (ctx) => ({ userId: await ctx.newVolunteer() }),
  },
  { file: "app/(volunteer)/sportello/formazione/page.tsx", allowed: STAFF_ONLY },
  { file: "app/(olp)/supervisione/formazione/page.tsx", allowed: OLP_AND_ADMIN },
  // The training register: a project's (OLP: their volunteers only) and one's own.
  { file: "app/(olp)/supervisione/formazione/registro/page.tsx", allowed: OLP_AND_ADMIN },
  { file: "app/(volunteer)/sportello/formazione/registro/page.tsx", allowed: STAFF_ONLY },
  {
    file: "app/(olp)/supervisione/formazione/[sessionId]/page.tsx",
    allowed: OLP_AND_ADMIN,
    params: async (ctx) => ({ sessionId: await newTrainingSession(ctx) }),
  },  { file: "app/(olp)/supervisione/mappe-servizi/importa/page.tsx", allowed: ADMIN_ONLY },
];

export interface RouteEntry {
  /** The route handler file relative to the project root. */
  file: string;
  allowed: Allowed;
  /** The query string to call it with. */
  query?: (ctx: MatrixContext) => Promise<string>;
  params?: (ctx: MatrixContext) => Promise<Record<string, string>>;
}

/** Every route handler of the staff areas (downloads), with who may call it. */
export const ROUTES: RouteEntry[] = [
  // One's own month sheet (an OLP's: with `volontario`); without an enrolment the answer is 404, past authorization.
  { file: "app/(volunteer)/sportello/ore/foglio/route.ts", allowed: STAFF_ONLY, query: async () => "mese=2026-11&formato=csv" },
  { file: "app/(olp)/supervisione/sportelli/[scuCode]/dati.csv/route.ts", allowed: OLP_AND_ADMIN, params: async () => ({ scuCode: "138935" }) },
  // The training register: one's own for anyone signed in; a project's for the OLP of its volunteers' desks.
  { file: "app/(volunteer)/sportello/formazione/registro/file/route.ts", allowed: STAFF_ONLY, query: async () => "formato=csv" },
  {
    file: "app/(olp)/supervisione/formazione/registro/file/route.ts",
    allowed: OLP_AND_ADMIN,
    query: async (ctx) => {
      const project = await ctx.db.project.findFirstOrThrow({ where: { sedi: { some: { sedeId: ctx.deskId } } } });
      return `progetto=${project.id}&formato=csv`;
    },
  },
];
